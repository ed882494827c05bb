"""Build `src/veille/data/gazetteer/countries.jsonl` from babel's CLDR territory names.

Run offline, once, when babel's CLDR data or the Q-id table below changes:

    /work/main/.venv/bin/python tools/build_gazetteer.py

Country names in French and English come from the Unicode CLDR as shipped by babel
(babel==2.18.0, CLDR under the Unicode licence; babel is pinned in requirements.lock, not a runtime
dependency of pyproject.toml: only this script reads it). (entities@95) Official and common names
come from ISO 3166-1 as Debian's iso-codes package ships it (iso-codes 4.15.0,
/usr/share/iso-codes/json/iso_3166-1.json, with its French translations
/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo; LGPL-2.1+), not their acronyms (see `main`).
Wikidata Q-ids are a hand-checked table of well-known items (Wikidata is CC0); a country missing
from it gets no Q-id rather than a guessed one. Demonyms, capitals and other curated knowledge live in curated.jsonl.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "data" / "gazetteer" / "countries.jsonl"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_LOCALES = Path("/usr/share/locale")

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
    # Issue 18 (2026-12-02): the states the news covers beyond Africa and Europe's largest, from
    # the maintainers' knowledge of these well-known items; not checked against a Wikidata dump
    # in that session (no network), so a reviewer should spot-check them.
    "TH": "Q869", "KH": "Q424", "PK": "Q843", "MX": "Q96", "AR": "Q414", "KR": "Q884",
    "KP": "Q423", "LB": "Q822", "SY": "Q858", "IQ": "Q796", "AF": "Q889", "AT": "Q40",
    "GR": "Q41", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "AU": "Q408",
    "NZ": "Q664", "VN": "Q881", "PH": "Q928", "ID": "Q252", "SG": "Q334", "VE": "Q717",
    "CO": "Q739", "CL": "Q298", "PE": "Q419", "CU": "Q241", "HT": "Q790", "ZW": "Q954",
    "IE": "Q27", "HU": "Q28", "CZ": "Q213", "RO": "Q218", "BG": "Q219", "RS": "Q403",
    "HR": "Q224", "SK": "Q214", "SI": "Q215", "LU": "Q32", "IS": "Q189", "EE": "Q191",
    "LV": "Q211", "LT": "Q37", "MD": "Q217", "GE": "Q230", "AM": "Q399", "AZ": "Q227",
    "KZ": "Q232", "UZ": "Q265", "MN": "Q711", "MM": "Q836", "BD": "Q902", "LK": "Q854",
    "NP": "Q837", "MY": "Q833", "JO": "Q810", "KW": "Q817", "OM": "Q842", "YE": "Q805",
    "BH": "Q398", "BO": "Q750", "EC": "Q736", "UY": "Q77", "PY": "Q733", "GT": "Q774",
    "CR": "Q800", "PA": "Q804", "NI": "Q811", "HN": "Q783", "SV": "Q792", "DO": "Q786",
    "JM": "Q766", "ER": "Q986", "ZM": "Q953", "MW": "Q1020", "BW": "Q963", "NA": "Q1030",
    "BI": "Q967", "MU": "Q1027",
}

# English short names CLDR spells differently from news usage.
EXTRA_ALIASES = {
    "RU": ["Fédération de Russie", "Russian Federation"],
    "CI": ["Ivory Coast"],
    "US": ["USA", "Etats-Unis d'Amérique", "United States of America"],
    "GB": ["Grande-Bretagne", "Great Britain"],
    "BF": ["Burkina"],
    # (entities@24) CLDR's own alternative English names, alt="short" and alt="variant" in
    # common/main/en.xml (unicode-org/cldr, commit 001d131aeeaca5c9102484e84e47563a66d55d6f; Unicode
    # License v3), which babel does not carry: the names English news writes where CLDR's main name
    # is formal or parenthesised ("Myanmar (Burma)", "Czechia", "Türkiye" in babel 2.18). Left out:
    # CD's "Congo (DRC)" (the DRC's names are kept out, see data/gazetteer/README.md), CG's
    # "Congo (Republic)" and FK's forms with brackets, PS's "Palestine" (another referent than the
    # territories' entry), and HK's, MO's, GB's, US's and UN's short forms, which other lines give.
    "BA": ["Bosnia"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czech Republic"],
    "MM": ["Myanmar"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Turkey"],
}

# (entities@95) CLDR's alternative French names, alt="short" / alt="variant" of common/main/fr.xml
# (unicode-org/cldr, commit 0082669042c3bcdae11ac0e3b70d94445227b577; Unicode License v3), which babel
# does not carry ("É.-U.", "R.-U."); left out as above: HK's and MO's short forms (world.jsonl's
# cities), PS's "Palestine", NZ's and FK's bracketed forms. CD's variant "Congo (RDC)" and its English
# "Congo (DRC)" give in brackets the abbreviation each language writes: "RDC", "DRC".
FR_ALT_ALIASES = {
    "CD": ["RDC", "DRC"],
    "CG": ["République du Congo"],
    "CI": ["République de Côte d'Ivoire"],
    "CZ": ["République tchèque"],
    "GB": ["R.-U."],
    "SZ": ["Swaziland"],
    "TL": ["Timor-Oriental"],
    "TR": ["Türkiye"],
    "US": ["É.-U."],
}

# An inverted ISO name's tail ("Korea, Democratic People's Republic of"; "Corée, République
# populaire démocratique de"; "Iran, République islamique d'") goes before its head.
_INVERTED = re.compile(r"^(?P<head>[^,()]+), (?P<tail>[^,()]+?(?: of| of the| de| du| de la| d'|))$")


def _plain(name: str) -> str:
    name = re.sub(r"^(?:the |The |l'|la |le )", "", name.replace("’", "'").strip())
    return name[:1].upper() + name[1:]


def _uninverted(name: str) -> str | None:
    m = _INVERTED.match(name.replace("’", "'"))
    if m is None or not m.group("tail").endswith((" of", " of the", " de", " du", " de la", " d'")):
        return None
    tail = m.group("tail")
    return _plain(tail + m.group("head") if tail.endswith("'") else f"{tail} {m.group('head')}")


def iso_names() -> dict[str, list[str]]:
    """ISO 3166-1's official and common names of each code, in English and French (Debian's
    iso-codes), inverted names set right way round; names with brackets left out."""
    rows = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    fr = gettext.translation("iso_3166-1", str(ISO_LOCALES), languages=["fr"])
    out: dict[str, list[str]] = {}
    for row in rows:
        names: list[str] = []
        for key in ("official_name", "common_name", "name"):
            en = row.get(key)
            if not en:
                continue
            for text in (en, fr.gettext(en)):
                if key == "name":
                    # an inverted name set right way round; a plain one of two words or more (a
                    # one-word name, "Congo", may be a word another state's names share)
                    turned = _uninverted(text)
                    if turned is not None:
                        names.append(turned)
                    elif "," not in text and "(" not in text and len(text.split()) >= 2:
                        names.append(_plain(text))
                elif "(" not in text and "," not in text:
                    names.append(_plain(text))
        # English drops the article inside a state's name as often as it writes it: "Democratic
        # Republic of Congo", "Republic of Gambia"
        names += [n.replace(" of the ", " of ") for n in names if " of the " in n]
        out[row["alpha_2"]] = list(dict.fromkeys(names))
    return out


def slug(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _held_elsewhere() -> dict[str, set[str | None]]:
    """The names (slugs) the gazetteer's other files give, with the Wikidata ids of their entries."""
    held: dict[str, set[str | None]] = {}
    for name in ("curated.jsonl", "world.jsonl"):
        for line in (OUT.parent / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "id" not in row:
                continue
            for alias in [row.get("name"), *row.get("aliases", [])]:
                if alias:
                    held.setdefault(slug(str(alias)), set()).add(row.get("wikidata"))
    return held


def main() -> None:
    fr, en = Locale("fr"), Locale("en")
    rows: list[dict[str, object]] = [{
        "_source": "Unicode CLDR territory names via babel 2.18.0 (tools/build_gazetteer.py); "
                   "Wikidata Q-ids from a hand-checked table",
        "_licence": "CLDR: Unicode License v3; Wikidata: CC0",
    }]
    codes = [c for c in sorted(fr.territories) if re.fullmatch(r"[A-Z]{2}", c) and c not in NOT_COUNTRIES]
    iso = iso_names()
    # (entities@95) ISO's official and common names, less any two states share ("Congo" alone
    # names both Congos: neither takes it). Their acronyms are not aliases: spelled by rule from
    # every state's official name they collide with other things' ("IRA", "RIP", "RSS", "IRM",
    # "RIA"); an acronym the text sets beside its expansion joins it there (`recognize.acronym_links`)
    cldr = {c: {fr.territories[c].replace("’", "'"), en.territories.get(c, "").replace("’", "'")} for c in codes}
    added: dict[str, list[str]] = {}
    for code in codes:
        official = [n for n in iso.get(code, []) if n not in cldr[code]]
        added[code] = list(dict.fromkeys(official))
    owners: dict[str, set[str]] = {}
    for code in codes:
        for name in {*cldr[code], *added[code], *EXTRA_ALIASES.get(code, [])}:
            owners.setdefault(slug(name), set()).add(code)
    # nor a name another file of the gazetteer gives another entry ("Hong Kong", world.jsonl's city)
    held = _held_elsewhere()
    for code in codes:
        qid = QIDS.get(code)
        added[code] = [a for a in added[code] if owners[slug(a)] == {code}
                       and held.get(slug(a), set()) <= {qid}]
    for code in codes:
        name_fr = fr.territories[code].replace("’", "'")
        name_en = en.territories.get(code, "").replace("’", "'")
        aliases = [a for a in dict.fromkeys([name_fr, name_en, *EXTRA_ALIASES.get(code, []),
                                             *FR_ALT_ALIASES.get(code, []), *added[code]]) if a]
        qid = QIDS.get(code)
        rows.append({"id": qid or f"loc:{slug(name_fr)}", "name": name_fr, "type": "LOC",
                     "kind": "country", "iso": code, "wikidata": qid, "aliases": aliases})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
