"""Groups of coordinated states in a sentence ("le Mali, le Niger et le Burkina Faso"), which a
later group noun stands for ("les trois pays"): from the parse and from the surface of the list."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from veille.model import Mention


def _id(m: Mention) -> str:
    return m.entity or "name:" + m.text.casefold()


# What may stand between two items of a written list of places: "le Mali, du Niger et du Burkina".
_LIST_GLUE = re.compile(
    r"\s*(?:,\s*)?(?:(?:et|ou)\s+)?(?P<art>(?:du|des|de\s+la|de\s+l['’]|le|la|les|l['’]|au|aux)\s*)?", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?P<art>du|des|de\s+la|de\s+l['’]|le|la|les|l['’]|au|aux)\s*$", re.IGNORECASE)


def _article_case(article: str | None) -> str:
    """'de' (du, des, de la), 'à' (au, aux) or '' (le, la, les, none): items of one list share it,
    so "de la Russie, le Mali et le Niger" is not one list."""
    a = (article or "").casefold().strip()
    if a.startswith(("du", "des", "de")):
        return "de"
    if a.startswith("au"):
        return "à"
    return ""


def coordinated_groups(span: Any, mentions: list[Mention], is_state: Callable[[Mention], bool]) -> list[list[str]]:
    """Groups of two or more coordinated state mentions ('le Mali, le Niger et le Burkina Faso').

    From the parse (conjuncts under one head) and from the surface (mentions separated only by
    commas, "et" and articles), since parsers often hang each item of a long list elsewhere."""
    doc = span.doc
    places = [m for m in mentions if m.type == "LOC" and is_state(m)]
    heads: dict[int, list[Mention]] = {}
    for m in places:
        tok = doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        root = tok.root
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:  # parsers vary
            root = root.head
        heads.setdefault(root.i, []).append(m)
    groups = [[_id(m) for m in ms] for ms in heads.values() if len(ms) >= 2]
    text, base = span.text, span.start_char  # offsets in the sentence, not a copy of the doc
    run: list[Mention] = places[:1]
    for prev, nxt in itertools.pairwise(places):
        glue = text[prev.end - base:nxt.start - base]
        match = _LIST_GLUE.fullmatch(glue)
        before = _ARTICLE_BEFORE.search(text[max(0, run[0].start - base - 12):run[0].start - base])
        if match and glue.strip() and _article_case(match.group("art")) == _article_case(
                before.group("art") if before else None):
            run.append(nxt)
            continue
        if len(run) >= 2:
            groups.append([_id(m) for m in run])
        run = [nxt]
    if len(run) >= 2:
        groups.append([_id(m) for m in run])
    unique: list[list[str]] = []
    for g in sorted(groups, key=len):  # the fullest reading of a list comes last
        if g not in unique:
            unique.append(g)
    return unique
