"""Dedup stage: exact copies, republications with light edits, and what must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.config import Config, DedupConfig
from veille.errors import ConfigError
from veille.model import Article
from veille.pipeline import Context
from veille.stages.dedup import (
    MemoryDedupIndex,
    Signer,
    band_hashes,
    content_hash,
    dedup_batch,
    estimate_similarity,
    exact_similarity,
    normalise,
    shingle_hashes,
    words,
)

# Two reports of two different events by the same actors (Paris, Bamako, the same ministers).
VISIT = (
    "Le ministre français des Affaires étrangères, Jean-Noël Barrot, est arrivé lundi à Bamako "
    "pour une visite de deux jours, la première d'un membre du gouvernement français au Mali "
    "depuis le départ des troupes de l'opération Barkhane. Il a été reçu par son homologue "
    "malien, Abdoulaye Diop, avec qui il a évoqué la reprise de la coopération consulaire et le "
    "sort des ressortissants français détenus dans le pays.\n\n"
    "« Nous voulons tourner la page des malentendus », a déclaré M. Barrot à sa descente "
    "d'avion, assurant que Paris respectait « pleinement la souveraineté du Mali ». La "
    "délégation doit aussi rencontrer des représentants de la société civile et des "
    "entrepreneurs français installés à Bamako.\n\n"
    "Selon une source diplomatique, la question des visas, suspendus depuis deux ans, sera au "
    "cœur des discussions de mardi, avant une conférence de presse commune prévue en fin de "
    "journée au ministère malien des Affaires étrangères."
)
EXPULSION = (
    "Le gouvernement malien a ordonné jeudi l'expulsion de l'ambassadeur de France à Bamako, "
    "accusé d'avoir tenu des propos « hostiles et outrageants » envers les autorités de la "
    "transition. Le ministre malien des Affaires étrangères, Abdoulaye Diop, a convoqué le "
    "diplomate dans la matinée pour lui notifier qu'il disposait de soixante-douze heures pour "
    "quitter le territoire.\n\n"
    "À Paris, le ministre français des Affaires étrangères, Jean-Noël Barrot, a dénoncé une "
    "décision « injustifiée » et annoncé que la France en tirerait les conséquences, sans "
    "préciser lesquelles. Le Quai d'Orsay a convoqué dans la foulée le chargé d'affaires malien.\n\n"
    "Cette crise intervient après plusieurs mois de tensions entre les deux pays, marquées par "
    "la suspension des vols directs et le gel de plusieurs programmes de coopération culturelle "
    "et universitaire."
)
VISIT_EN = (
    "French Foreign Minister Jean-Noël Barrot arrived in Bamako on Monday for a two-day visit, "
    "the first by a member of the French government to Mali since the departure of the troops "
    "of Operation Barkhane. He was received by his Malian counterpart, Abdoulaye Diop, with whom "
    "he discussed the resumption of consular cooperation and the fate of French nationals "
    "detained in the country.\n\n"
    "\"We want to turn the page on misunderstandings,\" Mr Barrot said as he stepped off the "
    "plane, assuring that Paris \"fully respected the sovereignty of Mali\". The delegation is "
    "also due to meet representatives of civil society and French entrepreneurs based in Bamako.\n\n"
    "According to a diplomatic source, the question of visas, suspended for two years, will be "
    "at the heart of Tuesday's talks, before a joint press conference scheduled at the end of "
    "the day at the Malian foreign ministry."
)
SHORT_WIRE = (
    "Le Niger a annoncé mercredi la fermeture de sa frontière avec le Bénin jusqu'à nouvel ordre, "
    "invoquant des « menaces sécuritaires » le long du fleuve. Les autorités de Niamey accusent "
    "leur voisin d'abriter des bases étrangères, ce que Cotonou dément. Les transporteurs "
    "routiers redoutent de nouvelles pénuries sur les marchés de la capitale."
)
LONG_FEATURE = (
    "Dans la région, les tensions entre voisins ne cessent de monter depuis le début de l'année, "
    "et les échanges commerciaux en paient le prix. Les commerçants de Malanville disent avoir "
    "perdu la moitié de leur clientèle en quelques mois, et les camions s'alignent pendant des "
    "kilomètres aux abords du poste de contrôle.\n\n" + SHORT_WIRE + "\n\n"
    "Au port de Cotonou, les conteneurs destinés au Niger s'accumulent, selon plusieurs "
    "transitaires interrogés par notre correspondant. Certains ont choisi de détourner leurs "
    "marchandises par le Togo et le Burkina Faso, au prix de plusieurs jours de route "
    "supplémentaires et de frais de transport qui ont presque doublé."
)


def article(ident: str, body: str, published: str | None = None) -> Article:
    return Article(id=ident, source=f"{ident}.txt", raw=body, body=body, published=published)


def run(*articles: Article, config: Config | None = None) -> dict[str, Article]:
    ctx = Context(config=config or Config())
    return {a.id: a for a in dedup_batch(list(articles), ctx)}


def test_normalise_unifies_typography_and_accents() -> None:
    french = "« L’État a répondu » — dit-il :  oui"
    english = '"L\'Etat a repondu" - dit-il: OUI'
    assert normalise(french) == normalise(english)
    assert content_hash(french) == content_hash(english)
    assert content_hash(french) != content_hash(french + " non")


def test_exact_copy_points_to_the_earlier() -> None:
    out = run(article("late", VISIT, "2025-03-04"), article("early", VISIT, "2025-03-03"))
    assert out["late"].duplicate_of == "early"
    assert out["late"].duplicate_similarity == 1.0
    assert out["early"].duplicate_of is None


def test_republications_with_light_edits_are_linked() -> None:
    paragraphs = VISIT.split("\n\n")
    edits = {
        "intro": "Voici la dépêche de notre partenaire, publiée ce matin.\n\n" + VISIT,
        "dropped": "\n\n".join(paragraphs[:-1]),
        "quotes": VISIT.replace("« ", '"').replace(" »", '"').replace("’", "'"),
        "clutter": paragraphs[0] + "\n\nA lire aussi : Mali, la junte prolonge la transition\n\n"
        + paragraphs[1] + "\n\nPartager sur Facebook Partager sur X\n\n" + paragraphs[2]
        + "\n\nLes plus lus : Sahel, Niger, Burkina Faso",
    }
    for name, body in edits.items():
        out = run(article("original", VISIT, "2025-03-03"), article(name, body, "2025-03-04"))
        assert out[name].duplicate_of == "original", name
        assert out[name].duplicate_similarity is not None
        assert 0.5 <= out[name].duplicate_similarity <= 1.0, name


def test_short_article_inside_a_longer_one_is_linked() -> None:
    out = run(article("feature", LONG_FEATURE, "2025-05-08"), article("wire", SHORT_WIRE, "2025-05-07"))
    assert out["feature"].duplicate_of == "wire"
    wire, feature = (shingle_hashes(words(normalise(t)), 5) for t in (SHORT_WIRE, LONG_FEATURE))
    sim = exact_similarity(wire, feature, 20)
    assert sim.jaccard < 0.5 <= sim.containment  # Jaccard alone would miss it


def test_same_actors_different_event_are_not_linked() -> None:
    out = run(article("visit", VISIT, "2025-03-03"), article("expulsion", EXPULSION, "2025-03-04"))
    assert out["visit"].duplicate_of is None and out["expulsion"].duplicate_of is None


def test_translation_is_not_a_duplicate() -> None:
    out = run(article("fr", VISIT, "2025-03-03"), article("en", VISIT_EN, "2025-03-03"))
    assert out["en"].duplicate_of is None


def test_earliest_copy_by_date_then_order_seen() -> None:
    out = run(article("a", VISIT), article("b", VISIT, "2025-03-05"), article("c", VISIT, "2025-03-04"),
              article("d", VISIT, "2025-03-04"))
    assert out["c"].duplicate_of is None
    assert {out[k].duplicate_of for k in "abd"} == {"c"}


def test_chain_collapses_to_the_root() -> None:
    paragraphs = VISIT.split("\n\n")
    first = "\n\n".join(paragraphs[:2])
    second = VISIT  # repeats `first` and adds a paragraph
    third = "\n\n".join(paragraphs[1:])  # repeats `second` without the first paragraph
    out = run(article("third", third, "2025-03-05"), article("second", second, "2025-03-04"),
              article("first", first, "2025-03-03"))
    assert out["second"].duplicate_of == "first"
    assert out["third"].duplicate_of == "first"


def test_batches_of_one_run_see_each_other_without_a_store() -> None:
    ctx = Context()
    dedup_batch([article("early", VISIT, "2025-03-03")], ctx)
    later = dedup_batch([article("late", VISIT.replace("« ", '"'), "2025-03-04")], ctx)
    assert later[0].duplicate_of == "early"


def test_stored_corpus_is_searched_and_its_roots_followed() -> None:
    index = MemoryDedupIndex()
    ctx = Context(corpus=index)
    stored = dedup_batch([article("root", VISIT, "2025-03-01"),
                          article("copy", VISIT + " Fin.", "2025-03-02")], ctx)
    assert stored[1].duplicate_of == "root"
    index.add(stored)  # what the store does in the batch transaction
    body = "Dépêche reprise de nos confrères.\n\n" + VISIT
    new = dedup_batch([article("new", body, "2025-03-03"), article("other", EXPULSION, "2025-03-03")], ctx)
    assert new[0].duplicate_of == "root"
    assert new[0].duplicate_similarity is not None and 0.5 <= new[0].duplicate_similarity <= 1.0
    assert new[1].duplicate_of is None


def test_seeds_have_no_duplicates(seeds_dir: Path) -> None:
    seeds = [article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("0*.txt"))]
    assert len(seeds) == 5
    out = run(*seeds)
    assert all(a.duplicate_of is None for a in out.values())
    assert len({a.content_hash for a in out.values()}) == 5


def test_band_hashes_are_stable_and_fit_ubigint() -> None:
    signature = Signer(128).sign(shingle_hashes(words(normalise(VISIT)), 5))
    hashes = band_hashes(signature, 64)
    assert hashes == band_hashes([int(v) for v in signature], 64)
    assert len(hashes) == 64 and all(0 <= h < 2**64 for h in hashes)
    # Fixed across processes and runs: no Python hash(), fixed MinHash seed and scheme.
    assert Signer(128).sign(shingle_hashes(words(normalise("un deux trois quatre cinq six")), 5)).tolist() \
        == Signer(128).sign(shingle_hashes(words(normalise("UN deux trois quatre cinq six")), 5)).tolist()


def test_bad_band_count_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        run(article("a", VISIT), config=Config(dedup=DedupConfig(num_perm=128, bands=30)))


def test_empty_body_is_never_a_near_duplicate() -> None:
    out = run(article("a", ""), article("b", VISIT), article("c", "   "))
    assert out["a"].signature is None and out["b"].duplicate_of is None
    assert out["c"].duplicate_of == "a"  # same (empty) normalised body: an exact copy


text_strategy = st.text(alphabet=st.sampled_from("abcdeéèà «»’'-— \n"), min_size=0, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=text_strategy.filter(lambda t: t.strip() != ""), other=text_strategy)
def test_identical_copy_is_always_a_duplicate(body: str, other: str) -> None:
    out = run(article("first", body, "2025-01-01"), article("other", other, "2025-01-02"),
              article("copy", body, "2025-01-03"))
    assert out["copy"].duplicate_of in {"first", "other"}  # `other` may be a copy too
    for a in out.values():
        assert a.duplicate_similarity is None or 0.0 <= a.duplicate_similarity <= 1.0


@settings(max_examples=40, deadline=None)
@given(a=st.lists(st.integers(0, 2**32 - 1), min_size=128, max_size=128),
       b=st.lists(st.integers(0, 2**32 - 1), min_size=128, max_size=128))
def test_estimated_similarity_in_unit_interval(a: list[int], b: list[int]) -> None:
    sim = estimate_similarity(a, b, 1)
    assert 0.0 <= sim.jaccard <= 1.0 and 0.0 <= sim.containment <= 1.0
    assert estimate_similarity(a, a, 1).jaccard == 1.0


def test_reworded_agency_dispatch_is_linked() -> None:
    """Same facts, paragraphs reordered, the words around names and figures changed."""
    original = (
        "Le gouvernement nigérien a annoncé mardi la réouverture de la frontière avec le Bénin, "
        "fermée depuis quatorze mois, après une réunion des ministres de l'Intérieur des deux pays "
        "à Niamey.\n\n"
        "« Les échanges reprendront dès lundi prochain aux postes de Malanville et de Gaya », a "
        "précisé le ministre Mohamed Toumba devant la presse.\n\n"
        "Les transporteurs routiers, qui réclamaient cette décision depuis des mois, estiment leurs "
        "pertes à plus de 40 milliards de francs CFA."
    )
    rewrite = (
        "« Les échanges reprendront dès lundi prochain aux postes de Malanville et de Gaya », a "
        "déclaré mardi Mohamed Toumba, ministre nigérien de l'Intérieur.\n\n"
        "Niamey a ainsi décidé de rouvrir sa frontière avec le Bénin, fermée depuis quatorze mois, "
        "à l'issue d'une réunion des ministres de l'Intérieur des deux pays.\n\n"
        "Les transporteurs routiers réclamaient cette décision depuis des mois : ils chiffrent "
        "leurs pertes à plus de 40 milliards de francs CFA."
    )
    out = run(article("wire", original, "2025-06-03"), article("rewrite", rewrite, "2025-06-04"))
    assert out["rewrite"].duplicate_of == "wire"
    # Shingles over every word would not link them: the reworded copy shares too few.
    every = (shingle_hashes(words(normalise(t)), 5) for t in (original, rewrite))
    assert exact_similarity(*every, 20).value() < 0.5


def test_content_words_drop_function_words() -> None:
    from veille.stages.dedup import content_words, load_stop_words

    stop = load_stop_words()
    tokens = words(normalise("Le ministre a annoncé que la frontière avec le Bénin rouvrira"))
    assert content_words(tokens, stop) == ["ministre", "annonce", "frontiere", "benin", "rouvrira"]
