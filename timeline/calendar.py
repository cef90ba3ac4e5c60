"""Calendar arithmetic for resolving temporal expressions: units, shifts, seasons, holidays.

Datetimes are naive. An `Interval` is `(start, end)` with the end exclusive. Functions returning
an interval return None instead of raising when the interval does not exist or cannot be
represented: it would reach past 9999-12-31 (the last day's own end is 10000-01-01) or the
arguments name no real unit (month 13, ISO week 53 of a 52-week year, an unknown holiday).
Functions returning a plain date or string raise ValueError on arguments they cannot serve.
Only configuration-like arguments (a grain, part, hemisphere or direction) raise in both kinds.

Pure standard library and no regex: the resolver calls these in hot loops.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

from timeline.models import Grain

__all__ = [
    "HOLIDAYS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Interval",
    "century_interval",
    "compound_duration_value",
    "day_interval",
    "days_in_month",
    "decade_interval",
    "duration_value",
    "easter",
    "gregorian_to_islamic",
    "half_interval",
    "holiday",
    "is_leap_year",
    "is_valid_date",
    "islamic_to_gregorian",
    "leading_part",
    "lunar_new_year",
    "month_interval",
    "nearest_year",
    "nth_weekday",
    "orthodox_easter",
    "partofday_value",
    "quarter_interval",
    "season_from",
    "season_interval",
    "season_of",
    "season_value",
    "shift",
    "shift_by",
    "sub_interval",
    "timex_value",
    "tithi",
    "unit_interval",
    "week_interval",
    "week_monday",
    "weekday_after",
    "weekday_before",
    "weekday_on_or_after",
    "weekday_on_or_before",
    "weekend_interval",
    "year_interval",
]

Interval = tuple[datetime, datetime]

MIN_YEAR = 1
MAX_YEAR = 9999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MAX_ORDINAL = date.max.toordinal()
_T = TypeVar("_T")


# --- basic facts -------------------------------------------------------------------------------


def is_leap_year(year: int) -> bool:
    """Gregorian leap year: 2024 -> True, 1900 -> False, 2000 -> True."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days in a month, ValueError for month outside 1..12: (2024, 2) -> 29."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    if month == 2 and is_leap_year(year):
        return 29
    return _MONTH_DAYS[month]


def is_valid_date(year: int, month: int, day: int) -> bool:
    """Whether the date exists between years 1 and 9999: (2025, 2, 29) -> False."""
    return (
        MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)
    )


def _ordinal(year: int, month: int, day: int) -> int:
    # Proleptic Gregorian day number equal to date.toordinal(), but defined for any year, so
    # that year 0 and year 10000 can be compared against the representable range.
    p = year - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and is_leap_year(year):
        n += 1
    return n


def _span(start_ordinal: int, end_ordinal: int) -> Interval | None:
    if start_ordinal < 1 or end_ordinal > _MAX_ORDINAL:
        return None
    return datetime.fromordinal(start_ordinal), datetime.fromordinal(end_ordinal)


def _month_span(year: int, month: int, count: int) -> Interval | None:
    if not 1 <= month <= 12:
        return None
    end_year, end_month0 = divmod(year * 12 + month - 1 + count, 12)
    return _span(_ordinal(year, month, 1), _ordinal(end_year, end_month0 + 1, 1))


def _as_datetime(d: date) -> datetime:
    if isinstance(d, datetime):
        return d
    return datetime(d.year, d.month, d.day)


# --- units ---------------------------------------------------------------------------------------


def day_interval(d: date) -> Interval | None:
    """The day containing d: 2025-09-05 -> (2025-09-05 00:00, 2025-09-06 00:00)."""
    o = d.toordinal()
    return _span(o, o + 1)


def week_monday(d: date) -> date:
    """Monday of the ISO week containing d: 2025-09-05 -> 2025-09-01."""
    # 0001-01-01 is a Monday, so this never falls below the first representable day.
    return date.fromordinal(d.toordinal() - d.weekday())


def is_weekend(d: date) -> bool:
    """Whether d is a Saturday or Sunday: 2025-09-06 -> True, 2025-09-05 -> False."""
    return d.weekday() >= 5


def weekend_interval(d: date) -> Interval | None:
    """Saturday..Monday of the ISO week of d: 2025-09-01 -> (2025-09-06, 2025-09-08)."""
    monday = d.toordinal() - d.weekday()
    return _span(monday + 5, monday + 7)


def month_interval(year: int, month: int) -> Interval | None:
    """A calendar month: (2025, 2) -> (2025-02-01, 2025-03-01)."""
    return _month_span(year, month, 1)


def quarter_interval(year: int, q: int) -> Interval | None:
    """A calendar quarter 1..4: (2025, 3) -> (2025-07-01, 2025-10-01)."""
    if not 1 <= q <= 4:
        return None
    return _month_span(year, 3 * q - 2, 3)


def half_interval(year: int, h: int) -> Interval | None:
    """A half year 1..2: (2025, 2) -> (2025-07-01, 2026-01-01)."""
    if not 1 <= h <= 2:
        return None
    return _month_span(year, 6 * h - 5, 6)


def year_interval(year: int) -> Interval | None:
    """A calendar year: 2025 -> (2025-01-01, 2026-01-01)."""
    return _month_span(year, 1, 12)


def decade_interval(first_year: int) -> Interval | None:
    """A decade from its first year, a multiple of 10: 1990 -> (1990-01-01, 2000-01-01)."""
    if first_year < 0 or first_year % 10:
        return None
    # There is no year 0: the decade "000" starts on the first representable day, 0001-01-01.
    start = max(_ordinal(first_year, 1, 1), 1)
    return _span(start, _ordinal(first_year + 10, 1, 1))


def century_interval(century_digits: int) -> Interval | None:
    """A TIMEX3 century by its digits: 19 -> (1900-01-01, 2000-01-01)."""
    if century_digits < 0:
        return None
    first_year = century_digits * 100
    # As for decades, century "00" starts at 0001-01-01 since there is no year 0.
    start = max(_ordinal(first_year, 1, 1), 1)
    return _span(start, _ordinal(first_year + 100, 1, 1))


def week_interval(iso_year: int, iso_week: int) -> Interval | None:
    """An ISO week, Monday to next Monday: (2025, 1) -> (2024-12-30, 2025-01-06)."""
    try:
        monday = date.fromisocalendar(iso_year, iso_week, 1).toordinal()
    except (ValueError, OverflowError):
        return None
    return _span(monday, monday + 7)


_SUBDAY: dict[str, tuple[str, timedelta]] = {
    Grain.HOUR: ("hour", timedelta(hours=1)),
    Grain.MINUTE: ("minute", timedelta(minutes=1)),
    Grain.SECOND: ("second", timedelta(seconds=1)),
}


def unit_interval(grain: Grain, d: date, hemisphere: str = "north") -> Interval | None:
    """The calendar unit of `grain` containing d: (MONTH, 2025-09-05) -> (2025-09-01, 2025-10-01).

    DAY, WEEK (ISO), MONTH, SEASON (meteorological, `hemisphere`), QUARTER, HALFYEAR, YEAR,
    DECADE, CENTURY, HOUR, MINUTE, SECOND (a plain date counts as midnight). PARTOFDAY raises
    ValueError.
    """
    if grain == Grain.DAY:
        o = d.toordinal()
        return _span(o, o + 1)
    if grain == Grain.WEEK:
        monday = d.toordinal() - d.weekday()
        return _span(monday, monday + 7)
    if grain == Grain.MONTH:
        return _month_span(d.year, d.month, 1)
    if grain == Grain.QUARTER:
        return _month_span(d.year, d.month - (d.month - 1) % 3, 3)
    if grain == Grain.HALFYEAR:
        return _month_span(d.year, 1 if d.month <= 6 else 7, 6)
    if grain == Grain.YEAR:
        return _month_span(d.year, 1, 12)
    if grain == Grain.DECADE:
        return decade_interval(d.year - d.year % 10)
    if grain == Grain.CENTURY:
        return century_interval(d.year // 100)
    if grain == Grain.SEASON:
        year, code = season_of(d, hemisphere)
        return season_interval(year, code, hemisphere)
    if grain in _SUBDAY:
        dt = _as_datetime(d)
        name, length = _SUBDAY[grain]
        if name == "hour":
            start = dt.replace(minute=0, second=0, microsecond=0)
        elif name == "minute":
            start = dt.replace(second=0, microsecond=0)
        else:
            start = dt.replace(microsecond=0)
        try:
            return start, start + length
        except OverflowError:
            return None
    raise ValueError(f"no calendar unit for grain {grain!r}")


# --- shifting ------------------------------------------------------------------------------------

_SECONDS_PER: dict[str, int] = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "weekend": 604800,
    "fortnight": 1209600,
}
_MONTHS_PER: dict[str, int] = {
    "month": 1,
    "season": 3,
    "quarter": 3,
    "halfyear": 6,
    "year": 12,
    "decade": 120,
    "century": 1200,
}
_PLURALS: dict[str, str] = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "weeks": "week",
    "weekends": "weekend",
    "fortnights": "fortnight",
    "months": "month",
    "seasons": "season",
    "quarters": "quarter",
    "halfyears": "halfyear",
    "years": "year",
    "decades": "decade",
    "centuries": "century",
}


def _unit(unit: str) -> str:
    return _PLURALS.get(unit, unit)


def shift(d: datetime, amount: float, unit: str) -> datetime | None:
    """d moved by amount units, clipping to month end: (2025-01-31, 1, "month") -> 2025-02-28.

    Units: second minute hour day week fortnight (timedelta, fractions exact), month season
    quarter halfyear year decade century (whole months, then any fraction of a month as 30 days:
    1.5 months = 1 month + 15 days; 3.5 years = 42 months). Also "weekend" (a week) and plurals.
    None if the result leaves years 1..9999 or amount is not finite; ValueError for other units.
    """
    key = _unit(unit)
    if not math.isfinite(amount):
        return None
    dt = _as_datetime(d)
    seconds = _SECONDS_PER.get(key)
    if seconds is not None:
        try:
            return dt + timedelta(seconds=amount * seconds)
        except OverflowError:
            return None
    per = _MONTHS_PER.get(key)
    if per is None:
        raise ValueError(f"unknown unit {unit!r}")
    months = amount * per
    if not math.isfinite(months):
        return None
    nearest = round(months)
    # In floats 0.41 centuries is 491.99999999999994 months: that is 492, not 491 and 30 days.
    if abs(months - nearest) < 1e-9:
        months = nearest
    whole = int(months)
    fraction = months - whole
    year, month0 = divmod(dt.year * 12 + dt.month - 1 + whole, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    month = month0 + 1
    # Month arithmetic clips: Jan 31 + 1 month is Feb 28 (29), Feb 29 + 1 year is Feb 28.
    out = dt.replace(year=year, month=month, day=min(dt.day, days_in_month(year, month)))
    if fraction:
        try:
            out = out + timedelta(days=fraction * 30)
        except OverflowError:
            return None
    return out


def shift_by(d: datetime, parts: Sequence[tuple[float, str]], sign: int = 1) -> datetime | None:
    """d moved by each (amount, unit) in turn, forward (sign 1) or back (-1), largest unit first:
    (2012-08-10 22:30, ((1, "day"), (21, "hour")), -1) -> 2012-08-09 01:30.

    Each step clips as `shift` does: 2025-03-31 back ((1, "month"), (1, "day")) is 02-27.
    """
    out = _as_datetime(d)
    for amount, unit in parts:
        moved = shift(out, sign * amount, unit)
        if moved is None:
            return None
        out = moved
    return out


# --- weekdays ------------------------------------------------------------------------------------


def _check_weekday(weekday: int) -> None:
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday)..6 (Sunday), got {weekday}")


def weekday_on_or_before(d: date, weekday: int) -> date:
    """Latest `weekday` (0 = Monday) on or before d: (Fri 2025-09-05, 4) -> 2025-09-05.

    ValueError if it would fall before 0001-01-01.
    """
    _check_weekday(weekday)
    return date.fromordinal(d.toordinal() - (d.weekday() - weekday) % 7)


def weekday_before(d: date, weekday: int) -> date:
    """Latest `weekday` strictly before d: (Fri 2025-09-05, 4) -> 2025-08-29.

    ValueError if it would fall before 0001-01-01.
    """
    _check_weekday(weekday)
    return date.fromordinal(d.toordinal() - 1 - (d.weekday() - 1 - weekday) % 7)


def weekday_on_or_after(d: date, weekday: int) -> date:
    """Earliest `weekday` on or after d: (Fri 2025-09-05, 1) -> 2025-09-09.

    ValueError if it would fall after 9999-12-31.
    """
    _check_weekday(weekday)
    return date.fromordinal(d.toordinal() + (weekday - d.weekday()) % 7)


def weekday_after(d: date, weekday: int) -> date:
    """Earliest `weekday` strictly after d: (Fri 2025-09-05, 4) -> 2025-09-12.

    ValueError if it would fall after 9999-12-31.
    """
    _check_weekday(weekday)
    return date.fromordinal(d.toordinal() + 1 + (weekday - d.weekday() - 1) % 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (1..5, or -1..-5 from the end) weekday of a month: (2025, 11, 3, 4) -> 2025-11-27.

    None if the month has no such day (a fifth Monday) or is out of range; ValueError for n = 0.
    """
    _check_weekday(weekday)
    if n == 0 or not -5 <= n <= 5:
        raise ValueError(f"n must be 1..5 or -1..-5, got {n}")
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return None
    length = days_in_month(year, month)
    first = _ordinal(year, month, 1)
    if n > 0:
        day = 1 + (weekday - (first - 1) % 7) % 7 + 7 * (n - 1)
    else:
        last_weekday = (first + length - 2) % 7
        day = length - (last_weekday - weekday) % 7 - 7 * (-n - 1)
    if 1 <= day <= length:
        return date(year, month, day)
    return None


# --- TIMEX3 values -------------------------------------------------------------------------------


def _ymd(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


_SEASONS = ("SP", "SU", "FA", "WI")
_PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")


def timex_value(start: datetime, grain: Grain) -> str:
    """TIMEX3 value of the unit of `grain` starting at start: (2024-12-30, WEEK) -> "2025-W01".

    day "2025-09-05", week "2025-W36", month "2025-09", quarter "2025-Q3", halfyear "2025-H2",
    year "2025", decade "199", century "19", hour "2025-09-05T15", minute "2025-09-05T15:30",
    second "2025-09-05T15:30:10". SEASON and PARTOFDAY raise ValueError: use season_value and
    partofday_value.
    """
    y = start.year
    if grain == Grain.DAY:
        return _ymd(start)
    if grain == Grain.MONTH:
        return f"{y:04d}-{start.month:02d}"
    if grain == Grain.YEAR:
        return f"{y:04d}"
    if grain == Grain.WEEK:
        # The ISO year differs from the calendar year around New Year: 2024-12-30 is 2025-W01.
        iso = start.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if grain == Grain.QUARTER:
        return f"{y:04d}-Q{(start.month - 1) // 3 + 1}"
    if grain == Grain.HALFYEAR:
        return f"{y:04d}-H{1 if start.month <= 6 else 2}"
    if grain == Grain.DECADE:
        return f"{y // 10:03d}"
    if grain == Grain.CENTURY:
        return f"{y // 100:02d}"
    if grain == Grain.HOUR:
        return f"{_ymd(start)}T{getattr(start, 'hour', 0):02d}"
    if grain == Grain.MINUTE:
        return f"{_ymd(start)}T{getattr(start, 'hour', 0):02d}:{getattr(start, 'minute', 0):02d}"
    if grain == Grain.SECOND:
        hms = (getattr(start, "hour", 0), getattr(start, "minute", 0), getattr(start, "second", 0))
        return f"{_ymd(start)}T{hms[0]:02d}:{hms[1]:02d}:{hms[2]:02d}"
    raise ValueError(f"no TIMEX3 value derivable from a start for grain {grain!r}")


def season_value(year: int, code: str) -> str:
    """TIMEX3 value of a season labelled by year: (2025, "SU") -> "2025-SU"."""
    if code not in _SEASONS:
        raise ValueError(f"season code must be one of {_SEASONS}, got {code!r}")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year out of range: {year}")
    return f"{year:04d}-{code}"


def partofday_value(d: date, code: str) -> str:
    """TIMEX3 value of a part of a day: (2025-09-04, "NI") -> "2025-09-04TNI"."""
    if code not in _PARTS_OF_DAY:
        raise ValueError(f"part-of-day code must be one of {_PARTS_OF_DAY}, got {code!r}")
    return f"{_ymd(d)}T{code}"


_DURATION_UNITS: dict[str, tuple[str, str, int]] = {
    "second": ("T", "S", 1),
    "minute": ("T", "M", 1),
    "hour": ("T", "H", 1),
    "day": ("", "D", 1),
    "week": ("", "W", 1),
    "weekend": ("", "WE", 1),
    "fortnight": ("", "W", 2),
    "month": ("", "M", 1),
    "quarter": ("", "Q", 1),
    "halfyear": ("", "M", 6),
    "year": ("", "Y", 1),
    "decade": ("", "DE", 1),
    "century": ("", "CE", 1),
}


def _number(x: float) -> str:
    if x == int(x):
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


def duration_value(amount: float, unit: str) -> str:
    """TIMEX3 duration value: (3.5, "year") -> "P3.5Y", (24, "hour") -> "PT24H".

    A fortnight is "P2W", a half year "P6M", a weekend "P1WE"; "DE" decades, "CE" centuries,
    "Q" quarters. ValueError for a negative or non-finite amount or an unknown unit.
    """
    spec = _DURATION_UNITS.get(_unit(unit))
    if spec is None:
        raise ValueError(f"unknown duration unit {unit!r}")
    if not math.isfinite(amount) or amount < 0:
        raise ValueError(f"duration amount must be finite and >= 0, got {amount}")
    time_mark, letter, factor = spec
    return f"P{time_mark}{_number(amount * factor)}{letter}"


# ISO 8601 writes a compound duration as years, months and days, then "T" and hours, minutes and
# seconds; it has no weeks beside other units, so weeks (and fortnights) count as days there, and
# quarters, decades and centuries as months and years: "1 week 1 day" -> "P8D".
_COMPOUND_UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1), "minute": ("TM", 1), "hour": ("H", 1), "day": ("D", 1),
    "week": ("D", 7), "fortnight": ("D", 14), "month": ("M", 1), "quarter": ("M", 3),
    "halfyear": ("M", 6), "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100),
}


def compound_duration_value(parts: Sequence[tuple[float, str]]) -> str:
    """TIMEX3 value of a duration stated in several units: ((1, "day"), (21, "hour")) ->
    "P1DT21H", ((2, "year"), (3, "month")) -> "P2Y3M", ((1, "week"), (1, "day")) -> "P8D"; one
    part is `duration_value`'s ("P2W"). ValueError as `duration_value`, or with no parts.
    """
    if len(parts) == 1:
        return duration_value(*parts[0])
    if not parts:
        raise ValueError("a duration needs at least one part")
    totals: dict[str, float] = {}
    for amount, unit in parts:
        found = _COMPOUND_UNITS.get(_unit(unit))
        if found is None:
            raise ValueError(f"unknown duration unit {unit!r}")
        if not math.isfinite(amount) or amount < 0:
            raise ValueError(f"duration amount must be finite and >= 0, got {amount}")
        letter, factor = found
        totals[letter] = totals.get(letter, 0.0) + amount * factor
    days = "".join(f"{_number(totals[k])}{k}" for k in ("Y", "M", "D") if k in totals)
    clock = "".join(f"{_number(totals[k])}{k[-1]}" for k in ("H", "TM", "S") if k in totals)
    return "P" + days + ("T" + clock if clock else "")


# --- parts of intervals --------------------------------------------------------------------------

_THIRDS: dict[str, int] = {
    "early": 0,
    "start": 0,
    "beginning": 0,
    "mid": 1,
    "middle": 1,
    "late": 2,
    "end": 2,
}
_HALVES: dict[str, int] = {"first_half": 0, "second_half": 1}
# Year offsets of the cut points within a decade or century, for thirds and halves.
_YEAR_CUTS: dict[tuple[str, int], tuple[int, ...]] = {
    (Grain.DECADE, 3): (4, 7),
    (Grain.DECADE, 2): (5,),
    (Grain.CENTURY, 3): (33, 66),
    (Grain.CENTURY, 2): (50,),
}
_MONTH_DAY_CUTS: dict[int, tuple[int, ...]] = {3: (10, 20), 2: (15,)}


def _at_midnight(t: datetime) -> bool:
    return not (t.hour or t.minute or t.second or t.microsecond)


def _cuts(start: datetime, end: datetime, grain: Grain, pieces: int) -> list[datetime]:
    year_cuts = _YEAR_CUTS.get((grain, pieces))
    if year_cuts is not None:
        span = 10 if grain == Grain.DECADE else 100
        first = start.year - start.year % span
        return [datetime(first + k, 1, 1) for k in year_cuts]
    aligned = start.day == 1 and _at_midnight(start)
    if grain == Grain.MONTH and aligned:
        # Fixed day numbers: a month's thirds are 1-10, 11-20, 21-end whatever its length.
        return [start + timedelta(days=k) for k in _MONTH_DAY_CUTS[pieces]]
    if aligned and end.day == 1 and _at_midnight(end):
        months = (end.year - start.year) * 12 + end.month - start.month
        if months > 0 and months % pieces == 0:
            cuts = []
            for i in range(1, pieces):
                y, m0 = divmod(start.year * 12 + start.month - 1 + months * i // pieces, 12)
                cuts.append(datetime(y, m0 + 1, 1))
            return cuts
    delta = end - start
    if not (delta.seconds or delta.microseconds) and delta.days >= pieces:
        return [start + timedelta(days=delta.days * i // pieces) for i in range(1, pieces)]
    return [start + delta * i / pieces for i in range(1, pieces)]


def sub_interval(start: datetime, end: datetime, grain: Grain, part: str) -> Interval:
    """A third or half of [start, end): (2025-09-01, 2025-10-01, MONTH, "mid") -> (09-11, 09-21).

    Parts: early/start/beginning, mid/middle, late/end (thirds) and first_half/second_half.
    Thirds: month 1-10, 11-20, 21-end; decade years 0-3, 4-6, 7-9; century 00-32, 33-65, 66-99;
    intervals of whole months divisible by three by months (year Jan-Apr, May-Aug, Sep-Dec;
    quarter and season a month each); else whole days floor(n/3), floor(2n/3) (week Mon-Tue,
    Wed-Thu, Fri-Sun); else exact time (a day: 00-08, 08-16, 16-24). Halves alike: month 1-15,
    decade 0-4, century 00-49, week Mon-Wed / Thu-Sun, year Jan-Jun. ValueError for other parts.
    """
    if part in _THIRDS:
        pieces, index = 3, _THIRDS[part]
    elif part in _HALVES:
        pieces, index = 2, _HALVES[part]
    else:
        raise ValueError(f"unknown part {part!r}")
    cuts = _cuts(start, end, grain, pieces)
    bounds = [start, *(min(max(c, start), end) for c in cuts), end]
    return bounds[index], bounds[index + 1]


def leading_part(start: datetime, end: datetime, count: int, unit: str, *, last: bool = False
                 ) -> Interval | None:
    """The first (or last) `count` units of [start, end); None when they do not fit in it:
    (2025-01-01, 2026-01-01, 3, "quarter") -> (2025-01-01, 2025-10-01); last=True -> (04-01, 2026).

    Units as `shift`; "the last two quarters of 2024" counts back from the end of 2024.
    """
    if count < 1:
        return None
    edge = shift(end if last else start, -count if last else count, unit)
    if edge is None or not start <= edge <= end:
        return None
    return (edge, end) if last else (start, edge)


# --- seasons -------------------------------------------------------------------------------------

_SEASON_START: dict[str, dict[str, int]] = {
    "north": {"SP": 3, "SU": 6, "FA": 9, "WI": 12},
    "south": {"FA": 3, "WI": 6, "SP": 9, "SU": 12},
}
_SEASON_OF_MONTH: dict[str, tuple[str, ...]] = {
    "north": ("", "WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"),
    "south": ("", "SU", "SU", "FA", "FA", "FA", "WI", "WI", "WI", "SP", "SP", "SP", "SU"),
}


def _hemisphere(table: dict[str, _T], hemisphere: str) -> _T:
    try:
        return table[hemisphere]
    except KeyError:
        raise ValueError(f"hemisphere must be 'north' or 'south', got {hemisphere!r}") from None


def season_interval(year: int, code: str, hemisphere: str = "north") -> Interval | None:
    """A meteorological season labelled by year: (2025, "WI") -> (2025-12-01, 2026-03-01).

    North: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb. South: SU Dec-Feb, FA Mar-May,
    WI Jun-Aug, SP Sep-Nov. A season starting in December is labelled by December's year.
    None for an unknown code; ValueError for an unknown hemisphere.
    """
    month = _hemisphere(_SEASON_START, hemisphere).get(code)
    if month is None:
        return None
    return _month_span(year, month, 3)


def season_of(d: date, hemisphere: str = "north") -> tuple[int, str]:
    """The season containing d and the year labelling it: 2026-01-10 -> (2025, "WI")."""
    code = _hemisphere(_SEASON_OF_MONTH, hemisphere)[d.month]
    # January and February belong to the season that began in December of the year before.
    return (d.year - 1 if d.month <= 2 else d.year), code


def season_from(code: str, reference: datetime, steps: int, hemisphere: str = "north") -> int:
    """The label year of the season `code` counted from a moment: the first one starting after
    it (steps 1), the last one ending by it (-1), or the first not yet over (0).

    ("SP", 2022-08-01, 1) -> 2023; ("WI", 2023-03-01, -1) -> 2022; ("WI", 2022-08-01, 0) -> 2022.
    """
    # A winter is labelled by the year of its December, so candidates span a year either side.
    years = range(reference.year - 2, reference.year + 3)
    spans = [(y, iv) for y in years if (iv := season_interval(y, code, hemisphere)) is not None]
    if steps > 0:
        # A season starting at the moment is the one it is in: "the following spring" after
        # March 1991 (which starts spring 1991) is spring 1992.
        return next(y for y, (start, _) in spans if start > reference)
    if steps < 0:
        return [y for y, (_, end) in spans if end <= reference][-1]
    return next(y for y, (_, end) in spans if end > reference)


# --- year-less dates -----------------------------------------------------------------------------


def nearest_year(month: int, day: int | None, reference: date, direction: str) -> int:
    """Year for a year-less date: (12, 30, 2026-01-02, "past") -> 2025.

    "past": latest occurrence on or before reference; "future": earliest on or after; "nearest":
    closer in days (in months when day is None), ties going to the past. With day None the month
    of reference counts as both past and future. February 29 moves to a leap year in that
    direction. At the calendar limits the result may be 0 or 10000 (interval functions then
    return None). ValueError for an impossible month/day or an unknown direction.
    """
    if direction not in ("past", "future", "nearest"):
        raise ValueError(f"direction must be past, future or nearest, got {direction!r}")
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    ry = reference.year
    if day is None:
        past = ry if month <= reference.month else ry - 1
        future = ry if month >= reference.month else ry + 1
        if direction == "past":
            return past
        if direction == "future":
            return future
        to_past = (ry - past) * 12 + reference.month - month
        to_future = (future - ry) * 12 + month - reference.month
        return past if to_past <= to_future else future
    if not 1 <= day <= (29 if month == 2 else _MONTH_DAYS[month]):
        raise ValueError(f"no day {day} in month {month}")
    here = (reference.month, reference.day)
    past = ry if (month, day) <= here else ry - 1
    future = ry if (month, day) >= here else ry + 1
    if month == 2 and day == 29:
        while not is_leap_year(past):
            past -= 1
        while not is_leap_year(future):
            future += 1
    if direction == "past":
        return past
    if direction == "future":
        return future
    ref = reference.toordinal()
    to_past = ref - _ordinal(past, month, day)
    to_future = _ordinal(future, month, day) - ref
    return past if to_past <= to_future else future


# --- holidays ------------------------------------------------------------------------------------


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous computus): 2025 -> 2025-04-20."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year out of range: {year}")
    golden = year % 19
    century, year_of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    sun_correction = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - sun_correction + 15) % 30
    leap_years, year_rest = divmod(year_of_century, 4)
    to_sunday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    late = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day0 = divmod(epact + to_sunday - 7 * late + 114, 31)
    return date(year, month, day0 + 1)


def _julian_ordinal(year: int, month: int, day: int) -> int:
    # Day number (the date.toordinal scale) of a Julian calendar date: every fourth year is a
    # leap year, and Julian 1 January AD 1 is Gregorian 30 December 1 BC, ordinal -1.
    p = year - 1
    n = -2 + p * 365 + p // 4 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0:
        n += 1
    return n


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday, Julian computus as a Gregorian date: 2024 -> 2024-05-05.

    The Julian date of Easter (Meeus, "Astronomical Algorithms", ch. 8) moved to the Gregorian
    calendar: 13 days later from 1900 to 2099, 14 from 2100. ValueError outside years 1..9999.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year out of range: {year}")
    epact = (19 * (year % 19) + 15) % 30
    to_sunday = (2 * (year % 4) + 4 * (year % 7) - epact + 34) % 7
    month, day0 = divmod(epact + to_sunday + 114, 31)
    return date.fromordinal(_julian_ordinal(year, month, day0 + 1))


# 1 Muharram AH 1 = 16 July 622 (Julian) = 19 July 622 proleptic Gregorian, the "civil" epoch.
_ISLAMIC_EPOCH = 227015


def _islamic_ordinal(year: int, month: int, day: int) -> int:
    # Tabular calendar: odd months 30 days, even 29, month 12 has 30 in the 11 leap years of
    # each 30-year cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29); (3 + 11y) // 30 counts them.
    return (
        _ISLAMIC_EPOCH
        - 1
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + 29 * (month - 1)
        + month // 2
        + day
    )


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular Islamic (civil epoch) date to Gregorian: (1446, 9, 1) -> 2025-03-01.

    ValueError for an impossible Islamic date or a result outside years 1..9999.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"Islamic month must be 1..12, got {month}")
    length = 30 if month % 2 or (month == 12 and (14 + 11 * year) % 30 < 11) else 29
    if not 1 <= day <= length:
        raise ValueError(f"Islamic month {month} of {year} has no day {day}")
    o = _islamic_ordinal(year, month, day)
    if not 1 <= o <= _MAX_ORDINAL:
        raise ValueError(f"Islamic date {year}-{month}-{day} is outside years 1..9999")
    return date.fromordinal(o)


def gregorian_to_islamic(d: date) -> tuple[int, int, int]:
    """Gregorian date to tabular Islamic (year, month, day): 2025-03-01 -> (1446, 9, 1).

    Proleptic before the epoch (622-07-19 Gregorian): earlier dates get years 0 and below.
    """
    o = d.toordinal()
    year = (30 * (o - _ISLAMIC_EPOCH) + 10646) // 10631
    month = (11 * (o - _islamic_ordinal(year, 1, 1)) + 330) // 325
    return year, month, o - _islamic_ordinal(year, month, 1) + 1


def _islamic_in_year(year: int, month: int, day: int) -> int | None:
    # The first occurrence in the Gregorian year, none before AH 1. An Islamic year is 354-355
    # days, so some Gregorian years hold two (tabular Ramadan began 1997-01-10 and 1997-12-31).
    iy = gregorian_to_islamic(date(year, 1, 1))[0]
    first = _ordinal(year, 1, 1)
    for y in (iy, iy + 1):
        if y < 1:
            continue
        o = _islamic_ordinal(y, month, day)
        if o >= first:
            return o if o < _ordinal(year + 1, 1, 1) else None
    return None


# Hebrew calendar (Reingold & Dershowitz, "Calendrical Calculations"): molad arithmetic in
# parts (1/1080 hour) with the four postponement rules (dehiyyot).
_HEBREW_EPOCH = -1373427  # 1 Tishrei AM 1 = 7 October 3761 BCE (Julian), as a day ordinal


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    # Lo ADU: Rosh Hashanah is put off a day rather than fall on Sunday, Wednesday or Friday.
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(year: int) -> int:
    ny0 = _hebrew_elapsed_days(year - 1)
    ny1 = _hebrew_elapsed_days(year)
    ny2 = _hebrew_elapsed_days(year + 1)
    # GaTaRaD and BeTUTaKPaT: keep every year 353-355 or 383-385 days long.
    if ny2 - ny1 == 356:
        correction = 2
    elif ny1 - ny0 == 382:
        correction = 1
    else:
        correction = 0
    return _HEBREW_EPOCH + ny1 + correction


# Chinese (and Vietnamese) New Year, from the sun and moon (Reingold & Dershowitz, "Calendrical
# Calculations", ch. 19). Moments are fractional day numbers on the date.toordinal scale in
# universal time (UT); the ephemerides below want dynamical time (TT = UT + delta T).
_JD_MINUS_ORDINAL = 1721424.5  # Julian Day of the midnight that starts ordinal day 0
_J2000 = 2451545.0  # 2000-01-01 12:00 TT
_SYNODIC_MONTH = 29.530588861
_LUNAR_MIN_YEAR = 1645  # the Qing calendar of true solar terms
_LUNAR_MAX_YEAR = 2199  # delta T is extrapolated further out: minutes of doubt near midnight


def _delta_t(year: float) -> float:
    # TT - UT in seconds: the polynomials of Espenak & Meeus (NASA, 2006) for 1600..2150 and
    # their long-term parabola after that.
    if year < 1700:
        t = year - 1600
        return 120 - 0.9808 * t - 0.01532 * t**2 + t**3 / 7129
    if year < 1800:
        t = year - 1700
        return 8.83 + 0.1603 * t - 0.0059285 * t**2 + 0.00013336 * t**3 - t**4 / 1174000
    if year < 1860:
        t = year - 1800
        return (13.72 - 0.332447 * t + 0.0068612 * t**2 + 0.0041116 * t**3
                - 0.00037436 * t**4 + 0.0000121272 * t**5 - 0.0000001699 * t**6
                + 0.000000000875 * t**7)
    if year < 1900:
        t = year - 1860
        return (7.62 + 0.5737 * t - 0.251754 * t**2 + 0.01680668 * t**3
                - 0.0004473624 * t**4 + t**5 / 233174)
    if year < 1920:
        t = year - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if year < 1941:
        t = year - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if year < 1961:
        t = year - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if year < 1986:
        t = year - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if year < 2005:
        t = year - 2000
        return (63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3
                + 0.000651814 * t**4 + 0.00002373599 * t**5)
    if year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    u = (year - 1820) / 100
    if year < 2150:
        return -20 + 32 * u * u - 0.5628 * (2150 - year)
    return -20 + 32 * u * u


def _julian_ephemeris_day(moment: float) -> float:
    return moment + _JD_MINUS_ORDINAL + _delta_t(1 + moment / 365.2425) / 86400


def _sin(degrees: float) -> float:
    return math.sin(math.radians(degrees))


# Solar longitude (Bretagnon & Simon, as in Calendrical Calculations): amplitude (1e-7 rad),
# phase (degrees) and rate (degrees per Julian century) of each periodic term.
_SOLAR_TERMS: tuple[tuple[int, float, float], ...] = (
    (403406, 270.54861, 0.9287892), (195207, 340.19128, 35999.1376958),
    (119433, 63.91854, 35999.4089666), (112392, 331.26220, 35998.7287385),
    (3891, 317.843, 71998.20261), (2819, 86.631, 71998.4403), (1721, 240.052, 36000.35726),
    (660, 310.26, 71997.4812), (350, 247.23, 32964.4678), (334, 260.87, -19.4410),
    (314, 297.82, 445267.1117), (268, 343.14, 45036.8840), (242, 166.79, 3.1008),
    (234, 81.53, 22518.4434), (158, 3.50, -19.9739), (132, 132.75, 65928.9345),
    (129, 182.95, 9038.0293), (114, 162.03, 3034.7684), (99, 29.8, 33718.148),
    (93, 266.4, 3034.448), (86, 249.2, -2280.773), (78, 157.6, 29929.992),
    (72, 257.8, 31556.493), (68, 185.1, 149.588), (64, 69.9, 9037.750),
    (46, 8.0, 107997.405), (38, 197.1, -4444.176), (37, 250.4, 151.771),
    (32, 65.3, 67555.316), (29, 162.7, 31556.080), (28, 341.5, -4561.540),
    (27, 291.6, 107996.706), (27, 98.5, 1221.655), (25, 146.7, 62894.167),
    (24, 110.0, 31437.369), (21, 5.2, 14578.298), (21, 342.6, -31931.757),
    (20, 230.9, 34777.243), (18, 256.1, 1221.999), (17, 45.3, 62894.511),
    (14, 242.9, -4442.039), (13, 115.2, 107997.909), (13, 151.8, 119.066),
    (13, 285.3, 16859.071), (12, 53.3, -4.578), (10, 126.6, 26895.292),
    (10, 205.7, -39.127), (10, 85.9, 12297.536), (10, 146.1, 90073.778),
)


def _solar_longitude(moment: float) -> float:
    # Apparent geocentric longitude of the sun in degrees, within a few arc seconds.
    c = (_julian_ephemeris_day(moment) - _J2000) / 36525
    terms = sum(x * _sin(y + z * c) for x, y, z in _SOLAR_TERMS)
    mean = 282.7771834 + 36000.76953744 * c + 0.000005729577951308232 * terms
    aberration = 0.0000974 * math.cos(math.radians(177.63 + 35999.01848 * c)) - 0.005575
    nutation = (-0.004778 * _sin(124.90 - 1934.134 * c + 0.002063 * c * c)
                - 0.0003667 * _sin(201.11 + 72001.5377 * c + 0.00057 * c * c))
    return (mean + aberration + nutation) % 360


# Periodic terms of the true new moon (Meeus, "Astronomical Algorithms", ch. 49), in days:
# coefficient, power of the eccentricity factor E, and multiples of the sun's mean anomaly M,
# the moon's mean anomaly M' and its argument of latitude F.
_NEW_MOON_TERMS: tuple[tuple[float, int, int, int, int], ...] = (
    (-0.40720, 0, 0, 1, 0), (0.17241, 1, 1, 0, 0), (0.01608, 0, 0, 2, 0),
    (0.01039, 0, 0, 0, 2), (0.00739, 1, -1, 1, 0), (-0.00514, 1, 1, 1, 0),
    (0.00208, 2, 2, 0, 0), (-0.00111, 0, 0, 1, -2), (-0.00057, 0, 0, 1, 2),
    (0.00056, 1, 1, 2, 0), (-0.00042, 0, 0, 3, 0), (0.00042, 1, 1, 0, 2),
    (0.00038, 1, 1, 0, -2), (-0.00024, 1, -1, 2, 0), (-0.00007, 0, 2, 1, 0),
    (0.00004, 0, 0, 2, -2), (0.00004, 0, 3, 0, 0), (0.00003, 0, 1, 1, -2),
    (0.00003, 0, 0, 2, 2), (-0.00003, 0, 1, 1, 2), (0.00003, 0, -1, 1, 2),
    (-0.00002, 0, -1, 1, -2), (-0.00002, 0, 1, 3, 0), (0.00002, 0, 0, 4, 0),
)
# Planetary arguments: coefficient (days), phase and rate per lunation (degrees).
_NEW_MOON_PLANETARY: tuple[tuple[float, float, float], ...] = (
    (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239),
    (0.000062, 141.74, 53.303771), (0.000060, 207.14, 2.453732),
    (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379),
    (0.000037, 161.72, 24.198154), (0.000035, 239.56, 25.513099),
    (0.000023, 331.55, 3.592518),
)


def _new_moon(k: int) -> float:
    # The moment (UT) of new moon number k, counted from the one of 6 January 2000.
    t = k / 1236.85
    jde = (2451550.09766 + _SYNODIC_MONTH * k + 0.00015437 * t**2 - 0.000000150 * t**3
           + 0.00000000073 * t**4)
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    sun = 2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3
    moon = (201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3
            - 0.000000058 * t**4)
    latitude = (160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3
                + 0.000000011 * t**4)
    node = 124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3
    jde += sum(a * e**p * _sin(m * sun + n * moon + f * latitude)
               for a, p, m, n, f in _NEW_MOON_TERMS)
    jde += -0.00017 * _sin(node) + 0.000325 * _sin(299.77 + 0.107408 * k - 0.009173 * t * t)
    jde += sum(a * _sin(phase + rate * k) for a, phase, rate in _NEW_MOON_PLANETARY)
    moment = jde - _JD_MINUS_ORDINAL
    return moment - _delta_t(1 + moment / 365.2425) / 86400


def _new_moon_at_or_after(moment: float) -> float:
    # The true new moon is within about 14 hours of the mean one: start a lunation early.
    k = math.floor((moment + _JD_MINUS_ORDINAL - 2451550.09766) / _SYNODIC_MONTH) - 1
    while (found := _new_moon(k)) < moment:
        k += 1
    return found


def _new_moon_before(moment: float) -> float:
    k = math.floor((moment + _JD_MINUS_ORDINAL - 2451550.09766) / _SYNODIC_MONTH) + 1
    while (found := _new_moon(k)) >= moment:
        k -= 1
    return found


class _LunarZone:
    """Day arithmetic in the time zone a lunisolar calendar reckons its days in."""

    def __init__(self, country: str) -> None:
        self.country = country

    def hours(self, year: int) -> float:
        if self.country == "vietnam":
            return 7.0
        # China: Beijing local mean time (116 deg 25 min E) until 1929, then UTC+8.
        return 8.0 if year >= 1929 else 1397 / 180

    def midnight(self, day: int) -> float:
        return day - self.hours(date.fromordinal(day).year) / 24

    def day_of(self, moment: float) -> int:
        return math.floor(moment + self.hours(date.fromordinal(int(moment)).year) / 24)

    def new_moon_on_or_after(self, day: int) -> int:
        return self.day_of(_new_moon_at_or_after(self.midnight(day)))

    def new_moon_before(self, day: int) -> int:
        return self.day_of(_new_moon_before(self.midnight(day)))

    def winter_solstice(self, year: int) -> int:
        # The local day on which the sun reaches longitude 270 degrees in December of `year`.
        low, high = float(_ordinal(year, 12, 14)), float(_ordinal(year, 12, 29))
        for _ in range(36):  # 15 days halved 36 times: well under a millisecond
            middle = (low + high) / 2
            if _solar_longitude(middle) < 270:
                low = middle
            else:
                high = middle
        return self.day_of(high)

    def major_term(self, day: int) -> int:
        # Which 30-degree sign the sun is in at the start of the day (a major solar term,
        # zhongqi, begins at each multiple of 30 degrees).
        return math.floor(_solar_longitude(self.midnight(day)) / 30)

    def lacks_major_term(self, month_start: int) -> bool:
        following = self.new_moon_on_or_after(month_start + 1)
        return self.major_term(month_start) == self.major_term(following)


@lru_cache(maxsize=256)
def lunar_new_year(year: int, country: str = "china") -> date:
    """First day of the Chinese lunisolar year in a Gregorian year: 2025 -> 2025-01-29.

    Month 11 holds the December solstice; the year starts with the second new moon after that
    month, or the third when a month without a major solar term (a leap month) comes between,
    which happens when twelve whole lunations separate two months 11 (2033: 2033-01-31, then
    a leap 11th month, so 2034-02-19). Days are reckoned at UTC+8 (Beijing mean time before
    1929); country "vietnam" reckons them at UTC+7, which moves Tet a day earlier some years
    (2007-02-17, China 2007-02-18) and a month earlier in 1985 (1985-01-21, China 1985-02-20).
    ValueError outside 1645..2199 or for another country.
    """
    if country not in ("china", "vietnam"):
        raise ValueError(f"country must be 'china' or 'vietnam', got {country!r}")
    if not _LUNAR_MIN_YEAR <= year <= _LUNAR_MAX_YEAR:
        raise ValueError(f"year out of range: {year}")
    zone = _LunarZone(country)
    solstice = zone.winter_solstice(year - 1)
    next_solstice = zone.winter_solstice(year)
    month12 = zone.new_moon_on_or_after(solstice + 1)
    month1 = zone.new_moon_on_or_after(month12 + 1)
    next_month11 = zone.new_moon_before(next_solstice + 1)
    # Thirteen months from one month 11 to the next: the first without a major term is the
    # leap month, and if it is month 12 or month 1 the new year waits one more lunation.
    if round((next_month11 - month12) / _SYNODIC_MONTH) == 12 and (
            zone.lacks_major_term(month12) or zone.lacks_major_term(month1)):
        month1 = zone.new_moon_on_or_after(month1 + 1)
    return date.fromordinal(month1)


# Hindu festivals, from the sidereal lunisolar calendar as Indian almanacs (panchangas) compute
# it today: the moon's and sun's true longitudes, days reckoned at IST (UTC+5:30, also before
# 1947) and sunrise and sunset at New Delhi, where the calendars that set national holiday
# lists are drawn up. A tithi is a lunar day: the moon gains 12 degrees on the sun in each, so
# thirty make a lunation, and a tithi can be longer or shorter than a solar day.
_HINDU_MIN_YEAR = 1900
_HINDU_MAX_YEAR = 2099
_IST = 5.5 / 24
_DELHI = (28.6139, 77.2090)  # latitude and longitude (east), degrees
_KOCHI = (9.9312, 76.2673)  # Kerala's calendar (Onam)
# The moon's longitude (Meeus, "Astronomical Algorithms", ch. 47, table 47.A): multiples of
# the mean elongation D, the sun's mean anomaly M, the moon's mean anomaly M' and its argument
# of latitude F, and the coefficient in millionths of a degree.
_MOON_TERMS: tuple[tuple[int, int, int, int, int], ...] = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314),
    (0, 0, 2, 0, 213618), (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332),
    (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066), (2, 0, 1, 0, 53322),
    (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528),
    (0, 0, 1, -2, 10980), (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034),
    (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888), (2, 1, 0, 0, -6766),
    (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665),
    (0, 1, -2, 0, -2689), (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390),
    (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236), (0, 1, 2, 0, -2120),
    (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
    (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110),
    (3, 0, -1, 0, -892), (2, 1, 1, 0, -810), (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713), (2, 2, -1, 0, -700), (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520), (1, 0, -2, 0, -487), (2, 1, 0, -2, -399),
    (0, 0, 2, -2, -381), (1, 1, 1, 0, 351), (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330), (2, -1, 2, 0, 327), (0, 2, 1, 0, -323),
    (1, 1, -1, 0, 299), (2, 0, 3, 0, 294),
)


def _lunar_longitude(moment: float) -> float:
    # Apparent geocentric longitude of the moon in degrees, within about 10 arc seconds.
    c = (_julian_ephemeris_day(moment) - _J2000) / 36525
    mean = 218.3164477 + 481267.88123421 * c - 0.0015786 * c * c + c**3 / 538841
    elongation = 297.8501921 + 445267.1114034 * c - 0.0018819 * c * c + c**3 / 545868
    sun = 357.5291092 + 35999.0502909 * c - 0.0001536 * c * c
    moon = 134.9633964 + 477198.8675055 * c + 0.0087414 * c * c + c**3 / 69699
    latitude = 93.2720950 + 483202.0175233 * c - 0.0036539 * c * c
    e = 1 - 0.002516 * c - 0.0000074 * c * c
    terms = sum(x * e ** abs(m) * _sin(d * elongation + m * sun + n * moon + f * latitude)
                for d, m, n, f, x in _MOON_TERMS)
    terms += (3958 * _sin(119.75 + 131.849 * c) + 1962 * _sin(mean - latitude)
              + 318 * _sin(53.09 + 479264.290 * c))
    return (mean + terms / 1e6 + _nutation(c)) % 360


def _nutation(c: float) -> float:
    # Nutation in longitude (degrees), the two main terms, as in _solar_longitude.
    return (-0.004778 * _sin(124.90 - 1934.134 * c + 0.002063 * c * c)
            - 0.0003667 * _sin(201.11 + 72001.5377 * c + 0.00057 * c * c))


def _lunar_phase(moment: float) -> float:
    # How far the moon is ahead of the sun, 0..360 degrees (0 new moon, 180 full moon).
    return (_lunar_longitude(moment) - _solar_longitude(moment)) % 360


def tithi(moment: datetime) -> int:
    """The lunar day (1..30) at a moment in UT: 2024-11-01 06:00 -> 30 (Amavasya).

    Tithis 1..15 are the bright fortnight (shukla paksha, 15 = Purnima, full moon), 16..30
    the dark one (krishna paksha, 30 = Amavasya, new moon): the moon gains 12 degrees on the
    sun in each. ValueError outside 1900..2099.
    """
    if not _HINDU_MIN_YEAR <= moment.year <= _HINDU_MAX_YEAR:
        raise ValueError(f"year out of range: {moment.year}")
    midnight = datetime(moment.year, moment.month, moment.day)
    day = moment.toordinal() + (moment - midnight) / timedelta(days=1)
    return math.floor(_lunar_phase(day) / 12) + 1


def _phase_reached(target: float, estimate: float) -> float:
    # The moment near `estimate` (within a few days) when the lunar phase reaches `target`
    # degrees: Newton's method with the moon's mean rate, to a fraction of a second.
    moment = estimate
    for _ in range(30):
        step = ((target - _lunar_phase(moment) + 180) % 360 - 180) / 12.1907
        moment += step
        if abs(step) < 1e-7:
            break
    return moment


def _ayanamsa(moment: float) -> float:
    # The Lahiri (Chitrapaksha) ayanamsa in degrees, the distance of the sidereal zodiac's
    # origin from the equinox: 23 deg 15' 0.658" on 1956-03-21 (the Indian Calendar Reform
    # Committee's value) moved by the general precession in longitude (Lieske, 1977).
    c = (_julian_ephemeris_day(moment) - _J2000) / 36525
    return 23.857092 + (5029.0966 * c + 1.11113 * c * c) / 3600


def _sidereal_solar_longitude(moment: float) -> float:
    # Almanacs subtract the true ayanamsa (with nutation): the sun's place among the stars.
    c = (_julian_ephemeris_day(moment) - _J2000) / 36525
    return (_solar_longitude(moment) - _nutation(c) - _ayanamsa(moment)) % 360


def _sankranti(sign: int, year: int) -> float:
    # The moment the sun enters sidereal sign `sign` (0 Mesha/Aries .. 11 Meena/Pisces) in a
    # Gregorian year: Mesha about 14 April, Makara (9) about 14 January.
    estimate = _ordinal(year, 4, 14) + sign * 30.44
    if estimate >= _ordinal(year + 1, 1, 1):
        estimate -= 365.2422
    moment = estimate
    for _ in range(30):
        step = ((30 * sign - _sidereal_solar_longitude(moment) + 180) % 360 - 180) / 0.9856
        moment += step
        if abs(step) < 1e-7:
            break
    return moment


def _ist_day(moment: float) -> int:
    return math.floor(moment + _IST)


def _sun_event(day: int, rising: bool, place: tuple[float, float] = _DELHI) -> float:
    # Sunrise or sunset (UT moment) at a place (New Delhi) on an IST day: the sun's upper limb
    # on the horizon with standard refraction (-0.833 degrees), iterated from local noon;
    # within a few seconds of a full ephemeris.
    latitude, east = math.radians(place[0]), place[1]
    moment = day + 0.5 - east / 360
    for _ in range(3):
        c = (_julian_ephemeris_day(moment) - _J2000) / 36525
        sun = math.radians(_solar_longitude(moment))
        obliquity = math.radians(23.439291 - 0.0130042 * c)
        declination = math.asin(math.sin(obliquity) * math.sin(sun))
        ascension = math.degrees(math.atan2(math.cos(obliquity) * math.sin(sun), math.cos(sun)))
        # The equation of time in degrees: the mean sun's longitude less the true sun's
        # right ascension.
        equation = (280.46646 + 36000.76983 * c - ascension + 180) % 360 - 180
        noon = day + 0.5 - (east + equation) / 360
        hour_angle = math.degrees(math.acos(
            (_sin(-0.833) - math.sin(latitude) * math.sin(declination))
            / (math.cos(latitude) * math.cos(declination))))
        moment = noon - hour_angle / 360 if rising else noon + hour_angle / 360
    return moment


def _sunrise(day: int) -> float:
    return _sun_event(day, rising=True)


def _sunset(day: int) -> float:
    return _sun_event(day, rising=False)


def _midday(day: int) -> float:
    # Madhyahna, the middle of the daytime.
    return (_sunrise(day) + _sunset(day)) / 2


def _midnight(day: int) -> float:
    # Nishita, the middle of the night that follows the day.
    return (_sunset(day) + _sunrise(day + 1)) / 2


def _tithi_span(month: int, number: int, year: int) -> tuple[float, float]:
    # Tithi `number` (1..30) of the amanta month `month` (0 Chaitra .. 11 Phalguna) that falls
    # in a Gregorian year, as UT moments [start, end). An amanta month runs from new moon to new
    # moon and is named after the sidereal sign the sun enters during it: the month in which
    # the sun enters Mesha (Aries, about 14 April) is Chaitra, Vrishabha gives Vaishakha, and
    # so on to Meena (Pisces), Phalguna. A month in which the sun enters no sign is a leap
    # (adhika) month and takes the name of the next one; festivals are kept in the next one,
    # the regular (nija) month, which is the one holding the sign change found here.
    new_moon = _new_moon_before(_sankranti(month, year))
    rate = 12 / 12.1907  # days per tithi on average
    start = _phase_reached(12 * (number - 1), new_moon + rate * (number - 1))
    end = _phase_reached(12 * number % 360, new_moon + rate * number)
    return start, end


def _first_day_at(start: float, end: float, moment_of: Callable[[int], float]) -> int:
    # The first IST day whose chosen moment (sunrise, midday, midnight) falls within the tithi;
    # a tithi can also fall between two such moments (a "lost" tithi, kshaya): then the day
    # holding its middle.
    for day in range(_ist_day(start) - 1, _ist_day(end) + 1):
        if start <= moment_of(day) < end:
            return day
    return _ist_day((start + end) / 2)


def _most_within(start: float, end: float, window: Callable[[int], tuple[float, float]]) -> int:
    # The IST day whose window (pradosh) is most within the tithi; when the tithi touches
    # neither, the day holding its middle.
    best, most = _ist_day((start + end) / 2), 0.0
    for day in range(_ist_day(start) - 1, _ist_day(end) + 1):
        low, high = window(day)
        overlap = min(end, high) - max(start, low)
        if overlap > most:
            best, most = day, overlap
    return best


def _last_within(start: float, end: float, window: Callable[[int], tuple[float, float]]) -> int:
    # The last IST day whose window (aparahna) the tithi touches; else the day of its middle.
    days = [day for day in range(_ist_day(start) - 1, _ist_day(end) + 1)
            if min(end, window(day)[1]) > max(start, window(day)[0])]
    return days[-1] if days else _ist_day((start + end) / 2)


def _pradosh(day: int) -> tuple[float, float]:
    # Pradosh, the 2 h 24 min (6 ghatis) after sunset: Lakshmi Puja on the evening of Amavasya.
    # When Amavasya touches both evenings, the one it covers longer (2024: 31 October, not
    # 1 November, when it ended at 18:16, 40 minutes after sunset).
    dusk = _sunset(day)
    return dusk, dusk + 0.1


def _afternoon_day(start: float, end: float, fraction: float) -> int:
    # A tithi kept in the afternoon, at `fraction` of the daytime: on the day it prevails at
    # sunrise if it lasts until then, else on the day before if it prevails then, else on the
    # sunrise day after all. Vijayadashami at the vijaya muhurta (10/15 of the daytime):
    # 2019-10-08 (Dashami to 14:51), 2024-10-12 (Dashami from 10:58 to 09:08 on the 13th),
    # 2022-10-05 (Dashami from 14:20 on the 4th, after the muhurta began, to 12:00).
    day = _first_day_at(start, end, _sunrise)
    for candidate in (day, day - 1):
        rise = _sunrise(candidate)
        if start <= rise + (_sunset(candidate) - rise) * fraction < end:
            return candidate
    return day


def _aparahna(day: int) -> tuple[float, float]:
    # Aparahna, the fourth fifth of the daytime: Bhai Dooj (Yama Dwitiya) when Dwitiya
    # touches it, on the second day when it touches both (2023-11-15, 2022-10-26).
    rise = _sunrise(day)
    length = _sunset(day) - rise
    return rise + length * 3 / 5, rise + length * 4 / 5


def _raksha_bandhan(start: float, end: float) -> int:
    # Shravana Purnima prevailing at sunrise, unless it ends within 6 ghatis (2 h 24 min) of
    # that sunrise: then the day before, after Bhadra (2023-08-30, Purnima ending 07:05 on the
    # 31st).
    day = _first_day_at(start, end, _sunrise)
    if start < _sunrise(day) and end < _sunrise(day) + 0.1:
        return day - 1
    return day


def _holika_dahan(start: float, end: float) -> int:
    # The bonfire is lit on the first evening of Phalguna Purnima once Bhadra (the first half
    # of the tithi, an inauspicious karana) is over. When Bhadra lasts past midnight it waits
    # for the next evening if Purnima lasts 3.5 of the 4 watches (prahars) of that day
    # (2023-03-07: Purnima from 16:17 on the 6th to 18:09 on the 7th, Bhadra to 05:15), and is
    # lit in the late Bhadra of the first night if not (2022-03-17: Purnima to 12:47 next day).
    bhadra_end = _phase_reached(174, (start + end) / 2)
    for day in range(_ist_day(start) - 1, _ist_day(end) + 1):
        if start < _midnight(day) and end > _sunset(day):
            if bhadra_end <= _midnight(day):
                return day
            rise = _sunrise(day + 1)
            return day + 1 if end >= rise + (_sunset(day + 1) - rise) * 7 / 8 else day
    return _ist_day(start)


def _janmashtami(start: float, end: float) -> int:
    # Krishna was born at midnight (nishita) on Ashtami: the day whose midnight has it, but
    # when both midnights (a long tithi) or neither do, the second day (2021-08-30: Ashtami
    # from 23:25 on the 29th to 01:59 on the 31st).
    days = [day for day in range(_ist_day(start) - 1, _ist_day(end) + 1)
            if start <= _midnight(day) < end]
    if len(days) == 1:
        return days[0]
    return days[-1] if days else _ist_day((start + end) / 2)

# Festivals on a tithi: (amanta month, tithi, rule). Purnimanta calendars (North India) end
# each month at the full moon, so their dark fortnight belongs to the next month's name:
# Janmashtami on "Bhadrapada krishna ashtami" is the 23rd tithi of amanta Shravana.
_TITHI_FESTIVALS: dict[str, tuple[int, int, str]] = {
    "ugadi": (0, 1, "sunrise"),  # Chaitra shukla pratipada: the new year (Gudi Padwa)
    "ram_navami": (0, 9, "midday"),  # Chaitra shukla navami, at midday
    "mahavir_jayanti": (0, 13, "sunrise"),  # Chaitra shukla trayodashi
    "buddha_purnima": (1, 15, "sunrise"),  # Vaishakha purnima
    "ratha_yatra": (3, 2, "sunrise"),  # Ashadha shukla dwitiya
    "raksha_bandhan": (4, 15, "raksha"),  # Shravana purnima
    "janmashtami": (4, 23, "janmashtami"),  # Bhadrapada krishna ashtami (purnimanta)
    "ganesh_chaturthi": (5, 4, "midday"),  # Bhadrapada shukla chaturthi
    "ghatasthapana": (6, 1, "sunrise"),  # Ashvina shukla pratipada: Navratri's first day
    "maha_shashthi": (6, 6, "sunrise"),  # Ashvina shukla shashthi: Durga Puja's first day
    "maha_saptami": (6, 7, "sunrise"),
    "maha_ashtami": (6, 8, "sunrise"),
    "maha_navami": (6, 9, "sunrise"),
    "dussehra": (6, 10, "vijaya"),  # Ashvina shukla dashami
    "valmiki_jayanti": (6, 15, "sunrise"),  # Ashvina purnima
    "karva_chauth": (6, 19, "moonrise"),  # Kartika krishna chaturthi (purnimanta)
    "dhanteras": (6, 28, "pradosh"),  # Kartika krishna trayodashi (purnimanta)
    "diwali": (6, 30, "pradosh"),  # Amavasya ending Ashvina (amanta), Lakshmi Puja at dusk
    "bhai_dooj": (7, 2, "aparahna"),  # Kartika shukla dwitiya
    "chhath": (7, 6, "sunrise"),  # Kartika shukla shashthi, the evening offering
    "guru_nanak_jayanti": (7, 15, "sunrise"),  # Kartika purnima
    "guru_gobind_singh_jayanti": (9, 7, "sunrise"),  # Pausha shukla saptami
    "vasant_panchami": (10, 5, "sunrise"),  # Magha shukla panchami
    "guru_ravidas_jayanti": (10, 15, "sunrise"),  # Magha purnima
    "maha_shivaratri": (10, 29, "midnight"),  # Phalguna krishna chaturdashi (purnimanta)
    "holika_dahan": (11, 15, "holika"),  # Phalguna purnima, the evening bonfire
}


def _moonrise_approx(day: int) -> float:
    # Moonrise on the fourth night after full moon, about three hours after sunset.
    return _sunset(day) + 0.125


_TITHI_RULES: dict[str, Callable[[float, float], int]] = {
    "sunrise": lambda start, end: _first_day_at(start, end, _sunrise),
    "midday": lambda start, end: _first_day_at(start, end, _midday),
    "moonrise": lambda start, end: _first_day_at(start, end, _moonrise_approx),
    "midnight": lambda start, end: _first_day_at(start, end, _midnight),
    "pradosh": lambda start, end: _most_within(start, end, _pradosh),
    "aparahna": lambda start, end: _last_within(start, end, _aparahna),
    "janmashtami": _janmashtami,
    "vijaya": lambda start, end: _afternoon_day(start, end, 10 / 15),
    "raksha": _raksha_bandhan,
    "holika": _holika_dahan,
}


def _onam(year: int) -> int:
    # Thiruvonam, the day the moon is in the nakshatra (lunar mansion, 1/27 of the sidereal
    # zodiac) Shravana (Thiruvonam, the 22nd: 280 to 293 deg 20') in the Malayalam solar month
    # Chingam, reckoned at Kochi. Chingam begins on the day the sun enters sidereal Simha (Leo)
    # if it does so within the first 3/5 of the daytime, else the next day. A day counts if
    # the nakshatra holds 6 nazhikas (2 h 24 min) after sunrise (2018-08-24: it began just after
    # sunrise); when the moon passes through it twice in Chingam, the second time counts
    # (2024-09-15, not 2024-08-19).
    def first_day(sign: int) -> int:
        moment = _sankranti(sign, year)
        day = _ist_day(moment)
        rise, dusk = _sun_event(day, True, _KOCHI), _sun_event(day, False, _KOCHI)
        return day if moment < rise + (dusk - rise) * 3 / 5 else day + 1

    def thiruvonam(day: int) -> bool:
        moment = _sun_event(day, True, _KOCHI) + 0.1
        c = (_julian_ephemeris_day(moment) - _J2000) / 36525
        sidereal = (_lunar_longitude(moment) - _nutation(c) - _ayanamsa(moment)) % 360
        return math.floor(sidereal * 27 / 360) == 21

    days = [day for day in range(first_day(4), first_day(5)) if thiruvonam(day)]
    day = days[-1]  # the moon returns every 27.3 days: at least once in a 31-day month
    while day - 1 in days:
        day -= 1
    return day


# Festivals of the sidereal solar calendar, and days counted from another festival.
_SOLAR_FESTIVALS = ("makar_sankranti", "pongal", "baisakhi", "onam", "rabindra_jayanti")
_DERIVED_FESTIVALS: dict[str, tuple[str, int]] = {
    "holi": ("holika_dahan", 1),  # the colours, the morning after the bonfire
    "choti_diwali": ("diwali", -1),  # Narak Chaturdashi, the eve of Lakshmi Puja
    "bhogi": ("pongal", -1),  # the last day of Margazhi
    "mattu_pongal": ("pongal", 1),  # Thai 2, for the cattle
    "kaanum_pongal": ("pongal", 2),  # Thai 3, for visits
}


@lru_cache(maxsize=512)
def _hindu_ordinal(name: str, year: int) -> int | None:
    if not _HINDU_MIN_YEAR <= year <= _HINDU_MAX_YEAR:
        return None
    festival = _TITHI_FESTIVALS.get(name)
    if festival is not None:
        month, number, rule = festival
        o = _TITHI_RULES[rule](*_tithi_span(month, number, year))
        if o < _ordinal(year, 1, 1):
            # Pausha begins at the new moon before the sun enters Makara (about 14 January), so
            # its days can fall in the December before: then the year's own is in the next
            # Pausha, if that begins in December (2017-01-05 and 2017-12-25, none in 2018).
            o = _TITHI_RULES[rule](*_tithi_span(month, number, year + 1))
        return o
    if name in ("makar_sankranti", "pongal"):
        # The IST date the sun enters sidereal Makara (Capricorn), or the next day when that is
        # after sunset: 2019-01-15 (19:50 on the 14th), 2024-01-15 (02:54).
        moment = _sankranti(9, year)
        day = _ist_day(moment)
        return day + 1 if moment >= _sunset(day) else day
    if name == "baisakhi":
        # The day, sunrise to sunrise, in which the sun enters sidereal Mesha (Aries):
        # 2024-04-13 (21:15), 2025-04-13 (03:30 on the 14th, before sunrise).
        moment = _sankranti(0, year)
        day = _ist_day(moment)
        return day - 1 if moment < _sunrise(day) else day
    if name == "onam":
        return _onam(year)
    if name == "rabindra_jayanti":
        # 25 Boishakh as West Bengal keeps it: Boishakh, the first Bengali solar month, begins
        # the day after the sun enters sidereal Mesha if it does so before midnight, else the
        # day after that; so the IST date of the entry plus 25 days: 2024-05-08 (21:04 on
        # 13 April), 2025-05-09 (03:21 on 14 April). Bangladesh's revised calendar fixes 8 May.
        return _ist_day(_sankranti(0, year)) + 25
    derived = _DERIVED_FESTIVALS.get(name)
    if derived is not None:
        o = _hindu_ordinal(derived[0], year)
        return None if o is None else o + derived[1]
    return None


_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new_years_day": (1, 1),
    "australia_day": (1, 26),
    "international_holocaust_remembrance_day": (1, 27),  # the liberation of Auschwitz
    "groundhog_day": (2, 2),
    "valentines_day": (2, 14),
    "ides_of_march": (3, 15),
    "st_patricks_day": (3, 17),
    "jamshedi_navroz": (3, 21),  # 1 Farvardin of the Parsi Fasli calendar, tied to 21 March
    "earth_day": (4, 22),
    "anzac_day": (4, 25),
    "may_day": (5, 1),
    "cinco_de_mayo": (5, 5),
    "juneteenth": (6, 19),
    "canada_day": (7, 1),
    "independence_day": (7, 4),
    "bastille_day": (7, 14),
    "halloween": (10, 31),
    "world_vegan_day": (11, 1),
    "guy_fawkes_night": (11, 5),
    "veterans_day": (11, 11),
    "armistice_day": (11, 11),
    "christmas_eve": (12, 24),
    "christmas": (12, 25),
    "boxing_day": (12, 26),
    "new_years_eve": (12, 31),
}
# (month, day, {weekday (0 = Monday): days moved}, first year): a fixed day moved off some
# weekdays. National Boss's Day goes to the nearest working day; King's Day (Koningsdag)
# replaced Queen's Day (30 April) in 2014 and is kept on Saturday the 26th when the 27th is
# a Sunday.
_SHIFTED_HOLIDAYS: dict[str, tuple[int, int, dict[int, int], int]] = {
    "bosses_day": (10, 16, {5: -1, 6: 1}, 1958),
    "kings_day": (4, 27, {6: -1}, 2014),
}
_EASTER_OFFSETS: dict[str, int] = {
    "shrove_tuesday": -47,
    "ash_wednesday": -46,
    "palm_sunday": -7,
    "maundy_thursday": -3,
    "good_friday": -2,
    "holy_saturday": -1,
    "easter": 0,
    "easter_monday": 1,
    "ascension_day": 39,
    "pentecost": 49,
    "whit_monday": 50,
    "trinity_sunday": 56,
}
_ORTHODOX_OFFSETS: dict[str, int] = {
    "clean_monday": -48,
    "lazarus_saturday": -8,
    "orthodox_palm_sunday": -7,
    "orthodox_good_friday": -2,
    "orthodox_easter": 0,
}
# Seasons of the church year, [first day, day after the last) in days from Easter or from
# Orthodox Easter. "Easter week" is the Monday-to-Sunday week that ends on Easter Sunday, the
# week of the Passion as American news uses the phrase: TimeML annotates "as Easter week began"
# (published Monday 2000-04-17, Easter 2000-04-23) as 2000-W16.
_EASTER_SPANS: dict[str, tuple[bool, int, int]] = {  # (orthodox?, start, end)
    "lent": (False, -46, 0),  # Ash Wednesday up to Easter Sunday
    "holy_week": (False, -7, 0),  # Palm Sunday to Holy Saturday
    "easter_week": (False, -6, 1),
    "great_lent": (True, -48, -8),  # Clean Monday to the Friday before Lazarus Saturday
}
# (month, weekday, n, days added): US rules of today, applied to every year; Remembrance
# Sunday (UK) is the second Sunday of November.
_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "mlk_day": (1, 0, 3, 0),
    "presidents_day": (2, 0, 3, 0),
    "mothers_day": (5, 6, 2, 0),
    "memorial_day": (5, 0, -1, 0),
    "fathers_day": (6, 6, 3, 0),
    "labor_day": (9, 0, 1, 0),
    "columbus_day": (10, 0, 2, 0),
    "election_day": (11, 0, 1, 1),
    "remembrance_sunday": (11, 6, 2, 0),
    "thanksgiving": (11, 3, 4, 0),
    "black_friday": (11, 3, 4, 1),
    "cyber_monday": (11, 3, 4, 4),
}
_ISLAMIC_HOLIDAYS: dict[str, tuple[int, int]] = {
    "islamic_new_year": (1, 1),
    "ashura": (1, 10),
    "mawlid": (3, 12),
    "isra_miraj": (7, 27),
    "laylat_al_qadr": (9, 27),  # the 27th night, the evening before the day of 27 Ramadan
    "eid_al_fitr": (10, 1),
    "eid_al_adha": (12, 10),
}
# Days from 1 Tishrei of the Hebrew year that begins in the Gregorian year: a negative count
# reaches back into the months before it, whose lengths are fixed from Adar (Adar II in a leap
# year) on: 15 Nisan is always 163 days before 1 Tishrei. Only 15 Shevat moves, 30 days
# earlier in a leap year, as Adar I comes between.
_HEBREW_HOLIDAYS: dict[str, int] = {
    "tu_bishvat": -222,  # 15 Shevat
    "purim": -193,  # 14 Adar (Adar II in a leap year)
    "shushan_purim": -192,  # 15 Adar
    "passover": -163,  # 15 Nisan
    "yom_hashoah": -151,  # 27 Nisan
    "yom_hazikaron": -144,  # 4 Iyar
    "yom_haatzmaut": -143,  # 5 Iyar
    "lag_baomer": -130,  # 18 Iyar
    "shavuot": -113,  # 6 Sivan
    "tisha_bav": -51,  # 9 Av
    "rosh_hashanah": 0,
    "yom_kippur": 9,
    "sukkot": 14,
    "shemini_atzeret": 21,  # 22 Tishrei
    "simchat_torah": 22,  # 23 Tishrei, outside Israel
}
# Days moved by weekday (0 = Monday) from a first year on: the Israeli days of remembrance
# keep off the Sabbath and, since 2004 for Yom HaZikaron and Yom HaAtzmaut, off the evening
# after it (15 Nisan is never a Monday, Wednesday or Friday, so 27 Nisan is a Friday, Sunday,
# Tuesday or Thursday and 5 Iyar a Saturday, Monday, Wednesday or Friday). Yom HaZikaron is
# always the day before Yom HaAtzmaut. The fast of 9 Av falling on the Sabbath is kept on
# Sunday.
_HEBREW_SHIFTS: dict[str, dict[int, tuple[int, int]]] = {  # weekday: (days, first year)
    "yom_hashoah": {4: (-1, 1), 6: (1, 1)},
    "yom_hazikaron": {3: (-1, 1), 4: (-2, 1), 6: (1, 2004)},
    "yom_haatzmaut": {4: (-1, 1), 5: (-2, 1), 0: (1, 2004)},
    "tisha_bav": {5: (1, 1)},
}
_LUNAR_HOLIDAYS: dict[str, tuple[str, int]] = {  # (country, days from the new year)
    "lunar_new_year": ("china", 0),
    "lunar_new_years_eve": ("china", -1),
    "tet": ("vietnam", 0),
}

HOLIDAYS: frozenset[str] = frozenset(
    [
        *_FIXED_HOLIDAYS,
        *_SHIFTED_HOLIDAYS,
        *_EASTER_OFFSETS,
        *_ORTHODOX_OFFSETS,
        *_EASTER_SPANS,
        *_WEEKDAY_HOLIDAYS,
        *_ISLAMIC_HOLIDAYS,
        *_HEBREW_HOLIDAYS,
        *_LUNAR_HOLIDAYS,
        *_TITHI_FESTIVALS,
        *_SOLAR_FESTIVALS,
        *_DERIVED_FESTIVALS,
        "navratri",
        "durga_puja",
        "orthodox_christmas",
        "hanukkah",
        "ramadan",
        "jumuatul_wida",
        "earth_hour",
        "parsi_new_year",
    ]
)
# 1 Farvardin of Yazdegerdi year 1388 in the Shahenshahi calendar, which has kept 365 days a
# year with no leap day for centuries: its new year comes a day earlier every fourth year.
_PARSI_EPOCH = 736923  # 2018-08-17


def _orthodox_christmas(year: int) -> int | None:
    # 25 December of the Julian calendar: 7 January from 1901 to 2099 (8 January from 2101),
    # so it falls in the Gregorian year after the Julian one; in the first centuries, when the
    # calendars were a few days apart, it fell in the same year.
    for julian_year in (year - 1, year):
        o = _julian_ordinal(julian_year, 12, 25)
        if _ordinal(year, 1, 1) <= o < _ordinal(year + 1, 1, 1):
            return o
    return None


def _jumuatul_wida(year: int) -> int | None:
    # The last Friday of Ramadan, 30 days long in the tabular calendar: when the month is seen
    # to end after 29 days and its 30th is a Friday, that Friday is Eid instead.
    for islamic_year in (gregorian_to_islamic(date(year, 1, 1))[0] + x for x in (0, 1)):
        if islamic_year < 1:
            continue
        o = _islamic_ordinal(islamic_year, 9, 30)
        o -= (o - 5) % 7  # ordinal 5 (0001-01-05) was a Friday
        if _ordinal(year, 1, 1) <= o < _ordinal(year + 1, 1, 1):
            return o
    return None


def _earth_hour(year: int) -> int | None:
    # The last Saturday of March since 2007, a week earlier when that is Holy Saturday (2013,
    # 2016, 2018, 2024), as the WWF has set it.
    if year < 2007:
        return None
    o = _ordinal(year, 3, 31)
    o -= (o - 6) % 7  # ordinal 6 (0001-01-06) was a Saturday
    return o - 7 if o == easter(year).toordinal() - 1 else o


def _hebrew_ordinal(name: str, year: int) -> int | None:
    tishrei = _HEBREW_HOLIDAYS.get(name)
    if tishrei is None:
        return None
    # 1 Tishrei of AM year + 3761 always falls in September or October of `year`.
    new_year = _hebrew_new_year(year + 3761)
    if name == "tu_bishvat" and new_year - _hebrew_new_year(year + 3760) > 380:
        tishrei -= 30  # a leap year: Adar I lies between Shevat and Adar II
    o = new_year + tishrei
    days, first_year = _HEBREW_SHIFTS.get(name, {}).get((o - 1) % 7, (0, 1))
    return o + days if year >= first_year else o


def _holiday_ordinal(name: str, year: int) -> int | None:
    fixed = _FIXED_HOLIDAYS.get(name)
    if fixed is not None:
        return _ordinal(year, *fixed)
    shifted = _SHIFTED_HOLIDAYS.get(name)
    if shifted is not None:
        month, day, moves, first_year = shifted
        if year < first_year:
            return None
        o = _ordinal(year, month, day)
        return o + moves.get((o - 1) % 7, 0)
    offset = _EASTER_OFFSETS.get(name)
    if offset is not None:
        return easter(year).toordinal() + offset
    offset = _ORTHODOX_OFFSETS.get(name)
    if offset is not None:
        return orthodox_easter(year).toordinal() + offset
    rule = _WEEKDAY_HOLIDAYS.get(name)
    if rule is not None:
        month, weekday, n, extra = rule
        day = nth_weekday(year, month, weekday, n)
        return None if day is None else day.toordinal() + extra
    islamic = _ISLAMIC_HOLIDAYS.get(name)
    if islamic is not None:
        return _islamic_in_year(year, *islamic)
    if name in _HEBREW_HOLIDAYS:
        return _hebrew_ordinal(name, year)
    lunar = _LUNAR_HOLIDAYS.get(name)
    if lunar is not None:
        if not _LUNAR_MIN_YEAR <= year <= _LUNAR_MAX_YEAR:
            return None
        country, days = lunar
        return lunar_new_year(year, country).toordinal() + days
    if name in _TITHI_FESTIVALS or name in _SOLAR_FESTIVALS or name in _DERIVED_FESTIVALS:
        return _hindu_ordinal(name, year)
    if name == "orthodox_christmas":
        return _orthodox_christmas(year)
    if name == "jumuatul_wida":
        return _jumuatul_wida(year)
    if name == "earth_hour":
        return _earth_hour(year)
    if name == "parsi_new_year":
        # The first on or after 1 January (a leap year that begins with one ends with the next).
        first = _ordinal(year, 1, 1)
        return first + (_PARSI_EPOCH - first) % 365
    if name == "hanukkah":
        # 25 Kislev: Tishrei has 30 days, Heshvan 30 only in a "complete" year (355 or 385).
        new_year = _hebrew_new_year(year + 3761)
        length = _hebrew_new_year(year + 3762) - new_year
        return new_year + 30 + (30 if length in (355, 385) else 29) + 24
    return None


def _holiday_span(name: str, year: int) -> tuple[int, int] | None:
    if name == "ramadan":
        start = _islamic_in_year(year, 9, 1)
        return None if start is None else (start, start + 30)
    if name == "navratri":
        # The nine nights from Ashvina shukla pratipada up to Vijayadashami (Dussehra).
        start, end = _hindu_ordinal("ghatasthapana", year), _hindu_ordinal("dussehra", year)
        return None if start is None or end is None else (start, end)
    if name == "durga_puja":
        # Maha Shashthi to Vijayadashami (Bijoya Dashami), both included.
        start, end = _hindu_ordinal("maha_shashthi", year), _hindu_ordinal("dussehra", year)
        return None if start is None or end is None else (start, end + 1)
    span = _EASTER_SPANS.get(name)
    if span is not None:
        orthodox, first, last = span
        sunday = (orthodox_easter(year) if orthodox else easter(year)).toordinal()
        return sunday + first, sunday + last
    o = _holiday_ordinal(name, year)
    return None if o is None else (o, o + 1)


def holiday(name: str, year: int) -> Interval | None:
    """The days of a named holiday in a year: ("thanksgiving", 2025) -> (2025-11-27, 2025-11-28).

    Names are those in HOLIDAYS; None for any other name, a year outside 1..9999, or a year
    the holiday does not fall in. Most are one day. Spans: "lent" (Ash Wednesday up to Easter
    Sunday), "holy_week" (Palm Sunday to Holy Saturday), "easter_week" (the Monday-to-Sunday
    week ending on Easter Sunday, TimeML's "2000-W16"), "great_lent" (Clean Monday to the day
    before Lazarus Saturday) and "ramadan" (30 days, 1 Ramadan to 1 Shawwal).
    US weekday rules of today apply to every year (Memorial Day before 1971 was May 30, which
    is not modelled); King's Day exists from 2014, Boss's Day from 1958 and "earth_hour" (the
    last Saturday of March, a week earlier when that is Holy Saturday) from 2007. Easter and its
    feasts use the Gregorian computus, also before 1583; the Orthodox ones ("orthodox_easter",
    "orthodox_good_friday", "clean_monday", ...) the Julian computus, and "orthodox_christmas"
    is Julian 25 December, all as Gregorian dates.
    Islamic days come from the tabular calendar: observed dates, which follow the sighting of
    the moon, may differ by a day or two; when a Gregorian year holds two (1997 for Ramadan)
    the first is returned; None before AH 1 (622). Like Hebrew days they are the daytime date:
    "laylat_al_qadr" (27 Ramadan) and "isra_miraj" (27 Rajab) are kept in the night before it.
    "jumuatul_wida" is the last Friday of Ramadan.
    Hebrew days come from the arithmetic calendar and are the daytime date: each begins at
    sunset the evening before. "rosh_hashanah" is 1 Tishrei (it continues on 2 Tishrei);
    "passover" (15 Nisan), "sukkot" (15 Tishrei) and "hanukkah" (25 Kislev) are their first
    day, not their whole span; "tisha_bav" falling on the Sabbath is kept on Sunday;
    "yom_hashoah" (27 Nisan), "yom_hazikaron" and "yom_haatzmaut" (4 and 5 Iyar) move off the
    Sabbath as Israel keeps them (Yom HaShoah by today's rule in every year); "simchat_torah"
    is 23 Tishrei, as outside Israel.
    "lunar_new_year" (and "lunar_new_years_eve", the day before) is computed from the sun and
    moon at UTC+8 and "tet" at UTC+7 (see lunar_new_year), for years 1645..2199 only.
    Hindu festivals come from the sidereal lunisolar calendar (amanta months named by the sun's
    entry into a Lahiri sidereal sign, adhika months skipped), for years 1900..2099 only, as
    IST dates with sunrise and sunset at New Delhi: ("diwali", 2025) -> 2025-10-20. Each keeps
    its almanac rule for which day holds the tithi: at sunrise ("ugadi", "buddha_purnima",
    "guru_nanak_jayanti", "ghatasthapana", "chhath", "vasant_panchami", "mahavir_jayanti",
    "ratha_yatra", "guru_ravidas_jayanti", "valmiki_jayanti", "guru_gobind_singh_jayanti",
    "maha_shashthi" to "maha_navami"), midday ("ram_navami",
    "ganesh_chaturthi"), midnight ("janmashtami", "maha_shivaratri"), dusk ("diwali" and
    "dhanteras", Lakshmi Puja's pradosh; "karva_chauth" at moonrise), afternoon ("dussehra",
    "bhai_dooj"), with Bhadra ("holika_dahan", "holi" the day after; "raksha_bandhan").
    "choti_diwali" is the day before Diwali, "navratri" the nine days from Ghatasthapana up
    to Dussehra, "durga_puja" Maha Shashthi to Dussehra. "makar_sankranti" and "pongal" are
    the day the sun enters sidereal Capricorn (the next day if after sunset; "bhogi" the day
    before, "mattu_pongal" and "kaanum_pongal" the two after), "baisakhi" the
    sunrise-to-sunrise day it enters Aries, "rabindra_jayanti" 25 Boishakh in West Bengal,
    and "onam" Thiruvonam in the Malayalam month Chingam, reckoned at Kochi. Regional almanacs
    differ by a day in some years (Diwali 2024: 31 October here, 1 November in some states).
    "parsi_new_year" follows the Shahenshahi calendar of 365 days (2025-08-15) and
    "jamshedi_navroz" the Fasli one (21 March).
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    span = _holiday_span(name, year)
    if span is None or not _ordinal(year, 1, 1) <= span[0] < _ordinal(year + 1, 1, 1):
        return None  # the Hebrew calendar drifts: Hanukkah reaches January after AD 9000
    return _span(*span)
