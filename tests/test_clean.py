"""The clean stage end to end on varied articles: French and English, text and HTML,
mojibake, look-alike letters, datelines, `clean: false`, and invariants on any text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import NO_TEXT, InputError
from veille.model import Article
from veille.stages.clean import clean_article, clean_batch
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _article(name: str, **fields: Any) -> Article:
    path = FIXTURES / name
    fmt = "html" if path.suffix == ".html" else "text"
    return Article(id=path.stem, source=name, raw=path.read_text(encoding="utf-8"), fmt=fmt, **fields)


def _kinds(article: Article) -> dict[str, str]:
    return {r.text: r.kind for r in article.removed}


def test_english_wire_text(ctx: Any) -> None:
    [art] = clean_batch([_article("en_wire.txt")], ctx)
    assert art.title == "U.S. and Niger agree on troop withdrawal timetable"
    assert art.outlet == "Sahel Monitor"
    assert (art.published, art.published_how, art.dateline_place) == ("2024-08-01", "dateline", "WASHINGTON")
    assert art.lang == "en"
    kinds = _kinds(art)
    assert kinds["By Jane Whitfield"] == "byline"
    assert kinds["Photo: U.S. soldiers at Air Base 201 in Agadez (AFP)"] == "caption"
    assert kinds["Leave a comment"] == "comments"
    assert "A difficult partnership" in art.body.splitlines()  # sub-heading between paragraphs stays
    assert art.body.startswith("WASHINGTON, Aug. 1, 2024 —")


def test_french_text_with_kicker_related_and_trailing_headline(ctx: Any) -> None:
    [art] = clean_batch([_article("fr_depeche.txt")], ctx)
    assert art.title == "Sénégal : le gouvernement lance un plan d'urgence pour l'emploi des jeunes"
    assert art.outlet == "Dakar Matin"
    assert (art.published, art.dateline_place, art.lang) == ("2025-03-12", "Dakar", "fr")
    kinds = _kinds(art)
    assert kinds["Économie"] == "fragment"
    assert kinds["Par Aminata Diallo"] == "byline"
    trailing = "Côte d'Ivoire : les producteurs de cacao réclament une hausse du prix bord champ"
    assert kinds[trailing] == "related"
    lines = art.body.splitlines()
    assert "Des financements encore incertains" in lines
    assert lines[-1] == "Le ministre a promis un premier bilan au mois de juin."


@pytest.mark.parametrize(("name", "title", "outlet", "published", "lang", "subheading"), [
    ("fr_page.html", "Niger : la junte annonce un dialogue national", "Le Sahel Quotidien", "2025-02-14",
     "fr", "Une transition sans calendrier"),
    ("en_page.html", "Ghana's central bank holds key rate at 27%", "Accra Ledger", "2025-03-28", "en", None),
])
def test_html_pages(ctx: Any, name: str, title: str, outlet: str, published: str, lang: str,
                    subheading: str | None) -> None:
    [art] = clean_batch([_article(name)], ctx)
    assert (art.title, art.outlet, art.published, art.published_how, art.lang) == \
        (title, outlet, published, "metadata", lang)
    lines = art.body.splitlines()
    assert len(lines) >= 3 and all(line.strip() for line in lines)
    assert title not in lines
    assert not any(word in art.body for word in ("Accueil", "Tous droits réservés", "Les plus lus", "Home"))
    if subheading:
        assert subheading in lines


def test_html_without_main_text_is_refused(ctx: Any) -> None:
    page = "<html><head><title>Connexion</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>"
    with pytest.raises(InputError) as err:
        clean_batch([Article(id="x", source="x.html", raw=page, fmt="html")], ctx)
    assert err.value.code == NO_TEXT


def test_deeply_nested_and_huge_html_do_not_blow_up(ctx: Any) -> None:
    paragraph = "<p>Le gouvernement malien a annoncé jeudi la tenue d'élections présidentielles en 2026.</p>"
    nested = "<html><body>" + "<div>" * 5000 + paragraph + "</div>" * 5000 + "</body></html>"
    huge = "<html><body><article>" + paragraph * 20000 + "</article></body></html>"
    for page in (nested, huge):
        art = Article(id="x", source="x.html", raw=page, fmt="html")
        try:
            clean_batch([art], ctx)
        except InputError as exc:  # refusing is fine; crashing is not
            assert exc.code == NO_TEXT


def test_mojibake_and_look_alikes_are_repaired(ctx: Any) -> None:
    raw = ("Le Mali et la Russie renforcent leur coopÃ©ration militaire\n\n"
           "Le ministre malien a salué jeudi à Moscou une coopérаtion « exemplaire » avec la Russie, "
           "selon un communiqué publié à Bamako.\n")
    [art] = clean_batch([Article(id="m", source="m.txt", raw=raw)], ctx)
    assert art.title == "Le Mali et la Russie renforcent leur coopération militaire"
    assert "coopération « exemplaire »" in art.body
    assert all(r.start == -1 for r in art.removed)  # the text was repaired: no offsets into raw


def test_clean_false_keeps_raw_as_body(ctx: Any) -> None:
    raw = "Titre qui ressemble à un titre\n\nA lire aussi : autre chose\nLe texte suit, tel quel."
    [art] = clean_batch([Article(id="c", source="c.jsonl:1", raw=raw, clean=False, lang="fr")], ctx)
    assert art.body == raw and art.removed == [] and art.title is None


def test_metadata_title_and_date_win(ctx: Any) -> None:
    raw = ("Mali : la junte prolonge la transition\n\n"
           "Bamako, le 2 mai 2025 – Le gouvernement de transition a adopté un projet de loi prolongeant "
           "la transition de cinq ans, a annoncé la télévision nationale.\n")
    art = Article(id="t", source="t", raw=raw, fmt="jsonl", title="Mali : la junte prolonge la transition",
                  published="2025-05-03", published_how="metadata", outlet="Maliweb")
    clean_batch([art], ctx)
    assert (art.published, art.published_how, art.outlet, art.dateline_place) == \
        ("2025-05-03", "metadata", "Maliweb", "Bamako")
    assert _kinds(art) == {"Mali : la junte prolonge la transition": "title"}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from([
           "Mali : Un an après la déclaration", "Des rebelles maliens", "A lire aussi : Niger",
           "Le ministre a déclaré jeudi que la coopération allait se renforcer.", "", "Afriksoir",
           "Bamako, le 1er août 2024 – Le gouvernement…", "Laisser un commentaire", "  ",
           "Bamako, le 1er août 2024 – Le gouvernement a parlé.", "Par Jean Dupont"]), max_size=12)
       .map("\n".join))
def test_nothing_is_lost_and_clean_never_raises(text: str) -> None:
    art = Article(id="h", source="h", raw=text)
    try:
        clean_article(art, load_patterns(), DatelineParser())
    except InputError as exc:
        # The one exception allowed: a coded reason to quarantine ("<DIV" is a page with no text).
        assert exc.code == NO_TEXT, exc
        return
    body_lines = art.body.splitlines()
    removed = [r.text for r in art.removed]
    from veille.ingest.encoding import repair_text
    source = repair_text(text)
    expected = [ln.strip() for ln in source.splitlines() if ln.strip()]
    assert sorted(body_lines + removed) == sorted(expected)
    for cut in art.removed:
        if cut.start >= 0:
            assert text[cut.start:cut.end] == cut.text


def test_empty_text_is_quarantined_not_crashed(ctx: Any) -> None:
    with pytest.raises(InputError) as err:
        clean_batch([Article(id="e", source="e.txt", raw="  \n\n ")], ctx)
    assert err.value.code == NO_TEXT


def test_a_headline_written_twice_is_the_title_even_with_a_period(ctx: Any) -> None:
    head = "REPORT. In the north, the closure of the last shop leaves a whole district without food."
    text = f"{head}\n\n{head}\n\nThe shop closed on Saturday after forty years, and residents now drive to town.\n"
    [art] = clean_batch([Article(id="t", source="t", raw=text)], ctx)
    assert art.title == head
    assert head not in art.body.splitlines()


def test_a_paragraph_written_many_times_is_body_not_a_headline(ctx: Any) -> None:
    """A page that is one paragraph written again and again (a scraping artefact) has it for its
    text, not for a headline: cutting every copy as the title would leave no body."""
    para = ("Les députés ont adopté mardi à Niamey une loi sur la presse, après un long débat sur la liberté "
            "d'informer, a indiqué le président de l'Assemblée nationale au cours d'une conférence de presse.")
    [art] = clean_batch([Article(id="p", source="p", raw="\n\n".join([para] * 5))], ctx)
    assert para in art.body.splitlines()
    assert art.title != para


def test_a_related_block_is_cut_with_its_headlines(ctx: Any) -> None:
    text = ("Le Parlement a adopté jeudi soir le budget de l'État après trois semaines de débats houleux.\n\n"
            "Le texte doit maintenant être promulgué par le président, selon le gouvernement.\n\n"
            "Sur le même sujet\n\n"
            "Le Sénat rejette la réforme des retraites\n\n"
            "Les syndicats appellent à une nouvelle journée de grève dans les transports…\n\n"
            "Budget 2026 : ce qui change pour les ménages\n")
    [art] = clean_batch([Article(id="rb", source="rb", raw=text)], ctx)
    kinds = _kinds(art)
    assert kinds["Sur le même sujet"] == "related"
    assert kinds["Le Sénat rejette la réforme des retraites"] == "related"
    assert kinds["Budget 2026 : ce qui change pour les ménages"] == "related"
    assert art.body.splitlines()[-1] == "Le texte doit maintenant être promulgué par le président, selon le gouvernement."


def test_a_line_on_every_page_of_a_site_is_its_template(ctx: Any) -> None:
    template = "Le Courrier du Fleuve, votre quotidien de référence depuis 1998"
    stories = ["Le Parlement a adopté jeudi le budget de l'État après trois semaines de débats.",
               "La sécheresse menace les récoltes de mil dans le nord du pays, selon la FAO.",
               "Le club de la capitale a remporté la coupe nationale dimanche soir au stade municipal."]
    batch = [Article(id=f"s{n}", source=f"s{n}", url=f"https://www.courrier-fleuve.example/{n}",
                     raw=f"{text}\n\n{text.replace(' ', ' encore ', 1)}\n\n{template}\n")
             for n, text in enumerate(stories)]
    batch.append(Article(id="other", source="other", url="https://other.example/a",
                         raw=f"{stories[0]}\n\n{template}\n"))
    cleaned = clean_batch(batch, ctx)
    for art in cleaned[:3]:
        assert template not in art.body and _kinds(art)[template] == "template"
    # a republication of one of them on another site: their shared lines are not its template
    assert _kinds(cleaned[3]).get(template) != "template"
