"""Score `timeline.tagger.tag` on other projects' phrase suites (../shared/corpora/phrases).

    .venv/bin/python benchmarks/phrases.py [SUITE ...] [--examples N] [--patterns N]

Scored suites: chrono, ctparse, dateparser, duckling, heideltime (not the *_underspecified,
*_regional or dateparser_bare_durations files). Each case is tagged on its own: `tag(text,
reference)`. Failing cases go to benchmarks/out/phrases_failures_<suite>.jsonl (git-ignored).

Settings
- duckling and ctparse are future-leaning suites: `Settings(prefer="future")`; the others use
  the default (news convention, prefer="past").
- Per-case flags recorded in the data override the suite default: chrono `option.forwardDate`
  and dateparser `PREFER_DATES_FROM: "future"` -> prefer="future"; dateparser "past" -> "past"
  ("current_period" keeps the default).
- Numeric dates: ctparse (European travel mail: "14.09.2017", "31/08"; 110 of its 125
  unambiguous numeric dates are day-first) and chrono's `en.GB` cases use `day_first=True`;
  the rest use the default (month first).

Reference time
- `reference` is parsed as ISO and made naive (wall clock). Where chrono records a
  `reference_timezone` (the reference is given in UTC but the expectations are local), the
  reference is first moved to that zone. HeidelTime cases with `reference: null` (absolute
  phrases) use a fixed 2025-01-01.

Which mention answers a case
- A mention is a candidate when it covers at least half of the phrase's content characters
  (letters and digits, not counting signal words such as "on", "at", "after", "until",
  "approximately", so "after 2 pm" is answered by a mention "2 pm", as TimeML would tag it).
  The case passes when some candidate matches the expectation below.

Comparison (expected values: `expected.start`, `expected.end` exclusive, `expected.grain`)
- Times are compared as naive wall-clock values: the expectations are in the reference's offset,
  or in the zone the phrase names. When both the expectation has an offset and the mention has
  a known time zone (`time.tz`), the two are compared as instants instead.
- Both sides are cut to the expected grain and compared: second, minute, hour -> the datetime
  to that unit; day/season -> the date; week -> its ISO week; month -> year and month;
  quarter, halfyear, year, decade, century -> that period. (The suites fill unknown fields
  from the reference: chrono puts a bare weekday at 12:00, and its "5 months ago" keeps the
  reference's day while asserting only the year and month.)
- Points also require the mention's grain not to be coarser than the expected grain (a year
  "2014" does not answer "January 2014"), except where dateparser's grain was only guessed as
  "day" ("March" -> 2014-03-15): then the coarser grain of the two is used.
- point: only the start is compared.
- interval: start and end must both match. For sub-day grains, an end one grain before the
  expected exclusive end is accepted too ("10:00 - 21:45" may end at 21:45, the suites add one
  grain to the last named instant).
- HeidelTime cases record the gold TIMEX3 value (`timex`): a mention with exactly that value
  passes too ("the early 1990s" = "199", whatever interval the suite derived from it).
- open-interval "after" (start only): the start must match. "before"/"until" (end only): the
  mention's end, or its start (the named instant, as a TIMEX3 with a mod) must match the
  expected end, with the same sub-day tolerance.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PHRASES = SHARED / "corpora" / "phrases"
OUT = Path(__file__).resolve().parent / "out"

sys.path.insert(0, str(ROOT))

from timeline.models import Grain, Mention, Settings  # noqa: E402
from timeline.tagger import tag  # noqa: E402

SUITES: dict[str, str] = {  # the suite's default preference
    "chrono": "past",
    "ctparse": "future",
    "dateparser": "past",
    "duckling": "future",
    "heideltime": "past",
}
DAY_FIRST = {"ctparse"}  # European travel mail: "14.09.2017", "31/08"
NULL_REFERENCE = datetime(2025, 1, 1)
SUBDAY = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1),
          "hour": timedelta(hours=1)}
RANK = {grain.value: rank for rank, grain in enumerate(Grain)}
SIGNALS = frozenset(
    "on at in by for from since until till through thru after before during around about "
    "approximately approx roughly circa ca of to and or between sometime sometimes anytime "
    "earliest latest the".split()
)
# Reference zones that chrono records, as UTC offsets in hours at the references' dates.
ZONE_HOURS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "JST": 9, "IST": 5.5, "AEST": 10, "AEDT": 11, "HKT": 8, "SGT": 8, "ET": -5, "PT": -8,
}
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d\d?):?(\d\d)?$", re.I)


@dataclass
class Outcome:
    """The result of one case: passed or not, the mentions found and why it failed."""

    passed: bool
    mentions: list[Mention] = field(default_factory=list)
    reason: str = ""
    best: Mention | None = None
    error: str | None = None


# ---------------------------------------------------------------------------------------------
# reading cases


def load_suite(name: str) -> list[dict[str, Any]]:
    """The cases of one suite file."""
    path = PHRASES / f"{name}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def zone_offset(name: str | None) -> timezone | None:
    """A fixed offset for a zone name or "+02:00"-style offset; None when unknown."""
    if not name:
        return None
    key = name.strip().upper()
    if key in ZONE_HOURS:
        return timezone(timedelta(hours=ZONE_HOURS[key]))
    match = _OFFSET.match(key)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    return None


def reference_of(case: dict[str, Any]) -> datetime:
    """The case's reference time as a naive wall-clock datetime (see the module docstring)."""
    raw = case.get("reference")
    if raw is None:
        return NULL_REFERENCE
    ref = datetime.fromisoformat(raw)
    zone = zone_offset(case.get("reference_timezone"))
    if zone is not None and ref.tzinfo is not None:
        ref = ref.astimezone(zone)
    return ref.replace(tzinfo=None)


def settings_of(suite: str, case: dict[str, Any]) -> Settings:
    """The suite's default settings, overridden by per-case flags."""
    prefer = SUITES[suite]
    day_first = suite in DAY_FIRST or case.get("parser") == "en.GB"
    if (case.get("option") or {}).get("forwardDate"):
        prefer = "future"
    dp_prefer = (case.get("dateparser_settings") or {}).get("PREFER_DATES_FROM")
    if dp_prefer in ("past", "future"):
        prefer = dp_prefer
    return Settings(prefer=prefer, day_first=day_first)


# ---------------------------------------------------------------------------------------------
# comparing


def content_mask(text: str) -> list[bool]:
    """For each character: is it a letter or digit outside a signal word?"""
    mask = [False] * len(text)
    for word in re.finditer(r"[^\W_]+", text):
        if word.group().lower() in SIGNALS:
            continue
        for i in range(word.start(), word.end()):
            mask[i] = True
    if not any(mask):  # a phrase of signal words only ("the earliest"): count every letter
        mask = [ch.isalnum() for ch in text]
    return mask


def coverage(mention: Mention, mask: list[bool]) -> float:
    """Share of the phrase's content characters inside the mention's span."""
    total = sum(mask)
    if total == 0:
        return 0.0
    start, end = mention.span
    return sum(mask[start:end]) / total


def at_grain(value: datetime, grain: str) -> date | datetime:
    """A naive datetime cut to the precision a suite asserts at `grain`."""
    if grain == "second":
        return value.replace(microsecond=0)
    if grain == "minute":
        return value.replace(second=0, microsecond=0)
    if grain == "hour":
        return value.replace(minute=0, second=0, microsecond=0)
    day = value.date()
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if grain == "halfyear":
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if grain == "year":
        return date(day.year, 1, 1)
    if grain == "decade":
        return date(day.year // 10 * 10, 1, 1)
    if grain == "century":
        return date(day.year // 100 * 100, 1, 1)
    return day  # day, season, partofday


def same_time(got: datetime | None, expected: str | None, grain: str, tz: str | None,
              tolerate_previous: bool = False) -> bool:
    """Does a mention's time equal an expected ISO time at the expected grain?

    Sub-day values with an offset on both sides are compared in the expectation's wall clock.
    """
    if got is None or expected is None:
        return False
    want = datetime.fromisoformat(expected)
    options = [want]
    if tolerate_previous and grain in SUBDAY:
        options.append(want - SUBDAY[grain])
    zone = zone_offset(tz) if grain in SUBDAY else None
    for option in options:
        mine = got
        if option.tzinfo is not None and zone is not None:
            mine = got.replace(tzinfo=zone).astimezone(option.tzinfo).replace(tzinfo=None)
        if at_grain(mine, grain) == at_grain(option.replace(tzinfo=None), grain):
            return True
    return False


def effective_grain(case: dict[str, Any], mention: Mention) -> str:
    """The grain to compare at: the expected one, or the coarser of the two for guessed days."""
    grain = case["expected"]["grain"]
    got = mention.grain.value if mention.grain else None
    guessed = str(case.get("grain_source") or "").startswith("guessed")
    if guessed and grain == "day" and got and RANK.get(got, 0) > RANK["day"]:
        return got
    return grain


def matches(case: dict[str, Any], mention: Mention) -> bool:
    """Does one mention satisfy the case's expectation (rules in the module docstring)?"""
    if case.get("timex") and mention.value == case["timex"]:
        return True
    expected = case["expected"]
    grain = effective_grain(case, mention)
    tz = mention.time.tz if mention.time else None
    kind = case["value_type"]
    if kind == "point":
        got = mention.grain.value if mention.grain else None
        if got is not None and RANK.get(got, 0) > RANK.get(grain, 0):
            return False
        return same_time(mention.start, expected["start"], grain, tz)
    if kind == "interval":
        return (same_time(mention.start, expected["start"], grain, tz)
                and same_time(mention.end, expected["end"], grain, tz, tolerate_previous=True))
    # open-interval
    if expected["start"] is not None:
        return same_time(mention.start, expected["start"], grain, tz)
    return (same_time(mention.end, expected["end"], grain, tz, tolerate_previous=True)
            or same_time(mention.start, expected["end"], grain, tz, tolerate_previous=True))


# ---------------------------------------------------------------------------------------------
# failure reasons


def describe_failure(case: dict[str, Any], mentions: list[Mention],
                     candidates: list[Mention]) -> tuple[str, Mention | None]:
    """A short, groupable reason why no candidate matched, and the mention it is about."""
    expected = case["expected"]
    if not mentions:
        return "no mention", None
    mask = content_mask(case["text"])
    widest = max(mentions, key=lambda m: coverage(m, mask))
    if coverage(widest, mask) < 0.9:
        if case["value_type"] == "interval":
            return "range not joined: only part(s) tagged", widest
        if len(mentions) >= 2:
            return "phrase split into several mentions", widest
        if not candidates:
            return "mention covers only part of the phrase", widest
    best = candidates[0]
    if best.start is None:
        label = best.type.value
        return f"no start (type {label}, value {_shape(best.value)})", best
    grain = effective_grain(case, best)
    tz = best.time.tz if best.time else None
    want_grain = expected["grain"]
    got_grain = best.grain.value if best.grain else "?"
    start_ok = expected["start"] is None or same_time(best.start, expected["start"], grain, tz)
    if case["value_type"] == "point" and RANK.get(got_grain, 0) > RANK.get(grain, 0):
        return f"grain too coarse: {got_grain} for {want_grain}", best
    if start_ok:
        if case["value_type"] == "interval" and len(mentions) >= 2:
            return "range split into separate mentions", best
        if best.end is None:
            return "no end", best
        return f"end wrong ({want_grain})", best
    if expected["start"] is None:
        return "open end wrong", best
    want = datetime.fromisoformat(expected["start"]).replace(tzinfo=None)
    got = best.start
    if want_grain in SUBDAY:
        if got.date() == want.date():
            if got_grain in ("day", "partofday") or RANK.get(got_grain, 0) >= RANK["day"]:
                return f"time of day missing (got {got_grain})", best
            return "time of day wrong", best
        if got.time() == want.time():
            return _date_shift(got.date(), want.date()) + " (time right)", best
        return "date and time wrong", best
    return _date_shift(at_grain(got, "day"), at_grain(want, "day")), best  # type: ignore[arg-type]


def _date_shift(got: date, want: date) -> str:
    """Name the difference between two dates: a week, a year, a day, or other."""
    days = (got - want).days
    if days % 7 == 0 and abs(days) <= 28:
        return f"other week ({days:+d} days)"
    if (got.month, got.day) == (want.month, want.day):
        return f"other year ({got.year - want.year:+d})"
    if abs(days) == 1:
        return f"off by one day ({days:+d})"
    if got.year == want.year and got.month != want.month and got.day == want.day:
        return "other month"
    return "wrong date"


def _shape(value: str | None) -> str:
    """A value with digits masked, to group them: "P3D" -> "P9D"."""
    return re.sub(r"\d", "9", value) if value else "none"


# ---------------------------------------------------------------------------------------------
# running


def run_case(suite: str, case: dict[str, Any]) -> Outcome:
    """Tag one case and decide whether it passes."""
    text = case["text"]
    try:
        mentions = tag(text, reference_of(case), settings=settings_of(suite, case))
    except Exception as error:  # a crash is a failure to report, not to stop on
        return Outcome(False, reason=f"error {type(error).__name__}",
                       error=f"{type(error).__name__}: {error}")
    mask = content_mask(text)
    candidates = sorted((m for m in mentions if coverage(m, mask) >= 0.5),
                        key=lambda m: -coverage(m, mask))
    for mention in candidates:
        if matches(case, mention):
            return Outcome(True, mentions, best=mention)
    reason, best = describe_failure(case, mentions, candidates)
    return Outcome(False, mentions, reason=reason, best=best)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def failure_record(case: dict[str, Any], outcome: Outcome) -> dict[str, Any]:
    """One line of the failures file: the case, what was expected and what came back."""
    return {
        "id": case.get("id"),
        "text": case["text"],
        "reference": case.get("reference"),
        "kind": case.get("kind"),
        "value_type": case.get("value_type"),
        "expected": case["expected"],
        "reason": outcome.reason,
        "error": outcome.error,
        "got": [
            {"text": m.text, "span": list(m.span), "type": m.type.value, "value": m.value,
             "mod": m.mod, "start": _iso(m.start), "end": _iso(m.end),
             "grain": m.grain.value if m.grain else None, "rule": m.rule}
            for m in outcome.mentions
        ],
    }


def _got_summary(record: dict[str, Any]) -> str:
    if record["error"]:
        return record["error"]
    if not record["got"]:
        return "nothing"
    return "; ".join(
        f"{g['text']!r} {g['type']} {g['value']} [{g['start']} .. {g['end']}] {g['grain']} "
        f"({g['rule']})" for g in record["got"]
    )


def _expected_summary(record: dict[str, Any]) -> str:
    e = record["expected"]
    if e["end"]:
        return f"[{e['start']} .. {e['end']}) {e['grain']} {record['value_type']}"
    return f"{e['start']} {e['grain']} {record['value_type']}"


def report(suite: str, cases: list[dict[str, Any]], outcomes: list[Outcome],
           patterns: int, examples: int) -> dict[str, Any]:
    """Print one suite's accuracy by kind and its most common failure patterns."""
    passed = sum(o.passed for o in outcomes)
    print(f"\n== {suite}: {passed}/{len(cases)} = {passed / len(cases):.1%}  "
          f"(prefer={SUITES[suite]}, day_first={suite in DAY_FIRST} by default)")
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for case, outcome in zip(cases, outcomes, strict=True):
        by_kind[case.get("kind") or "?"].append(outcome.passed)
    kinds = sorted(by_kind.items(), key=lambda item: -len(item[1]))
    print("   " + "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in kinds))
    failures = [failure_record(c, o) for c, o in zip(cases, outcomes, strict=True)
                if not o.passed]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in failures:
        groups[(record["reason"], record["kind"] or "?")].append(record)
    top = sorted(groups.items(), key=lambda item: -len(item[1]))[:patterns]
    for (reason, kind), records in top:
        print(f"   {len(records):>4}  {reason} | {kind}")
        for record in records[:examples]:
            print(f"           {record['text']!r} @ {record['reference']}")
            print(f"             expected {_expected_summary(record)}")
            print(f"             got      {_got_summary(record)}")
    return {
        "suite": suite, "cases": len(cases), "passed": passed,
        "by_kind": {k: [sum(v), len(v)] for k, v in kinds},
        "reasons": Counter(r["reason"] for r in failures).most_common(),
        "failures": failures,
    }


def write_failures(suite: str, failures: Iterable[dict[str, Any]]) -> Path:
    """Write a suite's failing cases, one JSON object a line."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"phrases_failures_{suite}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in failures:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    """Score the suites named on the command line (all scored suites by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="*", metavar="SUITE",
                        help=f"any of {', '.join(SUITES)} (default: all)")
    parser.add_argument("--patterns", type=int, default=10, help="failure patterns per suite")
    parser.add_argument("--examples", type=int, default=2, help="examples per pattern")
    args = parser.parse_args(argv)
    if not PHRASES.is_dir():
        sys.exit(f"phrase suites not found at {PHRASES}: this benchmark needs ../shared/corpora "
                 "beside the project root (see the corpora README).")
    unknown = [name for name in args.suites if name not in SUITES]
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    names = args.suites or list(SUITES)
    print("HeidelTime cases with reference null use 2025-01-01. Failures: "
          f"{OUT.relative_to(ROOT)}/phrases_failures_<suite>.jsonl")
    summary: list[tuple[str, int, int]] = []
    for name in names:
        cases = load_suite(name)
        outcomes = [run_case(name, case) for case in cases]
        result = report(name, cases, outcomes, args.patterns, args.examples)
        write_failures(name, result["failures"])
        summary.append((name, result["passed"], result["cases"]))
    print("\nsuite        passed  cases  accuracy")
    for name, passed, total in summary:
        print(f"{name:<12} {passed:>6} {total:>6}  {passed / total:>7.1%}")
    passed = sum(p for _, p, _ in summary)
    total = sum(t for _, _, t in summary)
    print(f"{'all':<12} {passed:>6} {total:>6}  {passed / total:>7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
