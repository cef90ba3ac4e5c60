"""Turn what the text said (TimeSpec) into what we conclude (TimeValue), one verb per kind.

Deictic phrases anchor on the publication time; anaphoric ones ("two days later", "the following
week", "that day") on the focus: the time of the latest dated mention before them. Tense decides
which way a bare weekday, month or holiday goes. All arithmetic is in `timeline.calendar`;
numeric dates ("09/05/2025", "1.3.1999") are read here, without dateparser.

"Friday", published Fri 2025-09-05, past tense -> 2025-09-05 [2025-09-05, 2025-09-06), "day".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from timeline import calendar as cal
from timeline.lexicon import plural
from timeline.models import (
    GRAIN_ORDER,
    Grain,
    Mention,
    Settings,
    Tense,
    TimeSpec,
    TimeValue,
    TimexType,
)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_UNIT_GRAIN = {
    "second": Grain.SECOND, "minute": Grain.MINUTE, "hour": Grain.HOUR, "day": Grain.DAY,
    "week": Grain.WEEK, "fortnight": Grain.WEEK, "weekend": Grain.WEEK, "month": Grain.MONTH,
    "quarter": Grain.QUARTER, "season": Grain.SEASON, "halfyear": Grain.HALFYEAR,
    "year": Grain.YEAR, "decade": Grain.DECADE, "century": Grain.CENTURY,
}
# Parts of the day as clock hours [from, to); night runs past midnight.
_PARTOFDAY_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24),
                    "NI": (20, 30), "DT": (6, 18)}
_PARTOFDAY_WORDS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_MOD_PART = {"START": "early", "MID": "mid", "END": "late",
             "FIRST_HALF": "first_half", "SECOND_HALF": "second_half"}
_MOD_TIMEX = {"FIRST_HALF": "START", "SECOND_HALF": "END"}


@dataclass
class Context:
    """What resolution knows while it walks a document: publication time, settings, focus."""

    published: datetime
    settings: Settings
    focus: TimeValue | None = None
    # The latest focus known to the day or finer: "earlier in the day" after "her first since
    # taking office in May" is the day the story was at before May was named.
    day_focus: TimeValue | None = None
    quarter: TimeValue | None = None  # the latest quarter named: financial "a year earlier"
    notes: list[str] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.published.date()


def _side(direction: str) -> str:
    """How a reading direction is said: "nearest" -> "either direction", "past" -> "the past"."""
    return "either direction" if direction == "nearest" else f"the {direction}"


def _day(d: date) -> str:
    return f"{WEEKDAYS[d.weekday()][:3]} {d.isoformat()}"


def _value(start: datetime, end: datetime, grain: Grain, **extra: object) -> TimeValue:
    return TimeValue(value=cal.timex_value(start, grain), start=start, end=end, grain=grain,
                     **extra)  # type: ignore[arg-type]


def _interval(grain: Grain, d: date, ctx: Context) -> tuple[datetime, datetime] | None:
    return cal.unit_interval(grain, d, ctx.settings.hemisphere)


def _direction(tense: Tense, ctx: Context, *, dated: bool = False) -> str:
    """Which way a bare name points: past, future, or (for dates in present tense) nearest.

    A weekday in present tense is the latest one ("Putin says Friday"); a month and day in
    present tense ("is payable Dec. 7") may lie either side of publication.
    """
    if tense == "future":
        return "future"
    if tense == "present" and ctx.settings.prefer == "future":
        return "future"
    if tense == "present" and dated:
        return "nearest"
    return "past"


# Past-tense news often reports near deadlines: "extended the offer to Nov. 20", "to be
# completed by Dec. 15", published late October. A date without a year after a deadline word
# that comes this soon after publication is that one, not last year's.
_NEAR_AHEAD = timedelta(days=75)


def _dated_direction(month: int, day: int | None, tense: Tense, ctx: Context,
                     rel: str | None) -> str:
    """The direction for a month (and day) without a year: as `_direction`, except that in past
    tense a date after a deadline word less than 75 days ahead is read forward (published
    1989-10-30, "was extended to Nov. 16" -> 1989-11-16; "filed on Oct. 2" -> 1989-10-02), and
    a date a verb sets or moves is the nearer one in past tense, the next one otherwise
    (published 2026-03-12, "set sentencing for June 18" -> 2026-06-18; published 2026-09-01,
    "postponed the vote to Jan. 5" -> 2027-01-05; published 2026-04-22, "the launch was pushed
    back to January 20. That date did not hold either" -> 2026-01-20)."""
    direction = _direction(tense, ctx, dated=True)
    if rel == "appointment":
        # A story of slips tells of dates set and already gone; a new date is set months
        # ahead at most, so in past tense the nearer of the two readings is meant.
        return "nearest" if direction == "past" else "future"
    if direction == "past" and rel == "deadline":
        year = cal.nearest_year(month, day, ctx.today, "future")
        if cal.is_valid_date(year, month, day or 1) and \
                date(year, month, day or 1) - ctx.today <= _NEAR_AHEAD:
            return "future"
    return direction


def _apply_mod(tv: TimeValue, mod: str | None) -> TimeValue:
    """Narrow an interval to the part a modifier names: "late February 2022" -> Feb 21-28."""
    if not mod or tv.start is None or tv.end is None or tv.grain is None:
        return tv.model_copy(update={"mod": mod}) if mod else tv
    if tv.grain == Grain.YEAR and mod in ("FIRST_HALF", "SECOND_HALF"):
        half = 1 if mod == "FIRST_HALF" else 2
        interval = cal.half_interval(tv.start.year, half)
        if interval is not None:
            return TimeValue(value=f"{tv.start.year:04d}-H{half}", start=interval[0],
                             end=interval[1], grain=Grain.HALFYEAR, anchor=tv.anchor,
                             explanation=tv.explanation + f", half {half}")
    part = _MOD_PART.get(mod)
    if part is None:
        return tv.model_copy(update={"mod": mod})
    start, end = cal.sub_interval(tv.start, tv.end, tv.grain, part)
    return tv.model_copy(update={"start": start, "end": end, "mod": _MOD_TIMEX.get(mod, mod)})


def _day_in_focus(ctx: Context, unit: str) -> TimeValue | None:
    """The time a "same day" phrase ("earlier in the day", "that morning") is about: the focus
    when known to the day, else the latest focus that was."""
    if _focus_fits(ctx, unit):
        return ctx.focus
    if GRAIN_ORDER[_UNIT_GRAIN.get(unit, Grain.DAY)] > GRAIN_ORDER[Grain.DAY]:
        return None
    return ctx.day_focus


def _focus_fits(ctx: Context, unit: str | None) -> bool:
    """Whether the focus can anchor an offset in this unit: "the day before" needs a focus no
    coarser than a month, not "the 1990s"."""
    if ctx.focus is None or ctx.focus.start is None or ctx.focus.grain is None:
        return False
    grain = _UNIT_GRAIN.get(unit or "day", Grain.DAY)
    if GRAIN_ORDER[grain] <= GRAIN_ORDER[Grain.DAY]:
        # "the following day" after "earlier this week" has no day to count from.
        return GRAIN_ORDER[ctx.focus.grain] <= GRAIN_ORDER[Grain.DAY]
    return GRAIN_ORDER[ctx.focus.grain] <= GRAIN_ORDER[grain]


def _stated(interval: tuple[datetime, datetime] | None, grain: Grain, why: str,
            mod: str | None) -> TimeValue | None:
    """A calendar unit the text named outright, narrowed by its modifier ("late 2022")."""
    if interval is None:
        return None
    return _apply_mod(_value(*interval, grain, explanation=why, anchor="absolute"), mod)


def _reference(spec: TimeSpec, ctx: Context) -> tuple[date, str]:
    """The day deictic arithmetic starts from, and how to say so."""
    if spec.anchor == "previous" or ctx.settings.document_type == "narrative":
        if ctx.focus is not None and ctx.focus.start is not None and _focus_fits(ctx, spec.unit):
            return ctx.focus.start.date(), f"the previous time mentioned ({ctx.focus.value})"
    return ctx.today, f"publication ({_day(ctx.today)})"


# --- kinds --------------------------------------------------------------------------------------


def _deictic(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    day = ctx.today + timedelta(days=spec.offset or 0)
    words = {0: "publication day", -1: "the day before publication",
             1: "the day after publication", -2: "two days before publication",
             2: "two days after publication"}.get(spec.offset or 0, "publication")
    if spec.hour is not None:
        return _clock_on(day, spec, f'"{text}": {words}, {_day(day)}, at the time stated')
    if spec.partofday:
        tv = _partofday(day, spec.partofday)
        return tv.model_copy(update={"mod": spec.mod, "explanation": f'"{text}": {words}, '
                                     f'{_day(day)}, {spec.partofday} part of day'})
    interval = cal.day_interval(day)
    if interval is None:
        return None
    tv = _value(*interval, Grain.DAY, explanation=f'"{text}": {words}, {_day(day)}')
    return _apply_mod(tv, spec.mod)


def _partofday(day: date, code: str) -> TimeValue:
    lo, hi = _PARTOFDAY_HOURS.get(code, (0, 24))
    start = datetime(day.year, day.month, day.day) + timedelta(hours=lo)
    end = datetime(day.year, day.month, day.day) + timedelta(hours=hi)
    return TimeValue(value=cal.partofday_value(day, code), start=start, end=end,
                     grain=Grain.PARTOFDAY)


# The hour a night ends: "overnight" runs from 18:00 to 09:00 the next morning.
_NIGHT_UNTIL = 9
# The hour "that night" ends: a time before it is in the night of the day before.
_NIGHT_ENDS = _PARTOFDAY_HOURS["NI"][1] - 24


def _overnight(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """The night before publication, D-1 18:00 to D 09:00; in future tense the coming night. In
    a past-tense story told hour by hour on an earlier day, the night of the time in focus:
    published Thu 2026-09-17, after "the eye crossed the coast at 4:30 a.m." on Wednesday,
    "Overnight" is Tuesday night into Wednesday. After a day in focus ("On Tuesday, ...") it
    stays the night before publication: a new development ("A second storm hit overnight")."""
    night = ctx.today if tense == "future" else ctx.today - timedelta(days=1)
    why = "future" if tense == "future" else "before publication"
    focus = ctx.focus
    if tense == "past" and focus is not None and focus.start is not None and \
            focus.grain in (Grain.PARTOFDAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND):
        day = focus.start.date()
        # A time before the morning's end is the end of the night before its day.
        story = day - timedelta(days=1) if focus.start.hour < _NIGHT_UNTIL else day
        if story < night:
            night, why = story, f"the night of the time in focus ({focus.value})"
    base = datetime(night.year, night.month, night.day)
    return TimeValue(value=cal.partofday_value(night, "NI"), start=base + timedelta(hours=18),
                     end=base + timedelta(hours=33), grain=Grain.PARTOFDAY,
                     anchor="previous" if why.startswith("the night of") else "publication",
                     explanation=f'"{text}": the night of {_day(night)} into the next morning, '
                                 f'{why}')


def _weekday_date(weekday: int, rel: str | None, tense: Tense, ref: date, ctx: Context
                  ) -> tuple[date, str]:
    """The day a weekday names, from a reference day. News conventions:

    - bare "Friday": the most recent one on or before the reference in past or present tense,
      the first on or after it in future tense (or when the setting prefers the future);
    - "this Friday": in future tense (or when the setting prefers the future) the Friday of
      the current week when not yet past, else the next one, i.e. the first on or after the
      reference; in past tense the most recent on or before it; in present tense the Friday of
      the current week, Monday to Sunday (news verbs such as "cut", "set", "hit" read as present
      are often past: "cut rates this Wednesday", published on Friday, is two days before);
    - "next Friday": the Friday of next week (Monday to Sunday), so said on a Tuesday it is
      ten days ahead, not three; "the next Friday", "the following Friday" (after the time in
      focus) and "this coming Friday" (after publication): the first after;
    - "last Friday", "the previous Friday": the most recent strictly before;
    - after a deadline word ("until Tuesday", "by Friday") and not in past tense, or as the
      date a verb sets or moves ("postponed the vote until Tuesday"): the first on or after the
      reference; a day planned for ("on alert for Wednesday", `rel` "planned"): the same, but
      in past tense the nearer of the last and the next.

    Published Tue 2013-02-12: "this Wednesday" -> 02-13, "next Wednesday" -> 02-20, "last
    Wednesday" -> 02-06; "Wednesday" in past tense -> 02-06; published Fri 2025-09-05, "this
    Wednesday" in present tense -> 09-03, in future tense -> 09-10.
    """
    name = WEEKDAYS[weekday]
    if rel and rel.startswith("the "):
        rel = {"the previous": "previous", "the following": "following",
               "the next": "following"}.get(rel, rel)
    if rel in ("last", "previous"):
        return cal.weekday_before(ref, weekday), f"the {name} before"
    if rel == "next":
        day = cal.week_monday(ref) + timedelta(days=7 + weekday)
        return day, f"the {name} of the week after the week of"
    if rel in ("following", "coming"):
        return cal.weekday_after(ref, weekday), f"the {name} after"
    if rel == "planned" and tense == "past":
        # "put cities on alert for Wednesday", "a concert planned for Saturday was cancelled":
        # the plan's day may lie either side of the report; the nearer one is meant.
        before = cal.weekday_on_or_before(ref, weekday)
        after = cal.weekday_on_or_after(ref, weekday)
        if ref - before < after - ref:
            return before, f"the {name} planned, the nearer one, on or before"
        return after, f"the {name} planned, the nearer one, on or after"
    if rel in ("appointment", "planned"):  # "postponed the vote until Tuesday": ahead
        return cal.weekday_on_or_after(ref, weekday), \
            f"a day set ahead, the first {name} on or after"
    if rel == "deadline" and tense != "past":  # "will wait until Tuesday": ahead
        return cal.weekday_on_or_after(ref, weekday), f"the first {name} on or after"
    if rel == "this":
        if tense == "past":
            return cal.weekday_on_or_before(ref, weekday), f"the most recent {name} on or before"
        if _direction(tense, ctx) == "future":
            return cal.weekday_on_or_after(ref, weekday), f"this week's {name}, or the next, from"
        return cal.week_monday(ref) + timedelta(days=weekday), f"the {name} of the week of"
    if rel == "same":
        monday = cal.week_monday(ref)
        return monday + timedelta(days=weekday), f"the {name} of the same week as"
    if _direction(tense, ctx) == "future":
        return cal.weekday_on_or_after(ref, weekday), f"the first {name} on or after"
    return cal.weekday_on_or_before(ref, weekday), f"the most recent {name} on or before"


def _weekday(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.weekday is None:
        return None
    rel = spec.rel
    anchor = "publication"
    ref, ref_text = ctx.today, f"publication ({_day(ctx.today)})"
    anaphoric = rel in ("same", "following", "previous", "the following", "the previous", "that")
    if anaphoric or ctx.settings.document_type == "narrative":
        if ctx.focus is not None and ctx.focus.start is not None:
            ref = ctx.focus.start.date()
            ref_text = f"the previous time mentioned ({ctx.focus.value})"
            anchor = "previous"
    if spec.unit == "week" and spec.offset is not None:
        # "Friday of next week": the weekday in the week so many weeks from this one.
        day = cal.week_monday(ref) + timedelta(days=7 * spec.offset + spec.weekday)
        how = f"the {WEEKDAYS[spec.weekday]} of the week {spec.offset:+d} from the week of"
    else:
        day, how = _weekday_date(spec.weekday, rel, tense, ref, ctx)
    why = f'"{text}": {how} {ref_text}, {tense} tense'
    if spec.hour is not None:
        return _clock_on(day, spec, why)
    if spec.partofday:
        tv = _partofday(day, spec.partofday)
        return tv.model_copy(update={"explanation": why, "anchor": anchor, "mod": spec.mod})
    interval = cal.day_interval(day)
    if interval is None:
        return None
    return _apply_mod(_value(*interval, Grain.DAY, explanation=why, anchor=anchor), spec.mod)


def _clock_on(day: date, spec: TimeSpec, why: str) -> TimeValue | None:
    if spec.hour is None:
        return None
    start = datetime(day.year, day.month, day.day, spec.hour, spec.minute or 0, spec.second or 0)
    grain = Grain.SECOND if spec.second is not None else Grain.MINUTE
    step = timedelta(seconds=1) if grain == Grain.SECOND else timedelta(minutes=1)
    mod = spec.mod
    return TimeValue(value=cal.timex_value(start, grain), start=start, end=start + step,
                     grain=grain, tz=spec.tz, mod=mod,
                     explanation=why + (f", time zone {spec.tz}" if spec.tz else ""))


def _next_morning(focus: TimeValue, clock: tuple[int, int]) -> str | None:
    """The night or evening in focus after which a clock time with no day falls the next
    morning: after "shortly before 11 p.m. Saturday", "2:15 a.m." is Sunday's (the night)."""
    hour = focus.start.hour if focus.start is not None and focus.grain in (
        Grain.HOUR, Grain.MINUTE) else None
    if focus.value.endswith("TNI") or (hour is not None and hour >= 20):
        # Night runs 20:00 to 06:00: any morning hour after it is the next morning's.
        return "night" if clock <= (12, 0) else None
    if focus.value.endswith("TEV") or (hour is not None and hour >= 18):
        # After an evening only the small hours roll over ("at 9 a.m." may look back).
        return "evening" if clock < (6, 0) else None
    return None


def _end_of(day: date, spec: TimeSpec, why: str) -> TimeValue:
    """ "midnight Friday": the midnight that ends Friday, written T24:00 as TimeML does."""
    start = datetime(day.year, day.month, day.day) + timedelta(days=1)
    return TimeValue(value=f"{day.isoformat()}T24:00", start=start,
                     end=start + timedelta(minutes=1), grain=Grain.MINUTE, tz=spec.tz,
                     mod=spec.mod, explanation=why + ", the midnight that ends it" + (
                         f", time zone {spec.tz}" if spec.tz else ""))


def _clock(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    midnight = spec.hour == 0 and not spec.minute and "midnight" in text.lower()
    if spec.weekday is not None:
        day, how = _weekday_date(spec.weekday, spec.rel, tense, ctx.today, ctx)
        if midnight:
            return _end_of(day, spec, f'"{text}": {how} publication')
        return _clock_on(day, spec, f'"{text}": {how} publication, at the time stated')
    day, source = ctx.today, f"publication day {_day(ctx.today)}"
    clock = (spec.hour, spec.minute or 0, spec.second or 0)
    published = (ctx.published.hour, ctx.published.minute, ctx.published.second)
    if spec.hour == 0 and not spec.minute and tense == "future":
        # "will begin at midnight": the midnight that ends publication day.
        day, source = ctx.today + timedelta(days=1), "the midnight after publication day"
    elif published != (0, 0, 0) and clock < published and ctx.focus is None and \
            _direction(tense, ctx) == "future":
        # "will resume at 9 a.m.", published at 18:00: that hour has passed today.
        day, source = ctx.today + timedelta(days=1), "the day after publication, the hour " \
            "having passed on publication day"
    elif ctx.focus is not None and ctx.focus.start is not None and ctx.focus.grain in (
            Grain.DAY, Grain.PARTOFDAY, Grain.HOUR, Grain.MINUTE):
        day, source = ctx.focus.start.date(), f"the day in focus {_day(ctx.focus.start.date())}"
        if midnight:
            return _end_of(day, spec, f'"{text}": on {source}')
        after = _next_morning(ctx.focus, (spec.hour, spec.minute or 0))
        if after:
            day = day + timedelta(days=1)
            source = f"the morning after the {after} in focus, {_day(day)}"
    return _clock_on(day, spec, f'"{text}": clock time on {source}')


def _date(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.month is None or spec.day is None:
        return None
    year = spec.year
    why = f'"{text}": the date as written'
    if year is None and spec.unit == "year" and spec.offset is not None and \
            not _ahead_of_frame(spec, tense):
        year, why = _counted_year(spec, ctx, text, "date")
    if year is None:
        if not cal.is_valid_date(2000, spec.month, spec.day):
            return None
        direction = _dated_direction(spec.month, spec.day, tense, ctx, spec.rel)
        if spec.rel in ("last", "this past"):
            direction = "past"
        elif spec.rel in ("next", "this coming"):
            direction = "future"
        year = cal.nearest_year(spec.month, spec.day, ctx.today, direction)
        if spec.rel == "this":  # "this November 24": in the year of publication
            year, direction = ctx.today.year, "year of publication"
        if spec.weekday is not None:
            for candidate in (year, year - 1, year + 1):
                if (cal.is_valid_date(candidate, spec.month, spec.day)
                        and date(candidate, spec.month, spec.day).weekday() == spec.weekday):
                    year = candidate
                    break
        side = _side(direction)
        why = (f'"{text}": no year given; {year} puts it nearest publication '
               f'({_day(ctx.today)}) in {side}') if spec.rel != "this" else \
            f'"{text}": in the year of publication'
    if not cal.is_valid_date(year, spec.month, spec.day):
        return None
    day = date(year, spec.month, spec.day)
    if spec.hour is not None:
        return _clock_on(day, spec, why)
    if spec.partofday:
        tv = _partofday(day, spec.partofday)
        return tv.model_copy(update={"explanation": f"{why}, {spec.partofday} part of day",
                                     "mod": spec.mod})
    return _stated(cal.day_interval(day), Grain.DAY, why, spec.mod)


def _week_of(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """The calendar week that holds a date: "the week of March 6", published Thu 2000-02-24
    -> 2000-W10 (Mon 03-06 to Sun 03-12)."""
    day = _date(spec.model_copy(update={"kind": "date"}), tense, ctx, text)
    if day is None or day.start is None:
        return None
    interval = _interval(Grain.WEEK, day.start.date(), ctx)
    if interval is None:
        return None
    reason = day.explanation.split(": ", 1)[-1]
    why = f'"{text}": the week, Monday to Sunday, that holds {_day(day.start.date())}; {reason}'
    return _value(*interval, Grain.WEEK, explanation=why)


_NUMERIC_PARTS = re.compile(r"\d+|[./-]")


def _numeric_fields(spec: TimeSpec, ctx: Context, text: str
                    ) -> tuple[int | None, int, int, str] | None:
    """The year (None when not written), month, day and reading order of a numeric date:
    "19.06" -> (None, 6, 19, "day first"); "09/05/2025" -> (2025, 9, 5, "month first (US)")."""
    tokens = _NUMERIC_PARTS.findall(spec.ref or text)
    numbers = [t for t in tokens if t.isdigit()]
    if len(numbers) not in (2, 3):
        return None
    if len(numbers[0]) == 4:
        if len(numbers) == 2:
            return None
        year, month, day = (int(n) for n in numbers)
        return year, month, day, "year first"
    day_first = "." in tokens or ctx.settings.day_first
    a, b = int(numbers[0]), int(numbers[1])
    day, month = (a, b) if day_first else (b, a)
    if month > 12 >= day:
        day, month = month, day
        day_first = not day_first
    order = "day first" if day_first else "month first (US)"
    if len(numbers) == 2:
        return (None, month, day, order) if 1 <= month <= 12 else None
    year = int(numbers[2])
    if len(numbers[2]) == 2:
        year += 2000 if year < 50 else 1900
    return year, month, day, order


def _numeric_as_date(spec: TimeSpec, ctx: Context, text: str) -> TimeSpec:
    """A numeric date as a date with the fields it writes, so a range can share its year or
    read its end forward: "5.8." -> month 8, day 5; any other spec as it is."""
    fields = _numeric_fields(spec, ctx, text) if spec.kind == "numeric_date" else None
    if fields is None:
        return spec
    year, month, day, _ = fields
    return spec.model_copy(update={"kind": "date", "year": year, "month": month, "day": day,
                                   "ref": None})


def _numeric_date(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """A numeric date: year first ("2014-12-28", "2014.12.28"), dotted day first ("1.3.1999"
    -> 1 March, "19.06" -> 19 June), slashes and dashes month first unless `Settings.day_first`
    ("09/05/2025" -> 5 September); a month that cannot be one swaps the order ("25/12/2024",
    "19/09"); two-digit years fall in 1950-2049."""
    fields = _numeric_fields(spec, ctx, text)
    if fields is None:
        return None
    year, month, day, order = fields
    if year is None or spec.hour is not None or spec.partofday:
        return _date(spec.model_copy(update={"kind": "date", "year": year, "month": month,
                                             "day": day}), tense, ctx, text)
    if not cal.is_valid_date(year, month, day):
        return None
    return _stated(cal.day_interval(date(year, month, day)), Grain.DAY,
                   f'"{text}": numeric date read {order}', None)


def _ahead_of_frame(spec: TimeSpec, tense: Tense) -> bool:
    """Whether a month the previous sentence's year framed is told as ahead, and so not in
    that year: "In 2019 sales rose. In March the chain will open ..." (published 2026-01-10)
    is March 2026."""
    return spec.rel == "carried" and tense == "future"


def _counted_year(spec: TimeSpec, ctx: Context, text: str, what: str) -> tuple[int, str]:
    """The year a month or date names by counting years from the publication year ("June of
    next year") or from the year in focus ("June of that year" after "in 2010" -> 2010)."""
    offset = spec.offset or 0
    focus = ctx.focus.start if ctx.focus is not None else None
    if spec.rel == "carried" and focus is not None and spec.month is not None:
        # A story told in order: the first such month on or after the time in focus ("In
        # 2014 the ferry sank in October. In March the inquiry opened": March 2015).
        year = cal.nearest_year(spec.month, spec.day, focus.date(), "future")
        return year, f'"{text}": the {what} in {year}, the first on or after the time in focus'
    if spec.anchor == "previous" and focus is not None:
        year = focus.year + offset
        counted = "" if offset == 0 else \
            f", {abs(offset)} year {'after' if offset > 0 else 'before'} {focus.year}"
        return year, f'"{text}": the {what} in {year}, the year in focus{counted}'
    year = ctx.today.year + offset
    return year, f'"{text}": the {what} in {year}, counted from the publication year'


def _month(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.month is None:
        return None
    year = spec.year
    why = f'"{text}": the month as written'
    if year is None and spec.unit == "year" and spec.offset is not None and \
            not _ahead_of_frame(spec, tense):
        year, why = _counted_year(spec, ctx, text, "month")
    if year is None:
        rel = spec.rel
        if rel in ("last", "previous"):
            # The month just ended is "last month": "last July", said in August, is a year
            # before (as TimeBank reads "last February" in March).
            year = ctx.today.year if spec.month < ctx.today.month else ctx.today.year - 1
            if (ctx.today.month - spec.month) % 12 == 1:
                year -= 1
            why = f'"{text}": the last {text.split()[-1]} before publication'
        elif rel in ("next", "following"):
            year = ctx.today.year if spec.month > ctx.today.month else ctx.today.year + 1
            why = f'"{text}": the next one after publication'
        elif rel == "this":
            year = ctx.today.year
            why = f'"{text}": in the year of publication'
        elif rel == "same" and _focus_fits(ctx, "year"):
            # "took office in 2004. That October he fired his deputy": the year in focus
            year = ctx.focus.start.year  # type: ignore[union-attr]
            why = f'"{text}": the month in {year}, the year in focus'
        else:
            direction = _dated_direction(spec.month, None, tense, ctx, rel)
            year = cal.nearest_year(spec.month, None, ctx.today, direction)
            side = _side(direction)
            why = (f'"{text}": no year given; {year} puts it nearest publication '
                   f'({_day(ctx.today)}) in {side}')
    return _stated(cal.month_interval(year, spec.month), Grain.MONTH, why, spec.mod)


def _year(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.year is None:
        return None
    if spec.year < 1:
        return TimeValue(value=f"BC{1 - spec.year:04d}", explanation=f'"{text}": a year BC')
    tv = _stated(cal.year_interval(spec.year), Grain.YEAR, f'"{text}": the year as written',
                 None)
    if tv is None:
        return None
    if spec.quant == "FY":
        tv = tv.model_copy(update={"value": f"FY{spec.year:04d}",
                                   "explanation": f'"{text}": fiscal year {spec.year}; its '
                                                  f'calendar year shown as the interval'})
    return _apply_mod(tv, spec.mod)


def _decade(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.decade is None:
        return None
    return _stated(cal.decade_interval(spec.decade), Grain.DECADE,
                   f'"{text}": the decade from {spec.decade}', spec.mod)


def _century(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.century is None:
        return None
    return _stated(cal.century_interval(spec.century), Grain.CENTURY,
                   f'"{text}": the years {spec.century}00-{spec.century}99', spec.mod)


def _shift_unit(d: date, unit: str, steps: int, ctx: Context) -> date | None:
    moved = cal.shift(datetime(d.year, d.month, d.day), steps, unit)
    return moved.date() if moved else None


def _relative(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    unit = spec.unit or "day"
    rel = spec.rel or "this"
    if rel.startswith("the ") and rel != "the":
        rel = rel[4:]
    if unit == "year" and spec.mod == "END" and rel in ("the", "deadline") and \
            "end" in text.lower() and "of" not in text.lower():
        return _year_end(spec, tense, ctx, text)
    if unit == "weekend" and rel in ("previous", "following", "same") and \
            _focus_fits(ctx, unit):
        return _weekend_from(ctx.focus.start.date(),  # type: ignore[union-attr]
                             {"previous": -1, "following": 1, "same": 0}[rel], spec.mod, text,
                             f"the time in focus ({ctx.focus.value})")  # type: ignore[union-attr]
    if unit == "weekend":
        return _weekend(spec, rel, tense, ctx, text)
    if unit == "season":
        return _season_overlap(rel, ctx, text)
    if unit == "year" and rel == "new":
        return _new_year(ctx, text)
    grain = _UNIT_GRAIN.get(unit)
    if grain is None:
        return None
    ref, ref_text = ctx.today, f"publication ({_day(ctx.today)})"
    anchor = "publication"
    if rel == "same" and spec.mod is None and (within := _within_focus(unit, ctx, text)):
        return within
    if rel in ("previous", "following", "same"):
        focus = _day_in_focus(ctx, unit) if rel == "same" else (
            ctx.focus if _focus_fits(ctx, unit) else None)
        # A past told against a time still ahead is no part of it: "could make his debut on
        # Tuesday night. Talks had stalled earlier in the week" (published Saturday) is the
        # week of publication, not the debut's.
        if focus is not None and focus.start is not None and not (
                tense == "past" and focus.start.date() > ctx.today):
            ref, ref_text = focus.start.date(), f"the time in focus ({focus.value})"
            anchor = "previous"
    elif _told_in_focus(unit, rel, tense, ctx):
        ref, ref_text = ctx.focus.start.date(), f"the time in focus ({ctx.focus.value})"  # type: ignore[union-attr]
        anchor = "previous"
    steps = {"last": -1, "previous": -1, "next": 1, "following": 1, "before last": -2,
             "after next": 2}.get(rel, 0)
    target = _shift_unit(ref, unit, steps, ctx) if steps else ref
    if target is None:
        return None
    word = {-2: "two before the one containing", -1: "the one before", 1: "the one after",
            2: "two after the one containing", 0: "the one containing"}[steps]
    if unit == "week" and rel == "this" and anchor == "publication" and tense == "future" and \
            ref.weekday() == 6 and spec.mod is None:
        # Published on a Sunday, the last day of its ISO week, "will ... this week" is the
        # week that starts the next day.
        target, word = ref + timedelta(days=1), "the week starting the day after"
    interval = _interval(grain, target, ctx)
    if interval is None:
        return None
    tv = _value(*interval, grain, anchor=anchor,
                explanation=f'"{text}": {word} {ref_text}, by {unit}')
    if spec.mod in ("EARLIER", "LATER"):
        return _earlier_later(tv, spec.mod, ctx, text, ref if anchor == "previous" else None)
    return _apply_mod(tv, spec.mod)


def _within_focus(unit: str, ctx: Context, text: str) -> TimeValue | None:
    """ "The same month" after a focus coarser than a month: somewhere in that time, known
    only to its grain ("closed in 1984. The same month, the union split" -> 1984), not the
    month of publication."""
    focus = ctx.focus
    if _day_in_focus(ctx, unit) is not None or focus is None or focus.start is None or \
            focus.grain not in _COARSE_FOCUS:
        return None
    return focus.model_copy(update={
        "anchor": "previous",
        "explanation": f'"{text}": the same {unit} as the time in focus ({focus.value}), so '
                       f'known only to its {focus.grain.value}'})


# Foci too coarse for "the same month", which then lies somewhere in them.
_COARSE_FOCUS = frozenset({Grain.MONTH, Grain.QUARTER, Grain.SEASON, Grain.HALFYEAR, Grain.YEAR})

# Units a past story's "by the end of the decade" can be about: a day or a week is the news's.
_STORY_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})


def _told_in_focus(unit: str, rel: str, tense: Tense, ctx: Context) -> bool:
    """Whether "the end of the year" in past tense is about the time in focus, a stated time
    in another year than publication's: after "In 2012 the talks stalled.", "by the end of the
    year a deal had been drafted" (published 2025-06-12) -> late 2012, not late 2025."""
    if rel not in ("the", "deadline") or tense != "past" or unit not in _STORY_UNITS or \
            not _focus_fits(ctx, unit):
        return False
    grain = _UNIT_GRAIN[unit]
    return _interval(grain, ctx.focus.start.date(), ctx) != _interval(  # type: ignore[union-attr]
        grain, ctx.today, ctx)


def _new_year(ctx: Context, text: str) -> TimeValue | None:
    """ "the new year": the year whose January 1 is nearest publication. Published Wed
    2026-12-30 -> 2027; published Tue 2026-02-10 -> 2026."""
    year = cal.nearest_year(1, 1, ctx.today, "nearest")
    interval = _interval(Grain.YEAR, date(year, 1, 1), ctx)
    if interval is None:
        return None
    return _value(*interval, Grain.YEAR, anchor="publication",
                  explanation=f'"{text}": the year whose first day is nearest publication '
                              f'({_day(ctx.today)})')


_SEASON_STEPS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def _season_overlap(rel: str, ctx: Context, text: str) -> TimeValue | None:
    """ "last season", "this season", "next season": a sports, TV or other season whose months
    depend on what it is a season of (a football season runs August to May, a baseball one
    March to October, the NFL's September to February). Whatever the sport, the current one
    overlaps the year of publication, the one before the year before, the next one the year
    after (the one year every reading shares), so the value is that year, about (mod APPROX).

    Published Thu 2026-03-12: "last season" -> 2025 APPROX (a 2024-25 football season, a 2025
    baseball season and the NFL's 2025 season all overlap 2025)."""
    step = _SEASON_STEPS.get(rel)
    if step is None:
        return None
    year = ctx.today.year + step
    interval = cal.year_interval(year)
    if interval is None:
        return None
    which = {-1: "the one before the current one", 0: "the current one",
             1: "the one after the current one"}[step]
    return _value(*interval, Grain.YEAR, mod="APPROX", explanation=(
        f'"{text}": a season of a sport or show has no fixed months; {which} overlaps {year} '
        f'whatever the sport, so about {year}'))


def _year_end(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "by year-end" -> Dec 31 of the publication year; "since year-end" -> the one before;
    "by year's end" -> the end of the year, as "by the end of the year" (2025, mod END).

    In past tense it is last year's, unless a deadline word comes before it ("said it would
    close the deal by year-end")."""
    year = ctx.today.year
    if _direction(tense, ctx) == "past" and (ctx.today.month, ctx.today.day) != (12, 31) and \
            spec.rel != "deadline":
        year -= 1
    if "-" not in text:  # the accounting "year-end" is a day; "year's end" the year's last part
        whole = cal.unit_interval(Grain.YEAR, date(year, 1, 1), ctx.settings.hemisphere)
        if whole is None:
            return None
        return _apply_mod(_value(*whole, Grain.YEAR, explanation=f'"{text}": the end of {year}, '
                                                                  f'{tense} tense'), "END")
    interval = cal.day_interval(date(year, 12, 31))
    if interval is None:
        return None
    return _value(*interval, Grain.DAY, explanation=f'"{text}": the last day of {year}, '
                                                    f'{tense} tense')


def _earlier_later(tv: TimeValue, mod: str, ctx: Context, text: str, ref: date | None = None
                   ) -> TimeValue:
    """ "earlier this week" runs from the week's start up to (not including) publication day,
    "later that week" from the day after the day in focus (`ref`) to the week's end: after Tue
    2026-03-10 -> [2026-03-11, 2026-03-16)."""
    # When that is empty (published on the Monday) the day itself is kept.
    assert tv.start is not None and tv.end is not None
    day = ref or ctx.today
    what = "the day in focus" if ref else "publication day"
    day_start = datetime(day.year, day.month, day.day)
    if mod == "EARLIER":
        end = min(tv.end, day_start) if tv.start < day_start else tv.end
        if end <= tv.start:
            end = day_start + timedelta(days=1)
        return tv.model_copy(update={"end": end, "explanation": tv.explanation + (
            f", before {what}" if end <= day_start else "")})
    start = max(tv.start, day_start + timedelta(days=1))
    if start >= tv.end:
        start = tv.start
    return tv.model_copy(update={"start": start,
                                 "explanation": tv.explanation + f", after {what}"})


def _weekend_from(ref: date, steps: int, mod: str | None, text: str, ref_text: str
                  ) -> TimeValue | None:
    """The weekend after, before or of a day in focus: "the following weekend" after Tue
    2026-03-10 -> 2026-W11-WE; after Sun 2026-03-15 -> 2026-W12-WE (its own is not after it)."""
    on_weekend = ref.weekday() >= 5
    if steps > 0:
        base = cal.week_monday(ref) + timedelta(days=7 if on_weekend else 5)
    elif steps < 0:
        base = cal.week_monday(ref) - timedelta(days=1)
    else:
        base = ref
    interval = cal.weekend_interval(base)
    if interval is None:
        return None
    iso = cal.week_monday(base).isocalendar()
    word = {1: "after", -1: "before", 0: "of"}[steps]
    return TimeValue(value=f"{iso[0]:04d}-W{iso[1]:02d}-WE", start=interval[0], end=interval[1],
                     grain=Grain.WEEK, mod=mod if mod in ("START", "END") else None,
                     anchor="previous", explanation=f'"{text}": the weekend {word} {ref_text}')


def _weekend(spec: TimeSpec, rel: str, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    today = ctx.today
    on_weekend = today.weekday() >= 5
    if rel in ("last", "previous"):
        base = cal.week_monday(today) - timedelta(days=1)
        how = "the weekend before publication"
    elif rel == "deadline" and tense != "past":
        # "by the weekend": the coming one (this week's, or today's when published on it).
        base = today
        how = "the coming weekend, after a deadline word"
    elif rel in ("next", "following"):
        base = cal.week_monday(today) + timedelta(days=7 if on_weekend else 5)
        how = "the weekend after publication"
    elif rel == "before last":
        base = cal.week_monday(today) - timedelta(days=8)
        how = "the weekend before the last one before publication"
    elif rel == "after next":
        base = cal.week_monday(today) + timedelta(days=14 if on_weekend else 12)
        how = "the weekend after the next one after publication"
    elif _direction(tense, ctx) == "past" and not on_weekend:
        base = cal.week_monday(today) - timedelta(days=1)
        how = "the most recent weekend before publication"
    else:
        base = today
        how = "the weekend of the publication week"
    interval = cal.weekend_interval(base)
    if interval is None:
        return None
    monday = cal.week_monday(base)
    iso = monday.isocalendar()
    return TimeValue(value=f"{iso[0]:04d}-W{iso[1]:02d}-WE", start=interval[0], end=interval[1],
                     grain=Grain.WEEK, mod=spec.mod if spec.mod in ("START", "END") else None,
                     explanation=f'"{text}": {how}, {tense} tense')


def _year_ago(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    grain = _UNIT_GRAIN.get(spec.unit2 or "year", Grain.YEAR)
    if spec.unit2 is None and ctx.quarter is not None:
        grain = Grain.QUARTER
    memory = ctx.quarter if grain == Grain.QUARTER else None
    if memory is not None and memory.start is not None:
        base, source = memory.start.date(), f"the quarter under discussion ({memory.value})"
    else:
        base, source = ctx.today, f"publication ({_day(ctx.today)})"
        if grain == Grain.QUARTER:
            base = _shift_unit(base, "quarter", -1, ctx) or base
            source = "the latest completed quarter"
    target = _shift_unit(base, "year", -1, ctx)
    if target is None:
        return None
    interval = _interval(grain, target, ctx)
    if interval is None:
        return None
    return _value(*interval, grain, anchor="previous" if memory is not None else "publication",
                  explanation=f'"{text}": one year before {source}')


def _year_period(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "the 1988 period" in a quarterly report: the quarter under discussion, in 1988."""
    if spec.year is None:
        return None
    if ctx.quarter is not None and ctx.quarter.start is not None and spec.unit in (
            "quarter", "period"):
        q = (ctx.quarter.start.month - 1) // 3 + 1
        interval = cal.quarter_interval(spec.year, q)
        if interval is not None:
            return _value(*interval, Grain.QUARTER, anchor="previous",
                          explanation=f'"{text}": quarter {q}, as under discussion, of '
                                      f'{spec.year}')
    return _year(spec, tense, ctx, text)


def _amounts(spec: TimeSpec) -> tuple[tuple[float, str], ...]:
    """The (amount, unit) parts a spec states, largest first: "1 day 21 hours ago" -> ((1.0,
    "day"), (21.0, "hour")); none for "a few days ago"."""
    if spec.amount is None or spec.unit is None:
        return ()
    return ((spec.amount, spec.unit), *spec.compound)


def _amount_text(parts: tuple[tuple[float, str], ...]) -> str:
    """ ((1.0, "day"), (21.0, "hour")) -> "1 day 21 hours"."""
    return " ".join(f"{amount:g} {unit if amount == 1 else plural(unit)}"
                    for amount, unit in parts)


def _finest(parts: tuple[tuple[float, str], ...]) -> Grain:
    """The grain of the smallest unit stated: "1 day 21 hours" -> hour."""
    return min((_UNIT_GRAIN.get(unit, Grain.DAY) for _, unit in parts),
               key=GRAIN_ORDER.__getitem__, default=Grain.DAY)


_SUBDAY = (Grain.HOUR, Grain.MINUTE, Grain.SECOND)
_STEP = {Grain.HOUR: timedelta(hours=1), Grain.MINUTE: timedelta(minutes=1),
         Grain.SECOND: timedelta(seconds=1)}


def _holding(moment: datetime, grain: Grain, ctx: Context) -> TimeValue | None:
    """The unit of a grain that holds a moment: (2025-09-05 12:25:40, minute) -> 12:25; (same,
    week) -> 2025-W36."""
    if grain in _SUBDAY:
        start = {Grain.HOUR: moment.replace(minute=0, second=0, microsecond=0),
                 Grain.MINUTE: moment.replace(second=0, microsecond=0)}.get(
            grain, moment.replace(microsecond=0))
        return TimeValue(value=cal.timex_value(start, grain), start=start,
                         end=start + _STEP[grain], grain=grain)
    interval = _interval(grain, moment.date(), ctx)
    if interval is None:
        return None
    if grain == Grain.SEASON:
        year, code = cal.season_of(moment.date(), ctx.settings.hemisphere)
        return TimeValue(value=cal.season_value(year, code), start=interval[0], end=interval[1],
                         grain=grain)
    return _value(*interval, grain)


def _offset(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "three days ago", "1 day 21 hours ago", "two weeks from now", "two days later": the
    publication time (or the focus, for anaphoric phrases) moved by the amount, at the grain
    of its smallest unit (published Fri 2025-09-05: "three days ago" -> 2025-09-02)."""
    sign = spec.offset or -1
    parts = _whole_parts(_amounts(spec))
    if not parts:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        base = "the time in focus" if spec.anchor == "previous" else "publication"
        return TimeValue(value=ref, explanation=f'"{text}": an unstated amount of time '
                                                 f'{"before" if sign < 0 else "after"} {base}')
    grain = _finest(parts)
    if grain in (Grain.DECADE, Grain.CENTURY):
        # "a decade ago", published 1999: about 1989, a year, not the 1980s as a whole.
        grain = Grain.YEAR
    if parts[0][1] == "year" and len(parts) == 1 and sign < 0 and ctx.quarter is not None and \
            parts[0][0] == int(parts[0][0]) and ctx.quarter.start is not None:
        moved_q = cal.shift(ctx.quarter.start, -parts[0][0], "year")
        interval = _interval(Grain.QUARTER, moved_q.date(), ctx) if moved_q else None
        if interval is not None:
            return _value(*interval, Grain.QUARTER, anchor="previous", mod=spec.mod,
                          explanation=f'"{text}": {parts[0][0]:g} year(s) before the quarter '
                                      f'under discussion ({ctx.quarter.value})')
    focus = ctx.focus
    if spec.anchor == "previous" and focus is not None and focus.start is not None and \
            focus.grain is not None and GRAIN_ORDER[focus.grain] > GRAIN_ORDER[grain] and \
            not _focus_fits(ctx, spec.unit):
        # "three months later" after "in 2021": later than a time known only to the year, so
        # known only to the year itself; publication would put a past event in the future.
        moved = cal.shift_by(focus.start, parts, sign)
        tv = _holding(moved, focus.grain, ctx) if moved is not None else None
        if tv is not None:
            return tv.model_copy(update={
                "mod": spec.mod, "anchor": "previous",
                "explanation": f'"{text}": {_amount_text(parts)} '
                               f'{"before" if sign < 0 else "after"} the previous time mentioned '
                               f'({focus.value}), so known only to its {focus.grain.value}'})
    ref, ref_text = _reference(spec, ctx)
    anchor = "previous" if ref_text.startswith("the previous") else "publication"
    clockless = ctx.published.time() == time() if anchor == "publication" else (
        ctx.focus is None or ctx.focus.grain not in _SUBDAY)
    if grain in _SUBDAY and spec.anchor == "previous" and clockless:
        # "two minutes later" after no clock time: a span from an unknown moment, not 00:02.
        span = _duration(spec.model_copy(update={"offset": None, "anchor": None}), tense, ctx,
                         text)
        return span.model_copy(update={"explanation": f'"{text}": {_amount_text(parts)} '
                                       f'{"before" if sign < 0 else "after"} a moment given no '
                                       f'clock time, so a span'}) \
            if span is not None else None
    if spec.rel == "on" and anchor == "publication":
        # "Twenty years on, the case remains unsolved" with no time before it: the years
        # since an event the reader knows lead to now.
        tv = _holding(ctx.published, grain, ctx)
        return tv.model_copy(update={
            "mod": spec.mod, "anchor": anchor,
            "explanation": f'"{text}": {_amount_text(parts)} on from an event not dated '
                           f'before it: now, publication ({_day(ctx.today)})'}) if tv else None
    if spec.anchor == "previous" and anchor == "publication" and sign > 0 and tense == "past":
        # "A decade later, the plant was closed" with no time before it: later than an event the
        # text never dated. Counted from publication it would put a past event in the future,
        # so it is only the length of the gap.
        span = _duration(spec.model_copy(update={"offset": None, "anchor": None}), tense, ctx,
                         text)
        return span.model_copy(update={"explanation": f'"{text}": {_amount_text(parts)} after '
                                       "a time the text did not give before it; in past tense "
                                       "not counted from publication, so a span"}) \
            if span is not None else None
    base = datetime(ref.year, ref.month, ref.day)
    if grain in _SUBDAY:
        base = ctx.focus.start if anchor == "previous" and ctx.focus is not None and \
            ctx.focus.start is not None else ctx.published
    moved = cal.shift_by(base, parts, sign)
    if moved is None:
        return None
    if spec.unit2 is not None:
        # "Fifty years ago this week": the week (month, day) of publication, so many years back.
        grain = _UNIT_GRAIN[spec.unit2]
    elif anchor == "publication" and grain in _SUBDAY and base.second:
        grain = Grain.SECOND  # from 04:24:13, "in 1 hour" is 05:24:13
    elif anchor == "publication" and grain == Grain.HOUR and base.time() != time():
        grain = Grain.MINUTE  # "an hour ago" from a publication time: 13:25 -> 12:25
    elif anchor == "publication" and grain == Grain.WEEK and sign > 0:
        # Weeks ahead of publication count days to a date ("in two weeks", published Fri
        # 2025-09-05: Fri 09-19); weeks back keep the week, as TimeBank has "six weeks ago".
        grain = Grain.DAY
    tv = _holding(moved, grain, ctx)
    if tv is None:
        return None
    word = "before" if sign < 0 else "after"
    # "an hour later" after "18:00 UTC" is 19 UTC: a clock time moved stays in its zone
    tz = ctx.focus.tz if anchor == "previous" and grain in _SUBDAY and ctx.focus is not None \
        else None
    return tv.model_copy(update={"mod": spec.mod, "anchor": anchor, "tz": tz,
                                 "explanation": f'"{text}": {_amount_text(parts)} {word} '
                                                f'{ref_text}' + (f", time zone {tz}" if tz
                                                                 else "")})


def _in_offset(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "in three days": a date after publication in future or present tense, in a clause with
    no verb (a headline), after a modal ("would open in two weeks") or when the setting prefers
    the future; a duration when it measures a past action ("took the town in three days") or a
    stretch up to now ("the first time in 20 years", rel "measured"). "within two weeks" is a
    duration, counted from publication unless in past tense; a date when the setting prefers
    the future. Published Fri 2025-09-05: "will rule in two weeks" -> 2025-09-19."""
    rel = spec.rel
    plain = spec.model_copy(update={"rel": None})
    future = ctx.settings.prefer == "future"
    if rel == "measured":
        return _duration(plain, tense, ctx, text)
    if rel == "within" and not future:
        ahead = tense != "past" and plain.amount is not None
        return _duration(plain.model_copy(update={"rel": "next" if ahead else None}), tense,
                         ctx, text)
    if rel in ("ahead", "within") or future or tense != "past":
        return _offset(plain.model_copy(update={"offset": 1, "anchor": "publication"}), tense,
                       ctx, text)
    return _duration(plain, tense, ctx, text)


def _chained(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """An offset from the day or clock time named with it: "three days after Easter" (2025)
    -> 2025-04-23, at the finer of the two grains; "the week before Christmas" -> the week
    that holds Christmas less a week (2025-W51); "a week from Monday" reads Monday forward."""
    if spec.base is None:
        return None
    base_text = text[spec.parts[1] :] if spec.parts else text
    base = resolve_one(spec.base, base_text, "future" if spec.rel == "from" else tense, ctx)
    if base is None or base.start is None or base.grain is None:
        return None
    sign = spec.offset or 1
    parts = _whole_parts(_amounts(spec))
    if not parts:  # "the day before Christmas": one unit, the whole unit
        grain = _UNIT_GRAIN.get(spec.unit or "day")
        if grain is None or grain in _SUBDAY:
            return None
        parts, base_grain = ((1.0, spec.unit or "day"),), grain
    else:
        grain = _finest(parts)
        base_grain = Grain.DAY if base.grain == Grain.PARTOFDAY else base.grain
        if GRAIN_ORDER[base_grain] < GRAIN_ORDER[grain]:
            grain = base_grain
    moved = cal.shift_by(base.start, parts, sign)
    tv = _holding(moved, grain, ctx) if moved is not None else None
    if tv is None:
        return None
    word = "before" if sign < 0 else "after"
    return tv.model_copy(update={
        "mod": spec.mod, "tz": base.tz, "anchor": base.anchor, "anchor_time": base.start,
        "explanation": f'"{text}": {_amount_text(parts)} {word} {base.value} '
                       f'({base.explanation})'})


# Calendar units a run of leading or trailing units can add up to, coarsest first.
_WHOLE_UNITS = (Grain.YEAR, Grain.HALFYEAR, Grain.QUARTER, Grain.MONTH)


def _leading(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """The first or last units of a period: "the first two quarters of 2025" -> 2025-H1; "the
    first three quarters of 2025" -> 2025-Q1 [2025-01-01, 2025-10-01), valued by its start as a
    range is; "the last six months of last year" (published 2026-03-12) -> 2025-H2."""
    if spec.base is None or spec.amount is None or spec.unit is None:
        return None
    base_text = text[spec.parts[1] :] if spec.parts else text
    base = resolve_one(spec.base, base_text, tense, ctx)
    unit_grain = _UNIT_GRAIN.get(spec.unit)
    if base is None or base.start is None or base.end is None or unit_grain is None:
        return None
    last = spec.rel in ("last", "final")
    interval = cal.leading_part(base.start, base.end, int(spec.amount), spec.unit, last=last)
    if interval is None or interval == (base.start, base.end):
        return None  # "the first twelve months of 2025" is the year itself: the two apart
    start, end = interval
    grain = next((unit for unit in _WHOLE_UNITS if GRAIN_ORDER[unit] >= GRAIN_ORDER[unit_grain]
                  and cal.unit_interval(unit, start.date()) == interval), None)
    count = f"{int(spec.amount)} {plural(spec.unit)}"
    what = "" if grain is not None else (
        f", a range from {cal.timex_value(start, unit_grain)} to "
        f"{cal.timex_value(cal.shift(end, -1, spec.unit) or start, unit_grain)}")
    return _value(start, end, grain or unit_grain, anchor=base.anchor, explanation=(
        f'"{text}": the {"last" if last else "first"} {count} of {base.value}{what}'))


def _anaphoric(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    unit = spec.unit or "day"
    pod_unit = "day" if unit in _PARTOFDAY_WORDS else unit
    rel = spec.rel or "same"
    focus = _day_in_focus(ctx, pod_unit) if rel == "same" and spec.offset is None else (
        ctx.focus if _focus_fits(ctx, pod_unit) else None)
    if rel == "same" and spec.offset is None and spec.mod is None and \
            unit not in _PARTOFDAY_WORDS and unit not in _SEASON_WORDS and \
            (within := _within_focus(unit, ctx, text)):
        return within
    if focus is not None and focus.start is not None:
        ref, ref_text, anchor = focus.start.date(), f"the time in focus ({focus.value})", \
            "previous"
    else:
        ref, ref_text, anchor = ctx.today, f"publication ({_day(ctx.today)})", "publication"
    steps = 0
    if rel in ("following", "next") or spec.offset == 1:
        steps = 1
    elif rel in ("previous", "prior") or spec.offset == -1:
        steps = -1
    word = {1: "after", -1: "before", 0: "the same as"}[steps]
    if unit in _PARTOFDAY_WORDS:
        if unit == "night" and anchor == "previous" and focus is not None and \
                focus.grain is not None and GRAIN_ORDER[focus.grain] < GRAIN_ORDER[Grain.DAY] \
                and focus.start is not None and focus.start.hour < _NIGHT_ENDS:
            # "just after midnight ... later that night": the small hours belong to the night
            # of the day before (00:40 on Thursday is Wednesday night)
            ref -= timedelta(days=1)
        day = ref + timedelta(days=steps)
        tv = _partofday(day, _PARTOFDAY_WORDS[unit])
        # "later that night": the end of it, as "later that day" (no TIMEX3 mod "LATER")
        mod = {"EARLIER": "START", "LATER": "END"}.get(spec.mod or "", spec.mod)
        tv = tv.model_copy(update={"anchor": anchor, "mod": mod,
                                   "explanation": f'"{text}": {unit} of the day {word} '
                                                  f'{ref_text}'})
        return _beside_focus(tv, spec.mod, focus if anchor == "previous" else None)
    if unit in _SEASON_WORDS:
        return _season_from(_SEASON_WORDS[unit], steps, spec.mod, tense, ctx, text)
    grain = _UNIT_GRAIN.get(unit)
    if grain is None:
        return None
    if unit == "weekend" and anchor == "previous":
        return _weekend_from(ref, steps, spec.mod, text, ref_text)
    if unit == "weekend":
        return _weekend(spec, {1: "next", -1: "last", 0: "this"}[steps], tense, ctx, text)
    focus = ctx.focus
    if steps > 0 and anchor == "previous" and grain in (Grain.DECADE, Grain.CENTURY) and \
            focus is not None and focus.end is not None and focus.grain is not None and \
            GRAIN_ORDER[focus.grain] < GRAIN_ORDER[grain]:
        # "Founded in 1990. Over the next decade, it grew": the ten years after 1990 are no
        # calendar decade; the one holding most of them (1991-2000: the 1990s) stands in.
        after = cal.shift(focus.end, 1, unit)
        target = (focus.end + (after - focus.end) / 2).date() if after is not None else None
        word = "holding most of the one after"
    else:
        target = _shift_unit(ref, unit, steps, ctx) if steps else ref
    if target is None:
        return None
    interval = _interval(grain, target, ctx)
    if interval is None:
        return None
    tv = _value(*interval, grain, anchor=anchor,
                explanation=f'"{text}": the {unit} {word} {ref_text}')
    if spec.mod in ("EARLIER", "LATER"):
        tv = tv.model_copy(update={"mod": "START" if spec.mod == "EARLIER" else "END"})
        return _beside_focus(tv, spec.mod, focus if anchor == "previous" and steps == 0 else None)
    return _apply_mod(tv, spec.mod)


def _beside_focus(tv: TimeValue, mod: str | None, focus: TimeValue | None) -> TimeValue:
    """ "Later/earlier that day" cut at the finer time in focus inside it: after "at 9 a.m." on
    Tue 2026-03-03, "later that day" is 09:01 to midnight, so it sorts after 9 a.m."""
    if mod not in ("EARLIER", "LATER") or focus is None or focus.start is None or \
            focus.end is None or focus.grain is None or tv.start is None or tv.end is None or \
            tv.grain is None or GRAIN_ORDER[focus.grain] >= GRAIN_ORDER[tv.grain] or \
            not tv.start <= focus.start < focus.end <= tv.end:
        return tv
    if mod == "LATER":
        update = {"start": focus.end, "explanation": f"{tv.explanation}, and after it"}
    else:
        update = {"end": focus.start, "explanation": f"{tv.explanation}, and before it"}
    return tv.model_copy(update=update)


def _season_from(code: str, steps: int, mod: str | None, tense: Tense, ctx: Context,
                 text: str) -> TimeValue | None:
    """A season after, before or at the time in focus (or publication): "the following spring"
    after "August 2022" -> 2023-SP; "that winter" after "August 2022" -> 2022-WI."""
    focus, hemisphere = ctx.focus, ctx.settings.hemisphere
    word = {1: "after", -1: "before", 0: "at"}[steps]
    if focus is not None and focus.start is not None and focus.end is not None and \
            focus.grain is not None and GRAIN_ORDER[focus.grain] <= GRAIN_ORDER[Grain.YEAR]:
        # A season after a year follows all of it ("In 2022 ... the following spring": 2023).
        coarse = GRAIN_ORDER[focus.grain] > GRAIN_ORDER[Grain.SEASON]
        if coarse and steps == 0 and focus.grain == Grain.YEAR:
            year = focus.start.year  # "In 2022 ... that winter": the winter labelled 2022
        else:
            moment = focus.end if coarse and steps > 0 else focus.start
            year = cal.season_from(code, moment, steps, hemisphere)
        why, anchor = f"the time in focus ({focus.value})", "previous"
    else:
        now = datetime(ctx.today.year, ctx.today.month, ctx.today.day)
        year = cal.season_from(code, now, steps, hemisphere)
        why, anchor = f"publication ({_day(ctx.today)})", "publication"
    tv = _season(TimeSpec(kind="season", season=code, year=year, mod=mod), tense, ctx, text)
    if tv is None:
        return None
    return tv.model_copy(update={"anchor": anchor,
                                 "explanation": f'"{text}": the season {word} {why}'})


def _whole_parts(parts: tuple[tuple[float, str], ...]) -> tuple[tuple[float, str], ...]:
    """Fractions of hours and minutes in the next smaller unit: ((1.5, "hour"),) -> ((1.0,
    "hour"), (30.0, "minute")); ((0.5, "hour"),) -> ((30.0, "minute"),)."""
    out: list[tuple[float, str]] = []
    for amount, unit in parts:
        small = {"hour": "minute", "minute": "second"}.get(unit)
        if small is None or amount == int(amount):
            out.append((amount, unit))
            continue
        whole = int(amount)
        if whole:
            out.append((float(whole), unit))
        out.append((float(round((amount - whole) * 60)), small))
    return tuple(out)


def _duration(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """A stretch of time: "three-and-a-half years" -> P3.5Y, "1 day 21 hours" -> P1DT21H, "an
    hour and a half" -> PT1H30M; "the past three years" also carries its interval up to
    publication, "the next two weeks" (or "within two weeks") the one from publication."""
    unit = spec.unit
    if unit is None:
        return None
    parts = _amounts(spec)
    try:
        if not parts:
            value = cal.duration_value(1, unit).replace("1", "X", 1)
        else:
            value = cal.compound_duration_value(_whole_parts(parts))
    except ValueError:
        return None
    start = end = None
    rel = spec.rel
    # Hours, minutes and seconds count from a publication time when there is one; days and
    # longer units from the publication day ("the past week" takes in all of it).
    to_the_second = _finest(parts) in _SUBDAY and ctx.published.time() != time()
    if rel in ("last", "past", "previous", "recent", "preceding", "prior") and spec.amount:
        end = ctx.published.replace(microsecond=0) if to_the_second else ctx.published.replace(
            hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        start = cal.shift_by(end, parts, -1)
    elif rel in ("next", "coming", "following") and spec.amount:
        start = ctx.published.replace(microsecond=0) if to_the_second else datetime(
            ctx.today.year, ctx.today.month, ctx.today.day)
        end = cal.shift_by(start, parts)
    if start is None or end is None:
        start = end = None
    why = f'"{text}": a duration of {value}' if parts else \
        f'"{text}": an unstated number of {plural(unit)}, {value}'
    if start is not None and end is not None:
        why += f", {'up to' if rel not in ('next', 'coming', 'following') else 'from'} " \
               f"publication"
    return TimeValue(value=value, start=start, end=end, mod=spec.mod, explanation=why,
                     anchor="publication" if start else "none")


def _relational(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    tv = _duration(spec.model_copy(update={"rel": None}), tense, ctx, text)
    if tv is None:
        return None
    word = "before" if (spec.offset or 1) < 0 else "after"
    return tv.model_copy(update={"explanation": f'"{text}": an offset of {tv.value} {word} '
                                                f'the event it names'})


def _set(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    quant = spec.quant if spec.quant in ("EVERY", "EACH") else None
    freq = None
    if spec.weekday is not None:
        value = f"XXXX-WXX-{spec.weekday + 1}"
        if spec.partofday:
            value += f"T{spec.partofday}"
    elif spec.ref and spec.ref.startswith("P"):
        value = spec.ref
    elif spec.month is not None:  # "each July"
        value = f"XXXX-{spec.month:02d}"
    elif spec.unit in _PARTOFDAY_WORDS:
        value = f"T{_PARTOFDAY_WORDS[spec.unit]}"
    elif spec.unit in _SEASON_WORDS:
        value = f"XXXX-{_SEASON_WORDS[spec.unit]}"
    elif spec.unit == "weekend":
        value = "XXXX-WXX-WE"
    elif spec.unit:
        try:
            value = cal.duration_value(spec.amount or 1, spec.unit)
        except ValueError:
            return None
    else:
        return None
    if spec.quant and spec.quant not in ("EVERY", "EACH", "PER"):
        times = {"once": 1, "twice": 2, "thrice": 3}.get(spec.quant)
        if times is None:
            first = spec.quant.split()[0]
            times = int(first) if first.isdigit() else None
        freq = f"{times}X" if times else None
    return TimeValue(value=value, quant=quant, freq=freq, anchor="none",
                     explanation=f'"{text}": a recurring time, {value}')


def _ref(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if not spec.ref:
        return None
    meaning = {"PRESENT_REF": "the present, around publication", "PAST_REF": "an unstated past",
               "FUTURE_REF": "an unstated future"}.get(spec.ref, spec.ref)
    return TimeValue(value=spec.ref, anchor="publication", explanation=f'"{text}": {meaning}')


def _quarter(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    today = ctx.today
    current = (today.month - 1) // 3 + 1
    if spec.quarter is None:
        rel = spec.rel or "same"
        if rel == "same" and ctx.quarter is not None and ctx.quarter.start is not None:
            d = ctx.quarter.start.date()
            why = f"the quarter under discussion ({ctx.quarter.value})"
        elif rel in ("current", "this", "coming", "next"):
            steps = 0 if rel in ("current", "this") else 1
            d = _shift_unit(today, "quarter", steps, ctx) or today
            why = "the current quarter" if steps == 0 else "the next quarter"
        elif rel in ("previous", "prior", "preceding") and ctx.focus is not None and \
                ctx.focus.grain == Grain.QUARTER and ctx.focus.start is not None:
            d = _shift_unit(ctx.focus.start.date(), "quarter", -1, ctx) or today
            why = f"the quarter before {ctx.focus.value}"
        else:
            d = _shift_unit(today, "quarter", -1, ctx) or today
            why = "the latest completed quarter before publication"
        interval = _interval(Grain.QUARTER, d, ctx)
        if interval is None:
            return None
        return _value(*interval, Grain.QUARTER, explanation=f'"{text}": {why}')
    year = spec.year
    why = f'"{text}": quarter {spec.quarter} of {year}'
    if year is None:
        if spec.rel in ("last", "next", "this"):
            year = today.year + {"last": -1, "next": 1, "this": 0}[spec.rel]
            why = f'"{text}": quarter {spec.quarter} of {spec.rel} year ({year})'
        elif spec.rel in ("year-earlier", "year-ago"):
            base = ctx.focus.start.year if ctx.focus and ctx.focus.start else today.year
            year = base - 1
        elif spec.quarter <= current or _direction(tense, ctx) == "future":
            # Results for a quarter already begun are reported in that year, even in the future.
            year = today.year
        else:
            year = today.year - 1
        if spec.rel not in ("last", "next", "this"):
            why = f'"{text}": quarter {spec.quarter} of {year}, nearest publication in the ' \
                  f'{_direction(tense, ctx)}'
    return _stated(cal.quarter_interval(year, spec.quarter), Grain.QUARTER, why, spec.mod)


def _half(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.half is None:
        return None
    year = spec.year
    if year is None:
        year = ctx.today.year + {"last": -1, "next": 1}.get(spec.rel or "", 0)
    return _stated(cal.half_interval(year, spec.half), Grain.HALFYEAR,
                   f'"{text}": half {spec.half} of {year}', None)


# A season this young at publication is not yet one a past-tense report looks back on.
_SEASON_BEGUN = timedelta(days=30)


def _season(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    if spec.season is None:
        return None
    hemisphere = ctx.settings.hemisphere
    year = spec.year
    why = f'"{text}": the season as written'
    if year is None and spec.unit == "year" and spec.offset is not None:
        year, why = _counted_year(spec, ctx, text, "season")
    if year is None and spec.rel in (None, "the") and _told_in_focus("year", "the", tense, ctx):
        # "took office in 2004. In the autumn he toured the provinces": 2004's autumn
        return _season_from(spec.season, 0, spec.mod, tense, ctx, text)
    if year is None:
        current_year, _ = cal.season_of(ctx.today, hemisphere)
        candidates = [current_year - 1, current_year, current_year + 1]
        intervals = [(y, cal.season_interval(y, spec.season, hemisphere)) for y in candidates]
        valid = [(y, iv) for y, iv in intervals if iv is not None]
        now = datetime(ctx.today.year, ctx.today.month, ctx.today.day)
        rel = spec.rel or "the"
        if rel in ("last", "previous"):
            past = [(y, iv) for y, iv in valid if iv[1] <= now]
            chosen = past[-1] if past else None
            why = f'"{text}": the last one that ended before publication'
        elif rel in ("next", "following"):
            future = [(y, iv) for y, iv in valid if iv[0] > now]
            chosen = future[0] if future else None
            why = f'"{text}": the next one after publication'
        elif rel == "this":
            containing = [(y, iv) for y, iv in valid if iv[0] <= now < iv[1]]
            if containing:
                chosen = containing[0]
            else:
                same_year = [(y, iv) for y, iv in valid if iv[0].year == ctx.today.year]
                chosen = same_year[0] if same_year else None
            why = f'"{text}": the one of the publication year'
        else:
            containing = [(y, iv) for y, iv in valid if iv[0] <= now < iv[1]]
            if containing and tense == "past" and now - containing[0][1][0] < _SEASON_BEGUN:
                # "rebuilt the defense over the summer", said on June 3: a summer that has
                # barely begun holds no past events yet; the one before is meant.
                past = [(y, iv) for y, iv in valid if iv[1] <= now]
                chosen = past[-1] if past else containing[0]
            elif containing:
                chosen = containing[0]
            elif _direction(tense, ctx) == "future":
                future = [(y, iv) for y, iv in valid if iv[0] > now]
                chosen = future[0] if future else None
            else:
                past = [(y, iv) for y, iv in valid if iv[1] <= now]
                chosen = past[-1] if past else None
            why = f'"{text}": nearest publication in the {_direction(tense, ctx)}'
        if chosen is None:
            return None
        year = chosen[0]
    interval = cal.season_interval(year, spec.season, hemisphere)
    if interval is None:
        return None
    tv = TimeValue(value=cal.season_value(year, spec.season), start=interval[0], end=interval[1],
                   grain=Grain.SEASON, explanation=why)
    return _apply_mod(tv, spec.mod)


def _holiday(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """A named holiday in the year stated or the one nearest publication in the tense's way.

    Published Fri 2025-09-05: "Christmas" (future) -> 2025-12-25; "Thanksgiving of next year"
    -> 2026-11-26; "Lent 2018" -> 2018-02-14 [2018-02-14, 2018-04-01); "Easter week 2000" ->
    2000-W16; "Ramadan 2025" -> 2025-03 (a lunar month); "the morning of Christmas" ->
    2025-12-25TMO.
    """
    if spec.holiday is None:
        return None
    year = spec.year
    why = f'"{text}": the holiday in {year}'
    if year is None and spec.unit == "year" and spec.offset is not None:
        year = ctx.today.year + spec.offset
        why = f'"{text}": the holiday in {year}, {spec.offset:+d} year from publication'
    if year is None:
        now = datetime(ctx.today.year, ctx.today.month, ctx.today.day)
        options = [(y, cal.holiday(spec.holiday, y)) for y in
                   (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1)]
        valid = [(y, iv) for y, iv in options if iv is not None]
        rel = spec.rel
        direction = "future" if rel in ("next", "this coming") else (
            "past" if rel in ("last", "this past") else _direction(tense, ctx, dated=True))
        if direction == "nearest":
            direction = "future" if _nearer_ahead(valid, now) else "past"
        if direction == "future":
            later = [(y, iv) for y, iv in valid if iv[1] > now and (rel != "next" or iv[0] > now)]
            chosen = later[0] if later else None
        else:
            earlier = [(y, iv) for y, iv in valid
                       if iv[0] <= now and (rel != "last" or iv[1] <= now)]
            chosen = earlier[-1] if earlier else None
        if chosen is None:
            return None
        year = chosen[0]
        why = f'"{text}": the one nearest publication in the {direction}, {year}'
    interval = cal.holiday(spec.holiday, year)
    if interval is None:
        return None
    days = (interval[1] - interval[0]).days
    if days == 1 and spec.partofday:
        tv = _partofday(interval[0].date(), spec.partofday)
        return tv.model_copy(update={"explanation": f"{why}, {spec.partofday} part of day",
                                     "anchor": "absolute"})
    if days == 1:
        grain = Grain.DAY
    elif interval == cal.unit_interval(Grain.WEEK, interval[0]):
        grain = Grain.WEEK  # "Easter week"
    elif days in (29, 30):
        grain = Grain.MONTH  # a lunar month ("Ramadan"), valued by the month it starts in
    else:
        grain = Grain.DAY  # a season of days ("Lent"), valued by its first day like a range
    return TimeValue(value=cal.timex_value(interval[0], grain), start=interval[0],
                     end=interval[1], grain=grain,
                     explanation=why + ("" if days == 1 else f", {days} days"), anchor="absolute")


def _nearer_ahead(options: list[tuple[int, cal.Interval]], now: datetime) -> bool:
    """Whether the next occurrence is nearer than the last one (both counted from now)."""
    ahead = [iv[0] - now for _, iv in options if iv[1] > now]
    behind = [now - iv[0] for _, iv in options if iv[0] <= now]
    return bool(ahead) and (not behind or min(ahead) < min(behind))


def _month_of(spec: TimeSpec, tense: Tense, ctx: Context) -> tuple[int, int] | None:
    """The (year, month) a spec names: a month with or without a year, or "this/next/last
    month" as an offset from publication."""
    if spec.month is not None:
        year = spec.year if spec.year is not None else cal.nearest_year(
            spec.month, None, ctx.today, _direction(tense, ctx, dated=True))
        return year, spec.month
    if spec.unit == "month":
        moved = _shift_unit(ctx.today.replace(day=1), "month", spec.offset or 0, ctx)
        return (moved.year, moved.month) if moved else None
    return None


def _nth_weekday(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "the second Tuesday of November" -> 2025-11-11; "the last Friday of the month"."""
    found = _month_of(spec, tense, ctx)
    if found is None or spec.weekday is None or spec.amount is None:
        return None
    n = int(spec.amount)
    if not (1 <= n <= 5 or n == -1):
        return None
    day = cal.nth_weekday(found[0], found[1], spec.weekday, n)
    return _stated(cal.day_interval(day) if day else None, Grain.DAY,
                   f'"{text}": weekday {n} of {found[0]:04d}-{found[1]:02d}', None)


def _month_day(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "the 20th of next month" -> 2025-10-20 (published 2025-09-05)."""
    found = _month_of(spec, tense, ctx)
    if found is None or spec.day is None or not cal.is_valid_date(*found, spec.day):
        return None
    interval = cal.day_interval(date(found[0], found[1], spec.day))
    if interval is None:
        return None
    return _value(*interval, Grain.DAY, anchor="publication",
                  explanation=f'"{text}": day {spec.day} of {found[0]:04d}-{found[1]:02d}')


def _day_of_month(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "on the 15th": that day of the publication month, or of the month before or after,
    whichever the tense points to (published 2025-09-05: past -> 08-15, future -> 09-15)."""
    if spec.day is None:
        return None
    options = []
    # With a weekday ("Tuesday 8th") only months where that day falls on it count; one is
    # always within 14 months (every month start recurs on each weekday within that).
    reach = (-1, 0, 1) if spec.weekday is None else range(-14, 15)
    for step in reach:
        moved = _shift_unit(ctx.today.replace(day=1), "month", step, ctx)
        if moved is not None and cal.is_valid_date(moved.year, moved.month, spec.day):
            day = date(moved.year, moved.month, spec.day)
            if spec.weekday is None or day.weekday() == spec.weekday:
                options.append(day)
    direction = _direction(tense, ctx, dated=True)
    before = [d for d in options if d <= ctx.today]
    after = [d for d in options if d >= ctx.today]
    if direction == "past":
        day = before[-1] if before else None
    elif direction == "future":
        day = after[0] if after else None
    else:
        day = min(options, key=lambda d: abs((d - ctx.today).days), default=None)
    interval = cal.day_interval(day) if day else None
    if interval is None:
        return None
    side = _side(direction)
    which = "" if spec.weekday is None else f" that falls on a {WEEKDAYS[spec.weekday]}"
    return _value(*interval, Grain.DAY, explanation=f'"{text}": day {spec.day} of the month'
                                                    f'{which} nearest publication in {side}')


def _nth_week(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "the first week of October 2014" -> 2014-W41: the weeks counted are those Monday to
    Sunday inside the month (October 2014 begins on a Wednesday: its first week is Oct 6-12)."""
    found = _month_of(spec, tense, ctx)
    if found is None or spec.amount is None:
        return None
    year, month = found
    mondays = [d for d in (cal.nth_weekday(year, month, 0, n) for n in range(1, 6))
               if d is not None and d.day + 6 <= cal.days_in_month(year, month)]
    n = int(spec.amount)
    index = n - 1 if n > 0 else len(mondays) + n
    if not 0 <= index < len(mondays):
        return None
    return _stated(cal.week_interval(*mondays[index].isocalendar()[:2]), Grain.WEEK,
                   f'"{text}": full week {n} of {year:04d}-{month:02d}', None)


def _weekday_count(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """ "3 Fridays from now" (published Tue 2013-02-12) -> 2013-03-01; "2 Thursdays ago" ->
    2013-01-31: the first one after (before) publication, then whole weeks."""
    if spec.weekday is None or spec.amount is None or spec.amount < 1:
        return None
    weeks = int(spec.amount) - 1
    if (spec.offset or 1) > 0:
        day = cal.weekday_after(ctx.today, spec.weekday) + timedelta(weeks=weeks)
    else:
        day = cal.weekday_before(ctx.today, spec.weekday) - timedelta(weeks=weeks)
    interval = cal.day_interval(day)
    if interval is None:
        return None
    return _value(*interval, Grain.DAY, explanation=f'"{text}": counted in '
                                                    f'{WEEKDAYS[spec.weekday]}s from publication')


RESOLVERS: dict[str, Callable[[TimeSpec, Tense, Context, str], TimeValue | None]] = {
    "deictic": _deictic,
    "overnight": _overnight,
    "weekday": _weekday,
    "clock": _clock,
    "date": _date,
    "numeric_date": _numeric_date,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "relative": _relative,
    "year_ago": _year_ago,
    "year_period": _year_period,
    "offset": _offset,
    "in_offset": _in_offset,
    "chained": _chained,
    "leading": _leading,
    "anaphoric": _anaphoric,
    "duration": _duration,
    "relational": _relational,
    "set": _set,
    "ref": _ref,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "holiday": _holiday,
    "nth_weekday": _nth_weekday,
    "month_day": _month_day,
    "nth_week": _nth_week,
    "day_of_month": _day_of_month,
    "week_of": _week_of,
    "weekday_count": _weekday_count,
}

# Kinds whose resolver never reads the tense, directly or through what it calls (a test reads
# the code to make sure): their mentions need no tense unless they are ranges.
TENSELESS_KINDS = frozenset({"deictic", "year", "decade", "century", "year_ago", "year_period",
                             "duration", "relational", "set", "ref", "half",
                             "weekday_count"})


def needs_tense(spec: TimeSpec) -> bool:
    """Whether a spec's value can depend on the tense around it: "Friday" yes, "1998" no."""
    return spec.kind not in TENSELESS_KINDS or spec.until is not None or spec.base is not None


# Kinds whose value can anchor the anaphoric phrases that follow them.
_FOCUS_GRAINS = frozenset({Grain.MINUTE, Grain.HOUR, Grain.PARTOFDAY, Grain.DAY, Grain.WEEK,
                           Grain.MONTH, Grain.QUARTER, Grain.SEASON, Grain.HALFYEAR, Grain.YEAR})


def _one_timex(mention: Mention) -> bool:
    """Whether TimeML tags a range as one TIMEX3, as `Settings(ranges="timeml")` keeps it: a
    bare end ("13-15 July", "3-4pm"), clock times ("9am to 5pm") or weekdays ("Monday to
    Friday"); not two full dates, months or years ("Aug. 26 to Oct. 20", "1991 to 1997")."""
    start, end = mention.spec, mention.spec.until
    if start.kind == "leading":
        # "first two quarters of 1990" is one TIMEX3 (1990-H1); "the first nine months of
        # 1989" two, a duration and the year.
        months = (start.amount or 0) * (3 if start.unit == "quarter" else 1)
        return months in (3, 6) and months > (3 if start.unit == "quarter" else 1)
    if end is None:
        return True
    if any(rule.endswith(".bare") for rule in mention.rule.split("..")):
        return True
    if start.hour is not None and end.hour is not None:
        return True
    return start.kind == end.kind == "weekday"


def _shared_year(first: TimeSpec, last: TimeSpec) -> TimeSpec:
    """The start of a range with the year (or week) only its end states: "10 August - 12
    September 2013" -> 2013-08-10; "December to May 2022" -> December 2021 (the start cannot
    follow the end); "Thursday to Saturday next week" -> next week's Thursday."""
    if first.kind == "weekday" and last.kind == "weekday" and last.unit == "week" and \
            first.unit is None and first.rel is None:
        # "between Thursday and Saturday next week": the week the end names holds both.
        return first.model_copy(update={"unit": "week", "offset": last.offset})
    if first.month is None or first.year is not None or last.year is None or \
            last.month is None or first.unit is not None:
        return first
    before = (first.month, first.day or 1) <= (last.month, last.day or 31)
    return first.model_copy(update={"year": last.year if before else last.year - 1})


def _ends(mention: Mention) -> list[Mention]:
    """A range given back as its two ends, the start with the year the end states; any other
    mention as itself. "10 August - 12 September 2013" -> "10 August" (2013), "12 September
    2013"."""
    spec = mention.spec
    if spec.kind == "leading" and spec.base is not None and spec.parts is not None:
        return _leading_ends(mention)
    if spec.until is None or spec.parts is None:
        return [mention]
    first_end, second_start = spec.parts
    start, end = mention.span
    rules = mention.rule.split("..", 1)
    first = _shared_year(spec.model_copy(update={"until": None, "parts": None}), spec.until)
    pieces = ((start, start + first_end, first), (start + second_start, end, spec.until))
    out = []
    for (a, b, part), rule in zip(pieces, rules + rules[:1], strict=False):
        text = mention.text[a - start : b - start]
        kind = TimexType.TIME if part.hour is not None or part.partofday else (
            TimexType.DATE if mention.type == TimexType.TIME else mention.type)
        out.append(mention.model_copy(update={"span": (a, b), "text": text, "spec": part,
                                              "rule": rule, "type": kind}))
    return out


def _leading_ends(mention: Mention) -> list[Mention]:
    """ "the first nine months of 1989" given back as the duration and the period it was joined
    from: "the first nine months" (P9M) and "1989"."""
    spec = mention.spec
    assert spec.base is not None and spec.parts is not None
    start, end = mention.span
    first_end, second_start = spec.parts
    rules = mention.rule.split("+", 1)
    units = spec.model_copy(update={"kind": "duration", "base": None, "parts": None})
    pieces = ((start, start + first_end, units, TimexType.DURATION, rules[0]),
              (start + second_start, end, spec.base, mention.type, rules[-1]))
    return [mention.model_copy(update={"span": (a, b), "text": mention.text[a - start : b - start],
                                       "spec": part, "type": kind, "rule": rule})
            for a, b, part, kind, rule in pieces]


def _ranges_split(mentions: list[Mention], tenses: list[Tense], ranges: str
                  ) -> list[tuple[Mention, Tense]]:
    """Mentions with their tenses, ranges split as `Settings.ranges` asks: "join" keeps every
    range, "timeml" splits those TimeML tags as two TIMEX3 (and drops a relation it tags no
    TIMEX3 for: "the eve of the vote"), "split" splits them all."""
    out: list[tuple[Mention, Tense]] = []
    for mention, tense in zip(mentions, tenses, strict=True):
        if ranges == "timeml" and mention.spec.relation_only:
            continue
        keep = ranges == "join" or (ranges == "timeml" and _one_timex(mention))
        out.extend((part, tense) for part in ([mention] if keep else _ends(mention)))
    return out


def _range(spec: TimeSpec, tense: Tense, ctx: Context, text: str) -> TimeValue | None:
    """A range "Monday to Friday": from its start to the end of its end, the end read forward
    from the start ("Friday to Monday" is the Monday after; "11pm to 1am" the next night;
    "December 28 - January 3" the next January; a weekday after a date as it reads alone). A
    year, day or time zone only the end states applies to the start too ("10 August - 12
    September 2013", "9 a.m. to 5 p.m. Tuesday", "9:30 - 11:00 CST").

    Its value is the start's, or the whole unit's when the range is exactly one ("1-31 July"
    -> "2025-07", "January to March 2024" -> "2024-Q1"); published Fri 2025-09-05, past
    tense, "Monday to Wednesday" -> 2025-09-01 [2025-09-01, 2025-09-04).
    """
    assert spec.until is not None and spec.parts is not None
    last = _numeric_as_date(spec.until, ctx, text[spec.parts[1] :])
    first = _numeric_as_date(spec.model_copy(update={"until": None, "parts": None}), ctx,
                             text[: spec.parts[0]])
    first = _shared_year(first, last)
    if first.hour is not None and first.tz is None and last.hour is not None and last.tz:
        first = first.model_copy(update={"tz": last.tz})
    if first.kind == "clock" and first.weekday is None and last.hour is not None and (
            last.kind != "clock" or last.weekday is not None):
        # "9 a.m. to 5 p.m. Tuesday": the start is on the end's day.
        day = resolve_one(last, text[spec.parts[1] :], tense, ctx)
        if day is not None and day.start is not None:
            first = first.model_copy(update={"kind": "date", "year": day.start.year,
                                             "month": day.start.month, "day": day.start.day,
                                             "weekday": None})
    start = resolve_one(first, text[: spec.parts[0]], tense, ctx)
    if start is None or start.start is None:
        return None
    if tense == "present" and first.weekday is not None and first.kind in ("weekday", "clock"):
        # A timetable's present: "The warnings run from 6 p.m. Thursday until noon on Saturday"
        # (published Tue) is this week's; a present range wholly gone would be told in the past.
        ahead = resolve_one(first, text[: spec.parts[0]], "future", ctx)
        whole = resolve_one(_after(last, start.start), text[spec.parts[1]:], tense, ctx)
        if ahead is not None and ahead.start is not None and whole is not None and \
                whole.end is not None and whole.end <= ctx.published:
            start = ahead
    end_text = text[spec.parts[1] :]
    end = None
    if last.kind == "weekday" and first.kind != "weekday":
        # "bought from Sept. 14 to Thursday": a weekday after a date is read as it would be
        # alone (the Thursday before publication), unless that falls before the start.
        end = resolve_one(last, end_text, tense, ctx)
        if end is not None and end.start is not None and end.start < start.start:
            end = None
    if end is None:
        end = resolve_one(_after(last, start.start), end_text, tense, ctx)
    if end is None or end.end is None or end.end <= start.start:
        return None
    if end.grain in (Grain.HOUR, Grain.MINUTE, Grain.SECOND) and end.start is not None and \
            end.start > start.start:
        # A clock time ends a range as a point: "from noon to 5 p.m." is [12:00, 17:00).
        end = end.model_copy(update={"end": end.start})
    value, grain = start.value, start.grain
    if grain is not None and end.end is not None:
        for unit in (Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALFYEAR, Grain.YEAR,
                     Grain.DECADE):
            if GRAIN_ORDER[unit] > GRAIN_ORDER[grain] and cal.unit_interval(
                    unit, start.start.date()) == (start.start, end.end):
                value, grain = cal.timex_value(start.start, unit), unit
                break
    # A part of the start ("early 2019 to late 2020") is not a part of the whole range.
    mod = None if start.mod in ("START", "MID", "END") or end.mod in ("START", "MID", "END") \
        else start.mod
    if mod is None and start.mod in ("START", "MID", "END") and value == start.value:
        value = cal.timex_value(start.start, grain) if grain is not None else value
    return TimeValue(value=value, start=start.start, end=end.end, grain=grain,
                     tz=start.tz or end.tz, anchor=start.anchor, mod=mod,
                     explanation=f'"{text}": a range from {start.value} to {end.value}; '
                                 f'{start.explanation}')


def _after(spec: TimeSpec, start: datetime) -> TimeSpec:
    """The end of a range made concrete as the first such time after its start: a weekday, a
    date or month without a year, or a bare clock time."""
    day = start.date()
    if spec.kind == "weekday" and spec.weekday is not None and spec.rel in (
            None, "deadline", "appointment", "planned"):
        found = cal.weekday_on_or_after(day, spec.weekday)
        return spec.model_copy(update={"kind": "date", "year": found.year, "month": found.month,
                                       "day": found.day, "weekday": None})
    if spec.kind == "date" and spec.year is None and spec.month is not None and spec.day:
        year = day.year if (spec.month, spec.day) >= (day.month, day.day) else day.year + 1
        return spec.model_copy(update={"year": year})
    if spec.kind == "month" and spec.year is None and spec.month is not None and \
            spec.offset is None:
        year = day.year if spec.month >= day.month else day.year + 1
        return spec.model_copy(update={"year": year})
    if spec.kind == "clock" and spec.hour is not None and spec.weekday is not None:
        # "from 6 p.m. Thursday until noon on Saturday": the Saturday after that Thursday; the
        # same weekday at an earlier hour is a week on
        found = cal.weekday_on_or_after(day, spec.weekday)
        if found == day and (spec.hour, spec.minute or 0) <= (start.hour, start.minute):
            found += timedelta(days=7)
        return spec.model_copy(update={"kind": "date", "year": found.year, "month": found.month,
                                       "day": found.day, "weekday": None})
    if spec.kind == "clock" and spec.hour is not None and spec.weekday is None:
        at = datetime(day.year, day.month, day.day, spec.hour, spec.minute or 0, spec.second or 0)
        found = day if at > start else day + timedelta(days=1)
        return spec.model_copy(update={"kind": "date", "year": found.year, "month": found.month,
                                       "day": found.day})
    return spec


def resolve_one(spec: TimeSpec, text: str, tense: Tense, ctx: Context) -> TimeValue | None:
    """Resolve one mention's spec in a context; None when it names no representable time.

    ("Thursday", past, published Fri 2025-09-05) -> 2025-09-04, grain day.
    """
    if spec.until is not None and spec.parts is not None:
        return _range(spec, tense, ctx, text)
    resolver = RESOLVERS.get(spec.kind)
    if resolver is None:
        return None
    try:
        tv = resolver(spec, tense, ctx, text)
    except (OverflowError, ValueError):
        return None
    if tv is None:
        return None
    if spec.hour is not None and tv.grain == Grain.DAY and tv.start is not None:
        tv = _clock_on(tv.start.date(), spec, tv.explanation) or tv
    if tv.start is not None and tv.end is not None and not tv.start < tv.end:
        return None
    if tv.anchor_time is None and tv.anchor in ("publication", "previous"):
        anchor_time = ctx.published if tv.anchor == "publication" else (
            ctx.focus.start if ctx.focus else None)
        tv = tv.model_copy(update={"anchor_time": anchor_time})
    return tv


def _type_of(mention: Mention, tv: TimeValue) -> TimexType:
    """The TIMEX3 type a value implies: "in three days" read as a span is a DURATION."""
    if mention.type == TimexType.SET:
        return mention.type
    if tv.value.startswith("P") and tv.value[1:2] in "0123456789XT":
        return TimexType.DURATION
    if mention.type == TimexType.DURATION and tv.start is not None and not tv.value.startswith(
            "P") and tv.anchor != "publication":
        return TimexType.DATE
    if tv.grain in (Grain.HOUR, Grain.MINUTE, Grain.SECOND, Grain.PARTOFDAY):
        return TimexType.TIME
    if mention.type == TimexType.TIME and tv.grain is not None:
        return TimexType.DATE
    return mention.type


def in_passing(spec: TimeSpec, time: TimeValue | None) -> bool:
    """Whether a time is named in passing: an aside ("after a flat second quarter", "higher
    than a year ago", a dateline) or a figure's comparison ("a year earlier": the quarter under
    discussion a year back). It is no time the story moves to, and dates no event."""
    return spec.aside or (time is not None and time.grain == Grain.QUARTER and
                          time.anchor == "previous")


def resolve(mentions: list[Mention], published: datetime, tenses: list[Tense],
            settings: Settings | None = None) -> list[Mention]:
    """Resolve mentions in text order, carrying the focus for anaphoric phrases.

    Mentions that name no real time ("31 February") are dropped; a range that names none is
    given back as its two ends.
    """
    ctx = Context(published=published, settings=settings or Settings())
    resolved: list[Mention] = []
    pending = _ranges_split(mentions, tenses, ctx.settings.ranges)[::-1]
    while pending:
        mention, tense = pending.pop()
        tv = resolve_one(mention.spec, mention.text, tense, ctx)
        if tv is None and (mention.spec.until is not None or mention.spec.kind == "leading"):
            # A range whose end cannot follow its start ("from 2021 to March") is two times.
            pending.extend((part, tense) for part in _ends(mention)[::-1])
            continue
        if tv is None:
            if mention.spec.kind in ("date", "numeric_date", "month"):
                continue
            resolved.append(mention)
            continue
        resolved.append(mention.model_copy(update={"time": tv, "type": _type_of(mention, tv)}))
        if tv.grain in _FOCUS_GRAINS and tv.start is not None and \
                mention.type in ("DATE", "TIME") and not in_passing(mention.spec, tv) and \
                not mention.spec.said and not mention.spec.background:
            ctx.focus = tv
            if tv.grain is not None and (GRAIN_ORDER[tv.grain] <= GRAIN_ORDER[Grain.DAY] or
                                         tv.grain == Grain.PARTOFDAY):
                ctx.day_focus = tv
        if mention.spec.kind == "quarter" and tv.grain == Grain.QUARTER and \
                not mention.spec.aside:
            ctx.quarter = tv
    return resolved
