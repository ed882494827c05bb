"""quo33 (twenty-eighth session): classes seen in eval/quotes_pool's new33 pages, an invented text
that read wrong before, with its near misses: a paragraph that ends on a person's name and a colon
presents the next paragraph, set as a block without marks, as that person's words."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of


def test_a_paragraph_under_a_name_and_a_colon(ctx: Any) -> None:
    body = ("Caen a mené de cinq buts pendant vingt minutes. Les Normands ont fait la course en tête tout au long "
            "de la première période. Paul Garnier :\nNotre première mi-temps a été excellente. On a fait les bons "
            "choix et le gardien adverse était en difficulté.\nÀ la mi-temps, Caen avait inscrit vingt buts.")
    found = quotes_of(ctx, body, "fr")
    assert ("Notre première mi-temps a été excellente. On a fait les bons choix et le gardien adverse était en "
            "difficulté", "per:paul-garnier") in found
    # the paragraph after the quoted one is narrative, no one's words
    assert all(not t.startswith("À la mi-temps") for t, _ in found)
    # near misses: a name and a colon inside a line that goes on, and a noun phrase under the label
    body = ("Le match a été serré. Paul Garnier : un entraîneur sous pression.\nNotre équipe a été excellente "
            "en première période ce soir.")
    assert all(not t.startswith("Notre équipe") for t, _ in quotes_of(ctx, body, "fr"))
    body = "Le match a été serré. Paul Garnier :\nles chiffres de la première période et du match entier."
    assert all(not t.startswith("les chiffres") for t, _ in quotes_of(ctx, body, "fr"))
