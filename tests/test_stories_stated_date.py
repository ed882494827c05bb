"""A merged event's date: a date a report's own sentence states outranks one inferred.

Invented reports of one signing: a French article writes its day in the event's sentence ("le 3
décembre"), English ones tell the event with no day of their own and were dated by their
publication day (the day after). However many reports infer a day, the stated one is the date;
with no member stating one, the most supported inferred day still is (stories@23)."""

from __future__ import annotations

from veille.model import Article, Event, Evidence, Timex
from veille.stages.stories.merge import Group, Reported, corpus_event, stated


def _article(aid: str, lang: str, body: str, date: str | None,
             timexes: list[tuple[str, str]]) -> Reported:
    art = Article(id=aid, source=aid, raw=body, body=body, lang=lang, published="2025-12-04T09:00:00")
    for text, value in timexes:
        at = body.index(text)
        art.timexes.append(Timex(at, at + len(text), text, "DATE", value))
    ev = Event(f"{aid}:e1", "AGREE", None, ["Q142"], ["Q912"], date, None, "asserted", "signed",
               [Evidence(aid, 0, len(body), body)])
    art.events.append(ev)
    return Reported(art, ev)


def _merged(*members: Reported) -> str | None:
    by_id = {m.article.id: m.article for m in members}
    return corpus_event(Group(list(members)), None, by_id).date


FR = ("fr", "Le 3 décembre, la France et le Mali ont signé un accord de défense à Bamako.",
      "2025-12-03", [("3 décembre", "2025-12-03")])


def _english(aid: str, date: str = "2025-12-04", body: str = "France and Mali signed a defence pact.",
             timexes: list[tuple[str, str]] | None = None) -> Reported:
    return _article(aid, "en", body, date, timexes or [])


def test_stated_french_date_wins_over_inferred_english_days() -> None:
    fr = _article("fr1", *FR)
    assert stated(fr) == 2
    assert stated(_english("en1")) == 0
    assert _merged(fr, _english("en1"), _english("en2")) == "2025-12-03"
    assert _merged(_english("en1"), _english("en2"), fr) == "2025-12-03"  # order does not matter


def test_reverse_english_stated_french_inferred() -> None:
    fr = _article("fr1", "fr", "La France et le Mali ont signé un accord de défense.", "2025-12-04", [])
    en = _english("en1", "2025-12-03", "On Dec. 3, France and Mali signed a defence pact.",
                  [("Dec. 3", "2025-12-03")])
    assert _merged(fr, _article("fr2", "fr", "La France et le Mali ont signé un accord.", "2025-12-04", []),
                   en) == "2025-12-03"


def test_inferred_only_keeps_the_most_supported_day() -> None:
    # near miss: nobody states a day, so the inferred days vote as before
    a = _article("fr1", "fr", "La France et le Mali ont signé un accord.", "2025-12-03", [])
    assert _merged(a, _english("en1"), _english("en2")) == "2025-12-04"


def test_a_timex_of_another_day_in_the_sentence_states_nothing() -> None:
    # the sentence's timex names another day (a background date): the event's date is not stated by it
    en = _english("en1", body="France and Mali, allies since 1960 and at odds in June, signed a pact.",
                  timexes=[("June", "2025-06")])
    assert stated(en) == 0
    assert _merged(_article("fr1", *FR), en, _english("en2")) == "2025-12-03"


def test_written_date_outranks_a_weekday() -> None:
    en = _english("en1", "2025-12-02", "On Tuesday France and Mali signed a defence pact.",
                  [("Tuesday", "2025-12-02")])
    assert stated(en) == 1
    fr = _article("fr1", *FR)
    assert _merged(en, _english("en2", "2025-12-02", "On Tuesday France and Mali signed a pact.",
                                [("Tuesday", "2025-12-02")]), fr) == "2025-12-03"
    # with no written date, stated weekdays beat the publication day
    assert _merged(en, _english("en3"), _english("en4")) == "2025-12-02"


def test_a_count_of_days_or_an_hour_writes_no_date() -> None:
    """"2 days ago", "il y a 3 jours", "at 3 p.m." hold numerals but are read on the publication
    day like "yesterday": they rank as relative (1), and a written day still wins over two of them
    (review rev28: they ranked as written dates and pulled the merge to their day)."""
    ago = _english("en1", "2025-12-02", "France and Mali signed a defence pact 2 days ago.",
                   [("2 days ago", "2025-12-02")])
    assert stated(ago) == 1
    fr_ago = _article("fr2", "fr", "Il y a 2 jours, la France et le Mali ont signé un accord.", "2025-12-02",
                      [("Il y a 2 jours", "2025-12-02")])
    assert stated(fr_ago) == 1
    clock = _english("en3", "2025-12-02", "At 3 p.m. Tuesday France and Mali signed a pact.",
                     [("3 p.m. Tuesday", "2025-12-02")])
    assert stated(clock) == 1
    assert _merged(ago, fr_ago, _article("fr1", *FR)) == "2025-12-03"
    # near miss: a written day with an hour still writes its day
    written = _english("en4", "2025-12-03", "On Dec. 3 at 3 p.m. France and Mali signed a pact.",
                       [("Dec. 3 at 3 p.m.", "2025-12-03")])
    assert stated(written) == 2
