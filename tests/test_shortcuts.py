"""Shortcuts taken for speed give exactly what their plain definitions give.

The scanners that find where rules can start, the cache of the rules to try there, the tests
that rule out negative patterns around a mention, and the sentence splitter matching at the
stop itself must agree, on any text, with the slow, obvious reading (a word start followed by
a head; the rules whose prefixes the text's key starts with; every negative run over the
mention's window; a boundary found by looking behind for the stop). Mentions of kinds whose
resolvers never read the tense are given none: the code of those resolvers is checked.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import resolve as resolve_module
from timeline.extract import _head_piece, _index, _lowered, _negatives, _rules_at
from timeline.lexicon import (
    PREFIX_LENGTH,
    alphabet,
    load,
    neighbours,
    prefix_key,
    required_sets,
    trie_regex,
)
from timeline.resolve import RESOLVERS, TENSELESS_KINDS
from timeline.segment import _abbreviation_goes_on, _append_trimmed, sentence_spans

WORDS = [
    "the", "a", "one", "day", "week", "year", "later", "than", "that", "friday", "1998", "5",
    "٣", "$", "%", "percent", "version", "v", "os", "sun", "times", "in", "his", "their", "90s",
    "0s", "-", "–", ",", ".", "spring", "hot", "summer", "camp", "first", "time", "second",
    "soon", "after", "as", "old", "long", "older", "may", "march", "'95", "’90s", "x'9", "_9",
    "é", "Über", "İ", "\u00a0", "\n", "temperatures", "in the", "won", "3-2", "555-123-4567",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=16).map(
    lambda words: " ".join(words))


@cache
def _plain_scanner() -> re.Pattern[str]:
    """Word starts, or a quote before a digit, where some rule's head begins."""
    heads: set[str] = set()
    for rule in load("en").rules:
        for prefix in rule.prefixes or {""}:
            space = prefix.find(" ")
            heads.add(prefix[: space + 1 if 0 <= space < 5 else 5])
    head = trie_regex(sorted(heads), _head_piece)
    return re.compile(rf"(?:\b(?=\w)|(?=['’]\d))(?={head})")


def _plain_starts(low: str) -> list[int]:
    return [m.start() for m in _plain_scanner().finditer(low)]


def _plain_covers(low: str, start: int, end: int) -> bool:
    """Some negative match, read within 40 characters of the span, covers it."""
    lo, hi = max(0, start - 40), min(len(low), end + 40)
    lexicon = load("en")
    for negative, needs in zip(lexicon.negatives, lexicon.negative_needs, strict=True):
        if needs and not any(need in low[lo:hi] for need in needs):
            continue
        for match in negative.finditer(low, lo, hi):
            if match.start() <= start and match.end() >= end:
                return True
            if match.start() > start:
                break
    return False


_PLAIN_BOUNDARY = re.compile(r"""(?<=[.!?])["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n\s*""")


def _plain_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans with boundaries found by looking behind for the stop."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PLAIN_BOUNDARY.finditer(text):
        end = match.start()
        if "\n" not in match.group() and _abbreviation_goes_on(text, start, end, match.end()):
            continue
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


sentences = st.lists(st.sampled_from(["It", "rained", "Mr.", "U.S.", "p.m.", "Sept.", "vs.", "5",
                                      ".", "!", "?", "?!", "\n", "\n\n", '"', "”", "’", ")", "(",
                                      "“", "A", "z", " ", "  ", "\t"]), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(sentences)
def test_sentence_spans_are_the_plain_ones(text: str) -> None:
    assert sentence_spans(text) == _plain_sentence_spans(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_starts_are_the_plain_word_starts(text: str) -> None:
    low = _lowered(text)
    assert _index("en").starts(low) == _plain_starts(low)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_rules_at_a_start_are_those_whose_prefixes_its_key_starts_with(text: str) -> None:
    """However the rule cache got filled (by this text or others), it gives the plain answer."""
    low = _lowered(text)
    index = _index("en")
    for pos in index.starts(low):
        key = prefix_key(low[pos:])[:PREFIX_LENGTH]
        heads = {key[:size] for size in range(len(key) + 1)}
        plain = [order for order, rule in enumerate(load("en").rules)
                 if rule.prefixes is None or not heads.isdisjoint(rule.prefixes)]
        for _ in range(2):  # cold, then from the cache
            assert [order for _, _, order in _rules_at(index, low, pos)] == plain


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_negative_tests_rule_out_only_what_cannot_match(text: str, data: st.DataObject) -> None:
    low = _lowered(text)
    start = data.draw(st.integers(min_value=0, max_value=len(low)))
    end = data.draw(st.integers(min_value=start, max_value=min(len(low), start + 16)))
    assert _negatives("en").covers(low, start, end) == _plain_covers(low, start, end)


def test_negatives_covering_known_phrases() -> None:
    low = "he paid $5 million on friday for version 3.1 of the sun times."
    negatives = _negatives("en")
    assert negatives.covers(low, low.index("5"), low.index("5") + 1)  # money
    assert negatives.covers(low, low.index("3.1"), low.index("3.1") + 1)  # a version
    assert not negatives.covers(low, low.index("friday"), low.index("friday") + 6)


def test_required_sets() -> None:
    assert required_sets(r"\bthe\s+(?:sun|times)\b") == (frozenset({"the"}),
                                                        frozenset({"sun", "times"}))
    # A digit class names no literal: "\d" matches other scripts' digits too.
    assert required_sets(r"[$£]\s*\d+\s*million") == (frozenset({"$", "£"}),
                                                     frozenset({"million"}))
    assert required_sets(r"(?:a|b)?c?") == ()


def test_alphabet() -> None:
    assert alphabet(r"\$\s*\d+(?:bn|m)") == r"\$\d\sbmn"
    assert alphabet(r"\bspring\s+(?=water)") == r"\sginprs"
    assert alphabet(r"[^.]{0,40}") is None
    assert alphabet(r"a.b") is None


def test_neighbours() -> None:
    pairs, other = neighbours(r"\bsun\s+(?:god|belt)") or (frozenset(), ())
    assert pairs == {"su", "un", "go", "od", "be", "el", "lt"}
    assert set(other) == {("[\\s]", "[\\s]"), ("[\\s]", "b"), ("[\\s]", "g"), ("n", "[\\s]")}
    # A character the pattern never names stands beside anything a class allows.
    pairs, other = neighbours(r"x[^.]{0,3}y") or (frozenset(), ())
    assert pairs == {"xy"} and ("x", "[^\\.]") in other and ("[^\\.]", "[^\\.]") in other
    assert neighbours(r"(a)\1") is None  # a back reference: unknown


def _reads(functions: dict[str, ast.FunctionDef], name: str, parameter: str,
           seen: set[tuple[str, str]]) -> bool:
    """Whether a function of resolve.py can read one of its parameters: used in any way but as
    an argument handed on to a function of the module that does not read it in turn."""
    if (name, parameter) in seen:
        return False
    seen.add((name, parameter))
    function = functions.get(name)
    if function is None:
        return True
    handed_on: dict[int, tuple[str, str]] = {}
    for call in ast.walk(function):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and \
                call.func.id in functions:
            params = [a.arg for a in functions[call.func.id].args.args]
            for position, argument in enumerate(call.args):
                if isinstance(argument, ast.Name) and position < len(params):
                    handed_on[id(argument)] = (call.func.id, params[position])
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and node.id == parameter and isinstance(node.ctx, ast.Load):
            callee = handed_on.get(id(node))
            if callee is None or _reads(functions, *callee, seen):
                return True
    return False


def test_tenseless_kinds_never_read_the_tense() -> None:
    """`tag` gives no tense to mentions of these kinds: their resolvers must never read one."""
    tree = ast.parse(Path(resolve_module.__file__).read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    for kind in TENSELESS_KINDS:
        resolver = RESOLVERS[kind].__name__
        assert not _reads(functions, resolver, "tense", set()), (kind, resolver)
    # And the check itself finds a resolver that does read it.
    assert _reads(functions, RESOLVERS["weekday"].__name__, "tense", set())
