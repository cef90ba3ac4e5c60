"""Find a news dateline ("MOSCOW, Sept 5 (Reuters) -") at the start of an article's text.

A dateline is an ALL-CAPS place, an optional ", Region", an optional date, an optional agency
in parentheses or slashes, and a closing dash. Finding never computes a date; `dateline_date`
does, from the fields the dateline stated and a reference date for a missing year.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from timeline.lexicon import load, month_number
from timeline.models import Frozen

__all__ = ["Dateline", "dateline_date", "find_dateline"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# ALL-CAPS words at the start of a text that are labels, not places.
_NOT_PLACES = frozenset(
    {
        "ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "COLUMN", "COMMENTARY", "CORRECTED",
        "CORRECTION", "EDITORIAL", "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FLASH", "INTERVIEW",
        "LIVE", "NEWS", "NOTE", "OPINION", "PHOTOS", "REFILE", "REVIEW", "UPDATE", "UPDATED",
        "URGENT", "VIDEO", "WARNING", "WATCH",
    }
)  # fmt: skip

# Upper-case letters of Latin-1 and Latin Extended-A/B, for places like "BOGOTÁ" or "ŁÓDŹ".
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_SP = r"[ \t\u00a0]"  # spacing inside the dateline: it never crosses a line break

_CAPS_WORD = rf"[{_UPPER}](?:[{_UPPER}.'’]|-(?=[{_UPPER}]))*"  # "WINSTON-SALEM", not "YORK-based"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:{_SP}{_CAPS_WORD}){{0,3}}"
_PLACE = rf"{_CAPS_PLACE}(?:/{_CAPS_PLACE})*"  # "KYIV/MOSCOW"

_REGION_WORD = rf"(?:d')?[{_UPPER}](?:[\w.'’]|-(?=\w))*"
_REGION_JOIN = r"(?:of|and|the|de|del|da|do|du|la|le)"
_REGION = rf"{_REGION_WORD}(?:{_SP}+(?:{_REGION_JOIN}{_SP}+)?{_REGION_WORD}){{0,3}}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"\d{4}(?!\d)"

_AGENCY = r"(?:\((?P<agency1>[^\W\d_][^()\n]{0,40}?)\s*\)|/(?P<agency2>[^\W\d_][^/\n]{0,40}?)/)"

# The closing dash: "--", "—" or "–" anywhere; a lone "-" or "_" only before a space or line end.
_DASH = r"(?:--|—|–|-(?=\s|$)|_(?=\s|$))"

@cache
def _dateline() -> re.Pattern[str]:
    """The dateline pattern, its month names taken from the lexicon (compiled on first use)."""
    months = sorted(load().words["month"], key=len, reverse=True)
    month = r"(?i:" + "|".join(months) + r")\b\.?"
    weekday = r"(?i:" + "|".join(_WEEKDAYS) + r")\b"
    not_region = rf"(?!{month}(?:{_SP}|$|,)|{weekday}|\d)"
    when = (
        rf"(?:{weekday},?{_SP}+)?"
        rf"(?:(?P<month1>{month}){_SP}*(?P<day1>{_DAY})(?:,?{_SP}+(?P<year1>{_YEAR}))?"
        rf"|(?P<day2>{_DAY}){_SP}+(?P<month2>{month})(?:,?{_SP}+(?P<year2>{_YEAR}))?"
        rf"|(?P<month3>{month}){_SP}+(?P<year3>{_YEAR})"
        rf"|{weekday})"
    )
    return re.compile(
        rf"(?P<place>{_PLACE}(?:,{_SP}+{not_region}(?P<region>{_REGION}))?)"
        rf"(?:,{_SP}+{when})?"
        rf"(?:{_SP}*(?:--)?{_SP}*{_AGENCY})?"
        rf"{_SP}*{_DASH}",
    )


class Dateline(Frozen):
    """A dateline: "NEW YORK, Oct. 12 (AP) --" -> place "NEW YORK", month 10, day 12, "AP"."""

    place: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None
    span: tuple[int, int]


# A headline: one line of at most 200 characters with no closing stop, then a blank line.
_HEADLINE = re.compile(r"[ \t]*[^\n]{1,200}(?<![.!?:;,])[ \t]*\n[ \t]*\n\s*")


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening `text`, or its first paragraph after a headline: "PARIS — Talks"
    -> Dateline(place="PARIS", span=(0, 7)); "Talks fail\n\nPARIS — ..." -> span (12, 19)."""
    start = len(text) - len(text.lstrip())
    found = _match_dateline(text, start)
    if found is None:
        headline = _HEADLINE.match(text, start)
        if headline is not None:
            found = _match_dateline(text, headline.end())
    return found


def _match_dateline(text: str, start: int) -> Dateline | None:
    match = _dateline().match(text, start)
    if match is None:
        return None
    place = match["place"]
    capitals = re.findall(rf"[{_UPPER}]", place)
    if len(capitals) < 2 or place.split("/")[0].split()[0].rstrip(".") in _NOT_PLACES:
        return None
    month = match["month1"] or match["month2"] or match["month3"]
    day = match["day1"] or match["day2"]
    year = match["year1"] or match["year2"] or match["year3"]
    agency = match["agency1"] or match["agency2"]
    return Dateline(
        place=place,
        month=month_number(month) if month else None,
        day=int(day.rstrip("stndrh")) if day else None,
        year=int(year) if year else None,
        agency=agency.strip() if agency else None,
        span=(start, match.end()),
    )


def dateline_date(dl: Dateline, reference: date | None) -> date | None:
    """The date a dateline gives: "Sept 5" with reference 2025-09-05 -> 2025-09-05, else 2024."""
    if dl.month is None or dl.day is None:
        return None
    if dl.year is not None:
        return _date(dl.year, dl.month, dl.day)
    if reference is None:
        return None
    ref = reference.date() if isinstance(reference, datetime) else reference
    # News convention: a dateline is on or before publication, in its year or the one before.
    for year in (ref.year, ref.year - 1):
        found = _date(year, dl.month, dl.day)
        if found is not None and found <= ref:
            return found
    return None


def _date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist: (2025, 2, 30) -> None."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
