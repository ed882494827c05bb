"""How sure each way of dating an article is (`Article.published_how`), measured on eval/news dev
and eval/pubdate_pool; the export writes it beside `published_how`."""

from __future__ import annotations

# How often each way of dating gave a right day on eval/news dev (clean@4, whole pipeline, right
# / dated): url 26/26, date_line 7/7, url_id 2/2, text 18/19 (time@4), story 46/48 (stories@5).
# The two inferred ways are also measured on the 54 dev articles dated otherwise, their date
# hidden (eval/news/tools/date_errors.py --methods): text 24/28, story siblings 36/41; their
# figures below are these, the wider and less flattering measure.
# A way too rare there to be measured gets the figure of the way it resembles (updated_line,
# relative_line, dateline: a date line, discounted; url_id: two cases only, discounted).
# caption (clean@5, time@7): 5/5 on dev, 7/7 on dev with its URLs removed; a lower bound like the
# text's, so the text's figure.
# date_line on unseen pages (clean@12, eval/pubdate_pool, their URL withheld): 7/8, the wrong one an
# aggregator's "today" printed above the headline; with dev's 7/7, 14/15.
# end_line (clean@12): the signature's date after the body; none on dev, 1/1 on the unseen pages of
# eval/pubdate_pool (URL-dated silver); a page's own stamp but far from the headline, so the text's figure.
# day_line (clean@6, time@8): the page's own day with the year guessed from the crawl, the URL,
# the text or the story; none on dev, so the text's figure (the year is the weak part).
# embed (time@17): an embedded post's day the page is no older than (`time.embeds`), as a caption's;
# 1/1 on eval/pubdate_pool, none on dev, so the caption's figure.
# comment_line (clean@17): the first reader comment's day, an upper bound; 1/1 on eval/pubdate_pool,
# none on dev: a comment may come days later, so below the page's own lines.
# written_day (clean@37): the writing day a top paragraph glosses ("yesterday (March 3, 2021)", "live
# blog for Monday, March 8, 2021"); 2/2 on eval/pubdate_pool's pub26 tuning part, none on dev, so
# day_line's figure (a sentence, not a stamp).
# (clean@68) also a gloss without its year placed by the crawl, the URL's folders or a six-figure file
# name (`writtendays.place_gloss`): 2/2 on eval/pubdate_pool's tuning pages (q286, q294), none on dev; the same figure.
# text on pages with no date cue (stories@17, eval/nodate_stress, tuning parts only): the latest
# date the text states is the publication day (±1) on 14 of 16 stripped eval/news dev reports but
# 6 of 10 unseen eval/pubdate_pool pages (the others published 2 to 4 days after it: a lower
# bound, and nothing in their wording tells how far); with the 24/28 above, 30/38: 0.8.
# url_slug (clean@63): a day a slug writes in words with no folders; a lower bound the text may move
# (time@47); 3/3 on the tuning pages of eval/timex_pool and eval/pubdate_pool, none on dev: day_line's figure.
PUBLISHED_CONFIDENCE: dict[str, float] = {
    "metadata": 1.0, "date_line": 0.93, "url": 1.0, "url_id": 0.9, "dateline": 0.9, "updated_line": 0.9,
    "relative_line": 0.9, "written_day": 0.85, "day_line": 0.85, "end_line": 0.85, "caption": 0.85, "text": 0.8,
    "embed": 0.85, "story": 0.88, "comment_line": 0.7, "url_slug": 0.85,
    "none": 0.0,
}


def published_confidence(how: str) -> float:
    """How sure an article's date is, from how it was found (`Article.published_how`)."""
    return PUBLISHED_CONFIDENCE.get(how, 0.5)
