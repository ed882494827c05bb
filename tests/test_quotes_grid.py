"""Quotes stage (issue 18): a grid of the ways English and French news attribute speech, each
with the speaker it must resolve to, and near misses (titles of works, scare quotes) that are
no quotes. Written for these tests from general knowledge of wire and newspaper style; none
comes from the evaluation corpus. Names are invented or public figures in invented sentences."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_quotes_grammar import quotes

P, ORG = "PER", "ORG"
MJ = {"Mary Jones": (P, "mj")}
MD = {"Marie Dupont": (P, "md")}

# (text, lang, names, [(snippet of the quote, speaker id or a word of the speaker text)], [snippets of no quote])
Case = tuple[str, str, dict[str, tuple[str, str]], list[tuple[str, str]], list[str]]

ENGLISH: list[Case] = [
    ('"We will not back down from this fight," the minister said.', "en", {}, [("not back down", "the minister")], []),
    ('"We will not back down from this fight," said the minister.', "en", {}, [("not back down", "the minister")], []),
    ('John Smith arrived late. "We will not back down from this fight," he said.', "en", {"John Smith": (P, "js")},
     [("not back down", "js")], []),
    ('"The economy is growing faster than expected," said Mary Jones, the head of the central bank.', "en", MJ,
     [("economy is growing", "mj")], []),
    ("Mary Jones said on Tuesday that the economy was growing faster than expected.", "en", MJ,
     [("economy was growing", "mj")], []),
    ("Mary Jones said Monday that the vote had been rigged by the ruling party.", "en", MJ,
     [("vote had been rigged", "mj")], []),
    ("Mary Jones said Friday's vote had been rigged by the ruling party.", "en", MJ, [("vote had been rigged", "mj")], []),
    ("Mary Jones told reporters the economy was growing faster than expected.", "en", MJ,
     [("economy was growing", "mj")], []),
    ("Mary Jones told Reuters that the economy was growing faster than expected.", "en",
     {**MJ, "Reuters": (ORG, "reu")}, [("economy was growing", "mj")], []),
    ("The economy is growing faster than expected, according to Mary Jones.", "en", MJ,
     [("economy is growing", "mj")], []),
    ("Mary Jones warned that inflation could return within a year.", "en", MJ, [("inflation could return", "mj")], []),
    ("Mary Jones insisted that the bank had done nothing wrong.", "en", MJ, [("bank had done nothing", "mj")], []),
    ("Medics said at least 30 people were killed in the strikes overnight.", "en", {},
     [("at least 30 people", "Medics")], []),
    # a quote over two paragraphs: the second opens with a mark and names no one
    ('"We are watching prices very closely," said Mary Jones, the central bank governor.\n'
     '"We will act if we need to, and we will act quickly. Nobody should doubt that."', "en", MJ,
     [("watching prices", "mj"), ("act if we need", "mj")], []),
    ('"We did everything we could for them," Mary Jones said after the meeting ended.', "en", MJ,
     [("did everything we could", "mj")], []),
    ('Mary Jones left the court. "We did everything we could for them," she said Monday as she left.', "en", MJ,
     [("did everything we could", "mj")], []),
    # a pronoun: the last person of its gender
    ('Mary Jones met Peter Brown in Paris. "The talks went well and we agreed on a plan," she said.', "en",
     {**MJ, "Peter Brown": (P, "pb")}, [("talks went well", "mj")], []),
    ('Mary Jones met Peter Brown in Paris. "The talks went well and we agreed on a plan," he said.', "en",
     {**MJ, "Peter Brown": (P, "pb")}, [("talks went well", "pb")], []),
    # a person named inside a quote is not the subject a later pronoun refers to
    ('President Donald Trump praised the deal. "Thank you Tim Cook and Apple!" he wrote.', "en",
     {"Donald Trump": (P, "dt"), "Tim Cook": (P, "tc")}, [("Thank you", "dt")], []),
    ('"The ceasefire is holding in most areas," a spokesperson for the United Nations said.', "en",
     {"United Nations": (ORG, "un")}, [("ceasefire is holding", "spokesperson")], []),
    ('"The deal is almost done," a source close to the matter said.', "en", {}, [("almost done", "source close")], []),
    ("Peter Brown wrote on X that the election had been stolen from his party.", "en", {"Peter Brown": (P, "pb")},
     [("election had been stolen", "pb")], []),
    ('"The border will reopen next week," the foreign ministry said in a statement.', "en", {},
     [("border will reopen", "ministry")], []),
    # a body a nationality names speaks for its country; a portfolio word is no person's title
    ("The Cambodian defence ministry said in a statement that Thai soldiers had fired first.", "en", {},
     [("soldiers had fired", "Q424")], []),
    ('Officials said the fire was under control. "We expect to reopen the road by tonight," they said.', "en", {},
     [("reopen the road", "Officials")], []),
    ("On Tuesday, Apple said it would invest heavily in new factories. The company said the first plant would open in Texas.",
     "en", {}, [("first plant would open", "Apple")], []),
    # another word of the full name than the last: Thai, Ethiopian, Malay naming
    ('Thai Prime Minister Paetongtarn Shinawatra met the army chief. "We will protect our sovereignty," '
     "Paetongtarn told reporters.", "en", {"Paetongtarn Shinawatra": (P, "ps")}, [("protect our sovereignty", "ps")],
     []),
    # an unnamed person as the subject is what a later pronoun refers to
    ('Mary Jones left the meeting early. A Western diplomat described the situation as very worrying. "The country '
     'is sinking into isolation," he said.', "en", MJ, [("sinking into isolation", "diplomat")], []),
    # a sentence-initial participle with a pronoun object is an adverbial, not the speaker
    ('Sentencing him at the Old Bailey, Judge Sarah Whitehouse said the crime had shocked the whole nation.', "en",
     {"Old Bailey": (P, "ob"), "Sarah Whitehouse": (P, "sw")}, [("crime had shocked", "sw")], []),
    # a person referred back to by nationality or age; the subject is the phrase before the verb
    ('Manchester City manager Pep Guardiola met the press. The Spaniard said striker Erling Haaland was fit to play. '
     '"Erling trained well this week and he is ready," he said.', "en",
     {"Pep Guardiola": (P, "pg"), "Erling Haaland": (P, "eh")},
     [("Haaland was fit", "pg"), ("trained well", "pg")], []),
    ('Liverpool manager Arne Slot was cautious. "City are still one of the best teams in the world," the Dutchman '
     "said.", "en", {"Arne Slot": (P, "as")}, [("best teams", "as")], []),
    ('Mary Jones was released on bail. "I have done nothing wrong and I will prove it," the 54-year-old told '
     "reporters.", "en", MJ, [("done nothing wrong", "mj")], []),
    # near miss: "the French" are a people, not the person named before
    ('Mary Jones met the envoys. "We will not sign this agreement as it stands," the French said.', "en", MJ,
     [("will not sign", "the French")], []),
    # a person's office speaks for them; a definite noun of the unnamed source is that source
    ("The office of Japanese Prime Minister Shigeru Ishiba said he had spoken with the president by phone.", "en",
     {"Shigeru Ishiba": (P, "si")}, [("spoken with the president", "si")], []),
    ("Prime Minister Shigeru Ishiba flew home. Ishiba's office said the two leaders agreed to continue talks.", "en",
     {"Shigeru Ishiba": (P, "si")}, [("agreed to continue", "si")], []),
    ('A White House official, who spoke on condition of anonymity, said the president was calm. "He has been very '
     'clear about this," the official said.', "en", {}, [("very clear", "White House official")], []),
    # near miss: someone close to a person is not that person
    ("A person close to Shigeru Ishiba said the two leaders agreed to continue talks.", "en",
     {"Shigeru Ishiba": (P, "si")}, [("agreed to continue", "person close")], []),
    # quotes listed one a line under the line that names who says them, with or without a reporting verb
    ('In a statement, Mary Jones set out three demands:\n- "An immediate ceasefire across the whole region";\n'
     '- "The release of all the hostages held since March".', "en", MJ,
     [("immediate ceasefire", "mj"), ("release of all the hostages", "mj")], []),
    # a sentence of its own in marks is a quote however short
    ('Mary Jones said: "We are ready."', "en", MJ, [("We are ready", "mj")], []),
    ('"It is a disgrace," said Mary Jones, a nurse from Leeds. "Nobody cares about us."', "en", MJ,
     [("It is a disgrace", "mj"), ("Nobody cares", "mj")], []),
    # a name before a title modifies it: the speaker is the name after the title
    ('"The occupation is trying to mislead the world," senior Hamas official Basem Naim told Reuters.', "en",
     {"Hamas": (P, "hamas"), "Basem Naim": (P, "bn")}, [("mislead the world", "bn")], []),
    # near misses: titles of works and scare quotes
    ('Her new book, "The Long Road Home", was published last year.', "en", {}, [], ["Long Road Home"]),
    ('The so-called "reform" was rejected by parliament on Monday.', "en", {}, [], ["reform"]),
    ('In his memoir "A Promised Land," Barack Obama writes that he never expected to win.', "en",
     {"Barack Obama": (P, "bo")}, [("never expected to win", "bo")], ["Promised Land"]),
    ('In an interview with "60 Minutes," Mary Jones said the bank would act.', "en", MJ, [], ["60 Minutes"]),
    ('He was nicknamed "the Bulldozer" by his rivals in parliament.', "en", {}, [], ["Bulldozer"]),
]

FRENCH: list[Case] = [
    ("« Nous ne céderons pas sur ce point », a déclaré le ministre.", "fr", {}, [("ne céderons pas", "le ministre")],
     []),
    ("Selon Marie Dupont, la situation sanitaire reste préoccupante dans le pays.", "fr", MD,
     [("situation sanitaire", "md")], []),
    ("Marie Dupont a affirmé que la situation sanitaire restait préoccupante dans le pays.", "fr", MD,
     [("situation sanitaire", "md")], []),
    ("Marie Dupont a reçu les syndicats. « La situation reste préoccupante dans le pays », poursuit-elle.", "fr",
     MD, [("situation reste", "md")], []),
    ("« La situation reste préoccupante dans tout le pays », selon une source proche du dossier.", "fr", {},
     [("situation reste", "source proche")], []),
    ("« Le pays est prêt à négocier sans conditions »,a affirmé, mardi 4 mars, la ministre.", "fr", {},
     [("prêt à négocier", "la ministre")], []),
    ("« Nous irons jusqu'au bout de cette réforme », a-t-on appris auprès de l'Élysée.", "fr",
     {"Élysée": (ORG, "ely")}, [("jusqu'au bout", "ely")], []),
    # "il" where the only person marked is a woman: the man named after her
    ("Marie Dupont a rencontré Jean Martin à Paris. « Les discussions ont été franches et utiles », a-t-il déclaré.",
     "fr", {**MD, "Jean Martin": (P, "jm")}, [("discussions ont été", "jm")], []),
    ("Jean Martin a quitté la réunion. Un diplomate occidental a jugé la situation très préoccupante. « Le pays "
     "s'enfonce dans l'isolement », confie-t-il.", "fr", {"Jean Martin": (P, "jm")}, [("isolement", "diplomate")], []),
    ("Le sélectionneur Ronald Koeman a répondu aux journalistes. « Nous avons manqué de réalisme devant le but », "
     "a regretté le Néerlandais.", "fr", {"Ronald Koeman": (P, "rk")}, [("manqué de réalisme", "rk")], []),
    # a participle and a colon introduce a quote by the main clause's subject, however the parser hangs it
    ("Le chef de l'ONU, Antonio Guterres, a félicité les négociateurs d'avoir trouvé un terrain d'entente, notant : "
     "« Vous avez montré que le multilatéralisme peut trouver un chemin à travers les questions les plus "
     "difficiles. »", "fr", {"Antonio Guterres": (P, "ag")}, [("Vous avez montré", "ag")], []),
    ("Dans son discours, Marie Dupont a fixé trois priorités :\n- « Rétablir l'ordre dans les quartiers les plus "
     "touchés » ;\n- « Réduire la dette publique avant la fin du mandat ».", "fr", MD,
     [("Rétablir l'ordre", "md"), ("Réduire la dette", "md")], []),
    # near miss: a list of titles under a line with a verb
    ("Elle a publié « Les Années sombres de la République » chez Gallimard.", "fr", {}, [], ["Années sombres"]),
    ("Elle a publié sur X : « Les Années sombres de la République sont derrière nous. »", "fr", {},
     [("Années sombres", "Elle")], []),
    ("Le jury a retenu trois films :\n- « Les Choses de la vie » ;\n- « La Nuit américaine ».", "fr", {}, [],
     ["Choses de la vie", "Nuit américaine"]),
    ("Marie Dupont a déclaré : « Nous ne céderons pas sur ce point. »\n"
     "« Les Français attendent des résultats concrets et rapides. »", "fr", MD,
     [("ne céderons pas", "md"), ("Français attendent", "md")], []),
    ("Son dernier roman, « La Nuit des longs couteaux », est sorti en mars.", "fr", {}, [], ["Nuit des"]),
    ("Cette « réforme » a été rejetée par le Parlement lundi.", "fr", {}, [], ["réforme"]),
    ("Dans son livre « Le Temps des tempêtes », Marie Dupont affirme qu'elle n'a jamais voulu ce poste.", "fr", MD,
     [("jamais voulu", "md")], ["Temps des"]),
    ("Le film « Les Choses de la vie », a rappelé Marie Dupont, a marqué toute une génération.", "fr", MD, [],
     ["Choses de la vie"]),
]


@pytest.mark.parametrize("case", ENGLISH + FRENCH, ids=lambda c: c[0][:40])
def test_attribution_grid(ctx: Any, case: Case) -> None:
    text, lang, names, expected, no_quote = case
    got = quotes(ctx, text, lang, names)
    for snippet, speaker in expected:
        hits = [g for g in got if snippet in g[0]]
        assert len(hits) == 1, got
        assert hits[0][1] == speaker or speaker in hits[0][2], got
    for snippet in no_quote:
        assert not any(snippet in g[0] for g in got), got


@pytest.mark.parametrize(("text", "title", "office", "speaker"), [
    # another name of the office the person named before holds
    ("Le Premier ministre François Bayrou a reçu les syndicats. « Nous n'avons pas le droit de laisser le pays "
     "sans budget », a déclaré le chef du gouvernement devant les députés.", "Premier ministre", "Premier ministre",
     "fb"),
    # near miss: another office is someone the text does not name
    ("Le Premier ministre François Bayrou a reçu les syndicats. « Nous n'avons pas le droit de laisser le pays "
     "sans budget », a déclaré le chef de la diplomatie devant les députés.", "Premier ministre", "Premier ministre",
     None),
])
def test_an_office_named_otherwise(ctx: Any, text: str, title: str, office: str, speaker: str | None) -> None:
    from veille.model import Article, Mention, Role
    from veille.stages.nlp import nlp_batch
    from veille.stages.quotes import quotes_batch

    art = Article(id="a1", source="t", raw=text, body=text, lang="fr")
    nlp_batch([art], ctx)
    at = text.index("François Bayrou")
    art.mentions = [Mention(at, at + 15, "François Bayrou", "PER", "fb", Role(title, None, office))]
    got = [(q.text, q.speaker) for q in quotes_batch([art], ctx)[0].quotes]
    assert [s for t, s in got if "pas le droit" in t] == [speaker], got
