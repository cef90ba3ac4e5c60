"""Load `data/<lang>.toml`, validate it, and compile its patterns once.

Words are grouped in classes (`month`, `weekday`, `unit`, ...); each class becomes a macro
(`{month}`) usable in rule patterns. Patterns are written lowercase and matched against the
lowercased text; in a pattern a plain space means "one or more spaces" and `~` means "space or
hyphen" ("three~year" matches "three-year" and "three year").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from timeline.models import TimexType

DATA = Path(__file__).parent / "data"
_MACRO = re.compile(r"\{([a-z][a-z_0-9]*)\}")


class RuleDef(BaseModel):
    """One extraction rule as written in the lexicon file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    type: TimexType
    kind: str
    pattern: str
    set: dict[str, Any] = Field(default_factory=dict)
    guards: list[str] = Field(default_factory=list)
    priority: int = 0

    @field_validator("pattern")
    @classmethod
    def _lowercase(cls, pattern: str) -> str:
        stripped = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\{\w+\}", "", pattern)
        if stripped != stripped.lower():
            raise ValueError(f"patterns are matched on lowercased text: {pattern!r}")
        return pattern


class Rule(BaseModel):
    """A compiled rule: its definition, its regex and the literal prefixes a match starts with."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    definition: RuleDef
    regex: re.Pattern[str]
    first: frozenset[str] | None  # None: could start anywhere
    prefixes: frozenset[str] | None  # every match starts with one of these; None: unknown


class Lexicon(BaseModel):
    """A language's words, macros, compiled rules and negative patterns."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    language: str
    words: dict[str, dict[str, Any]]
    macros: dict[str, str]
    rules: list[Rule]
    by_first: dict[str, list[Rule]]
    anywhere: list[Rule]
    negatives: list[re.Pattern[str]]
    joins: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]

    def word(self, cls: str, text: str) -> Any:
        """Look a word up in a class, folding case, dots and spaces: ("month", "Sept.") -> 9."""
        table = self.words[cls]
        key = " ".join(text.lower().replace(".", "").split())
        if key in table:
            return table[key]
        return table.get(key.replace("-", " "))


def trie_regex(words: list[str]) -> str:
    """A regex alternation for words, factored by common prefix so the engine branches once.

    ["jan", "january", "june"] -> "j(?:an(?:uary)?|une)"
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alternatives = [_piece(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _piece(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "-":
        return r"[\s-]*"
    return re.escape(char)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro {{{name}}} in {pattern!r}")
        return "(?:" + macros[name] + ")"

    previous = None
    while previous != pattern:
        previous, pattern = pattern, _MACRO.sub(replace, pattern)
    pattern = pattern.replace("~", r"(?:\s*-\s*|\s+)")
    pattern = re.sub(r"(?<![\\\[]) \?", r"\\s*", pattern)
    return re.sub(r"(?<![\\\[]) +", r"\\s+", pattern)


def _first_chars(regex: str) -> frozenset[str] | None:
    """Characters a match can start with, from the regex's parse tree; None when unknown."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    def first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
        found: set[str] = set()
        for op, arg in items:
            if op is c.AT:
                continue
            if op is c.LITERAL:
                found.add(chr(arg))
                return found, False
            if op is c.IN:
                chars: set[str] = set()
                for kind, value in arg:
                    if kind is c.LITERAL:
                        chars.add(chr(value))
                    elif kind is c.RANGE:
                        lo, hi = value
                        if hi - lo > 400:
                            return None, False
                        chars.update(chr(x) for x in range(lo, hi + 1))
                    elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                        chars.update("0123456789")
                    elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                        chars.update(" \t\n\r\f\v")
                    else:
                        return None, False
                found |= chars
                return found, False
            if op is c.SUBPATTERN:
                sub, nullable = first(list(arg[-1]))
                if sub is None:
                    return None, False
                found |= sub
                if not nullable:
                    return found, False
                continue
            if op is c.BRANCH:
                any_nullable = False
                for branch in arg[1]:
                    sub, nullable = first(list(branch))
                    if sub is None:
                        return None, False
                    found |= sub
                    any_nullable = any_nullable or nullable
                if not any_nullable:
                    return found, False
                continue
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, _high, sub_items = arg
                sub, nullable = first(list(sub_items))
                if sub is None:
                    return None, False
                found |= sub
                if low > 0 and not nullable:
                    return found, False
                continue
            if op in (c.ASSERT, c.ASSERT_NOT):
                continue
            return None, False
        return found, True

    chars, nullable = first(list(p.parse(regex)))
    if chars is None or nullable:
        return None
    return frozenset(chars)


_PREFIX_LIMIT = 4000


def _parse(source: str) -> Any:
    """The parse tree of a regex, parsed once and shared by compiling and prefix analysis."""
    from re import _parser as p  # type: ignore[attr-defined]

    return p.parse(source)


def literal_prefixes(regex: str | Any) -> frozenset[str] | None:
    """Literal strings one of which starts every match, read off the regex's parse tree.

    A sound over-approximation used as a cheap guard: "(?:last |next )?friday" ->
    {"last", "next", "friday"} (a prefix stops at the first space or character class).
    None when a match could start with anything.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    stop: tuple[set[str], set[str]] = ({""}, set())

    def cap(found: set[str]) -> set[str]:
        return found if len(found) <= _PREFIX_LIMIT else {x[:1] for x in found}

    def item(op: Any, arg: Any) -> tuple[set[str], set[str]]:
        """(closed, open) prefixes of one parse item."""
        if op is c.LITERAL:
            char = chr(arg)
            return ({""}, set()) if char.isspace() else (set(), {char})
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is c.LITERAL and not chr(value).isspace():
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 30:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                else:
                    return stop
            return set(), chars
        if op is c.SUBPATTERN:
            return sequence(list(arg[-1]))
        if op is c.BRANCH:
            closed: set[str] = set()
            opened: set[str] = set()
            for branch in arg[1]:
                bc, bo = sequence(list(branch))
                closed |= bc
                opened |= bo
            return closed, opened
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            sc, so = sequence(list(sub))
            if high == 1:
                return sc, so | ({""} if low == 0 else set())
            return sc | so, ({""} if low == 0 else set())
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), {""}
        return stop

    def sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], set[str]]:
        closed: set[str] = set()
        opened = {""}
        for op, arg in items:
            ic, io = item(op, arg)
            closed |= {_shorten(a + b) for a in opened for b in ic}
            grown = {_shorten(a + b) for a in opened for b in io}
            # A prefix long enough to be shortened needs no further growth: close it.
            done = {x for x in grown if len(x) >= 6 or (x and x[-1].isdigit())}
            closed = cap(closed | done)
            opened = cap(grown - done)
            if not opened:
                break
        return closed, opened

    tree = p.parse(regex) if isinstance(regex, str) else regex
    closed, opened = sequence(list(tree))
    found = {_shorten(x) for x in closed | opened}
    return None if "" in found else frozenset(found)


def _shorten(prefix: str) -> str:
    """A shorter prefix is still a prefix: keep guards small ("1990s" -> "1", "september" ->
    "septem")."""
    for index, char in enumerate(prefix):
        if char.isdigit():
            return prefix[: index + 1]
    return prefix[:6]


def _number_words(words: dict[str, dict[str, Any]]) -> str:
    """The macro for a spelled-out number: "twenty-five", "three and a half", "a hundred"."""
    units = trie_regex(sorted(words["number"], key=len, reverse=True))
    tens = trie_regex(sorted(words["tens"], key=len, reverse=True))
    base = rf"(?:{tens}(?:[\s-]+{units})?|{units})"
    return rf"{base}(?:(?:\s*-\s*|\s+)and(?:\s*-\s*|\s+)(?:a|one)(?:\s*-\s*|\s+)(?:half|quarter))?"


@cache
def load(language: str = "en") -> Lexicon:
    """Load and compile the lexicon of a language; cached, so compiled once per process."""
    path = DATA / f"{language}.toml"
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    words: dict[str, dict[str, Any]] = {
        cls: {" ".join(k.split()): v for k, v in table.items()}
        for cls, table in raw["words"].items()
    }
    macros: dict[str, str] = {}
    for cls, table in words.items():
        macros[cls] = trie_regex(sorted(table, key=len, reverse=True))
    macros["number_words"] = _number_words(words)
    macros.update(raw.get("macros", {}))
    rules: list[Rule] = []
    for entry in raw["rules"]:
        definition = RuleDef(**entry)
        source = _expand(definition.pattern, macros)
        try:
            parsed = _parse(source)
            regex = re.compile(source)
        except re.error as error:
            raise ValueError(f"rule {definition.id}: {error}") from error
        prefixes = literal_prefixes(parsed)
        first = frozenset(p[0] for p in prefixes) if prefixes else _first_chars(source)
        rules.append(Rule(definition=definition, regex=regex, first=first, prefixes=prefixes))
    by_first: dict[str, list[Rule]] = {}
    anywhere = [rule for rule in rules if rule.first is None]
    for rule in rules:
        for char in rule.first or ():
            by_first.setdefault(char, []).append(rule)
    negative_sources = raw.get("negatives", {}).get("patterns", [])
    negatives = [re.compile(_expand(n, macros)) for n in negative_sources]
    joins = {name: re.compile(_expand(j, macros)) for name, j in raw.get("joins", {}).items()}
    cues = {name: re.compile(_expand(q, macros)) for name, q in raw.get("cues", {}).items()}
    return Lexicon(
        language=language,
        words=words,
        macros=macros,
        rules=rules,
        by_first=by_first,
        anywhere=anywhere,
        negatives=negatives,
        joins=joins,
        cues=cues,
    )


def month_number(word: str, language: str = "en") -> int | None:
    """The month a word names: "Sept." -> 9, "march" -> 3, "Friday" -> None."""
    value = load(language).word("month", word)
    return int(value) if value is not None else None
