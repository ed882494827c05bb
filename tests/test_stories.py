"""Stories: merge and split decisions, cross-source events, story-anchored dates, outputs.

The articles are hand-built French news texts with hand-made mentions, events and timexes,
so these tests do not depend on the other stages.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from veille.model import Article, CorpusEvent, Entity, Event, Evidence, Mention, Role, Timex
from veille.pipeline import Context
from veille.stages.stories import actor_graph, stories_corpus, timeline, write_graphml
from veille.stages.stories.dates import compatible, most_precise, resolve_near

MOSCOU_A = (
    "Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso ont été reçus "
    "jeudi à Moscou par Sergueï Lavrov pour la première session des consultations entre "
    "l'Alliance des États du Sahel et la Russie. Les deux parties ont évoqué la sécurité au "
    "Sahel et la formation des armées sahéliennes. Le chef de la diplomatie malienne, "
    "Abdoulaye Diop, a salué une rencontre historique pour la confédération.")
MOSCOU_B = (
    "Moscou a accueilli ce jeudi 3 avril la première session des consultations entre la "
    "Russie et la Confédération des États du Sahel. Sergueï Lavrov et ses homologues malien, "
    "nigérien et burkinabè ont adopté un communiqué conjoint sur la coopération sécuritaire. "
    "Selon Abdoulaye Diop, ces consultations ouvrent une nouvelle étape pour l'AES.")
APPEL_2024 = (
    "Bamako, le 1er août 2024 – Le ministre malien des Affaires étrangères, Abdoulaye Diop, et "
    "son homologue russe, Sergueï Lavrov, ont eu un entretien téléphonique consacré à la lutte "
    "contre le terrorisme. Les deux ministres ont réaffirmé la volonté du Mali et de la Russie "
    "de renforcer leur partenariat stratégique face aux groupes armés.")
CE_MERCREDI = (
    "Ce mercredi, les chefs de la diplomatie du Mali, du Niger et du Burkina Faso sont arrivés "
    "à Moscou pour la première session des consultations entre l'AES et la Russie, à "
    "l'invitation de Sergueï Lavrov. La délégation sahélienne entend consolider la coopération "
    "sécuritaire avec la Russie.")
CONFLIT = (
    "Sergueï Lavrov a reçu vendredi 4 avril à Moscou ses homologues de l'Alliance des États du "
    "Sahel pour la première session des consultations entre l'AES et la Russie. Abdoulaye Diop "
    "a parlé d'une rencontre historique pour la sécurité au Sahel.")

NAMES = {"Mali": "mali", "Niger": "niger", "Burkina Faso": "burkina", "Moscou": "moscou",
         "Sergueï Lavrov": "lavrov", "Russie": "russie", "Abdoulaye Diop": "diop",
         "Alliance des États du Sahel": "aes", "Confédération des États du Sahel": "aes",
         "AES": "aes", "Sahel": "sahel", "Bamako": "bamako"}

# Placeholder reports of one occasion: dating by the story needs a particular in common (a name,
# here) between an undated report and its dated siblings (stories@18, `stories/evidence.py`).
SAME = "Le vote de Valmont."


def mentions(body: str) -> list[Mention]:
    out = []
    for text, entity in NAMES.items():
        start = body.find(text)
        while start >= 0:
            out.append(Mention(start, start + len(text), text, "LOC", entity=entity))
            start = body.find(text, start + 1)
    return out


def consult(body: str, aid: str, date: str | None, trigger: str = "consultations",
            modality: str = "asserted", location: str | None = "moscou",
            source: tuple[str, ...] = ("russie", "lavrov"),
            target: tuple[str, ...] = ("aes", "mali", "niger", "burkina")) -> Event:
    start = body.find(trigger)
    assert start >= 0, trigger
    end = body.find(".", start) + 1
    return Event("e1", "CONSULT", None, list(source), list(target), date, location,
                 modality, trigger,  # type: ignore[arg-type]
                 [Evidence(aid, start, end, body[start:end])])


def article(aid: str, body: str, published: str | None, date: str | None, **kw: object) -> Article:
    a = Article(id=aid, source=f"{aid}.txt", raw=body, body=body, title=kw.pop("title", None),  # type: ignore[arg-type]
                published=published, published_how="metadata" if published else "none",
                duplicate_of=kw.pop("duplicate_of", None))  # type: ignore[arg-type]
    a.mentions = mentions(body)
    a.events = [consult(body, aid, date, **kw)]  # type: ignore[arg-type]
    return a


@pytest.fixture()
def corpus() -> list[Article]:
    return [
        article("a-lemonde", MOSCOU_A, "2025-04-03", "2025-04-03/2025-04-04",
                title="Le Sahel et Moscou ouvrent leurs consultations"),
        article("b-niamey", MOSCOU_B, "2025-04-04", "2025-04-03",
                title="Russie–AES : un partenariat officialisé à Moscou"),
        article("c-bamako", APPEL_2024, "2024-08-01", "2024-08-01", trigger="entretien",
                location="bamako", target=("mali", "diop"),
                title="Mali-Russie : une alliance stratégique face au terrorisme"),
    ]


def story_of(result_articles: list[Article], aid: str) -> str | None:
    return next(a.story for a in result_articles if a.id == aid)


def test_same_event_two_outlets_merge_and_other_call_splits(corpus: list[Article]) -> None:
    result = stories_corpus(corpus, Context())
    assert story_of(corpus, "a-lemonde") == story_of(corpus, "b-niamey")
    assert story_of(corpus, "c-bamako") != story_of(corpus, "a-lemonde")
    merged = [e for e in result.events if len(e.articles) > 1]
    assert len(merged) == 1
    event = merged[0]
    assert event.articles == ["a-lemonde", "b-niamey"]
    assert event.independent_sources == 2
    assert event.date == "2025-04-03"  # the most precise consistent date
    assert {ev.article for ev in event.evidence} == {"a-lemonde", "b-niamey"}
    assert all(a.events[0].merged == event.id for a in corpus[:2])
    assert corpus[2].events[0].merged != event.id
    assert not event.conflicts


def test_story_ids_are_stable_when_articles_are_added(corpus: list[Article]) -> None:
    stories_corpus(corpus[:1] + corpus[2:], Context())
    first = {a.id: a.story for a in corpus if a.story}
    assert len(first) == 2
    late = article("d-mercredi", CE_MERCREDI, None, None, trigger="consultations")
    stories_corpus([*corpus, late], Context())
    assert {a.id: a.story for a in corpus if a.id in first} == first
    assert late.story == first["a-lemonde"]
    assert corpus[1].story == first["a-lemonde"]


def test_republication_joins_the_original_story_and_counts_once(corpus: list[Article]) -> None:
    copy = article("e-repris", MOSCOU_B, "2025-04-05", "2025-04-03", duplicate_of="b-niamey")
    result = stories_corpus([*corpus, copy], Context())
    assert copy.story == story_of(corpus, "b-niamey")
    event = next(e for e in result.events if "e-repris" in e.articles)
    assert set(event.articles) == {"a-lemonde", "b-niamey", "e-repris"}
    assert event.independent_sources == 2
    story = next(s for s in result.stories if s.id == copy.story)
    cited = [line for line in story.summary if "b-niamey" in line.articles]
    assert all("e-repris" in line.articles for line in cited)  # a copy cites both, once
    assert len({line.text for line in story.summary}) == len(story.summary)


def test_undated_article_is_anchored_by_its_story(corpus: list[Article]) -> None:
    late = article("d-mercredi", CE_MERCREDI, None, "XXXX-WXX-3", trigger="consultations")
    late.timexes = [Timex(0, 11, "Ce mercredi", "DATE", "XXXX-WXX-3")]
    stories_corpus([*corpus, late], Context())
    assert late.story == story_of(corpus, "a-lemonde")
    assert late.published == "2025-04-03"  # the merged event's date
    assert late.published_how == "story"
    assert late.timexes[0].value == "2025-04-02"  # the Wednesday just before the event


def test_announcement_is_dated_before_the_event(corpus: list[Article]) -> None:
    body = ("Moscou accueillera les 3 et 4 avril prochains la première session des consultations "
            "entre la Confédération des États du Sahel et la Russie, à l'invitation de Sergueï "
            "Lavrov. Les chefs de la diplomatie de l'AES se rendront dans la capitale russe.")
    preview = article("f-annonce", body, None, "XXXX-04-03/XXXX-04-04", modality="planned")
    stories_corpus([*corpus, preview], Context())
    assert preview.story == story_of(corpus, "a-lemonde")
    assert preview.published == "2025-04-02"
    assert preview.published_how == "story"


def test_date_disagreement_is_a_conflict(corpus: list[Article]) -> None:
    other = article("g-conflit", CONFLIT, "2025-04-05", "2025-04-04", trigger="consultations")
    result = stories_corpus([corpus[1], other], Context())
    event = next(e for e in result.events if "g-conflit" in e.articles)
    assert event.articles == ["b-niamey", "g-conflit"]
    dates = next(c for c in event.conflicts if c.attribute == "date")
    assert {c["value"]: c["articles"] for c in dates.claims} == {
        "2025-04-03": ["b-niamey"], "2025-04-04": ["g-conflit"]}
    assert all(c["evidence"] for c in dates.claims)


def test_timeline_orders_by_date_and_keeps_granularity(corpus: list[Article]) -> None:
    result = stories_corpus(corpus, Context())
    month = next(e for e in result.events if "a-lemonde" in e.articles)
    month.date = "2025-01"
    rows = timeline(result.events)
    assert [r["start"] for r in rows] == ["2024-08-01", "2025-01-01"]
    row = next(r for r in rows if r["id"] == month.id)
    assert row["granularity"] == "month" and row["uncertain"]
    assert row["end"] == "2025-01-31"
    only_2024 = timeline(result.events, until="2024-12-31")
    assert [r["date"] for r in only_2024] == ["2024-08-01"]
    assert all("bamako" not in r["articles"] for r in timeline(result.events, entity="burkina"))


def test_actor_graph_edges_cite_events_and_sources(corpus: list[Article],
                                                   tmp_path: Path) -> None:
    result = stories_corpus(corpus, Context())
    entities = [Entity("lavrov", "Sergueï Lavrov", "PER", "Q178313",
                       roles=[Role("ministre des Affaires étrangères", "russie")]),
                Entity("mali", "Mali", "LOC"), Entity("russie", "Russie", "LOC")]
    graph = actor_graph(result.events, entities)
    met = [e for e in graph["edges"] if e["source"] == "lavrov" and e["target"] == "mali"]
    assert {e["relation"] for e in met} == {"met"}
    assert set(met[0]["articles"]) == {"a-lemonde", "b-niamey", "c-bamako"}
    assert len(met[0]["events"]) == 2  # the 2024 call and the 2025 consultations
    assert any(e["relation"] == "holds office in" and e["target"] == "russie"
               for e in graph["edges"] if e["source"] == "lavrov")
    path = tmp_path / "actors.graphml"
    write_graphml(graph, path)
    root = ET.parse(path).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(graph["edges"])
    assert json.loads(json.dumps(graph)) == graph


def test_summary_lines_cite_their_articles(corpus: list[Article]) -> None:
    result = stories_corpus(corpus, Context())
    story = next(s for s in result.stories if "a-lemonde" in s.articles)
    assert story.title
    assert story.start == "2025-04-03" and story.end == "2025-04-04"
    assert 1 <= len(story.summary) <= 3
    by_id = {a.id: a for a in corpus}
    for line in story.summary:
        assert line.articles
        assert all(" ".join(line.text.split()[:6]) in " ".join(by_id[a].body.split())
                   for a in line.articles)


def test_date_helpers() -> None:
    assert compatible("2025-04-03", "2025-04-03/2025-04-04")
    assert not compatible("2025-04-03", "2024-08-01")
    assert compatible("XXXX-04-03", "2025-04")
    assert not compatible("XXXX-08-01", "2025-04-03")
    assert most_precise(["2025-04", "2025-04-03/2025-04-04", "2025-04-03"]) == "2025-04-03"
    assert most_precise(["2025-04-03", "2025-04-04"]) is None
    from veille.stages.stories.dates import parse_span
    anchor = parse_span("2025-04-03/2025-04-04")
    assert anchor is not None
    assert resolve_near("XXXX-WXX-5", anchor) == "2025-04-04"  # Friday inside
    assert resolve_near("XXXX-WXX-1", anchor) == "2025-03-31"  # Monday just before
    assert resolve_near("XXXX-12-31", anchor) == "2024-12-31"


def test_undated_event_with_the_same_actors_earns_no_merge(corpus: list[Article]) -> None:
    """An undated Lavrov–Diop call must not be pulled into a dated story by its actors alone."""
    call = article("h-appel", APPEL_2024.replace("Bamako, le 1er août 2024 – ", ""), None, None,
                   trigger="entretien", location=None, target=("mali", "diop"))
    from veille.stages.stories.cluster import events_match
    assert not events_match(call.events[0], corpus[2].events[0])
    assert events_match(corpus[0].events[0], corpus[1].events[0])


def test_undated_article_with_no_dated_event_takes_its_siblings_date() -> None:
    from veille.stages.stories.anchor import anchor_undated

    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=SAME, published=day, published_how=how)
             for i, (day, how) in enumerate([("2025-04-03", "url"), ("2025-04-04", "date_line"),
                                              ("2025-04-03", "text")])]
    undated = Article(id="u", source="u", raw="", body=SAME)
    assert anchor_undated([*dated, undated], []) == ["u"]
    assert (undated.published, undated.published_how) == ("2025-04-03", "story")


def test_siblings_spread_over_weeks_date_nothing() -> None:
    from veille.stages.stories.anchor import sibling_span

    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=SAME, published=day, published_how="url")
             for i, day in enumerate(["2025-04-03", "2025-04-20"])]
    undated = Article(id="u", source="u", raw="", body=SAME)
    assert sibling_span(undated, [*dated, undated]) is None
    story_dated = Article(id="t", source="t", raw="", body=SAME, published="2025-04-03", published_how="story")
    assert sibling_span(undated, [story_dated, undated]) is None  # never from another story guess


def test_one_sibling_dated_weeks_apart_is_outvoted() -> None:
    """A sibling dated by a wrong clue (an archive date line, a misread URL) no longer keeps the
    story's agreeing dates from placing an undated report; an even split still places nothing."""
    from veille.stages.stories.anchor import sibling_span

    def dated(days: list[str]) -> list[Article]:
        return [Article(id=f"s{i}", source=f"s{i}", raw="", body=SAME, published=day, published_how="url")
                for i, day in enumerate(days)]

    undated = Article(id="u", source="u", raw="", body=SAME)
    found = sibling_span(undated, [*dated(["2025-04-03", "2025-04-04", "2025-06-20"]), undated])
    assert found is not None and found[0] == "2025-04-03"
    assert sibling_span(undated, [*dated(["2025-04-03", "2025-04-04", "2025-06-20", "2025-06-21"]),
                                  undated]) is None
    assert sibling_span(undated, [*dated(["2025-04-03", "2025-06-20", "2025-08-01"]), undated]) is None


def test_a_translation_joins_the_story_through_its_names(ctx: Context) -> None:
    """The English report shares no content word with the French one, only names: it joins
    the French story; an English report on other people stays apart."""
    fr_body = ("L'entraîneur de l'équipe nationale quittera son poste après la prochaine Coupe "
               "du monde, a annoncé mercredi le président de la fédération. Le sélectionneur, "
               "Didier Deschamps, dirige la sélection depuis douze ans ; son successeur sera "
               "désigné au printemps, selon Philippe Diallo, qui salue un bilan exceptionnel.")
    en_body = ("The national team coach will step down after next year's tournament, the "
               "federation's chief said on Wednesday. Manager Didier Deschamps has led the side "
               "for twelve years; a successor will be named in the spring, according to "
               "Philippe Diallo, who hailed an outstanding record.")
    other = ("Central bank governor Jerome Powell said on Wednesday that rates would stay on "
             "hold while inflation cools across the United States.")
    arts = [Article(id=aid, source=aid, raw=body, body=body, lang=lang)
            for aid, body, lang in (("fr", fr_body, "fr"), ("en", en_body, "en"), ("x", other, "en"))]
    stories_corpus(arts, ctx)
    assert arts[0].story == arts[1].story
    assert arts[2].story != arts[0].story


def test_undated_article_takes_the_date_of_its_dated_siblings() -> None:
    from veille.stages.stories.anchor import anchor_undated

    dated = Article(id="d1", source="d1", raw="", body=SAME, published="2025-03-04", published_how="metadata")
    later = Article(id="d2", source="d2", raw="", body=SAME, published="2025-03-06", published_how="text")
    undated = Article(id="u", source="u", raw="", body="Le ministre de Valmont a démissionné lundi.", lang="fr")
    assert anchor_undated([dated, later, undated], [], None) == ["u"]
    assert (undated.published, undated.published_how) == ("2025-03-04", "story")
    assert [t.value for t in undated.timexes] == ["2025-03-03"]  # the Monday before the first report
    # Dated siblings a month apart are two events clustered together: they place nothing.
    far = Article(id="d3", source="d3", raw="", body=SAME, published="2025-04-10", published_how="metadata")
    alone = Article(id="v", source="v", raw="", body="Il a parlé lundi à Valmont.", lang="fr")
    assert anchor_undated([dated, far, alone], [], None) == []
    assert alone.published is None


def _reports_of(merged: str, typ: str, date: str, modality: str, trigger: str, articles: list[str],
                sources: int) -> tuple[CorpusEvent, Article, Article]:
    """The anchoring tests' corpus: an event merged across articles, a report the URL dates
    2025-06-03 ("d") and an undated report ("u") that tells the event."""
    event = CorpusEvent(id=merged, type=typ, mode=None, source=[], target=[], date=date, location=None,
                        modality=modality, evidence=[], story=None, articles=articles,
                        independent_sources=sources)
    dated = Article(id="d", source="d", raw="", body=SAME, published="2025-06-03", published_how="url")
    undated = Article(id="u", source="u", raw="", body=SAME, events=[
        Event(id="e1", type=typ, mode=None, source=[], target=[], date=date, location=None, modality=modality,
              trigger=trigger, merged=merged)])
    return event, dated, undated


def test_siblings_date_an_article_before_the_event_it_reports() -> None:
    """A report of Monday's vote, undated, in a story whose dated reports are Tuesday's: the
    siblings say when it was written, the vote only that it was not before Monday."""
    from veille.stages.stories.anchor import anchor_undated

    vote, dated, undated = _reports_of("m1", "ASSERT", "2025-06-02", "asserted", "vote", ["u"], 2)
    assert anchor_undated([dated, undated], [vote]) == ["u"]
    assert undated.published == "2025-06-03"
    # With no dated sibling, the event still places it, at the event's day.
    alone = Article(id="v", source="v", raw="", body=SAME, events=list(undated.events))
    assert anchor_undated([alone], [vote]) == ["v"]
    assert alone.published == "2025-06-02"


def test_an_asserted_event_does_not_overrule_the_siblings() -> None:
    """A report dated by its siblings keeps their date even when an event it tells is merged
    at a later date: that event is a bound, and a wrongly merged one."""
    from veille.stages.stories.anchor import anchor_undated

    own, dated, undated = _reports_of("m2", "RETREAT", "2025-06-09", "asserted", "démission", ["u", "w"], 2)
    assert anchor_undated([dated, undated], [own]) == ["u"]
    assert undated.published == "2025-06-03"


def test_an_announcement_only_its_own_words_date_keeps_its_siblings_date() -> None:
    from veille.stages.stories.anchor import anchor_undated

    own, dated, undated = _reports_of("m3", "CONSULT", "2025-06-03", "planned", "réunira", ["u"], 1)
    assert anchor_undated([dated, undated], [own]) == ["u"]
    assert undated.published == "2025-06-03"


def test_unanchor_puts_back_the_state_the_anchoring_started_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a memo, undoing a story date restores the pre-anchoring timexes and event dates
    without the time tagger; a memo whose key no longer matches (other text) is not used."""
    import copy

    from veille.stages.stories import anchor as anchor_mod

    dated = Article(id="d1", source="d1", raw="", body=SAME, published="2025-03-04", published_how="metadata")
    undated = Article(id="u", source="u", raw="", body="Le ministre de Valmont a démissionné lundi.", lang="fr")
    from veille.stages.time import tag_article

    tag_article(undated)
    before = copy.deepcopy(undated)
    memo = anchor_mod.AnchorMemo()
    assert anchor_mod.anchor_undated([dated, undated], [], None, memo) == ["u"]
    assert undated.timexes != before.timexes and set(memo.made) == {"u"}
    stored = anchor_mod.AnchorMemo(stored=memo.made)  # as the next pass reads it from the store
    calls: list[str] = []
    monkeypatch.setattr(anchor_mod, "retime", lambda a, dct, ctx: calls.append(a.id))
    anchor_mod.unanchor([undated], None, stored)
    assert calls == []
    assert (undated.published, undated.published_how, undated.timexes) == \
        (before.published, before.published_how, before.timexes)
    undated.published, undated.published_how = "2025-03-04", "story"
    undated.body += " Autre texte."
    anchor_mod.unanchor([undated], None, stored)
    assert calls == ["u"] and undated.published is None


def test_a_small_hours_time_is_the_same_occasion_as_the_evening_before() -> None:
    """Reports tell an event at 01:00 as the night or the evening before ("dans la nuit de lundi
    à mardi", "late on Monday"): the two dates can merge, and the merged date is the time."""
    assert compatible("2025-04-29T01:00", "2025-04-28")
    assert compatible("2025-04-28", "2025-04-29T05:30")
    assert not compatible("2025-04-29T07:00", "2025-04-28")  # morning: the day itself only
    assert not compatible("2025-04-29T01:00", "2025-04-27")  # one night back, not two
    assert not compatible("2025-04-29", "2025-04-28")  # without a time, a day is that day
    assert most_precise(["2025-04-28", "2025-04-29T01:00"]) == "2025-04-29T01:00"
    assert most_precise(["2025-04-29", "2025-04-29T10:00"]) == "2025-04-29T10:00"  # a time over its day
    assert most_precise(["2025-04-28", "2025-04-29T07:00"]) is None  # a conflict, as before


def test_a_recalled_event_does_not_rule_a_report_out() -> None:
    """Two reports of one award on the same day; the second recalls that the jury's president
    backed the winner three years before, and only that event is found in it. That old support
    clashes with the award (same type and actors, dates far apart), but it is background: it
    keeps neither report out of the story."""
    def report(aid: str, body: str, events: list[Event]) -> Article:
        names = {"Juliette Binoche": "binoche", "Jafar Panahi": "panahi", "Cannes": "cannes"}
        ms = [Mention(body.find(n), body.find(n) + len(n), n, "PER", entity=e) for n, e in names.items() if n in body]
        return Article(id=aid, source=aid, raw=body, body=body, lang="fr", published="2025-05-24",
                       mentions=sorted(ms, key=lambda m: m.start), events=events)

    def event(eid: str, date: str) -> Event:
        return Event(eid, "SUPPORT", "award", ["binoche"], ["panahi"], date, None, "asserted", "prix", [])

    first = report("r1", "Juliette Binoche a remis la Palme d'or à Jafar Panahi samedi soir à Cannes, "
                         "au terme d'un festival dominé par le cinéma iranien.", [event("r1:ev0", "2025-05-24")])
    second = report("r2", "À Cannes, Jafar Panahi a reçu samedi la Palme d'or des mains de Juliette Binoche, "
                          "qui l'avait soutenu publiquement en 2022 lors de son incarcération.",
                    [event("r2:ev1", "2022")])  # the award itself not found: only the recall
    stories_corpus([first, second], Context())
    assert first.story == second.story


def test_summary_near_copies_found_by_one_product_are_the_full_scans() -> None:
    import random

    from veille.stages.stories.summary import NEAR_COPY, Candidate, candidates, sentences
    from veille.stages.stories.vectors import Tfidf, cosine

    rnd = random.Random(3)
    words = ["".join(rnd.choice("bcdfglmnprstv") + rnd.choice("aeiou") for _ in range(3)) for _ in range(60)]
    base = [" ".join(rnd.choice(words) for _ in range(rnd.randint(8, 14))) for _ in range(40)]
    articles = []
    for n in range(60):  # agency copies, copies with a word changed or added, sentences of their own
        lines = []
        for _ in range(6):
            words_of = rnd.choice(base).split()
            if rnd.random() < 0.5:
                words_of[rnd.randrange(len(words_of))] = rnd.choice(words)
            if rnd.random() < 0.3:
                words_of.append(rnd.choice(words))
            lines.append("Selon l'agence, " + " ".join(words_of) + ".")
        body = "\n".join(lines)
        articles.append(Article(id=f"a{n}", source=f"{n}.txt", raw=body, body=body))
    space = Tfidf(a.body for a in articles)

    def full_scan() -> list[Candidate]:
        pool: list[Candidate] = []
        for article in articles:
            for text in sentences(article):
                vec = space.vector(text)
                twin = next((c for c in pool if cosine(c.vector, vec) >= NEAR_COPY), None) if vec else None
                if vec and twin is None:
                    pool.append(Candidate(text, vec, [article.id]))
                elif twin is not None and article.id not in twin.articles:
                    twin.articles.append(article.id)
        return pool

    expected = full_scan()
    assert 40 < len(expected) < 360 and any(len(c.articles) > 1 for c in expected)  # copies were folded
    assert [(c.text, c.articles) for c in candidates(articles, space)] == [(c.text, c.articles) for c in expected]
