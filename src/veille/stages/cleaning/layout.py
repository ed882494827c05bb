"""What cleaning decides for one text (`clean.lay_out`): a kind per unit and the date lines it
found, which `cleaning.pagedates` turns into the article's publication date."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.stages.cleaning.pubdate import FoundDate
from veille.stages.cleaning.writtendays import Gloss
from veille.stages.cleaning.yearless import MonthDay


@dataclass
class Layout:
    """What cleaning decided for one text: a kind per unit (None = body), title, outlet."""

    kinds: list[str | None]
    published: FoundDate | None = None  # from a date line near the top
    # `published` is a bare date, with no "published" label ("17 November 2025" above the headline)
    published_bare: bool = False
    relative: list[str] = field(default_factory=list)  # relative time lines near the top ("il y a 3 h")
    day: MonthDay | None = None  # a yearless date line near the top ("Publié le 12 mars à 10h05")
    # the writing day a top paragraph states ("yesterday (March 3, 2021)": `cleaning.writtendays`)
    written_day: FoundDate | None = None
    # (clean@68) a top paragraph's writing day glossed without its year ("today (May 8)"): `writtendays.place_gloss`
    written_gloss: Gloss | None = None
    # bare date lines near the top, by unit index: the site's day above the headline, the article's under it
    top_bare: list[tuple[int, FoundDate]] = field(default_factory=list)
    late: list[tuple[int, FoundDate]] = field(default_factory=list)  # date lines below the top
    # lines naming a meeting's day ("Conseil municipal du 29 juin 2020"): no date, maybe the headline
    meetings: set[int] = field(default_factory=set)
    teasers: set[int] = field(default_factory=set)  # other stories' stamps in a block above the lede
    # reader comments' stamps ("Jane Doe says: / March 14, 2024 at 4:31 pm / … / Reply")
    comment_stamps: list[FoundDate] = field(default_factory=list)
    end: FoundDate | None = None  # a date line after the body's last paragraph ("Chicago Tribune / March 3, 2009")
    comment: FoundDate | None = None  # the first reader comment's date ("3 Comments … March 3, 2009 at 4:31 pm")
    title: str | None = None
    outlet: str | None = None
    outlets: list[str] = field(default_factory=list)  # outlets named by bylines, credits, signatures
    layout_cut: list[bool] = field(default_factory=list)  # the verdict came from position alone
    scores: list[float | None] = field(default_factory=list)  # the line model's P(furniture)
