"""time@23 (issue 17): the side of the article a time lies on, from words the tense cue words
missed, each class checked with invented sentences (never corpus text) and a near miss that keeps
its old reading.  The article is of Thursday 20 March 2025 (Tuesday 18 March for the weekdays that
the nearest-day reading would already put on the right side on a Thursday)."""

from __future__ import annotations

import pytest

from conftest import timex_values


def values(body: str, lang: str = "fr", published: str = "2025-03-20") -> dict[str, str]:
    return timex_values(body, lang, published)


# -- a weekday dating a noun, placed by the word before the noun ---------------------------------

# On a Thursday the nearest Sunday is ahead, on a Tuesday behind: each case is read on the day
# where the nearest-day reading is wrong.
@pytest.mark.parametrize(("body", "lang", "text", "published", "value"), [
    # a word of sequence in a clause with no tense: the occasion is behind
    ("Après le scrutin de dimanche, les partis négocient.", "fr", "dimanche", "2025-03-20", "2025-03-16"),
    ("Depuis la manifestation de dimanche, le calme règne.", "fr", "dimanche", "2025-03-20", "2025-03-16"),
    ("After Sunday's election, parties negotiate.", "en", "Sunday", "2025-03-20", "2025-03-16"),
    ("Following Sunday's election, parties negotiate.", "en", "Following Sunday", "2025-03-20", "2025-03-16"),
    ("Since Sunday's vote, markets are calm.", "en", "Sunday", "2025-03-20", "2025-03-16"),
    # "avant", a scheduling word: ahead, even in a future clause
    ("Avant le scrutin de dimanche, les partis négocient.", "fr", "dimanche", "2025-03-18", "2025-03-23"),
    ("Ahead of Sunday's election, parties campaign.", "en", "Sunday", "2025-03-18", "2025-03-23"),
    ("Before Sunday's election, the parties will meet.", "en", "Sunday", "2025-03-18", "2025-03-23"),
])
def test_a_word_before_the_noun_places_its_weekday(body: str, lang: str, text: str, published: str,
                                                   value: str) -> None:
    assert values(body, lang, published)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "published", "value"), [
    # near misses: a future main clause after "après" keeps the nearest day (its consequences come
    # later); no word before the noun keeps the nearest day; a past clause stays behind; "the
    # following Sunday" is still counted from the day last spoken of
    ("Après le scrutin de dimanche, les partis négocieront.", "fr", "dimanche", "2025-03-20", "2025-03-23"),
    ("Le scrutin de dimanche s'annonce serré.", "fr", "dimanche", "2025-03-20", "2025-03-23"),
    ("Sunday's election is close.", "en", "Sunday", "2025-03-20", "2025-03-23"),
    ("Avant le scrutin de dimanche, les partis ont négocié.", "fr", "dimanche", "2025-03-18", "2025-03-16"),
    ("He arrived on March 3. The following Sunday, he left.", "en", "following Sunday", "2025-03-20",
     "2025-03-09"),
])
def test_the_weekday_of_a_noun_keeps_its_reading_without_such_a_word(body: str, lang: str, text: str,
                                                                     published: str, value: str) -> None:
    assert values(body, lang, published)[text] == value


# -- a French participle before the preposition that introduces the time -------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Le rapport, publié en juin, fait débat.", "2024-06"),
    ("La loi votée en juin est contestée.", "2024-06"),
    ("Les mesures annoncées dès juillet restent en vigueur.", "2024-07"),
    # near misses: a participle that schedules, a passive with a future "être", none at all
    ("Le concert, programmé en juin, affiche complet.", "2025-06"),
    ("Le rapport sera publié en juin.", "2025-06"),
    ("Le rapport attendu en juin fait débat.", "2025-06"),
])
def test_a_participle_before_en_dates_what_was_done(body: str, value: str) -> None:
    assert [v for t, v in values(body).items() if t in ("juin", "juillet")] == [value]


# -- verbs that date a thing back --------------------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Les faits remontent à décembre.", "fr", "décembre", "2024-12"),
    ("Les faits remontent au 14 juin.", "fr", "14 juin", "2024-06-14"),
    ("L'affaire date de juin.", "fr", "juin", "2024-06"),
    ("The case dates back to June.", "en", "June", "2024-06"),
    ("The dispute goes back to June.", "en", "June", "2024-06"),
    # near misses: "date" the noun, and no such verb
    ("La date de juin est retenue.", "fr", "juin", "2025-06"),
    ("The June date is kept.", "en", "June", "2025-06"),
])
def test_a_verb_of_dating_back_puts_the_time_behind(body: str, lang: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


# -- plural participles in -its, -ites after an auxiliary --------------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Les faits se sont produits en juin.", "2024-06"),
    ("Les candidates se sont inscrites en juin.", "2024-06"),
    # near misses: a passive present, and a noun in "-its" after a determiner
    ("Les vins sont produits en juin.", "2025-06"),
    ("Le magasin a des produits frais en juin.", "2025-06"),
])
def test_a_plural_participle_after_an_auxiliary_is_a_past(body: str, value: str) -> None:
    assert values(body)["juin"] == value


# -- English "on the 3rd": a day of a month the text does not name -------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    ("He was arrested on the 3rd.", "the 3rd", "2025-03-03"),  # told in the past: this month's
    ("The trial opens on the 3rd.", "the 3rd", "2025-04-03"),  # the nearest: next month's
    ("Bids must be in by the 28th, officials said.", "the 28th", "2025-03-28"),
    ("On March 30, 2024, police raided the offices. On the 2nd, they arrested him.", "the 2nd", "2024-04-02"),
])
def test_an_ordinal_day_after_a_preposition_is_a_day_of_a_near_month(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


@pytest.mark.parametrize("body", [
    "He finished on the 3rd floor.", "He won on the 2nd attempt.", "The 3rd battalion left.",
    "She came 3rd in the race.",
])
def test_an_ordinal_before_a_noun_is_no_day(body: str) -> None:
    assert values(body, "en") == {}


# -- a decade with its position ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    ("He died in the early 2000s.", "the early 2000s", "200X"),
    ("Prices rose in the mid-1990s.", "the mid-1990s", "199X"),
    ("Prices rose at the end of the 1990s.", "the end of the 1990s", "199X"),
    # near miss: a year with its position stays the year
    ("The plant opened in early 2000.", "early 2000", "2000"),
])
def test_a_decade_keeps_its_position(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


# -- a date the clause schedules, told in the past ---------------------------------------------

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("The hearing was set for Feb. 12.", "en", "Feb. 12", "2025-02-12"),
    ("The trial was scheduled to begin Feb. 12.", "en", "Feb. 12", "2025-02-12"),
    ("The vote was pushed back to Feb. 12.", "en", "Feb. 12", "2025-02-12"),
    ("L'audience a été reportée au 12 février.", "fr", "12 février", "2025-02-12"),
    ("Le sommet a été programmé en juin.", "fr", "juin", "2025-06"),
    # near misses: a scheduled date already gone is the nearest one, behind; a date done, not fixed
    ("The vote was scheduled for Dec. 12.", "en", "Dec. 12", "2024-12-12"),
    ("The hearing was held on Feb. 12.", "en", "Feb. 12", "2024-02-12"),
    ("L'audience a eu lieu le 12 février.", "fr", "le 12 février", "2024-02-12"),
])
def test_a_scheduled_date_told_in_the_past_is_the_nearest(body: str, lang: str, text: str, value: str) -> None:
    assert values(body, lang, "2025-01-15")[text] == value


# -- the French imperfect is a past -------------------------------------------------------------

@pytest.mark.parametrize(("body", "value"), [
    # Friday 21 March: the nearest Monday is the next one, the imperfect puts it behind
    ("Le gouvernement annonçait lundi un plan de relance.", "2025-03-17"),
    ("Les grévistes occupaient lundi le dépôt.", "2025-03-17"),
    ("Le ministre était lundi à Kiev.", "2025-03-17"),
    # near misses: the conditional ("-rait") is a future, "ils paient" a present, "le retrait" a noun
    ("Le gouvernement annoncerait lundi un plan de relance.", "2025-03-24"),
    ("Le retrait lundi des troupes reste incertain.", "2025-03-24"),
])
def test_the_french_imperfect_is_a_past(body: str, value: str) -> None:
    assert values(body, "fr", "2025-03-21")["lundi"] == value


def test_an_imperfect_further_off_places_nothing() -> None:
    # a verb of saying in the imperfect, its complement looking ahead
    body = "Il assurait pourtant vouloir rester en poste jusqu'au scrutin provincial d'octobre."
    assert values(body, "fr", "2025-03-21")["octobre"] == "2025-10"


# -- "début de semaine prochaine" without "en" -------------------------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    ("Il partira début de semaine prochaine.", "début de semaine prochaine", "2025-W13"),
    ("Le texte a été voté fin de semaine dernière.", "fin de semaine dernière", "2025-W11"),
    ("La décision tombera fin de mois prochain.", "fin de mois prochain", "2025-04"),
])
def test_a_position_in_a_unit_with_its_direction_needs_no_en(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize("body", ["Les fins de mois sont difficiles.", "Il prépare la fin de mois."])
def test_a_position_in_a_unit_without_direction_or_en_is_no_date(body: str) -> None:
    assert values(body) == {}


# -- a weekday in what was said on a day the sentence states -----------------------------------

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("On March 3, the minister said the bill would be voted on Friday.", "en", "Friday", "2025-03-07"),
    ("On March 3, police said the man was arrested on Saturday.", "en", "Saturday", "2025-03-01"),
    ("Le 3 mars, le ministre a annoncé que le texte serait voté vendredi.", "fr", "vendredi", "2025-03-07"),
    ("Le 3 mars, la police a indiqué que l'homme avait été interpellé samedi.", "fr", "samedi", "2025-03-01"),
])
def test_a_weekday_said_on_a_stated_day_counts_from_it(body: str, lang: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # two events, no verb of saying: the weekday is the article's week's
    ("He was elected on Feb. 3 and resigned on Monday.", "Monday", "2025-03-17"),
    # another sentence: the article's week
    ("On March 3, the minister said the vote was near. On Monday, it was postponed.", "Monday", "2025-03-17"),
    # a stated day within the week before the article: the article's reading
    ("On March 17, the minister said the bill would be voted on Friday.", "Friday", "2025-03-21"),
])
def test_a_weekday_not_said_on_a_stated_day_keeps_the_article_s_week(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value
