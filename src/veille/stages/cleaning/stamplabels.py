"""The words of a page's date lines, shared by `cleaning.pubdate` (full dates), `cleaning.relstamps`
(relative stamps) and `cleaning.yearless` (dates without their year): the labels a stamp carries
("Publié le", "Mis à jour", "Posted", "Updated"), its clock times, and the bylines and blog
signatures that stand beside it without making the line a sentence."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_]{2,}")
# A byline-and-date line is short; a paragraph that says "published on 12 March" is not one.
LABELLED_WORDS = 25
# The labels news pages put before their time stamps, French and English: "Publié le", "Mis en
# ligne le", "Paru le", "Publication :", "Parution :", "Posted on", "First/Originally published";
# English CMS themes' field names, "date" with the verb or noun before or after it ("Publish Date:",
# "Publication date:", "Date published:", "Post date:", clean@32; not "Release date:", a film's or a
# product's); and the revision's, which only bound the date: "Mis à jour", "Actualisé", "Updated".
_LABEL_BEFORE_DATE = re.compile(r"(?<!\w)(?P<label>(?:publish(?:ed|ing)?|publication|post(?:ed|ing)?)\s+date|"
                                r"date\s+(?:published|posted|of\s+publication)|"
                                r"publi[ée]e?s?|mise? en ligne|parue?|posté|"
                                r"posted|published|first published|originally published|"
                                r"(?:date de )?(?:publication|parution)\s*(?=:)|dernière mise à jour|"
                                r"mis à jour|mise à jour|actualisée?|updated|last updated|modifiée?|màj|"
                                r"maj(?=\s*(?:le\b|:|\d))|"
                                r"(?:dernière )?modification|(?:last )?modified|revised|révisée?)"
                                r"\s*(?:le|on|:)?\s*", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:publi[ée]e?s?|mise? en ligne|paru|posted|published|first published|date)\b",
                        re.IGNORECASE)
# (clean@66) "MAJ le 13/03/2024", "MAJ : 13 mars": mise à jour abbreviated in capitals, unaccented, before
# "le", a colon or the date (not "Maj. Gen.", a rank).
_UPDATED = re.compile(r"\b(?:mis à jour|mise à jour|actualisée?|updated|modifiée?|last updated|màj|"
                      r"maj(?=\s*(?:le\b|:|\d)|$)|modification|"
                      r"modified|revised|révisée?)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(?:à\s+|at\s+)?\d{1,2}\s*(?:[h:]\s*\d{2}(?::\d{2})?|h)\s*(?:am|pm|a\.m\.|p\.m\.)?"
                   r"(?:\s*(?:utc|gmt|cet|cest|et|edt|est|pst|pdt|bst)(?:[+-]\d{1,2})?)?", re.IGNORECASE)
_LABELS = re.compile(r"\b(?:publi[ée]e?s?|publication|parution|parue?|posté|dernière|mise? en ligne|mis à jour|"
                     r"mise à jour|actualisée?|modifiée?|modification|modified|revised|révisée?|originally|"
                     r"màj|maj|le|à|et|"
                     r"posted|published|publish|post|first|last|updated|on|at|date|lecture|reading|time|min|"
                     r"minutes?|"
                     r"read)\b|\d+", re.IGNORECASE)

# A byline before the date ("Écrit par Jean Dupont le 12 mars 2024", "By Jane Doe, March 12,
# 2024"): the author's name is no sentence, so it does not count among the line's other words.
_BYLINE = re.compile(r"^\s*(?:(?:écrit|rédigé|written)\s+)?(?:par|by)\s+"
                     r"(?-i:[A-ZÀ-ÖØ-Ý][\w'’.\-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-ZÀ-ÖØ-Ý][\w'’.\-]+){0,3})",
                     re.IGNORECASE)


# "12 mars 2024 par Jean Dupont", "March 12, 2024, by Jane Doe and John Roe": the byline after the
# date is no sentence either.  Names are capitalised (case-sensitive), so "12 mars 2024 par décret"
# keeps its words.
_NAME = r"(?-i:[A-ZÀ-ÖØ-Ý][\w'’.\-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-ZÀ-ÖØ-Ý][\w'’.\-]+){0,3})"
_BYLINE_AFTER = re.compile(rf"(?<!\w)(?:(?:écrit|rédigé|written)\s+)?(?:par|by)\s+{_NAME}"
                           rf"(?:\s*(?:,|&|\bet\b|\band\b)\s*{_NAME}){{0,2}}", re.IGNORECASE)
# Blog engines sign with the author's login, in lower case, ending the line or before its
# section: "June 1, 2014 by admin", "12 mars 2024 par jdupont", "May 3, 2021 by editor in News".
# Only at the end, so that "Le 17 mai 2024 par décret du ministre, …" stays a sentence.
_HANDLE_AFTER = re.compile(r"(?<!\w)(?:par|by)\s+(?-i:[a-z][a-z0-9_.\-]{1,24})"
                           r"(?=\s*$|\s+(?:in|dans|under|sous)\s+\S+(?:\s+\S+)?\s*$)", re.IGNORECASE)
# A CMS's signature before the date (clean@44): Drupal's default "Submitted by admin on Tue,
# 03/05/2024 - 15:04" ("Soumis par admin le mar, 05/03/2024 - 14:05"), "Posted by jdoe on …": a verb
# of posting, "by"/"par", then a login (lower case) or a name, right before the date's "on"/"le".
_CMS_BYLINE = re.compile(r"^\s*(?:submitted|soumis|posted|posté|écrit|rédigé|written)\s+(?:by|par)\s+"
                         r"(?-i:[a-z][a-z0-9_.\-]{1,24}|[A-ZÀ-ÖØ-Ý][\w'’.\-]+(?:\s+[A-ZÀ-ÖØ-Ý][\w'’.\-]+){0,2})"
                         r"(?=\s+(?:on|le)\s)", re.IGNORECASE)
# The section a blog engine files the post under, beside its date and author (clean@44): "5 mars
# 2024 par Jeanne Martin dans Faits divers", "Filed under Local News on March 5, 2024", "Posté dans
# Faits divers le 5 mars 2024 par …": in/dans/under/sous, then a capitalised name of at most three
# words, ending the line, or after a verb of filing before the date's "on"/"le" ("Printed in The
# Times on March 3, 2024" is a print note's).  A name is no sentence's words.
_SECTION = r"(?-i:[A-ZÀ-ÖØ-Ý][\w'’\-]*)(?:\s+[\w'’\-]+){0,2}?"
_FILED_UNDER = re.compile(rf"(?<!\w)(?:(?:filed|posted|posté|publié|classé)\s+(?:in|dans|under|sous)\s+{_SECTION}"
                          rf"(?=\s*$|\s+(?:on|le)\s)|(?:in|dans|under|sous)\s+{_SECTION}\s*$)", re.IGNORECASE)
# The comments' count or call beside a blog post's date and author: "Leave a comment", "No
# Comments", "3 commentaires", "Laisser un commentaire".
_COMMENTS = re.compile(r"\b(?:leave\s+a\s+(?:comment|reply)|laisser\s+un\s+commentaire|no\s+comments?|"
                       r"aucun\s+commentaire|comments?\s+off|\d+\s+(?:comments?|commentaires?))\b", re.IGNORECASE)
# The words that join the names of a byline, and how many names' words one may hold.
_NAME_LINKS = frozenset({"et", "and", "de", "du", "van", "von", "le", "on"})
BYLINE_NAMES = 8
