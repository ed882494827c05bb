"""quotes@28 (twenty-fifth session, issue 18): classes of eval/quotes_pool's q71-q82 tuning pages,
written as invented sentences with near misses: a round-up's verbless speaker label ("X (entraîneur
de Y) : « … »", or the name alone on the line above the quote), a press-conference transcript whose
turns run on in one paragraph after labels in capitals ("COACH X: … Q. …? COACH X: …"), and a
prepositional phrase between a quote and its incise ("« … » concernant X, a dit le maire"), an
English unmarked incise's bare pronoun subject and a long phrase before "that". The last three are
behind `quotes.unproven_incise_rules` (off by default): their tests run with it on, and each checks
that with it off (the default) the sentence reads as at quotes@27."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of, with_quotes


def test_a_label_above_a_quote_paragraph(ctx: Any) -> None:
    body = ("Les réactions après les matchs de samedi soir.\n\n"
            "Le plus heureux : Marcel Dutronc (entraîneur de Nancy)\n"
            "« On a fait un très grand match ce soir et les joueurs ont été admirables. »\n"
            "Le plus déçu : Paul Berlinet (entraîneur de Metz)\n"
            "« Nous avons encaissé deux buts évitables et cela nous coûte la victoire. »")
    # `quotes.roundup_labels` is off by default (quotes@31): no label names a speaker
    assert all(spk is None for _, spk in quotes_of(ctx, body, "fr"))
    ctx = with_quotes(ctx, roundup_labels=True)
    assert quotes_of(ctx, body, "fr") == [
        ("On a fait un très grand match ce soir et les joueurs ont été admirables", "per:marcel-dutronc"),
        ("Nous avons encaissé deux buts évitables et cela nous coûte la victoire", "per:paul-berlinet")]
    # near miss: a heading that names no person is no speaker
    miss = "Les Réactions du Soir\n« On a fait un très grand match ce soir et les joueurs ont été admirables. »"
    assert quotes_of(ctx, miss, "fr") == []


def test_a_label_and_a_colon_before_the_mark(ctx: Any) -> None:
    ctx = with_quotes(ctx, roundup_labels=True)
    body = "Senators reacted on Tuesday.\n\nSen. Mary Holloway (D-OR): \"This bill will not pass the Senate in its current form.\""
    assert quotes_of(ctx, body, "en") == [("This bill will not pass the Senate in its current form", "per:mary-holloway")]
    # near miss: a name with no colon runs into the quote as a sentence's subject would, no label
    miss = "Senators reacted on Tuesday.\n\nSen. Mary Holloway (D-OR) \"This bill will not pass the Senate in its current form.\""
    # (no other speaker is on the page: nothing is attributed at all, which `all(spk != …)` let pass unseen)
    assert quotes_of(ctx, miss, "en") == []


def test_a_transcripts_inline_capital_labels(ctx: Any) -> None:
    body = ("What Harmon said after the win\nCOACH HARMON: We were ready from the first minute and the kids "
            "played with real energy tonight. THE MODERATOR: Questions? Q. Coach, how did the defence hold up? "
            "COACH HARMON: I thought we defended very well, especially in the second half against their guards.")
    # `quotes.transcript_labels` is off by default (quotes@31): the turns are no quotes
    assert quotes_of(ctx, body, "en") == []
    ctx = with_quotes(ctx, transcript_labels=True)
    got = quotes_of(ctx, body, "en")
    assert [t for t, _ in got] == [
        "We were ready from the first minute and the kids played with real energy tonight",
        "I thought we defended very well, especially in the second half against their guards"]
    # near miss: a label in capitals that never comes back is a heading, not a turn
    miss = "UPDATE: The bridge was closed on Monday morning after a truck hit one of its pillars yesterday."
    assert quotes_of(ctx, miss, "en") == []


def test_a_prepositional_phrase_between_the_quote_and_its_incise(unproven_ctx: Any, ctx: Any) -> None:
    body = ("« Je n’ai pas confirmation de la matérialité des faits » concernant l’action de ce groupe, "
            "a dit à l’AFP le maire de la ville, Fabrice Loher.")
    assert quotes_of(unproven_ctx, body, "fr") == [
        ("Je n’ai pas confirmation de la matérialité des faits", "per:fabrice-loher")]
    # off (the default), the marks' words alone are no quote: quotes@27's reading runs the unmarked
    # incise's statement over the closing mark and the phrase
    assert all(text != "Je n’ai pas confirmation de la matérialité des faits" for text, _ in quotes_of(ctx, body, "fr"))
    # near miss: what follows the phrase is a clause of its own, no incise
    miss = "« Il faut agir vite et bien » sur la route, il a roulé très vite et a percuté un arbre."
    assert quotes_of(unproven_ctx, miss, "fr") == []


def test_a_pronoun_after_a_comma_is_the_whole_subject_of_an_unmarked_incise(unproven_ctx: Any, ctx: Any) -> None:
    body = ("The Ministry of Health said the clinic had closed on Monday.\n\nThe patients will be moved to a new "
            "hospital after repairs by the local contractor, Greenline Builders in Kandy, it said.")
    statement = ("The patients will be moved to a new hospital after repairs by the local contractor, "
                 "Greenline Builders in Kandy")
    got = quotes_of(unproven_ctx, body, "en")
    assert (statement, None) in got
    assert all(spk != "per:greenline-builders" and "greenline" not in str(spk).casefold() for _, spk in got)
    # (quotes@50) on by default since: the statement runs to the comma before the pronoun either way
    assert (statement, None) in quotes_of(ctx, body, "en")
    # near miss: a name in apposition between commas stays the subject
    miss = "The victim's brother, Daniel Hughes, said his family was devastated by the news of the crash."
    assert quotes_of(unproven_ctx, miss, "en") == [
        ("his family was devastated by the news of the crash", "per:daniel-hughes")]
    assert quotes_of(ctx, miss, "en") == [("his family was devastated by the news of the crash", "per:daniel-hughes")]


def test_a_long_prepositional_phrase_before_that(unproven_ctx: Any, ctx: Any) -> None:
    body = ("Jane Dorsey, the information minister, announced after the second meeting of the drafting committee "
            "that the committee has finished the draft and will meet tomorrow to approve it.")
    statement = "the committee has finished the draft and will meet tomorrow to approve it"
    assert [t for t, _ in quotes_of(unproven_ctx, body, "en")] == [statement]
    # off (the default), the phrase keeps "that" from the verb
    assert statement not in [t for t, _ in quotes_of(ctx, body, "en")]
    # near miss: "that" opens a relative clause on the phrase's last noun (a verb right after it)
    miss = ("Jane Dorsey, the information minister, announced after the second meeting of the drafting committee "
            "that was held on Monday a new timetable for the reform.")
    assert all("was held" not in t for t, _ in quotes_of(unproven_ctx, miss, "en"))
