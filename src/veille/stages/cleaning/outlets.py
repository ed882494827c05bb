"""The outlet of an article from its URL: a table of known outlets (data/clean/outlets.json),
else the site's domain itself ("flashtchad.com").

Used only when the text names no outlet itself (a " - Site" title suffix, a "X pour Site"
byline, a signature line), which cleaning finds first."""

from __future__ import annotations

import json
import re
from pathlib import Path

from veille.stages.cleaning.lines import fold
from veille.stages.cleaning.urldates import original_url

DATA = Path(__file__).resolve().parents[2] / "data" / "clean"

# Host prefixes that name a version of the site, not the outlet.
_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile|fr|en|edition|cdn-www|staging)\.")


def load_outlets(path: Path | None = None) -> dict[str, str]:
    """Registered domain -> outlet name."""
    data = json.loads((path or DATA / "outlets.json").read_text(encoding="utf-8"))
    return dict(data["outlets"])


def host_of(url: str | None) -> str | None:
    """The URL's host, lower case, without port and credentials."""
    if not url:
        return None
    found = re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/]*@)?([^/:?#]+)", url.strip(), re.IGNORECASE)
    return found.group(1).lower().rstrip(".") if found else None


def outlet_from_url(url: str | None, table: dict[str, str]) -> str | None:
    """The outlet's name from the table (the host or any parent domain), else the domain; an
    archived copy's outlet is its own site's, not the archive's (`urldates.original_url`)."""
    host = host_of(original_url(url) if url else url)
    if not host or "." not in host:
        return None
    parts = host.split(".")
    for start in range(len(parts) - 1):
        name = table.get(".".join(parts[start:]))
        if name:
            return name
    return _without_prefix(host)


def _without_prefix(host: str) -> str:
    """The host without the prefixes naming a version of the site ("www.", "m.", "amp.")."""
    while _PREFIX.match(host) and host.count(".") > 1:
        host = _PREFIX.sub("", host, count=1)
    return host


def known_outlet_names(table: dict[str, str]) -> frozenset[str]:
    """The folded names and the registered domains of every known outlet: made once per run
    (`clean.clean_batch`), since folding the table's names costs about 0.6 ms an article."""
    return frozenset({fold(name) for name in table.values()} | set(table))


def outlet_names(table: dict[str, str], url: str | None = None,
                 known: frozenset[str] | None = None) -> frozenset[str]:
    """The folded names a site's name may take after a headline's dash: every known outlet's name
    and registered domain ("franceinfo", "francetvinfo.fr"; `known`, `known_outlet_names` of the
    table, made here when not given), and the page's own host, with and without its version
    prefix and top-level domain ("euronews.com", "euronews").  An outlet may write its name in
    lower case ("… - franceinfo"), which a headline's own last word after a dash ("… - update")
    is too: only a name the site is known by tells them apart."""
    names = known if known is not None else known_outlet_names(table)
    host = host_of(original_url(url) if url else url)
    if not host or "." not in host:
        return names
    host = _without_prefix(host)
    # "euronews.com" is also written "euronews"; "news.sky.com" is not written "news".
    return names | ({host, host.split(".")[0]} if host.count(".") == 1 else {host})
