#!/usr/bin/env python3
"""Inter-annotator agreement: the second, independent pass (agreement/pass2.json) against the
first (the dev and test gold), on the documents both annotated.

The measures follow ../shared/tools/score.py's, with the first pass as reference, so that the
figures read as the ceiling for veille's:

- removal F1 over the non-empty lines of each text (a line removed by both is a true positive);
- title agreement (exact, after score.py's normalisation);
- timexes: extraction F1 (spans overlap in the text), value F1 (overlapping spans whose values
  have the same endpoints, over each pass's count, as score.py computes it);
- quotes: F1 of one-to-one matches (both snippets in the same paragraph, nearest first;
  quotes either pass marks optional neither count nor penalise), and speaker agreement over
  the matches (the two passes' speaker alternatives share a name or alias);
- events: doc-level F1 (a type in common, and every side of the first pass's event shares a
  name or alias with a distinct side of the second's; optional ones as in score.py);
- entities: F1 of the required entities per document, by name or alias.

    python3 eval/news/agreement.py [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check_gold import loose, norm  # noqa: E402  (the scorer's normalisation, copied there)

DETERMINERS = re.compile(r"^(?:m\. |mme |l'|la |le |les |du |de la |de l'|des |d')")


def alias_norm(text: str) -> str:
    text = norm(text).replace("-", " ")
    text = re.sub(r"[\"'.,;:!?()\[\]]+$", "", text).strip()
    previous = None
    while previous != text:
        previous, text = text, DETERMINERS.sub("", text).strip()
    return re.sub(r"\s+", " ", text)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


class Side:
    """One pass: its KB (name -> alias forms) and its documents."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.docs: dict[str, Any] = gold["docs"]
        self.forms = {name: {alias_norm(a) for a in [name, *info.get("aliases", [])]}
                      for name, info in gold["kb"].items()}

    def names(self, alternatives: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for name in alternatives:
            out |= self.forms.get(name, {alias_norm(name)})
        return out


def spans(body: str, snippets: list[str], bounded: bool = True) -> list[tuple[int, int] | None]:
    out = []
    for s in snippets:
        pattern = loose(s) if bounded else re.compile(loose(s).pattern[8:-6], re.IGNORECASE)
        m = pattern.search(body)
        out.append((m.start(), m.end()) if m else None)
    return out


def paragraph(body: str, at: int) -> int:
    return body.count("\n", 0, at)


def agreement(one: Side, two: Side, texts: dict[str, str]) -> dict[str, Any]:
    docs = sorted(set(one.docs) & set(two.docs))
    c: dict[str, int] = dict.fromkeys(["rtp", "rfp", "rfn", "titles", "titles_ok", "ttp", "tfp", "tfn", "tval",
                                       "tn1", "tn2", "qtp", "qfp", "qfn", "qspk", "etp", "efp", "efn",
                                       "ntp", "nfp", "nfn"], 0)
    for doc in docs:
        a, b, text = one.docs[doc], two.docs[doc], texts[doc]
        removed_a, removed_b = {norm(r) for r in a.get("removed", [])}, {norm(r) for r in b.get("removed", [])}
        for line in {norm(ln) for ln in text.splitlines() if ln.strip()}:
            c["rtp"] += line in removed_a and line in removed_b
            c["rfp"] += line in removed_b and line not in removed_a
            c["rfn"] += line in removed_a and line not in removed_b
        c["titles"] += 1
        c["titles_ok"] += norm(a.get("title") or "") == norm(b.get("title") or "")
        body = "\n".join(ln for ln in text.splitlines() if norm(ln) not in removed_a)
        # timexes
        ta, tb = a.get("timexes", []), b.get("timexes", [])
        sa, sb = spans(body, [t["text"] for t in ta]), spans(body, [t["text"] for t in tb])
        used: set[int] = set()
        for i, span in enumerate(sa):
            hit = next((j for j, other in enumerate(sb) if j not in used and span and other
                        and other[0] < span[1] and span[0] < other[1]), None)
            if hit is None:
                c["tfn"] += 1
                continue
            used.add(hit)
            c["ttp"] += 1
            ends = [{v.strip().upper() for v in str(t["value"]).split("/")} for t in (ta[i], tb[hit])]
            c["tval"] += ends[0] == ends[1]
        c["tfp"] += len(tb) - len(used)
        c["tn1"] += len(ta)
        c["tn2"] += len(tb)
        # quotes
        qa, qb = a.get("quotes", []), b.get("quotes", [])
        pa = [paragraph(body, s[0]) if s else -1 for s in spans(body, [q["contains"] for q in qa], False)]
        pb = [paragraph(body, s[0]) if s else -2 for s in spans(body, [q["contains"] for q in qb], False)]
        used = set()
        for i in sorted(range(len(qa)), key=lambda k: bool(qa[k].get("optional"))):
            hit = next((j for j in range(len(qb)) if j not in used and pb[j] == pa[i]), None)
            if hit is None:
                c["qfn"] += not qa[i].get("optional")
                continue
            used.add(hit)
            if qa[i].get("optional") or qb[hit].get("optional"):
                continue
            c["qtp"] += 1
            c["qspk"] += bool(one.names(qa[i]["speaker"]) & two.names(qb[hit]["speaker"]))
        c["qfp"] += sum(1 for j in range(len(qb)) if j not in used and not qb[j].get("optional"))
        # events
        ea, eb = a.get("events", []), b.get("events", [])
        used = set()
        for ev in sorted(ea, key=lambda e: bool(e.get("optional"))):
            hit = next((j for j, other in enumerate(eb) if j not in used and event_match(one, ev, two, other)), None)
            if hit is None:
                c["efn"] += not ev.get("optional")
                continue
            used.add(hit)
            c["etp"] += not ev.get("optional") and not eb[hit].get("optional")
        c["efp"] += sum(1 for j, other in enumerate(eb) if j not in used and not other.get("optional"))
        # entities
        req_a, req_b = a.get("entities", []), b.get("entities", [])
        opt = one.names(a.get("entities_optional", [])) | two.names(b.get("entities_optional", []))
        matched = {n for n in req_a if one.names([n]) & two.names(req_b)}
        c["ntp"] += len(matched)
        c["nfn"] += sum(1 for n in req_a if n not in matched and not one.names([n]) & opt)
        c["nfp"] += sum(1 for n in req_b if not two.names([n]) & one.names(req_a) and not two.names([n]) & opt)
    vp = c["tval"] / c["tn2"] if c["tn2"] else 0.0
    vr = c["tval"] / c["tn1"] if c["tn1"] else 1.0
    return {"docs": len(docs),
            "removal": prf(c["rtp"], c["rfp"], c["rfn"]),
            "title_agreement": round(c["titles_ok"] / c["titles"], 4) if c["titles"] else None,
            "timex_extraction": prf(c["ttp"], c["tfp"], c["tfn"]),
            "timex_value_f1": round(2 * vp * vr / (vp + vr), 4) if vp + vr else 0.0,
            "quotes": prf(c["qtp"], c["qfp"], c["qfn"]),
            "quote_speaker_agreement": round(c["qspk"] / c["qtp"], 4) if c["qtp"] else None,
            "events": prf(c["etp"], c["efp"], c["efn"]),
            "entities": prf(c["ntp"], c["nfp"], c["nfn"])}


def event_match(one: Side, ev: dict[str, Any], two: Side, other: dict[str, Any]) -> bool:
    if not set(ev.get("types", [])) & set(other.get("types", [])):
        return False
    sides = [two.names(side) for side in other.get("actors", [])]
    used: set[int] = set()
    for side in ev.get("actors", []):
        forms = one.names(side)
        hit = next((i for i, s in enumerate(sides) if i not in used and s & forms), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    first: dict[str, Any] = {"kb": {}, "docs": {}}
    texts: dict[str, str] = {}
    for split in ("dev", "test"):
        gold = json.loads((HERE / split / "gold.json").read_text(encoding="utf-8"))
        first["kb"].update(gold["kb"])
        first["docs"].update(gold["docs"])
        texts.update({p.name: p.read_text(encoding="utf-8") for p in (HERE / split / "articles").glob("*.txt")})
    second = json.loads((HERE / "agreement" / "pass2.json").read_text(encoding="utf-8"))
    result = agreement(Side(first), Side(second), texts)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"agreement over {result['docs']} documents (first pass as reference)")
    for key, value in result.items():
        if isinstance(value, dict):
            print(f"  {key:<26} P {value['p']:.3f}  R {value['r']:.3f}  F1 {value['f1']:.3f}")
        elif key != "docs":
            print(f"  {key:<26} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
