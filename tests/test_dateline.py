"""Datelines at the start of a text, and the dates they give."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.dateline import Dateline, dateline_date, find_dateline

# text -> (place, month, day, year, agency, span), or None when it is no dateline
Expected = tuple[str, int | None, int | None, int | None, str | None, tuple[int, int]]
FOUND: list[tuple[str, Expected]] = [
    ("MOSCOW, Sept 5 (Reuters) - Talks began.", ("MOSCOW", 9, 5, None, "Reuters", (0, 26))),
    ("KYIV, Ukraine (AP) — Sirens sounded.", ("KYIV, Ukraine", None, None, None, "AP", (0, 20))),
    ("WASHINGTON (Reuters) - The vote.", ("WASHINGTON", None, None, None, "Reuters", (0, 22))),
    (
        "LONDON, March 3, 2024 /PRNewswire/ -- Acme said.",
        ("LONDON", 3, 3, 2024, "PRNewswire", (0, 37)),
    ),
    ("PARIS — Talks resumed.", ("PARIS", None, None, None, None, (0, 7))),
    ("NEW YORK, Oct. 12 (AP) -- Markets fell.", ("NEW YORK", 10, 12, None, "AP", (0, 25))),
    ("NEW YORK, October 12 (AP) -- x", ("NEW YORK", 10, 12, None, "AP", (0, 28))),
    ("MOSCOW, Sept. 5 (Reuters) - x", ("MOSCOW", 9, 5, None, "Reuters", (0, 27))),
    ("MOSCOW, Sep 5 (Reuters) - x", ("MOSCOW", 9, 5, None, "Reuters", (0, 25))),
    ("OSLO, Jan. 9, 2025 (NTB) - x", ("OSLO", 1, 9, 2025, "NTB", (0, 26))),
    ("LONDON, 3 March 2024 /Wire/ -- x", ("LONDON", 3, 3, 2024, "Wire", (0, 30))),
    ("ROME, May 2025 - x", ("ROME", 5, None, 2025, None, (0, 16))),
    ("WASHINGTON, Sept 5th - x", ("WASHINGTON", 9, 5, None, None, (0, 22))),
    ("PARIS, Friday (AFP) - x", ("PARIS", None, None, None, "AFP", (0, 21))),
    ("  \n BERLIN (dpa) - x", ("BERLIN", None, None, None, "dpa", (4, 18))),
    ("WASHINGTON, D.C. — x", ("WASHINGTON, D.C.", None, None, None, None, (0, 18))),
    ("WINSTON-SALEM, N.C. (AP) — x", ("WINSTON-SALEM, N.C.", None, None, None, "AP", (0, 26))),
    (
        "DAR ES SALAAM, Tanzania (AP) _\n\nx",
        ("DAR ES SALAAM, Tanzania", None, None, None, "AP", (0, 30)),
    ),
    ("KYIV/MOSCOW, Sept 5 (Reuters) - x", ("KYIV/MOSCOW", 9, 5, None, "Reuters", (0, 31))),
    ("BOGOTÁ, Colombia (AP) — x", ("BOGOTÁ, Colombia", None, None, None, "AP", (0, 23))),
    ("HAVANA (AP ) --\n\nx", ("HAVANA", None, None, None, "AP", (0, 15))),
    ("MIAMI _\n\nThe crowd", ("MIAMI", None, None, None, None, (0, 7))),
    ("PARIS—The talks", ("PARIS", None, None, None, None, (0, 6))),
    (
        "SAN FRANCISCO--(BUSINESS WIRE)--Acme",
        ("SAN FRANCISCO", None, None, None, "BUSINESS WIRE", (0, 32)),
    ),
    ("INDEPENDENCE, MO. (AP)--\n\nx", ("INDEPENDENCE, MO.", None, None, None, "AP", (0, 24))),
]

NOT_DATELINES = [
    "The FBI - said nothing.",
    "Moscow, Sept 5 (Reuters) - lower-case place",
    "NEW YORK-based Acme said on Friday.",
    "BREAKING — Talks collapse.",
    "UPDATE 2-Talks collapse.",
    "(Undated)\n\nx",
    "A - b",
    "NATO said - no",
    "Talks began.\nMOSCOW (Reuters) - not on the first line",
    "MOSCOW Sept 5 said",
    "",
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_find_dateline(text: str, expected: Expected) -> None:
    place, month, day, year, agency, span = expected
    assert find_dateline(text) == Dateline(
        place=place, month=month, day=day, year=year, agency=agency, span=span
    )


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_span_covers_the_dateline_only() -> None:
    text = "NEW YORK, Oct. 12 (AP) -- Markets fell."
    found = find_dateline(text)
    assert found is not None
    assert text[found.span[0] : found.span[1]] == "NEW YORK, Oct. 12 (AP) --"


def _dl(month: int | None, day: int | None, year: int | None) -> Dateline:
    return Dateline(place="X", month=month, day=day, year=year, span=(0, 1))


DATES = [
    # (month, day, year), reference -> date
    ((9, 5, 2025), None, date(2025, 9, 5)),
    ((9, 5, 2025), date(2030, 1, 1), date(2025, 9, 5)),  # a stated year wins
    ((9, 5, None), date(2025, 9, 5), date(2025, 9, 5)),  # on the reference day
    ((9, 4, None), date(2025, 9, 5), date(2025, 9, 4)),
    ((9, 6, None), date(2025, 9, 5), date(2024, 9, 6)),  # never after the reference
    ((12, 30, None), date(2026, 1, 8), date(2025, 12, 30)),  # across the new year
    ((12, 30, None), datetime(2026, 1, 8, 9, 0), date(2025, 12, 30)),  # a datetime reference
    ((2, 29, None), date(2025, 3, 1), date(2024, 2, 29)),
    ((2, 29, None), date(2027, 3, 1), None),  # no Feb 29 this year or last
    ((9, 5, None), None, None),  # no year, no reference
    ((9, None, 2025), None, None),  # no day
    ((None, None, None), date(2025, 9, 5), None),
    ((2, 30, 2025), None, None),  # no such day
    ((2, 30, None), date(2025, 9, 5), None),
]


@pytest.mark.parametrize(("fields", "reference", "expected"), DATES)
def test_dateline_date(
    fields: tuple[int | None, int | None, int | None],
    reference: date | None,
    expected: date | None,
) -> None:
    assert dateline_date(_dl(*fields), reference) == expected


def test_dateline_is_frozen() -> None:
    found = find_dateline("PARIS — x")
    assert found is not None
    with pytest.raises(ValueError):
        found.place = "ROME"  # type: ignore[misc]


def test_a_dateline_after_a_headline() -> None:
    text = "Quake strikes off the coast\n\nTOKYO, Dec 9 (AP) — A quake struck."
    found = find_dateline(text)
    assert found is not None and (found.place, found.month, found.day, found.agency) == (
        "TOKYO", 12, 9, "AP")
    assert text[found.span[0]:found.span[1]] == "TOKYO, Dec 9 (AP) —"
    # a first paragraph that is a sentence is no headline
    assert find_dateline("The quake struck at dawn.\n\nTOKYO, Dec 9 (AP) — More.") is None
