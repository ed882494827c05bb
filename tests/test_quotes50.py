"""Quotes stage, quotes@50 (issue 18, quo47): a statement's written words introduced by "read" ('"…," the
statement read.' after the quote; "It further read, “…”" after a statement presented before), each beside a
near miss where "read" introduces no one's words. The sentences are invented for these tests; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import Said, check

HALDEN = {"Halden Mining": ("ORG", "org:hm"), "Tom Reyes": ("PER", "per:tr")}

READS = [
    # the incise after the quote: the statement's phrase is the speaker phrase (as "The statement read, “…”"
    # already is), which the speakers bind to its issuer where one spoke before
    Said("Halden Mining issued a statement on Monday about the closure of its northern pit.\n\n"
         "“The decision to close the pit was taken after a long review of its safety record,” the statement read.",
         "en", HALDEN, phrases={"decision to close the pit": "the statement"}),
    # a statement presented before, then "It further read," with no statement noun of its own: the pronoun
    # is that statement
    Said("Halden Mining issued a statement on Monday.\n\nThe statement read, “We regret the closure of the northern "
         "pit and thank our workers.”\n\nIt further read, “Every worker will be offered a post at the southern "
         "site before the end of the year.”", "en", HALDEN,
         phrases={"regret the closure": "The statement", "Every worker will be offered": "The statement"}),
]


@pytest.mark.parametrize("case", READS)
def test_a_statement_reads(ctx: Any, case: Said) -> None:
    check(ctx, case)


NOT_READS = [
    # a sign's words: "read" with no statement noun as subject is no reporting verb
    Said("Tom Reyes walked past the gates of the pit on Monday.\n\n“Closed until further notice for safety "
         "reasons,” the sign read.", "en", HALDEN, absent=("Closed until further notice",)),
    # "read" with an object of its own: he read a text, no quote is introduced
    Said("Tom Reyes read the statement aloud to the workers at the gate on Monday morning before the shift.",
         "en", HALDEN, absent=("the statement aloud",)),
    # "It read like a novel": no colon or comma right after the verb, so no presentation
    Said("Tom Reyes wrote a long report on the pit.\n\nIt read like a novel, “a story of neglect and bad luck”.",
         "en", HALDEN, absent=("It read like",)),
]


@pytest.mark.parametrize("case", NOT_READS)
def test_reads_that_introduce_no_statement(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a company named again by the first word(s) of its full name

SHORT = [
    # "Halvex Biotherapeutics Inc." then "Halvex said": the company as first named
    Said("Three patients fell ill after taking a drug made by Halvex Biotherapeutics Inc., the regulator said on "
         "Tuesday.\n\nLast week, Halvex said it had reviewed every case reported to it since the launch.", "en", {},
         phrases={"reviewed every case": "Halvex Biotherapeutics Inc."}),
]


@pytest.mark.parametrize("case", SHORT)
def test_a_company_named_by_its_first_word(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_short_names_that_are_no_company() -> None:
    from veille.stages.quotes.acronyms import by_short_name
    # a person's first name is no short form of their full name: no organisation head ends it
    text = "Donald Reyes arrived on Monday. Later, Donald said he was tired."
    assert by_short_name(text, text.rindex("Donald"), "Donald", []) is None
    # a title after a company's name is no part of it ("Acme Chief Executive Tom Reyes")
    text = "Acme Chief Executive Tom Reyes arrived. Acme said it would grow."
    assert by_short_name(text, text.rindex("Acme said"), "Acme", []) is None
    # the full name must come before the phrase, not after it
    text = "Acme said it would grow. Acme Holdings is based in Leeds."
    assert by_short_name(text, text.index("Acme said"), "Acme", []) is None
    # a lowercase phrase is no name ("the company" is the anaphor rules' business)
    text = "Acme Holdings said it would grow. The company said it would hire."
    assert by_short_name(text, text.rindex("The company"), "The company", []) is None
    # found: the longest name that ends in an organisation's head
    text = "Acme Holdings Group said it would grow. Acme said it would hire."
    assert by_short_name(text, text.rindex("Acme said"), "Acme", []) == (None, "Acme Holdings Group")


# -- the subject of '…, X said' after a clause's words and a comma; an adverbial chain with a modifier

CLAUSE = [
    # the words before "the ministry" hold an auxiliary of their own: they end the statement
    Said("Prices rose sharply in the spring, which is what analysts had expected, the ministry said.", "en", {},
         found=(("Prices rose sharply in the spring, which is what analysts had expected", None, "the ministry"),)),
    Said("While the cause was not known in most cases, four of the workers were using the old ladder, more often "
         "than is allowed, the inspectors said.", "en", {},
         phrases={"four of the workers were using the old ladder": "the inspectors"}),
    # a noun with a modifier in the adverbial after the verb ("in a safety announcement")
    Said("Four of the workers were using the old ladder more often than is allowed, the regulator said in a safety "
         "announcement on Thursday.", "en", {}, phrases={"Four of the workers": "the regulator"}),
    # near misses: an apposition with no verb of its own, or a relative clause's auxiliary, keeps its subject
    Said("The victim's brother, Daniel Hughes, said his family was devastated by the news of the crash.", "en",
         {"Daniel Hughes": ("PER", "per:dh")}, speakers={"his family was devastated": "per:dh"}),
    Said("Tom Reyes, whose son was hurt in the crash, said the road had to be closed at once.", "en",
         {"Tom Reyes": ("PER", "per:tr")}, speakers={"the road had to be closed": "per:tr"}),
]


@pytest.mark.parametrize("case", CLAUSE)
def test_the_subject_after_a_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_a_public_bodys_noun_refers_to_a_public_body(ctx: Any) -> None:
    names = {"Halden Mining Inc.": ("ORG", "org:hm"), "Mine Safety Administration": ("ORG", "org:msa")}
    body = ("Four workers were hurt at a pit run by Halden Mining Inc., the Mine Safety Administration said on "
            "Monday. Halden Mining Inc. declined to comment. Shares of Halden Mining Inc. fell 4 percent.\n\n"
            "Two of the workers were using a ladder that had failed an inspection, the agency said.")
    check(ctx, Said(body, "en", names, speakers={"ladder that had failed": "org:msa"}))
    # near miss: "the company" still refers to the company the article is most about
    body2 = body.replace("the agency said", "the company said")
    check(ctx, Said(body2, "en", names, speakers={"ladder that had failed": "org:hm"}))
