"""Publication dates in other absolute formats are normalised by dateparser; relative ones are
refused (a publication date must be a date, not a phrase)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from timeline.errors import DateError
from timeline.read import parse_published


@pytest.mark.parametrize(("text", "expected"), [
    ("5. September 2025", date(2025, 9, 5)),
    ("5 septembre 2025", date(2025, 9, 5)),
    ("September 5th, 2025 at 2:30 pm", datetime(2025, 9, 5, 14, 30)),
])
def test_other_absolute_formats(text: str, expected: date | datetime) -> None:
    assert parse_published(text) == expected


def test_a_feed_date_keeps_its_time_zone() -> None:
    parsed = parse_published("Fri, 05 Sep 2025 10:00:00 GMT")
    assert isinstance(parsed, datetime)
    assert (parsed.replace(tzinfo=None), parsed.utcoffset()) == (
        datetime(2025, 9, 5, 10, 0), timedelta(0))


@pytest.mark.parametrize("text", ["yesterday", "2 days ago", "next Friday", "September 2025",
                                  "31 février 2025", "soon"])
def test_relative_partial_or_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError, match="invalid publication date"):
        parse_published(text)


def test_common_formats_do_not_load_dateparser() -> None:
    code = ("import sys; from timeline.read import parse_published; "
            "parse_published('2025-09-05'); parse_published('Sept. 5, 2025'); "
            "print('dateparser' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
