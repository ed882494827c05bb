"""stories@27 (issue 16; eval/pubdate_pool pub33): an undated report that tells the story's event
as the day before its own ("depuis hier", "yesterday", "hier soir", "last night") is the next day's,
so it takes the day after the story's earliest sibling date (the event's day), not that date.
Near misses: the same report with no such word, a "hier" inside a quote (the speaker's day before),
a "hier" set before the date it glosses ("élu hier, jeudi 20 mars": the time stage reads that
date), "aujourd'hui" (today), and a bare past weekday that still weighs among the candidates."""

from __future__ import annotations

from veille.model import Article, Quote

SIBLING_FR = ("Le gouvernement a été renversé ce mercredi par une motion de censure votée par 331 députés de "
              "l'Assemblée nationale, une première depuis 1962.")
SIBLING_EN = ("Manchester City drew 3-3 with Feyenoord at the Etihad on Tuesday night after leading 3-0 with "
              "fifteen minutes left, their sixth game without a win.")


def _placed(body: str, lang: str = "fr", quotes: list[Quote] | None = None,
            days: tuple[str, ...] = ("2024-12-04", "2024-12-04")) -> str | None:
    from veille.stages.stories.anchor import anchor_undated

    sibling = SIBLING_FR if lang == "fr" else SIBLING_EN
    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=sibling, lang=lang, published=day,
                     published_how="url") for i, day in enumerate(days)]
    undated = Article(id="u", source="u", raw=body, body=body, lang=lang, quotes=quotes or [])
    anchor_undated([*dated, undated], [])
    return undated.published


def test_a_report_telling_the_event_as_yesterdays_is_the_next_days() -> None:
    body = ("C'est chose faite depuis hier : 331 députés ont voté la motion de censure déposée contre le "
            "gouvernement de Michel Barnier, une première depuis 1962.")
    assert _placed(body) == "2024-12-05"


def test_english_yesterday_and_last_night() -> None:
    days = ("2024-11-26", "2024-11-26")
    body = ("Manchester City squandered a three-goal lead to draw 3-3 with Feyenoord yesterday, their "
            "sixth game without a win.")
    assert _placed(body, "en", days=days) == "2024-11-27"
    body = ("Manchester City squandered a three-goal lead last night to draw 3-3 with Feyenoord, their "
            "sixth game without a win.")
    assert _placed(body, "en", days=days) == "2024-11-27"


def test_near_miss_no_day_word_keeps_the_earliest_sibling_date() -> None:
    body = ("331 députés ont voté la motion de censure déposée contre le gouvernement de Michel Barnier, "
            "une première depuis 1962.")
    assert _placed(body) == "2024-12-04"


def test_near_miss_today_is_not_yesterday() -> None:
    body = ("331 députés ont voté aujourd'hui la motion de censure déposée contre le gouvernement de Michel "
            "Barnier, une première depuis 1962.")
    assert _placed(body) == "2024-12-04"


def test_near_miss_a_quoted_yesterday_is_the_speakers() -> None:
    said = "« Hier encore, je croyais au compromis »"
    body = (f"{said}, a déclaré Michel Barnier devant les 331 députés qui ont voté la motion de censure contre "
            "son gouvernement, une première depuis 1962.")
    quote = Quote(start=0, end=len(said), text=said, direct=True, speaker=None, speaker_text="Michel Barnier")
    assert _placed(body, quotes=[quote]) == "2024-12-04"
    # the same words outside a quote: the report's own "hier"
    assert _placed(body) == "2024-12-05"


def test_a_past_weekday_of_the_event_with_yesterday() -> None:
    # "renversé mercredi" alone is the siblings' Wednesday (the report may be of the same day);
    # with "depuis hier" the Wednesday is the day before the report: Thursday
    body = ("Le gouvernement de Michel Barnier, renversé mercredi par 331 députés, une première depuis 1962, "
            "expédie les affaires courantes.")
    assert _placed(body) == "2024-12-04"
    assert _placed(body.replace("expédie", "expédie depuis hier")) == "2024-12-05"


def test_near_miss_a_story_of_several_days_keeps_its_choice() -> None:
    # siblings over three days: the earliest need not be the day "hier" names, the siblings decide
    body = ("C'est chose faite depuis hier : 331 députés ont voté la motion de censure déposée contre le "
            "gouvernement de Michel Barnier, une première depuis 1962.")
    assert _placed(body, days=("2024-12-04", "2024-12-06")) == "2024-12-04"
    assert _placed(body, days=("2024-12-04", "2024-12-05")) == "2024-12-05"
