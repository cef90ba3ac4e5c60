"""Fold reports of the same real-world event from several documents into one attributed event.

Two reports of different documents are the same event when their times can overlap and their
content agrees: shared distinctive words, weighted by how rare they are across all reports,
after stemming, without words of time, and with words for one kind of happening mapped to their
class (the lexicon's `merge_action`: "gave way", "burst" and "failure" are all "collapse").
They must share two terms, one of them no name, and when both name actions, an action: "police
arrested two men" is not "police questioned two men". Reports dated to a day or finer that share
an action and a name need less overlap than others; near-identical reports a day apart are
merged and flagged as a contradiction; times further apart never merge. An undated report joins
a dated one only on strong evidence, sharing an action, and when its article appeared within a
week of the event; two undated reports never merge, nor two reports of one document by
themselves. The merged event lists every source, is dated by the most precise report agreeing
with most others, and says why its reports were joined.

Reports meet through an index of terms by time bucket, never all pairs: a pair can only reach
its threshold if it shares one of the rarest terms of its lighter report (prefix filtering), at
a time that may agree (a day's reach either side), or for the lower threshold a name.

"Putin warned on Friday that troops would be targets" (a.txt, Fri 2025-09-05) +
"Putin has issued a stark warning that troops would be targets" (b.txt, undated, same day)
-> one event, documents [a.txt, b.txt], dated 2025-09-05 by a.txt.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from timeline.collector import cycle_collection_paused
from timeline.lexicon import load
from timeline.models import GRAIN_ORDER, Event, EventTime, Grain, Report

# Scores are weighted overlap coefficients in [0, 1].
SAME_EVENT = 0.44  # both dated and overlapping
SAME_ACT = 0.25  # ... on one day, one shared action, one shared name
UNDATED_JOIN = 0.55  # one side undated: stronger evidence needed
CONFLICT = 0.70  # near-identical reports one day apart: merged, flagged
SPEAKER_WEIGHT = 0.3  # who said it counts less than what was said
NAME_BONUS = 0.05  # per shared name (actor, place)
UNDATED_REACH = timedelta(days=7)  # an undated report's article is this near the dated event

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*|\d+(?:[.,]\d+)*")
_STOP = frozenset("""
a an the and or but if of to in on at by for from with without as into onto over under about
after before since until while when than that this these those there their them they he she it
its his her we our you your i me my is are was were be been being has have had do does did will
would could should may might must can shall not no nor so such also just only very more most
said says say told tells according added adding also again further would still yet even then
who whom whose which what where why how any some all each every other another both either
neither one two three four five six seven eight nine ten first second new mr mrs ms
during amid among against across through toward towards within near because though although
""".split())
_DETERMINERS = frozenset("the a an its their his her our your my this that these those".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# Suffixes stripped to meet a stem, with what replaces them: "evacuation" and "evacuated" ->
# "evacuat", "bodies" -> "body". One suffix per word; the stem keeps three letters at least.
_SUFFIXES = (("ations", "ate"), ("ation", "ate"), ("ies", "y"), ("ied", "y"), ("ings", ""),
             ("ing", ""), ("ers", ""), ("er", ""), ("ed", ""), ("es", ""), ("s", ""))
_ER_AFTER = frozenset({"ed", "ing", "ings", "es", "s"})
_VOWEL_SUFFIXES = frozenset({"ings", "ing", "ers", "er", "ed", "es"})
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|warned|warns|added|argued|stated|announced|insisted|stressed|"
    r"claimed|reiterated|declared|maintained|noted|wrote)\b")
# Lexicon classes whose words are words of time (see also [words.merge_time_word]).
_TIME_CLASSES = ("weekday_full", "month_full", "partofday", "deictic", "unit", "calendar_unit",
                 "set_adverb", "mod", "merge_time_word")
_CLASS = "@"  # a term naming a class of happenings: "@collapse"
_NEGATION_REACH = 5  # words from a negation to the action it denies, at most
_BOUNDARY = re.compile(r"[,;:.!?()\[\]—–]")
_Token = tuple[int, str, str, str, int]  # start, as written, lowercase, stem, end


@dataclass(frozen=True)
class _Vocabulary:
    """The merge's words from the lexicon: irregular forms, time words, classes of actions."""

    irregular: dict[str, str]
    time_words: frozenset[str]
    not_past_ed: frozenset[str]
    phrases: dict[tuple[str, ...], str]
    starts: frozenset[str]  # the first stem of every phrase
    words: frozenset[str]  # the words of every phrase as written: "recover", "give", "way"
    negations: frozenset[tuple[str, ...]]  # stems: ("not",), ("fail", "to")
    negating_ends: tuple[str, ...]  # "n't"
    boundaries: frozenset[str]  # words ending what a negation reaches: "and", "but"
    longest: int
    stems: dict[str, str] = field(default_factory=dict)  # memo of `stem`

    def agent(self, word: str) -> bool:
        """Whether a word names who does an action rather than the action: "observers" (not
        "observe"), "holder"; "recovers" is the phrase word "recover" itself."""
        base = word[:-1] if word.endswith("s") else word
        return base.endswith("er") and base not in self.words

    def denied(self, text: str, tokens: list[_Token], n: int) -> bool:
        """Whether a negation ends within the five words before token n of its clause (no
        punctuation or "and"/"but" between): "the senate did not pass", "no one was killed",
        "denied that the dam had burst"; not "which does not cover towns, passed"."""
        for end in range(n - 1, max(-1, n - 1 - _NEGATION_REACH), -1):
            if (_BOUNDARY.search(text, tokens[end][4], tokens[end + 1][0])
                    or tokens[end][2] in self.boundaries):
                return False
            if tokens[end][2].endswith(self.negating_ends):
                return True
            for size in (1, 2, 3):
                if end - size + 1 >= 0 and tuple(
                        t[3] for t in tokens[end - size + 1 : end + 1]) in self.negations:
                    return True
        return False

    def stem(self, word: str) -> str:
        """`_strip` with this language's irregular forms, remembered: "gave" -> "giv"."""
        found = self.stems.get(word)
        if found is None:
            if len(self.stems) > 500_000:
                self.stems.clear()
            found = self.stems[word] = _strip(word, self.irregular)
        return found


def _strip(word: str, irregular: dict[str, str]) -> str:
    """A word's stem: "evacuated" -> "evacuat", "gave" -> "giv", "stopped" -> "stop"."""
    word = irregular.get(word, word)
    for suffix, replacement in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            break
        word = word[: -len(suffix)] + replacement
        if suffix in _ER_AFTER and word.endswith("er") and len(word) >= 5:
            # "recovered", "ordering" meet "recover", "order", which lose "er" as agent nouns
            # do ("reporters" -> "report")
            word = word[:-2]
        if (suffix in _VOWEL_SUFFIXES and len(word) >= 4 and word[-1] == word[-2]
                and word[-1] not in "aeiouylsz"):
            word = word[:-1]
        break
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word


@cache
def _vocabulary(language: str = "en") -> _Vocabulary:
    """The vocabulary of a language, read once: _vocabulary().phrases[("giv", "way")] ->
    "collapse"."""
    words = load(language).words
    negation = words.get("merge_negation", {})
    irregular = {**words.get("cue_past_irregular", {}), **words.get("merge_irregular", {})}
    time_words = {w for cls in _TIME_CLASSES for w in words.get(cls, {}) if " " not in w}
    phrases = {tuple(_strip(w, irregular) for w in phrase.split()): str(kind)
               for phrase, kind in words.get("merge_action", {}).items()}
    return _Vocabulary(irregular=irregular, time_words=frozenset(time_words),
                       not_past_ed=frozenset(words.get("not_past_ed", {})), phrases=phrases,
                       starts=frozenset(p[0] for p in phrases),
                       words=frozenset(w for phrase in words.get("merge_action", {})
                                       for w in phrase.split()),
                       negations=frozenset(tuple(_strip(w, irregular) for w in phrase.split())
                                           for phrase, kind in negation.items()
                                           if kind == "word"),
                       negating_ends=tuple(end for end, kind in negation.items()
                                           if kind == "suffix"),
                       boundaries=frozenset(w for w, kind in negation.items()
                                            if kind == "boundary"),
                       longest=max((len(p) for p in phrases), default=1))


@dataclass(frozen=True)
class _Terms:
    """What a report says, as terms: content stems and action classes, the speaker's stems,
    names, the terms that come from verbs or action classes, and each term as written."""

    terms: frozenset[str]
    speaker: frozenset[str]
    names: frozenset[str]
    actions: frozenset[str]
    written: dict[str, str]
    negated: frozenset[str] = frozenset()  # actions said not to happen: "did not pass"
    people: tuple[frozenset[str], ...] = ()  # runs of two capitalized words or more, as stems


def _terms(text: str, expression: str | None = None, language: str = "en") -> _Terms:
    """The terms of a report, without its words of time. Actions are the terms of verb forms
    ("-ed", "-ing", irregular past forms; not a participle after a determiner: "the flooded
    valley") and of the action classes.

    "The dam gave way early on Monday" -> terms {"dam", "@collapse"}, actions {"@collapse"},
    written {"@collapse": "gave way", "dam": "dam"}.
    """
    vocabulary = _vocabulary(language)
    if expression and expression in text:
        at = text.index(expression)
        text = text[:at] + " " * len(expression) + text[at + len(expression):]
    verb = _REPORTING.search(text)
    cut = verb.start() if verb and verb.start() < len(text) // 2 else 0
    tokens: list[_Token] = []
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group()).strip("'’-")
        if word:
            low = word.lower()
            tokens.append((match.start(), word, low, vocabulary.stem(low), match.end()))
    terms: dict[str, bool] = {}  # term -> whether it is in the reported content
    names: set[str] = set()
    actions: set[str] = set()
    negated: set[str] = set()
    written: dict[str, str] = {}
    n = 0
    while n < len(tokens):
        start, word, low, stem, _ = tokens[n]
        # A participle after a determiner describes a thing: "the flooded valley".
        described = n > 0 and tokens[n - 1][2] in _DETERMINERS and (
            low.endswith("ed") or low in vocabulary.irregular)
        longest = min(vocabulary.longest, len(tokens) - n) if (
            stem in vocabulary.starts and not vocabulary.agent(low)) else 0
        for size in range(longest, 0, -1):
            kind = vocabulary.phrases.get(tuple(t[3] for t in tokens[n : n + size]))
            if kind is not None:
                term = _CLASS + kind
                terms[term] = terms.get(term, False) or start >= cut
                if not described:
                    actions.add(term)
                    if vocabulary.denied(text, tokens, n):
                        negated.add(term)
                written.setdefault(term, " ".join(t[1] for t in tokens[n : n + size]).lower())
                n += size
                break
        else:
            n += 1
            if (len(low) <= 2 or low in _STOP or low in vocabulary.time_words
                    or _YEAR.fullmatch(low)):
                continue
            terms[stem] = terms.get(stem, False) or start >= cut
            written.setdefault(stem, low)
            if word[:1].isupper() and start > 0:
                names.add(stem)
            if not described and (low in vocabulary.irregular or (
                    len(low) >= 5 and low.endswith(("ed", "ing"))
                    and low not in vocabulary.not_past_ed)):
                actions.add(stem)
                if vocabulary.denied(text, tokens, n - 1):
                    negated.add(stem)
    speaker = frozenset(t for t, said in terms.items() if not said)
    people = tuple(run for run in _runs(text, vocabulary) if not run <= speaker)
    return _Terms(frozenset(terms), speaker, frozenset(names), frozenset(actions), written,
                  frozenset(negated), people)


def _runs(text: str, vocabulary: _Vocabulary) -> Iterator[frozenset[str]]:
    """The stems of every run of two capitalized words or more, side by side with nothing but
    spaces between them, without stop words and words of time: who or what a report names.

    "An elderly voter, Anna Rusk, died in Tarsk on Sunday" -> {"anna", "rusk"}.
    """
    run: list[str] = []
    end = 0
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group()).strip("'’-")
        low = word.lower()
        if not (run and text[end:match.start()].isspace()):
            if len(run) >= 2:
                yield frozenset(run)
            run = []
        if word[:1].isupper() and low not in _STOP and low not in vocabulary.time_words:
            run.append(vocabulary.stem(low))
        else:
            if len(run) >= 2:
                yield frozenset(run)
            run = []
        end = match.end() if word == match.group() else len(text)  # a possessive ends a run
    if len(run) >= 2:
        yield frozenset(run)


@dataclass
class _Item:
    """A report with its terms, their weights (`total`: their sum) and its prefixes."""

    event: Event
    document: str
    index: int
    said: _Terms
    weights: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    prefix: tuple[str, ...] = ()  # for dated partners (SAME_EVENT and CONFLICT)
    undated_prefix: tuple[str, ...] = ()  # for undated partners, or dated ones if undated


@dataclass(frozen=True)
class _Pair:
    """Why two reports are one event: score, time relation, the shared terms."""

    score: float
    first: int
    second: int
    relation: str
    shared: tuple[str, ...]


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo is not None else moment


def _times_relation(a: EventTime | None, b: EventTime | None) -> str:
    """ "overlap", "undated", "near" (less than a day apart, both at day grain or finer: Monday
    and Tuesday, not Monday and Wednesday) or "apart"."""
    if a is None or b is None:
        return "undated"
    a_start, a_end, b_start, b_end = (_naive(a.start), _naive(a.end), _naive(b.start),
                                      _naive(b.end))
    if a_start < b_end and b_start < a_end:
        return "overlap"
    gap = max(a_start, b_start) - min(a_end, b_end)
    if GRAIN_ORDER[a.grain] <= GRAIN_ORDER[Grain.DAY] >= GRAIN_ORDER[b.grain] and (
            gap < timedelta(days=1)):
        return "near"
    return "apart"


def _threshold(a: _Item, b: _Item, relation: str) -> float | None:
    """The score two reports need: SAME_EVENT when their times overlap; SAME_ACT when, besides,
    both are dated to a day or finer and name one action done by or to one name ("officials
    ordered the evacuation of Lisk" / "authorities evacuated 3,000 residents of Lisk", both on
    Monday); UNDATED_JOIN when one is undated; CONFLICT when they lie a day apart; None when
    further apart."""
    if relation == "overlap" and _same_act(a, b):
        return SAME_ACT
    return {"overlap": SAME_EVENT, "undated": UNDATED_JOIN, "near": CONFLICT}.get(relation)


def _same_act(a: _Item, b: _Item) -> bool:
    """Both reports dated to a day or finer, sharing an action that both name as an action
    and a name neither gives as the speaker."""
    ta, tb = a.event.time, b.event.time
    return (ta is not None and tb is not None and _level(ta) == "day" == _level(tb)
            and bool(a.said.actions & b.said.actions)
            and bool((a.said.names & b.said.names) - a.said.speaker - b.said.speaker))


def _similarity(a: _Item, b: _Item) -> tuple[float, tuple[str, ...]]:
    """Weighted overlap of the terms (rare words and reported content weigh more), with a
    bonus for shared names (actors, places); the shared terms, heaviest first."""
    shared = a.said.terms & b.said.terms
    if not shared:
        return 0.0, ()
    weights = {t: min(a.weights[t], b.weights[t]) for t in shared}
    smaller = min(a.total, b.total)
    score = math.fsum(weights.values()) / smaller if smaller else 0.0
    names = (a.said.names & b.said.names) - a.said.speaker - b.said.speaker
    score = min(1.0, score + NAME_BONUS * len(names))
    return score, tuple(sorted(shared, key=lambda t: (-weights[t], t)))


def _same_what(a: _Item, b: _Item, relation: str) -> bool:
    """Whether two reports tell the same happening, not only the same people or places or one
    common word: they share two terms at least, one of them no name, and unless one names no
    action, one's action is among the other's words ("police arrested two men" is not "police
    questioned two men"). An undated report must share an action."""
    shared = a.said.terms & b.said.terms
    if len(shared) < 2 or not shared - a.said.names - b.said.names:
        return False
    if not a.said.actions or not b.said.actions:
        return relation != "undated"
    return bool(a.said.actions & b.said.terms or b.said.actions & a.said.terms)


def _denies(a: _Item, b: _Item) -> bool:
    """Whether one report denies an action the other tells: "the senate did not pass the
    reform" and "the senate passed the reform" are not one event."""
    return bool((a.said.negated ^ b.said.negated) & a.said.actions & b.said.actions)


def _other_people(a: _Item, b: _Item) -> bool:
    """Whether each report names someone the other does not mention at all: a run of
    capitalized words none of whose words the other report has ("gunmen killed Jonas Feld" and
    "Anna Rusk died" are two deaths; "Jonas Feld died" and "gunmen killed a poll worker", or
    "President Ilan Castor" and "Castor", may be one)."""
    return (any(run.isdisjoint(b.said.terms) for run in a.said.people)
            and any(run.isdisjoint(a.said.terms) for run in b.said.people))


def _near_publication(undated: _Item, dated: _Item,
                      published: dict[str, datetime] | None) -> bool:
    """An undated report tells a dated event only when its article appeared within a week of
    that event (UNDATED_REACH): a report with no date of an event years away is more likely a
    like event (another launch, another visit) than the same one."""
    when = published.get(undated.document) if published else None
    time = dated.event.time
    if when is None or time is None:
        return True
    return _naive(time.start) - UNDATED_REACH <= when < _naive(time.end) + UNDATED_REACH


# Time buckets: reports can only be one event when their intervals overlap (or lie a day apart),
# so a report is filed under the days, months or years its interval touches, by its length.
_LEVELS = ((timedelta(days=2), "day"), (timedelta(days=62), "month"),
           (timedelta(days=732), "year"))
_REACH = timedelta(days=1)  # a day either side: the one-day conflict window


def _level(time: EventTime) -> str:
    """The level a report is filed at: "day" for a clock time or a day, "month" for a week or
    a month, "year" for a season or a year, "all" for longer."""
    length = _naive(time.end) - _naive(time.start)
    return next((name for most, name in _LEVELS if length <= most), "all")


def _key(moment: datetime, level: str) -> date | int:
    """The bucket of a moment at a level: a day, a month counted from year 0, or a year."""
    if level == "day":
        return moment.date()
    if level == "month":
        return moment.year * 12 + moment.month - 1
    return moment.year


def _count(low: date | int, high: date | int) -> int:
    if isinstance(low, date) and isinstance(high, date):
        return (high - low).days + 1
    assert isinstance(low, int) and isinstance(high, int)
    return high - low + 1


def _buckets(low: date | int, high: date | int) -> Iterator[date | int]:
    """Every bucket from low to high: (Mon 13 Apr, Wed 15 Apr) -> the three days."""
    if isinstance(low, date) and isinstance(high, date):
        for n in range((high - low).days + 1):
            yield low + timedelta(days=n)
    else:
        assert isinstance(low, int) and isinstance(high, int)
        yield from range(low, high + 1)


_DATED_LEVELS = ("day", "month", "year", "all")
_Window = tuple[datetime, datetime] | None  # first and last moment looked at; None: all time


class _Index:
    """Where each term is said, by time: term -> level -> bucket -> item numbers. A dated
    report is filed under the buckets its interval touches at its level; an undated one at
    level "undated", under its article's publication day ("unknown" when not given)."""

    def __init__(self, published: dict[str, datetime]) -> None:
        self.published = published
        self.terms: dict[str, dict[str, dict[object, list[int]]]] = {}

    def add(self, item: _Item) -> None:
        time = item.event.time
        buckets: list[object]
        if time is None:
            when = self.published.get(item.document)
            level, buckets = "undated", [when.date() if when else "unknown"]
        else:
            level = _level(time)
            last = _naive(time.end) - timedelta(microseconds=1)
            buckets = ["all"] if level == "all" else list(
                _buckets(_key(_naive(time.start), level), _key(last, level)))
        for term in item.said.terms:
            filed = self.terms.setdefault(term, {}).setdefault(level, {})
            for bucket in buckets:
                filed.setdefault(bucket, []).append(item.index)

    def partners(self, item: _Item) -> set[int]:
        """The reports `_pair` may join with this one: dated reports sharing a prefix term at
        a time within a day of its time, or sharing a name on the same days (SAME_ACT), and
        undated reports sharing an undated-join prefix term whose article appeared within
        UNDATED_REACH of its time; for an undated report, such dated reports near its
        article's date."""
        time = item.event.time
        found: set[int] = set()
        if time is None:
            when = self.published.get(item.document)
            window = (when - UNDATED_REACH, when + UNDATED_REACH) if when else None
            for term in item.undated_prefix:
                for level in _DATED_LEVELS:
                    self._collect(term, level, window, found)
        else:
            start, end = _naive(time.start), _naive(time.end)
            near = (start - _REACH, end + _REACH - timedelta(microseconds=1))
            for term in item.prefix:
                for level in _DATED_LEVELS:
                    self._collect(term, level, near, found)
            if _level(time) == "day":
                for term in item.said.names - item.said.speaker:
                    self._collect(term, "day", near, found)
            published = (start - UNDATED_REACH, end + UNDATED_REACH)
            for term in item.undated_prefix:
                self._collect(term, "undated", published, found)
        found.discard(item.index)
        return found

    def _collect(self, term: str, level: str, window: _Window, found: set[int]) -> None:
        """Add the reports filed under a term at a level in the buckets a window touches."""
        filed = self.terms.get(term, {}).get(level)
        if not filed:
            return
        if window is None or level == "all":
            for members in filed.values():
                found.update(members)
            return
        if level == "undated":
            found.update(filed.get("unknown", ()))
            low, high = window[0].date(), window[1].date()
        else:
            low, high = _key(window[0], level), _key(window[1], level)
        if _count(low, high) <= len(filed):
            for bucket in _buckets(low, high):
                found.update(filed.get(bucket, ()))
        else:
            for bucket, members in filed.items():
                if bucket != "unknown" and low <= bucket <= high:  # type: ignore[operator]
                    found.update(members)


def _prefix(item: _Item, order: dict[str, int], threshold: float) -> tuple[str, ...]:
    """The rarest terms of a report that any report scoring it at `threshold` must share: its
    other terms weigh too little to reach the threshold alone, even with every name shared
    (prefix filtering). As a pair is looked for from its lighter report, whose weight divides
    the score, the lighter one's prefix finds it."""
    need = (threshold - NAME_BONUS * len(item.said.names)) * item.total
    terms = sorted(item.said.terms, key=lambda t: (order[t], t))
    if need <= 0:
        return tuple(terms)
    rest = item.total
    for n, term in enumerate(terms):
        rest -= item.weights[term]
        if rest < need * (1 - 1e-9):
            return tuple(terms[: n + 1])
    return tuple(terms)


def _pair(a: _Item, b: _Item, published: dict[str, datetime] | None) -> _Pair | None:
    """Two reports as one event, with why; None unless they are of different documents, not
    both undated, at times that may agree, with a score reaching its threshold, and telling the
    same happening."""
    if a.document == b.document or (a.event.time is None and b.event.time is None):
        return None
    relation = _times_relation(a.event.time, b.event.time)
    threshold = _threshold(a, b, relation)
    if threshold is None:
        return None
    if relation == "undated" and not (_near_publication(a, b, published) if a.event.time is None
                                      else _near_publication(b, a, published)):
        return None
    score, shared = _similarity(a, b)
    if (score < threshold or not _same_what(a, b, relation) or _other_people(a, b)
            or _denies(a, b)):
        return None
    first, second = sorted((a.index, b.index))
    return _Pair(score, first, second, relation, shared)


def _candidate_pairs(items: list[_Item], published: dict[str, datetime] | None) -> list[_Pair]:
    """Every pair of reports that `_pair` joins, found through the index (each report meets
    only reports sharing one of its prefix terms at a time that may agree), never by trying
    all pairs. A pair is looked for from its lighter report."""
    index = _Index(published or {})
    for item in items:
        index.add(item)
    pairs: list[_Pair] = []
    for b in items:
        for j in sorted(index.partners(b)):
            a = items[j]
            if (a.total, a.index) < (b.total, b.index):
                continue
            pair = _pair(a, b, published)
            if pair is not None:
                pairs.append(pair)
    return pairs


def _prepare(events_by_document: dict[str, list[Event]], language: str) -> list[_Item]:
    """The reports with their terms, weights (rarer terms weigh more) and prefixes."""
    items = [_Item(event, doc, 0, _terms(event.text, event.time.expression if event.time
                                          else None, language))
             for doc, events in events_by_document.items() for event in events]
    document_frequency: Counter[str] = Counter()
    for number, item in enumerate(items):
        item.index = number
        document_frequency.update(item.said.terms)
    total = len(items)
    idf = {t: math.log(1 + total / n) for t, n in document_frequency.items()}
    order = {t: n for n, (t, _) in enumerate(sorted(document_frequency.items(),
                                                    key=lambda x: (x[1], x[0])))}
    for item in items:
        item.weights = {t: idf[t] * (SPEAKER_WEIGHT if t in item.said.speaker else 1.0)
                        for t in item.said.terms}
        item.total = math.fsum(item.weights.values())  # exact: the same in any order
        item.prefix = _prefix(item, order, SAME_EVENT)
        item.undated_prefix = _prefix(item, order, UNDATED_JOIN)
    return items


def _moments(published: Mapping[str, date | datetime | None] | None) -> dict[str, datetime]:
    """Publication dates as naive datetimes: {"a.txt": date(2025, 9, 5)} -> 2025-09-05 00:00."""
    return {doc: _naive(when if isinstance(when, datetime)
                        else datetime(when.year, when.month, when.day))
            for doc, when in (published or {}).items() if when is not None}


def merge_events(events_by_document: dict[str, list[Event]], *, language: str = "en",
                 published: Mapping[str, date | datetime | None] | None = None) -> list[Event]:
    """Events of several documents, each real-world event once, credited to every source.

    A merged event lists all its documents, shows its dating report as its headline, keeps
    every report, flags sources that date it differently and says why its reports were joined.
    Reports of one document join the same event only through another source, and only when
    they restate it at the same time. `published` (document -> publication date) keeps undated
    reports from joining events far from their article's date.
    """
    if len(events_by_document) < 2:
        return [event for events in events_by_document.values() for event in events]
    size = sum(len(events) for events in events_by_document.values())
    with cycle_collection_paused(size > _LARGE_MERGE):
        return _merge(events_by_document, language, published)


# Above this many reports the cyclic collector's full passes, each over everything alive, make
# a merge cost a fifth more and grow faster than its input (benchmarks/merge_scale.py).
_LARGE_MERGE = 10_000


def _merge(events_by_document: dict[str, list[Event]], language: str,
           published: Mapping[str, date | datetime | None] | None) -> list[Event]:
    """`merge_events` for two documents or more."""
    items = _prepare(events_by_document, language)
    pairs = _candidate_pairs(items, _moments(published))
    # Reports whose times agree first, then undated joins, then one-day conflicts; best pairs
    # first within each. A cluster takes at most one report per document.
    tier = {"overlap": 0, "undated": 1, "near": 2}
    pairs.sort(key=lambda p: (tier[p.relation], -p.score, p.first, p.second))
    clusters = [_Cluster.of(item) for item in items]
    owner = list(range(len(items)))
    for step, pair in enumerate(pairs):
        one, other = clusters[owner[pair.first]], clusters[owner[pair.second]]
        if one is other:
            continue
        if one.documents.keys() & other.documents.keys() and not one.restates(other):
            continue
        if not one.agrees(other):
            continue
        if len(one.members) < len(other.members):
            one, other = other, one
        for m in other.members:
            owner[m] = owner[one.members[0]]
        one.absorb(other)
        one.reasons.append((step, _reason(items[pair.first], items[pair.second], pair)))
    rank = {doc: n for n, doc in enumerate(events_by_document)}
    merged: list[Event] = []
    for root in sorted(set(owner), key=lambda root: min(clusters[root].members)):
        cluster = clusters[root]
        merged.append(_fold([items[m] for m in sorted(cluster.members)], rank,
                            [reason for _, reason in sorted(cluster.reasons)]))
    return merged


@dataclass
class _Cluster:
    """Reports taken as one event, with what any report joining them must agree with: their
    documents, how many are undated, and the latest start and earliest end of their times, for
    reports at day grain or finer ("fine") and coarser ones apart."""

    members: list[int]
    documents: Counter[str]
    undated: int
    fine: tuple[datetime, datetime] | None
    coarse: tuple[datetime, datetime] | None
    reasons: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, item: _Item) -> _Cluster:
        """One report alone."""
        time = item.event.time
        bounds = None if time is None else (_naive(time.start), _naive(time.end))
        fine = time is not None and GRAIN_ORDER[time.grain] <= GRAIN_ORDER[Grain.DAY]
        return cls([item.index], Counter([item.document]), int(time is None),
                   bounds if fine else None, None if fine else bounds)

    def agrees(self, other: _Cluster) -> bool:
        """No two dated reports of both clusters would lie apart: coarse times overlap every
        time, fine times lie less than a day apart (`_times_relation` for every pair)."""
        fine, coarse = _meet(self.fine, other.fine), _meet(self.coarse, other.coarse)
        if coarse is not None and coarse[0] >= coarse[1]:
            return False
        if coarse is not None and fine is not None and (
                coarse[0] >= fine[1] or fine[0] >= coarse[1]):
            return False
        return fine is None or fine[0] - fine[1] < timedelta(days=1)

    def restates(self, other: _Cluster) -> bool:
        """Whether two clusters sharing a document only hold that article restating one event:
        every report dated, all at overlapping times, and no document with more than two."""
        if self.undated or other.undated:
            return False
        if any(self.documents[d] + other.documents[d] > 2
               for d in self.documents.keys() & other.documents.keys()):
            return False
        every = _meet(_meet(self.fine, other.fine), _meet(self.coarse, other.coarse))
        return every is not None and every[0] < every[1]

    def absorb(self, other: _Cluster) -> None:
        """Take in another cluster's reports."""
        self.members.extend(other.members)
        self.documents.update(other.documents)
        self.undated += other.undated
        self.fine, self.coarse = _meet(self.fine, other.fine), _meet(self.coarse, other.coarse)
        self.reasons.extend(other.reasons)
        other.members = []


def _meet(a: tuple[datetime, datetime] | None,
          b: tuple[datetime, datetime] | None) -> tuple[datetime, datetime] | None:
    """The latest start and earliest end of two groups of times (None: no times)."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def _reason(a: _Item, b: _Item, pair: _Pair) -> str:
    """Why two reports were joined, for people, the finer time first: 'b.txt + a.txt:
    2026-04-13T04:00 within 2026-04-13; shared "burst" = "gave way", "dam", "sorva" (score
    0.44)'."""
    first, second = a, b
    ta, tb = a.event.time, b.event.time
    if pair.relation == "undated":
        dated, undated = (a, b) if ta is not None else (b, a)
        assert dated.event.time is not None
        when = f"{undated.document} undated, {dated.document} dates it " \
               f"{dated.event.time.value}"
    else:
        assert ta is not None and tb is not None
        if _within(tb, ta) and not _within(ta, tb):
            first, second, ta, tb = b, a, tb, ta
        if _within(ta, tb) and _within(tb, ta):
            when = f"both {ta.value}"
        elif _within(ta, tb):
            when = f"{ta.value} within {tb.value}"
        elif pair.relation == "overlap":
            when = f"{ta.value} overlaps {tb.value}"
        else:
            when = f"{ta.value} and {tb.value} a day apart (sources disagree)"
    words = []
    for term in pair.shared[:6]:
        one, other = first.said.written[term], second.said.written[term]
        words.append(f'"{one}"' if one == other else f'"{one}" = "{other}"')
    return (f"{first.document} + {second.document}: {when}; shared {', '.join(words)} "
            f"(score {pair.score:.2f})")


def _within(inner: EventTime, outer: EventTime) -> bool:
    return (_naive(outer.start) <= _naive(inner.start)
            and _naive(inner.end) <= _naive(outer.end))


def _dating(items: list[_Item]) -> _Item:
    """The report that dates and heads a merged event: the dated report whose time overlaps
    most others, then the most precise, then fuller text of moderate length (long quotes read
    worse than a plain sentence). Monday, Monday and Tuesday 04:00 -> a Monday."""
    times = [it.event.time for it in items if it.event.time is not None]
    starts = sorted(_naive(t.start) for t in times)
    ends = sorted(_naive(t.end) for t in times)

    def rank(item: _Item) -> tuple[int, int, timedelta, int]:
        time = item.event.time
        if time is None:
            return (1, len(Grain), timedelta.max, 0)
        start, end = _naive(time.start), _naive(time.end)
        # Times overlapping this one: those starting before its end, less those ended by its
        # start, less itself.
        agree = bisect_left(starts, end) - bisect_right(ends, start) - 1
        return (-agree, GRAIN_ORDER[time.grain], end - start, abs(len(item.event.text) - 160))

    return min(items, key=rank)


def _fold(items: list[_Item], rank: dict[str, int], reasons: list[str]) -> Event:
    """One event of the reports of a cluster, in document order (`rank`), dated and headed
    by `_dating`'s report."""
    if len(items) == 1:
        return items[0].event
    items = sorted(items, key=lambda it: (rank.get(it.document, len(rank)), it.event.span))
    best = _dating(items)
    reports = [Report(document=it.document, text=it.event.text, span=it.event.span,
                      time=it.event.time) for it in items]
    time = best.event.time
    conflicting = [r for r in reports if r.time is not None and time is not None
                   and _times_relation(r.time, time) != "overlap"]
    documents = [it.document for it in items]
    return best.event.model_copy(update={
        "documents": list(dict.fromkeys(documents)),
        "time": time,
        "headline": best.event.text,
        "text": " | ".join(dict.fromkeys(r.text for r in reports)),
        "reports": reports,
        "conflict": bool(conflicting),
        "conflicting_times": conflicting,
        "scheduled": _scheduled(items),
        "merged_because": reasons,
    })


def _scheduled(items: list[_Item]) -> bool:
    """Whether a merged event is still to come: every dated report tells it as scheduled. A
    source telling it done ("signed the bill on Thursday", published Thursday) outweighs one
    that expected it ("is expected to sign the bill on Thursday", published Wednesday)."""
    dated = [it.event for it in items if it.event.time is not None]
    return bool(dated) and all(event.scheduled for event in dated)


def mentions_entity(event: Event, name: str) -> bool:
    """Whether an event names a person, organisation or place, by full name or surname.

    ("Zelensky's office said...", "Volodymyr Zelensky") -> True (surname, possessive).
    """
    words = [w for w in _WORD.findall(name.lower()) if w not in _STOP]
    if not words:
        return False
    texts = [event.text, *(r.text for r in event.reports)]
    full = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"(?:['’]s?)?\b"
    surname = r"\b" + re.escape(words[-1]) + r"(?:['’]s?)?(?![\w-])"
    for text in texts:
        low = text.lower()
        if re.search(full, low) or re.search(surname, low):
            return True
    return False


def filter_entities(events: Iterable[Event], names: list[str]) -> list[Event]:
    """Only the events that mention one of the names (SemEval-2015 Task 4 style timelines)."""
    wanted = [n for n in names if n.strip()]
    if not wanted:
        return list(events)
    return [e for e in events if any(mentions_entity(e, n) for n in wanted)]

