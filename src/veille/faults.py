"""Test-only fault injection: kill the process at a named point of a run.

`crash_point(name)` does nothing unless the environment variable ``VEILLE_CRASH_AT`` names
that point as ``NAME`` or ``NAME:N`` (the caller's count N, from 1, e.g. the N-th batch); then the
process sends itself SIGKILL, exactly what ``kill -9`` does, so the crash-safety tests
(tests/test_crash.py) can stop a `veille run` subprocess at a chosen moment instead of
guessing one from its timing.  Points: ``batch-done`` (after a batch's transaction
committed), ``batch-write`` (inside a batch's transaction, everything written, before
COMMIT), ``corpus-start`` (before the corpus steps), ``corpus-write`` (inside the corpus
steps' transaction, before COMMIT).  Never set it outside tests.
"""

from __future__ import annotations

import os
import signal

ENV = "VEILLE_CRASH_AT"


def crash_point(name: str, count: int = 1) -> None:
    """SIGKILL this process if ``VEILLE_CRASH_AT`` is ``name`` or ``name:count``."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point == name and count == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
