"""The words and phrase shapes speaker phrases are read by (`speakers.Speakers`): pronouns,
determiners, title modifiers, the shapes of anaphors, epithets, groups, offices and bare names,
and `attributive` (a name inside a title's phrase modifies the title).
"""

from __future__ import annotations

import re

PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "lui"}
TITLE_MODIFIERS = {"premier", "première", "prime", "vice", "deputy", "adjoint", "adjointe", "interim", "intérim",
                    "acting", "former", "ancien", "ancienne", "foreign", "general", "général", "générale",
                    "junior", "délégué", "déléguée",
                    # (quotes@47) "the shadow chancellor" (the opposition's) is not "the chancellor"; "the
                    # assistant coach" not "the coach"
                    "shadow", "assistant", "associate"}
# words that make a title a past office: "the former coach", "l'ancien ministre" (quotes@18)
PAST_OFFICE = frozenset({"former", "onetime", "erstwhile", "ancien", "ancienne", "ex"})
INDEFINITE = {"a", "an", "one", "un", "une", "another", "un autre", "une autre"}
# words that make an unnamed speaker phrase a person or a source a later pronoun can refer to
SOURCES = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "porte-parole", "responsable",
            "habitant", "habitante", "témoin", "witness", "resident", "diplomat", "diplomate"}
# a person named as the complement of the speaker's title is not the speaker:
# "le conseiller du président Donald Trump, Massad Boulos", "a person close to Bayrou"
COMPLEMENT = re.compile(r"\b(?:de|du|des|d['’]|of|for|to|with|près|proche|auprès|avec)\s*$", re.IGNORECASE)
DEFINITE = {"the", "le", "la", "l'", "l’", "this", "ce", "cet", "cette"}
STRIP = " \t\n,;:«»“”\"'"
# a definite description of one word: "the ministry", "la banque", "le communiqué"
# "the video conferencing software maker": a definite common noun phrase, its head last (quotes@15)
LONG_ANAPHOR = re.compile(r"^(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’])\s*(?:[a-z][\w-]*\s+){1,4}([a-z][\w-]*)$")
# two capitalised words or more, written so even at a sentence's start: a name ("Zoom Video
# Communications"), where one capitalised word may be a common noun ("Officials")
CAPITALISED = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)+")
# (quotes@47) a compound noun too: "le porte-parole"
ANAPHOR = re.compile(r"^(?:the|this|le|la|l['’]|ce|cet|cette)\s*([^\W\d_]+(?:-[^\W\d_]+)*)$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\s+\w")
# "le républicain", "l'écologiste", "the social democrat": a determiner and a party noun (`_by_party`)
ELISION = re.compile(r"^(l['’])\s*")
PARTY = re.compile(r"(the|le|la|l['’]) ([^\W\d_][\w-]*(?: democrat)?)\b")
FIRST_NAME = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+),\s+(?:un|une|a|an)\s+\w")
# a full name of two to four capitalised words, no initials or acronyms (`Speakers._unmarked_name`)
UNMARKED_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,3}(?![\w'’-])")
FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)  # "a spokesperson for the WHO"
PLURAL_PRONOUNS = {"they", "ils", "elles"}
# demonstratives that refer to the last person named, of their gender (quotes@17)
LATTER: dict[str, str | None] = {"ce dernier": "m", "cette dernière": "f", "celui-ci": "m", "celle-ci": "f",
                                  "the latter": None}
# a preposition right before a name: the person is an object there ("des coups portés à Théo")
OBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:à|au|aux|de|du|des|d['’]|par|pour|avec|contre|sur|chez|to|of|by|for|"
                            r"with|at|from|against|on)\s+$", re.IGNORECASE)
# the people who speak for a person: "the office of X", "le cabinet de X", "l'entourage du président X"
OFFICE = re.compile(r"(?:the|le|la|l['’])\s*(?:office|cabinet|entourage|camp|team|campaign|services|staff|"
                     r"équipe|bureau)\s+(?:of|de|du|d['’])\b", re.IGNORECASE)
NAMES_OFFICE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w-]+)['’]s?\s+(?:office|team|campaign|staff|aides|camp)")
# one person by nationality or age: "the Spaniard", "le Néerlandais", "l'Argentine", "the 54-year-old"
# "le locataire de l'Élysée", "le locataire du « perchoir »", "the occupant of the White House": a
# person named by the seat of their office, a proper name or a word the text sets in marks (not "le
# locataire de l'appartement", a tenant) (quotes@20, `Antecedents._epithet`)
SEAT = re.compile(r"(?i:the|le|la|l['’])\s*(?i:locataire|occupant|occupante|tenant)\s+(?i:of\s+(?:the\s+)?|"
                  r"de\s+(?:la\s+)?|du\s+|des\s+|d['’]|de\s+l['’]\s*)(?:[«“\"]\s*[^\W\d_]|[A-ZÀ-ÖØ-Þ])")
EPITHET = re.compile(r"(?P<det>the|le|la|l['’])\s*(?:(?P<age>\d{1,3}-year-old)|(?P<noun>[^\W\d_]+))",
                      re.IGNORECASE)
# a group of people that a text does not name: "Officials", "Residents of border villages", "les habitants"
GROUP = re.compile(r"(?:(?:the|some|many|several|two|three|other|les|des|certains|certaines|plusieurs|"
                    r"deux|trois|d['’]autres)\s+)?(?:[a-zé]+\s+)?[A-Za-zÀ-ÿ][a-zà-ÿ-]+[sx](?:\s+(?:of|in|at|from|"
                    r"de|du|des|d['’])\s.*)?", re.IGNORECASE)
# a proper name alone, with no determiner: "Apple", "Goldman Sachs", "Standard & Poor's"
BARE_NAME = re.compile(r"(?!(?:The|A|An|Le|La|Les|Un|Une|This|Ce|Cette)\b)[A-ZÀ-ÖØ-Þ][\w&.'’-]*"
                        r"(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3}")



DETERMINERS_EN = {"the", "a", "an", "his", "her", "their", "its", "our"}
SAYING = {"said", "says", "told", "tells", "added", "adds", "explained", "insisted", "warned", "noted"}
# where a noun phrase may start: a determiner, French or English
NP_START = re.compile(r"(?<![\w'’-])(?i:l['’]|le\s|la\s|les\s|un\s|une\s|des\s|du\s|ce\s|cette\s|ces\s|son\s|"
                       r"sa\s|ses\s|leur\s|the\s|a\s|an\s|his\s|her\s|their\s)")


def attributive(before: str, after: str, titles: frozenset[str] | set[str]) -> bool:
    """'the former Nurnberg coach': a name between a determiner (with adjectives) and the title noun
    that heads the phrase modifies that noun (a club, a town, a team typed as a person); the person
    is the one the title describes, not the name. `before`: the words before the name in its phrase
    (or sentence); `after`: the words after it."""
    head = re.search(r"(?<![\w'’-])(?:the|a|an|his|her|their|its|our)(?:\s+[a-z]+){0,2}\s+$", before,
                     re.IGNORECASE)
    if head is None or not re.match(r"\s", after):
        return False
    words: list[str] = []
    for w in re.finditer(r"\s*([^\s,.;:!?\"“”«»]+)", after):
        if not w.group(1).isalpha() or not w.group(1).islower() or w.group(1) in SAYING or len(words) == 2:
            break
        words.append(w.group(1))
    return bool(words) and words[-1] in titles and head.group().split()[0].casefold() in DETERMINERS_EN
