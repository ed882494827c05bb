"""clean@59 (issue 16): furniture recognised by its form wherever a page prints it, each with a
near miss an article writes: a photo gallery's counter before its slide's caption, an image's
file name, a photo credit in brackets, the newsroom's notice that the story is still being
written, a call to listen after its lead-in, and a writer signing under the text with a name and
an initial (which, as the page's last line, is no cut sentence of the article)."""

from __future__ import annotations

import pytest

from conftest import clean_batch
from veille.stages.cleaning import rules

PATTERNS = rules.load_patterns()


def _kind(line: str) -> str | None:
    found = rules.match_boilerplate(line, PATTERNS)
    return found.kind if found else None


@pytest.mark.parametrize(("line", "kind"), [
    ("- 1 de 4 : Un périmètre de sécurité a été érigé autour de l'école, et les élèves ont été évacués.",
     "caption"),
    ("2 of 5: Firefighters work on the roof of the warehouse on Tuesday.", "caption"),
    ("Photo 3/8 - Les secouristes devant la mairie", "caption"),
    ("IMG_2041.JPG", "caption"),
    ("vue-du-port-2023.png", "caption"),
    ("(Jane Miller / Boston Globe)", "credit"),
    ("(Jean-Marc Dupont / Le Soleil du Sud)", "credit"),
    ("This is a breaking story, more updates are to come", "note"),
    ("This is a developing story.", "note"),
    ("This story will be updated as more information becomes available.", "note"),
    ("Cet article sera mis à jour dès que nous aurons plus d'informations.", "note"),
    ("Pour en savoir plus, écoutez le podcast de la rédaction sur votre plateforme préférée.", "cta"),
    ("This undated photo provided by the Harbor Museum shows the ferry at its dock.", "caption"),
    ("In this photo released by the Coast Guard, a cutter searches the bay on May 3, 2024.", "caption"),
])
def test_furniture_forms(line: str, kind: str) -> None:
    assert _kind(line) == kind


@pytest.mark.parametrize("line", [
    # A score, a share or a count in the article's words: no gallery counter before a caption.
    "Le Stade rennais s'est imposé 1 de plus que l'an dernier, avec 3 buts à domicile.",
    "Un électeur sur 4 ne s'est pas déplacé dimanche, selon les chiffres du ministère.",
    "Three of the five victims were children, police said.",
    # A file named in a sentence, a pair of places, a bracket that is the article's.
    "Le fichier rapport_final.pdf a circulé sur les réseaux sociaux dès lundi soir.",
    "Paris / Lyon",
    "Le texte (adopté en première lecture) sera examiné au Sénat en juin.",
    # A story about breaking news, a reporter's promise to follow it.
    "This is a story about how breaking news spreads online, researchers said.",
    "Nous reviendrons sur cette affaire dans notre prochaine édition.",
    # A call that is news: the minister asked people to listen.
    "Le ministre a appelé les habitants à écouter les consignes des secours à la radio.",
    # A photo the story is about.
    "The photo was released by police on Tuesday, two days after the robbery.",
    "This photo shows how little is left of the village, she said.",
])
def test_near_misses_stay(line: str) -> None:
    assert _kind(line) is None


@pytest.mark.parametrize("line", ["Alpha B.", "Marie-Claire D.", "J. Martin", "A.-K. Diallo", "Jean Paul K."])
def test_a_name_with_an_initial(line: str) -> None:
    assert rules.is_initialled_name(line)


@pytest.mark.parametrize("line", ["Plan B.", "Il est parti.", "Pas faux...", "Merci à tous.", "M. G. : En premier lieu, i",
                                  "Alpha B. Diallo a été élu."])
def test_no_name_with_an_initial(line: str) -> None:
    # "Plan B." has a name's shape; the rule that uses it asks for the page's last line under the
    # article's last paragraph, where a sub-heading does not stand (see the page test below).
    assert rules.is_initialled_name(line) is (line == "Plan B.")


_PARAGRAPHS = [
    "Le nouveau bilan de l'incendie du dépôt de carburant a été donné jeudi par le gouvernement, qui fait état "
    "de vingt-trois morts et de plus de deux cents blessés.",
    "Des recherches sont toujours en cours pour retrouver les disparus, a précisé le porte-parole du "
    "gouvernement lors d'un point de presse.",
]


def _body(last: str) -> str:
    page = ["Guinée : le bilan de l'incendie s'alourdit", *_PARAGRAPHS, last]
    return str(clean_batch([("https://www.exemple-info.net/2023/12/22/incendie-bilan", page)])[0].body)


def test_a_writer_signing_with_an_initial_under_the_text_is_cut() -> None:
    body = _body("Alpha B.")
    assert "Alpha B." not in body
    assert all(paragraph in body for paragraph in _PARAGRAPHS)


def test_the_excerpts_cut_last_sentence_stays() -> None:
    # The excerpt stops in the middle of the article's next sentence: the article's, not a signature.
    body = _body("Les autorités ont annoncé trois jours de deuil national à partir de")
    assert body.endswith("Les autorités ont annoncé trois jours de deuil national à partir de")


# A photo's caption above its credit, at the top of the page (`cleaning.captions`).
_REPORT = [
    "Le conseil municipal a voté mardi soir la rénovation complète du pont de l'île, fermé aux camions "
    "depuis l'automne dernier.",
    "Les travaux doivent commencer au printemps et durer dix-huit mois, a précisé l'adjoint chargé de la voirie.",
]


def _page(lines: list[str]) -> str:
    return str(clean_batch([("https://www.journal-de-la-riviere.ca/actualites/pont-de-l-ile", lines)])[0].body)


def test_a_caption_above_its_credit_before_the_article_is_cut() -> None:
    caption = "Le pont de l'île vu depuis la rive nord au lever du jour."
    body = _page(["Le pont de l'île sera rénové", caption, "(Marc Leblanc / Le Courrier du Sud)", *_REPORT])
    assert caption not in body and "Marc Leblanc" not in body
    assert all(paragraph in body for paragraph in _REPORT)


def test_a_lede_above_its_photos_credit_stays() -> None:
    # The article opens with its dateline and tells what happened, then the photo's credit.
    lede = ("9 Nov, Beijing: U.S. President Donald Trump arrived in Beijing Wednesday afternoon, "
            "beginning his three-day state visit to China.")
    rest = ["It is the first visit by a head of state since the party congress ended last month.",
            "During his stay, Trump will hold talks with Chinese President Xi Jinping, officials said."]
    body = str(clean_batch([("https://www.example-headlines.com/trump-state-visit-china",
                             [lede, "Photo: AP", *rest])])[0].body)
    assert lede in body and all(line in body for line in rest)


def test_a_paragraph_above_a_credit_under_the_article_stays() -> None:
    # Under the article's first paragraph the line above a credit may be the article's own.
    closing = "Le chantier sera présenté aux riverains lors d'une réunion publique à la mairie."
    body = _page(["Le pont de l'île sera rénové", *_REPORT, closing, "(Marc Leblanc / Le Courrier du Sud)"])
    assert closing in body


# What the page prints under the article's closing rights line (`cleaning.closing`).
_WIRE = [
    "Le cessez-le-feu annoncé samedi entre les deux pays a été négocié directement par leurs états-majors, "
    "a affirmé dimanche le ministre des Affaires étrangères.",
    "Les responsables des opérations militaires se rencontreront lundi pour en fixer les modalités, "
    "a précisé une source gouvernementale sous couvert d'anonymat.",
]


def _wire_page(lines: list[str]) -> str:
    return str(clean_batch([("https://www.exemple-actu.info/monde/cessez-le-feu", lines)])[0].body)


def test_readers_comments_under_the_rights_line_are_cut() -> None:
    comments = ["Pourvu que ça dure cette fois..", "Mais bon, on a déjà vu ça plein de fois."]
    wire = [*_WIRE,
            "Aucune décision n'a été prise sur l'ouverture d'autres discussions entre les deux pays, a ajouté cette source.",
            "Les combats avaient fait au moins soixante morts de part et d'autre de la frontière en quatre jours."]
    body = _wire_page(["Cessez-le-feu entre les deux voisins", *wire, "© Agence France-Presse", *comments])
    assert all(paragraph in body for paragraph in wire)
    assert not any(comment in body for comment in comments)


def test_a_photo_credit_between_the_paragraphs_ends_nothing() -> None:
    # "© AFP" under a photo between two paragraphs: the article goes on under it.
    more = ["Le dernier accord de ce type, signé il y a quatre ans, n'avait tenu que quelques semaines.",
            "Les observateurs de l'ONU doivent arriver dans la région d'ici la fin du mois, selon l'organisation."]
    body = _wire_page(["Cessez-le-feu entre les deux voisins", *_WIRE, "© AFP", *more])
    assert all(paragraph in body for paragraph in [*_WIRE, *more])


@pytest.mark.parametrize(("line", "rights"), [
    ("© Agence France-Presse", True),
    ("© 2024 The Associated Press. All rights reserved.", True),
    ("Copyright Scoop Media", True),
    ("Kamanews.net. Tous droits réservés.", True),
    ("Le président à Bamako © AFP", False),
    ("Copyright laws were changed in 2019, the minister said.", False),
])
def test_rights_line(line: str, rights: bool) -> None:
    from veille.stages.cleaning.closing import is_rights_line
    assert is_rights_line(line) is rights
