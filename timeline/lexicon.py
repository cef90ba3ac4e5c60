"""Load `data/<lang>.toml`, validate it, and compile its patterns once.

Words are grouped in classes (`month`, `weekday`, `unit`, ...); each class becomes a macro
(`{month}`) usable in rule patterns. Patterns are written lowercase and matched against the
lowercased text; in a pattern a plain space means "one or more spaces" and `~` means "space or
hyphen" ("three~year" matches "three-year" and "three year").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
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
        stripped = re.sub(r"\\[A-Za-z]|\(\?P[<=]\w+[>)]|\{\w+\}", "", pattern)
        if stripped != stripped.lower():
            raise ValueError(f"patterns are matched on lowercased text: {pattern!r}")
        return pattern


class Rule:
    """A rule ready to match: its definition, its regex (compiled when first used, so a short
    text does not pay for rules it never tries) and the literal prefixes a match starts with."""

    __slots__ = ("_regex", "definition", "prefixes", "source")

    def __init__(self, definition: RuleDef, source: str,
                 prefixes: frozenset[str] | None) -> None:
        self.definition = definition
        self.source = source  # the pattern with its macros expanded
        self.prefixes = prefixes  # every match starts with one of these; None: unknown
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern: "date.month_year" -> re.compile("(?:(?P<mod>...")."""
        if self._regex is None:
            try:
                self._regex = re.compile(self.source)
            except re.error as error:
                raise ValueError(f"rule {self.definition.id}: {error}") from error
        return self._regex


_IRREGULAR_PLURALS = {"century": "centuries", "millennium": "millennia"}


def plural(unit: str) -> str:
    """A calendar unit's plural: "day" -> "days", "century" -> "centuries"."""
    return _IRREGULAR_PLURALS.get(unit, unit + "s")


def fold_word(text: str) -> str:
    """The form a word is looked up by: "St. Patrick’s  Day" -> "st patrick's day"."""
    return " ".join(text.lower().replace(".", "").replace("’", "'").split())


def _folded_table(table: dict[str, Any]) -> dict[str, Any]:
    """A word class keyed by folded words, each hyphen also as a space and as nothing, since a
    pattern's hyphen matches either: "eid ul-adha" is found as "eid ul adha" and "eid uladha"."""
    folded: dict[str, Any] = {}
    for word, value in table.items():
        keys = [fold_word(word)]
        while any("-" in key for key in keys):
            keys = [variant for key in keys for variant in (
                (key.replace("-", " ", 1), key.replace("-", "", 1)) if "-" in key else (key,))]
        for key in (fold_word(word), *keys):
            folded.setdefault(key, value)
    return folded


class Lexicon(BaseModel):
    """A language's words, macros, compiled rules and negative patterns."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    language: str
    words: dict[str, dict[str, Any]]
    macros: dict[str, str]
    rules: list[Rule]
    negatives: list[re.Pattern[str]]
    # Per negative, strings one of which its every match contains (None: no cheap test); then
    # every set of strings its matches need (`required_sets`), the characters they can hold,
    # and the characters that can stand side by side in them (`neighbours`).
    negative_needs: list[frozenset[str] | None]
    negative_sets: list[tuple[frozenset[str], ...]]
    negative_alphabets: list[str | None]
    negative_neighbours: list[Neighbours | None]
    joins: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]
    # The word classes keyed by `fold_word` of each word, for lookups.
    folded: dict[str, dict[str, Any]]

    def word(self, cls: str, text: str) -> Any:
        """Look a word up in a class, folding case, dots, apostrophes and spaces: ("month",
        "Sept.") -> 9; ("holiday", "MLK Jr. Day") -> "mlk_day"."""
        table = self.folded[cls]
        key = fold_word(text)
        if key in table:
            return table[key]
        return table.get(key.replace("-", " "))


def trie_regex(words: list[str], piece: Callable[[str], str] | None = None) -> str:
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
        alternatives = [(piece or _piece)(char) + emit(child)
                        for char, child in sorted(node.items()) if char]
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
    if char == "'":
        return "['’]"  # typeset text curls its apostrophes: "Valentine’s Day"
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
    return _transform(pattern)


_PREFIX_LIMIT = 4000
PREFIX_LENGTH = 9  # characters a guard prefix keeps
# A first word this short is followed into the next word, so many fewer rules are tried at
# "the company" (not "the coming") or "about 30 percent" (not "about 30 days").
_WORD_REACH = 5
_NEXT_WORD = 4  # characters kept after that first word's space: "the comi", "about 3 d"
_PLACEHOLDER = 0xE000  # macros stand as one private-use character while prefixes are read
# Prefixes and the text they guard are compared in a key form: a run of digits reads as "0",
# a run of whitespace and hyphens as one space ("jan.  15" -> "jan. 0", "three-year" -> "three
# year").
_KEY_CHARS = str.maketrans({**{d: "0" for d in "123456789"}, "-": " ", "\t": " ", "\n": " ",
                            "\r": " ", "\f": " ", "\v": " "})


def prefix_key(text: str) -> str:
    """The key form of text that prefixes are compared with: "jan.  15-year" -> "jan. 0 year"."""
    key = text.translate(_KEY_CHARS)
    # Each pass halves every run: "0000" -> "00" -> "0"; cheaper than a regex for short runs.
    while "00" in key:
        key = key.replace("00", "0")
    while "  " in key:
        key = key.replace("  ", " ")
    return key


def _parse(source: str) -> Any:
    """The parse tree of a regex, parsed once and shared by compiling and prefix analysis."""
    from re import _parser as p  # type: ignore[attr-defined]

    return p.parse(source)


Prefixes = tuple[set[str], set[str]]


def literal_prefixes(regex: str | Any, macros: dict[str, Prefixes] | None = None
                     ) -> frozenset[str] | None:
    """Literal strings one of which starts every match, read off the regex's parse tree.

    A sound over-approximation used as a cheap guard; a space stands for any run of whitespace.
    A short first word is followed four characters into the next: "(?:last |next )?friday" ->
    {"last frid", "next frid", "friday"}; "the (?:year|week)" -> {"the year", "the week"}. None
    when a match could start with anything. `macros` maps placeholder characters to the
    (closed, open) prefixes of the macro they stand for.
    """
    closed, opened = _prefix_sets(regex, macros or {})
    found = cap_prefixes({x.lstrip(" ") for x in closed | opened})
    return None if "" in found else frozenset(found)


def cap_prefixes(found: set[str]) -> set[str]:
    """Shorten prefixes until there are few enough to make a guard of."""
    for size in (6, 4, 3, 2, 1):
        if len(found) <= _PREFIX_LIMIT:
            break
        found = {x[:size] for x in found}
    return found


def _prefix_sets(regex: str | Any, macros: dict[str, Prefixes]) -> Prefixes:
    """(closed, open) prefixes of a regex: closed ones stop there, open ones may grow."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    stop: Prefixes = ({""}, set())

    def item(op: Any, arg: Any) -> Prefixes:
        """(closed, open) prefixes of one parse item."""
        if op is c.LITERAL:
            char = chr(arg)
            if char in macros:
                return macros[char]
            return set(), {char.translate(_KEY_CHARS)}
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars.add(chr(value).translate(_KEY_CHARS))
                elif kind is c.RANGE and value[1] - value[0] < 30:
                    low, high = value
                    chars.update(chr(x).translate(_KEY_CHARS) for x in range(low, high + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.add("0")
                elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                    chars.add(" ")
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
            if not sc and (so == {" "} or so == {"0"}):  # a run reads as one space or digit
                return set(), so | ({""} if low == 0 else set())
            return sc | so, ({""} if low == 0 else set())
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), {""}
        return stop

    def sequence(items: list[tuple[Any, Any]]) -> Prefixes:
        closed: set[str] = set()
        opened = {""}
        for op, arg in _words(items):
            ic, io = item(op, arg) if op is not None else (set(), {arg})
            closed |= _grow(opened, ic)
            grown = _grow(opened, io)
            done = {x for x in grown if _complete(x)}
            closed = cap_prefixes(closed | done)
            opened = cap_prefixes(grown - done)
            if not opened:
                break
        return closed, opened

    def _words(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        """Items with runs of plain characters joined into one (None, key-form text) item."""
        out: list[tuple[Any, Any]] = []
        run: list[str] = []
        for op, arg in items:
            if op is c.LITERAL and chr(arg) not in macros:
                run.append(chr(arg))
                continue
            if run:
                out.append((None, prefix_key("".join(run))))
                run = []
            out.append((op, arg))
        if run:
            out.append((None, prefix_key("".join(run))))
        return out

    return sequence(list(p.parse(regex) if isinstance(regex, str) else regex))


def _class_chars(items: Any, *, digits: bool) -> set[str] | None:
    """The characters a parsed character class ("[a-c$]") holds; None when it holds too many
    to list (a wide range, a category other than digits when `digits`)."""
    from re import _constants as c  # type: ignore[attr-defined]

    chars: set[str] = set()
    for kind, value in items:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < 30:
            chars.update(chr(x) for x in range(value[0], value[1] + 1))
        elif digits and kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def required_literals(regex: str | Any) -> frozenset[str] | None:
    """Strings one of which every match contains, read off the parse tree; None if unknown.

    A cheap necessary test before a regex is run over a window: of what a sequence requires,
    the set with the longest shortest string: "[$£] ?\\d+ ?million" -> {"million"}.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    def item(op: Any, arg: Any) -> set[str] | None:
        if op is c.LITERAL:
            return {chr(arg)}
        if op is c.IN:
            return _class_chars(arg, digits=True)
        if op is c.SUBPATTERN:
            return sequence(list(arg[-1]))
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                sub = sequence(list(branch))
                if sub is None:
                    return None
                found |= sub
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            return sequence(list(arg[2]))
        return None

    def score(found: set[str]) -> tuple[int, bool, int]:
        # Longer literals are rarer; digits are everywhere near dates.
        return min(len(x) for x in found), not all(x.isdigit() for x in found), -len(found)

    def sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
        best: set[str] | None = None
        run = ""
        for op, arg in [*items, (None, None)]:
            if op is c.LITERAL:
                run += chr(arg)
                continue
            if run and (best is None or score({run}) > score(best)):
                best = {run}
            run = ""
            if op is None:
                break
            found = item(op, arg)
            if found and "" not in found and (best is None or score(found) > score(best)):
                best = found
        return best

    found = sequence(list(p.parse(regex) if isinstance(regex, str) else regex))
    return frozenset(found) if found else None


def required_sets(regex: str | Any) -> tuple[frozenset[str], ...]:
    """Sets of strings, one string of each of which every match contains; read off the parse
    tree, for any text (a digit class stands for no literal: "\\d" matches "٣" too).

    Every mandatory part counts, so a window can be ruled out by any of them:
    "\\bthe\\s+(?:sun|times)\\b" -> ({"the"}, {"sun", "times"}).
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    def one(op: Any, arg: Any) -> frozenset[str] | None:
        """One set for an item: the rarest of its own sets, or for a branch their union."""
        if op is c.IN:
            chars = _class_chars(arg, digits=False)
            return None if chars is None else frozenset(chars)
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                sets = sequence(list(branch))
                if not sets:
                    return None
                # The rarest of the branch's sets: longer strings, and fewer of them.
                found |= max(sets, key=lambda x: (min(map(len, x)), -len(x)))
            return frozenset(found)
        return None

    def sequence(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run = ""
        for op, arg in [*items, (None, None)]:
            if op is c.LITERAL:
                run += chr(arg)
                continue
            if run:
                out.append(frozenset({run}))
            run = ""
            if op is c.SUBPATTERN:
                out.extend(sequence(list(arg[-1])))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
                out.extend(sequence(list(arg[2])))
            elif op is not None and (found := one(op, arg)) and "" not in found:
                out.append(found)
        return out

    return tuple(dict.fromkeys(sequence(list(p.parse(regex) if isinstance(regex, str)
                                             else regex))))


def alphabet(regex: str | Any) -> str | None:
    """A character class (without brackets) holding every character a match can consume; None
    when that can be anything: "\\$\\s*\\d+(?:bn|m)" -> "\\$\\d\\sbmn"; "[^.]+" -> None."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
    pieces: set[str] = set()

    def walk(items: Any) -> bool:
        for op, arg in items:
            if op is c.LITERAL:
                pieces.add(re.escape(chr(arg)))
            elif op is c.IN:
                for kind, value in arg:
                    if kind is c.LITERAL:
                        pieces.add(re.escape(chr(value)))
                    elif kind is c.RANGE:
                        pieces.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                    elif kind is c.CATEGORY and value in categories:
                        pieces.add(categories[value])
                    else:  # a negated class or category
                        return False
            elif op is c.SUBPATTERN:
                if not walk(arg[-1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not walk(arg[2]):
                    return False
            elif op is c.BRANCH:
                if not all(walk(branch) for branch in arg[1]):
                    return False
            elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):  # assertions consume nothing
                return False
        return True

    if not walk(p.parse(regex) if isinstance(regex, str) else regex):
        return None
    return "".join(sorted(pieces))


Neighbours = tuple[frozenset[str], tuple[tuple[str, str], ...]]


def neighbours(regex: str | Any) -> Neighbours | None:
    """Which two characters can stand side by side in a match, read off the parse tree: the
    pairs of plain characters as two-character strings, and the other pairs as two one-character
    regexes. None when unknown. Lookarounds are left out, so the pairs may be too many, never
    too few: "\\bsun\\s+(?:god|belt)" -> ({"su", "un", "go", "od", "be", "el", "lt"},
    (("[\\s]", "[\\s]"), ("[\\s]", "b"), ("[\\s]", "g"), ("n", "[\\s]"))).
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    Info = tuple[bool, set[str], set[str], set[tuple[str, str]]]  # nullable, first, last, pairs
    plain: dict[str, str] = {}  # the atoms that are one plain character, and that character

    def atom(op: Any, arg: Any) -> str | None:
        """One character a parse item consumes, as a regex; None if it is no such item."""
        if op is c.LITERAL:
            plain[re.escape(chr(arg))] = chr(arg)
            return re.escape(chr(arg))
        if op is c.NOT_LITERAL:
            return f"[^{re.escape(chr(arg))}]"
        if op is c.ANY:
            return "."
        if op is c.IN:
            body = ""
            for kind, value in arg:
                if kind is c.NEGATE:
                    body += "^"
                elif kind is c.LITERAL:
                    body += re.escape(chr(value))
                elif kind is c.RANGE:
                    body += re.escape(chr(value[0])) + "-" + re.escape(chr(value[1]))
                elif kind is c.CATEGORY and value in categories:
                    body += categories[value]
                else:
                    return "[\\s\\S]"  # a class we do not spell out: any character
            return f"[{body}]"
        return None

    def node(op: Any, arg: Any) -> Info | None:
        if (found := atom(op, arg)) is not None:
            return False, {found}, {found}, set()
        if op is c.SUBPATTERN:
            return sequence(arg[-1])
        if op is c.ATOMIC_GROUP:
            return sequence(arg)
        if op is c.BRANCH:
            out: Info = (False, set(), set(), set())
            for branch in arg[1]:
                if (sub := sequence(branch)) is None:
                    return None
                out = (out[0] or sub[0], out[1] | sub[1], out[2] | sub[2], out[3] | sub[3])
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = arg
            if (sub := sequence(body)) is None:
                return None
            again = {(x, y) for x in sub[2] for y in sub[1]} if high > 1 else set()
            return low == 0 or sub[0], sub[1], sub[2], sub[3] | again
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # consume nothing
            return True, set(), set(), set()
        return None

    def sequence(items: Any) -> Info | None:
        nullable, first, last, pairs = True, set(), set(), set()
        for op, arg in items:
            if (item := node(op, arg)) is None:
                return None
            pairs |= item[3] | {(x, y) for x in last for y in item[1]}
            first |= item[1] if nullable else set()
            last = item[2] | last if item[0] else set(item[2])
            nullable = nullable and item[0]
        return nullable, first, last, pairs

    found = sequence(p.parse(regex) if isinstance(regex, str) else regex)
    if found is None:
        return None
    literal = frozenset(plain[x] + plain[y] for x, y in found[3] if x in plain and y in plain)
    other = tuple(sorted((x, y) for x, y in found[3] if x not in plain or y not in plain))
    return literal, other


def _grow(heads: set[str], tails: set[str]) -> set[str]:
    """Every head followed by every tail, clipped; a run of spaces or digits is one run."""
    out: set[str] = set()
    for tail in tails:
        first = tail[:1]
        joined = tail[1:] if first in (" ", "0") else tail
        for head in heads:
            out.add(_clip(head + joined if first and head[-1:] == first else head + tail))
    return out


def _clip(prefix: str) -> str:
    """A prefix cut to what a guard needs: "the years" -> "the year", "about 3 days" -> "about
    3 d", "tomorrow's" -> "tomorrow'"."""
    space = prefix.find(" ", 1)
    if space > _WORD_REACH:
        return prefix[: min(space + 1, PREFIX_LENGTH)]
    if space > 0:
        prefix = prefix[: space + 1 + _NEXT_WORD]
    return prefix[:PREFIX_LENGTH]


def _complete(prefix: str) -> bool:
    """Whether a clipped prefix can grow no further: "the year", "about 3 d", "september"."""
    if not prefix:
        return False
    if len(prefix) >= PREFIX_LENGTH:
        return True
    space = prefix.find(" ", 1)
    return space > _WORD_REACH or (space > 0 and len(prefix) - space > _NEXT_WORD)


def _transform(pattern: str) -> str:
    """The pattern syntax's spaces and `~` as regex."""
    pattern = pattern.replace("~", r"(?:\s*-\s*|\s+)")
    pattern = re.sub(r"(?<![\\\[]) \?", r"\\s*", pattern)
    return re.sub(r"(?<![\\\[]) +", r"\\s+", pattern)


class _MacroPrefixes:
    """Prefix sets of macros, each read once, for patterns with macros as placeholders."""

    def __init__(self, macros: dict[str, str]) -> None:
        self.macros = macros
        self.chars = {name: chr(_PLACEHOLDER + i) for i, name in enumerate(macros)}
        self.sets: dict[str, Prefixes] = {}
        self._busy: set[str] = set()

    def _placeheld(self, pattern: str) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.macros:
                raise ValueError(f"unknown macro {{{name}}} in {pattern!r}")
            self._read(name)
            return self.chars[name]

        return _transform(_MACRO.sub(replace, pattern))

    def _read(self, name: str) -> None:
        if self.chars[name] in self.sets or name in self._busy:
            return
        self._busy.add(name)
        source = self._placeheld(self.macros[name])
        self.sets[self.chars[name]] = _prefix_sets(source, self.sets)
        self._busy.discard(name)

    def prefixes(self, pattern: str) -> frozenset[str] | None:
        """The literal prefixes of a lexicon pattern (macros still as `{name}`)."""
        return literal_prefixes(self._placeheld(pattern), self.sets)


def _number_words(words: dict[str, dict[str, Any]]) -> str:
    """The macro for a spelled-out number: "twenty-five", "three and a half", "a hundred",
    "five hundred"."""
    units = trie_regex(sorted(words["number"], key=len, reverse=True))
    tens = trie_regex(sorted(words["tens"], key=len, reverse=True))
    scales = trie_regex(sorted(words["number_scale"], key=len, reverse=True))
    base = rf"(?:{tens}(?:[\s-]+{units})?|{units})(?:[\s-]+{scales}(?![\w-]))?"
    return rf"{base}(?:(?:\s*-\s*|\s+)and(?:\s*-\s*|\s+)(?:a|one)(?:\s*-\s*|\s+)(?:half|quarter))?"


# The literal prefixes of rules and what negatives need are read off the patterns
# (`_MacroPrefixes`, `required_literals`, `required_sets`, `alphabet`, `neighbours`): about
# 0.1 s, kept in data/<lang>.prefixes.json with a digest of the lexicon file; `python -m
# timeline.lexicon` rewrites it. A stale or missing file only costs time: the analysis then
# runs at load.
_PREFIX_VERSION = "3"  # change with the prefix analysis


def _digest(source: bytes) -> str:
    """A digest of a lexicon file and the prefix analysis settings."""
    import hashlib

    settings = (f"|{_PREFIX_VERSION}|{PREFIX_LENGTH}|{_WORD_REACH}|{_NEXT_WORD}|{_PREFIX_LIMIT}"
                .encode())
    return hashlib.sha256(source + settings).hexdigest()[:20]


def _cached_analysis(language: str, digest: str) -> dict[str, Any] | None:
    import json

    path = DATA / f"{language}.prefixes.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("digest") == digest else None


def write_prefix_cache(language: str = "en") -> Path:
    """Write data/<lang>.prefixes.json for the lexicon as it is: "en" -> data/en.prefixes.json."""
    import json

    _load.cache_clear()
    lexicon = _load(language, False)
    source = (DATA / f"{language}.toml").read_bytes()
    data = {
        "digest": _digest(source),
        "rules": {r.definition.id: sorted(r.prefixes) if r.prefixes is not None else None
                  for r in lexicon.rules},
        "negatives": [sorted(n) if n is not None else None for n in lexicon.negative_needs],
        "negative_sets": [[sorted(x) for x in sets] for sets in lexicon.negative_sets],
        "negative_alphabets": lexicon.negative_alphabets,
        "negative_neighbours": [[sorted(n[0]), [list(pair) for pair in n[1]]] if n else None
                                for n in lexicon.negative_neighbours],
    }
    path = DATA / f"{language}.prefixes.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    encoding="utf-8")
    _load.cache_clear()
    return path


def load(language: str = "en", *, use_cache: bool = True) -> Lexicon:
    """Load and compile the lexicon of a language; cached, so compiled once per process,
    however it is asked for: load() and load("en") are one lexicon. load().language -> "en"."""
    return _load(language, use_cache)


@cache
def _load(language: str, use_cache: bool) -> Lexicon:
    """`load` itself, cached on its arguments as given (so always given both, positionally)."""
    path = DATA / f"{language}.toml"
    source_bytes = path.read_bytes()
    raw = tomllib.loads(source_bytes.decode("utf-8"))
    analysis = _cached_analysis(language, _digest(source_bytes)) if use_cache else None
    known: dict[str, list[str] | None] = (analysis or {}).get("rules", {})
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
    reader: _MacroPrefixes | None = None
    for entry in raw["rules"]:
        definition = RuleDef(**entry)
        source = _expand(definition.pattern, macros)
        try:
            if definition.id in known:
                listed = known[definition.id]
                prefixes = frozenset(listed) if listed is not None else None
            else:
                reader = reader or _MacroPrefixes(macros)
                prefixes = reader.prefixes(definition.pattern)
        except re.error as error:
            raise ValueError(f"rule {definition.id}: {error}") from error
        rules.append(Rule(definition, source, prefixes))
    negative_sources = raw.get("negatives", {}).get("patterns", [])
    negative_regexes = [_expand(n, macros) for n in negative_sources]
    negatives = [re.compile(n) for n in negative_regexes]
    cached_needs = (analysis or {}).get("negatives")
    cached_sets = (analysis or {}).get("negative_sets")
    cached_alphabets = (analysis or {}).get("negative_alphabets")
    cached_neighbours = (analysis or {}).get("negative_neighbours")
    cached = (cached_needs, cached_sets, cached_alphabets, cached_neighbours)
    if all(isinstance(x, list) and len(x) == len(negative_regexes) for x in cached):
        negative_needs = [frozenset(n) if n is not None else None for n in cached_needs]
        negative_sets = [tuple(frozenset(x) for x in sets) for sets in cached_sets]
        negative_alphabets = cached_alphabets
        negative_neighbours = [(frozenset(n[0]), tuple((a, b) for a, b in n[1])) if n else None
                               for n in cached_neighbours]
    else:
        trees = [_parse(n) for n in negative_regexes]
        negative_needs = [required_literals(tree) for tree in trees]
        negative_sets = [required_sets(tree) for tree in trees]
        negative_alphabets = [alphabet(tree) for tree in trees]
        negative_neighbours = [neighbours(tree) for tree in trees]
    joins = {name: re.compile(_expand(j, macros)) for name, j in raw.get("joins", {}).items()}
    cues = {name: re.compile(_expand(q, macros)) for name, q in raw.get("cues", {}).items()}
    return Lexicon(
        language=language,
        words=words,
        macros=macros,
        rules=rules,
        negatives=negatives,
        negative_needs=negative_needs,
        negative_sets=negative_sets,
        negative_alphabets=negative_alphabets,
        negative_neighbours=negative_neighbours,
        joins=joins,
        cues=cues,
        folded={cls: _folded_table(table) for cls, table in words.items()},
    )


def month_number(word: str, language: str = "en") -> int | None:
    """The month a word names: "Sept." -> 9, "march" -> 3, "Friday" -> None."""
    value = load(language).word("month", word)
    return int(value) if value is not None else None


if __name__ == "__main__":
    print(write_prefix_cache())
