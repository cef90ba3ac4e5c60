"""Find temporal expressions in a text: spans, rule ids and what they said (TimeSpec).

Never computes a date: that is `resolve`'s job. Rules come from the lexicon. One scanner regex
finds the word starts where some rule's literal prefix can begin; there the text's key form
("the year", digits as "0") picks the few rules whose prefixes it starts with, and only those
are tried. Negative patterns run only where their required literals occur.

"Putin warned on Friday" -> [Mention(span=(16, 22), text="Friday", rule="weekday", ...)]
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.dateline import find_dateline
from timeline.lexicon import (
    PREFIX_LENGTH,
    Lexicon,
    Rule,
    load,
    month_number,
    prefix_key,
    trie_regex,
)
from timeline.models import Mention, TimeSpec, TimexType

_FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}
_PREPOSITIONS = frozenset(
    "in on since until till by from to through throughout during of before after between and or "
    "early late mid last next this that each every for around about until til as than".split()
)
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept",
                               "oct", "nov", "dec", "feb", "apr", "june", "august"})


@dataclass(slots=True)
class Candidate:
    """A rule match before overlap resolution (internal to extraction)."""

    start: int
    end: int
    rule: Rule
    order: int
    match: re.Match[str]


# A rule to try: its compiled pattern's match method, the rule, and its order in the lexicon.
_Try = tuple[Callable[[str, int], re.Match[str] | None], Rule, int]


@dataclass(frozen=True, slots=True)
class _Index:
    """Where rules can start: scanners for the word starts worth a look, and the rules to try
    for each key-form prefix of the text there (see `lexicon.prefix_key`)."""

    # A word start right after a non-word character, matched on that character: the regex
    # engine then skips letters with a character-set test instead of trying a word boundary
    # at every position. The text's first character and "'" before a digit ("'90s", looked
    # for with str.find and matched against the heads that start with a quote) are looked at
    # apart.
    after_break: re.Pattern[str]
    quoted: re.Pattern[str]
    by_prefix: dict[str, list[tuple[Rule, int]]]
    anywhere: tuple[tuple[Rule, int], ...]
    cache: dict[str, tuple[_Try, ...]]

    def starts(self, low: str) -> list[int]:
        """Word starts (and a quote before a digit) where some head begins, in text order.

        "on friday, 5 days" -> [3, 11, 13] (the heads "frida", "0 " and "days").
        """
        found = [match.end() for match in self.after_break.finditer(low)]
        quotes = [at for quote in "'’" for at in _positions(low, quote)
                  if self.quoted.match(low, at)]
        if quotes:
            found = sorted(found + quotes)
        # The first character has no character before it to match: lend it a space.
        if self.after_break.match(" " + low[:PREFIX_LENGTH]):
            found.insert(0, 0)
        return found


def _positions(text: str, char: str) -> list[int]:
    """Where a character occurs: ("it's 'em", "'") -> [2, 5]."""
    found: list[int] = []
    at = text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


_KEY_WINDOW = 24  # characters of text read to make a key of PREFIX_LENGTH characters


@cache
def _index(language: str) -> _Index:
    """The rule index of a language: prefixes -> rules, and scanners over their heads.

    A head is a prefix up to its first space, at most five characters ("the ", "a ", "0 ");
    the scanners find word starts that begin with one, so most words cost no Python at all.
    """
    lexicon = load(language)
    by_prefix: dict[str, list[tuple[Rule, int]]] = {}
    anywhere: list[tuple[Rule, int]] = []
    for order, rule in enumerate(lexicon.rules):
        pair = (rule, order)
        if rule.prefixes is None:
            anywhere.append(pair)
            continue
        for prefix in rule.prefixes:
            rules = by_prefix.get(prefix)
            if rules is None:
                by_prefix[prefix] = [pair]
            else:
                rules.append(pair)
    heads = {prefix[: space + 1 if 0 <= (space := prefix.find(" ")) < 5 else 5]
             for prefix in by_prefix}
    head = "" if anywhere else trie_regex(sorted(heads), _head_piece)
    quoted = [h for h in heads if h[:1] in "'’"]
    quoted_head = "" if anywhere else trie_regex(sorted(quoted), _head_piece) if quoted else "(?!)"
    return _Index(after_break=re.compile(rf"[^0-9a-z_](?<!\w)(?=\w)(?={head})"),
                  quoted=re.compile(rf"(?=['’]\d){quoted_head}"),
                  by_prefix=by_prefix,
                  anywhere=tuple(anywhere), cache={})


def _head_piece(char: str) -> str:
    """A key-form character as the raw text it stands for: "0" any digit, " " space or hyphen."""
    if char == "0":
        return r"\d"
    if char == " ":
        return r"[\s-]"
    return re.escape(char)


def _rules_at(index: _Index, low: str, pos: int) -> tuple[_Try, ...]:
    """The rules whose prefixes the text at pos starts with, in lexicon order."""
    # Text already in key form (no digit runs, hyphens or odd spaces) is its own key.
    found = index.cache.get(low[pos : pos + PREFIX_LENGTH])
    if found is not None:
        return found
    key = prefix_key(low[pos : pos + _KEY_WINDOW])
    if len(key) < PREFIX_LENGTH and pos + _KEY_WINDOW < len(low):
        key = prefix_key(low[pos : pos + 40 * _KEY_WINDOW])
    key = key[:PREFIX_LENGTH]
    found = index.cache.get(key)
    if found is None:
        pairs = {order: (rule, order) for rule, order in index.anywhere}
        for size in range(1, len(key) + 1):
            pairs.update((order, (rule, order)) for rule, order in index.by_prefix.get(
                key[:size], ()))
        found = tuple((pairs[order][0].regex.match, pairs[order][0], order)
                      for order in sorted(pairs))
        if len(index.cache) < 100_000:
            index.cache[key] = found
    # Text not in key form ("5 million", "third-qua") whose own first characters make the
    # whole key is keyed by them too, so the next time it costs one dictionary look-up. (A key
    # form only grows with more text, so those characters give this key whatever follows.)
    raw = low[pos : pos + PREFIX_LENGTH]
    if len(key) == PREFIX_LENGTH and raw != key and len(index.cache) < 100_000 and \
            prefix_key(raw) == key:
        index.cache[raw] = found
    return found


def _lowered(text: str) -> str:
    """Lowercase text with the same length (a few characters grow when lowercased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def candidates(text: str, low: str, lexicon: Lexicon) -> list[Candidate]:
    """Every rule match that starts at a word start and ends at a word boundary."""
    index = _index(lexicon.language)
    known = index.cache
    found: list[Candidate] = []
    size = len(low)
    for pos in index.starts(low):
        tries = known.get(low[pos : pos + PREFIX_LENGTH])  # see _rules_at
        if tries is None:
            tries = _rules_at(index, low, pos)
        for match_at, rule, order in tries:
            match = match_at(low, pos)
            if match is None:
                continue
            end = match.end()
            if end == pos:
                continue
            while end > pos and low[end - 1] in " \t\n,":
                end -= 1
            if end < size and low[end].isalnum() and low[end - 1].isalnum():
                continue
            found.append(Candidate(pos, end, rule, order, match))
    return found


@dataclass(frozen=True, slots=True)
class _Negative:
    """A negative pattern with cheap tests of where it cannot cover a mention."""

    pattern: re.Pattern[str]
    # The window around a mention must hold one string of each of these sets (the quickest
    # to test first): the lexicon's `negative_needs`, and every set `lexicon.required_sets`
    # found.
    needs: tuple[tuple[str, ...], ...]
    letters: re.Pattern[str] | None  # text made only of characters a match can hold
    # Two characters a match can hold side by side: plain pairs, then pairs of tests.
    pairs: frozenset[str] | None
    other_pairs: tuple[tuple[Callable[[str], object], Callable[[str], object]], ...]

    def holds(self, text: str) -> bool:
        """Whether a match could hold text: its characters, and each two side by side.

        ("friday", the negative for "the sun times") -> False: "f" is not one of its letters.
        """
        if self.letters is not None and self.letters.fullmatch(text) is None:
            return False
        if self.pairs is None:
            return True
        for at in range(len(text) - 1):
            if text[at : at + 2] in self.pairs:
                continue
            for first, second in self.other_pairs:
                if first(text[at]) and second(text[at + 1]):
                    break
            else:
                return False
        return True


@dataclass(frozen=True, slots=True)
class _Negatives:
    """The negative patterns of a language, and for each mention text the ones that could
    cover it: a match holds the mention's text, so it must be able to hold its characters."""

    negatives: tuple[_Negative, ...]
    by_text: dict[str, tuple[_Negative, ...]]  # cache

    def covers(self, low: str, start: int, end: int) -> bool:
        """Whether a negative match covers low[start:end], read within 40 characters of it.

        ("paid $5 million", 5, 6) -> True (money); ("left on friday", 8, 14) -> False.
        """
        text = low[start:end]
        possible = self.by_text.get(text)
        if possible is None:
            possible = tuple(negative for negative in self.negatives if negative.holds(text))
            if len(self.by_text) < 100_000:
                self.by_text[text] = possible
        if not possible:
            return False
        lo = max(0, start - 40)
        hi = min(len(low), end + 40)
        window = low[lo:hi]
        for negative in possible:
            for needs in negative.needs:
                for need in needs:
                    if need in window:
                        break
                else:  # none of this set's strings is here: the negative cannot match
                    break
            else:
                for match in negative.pattern.finditer(low, lo, hi):
                    if match.start() <= start and match.end() >= end:
                        return True
                    if match.start() > start:
                        break
        return False


@cache
def _negatives(language: str) -> _Negatives:
    """The negatives of a language with their tests."""
    lexicon = load(language)
    negatives: list[_Negative] = []
    tests_of: dict[str, Callable[[str], object]] = {}  # a one-character regex, compiled once
    for pattern, needs, sets, letters, neighbours in zip(
            lexicon.negatives, lexicon.negative_needs, lexicon.negative_sets,
            lexicon.negative_alphabets, lexicon.negative_neighbours, strict=True):
        # The sets quickest to test first (fewest strings), then the rarest (longest strings).
        tests = sorted(({needs} if needs else set()) | set(sets),
                       key=lambda found: (len(found), -min(map(len, found)), sorted(found)))
        pairs, other = neighbours if neighbours is not None else (None, ())
        for one in {x for pair in other for x in pair} - tests_of.keys():
            tests_of[one] = re.compile(one).fullmatch
        negatives.append(_Negative(
            pattern, tuple(tuple(sorted(x)) for x in tests),
            re.compile(f"[{letters}]*") if letters is not None else None,
            pairs, tuple((tests_of[a], tests_of[b]) for a, b in other)))
    return _Negatives(tuple(negatives), {})


def _previous_word(text: str, pos: int) -> str:
    """The word before pos, lowercased: ("was born in May", 12) -> "in"."""
    match = re.search(r"([A-Za-z’']+)[\s,]*$", text[max(0, pos - 30) : pos])
    return match.group(1).lower() if match else ""


def _group_text(text: str, cand: Candidate, name: str) -> str | None:
    if name not in cand.match.re.groupindex:
        return None
    span = cand.match.span(name)
    if span[0] < 0:
        return None
    return text[span[0] : span[1]]


def _capitalized(text: str, cand: Candidate, name: str | None = None) -> bool:
    part = _group_text(text, cand, name) if name else text[cand.start : cand.end]
    return bool(part) and part[0].isupper()


def _guard_month_capitalized(text: str, cand: Candidate) -> bool:
    return _capitalized(text, cand, "month")


# A superlative before a month: "the hottest June", "the second-wettest April", "its worst May".
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+(?:(?:second|third|fourth|fifth)[-\s])?"
                                 r"(?!(?:hon|mod|for|inter|prot|cont|harv|requ|sugg|arr|inv)est\b)"
                                 r"(?:[a-z]{3,}est|best|worst)\s+$")


def _guard_bare_month(text: str, cand: Candidate) -> bool:
    month = _group_text(text, cand, "month") or ""
    if not month[:1].isupper():
        return False
    if month.isupper() and len(month) > 3:  # "MAY" in a shouted headline is still ambiguous
        return False
    has_modifier = bool(_group_text(text, cand, "mod") or _group_text(text, cand, "rel"))
    word = month.lower().rstrip(".")
    if has_modifier:
        return True
    before = _previous_word(text, cand.start)
    if re.match(r"\s+[A-Z][a-z]|-[A-Za-z]", text[cand.end : cand.end + 3]):
        return False  # "Jan Kavan", "June Carter": a name, not a month
    if _SUPERLATIVE_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return True  # "the hottest June on record", "the wettest May since 1910"
    if word in _AMBIGUOUS_MONTHS or len(word) <= 4:
        return before in _PREPOSITIONS
    if before in ("the", "its", "his", "her", "their", "our") and re.match(
            r" [a-z]", text[cand.end : cand.end + 2]):
        return True  # "the October slaying", "its February decision"
    return before in _PREPOSITIONS or not before or text[cand.end : cand.end + 1] in ",."


_YEAR_WORDS_BEFORE = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "year",
                                "since", "into", "both", "due", "spring", "summer", "autumn",
                                "fall", "winter", "christmas", "easter"})
# Nouns a year commonly modifies in news: "the 1996 campaign", "1989 operating results".
_YEAR_NOUN_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:campaign|elections?|results|earnings|budget|season|census|referendum|"
    r"olympics|world cup|championships?|forecasts?|estimates?|profits?|revenues?|sales|levels)\b",
    re.I)


# A capitalized word right before a year, inside a sentence: "called Orion 1980".
_NAME_BEFORE_YEAR = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s$")


def _guard_year_context(text: str, cand: Candidate) -> bool:
    matched = text[cand.start : cand.end].lower()
    if any(matched.startswith(w) for w in ("fiscal", "calendar", "financial", "the year", "year ")):
        return True
    if _group_text(text, cand, "mod"):
        return True
    after = text[cand.end : cand.end + 12]
    if re.match(r"[’']s\b", after):
        return True
    if re.match(r"\s+(?:percent|per cent|people|troops|soldiers|votes|drones|units|shares|"
                r"jobs|cars|tons|barrels|dollars|euros|pounds|miles|km|kilometers|feet|"
                r"meters|acres|members|workers|cases|deaths|times|points|seats|employees|homes|"
                r"vehicles|passengers|flights|copies|pages)\b", after, re.I):
        return False
    before = _previous_word(text, cand.start)
    if before in _PREPOSITIONS or before in _YEAR_WORDS_BEFORE or before.endswith(("'s", "’s")):
        return True  # "in 1990", "continue into 1990", "the company's 1989 results"
    if _YEAR_NOUN_AFTER.match(text, cand.end, cand.end + 40):
        return True  # "his unsuccessful 1996 campaign"
    if re.search(r"(?<![\d.,])(?:\d{1,3}|\d{5,})\s*[-–—]\s*$", text[max(0, cand.start - 8) :
                                                                cand.start]):
        return False  # "call 555-1234": the tail of a number, not a year
    if _NAME_BEFORE_YEAR.search(text, max(0, cand.start - 40), cand.start) and \
            load().word("month", before) is None:
        return False  # "a venture called Orion 1980", "Vision 2030": a name's number
    prefix = text[max(0, cand.start - 3) : cand.start]
    if re.search(r"[(,–—-]\s*$", prefix) or cand.start == 0:
        return True
    return bool(re.match(r"\s*[),–—-]", after)) and before not in {"than", "about"}


def _guard_year_words(text: str, cand: Candidate) -> bool:
    """ "nineteen ninety-one" is a year anywhere; "two thousand ten" after a preposition."""
    matched = text[cand.start : cand.end].lower()
    spoken = re.match(r"nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|"
                      r"two[\s-]+thousand[\s-]+(?:and\s+)?[a-z]", matched)
    if spoken and (not re.match(r"\s*[a-z-]", text[cand.end : cand.end + 3].lower()) or
                   _previous_word(text, cand.start) in ("a", "an", "the", "its", "his", "her",
                                                         "their")):
        return True  # "in nineteen ninety-seven", "a nineteen ninety-seven attack"
    return matched.startswith("the year") or _previous_word(text, cand.start) in _PREPOSITIONS


def _guard_era_year(text: str, cand: Candidate) -> bool:
    era = (_group_text(text, cand, "era") or "").lower().replace(".", "")
    return era in {"bc", "bce", "ad", "ce"} and (era != "ad" or text[cand.start].isdigit())


def _guard_not_day_of_month(text: str, cand: Candidate) -> bool:
    """An hour is no day of a month: "3 in the morning" is a clock time, not in "on March 3
    in the morning" (the 3rd of March, in its morning)."""
    return not (text[cand.start].isdigit() and
                month_number(_previous_word(text, cand.start).rstrip(".")) is not None)


def _guard_capitalized(text: str, cand: Candidate) -> bool:
    return _capitalized(text, cand)


def _guard_season(text: str, cand: Candidate) -> bool:
    season = (_group_text(text, cand, "season") or "").lower()
    if _group_text(text, cand, "year") or _group_text(text, cand, "mod") or \
            _group_text(text, cand, "anayear"):
        return True
    rel = (_group_text(text, cand, "rel") or "").lower()
    if rel and rel != "the":
        return True
    before = _previous_word(text, cand.start)
    after = text[cand.end : cand.end + 6].lower()
    if season == "fall":
        return rel == "the" and before in {"in", "during", "by", "until", "since", "over",
                                            "through", "this", "that", "till", "before", "after"}
    if after.startswith((" of ", "s ")) and not re.match(r" of \d", after):
        return False
    if not rel and _SEASON_NOUN_AFTER.match(text, cand.end):
        return False  # "a review of winter planning", "for summer holidays": no one season
    return before in _PREPOSITIONS or rel == "the"


# A bare season describing a noun after it: "winter planning", "summer holidays", "spring
# storms" (not "in summer months", which are the season's own).
_SEASON_NOUN_AFTER = re.compile(r" (?!months\b|days\b|weeks\b|nights\b|evenings\b|mornings\b|"
                                r"during\b|thus\b|this\b|was\b|is\b|has\b|as\b)"
                                r"[a-z]+(?:ing|s)\b")


_SENTENCE_END = frozenset(".!?:;\"“”‘’'()[]—–-\n")


_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)\b")


def _guard_holiday(text: str, cand: Candidate) -> bool:
    """A holiday name that is also an ordinary phrase: "Labor Day" only capitalized; "May Day",
    "Lent" only in title case and not the end of a longer name ("the Cambridge Spring Festival",
    though "Canada's Remembrance Day" and a first word of a sentence may stand before it)."""
    if _group_text(text, cand, "holiday_cased") is not None:
        return _capitalized(text, cand, "holiday_cased")
    title = _group_text(text, cand, "holiday_title")
    if title is None:
        return True
    if not all(word[:1].isupper() for word in title.split()):
        return False
    after = _NEXT_NAME.match(text, cand.match.end("holiday_title"))
    if " " not in title and after is not None and load().word("weekday", after.group(1)) is None \
            and load().word("month", after.group(1)) is None:
        return False  # "Rakhi Sawant said", "Lent Term": a name going on, not the holiday
    start = cand.match.start("holiday_title")
    before = re.search(r"([A-Za-z][\w’'-]*)\s+$", text[max(0, start - 40) : start])
    if before is None or not before.group(1)[0].isupper() or before.group(1).endswith(
            ("'s", "’s")):
        return True
    rest = text[max(0, start - 40) : start][: before.start()].rstrip()
    return not rest or rest[-1] in _SENTENCE_END


def _guard_clock_24h(text: str, cand: Candidate) -> bool:
    """ "at 14:30", "By 18:00 UTC,", "5 May 12:00"; not a verse or a score ("John 3:16",
    "odds 3:1")."""
    before = text[max(0, cand.start - 12) : cand.start]
    found = re.search(r"(?:([A-Z][a-z]+)\.?|ratio|score|odds|verse)\s+$", before)
    if found is not None and found.group(1) is not None and (
            load().word("weekday", found.group(1)) is not None or
            found.group(1).lower() in _CLOCK_BEFORE):
        return True  # "Thursday 8:00 GMT"; a preposition opening a sentence: "At 14:30"
    return found is None or (found.group(1) is not None and month_number(found.group(1))
                             is not None and re.search(r"\d(?:st|nd|rd|th)?\s+\S+\s+$", text[
                                 max(0, cand.start - 18) : cand.start]) is not None)


_CLOCK_BEFORE = frozenset({"at", "by", "from", "until", "till", "to", "before", "after",
                           "around", "about", "since", ""})


_OFFSET = re.compile(r"\s?([+-])\s?(\d{1,2}):?(\d\d)?$")


def _zone(word: str, lexicon: Lexicon) -> str:
    """A zone as recorded: "gmt" -> "GMT", "utc+0245" -> "UTC+02:45", "GMT -8" -> "GMT-08:00"."""
    offset = _OFFSET.search(word)
    name = word[: offset.start()] if offset else word
    zone = lexicon.word("tz", name) or name.upper()
    if offset is None:
        return zone
    sign, hours, minutes = offset.groups()
    return f"{zone}{sign}{int(hours):02d}:{minutes or '00'}"


_PAST_TO_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20}


def _guard_past_to(text: str, cand: Candidate) -> bool:
    """ "half past three" anywhere; "ten to one" only as a clock time (after "at", or with
    a.m./p.m., noon or midnight), not as odds or a vote; "7 to 9am" is a range."""
    if _group_text(text, cand, "direction").lower() == "past":
        return True
    fraction = _group_text(text, cand, "fraction") or ""
    if fraction[:1].isdigit() and "min" not in fraction.lower():
        return False  # "7 to 9am" is a range of hours
    return bool(_group_text(text, cand, "ampm") or _group_text(text, cand, "named") or
                _group_text(text, cand, "pod") or _group_text(text, cand, "approx") or
                _previous_word(text, cand.start) in {"at", "until", "till", "since"})


def _guard_ampm_letter(text: str, cand: Candidate) -> bool:
    """ "7a", "3:15p" only as written in schedules: lowercase, after a clock preposition."""
    letter = _group_text(text, cand, "ampm_letter")
    if letter is None:
        return True
    return letter.islower() and _previous_word(text, cand.start) in _CLOCK_BEFORE and \
        not text[max(0, cand.start - 1) : cand.start].strip()


def _next_year_digits(year: str | None, digits: str | None) -> bool:
    """Whether two digits are the last two of the year after: ("2011", "12") -> True."""
    return year is not None and digits is not None and int(digits) == (int(year) + 1) % 100


def _guard_not_year_span(text: str, cand: Candidate) -> bool:
    """ "2014-10" is October 2014, but "2011-12" (the next year's last digits) is two years."""
    return not _next_year_digits(_group_text(text, cand, "year"), _group_text(text, cand, "month"))


def _guard_year_span(text: str, cand: Candidate) -> bool:
    """ "2024-25": the second part is the next year's last two digits (not "2024-12")."""
    return _next_year_digits(_group_text(text, cand, "year"), _group_text(text, cand, "year_next"))


def _guard_quarter_q(text: str, cand: Candidate) -> bool:
    """ "Q3", "2018Q4", "18q4": a capital Q, or a lowercase one written onto its year."""
    if _group_text(text, cand, "year0") is not None or _group_text(text, cand, "year00"):
        return True
    q = cand.match.start("qnum") - 1
    return text[q] == "Q" or "FY" in text[cand.start : q].upper()


def _guard_half_h(text: str, cand: Candidate) -> bool:
    """ "1H25", "2H 2026": the half year's H is a capital ("1h25" is 01:25)."""
    return text[cand.start + 1 : cand.start + 2] == "H"


def _guard_ordinal_of_month(text: str, cand: Candidate) -> bool:
    """ "the first of May" anywhere; "first of March" without "the" only when the month is
    capitalized or the ordinal is ("Twenty-fourth of May")."""
    if text[cand.start : cand.end].lower().startswith(("the ", "the\t")) or \
            _group_text(text, cand, "weekday"):
        return True
    return _capitalized(text, cand, "month") or _capitalized(text, cand, "ordinal")


_NOT_A_NOUN = frozenset("and or to from in on at by for since through until with of as than "
                        "but so is are was were be been will would".split())


def _guard_set_adverb(text: str, cand: Candidate) -> bool:
    """ "paid quarterly" is a set; "its quarterly dividend" names no time."""
    word = (_group_text(text, cand, "adverb") or "").lower()
    if word == "annual" or text[cand.end : cand.end + 1].isalpha():
        return False
    following = re.match(r"\s+([a-z]+)", text[cand.end : cand.end + 20])
    if following and following.group(1) not in _NOT_A_NOUN and load().word(
            "set_adjective", word) is not None:
        return False
    return True


def _guard_rate_set(text: str, cand: Candidate) -> bool:
    before = text[max(0, cand.start - 40) : cand.start].lower()
    return bool(re.search(r"(?:\d|million|billion|thousand|hundred|dollars?|cents?|percent|"
                          r"hours?|miles?|times|people|barrels|tons)\W+(?:[a-z]+\W+)?$", before))


def _guard_vague_duration(text: str, cand: Candidate) -> bool:
    if _group_text(text, cand, "num"):
        return True
    before = _previous_word(text, cand.start)
    return before in {"for", "over", "within", "in", "after", "of", "took", "take", "takes",
                      "lasted", "last", "spent", "spend", "waited"}


def _guard_anaphoric_offset(text: str, cand: Candidate) -> bool:
    return True


# Before an amount that measures a stretch: "closed for two days after", "delayed by three
# hours after", "has 30 days after the ruling to appeal" (time given to act).
_MEASURING = frozenset({"for", "by", "lasting", "spanning", "have", "has", "had", "given", "get",
                        "gets", "got"})


def _guard_not_measured(text: str, cand: Candidate) -> bool:
    """ "two days after the vote" is an offset; "closed for two days after the storm" measures
    a stretch: its amount is a duration, the "after" the clause's own."""
    return _previous_word(text, cand.start) not in _MEASURING


def _guard_not_duration_adjective(text: str, cand: Candidate) -> bool:
    return not re.match(r"-[a-z]", text[cand.end : cand.end + 2])


_PARTICLE_IN = re.compile(r"([A-Za-z’'-]+)\s+in\s+$")


def _guard_not_particle_in(text: str, cand: Candidate) -> bool:
    """ "will open in two weeks" yes; "phased in over three years" no: that "in" is the
    verb's particle, and what follows a stretch."""
    before = _PARTICLE_IN.search(text, max(0, cand.start - 30), cand.start)
    return before is None or load().word("particle_in", before.group(1)) is None


def _guard_over_quantity(text: str, cand: Candidate) -> bool:
    """ "lasted over a week" yes (more than a week); "phased in over three years" no: there
    "over" is a preposition, and the amount alone is the mention."""
    word = _group_text(text, cand, "approx")
    if word is None or word.lower() != "over":
        return True
    before = _previous_word(text, cand.start)
    if before == "in":  # "phased in over three years": the verb's particle
        particle = _PARTICLE_IN.search(text, max(0, cand.start - 30), cand.start)
        return particle is None or load().word("particle_in", particle.group(1)) is None
    return load().word("over_quantity", before) is not None


def _guard_ref(text: str, cand: Candidate) -> bool:
    word = text[cand.start : cand.end].lower()
    after = text[cand.end : cand.end + 8].lower()
    if word == "now" and after.startswith((" that", "-", " defunct")):
        return word == "now" and after.startswith(" that")
    if word == "the past" and _previous_word(text, cand.start) not in {"in", "into", "than",
                                                                      "from", "of", "to"}:
        return False
    if word == "the future" and _previous_word(text, cand.start) not in {"in", "into", "for",
                                                                        "of", "to", "near"}:
        return False
    if word == "current":
        # Only the adjective before a word of its phrase ("current market conditions"); the
        # negatives rule out a flow ("the ocean current") and "current account".
        return _NOUN_AFTER.match(text, cand.end) is not None and \
            text[cand.start - 1 : cand.start] != "-"
    return True


_NOUN_AFTER = re.compile(r" [a-z][a-z-]+\b")


# A count right before: "2 day after tomorrow" is an offset from tomorrow, not the day after it.
_COUNTED = re.compile(r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten))\s+$",
                      re.I)


def _guard_not_counted(text: str, cand: Candidate) -> bool:
    return text[cand.start : cand.start + 4].lower() == "the " or _COUNTED.search(
        text, max(0, cand.start - 8), cand.start) is None


# Words that make "last season" somebody's final one ("his last season at the club", "the
# show's last season"), not the one before the current.
_OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your", "whose", "the", "a",
                     "that", "every", "each", "one"})


def _guard_not_owned(text: str, cand: Candidate) -> bool:
    """ "finished third last season" yes; "in his last season", "Smith's last season" no."""
    before = _previous_word(text, cand.start)
    return before not in _OWNERS and not before.endswith(("'s", "’s", "s'", "s’"))


# What may follow "the first half of" and still name a time: "of 2024", "of the year", "of
# the current fiscal year"; "of the season", "of the match" name no calendar period ("a loss
# for the third quarter of $226 million" is the year's quarter).
_PERIOD_OF = re.compile(r"\s+of\s+(?:(?:the|this|that|its|their|our)\s+)?(?:(?:current|fiscal|"
                        r"financial|calendar|same|following|previous|next|last|coming|latest)\s+)*"
                        r"(?:years?\b|fiscal\b|decade\b|century\b|[’'\d])", re.I)
_OF_WORD = re.compile(r"\s+of\s+[a-z]", re.I)
_ANAPHORIC_YEAR = {"that": 0, "the same": 0, "the following": 1, "the next": 1,
                   "the previous": -1, "the preceding": -1, "the prior": -1}
_BARE_PERIOD_GROUPS = ("year", "year0", "rel", "thisyear", "yearpos", "rel2", "fiscal")


def _guard_calendar_period(text: str, cand: Candidate) -> bool:
    """A half or quarter that states no year is a part of the calendar year unless it is the
    part of something else: "the second half of the season", or a half or quarter of play in
    a sentence about a match ("United scored in the second half", "a touchdown in the fourth
    quarter"). "Sales rose in the second half" stays 2025-H2."""
    if any(_group_text(text, cand, name) for name in _BARE_PERIOD_GROUPS) or \
            "year" in text[cand.start : cand.end].lower():
        return True
    after = text[cand.end : cand.end + 60]
    if _OF_WORD.match(after) and not _PERIOD_OF.match(after):
        return False
    play = load().cues.get("match_play")
    if play is None:
        return True
    # The sentence around the candidate, at most 300 characters either side of it: a guard runs
    # per candidate, so it reads that window only, never the whole text.
    floor, ceiling = max(0, cand.start - 300), min(len(text), cand.end + 300)
    lo = max(text.rfind(".", floor, cand.start), text.rfind("\n", floor, cand.start),
             cand.start - 300)
    stops = [at for at in (text.find(".", cand.end, ceiling), text.find("\n", cand.end, ceiling))
             if at >= 0]
    hi = min([*stops, ceiling])
    return play.search(text[lo + 1 : hi].lower()) is None


_REPORT_WINDOW = 2000


def _guard_reporting_period(text: str, cand: Candidate) -> bool:
    """ "the period" is the quarter under discussion only in a quarterly report, one naming a
    quarter or a run of months near it: "net income for the period rose" after "third-quarter
    results" is the quarter; "cases doubled over the same period" in a health report, or "the
    period from 1850 to 1900", is no quarter. "the quarter" always is."""
    if (_group_text(text, cand, "unit") or "").lower() != "period":
        return True
    report = load().cues.get("quarter_report")
    if report is None:
        return True
    # A window before and just after the candidate, never the whole text.
    lo, hi = max(0, cand.start - _REPORT_WINDOW), min(len(text), cand.end + 300)
    return report.search(text[lo:hi].lower()) is not None


GUARDS: dict[str, Callable[[str, Candidate], bool]] = {
    "reporting_period": _guard_reporting_period,
    "month_capitalized": _guard_month_capitalized,
    "bare_month": _guard_bare_month,
    "year_context": _guard_year_context,
    "year_words_context": _guard_year_words,
    "era_year": _guard_era_year,
    "capitalized": _guard_capitalized,
    "not_day_of_month": _guard_not_day_of_month,
    "season_context": _guard_season,
    "holiday_case": _guard_holiday,
    "clock_24h": _guard_clock_24h,
    "set_adverb": _guard_set_adverb,
    "ampm_letter": _guard_ampm_letter,
    "past_to": _guard_past_to,
    "not_year_span": _guard_not_year_span,
    "quarter_q": _guard_quarter_q,
    "year_span": _guard_year_span,
    "half_h": _guard_half_h,
    "ordinal_of_month": _guard_ordinal_of_month,
    "rate_set": _guard_rate_set,
    "vague_duration": _guard_vague_duration,
    "anaphoric_offset": _guard_anaphoric_offset,
    "not_duration_adjective": _guard_not_duration_adjective,
    "not_measured": _guard_not_measured,
    "not_particle_in": _guard_not_particle_in,
    "over_quantity": _guard_over_quantity,
    "ref_context": _guard_ref,
    "not_counted": _guard_not_counted,
    "not_owned": _guard_not_owned,
    "calendar_period": _guard_calendar_period,
}


def select(found: list[Candidate], accept: Callable[[Candidate], TimeSpec | None]
           ) -> list[tuple[Candidate, TimeSpec]]:
    """Longest matches first, then priority, then rule order; keep those that overlap no kept
    one and that `accept` turns into a spec (guards passed, a time named), in text order.

    Only a candidate that would be kept is tested: a shorter match inside "last Friday" never
    runs its guards.
    """
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), -c.rule.definition.priority,
                                          c.order, c.start))
    starts: list[int] = []  # the kept spans, disjoint, sorted by start (so also by end)
    ends: list[int] = []
    taken: list[tuple[Candidate, TimeSpec]] = []
    for cand in ranked:
        index = bisect_left(starts, cand.start)
        if index > 0 and ends[index - 1] > cand.start:
            continue
        if index < len(starts) and starts[index] < cand.end:
            continue
        spec = accept(cand)
        if spec is None:
            continue
        starts.insert(index, cand.start)
        ends.insert(index, cand.end)
        taken.append((cand, spec))
    taken.sort(key=lambda pair: pair[0].start)
    return taken


def parse_number(text: str, lexicon: Lexicon) -> float | None:
    """A number written in digits or words; None when vague ("several").

    "three-and-a-half" -> 3.5, "2 1/2" -> 2.5, "twenty-four" -> 24, "a" -> 1, "five hundred"
    -> 500.
    """
    raw = " ".join(text.lower().replace("-", " ").split())
    if not raw:
        return None
    if lexicon.word("vague", raw) is not None:
        return None
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)(?: ?(1/2|½|1/4|¼|3/4|¾))?", raw)
    if digits:
        return float(digits.group(1)) + _FRACTIONS.get(digits.group(2) or "", 0.0)
    extra = 0.0
    half = re.search(r"\s+and\s+(?:a|one)\s+(half|quarter)$", raw)
    if half:
        extra = 0.5 if half.group(1) == "half" else 0.25
        raw = raw[: half.start()]
    value = lexicon.word("number", raw)
    if value is not None:
        return float(value) + extra
    count_text, _, last = raw.rpartition(" ")
    scale = lexicon.word("number_scale", last) if count_text else None
    if scale is not None:  # "five hundred", "two thousand"
        count = parse_number(count_text, lexicon)
        return None if count is None else count * scale + extra
    parts = raw.split()
    tens = lexicon.word("tens", parts[0])
    if tens is not None:
        unit = lexicon.word("number", " ".join(parts[1:])) if len(parts) > 1 else 0
        if unit is not None and unit < 10:
            return float(tens + unit) + extra
    return None


def _year_from_words(text: str, lexicon: Lexicon) -> int | None:
    """ "nineteen ninety-seven" -> 1997, "two thousand and five" -> 2005."""
    raw = " ".join(text.lower().replace("-", " ").replace(" and ", " ").split())
    if raw.startswith("the year "):
        raw = raw[len("the year ") :]
    if raw.startswith("nineteen "):
        rest = parse_number(raw[len("nineteen ") :], lexicon)
        return 1900 + int(rest) if rest is not None and rest < 100 and rest == int(rest) else None
    if raw.startswith("two thousand"):
        rest_text = raw[len("two thousand") :].strip()
        rest = parse_number(rest_text, lexicon) if rest_text else 0.0
        return 2000 + int(rest) if rest is not None and rest < 100 and rest == int(rest) else None
    return None


def _two_digit_year(text: str) -> int:
    """A two-digit year in a century window: "'98" -> 1998, "'25" -> 2025."""
    value = int(text.strip("'’"))
    return 2000 + value if value < 50 else 1900 + value


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@cache
def _set_fields(rule: Rule) -> tuple[dict[str, Any], dict[str, Any]]:
    """A rule's `set`, split into TimeSpec fields and hints for `build_spec`.

    {"unit": "day", "deictic_offset": -1} -> ({"unit": "day"}, {"deictic_offset": -1}).
    """
    fixed = rule.definition.set
    return ({k: v for k, v in fixed.items() if k in TimeSpec.model_fields},
            {k: v for k, v in fixed.items() if k not in TimeSpec.model_fields})


def build_spec(text: str, cand: Candidate, lexicon: Lexicon) -> TimeSpec | None:
    """Turn a rule match into what the text said; None when the match names no real time.

    "late February 2022" (rule date.month_year) -> TimeSpec(kind="month", month=2, year=2022,
    mod="END").
    """
    definition = cand.rule.definition
    fixed, extra = _set_fields(cand.rule)
    fields: dict[str, Any] = {"kind": definition.kind, **fixed}

    groups = cand.match.groupdict()  # matched on the lowercased text: word lookups fold case
    group = groups.get

    if (word := group("month") or group("month2")) is not None:
        fields["month"] = int(word) if word.isdigit() else lexicon.word("month", word)
    if (word := group("weekday") or group("weekday2")) is not None:
        fields["weekday"] = lexicon.word("weekday", word)
    if (word := group("weekrel") or group("weekrel2")) is not None:
        fields["unit"] = "week"
        fields["offset"] = _REL_STEP.get(word.lower(), 0)
    if (word := group("monthrel")) is not None or definition.kind in ("nth_weekday",
                                                                         "month_day"):
        if "month" not in fields or word is not None:
            fields["unit"] = "month"
            fields["offset"] = _REL_STEP.get((word or "this").lower(), 0)
    if (word := group("day")) is not None:
        fields["day"] = int(word)
    if (word := group("ordinal")) is not None and definition.kind in ("nth_weekday",
                                                                       "nth_week"):
        ordinal = _ordinal(word, lexicon)
        if ordinal is None or ordinal == 0:
            return None
        fields["amount"] = float(ordinal)
    if (word := group("ordinal")) is not None and definition.kind == "date":
        ordinal = _ordinal(word, lexicon)
        if ordinal is None or ordinal < 1:
            return None
        fields["day"] = ordinal
    if (word := group("year") or group("year2")) is not None:
        if word.startswith(("'", "’")) or len(word) == 2:
            fields["year"] = _two_digit_year(word)
        else:
            fields["year"] = int(word)
        era = (group("era") or "").lower().replace(".", "")
        if era in {"bc", "bce"}:
            fields["year"] = -fields["year"] + 1  # astronomical year numbering: 1 BC is year 0
    if (word := group("yearwords")) is not None:
        year = _year_from_words(word, lexicon)
        if year is None:
            return None
        fields["year"] = year
    if (word := group("fiscal") or group("fiscal_after")) is not None:
        fields["quant"] = "FY"
    if group("year_next") is not None:
        if "quant" in fields:
            fields["year"] += 1  # "FY2024-25": the fiscal year that ends in 2025
        else:
            fields["until"] = TimeSpec(kind="year", year=fields["year"] + 1)
            fields["parts"] = (cand.match.end("year") - cand.start,
                               cand.match.start("year_next") - cand.start)
    if (word := group("hour") or group("hour2")) is not None:
        hour = int(word) if word.isdigit() else int(parse_number(word, lexicon) or -1)
        ampm = (group("ampm") or group("ampm_letter") or "").lower().replace(".", "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if not 0 <= hour <= 23:
            return None
        pod = (group("pod") or "").lower().split()
        if pod and not ampm:
            hour = clock_in_part(hour, "NI" if pod[-1] == "tonight" else lexicon.word(
                "partofday", pod[-1]))
        fields["hour"] = hour
        fields["minute"] = _int(group("minute")) or 0
        if (word := group("minute_words") or group("minute_words2")) is not None:
            minute = parse_number(word, lexicon)  # "ten thirty a.m.": 30
            if minute is None or not 0 <= minute < 60 or minute != int(minute):
                return None
            fields["minute"] = int(minute)
        if (second := _int(group("second"))) is not None:
            fields["second"] = second
    if (word := group("named")) is not None:
        fields["hour"] = 0 if word.lower() == "midnight" else 12
        fields["minute"] = 0
    if (word := group("direction")) is not None and "hour" in fields:
        fraction = (group("fraction") or "").lower()
        words = fraction.replace("-", " ").split()
        minutes = int(words[0]) if words[0].isdigit() else sum(
            _PAST_TO_MINUTES.get(w, 0) for w in words)  # "twenty-five" is 20 + 5
        if not 0 < minutes < 60 or (fraction == "half" and word == "to"):
            return None
        if word.lower() == "to":  # "a quarter to noon" is 11:45
            fields["hour"], minutes = (fields["hour"] - 1) % 24, 60 - minutes
        fields["minute"] = minutes
    if (word := group("tz")) is not None:
        fields["tz"] = _zone(word, lexicon)
    if (word := group("pod")) is not None and "hour" not in fields:
        fields["partofday"] = lexicon.word("partofday", word)
        if (word := group("podmod")) is not None:
            fields["mod"] = {"early": "START", "late": "END", "mid": "MID"}[word.lower()]
    if (word := group("season")) is not None:
        fields["season"] = lexicon.word("season", word)
    if (word := group("holiday") or group("holiday_cased") or group("holiday_title")) is not None:
        fields["holiday"] = lexicon.word("holiday", word) or lexicon.word(
            "holiday_cased", word) or lexicon.word("holiday_title", word)
    if (word := group("deictic")) is not None:
        fields["offset"] = lexicon.word("deictic", word)
    if (word := group("twice")) is not None:
        fields["offset"] = -2 if "yesterday" in word.lower() else 2
    if "deictic_offset" in extra:
        fields["offset"] = extra["deictic_offset"]
    if (word := group("decade")) is not None:
        fields["decade"] = int(word)
        if fields["decade"] % 100 == 0 and fields["decade"] < 2000:
            # "the 1800s", "the early 1900s": a century (1800-1899), as writers mean it; "the
            # 2000s" stays the decade 2000-2009, its common sense now.
            fields["kind"] = "century"
            fields["century"] = fields.pop("decade") // 100
    if (word := group("decade_short")) is not None:
        fields["decade"] = 1900 + int(word) if int(word) >= 20 else 2000 + int(word)
    if (word := group("decade_word")) is not None:
        fields["decade"] = 1900 + int(lexicon.word("decade_word", word))
    if definition.kind == "century" and (word := group("ordinal")) is not None:
        ordinal = _ordinal(word, lexicon)
        if ordinal is None or ordinal < 1:
            return None
        fields["century"] = ordinal - 1
    if (word := group("qnum")) is not None:
        fields["quarter"] = int(word)
    if definition.kind == "quarter" and (word := group("ordinal")) is not None:
        ordinal = _ordinal(word, lexicon)
        fields["quarter"] = 4 if ordinal == -1 else ordinal
    if (word := group("year0")) is not None and "year" not in fields:
        fields["year"] = int(word)
    if (word := group("year00")) is not None and "year" not in fields:
        fields["year"] = _two_digit_year(word)
    if (word := group("half")) is not None:
        fields["half"] = int(word)
    if definition.kind == "half" and (word := group("ordinal")) is not None:
        ordinal = _ordinal(word, lexicon)
        fields["half"] = 2 if ordinal in (2, -1) else 1
    if (word := group("anayear")) is not None:  # "June of that year": counted from the focus
        fields["offset"] = _ANAPHORIC_YEAR[" ".join(word.lower().split())]
        fields["unit"], fields["anchor"] = "year", "previous"
    if (word := group("thisyear") or group("yearpos")) is not None:  # "next year's first quarter"
        if definition.kind in ("month", "holiday"):  # "Thanksgiving of next year"
            fields["offset"] = {"this": 0, "last": -1, "next": 1}[word.lower()]
            fields["unit"] = "year"
        else:
            fields["rel"] = word.lower()
    if (word := group("num")) is not None:
        amount = parse_number(word, lexicon)
        if definition.id == "set.every" and word.lower() == "other":
            amount = 2.0
        fields["amount"] = amount
    if (extra.get("plus_half") or group("andhalf")) and fields.get("amount") is not None:
        fields["amount"] = fields["amount"] + 0.5
    if (word := group("unit")) is not None:
        unit = lexicon.word("unit", word) or lexicon.word("calendar_unit", word) or (
            lexicon.word("unit_compact", word) if definition.id.endswith("compact") else None)
        fields["unit"] = unit or _bare_unit(word)
    if (word := group("unit2")) is not None and "unit" not in fields:
        fields["unit"] = lexicon.word("unit", word) or _bare_unit(word)
    if (word := group("rel")) is not None:
        rel = " ".join(word.lower().split())
        fields["rel"] = lexicon.word("rel", rel) or rel
        if definition.kind == "weekday" and rel in ("coming", "this coming"):
            fields["rel"] = "coming"  # "this coming Saturday": the first one after publication
    if (word := group("rel2")) is not None and "rel" not in fields:
        fields["rel"] = word.lower()
    if (word := group("mod")) is not None:
        mod = word.lower().replace("-", " ").strip()
        fields["mod"] = lexicon.word("mod", mod) or {"earlier": "EARLIER", "later": "LATER"}.get(
            mod, mod.upper())
    if (word := group("mod2")) is not None and "mod" not in fields:
        fields["mod"] = lexicon.word("mod", word)
    if (word := group("approx")) is not None:
        fields["mod"] = lexicon.word("approx", word) or _clock_approx(word)
        fields["approx"] = True
    if (word := group("dir")) is not None:
        direction = word.lower()
        sign = -1 if direction in {"ago", "back", "earlier", "before", "prior to",
                                   "beforehand", "since", "-", "minus"} else 1
        fields["offset"] = sign
        if direction in {"ago", "back", "hence", "from now", "from today"}:
            fields["anchor"] = "publication"
        elif direction == "on":
            fields["rel"] = "on"  # "ten years on": as "later", but now when nothing came before
    if (word := group("yago")) is not None:
        fields["offset"] = -1
        unit2 = (group("unit2") or "").lower()
        fields["unit2"] = unit2 if unit2 in {"quarter", "month", "week"} else None
    if (word := group("quant")) is not None:
        fields["quant"] = word.upper()
    if (word := group("adverb")) is not None:
        fields["ref"] = lexicon.word("set_adverb", word)
    if (word := group("times")) is not None:
        fields["quant"] = word.lower()
    if (word := group("weekdays")) is not None:
        fields["weekday"] = lexicon.word("weekday", word.rstrip("s"))
    if (word := group("numeric") or group("numeric2")) is not None:
        fields["ref"] = word
    if (word := group("ref")) is not None:
        fields["ref"] = lexicon.word("ref", word)
    return TimeSpec(**fields)


def clock_in_part(hour: int, part: str | None) -> int:
    """A 12-hour clock hour read in a part of the day: (8, "EV") -> 20, (1, "NI") -> 1,
    (11, "NI") -> 23, (12, "NI") -> 0, (3, "AF") -> 15, (9, "MO") -> 9."""
    if hour > 12 or part not in ("AF", "EV", "NI"):
        return hour
    if part == "NI":
        if hour == 12:
            return 0
        return hour + 12 if hour >= 6 else hour
    return hour + 12 if hour < 12 else hour


_REL_STEP = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1,
             "past": -1, "previous": -1}


def _clock_approx(word: str) -> str:
    word = word.lower()
    if "after" in word:
        return "AFTER"
    if "before" in word:
        return "BEFORE"
    return "APPROX"


def _bare_unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"centurie": "century", "period": "quarter"}.get(word, word)


def _ordinal(word: str, lexicon: Lexicon) -> int | None:
    word = word.lower()
    digits = re.match(r"(\d+)", word)
    if digits:
        return int(digits.group(1))
    value = lexicon.word("ordinal", word)
    return int(value) if value is not None else None


def extract(text: str, *, language: str = "en", document: str | None = None) -> list[Mention]:
    """Every temporal expression in text, in order, non-overlapping, unresolved (time=None).

    "He left on Friday." -> [Mention(span=(11, 17), text="Friday", type=DATE, rule="weekday")]
    """
    lexicon = load(language)
    low = _lowered(text)
    negatives = _negatives(language)

    def accept(cand: Candidate) -> TimeSpec | None:
        if any(not GUARDS[name](text, cand) for name in cand.rule.definition.guards):
            return None
        return build_spec(text, cand, lexicon)

    mentions: list[Mention] = []
    for cand, spec in select(candidates(text, low, lexicon), accept):
        if negatives.covers(low, cand.start, cand.end) or _quoted_title(text, cand, lexicon):
            continue
        kind = TimexType(cand.rule.definition.type)
        if kind == TimexType.DATE and (spec.hour is not None or spec.partofday):
            kind = TimexType.TIME
        mentions.append(
            Mention(
                document=document,
                span=(cand.start, cand.end),
                text=text[cand.start : cand.end],
                type=kind,
                rule=cand.rule.definition.id,
                spec=spec,
            )
        )
    mentions = join_leading_parts(text, low, mentions, lexicon)
    mentions = join_chains(text, low, join_compounds(text, low, _mark_in_offsets(
        low, join_amount_ranges(text, low, mentions, lexicon), lexicon), lexicon), lexicon)
    mentions = _mark_asides(low, _mark_deadlines(low, _mark_event_offsets(
        low, join_ranges(text, low, join(text, mentions, lexicon), lexicon), lexicon), lexicon),
        lexicon)
    mentions = _mark_relative_asides(text, _mark_year_framed(text, mentions))
    dateline = find_dateline(text) if mentions and language == "en" else None
    if dateline is not None:
        # "TOKYO, Dec 9 (AP) -": the date the story was filed, not a time the story moves to.
        lo, hi = dateline.span
        mentions = [m.model_copy(update={"spec": m.spec.model_copy(update={"aside": True})})
                    if lo <= m.span[0] and m.span[1] <= hi else m for m in mentions]
    return mentions


# A comma-set relative clause open before a time, and the comma closing it after: "Quill, 29,
# who was arrested in October, showed ...".
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,;:!?“”\"]*$")
_RELATIVE_CLOSE = re.compile(r"[^,;:!?“”\"]*,\s+[a-z]")
_CASED_BREAK = re.compile(r"[.!?]\s+[\"“‘']?[A-Z]|\n")  # not "3 p.m. on", "Oct. 12"


def _mark_relative_asides(text: str, mentions: list[Mention]) -> list[Mention]:
    """A time in a relative clause set off by commas inside its sentence tells its antecedent's
    past, not a time the story moves to (spec.background): in "Quill, who was arrested in
    October, showed no emotion as the verdict was read shortly before 5 p.m.", October leaves
    the day in focus to the clock time."""
    out: list[Mention] = []
    for mention in mentions:
        start, end = mention.span
        opened = _RELATIVE_OPEN.search(text, max(0, start - 120), start)
        if opened is not None and not mention.spec.background and \
                _CASED_BREAK.search(text, opened.start(), start) is None:
            closed = _RELATIVE_CLOSE.match(text, end)
            if closed is not None and _CASED_BREAK.search(text, end, closed.end()) is None:
                mention = mention.model_copy(update={"spec": mention.spec.model_copy(
                    update={"background": True})})
        out.append(mention)
    return out


# "after a flat second quarter", "an unusually strong quarter": a period with an indefinite
# article is described, not reported on.
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}$")
_APPOSED = re.compile(r"\s*,\s*")
_CONVERTED = re.compile(r"[\s,]*(?:local time\s*)?[(\[]\s*")
# "higher than a year ago", "compared with a year earlier": a time a figure is compared with.
# "no earlier than Jan. 3" sets a bound on a time, and compares nothing.
_COMPARED = re.compile(r"\b(?:(?<!earlier )(?<!later )(?<!sooner )than|compared (?:with|to)|"
                       r"versus|vs\.?)\s+(?:the\s+)?$")
# "twice as many patients as a month ago", "about the same as last year", "the same period last
# year": an equative or a like period of another time. "as early as next week", "as recently
# as 2019" bound a real time and compare nothing.
_EQUATED = re.compile(r"(?:\bas\s+(?!(?:soon|early|late|recently|long|far|quickly|well|of)\b)"
                      r"[a-z]+(?:\s+[a-z]+){0,3}|\bthe\s+same(?:\s+[a-z]+)?)\s+as\s+(?:in\s+|on\s+)?$|"
                      r"\b(?:same|corresponding|comparable)\s+(?:period|time|point|stage|date|"
                      r"(?:months?|weeks?|days?|quarters?|season))\s+(?:of\s+|in\s+)?$")
# "46 cases, up from 31 the week before", "down from a peak of 9,100 the night before", "grew to
# 45% of revenue, from 21% in 2019": the time of the figure a new one is compared with.
_COMPARED_FIGURE = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell)|,)\s+from\s+"
                              r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}of\s+)?[$€£]?\d[\d.,]*"
                              r"[^,;\d]{0,24}$")


# A year opening its sentence and set off by a comma: "In 2017, ...", "During 1998, ...".
_FRAMING_YEAR_BEFORE = re.compile(r"(?:^|[.!?\n][\"”’']?\s+)(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+$")
_WHEN_AFTER = re.compile(r",\s+when\b")  # "in 2017, when hospitals ran out of beds in January"
# A sentence ends before a capital (not at "p.m. " or "Sept. 5"), or at a line break.
_FRAME_BREAK = re.compile(r"[.!?]\s+[\"“‘']?[A-Z]|\n")
# The next sentence opening with a month or date without a year: ". In March, ...", ". On June 4
# she ...", ". By early May ...", ". Then in May ...".
_NEXT_OPENING = re.compile(r"[^.!?\n]*[.!?][\"”’']?[ \t]+(?:(?:Then|But|And|Later|Finally|"
                           r"Eventually),?\s+(?:in|on|by|during|until|through)|"
                           r"In|On|By|During|Until|Through)\s+$")


def _year_frame(text: str, mention: Mention) -> bool | None:
    """Whether a year frames what follows it: True when it opens its sentence ("In 1991 she
    led a revolt."), which frames the next sentence's opening month too; False when it only
    opens a comma-set frame or a when-clause ("was in 2017, when ..."); None when it frames
    nothing."""
    spec = mention.spec
    if spec.kind != "year" or spec.year is None or spec.until is not None:
        return None
    start, end = mention.span
    if _FRAMING_YEAR_BEFORE.search(text, max(0, start - 16), start):
        return True
    return False if text.startswith(",", end) and _WHEN_AFTER.match(text, end) else None


def _mark_year_framed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A month or date without a year, after a year that frames its sentence or opens a
    when-clause, in that year: "In 2017, hospitals ran out of beds in early January", "was in
    2017, when hospitals ran out of beds in early January" -> January 2017, not the January
    nearest publication. A year opening its sentence also frames the month or date opening
    the next one, unless that is told as ahead (rel "carried", read by resolve): "In 1991 she
    led a revolt. In March she was stripped of the whip." -> March 1991."""
    out: list[Mention] = []
    frame: tuple[int, int] | None = None  # the framing year's span
    opens = False  # the frame year opens its sentence and nothing but framed months followed
    for mention in mentions:
        spec = mention.spec
        yearless = spec.kind in ("month", "date") and spec.year is None and \
            spec.offset is None and spec.rel is None and spec.until is None
        framing = _year_frame(text, mention)
        rel = None
        if framing is not None and (framing or text.startswith(",", mention.span[1])):
            frame, opens = mention.span, framing
            out.append(mention)
            continue
        if frame is not None and _FRAME_BREAK.search(text, frame[1], mention.span[0]):
            if not (opens and yearless and _NEXT_OPENING.fullmatch(text, frame[1],
                                                                    mention.span[0])):
                frame = None
            rel = "carried"
        if frame is not None and yearless:
            # counted from the year in focus, as "June of that year" (resolve: _counted_year)
            mention = mention.model_copy(update={"spec": spec.model_copy(update={
                "unit": "year", "offset": 0, "anchor": "previous", "rel": rel})})
            frame = mention.span
        elif frame is not None and mention.type in (TimexType.DATE, TimexType.TIME):
            opens = False  # another time in focus: "for six months" is none
        out.append(mention)
    return out


def _mark_asides(low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A quarter named with an indefinite article, or a time a figure is compared with ("higher
    than a year ago", "up from 31 the week before"), is an aside (spec.aside): "After a flat
    second quarter, ..." leaves "the year-earlier period" to the quarter the story reports on
    ("posted a third-quarter loss" is the story's own); "prices higher than a year ago" leaves
    "earlier in the year" to the story's year."""
    figures = lexicon.cues["figures_after"]
    out: list[Mention] = []
    for mention in mentions:
        start, end = mention.span
        described = mention.spec.kind == "quarter" and not figures.match(low, end) and \
            _INDEFINITE.search(low, max(0, start - 40), start)
        # "on Wednesday, two weeks before the Nov. 16 vote": the same day said again.
        apposed = mention.spec.kind == "chained" and bool(out) and _names_day(out[-1].spec) \
            and _APPOSED.fullmatch(low, out[-1].span[1], start) is not None
        # "at 10:35 a.m. (0735 GMT)": the same moment in another zone.
        apposed = apposed or (mention.spec.hour is not None and bool(out) and
                              out[-1].spec.hour is not None and
                              _CONVERTED.fullmatch(low, out[-1].span[1], start) is not None)
        compared = _compared(low, start)
        if described or apposed or compared:
            mention = mention.model_copy(update={"spec": mention.spec.model_copy(
                update={"aside": True})})
        elif out and _said_after(low, out[-1], mention, lexicon.cues["said_tail"]):
            mention = mention.model_copy(update={"spec": mention.spec.model_copy(
                update={"said": True})})
        elif (low.endswith("since ", 0, start) and mention.spec.until is None) or \
                _set_against(low, out, mention) or _still_after(low, out, mention) or (
                    bool(out) and _background_after(low, out[-1], mention)):
            mention = mention.model_copy(update={"spec": mention.spec.model_copy(
                update={"background": True})})
        out.append(mention)
    return out


def _compared(low: str, start: int) -> bool:
    """Whether the time at `start` is one a figure is compared with ("higher than a year ago",
    "up from 31 the week before", "twice as many as a month ago")."""
    # Each pattern's match lies in its window before the time and holds one of these words,
    # so a window without them is told without running the pattern.
    near = low[max(0, start - 20) : start]
    if ("than" in near or "compared" in near or "vs" in near or "versus" in near) and \
            _COMPARED.search(low, max(0, start - 20), start):
        return True
    if low.find("from", max(0, start - 72), start) >= 0 and \
            _COMPARED_FIGURE.search(low, max(0, start - 72), start):
        return True
    return _EQUATED.search(low, max(0, start - 48), start) is not None


# Between a sentence's own day and a later time: a connective opening the background the
# main event is set against ("passed on Thursday after a debate that began on Wednesday"), or a
# relative clause of a noun telling its past ("convicted her on Wednesday, ending a trial that
# opened on April 27"), with no new clause of the sentence's own in between (", and", ";").
_SET_AGAINST = re.compile(r"\b(?:after|before|following|ahead of)\b|"
                          r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:that|which|who)\s")
_OWN_CLAUSE = re.compile(r"[.;!?]|,\s+(?:and|but|then|while)\b|\band\s+then\b")


def _own_day_last(out: list[Mention]) -> bool:
    """Whether the last mention so far names a day of the story's own, not told in passing:
    [Tuesday] -> True; [] or [since Tuesday] -> False."""
    return bool(out) and not out[-1].spec.background and not out[-1].spec.aside and \
        _names_day(out[-1].spec)


def _set_against(low: str, out: list[Mention], mention: Mention) -> bool:
    """Whether a time lies in a background clause after the sentence's own day: in "The bill
    passed early on Thursday after a debate that began at 10 a.m. on Wednesday", Wednesday's
    10 a.m."""
    if mention.spec.kind in ("chained", "offset", "in_offset") or not _own_day_last(out):
        return False
    gap = low[out[-1].span[1]:mention.span[0]]
    return len(gap) < 120 and _SET_AGAINST.search(gap) is not None and \
        _OWN_CLAUSE.search(gap) is None


# A second clause telling where things still stood later: "capsized late on Tuesday, and
# rescuers were still searching on Wednesday". The story stays with the event it reported.
_STILL = re.compile(r"\b(?:(?:was|were|is|are)\s+still|remained|remains)\b")


def _still_after(low: str, out: list[Mention], mention: Mention) -> bool:
    """Whether a time dates a state still holding, told after the sentence's own day: in "A
    ferry capsized late on Tuesday, and rescuers were still searching on Wednesday",
    Wednesday."""
    if not _own_day_last(out) or not _names_day(mention.spec):
        return False
    gap = low[out[-1].span[1]:mention.span[0]]
    return len(gap) < 120 and " and " in gap and _STILL.search(gap) is not None and \
        _SENTENCE_BREAK.search(gap) is None


# An attribution closes its sentence, or only a background clause follows it: "..., the union
# said on Thursday, after talks broke down".
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:after|following|amid|citing|despite)\s)")
# A trailing clause of an earlier event, up to a time in it: ", after talks broke down on ".
_BACKGROUND_AFTER = re.compile(r",\s+(?:after|following)\s[^,;:.!?“”\"]*$")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")


def _said_after(low: str, earlier: Mention, mention: Mention, said_tail: re.Pattern[str]
                ) -> bool:
    """Whether a mention is the time of an attribution closing a sentence that named another
    time before it: "struck late on tuesday, officials said on wednesday." -> True."""
    start, end = mention.span
    return (not earlier.spec.aside and _CLOSES_SENTENCE.match(low, end) is not None and
            said_tail.search(low, max(earlier.span[1], start - 80), start) is not None and
            _SENTENCE_BREAK.search(low, earlier.span[1], start) is None)


def _background_after(low: str, earlier: Mention, mention: Mention) -> bool:
    """Whether a mention stands in a trailing ", after ..." clause of a sentence that named a time
    before it: "will walk out on sunday, after talks broke down on tuesday" -> True."""
    start = mention.span[0]
    lo = max(earlier.span[1], start - 80)
    if earlier.spec.aside or (low.find("after", lo, start) < 0 and
                              low.find("following", lo, start) < 0):
        return False  # the usual case, told without a regular expression
    return _BACKGROUND_AFTER.search(low, lo, start) is not None and \
        _SENTENCE_BREAK.search(low, earlier.span[1], start) is None


# A title opens with a quote: "This Week", ``60 Minutes'', “48 Hours”.
_TITLE_OPENS = ('"', "“", "``", "''", "‘")
_TITLE_CLOSES = re.compile(r"[^\"”’'.!?\n]{0,40}?[,.!?]?(?:\"|”|''|’)")


def _quoted_title(text: str, cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether a match is a title in quotes rather than a time: a unit word capitalized after
    the first word gives it away (ABC's "This Week," CBS's ''60 Minutes'') -> True."""
    if not text.endswith(_TITLE_OPENS, 0, cand.start):
        return False
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or not any(
            word[:1].isupper() and not word.isupper() and (
                lexicon.word("unit", word) is not None or lexicon.word("partofday", word)
                is not None) for word in words[1:]):
        return False
    return _TITLE_CLOSES.match(text, cand.end) is not None


def _mark_event_offsets(low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """ "the day before" an event's noun phrase gets spec.event: its value still counts from
    the time in focus, but the anchor stage counts it from the event, as it does "a day before
    the shooting": "The day before the shooting, he posted threats" -> a day before the
    shooting. Not after a day and a comma, where it names that day again ("Oct. 12, the day
    before the plunge"), nor before a time ("the day before the weekend")."""
    pattern = lexicon.joins.get("event_after")
    if pattern is None:
        return mentions
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        spec = mention.spec
        start, end = mention.span
        if spec.kind == "anaphoric" and spec.amount is None and spec.rel is None and \
                spec.offset in (1, -1) and spec.unit in _EVENT_OFFSET_UNITS and \
                low.endswith(("before", "after"), start, end) and pattern.match(low, end) and \
                not (i and _APPOSED.fullmatch(low, mentions[i - 1].span[1], start)) and \
                not (i + 1 < len(mentions) and mentions[i + 1].span[0] <= end + 6):
            mention = mention.model_copy(update={"spec": spec.model_copy(update={"event": True})})
        out.append(mention)
    return out


# The units of "the day before", "the night after".
_EVENT_OFFSET_UNITS = frozenset({"day", "night", "week", "month", "year"})


def _mark_in_offsets(low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """ "in N units" gets rel "measured" after a superlative, ordinal, count or present perfect
    ("the first time in 20 years": a stretch up to now) and "in"/"within N units" before "of"
    or "after" ("within 24 hours of the attack": counted from an event); rel "ahead" after a
    modal ("would open in two weeks": a date, even in a past-tense sentence)."""
    measured, ahead, counted = (lexicon.cues.get(name) for name in (
        "measured", "ahead", "counted_from"))
    out: list[Mention] = []
    for mention in mentions:
        spec = mention.spec
        start, end = mention.span
        rel = None
        if spec.kind == "in_offset" and spec.rel in (None, "within"):
            if counted is not None and counted.match(low, end, end + 12):
                rel = "measured"  # "within 24 hours of the attack": not from publication
            elif spec.rel is None and measured is not None and measured.search(
                    low, max(0, start - 90), start):
                rel = "measured"
            elif spec.rel is None and ahead is not None and ahead.search(
                    low, max(0, start - 90), start):
                rel = "ahead"
        if rel is not None:
            mention = mention.model_copy(update={"spec": spec.model_copy(update={"rel": rel})})
        out.append(mention)
    return out


# Units from the smallest up: the parts of a compound amount come in decreasing size.
_UNIT_SIZE = {unit: size for size, unit in enumerate((
    "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade",
    "century"))}
# Kinds whose mention can end a compound amount ("21 hours ago" in "1 day 21 hours ago").
_AMOUNT_ENDS = frozenset({"duration", "offset", "relational"})


def _amount_part(spec: TimeSpec, *, first: bool) -> bool:
    """Whether a mention is a bare amount that a compound can start or continue with: "1 day"
    (any amount-bearing duration or "in 1 day" first; later parts without a modifier)."""
    if spec.amount is None or spec.unit not in _UNIT_SIZE or spec.compound or spec.until or \
            spec.base is not None:
        return False
    if spec.kind == "in_offset":
        return first and spec.rel != "measured"
    return spec.kind == "duration" and (first or (spec.rel is None and not spec.approx))


def join_compounds(text: str, low: str, mentions: list[Mention], lexicon: Lexicon
                   ) -> list[Mention]:
    """Amounts of ever smaller units side by side as one amount: "1 day 21 hours ago" -> one
    offset of 1 day and 21 hours; "two years and three months" -> one duration P2Y3M.

    A run whose units do not shrink ("5 years, 3 years and 18 months") is a list: left apart.
    """
    gap_pattern = lexicon.joins.get("compound")
    if gap_pattern is None or len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        run = [mentions[index]]
        if _amount_part(run[0].spec, first=True):
            while index + len(run) < len(mentions):
                last, nxt = run[-1], mentions[index + len(run)]
                if len(run) > 1 and last.spec.kind != "duration":
                    break  # the run already ended on an offset ("21 hours ago")
                if not gap_pattern.match(low[last.span[1] : nxt.span[0]]):
                    break
                spec = nxt.spec
                ends = spec.kind in _AMOUNT_ENDS and run[0].spec.kind != "in_offset" and \
                    spec.amount is not None and spec.unit in _UNIT_SIZE and \
                    not spec.compound and not spec.approx
                if not (_amount_part(spec, first=False) or ends):
                    break
                run.append(nxt)
        sizes = [_UNIT_SIZE.get(m.spec.unit or "", -1) for m in run]
        if len(run) < 2 or any(a <= b for a, b in itertools.pairwise(sizes)):
            out.extend(run)
            index += len(run)
            continue
        out.append(_compound_mention(text, run))
        index += len(run)
    return out


_RANGED_KINDS = frozenset({"duration", "offset", "in_offset", "anaphoric"})
_IN_BEFORE = re.compile(r"\b(?:(within)|in)\s+$")


def join_amount_ranges(text: str, low: str, mentions: list[Mention], lexicon: Lexicon
                       ) -> list[Mention]:
    """A range of amounts as one mention counted by its low end: "two to three weeks" -> P2W,
    "three or four days ago" -> three days back."""
    pattern = lexicon.joins.get("amount_low")
    if pattern is None:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        spec, start = mention.spec, mention.span[0]
        match = None
        if spec.kind in _RANGED_KINDS and spec.amount is not None and not spec.compound and \
                (not out or out[-1].span[1] <= start - 4):
            match = pattern.search(low, max(start - 30, out[-1].span[1] if out else 0), start)
        amount = parse_number(match.group("low"), lexicon) if match else None
        # The mention opens with its amount ("three weeks", not "about three weeks").
        if match is None or amount is None or not 0 < amount < spec.amount or \
                parse_number(mention.text.split(None, 1)[0], lexicon) is None:
            out.append(mention)
            continue
        span = (match.start(), mention.span[1])
        update: dict[str, Any] = {"amount": amount}
        kind = mention.type
        before = _IN_BEFORE.search(low, max(0, span[0] - 8), span[0])
        if spec.kind == "duration" and before and mention.rule == "duration.n_units":
            # "in two to three weeks", "within two to three weeks": as "in/within three weeks"
            update.update(kind="in_offset", rel="within" if before.group(1) else None)
            kind = TimexType.DATE
        out.append(mention.model_copy(update={
            "span": span, "text": text[span[0] : span[1]], "type": kind,
            "spec": spec.model_copy(update=update)}))
    return out


def _compound_mention(text: str, run: list[Mention]) -> Mention:
    first, last = run[0], run[-1]
    # The last part says what the whole is ("... ago", "... later"), unless the first is "in".
    head = first if first.spec.kind == "in_offset" or last.spec.kind == "duration" else last
    update: dict[str, Any] = {
        "amount": first.spec.amount, "unit": first.spec.unit,
        "compound": tuple((m.spec.amount or 0.0, m.spec.unit or "") for m in run[1:])}
    if first.spec.approx:
        update.update(mod=first.spec.mod, approx=True)
    if first.spec.rel and head is not first:
        update["rel"] = first.spec.rel
    span = (first.span[0], last.span[1])
    return Mention(document=first.document, span=span, text=text[span[0] : span[1]],
                   type=head.type, rule="+".join(m.rule for m in run),
                   spec=head.spec.model_copy(update=update))


# Kinds that name a day or a clock time an offset can count from ("three days after Easter").
_CHAIN_BASES = frozenset({"date", "weekday", "deictic", "numeric_date", "holiday", "clock",
                          "day_of_month"})


def join_chains(text: str, low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """An offset and the day or clock time it counts from, as one mention resolved against it:
    "three days after Easter", "a week before yesterday", "the day after Christmas", "a week from
    Monday". Not when the day belongs to an event ("a day after Friday's vote": the anchor stage
    relates the two events) or starts a stretch ("for two weeks from Monday")."""
    joins = lexicon.joins
    if "chain_word" not in joins or len(mentions) < 2:
        return mentions
    return _join_pairs(mentions, lambda first, second: _chain(text, low, first, second, joins))


def _chain(text: str, low: str, first: Mention, second: Mention,
           joins: dict[str, re.Pattern[str]]) -> Mention | None:
    spec, base = first.spec, second.spec
    if base.kind not in _CHAIN_BASES or base.until is not None or base.rel == "same" or \
            re.match(r"[’']s\b", low[second.span[1] : second.span[1] + 3]):
        return None
    gap = low[first.span[1] : second.span[0]]
    own = low[first.span[0] : first.span[1]]
    update: dict[str, Any] = {"kind": "chained", "base": base, "anchor": base.anchor,
                              "parts": (first.span[1] - first.span[0],
                                        second.span[0] - first.span[0])}
    if spec.kind == "duration" and spec.rel is None and spec.amount is not None and \
            joins["chain_from"].match(gap):
        update.update(offset=1, rel="from")  # "a week from Monday"
    elif not gap.isspace() or not (
            (spec.kind == "relational" and spec.amount is not None and
             joins["chain_word"].search(own)) or  # "three days after Easter"
            (spec.kind == "anaphoric" and spec.amount is None and spec.rel is None and
             spec.offset in (1, -1))):  # "the day after Christmas"
        return None
    if joins["chain_not"].search(low, max(0, first.span[0] - 12), first.span[0]) or \
            joins["not_calendar"].search(own):
        return None
    span = (first.span[0], second.span[1])
    kind = TimexType.TIME if second.type == TimexType.TIME else TimexType.DATE
    return Mention(document=first.document, span=span, text=text[span[0] : span[1]], type=kind,
                   rule=f"{first.rule}>{second.rule}", spec=spec.model_copy(update=update))


# "the first nine months", "the last two quarters": the leading or trailing units of a period.
_LEADING_RELS = frozenset({"first", "last", "final", "initial"})
_LEADING_UNITS = frozenset({"month", "quarter"})
# Periods whose first or last units they can be: a year ("2025", "the year", "last year"), a
# quarter or a half year ("the first two months of the third quarter").
_LEADING_BASES = frozenset({"year", "quarter", "half"})


def join_leading_parts(text: str, low: str, mentions: list[Mention], lexicon: Lexicon
                       ) -> list[Mention]:
    """The first or last units of a period named right after "of", as one mention of kind
    "leading" (the units' spec, `base` the period's): "the first two quarters of 2025" (H1),
    "the last six months of last year", "the first nine months of the year". Not a fiscal year,
    whose months the text does not give."""
    pattern = lexicon.joins.get("part_of")
    if pattern is None or len(mentions) < 2:
        return mentions

    def joined(first: Mention, second: Mention) -> Mention | None:
        spec = first.spec
        if not (spec.kind == "duration" and spec.rel in _LEADING_RELS and
                spec.unit in _LEADING_UNITS and spec.amount is not None and
                spec.amount.is_integer() and spec.amount >= 1 and not spec.compound and
                not spec.approx and _leading_base(second.spec) and
                pattern.match(low[first.span[1] : second.span[0]])):
            return None
        span = (first.span[0], second.span[1])
        return Mention(
            document=first.document, span=span, text=text[span[0] : span[1]],
            type=TimexType.DATE, rule=f"{first.rule}+{second.rule}",
            spec=spec.model_copy(update={
                "kind": "leading", "base": second.spec,
                "parts": (first.span[1] - span[0], second.span[0] - span[0])}))

    return _join_pairs(mentions, joined)


def _join_pairs(mentions: list[Mention],
                joined: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """Mentions with each pair side by side that `joined` makes one replaced by it, left to
    right: [2019, 2022] with a range join -> ["2019 to 2022"]."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions):
            made = joined(first, mentions[index + 1])
            if made is not None:
                out.append(made)
                index += 2
                continue
        out.append(first)
        index += 1
    return out


def _leading_base(spec: TimeSpec) -> bool:
    """Whether a period's first or last units can be counted: "2025", "last year", "the third
    quarter"; not "fiscal 2025" (its months unknown), "early 2025" or a range."""
    if spec.until is not None or spec.mod is not None or spec.quant == "FY":
        return False
    if spec.kind == "relative":
        return spec.unit == "year" and spec.rel in ("the", "this", "last", "next")
    return spec.kind in _LEADING_BASES


_POSSESSIVE = re.compile(r"\s*[’']s\b")


def _mark_deadlines(low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A date or month without a year after a deadline word ("until Nov. 9", "by Dec. 15") gets
    rel "deadline": the resolver may read it forward even in past tense; one a verb sets or moves
    ("set sentencing for June 18", "postponed the vote until Tuesday") gets rel "appointment",
    read forward (in past tense, the nearer of the two readings). The end of a reported period
    ("the 12 months through March") is neither."""
    cues = lexicon.cues
    deadline, deadline_day = cues.get("deadline"), cues.get("deadline_day")
    appointment, period_end = cues.get("appointment"), cues.get("period_end")
    appointment_day, plan_verb = cues.get("appointment_day"), cues.get("plan_verb")
    if deadline is None:
        return mentions
    def marked(spec: TimeSpec, at: int, at_end: int) -> TimeSpec:
        dated = spec.kind in ("date", "month") and spec.year is None and spec.rel is None and \
            spec.month is not None
        year_end = spec.kind == "relative" and spec.unit == "year" and spec.mod == "END" and \
            spec.rel == "the"
        weekday = (spec.kind in ("weekday", "clock") and spec.weekday is not None and
                   spec.rel is None and spec.unit is None) or (
            spec.kind == "relative" and spec.unit == "weekend" and spec.rel == "the")
        # Only a date or a weekday can be set or moved: the search is made for them alone.
        set_for = appointment.search(low, max(0, at - 90), at) if appointment and (
            dated or weekday) else None
        if set_for is not None:
            # "a rally planned for Thursday was called off": a plan's weekday may be gone
            planned = weekday and plan_verb is not None and \
                plan_verb.search(set_for.group()) is not None
            return spec.model_copy(update={"rel": "planned" if planned else "appointment"})
        if weekday and appointment_day is not None and appointment_day.search(
                low, max(0, at - 24), at) and not _POSSESSIVE.match(low, at_end):
            return spec.model_copy(update={"rel": "planned"})
        pattern = deadline_day if weekday else deadline
        if (dated or year_end or weekday) and pattern is not None and pattern.search(
                low, max(0, at - 30), at) and not (
                period_end is not None and period_end.search(low, max(0, at - 40), at)):
            return spec.model_copy(update={"rel": "deadline"})
        return spec

    out: list[Mention] = []
    for mention in mentions:
        spec = marked(mention.spec, mention.span[0], mention.span[1])
        if spec.until is not None and spec.parts is not None:
            # The end of a range on its own ("from Aug. 26 to Oct. 20"), as it is once split.
            spec = spec.model_copy(update={"until": marked(
                spec.until, mention.span[0] + spec.parts[1], mention.span[1])})
        if spec.base is not None and spec.parts is not None:
            # The day a chained offset counts from: "two weeks before the Nov. 16 vote".
            base = marked(spec.base, mention.span[0] + spec.parts[1], mention.span[1])
            if base is not spec.base:
                spec = spec.model_copy(update={"base": base})
        if spec is not mention.spec:
            mention = mention.model_copy(update={"spec": spec})
        out.append(mention)
    return out


_DAY_KINDS = frozenset({"date", "weekday", "deictic", "numeric_date", "holiday"})
_CLOCK_FIELDS = ("hour", "minute", "second", "tz")


def _names_day(spec: TimeSpec) -> bool:
    """Whether a spec names one day a clock time can be put on: "Friday", "1 day ago", "a week
    ago" (before "at 3 p.m.": the day seven days back)."""
    return spec.kind in _DAY_KINDS or (spec.kind in ("offset", "in_offset", "chained") and
                                       _whole_days(spec) is not None and not spec.compound)


def _whole_days(spec: TimeSpec) -> float | None:
    """An offset's amount in days when it is a whole number of days: "a week" -> 7."""
    if spec.unit == "day":
        return spec.amount
    if spec.unit == "week" and spec.amount is not None and spec.amount.is_integer():
        return spec.amount * 7
    return None


def join(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Glue a day and a clock time written side by side into one TIME mention.

    "Friday at 3 p.m." -> one mention, weekday Friday with hour 15; "5 p.m. EST Nov. 9" too.
    """
    if len(mentions) < 2:
        return [_with_bare_hour(text, _with_day_time(text, m, lexicon), lexicon)
                for m in mentions]
    date_time = lexicon.joins.get("date_time")
    time_date = lexicon.joins.get("time_date")
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions):
            second = mentions[index + 1]
            gap = text[first.span[1] : second.span[0]].lower()
            day, clock = None, None
            if (_names_day(first.spec) and second.spec.kind == "clock"
                    and first.spec.hour is None and date_time and date_time.match(gap)):
                day, clock = first, second
            elif (first.spec.kind == "clock" and second.spec.kind in _DAY_KINDS
                  and second.spec.hour is None and time_date and time_date.match(gap)):
                day, clock = second, first
            if day is not None and clock is not None and clock.spec.weekday is None:
                update: dict[str, Any] = {f: getattr(clock.spec, f) for f in _CLOCK_FIELDS}
                if day.spec.kind not in _DAY_KINDS and day.spec.unit == "week":
                    update.update(unit="day", amount=_whole_days(day.spec))
                update["hour"] = clock_in_part(clock.spec.hour or 0, day.spec.partofday)
                update["partofday"] = None
                if clock.spec.mod:
                    update["mod"] = clock.spec.mod
                span = (first.span[0], second.span[1])
                joined.append(Mention(
                    document=first.document, span=span, text=text[span[0] : span[1]],
                    type=TimexType.TIME, rule=f"{first.rule}+{second.rule}",
                    spec=day.spec.model_copy(update=update)))
                index += 2
                continue
            same = _same_time_years_ago(first, second, gap)
            if same is not None:
                span = (first.span[0], second.span[1])
                joined.append(first.model_copy(update={
                    "span": span, "text": text[span[0] : span[1]], "rule":
                    f"{first.rule}+{second.rule}",
                    "spec": first.spec.model_copy(update={"unit2": same})}))
                index += 2
                continue
        first = _with_day_time(text, first, lexicon)
        joined.append(_with_bare_hour(text, first, lexicon))
        index += 1
        while index < len(mentions) and mentions[index].span[1] <= first.span[1]:
            index += 1  # "the evening" in "16.8. in the evening", now part of the day
    return joined


_YEARS_UNITS = frozenset({"year", "decade", "century"})


def _same_time_years_ago(first: Mention, second: Mention, gap: str) -> str | None:
    """The unit of the same time so many years back: "Fifty years ago this week" -> "week"
    (the week 50 years before publication's), "a decade ago today" -> "day"; None if not."""
    spec, then = first.spec, second.spec
    if gap != " " or spec.kind != "offset" or spec.anchor != "publication" or \
            spec.unit not in _YEARS_UNITS or spec.compound or spec.amount is None or \
            not spec.amount.is_integer():
        return None
    if then.kind == "deictic" and not then.offset and not then.partofday and then.hour is None:
        return "day"  # "today"
    if then.kind == "relative" and then.rel == "this" and then.unit in ("week", "month") and \
            not then.mod:
        return then.unit
    return None


def _with_day_time(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A day with the part of the day and dotted clock time written after it: "Thursday
    16.11.2017 late afternoon", "Tuesday afternoon 16.29h" (see the two helpers)."""
    return _with_dotted_hour(text, _with_part_of_day(text, mention, lexicon), lexicon)


def _with_part_of_day(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A date followed by a part of the day, as that part of that date: "29 Aug evening",
    "16.8. in the evening", "Nov 2nd late morning" -> the evening (morning) of that day."""
    pattern = lexicon.joins.get("date_partofday")
    spec = mention.spec
    if pattern is None or spec.kind not in _DAY_KINDS or spec.partofday or \
            spec.hour is not None or spec.until is not None or (
                spec.day is None and spec.kind in ("date", "holiday")):
        return mention
    end = mention.span[1]
    match = pattern.match(text[end : end + 40].lower())
    if match is None:
        return mention
    update = {"partofday": lexicon.word("partofday", match.group("pod"))}
    if match.group("mod"):
        update["mod"] = lexicon.word("mod", match.group("mod"))
    span = (mention.span[0], end + match.end())
    return mention.model_copy(update={"span": span, "text": text[span[0] : span[1]],
                                      "type": TimexType.TIME,
                                      "spec": spec.model_copy(update=update)})


def _with_dotted_hour(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A day followed by a clock time written with a dot, as one clock time: "Thursday 14th
    December approximately 17.30", "Mon Dec 4 08.40" -> 17:30, 08:40 on that day."""
    pattern = lexicon.joins.get("day_dotted_hour")
    spec = mention.spec
    if pattern is None or spec.kind not in _DAY_KINDS or spec.hour is not None or \
            spec.until is not None:
        return mention
    end = mention.span[1]
    match = pattern.match(text[end : end + 40].lower())
    if match is None or (spec.kind == "weekday" and not (spec.partofday or "h" in match.group())):
        return mention  # "closed Friday around 12.50": a price; "Friday afternoon 16.29h": a time
    update = {"hour": clock_in_part(int(match.group("hour")), spec.partofday),
              "partofday": None, "minute": int(match.group("minute"))}
    if match.group("approx"):
        update["mod"] = "APPROX"
    span = (mention.span[0], end + match.end())
    return mention.model_copy(update={"span": span, "text": text[span[0] : span[1]],
                                      "type": TimexType.TIME,
                                      "spec": spec.model_copy(update=update)})


def _with_bare_hour(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A day with a part of day followed by a bare hour, as one clock time: "tonight at 8",
    "Saturday morning at 9:30" -> 20:00, 09:30 on that day."""
    pattern = lexicon.joins.get("partofday_hour")
    if pattern is None or not mention.spec.partofday or mention.spec.hour is not None or \
            mention.spec.kind not in _DAY_KINDS:
        return mention
    end = mention.span[1]
    match = pattern.match(text[end : end + 40].lower())
    if match is None:
        return mention
    word = match.group("hour")
    hour = int(word) if word.isdigit() else lexicon.word("clock_word", word)
    if hour is None:
        return mention
    update = {"hour": clock_in_part(int(hour), mention.spec.partofday), "partofday": None,
              "minute": int(match.group("minute") or 0)}
    span = (mention.span[0], end + match.end())
    return mention.model_copy(update={"span": span, "text": text[span[0] : span[1]],
                                      "type": TimexType.TIME,
                                      "spec": mention.spec.model_copy(update=update)})


# Kinds that can be the two ends of a range, by family: both ends of one family, or a year and
# a month, season, quarter or half year that states its year ("from 2015 to March 2021"; not a
# day: "Jun 7 1440-1825" is a date and two clock times).
_RANGE_FAMILIES = {"date": "day", "weekday": "day", "deictic": "day", "numeric_date": "day",
                   "holiday": "day", "month": "month", "year": "year", "quarter": "quarter",
                   "season": "season", "half": "halfyear", "decade": "decade", "clock": "clock"}
_CALENDAR_FAMILIES = frozenset({"day", "month", "year", "quarter", "season", "halfyear",
                                "decade"})
_WITH_YEAR_FAMILIES = frozenset({"month", "quarter", "season", "halfyear"})
_PART_MODS = frozenset({"START", "MID", "END"})
# "last month", "this year", "next quarter": one whole unit named from publication, which ends
# or starts a range like a month, year or quarter written out ("from August 2023 through last
# month"); its year is known, as if stated.
_RELATIVE_FAMILIES = {"month": "month", "year": "year", "quarter": "quarter"}
_NAMED_RELS = frozenset({"last", "this", "next"})
_DAY_END = re.compile(r"\d(?:st|nd|rd|th)?\.?$")


def _family(spec: TimeSpec) -> str | None:
    """Which ends a range end can be joined with: "Aug. 26" -> "day", "9am" -> "clock"; None
    for what cannot end a range ("the year", "overnight", a range already)."""
    if spec.until is not None or spec.rel in ("same", "the"):
        return None
    if spec.partofday and spec.kind != "weekday":
        return None  # "from Saturday night until early Monday" joins; "overnight" does not
    if spec.hour is not None:
        return None if spec.mod else "clock"
    family = _RANGE_FAMILIES.get(spec.kind)
    if spec.kind == "relative" and spec.rel in _NAMED_RELS:
        family = _RELATIVE_FAMILIES.get(spec.unit or "")  # "through last month"
    if spec.mod and (spec.mod not in _PART_MODS or family not in _CALENDAR_FAMILIES):
        return None  # "early 2019 to late 2020" joins; "about 9 to 5" does not
    return family


def _joinable(first: Mention, second: Mention) -> bool:
    """Whether two mentions side by side can be the two ends of one range: the same family
    ("Aug. 26" and "Oct. 20", "1991" and "1997", "Monday" and "Friday", "9am" and "5pm"), or a
    year and a month (season, quarter) of a stated year ("2015" and "March 2021")."""
    one, two = _family(first.spec), _family(second.spec)
    if one is None or two is None:
        return False
    if one == two:
        return True
    pair = {one: first.spec, two: second.spec}
    other = pair.get(two if one == "year" else one)
    return "year" in pair and other is not None and (
        other.year is not None or other.kind == "relative") and (
        two if one == "year" else one) in _WITH_YEAR_FAMILIES


def join_ranges(text: str, low: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Join the two ends of a range into one mention whose spec carries the end as `until`.

    "Monday to Friday", "from Aug. 26 to Oct. 20", "between 1991 and 1997" -> one mention each;
    "13-15 July" and "3-4pm" first get their bare start ("13", "3") as a mention like their
    end. A move ("postponed from May 3 to June 7") names two dates, not a range.
    """
    joins = lexicon.joins
    if "range" not in joins:
        return mentions
    mentions = _partial_ends(text, low, mentions, lexicon)

    def joined(first: Mention, second: Mention) -> Mention | None:
        gap = low[first.span[1] : second.span[0]]
        before = max(0, first.span[0] - 60)
        if _joinable(first, second) and (joins["range"].match(gap) or (
                joins["range_between"].match(gap) and joins["between"].search(
                    low, max(0, first.span[0] - 12), first.span[0]))) and not (
                "range_move" in joins and joins["range_move"].search(
                    low, before, first.span[0])):
            return _range_mention(text, first, second)
        return None

    return _day_with_range(text, low, _join_pairs(mentions, joined), lexicon)


def _day_with_range(text: str, low: str, mentions: list[Mention], lexicon: Lexicon
                    ) -> list[Mention]:
    """A day beside a range of clock times, as one range on that day: "Monday 7 to 9am",
    "Thursday from 9:30 to 11:00", "27 November between 16:00 and 21:00"."""
    date_time = lexicon.joins.get("date_time")
    date_range = lexicon.joins.get("date_range")
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        spec = mention.spec
        if last is not None and spec.until is not None and spec.hour is not None and \
                spec.kind == "clock" and last.spec.kind in _DAY_KINDS and \
                last.spec.hour is None and last.spec.until is None and any(
                    pattern is not None and pattern.match(low[last.span[1] : mention.span[0]])
                    for pattern in (date_time, date_range)):
            assert spec.parts is not None
            clock = {f: getattr(spec, f) for f in _CLOCK_FIELDS}
            end = {f: getattr(spec.until, f) for f in _CLOCK_FIELDS}
            shift = mention.span[0] - last.span[0]
            span = (last.span[0], mention.span[1])
            out[-1] = Mention(
                document=last.document, span=span, text=text[span[0] : span[1]],
                type=TimexType.TIME, rule=f"{last.rule}+{mention.rule}",
                spec=last.spec.model_copy(update={
                    **clock, "partofday": None,
                    "until": last.spec.model_copy(update={**end, "partofday": None}),
                    "parts": (spec.parts[0] + shift, spec.parts[1] + shift)}))
            continue
        out.append(mention)
    return out


def _range_mention(text: str, first: Mention, second: Mention) -> Mention:
    span = (first.span[0], second.span[1])
    start, end = first.spec, second.spec
    if start.hour is not None and end.hour is not None and "ampm" not in first.rule and \
            "ampm" in second.rule and start.hour < 12 <= end.hour and start.hour + 12 <= end.hour:
        start = start.model_copy(update={"hour": start.hour + 12})  # "3:30-4:30pm"
    elif start.hour is not None and end.hour is not None and "ampm" not in first.rule + \
            second.rule and end.hour < start.hour < 12 and not second.text.startswith("0"):
        end = end.model_copy(update={"hour": end.hour + 12})  # "11:30-1:30" ends at 13:30
    parts = (first.span[1] - span[0], second.span[0] - span[0])
    kind = TimexType.TIME if TimexType.TIME in (first.type, second.type) else first.type
    return Mention(document=first.document, span=span, text=text[span[0] : span[1]], type=kind,
                   rule=f"{first.rule}..{second.rule}",
                   spec=start.model_copy(update={"until": end, "parts": parts}))


def _partial_ends(text: str, low: str, mentions: list[Mention], lexicon: Lexicon
                  ) -> list[Mention]:
    """Mentions for the bare ends of ranges: "13" in "13-15 July", "15" in "July 13-15", "3" in
    "3-4pm", "11" in "8pm - 11", each with the fields of the full end beside it; "August" in
    "August - September 2013", a month name the month guard alone would not take."""
    joins = lexicon.joins
    out: list[Mention] = []
    taken: set[int] = set()  # years a range of days took: "March 17-18, 2025"
    for index, mention in enumerate(mentions):
        if index in taken:
            continue
        spec = mention.spec
        floor = out[-1].span[1] if out else 0
        ceiling = mentions[index + 1].span[0] if index + 1 < len(mentions) else len(low)
        start, end = mention.span
        is_day = spec.kind == "date" and spec.day is not None and spec.month is not None and \
            spec.until is None
        is_clock = spec.kind in ("clock", "deictic") and spec.hour is not None and \
            spec.until is None and mention.rule.startswith(_HALF_DAY_RULES)
        is_month = spec.kind == "month" and spec.month is not None and spec.until is None and \
            spec.mod is None and spec.rel is None and "range_month_before" in joins
        before = after = made = None
        if is_day and _DAY_START.match(mention.text):
            before = joins["range_day_before"].search(low, max(floor, start - 24), start)
        elif is_clock:
            before = joins["range_hour_before"].search(low, max(floor, start - 16), start)
        elif is_month:
            before = joins["range_month_before"].search(low, max(floor, start - 16), start)
        if before is not None and (before.group("connector") != "and" or any(
                pattern.search(low, max(0, before.start() - 12), before.start())
                for pattern in (joins["between"], joins["days_and"]))):
            made = _bare_month(text, before, mention) if is_month else _bare_end(
                text, before, mention, first=True)
            if made is not None:
                out.append(made)
        out.append(mention)
        if is_day and _DAY_END.search(mention.text) and spec.year is None:
            after = joins["range_day_after"].match(low, end, ceiling)
        elif is_clock:
            after = joins["range_hour_after"].match(low, end, ceiling)
        if after is not None and made is None:
            made = _bare_end(text, after, mention, first=False)
            if made is not None:
                year = mentions[index + 1] if index + 1 < len(mentions) else None
                if year is not None and year.spec.kind == "year" and year.spec.mod is None and \
                        _YEAR_GAP.fullmatch(low, made.span[1], year.span[0]):
                    # The year after the second day dates both: "March 17 and 18, 2025".
                    taken.add(index + 1)
                    out[-1] = mention.model_copy(update={
                        "spec": spec.model_copy(update={"year": year.spec.year})})
                    span = (made.span[0], year.span[1])
                    made = made.model_copy(update={
                        "span": span, "text": text[span[0] : span[1]],
                        "spec": made.spec.model_copy(update={"year": year.spec.year})})
                out.append(made)
    return out


_YEAR_GAP = re.compile(r",?\s*")


# Clock rules whose hour says which half of the day it is in ("4pm", "11 at night").
_HALF_DAY_RULES = ("time.ampm", "time.partofday", "deictic.clock")
_DAY_START = re.compile(r"(?:the\s+)?\d", re.I)


def _bare_month(text: str, match: re.Match[str], full: Mention) -> Mention | None:
    """The month name that starts a range of months, capitalized and not a surname ("Theresa
    May to ..."): "August" in "August - September 2013", its year left to the resolver."""
    span = match.span("month")
    word = text[span[0] : span[1]]
    month = month_number(word.rstrip("."))
    if month is None or not word[:1].isupper() or (word.isupper() and len(word) > 3):
        return None
    name = re.search(r"([A-Z][a-z]+)[\s,]*$", text[max(0, span[0] - 20) : span[0]])
    if name is not None and name.group(1).lower() not in _PREPOSITIONS:
        return None
    return Mention(document=full.document, span=span, text=word, type=TimexType.DATE,
                   rule="date.month.range", spec=TimeSpec(kind="month", month=month))


def _bare_end(text: str, match: re.Match[str], full: Mention, *, first: bool) -> Mention | None:
    """The bare end a range pattern found, as a mention copying the full end's other fields."""
    name = "day" if "day" in match.re.groupindex else "hour"
    if name == "day" and match.group("day") is None and "day2" in match.re.groupindex:
        name = "day2"  # "April 24 and 25": a second day, not a range
    span = match.span(name)
    while span[1] < match.end() and text[span[1]].isalpha():  # "13th"
        span = (span[0], span[1] + 1)
    if "the" in match.re.groupindex and match.group("the") is not None:
        span = (match.start("the"), span[1])  # "the 13th to the 15th of July"
    number = int(match.group(name))
    if name in ("day", "day2"):
        update: dict[str, Any] = {"day": number, "weekday": None}
    else:
        hour = full.spec.hour or 0
        minute = int(match.group("minute") or 0)
        if first:  # "3-4pm": the start takes the end's half of the day when it fits before it
            number = number + 12 if hour >= 12 and number < 12 and number + 12 <= hour else number
        else:  # "8pm - 11": the end is the first such hour after the start
            number = number if number > hour else (number + 12 if number + 12 > hour else number)
        update = {"hour": number % 24, "minute": minute, "second": None}
    return Mention(document=full.document, span=span, text=text[span[0] : span[1]],
                   type=full.type, rule=f"{full.rule}.bare",
                   spec=full.spec.model_copy(update=update))
