"""Build `src/veille/data/gazetteer/countries.jsonl` from babel's CLDR territory names.

Run offline, once, when babel's CLDR data or the Q-id table below changes:

    /work/main/.venv/bin/python tools/build_gazetteer.py

Country names in French and English come from the Unicode CLDR as shipped by babel
(babel==2.18.0, CLDR under the Unicode licence). Wikidata Q-ids are a hand-checked table of
well-known items (Wikidata is CC0); a country missing from it gets no Q-id rather than a
guessed one. Demonyms, capitals and other curated knowledge live in curated.jsonl.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "data" / "gazetteer" / "countries.jsonl"

# CLDR codes that are not countries (unions, pseudo-regions, private use).
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM", "IC", "EA",
                 "DG", "CP", "CQ", "TA", "AC"}

# ISO 3166-1 alpha-2 -> Wikidata item, only items we are sure of.
QIDS = {
    "ML": "Q912", "NE": "Q1032", "BF": "Q965", "RU": "Q159", "FR": "Q142", "SN": "Q1041",
    "TD": "Q657", "NG": "Q1033", "CI": "Q1008", "GH": "Q117", "MR": "Q1025", "DZ": "Q262",
    "MA": "Q1028", "EG": "Q79", "LY": "Q1016", "TN": "Q948", "GM": "Q1005", "GN": "Q1006",
    "GW": "Q1007", "SL": "Q1044", "LR": "Q1014", "TG": "Q945", "BJ": "Q962", "CM": "Q1009",
    "CF": "Q929", "SD": "Q1049", "ET": "Q115", "KE": "Q114", "CD": "Q974", "CG": "Q971",
    "GA": "Q1000", "ZA": "Q258", "US": "Q30", "GB": "Q145", "DE": "Q183", "CN": "Q148",
    "JP": "Q17", "IN": "Q668", "IT": "Q38", "ES": "Q29", "BR": "Q155", "CA": "Q16",
    "UA": "Q212", "TR": "Q43", "IR": "Q794", "IL": "Q801", "BE": "Q31", "CH": "Q39",
    "PT": "Q45", "NL": "Q55", "SA": "Q851", "QA": "Q846", "AE": "Q878", "PL": "Q36",
    "BY": "Q184", "CV": "Q1011", "DJ": "Q977", "SO": "Q1045", "SS": "Q958", "RW": "Q1037",
    "UG": "Q1036", "TZ": "Q924", "AO": "Q916", "MZ": "Q1029", "MG": "Q1019",
}

# English short names CLDR spells differently from news usage.
EXTRA_ALIASES = {
    "RU": ["Fédération de Russie", "Russian Federation"],
    "CI": ["Ivory Coast"],
    "US": ["USA", "Etats-Unis d'Amérique", "United States of America"],
    "GB": ["Grande-Bretagne", "Great Britain"],
    "BF": ["Burkina"],
}


def slug(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def main() -> None:
    fr, en = Locale("fr"), Locale("en")
    rows: list[dict[str, object]] = [{
        "_source": "Unicode CLDR territory names via babel 2.18.0 (tools/build_gazetteer.py); "
                   "Wikidata Q-ids from a hand-checked table",
        "_licence": "CLDR: Unicode License v3; Wikidata: CC0",
    }]
    for code in sorted(fr.territories):
        if not re.fullmatch(r"[A-Z]{2}", code) or code in NOT_COUNTRIES:
            continue
        name_fr = fr.territories[code].replace("’", "'")
        name_en = en.territories.get(code, "").replace("’", "'")
        aliases = [a for a in dict.fromkeys([name_fr, name_en, *EXTRA_ALIASES.get(code, [])]) if a]
        qid = QIDS.get(code)
        rows.append({"id": qid or f"loc:{slug(name_fr)}", "name": name_fr, "type": "LOC",
                     "kind": "country", "iso": code, "wikidata": qid, "aliases": aliases})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
