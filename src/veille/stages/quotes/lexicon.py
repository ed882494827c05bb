"""Reporting verbs (`data/quotes/reporting_verbs.json`) and the patterns built from them.

The data lists lemmas; the inflected forms a news text uses in an incise ("a déclaré",
"déclare-t-il", "said", "says") are generated here, so the list stays a list of verbs.
French: participles after an auxiliary, and finite forms (present, passé simple, imparfait)
for inverted incises; English: past, 3rd-person present and participle.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "quotes" / "reporting_verbs.json"

# French auxiliaries of the compound past and the pluperfect/conditional, 3rd person.
# "à" too: unedited French web text writes the auxiliary with the preposition's accent ("», à
# lâché le responsable"); the preposition never stands before a past participle (it takes an
# infinitive: "à manger"), so "à" + participle in an incise can only be the auxiliary (quotes@24)
_FR_AUX = ["a", "à", "ont", "avait", "avaient", "aurait", "auraient", "aura", "est", "sont", "était", "étaient"]
_CLITIC = r"(?:-t)?-(?:il|elle|on|ils|elles)\b"
_FR_ADVERB = (r"(?:\s+(?:[a-zéèêâîôû]+ment|aussi|encore|ensuite|également|enfin|alors|déjà|ainsi|"
              r"toutefois|pourtant|plus tard|d['’]ailleurs|lui|elle|de son côté|pour sa part|pour leur part))")
# what may stand before an incise's verb: a reflexive pronoun ("», s'est-il exclamé") or the
# pronoun of the person spoken to ("», lui a-t-elle glissé", "», m'a confié le maire",
# "», nous explique-t-il", "», l'a assuré la ministre"): French puts object clitics before the verb,
# the adverbial pronouns "en" and "y" last of them ("», en sourit la juge", "», s'en amuse-t-il",
# "», lui en a parlé X", "», y ajoute le maire": quo32)
FR_OBJECT_CLITIC = (r"(?:(?:(?:s['’]\s?|[mtl]['’]\s?|(?:se|me|te|nous|vous|lui|leur)\s+)?(?:en|y)\s+)"
                    r"|s['’]\s?|se\s+|(?:me|te|nous|vous|lui|leur)\s+|[mtl]['’]\s?)?")
_VOWELS = "aeiouyéèêâîôûë"


def _fr_forms(lemma: str) -> tuple[set[str], set[str]]:
    """(participles, finite 3rd-person forms) of a regular -er or -ir verb."""
    parts: set[str] = set()
    finite: set[str] = set()
    if lemma.endswith("er"):
        stem = lemma[:-2]
        soft = stem + ("e" if stem.endswith("g") else "")
        soft = soft[:-1] + "ç" if soft.endswith("c") else soft
        # répéter -> répète, relever -> relève: the stem vowel opens before a silent ending
        open_stem = re.sub(r"é([^" + _VOWELS + r"]+)$", r"è\1", stem)
        if lemma.endswith("lever"):
            open_stem = open_stem[:-2] + "èv"
        parts |= {stem + "é", stem + "ée", stem + "és", stem + "ées"}
        finite |= {open_stem + "e", open_stem + "ent", soft + "a", stem + "èrent", soft + "ait", soft + "aient"}
    elif lemma.endswith("ir"):
        stem = lemma[:-2]
        parts |= {stem + "i", stem + "ie", stem + "is", stem + "ies"}
        finite |= {stem + "it", stem + "issent", stem + "issait", stem + "issaient"}
    return parts, finite


def _fr_participle(lemma: str) -> set[str]:
    """The present participle of a regular -er or -ir verb: "ajoutant", "avertissant"."""
    if lemma.endswith("er"):
        stem = lemma[:-2]
        soft = stem + ("e" if stem.endswith("g") else "")
        return {(soft[:-1] + "ç" if soft.endswith("c") else soft) + "ant"}
    if lemma.endswith("ir"):
        return {lemma[:-2] + "issant"}
    return set()


def _en_participle(lemma: str) -> set[str]:
    """'saying', 'noting', 'admitting', 'pointing out': both spellings where the final consonant
    may double (a form no text uses does no harm in the pattern)."""
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return {form + " " + rest for form in _en_participle(head)}
    forms = {lemma + "ing"}
    if lemma.endswith("e") and not lemma.endswith("ee"):
        forms.add(lemma[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms.add(lemma + lemma[-1] + "ing")
    return forms


def _en_forms(lemma: str, present: bool) -> set[str]:
    if lemma.endswith("e"):
        past = lemma + "d"
    elif re.search(r"[^aeiou]y$", lemma):
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return {past, third} if present else {past}


def _alt(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class QuoteLexicon:
    fr_verbs: frozenset[str]
    object_content: frozenset[str]
    as_content: frozenset[str]
    fr_according_to: tuple[str, ...]
    fr_documents: frozenset[str]
    fr_clitics: frozenset[str]
    fr_adjuncts: frozenset[str]
    en_verbs: frozenset[str]
    en_according_to: tuple[str, ...]
    en_documents: frozenset[str]
    en_pronouns: frozenset[str]
    en_adjuncts: frozenset[str]
    fr_incise: re.Pattern[str]  # verb group of a French incise, at the start of the text it is matched on
    fr_intro: re.Pattern[str]  # a French reporting verb form anywhere (participle or finite)
    en_forms: frozenset[str]
    en_verb: re.Pattern[str]  # an English reporting verb form, as a word
    # what a speaker issues ("the statement said"): a definite one stands for its issuer
    statements: frozenset[str] = frozenset()
    # what an organisation is called when it speaks ("the company said"): the main one named
    bodies: frozenset[str] = frozenset()
    # French verbs whose bare infinitive is the statement ("assure vouloir rester")
    fr_infinitive: frozenset[str] = frozenset()
    # French verbs that report speech after "faire"/"laisser" ("fait valoir que"), with those
    fr_light: dict[str, frozenset[str]] | None = None
    # a participle after a comma: ", saying …", ", ajoutant que …" (group "v")
    en_participle: re.Pattern[str] = re.compile(r"(?!x)x")
    # the English verbs that come before their subject in an incise ('"…," said X')
    en_inverted: re.Pattern[str] = re.compile(r"(?!x)x")
    fr_participle: re.Pattern[str] = re.compile(r"(?!x)x")
    # finite French forms -> their reporting verb, for forms the lemmatiser leaves as they are or
    # tags as nouns ("estime", "juge", "note": noun and verb homographs)
    fr_form_lemma: dict[str, str] = field(default_factory=dict)
    # a participle that names what was said, after a comma, up to the opening mark of the quote
    # that is its attribute (", la qualifiant de « … »", ", calling it "…""; group "v")
    fr_naming: re.Pattern[str] = re.compile(r"(?!x)x")
    en_naming: re.Pattern[str] = re.compile(r"(?!x)x")
    # (quotes@55) French verbs the data lists only as pronominal ("se montrer", "s'inquiéter"): without their
    # reflexive clitic they are other verbs, which report nothing ("L'issue des discussions montre que …")
    fr_pronominal: frozenset[str] = frozenset()
    # `quotes.unproven_incise_rules` (config.py, off by default): quotes@28's incise rules no unseen
    # page has shown right yet (incises._after's phrase before the incise, english._indirect_en's long
    # phrase before "that"; unmarked's English pronoun subject is always on since quotes@50)
    unproven_incises: bool = False
    # the other quotes@28 rules, each behind its own `quotes` option (config.py QuotesConfig)
    # (off by default, as in config.py: held-out French quotes fell with them on)
    roundup_labels: bool = False
    transcript_labels: bool = False
    quote_series: bool = False
    statement_author: bool = False

    @property
    def verbs(self) -> frozenset[str]:  # the French lemmas, for the parse-based rules
        return self.fr_verbs


def _fr_chains(fr: dict[str, Any], lemmas: set[str]) -> tuple[str, str]:
    """Patterns for a reporting verb's infinitive after a semi-auxiliary or a light verb:
    (after an auxiliary: "tenu à préciser", "voulu rassurer", "fait savoir", "laissé entendre";
    finite, each with a lookahead for its infinitive so that a subject pronoun may come between:
    "tient-il à préciser", "fait savoir", "fait-il valoir")."""
    light: dict[str, set[str]] = {}
    for infinitive, verbs in fr.get("light_verbs", {}).items():
        for verb in verbs:
            light.setdefault(verb, set()).add(infinitive)
    light_inf = "|".join(rf"{verb}\s+(?:{_alt(infs)})" for verb, infs in sorted(light.items()))
    infinitive = rf"(?:{light_inf}|{_alt(lemmas)})" if light_inf else rf"(?:{_alt(lemmas)})"
    semi = fr.get("semi_auxiliaries", {})
    forms = fr.get("light_forms", {})

    def spaced(form: str) -> str:
        return r"\s+".join(map(re.escape, form.split()))

    parts = [rf"{spaced(p)}\s+{infinitive}" for p in sorted(semi.get("participles", ()), key=len, reverse=True)]
    parts += [rf"{re.escape(p)}\s+(?:{_alt(light[verb])})" for verb in sorted(forms) if verb in light
              for p in forms[verb].get("participles", ())]
    finite = []
    for form in sorted(semi.get("finite", ()), key=len, reverse=True):
        verb, _, prep = form.partition(" ")
        prep_re = rf"{re.escape(prep)}\s*" if prep else ""
        finite.append(rf"{re.escape(verb)}(?=(?:{_CLITIC})?\s+{prep_re}{infinitive}(?![\w-]))")
    finite += [rf"{re.escape(f)}(?=(?:{_CLITIC})?\s+(?:{_alt(light[verb])})(?![\w-]))"
               for verb in sorted(forms) if verb in light for f in forms[verb].get("finite", ())]
    never = r"(?!x)x"
    return "|".join(parts) or never, "|".join(finite) or never


def load_quote_lexicon(path: Path = _DATA) -> QuoteLexicon:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    fr, en = data["fr"], data["en"]
    parts: set[str] = set()
    finite: set[str] = set()
    lemmas: set[str] = set()
    fr_ing: set[str] = set()
    form_lemma: dict[str, str] = {}
    for verb in fr["verbs"]:
        lemma = re.sub(r"^(?:se\s+|s['’])", "", verb)
        lemmas.add(lemma)
        irregular = fr.get("participles", {})  # an empty list: none ("maintenant" is the adverb)
        fr_ing |= set(irregular[lemma]) if lemma in irregular else _fr_participle(lemma)
        if lemma in fr["forms"]:
            forms = set(fr["forms"][lemma])  # an auxiliary before a participle tells the two apart
            parts |= forms
            finite |= forms
        else:
            p, f = _fr_forms(lemma)
            parts |= p
            finite |= f
            for form in f:
                form_lemma.setdefault(form, lemma)
    aux = _alt(set(_FR_AUX))
    chain_parts, chain_finite = _fr_chains(fr, lemmas)
    fr_incise = re.compile(
        rf"{FR_OBJECT_CLITIC}(?:(?:{aux})(?P<cl1>{_CLITIC})?{_FR_ADVERB}{{0,2}}\s+(?P<part>{chain_parts}|{_alt(parts)})"
        rf"|(?P<fin>(?P<semi>{chain_finite})|{_alt(finite)}))(?P<cl2>{_CLITIC})?"
        # the infinitive after a semi-auxiliary and its subject pronoun ("tient-il à préciser")
        rf"(?(semi)\s+(?:(?:à|de|d['’])\s*)?(?:(?:faire|laisser)\s+)?[^\W\d]+)"
        rf"(?=[\s,.;:!?»\"”)]|$)")
    fr_intro = re.compile(rf"(?<![\w-])(?:{chain_parts}|{_alt(parts | finite)})(?![\w-])")
    en_forms: set[str] = set()
    for lemma in en["verbs"]:
        en_forms |= set(en["forms"].get(lemma, ())) or _en_forms(lemma, lemma in en["present_tense"])
    en_verb = re.compile(rf"(?<![\w-])(?:{_alt(en_forms)})(?![\w-])")
    inverted: set[str] = set()
    for lemma in en.get("inverted", ()):
        inverted |= set(en["forms"].get(lemma, ())) or _en_forms(lemma, True)
    en_ing: set[str] = set()
    for lemma in en["verbs"]:
        en_ing |= _en_participle(lemma)
    # after a comma; "saying" also with none, before a quote or "that" ("took to X saying "…"")
    # but not after a preposition ("without saying that")
    # also after "while"/"when" ("X said while announcing that …"), and after "et" a participle
    # coordinated with one before it (", réagissant aux résultats et rappelant que …"); both with a
    # "that"/"que" clause, which `participial` requires where the participle takes no bare clause
    en_participle = re.compile(rf"(?:,\s+(?:also\s+|again\s+)?(?P<v>{_alt(en_ing)})|(?<!without)(?<!by)(?<!before)"
                               rf"(?<!after)(?<!while)(?<!from)\s(?P<v2>saying)(?=\s+(?:that\b|[\"“]))|"
                               rf"\s(?:while|when|and)\s+(?P<v3>{_alt(en_ing)})(?=\s+that\b))(?![\w-])")
    # (quotes@43) and ", avant d'ajouter que …": an infinitive after "avant de" has the main clause's
    # subject, as a participle has; a "que" clause or a colon after it, as for the participles
    # (quotes@46) a gerund with no comma before it ("a ouvert la séance en affirmant que …"): French
    # gives a gerund the subject of its main clause, so the speaker is the same
    fr_participle = re.compile(rf"(?:(?:,\s+(?:tout\s+en\s+|en\s+)?|(?<=\w)\s+(?:tout\s+)?en\s+)(?:s['’]|se\s+)?"
                               rf"(?P<v>{_alt(fr_ing)})|"
                               rf",\s+avant\s+(?:d['’]|de\s+)(?:s['’]|se\s+)?(?P<v4>{_alt(lemmas)})"
                               rf"(?=\s*(?:que\b|qu['’]|:))|"
                               rf"(?<=ant)\s[^,.;:]{{0,80}}?\s+et\s+(?P<v3>{_alt(fr_ing)})(?=\s+(?:que|qu['’])))"
                               rf"(?![\w-])")
    # the participle, its object (a clitic before it in French, a short noun phrase after it),
    # then "de" / "comme" / "as" and at most a determiner: the next character is the opening mark
    fr_naming = re.compile(
        rf",\s*(?:tout\s+)?(?:en\s+)?(?:(?:la|le|les|l['’])\s*)?(?P<v>{_alt(set(fr.get('naming_participles', ())))})"
        rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:de\s+|d['’]\s*|comme\s+)(?:(?:un|une|des|le|la|les)\s+|l['’]\s*)?(?=[«“\"])")
    en_naming = re.compile(
        rf",\s*(?P<v>{_alt(set(en.get('naming_participles', ())))})\s+(?:it|this|that|them|him|her|"
        rf"(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?=[“\"])")
    return QuoteLexicon(
        frozenset(lemmas), frozenset(fr["object_content"]), frozenset(fr["as_content"]),
        tuple(fr["according_to"]), _with_plurals(fr["documents"]), frozenset(fr["clitics"]),
        frozenset(fr["adjunct_starts"]), frozenset(en["verbs"]), tuple(en["according_to"]),
        frozenset(en["documents"]), frozenset(en["pronouns"]), frozenset(en["adjunct_starts"]),
        fr_incise, fr_intro, frozenset(en_forms), en_verb,
        frozenset(fr.get("statements", ())) | frozenset(en.get("statements", ())),
        frozenset(w.casefold() for w in fr.get("bodies", ())) | frozenset(w.casefold() for w in en.get("bodies", ())),
        fr_infinitive=frozenset(fr.get("infinitive_content", ())),
        fr_light={verb: frozenset(aux) for verb, aux in fr.get("light_verbs", {}).items()},
        en_participle=en_participle, fr_participle=fr_participle,
        en_inverted=re.compile(rf"(?<![\w-])(?:{_alt(inverted)})(?![\w-])"), fr_form_lemma=form_lemma,
        fr_naming=fr_naming, en_naming=en_naming, fr_pronominal=_pronominal_only(fr["verbs"]))


def _pronominal_only(verbs: list[str]) -> frozenset[str]:
    """(quotes@55) The lemmas the data lists with "se"/"s'" and never bare: "montrer" from "se montrer", not
    "dire" ("dire" and "se dire" are both listed) nor "interroger"."""
    bare = {v for v in verbs if not re.match(r"^(?:se\s+|s['’])", v)}
    return frozenset(lemma for v in verbs if (lemma := re.sub(r"^(?:se\s+|s['’])", "", v)) != v and lemma not in bare)


def _with_plurals(nouns: list[str]) -> frozenset[str]:
    """(quotes@51) French nouns of texts with their plural: "selon plusieurs rapports", "d'après des études" are
    sourcing from texts as "selon le rapport" is. French forms the plural with -s, and nouns already in -s, -x or -z
    keep their form (the regular rule; a plural the data lists stays as listed, "chiffres")."""
    return frozenset(nouns) | frozenset(n + "s" for n in nouns if not n.endswith(("s", "x", "z")))


@lru_cache(maxsize=1)
def work_titles() -> re.Pattern[str]:
    """Marks right after a noun for a work or a "titled" hold the work's title, not speech: 'his
    memoir "A Promised Land"', 'le film « Les Choses de la vie »', 'un rapport intitulé « … »'
    (`data/quotes/works_and_people.json`)."""
    data = json.loads(_DATA.with_name("works_and_people.json").read_text(encoding="utf-8"))
    nouns = sorted({w for words in data["work_nouns"].values() for w in words}, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")\s*,?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def demonym_nouns() -> frozenset[str]:
    """English nouns for a person of a nationality that differ from its adjective ("the Spaniard")."""
    data = json.loads(_DATA.with_name("works_and_people.json").read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in data["demonym_nouns"]["en"])

