"""Events stage: one French sentence per case, with hand-made mentions and timexes.

Each case names the mentions (text -> type, entity id, state of the role), the timexes
(text -> value), and what the stage must find: PLOVER type, actors that must be among the
source/target, the date and the modality.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.model import Article, Mention, Role, Timex
from veille.stages.events import STAGE, events_batch

ENTITIES: dict[str, tuple[str, str, str | None]] = {
    "Sergueï Lavrov": ("PER", "Q39522", "Q159"), "Lavrov": ("PER", "Q39522", "Q159"),
    "Abdoulaye Diop": ("PER", "Q_diop", "Q912"), "Emmanuel Macron": ("PER", "Q3052772", "Q142"),
    "Olaf Scholz": ("PER", "Q61053", "Q183"), "Antony Blinken": ("PER", "Q_blinken", "Q30"),
    "Russie": ("LOC", "Q159", None), "Mali": ("LOC", "Q912", None), "Niger": ("LOC", "Q1032", None),
    "Burkina Faso": ("LOC", "Q965", None), "France": ("LOC", "Q142", None),
    "Allemagne": ("LOC", "Q183", None), "Chine": ("LOC", "Q148", None), "Ukraine": ("LOC", "Q212", None),
    "Moscou": ("LOC", "Q649", None), "Paris": ("LOC", "Q90", None), "Pékin": ("LOC", "Q956", None),
    "Bamako": ("LOC", "Q3703", None), "Niamey": ("LOC", "Q3674", None), "Kiev": ("LOC", "Q1899", None),
    "Maroc": ("LOC", "Q1028", None), "Algérie": ("LOC", "Q262", None), "Sénégal": ("LOC", "Q1041", None),
    "Tchad": ("LOC", "Q657", None), "Iran": ("LOC", "Q794", None), "Turquie": ("LOC", "Q43", None),
    "CEDEAO": ("ORG", "Q_cedeao", None), "AES": ("ORG", "Q_aes", None), "ONU": ("ORG", "Q1065", None),
    "Union européenne": ("ORG", "Q458", None), "OTAN": ("ORG", "Q7184", None),
    "Wagner": ("ORG", "Q_wagner", None), "JNIM": ("ORG", "Q_jnim", None),
    "Union africaine": ("ORG", "Q7159", None), "Washington": ("LOC", "Q61", None),
    "États-Unis": ("LOC", "Q30", None),
}
DATES = {"le 3 avril": "2025-04-03", "en juin": "2025-06", "mardi": "2025-04-01",
         "le 12 mars": "2025-03-12", "en janvier": "2025-01", "les 3 et 4 avril": "2025-04-03/2025-04-04",
         "lundi": "2025-03-31", "hier": "2025-04-02", "le 1er août 2024": "2024-08-01",
         "la semaine prochaine": "2025-W15", "en 2023": "2023"}


def article(text: str) -> Article:
    """An article whose mentions and timexes are found by name in `text`."""
    mentions, taken = [], []
    for name in sorted(ENTITIES, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                typ, ent, of = ENTITIES[name]
                mentions.append(Mention(start, end, name, typ, ent,  # type: ignore[arg-type]
                                        Role("ministre", of) if of else None))
                taken.append((start, end))
            start = text.find(name, end)
    timexes = []
    for expr, value in DATES.items():
        start = text.casefold().find(expr.casefold())
        if start >= 0:
            timexes.append(Timex(start, start + len(expr), text[start:start + len(expr)], "DATE", value))
    return Article(id="a1", source="t", raw=text, body=text, published="2025-04-03",
                   mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)


# (sentence, type, actors that must all appear in source+target, date, modality)
CASES: list[tuple[str, str, set[str], str | None, str]] = [
    # CONSULT
    ("Sergueï Lavrov a rencontré Abdoulaye Diop le 3 avril à Moscou.", "CONSULT", {"Q39522", "Q_diop"}, "2025-04-03", "asserted"),
    ("Emmanuel Macron a reçu Olaf Scholz mardi à Paris.", "CONSULT", {"Q3052772", "Q61053"}, "2025-04-01", "asserted"),
    ("Le Mali et la Russie se sont réunis le 12 mars pour évoquer la sécurité.", "CONSULT", {"Q912", "Q159"}, "2025-03-12", "asserted"),
    ("Abdoulaye Diop s'est entretenu avec Sergueï Lavrov lundi.", "CONSULT", {"Q_diop", "Q39522"}, "2025-03-31", "asserted"),
    ("Emmanuel Macron se rendra en Chine en juin.", "CONSULT", {"Q3052772", "Q148"}, "2025-06", "planned"),
    ("Le président malien se rendrait à Moscou en juin, selon Abdoulaye Diop.", "CONSULT", {"Q649"}, "2025-06", "hypothetical"),
    ("Moscou accueillera les 3 et 4 avril une réunion entre la Russie et l'AES.", "CONSULT", {"Q649", "Q_aes"}, "2025-04-03/2025-04-04", "planned"),
    ("Lors d'un entretien téléphonique hier, Emmanuel Macron et Olaf Scholz ont évoqué l'Ukraine.", "CONSULT", {"Q3052772", "Q61053"}, "2025-04-02", "asserted"),
    ("Olaf Scholz a effectué une visite officielle à Pékin le 12 mars.", "CONSULT", {"Q61053", "Q956"}, "2025-03-12", "asserted"),
    ("Les délégations du Niger et du Tchad ont tenu une réunion à Niamey.", "CONSULT", {"Q1032", "Q657"}, None, "asserted"),
    ("Antony Blinken n'a pas rencontré Sergueï Lavrov en janvier.", "CONSULT", {"Q_blinken", "Q39522"}, "2025-01", "negated"),
    ("Le Maroc et l'Algérie pourraient se réunir la semaine prochaine.", "CONSULT", {"Q1028", "Q262"}, "2025-W15", "hypothetical"),
    ("Abdoulaye Diop devrait rencontrer Sergueï Lavrov en juin.", "CONSULT", {"Q_diop", "Q39522"}, "2025-06", "planned"),
    ("La France et l'Allemagne envisagent de discuter avec l'Ukraine en juin.", "CONSULT", {"Q142", "Q183"}, "2025-06", "hypothetical"),
    # AGREE
    ("Le Sénégal et la Turquie ont signé un accord de défense le 3 avril.", "AGREE", {"Q1041", "Q43"}, "2025-04-03", "asserted"),
    ("La Russie et l'AES ont officialisé un partenariat stratégique mardi.", "AGREE", {"Q159", "Q_aes"}, "2025-04-01", "asserted"),
    ("Le Mali et le Niger sont convenus de rouvrir leur frontière lundi.", "AGREE", {"Q912", "Q1032"}, "2025-03-31", "asserted"),
    ("Le Tchad et la France n'ont pas signé l'accord en janvier.", "AGREE", {"Q657", "Q142"}, "2025-01", "negated"),
    ("L'Iran et la Chine devraient signer un accord commercial en juin.", "AGREE", {"Q794", "Q148"}, "2025-06", "planned"),
    ("Le Maroc et le Sénégal pourraient signer un traité le 12 mars.", "AGREE", {"Q1028", "Q1041"}, "2025-03-12", "hypothetical"),
    # COOPERATE
    ("La Russie a renforcé sa coopération militaire avec le Mali en 2023.", "COOPERATE", {"Q159", "Q912"}, "2023", "asserted"),
    ("Le Niger et le Tchad ont lancé un partenariat économique lundi.", "COOPERATE", {"Q1032", "Q657"}, "2025-03-31", "asserted"),
    ("Le Mali, le Niger et le Burkina Faso ont formé l'AES en 2023.", "COOPERATE", {"Q912", "Q1032", "Q965", "Q_aes"}, "2023", "asserted"),
    ("Les armées du Mali et du Niger coopèrent avec Wagner depuis janvier.", "COOPERATE", {"Q912", "Q_wagner"}, None, "asserted"),
    ("La Turquie et l'Iran ont annoncé la création d'une alliance économique mardi.", "COOPERATE", {"Q43", "Q794"}, "2025-04-01", "asserted"),
    ("La Chine compte intensifier sa coopération économique avec le Sénégal.", "COOPERATE", {"Q148", "Q1041"}, None, "planned"),
    # AID
    ("La Russie a livré des hélicoptères au Mali le 12 mars.", "AID", {"Q159", "Q912"}, "2025-03-12", "asserted"),
    ("La Turquie fournit des drones au Niger depuis 2023.", "AID", {"Q43", "Q1032"}, None, "asserted"),
    ("Les instructeurs de Wagner ont formé les soldats du Mali en janvier.", "AID", {"Q_wagner", "Q912"}, "2025-01", "asserted"),
    ("La France va livrer des blindés à l'Ukraine en juin.", "AID", {"Q142", "Q212"}, "2025-06", "planned"),
    ("Les États-Unis pourraient fournir des missiles à l'Ukraine.", "AID", {"Q30", "Q212"}, None, "hypothetical"),
    ("L'Allemagne a annoncé la fourniture d'armes à l'Ukraine lundi.", "AID", {"Q183", "Q212"}, "2025-03-31", "asserted"),
    # SUPPORT
    ("Abdoulaye Diop a salué le soutien de la Russie mardi.", "SUPPORT", {"Q_diop", "Q159"}, "2025-04-01", "asserted"),
    ("Emmanuel Macron a félicité le Sénégal pour l'élection.", "SUPPORT", {"Q3052772", "Q1041"}, None, "asserted"),
    ("La Chine soutient l'Iran dans ce dossier, a dit Pékin.", "SUPPORT", {"Q148", "Q794"}, None, "asserted"),
    ("L'Union africaine a salué le Tchad le 12 mars.", "SUPPORT", {"Q7159", "Q657"}, "2025-03-12", "asserted"),
    # RETREAT
    ("Le Mali, le Niger et le Burkina Faso ont quitté la CEDEAO en janvier.", "RETREAT", {"Q912", "Q1032", "Q965", "Q_cedeao"}, "2025-01", "asserted"),
    ("Le Niger s'est retiré de la CEDEAO le 12 mars.", "RETREAT", {"Q1032", "Q_cedeao"}, "2025-03-12", "asserted"),
    ("Le Tchad pourrait quitter l'Union africaine.", "RETREAT", {"Q657", "Q7159"}, None, "hypothetical"),
    ("Le retrait du Mali de la CEDEAO a été acté en janvier.", "RETREAT", {"Q912", "Q_cedeao"}, "2025-01", "asserted"),
    # SANCTION
    ("L'Union européenne a sanctionné la Russie le 12 mars.", "SANCTION", {"Q458", "Q159"}, "2025-03-12", "asserted"),
    ("La CEDEAO a imposé des sanctions au Niger en janvier.", "SANCTION", {"Q_cedeao", "Q1032"}, "2025-01", "asserted"),
    ("L'Union africaine a suspendu le Mali lundi.", "SANCTION", {"Q7159", "Q912"}, "2025-03-31", "asserted"),
    ("Washington envisage de sanctionner l'Iran en juin.", "SANCTION", {"Q61", "Q794"}, "2025-06", "hypothetical"),
    # DISAPPROVE / REJECT / DEMAND / THREATEN
    ("La France a condamné l'Iran mardi.", "DISAPPROVE", {"Q142", "Q794"}, "2025-04-01", "asserted"),
    ("L'Algérie a dénoncé le Maroc le 12 mars.", "DISAPPROVE", {"Q262", "Q1028"}, "2025-03-12", "asserted"),
    ("Le Mali a rejeté la proposition de la CEDEAO lundi.", "REJECT", {"Q912", "Q_cedeao"}, "2025-03-31", "asserted"),
    ("Le Niger a exigé de la France le départ de ses soldats en 2023.", "DEMAND", {"Q1032", "Q142"}, "2023", "asserted"),
    ("L'Iran a menacé la Turquie mardi.", "THREATEN", {"Q794", "Q43"}, "2025-04-01", "asserted"),
    # MOBILIZE / COERCE / ASSAULT / FIGHT / CRIME / PROTEST / INVESTIGATE / CONCEDE
    ("La Russie a déployé des troupes au Mali en 2023.", "MOBILIZE", {"Q159"}, "2023", "asserted"),
    ("Le coup d'État au Niger a eu lieu en 2023.", "COERCE", {"Q1032"}, "2023", "asserted"),
    ("Le JNIM a attaqué une base de l'armée du Burkina Faso le 12 mars.", "ASSAULT", {"Q_jnim", "Q965"}, "2025-03-12", "asserted"),
    ("L'attaque du JNIM contre le Niger a fait dix morts lundi.", "ASSAULT", {"Q_jnim", "Q1032"}, "2025-03-31", "asserted"),
    ("L'armée du Mali a combattu le JNIM en janvier.", "FIGHT", {"Q912", "Q_jnim"}, "2025-01", "asserted"),
    ("Le JNIM a enlevé deux ressortissants du Sénégal mardi.", "ASSAULT", {"Q_jnim"}, "2025-04-01", "asserted"),
    ("Des milliers de personnes ont manifesté à Bamako le 12 mars.", "PROTEST", {"Q3703"}, "2025-03-12", "asserted"),
    ("L'ONU a ouvert une enquête sur le Mali en janvier.", "INVESTIGATE", {"Q1065", "Q912"}, "2025-01", "asserted"),
    ("Le Niger a libéré trois ressortissants de la France lundi.", "CONCEDE", {"Q1032", "Q142"}, "2025-03-31", "asserted"),
    ("Le Mali a arrêté quatre agents de la France le 12 mars.", "COERCE", {"Q912", "Q142"}, "2025-03-12", "asserted"),
    ("Des soldats du Tchad ont été déployés au Niger en juin.", "MOBILIZE", {"Q657"}, "2025-06", "asserted"),
    # events@30: the noun's "entre X et Y", which the parser hangs on the verb as a second object
    ("Emmanuel Macron a annoncé lundi un cessez-le-feu « total et immédiat » entre le Mali et le Niger qui "
     "s'affrontent depuis janvier.", "AGREE", {"Q912", "Q1032"}, "2025-03-31", "asserted"),
]


# Known gaps, kept visible (strict: a fix makes them fail until moved back to CASES' passing set).
KNOWN_GAPS = {
    "Le Maroc et l'Algérie pourraient se réunir la semaine prochaine.": "reflexive 'se réunir' under a modal is not matched",
    "La Chine compte intensifier sa coopération économique avec le Sénégal.": "'compter' + infinitive not read as planned",
    "La Turquie fournit des drones au Niger depuis 2023.": "'depuis 2023' is not a date the test gives; present tense read as planned",
    "La CEDEAO a imposé des sanctions au Niger en janvier.": "noun object of 'imposer' loses the 'au' recipient",
    "Le coup d'État au Niger a eu lieu en 2023.": "a place alone does not carry a nominal COERCE",
    "Des milliers de personnes ont manifesté à Bamako le 12 mars.": "a place alone does not carry PROTEST",
}
PARAMS = [pytest.param(*c, marks=pytest.mark.xfail(reason=KNOWN_GAPS[c[0]], strict=True))
          if c[0] in KNOWN_GAPS else pytest.param(*c) for c in CASES]


@pytest.mark.parametrize(("text", "typ", "actors", "date", "modality"), PARAMS,
                         ids=[c[0][:40] for c in CASES])
def test_event_found(ctx: Any, text: str, typ: str, actors: set[str], date: str | None,
                     modality: str) -> None:
    if modality in ("negated", "hypothetical"):
        # events@20: a negated event is read (here) but is none of the article's main events,
        # which the filter keeps (test_a_negated_event_is_no_main_event); events@59: nor is a
        # French possibility (test_a_possibility_is_no_main_event)
        from veille.config import Config, EventsConfig
        from veille.pipeline import Context
        ctx = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    art = events_batch([article(text)], ctx)[0]
    found = [e for e in art.events if e.type == typ]
    assert found, f"no {typ} in {[(e.type, e.trigger) for e in art.events]}"
    ev = found[0]
    assert actors <= set(ev.source) | set(ev.target), (ev.source, ev.target)
    assert ev.date == date
    assert ev.modality == modality
    for x in ev.evidence:
        assert art.body[x.start:x.end] == x.text


def test_a_negated_event_is_no_main_event(ctx: Any) -> None:
    """events@20: with the filter (the default), what the text tells as not having happened is
    dropped; the same event told as done stays."""
    negated = events_batch([article("Antony Blinken n'a pas rencontré Sergueï Lavrov en janvier.")], ctx)[0]
    assert not [e for e in negated.events if e.type == "CONSULT"], negated.events
    told = events_batch([article("Antony Blinken a rencontré Sergueï Lavrov en janvier.")], ctx)[0]
    assert [e.modality for e in told.events if e.type == "CONSULT"] == ["asserted"], told.events


BACKGROUND = [
    "La Russie affiche un intérêt croissant pour le Sahel.",
    "Le partenariat avec la Russie représente un axe stratégique pour le Mali.",
    "Le Mali a insisté sur le besoin d'une coopération renforcée avec la Russie.",
    "La Russie fait face à des sanctions internationales depuis 2023.",
    "L'Alliance des États du Sahel regroupe le Mali, le Niger et le Burkina Faso.",
    "Le Niger cherche à lutter contre le terrorisme.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_is_not_an_event(ctx: Any, text: str) -> None:
    art = events_batch([article(text)], ctx)[0]
    assert art.events == [], [(e.type, e.trigger) for e in art.events]


def test_lede_and_body_make_one_event(ctx: Any) -> None:
    text = ("Sergueï Lavrov a rencontré Abdoulaye Diop le 3 avril à Moscou. Les deux hommes ont parlé "
            "de sécurité. Lors de cette rencontre, Sergueï Lavrov et Abdoulaye Diop se sont réunis "
            "avec des experts.")
    art = events_batch([article(text)], ctx)[0]
    consult = [e for e in art.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert len(consult[0].evidence) == 2
    assert consult[0].location == "Q649"
    assert consult[0].date == "2025-04-03"


def test_people_bring_their_state_and_unlinked_names_get_ids(ctx: Any) -> None:
    text = "Sergueï Lavrov a rencontré Jean Dupuis à Moscou."
    art = article(text)
    start = text.index("Jean Dupuis")
    art.mentions.append(Mention(start, start + 11, "Jean Dupuis", "PER"))
    ev = events_batch([art], ctx)[0].events[0]
    actors = set(ev.source) | set(ev.target)
    assert {"Q39522", "Q159", "name:jean dupuis"} <= actors


def test_group_noun_stands_for_the_states_named_before(ctx: Any) -> None:
    text = ("Le Mali, le Niger et le Burkina Faso ont formé l'AES en 2023. "
            "En janvier, les trois pays se sont retirés de la CEDEAO.")
    art = events_batch([article(text)], ctx)[0]
    retreat = [e for e in art.events if e.type == "RETREAT"]
    assert retreat and {"Q912", "Q1032", "Q965", "Q_cedeao"} <= set(retreat[0].source) | set(retreat[0].target)
    assert retreat[0].date == "2025-01"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([c[0] for c in CASES] + BACKGROUND), min_size=1, max_size=4),
       st.sampled_from(["\n", " ", "\n\n"]))
def test_evidence_offsets_stay_in_body(ctx: Any, sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    art = events_batch([article(text)], ctx)[0]
    ids = [e.id for e in art.events]
    assert len(ids) == len(set(ids))
    for ev in art.events:
        assert ev.source or ev.target
        assert ev.stage == STAGE
        for x in ev.evidence:
            assert 0 <= x.start < x.end <= len(art.body)
            assert art.body[x.start:x.end] == x.text
