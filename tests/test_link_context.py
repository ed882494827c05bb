"""link@8: a bare name of one state's body takes its article's country (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script, write_and_link
from veille.model import Article, Mention, Role
from veille.stages.entities.gazetteer import load
from veille.stages.link import link_articles
from veille.stages.link_context import adjacent_country, article_country, state_body
from veille.store.db import Store

GAZ = load()


def _article(k: int, lead: str, text: str, type_: str = "ORG") -> Article:
    """An article whose body is `lead` then `text`; its mentions: `text` (id before linking
    `org:local-k`) and the countries the gazetteer finds in `lead`."""
    body = f"{lead} {text}" if lead else text
    a = Article(id=f"a{k}", source="s", raw="", body=body)
    a.mentions = [Mention(len(body) - len(text), len(body), text, type_, f"{type_.lower()}:local-{k}")]  # type: ignore[arg-type]
    for mt in GAZ.match(lead):
        if mt.entry.kind == "country":
            a.mentions.append(Mention(mt.start, mt.end, lead[mt.start:mt.end], "LOC", mt.entry.id))
    return a


def _ids(*items: tuple[str, str] | tuple[str, str, str]) -> list[str | None]:
    """(sentence before, name[, type]) per article: each name's final id."""
    articles = [_article(k, lead, text, *rest) for k, (lead, text, *rest) in enumerate(items)]
    link_articles(articles, GAZ)
    return [a.mentions[0].entity for a in articles]


def test_two_countries_bodies_named_alike_are_two_referents() -> None:
    benin, togo = _ids(("Les députés du Bénin ont voté.", "Assemblée nationale"),
                       ("Les députés du Togo ont voté.", "Assemblée nationale"))
    assert benin != togo
    # across languages, the same country's body is one referent
    fr, en = _ids(("Les députés du Bénin ont voté.", "Assemblée nationale"),
                  ("Lawmakers in Benin voted.", "National Assembly"))
    assert fr == en
    # near miss: with two countries' assemblies in the corpus, one naming no country is neither's
    benin, togo, none = _ids(("Les députés du Bénin ont voté.", "Assemblée nationale"),
                             ("Les députés du Togo ont voté.", "Assemblée nationale"),
                             ("Les députés ont voté.", "National Assembly"))
    assert len({benin, togo, none}) == 3


def test_a_name_with_no_country_joins_the_one_country_s_body() -> None:
    # link@8b: an article that names no country ("ridings", no place the gazetteer knows) names
    # the party the other articles place: the corpus has one such party, nothing splits it
    canada, none = _ids(("Les électeurs du Canada ont voté.", "Parti libéral"),
                        ("Les électeurs de trois circonscriptions ont voté.", "Parti libéral"))
    assert canada == none
    # across languages and forms too, and whichever article comes first
    none, en = _ids(("Les électeurs ont voté.", "Parti libéral"), ("Voters in Canada went to the polls.", "Liberal Party"))
    assert none == en
    # with no country anywhere, the bare names are one referent, as before link@8
    a, b = _ids(("Les députés ont voté.", "Assemblée nationale"), ("Lawmakers voted.", "National Assembly"))
    assert a == b


def test_a_name_with_no_country_is_ambiguous_between_two_countries_bodies() -> None:
    # two countries' parties named alike: an article naming neither could be either's
    canada, australia, none = _ids(("Les électeurs du Canada ont voté.", "Parti libéral"),
                                   ("Voters in Australia went to the polls.", "Liberal Party"),
                                   ("Les électeurs ont voté.", "Parti libéral"))
    assert len({canada, australia, none}) == 3
    # a second country's qualified variant is enough to make it ambiguous
    a = Article(id="q", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Parti libéral d'Australie", "ORG", "org:pl-australie")]
    b = _article(1, "Les électeurs du Canada ont voté.", "Parti libéral")
    c = _article(2, "Les électeurs ont voté.", "Parti libéral")
    link_articles([a, b, c], GAZ)
    ids = [a.mentions[0].entity, b.mentions[0].entity, c.mentions[0].entity]
    assert len(set(ids)) == 3
    # near miss: the one qualified variant of the one country the corpus names is the name's
    a.mentions = [Mention(0, 1, "Parti libéral du Canada", "ORG", "org:pl-canada")]
    b = _article(1, "Les électeurs du Canada ont voté.", "Parti libéral")
    c = _article(2, "Les électeurs ont voté.", "Parti libéral")
    link_articles([a, b, c], GAZ)
    assert a.mentions[0].entity == b.mentions[0].entity == c.mentions[0].entity


def test_a_name_with_no_country_joins_no_variant_with_a_modifier_more() -> None:
    # "Social Democratic Party" is one lexicon word more than "Democratic Party": with a country
    # neither article shares, the modifier may name another party
    sdp, dp = _ids(("Voters in Germany went to the polls.", "Social Democratic Party"),
                   ("Voters went to the polls.", "Democratic Party"))
    assert sdp != dp
    # near miss: the bare names of that one country are the name's
    de, none = _ids(("Voters in Germany went to the polls.", "Social Democratic Party"),
                    ("Voters went to the polls.", "Social Democratic Party"))
    assert de == none


def test_names_with_no_country_join_each_other_even_where_two_countries_bodies_exist() -> None:
    benin, togo, a, b = _ids(("Les députés du Bénin ont voté.", "Assemblée nationale"),
                             ("Les députés du Togo ont voté.", "Assemblée nationale"),
                             ("Les députés ont voté.", "Assemblée nationale"),
                             ("Lawmakers voted.", "National Assembly"))
    assert a == b and len({benin, togo, a}) == 3


def test_a_name_with_a_country_never_joins_another_country_s_variant() -> None:
    a = Article(id="q", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Parti libéral d'Australie", "ORG", "org:pl-australie")]
    b = _article(1, "Les électeurs du Canada ont voté.", "Parti libéral")
    link_articles([a, b], GAZ)
    assert a.mentions[0].entity != b.mentions[0].entity


def test_the_article_s_qualified_variant_gives_the_country() -> None:
    # the article names Cameroon more, but it qualifies the court as Gabon's
    a = Article(id="a0", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Cour constitutionnelle du Gabon", "ORG", "org:cc-gabon"),
                  Mention(2, 3, "Cameroun", "LOC", "Q1009"), Mention(4, 5, "Cameroun", "LOC", "Q1009"),
                  Mention(6, 7, "Cour constitutionnelle", "ORG", "org:cc")]
    b = _article(1, "Crowds gathered in Cameroon.", "Constitutional Court")
    link_articles([a, b], GAZ)
    assert a.mentions[0].entity == a.mentions[3].entity != b.mentions[0].entity


def test_bodies_spanning_states_keep_no_country() -> None:
    assert not state_body("g:cup world") and not state_body("g:league nation")
    assert not state_body("g:african bank central states west")
    assert state_body("g:constitutional court") and state_body("g:green party")
    fr, en = _ids(("Le Canada jouera.", "Coupe du monde", "MISC"), ("France will play.", "World Cup", "MISC"))
    assert fr == en


def test_article_country_counts_a_country_named_outright_twice() -> None:
    a = _article(0, "In Chad, Chadian and Malian troops met; Malian officers said.", "Defence Ministry")
    assert article_country(a, GAZ) == "Q657"  # Chad: named (2) and a demonym (1), Mali: 2 demonyms
    tie = _article(1, "Chad and Mali signed.", "Defence Ministry")
    assert article_country(tie, GAZ) is None
    assert article_country(_article(2, "", "Defence Ministry"), GAZ) is None
    # a city the unlisted world.jsonl places in a country, found in the text with no mention of
    # it (English articles with entities.english_names off); inside a person's name it is not
    city = _article(3, "Officials in Ottawa said so.", "Defence Ministry")
    assert article_country(city, GAZ) == "Q16"
    person = _article(4, "Ottawa Jones said so.", "Defence Ministry")
    person.mentions.append(Mention(0, 11, "Ottawa Jones", "PER", "per:ottawa-jones"))
    assert article_country(person, GAZ) is None


def test_the_acronym_and_the_roles_of_a_body_follow_its_country() -> None:
    a = Article(id="a0", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Commission électorale nationale", "ORG", "org:cen"),
                  Mention(2, 3, "CEN", "ORG", "org:cen"),
                  Mention(4, 5, "Niger", "LOC", "Q1032"),
                  Mention(6, 7, "Ama Kodjo", "PER", "per:ama-kodjo", Role("présidente", "org:cen", None))]
    entities = link_articles([a], GAZ)
    assert a.mentions[0].entity == a.mentions[1].entity
    person = next(e for e in entities if e.name == "Ama Kodjo")
    assert [r.of for r in person.roles] == [a.mentions[0].entity]


def test_link8_state_body_words_translate() -> None:
    same = [
        (("Lawmakers in Ghana met.", "Liberal Party"), ("Au Ghana, les élus ont voté.", "Parti libéral")),
        (("France won.", "France national team"), ("La France a gagné.", "équipe de France")),
        (("France won.", "French national football team"), ("La France a gagné.", "équipe de France de football")),
        (("Talks in Chad.", "Foreign Ministry"), ("Des pourparlers au Tchad.", "ministère des Affaires étrangères")),
        (("Voters in Chad.", "Election Commission"), ("Les électeurs du Tchad.", "Commission électorale")),
        (("", "Paris Criminal Court"), ("", "tribunal correctionnel de Paris")),
        (("A report in France.", "Court of Auditors"), ("Un rapport en France.", "Cour des comptes")),
        (("Troops in France.", "Ministry of the Armed Forces"), ("Des soldats en France.", "ministère des Armées")),
        (("Voters in Peru.", "People's Party"), ("Au Pérou, les électeurs.", "Parti populaire")),
    ]
    for en, fr in same:
        a, b = _ids(en, fr)
        assert a == b, (en, fr)
    # near misses: another body of the same country
    different = [
        (("Voters in Ghana.", "Labour Party"), ("Au Ghana, les électeurs.", "Parti conservateur")),
        (("Talks in Chad.", "Foreign Ministry"), ("Des pourparlers au Tchad.", "ministère de l'Intérieur")),
        (("Voters in Peru.", "Democratic Party"), ("Voters in Peru.", "Republican Party")),
        (("France won.", "France national team"), ("Le Mali a gagné.", "équipe du Mali")),
    ]
    for x, y in different:
        a, b = _ids(x, y)
        assert a != b, (x, y)


def test_incremental_runs_keep_two_countries_bodies_apart(tmp_path: Path) -> None:
    make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus
    articles = make_corpus(count=40, stories=8, seed=7)
    names = {0: ("Assemblée nationale", "Q962"), 1: ("National Assembly", "Q962"),
             38: ("Assemblée nationale", "Q945"), 39: ("National Assembly", "Q945")}
    for k, (text, country) in names.items():
        articles[k].mentions.append(Mention(0, len(text), text, "ORG", f"org:z{k}"))
        articles[k].mentions.append(Mention(0, 4, "Pays", "LOC", country))
    with Store.open(tmp_path / "s.duckdb") as store:
        write_and_link(store, articles[:20], "r1")
        write_and_link(store, articles[20:], "r2")
        rows = store.con.execute("SELECT article, entity FROM mentions WHERE text IN "
                                 "('Assemblée nationale', 'National Assembly')").fetchall()
    by_article = dict(rows)
    ids = [by_article[articles[k].id] for k in (0, 1, 38, 39)]
    assert ids[0] == ids[1] != ids[2] == ids[3]  # Benin's in two languages, Togo's in two


def test_a_country_s_formal_name_is_the_country() -> None:
    a = Article(id="a0", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Royaume du Maroc", "LOC", "loc:royaume-du-maroc"),
                  Mention(2, 3, "Kingdom of Morocco", "ORG", "org:kingdom-of-morocco"),
                  Mention(4, 5, "Islamic Republic of Iran", "LOC", "loc:iri"),
                  # near misses: another word, a subdivision, a sports body
                  Mention(6, 7, "Fifth Republic", "MISC", "misc:fifth-republic"),
                  Mention(8, 9, "Niger State", "LOC", "loc:niger-state"),
                  Mention(10, 11, "Fédération de Russie de judo", "ORG", "org:frj")]
    link_articles([a], GAZ)
    ids = [m.entity for m in a.mentions]
    assert ids[0] == ids[1] == GAZ.lookup("Maroc").id  # type: ignore[union-attr]
    assert ids[2] == GAZ.lookup("Iran").id  # type: ignore[union-attr]
    assert ids[3:] == ["misc:fifth-republic", "loc:niger-state", "org:federation-de-russie-de-judo"]


def test_letters_and_digits_written_apart_or_together_are_one_name() -> None:
    a, b = _ids(("", "COP29", "MISC"), ("", "COP 29", "MISC"))
    assert a == b
    a, b = _ids(("", "Sommet du G7", "MISC"), ("", "Sommet du G 7", "MISC"))
    assert a == b
    a, b = _ids(("", "COP29", "MISC"), ("", "COP 28", "MISC"))
    assert a != b  # near miss: another number


def test_incremental_runs_join_letters_and_digits_written_apart(tmp_path: Path) -> None:
    make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus
    articles = make_corpus(count=40, stories=8, seed=9)
    articles[0].mentions.append(Mention(0, 5, "COP29", "MISC", "misc:cop29"))
    articles[39].mentions.append(Mention(0, 6, "COP 29", "MISC", "misc:cop-29"))
    with Store.open(tmp_path / "s.duckdb") as store:
        write_and_link(store, articles[:20], "r1")
        write_and_link(store, articles[20:], "r2")
        rows = store.con.execute("SELECT DISTINCT entity FROM mentions WHERE text IN ('COP29', 'COP 29')").fetchall()
    assert len(rows) == 1


def test_incremental_runs_join_a_name_with_no_country_to_the_one_country_s_body(tmp_path: Path) -> None:
    # link@8b: a name with no country arriving in a later run finds the stored one country's
    # body; once a second country's arrives, the names with none are neither's, as a run over
    # the whole corpus would have them
    make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus
    articles = make_corpus(count=40, stories=8, seed=5)
    names = {0: ("Parti libéral", "Q16"), 21: ("Parti libéral", None),
             22: ("Liberal Party", "Q408"), 23: ("Liberal Party", None)}
    for k, (text, country) in names.items():
        articles[k].mentions.append(Mention(0, len(text), text, "ORG", f"org:w{k}"))
        if country:
            articles[k].mentions.append(Mention(0, 4, "Pays", "LOC", country))

    def ids(store: Store) -> dict[str, str]:
        rows = store.con.execute("SELECT article, entity FROM mentions WHERE text IN "
                                 "('Parti libéral', 'Liberal Party')").fetchall()
        return dict(rows)

    with Store.open(tmp_path / "s.duckdb") as store:
        write_and_link(store, articles[:20], "r1")
        write_and_link(store, articles[20:22], "r2")
        first = ids(store)
        write_and_link(store, articles[22:], "r3")
        after = ids(store)
    assert first[articles[0].id] == first[articles[21].id]  # one country's party: the name's
    canada, none, australia, later = (after[articles[k].id] for k in (0, 21, 22, 23))
    assert none == later and len({canada, australia, none}) == 3


def _with_people(article: Article, *people: tuple[str, str]) -> Article:
    """`article` with a mention of each (name, gazetteer id) person, at the end of its body."""
    for name, ident in people:
        start = len(article.body or "")
        article.body = f"{article.body} {name}"
        article.mentions.append(Mention(start + 1, start + 1 + len(name), name, "PER", ident))
    return article


MACRON, SCHOLZ = "Q3052772", "Q61053"  # curated.jsonl (an office of France), leaders.jsonl (head_of Germany)


def test_office_country_reads_offices_and_the_leaders_countries() -> None:
    from veille.stages.link_context import office_country
    assert office_country(MACRON, GAZ) == "Q142"
    assert office_country(SCHOLZ, GAZ) == "Q183"  # a hand-written leader, head_of from the tables
    # near misses: a person with no office, a place, an unknown id
    assert office_country("per:marco-rubio", GAZ) is None
    assert office_country("Q142", GAZ) is None and office_country("per:nobody", GAZ) is None


def test_article_country_falls_back_on_the_leaders_it_names() -> None:
    # link@21: no place named (France only inside a party's name): its leader says the country
    leader = _with_people(_article(0, "Le chef de l'Etat a parlé.", "Assemblée nationale"), ("Emmanuel Macron", MACRON))
    assert article_country(leader, GAZ) == "Q142"
    # near miss: a leader abroad, where the host's places lead, does not override them
    abroad = _with_people(_article(1, "Au Maroc, visite d'Etat.", "Assemblée nationale"), ("Emmanuel Macron", MACRON))
    assert article_country(abroad, GAZ) == "Q1028"
    # near miss: two countries' leaders and no place: neither leads
    both = _with_people(_article(2, "Sommet.", "Assemblée nationale"), ("Emmanuel Macron", MACRON),
                        ("Olaf Scholz", SCHOLZ))
    assert article_country(both, GAZ) is None


def test_a_bare_assembly_follows_its_article_s_country_when_two_countries_have_one() -> None:
    # a Quebec article's "National Assembly" (Quebec, a region of Canada) and a French article's
    # bare "Assemblée nationale" whose text names no place but France's president: two referents,
    # each joining its own country's articles
    quebec_full = Article(id="qf", source="s", raw="", body="")
    quebec_full.mentions = [Mention(0, 1, "Assemblée nationale du Québec", "ORG", "org:anq")]
    quebec = _article(1, "Premier Legault spoke in Quebec.", "National Assembly")
    france = _article(2, "Les députés de France ont voté.", "Assemblée nationale")
    leader = _with_people(_article(3, "Le chef de l'Etat a parlé.", "Assemblée nationale"), ("Emmanuel Macron", MACRON))
    english = _article(4, "French lawmakers met in Paris.", "National Assembly")
    arts = [quebec_full, quebec, france, leader, english]
    link_articles(arts, GAZ)
    qf, q, fr, ld, en = (a.mentions[0].entity for a in arts)
    assert qf == q  # the Quebec article keeps Quebec's
    assert fr == ld == en != q  # the French article's bare name stays France's, across languages
    # near miss: with no leader either, the bare name is neither country's (link@8b)
    quebec_full.mentions = [Mention(0, 1, "Assemblée nationale du Québec", "ORG", "org:anq")]
    quebec = _article(1, "Premier Legault spoke in Quebec.", "National Assembly")
    france = _article(2, "Les députés de France ont voté.", "Assemblée nationale")
    none = _article(3, "Le chef de l'Etat a parlé.", "Assemblée nationale")
    link_articles([quebec_full, quebec, france, none], GAZ)
    assert len({quebec.mentions[0].entity, france.mentions[0].entity, none.mentions[0].entity}) == 3


def test_an_article_naming_both_countries_assemblies_keeps_two() -> None:
    a = Article(id="a0", source="s", raw="", body="")
    a.mentions = [Mention(0, 1, "Assemblée nationale du Québec", "ORG", "org:anq"),
                  Mention(2, 3, "Assemblée nationale française", "ORG", "org:anf"),
                  Mention(4, 5, "France", "LOC", "Q142"), Mention(6, 7, "France", "LOC", "Q142")]
    b = _article(1, "Les députés de France ont voté.", "Assemblée nationale")
    link_articles([a, b], GAZ)
    quebec, french = a.mentions[0].entity, a.mentions[1].entity
    assert quebec != french and b.mentions[0].entity == french


def _spans(k: int, body: str, *names: tuple[str, str]) -> Article:
    """An article of `body` whose mentions are each (text, id before linking) at its first
    occurrence after the previous one's, and the countries the gazetteer finds in the body."""
    a = Article(id=f"b{k}", source="s", raw="", body=body)
    at = 0
    for text, local in names:
        start = body.index(text, at)
        a.mentions.append(Mention(start, start + len(text), text, "ORG", local))
        at = start + len(text)
    for mt in GAZ.match(body):
        if mt.entry.kind == "country":
            a.mentions.append(Mention(mt.start, mt.end, body[mt.start:mt.end], "LOC", mt.entry.id))
    return a


def test_link22_a_country_written_against_a_bare_name_qualifies_that_mention() -> None:
    # an English article naming two countries' interior ministries bare, each after its country's
    # genitive; two French articles, each about one of the two countries
    en = _spans(0, "Italy's Interior Ministry answered France's Interior Ministry on Monday.",
                ("Interior Ministry", "org:interior-ministry"), ("Interior Ministry", "org:interior-ministry"))
    fr_it = _spans(1, "À Rome, en Italie, le ministère de l'Intérieur a répondu.",
                   ("ministère de l'Intérieur", "org:ministere-de-l-interieur"))
    fr_fr = _spans(2, "En France, le ministère de l'Intérieur a répondu lundi.",
                   ("ministère de l'Intérieur", "org:ministere-de-l-interieur"))
    link_articles([en, fr_it, fr_fr], GAZ)
    italy, france = en.mentions[0].entity, en.mentions[1].entity
    assert italy != france
    assert italy == fr_it.mentions[0].entity and france == fr_fr.mentions[0].entity


def test_link22_a_french_demonym_after_the_name_is_its_country() -> None:
    # an article datelined in Italy that names France's ministry with the adjective after it
    fr = _spans(0, "Rome, Italie. Le ministère de l'Intérieur français a critiqué l'Italie et Rome.",
                ("ministère de l'Intérieur", "org:ministere-de-l-interieur"))
    en = _spans(1, "In France, the Interior Ministry said on Monday.", ("Interior Ministry", "org:interior-ministry"))
    it = _spans(2, "In Italy, the Interior Ministry said on Monday.", ("Interior Ministry", "org:interior-ministry"))
    link_articles([fr, en, it], GAZ)
    assert fr.mentions[0].entity == en.mentions[0].entity != it.mentions[0].entity


def test_link22_only_a_qualifier_written_against_the_name_counts() -> None:
    # near misses: a demonym after another word, after a comma, or a lowercase word before the name
    body = "the Interior Ministry said French citizens"
    start = body.index("Interior")
    assert adjacent_country(body, start, start + len("Interior Ministry"), GAZ) is None
    body = "le ministère de l'Intérieur, italien de naissance"
    assert adjacent_country(body, 3, 3 + len("ministère de l'Intérieur"), GAZ) is None
    body = "the french Interior Ministry"
    assert adjacent_country(body, 11, len(body), GAZ) is None
    body = "l'Assemblée nationale française"
    assert adjacent_country(body, 2, 2 + len("Assemblée nationale"), GAZ) == "Q142"
    body = "the Italian Interior Ministry"
    assert adjacent_country(body, 12, len(body), GAZ) == "Q38"
