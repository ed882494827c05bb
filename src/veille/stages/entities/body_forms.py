"""One entity per body named several ways in one article (entities@114, helper ent55, issue 18).

News names one body in several forms, and each form the recognisers find became an entity of its
own beside the body's (eval/entities_pool's fifth batch). The forms are classes, not strings:

- a legal form or a generic head written abbreviated or in full ("Federal Deposit Insurance Corp." /
  "Federal Deposit Insurance Corporation", "Dept." / "Department": `legal_forms.json`, after the
  English forms of ISO 20275's legal-form list and the GPO Style Manual's abbreviations) is one name:
  `form_key`, and an organisation's id before linking is its name's with the forms written in full
  (`normalise_ids`), so linking meets the two writings in two articles as one name;
- a known body's name with one generic organisational head more ("Federal Reserve" + "Bank") is that
  body when no gazetteer name claims the longer name (`headed_groups`, read by the gazetteer's load:
  "Federal Reserve Bank of New York" is a name of its own and stays its own);
- a name that is another name of its article less a leading place ("Department of Financial Protection
  and Innovation" after "California Department of Financial Protection and Innovation"; a place the
  gazetteer knows, or a demonym), or less its first word ("Deposit Insurance Corp" inside "Federal
  Deposit Insurance Corp."), is that name's body when exactly one longer name of the article is so
  (`join_in_article`): the article has named it in full.  Two longer names fitting leave it alone, and
  a name a gazetteer knows keeps its own ("Korea" / "South Korea", "America" / "Bank of America").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from veille.model import EntityType, Mention
from veille.stages.entities.body_names import Key, form_key, headed_groups, legal_forms
from veille.stages.entities.text import name_key, slug

if TYPE_CHECKING:
    from veille.stages.entities.gazetteer import Gazetteer

__all__ = ["form_key", "headed_groups", "join_in_article", "legal_forms", "normalise_ids"]


def _org_id(text: str) -> str:
    return "org:" + slug(" ".join(form_key(text)))


def normalise_ids(mentions: list[Mention]) -> None:
    """An organisation whose id before linking is its name's slug takes the slug of its name with its
    legal forms in full: two articles' "Acme Corp." and "Acme Corporation" share the id linking joins."""
    for m in mentions:
        if m.type == "ORG" and m.entity == f"org:{slug(m.text)}" and (new := _org_id(m.text)) != m.entity:
            _rename(mentions, m.entity, new, "ORG")


def _known(m: Mention, gaz: Gazetteer) -> bool:
    """Whether a gazetteer file, listed or not, has the mention as a name or gave it its id."""
    key = name_key(m.text)
    return (m.entity or "") in gaz.entries or (m.entity or "") in gaz.known or gaz.lookup(m.text) is not None \
        or gaz.type_of(m.text) is not None or key in gaz.groups or key in gaz.known_index


def _is_place(words: Key, gaz: Gazetteer) -> bool:
    """Whether folded words are a place a gazetteer file knows, or one word a demonym ("Californian")."""
    text = " ".join(words)
    entry = gaz.lookup(text)
    if entry is not None:
        return entry.type == "LOC"
    return gaz.type_of(text) == "LOC" or (len(words) == 1 and gaz.country_of_demonym(words[0]) is not None)


def _place_tails(m: Mention, gaz: Gazetteer) -> Iterable[Key]:
    """The name less each leading place of up to three words (and its possessive "'s") that leaves
    two words or more: "California Department of X" -> "department of x"."""
    key = form_key(m.text)
    for k in range(1, min(4, len(key) - 1)):
        if _is_place(key[:k], gaz):
            rest = key[k + 2:] if key[k:k + 2] == ("'", "s") else key[k:]
            if len(rest) >= 2:
                yield rest


def _inner(m: Mention, gaz: Gazetteer) -> Iterable[Key]:
    """The name less its first word, when two words or more are left."""
    key = form_key(m.text)
    if len(key) >= 3:
        yield key[1:]


def _join_shorter(mentions: list[Mention], gaz: Gazetteer,
                  tails: Callable[[Mention, Gazetteer], Iterable[Key]]) -> None:
    """Each organisation's name of the article that is the shorter form (`tails`) of exactly one
    longer organisation's name of it takes that name's id and type; a name a gazetteer knows, a
    person, a place, keeps its own."""
    longer: dict[Key, set[str]] = {}
    for m in mentions:
        if m.type in ("ORG", "MISC") and m.entity:
            for tail in tails(m, gaz):
                longer.setdefault(tail, set()).add(m.entity)
    if not longer:
        return
    for m in mentions:
        if m.type not in ("ORG", "MISC") or not m.entity or _known(m, gaz):
            continue
        bodies = longer.get(form_key(m.text), set()) - {m.entity}
        if len(bodies) == 1:
            body = next(iter(bodies))
            kind = next(o.type for o in mentions if o.entity == body)
            _rename(mentions, m.entity, body, kind)


def join_in_article(mentions: list[Mention], gaz: Gazetteer) -> None:
    """One id per body the article names several ways (module doc): legal forms in full, a name less
    its leading place, a name less its first word."""
    normalise_ids(mentions)
    _join_shorter(mentions, gaz, _place_tails)
    _join_shorter(mentions, gaz, _inner)


def _rename(mentions: list[Mention], old: str, new: str, type_: EntityType) -> None:
    """Every mention of id `old` takes `new` (and `type_`), and so does every office that is `old`'s."""
    for m in mentions:
        if m.entity == old:
            m.entity, m.type = new, type_
        for role in (*m.roles, *([m.role] if m.role is not None else [])):
            if role.of == old:
                role.of = new
