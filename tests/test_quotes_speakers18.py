"""Quotes stage, quotes@18: English speakers when the entity stage types English names (the
`[nlp] english_ner` option), each beside a near miss. The sentences are invented for these tests from
the grammar of English reporting; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

# -- "the video conferencing software maker said": a long definite description headed by a body noun

_FIRM = {"Brightwave Systems": ("ORG", "org:brightwave"), "Tom Reller": ("PER", "per:reller")}
_BEFORE = ("Brightwave Systems said it would close two plants. Chief executive Tom Reller said he would "
           "take a pay cut. ")


def test_a_long_description_headed_by_a_body_noun_is_the_organisation(ctx: Any) -> None:
    got = quotes(ctx, _BEFORE + "The home networking equipment maker also said that its board would "
                 "review the dividend in the spring.", "en", _FIRM)
    assert one(got, "its board would review the dividend")[1] == "org:brightwave"


def test_near_misses_of_a_long_body_description(ctx: Any) -> None:
    # the head is a person title, not a body: no organisation speaks
    got = quotes(ctx, _BEFORE + "The former regional sales director also said that its board would "
                 "review the dividend in the spring.", "en", _FIRM)
    assert one(got, "its board would review the dividend")[1] != "org:brightwave"
    # no organisation named before: the description stays text
    got = quotes(ctx, "Tom Reller said he would take a pay cut. The home networking equipment maker also "
                 "said that its board would review the dividend in the spring.", "en", _FIRM)
    assert one(got, "its board would review the dividend")[1] is None
    # a head with a complement is its first noun: "the records of the maker" are no organisation
    got = quotes(ctx, _BEFORE + "The chairman of the equipment maker said that its board would review the "
                 "dividend in the spring.", "en", _FIRM)
    assert one(got, "its board would review the dividend")[1] != "org:brightwave"


# -- "the former Dortmund coach said": a past office as news's epithet for the person just spoken of

_CLUB = {"Peter Stahl": ("PER", "per:stahl"), "Dortmund": ("ORG", "org:dortmund"),
         "Jonas Berg": ("PER", "per:berg")}


def test_a_past_office_is_the_person_just_spoken_of(ctx: Any) -> None:
    got = quotes(ctx, "Peter Stahl was furious after the defeat. \"We were the better side for an hour and "
                      "then we stopped,\" the former Dortmund coach said.", "en", _CLUB)
    assert one(got, "We were the better side")[1] == "per:stahl"
    # a name inside the quote is what was said, not another person spoken of
    got = quotes(ctx, "Peter Stahl was furious after the defeat. \"We surprised Jonas Berg and his side "
                      "early on,\" the former Dortmund coach said.", "en", _CLUB)
    assert one(got, "We surprised Jonas Berg")[1] == "per:stahl"


def test_near_misses_of_a_past_office(ctx: Any) -> None:
    # no past office: a title that names a body may be someone else's (unchanged)
    got = quotes(ctx, "Peter Stahl was furious after the defeat. \"We were the better side for an hour and "
                      "then we stopped,\" the Dortmund coach said.", "en", _CLUB)
    assert one(got, "We were the better side")[1] != "per:stahl"
    # another person spoken of since, outside the quote: the epithet may be theirs
    got = quotes(ctx, "Peter Stahl was furious after the defeat, and Jonas Berg left the ground early. "
                      "\"We were the better side for an hour and then we stopped,\" the former Dortmund "
                      "coach said.", "en", _CLUB)
    assert one(got, "We were the better side")[1] is None
