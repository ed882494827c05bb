"""quotes@32 (twenty-seventh session, helper quo32): classes seen in eval/quotes_pool's new32 pages,
each an invented sentence that read wrong before, with its near miss: the pronoun "en" or "y" before
an incise verb ("», en sourit la juge"), a postposed "selon X" followed by a clause of contrast
("…, selon la CGT, alors que …"), the turns of French minutes ("M. DURAND. - …"), and a transcript
label whose given name no list marks for a sex, in a transcript whose other labels name persons."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of, with_quotes

_QUOTE = "« Un loyer de 800 euros, même pas, je n’en suis pas certaine »"


def test_an_adverbial_pronoun_before_the_incise_verb(ctx: Any) -> None:
    for incise in ("en sourit presque la juge des référés, Anne Morel", "s’en amuse la juge des référés, Anne Morel"):
        found = quotes_of(ctx, f"{_QUOTE}, {incise}.", "fr")
        assert ("Un loyer de 800 euros, même pas, je n’en suis pas certaine", "per:anne-morel") in found
    # near miss: "en" as a preposition before a month opens no incise
    found = quotes_of(ctx, f"{_QUOTE}, en mars la juge des référés, Anne Morel, a fermé le dossier.", "fr")
    assert all(spk != "per:anne-morel" for _, spk in found)


def test_a_postposed_source_before_a_clause_of_contrast(ctx: Any) -> None:
    body = ("Cette décision a surpris les quarante habitants du quartier, selon l’association Vivre Ensemble, "
            "alors que la mairie assure que le projet n’a pas changé.")
    texts = [t for t, _ in quotes_of(ctx, body, "fr")]
    assert "Cette décision a surpris les quarante habitants du quartier" in texts
    # near miss: "selon" before a clause with no conjunction is left as it was (no statement cut at it)
    body = "Les habitants ont voté pour le projet, selon les quartiers, la participation a varié du simple au double."
    assert all(not t.startswith("Les habitants ont voté") for t, _ in quotes_of(ctx, body, "fr"))


def test_the_turns_of_french_minutes(ctx: Any) -> None:
    body = ("CONSEIL MUNICIPAL DU 3 MARS\n\nM. DURAND. - Mesdames, Messieurs les élus, je vous remercie d’être "
            "présents pour ce premier conseil de l’année.\n\nNous devons voter le budget ce soir et je sais que "
            "les débats seront animés.\n\nMme LEROY. - Monsieur le maire, notre groupe votera contre ce budget "
            "qui augmente les impôts locaux.")
    found = quotes_of(ctx, body, "fr")
    texts = [t for t, _ in found]
    assert any(t.startswith("Mesdames, Messieurs les élus") for t in texts)
    assert any(t.startswith("Nous devons voter le budget") for t in texts)
    assert any(t.startswith("Monsieur le maire, notre groupe") for t in texts)
    # near miss: a civility and a name inside a sentence, no dash after its full stop, gives no turn
    body = "Le conseil a entendu M. Durand. Il a présenté le budget de la commune pour l’année prochaine sans débat."
    assert quotes_of(ctx, body, "fr") == []


def test_a_transcript_label_whose_given_name_marks_no_sex(ctx: Any) -> None:
    on = with_quotes(ctx, transcript_labels=True)
    body = ("Postgame notes.\nBRIAN CONKLIN: We kept our heads up the whole night and the shots finally fell for "
            "us. Q. How did the defence hold? BRIAN CONKLIN: We rebounded well and we talked on every single "
            "possession. Q. What about their guards? TAVIOKE MWANGARI: They push the ball in transition and you "
            "have to get back every single time.")
    texts = [t for t, _ in quotes_of(on, body, "en")]
    assert any(t.startswith("They push the ball in transition") for t in texts)
    # near miss: a link label in the same transcript is no person
    body = body + " READ MORE: Conklin leads the team to a third straight win at home this season."
    texts = [t for t, _ in quotes_of(on, body, "en")]
    assert not any(t.startswith("Conklin leads the team") for t in texts)
