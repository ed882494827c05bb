"""eval/events_pool: unseen news with blind PLOVER event gold (issue 19). The gold is checked
where the scorer reads it: every actor a KB name, required events before optional ones, and the
held-out third fixed (it was chosen before veille ran on the pool)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "events_pool"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "DEMAND",
          "DISAPPROVE", "INVESTIGATE"}


def test_the_pool_is_unseen_and_its_gold_is_what_the_scorer_reads() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    table = (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = table[0].split("\t")
    index = {c["file"]: c for c in (dict(zip(head, r.split("\t"), strict=True)) for r in table[1:])}
    news = (ROOT / "eval/news/index.tsv").read_text(encoding="utf-8")
    news_hosts = {urlparse(cell).netloc.removeprefix("www.") for row in news.splitlines()
                  for cell in row.split("\t") if cell.startswith("http")}
    langs = [c["language"] for c in index.values()]
    # 16 articles balanced by language, then evt25's ten English pages of kinds the first lacked,
    # then evt26's ten English and two French pages (sanctions, arrests, a trial, a ceasefire, ...),
    # then evt27's six English and three French pages (n47 dropped: an eval/news host) (protests, visits, election disputes, strikes)
    # then evp26's fourteen English pages (acts dated several ways: reported, announced, conditional, negated)
    # then evp27's sixteen French pages (the same shapes in French, passive arrests, nominalisations)
    # then evt38's twelve English pages (expulsions, abductions, probes, deployments, coups, pardons)
    # then evt39's twelve French pages n200-n211 (ids from 200 so as not to clash with evt38's English ones)
    # then evb30a's sixteen English pages n300-n315 (diplomacy and statements, courts and police, protests and strikes)
    # then evb30b's sixteen English pages n320-n335 (conflict, government, economy and aid kinds)
    # then evb30c's thirteen French pages n340-n352 (arrests, courts, military, protests, visits, sanctions)
    # then evb31's eight English and eight French pages n360-n375 (the kinds the news carries most)
    # then evb32's eight English and twelve French pages n380-n399 (the same kinds, a larger held-out half)
    # then evb33's fifteen French pages n400-n414 (five stories of three reports, eval/news's recipe;
    # held out by story)
    # then evb34's fifteen English pages n415-n429 (its English twin: five stories of three reports,
    # held out by story)
    # then evb35's twelve pages n430-n441 (four stories of three reports, two English and two French;
    # one story of each language held out, drawn with random.Random(3535))
    # then evb36's twelve English pages n442-n453 (four stories of three reports; two stories held out,
    # drawn with random.Random(3939))
    # then evb37's fifteen French pages n454-n468 (five stories of three reports; two stories held out,
    # drawn with random.Random(4242))
    # then evb38's fifteen English pages n469-n483 (five stories of three reports; two stories held out,
    # drawn with random.Random(4545))
    assert len(rows) >= 266 and langs.count("fr") == 110 and langs.count("en") == 156
    assert {r["id"] for r in rows} == set(gold["docs"]) == set(index)
    # the held-out third, fixed before any run: its errors are never read
    assert {d for d, c in index.items() if c["heldout"] == "yes"} == {
        "n03.txt", "n06.txt", "n08.txt", "n10.txt", "n13.txt", "n15.txt", "n19.txt", "n22.txt", "n25.txt",
        "n29.txt", "n32.txt", "n35.txt", "n38.txt", "n40.txt", "n46.txt", "n48.txt",
        "n53.txt", "n54.txt", "n59.txt", "n60.txt", "n61.txt",
        "n63.txt", "n64.txt", "n70.txt", "n72.txt", "n75.txt", "n77.txt",
        "n80.txt", "n86.txt", "n88.txt", "n90.txt",
        "n208.txt", "n209.txt", "n210.txt", "n211.txt",
        "n302.txt", "n305.txt", "n307.txt", "n309.txt", "n311.txt",
        "n320.txt", "n326.txt", "n330.txt", "n331.txt", "n335.txt",
        "n343.txt", "n344.txt", "n347.txt", "n348.txt",
        "n360.txt", "n361.txt", "n363.txt", "n364.txt", "n368.txt", "n372.txt", "n374.txt", "n375.txt",
        "n380.txt", "n381.txt", "n384.txt", "n386.txt",
        "n390.txt", "n392.txt", "n394.txt", "n395.txt", "n397.txt", "n399.txt",
        "n400.txt", "n401.txt", "n402.txt", "n403.txt", "n404.txt", "n405.txt", "n412.txt", "n413.txt", "n414.txt",
        "n418.txt", "n419.txt", "n420.txt", "n421.txt", "n422.txt", "n423.txt", "n424.txt", "n425.txt", "n426.txt",
        "n430.txt", "n431.txt", "n432.txt", "n439.txt", "n440.txt", "n441.txt",
        "n445.txt", "n446.txt", "n447.txt", "n448.txt", "n449.txt", "n450.txt",
        "n457.txt", "n458.txt", "n459.txt", "n463.txt", "n464.txt", "n465.txt",
        "n469.txt", "n470.txt", "n471.txt", "n478.txt", "n479.txt", "n480.txt"}
    for r in rows:
        assert urlparse(r["url"]).netloc.removeprefix("www.") not in news_hosts, r["id"]
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        events = gold["docs"][r["id"]]["events"]
        assert events and not events[0].get("optional"), r["id"]
        seen_optional = False
        for ev in events:
            assert ev["types"] and set(ev["types"]) <= PLOVER, (r["id"], ev)
            assert 1 <= len(ev["actors"]) <= 2, (r["id"], ev)
            assert all(name in gold["kb"] for side in ev["actors"] for name in side), (r["id"], ev)
            assert ev.get("optional") or not seen_optional, (r["id"], ev)
            seen_optional |= bool(ev.get("optional"))
