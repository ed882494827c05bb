#!/usr/bin/env python3
"""Inter-annotator agreement on events: a pass 2 against pass 1 (gold.json), one batch of pages.

Usage: python3 eval/events_pool/agreement/agree_evb31.py [--batch evb31|evb32|evb34|evb36|evb37|evb38] [--pass2 FILE]
           [--pages FIRST-LAST] [--gold FILE] [--score PATH]

One script serves every batch: --batch picks the pass-2 file and the page range (evb31, the
default: ann31's pass2_evb31.json on n360-n375; evb32: ann32's pass2_evb32.json on n380-n399, also
run by agree_evb32.py; evb34: ann34's pass2_evb34.json on n415-n429, also run by agree_evb34.py; evb36: ann36's
pass2_evb36.json on n442-n453, also run by agree_evb36.py; evb37: ann38's pass2_evb37.json on n454-n468,
also run by agree_evb37.py; evb38: ann39's pass2_evb38.json on n469-n483, also run by agree_evb38.py);
--pass2 and --pages override them. Only the articles annotated in pass 2
within the range are compared; their language is index.tsv's.

Matching (written plainly, not the scorer's rule):
  * a pass-2 event and a pass-1 event match when they are in the same article, their lists of
    acceptable PLOVER types intersect, and at least one actor is in common (any name on either
    side of one equals any name on either side of the other, after score.py's alias_norm folding
    and resolution through gold.json's KB aliases, so "South Sudan" = "Soudan du Sud");
  * matching is one-to-one (maximum bipartite matching per article);
  * P = matched / pass-2 events, R = matched / pass-1 events, for required events only
    (required vs required) and for any event (all vs all).
Type agreement: pairs on the same trigger (evidence spans overlapping in the article text, same
article; type-compatible pairs are taken first), whatever their types: same primary type,
intersecting type lists, or disjoint lists. Events left over that still match (types intersect,
an actor in common) are listed as the same event told by another sentence.
For reference, score.py's own event matching (Scorer.events: one exported type, each gold actor
side matched by a distinct actor, overlapping dates) is also run, with pass 2 turned into an
export (its first type, its actor names as actors); it cannot take two gold files directly.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# batch: (pass-2 file, first page, last page)
BATCHES = {"evb31": ("pass2_evb31.json", 360, 375), "evb32": ("pass2_evb32.json", 380, 399),
           "evb34": ("pass2_evb34.json", 415, 429), "evb36": ("pass2_evb36.json", 442, 453),
           "evb37": ("pass2_evb37.json", 454, 468), "evb38": ("pass2_evb38.json", 469, 483)}


def page(doc: str) -> int:
    return int(doc[1:].split(".")[0])


def ranges(nums: list[int]) -> str:
    """'n360-n367' for a run of pages, runs joined by commas."""
    runs: list[list[int]] = []
    for n in sorted(nums):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"n{x}" if x == y else f"n{x}-n{y}" for x, y in runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", choices=sorted(BATCHES), default="evb31")
    ap.add_argument("--gold", type=Path, default=POOL / "gold.json")
    ap.add_argument("--pass2", type=Path, default=None)
    ap.add_argument("--pages", default=None, help="FIRST-LAST page numbers, e.g. 380-399")
    ap.add_argument("--index", type=Path, default=POOL / "index.tsv")
    ap.add_argument("--articles", type=Path, default=POOL / "articles")
    ap.add_argument("--score", type=Path, default=None)
    a = ap.parse_args(argv)
    p2_name, first, last = BATCHES[a.batch]
    if a.pass2 is None:
        a.pass2 = HERE / p2_name
    if a.pages:
        first, last = (int(x.strip().lstrip("n")) for x in a.pages.split("-"))
    score_path = a.score
    if score_path is None:
        for cand in [POOL.parents[2] / "shared/tools/score.py", Path("/work/shared/tools/score.py")]:
            if cand.exists():
                score_path = cand
                break
    sc = load_score(score_path)
    gold = json.loads(a.gold.read_text(encoding="utf-8"))
    p2 = json.loads(a.pass2.read_text(encoding="utf-8"))
    kb_forms = {k: {sc.alias_norm(x) for x in [k, *v.get("aliases", [])]} for k, v in gold.get("kb", {}).items()}
    docs = sorted((d for d in p2["docs"] if first <= page(d) <= last), key=page)
    language = {}
    for line in a.index.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        language[cols[0]] = cols[3]

    def canon(name: str) -> set[str]:
        f = sc.alias_norm(name)
        keys = {k for k, forms in kb_forms.items() if f in forms}
        return keys or {"raw:" + f}

    def actors(ev) -> set[str]:
        return set().union(*(canon(n) for side in ev.get("actors", []) for n in side)) if ev.get("actors") else set()

    def spans(doc, ev):
        """Every occurrence of the evidence in the article (a snippet may also occur in a caption)."""
        text = (a.articles / doc).read_text(encoding="utf-8")
        if not ev.get("evidence"):
            return []
        return [(m.start(), m.end()) for m in sc.loose_pattern(ev["evidence"]).finditer(text)]

    def overlap(s2, s1):
        return any(x[0] < y[1] and y[0] < x[1] for x in s2 for y in s1)

    def ev_match(e2, e1) -> bool:
        return bool(set(e2["types"]) & set(e1["types"])) and bool(actors(e2) & actors(e1))

    def max_match(left, right, ok):
        """Maximum bipartite matching; returns {left index: right index}."""
        owner: dict[int, int] = {}

        def try_(i, seen):
            for j in range(len(right)):
                if j in seen or not ok(left[i], right[j]):
                    continue
                seen.add(j)
                if j not in owner or try_(owner[j], seen):
                    owner[j] = i
                    return True
            return False

        for i in range(len(left)):
            try_(i, set())
        return {i: j for j, i in owner.items()}

    out: list[str] = []
    p = out.append
    lang = {d: language.get(d, "?") for d in docs}
    langs = sorted(set(lang.values()))
    cnt = Counter()
    for d in docs:
        for e in p2["docs"][d]["events"]:
            cnt[(lang[d], "opt" if e.get("optional") else "req", 2)] += 1
        for e in gold["docs"].get(d, {}).get("events", []):
            cnt[(lang[d], "opt" if e.get("optional") else "req", 1)] += 1
    p(f"Events, {ranges([page(d) for d in docs])} ("
      + ", ".join(f"{lg} {ranges([page(d) for d in docs if lang[d] == lg])}" for lg in langs) + ")")
    for ps in (1, 2):
        p(f"  pass {ps}: " + ", ".join(f"{lg} {cnt[(lg, 'req', ps)]} req + {cnt[(lg, 'opt', ps)]} opt"
                                        for lg in langs)
          + f"; total {sum(v for k, v in cnt.items() if k[2] == ps)}")

    def agreement(label, keep):
        tp = n1 = n2 = 0
        for d in docs:
            e1 = [e for e in gold["docs"].get(d, {}).get("events", []) if keep(e)]
            e2 = [e for e in p2["docs"][d]["events"] if keep(e)]
            n1 += len(e1)
            n2 += len(e2)
            tp += len(max_match(e2, e1, ev_match))
        r = sc.prf(tp, n2 - tp, n1 - tp)
        p(f"  {label}: pass1 {n1}, pass2 {n2}, matched {tp}; P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}")

    p("")
    p("Match = same article, type lists intersect, >=1 actor in common (one-to-one)")
    agreement("required vs required", lambda e: not e.get("optional"))
    agreement("any event (req+opt)  ", lambda e: True)
    # required events of one pass found anywhere in the other (status disagreement excluded)
    for who, A, B in (("pass-1 required found among all pass-2", "gold", "p2"),
                      ("pass-2 required found among all pass-1", "p2", "gold")):
        hit = tot = 0
        for d in docs:
            src = {"gold": gold["docs"].get(d, {}).get("events", []), "p2": p2["docs"][d]["events"]}
            req = [e for e in src[A] if not e.get("optional")]
            tot += len(req)
            hit += len(max_match(req, src[B], ev_match))
        p(f"  {who}: {hit}/{tot}")

    # trigger-level pairing, in stages on what is left: (1) evidence overlaps and type lists
    # intersect, (2) evidence overlaps, (3) no overlap but the events match (types intersect,
    # an actor in common): the same event told by another sentence
    p("")
    p("Pairing by trigger: evidence spans overlap (any occurrence), type-compatible pairs first")
    pairs, other = [], []
    un1, un2 = [], []
    for d in docs:
        e1 = gold["docs"].get(d, {}).get("events", [])
        e2 = p2["docs"][d]["events"]
        s1 = [spans(d, e) for e in e1]
        s2 = [spans(d, e) for e in e2]
        free2, free1 = list(range(len(e2))), list(range(len(e1)))
        # the tests are bound to this document's lists (default arguments), used within this iteration
        def typed(i: int, j: int, s1: list = s1, s2: list = s2, e1: list = e1, e2: list = e2) -> bool:
            return overlap(s2[i], s1[j]) and bool(set(e2[i]["types"]) & set(e1[j]["types"]))

        def spanned(i: int, j: int, s1: list = s1, s2: list = s2) -> bool:
            return overlap(s2[i], s1[j])

        def matched(i: int, j: int, e1: list = e1, e2: list = e2) -> bool:
            return ev_match(e2[i], e1[j])

        for stage, ok in ((pairs, typed), (pairs, spanned), (other, matched)):
            m = max_match(free2, free1, ok)
            for i, j in m.items():
                stage.append((d, e2[free2[i]], e1[free1[j]]))
            used2 = {free2[i] for i in m}
            used1 = {free1[j] for j in m.values()}
            free2 = [i for i in free2 if i not in used2]
            free1 = [j for j in free1 if j not in used1]
        un2 += [(d, e2[i]) for i in free2]
        un1 += [(d, e1[j]) for j in free1]
    same1 = sum(1 for _, x, y in pairs if x["types"][0] == y["types"][0])
    inter = sum(1 for _, x, y in pairs if set(x["types"]) & set(y["types"]))
    actc = sum(1 for _, x, y in pairs if actors(x) & actors(y))
    st = Counter(("opt" if x.get("optional") else "req", "opt" if y.get("optional") else "req") for _, x, y in pairs)
    p(f"  pairs {len(pairs)}: same primary type {same1}, type lists intersect {inter}, disjoint {len(pairs) - inter};"
      f" >=1 actor in common {actc}")
    p("  differences on the same trigger:")
    for d, x, y in pairs:
        notes = []
        if x["types"][0] != y["types"][0]:
            notes.append(f"type {x['types']} vs {y['types']}"
                         + ("" if set(x["types"]) & set(y["types"]) else " DISJOINT"))
        if bool(x.get("optional")) != bool(y.get("optional")):
            notes.append(f"status p2 {'opt' if x.get('optional') else 'req'}"
                         f" / p1 {'opt' if y.get('optional') else 'req'}")
        if not actors(x) & actors(y):
            notes.append(f"no common actor: {x['actors']} vs {y['actors']}")
        if len(x.get("actors", [])) != len(y.get("actors", [])):
            notes.append(f"sides p2 {len(x.get('actors', []))} / p1 {len(y.get('actors', []))}")
        if notes:
            p(f"    {d} «{x['evidence'][:50]}»: " + "; ".join(notes))
    p(f"  same event told by another sentence (types intersect, actor in common): {len(other)}")
    for d, x, y in other:
        st[("opt" if x.get("optional") else "req", "opt" if y.get("optional") else "req")] += 1
        p(f"    {d} p2 {'opt' if x.get('optional') else 'req'} {x['types'][0]} «{x['evidence'][:40]}»"
          f" ~ p1 {'opt' if y.get('optional') else 'req'} {y['types'][0]} «{y.get('evidence', '')[:40]}»")
    p(f"  status over all {len(pairs) + len(other)} paired events (pass2/pass1):"
      f" req/req {st[('req', 'req')]}, opt/opt {st[('opt', 'opt')]},"
      f" req/opt {st[('req', 'opt')]}, opt/req {st[('opt', 'req')]}")
    p("  pass-2 events with no pass-1 counterpart:")
    for d, e in un2:
        p(f"    {d} {'opt' if e.get('optional') else 'REQ'} {e['types'][0]} «{e['evidence'][:60]}»")
    p("  pass-1 events with no pass-2 counterpart:")
    for d, e in un1:
        p(f"    {d} {'opt' if e.get('optional') else 'REQ'} {e['types'][0]} «{e.get('evidence', '')[:60]}»")

    # score.py's matching, pass 2 as an export
    class FakeExport(sc.Export):
        def __init__(self, events_by_doc):
            self.entity_by_id = {}
            self.events_in = events_by_doc

        def article(self, doc):
            return {"id": doc} if doc in self.events_in else None

    p("")
    p("score.py Scorer.events(), pass 1 as gold, pass 2 as export (first type; dates must overlap)")
    sub = {"kb": gold.get("kb", {}), "docs": {d: gold["docs"][d] for d in docs if d in gold["docs"]}}
    for label, keep in (("pass-2 required only", lambda e: not e.get("optional")),
                        ("pass-2 all events  ", lambda e: True)):
        evs = {d: [{"id": f"{d}#{i}", "type": e["types"][0],
                    "actors": {"source": e["actors"][0], "target": e["actors"][1] if len(e["actors"]) > 1 else []},
                    "date": {"value": e.get("date")}} for i, e in enumerate(p2["docs"][d]["events"]) if keep(e)]
               for d in docs}
        r = sc.Scorer(sub, FakeExport(evs), None).events()["doc_level"]
        p(f"  {label}: P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
