"""Roles a headline or a cut line states for a person the body names (entities@69).

News states an office once and then uses the name alone: "Bernard Thibault, Secrétaire général de
la CGT" is the title line and the body says "Bernard Thibault a dénoncé …"; "Apple boss Tim Cook
…" heads an article whose body writes "Cook said". Cleaning takes the headline (and captions)
out of the body, so the titles the body's own patterns read never see it. An office is a fact
about the person across the article: the same title patterns (`find_roles`) read each such line
as a text of its own, over the body's people found in it by the names the body gives them, and
a role they attach to one of them goes to that person's first mention in the body.

The record contract: a role is held by a `Mention`, whose offsets point into the body; a role
read in a headline has no body offsets of its own, so it is held by the body mention of the same
person (the evidence that person is in the body), never by a mention made for the headline.

Guards: a line name is one body person's only (a surname two body people share names neither);
a name the body does not hold gets nothing (no mention is made from a cut line); the title
patterns' own rules decide which name of a chain a title is beside ("X, the wife of minister Y":
the minister is Y).
"""

from __future__ import annotations

import re

from veille.model import Article, Mention, Role
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles import TitlePatterns, find_roles, role_of
from veille.stages.entities.roles_split import split_role
from veille.stages.entities.text import fold

# The cut lines that state offices about the article's people: its headline and photo captions.
LINE_KINDS = frozenset({"title", "repeated_title", "caption"})


def _names(mentions: list[Mention]) -> dict[str, set[str]]:
    """The forms the body gives each named entity (a person's surname alone among them)."""
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.entity is None or m.entity.startswith("per:role:"):
            continue
        forms.setdefault(m.entity, set()).add(m.text)
        words = m.text.split()
        if m.type == "PER" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
            forms[m.entity].add(words[-1])
    return forms


def _line_candidates(line: str, mentions: list[Mention]) -> list[tuple[Candidate, str]]:
    """The body's names found in `line`, longest first, each with its entity; a form two entities
    share ("Dupont" for two Duponts) is dropped."""
    owners: dict[str, set[str]] = {}
    types = {m.entity: m.type for m in mentions if m.entity is not None}
    for entity, forms in _names(mentions).items():
        for form in forms:
            owners.setdefault(form, set()).add(entity)
    found: list[tuple[Candidate, str]] = []
    taken: list[tuple[int, int]] = []
    for form in sorted(owners, key=len, reverse=True):
        if len(owners[form]) != 1:
            continue
        entity = next(iter(owners[form]))
        for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", line):
            s, e = hit.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            found.append((Candidate(s, e, types[entity], source="line"), entity))
    return sorted(found, key=lambda f: f[0].start)


def line_roles(article: Article, mentions: dict[tuple[int, int], Mention], patterns: TitlePatterns) -> None:
    """Add to the body's people the roles the article's headline and captions state for them."""
    lines = [r.text for r in article.removed if r.kind in LINE_KINDS and r.text.strip()]
    if article.title and all(fold(article.title.strip()) != fold(t.strip()) for t in lines):
        lines.append(article.title)
    listed = sorted(mentions.values(), key=lambda m: (m.start, m.end))
    for line in lines:
        line = line.strip()
        found = _line_candidates(line, listed)
        if not any(c.type == "PER" for c, _ in found):
            continue
        entity_at = {(c.start, c.end): entity for c, entity in found}
        links = find_roles(line, [c for c, _ in found], patterns, article.lang)
        for link in links:
            if link.candidate is None or link.candidate.type != "PER":
                continue
            person = entity_at.get((link.candidate.start, link.candidate.end))
            first = next((m for m in listed if m.entity == person and m.type == "PER"), None)
            if person is None or first is None:
                continue
            if _asked(line, link.candidate.start):
                continue  # entities@72: a question states no role ("X to be named minister?")
            role = role_of(link)
            span = link.title.of_span
            if span is not None and span in entity_at:
                role.of = entity_at[span]
            elif span is not None and any(s < span[1] and span[0] < e for s, e in entity_at):
                continue  # the title's owner overlaps a name read otherwise: left alone
            role, *coordinated = split_role(role, link.title, line, patterns, article.lang)
            held = [r for m in listed if m.entity == person for r in m.roles]
            if " " not in line[link.candidate.start:link.candidate.end].strip() \
                    and held and not any(fold(r.title) == fold(role.title)
                                         or (role.of is not None and r.of == role.of) for r in held):
                # entities@72: a surname alone may be another of that name ("Senator Kelly" over a
                # body's "Scott Kelly, the retired astronaut"): it adds no office to a person the
                # body gives another one, unless of the same body ("Guterres, chef de l'ONU" for
                # the body's secrétaire général de l'ONU)
                continue
            for new in (role, *coordinated):
                if not any(fold(new.title) == fold(r.title) and new.of in (None, r.of) for r in held):
                    _add(first, new)
                    held.append(new)


def _add(mention: Mention, role: Role) -> None:
    mention.roles = [*mention.roles, role]  # `role` follows (the first)


def _asked(line: str, at: int) -> bool:
    """Whether the clause of `line` holding offset `at` ends with a question mark."""
    end = re.search(r"[.!?](?:\s|$)", line[at:])
    return end is not None and end.group().startswith("?")
