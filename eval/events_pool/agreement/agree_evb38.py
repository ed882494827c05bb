#!/usr/bin/env python3
"""Inter-annotator agreement on evb38's pages: pass 2 (ann39, pass2_evb38.json) against pass 1 (gold.json).

Usage: python3 eval/events_pool/agreement/agree_evb38.py [--gold FILE] [--pass2 FILE] [--score PATH]

The same as `agree_evb31.py --batch evb38` (n469-n483); see agree_evb31.py for the matching rules.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("agree_evb31", Path(__file__).resolve().parent / "agree_evb31.py")
_agree = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_agree)

if __name__ == "__main__":
    raise SystemExit(_agree.main(["--batch", "evb38", *sys.argv[1:]]))
