"""A plural title distributed over listed names that each carry their portfolio in brackets ("les
ministres Bruno Retailleau (Intérieur) et Didier Migaud (Justice)", "ministers Yvette Cooper (Home
Office) and Shabana Mahmood (Justice)"): each name holds the title's head with its own portfolio
(entities@113). Before, the first name took the bare plural ("ministres") and the others nothing,
the brackets standing between the names where the list reader wants a comma or "et".

A bracket counts only when what it holds is a portfolio the lexicon lists (`fr_portfolios` with
the article French puts before it, `en_portfolios`): "(LR)", "(Renaissance)", "(52 ans)" are a
party or an age, and the list is then none of this reader's."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.text import fold_same_length

# A name's bracket right after it, then what joins it to the next listed name.
_BRACKET = re.compile(r"[ \t]*\((?P<port>[A-ZÉÈÀ][^()\n,;]{0,40}?)\)")
_NEXT = re.compile(r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)")
# The articles French puts between a minister and a portfolio ("ministre de l'Intérieur").
_FR_ARTICLES = ("de l'", "de la ", "du ", "des ", "de ", "d'")
_PLURAL_END = re.compile(r"(?<=\w)[sx]\b")


def _portfolio(port: str, fr_port: re.Pattern[str], en_port: re.Pattern[str], lang: str | None
               ) -> str | None:
    """The title's portfolio phrase for a bracket's text, or None when no lexicon lists it."""
    if lang != "en":
        for article in _FR_ARTICLES:
            if fr_port.fullmatch(fold_same_length(f" {article}{port}")):
                return f"{article}{port}"
    if lang != "fr" and en_port.fullmatch(fold_same_length(f" for {port}")):
        return f"({port})"
    return None


def bracketed_holders(body: str, t: TitleMatch, first: Candidate, people: list[Candidate],
                      fr_port: re.Pattern[str], en_port: re.Pattern[str], lang: str | None
                      ) -> list[tuple[Candidate, TitleMatch]]:
    """Each name listed from `first` after the plural title `t` with the title it holds, its
    bracketed portfolio added to the head made singular; [] unless `first` and a second name both
    carry a listed portfolio. The list stops at the first name without one."""
    if not t.plural or t.of is not None or t.ports:
        return []
    head = _PLURAL_END.sub("", t.title)
    out: list[tuple[Candidate, TitleMatch]] = []
    name: Candidate | None = first
    while name is not None:
        m = _BRACKET.match(body, name.end)
        port = _portfolio(m.group("port").strip(), fr_port, en_port, lang) if m is not None else None
        if m is None or port is None:
            break
        out.append((name, TitleMatch(m.start(), m.start(), m.end(), m.end(), f"{head} {port}",
                                     None, False, None, None, False, t.broad,
                                     ((m.start("port"), m.end("port")),))))
        nxt = _NEXT.match(body, m.end())
        name = next((c for c in people if nxt is not None and c.start == nxt.end() and c.type == "PER"), None)
    return out if len(out) > 1 else []
