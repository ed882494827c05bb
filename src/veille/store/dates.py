"""First and last day of a TIMEX3 value, in Python and as SQL, so both agree.

An event's date is a TIMEX3 value ("2024-05-17", "2024-05", "2024-W20", "2024", "XXXX-04-03")
or an interval "A/B".  Its bounds are the first day it can be and the last ("2024-05" ->
2024-05-01 .. 2024-05-31; a week or season -> its year), None where the year is unknown.
The store keeps them per merged event (`corpus_events.date_start`, `date_end`, migration 4)
so the date filters of the API compare columns instead of parsing every value per request.
"""

from __future__ import annotations


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day (YYYY-MM-DD, as far as known) of a TIMEX3 value or interval."""
    if not value:
        return None, None
    first, _, last = value.partition("/")
    last = last or first

    def pad(v: str, low: bool) -> str | None:
        v = v[:10]
        if not v[:4].isdigit():
            return None
        parts = v.split("-")
        if len(parts) == 1:
            return f"{parts[0]}-01-01" if low else f"{parts[0]}-12-31"
        if len(parts) == 2 and parts[1].isdigit():
            return f"{parts[0]}-{parts[1]}-01" if low else f"{parts[0]}-{parts[1]}-31"
        return v if all(p.isdigit() for p in parts) else (f"{parts[0]}-01-01" if low else f"{parts[0]}-12-31")
    return pad(first, True), pad(last, False)


def _pad_sql(v: str, low: bool) -> str:
    """SQL for the first (`low`) or last day of a TIMEX3 value, as `date_bounds`."""
    d10 = f"left({v}, 10)"
    year, month = ("'-01-01'", "'-01'") if low else ("'-12-31'", "'-31'")
    return (f"CASE WHEN NOT regexp_full_match(left({d10}, 4), '[0-9]{{4}}') THEN NULL "
            f"WHEN NOT contains({d10}, '-') THEN {d10} || {year} "
            f"WHEN len(string_split({d10}, '-')) = 2 AND regexp_full_match(split_part({d10}, '-', 2), '[0-9]+') "
            f"THEN {d10} || {month} "
            f"WHEN regexp_full_match({d10}, '[0-9]+(-[0-9]+)*') THEN {d10} "
            f"ELSE split_part({d10}, '-', 1) || {year} END")


_FIRST = "nullif(split_part(date, '/', 1), '')"
_LAST = "coalesce(nullif(split_part(date, '/', 2), ''), nullif(split_part(date, '/', 1), ''))"
# Over a relation with a `date` column (TIMEX3 value).
DATE_START_SQL = _pad_sql(_FIRST, True)
DATE_END_SQL = _pad_sql(_LAST, False)
