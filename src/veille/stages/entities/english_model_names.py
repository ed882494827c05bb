"""What an English statistical recogniser's spans need before they are names (`nlp.english_ner`).

spaCy's English pipelines are trained on OntoNotes 5, whose annotation differs from the gold
conventions (../shared/gold/GUIDELINES.md) and whose errors on news have regular shapes. Each rule
below describes English orthography or the annotation scheme, not one article:

- a possessive ending is not part of the name: OntoNotes tags "Trump's" as one PERSON span when
  the tokenizer leaves a curly apostrophe on the word ("Trump’s", "Putin’s");
- a span that runs over a comma, a semicolon, a vertical bar, a bracket or a quotation mark joins
  two things, a list ("Acme Retail, John Smith"), a page's byline and its section ("Reuters | …")
  or a nickname and the rest ('Diddy” Combs'): which part is the name cannot be told, so the span
  gives none (the rule-based recognisers may still find each);
- a person's name holds no digit ("Mar 25" read as a PERSON), and a name holds a capital letter;
- English writes every word of a name capitalised but its function words ("Bank of Canada"), so
  lowercase words at a span's end are not the name's ("Ontario city" is Ontario);
- a word of three letters or fewer written with an abbreviation's full stop ("London, Ont.") is
  an abbreviation, not a person's name;
- a compass point and "of" before a name say where from it ("North of Tarnville, the plant…"):
  the name is what follows "of" (a region named so keeps its article: "the North of England" is
  told by the span's own start, which then is "the").

Spans are cut or dropped here; the type mapping (OntoNotes' 18 labels to veille's 4) is the nlp
stage's, which drops dates, amounts and nationalities before anything reaches this module.
"""

from __future__ import annotations

import re

from veille.model import EntityType

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_JOINERS = re.compile(r"[,;|()\[\]\"“”«»]")
_DIRECTION = re.compile(r"(?:North|South|East|West)(?:-?(?:east|west))?\s+of\s+(?=[A-Z])")


def clean_model_span(body: str, start: int, end: int, type_: EntityType) -> tuple[int, int] | None:
    """The span a recogniser gave, cut to the name it holds, or None when it holds none."""
    text = body[start:end]
    direction = _DIRECTION.match(text)
    if direction is not None:  # "North of Tarnville": the place is Tarnville
        start += direction.end()
        text = body[start:end]
    text = text.rstrip(" .-–—:\n")
    words = text.split(" ")
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    text = " ".join(words)
    # the possessive once the words after it are gone ("Putin’s de" at a line's end is Putin)
    possessive = _POSSESSIVE.search(text)
    if possessive is not None and possessive.start() > 0:
        text = text[:possessive.start() + (1 if text[possessive.start()] == "s" else 0)]  # "Jones'" keeps its s
    text = text.rstrip(" .-–—:")
    end = start + len(text)
    if type_ == "PER" and " " not in text and len(text) <= 3 and body[end:end + 1] == ".":
        return None
    if not text or _JOINERS.search(text) or not any(c.isupper() for c in text):
        return None
    if type_ == "PER" and any(c.isdigit() for c in text):
        return None
    return start, end
