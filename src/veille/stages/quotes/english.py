"""English indirect speech, on the text (veille has no English parser).

"X said (that) …", "X told reporters (that) …", "X warned that …": the subject is the
sentence's first piece that is not an adverbial ("In her ruling, Carroccia said …"), and
what follows the verb is the statement. Verbs other than 'say' and 'tell' need 'that'
("Both men denied any wrongdoing" is not a quote).
"""

from __future__ import annotations

import re

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import not_subject
from veille.stages.quotes.lexicon import QuoteLexicon, work_titles
from veille.stages.quotes.participial import ASIDE
from veille.stages.quotes.text import finite_clause, speaker_before

_BARE = {"said", "says", "told", "tells"}  # "say"/"tell" (plural present) need a clause after them
_NOT_SUBJECT = {"which", "who", "that", "and", "but", "as", "while", "when", "if", "because", "although",
                "where", "it", "this", "i", "we", "you", "there"}
# "said on Tuesday", and the bare day of American wire style ("said Monday that")
# "said last week", "reported earlier this week that" (quotes@15); the deictic day adverbs, a closed
# class ("confirmed today that", quotes@28)
_MID = (r"(?:\s+(?:on|late on|in|at(?!\s+(?:least|most)\b)|during|after|before|earlier|later|also|again|previously|"
        r"(?:this|last)\s+(?:week|weekend|month|year)|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w'’])|today|yesterday|tonight|[a-z]+ly)\b(?:\s+[A-Z]?[a-z]+day|\s+(?:night|morning|evening|afternoon|statement|"
        r"a statement|an interview|a post|her ruling|his ruling|court|a briefing|"
        r"(?:this|last)\s+(?:week|month|year))\b){0,2})*")
# a reporting verb's infinitive after a catenative that goes on with the speech: "went on to say that",
# "went on to explicitly say that" (quotes@15)
_CATENATIVE = re.compile(r"\b(?:went|goes|go|going)\s+on\s+to\s+(?:[a-z]+ly\s+)?(?P<lemma>[a-z]+)\b")
# "Munavvar said this while speaking to the committee": a pronoun object and an adverbial, no statement
_PRONOUN_OBJECT = re.compile(r"(?:this|so|it)\s+(?:while|when|during|at|in|on|after|before|as|to)\b")


# the plural present of "say" and "tell" ("Officers say the man ran …", "Witnesses tell the station
# that …"): the bare form reports only after a plural subject, a noun in -s or a plural pronoun; not
# after "to", a modal or "did" ("declined to say", "would say"), nor after a word in -s that is no
# plural noun
_SAY = re.compile(r"(?<![\w'’-])(?:say|tell)(?![\w'’-])")
_PLURAL_SUBJECTS = {"police", "people", "they", "officials", "authorities", "we", "residents", "witnesses"}
_NOT_PLURAL = {"is", "was", "has", "does", "this", "his", "its", "us", "as", "yes", "thus", "plus", "always",
               "perhaps", "less", "unless", "across", "whereas", "news", "bus", "status", "focus", "versus"}


def _plural_present(text: str, documents: frozenset[str]) -> list[re.Match[str]]:
    """Also not after a text as the subject ("Projections say …", "The results say …"): what a
    document shows is not a quote, as "according to the results" is none (`en.documents`)."""
    out = []
    for m in _SAY.finditer(text):
        prev = re.search(r"([A-Za-z]+)\s+$", text[:m.start()])
        word = prev.group(1).casefold() if prev else ""
        if word in documents:
            continue
        if word in _PLURAL_SUBJECTS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")
                                        and word not in _NOT_PLURAL):
            out.append(m)
    return out


def _verbs(text: str, lex: QuoteLexicon) -> list[re.Match[str]]:
    """The reporting verbs of `text` in order: finite forms, and infinitives after a catenative."""
    found = list(lex.en_verb.finditer(text)) + _plural_present(text, lex.en_documents)
    found += [m for m in _CATENATIVE.finditer(text) if m.group("lemma") in lex.en_verbs]
    return sorted(found, key=lambda m: m.start())


# (quotes@44) "as" is a subordinator before a subject pronoun ("Her voice cracks as she says …"), and a
# preposition or comparison elsewhere ("as well as", "as prime minister")
_SUBORDINATOR = re.compile(r"\b(?:after|when|because|since|while|before|although|though|once|until|"
                           r"as(?=\s+(?:he|she|they|we|I)\b))\s+", re.IGNORECASE)
_PAST = re.compile(r"^(?:[a-z]+ed|said|came|went|took|made|gave|told|sent|held|met|left|began|became|fought|won|"
                   r"lost|saw|struck|spoke|wrote|got|brought|kept|led|ran|rose|fell|set|put|hit|cut|shot|broke|"
                   r"drew|threw|withdrew|sought|thought|felt|chose|knew|grew|flew|paid|sold|built|found)$")


def clause_subject(body: str, s: int, e: int) -> tuple[int, int]:
    """The subject of the reporting verb inside a longer phrase before it: what follows the
    last subordinator ("The clashes came after Thailand … said" -> "Thailand …"), and in a
    coordination ("Thailand recalled its envoy and said") the words before the first verb."""
    # not across a comma: "X, who spoke after the meeting," is an apposition, X the subject
    subs = [m for m in _SUBORDINATOR.finditer(body, s, e) if m.start() > s and "," not in body[s:e]]
    if subs:
        s = subs[-1].end()
    words = list(re.finditer(r"\S+", body[s:e]))
    if len(words) >= 3 and words[-1].group() in ("and", "et"):
        verb = next((i for i, w in enumerate(words) if i > 0 and _PAST.match(w.group())), None)
        if verb is not None:
            e = s + words[verb - 1].end()
    return s, e


def _without_titles(head: str) -> str:
    """`head` less the titles of works in marks ('his memoir "A Promised Land,"')."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: "" if work_titles().search(head, 0, m.start()) else m.group(), head)


_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[\w .]{1,24}?)?"
                       r"(?:\s*\([\w .&-]{1,24}\))?\s*[–—-]{1,2}\s+(?=[A-Z])")


def _indirect_en(body: str, s: int, e: int, lex: QuoteLexicon) -> Found | None:
    text = body[s:e]
    for v in _verbs(text, lex):
        verb = v.group()
        head = text[:v.start()]
        relative = re.search(r"((?:[A-Z][\w.'’-]*\s+(?:of\s+)?){0,5}[A-Z][\w.'’-]*),\s+who"
                             r"(?:\s+(?:[a-z]+ly|also|later|then|has|had))*\s*$", head)
        if re.search(r"\b(?:who|which|that)(?:\s+(?:[a-z]+ly|also|later|then|has|had))*\s*$", head) \
                and relative is None:
            continue  # "A spokesman, who asked not to be named, said …": the relative clause's verb
        if relative is None and _IN_RELATIVE.search(head):
            continue  # "a landmine that Bangkok alleged had been laid": `relative_reports`
        # a quote before the verb is speech with its own incise; a work's title is not ("In his
        # memoir "A Promised Land," Obama writes that …")
        # (a long head is adverbials before a short subject after its last comma: "Appearing before
        # the panel, …, following a summons for …, Fashola said")
        if re.search(r"[\"“”]", _without_titles(head)) or (len(head.split()) > 22 and (
                len(head.split()) > 40 or len(head.rsplit(",", 1)[-1].split()) > 6)):
            return None
        rest = text[v.end():]
        told = re.match(r"\s+(?:(?:the|a|an|his|her|their)\s+)?[\w.]+(?:\s+[A-Z][\w.]+){0,2}", rest) \
            if verb in ("told", "tells", "tell") else None
        pos = v.end() + (told.end() if told else 0)
        # a short prepositional phrase before "that": "told employees in a memo that",
        # "wrote in her opinion that", "said on Telegram that"; else the adverbials of _MID
        pp = re.match(r"\s+(?:on|in|at|during|after|before|via|through|with|to|from|over)\s+(?:[\w'’.-]+\s+){0,3}?"
                      r"(?=,?\s*that\b)", text[pos:]) or re.match(_MID, text[pos:])
        base = pos
        pos += pp.end() if pp else 0
        that = re.match(r"\s*,?\s*that\b", text[pos:])
        # (quotes@28, `quotes.unproven_incise_rules`, off by default) a longer prepositional phrase
        # before "that" ("announced after the second meeting of the committee responsible for the
        # text that …"), where "that" opens a clause, not a relative one on the phrase's last noun:
        # no verb right after it, and no comma in the phrase
        long_pp = _LONG_PP.match(text[base:]) if that is None and lex.unproven_incises else None
        if long_pp is not None and not re.match(rf"that\s+(?:{'|'.join(sorted(_AUX))}|[a-z]+ed)\b",
                                                text[base + long_pp.end():]):
            pos = base + long_pp.end()
            that = re.match(r"\s*,?\s*that\b", text[pos:])
        if that is None and (aside := re.match(ASIDE + r"\s*(?=that\b)", text[pos:])) is not None:
            # (quotes@46) an aside between two commas before "that" ("said, in a statement on Tuesday,
            # that …", "said, quoting a police source, that …"): the clause after "that" is still said
            pos += aside.end()
            that = re.match(r"that\b", text[pos:])
        if that is None and re.match(r"\s*,", text[pos:]):
            continue  # "state media said, quoting a police source": a comma closes the verb's clause
        # "his lawyers argued the acts were consensual": a clause with no "that" after any
        # reporting verb; "Both men denied any wrongdoing" has none (a later verb may be the one)
        if that is None and verb not in _BARE and not finite_clause(text[pos:].lstrip()):
            continue
        pos += that.end() if that else 0
        content = text[pos:].strip(" ,.")
        if that is None and _PRONOUN_OBJECT.match(content):
            continue
        # (quotes@43) "X said while addressing the judge": a subordinator before a participle is an
        # adverbial of the saying (when, how), no clause said; its object is elsewhere (a quote before)
        if that is None and _ADVERBIAL_PARTICIPLE.match(content):
            continue
        if len(re.findall(r"\w+", content)) < 4 or content[:1] in "\"“":
            return None
        if re.match(r"to\s", content):  # "The plan is said to have failed": a passive report, not X's words
            return None
        if relative is not None:  # "… Marco Rubio, who acknowledged there was …": the name "who" follows
            if that is None and not finite_clause(text[pos:].lstrip()):
                continue
            named = (s + relative.start(1), s + relative.end(1))
            c0 = s + text.index(content, pos - 1 if pos else 0)
            return Found(c0, c0 + len(content), False, named, named[0])
        h = re.sub(r"(?:\s+(?:has|had|have|also|later|then|further|[a-z]+ly))+\s*$", "", head).rstrip()
        # "But it also said that …", "And the ministry said …": a conjunction that opens the sentence
        # ties it to the one before; the subject is what follows it (quotes@24)
        # (quotes@25) a wire dateline before the lead ("TEHRAN, Jul. 04 (MNA) – X stated that …",
        # "PARIS (Reuters) - …"): the place in capitals, a date, the agency; the subject follows it
        line = _DATELINE.match(h)
        if line:
            s, h, text = s + line.end(), h[line.end():], text[line.end():]
            pos -= line.end()
        conj = re.match(r"\s*(?:But|And|Yet|Still|Nor),?\s+(?=\S)", h)
        if conj:
            s, h, text = s + conj.end(), h[conj.end():], text[conj.end():]
            pos -= conj.end()
        # "While judges acknowledged …": the subject of the subordinate clause after its conjunction
        sub = re.match(r"\s*(?:While|When|As|After|Although|Though|Because|Since|If|Once)\s+(?=\S+(?:\s+\S+){0,5}$)", h)
        if sub and "," not in h:
            s, h, text = s + sub.end(), h[sub.end():], text[sub.end():]
            pos -= sub.end()
            # the statement ends with the subordinate clause, where the main clause begins
            main = next((m for m in re.finditer(r",\s+", content) if finite_clause(content[m.end():])), None)
            content = content[:main.start()] if main else content
        spk = speaker_before(body, s, s + len(h), lex.en_adjuncts)
        if spk is None:
            return None
        spk = clause_subject(body, *spk)
        words = body[spk[0]:spk[1]].split()
        # "It said …": "it" alone is the organisation or state spoken of (`Speakers`); "It is said" is none
        alone_it = [w.casefold() for w in words] == ["it"]
        if not words or (not_subject(words[0], _NOT_SUBJECT) and not alone_it) or len(words) > 14:
            return None
        c0 = s + text.index(content, pos - 1 if pos else 0)
        return Found(c0, c0 + len(content), False, spk, spk[0])
    return None


# "while addressing …", "as leaving …", "after hearing …": a subordinator and an -ing participle
_ADVERBIAL_PARTICIPLE = re.compile(r"(?:while|when|as|after|before|upon|on)\s+[a-z]+ing\b"
                                   r"(?!\s+(?:is|was|are|were|has|had)\b)", re.IGNORECASE)


def indirect_en(body: str, s: int, e: int, lex: QuoteLexicon) -> list[Found]:
    """The statement a sentence reports, split where a second reporting verb of the same subject
    takes over ("X said A and said B", "X said A, and added that B": two statements, one speaker)."""
    found = _indirect_en(body, s, e, lex)
    if found is None:
        return []
    out = [found]
    while True:
        last = out[-1]
        second = next((m for m in _SECOND_VERB.finditer(body, last.start, last.end)
                       if m.group("that") or lex.en_verb.fullmatch(m.group("v"))), None)
        if second is None or len(re.findall(r"\w+", body[second.end():last.end])) < 4 \
                or len(re.findall(r"\w+", body[last.start:second.start()])) < 3:
            return out
        out[-1] = Found(last.start, second.start(), False, last.speaker, last.anchor)
        out.append(Found(second.end(), last.end, False, last.speaker, last.anchor))


# a second reporting verb with no subject of its own after "and": the first verb's subject's
# (", and that …": a second clause of the same verb, set apart by its comma, is a second statement)
_SECOND_VERB = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?(?P<that>that)\s+|"
                          r",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?P<v>[a-z]+(?:\s+out)?)"
                          r"(?:\s+(?:reporters|journalists))?(?:\s*,?\s*that\b)?\s*")


# "a landmine that Bangkok alleged had been laid …", "the man who police said had fled": a
# reporting verb inside a relative clause whose gap is the subject of what was said (the clause
# after the verb opens with its finite verb)
_RELATIVE_REPORT = re.compile(
    r"\b(?:that|which|who)\s+(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|police|officials|authorities|"
    r"(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+)\s+(?P<c>(?:had|has|have|was|were|is|are|would|will|"
    r"could|might|may|should)\s[^.;:\"“”«»\n]+)")


# a verb whose subject follows a relative pronoun: it reports inside the relative clause
_IN_RELATIVE = re.compile(r"\b(?:that|which|who|whom)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|police|"
                          r"officials|authorities|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s*$")


def relative_reports(body: str, s: int, e: int, lex: QuoteLexicon) -> list[Found]:
    """Statements reported inside a relative clause ("… that Bangkok alleged had been laid")."""
    out = []
    for m in _RELATIVE_REPORT.finditer(body, s, e):
        if not lex.en_verb.fullmatch(m.group("v")):
            continue
        content = m.group("c").rstrip(" ,")
        if len(re.findall(r"\w+", content)) < 4:
            continue
        out.append(Found(m.start("c"), m.start("c") + len(content), False, (m.start("spk"), m.end("spk")),
                         m.start("spk")))
    return out


_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does"}
# a prepositional phrase of up to fifteen words with no comma or mark, up to "that"
_LONG_PP = re.compile(r"\s+(?:on|in|at|during|after|before|following|at\s+the\s+end\s+of)\s+(?:[\w'’.-]+\s+){3,15}?"
                      r"(?=that\s)")


def main_subject(body: str, s: int, e: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, from its start to its first verb ("The Bank
    of England held rates …, saying" -> "The Bank of England"); None where no verb shows."""
    words = list(re.finditer(r"\S+", body[s:e]))
    for i, w in enumerate(words):
        word = w.group().strip(",")
        if i == 0 or not (_PAST.match(word) or word in _AUX or lex.en_verb.fullmatch(word)):
            continue
        head = re.sub(r"(?:\s+(?:also|later|then|again|further|[a-z]+ly))+\s*$", "", body[s:s + w.start()])
        # a connective opens the sentence ("But it warned …"): the subject is after it
        lead = re.match(r"\s*(?:But|And|Yet|So|Still|However|Meanwhile|Instead)\b,?\s*", head)
        if lead:
            s, head = s + lead.end(), head[lead.end():]
        # a subordinate clause first ("As he left the court, he told …"): the subject follows it
        if re.match(r"(?:As|When|While|After|Before|Although|Though|Since|Because|If|Once)\b", head):
            comma = body.find(",", s, e)
            if comma < 0:
                return None
            return main_subject(body, comma + 1, e, lex)
        spk = speaker_before(body, s, s + len(head.rstrip()), lex.en_adjuncts)
        if spk is None:
            return None
        spk = clause_subject(body, *spk)
        first = body[spk[0]:spk[1]].split()[:1]
        # "it" may be the organisation that spoke before ("But it warned …, saying")
        return None if not first or not_subject(first[0], _NOT_SUBJECT - {"it"}) else spk
    return None

# (quotes@38) the past forms `main_subject` reads, for `narration`
PAST = _PAST
