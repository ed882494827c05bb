"""The small named rules of the clean stage, each on real-looking lines."""

from __future__ import annotations

import pytest

from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.lines import is_sentence_like, is_title_like, split_units

PATTERNS = rules.load_patterns()


@pytest.mark.parametrize(("line", "kind"), [
    ("A lire aussi : Mali : Choguel Kokalla Maïga brise le silence", "related"),
    ("Lire aussi: Le Niger suspend ses exportations de pétrole", "related"),
    ("Read more: Niger junta ends military cooperation with the United States", "related"),
    ("Cliquez ici pour vous abonner à notre hebdomadaire", "cta"),
    ("Suivez l'information en direct sur notre chaîne WHATSAPP", "cta"),
    ("Rejoignez notre chaîne Telegram", "cta"),
    ("Sign up for our daily Sahel briefing", "cta"),
    ("Partager : Facebook Twitter WhatsApp", "cta"),
    ("Laisser un commentaire", "comments"),
    ("Votre adresse e-mail ne sera pas publiée.", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Avez-vous repéré une erreur ou une inexactitude ?", "error_report"),
    ("Nous étudierons vos remarques dans les plus brefs délais.", "error_report"),
    ("Il vous reste 78 % de cet article à lire.", "paywall"),
    ("Cet article est réservé aux abonnés.", "paywall"),
    ("Crédit: Lien source", "credit"),
    ("Source : APS", "credit"),
    ("Photo : le président Assimi Goïta à Bamako (AFP)", "caption"),
    ("Le ministre Abdoulaye Diop à Moscou © Ministère des Affaires étrangères", "caption"),
    ("Édité par : Татьяна Гуринович", "byline"),
    ("Par Aminata Diallo", "byline"),
    ("By Jane Whitfield, Reuters", "byline"),
    ("Zeynabou Assane Moumouni pour Niameyinfo", "byline"),
    ("Il vous reste 61.5% de cet article à lire.", "paywall"),
    ("LA SUITE APRÈS CETTE PUBLICITÉ", "ad"),
    ("Advertisement", "ad"),
    ("2. Skip to main content", "menu"),
    ("Select Language", "menu"),
    ("https://www.example.org/p/8xYz2", "link"),
    ("Ils ont voté la motion. pic.twitter.com/AbCdEf123", "embed"),
    ("— Awa Traoré (@awatraore) March 3, 2025", "embed"),
    ("3/7", "fragment"),
    ("NEWSWIRE20250303000112ID99887766", "fragment"),
    ("Editor's note: this story contains descriptions of violence.", "note"),
    ("Legal Disclaimer:", "note"),
    ("(RFI avec AFP)", "credit"),
    ("• À lire aussi : Niamey rouvre sa frontière avec le Bénin", "related"),
    ("Plus d'articles dans Afrique", "related"),
    ("Latest stories:", "related"),
    ("Revoir le débat en intégralité : cliquez sur la vidéo ci-dessus.", "cta"),
    ("The minister, left, greets farmers at a market in Kano, Nigeria, Monday, May 5, 2025. "
     "(AP Photo/Sani Maikatanga)", "caption"),
    ("Prime Minister Ali Lamine Zeine (C) attends a meeting in Niamey on March 3, 2025.", "caption"),
    ("Supporters celebrate the result in Dakar on March 24, 2024. JOHN DOE/AFP via Getty Images",
     "caption"),
    ("Photo prise le 3 mars 2025 montrant le pont de Gaya fermé à la circulation", "caption"),
    ("Une photo du barrage de Kandadji fournie par le ministère de l'Hydraulique", "caption"),
    # Furniture classes of news pages in general (clean@4); none of these lines is from eval/news.
    ("Claire Martin, correspondante à Bruxelles", "byline"),
    ("James Wood | Senior Correspondent", "byline"),
    ("Par Awa Ndiaye et Paul Girard", "byline"),
    ("Mots-clés : Niger, élections, Cedeao", "menu"),
    ("#Sahel #Niger", "menu"),
    ("Accueil > Afrique > Niger", "menu"),
    ("td-post-content tagdiv-type", "menu"),
    ("Retour en haut de la page", "menu"),
    ("Politique de confidentialité", "cta"),
    ("Nous utilisons des cookies pour vous offrir la meilleure expérience.", "cta"),
    ("Soutenez une information indépendante", "paywall"),
    ("Votre adresse e-mail", "cta"),
    ("Commentaires (12)", "comments"),
    ("Voir les 34 commentaires", "comments"),
    ("Arbitre : M. Dupuis (France)", "note"),
    ("Stade du 26-Mars, 40 000 spectateurs", "note"),
    ("Soldiers patrol the capital on Sunday. REUTERS/Jane Roe", "caption"),
    ("Le président a quitté ses fonctions en 2018. ATS", "caption"),
    ("Vous aimerez aussi", "related"),
    # Kinds an unlabelled pool of unseen news pages showed kept (clean@11); written for the test.
    ("Le ministre Paul Girard lors d'une conférence de presse à Niamey, le 3 avril 2025.", "caption"),
    ("Des manifestants devant le Parlement à Dakar, le 12 mars 2024.", "caption"),
    ("Prime Minister Awa Ndiaye speaks during a news conference in Dakar on April 3, 2025.", "caption"),
    ("Cet article a été mis à jour avec la réaction du ministère.", "note"),
    ("Correction: An earlier version of this article misstated the date of the vote.", "note"),
    ("The views expressed in this article are the author's own.", "note"),
    ("Cette tribune n'engage que son auteur.", "note"),
    ("This article was produced with the help of AI and reviewed by an editor.", "note"),
    ("Cet article a été initialement publié le 3 mai 2024 sur le site de l'université.", "note"),
    ("Disclaimer: this summary may contain errors.", "note"),
    ("Thank you for joining us.", "note"),
    ("Our live coverage has now ended.", "note"),
    ("All times stated are UK", "note"),
    ("Ne manquez rien de l'actualité en activant les notifications sur votre navigateur", "cta"),
    ("Écouter cet article", "cta"),
    ("Revoir le débat de mardi soir :", "cta"),
    ("Écoutez notre podcast sur Spotify et Deezer", "cta"),
    ("Je m'abonne à la newsletter « Économie »", "paywall"),
    ("Propos recueillis par Claire Martin", "byline"),
    ("Les commentaires sont clos.", "comments"),
    ("awa_ndiaye said...", "comments"),
    ("abc/def", "credit"),
    # Classes of furniture the clean pool's pages kept (clean@24), written for the test: paywall
    # notes anywhere in a short line, account prompts, the WordPress comment form, closed
    # comments, a player's autoplay countdown, stale-page notices and survey prompts.
    ("L'accès à cette enquête est réservé à nos abonnés.", "paywall"),
    ("Ce dossier est réservé aux abonnés.", "paywall"),
    ("This story is available to subscribers only.", "paywall"),
    ("Identifiez-vous ou créez un compte pour lire la suite.", "paywall"),
    ("Log in or subscribe to keep reading.", "paywall"),
    ("Ce site utilise Akismet pour réduire les indésirables. En savoir plus.", "comments"),
    ("Vous commentez à l'aide de votre compte WordPress.com.", "comments"),
    ("Notify me of new posts by email.", "comments"),
    ("Cet article n'est plus ouvert aux commentaires.", "comments"),
    ("La vidéo suivante va démarrer dans 10 secondes", "cta"),
    ("Next video in 8 seconds", "cta"),
    ("Cet article a plus de deux ans. Les informations peuvent avoir évolué depuis sa publication.", "note"),
    ("This article is more than 3 years old", "note"),
    ("Donnez-nous votre avis sur notre nouvelle formule", "cta"),
    ("Tell us what you think about our coverage.", "cta"),
    # A note that the article first appeared elsewhere, set in brackets as sites print it.
    ("(Cet entretien a d'abord été publié dans notre hors-série de mars.)", "note"),
    ("(This article was originally published by a partner newsroom.)", "note"),
])
def test_boilerplate_lines_get_their_kind(line: str, kind: str) -> None:
    found = rules.match_boilerplate(line, PATTERNS)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("line", [
    "Par ailleurs, les pays sahéliens ont quitté la Cedeao.",
    "Partager les ressources du fleuve reste un défi pour les trois pays riverains, selon les experts.",
    "Les réactions",
    "Source de tensions, le projet de barrage divise les deux capitales depuis 2021 et inquiète les "
    "agriculteurs installés en aval du fleuve.",
    "Un partenariat stratégique dans un contexte incertain",
    "Les militaires pour la sécurité",
    "Abonnés au silence depuis des mois, les partis politiques ont fini par réagir jeudi soir.",
    "Le plan pourrait toucher 800 emplois, selon l'Agence France-Presse (AFP).",
    # A wire story's paragraph signed with its agency is text, not a photo caption (clean@8).
    "The court had acquitted both men in 2022 and the prosecutors appealed the verdict. (AP)",
    "Le tribunal avait relaxé les deux hommes en 2022 et le parquet avait fait appel (AFP)",
    "Le ministre a salué « un accord historique », a rapporté l'agence Reuters.",
    "Annonce du gouvernement sur les salaires des enseignants",
    "Le président (à gauche sur toutes les photos officielles) n'a pas commenté.",
    "Le porte-parole, Marc Dubois, a démenti toute négociation avec les rebelles.",
    "Les buts de la réforme sont connus : réduire la dette et relancer l'emploi.",
    "Arbitre des élégances, il a longtemps dominé la vie parisienne.",
    "Reuters a rapporté que le convoi avait quitté la capitale dans la nuit.",
    "Tags et graffitis couvrent désormais les murs du bâtiment abandonné.",
    # A sentence dated at its end is a caption only without a verb (French) or in the present
    # tense without an auxiliary (English), and with its date after a comma in French (clean@11).
    "Le président a été reçu à l'Élysée, le 3 avril 2025.",
    "Il a été arrêté à Niamey le 3 avril 2025.",
    "Les négociations reprendront à Genève le 3 avril 2025.",
    "Le scrutin se tiendra le 12 octobre 2025.",
    "Protesters clashed with police in Dakar on April 3, 2025.",
    "The summit was held in Geneva on April 3, 2025.",
    "Interviewed by police, he denied any role in the attack.",
    "Ce texte a suscité de vives réactions au Parlement.",
    # Near misses of clean@24's classes: articles about subscriptions, comments and videos.
    "Le journal a perdu 4 000 abonnés depuis que la lecture de ses articles est réservée aux abonnés "
    "payants, a reconnu sa directrice lors de l'assemblée générale des actionnaires jeudi.",
    "Les places restantes sont réservées aux membres du club.",
    "Connectez-vous au réseau de la mairie pour suivre la séance, a conseillé le maire.",
    "La vidéo suivante, tournée en 2019, montre le pont avant son effondrement.",
    "Les événements de la nuit ont évolué très vite, selon la préfecture.",
    "Votre avis compte, a lancé la ministre aux agriculteurs.",
    "The senator said the bill was reserved for a later vote.",
    "(Le texte, publié en 2019, avait été censuré par le gouvernement.)",
])
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert rules.match_boilerplate(line, PATTERNS) is None


def test_byline_with_pour_names_the_outlet() -> None:
    found = rules.match_boilerplate("Moussa Kaka pour Sahel Intelligence", PATTERNS)
    assert found is not None and found.outlet == "Sahel Intelligence"


@pytest.mark.parametrize(("title", "head", "site"), [
    ("Mali-Russie : Une alliance stratégique face au terrorisme - Journal du niger",
     "Mali-Russie : Une alliance stratégique face au terrorisme", "Journal du niger"),
    ("Ghana's central bank holds key rate at 27% | Accra Ledger",
     "Ghana's central bank holds key rate at 27%", "Accra Ledger"),
    ("Mali - Russie : une alliance face au terrorisme",
     "Mali - Russie : une alliance face au terrorisme", None),
    ("Burkina Faso : l'armée reprend Djibo", "Burkina Faso : l'armée reprend Djibo", None),
])
def test_title_suffix_goes_to_outlet(title: str, head: str, site: str | None) -> None:
    assert rules.split_title_suffix(title) == (head, site)


@pytest.mark.parametrize(("line", "expected"), [
    ("Mali : Un an après la déclaration du 31 mars, toujours aucune date pour les élections", True),
    ("Burkina Faso, Niger : les deux juntes renforcent leur coopération", True),
    ("Une Alliance de Défense Collective : Une nouvelle dimension pour le Sahel", False),
    ("Des axes de coopération diversifiés", False),
    ("Mali : la transition prolongée de cinq ans par décret.", False),
])
def test_rubric_headline_shape(line: str, expected: bool) -> None:
    assert rules.is_rubric_headline(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Afriksoir", True), ("Afrik.com", True), ("Sahel-Intelligence", True),
    ("Des rebelles maliens et nigériens", False), ("La rédaction vous remercie", False),
])
def test_signature_shape(line: str, expected: bool) -> None:
    assert rules.is_signature(line) is expected


def test_shapes_of_titles_and_sentences() -> None:
    assert is_title_like("Mali, Niger, Burkina Faso : Quand Moscou et l’AES tracent de nouvelles voies")
    assert is_title_like("Le Niger va-t-il quitter la Cedeao ?")
    assert not is_title_like("Le ministre a quitté Bamako jeudi soir pour Moscou.")
    assert is_sentence_like("Le ministre a quitté Bamako jeudi soir pour Moscou.")
    assert not is_sentence_like("Les enjeux pour le Mali et la Russie")


def test_hard_wrapped_paragraph_is_one_unit_and_keeps_line_offsets() -> None:
    text = ("Le ministre russe des Affaires étrangères a reçu ses homologues\n"
            "du Mali, du Burkina Faso et du Niger à Moscou.\n\nSecond paragraphe.\n")
    units = split_units(text)
    assert [len(u.lines) for u in units] == [2, 1]
    for unit in units:
        for (start, end), line in zip(unit.lines, unit.texts, strict=True):
            assert text[start:end] == line


@pytest.mark.parametrize(("paragraph", "place", "date"), [
    ("Bamako, le 1er août 2024 – Dans un contexte marqué par la dégradation", "Bamako", "2024-08-01"),
    ("WASHINGTON, Aug. 1, 2024 — The United States and Niger agreed", "WASHINGTON", "2024-08-01"),
    ("PARIS, 3 avril 2025 (AFP) - Le président a reçu", "PARIS", "2025-04-03"),
    ("Niamey, lundi 31 mars 2025 : Le gouvernement a annoncé", "Niamey", "2025-03-31"),
    ("NEW YORK, Sept. 12 (Reuters) - Oil prices rose", "NEW YORK", None),
    ("Le Caire, le 2 février 2025 – Les négociations ont repris", "Le Caire", "2025-02-02"),
])
def test_datelines(paragraph: str, place: str, date: str | None) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, date)


@pytest.mark.parametrize("paragraph", [
    "Le ministre, le 3 avril 2025 - a déclaré que",
    "Au-delà des questions de sécurité, les ministres ont abordé l'économie.",
    "Bamako, le 31 février 2024 – date impossible",
])
def test_not_datelines_or_no_date(paragraph: str) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is None or found.date is None


def test_a_signature_must_name_the_site_when_the_url_is_known() -> None:
    assert rules.is_signature("Afriksoir", "https://www.afriksoir.net/politique/123")
    assert not rules.is_signature("Pr", "https://www.afriksoir.net/politique/123")  # a cut word
    assert rules.is_signature("Afriksoir")  # no URL: the shape alone


@pytest.mark.parametrize("line", [
    'Tinubu à Paris : "nous voulons un partenariat d\'égal à égal"',
    "Mali : « La transition ira jusqu'au bout »",
])
def test_a_headline_may_end_on_a_quotation(line: str) -> None:
    assert is_title_like(line)
