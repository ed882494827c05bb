"""Highlighting: overlapping annotations become well-nested, escaped HTML that keeps the text exact."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.server.highlight import Span, article_spans, highlight


class _Pieces(HTMLParser):
    """Reads highlight() output back: the text, each annotation's text, and the nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.stack: list[dict[str, str | None]] = []
        self.by_ann: dict[str, str] = {}
        self.firsts: list[str] = []
        self.other_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            self.other_tags.append(tag)
            return
        a = dict(attrs)
        if a.get("class") == "gap":
            self.stack.append(a)
            return
        assert a.get("data-ann"), attrs
        if a.get("data-part") == "first":
            self.firsts.append(str(a["data-ann"]))
        self.stack.append(a)

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span" and self.stack, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for a in self.stack:
            if a.get("data-ann"):
                key = str(a["data-ann"])
                self.by_ann[key] = self.by_ann.get(key, "") + data


def read(html: str) -> _Pieces:
    p = _Pieces()
    p.feed(str(html))  # a plain str: Markup would re-escape what the parser hands back
    p.close()
    assert not p.stack, "unclosed span"
    return p


def test_nested_and_crossing_spans_keep_every_annotation_text() -> None:
    text = "« Nous irons à Bamako », a dit Abdoulaye Diop le 3 août."
    quote = Span(0, 23, "quote", "q")
    place = Span(15, 21, "mention", "m1")
    person = Span(31, 45, "mention", "m2")
    # An event evidence that starts inside the quote and ends inside the person's name.
    event = Span(10, 40, "event", "e")
    timex = Span(46, 55, "timex", "t")
    p = read(highlight(text, [quote, place, person, event, timex]))
    assert p.text == text
    for s in (quote, place, person, event, timex):
        assert p.by_ann[s.key] == text[s.start:s.end]
        assert p.firsts.count(s.key) == 1
    assert p.other_tags == []


def test_markup_in_text_and_labels_is_escaped() -> None:
    text = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"
    html = highlight(text, [Span(0, 8, "mention", "m", label='"><script>alert(3)</script>'),
                            Span(28, 56, "quote", "q", label="x")])
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&#34;&gt;&lt;script&gt;" in html
    assert read(html).text == text


def test_spans_outside_the_text_or_empty_are_dropped() -> None:
    p = read(highlight("abc", [Span(1, 1, "timex", "a"), Span(2, 9, "timex", "b"), Span(-1, 2, "timex", "c"),
                               Span(0, 3, "timex", "d")]))
    assert p.by_ann == {"d": "abc"}


def test_paragraph_gaps_leave_the_text_unchanged() -> None:
    text = "Un.\nDeux <b>.\nTrois."
    p = read(highlight(text, [Span(0, 9, "event", "e")], paragraphs=True))
    assert p.text == text and p.by_ann["e"] == text[:9]


def test_article_spans_use_names_and_dedupe_shared_evidence() -> None:
    art = {"id": "a", "body": "Lavrov a rencontré Diop.",
           "mentions": [{"start": 0, "end": 6, "text": "Lavrov", "type": "PER", "entity": "Q1"}],
           "timexes": [], "quotes": [],
           "events": [{"type": "CONSULT", "evidence": [{"article": "a", "start": 0, "end": 24}]},
                      {"type": "MEET", "evidence": [{"article": "a", "start": 0, "end": 24}]},
                      {"type": "X", "evidence": [{"article": "other", "start": 0, "end": 3}]}]}
    spans = article_spans(art, {"Q1": "Sergueï Lavrov"})
    assert [(s.kind, s.label) for s in spans] == [("mention", "Sergueï Lavrov (PER)"), ("event", "CONSULT, MEET")]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\n{}", min_size=1, max_size=40),
       raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["event", "quote", "mention",
                                                                                       "timex"])), max_size=8))
def test_any_overlap_gives_balanced_html_and_exact_pieces(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(min(a, b), max(a, b), kind, f"k{i}") for i, (a, b, kind) in enumerate(raw)]
    p = read(highlight(text, spans, paragraphs=True))
    assert p.text == text
    for s in spans:
        if 0 <= s.start < s.end <= len(text):
            assert p.by_ann[s.key] == text[s.start:s.end]
            assert p.firsts.count(s.key) == 1
