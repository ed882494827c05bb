"""quotes@31 (twenty-sixth session, helper fix28q): review findings on quotes@30, each an invented
sentence that read wrong before, with its near miss: a "par" phrase after an active reporting verb
is a means ("a déclaré par communiqué"), not the agent of a passive participle; a live blog's
repeated "UPDATE:" or a "READ MORE:" link is no transcript label; a byline ("Par Marie Dupont")
above a quote paragraph is no round-up label."""

from __future__ import annotations

from typing import Any

from conftest import quoted_article, quotes_of, with_quotes


def test_par_after_an_active_verb_names_a_channel_not_the_speaker(ctx: Any) -> None:
    body = "Le ministre de l'Intérieur a déclaré par communiqué : « Les auteurs de ces violences seront poursuivis. »"
    assert [q.speaker_text for q in quoted_article(ctx, body).quotes] == ["Le ministre de l'Intérieur"]
    # a channel with no determiner after a passive participle is no agent either
    body = "Les arguments avancés par écrit sont : « Nous refusons de signer un accord qui sacrifie les emplois. »"
    assert all(q.speaker_text != "écrit" for q in quoted_article(ctx, body).quotes)
    # near miss: a passive participle and a determiner (quotes@30's rule) still give the agent
    body = ("Les arguments avancés par la ministre Clara Duval sont : « Nous ne céderons rien sur la sécurité "
            "des habitants. »")
    assert [q.speaker_text for q in quoted_article(ctx, body).quotes] == ["la ministre Clara Duval"]


def test_a_live_blogs_labels_are_no_speakers(ctx: Any) -> None:
    on = with_quotes(ctx, transcript_labels=True)
    blog = ("Storm live: the latest on the flooding.\nUPDATE: The bridge on the river road was closed on Monday "
            "morning after the water rose above the deck. UPDATE: The county opened two shelters for the families "
            "evacuated from the lower town tonight.")
    assert all(spk is None or "update" not in str(spk).casefold() for _, spk in quotes_of(on, blog, "en"))
    assert quotes_of(on, blog, "en") == []
    more = ("The council voted the budget on Tuesday night. READ MORE: Council votes to close three libraries "
            "in the northern districts next year. READ MORE: Residents protest the closing of the pool in the park.")
    assert quotes_of(on, more, "en") == []
    # near miss: a label with a title before a name is a transcript's turn
    coach = ("What Harmon said after the win\nCOACH HARMON: We were ready from the first minute and the kids "
             "played with real energy tonight. Q. Coach, how did the defence hold up? COACH HARMON: I thought "
             "we defended very well, especially in the second half against their guards.")
    assert len(quotes_of(on, coach, "en")) == 2


def test_a_byline_above_a_quote_paragraph_is_no_speaker(ctx: Any) -> None:
    on = with_quotes(ctx, roundup_labels=True)
    quote = "« Nous avons encaissé deux buts évitables et cela nous coûte la victoire. »"
    for byline, journalist in (("Par Marie Dupont", "per:marie-dupont"), ("By Jane Doe", "per:jane-doe")):
        body = "Les réactions après la défaite de samedi soir.\n\n" + byline + "\n\n" + quote
        assert all(spk != journalist for _, spk in quotes_of(on, body, "fr"))
    # near miss: the name alone with its role on the line above is the round-up's speaker
    body = ("Les réactions après la défaite de samedi soir.\n\nPaul Berlinet (entraîneur de Metz)\n\n" + quote)
    assert [spk for _, spk in quotes_of(on, body, "fr")] == ["per:paul-berlinet"]
