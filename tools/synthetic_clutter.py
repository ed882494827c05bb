"""Generated page furniture, to teach the line classifier clutter the annotated corpus lacks.

The eval/news dev split has a few hundred furniture lines, mostly of the kinds the rules were
written for; a classifier fitted on them learns the rules back.  These templates describe
the furniture of news pages in general (share bars, newsletter and subscription prompts,
cookie notices, comment widgets, ad markers, related-article blocks, bylines with job titles,
agency credits, photo captions and credits, reading times, tags and breadcrumbs, CMS class
names, sports fact boxes), written from general knowledge of French and English news sites,
never from an eval/news text.  Names, places and dates are drawn from small generic lists;
related-article headlines are other training documents' titles, as on a real page.

`augment(lines, titles, rng)` returns a document's lines with a few generated furniture
lines inserted where pages put them (above the article, between paragraphs, after it) and a
label per line.  Used only by tools/train_line_classifier.py, for training folds only.
"""

from __future__ import annotations

import random

FIRST = ["Marie", "Jean", "Sophie", "Pierre", "Claire", "Ahmed", "Fatou", "John", "Sarah", "David", "Emily",
         "Michael", "Aïcha", "Olivier", "Laura", "Thomas", "Nadia", "Kofi", "Anna", "Paul"]
LAST = ["Dupont", "Martin", "Lefebvre", "Diallo", "Moreau", "Traoré", "Smith", "Johnson", "Brown", "Garcia",
        "Nguyen", "Bernard", "Petit", "Mensah", "Wilson", "Fournier", "Kane", "Roux", "Taylor", "Leroy"]
PLACES = ["Paris", "Bruxelles", "Genève", "Dakar", "Abidjan", "Montréal", "London", "Washington", "Berlin",
          "Rabat", "Tunis", "Kinshasa", "New York", "Madrid", "Rome", "Nairobi"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SECTIONS = ["International", "Monde", "Politique", "Économie", "Société", "Sports", "Culture", "Afrique",
            "World", "Business", "Politics", "Europe", "Opinion", "Santé", "Health", "Justice", "France"]
AGENCIES = ["AFP", "Reuters", "AP", "ATS", "Belga", "Getty Images", "EPA", "Anadolu", "Xinhua", "MAP", "APS"]
JOBS_FR = ["journaliste", "rédactrice en chef", "envoyé spécial à {place}", "correspondante à {place}",
           "chef du service politique", "grand reporter"]
JOBS_EN = ["Senior Correspondent", "Staff Writer", "Political Editor", "Reporter", "{place} bureau chief",
           "Contributing Writer"]

TEMPLATES: dict[str, list[str]] = {
    "share": ["Partager", "Partager sur Facebook", "Partager sur X", "Share", "Share this article",
              "Facebook Twitter LinkedIn WhatsApp E-mail", "Facebook X WhatsApp Copier le lien", "Copy link",
              "Copier le lien", "Envoyer par e-mail", "Imprimer", "Share on WhatsApp", "Tweet", "Share via Email"],
    "newsletter": ["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité",
                   "Sign up for our daily newsletter", "Get the latest news delivered to your inbox",
                   "Newsletter : l'actualité du jour dans votre boîte mail", "Je m'inscris",
                   "Subscribe to our Morning Briefing", "Votre adresse e-mail", "Enter your email address"],
    "subscribe": ["Abonnez-vous pour lire la suite", "Je m'abonne", "S'abonner", "Subscribe now",
                  "Already a subscriber? Log in", "Déjà abonné ? Se connecter", "Offre spéciale : 1 € le premier mois",
                  "Support independent journalism", "Soutenez une information indépendante",
                  "Cet article vous est offert", "Unlock unlimited access", "Téléchargez notre application"],
    "cookies": ["Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
                "This site uses cookies. By continuing to browse, you agree to our use of cookies.",
                "Accepter et fermer", "Gérer mes choix", "Accept all cookies", "Paramétrer les cookies",
                "Privacy Policy", "Politique de confidentialité", "Mentions légales", "Terms of Use"],
    "comments": ["{n} commentaires", "Commentaires ({n})", "Réagir", "Comments", "{n} Comments",
                 "Log in to comment", "Connectez-vous pour commenter", "Voir les commentaires",
                 "Join the conversation", "Ajouter un commentaire", "Signaler un abus"],
    "ad": ["Publicité", "PUBLICITÉ", "Advertisement", "ADVERTISEMENT", "Sponsored", "Contenu sponsorisé",
           "Contenu partenaire", "Annonce", "Story continues below advertisement", "La suite après cette publicité"],
    "related": ["À lire aussi", "Lire aussi", "Sur le même sujet", "Related", "Related articles", "Read more",
                "More from {section}", "Les plus lus", "Most read", "Trending now", "Dans la même rubrique",
                "Vous aimerez aussi", "You may also like", "Recommended for you", "Nos articles sur {section}"],
    "byline": ["Par {first} {last}, {job_fr}", "By {first} {last}, {job_en}", "{first} {last}, {job_fr}",
               "Par {first} {last} et {first2} {last2}", "By {first} {last} and {first2} {last2}",
               "La rédaction", "Rédaction {section}", "Staff and agencies", "{first} {last} | {job_en}"],
    "credit": ["avec AFP", "Avec {agency}", "(avec {agency})", "© {agency}", "© {year} {agency}", "Source : {agency}",
               "— {agency}", "Avec agences", "Copyright {year} {agency}. Tous droits réservés.",
               "All rights reserved."],
    "date": ["Publié le {d} {month_fr} {year} à {h}h{mm}", "Mis à jour le {d} {month_fr} {year} à {h}h{mm}",
             "Publié le {d} {month_fr} {year} à {h}h{mm} Lecture : {n} min", "Lecture : {n} min",
             "{n} min read", "Published {month_en} {d}, {year}", "Updated {month_en} {d}, {year}, {h}:{mm} p.m.",
             "{d}/{m}/{year} {h}:{mm}", "Il y a {n} heures", "{n} hours ago", "Temps de lecture : {n} min"],
    "caption": ["Photo : {agency}", "(Photo by {first} {last}/{agency})", "{first} {last} / {agency}",
                "Photo d'illustration. © {agency}", "Image: {agency}", "Crédit photo : {first} {last}",
                "{first} {last} à {place}, le {d} {month_fr} {year}. {LAST} / {agency}",
                "{first} {last} in {place} on {month_en} {d}, {year}. {agency}/{first2} {last2}",
                "Des manifestants à {place}. {agency}", "Screenshot via X"],
    "tags": ["Tags : {section}, {place}, {section2}", "Mots-clés : {section} · {place}", "#{section} #{place}",
             "Accueil > {section} > {section2}", "Home / {section} / {section2}", "{section}", "{SECTION}",
             "Topics: {section}, {place}", "Voir plus : {section}"],
    "debris": ["elementor-widget-container", "td-post-content tagdiv-type", "wp-block-group__inner-container",
               "jeg_post_meta jeg_share_top", "post-views entry-meta-views", "article-body__content",
               "Skip to main content", "Menu", "Rechercher", "Search", "Fermer", "Close", "Retour en haut",
               "Back to top", "Suivant", "Précédent", "Next article"],
    "sports": ["Stade {place}. {n}000 spectateurs.", "Arbitre : M. {last}.", "Buts : {last} ({n}e), {last2} ({m}e)",
               "Avertissements : {last} ({n}e)", "Referee: {first} {last}", "Attendance: {n},{mm}0",
               "{place} {n}-{m} {place2}", "Goals: {last} {n}', {last2} {m}'"],
    "follow": ["Suivez-nous sur Facebook", "Follow us on X", "Rejoignez notre chaîne WhatsApp",
               "Suivez toute l'actualité sur notre application", "Follow {first} {last} on X @{last}{n}",
               "Retrouvez-nous sur Instagram"],
}


def _fill(template: str, rng: random.Random) -> str:
    """A template with its slots drawn at random."""
    place, place2 = rng.sample(PLACES, 2)
    section, section2 = rng.sample(SECTIONS, 2)
    first, first2 = rng.sample(FIRST, 2)
    last, last2 = rng.sample(LAST, 2)
    month = rng.randrange(12)
    slots = {
        "first": first, "last": last, "first2": first2, "last2": last2, "LAST": last.upper(),
        "place": place, "place2": place2, "section": section, "section2": section2, "SECTION": section.upper(),
        "agency": rng.choice(AGENCIES), "year": str(rng.randrange(2015, 2027)), "d": str(rng.randrange(1, 29)),
        "m": str(rng.randrange(1, 10)), "month_fr": MONTHS_FR[month], "month_en": MONTHS_EN[month],
        "h": str(rng.randrange(0, 24)), "mm": f"{rng.randrange(60):02d}", "n": str(rng.randrange(2, 90)),
    }
    slots["job_fr"] = rng.choice(JOBS_FR).format(place=place)
    slots["job_en"] = rng.choice(JOBS_EN).format(place=place)
    return template.format(**slots)


def furniture_line(rng: random.Random, family: str | None = None) -> str:
    return _fill(rng.choice(TEMPLATES[family or rng.choice(sorted(TEMPLATES))]), rng)


def related_block(titles: list[str], rng: random.Random) -> list[str]:
    """A related-articles heading and two or three other stories' headlines, some cut with '…'."""
    lines = [_fill(rng.choice(TEMPLATES["related"]), rng)]
    for title in rng.sample(titles, min(len(titles), rng.randrange(2, 4))):
        if rng.random() < 0.4:
            cut = title.split()
            title = " ".join(cut[:max(3, len(cut) * 2 // 3)]) + "…"
        lines.append(title)
    return lines


def augment(lines: list[str], titles: list[str], rng: random.Random,
            families: list[str] | None = None) -> tuple[list[str], list[int]]:
    """`lines` (one document's non-empty lines, all body or gold-labelled elsewhere: labels 0
    here are replaced by the caller's) with generated furniture inserted; returns the new lines
    and, per line, 1 where it was generated, 0 where it was the document's."""
    names = families or sorted(TEMPLATES)
    out = [(line, 0) for line in lines]
    top = [(furniture_line(rng, rng.choice(names)), 1) for _ in range(rng.randrange(0, 3))]
    bottom = [(furniture_line(rng, rng.choice(names)), 1) for _ in range(rng.randrange(1, 4))]
    if titles and rng.random() < 0.5:
        bottom += [(line, 1) for line in related_block(titles, rng)]
    rng.shuffle(bottom)
    middle = rng.randrange(0, 3)
    for _ in range(middle):
        if len(out) > 2:
            out.insert(rng.randrange(1, len(out)), (furniture_line(rng, rng.choice(names)), 1))
    head = rng.randrange(0, 2) if out else 0  # after the headline, when the page has one
    out = out[:head] + top + out[head:] + bottom
    return [line for line, _ in out], [label for _, label in out]
