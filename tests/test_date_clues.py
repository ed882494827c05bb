"""Dating an undated article from its own words: a bound below, then its bare past weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from veille.model import Article
from veille.stages.time import date_clues, tag_article
from veille.stages.time.dct import choose_day, weekday_cost


def _article(body: str, lang: str = "en") -> Article:
    return Article(id="x", source="t", raw=body, body=body, lang=lang)


def test_weekday_named_after_the_bound_moves_the_date() -> None:
    # Saturday 12 April 2025 told, then results "released Sunday": written on the Sunday.
    bound, weekdays = date_clues(_article(
        "Voters cast ballots on April 12, 2025. The results were released Sunday by the ministry."))
    assert bound == date(2025, 4, 12)
    assert weekdays == [7]
    days = [date(2025, 4, 12 + k) for k in range(7)]
    assert choose_day(days, weekdays, bound) == date(2025, 4, 13)
    assert choose_day(days, [6], bound) == date(2025, 4, 12)  # "samedi": the bound itself


def test_no_weekday_keeps_the_bound() -> None:
    days = [date(2025, 4, 12 + k) for k in range(7)]
    assert choose_day(days, [], date(2025, 4, 12)) == date(2025, 4, 12)


def test_future_weekday_is_no_clue() -> None:
    _, weekdays = date_clues(_article("Le ministre sera opéré mardi prochain à Paris.", "fr"))
    assert weekdays == []
    _, weekdays = date_clues(_article("Le distributeur a présenté mardi un plan social.", "fr"))
    assert weekdays == [2]


def test_cost_counts_days_back_to_each_weekday() -> None:
    monday = date(2024, 11, 4)
    assert weekday_cost(monday, [2], monday) == 6  # "mardi" on a Monday: last week's Tuesday
    assert weekday_cost(date(2024, 11, 5), [2], monday) == 1


def test_sibling_date_is_a_bound_the_article_words_weigh() -> None:
    from veille.stages.stories.anchor import sibling_span

    sibling = Article(id="s", source="s", raw="", published="2024-11-04", published_how="url")
    undated = _article("Le distributeur a présenté mardi un plan social.", "fr")
    found = sibling_span(undated, [sibling, undated], [2])
    assert found is not None and found[0] == "2024-11-05"  # Tuesday, not the Monday before
    found = sibling_span(undated, [sibling, undated], [])
    assert found is not None and found[0] == "2024-11-04"


def test_planned_event_told_in_the_past_does_not_overrule_the_siblings() -> None:
    from veille.stages.stories.anchor import _before
    from veille.stages.stories.dates import parse_span

    event = parse_span("2024-11-05")  # "projet de plan social" (planned), "présenté mardi"
    assert not _before("2024-11-05", event, [])  # the announcement came before the event
    assert _before("2024-11-05", event, [2])  # the text tells Tuesday in the past
    assert not _before("2024-11-05", event, [1])  # Monday: before the event, no say on it


def test_a_caption_day_moves_to_the_next_by_the_texts_weekdays() -> None:
    from veille.stages.time.dct import caption_day

    saturday = date(2025, 4, 12)
    assert caption_day(saturday, [7]) == date(2025, 4, 13)  # results "released Sunday"
    assert caption_day(saturday, [6]) == saturday  # "voted Saturday": the photo's day
    assert caption_day(saturday, []) == saturday
    assert caption_day(saturday, [3]) == saturday  # a Wednesday days back moves nothing: one day at most


def test_the_time_stage_weighs_a_caption_date() -> None:
    from veille.model import Removed
    from veille.stages.time import tag_article

    caption = Removed("Voters cast their ballots in Libreville on April 12, 2025. (Photo by X / AFP)", "caption", 0, 10)
    article = _article("The junta chief won the election according to provisional results released Sunday.")
    article.removed, article.published, article.published_how = [caption], "2025-04-12", "caption"
    tag_article(article)
    assert (article.published, article.published_how) == ("2025-04-13", "caption")
    tag_article(article)  # tagging again starts from the caption, not from the moved date
    assert article.published == "2025-04-13"
    # The text's own latest date is a tighter bound when later than the photo's.
    article = _article("The results were published on April 14, 2025 by the ministry.")
    article.removed, article.published, article.published_how = [caption], "2025-04-12", "caption"
    tag_article(article)
    assert (article.published, article.published_how) == ("2025-04-14", "text")


def _dated(body: str, lang: str = "fr") -> tuple[str | None, str]:
    from veille.stages.time import tag_article

    article = tag_article(_article(body, lang))
    return article.published, article.published_how


def test_the_time_stage_moves_its_bound_by_past_weekdays_two_days_at_most() -> None:
    # Saturday's vote, results "publiés ce lundi": Monday's report.
    assert _dated("Les électeurs ont voté samedi 25 octobre 2025. Les résultats ont été publiés ce lundi "
                  "par la commission électorale.") == ("2025-10-27", "text")
    assert _dated("Voters cast ballots on Saturday, April 12, 2025. Results were released Sunday.", "en") \
        == ("2025-04-13", "text")
    # near misses: a weekday further on is no move (Saturday to Wednesday), nor a future one
    assert _dated("Les électeurs ont voté samedi 25 octobre 2025. Les résultats ont été publiés mercredi "
                  "par la commission électorale.") == ("2025-10-25", "text")
    assert _dated("Les électeurs ont voté samedi 25 octobre 2025. Les résultats seront publiés lundi "
                  "par la commission électorale.") == ("2025-10-25", "text")


@pytest.mark.parametrize(("body", "expected"), [
    # A French noun's complement names an occasion of a day before the article's (time@15):
    # "le scrutin de samedi" in Saturday 25 October's story is told on Sunday or later.
    ("Les électeurs ont voté samedi 25 octobre 2025. Les chiffres sont arrivés quelques heures après le "
     "scrutin de samedi.", "2025-10-26"),
    ("Les électeurs ont voté samedi 25 octobre 2025. La commission a validé les résultats du scrutin de "
     "samedi.", "2025-10-26"),
    ("Les électeurs ont voté samedi 25 octobre 2025. Le calme règne depuis le scrutin de samedi.", "2025-10-26"),
    # near misses: a scheduling cue, "avant", a future clause or a weekday to come leave the bound
    ("Les électeurs ont voté samedi 25 octobre 2025. Les bureaux resteront fermés à partir de dimanche.",
     "2025-10-25"),
    ("Les électeurs ont voté samedi 25 octobre 2025. Tout change avant le débat de dimanche.", "2025-10-25"),
    ("Les électeurs ont voté samedi 25 octobre 2025. Le débat de dimanche s'annonce tendu.", "2025-10-25"),
    ("Les électeurs ont voté samedi 25 octobre 2025. Le second tour de dimanche prochain s'annonce serré.",
     "2025-10-25"),
])
def test_a_weekday_complementing_a_noun_is_a_day_before_the_article(body: str, expected: str) -> None:
    assert _dated(body) == (expected, "text")


def test_a_noun_complement_weekday_counts_the_day_after_it() -> None:
    bound, weekdays = date_clues(_article("Les électeurs ont voté samedi 25 octobre 2025. Les chiffres sont "
                                          "arrivés après le scrutin de samedi.", "fr"))
    assert bound == date(2025, 10, 25)
    assert weekdays == [7]  # the day after the noun's: the article's is no earlier


# ---------------------------------------------------------------- embedded posts (time@9)

def test_an_x_post_address_dates_its_post_to_the_second() -> None:
    from veille.stages.time.embeds import post_days

    # Snowflake id: milliseconds since the X epoch above the lowest 22 bits (08:13 UTC).
    assert post_days("https://x.com/lequipe/status/1876905174259638565") == [date(2025, 1, 8)]
    assert post_days("twitter.com/AFP/statuses/1876905174259638565?s=20") == [date(2025, 1, 8)]
    # A TikTok video id: Unix seconds above the lowest 32 bits.
    assert post_days("tiktok.com/@afp/video/7460000000000000000") == [date(2025, 1, 15)]


def test_ids_that_are_no_post_time_give_nothing() -> None:
    from veille.stages.time.embeds import latest_post_day, post_days

    assert post_days("https://twitter.com/jack/status/20") == []  # a sequential id from 2006
    assert post_days("https://x.com/lequipe/1876905174259638565") == []  # no "/status/"
    assert post_days("Commande n° 1876905174259638565") == []
    # A post dated after "today" is a malformed id, not a bound.
    assert latest_post_day(["x.com/a/status/1876905174259638565"], date(2024, 12, 31)) is None


def test_an_embedded_post_bounds_an_undated_article_from_below() -> None:
    body = ("Didier Deschamps quittera les Bleus après la Coupe du monde 2026, a-t-il annoncé.\n"
            "https://x.com/lequipe/status/1876905174259638565")
    bound, _ = date_clues(_article(body, "fr"))
    assert bound == date(2025, 1, 8)
    # The text's own later date wins over an older post.
    later_text = _article("Le ministre a démissionné ce lundi 3 février 2025.\n" + body, "fr")
    assert date_clues(later_text)[0] == date(2025, 2, 3)
    # With no post and no self-dated day, nothing: no date rather than a guess.
    assert date_clues(_article(body.split("\n")[0], "fr"))[0] is None


def test_tag_article_dates_from_the_post_linked_in_a_cut_line() -> None:
    from veille.model import Removed
    from veille.stages.time import tag_article

    text = "Le sélectionneur a annoncé son départ après la Coupe du monde."
    art = _article(text, "fr")
    art.removed = [Removed(start=0, end=10, text="pic.twitter.com/x — L'Équipe "
                               "https://twitter.com/lequipe/status/1876905174259638565", kind="embed")]
    tag_article(art)
    # time@17: a date that rests on the post says so (`embed`, no longer `text`).
    assert (art.published, art.published_how) == ("2025-01-08", "embed")


@pytest.mark.parametrize(("body", "url", "day"), [
    # A day without its year, in the month the URL files the article under.
    ("La Zimbabwéenne Kirsty Coventry a été élue présidente du CIO le 20 mars à Costa Navarino.",
     "https://example.com/2025/03/kirsty-coventry/", "2025-03-20"),
    ("The ceasefire was agreed on Sept. 25 after talks in Doha, officials said.",
     "https://example.com/2025/09/ceasefire/", "2025-09-25"),
    # A year alone: the day in that year.
    ("The ceasefire was agreed on Sept. 25 after talks in Doha, officials said.",
     "https://example.com/2025/ceasefire/", "2025-09-25"),
    # Near misses: a day outside the filed month, a future day, no filing at all.
    ("La Zimbabwéenne Kirsty Coventry a été élue présidente du CIO le 20 mars à Costa Navarino.",
     "https://example.com/2025/04/kirsty-coventry/", None),
    ("Le sommet se tiendra le 20 mars à Paris, a annoncé l'Élysée.", "https://example.com/2025/03/sommet/", None),
    ("La Zimbabwéenne Kirsty Coventry a été élue présidente du CIO le 20 mars à Costa Navarino.",
     "https://example.com/kirsty-coventry/", None),
])
def test_a_yearless_day_takes_the_year_the_url_files(body: str, url: str, day: str | None) -> None:
    article = Article(id="x", source="t", raw=body, body=body, url=url,
                      lang="en" if body.startswith("The") else "fr")
    tag_article(article)
    assert article.published == day
    assert article.published_how == ("text" if day else "none")


@pytest.mark.parametrize(("body", "lang", "day"), [
    # A date the clause schedules bounds nothing from below, whatever the verb's tense shows.
    ("The government unveiled its plan on Monday, March 3, 2025. Sentencing is set for March 18, 2025.",
     "en", "2025-03-03"),
    ("The government unveiled its plan on Monday, March 3, 2025. The tariffs take effect April 1, 2025.",
     "en", "2025-03-03"),
    ("The government unveiled its plan on Monday, March 3, 2025, ahead of the October 12, 2025 election.",
     "en", "2025-03-03"),
    ("Le gouvernement a présenté son plan lundi 3 mars 2025. Date limite : 18 mars 2025.", "fr", "2025-03-03"),
    ("Le gouvernement a présenté son plan lundi 3 mars 2025. La réforme s'applique à partir du 1er avril 2025.",
     "fr", "2025-03-03"),
    # "schedule" as a verb, not only its participle (time@14).
    ("The council met on Monday, March 3, 2025 and agreed to schedule a referendum for May 18, 2025.",
     "en", "2025-03-03"),
    ("The board met on Monday, March 3, 2025; the hearing was rescheduled for April 9, 2025.",
     "en", "2025-03-03"),
    # Near miss: a date the text reports stays the bound.
    ("The plan was unveiled on March 3, 2025. The court sentenced him on March 18, 2025.", "en", "2025-03-18"),
])
def test_a_scheduled_date_is_no_lower_bound(body: str, lang: str, day: str) -> None:
    article = _article(body, lang)
    tag_article(article)
    assert (article.published, article.published_how) == (day, "text")


# A day word of the now in apposition before a date ties the article's day to the calendar
# (time@13, `dct.said_offset`): "hier, jeudi 20 mars" is written on Friday 21, whatever the tense.
@pytest.mark.parametrize(("body", "lang", "day"), [
    ("La nageuse a été élue hier, jeudi 20 mars 2025, à la présidence du comité.", "fr", "2025-03-21"),
    ("La nageuse a été élue hier soir, jeudi 20 mars 2025, à la présidence du comité.", "fr", "2025-03-21"),
    ("Le ministre est arrivé avant-hier, mardi 18 mars 2025, à Bruxelles.", "fr", "2025-03-20"),
    ("Le match d'hier, jeudi 20 mars 2025, a été remporté par Lyon.", "fr", "2025-03-21"),
    ("Le vote aura lieu demain, vendredi 21 mars 2025, a indiqué le ministre.", "fr", "2025-03-20"),
    ("The swimmer was elected yesterday, Thursday, March 20, 2025, as the committee's president.", "en",
     "2025-03-21"),
    ("The vote will be held tomorrow, Friday, March 21, 2025, the minister said.", "en", "2025-03-20"),
    # A count of days ago in apposition ties it the same way (`dct.ago_offset`).
    ("Le ministre est arrivé il y a deux jours, mardi 18 mars 2025, à Bruxelles.", "fr", "2025-03-20"),
    ("The minister arrived two days ago, on Tuesday, March 18, 2025, in Brussels.", "en", "2025-03-20"),
    # Near misses: the day word is not the date's apposition; the date itself stays the bound.
    ("Il a été élu jeudi 20 mars 2025. Hier, le nouveau président a parlé.", "fr", "2025-03-20"),
    ("Hier, 20 000 personnes ont manifesté. La loi a été votée le 12 mars 2025.", "fr", "2025-03-12"),
    ("The swimmer was elected on Thursday, March 20, 2025, and she spoke today.", "en", "2025-03-20"),
    ("The minister arrived three days ago in Brussels. On March 18, 2025, he met the king.", "en", "2025-03-18"),
])
def test_a_day_word_before_a_date_says_when_the_text_speaks(body: str, lang: str, day: str) -> None:
    article = _article(body, lang)
    tag_article(article)
    assert (article.published, article.published_how) == (day, "text")
    # "hier" is then the day the text dates: Thursday 20, not Wednesday 19.
    if " hier," in body:
        assert [t.value for t in article.timexes if t.text == "hier"] == ["2025-03-20"]


def test_a_day_word_before_a_bare_weekday_is_the_day_before_the_article() -> None:
    # "yesterday, Tuesday": written on the Wednesday, though nothing else is told after Monday.
    _, weekdays = date_clues(_article(
        "The summit opened on Monday, March 17, 2025. The president arrived yesterday, Tuesday."))
    assert weekdays == [3]
    article = _article("The summit opened on Monday, March 17, 2025. The president arrived yesterday, Tuesday.")
    tag_article(article)
    assert article.published == "2025-03-19"


# A night between two days told in the past is over, and a next day the narrative tells in the
# past has come (time@13): the article is written on or after them.
@pytest.mark.parametrize(("body", "lang", "day"), [
    ("Le séisme survenu dans la nuit du 8 au 9 septembre 2023 a fait plus de 2 000 morts.", "fr", "2023-09-09"),
    ("Le séisme a frappé vendredi 8 septembre 2023. Survenu dans la nuit de vendredi à samedi, il a fait "
     "plus de 2 000 morts.", "fr", "2023-09-09"),
    ("Le Conseil a adopté le texte mardi 3 juin 2025. Le lendemain, l'opposition a saisi les juges.", "fr",
     "2025-06-04"),
    ("The council adopted the text on Tuesday, June 3, 2025. The next day, the opposition filed an appeal.", "en",
     "2025-06-04"),
    # Near misses: a night or a next day still to come bounds nothing.
    ("Le Conseil a adopté le texte mardi 3 juin 2025. Il sera promulgué le lendemain.", "fr", "2025-06-03"),
    ("Le séisme a frappé vendredi 8 septembre 2023. Un couvre-feu sera imposé dans la nuit du 10 au "
     "11 septembre 2023.", "fr", "2023-09-08"),
])
def test_a_night_or_a_next_day_told_past_has_come(body: str, lang: str, day: str) -> None:
    article = _article(body, lang)
    tag_article(article)
    assert (article.published, article.published_how) == (day, "text")
