#!/usr/bin/env python3
"""Inter-annotator agreement on cbs36's pages (c227-c238): pass 2 (ann37c, pass2_cbs36.json) against pages.txt.

Usage: python3 eval/clean_pool/agreement/agree_cbs36.py

The same as `agree_cbs35.py --batch cbs36`; see agree_cbs35.py for what it prints.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("agree_cbs35", Path(__file__).resolve().parent / "agree_cbs35.py")
_agree = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_agree)

if __name__ == "__main__":
    raise SystemExit(_agree.main(["--batch", "cbs36"]))
