"""Dates at their real precision, and short labels."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline.models import EventTime, Grain
from timeline.render.labels import date_label, ordinal, short_text

PUBLISHED = date(2025, 9, 5)  # a Friday


def when(start: datetime, end: datetime, grain: Grain, value: str, mod: str | None = None):
    """An EventTime, briefly."""
    return EventTime(start=start, end=end, grain=grain, value=value, mod=mod)


def day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d)


CASES = [
    # day, clock times, parts of day
    (when(day(2025, 9, 5), day(2025, 9, 6), Grain.DAY, "2025-09-05"), "Fri 5 Sep 2025"),
    (
        when(datetime(2025, 9, 5, 15), datetime(2025, 9, 5, 16), Grain.HOUR, "2025-09-05T15:00"),
        "Fri 5 Sep 2025 15:00",
    ),
    (
        when(
            datetime(2025, 9, 5, 15, 7),
            datetime(2025, 9, 5, 15, 8),
            Grain.MINUTE,
            "2025-09-05T15:07",
        ),
        "Fri 5 Sep 2025 15:07",
    ),
    # a clock range runs to the end of its end ("3 to 4 p.m."): the label shows the end's time
    (
        when(datetime(2025, 9, 5, 15), datetime(2025, 9, 5, 17), Grain.HOUR, "2025-09-05T15:00"),
        "Fri 5 Sep 2025 15:00–16:00",
    ),
    (
        when(datetime(2025, 9, 5, 6), datetime(2025, 9, 5, 22, 1), Grain.MINUTE,
             "2025-09-05T06:00"),
        "Fri 5 Sep 2025 06:00–22:00",
    ),
    (
        when(datetime(2025, 9, 4, 22), datetime(2025, 9, 5, 2, 1), Grain.MINUTE,
             "2025-09-04T22:00"),
        "Thu 4 Sep 2025 22:00 – Fri 5 Sep 02:00",
    ),
    (
        when(datetime(2025, 9, 5, 20), datetime(2025, 9, 6, 0, 1), Grain.MINUTE,
             "2025-09-05T20:00"),
        "Fri 5 Sep 2025 20:00–24:00",
    ),
    (
        when(datetime(2025, 9, 4, 18), datetime(2025, 9, 5, 9), Grain.PARTOFDAY, "2025-09-04TNI"),
        "night of Thu 4 Sep 2025",
    ),
    (
        when(datetime(2025, 9, 5, 6), datetime(2025, 9, 5, 12), Grain.PARTOFDAY, "2025-09-05TMO"),
        "morning of Fri 5 Sep 2025",
    ),
    (
        when(datetime(2025, 9, 5, 12), datetime(2025, 9, 5, 18), Grain.PARTOFDAY, "2025-09-05TAF"),
        "afternoon of Fri 5 Sep 2025",
    ),
    (
        when(datetime(2025, 9, 5, 18), datetime(2025, 9, 6), Grain.PARTOFDAY, "2025-09-05TEV"),
        "evening of Fri 5 Sep 2025",
    ),
    (
        when(day(2025, 9, 1), day(2025, 9, 5), Grain.DAY, "2025-09-01"),
        "Mon 1 – Thu 4 Sep 2025",
    ),
    (
        when(day(2025, 8, 30), day(2025, 9, 2), Grain.DAY, "2025-08-30"),
        "Sat 30 Aug – Mon 1 Sep 2025",
    ),
    # ranges of whole units: first – last
    (when(day(1991, 1, 1), day(1998, 1, 1), Grain.YEAR, "1991"), "1991 – 1997"),
    (when(day(2013, 8, 1), day(2013, 10, 1), Grain.MONTH, "2013-08"), "August – September 2013"),
    (
        when(day(2024, 12, 1), day(2025, 3, 1), Grain.MONTH, "2024-12"),
        "December 2024 – February 2025",
    ),
    (when(day(2015, 1, 1), day(2021, 4, 1), Grain.YEAR, "2015"), "2015 – March 2021"),
    (when(day(2019, 1, 1), day(2020, 10, 1), Grain.QUARTER, "2019-Q1"), "Q1 2019 – Q3 2020"),
    # weeks
    (when(day(2025, 9, 1), day(2025, 9, 8), Grain.WEEK, "2025-W36"), "week of 1 Sep 2025"),
    (
        when(day(2025, 9, 1), day(2025, 9, 5), Grain.WEEK, "2025-W36"),
        "week of 1 Sep 2025 (before Fri 5 Sep)",
    ),
    (
        when(day(2025, 9, 1), day(2025, 9, 6), Grain.WEEK, "2025-W36"),
        "week of 1 Sep 2025 (to Fri 5 Sep)",
    ),
    (
        when(day(2025, 9, 6), day(2025, 9, 8), Grain.WEEK, "2025-W36"),
        "week of 1 Sep 2025 (from Sat 6 Sep)",
    ),
    (
        when(day(2025, 9, 6), day(2025, 9, 8), Grain.WEEK, "2025-W36-WE"),
        "weekend of Sat 6 Sep 2025",
    ),
    # months and larger
    (when(day(2025, 8, 1), day(2025, 9, 1), Grain.MONTH, "2025-08"), "August 2025"),
    (
        when(day(2022, 2, 19), day(2022, 3, 1), Grain.MONTH, "2022-02", "END"),
        "late February 2022",
    ),
    (
        when(day(2022, 2, 1), day(2022, 2, 11), Grain.MONTH, "2022-02", "START"),
        "early February 2022",
    ),
    (
        when(day(2022, 2, 11), day(2022, 2, 19), Grain.MONTH, "2022-02", "MID"),
        "mid-February 2022",
    ),
    (
        when(day(2025, 9, 6), day(2025, 10, 1), Grain.MONTH, "2025-09"),
        "September 2025 (from Sat 6 Sep)",
    ),
    (when(day(2025, 7, 1), day(2025, 10, 1), Grain.QUARTER, "2025-Q3"), "Q3 2025"),
    (when(day(2025, 6, 1), day(2025, 9, 1), Grain.SEASON, "2025-SU"), "summer 2025"),
    (when(day(2025, 12, 1), day(2026, 3, 1), Grain.SEASON, "2025-WI"), "winter 2025–26"),
    (when(day(2025, 1, 1), day(2025, 7, 1), Grain.HALFYEAR, "2025-H1"), "first half of 2025"),
    (when(day(2025, 7, 1), day(2026, 1, 1), Grain.HALFYEAR, "2025-H2"), "second half of 2025"),
    (when(day(2025, 1, 1), day(2026, 1, 1), Grain.YEAR, "2025"), "2025"),
    (when(day(2025, 1, 1), day(2025, 5, 1), Grain.YEAR, "2025", "START"), "early 2025"),
    (when(day(2025, 9, 1), day(2026, 1, 1), Grain.YEAR, "2025", "END"), "late 2025"),
    (when(day(1990, 1, 1), day(2000, 1, 1), Grain.DECADE, "199"), "the 1990s"),
    (when(day(1990, 1, 1), day(1994, 1, 1), Grain.DECADE, "199", "START"), "the early 1990s"),
    (when(day(1800, 1, 1), day(1900, 1, 1), Grain.CENTURY, "18"), "the 19th century"),
    (when(day(2001, 1, 1), day(2101, 1, 1), Grain.CENTURY, "20"), "the 21st century"),
    # modifiers that bound or blur
    (
        when(day(2025, 8, 1), day(2025, 9, 1), Grain.MONTH, "2025-08", "APPROX"),
        "about August 2025",
    ),
    (
        when(day(2025, 9, 5), day(2025, 9, 6), Grain.DAY, "2025-09-05", "BEFORE"),
        "before Fri 5 Sep 2025",
    ),
]


@pytest.mark.parametrize(("time", "expected"), CASES, ids=[c[1] for c in CASES])
def test_date_label(time: EventTime, expected: str) -> None:
    assert date_label(time, PUBLISHED) == expected


def test_date_label_without_publication_and_with_zone() -> None:
    zone = timezone(timedelta(hours=3))
    time = when(
        datetime(2025, 9, 5, 15, tzinfo=zone),
        datetime(2025, 9, 5, 16, tzinfo=zone),
        Grain.HOUR,
        "2025-09-05T15:00",
    )
    assert date_label(time) == "Fri 5 Sep 2025 15:00"
    clipped = when(day(2025, 9, 1), day(2025, 9, 5), Grain.WEEK, "2025-W36")
    assert date_label(clipped) == "week of 1 Sep 2025 (before Fri 5 Sep)"


def test_date_label_falls_back_on_start_when_the_value_is_not_calendar() -> None:
    time = when(day(2025, 9, 5), day(2025, 9, 6), Grain.DAY, "PRESENT_REF")
    assert date_label(time) == "Fri 5 Sep 2025"
    assert date_label(when(day(1990, 1, 1), day(2000, 1, 1), Grain.DECADE, "?")) == "the 1990s"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (101, "101st"),
    ],
)
def test_ordinal(number: int, words: str) -> None:
    assert ordinal(number) == words


def test_short_text_keeps_short_text() -> None:
    assert short_text("Parliament voted") == "Parliament voted"
    assert short_text("  Parliament \n voted  ") == "Parliament voted"
    assert short_text("") == ""


def test_short_text_wraps_and_cuts_with_an_ellipsis() -> None:
    text = "The parliament voted on the budget late on Friday after a long debate"
    short = short_text(text, 20, 2)
    lines = short.split("\n")
    assert len(lines) == 2
    assert all(len(line) <= 20 for line in lines)
    assert short.endswith("…")
    assert short == "The parliament voted\non the budget late…"


def test_short_text_breaks_long_words() -> None:
    short = short_text("x" * 100, 10, 2)
    assert all(len(line) <= 10 for line in short.split("\n"))
    assert short.endswith("…")


def test_short_text_rejects_impossible_sizes() -> None:
    with pytest.raises(ValueError):
        short_text("text", 1, 1)
    with pytest.raises(ValueError):
        short_text("text", 10, 0)
