"""Text-level pieces shared by the quote rules: quotation marks, clause ends, speaker phrases.

These work on the body string, not on a parse, so that they hold for English (which has no
parser in veille) and where the French parser splits an incise badly ("a-t-il" as three
tokens, "»,a affirmé" as one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille.stages.cleaning.rules import Pattern, load_patterns, match_boilerplate
from veille.stages.entities.english import nickname_at

_ABBREVIATIONS = {"m", "mme", "mmes", "mm", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "gen", "lt", "col",
                  "sen", "rep", "gov", "prof", "no", "u.s", "u.k", "vs", "etc"}
_OPEN = "«“"
_PAIRS = {"«": "»", "“": "”"}
_PREPOSITIONS = {"à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "par", "pour", "avec", "sous",
                 "devant", "lors", "auprès", "après", "avant", "depuis", "chez", "contre", "vers", "entre",
                 "in", "on", "at", "to", "of", "for", "from", "with", "by", "during", "after", "before"}
_DETERMINERS = {"le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette",
                "ces", "notre", "the", "a", "an", "his", "her", "their", "its", "m.", "mme", "mr", "mr.",
                "mrs.", "ms.", "plusieurs", "certains", "certaines", "deux", "trois", "one", "two", "three",
                "several", "some", "many"}
# the prepositions and determiners of both languages: words no title is made of ("sur son compte")
FUNCTION_WORDS = frozenset(_PREPOSITIONS | _DETERMINERS)
_WORD = re.compile(r"[^\s,]+")
_SINGLE_OPEN = re.compile(r"(?:(?<=\s)|^)['‘](?=[A-ZÀ-ÖØ-Þ])")
# (quotes@48) British copy closes a quote that its incise follows after the comma ("‘… last,’ she
# said"): a comma before a closing sign, never an elision's or a possessive's
_SINGLE_CLOSE = re.compile(r"(?<=[\w.!?…),])['’](?=[\s,;:]|$)")
# (quotes@48) a curly opening single mark (no apostrophe is set so) before a capital, at a paragraph's
# start or after a colon, that the line never closes: a British quote running on to the line's end
# ("She added: ‘It is … Brexit." then "‘It will be …’" below)
_SINGLE_LEFT_OPEN = re.compile(r"(?:^[ \t]*|:[ \t]*)‘(?=[A-ZÀ-ÖØ-Þ])")
_OPENING_ADVERBIAL = re.compile(r"^[A-Z][a-z]+(?:ing|ed|ly)\s+(?:the|a|an|to|on|at|in|with|after|before|by|for|"
                                r"his|her|their|its|of|about|from|over|during|him|them|it|us|me)\b")


# a French participle opening the sentence ("Interrogée sur les droits de douane, elle …",
# "Réagissant à la décision, le ministre …"): an adverbial, capitalised but no name
_OPENING_PARTICIPLE_FR = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:é|ée|és|ées|ant)\s+(?:sur|par|à|au|aux|en|de|du|des|"
                                    r"d['’]|dans|lors|après|avant|pour|contre|avec)\b")


# (quotes@35) French typography reopens a quote that runs on over paragraphs with a closing mark at
# the next paragraph's start ("« … engagements.\n» La dette sera … », a poursuivi X"): a line that
# opens with "»" before a capital starts a sentence inside the quote; a closing mark wrapped onto a
# line of its own comes before an incise (", a-t-il dit", "a dit X"), never before a capital
_REOPENED = re.compile(r"»[ \t\u00a0\u202f]*(?=[A-ZÀ-ÖØ-Þ])")

# (quotes@36, fix29q) a paragraph left open whose quote an incise ended (missing closing mark: "« Nous
# allons investir, a dit Jean Dupont.") runs on into nothing: an incise after a comma at the
# paragraph's end, with its subject pronoun inverted (", a-t-il dit.", ", explique-t-elle.") or an
# auxiliary, a participle and a short subject (a name, or a determiner and a noun: ", a dit le maire.")
_ENDING_INCISE = re.compile(
    r",\s*(?:[^\W\d]+(?:-t)?-(?:il|elle|ils|elles|on)(?:\s+[^\W\d]+)?"
    r"|(?:a|à|ont|avait|avaient)\s+[^\W\d]+\s+(?:[A-ZÀ-ÖØ-Þ]|(?:le|la|les|l['’]|un|une|son|sa|leur|notre)\b)"
    r"[^,;:.!?«»“”\"]{0,60})[ \t]*[.!?…]?[ \t]*$")


@lru_cache(maxsize=1)
def _related_patterns() -> list[Pattern]:
    """clean's patterns of related-article links ("Lire aussi : …", "Read more: …"), kept kind
    'related' (data/clean/boilerplate.json)."""
    return [p for p in load_patterns() if p.kind == "related"]


def _link_line(text: str) -> bool:
    """Whether a line (without its leading mark) is a page's related-article link (quotes@36)."""
    return match_boilerplate(text, _related_patterns()) is not None


@dataclass
class Marked:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (the line's end for a quote left open)
    open_ended: bool = False  # a paragraph opened by a mark that it never closes

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def marked_spans(body: str) -> list[Marked]:
    """Pairs of quotation marks, line by line: « », “ ”, then straight quotes outside them.

    A quote never runs across a line break here: a paragraph that opens a quote and a later
    one that closes it are two quotes, which is how they are attributed anyway. A paragraph
    that opens with a mark it never closes is a quote to its end: news prose leaves the mark
    open when the quote runs on into the next paragraph ('"This is … today.' then '"Thank you."'),
    and French reopens it with "»" at the next paragraph's start (quotes@35).
    """
    out: list[Marked] = []
    pos = 0
    left_open = False  # the last paragraph with text left a « open (quotes@35)
    for line in body.split("\n"):
        spans: list[Marked] = []
        lead = len(line) - len(line.lstrip())
        for open_mark, close_mark in _PAIRS.items():
            depth_start: int | None = None
            scan = line
            # only after a paragraph that left its quote open: "» Lire aussi : …" is a page's link
            # (quotes@36) nor a link's label after one: "» Lire aussi : …" is the page's furniture
            if open_mark == "«" and left_open and _REOPENED.match(line, lead) and not _link_line(line[lead + 1:]):
                scan = line[:lead] + "«" + line[lead + 1:]
            for i, ch in enumerate(scan):
                if ch == open_mark and depth_start is None:
                    depth_start = i
                elif ch == close_mark and depth_start is not None:
                    spans.append(Marked(pos + depth_start, pos + i))
                    depth_start = None
            # a paragraph that opens with a mark it never closes; or a mark opened after a colon, a
            # full stop or (quotes@25, as straight marks below) a comma and never closed on the line
            # ("…, et a ajouté : « La COP29 est …", 'The statement reads, “The ministry …' running on)
            if depth_start is not None and close_mark not in scan[depth_start:] and (
                    depth_start == lead or line[:depth_start].rstrip()[-1:] in (":", ",", ".", "!", "?")):
                spans.append(Marked(pos + depth_start, pos + len(line.rstrip()), open_ended=True))
            if open_mark == "«" and line.strip():
                # (quotes@36) an incise at the paragraph's end ended its quote: nothing runs on
                left_open = depth_start is not None and not _ENDING_INCISE.search(line, depth_start)
        inside = [(m.open - pos, m.close - pos) for m in spans]
        straight = [i for i, ch in enumerate(line) if ch == '"' and not any(a < i < b for a, b in inside)]
        if _nested_after_open(line, straight, lead):
            # (quotes@37) '"Today we … opponent. "Sumgayit" is a team …': a paragraph that opens a
            # quote, with a name or phrase in straight marks inside it and no closing mark
            straight = [lead]
        for a, b in zip(straight[0::2], straight[1::2], strict=False):
            spans.append(Marked(pos + a, pos + b))
        if straight == [lead]:
            spans.append(Marked(pos + lead, pos + len(line.rstrip()), open_ended=True))
        elif len(straight) % 2 and line[:straight[-1]].rstrip()[-1:] in (":", ",", ".", "!", "?"):
            # one mark left open after a colon, a comma or a full stop: the quote runs to the line's end
            spans.append(Marked(pos + straight[-1], pos + len(line.rstrip()), open_ended=True))
        # Single quotes used as quotation marks ('C'est un homme intelligent', a déclaré …): one
        # opens after a space before a capital, one closes after a word before a space or a
        # comma, which no elision (l'homme) or possessive (leaders' meeting) does both of.
        taken = [(m.open - pos, m.close - pos) for m in spans]
        i = 0
        for o in _SINGLE_OPEN.finditer(line):
            if o.start() < i or any(a <= o.start() <= b for a, b in taken):
                continue
            c = _SINGLE_CLOSE.search(line, o.end())
            if c is None or any(a <= c.start() <= b for a, b in taken):
                continue
            spans.append(Marked(pos + o.start(), pos + c.start()))
            i = c.end()
        left = _SINGLE_LEFT_OPEN.search(line, i)
        if left is not None and _SINGLE_CLOSE.search(line, left.end()) is None \
                and not any(a <= left.end() - 1 <= b for a, b in taken):
            spans.append(Marked(pos + left.end() - 1, pos + len(line.rstrip()), open_ended=True))
        spans.sort(key=lambda m: (m.open, -m.close))
        for m in spans:  # a quote inside a quote is part of it
            if not any(o.open < m.open and m.close < o.close for o in spans):
                out.append(m)
        pos += len(line) + 1
    return out


def _nested_after_open(line: str, straight: list[int], lead: int) -> bool:
    """(quotes@37) Whether a paragraph opens with a straight mark it never closes and its other
    straight marks pair up inside it by their shape: each opening one after a space before a word,
    each closing one after a word or punctuation before a space, a punctuation mark or the end."""
    if len(straight) < 3 or len(straight) % 2 == 0 or straight[0] != lead:
        return False
    for a, b in zip(straight[1::2], straight[2::2], strict=True):
        opens = line[a - 1:a].isspace() and line[a + 1:a + 2].isalnum()
        closes = not line[b - 1:b].isspace() and (b + 1 == len(line) or not line[b + 1].isalnum())
        if not (opens and closes):
            return False
    return True


_TERMINAL = ".!?:;\"”»)"


def unwrap(body: str) -> str:
    """The body with the line breaks of hard-wrapped text turned into spaces (same offsets).

    Plain-text copy (wire feeds, syndication) is often wrapped at a fixed width: a sentence, a
    quote and its incise then run across line breaks ('said António\nGuterres.'). A text is
    taken as wrapped when most of its lines are short and end with no sentence punctuation;
    then each break after such a line is a space. Other texts come back unchanged."""
    lines = body.split("\n")
    inner = [ln.rstrip() for ln in lines[:-1] if ln.strip()]
    if len(inner) < 4:
        return body
    lengths = sorted(len(ln) for ln in inner)
    open_lines = sum(1 for ln in inner if ln[-1] not in _TERMINAL)
    if lengths[len(lengths) // 2] > 90 or open_lines < 0.5 * len(inner):
        return body
    out, pos = list(body), 0
    for ln in lines[:-1]:
        pos += len(ln)
        if ln.strip() and ln.rstrip()[-1] not in _TERMINAL and len(ln) > 25:
            out[pos] = " "
        pos += 1
    return "".join(out)


def sentence_end(body: str, pos: int) -> int:
    """Where the clause that starts at `pos` ends: a full stop, a line break or a new quote."""
    i = pos
    n = len(body)
    while i < n:
        ch = body[i]
        nickname = nickname_at(body, i) if ch in _OPEN else None
        if nickname is not None:
            i = nickname  # 'Anthony "Ace" Newbold': a nickname inside a name opens no quote
            continue
        if ch == "\n" or ch in _OPEN or ch in ";:":
            return i
        if ch in ".!?":
            word = re.search(r"([\w.]+)$", body[max(pos, i - 6):i])
            if ch == "." and word and word.group(1).casefold().rstrip(".") in _ABBREVIATIONS:
                i += 1
                continue
            if i + 1 >= n or body[i + 1] in " \n\"»”'’":
                return i
        i += 1
    return n


_CLOSED_SENTENCE = re.compile(r"[.!?][ \u00a0\u202f]?[»”\"][ \u00a0]+")


def sentence_start(body: str, pos: int) -> int:
    """Start of the sentence that holds `pos`: after a line break or a full stop."""
    i = pos - 1
    while i >= 0:
        ch = body[i]
        if ch == "\n":
            return i + 1
        # a sentence that ends inside its closing mark (". » Il précise", '." She added'): the next
        # one starts after the mark
        closed = _CLOSED_SENTENCE.match(body, i) if ch in ".!?" else None
        if closed is not None and closed.end() <= pos:
            return closed.end()
        if ch in ".!?" and i + 1 < len(body) and body[i + 1] == " ":
            word = re.search(r"([\w.]+)$", body[max(0, i - 6):i])
            if not (ch == "." and word and word.group(1).casefold().rstrip(".") in _ABBREVIATIONS):
                return i + 2
        i -= 1
    return 0


def chunks(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of body[start:end], trimmed, as offsets."""
    out = []
    pos = start
    for piece in body[start:end].split(","):
        s, e = pos, pos + len(piece)
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos += len(piece) + 1
    return out


def _first_word(body: str, s: int, e: int) -> str:
    m = _WORD.search(body, s, e)
    word = m.group().casefold() if m else ""
    return re.split(r"['’]", word)[0] if re.match(r"^(?:l|d|qu|s)['’]", word) is None else word[:2]


def is_adjunct(body: str, s: int, e: int, adjuncts: frozenset[str]) -> bool:
    """A piece that is an adverbial (time, place, circumstance), not the speaker."""
    word = _first_word(body, s, e)
    text = body[s:e].strip()
    return (word in adjuncts or word.startswith("d'") or word.startswith("d’") or text[:1].isdigit()
            or (bool(re.match(r"^\w+(?:ing|ly|ant)\b", text)) and not text[:1].isupper())
            # a sentence-initial participle or adverb ("Following the announcement, X said"):
            # capitalised, but a function word after it shows it is no name
            or bool(_OPENING_ADVERBIAL.match(text)) or bool(_OPENING_PARTICIPLE_FR.match(text)))


# the demonstrative pronouns that name the last person named: "ce dernier", "celle-ci"
_LATTER = re.compile(r"\s*((?i:c)(?:e\s+dernier|ette\s+derni[èe]re|elui-ci|elle-ci)|[Tt]he\s+latter)(?![\w-])")

# "peu avant", "juste après": an adverb of time, not a preposition with an object after it
_ADVERB_BEFORE_PREP = {"peu", "juste", "sitôt", "bien", "shortly", "just", "soon"}


def subject_start(body: str, s: int, e: int, after_first: bool = False) -> int | None:
    """The first word of the piece that can start a noun phrase, skipping prepositional
    phrases before it ("à la télévision russe le porte-parole" -> "le porte-parole", "sur
    France Inter" -> none: a name after a preposition is its object, all its words).
    `after_first`: the piece opens with an adverbial word ("ce mardi la ministre"), which
    cannot start the subject."""
    previous = before = ""
    in_object = False  # inside a capitalised name that a preposition governs
    for k, m in enumerate(_WORD.finditer(body, s, e)):
        word = m.group()
        if after_first and k == 0:
            previous = word.casefold()
            continue
        low = word.casefold()
        starts_np = (low in _DETERMINERS or word[:1].isupper() or re.match(r"^l['’]", low) is not None)
        after_prep = (previous in _PREPOSITIONS and before not in _ADVERB_BEFORE_PREP) \
            or re.fullmatch(r"(?:d|l)['’]", previous) is not None
        in_object = (after_prep or in_object) and word[:1].isupper()
        if starts_np and not after_prep and not in_object and not re.match(r"^d['’]", low):
            return m.start()
        before, previous = previous, low
    return None


# a French verb group in the third person plural right before the incise's subject: "ont rapporté",
# "avaient indiqué", "rapportent", "affirment-ils" (quotes@19)
_PLURAL_VERB = re.compile(r"(?:\b(?:ont|avaient|auraient|eurent)\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+|"
                          r"\b[^\W\d]{2,}ent)\s*$")


def speaker_after(body: str, pos: int, end: int, adjuncts: frozenset[str]) -> tuple[int, int] | None:
    """The speaker phrase that follows an incise verb, up to `end`: the first piece that is
    not an adverbial, from where a noun phrase starts, with a name in apposition after it."""
    pieces = chunks(body, pos, end)
    for k, (s, e) in enumerate(pieces):
        latter = _LATTER.match(body, s, e)
        if latter is not None and (latter.end() == e or _first_word(body, latter.end(), e) in adjuncts):
            # "a répondu ce dernier (à la presse)": a demonstrative pronoun, not "ce" of "ce mardi"
            # nor the determiner of "ce dernier jour" (quotes@17)
            return latter.start(1), latter.end()
        if is_adjunct(body, s, e, adjuncts):
            # an adverbial and the subject with no comma between them: "a précisé sous couvert
            # d'anonymat une source gouvernementale", "avait écrit peu avant M. Trump"
            start = subject_start(body, s, e, after_first=True)
            if start is None:
                continue
        elif k == 0 and _PLURAL_VERB.search(body, max(0, pos - 40), pos) and \
                re.match(r"\s*des\s+[^\W\d]", body[s:e]):
            # "…, ont rapporté des médias officiels": an incise verb's object is the statement, so
            # "des" right after a plural one is the indefinite article of its subject, not "de les"
            start = s + len(body[s:e]) - len(body[s:e].lstrip())
        else:
            start = subject_start(body, s, e)
        if start is None:
            return None
        stop = e
        if k + 1 < len(pieces):  # "le porte-parole du Kremlin, Dmitri Peskov, ...", "…, le colonel X Y"
            ns, ne = pieces[k + 1]
            words = body[ns:ne].split()
            named = 0 < len(words) <= 6 and words[-1][:1].isupper() and (
                words[0][:1].isupper() or words[0].casefold() in _DETERMINERS)
            if named or (words and all(w[:1].isupper() for w in words) and len(words) <= 4):
                stop = ne
        words = body[start:stop].split()
        if len(words) > 16:
            return None
        return start, stop
    return None


def speaker_before(body: str, start: int, end: int, adjuncts: frozenset[str]) -> tuple[int, int] | None:
    """The subject before a verb: the first piece of body[start:end] that is not an
    adverbial, with the pieces after it (appositions: "X, leader of Y, said")."""
    pieces = chunks(body, start, end)
    skipped = False
    # an opening adverbial, with what hangs on it before the subject: a relative clause ("While
    # announcing the cuts, which hit 15% of staff, the chief executive said"), a passive participle
    # ("Appearing before a panel, headed by X (APC, Kano), the minister said") and the rest of a
    # bracket it opened
    last: tuple[int, int] | None = None
    while pieces and (is_adjunct(body, *pieces[0], adjuncts) or (skipped and _hangs_on_adverbial(body, *pieces[0]))):
        last, pieces, skipped = pieces[0], pieces[1:], True
    if not pieces:
        # quotes@27: an opening adverbial with no comma after it runs on into the subject ("After
        # the final the coach replied", "Asked if X was better today the coach said"): the subject is
        # the noun phrase that ends it, a determiner and at most three words
        if last is None:
            return None
        tail = _UNCOMMAED_SUBJECT.search(body, last[0], last[1])
        return (tail.start(1), tail.end(1)) if tail and tail.end() == last[1] else None
    # an adverbial or a relative clause after the subject is no apposition of it ("Zelensky,
    # speaking to reporters in Kyiv, said", "X, who has led the team since 2020, said", "Le
    # ministre, lors de sa visite, a déclaré"): the subject ends before it
    # (a number is an age, "X, 45, said", or a dateline's year before the subject: kept)
    for k in range(1, len(pieces)):
        if (is_adjunct(body, *pieces[k], adjuncts) and not body[pieces[k][0]].isdigit()) \
                or _RELATIVE_START.match(body, pieces[k][0]):
            pieces = pieces[:k]
            break
    s, e = pieces[0][0], pieces[-1][1]
    if len(body[s:e].split()) > 16:
        return None
    return s, e


# after at least two words of an adverbial: "the|a|an|his|her|its|their" and up to three words that
# are no determiner, preposition or conjunction (so "After the final" alone gives nothing)
_NP_WORD = r"(?!(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|if|was|were|is|are)\b)[\w'’-]+"
_UNCOMMAED_SUBJECT = re.compile(
    rf"\S+\s+\S+.*?\s((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:{_NP_WORD}\s+){{0,2}}{_NP_WORD})\s*$")
_RELATIVE_START = re.compile(r"(?:who|whom|whose|which|qui|dont|lequel|laquelle)\b", re.IGNORECASE)
_PASSIVE_BY = re.compile(r"[a-z]+(?:ed|en)\s+(?:by|par)\b|[a-zé]+(?:é|ée|és|ées)\s+par\b")


def _hangs_on_adverbial(body: str, s: int, e: int) -> bool:
    """A piece after an opening adverbial that belongs to it, not to the subject: a relative
    clause, a passive participle with its agent, or the close of a bracket opened before it."""
    text = body[s:e]
    return bool(_RELATIVE_START.match(text) or _PASSIVE_BY.match(text)) or text.count(")") > text.count("(")


# a clause: a subject of a few words, then a finite verb ("the talks had failed", "he would
# appeal", "there was no evidence"); an object noun phrase ("denied any wrongdoing") has none
_FINITE = re.compile(
    r"(?!(?:of|to|in|on|at|for|with|by|from|about|into|as|who|which|whom|whose|not|no)\b)[A-Za-z][\w'’.-]*"
    r"(?:\s+(?!(?:who|which|whom|whose|and|or|but)\b)[\w'’,.-]+){0,3}?\s+[\"“]?(?:is|are|was|were|has|have|had|will|would|could|"
    r"should|can|may|might|must|did|does|do|won't|wouldn't|didn't|isn't|wasn't|weren't|hasn't|haven't|hadn't|"
    r"[a-z]+ed|said|came|went|took|made|gave|told|sent|held|met|left|began|became|fought|won|lost|saw|struck|"
    r"rose|fell|grew|knew|thought|felt|found|kept|led|paid|sold|spent|stood|meant|remains|needs|wants|"
    # more of the irregular past tenses of English (quotes@16)
    r"ran|fled|hid|shot|broke|drove|threw|wrote|spoke|chose|stole|brought|bought|caught|sought|got|rode|"
    r"wore|sat|slept|understood|woke|forgot|drank|ate|hung|swore|tore|flew|withdrew|overtook)\b")


def finite_clause(text: str) -> bool:
    """Whether `text` opens with a clause (subject and finite verb), as a complement of
    'said' with no 'that' does."""
    return _FINITE.match(text) is not None


# "In Fashola's words:", "In the words of the minister,", "Pour reprendre les mots de X :",
# "Selon les termes de X,": the name (or title) in the phrase, up to the colon or comma before the mark
_WORDS_OF = {
    "en": re.compile(r"\s*(?:[Ii]n|[Tt]o\s+quote)\s+(?:(?P<own>[A-Z][\w.'’ -]{0,60}?)['’]s?\s+(?:own\s+)?words|"
                     r"the\s+words\s+of\s+(?P<of>[^,:;«»“”\"]{2,60}?))\s*[:,]\s*"),
    "fr": re.compile(r"\s*(?:[Pp]our\s+reprendre|[Ss]elon|[Dd]ans)\s+les\s+(?:propres\s+)?(?:mots|termes|paroles)\s+"
                     r"(?:de\s+|d['’]|du\s+)(?P<of>[^,:;«»“”\"]{2,60}?)\s*[:,]\s*"),
}


def words_of(body: str, mk: int, lang: str) -> tuple[tuple[int, int], int] | None:
    """(speaker span, anchor) of an "in X's words" phrase that opens the sentence before the mark."""
    start = sentence_start(body, mk)
    m = _WORDS_OF[lang].fullmatch(body, start, mk)
    if m is None:
        return None
    group = "own" if lang == "en" and m.group("own") else "of"
    return (m.start(group), m.end(group)), m.start(group)


# (quotes@37) the marks that close each opening one, and every quotation mark a paragraph may hold
_CLOSER = {"«": "»", "“": "”", '"': '"'}
_ANY_MARK = re.compile(r"[«»“”\"]")
_MAX_RUN = 6  # paragraphs with no marks a quote may run over before its closing paragraph


@dataclass
class Running:
    """(quotes@37) A quote that runs over paragraphs with no mark reopening them: the first opens a
    mark it never closes; the paragraphs after it hold no mark at all; the last closes it. `marks`
    holds the first paragraph's mark, `paragraphs` the (start, end) of the mark-free ones."""
    marks: list[Marked]
    paragraphs: list[tuple[int, int]]
    last: tuple[int, int] = (-1, -1)  # the closing paragraph's words, up to the closing mark


def running_quotes(body: str, marks: list[Marked]) -> list[Running]:
    """Quotes that run over paragraphs, read from the marks alone (quotes@37): a paragraph that
    opens with a mark it never closes, then paragraphs with no quotation mark, then a paragraph
    whose single mark closes it (a closing mark after a word, never at the paragraph's start: "» La
    dette …" reopens a French quote, quotes@35). The mark-free paragraphs between an unclosed opening
    and a lone closing mark are inside the quote; without the closing mark nothing runs on."""
    by_open = {m.open: m for m in marks}
    out: list[Running] = []
    run: Running | None = None
    kind = ""
    pos = 0
    for line in body.split("\n"):
        start, lead = pos, len(line) - len(line.lstrip())
        pos += len(line) + 1
        text = line.rstrip()
        if not text.strip():
            continue
        own = by_open.get(start + lead)
        if run is not None:
            found = _ANY_MARK.findall(text)
            if not found and len(run.paragraphs) < _MAX_RUN:
                run.paragraphs.append((start + lead, start + len(text)))
                continue
            # a paragraph reopened by the mark is the other convention, which `framing` and the
            # running-on reading of `direct` follow; a mark-free paragraph before one is the reporter's
            if len(found) == 1 and found[0] == _CLOSER[kind]:
                at = text.index(found[0])
                # a straight mark closes after a word; "»" and "”" close wherever they stand
                # (French sets a space before "»"), but not at the start ("» La dette …" reopens)
                if at > lead and (kind != '"' or not text[at - 1].isspace()):
                    run.last = (start + lead, start + at)
                    out.append(run)
            run = None
        if own is not None and own.open_ended and text[lead] in _CLOSER:
            run, kind = Running([own], []), text[lead]
    return out
