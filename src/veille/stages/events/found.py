"""An event candidate found in one sentence, before the article's reports are merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.model import Modality


@dataclass
class Found:
    """An event candidate in one sentence, before merging."""

    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    location: str | None
    modality: Modality
    trigger: str
    sentence: tuple[int, int]
    anaphoric: bool = False
    groups: list[list[str]] = field(default_factory=list)
