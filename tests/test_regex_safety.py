"""No regular expression nests unbounded quantifiers over the same characters.

Shapes like `(a+)+` or `(?:\\s*-\\s*|\\s+)*` backtrack exponentially on hostile input; the check
reads each pattern's parse tree, so it is exact about structure and takes no time measurements.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any

import pytest

import timeline
from timeline.lexicon import load

REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def consumed(items: Any) -> set[str] | None:
    """Characters (or category names) a subpattern can consume; None for "anything"."""
    out: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            out.add(chr(arg))
        elif op is c.IN:
            for kind, value in arg:
                if kind is c.LITERAL:
                    out.add(chr(value))
                elif kind is c.RANGE:
                    out.update(chr(x) for x in range(value[0], min(value[1], value[0] + 300) + 1))
                elif kind is c.CATEGORY:
                    out.add(str(value))
                else:
                    return None
        elif op in (c.SUBPATTERN, *REPEATS, c.BRANCH):
            parts = [arg[-1]] if op is c.SUBPATTERN else [arg[2]] if op in REPEATS else arg[1]
            for part in parts:
                found = consumed(part)
                if found is None:
                    return None
                out |= found
        elif op is c.ANY:
            return None
        elif op is c.CATEGORY:
            out.add(str(arg))
    return out


def _unbounded(items: Any) -> bool:
    """Whether a subpattern holds a repeat that can run more than once."""
    for op, arg in items:
        if op in REPEATS and (arg[1] > 1 or _unbounded(arg[2])):
            return True
        if op is c.SUBPATTERN and _unbounded(arg[-1]):
            return True
        if op is c.BRANCH and any(_unbounded(b) for b in arg[1]):
            return True
    return False


def _mandatory(op: Any, arg: Any) -> bool:
    if op in (c.LITERAL, c.IN, c.NOT_LITERAL):
        return True
    if op in REPEATS:
        return bool(arg[0] >= 1)
    return op in (c.SUBPATTERN, c.BRANCH)


def _ambiguous(body: Any) -> list[str]:
    """Inner repeats of one iteration that no mandatory, disjoint separator pins down."""
    sequences = [list(body)]
    if len(sequences[0]) == 1 and sequences[0][0][0] is c.SUBPATTERN:
        sequences = [list(sequences[0][0][1][-1])]
    if len(sequences[0]) == 1 and sequences[0][0][0] is c.BRANCH:
        sequences = [list(b) for b in sequences[0][0][1][1]]
    found: list[str] = []
    for sequence in sequences:
        for index, (op, arg) in enumerate(sequence):
            if not _unbounded([(op, arg)]):
                continue
            inner = consumed([(op, arg)])
            separated = any(
                _mandatory(o, a) and inner is not None and (chars := consumed([(o, a)]))
                is not None and not (chars & inner)
                for k, (o, a) in enumerate(sequence) if k != index)
            if not separated:
                found.append(str(arg)[:60])
    return found


def nested(items: Any) -> list[str]:
    """Unbounded repeats inside an unbounded repeat over the same characters, unseparated."""
    found: list[str] = []
    for op, arg in items:
        if op in REPEATS:
            if arg[1] > 1:
                found += _ambiguous(arg[2])
            found += nested(arg[2])
        elif op is c.SUBPATTERN:
            found += nested(arg[-1])
        elif op is c.BRANCH:
            for branch in arg[1]:
                found += nested(branch)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found += nested(arg[1])
    return found


def all_patterns() -> list[tuple[str, str]]:
    lexicon = load()
    named = [(f"rule {r.definition.id}", r.regex.pattern) for r in lexicon.rules]
    named += [(f"negative {i}", n.pattern) for i, n in enumerate(lexicon.negatives)]
    named += [(f"join {k}", v.pattern) for k, v in lexicon.joins.items()]
    named += [(f"cue {k}", v.pattern) for k, v in lexicon.cues.items()]
    for info in pkgutil.walk_packages(timeline.__path__, "timeline."):
        if info.name.endswith(("render.png", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                named.append((f"{info.name}.{name}", value.pattern))
    return named


@pytest.mark.parametrize(("name", "pattern"), all_patterns(), ids=lambda x: x[:40])
def test_no_nested_unbounded_quantifiers(name: str, pattern: str) -> None:
    assert nested(p.parse(pattern)) == [], name


@pytest.mark.parametrize("pattern", [r"(a+)+", r"(?:\s*-\s*|\s+)*x", r"(?:\w+\s*)+$",
                                     r"(?:a|a+)*b"])
def test_the_check_catches_the_classic_shapes(pattern: str) -> None:
    assert nested(p.parse(pattern)) != []


@pytest.mark.parametrize("pattern", [r"(?:ab)+", r"(?:a|b)*c+", r"\d+(?:\.\d+)?",
                                     r"(?:\d+,)+", r"(?:[^\"]|\"[^\"]*\")*"])
def test_the_check_passes_safe_shapes(pattern: str) -> None:
    assert nested(p.parse(pattern)) == []
