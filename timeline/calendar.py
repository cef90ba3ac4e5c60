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
from collections.abc import Sequence
from datetime import date, datetime, timedelta
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
    "month_interval",
    "nearest_year",
    "nth_weekday",
    "partofday_value",
    "quarter_interval",
    "season_interval",
    "season_of",
    "season_value",
    "shift",
    "shift_by",
    "sub_interval",
    "timex_value",
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


_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new_years_day": (1, 1),
    "valentines_day": (2, 14),
    "st_patricks_day": (3, 17),
    "independence_day": (7, 4),
    "halloween": (10, 31),
    "veterans_day": (11, 11),
    "christmas_eve": (12, 24),
    "christmas": (12, 25),
    "boxing_day": (12, 26),
    "new_years_eve": (12, 31),
    "ides_of_march": (3, 15),
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
# (month, weekday, n, days added): US rules of today, applied to every year.
_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "mlk_day": (1, 0, 3, 0),
    "presidents_day": (2, 0, 3, 0),
    "mothers_day": (5, 6, 2, 0),
    "memorial_day": (5, 0, -1, 0),
    "fathers_day": (6, 6, 3, 0),
    "labor_day": (9, 0, 1, 0),
    "election_day": (11, 0, 1, 1),
    "thanksgiving": (11, 3, 4, 0),
    "black_friday": (11, 3, 4, 1),
    "cyber_monday": (11, 3, 4, 4),
}
_ISLAMIC_HOLIDAYS: dict[str, tuple[int, int]] = {
    "islamic_new_year": (1, 1),
    "ashura": (1, 10),
    "mawlid": (3, 12),
    "laylat_al_qadr": (9, 27),
    "eid_al_fitr": (10, 1),
    "eid_al_adha": (12, 10),
}
# Days from 1 Tishrei of the Hebrew year that begins in the Gregorian year: a negative count
# reaches back into the spring before it (15 Nisan is always 163 days before 1 Tishrei).
_HEBREW_HOLIDAYS: dict[str, int] = {
    "purim": -193,  # 14 Adar (Adar II in a leap year)
    "passover": -163,  # 15 Nisan
    "shavuot": -113,  # 6 Sivan
    "rosh_hashanah": 0,
    "yom_kippur": 9,
    "sukkot": 14,
}

HOLIDAYS: frozenset[str] = frozenset(
    [
        *_FIXED_HOLIDAYS,
        *_EASTER_OFFSETS,
        *_WEEKDAY_HOLIDAYS,
        *_ISLAMIC_HOLIDAYS,
        *_HEBREW_HOLIDAYS,
        "hanukkah",
        "ramadan",
    ]
)


def _holiday_ordinal(name: str, year: int) -> int | None:
    fixed = _FIXED_HOLIDAYS.get(name)
    if fixed is not None:
        return _ordinal(year, *fixed)
    offset = _EASTER_OFFSETS.get(name)
    if offset is not None:
        return easter(year).toordinal() + offset
    rule = _WEEKDAY_HOLIDAYS.get(name)
    if rule is not None:
        month, weekday, n, extra = rule
        day = nth_weekday(year, month, weekday, n)
        return None if day is None else day.toordinal() + extra
    islamic = _ISLAMIC_HOLIDAYS.get(name)
    if islamic is not None:
        return _islamic_in_year(year, *islamic)
    tishrei = _HEBREW_HOLIDAYS.get(name)
    if tishrei is not None:
        # 1 Tishrei of AM year + 3761 always falls in September or October of `year`.
        return _hebrew_new_year(year + 3761) + tishrei
    if name == "hanukkah":
        # 25 Kislev: Tishrei has 30 days, Heshvan 30 only in a "complete" year (355 or 385).
        new_year = _hebrew_new_year(year + 3761)
        length = _hebrew_new_year(year + 3762) - new_year
        return new_year + 30 + (30 if length in (355, 385) else 29) + 24
    return None


def holiday(name: str, year: int) -> Interval | None:
    """The day of a named holiday in a year: ("thanksgiving", 2025) -> (2025-11-27, 2025-11-28).

    Names are those in HOLIDAYS; None for any other name or a year outside 1..9999. US holidays
    use today's rules for every year (Memorial Day before 1971 was May 30, which is not modelled),
    and Easter and its feasts the Gregorian computus also before 1583 (no Julian Easter).
    "ramadan" is the whole month (30 days, 1 Ramadan to 1 Shawwal) and "eid_al_fitr" (1 Shawwal)
    and "eid_al_adha" (10 Dhu al-Hijjah) one day, from the tabular Islamic calendar: observed
    dates, which follow the sighting of the moon, may differ by a day or two. When a Gregorian
    year holds two of them (1997 for Ramadan) the first is returned; None before AH 1 (622).
    "rosh_hashanah" is 1 Tishrei (the festival continues on 2 Tishrei) and "yom_kippur" 10 Tishrei,
    from the arithmetic Hebrew calendar; both begin at sunset on the evening before the interval.
    So do "purim" (14 Adar, Adar II in leap years), "passover" (15 Nisan), "shavuot" (6 Sivan),
    "sukkot" (15 Tishrei) and "hanukkah" (25 Kislev), each given as its first day; multi-day
    festivals are not spanned.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if name == "ramadan":
        start = _islamic_in_year(year, 9, 1)
        return None if start is None else _span(start, start + 30)
    o = _holiday_ordinal(name, year)
    if o is None or not _ordinal(year, 1, 1) <= o < _ordinal(year + 1, 1, 1):
        return None  # the Hebrew calendar drifts: Hanukkah reaches January after AD 9000
    return _span(o, o + 1)
