"""Small named rules over one line: boilerplate patterns (data), title suffixes, bylines,
signatures and the headline shape of a related story."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from veille.stages.cleaning.lines import ends_sentence, fold, words

DATA = Path(__file__).resolve().parents[2] / "data" / "clean"

# " - Site name", " | Site name", " – Site name" at the end of a page title.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TITLE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[|\-–—]\s+(?P<site>[^|\-–—:]{2,40})$")
# "Mali : ...", "Burkina Faso, Niger : ...", "Mali-Russie : ...": a rubric of proper names
# before a colon, the usual shape of a francophone news headline.
_RUBRIC_HEADLINE = re.compile(
    r"^(?P<rubric>[A-ZÀ-ÖØ-Ý][\w'’.\-]*(?:(?:\s|,\s|\s-\s|-)[A-ZÀ-ÖØ-Ý][\w'’.\-]*){0,4})\s?:\s+\S")
_SIGNATURE = re.compile(r"^[A-ZÀ-ÖØ-Ý][\w'’.\-]*[A-Za-zÀ-ÿ0-9]$")
# clean@59: a name signed with an initial, the initial after the given name or before the surname.
_NAME_WORD = r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ'’]+)?"
_INITIAL = r"[A-ZÀ-ÖØ-Ý]\.(?:-?[A-ZÀ-ÖØ-Ý]\.)?"
_INITIALLED_NAME = re.compile(rf"^(?:{_NAME_WORD} ){{1,2}}{_INITIAL}$|^{_INITIAL} ?{_NAME_WORD}(?: {_NAME_WORD})?$")
# A teaser opened by its genre in capitals and a dash: "CHRONIQUE - Stagnation économique ...",
# "ENQUÊTE – ...", "GRAND ENTRETIEN - ...".  The genres of news writing only: a city in capitals
# and a dash opens a wire dispatch's lede ("PARIS - Le président ...").
_KICKER_TEASER = re.compile(
    r"^(?:GRAND |GRANDE |LE |LA )?(?:CHRONIQUE|ENQU[ÊE]TE|ENTRETIEN|TRIBUNE|R[ÉE]CIT|D[ÉE]CRYPTAGE|ANALYSE|"
    r"REPORTAGE|PORTRAIT|[ÉE]DITO(?:RIAL)?|EXCLUSIF|T[ÉE]MOIGNAGES?|INTERVIEW|OPINION|BILLET|FOCUS|"
    r"INFOGRAPHIE|ANALYSIS|COMMENTARY|EXCLUSIVE|REVIEW|EXPLAINER|FEATURE)\s?[-–—:]\s+\S.{20,}")


@dataclass(frozen=True)
class Pattern:
    kind: str
    regex: re.Pattern[str]
    max_words: int


@dataclass(frozen=True)
class Match:
    kind: str
    outlet: str | None = None


def load_patterns(path: Path | None = None) -> list[Pattern]:
    """The boilerplate patterns of data/clean/boilerplate.json, compiled."""
    data = json.loads((path or DATA / "boilerplate.json").read_text(encoding="utf-8"))
    return [Pattern(p["kind"], re.compile(p["pattern"], 0 if p.get("case_sensitive") else re.IGNORECASE),
                    int(p.get("max_words", 40)))
            for p in data["patterns"]]


def match_boilerplate(line: str, patterns: list[Pattern]) -> Match | None:
    """The first pattern matching the whole line, within its word limit."""
    text = line.strip()
    count = len(words(text))
    for pattern in patterns:
        if count > pattern.max_words:
            continue
        found = pattern.regex.fullmatch(text)
        if found:
            outlet = found.groupdict().get("outlet")
            return Match(pattern.kind, outlet.strip() if outlet else None)
    return None


def split_title_suffix(title: str, outlets: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """``"Headline - Journal du niger"`` -> ``("Headline", "Journal du niger")``.

    Only a short site-like tail after a spaced dash or bar counts, and only when the head
    is itself a headline (three words or more).  `outlets`: the folded names and hosts of known
    outlets and of the page's own site (`outlets.outlet_names`).
    """
    found = _TITLE_SUFFIX.match(title.strip())
    if not found:
        return title.strip(), None
    head, site = found.group("head").strip(), found.group("site").strip()
    # A year after the dash is a date or an edition's label ("Procès-verbal – Décembre 2024",
    # "Bilan – 2023"), not a site's name (clean@28).
    if len(words(site)) > 5 or len(words(head)) < 3 or ends_sentence(site) or _YEAR.search(site):
        return title.strip(), None
    # A known outlet names itself in lower case too ("… - franceinfo", "… | euronews") (clean@43).
    if fold(site) in outlets:
        return head, site
    # A site's name is a proper name, capitalised unless it is written as its domain: a tail in
    # lower case only ("… house – update", "… – vidéo") is the headline's own label (clean@42).
    if site == site.lower() and "." not in site and not any(c.isdigit() for c in site):
        return title.strip(), None
    return head, site


def is_rubric_headline(line: str) -> bool:
    """The shape of another story's headline: "Mali : Un an après ..." (rubric, colon, no period)."""
    if ends_sentence(line) and not line.rstrip().endswith(("?", "!")):
        return False
    return bool(_RUBRIC_HEADLINE.match(line.strip())) and 4 <= len(words(line)) <= 30


def is_initialled_name(line: str) -> bool:
    """A writer signing with a name and an initial (clean@59, issue 16): "Alpha B.", "Marie-Claire
    D.", "J. Martin", "A.-K. Diallo".  Only the words of a name: one to three capitalised words,
    one of them a lone capital with its period; a sentence has words in lower case."""
    return bool(_INITIALLED_NAME.match(line.strip()))


def is_kicker_teaser(line: str) -> bool:
    """Another story's teaser headed by its genre: "CHRONIQUE - Stagnation économique ... ." """
    return bool(_KICKER_TEASER.match(line.strip()))


def is_signature(line: str, url: str | None = None) -> bool:
    """A lone site name closing an article: "Afriksoir", "Sahel-Intelligence", "Afrik.com".

    When the article's URL is known, the name must be its site's (a cut last word "Pr" is not
    a signature)."""
    if not (_SIGNATURE.match(line.strip()) and len(words(line)) <= 2):
        return False
    if not url:
        return True
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    name = re.sub(r"[^a-z0-9]", "", fold(line))
    return len(name) >= 4 and name in re.sub(r"[^a-z0-9]", "", host)


def same_text(a: str, b: str) -> bool:
    return fold(a) == fold(b)
