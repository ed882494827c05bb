"""quotes@26: a name only in the complement of a text that is no statement ("according to the
provisional results of the Independent Electoral Commission") names what the text is of, not a
speaker; a name in the source's head, a statement's issuer or a text's author still speaks
(invented sentences, `french.according_to` with the shipped lexicon)."""

from __future__ import annotations

from veille.stages.quotes.french import according_to
from veille.stages.quotes.lexicon import load_quote_lexicon

LEX = load_quote_lexicon()


def _found(sentence: str, name: str, lang: str = "en") -> bool:
    """Whether `sentence` is a statement attributed by its according-to phrase, `name` being the
    one name the entities stage found in it."""
    start = sentence.index(name)
    preps, docs = (LEX.en_according_to, LEX.en_documents) if lang == "en" else (LEX.fr_according_to, LEX.fr_documents)

    def named(a: int, b: int) -> bool:
        return a <= start and start + len(name) <= b

    return according_to(sentence, 0, len(sentence), preps, docs, named, statements=LEX.statements) is not None


def test_a_name_in_the_complement_of_figures_is_no_speaker() -> None:
    assert not _found("Ouattara secured a fourth term with 89.77 percent, according to the provisional "
                      "results of the Independent Electoral Commission.", "Independent Electoral Commission")
    assert not _found("Le bilan s'élève à 2 122 morts, selon le bilan du ministère de la Santé.",
                      "ministère de la Santé", "fr")


def test_a_statement_s_issuer_an_author_and_a_name_in_the_head_still_speak() -> None:
    # near misses: a statement of the body, results released by it, a poll named by its author
    assert _found("Ouattara secured a fourth term with 89.77 percent, according to a statement of the "
                  "Independent Electoral Commission.", "Independent Electoral Commission")
    assert _found("Ouattara secured a fourth term with 89.77 percent, according to provisional results "
                  "released by the Independent Electoral Commission.", "Independent Electoral Commission")
    assert _found("Le chef de l'Etat a accepté la démission du gouvernement, selon un communiqué de l'Élysée.",
                  "Élysée", "fr")
    assert _found("Most voters back the plan to cut taxes, according to the Gallup poll.", "Gallup")
    # and a person named as the source, as before
    assert _found("Most voters back the plan to cut taxes, according to Kofi Mensah.", "Kofi Mensah")
