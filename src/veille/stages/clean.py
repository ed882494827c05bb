"""The clean stage: make `article.body` exactly the article's text and keep what was cut.

Text is cut into paragraph units (`cleaning.lines`); each unit is kept or removed with a
kind, in this order:

0. date lines ("Publié le …", "24-07-2025 | 04:31", "il y a 3 heures"), cut wherever they
   stand; the first near the top dates the article (`cleaning.pubdate`, with the URL);
1. boilerplate patterns (data/clean/boilerplate.json): related links, calls to action,
   comment and error-report prompts, paywall notes, ads, menus, captions, credits, bylines;
2. the title (the metadata title, else a headline-shaped first line; `cleaning.headline`), a " - Site" suffix
   going to `outlet`, and later repeats of the headline;
3. teasers: a line ending in "…" whose words open another paragraph; under a short
   related-articles heading, the other stories' headlines that follow it;
4. layout: the body runs from the first to the last sentence-like paragraph.  Short
   non-sentence lines *before* it (under the title) are kickers (fragment); *inside* it
   they are section sub-headings and stay, unless shaped like another story's headline
   ("Mali : Un an après …"); *after* it they are signatures (outlet), related headlines
   or fragments.

The rules propose; the line classifier (`cleaning.linemodel`) decides from each line's shape,
position, furniture vocabulary and repetition across the batch (`cleaning.repetition`), except
where a pattern named the line: that verdict stands.

HTML goes through trafilatura first (`cleaning.html`), then the same line rules.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass

from veille.errors import NO_TEXT, InputError
from veille.ingest.encoding import repair_text
from veille.model import Article, Removed
from veille.pipeline import Context, stage
from veille.stages.cleaning import rules
from veille.stages.cleaning.captions import credited_captions
from veille.stages.cleaning.closing import under_rights_line
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.headline import TITLE_WORDS as TITLE_WORDS
from veille.stages.cleaning.headline import find_title
from veille.stages.cleaning.html import extract_page, extraction_config
from veille.stages.cleaning.lang import identify, load_identifier
from veille.stages.cleaning.layout import Layout
from veille.stages.cleaning.linemodel import LineModel, load_furniture_words, load_line_model, unit_features
from veille.stages.cleaning.lines import (
    Unit,
    ends_with_ellipsis,
    fold,
    is_sentence_like,
    is_title_like,
    letter_words,
    split_units,
    strip_ellipsis,
    words,
)
from veille.stages.cleaning.liveblog import live_entries, table_rows
from veille.stages.cleaning.navigation import photo_grid
from veille.stages.cleaning.otherstories import card_teasers
from veille.stages.cleaning.outlets import known_outlet_names, load_outlets, outlet_from_url, outlet_names
from veille.stages.cleaning.pagedates import CRAWL_KEYS as CRAWL_KEYS
from veille.stages.cleaning.pagedates import (
    apply_caption_date,
    apply_dateline,
    apply_page_dates,
    comment_date,
    crawled_time,
    end_date,
    find_date_lines,
    headline_day,
    title_stamp,
)
from veille.stages.cleaning.pageforms import is_continuation, other_story_headlines, quoted_lines
from veille.stages.cleaning.printedurl import own_address
from veille.stages.cleaning.prose import keep_prose, record_wraps
from veille.stages.cleaning.pubdate import DateFinder
from veille.stages.cleaning.repetition import (
    LineCounts,
    Shapes,
    article_evidence,
    load_shapes,
    own_span,
    shape_span,
)
from veille.stages.cleaning.splitsentences import one_verdict, split_sentences
from veille.stages.cleaning.subheads import MID_WORD_CUT, sub_headings
from veille.stages.dedup import load_stop_words

STAGE = stage("clean").key  # the version has one home: veille.pipeline's registry
# A line above the first paragraph with this many words or more is the standfirst (body),
# not a kicker (a headline candidate needs `headline.TITLE_WORDS`).
STANDFIRST_WORDS = 8
# Other articles a line must stand in to be template by itself (one other may share a
# sentence by chance; the line model still sees a single repeat as a feature).
TEMPLATE_ARTICLES = 2
# A line printed twice in a row has at least this many words to be cut as a doubled line, and a
# sentence at most this many characters (a caption's size; a lede printed twice is longer).
DOUBLED_WORDS = 3
DOUBLED_SENTENCE_CHARS = 100
# A related-articles heading is a short label; under it, at most this many other headlines.
RELATED_HEADING_WORDS = 6
RELATED_BLOCK = 8
# Under it, a card's label (its place, its section) has at most this many words.
CARD_LABEL_WORDS = 3
# An image's text printed twice: a line at least this long (folded characters) written again
# beside it with a credit of at most CREDIT_WORDS words in capitals ("Icon Sport - Icon Sport",
# "AFP"), or an alt text of at most ALT_TEXT_WORDS words that a caption opens.
CAPTION_ECHO_CHARS = 20
CREDIT_WORDS = 6
ALT_TEXT_WORDS = 15
_ECHO_EDGE = re.compile(r"^[^\w\"«“]+|[\s.!?…]+$")
# A teaser cut with a bracketed ellipsis, as excerpts print it: "(...)", "[…]".
_BRACKETED_CUT = re.compile(r"[(\[](?:…|\.\.\.)[)\]]\s*$")


def clean_batch(batch: list[Article], ctx: Context) -> list[Article]:
    """Clean every article of the batch in place (see the module docstring)."""
    patterns = ctx.resource("clean.patterns", rules.load_patterns)
    datelines = ctx.resource("clean.datelines", DatelineParser)
    languages = tuple(ctx.config.clean.languages)
    identifier = ctx.resource(f"clean.langid:{','.join(languages)}", lambda: load_identifier(languages))
    outlets = ctx.resource("clean.outlets", load_outlets)
    outlet_known = ctx.resource("clean.outlet_names", lambda: known_outlet_names(outlets))
    model = ctx.resource("clean.line_model", load_line_model)
    stop_words = ctx.resource("clean.stop_words", load_stop_words)
    furniture = ctx.resource("clean.furniture_words", load_furniture_words)
    shapes = ctx.resource("clean.shapes", lambda: load_shapes(stop_words))
    counts = batch_line_counts(batch, shapes)
    for number, article in enumerate(batch):
        html_config = ctx.resource("clean.trafilatura", extraction_config)
        clean_article(article, patterns, datelines, html_config, outlets, model, stop_words,
                      Corpus(counts, number, furniture), outlet_known, ctx.config.clean.min_body_chars)
        if not article.lang:
            article.lang = identify(identifier, article.body or article.raw)
        if len(article.body.strip()) < ctx.config.clean.min_body_chars:
            raise InputError(f"article {article.source} has no text left after cleaning",
                             hint="check the input is an article (not an index page or a media file)",
                             code=NO_TEXT)
        if STAGE not in article.stages:
            article.stages.append(STAGE)
    return batch


@dataclass(frozen=True)
class Corpus:
    """What the line classifier knows beyond one article: the lines of the articles cleaned
    with it (`number`: this article's place among them) and the furniture vocabulary."""

    counts: LineCounts
    number: int
    furniture: frozenset[str] = frozenset()

    def repeats(self, units: list[Unit], url: str | None) -> list[int]:
        """In how many other articles each unit's line stands (`cleaning.repetition`); outside
        the article's sentences, the same line with other dates, or one of its shape, on the
        site's other pages counts too (clean@45: a byline or date line filled in otherwise)."""
        found = [max(self.counts.repeats(self.number, url, t) for t in u.texts) for u in units]
        first, last = shape_span([u.text for u in units])
        for i, unit in enumerate(units):
            if not found[i] and not first <= i <= last:
                # (clean@47) Filled in otherwise, one other page is enough only above the
                # article (its byline, its date line); below its last sentence a line of the same
                # shape on one page may be content ("Prochain match le 12 mars à Rodez"): two.
                filled = max(self.counts.filled_repeats(self.number, url, t) for t in unit.texts)
                found[i] = filled if i < first or filled >= TEMPLATE_ARTICLES else 0
        return found


def template_lines(article: Article) -> list[str] | None:
    """The lines the repetition signal compares (`cleaning.repetition`): a plain-text article's
    repaired lines; None for an HTML page (trafilatura already drops its template) or a body
    given clean."""
    if article.clean and article.fmt != "html" and not _looks_html(article.raw):
        return repair_text(article.raw).splitlines()
    return None


def batch_line_counts(batch: list[Article], shapes: Shapes | None = None) -> LineCounts:
    """The lines of every plain-text article of the batch, and the store's counts of them
    (`Article.site_lines`); with `shapes`, compared with dates blanked and by shape too (clean@45)."""
    counts = LineCounts(shapes)
    for number, article in enumerate(batch):
        if (lines := template_lines(article)) is not None:
            counts.add(number, article.url, lines)
            counts.add_stored(number, article.site_lines)
    return counts


def clean_article(article: Article, patterns: list[rules.Pattern], datelines: DatelineParser,
                  html_config: ConfigParser | None = None, outlets: dict[str, str] | None = None,
                  model: LineModel | None = None, stop_words: frozenset[str] = frozenset(),
                  corpus: Corpus | None = None, outlet_known: frozenset[str] | None = None,
                  min_chars: int = 0) -> Article:
    """Set body, title, outlet, removed, dateline place and date of one article (`outlets`:
    the known outlets by domain, for an article whose text names none; `model`: the line
    classifier that decides among the rules' proposals, None for the rules alone; `corpus`:
    the lines of the articles cleaned with it, for the repetition signal; `outlet_known`: the
    outlets' folded names, `outlets.known_outlet_names`, made once per run; `min_chars`: a body
    shorter is no body, and the page's best prose block is kept instead, flagged, clean@62)."""
    article.removed = []
    if not article.clean:  # the input says raw is the body: offsets must refer to it unchanged
        article.body = article.raw
        apply_dateline(article, split_units(article.body), [None] * 0, datelines)
        return article
    offsets_known = True
    if article.fmt == "html" or (article.raw.lstrip()[:1] == "<" and _looks_html(article.raw)):
        page = extract_page(article.raw, article.url, html_config)
        text, offsets_known = repair_text(page.text), False
        article.title = article.title or page.title
        article.outlet = article.outlet or page.sitename
        if page.date and not article.published:
            article.published, article.published_how = page.date, "metadata"
        article.lang = article.lang or _short_lang(page.lang)
    else:
        text = repair_text(article.raw)
        offsets_known = text == article.raw  # repaired text: offsets into raw would lie
    units = split_units(text)
    finder = datelines.finder.for_page((unit.text for unit in units), article.lang, article.url)
    table = outlets if outlets is not None else load_outlets()
    layout = lay_out(units, patterns, article.title, finder, article.url, model, stop_words,
                     corpus.furniture if corpus else frozenset(),
                     corpus.repeats(units, article.url) if corpus else None,
                     outlet_names(table, article.url, outlet_known))
    keep_prose(units, layout.kinds, patterns, min_chars, article.meta)  # clean@62: rather than V106
    record_wraps(article.meta, [unit for unit, kind in zip(units, layout.kinds, strict=True) if kind is None])
    body_lines: list[str] = []
    for i, (unit, kind) in enumerate(zip(units, layout.kinds, strict=True)):
        if kind is None:
            body_lines.extend(unit.texts)
        else:
            score = layout.scores[i] if layout.scores else None
            for (start, end), line in zip(unit.lines, unit.texts, strict=True):
                article.removed.append(Removed(line, kind, start if offsets_known else -1,
                                               end if offsets_known else -1, score))
    article.body = "\n".join(body_lines)
    article.title = layout.title
    article.outlet = (article.outlet or layout.outlet or next(iter(layout.outlets), None)
                      or outlet_from_url(article.url, table))
    layout.day = layout.day or apply_dateline(article, units, layout.kinds, datelines, finder)
    crawled = crawled_time(article.meta)
    # Without its URL, the page may print it (a share or print footer): that address dates it too.
    printed = None if article.url else own_address((line for unit in units for line in unit.texts),
                                                     article.title, stop_words)
    apply_page_dates(article, layout, finder, crawled, printed)
    if not article.published:
        apply_caption_date(article, finder, crawled)
    return article


def lay_out(units: list[Unit], patterns: list[rules.Pattern], given_title: str | None = None,
            finder: DateFinder | None = None, url: str | None = None,
            model: LineModel | None = None, stop_words: frozenset[str] = frozenset(),
            furniture: frozenset[str] = frozenset(), repeats: list[int] | None = None,
            outlets: frozenset[str] = frozenset()) -> Layout:
    """Decide the kind of every unit (None keeps it in the body): the rules propose, the line
    model (when given) decides with their verdicts among its features.  `outlets`: the names a
    site's name may take after the headline's dash (`outlets.outlet_names`)."""
    layout = rule_layout(units, patterns, given_title, finder, url, outlets)
    mark_templates(layout, repeats, [unit.text for unit in units], stop_words, furniture)
    if model is not None:
        decide(units, layout, model, stop_words, furniture, repeats)
    layout.end = end_date(units, layout, finder)
    layout.comment = comment_date(layout)
    return layout


def mark_templates(layout: Layout, repeats: list[int] | None, texts: list[str] | None = None,
                   stop_words: frozenset[str] = frozenset(), furniture: frozenset[str] = frozenset()) -> None:
    """A line no rule named that stands in `TEMPLATE_ARTICLES` other articles of its site (or,
    short, of as many other sites) is the site's template (`cleaning.repetition`).  With the
    page's `texts` (clean@45), one other page of its site is enough for a line that is no
    sentence and stands above the article's second sentence or below its last (`shape_span`):
    a header or footer line, which two pages of a site do not share by chance (word for word:
    a line filled in otherwise needs two, `Corpus.repeats`, clean@47).  A line between the
    paragraphs (a sub-heading) still needs two; a shared sentence (clean@51) too, and only around
    the article's own sentences (`own_span`: a notice, a sign-off), never inside them or as the
    standfirst under the headline (a quotation, a recurring standfirst: `_article_sentence`), and
    there only on evidence that it is the article's (clean@52, `repetition.article_evidence`: a
    quotation mark, a content word of the article's own sentences); a site's note or call to
    action between the paragraphs or under the headline is cut as template.  The
    line model's repetition feature cannot carry a single repeat: every repeated line of its
    training pages is already cut by this rule or a pattern, and its weight is nil (0.014)."""
    span = shape_span(texts) if texts is not None else None
    own = own_span(texts, repeats) if texts is not None and repeats else None
    own_lines = [j for j in range(own[0], own[1] + 1) if not (repeats or [])[j]] if own else []
    for i, count in enumerate(repeats or []):
        if layout.kinds[i] is not None or not count:
            continue
        if texts is not None and is_sentence_like(texts[i]):
            # clean@51: a shared sentence is the site's only around the article's own text; between
            # its own sentences or as its standfirst it is the article's (a quotation, a recurring
            # standfirst), and the line model weighs its repetition under the sentence gate.
            # clean@52: and only on evidence that it is the article's (a quotation mark, a word of
            # its own sentences); a site's note or call to action there is cut (rev30).
            if count >= TEMPLATE_ARTICLES and not (
                    _article_sentence(i, own, layout.kinds)
                    and article_evidence(texts[i], (texts[j] for j in own_lines), stop_words, furniture)):
                layout.kinds[i] = "template"
            continue
        header_or_footer = span is not None and not span[0] <= i <= span[1]
        if count >= TEMPLATE_ARTICLES or header_or_footer:
            layout.kinds[i] = "template"


def _article_sentence(i: int, own: tuple[int, int] | None, kinds: list[str | None]) -> bool:
    """Whether a sentence other pages of the site share stands in the article (clean@51): between
    two of its own sentences, or right under the headline and right above its own first one
    (the standfirst's place; a notice above the headline or a sign-off under the text is not)."""
    if own is None:
        return False
    return own[0] < i < own[1] or (i + 1 == own[0] and i > 0 and kinds[i - 1] in ("title", "repeated_title"))


def decide(units: list[Unit], layout: Layout, model: LineModel, stop_words: frozenset[str],
           furniture: frozenset[str] = frozenset(), repeats: list[int] | None = None) -> None:
    """Cut the units the model gives a probability of furniture at or over its threshold, with
    the rules' kind (else one from the line's shape), and keep the others, rule or not."""
    rows = unit_features(units, layout.kinds, layout.layout_cut, stop_words, furniture, repeats)
    probabilities = model.probabilities(rows)
    layout.scores = [round(p, 3) for p in probabilities]
    # A live page's entry headings are its sub-headings, a table's rows its table: only a pattern
    # cuts one (`cleaning.liveblog`).
    texts = [unit.text for unit in units]
    entries = {i for i in live_entries(texts) | table_rows(texts) if layout.kinds[i] is None or layout.layout_cut[i]}
    entries |= _cut_tail(texts, layout, furniture)
    # clean@60: an attribution opened by a comma and the quotation above it are the article's.
    entries |= {i for i in quoted_lines(texts, layout.kinds) if layout.kinds[i] is None or layout.layout_cut[i]}
    # clean@64: a sentence-case sub-heading between the article's paragraphs, or above the excerpt's cut last line.
    entries |= sub_headings(texts, layout.kinds, layout.layout_cut, furniture)
    # clean@69: one sentence printed over two lines (a caption, a call) takes one verdict.
    probabilities = one_verdict(texts, probabilities, split_sentences(texts, layout.kinds, layout.layout_cut),
                                entries, model.threshold)
    for i, p in enumerate(probabilities):
        if p >= model.threshold and i not in entries:
            layout.kinds[i] = layout.kinds[i] or _shape_kind(units[i].text)
        else:
            layout.kinds[i] = None
    # clean@70: another story's first paragraph under its card's headline and stamps, at the page's foot.
    for i in card_teasers(texts, layout.kinds, stop_words, furniture):
        layout.kinds[i] = "related"


def _cut_tail(texts: list[str], layout: Layout, furniture: frozenset[str]) -> set[int]:
    """The page's last line when the excerpt stops in the middle of a word right under the
    article's last paragraph ("Android n'", "Last week, there was s...", "The Hous"): the cut
    sentence of the article, as a paywall or an index stores it, which no rule named (clean@29).
    The layout rule keeps it; its shape (short, last, no finished sentence) is furniture's to
    the model, so the model may not cut it.  A line in the furniture vocabulary ("Subscribe to")
    is left to the model."""
    tail = len(texts) - 1
    if tail < 1 or layout.kinds[tail] is not None or layout.kinds[tail - 1] is not None:
        return set()
    text = texts[tail].rstrip()
    tokens = words(text)
    # A sentence cut short holds a word in lower case; a signature ("Jim O'Rourke") does not.
    if (len(tokens) < 2 or not any(w[:1].islower() for w in tokens)
            or not (is_sentence_like(texts[tail - 1]) or is_continuation(texts[tail - 1]))  # clean@60
            or not MID_WORD_CUT.search(text) or any(fold(w) in furniture for w in tokens)):
        return set()
    return {tail}


def _shape_kind(text: str) -> str:
    """A kind for a line only the model cut, from its shape."""
    if re.search(r"https?://|www\.", text):
        return "link"
    if re.search(r"(?<!\w)[@#]\w{2,}", text):
        return "embed"
    if is_title_like(text) and len(words(text)) >= 4:
        return "related"
    return "fragment"


def rule_layout(units: list[Unit], patterns: list[rules.Pattern], given_title: str | None = None,
                finder: DateFinder | None = None, url: str | None = None,
                outlets: frozenset[str] = frozenset()) -> Layout:
    """What the rules alone say of every unit."""
    layout = Layout(kinds=[None] * len(units), layout_cut=[False] * len(units))
    named = [rules.match_boilerplate(unit.text, patterns) for unit in units]
    if finder is not None:  # first: "Reuters24-07-2025" or "Par X, publié le …" date the article
        find_date_lines(units, layout, finder, [found is not None for found in named],
                        [found is not None and found.kind == "related" for found in named])
    for i, found in enumerate(named):
        if found and not layout.kinds[i]:
            layout.kinds[i] = found.kind
            if found.outlet:
                layout.outlets.append(found.outlet)
    for i in photo_grid([unit.text for unit in units], [kind == "caption" for kind in layout.kinds]):
        layout.kinds[i] = "related"  # other stories' photos and headlines (`navigation.photo_grid`)
    find_title(units, layout, given_title, outlets, url)
    if finder is not None:
        headline_day(layout)
        title_stamp(layout)
    _find_teasers(units, layout)
    _find_caption_copies(units, layout)
    for i in credited_captions(units, layout.kinds):
        # clean@59: a photo's caption above its credit, before the article; a verdict of position, which
        # the line model weighs (a lede above its photo's credit, "9 Nov, Beijing: … arrived …", stays).
        layout.kinds[i], layout.layout_cut[i] = "caption", True
    _find_doubled_lines(units, layout)
    _find_related_blocks(units, layout)
    for i in under_rights_line(units, layout.kinds):
        # clean@59: under the article's closing rights line, the page's (comments, other stories);
        # a verdict of position, which the line model weighs.
        layout.kinds[i], layout.layout_cut[i] = "comments", True
    for i in other_story_headlines(units, layout.kinds, layout.title):
        layout.kinds[i] = "related"  # clean@60: the series' next story under the article ("Tempête X : …")
    _lay_out_body(units, layout, url)
    return layout


def _find_teasers(units: list[Unit], layout: Layout) -> None:
    """A line ending in "…" whose words open another, longer paragraph is its teaser."""
    folded = [fold(u.text) for u in units]
    for i, unit in enumerate(units):
        if layout.kinds[i] is not None or not ends_with_ellipsis(unit.text):
            continue
        stem = fold(strip_ellipsis(unit.text))
        if len(words(stem)) < 4:
            continue
        if any(j != i and len(other) > len(stem) and other.startswith(stem)
               for j, other in enumerate(folded)):
            layout.kinds[i] = "teaser"


def _find_caption_copies(units: list[Unit], layout: Layout) -> None:
    """A page builder prints an image's text in two slots (clean@29): a line written again next
    to it with a credit after it ("… jusqu'au Mondial 2023. Icon Sport - Icon Sport") is the
    caption, and a short line (its alt text) that a caption opens and goes on from ("Un homme
    marche dans une rue." / "Un homme marche dans une rue à Boston. Photo: AP/…") is the
    caption's too.  The line written without the credit stays what it is (a standfirst, say)."""
    cores = [_ECHO_EDGE.sub("", fold(unit.text)) for unit in units]
    for i in range(len(units)):
        for j in (i - 1, i + 1):
            if not 0 <= j < len(units) or len(cores[i]) < CAPTION_ECHO_CHARS:
                continue
            short, long = cores[i], cores[j]
            if len(long) <= len(short) or not long.startswith(short):
                continue
            tail = words(units[j].text)[len(words(units[i].text)):]
            if (layout.kinds[j] is None and 0 < len(tail) <= CREDIT_WORDS
                    and not any(w[:1].islower() for w in tail)):
                layout.kinds[j] = "caption"  # the same text with a credit: the caption
            elif (layout.kinds[j] == "caption" and layout.kinds[i] is None
                  and len(words(units[i].text)) <= ALT_TEXT_WORDS):
                layout.kinds[i] = "caption"  # an alt text the caption opens


def _find_doubled_lines(units: list[Unit], layout: Layout) -> None:
    """A line printed twice in a row that no rule named is furniture (clean@53, issue 16): an
    image's alt text and its caption ("L'incendie à La Baie est toujours en cours, …" twice), a
    headline printed again, a menu entry or a blog's name (on eval/news dev and the pool's tuning
    pages every such pair is furniture).  A paragraph printed twice is not: the lede, as the page's
    description and as its first paragraph, or a quotation (eval/timex_pool, stories, roles_pool,
    quotes_pool: 130 to 414 characters), so a sentence is cut only when caption-sized
    (`DOUBLED_SENTENCE_CHARS`).  A page that is one paragraph written again and again has that
    paragraph for its body: a page with no other sentence is left alone."""
    folded = [fold(unit.text) for unit in units]
    for i in range(len(units) - 1):
        if folded[i] != folded[i + 1] or len(letter_words(units[i].text)) < DOUBLED_WORDS:
            continue
        if is_sentence_like(units[i].text) and len(units[i].text) > DOUBLED_SENTENCE_CHARS:
            continue  # a paragraph printed twice: the lede as the page's description and as its text
        if not any(f != folded[i] and is_sentence_like(u.text) for f, u in zip(folded, units, strict=True)):
            return
        for j in (i, i + 1):
            layout.kinds[j] = layout.kinds[j] or "caption"


def _find_related_blocks(units: list[Unit], layout: Layout) -> None:
    """Under a related-articles heading ("Sur le même sujet", "Related"), the other stories'
    headlines and teasers: the lines that follow it and are headline-shaped or cut with "…",
    up to the next paragraph of the article (date lines between them stay date lines)."""
    entries = live_entries([unit.text for unit in units])
    for i, unit in enumerate(units):
        if layout.kinds[i] != "related" or len(letter_words(unit.text)) > RELATED_HEADING_WORDS:
            continue
        taken = 0
        for j in range(i + 1, len(units)):
            text = units[j].text
            if layout.kinds[j] is not None:
                continue
            # A live page's next entry heading ends the box; a genre kicker ("CHRONIQUE - ...")
            # opens another story's teaser written as a sentence.
            # clean@29: a card's place or section label ("Humbécourt", "Faits divers") is part of
            # the box, and a teaser may end in a bracketed cut ("… ont fracturé(...)").
            if (taken >= RELATED_BLOCK or j in entries
                    or not (is_title_like(text) or ends_with_ellipsis(text) or rules.is_kicker_teaser(text)
                            or _BRACKETED_CUT.search(text)
                            or (len(letter_words(text)) <= CARD_LABEL_WORDS and not is_sentence_like(text)))):
                break
            layout.kinds[j] = "related"
            taken += 1


def _lay_out_body(units: list[Unit], layout: Layout, url: str | None = None) -> None:
    # clean@60: an attribution opened by a comma (", écrit-elle.") carries the article's sentence on.
    prose = [is_sentence_like(unit.text) or is_continuation(unit.text) for unit in units]
    body = [i for i, k in enumerate(layout.kinds) if k is None and prose[i]]
    if not body:
        return
    first, last = body[0], body[-1]
    entries = live_entries([unit.text for unit in units])  # a live page's sub-headings (`cleaning.liveblog`)
    for i, unit in enumerate(units):
        if layout.kinds[i] is not None or prose[i] or i in entries:
            continue
        text = unit.text
        if i < first:
            if len(letter_words(text)) < STANDFIRST_WORDS:
                layout.kinds[i] = "fragment"  # a kicker or section label, not the article's lede
        elif i < last:
            if rules.is_rubric_headline(text):
                layout.kinds[i] = "related"  # another story's headline dropped between paragraphs
        elif i == len(units) - 1 and i - 1 == last and not _signed(text, url):
            pass  # the excerpt stops mid-sentence right after the article's last paragraph: body
        elif rules.is_initialled_name(text):
            layout.kinds[i] = "byline"  # clean@59: the writer's name and initial under the text, "Alpha B."
        elif rules.is_signature(text, url):
            layout.kinds[i] = "outlet"
            layout.outlets.append(text)
        elif is_title_like(text) and len(words(text)) >= 4:
            layout.kinds[i] = "related"
        else:
            layout.kinds[i] = "fragment"
        if layout.kinds[i] is not None:
            layout.layout_cut[i] = True



def _signed(text: str, url: str | None) -> bool:
    """Whether the page's last line, under the article's last paragraph, is a signature rather than
    the excerpt's cut sentence: the site's name, or (clean@59, issue 16) a writer's name and initial
    ("Alpha B."), which no cut sentence is (it has a word in lower case)."""
    return rules.is_signature(text, url) or rules.is_initialled_name(text)


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return any(tag in head for tag in ("<html", "<!doctype html", "<body", "<p>", "<div"))


def _short_lang(lang: str | None) -> str | None:
    return lang.split("-")[0].lower() if lang else None
