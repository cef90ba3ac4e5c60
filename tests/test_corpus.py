"""The corpus of examples is the test suite: every case in tests/corpus/en.toml, one test each.

A case names a text, the exact expression that must come back as one mention, and the values
that mention must resolve to at a fixed publication date. A negative names a text that must
yield no mention at all, or a substring (`not`) that no mention may overlap.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from timeline.models import Mention, Settings
from timeline.tagger import tag

CORPUS = Path(__file__).parent / "corpus" / "en.toml"

CASE_FIELDS = frozenset(
    {
        "text",
        "expression",
        "published",
        "type",
        "value",
        "mod",
        "start",
        "end",
        "grain",
        "tz",
        "settings",
        "note",
    }
)
CASE_REQUIRED = frozenset({"text", "expression", "type", "value"})
NEGATIVE_FIELDS = frozenset({"text", "not", "published", "settings", "note"})


def _load() -> dict[str, Any]:
    with CORPUS.open("rb") as handle:
        return tomllib.load(handle)


DATA = _load()
DEFAULT_PUBLISHED: date = DATA["published"]
CASES: list[dict[str, Any]] = DATA.get("case", [])
NEGATIVES: list[dict[str, Any]] = DATA.get("negative", [])


def _case_id(index: int, case: dict[str, Any]) -> str:
    return f"{case.get('expression', '?')}-{index}"


def _negative_id(index: int, negative: dict[str, Any]) -> str:
    return f"{negative.get('not') or negative.get('text', '?')[:40]}-{index}"


def _settings(entry: dict[str, Any]) -> Settings | None:
    options = entry.get("settings")
    return Settings(**options) if options else None


def _as_datetime(value: datetime | date | str) -> datetime:
    """An expected start or end: TOML datetime (or ISO string) to a naive datetime."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(value)


def _describe(mentions: list[Mention]) -> str:
    if not mentions:
        return "no mentions"
    return "; ".join(
        f"{m.text!r} {m.span} {m.type} value={m.value} mod={m.mod} "
        f"start={m.start} end={m.end} grain={m.grain} rule={m.rule}"
        for m in mentions
    )


def test_corpus_is_well_formed() -> None:
    assert isinstance(DEFAULT_PUBLISHED, date)
    for index, case in enumerate(CASES):
        assert CASE_REQUIRED <= case.keys(), f"case {index} lacks {CASE_REQUIRED - case.keys()}"
        assert case.keys() <= CASE_FIELDS, f"case {index}: unknown {case.keys() - CASE_FIELDS}"
        assert case["expression"] in case["text"], f"case {index}: expression not in text"
    for index, negative in enumerate(NEGATIVES):
        assert "text" in negative, f"negative {index} lacks text"
        assert negative.keys() <= NEGATIVE_FIELDS, (
            f"negative {index}: unknown {negative.keys() - NEGATIVE_FIELDS}"
        )
        if "not" in negative:
            assert negative["not"] in negative["text"], f"negative {index}: `not` not in text"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(i, c) for i, c in enumerate(CASES)])
def test_case(case: dict[str, Any]) -> None:
    text: str = case["text"]
    expression: str = case["expression"]
    published = case.get("published", DEFAULT_PUBLISHED)
    mentions = tag(text, published, settings=_settings(case))
    found = [m for m in mentions if m.text == expression]
    assert len(found) == 1, (
        f"{expression!r} not found as one mention in {text!r}: {_describe(mentions)}"
    )
    mention = found[0]
    where = f"{expression!r} in {text!r}: {_describe([mention])}"
    assert text[mention.span[0] : mention.span[1]] == expression, where
    assert str(mention.type) == case["type"], where
    assert mention.value == case["value"], where
    assert mention.mod == case.get("mod"), where
    if "start" in case:
        assert mention.start == _as_datetime(case["start"]), where
    if "end" in case:
        assert mention.end == _as_datetime(case["end"]), where
    if "grain" in case:
        assert mention.grain is not None and str(mention.grain) == case["grain"], where
    if "tz" in case:
        assert mention.time is not None and mention.time.tz == case["tz"], where


@pytest.mark.parametrize(
    "negative", NEGATIVES, ids=[_negative_id(i, n) for i, n in enumerate(NEGATIVES)]
)
def test_negative(negative: dict[str, Any]) -> None:
    text: str = negative["text"]
    published = negative.get("published", DEFAULT_PUBLISHED)
    mentions = tag(text, published, settings=_settings(negative))
    forbidden: str | None = negative.get("not")
    if forbidden is None:
        assert not mentions, f"{text!r} must yield nothing: {_describe(mentions)}"
        return
    lo = text.index(forbidden)
    hi = lo + len(forbidden)
    overlapping = [m for m in mentions if m.span[0] < hi and lo < m.span[1]]
    assert not overlapping, (
        f"{forbidden!r} in {text!r} must not be tagged: {_describe(overlapping)}"
    )
