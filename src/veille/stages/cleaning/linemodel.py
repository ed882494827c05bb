"""The line classifier: whether a paragraph unit is page furniture, with a probability.

The rules of the clean stage (patterns, title, teasers, layout) each say *what* a line could
be; none says how sure it is, and a rule written against a few pages misfires on others.  A
logistic regression over general features of the unit and of its neighbours (length, final
punctuation, function words, capitals, digits, links and handles, position in the text and
relative to the article's paragraphs, repetition; clean@13: whom the line addresses, whether it
is a finite clause, page-builder debris, symbols, clock times) and over the rules' verdicts
decides, so a rule counts only as much as it held on stories it was not written for.

The weights are data (`data/clean/line_model.json`), fitted by `tools/train_line_classifier.py`
on the eval/news dev split, the seeds' gold and eval/clean_pool's labelled pages of unseen sites,
with cross-validation by site; the file records its provenance and the held-out figures.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from veille.stages.cleaning.anchors import Anchors, calendar_date, default_anchors, named_person
from veille.stages.cleaning.lines import (
    Unit,
    ends_sentence,
    ends_with_ellipsis,
    fold,
    is_sentence_like,
    is_title_like,
    words,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "clean"

# The rules' verdicts, grouped into families: a family is one feature, so the model weighs
# "a pattern said credit or caption" as a whole rather than one rare kind at a time.
RULE_FAMILIES: dict[str, tuple[str, ...]] = {
    "rule_date": ("date",),
    "rule_title": ("title", "repeated_title"),
    "rule_teaser": ("teaser",),
    "rule_link": ("related", "cta", "comments", "error_report", "paywall", "link", "embed", "menu", "ad",
                  "template"),
    "rule_credit": ("credit", "caption", "byline", "note", "outlet"),
    "rule_fragment": ("fragment",),
}
# The families whose verdict is final (see `pattern_says`).
PATTERN_FAMILIES = ("rule_date", "rule_title", "rule_link", "rule_credit")
# The layout rules' verdicts are told apart from the patterns': they come from position alone.
LAYOUT_KINDS = ("fragment", "related", "outlet")

_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|fr|be|ch|ca|info)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w{2,}")
_HASHTAG = re.compile(r"(?<!\w)#\w{2,}")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s[|•·]\s|\s[|•·]$|^[|•·]")
_BULLET = re.compile(r"^[-–—•·▪►>*]\s*")
_QUOTE = re.compile(r"[«»“”\"]")
# The share of furniture words (with the reader's and the site's pronouns, clean@22) from which
# a finished sentence may be cut all the same.
FURNITURE_SENTENCE = 0.3
# Page-builder debris glues two items together: "ArticleNext", "10:07Politique" (a word in
# lower case running into a capital, or a clock time into a word); clean@22: or it shows a
# template's slot left unfilled, "%d bloggers like this:", "Connecting to %s", "{{ author }}".
_GLUED = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-Þ][a-zà-ÿ]|\d[:h]\d\d[A-Za-zÀ-ÿ]"
                    r"|(?<![\w%])%(?:\d\$)?[sd](?![\w%'’])|\{\{[^{}]*\}\}|\$\{\w+\}")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d\d(?!\d)")
# An echo is as long as this at least (folded characters), and at least this share of the line
# that holds it: a line repeated with a short addition, not a short phrase quoted in a paragraph.
ECHO_CHARS = 20
ECHO_SHARE = 0.5
_ECHO_TRIM = re.compile(r"^[^\w\"«“]+|[\s.!?…]+$")


def feature_names() -> list[str]:
    return [
        "log_words", "log_chars", "ends_sentence", "ends_ellipsis", "ends_colon", "ends_question",
        "sentence_like", "title_like", "function_ratio", "has_clause", "capital_ratio", "upper_ratio",
        "digit_ratio", "url", "handle", "hashtag", "copyright", "separator", "bullet", "quote",
        "position", "first", "last", "before_body", "after_body", "repeated", "wrapped",
        "prev_sentence", "next_sentence", "prev_log_words", "next_log_words",
        *RULE_FAMILIES, "layout_cut", "prev_rule_cut", "next_rule_cut", "inside_no_rule",
        "furniture_share", "furniture_words", "corpus_repeated",
        "reader_share", "site_share", "finite", "glued", "symbol_ratio", "clock", "echo",
        "calendar_date", "named_person",
    ]


@dataclass(frozen=True)
class Cues:
    """Closed word classes of data/clean/line_cues.json, folded: second-person words (the
    reader addressed), first-person plural (the site speaking) and finite auxiliaries."""

    reader: frozenset[str] = frozenset()
    site: frozenset[str] = frozenset()
    finite: frozenset[str] = frozenset()


def load_cues(path: Path | None = None) -> Cues:
    data = json.loads((path or DATA / "line_cues.json").read_text(encoding="utf-8"))
    return Cues(*(frozenset(fold(w) for w in data[key]) for key in ("reader", "site", "finite")))


def cue_features(text: str, tokens: Sequence[str], cues: Cues) -> list[float]:
    """What describes furniture as a class rather than by its words: whom the line addresses
    (the reader, "your email", "vos réactions"; the site as "we", "nos abonnés"), whether it
    is a finite clause (an auxiliary or copula: an article tells what happened), glued items
    of a page builder, its share of symbols ("|", "*", "%", "»"), a clock time."""
    lower = [fold(w) for w in tokens if w.islower()]  # "US" is not "us"
    n = len(tokens) or 1
    symbols = sum(1 for c in text if not c.isalnum() and not c.isspace() and c not in ".,'’-")
    return [
        sum(1 for w in lower if w in cues.reader) / n, sum(1 for w in lower if w in cues.site) / n,
        float(any(w in cues.finite for w in lower)), float(bool(_GLUED.search(text))),
        symbols / len(text) if text else 0.0, float(bool(_CLOCK.search(text))),
    ]


def unit_features(units: Sequence[Unit], kinds: Sequence[str | None], layout_cut: Sequence[bool],
                  stop_words: frozenset[str], furniture: frozenset[str] = frozenset(),
                  repeats: Sequence[int] | None = None, cues: Cues | None = None,
                  anchors: Anchors | None = None) -> list[list[float]]:
    """One feature row per unit (`kinds`: the rules' verdicts, `layout_cut`: whether that
    verdict came from the layout rule alone, `furniture`: the furniture vocabulary of
    data/clean/furniture_words.json, `repeats`: in how many other articles of the corpus the
    unit's line stands, see `cleaning.repetition`)."""
    texts = [u.text for u in units]
    n = len(units)
    sentence = [is_sentence_like(t) for t in texts]
    body = [i for i, s in enumerate(sentence) if s]
    first, last = (body[0], body[-1]) if body else (n, -1)
    folded = [fold(t) for t in texts]
    counts: dict[str, int] = {}
    for f in folded:
        counts[f] = counts.get(f, 0) + 1
    n_words = [len(words(t)) for t in texts]
    echoes = echo_flags(folded)
    rows: list[list[float]] = []
    for i, text in enumerate(texts):
        tokens = words(text)
        lower = [w for w in tokens if w.islower()]
        function = sum(1 for w in lower if fold(w) in stop_words)
        letters = [c for c in text if c.isalpha()]
        stripped = text.rstrip()
        kind = kinds[i]
        row = [
            math.log1p(n_words[i]), math.log1p(len(text)),
            float(ends_sentence(text)), float(ends_with_ellipsis(text)), float(stripped.endswith(":")),
            float(stripped.endswith(("?", "!"))),
            float(sentence[i]), float(is_title_like(text)),
            function / len(tokens) if tokens else 0.0, float(function >= 2),
            sum(1 for w in tokens if w[:1].isupper()) / len(tokens) if tokens else 0.0,
            sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
            sum(1 for c in text if c.isdigit()) / len(text) if text else 0.0,
            float(bool(_URL.search(text))), float(bool(_HANDLE.search(text))),
            float(bool(_HASHTAG.search(text))), float(bool(_COPYRIGHT.search(text))),
            float(bool(_SEPARATOR.search(text))), float(bool(_BULLET.match(text))),
            float(bool(_QUOTE.search(text))),
            i / (n - 1) if n > 1 else 0.0, float(i == 0), float(i == n - 1),
            float(i < first), float(i > last), float(counts[folded[i]] > 1), float(len(units[i].lines) > 1),
            float(sentence[i - 1]) if i > 0 else 0.0, float(sentence[i + 1]) if i + 1 < n else 0.0,
            math.log1p(n_words[i - 1]) if i > 0 else 0.0, math.log1p(n_words[i + 1]) if i + 1 < n else 0.0,
        ]
        row.extend(float(kind in family and not layout_cut[i]) for family in RULE_FAMILIES.values())
        row.append(float(layout_cut[i]))
        row.append(float(i > 0 and kinds[i - 1] is not None))
        row.append(float(i + 1 < n and kinds[i + 1] is not None))
        # Between the first and the last paragraph, a line no rule names is a sub-heading or a
        # short paragraph of the article: the one interaction a linear model cannot build.
        row.append(float(first < i < last and kind is None))
        # Furniture is written in its own small vocabulary (share, newsletter, photo, publié...):
        # a share, so that one such word in a long sentence weighs little.
        hits = sum(1 for w in tokens if fold(w) in furniture)
        row.extend([hits / len(tokens) if tokens else 0.0, min(hits, 3) / 3])
        row.append(float(repeats[i] > 0) if repeats is not None else 0.0)
        row.extend(cue_features(text, tokens, cues or _default_cues()))
        row.append(float(echoes[i]))
        # clean@35 (written as clean@33): what the sentence tells (`cleaning.anchors`); the gate keeps such prose.
        anchor = anchors or default_anchors()
        row.extend([float(calendar_date(text, anchor)), float(named_person(text, anchor, stop_words))])
        rows.append(row)
    return rows


def echo_flags(folded: Sequence[str]) -> list[bool]:
    """Whether each line is repeated elsewhere on its page with a short addition, or is such a
    repetition: a caption and the same caption with its credit ("… pulvérisée." / "… pulvérisée.
    - VDN"), the headline and "One comment on “headline”", the headline after a logo's name.  An
    article does not write a paragraph twice; a page builder prints the same text in two slots."""
    # clean@29: without a list bullet before it or the final stop after it, so that an image's
    # alt text ("Un homme marche dans une rue.") is found again in its caption ("Un homme marche
    # dans une rue à Boston. Photo: AP") and a bulleted standfirst in its captioned copy.
    texts = [_ECHO_TRIM.sub("", " ".join(f.split())) for f in folded]
    flags = [False] * len(texts)
    for i, short in enumerate(texts):
        if len(short) < ECHO_CHARS:
            continue
        for j, long in enumerate(texts):
            if (i != j and len(long) > len(short) and short in long
                    and len(short) >= ECHO_SHARE * len(long)):
                flags[i] = flags[j] = True
    return flags


@lru_cache(maxsize=1)
def _default_cues() -> Cues:
    return load_cues()


def pattern_says(row: Sequence[float]) -> bool:
    """Whether a pattern of the rules names this unit as furniture ("À lire aussi : …", a
    date line, an agency credit, the headline).  Patterns are anchored on the furniture's own
    words; on eval/news dev 120 of the 123 lines they name are furniture, so their verdict
    stands and the model decides only what position and shape suggest."""
    names = feature_names()
    return any(row[names.index(n)] for n in PATTERN_FAMILIES)


def may_cut(row: Sequence[float]) -> bool:
    """Whether the model may cut this unit at all: a finished sentence that no rule names is
    the article's (a short last paragraph between a related link and a byline looks like
    furniture by its neighbours, but furniture is not written in sentences)."""
    names = feature_names()
    # A line its own page prints twice, once with an addition (a caption and its credit), is
    # furniture, sentence or not.  A sentence that stands in other articles of its site is not
    # unlocked by that alone (clean@51): a quotation or a standfirst a site's reports share is
    # the article's, so it needs the sentence gate's probability; `clean.mark_templates` cuts the
    # site's shared sentences around the article (a notice, a sign-off) as template.
    rule_columns = [names.index(n) for n in (*RULE_FAMILIES, "layout_cut", "echo")]
    if any(row[c] for c in rule_columns):
        return True
    # The excerpt's last line, cut mid-sentence right after the article's last paragraph, is held
    # as a finished sentence (clean@22): the layout rule keeps it as body (a cut is not furniture).
    # A started sentence has three words or more, one in lower case; a name signing off has not
    # ("Jane Doe", "Daily News").
    if not row[names.index("sentence_like")] and not _cut_sentence(row):
        return True
    # Nor is an article's paragraph cut with "…" (another story's teaser is), or written half
    # in the furniture vocabulary and in the words of a site addressing its reader ("Abonnez-vous
    # à notre newsletter pour ne rien manquer.", "Vos réactions doivent respecter nos CGU."; clean@22:
    # a quote that says "vous" once among a dozen words stays far under the share).
    address = sum(row[names.index(n)] for n in ("furniture_share", "reader_share", "site_share"))
    return bool(row[names.index("ends_ellipsis")]) or address >= FURNITURE_SENTENCE


@dataclass(frozen=True)
class LineModel:
    """A logistic regression over standardised features; `threshold` on the probability."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    # A finished sentence no rule names is cut only from this probability ("This site uses
    # cookies to ...", "Nous réservons nos contenus à nos abonnés."): above 1, never.
    sentence_threshold: float = 1.01

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        out = []
        for row in rows:
            z = self.bias + sum(w * (x - m) / s
                                for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            out.append(gate(row, p, self.sentence_threshold))
        return out


def gate(row: Sequence[float], p: float, sentence_threshold: float) -> float:
    """The probability the stage acts on: 1 where a pattern names the unit, the model's where
    it may cut, and for a finished sentence no rule names only a probability at least
    `sentence_threshold` (else 0)."""
    if pattern_says(row):
        return 1.0
    if anchored_prose(row) and not strong_evidence(row):
        return 0.0
    return p if may_cut(row) or p >= sentence_threshold else 0.0


def anchored_prose(row: Sequence[float]) -> bool:
    """clean@35 (written as clean@33): a finished sentence (or the excerpt's cut last one) of running prose, two
    function words or more, that states a calendar date or names a person (`cleaning.anchors`):
    what the time and entity stages read.  Such a line is not cut on the model's probability,
    its position, or a final "…" alone (a paywalled report's first paragraph ends so)."""
    names = feature_names()
    prose = row[names.index("sentence_like")] or _cut_sentence(row)
    return bool(prose and row[names.index("has_clause")]
                and (row[names.index("calendar_date")] or row[names.index("named_person")]))


def strong_evidence(row: Sequence[float]) -> bool:
    """Evidence for furniture that does not rest on the line's shape: it stands in other
    articles of its site (template) or twice on its page with an addition (a caption and its
    credit), a teaser rule names it, or it is written in the furniture vocabulary and the words
    of a site addressing its reader.  (Patterns are final before this is asked.)"""
    names = feature_names()
    if any(row[names.index(n)] for n in ("corpus_repeated", "echo", "rule_teaser")):
        return True
    address = sum(row[names.index(n)] for n in ("furniture_share", "reader_share", "site_share"))
    return address >= FURNITURE_SENTENCE


def _cut_sentence(row: Sequence[float]) -> bool:
    """The excerpt's last line, cut mid-sentence right after the article's last paragraph: a
    started sentence has three words or more, one in lower case (a name signing off has not)."""
    names = feature_names()
    return bool(row[names.index("last")] and row[names.index("prev_sentence")]
                and row[names.index("log_words")] >= math.log1p(3) and row[names.index("capital_ratio")] < 1)


def load_furniture_words(path: Path | None = None) -> frozenset[str]:
    """The furniture vocabulary (data/clean/furniture_words.json), folded."""
    data = json.loads((path or DATA / "furniture_words.json").read_text(encoding="utf-8"))
    return frozenset(fold(w) for w in data["words"])


def load_line_model(path: Path | None = None) -> LineModel:
    """The fitted model of data/clean/line_model.json; its features must be this module's."""
    data = json.loads((path or DATA / "line_model.json").read_text(encoding="utf-8"))
    names = tuple(data["features"])
    if list(names) != feature_names():
        raise ValueError("line_model.json was fitted on other features: rerun tools/train_line_classifier.py")
    return LineModel(names, tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                     float(data["bias"]), float(data["threshold"]), float(data.get("sentence_threshold", 1.01)))
