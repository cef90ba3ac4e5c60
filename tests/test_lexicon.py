"""The lexicon's cheap guards: literal prefixes, their key form, required literals."""

from __future__ import annotations

import re

import pytest

from timeline.lexicon import literal_prefixes, load, prefix_key, required_literals


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?:last\s+|next\s+)?friday", {"last frid", "next frid", "friday"}),
        (r"the\s+(?:year|week)", {"the year", "the week"}),
        (r"about\s+\d+\s+days", {"about 0 d"}),
        (r"\d{4}-\d\d-\d\d", {"0 0 0"}),
        (r"(?:\d+|a)(?:\s*-\s*|\s+)years?", {"0 year", "a year"}),
        (r"(?<![a-z])q[1-4]", {"q0"}),
        (r"\w+day", None),
    ],
)
def test_literal_prefixes(regex: str, expected: set[str] | None) -> None:
    found = literal_prefixes(regex)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [("jan.  15-year", "jan. 0 year"), ("the\n\tyear", "the year"), ("1990s", "0s"),
     ("three - year", "three year")],
)
def test_prefix_key(text: str, key: str) -> None:
    assert prefix_key(text) == key


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"[$£]\s*\d+\s*million", {"million"}),
        (r"\d+\s*(?:%|percent|pct)", {"%", "percent", "pct"}),
        (r"\bspring\s+(?:water|roll)\b", {"spring"}),
        (r"(?:a|b)?c?", None),
    ],
)
def test_required_literals(regex: str, expected: set[str] | None) -> None:
    found = required_literals(regex)
    assert (set(found) if found is not None else None) == expected


def test_every_rule_match_starts_with_one_of_its_prefixes() -> None:
    """The prefixes are sound: wherever a rule matches, the text's key starts with one."""
    lexicon = load("en")
    text = ("On Friday, Jan. 15, 1990, at 3:30 p.m. EST, three-year talks ended; the year-ago "
            "quarter, late last night, in 2 1/2 weeks, the mid-1990s, '90s, Q3 2024, 10-12 days "
            "ago, every other week, nineteen ninety-one, the following  Monday, 12/05/2025.")
    low = text.lower()
    for start in (m.start() for m in re.finditer(r"\b\w|['’](?=\d)", low)):
        key = prefix_key(low[start : start + 40])
        for rule in lexicon.rules:
            match = rule.regex.match(low, start)
            if match and match.end() > start:
                assert rule.prefixes is not None
                assert any(key.startswith(p) for p in rule.prefixes), (rule.definition.id, start)


def test_every_rule_compiles() -> None:
    """Rules compile when first used: each must compile, and name only groups the spec knows."""
    for rule in load("en").rules:
        assert rule.regex.pattern == rule.source, rule.definition.id


def test_prefix_cache_is_fresh_and_right() -> None:
    """data/en.prefixes.json matches the lexicon (else: python -m timeline.lexicon)."""
    from timeline.lexicon import DATA, _cached_analysis, _digest, _load

    cached = _cached_analysis("en", _digest((DATA / "en.toml").read_bytes()))
    assert cached is not None, "stale data/en.prefixes.json: run python -m timeline.lexicon"
    computed = _load.__wrapped__("en", False)
    assert cached["rules"] == {
        r.definition.id: sorted(r.prefixes) if r.prefixes is not None else None
        for r in computed.rules
    }
    assert cached["negatives"] == [sorted(n) if n is not None else None
                                   for n in computed.negative_needs]
    assert cached["negative_sets"] == [[sorted(x) for x in sets]
                                       for sets in computed.negative_sets]
    assert cached["negative_alphabets"] == computed.negative_alphabets
    assert cached["negative_neighbours"] == [
        [sorted(n[0]), [list(pair) for pair in n[1]]] if n else None
        for n in computed.negative_neighbours]
