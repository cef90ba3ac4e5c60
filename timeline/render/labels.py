"""Human-readable dates at their real precision, and short event labels (text chronology + picture).

No locale is consulted: day and month names are spelled here, so output is the same everywhere.
"""

from __future__ import annotations

import re
import textwrap
from datetime import date, datetime, timedelta

from timeline import calendar as cal
from timeline.models import EventTime, Grain

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_ABBR = tuple(name[:3] for name in MONTHS)

_PARTS_OF_DAY = {
    "MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                    6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}  # fmt: skip
# Modifiers that place a time inside its interval; the others bound or blur it.
_THIRDS = {"START": "early", "MID": "mid", "END": "late"}
_BOUNDS = {
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
_CLOCK_UNIT = {
    Grain.SECOND: timedelta(seconds=1),
    Grain.MINUTE: timedelta(minutes=1),
    Grain.HOUR: timedelta(hours=1),
}
_DAY = timedelta(days=1)
_YMD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def naive(moment: datetime) -> datetime:
    """Wall-clock time without its zone, so aware and naive times compare: 15:00+02:00 -> 15:00."""
    return moment.replace(tzinfo=None) if moment.tzinfo is not None else moment


def day_text(day: date, *, year: bool = True, weekday: bool = True) -> str:
    """A day as people write it: date(2025, 9, 5) -> "Fri 5 Sep 2025"."""
    text = f"{day.day} {MONTHS_ABBR[day.month - 1]}"
    if weekday:
        text = f"{WEEKDAYS[day.weekday()]} {text}"
    return f"{text} {day.year}" if year else text


def _clock(moment: datetime, grain: Grain) -> str:
    """The clock time at the grain's precision: 15:07:09 at minute grain -> "15:07"."""
    return moment.strftime("%H:%M:%S" if grain is Grain.SECOND else "%H:%M")


def _day_range(first: date, last: date) -> str:
    """Inclusive run of days, sharing month and year: 1..4 Sep 2025 -> "Mon 1 – Thu 4 Sep 2025"."""
    if first == last:
        return day_text(first)
    if first.year != last.year:
        return f"{day_text(first)} – {day_text(last)}"
    if first.month != last.month:
        return f"{day_text(first, year=False)} – {day_text(last)}"
    return f"{WEEKDAYS[first.weekday()]} {first.day} – {day_text(last)}"


def _last_day(end: datetime) -> date:
    """Last day an exclusive end touches: 2025-09-06T00:00 -> 5 Sep; 2025-09-05T14:00 -> 5 Sep."""
    return (end - timedelta(microseconds=1)).date()


def _value_day(value: str) -> date | None:
    """The calendar day a TIMEX3 value starts with, if it names one: "2025-09-04TNI" -> 4 Sep."""
    match = _YMD.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _clip_note(
    start: datetime,
    end: datetime,
    natural_start: date,
    natural_end: date,
    published: date | None,
) -> str:
    """Say how an interval was cut short of its calendar unit: " (before Fri 5 Sep)" or ""."""
    notes = []
    if start.date() > natural_start:
        notes.append(f"from {day_text(start.date(), year=False)}")
    if end < datetime.combine(natural_end, datetime.min.time()):
        if end.time() == datetime.min.time():
            if published is not None and end.date() == published + _DAY:
                notes.append(f"to {day_text(published, year=False)}")
            else:
                notes.append(f"before {day_text(end.date(), year=False)}")
        else:
            notes.append(f"up to {day_text(end.date(), year=False)} {end:%H:%M}")
    return f" ({', '.join(notes)})" if notes else ""


def _clock_label(start: datetime, end: datetime, grain: Grain) -> str:
    """A clock time, or a clock window from its first unit to its last when the interval is
    wider than its grain: 06:00 up to the end of the minute 22:00 -> "06:00–22:00"."""
    text = f"{day_text(start.date())} {_clock(start, grain)}"
    if end - start <= _CLOCK_UNIT[grain]:
        return text
    end -= _CLOCK_UNIT[grain]  # a range runs to the end of its end: show the end's own time
    if end.date() == start.date():
        return f"{text}–{_clock(end, grain)}"
    if end == datetime.combine(start.date() + _DAY, datetime.min.time()):
        return f"{text}–24:00"
    return f"{text} – {day_text(end.date(), year=False)} {_clock(end, grain)}"


def _partofday_label(value: str, start: datetime) -> str:
    """ "2025-09-04TNI" -> "night of Thu 4 Sep 2025"."""
    day = _value_day(value) or start.date()
    code = value.rsplit("T", 1)[-1] if "T" in value else ""
    part = _PARTS_OF_DAY.get(code)
    return f"{part} of {day_text(day)}" if part else f"part of {day_text(day)}"


def _week_label(value: str, start: datetime, end: datetime, published: date | None) -> str:
    """ "2025-W36" -> "week of 1 Sep 2025", plus a note when the interval was clipped."""
    match = _ISO_WEEK.match(value)
    monday = None
    if match:
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            monday = None
    if monday is None:
        monday = start.date() - timedelta(days=start.weekday())
    if value.endswith("-WE"):
        return f"weekend of {day_text(monday + timedelta(days=5))}"
    base = f"week of {day_text(monday, weekday=False)}"
    return base + _clip_note(start, end, monday, monday + timedelta(days=7), published)


def _month_label(
    value: str, start: datetime, end: datetime, mod: str | None, published: date | None
) -> str:
    """ "2025-08" -> "August 2025", with a note when cut short and no modifier explains it."""
    match = re.match(r"^(\d{4})-(\d{2})$", value)
    year, month = (int(match[1]), int(match[2])) if match else (start.year, start.month)
    if not 1 <= month <= 12:
        year, month = start.year, start.month
    base = f"{MONTHS[month - 1]} {year}"
    if mod:
        return base
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return base + _clip_note(start, end, first, following, published)


def _season_label(value: str, start: datetime, end: datetime) -> str:
    """ "2025-SU" -> "summer 2025"; a winter across new year -> "winter 2025–26"."""
    named = re.match(r"^\d{4}-(SP|SU|FA|WI)$", value)
    code = named[1] if named else _SEASON_OF_MONTH[start.month]
    last = _last_day(end)
    years = f"{start.year}" if last.year == start.year else f"{start.year}–{last.year % 100:02d}"
    return f"{_SEASONS[code]} {years}"


def _year_of(value: str, start: datetime) -> int:
    """The year a TIMEX3 value starts with, else the start's year."""
    match = re.match(r"^(\d{4})", value)
    return int(match[1]) if match else start.year


def ordinal(number: int) -> str:
    """English ordinal: 1 -> "1st", 12 -> "12th", 22 -> "22nd"."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# Grains whose interval can span several whole units (a range "from 1991 to 1997").
_SPANNING = (Grain.MONTH, Grain.QUARTER, Grain.SEASON, Grain.HALFYEAR, Grain.YEAR, Grain.DECADE)


def _unit_value(start: datetime, grain: Grain) -> str:
    """The TIMEX3 value of the unit starting at start, "" where the start alone cannot say
    (a season: the label then reads it off the month)."""
    try:
        return cal.timex_value(start, grain)
    except ValueError:
        return ""


def _span_label(time: EventTime, published: date | None) -> str | None:
    """Several whole units as first – last: 1991-01-01..1998-01-01 at year grain -> "1991 –
    1997", Aug..Sep 2013 -> "August – September 2013"; None for one unit or a part of one."""
    grain = Grain(time.grain)
    start, end = naive(time.start), naive(time.end)
    first = cal.unit_interval(grain, start.date())
    if first is None or first[0] != start or first[1] >= end:
        return None
    # The end may be finer than the start: "from 2015 to March 2021" ends with a month.
    for last_grain in (grain, Grain.MONTH, Grain.DAY):
        last = cal.unit_interval(last_grain, _last_day(end))
        if last is not None and last[1] == end:
            break
    else:
        return None
    labels = [_base_label(EventTime(start=a, end=b, grain=g, value=_unit_value(a, g)),
                          published) for a, b, g in ((*first, grain), (*last, last_grain))]
    year = f" {last[0].year}"
    if grain is not Grain.YEAR and labels[0].endswith(year) and labels[1].endswith(year):
        labels[0] = labels[0][: -len(year)]
    return " – ".join(labels)


def _base_label(time: EventTime, published: date | None) -> str:
    """The date without its modifier."""
    grain = Grain(time.grain)
    start, end = naive(time.start), naive(time.end)
    value = time.value or ""
    mod = (time.mod or "").upper() or None
    if grain in _SPANNING and not mod and (span := _span_label(time, published)) is not None:
        return span
    if grain in _CLOCK_UNIT:
        return _clock_label(start, end, grain)
    if grain is Grain.PARTOFDAY:
        return _partofday_label(value, start)
    if grain is Grain.DAY:
        return _day_range(start.date(), max(start.date(), _last_day(end)))
    if grain is Grain.WEEK:
        return _week_label(value, start, end, published)
    if grain is Grain.MONTH:
        return _month_label(value, start, end, mod, published)
    if grain is Grain.QUARTER:
        match = re.match(r"^(\d{4})-Q([1-4])$", value)
        quarter = int(match[2]) if match else (start.month - 1) // 3 + 1
        return f"Q{quarter} {_year_of(value, start)}"
    if grain is Grain.SEASON:
        return _season_label(value, start, end)
    if grain is Grain.HALFYEAR:
        match = re.match(r"^(\d{4})-H([12])$", value)
        half = int(match[2]) if match else (1 if start.month <= 6 else 2)
        return f"{'first' if half == 1 else 'second'} half of {_year_of(value, start)}"
    if grain is Grain.YEAR:
        return str(_year_of(value, start))
    if grain is Grain.DECADE:
        match = re.match(r"^(\d{3})$", value)
        first = int(match[1]) * 10 if match else start.year // 10 * 10
        return f"the {first}s"
    match = re.match(r"^(\d{2})$", value)
    hundreds = int(match[1]) if match else start.year // 100
    return f"the {ordinal(hundreds + 1)} century"


def _with_mod(base: str, mod: str | None, grain: Grain) -> str:
    """Put a TIMEX3 modifier into words: ("February 2022", "END") -> "late February 2022"."""
    if not mod:
        return base
    if mod in _THIRDS:
        word = _THIRDS[mod]
        if grain is Grain.DAY:
            return {"START": "early on", "MID": "middle of", "END": "late on"}[mod] + f" {base}"
        if grain is Grain.WEEK and base.startswith("week of"):
            phrase = {"START": "early in the", "MID": "middle of the", "END": "late in the"}[mod]
            return f"{phrase} {base}"
        if base.startswith("the "):
            rest = base[4:]
            return f"the mid-{rest}" if mod == "MID" else f"the {word} {rest}"
        return f"mid-{base}" if mod == "MID" else f"{word} {base}"
    if mod in _BOUNDS:
        return f"{_BOUNDS[mod]} {base}"
    return f"{base} ({mod.lower().replace('_', ' ')})"


def date_label(time: EventTime, published: date | None = None) -> str:
    """A date at its real precision: day 2025-09-05 -> "Fri 5 Sep 2025"; "2022-02" with END ->
    "late February 2022"; "2025-W36" cut at publication -> "week of 1 Sep 2025 (before Fri 5 Sep)".
    """
    if isinstance(published, datetime):
        published = published.date()
    mod = (time.mod or "").upper() or None
    return _with_mod(_base_label(time, published), mod, Grain(time.grain))


def short_text(text: str, width: int = 28, lines: int = 3) -> str:
    """Wrap to `lines` lines of at most `width` characters, ending in "…" when cut:
    short_text("The parliament voted on the budget late on Friday", 20, 2)
    -> "The parliament voted\\non the budget late…".
    """
    if width < 2 or lines < 1:
        raise ValueError("short_text needs width >= 2 and lines >= 1")
    words = " ".join(text.split())
    wrapped = textwrap.wrap(words, width=width, break_long_words=True, break_on_hyphens=True)
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    last = kept[-1]
    if len(last) > width - 1:
        cut = last.rfind(" ", 0, width)
        last = last[:cut] if cut > 0 else last[: width - 1]
    kept[-1] = last.rstrip(" ,;:.-–—") + "…"
    return "\n".join(kept)
