"""Clauses and resolved mentions -> events: each dated by its own expression, a relation to
another clause, the story's temporal focus, or honestly left undated.

Published Fri 2025-09-05: "Putin warned on Friday. The warning came a day after Macron revealed
a plan." -> "Putin warned on Friday" (Fri 5 Sep, its own expression), "The warning came" (Fri 5
Sep, the story's focus), "Macron revealed a plan" (Thu 4 Sep, one day before the warning).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from timeline import calendar as cal
from timeline.clauses import (
    NOT_UNTIL,
    OPEN_QUOTES,
    PARENTHETICAL,
    PAST_COPULA,
    PERIOD_UP_TO,
    PLUPERFECT,
    Part,
    Scan,
    content_stems,
    quote_ranges,
    split_parts,
    stem,
    trailing_adverb,
)
from timeline.dateline import find_dateline
from timeline.lexicon import load, plural
from timeline.models import GRAIN_ORDER, Event, EventTime, Grain, Mention, Relation, Settings
from timeline.render.labels import date_label
from timeline.resolve import in_passing
from timeline.segment import ABBREVIATION, sentence_spans

_SIMULTANEOUS = frozenset({"when", "whenever", "while", "as", "as soon as", "once"})
_BOUND_WORDS = re.compile(r"\b(?:until|till|through|throughout|for|before)\s+"
                          r"(?:the\s+|at\s+least\s+|as\s+late\s+as\s+)?$"
                          # a time denied: "we need them now, not in six months"
                          r"|\bnot\s+(?:in|on|at|by|within|after)\s+$")
# "For fiscal 2024, the bank earned ...": "for" opening its clause, the time set off by a comma,
# is a fronted adverbial that frames the clause, not the bound of a stretch ("waited for two
# days") or the object of a noun ("the forecast for 2025").
_FRONTED_FOR = re.compile(r"[\s“\"‘'(]*(?:(?:and|but|yet|so|still),?\s+)?for\s+(?:the\s+)?",
                          re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
# A period naming the figures reported ("first-quarter profit", "2025 sales"), not the time
# the report was made.
_PERIOD_GRAINS = frozenset({Grain.MONTH, Grain.QUARTER, Grain.HALFYEAR, Grain.YEAR})
# A participle naming a reason, set off by a comma: what follows is the reason's.
# Or an earlier event named by a noun phrase ("It was their third win in a row, after a 1-0 win
# at Elmstead the previous week"): had a clause followed "after", it would be a clause of its own.
_REASON = re.compile(r",\s+(?:citing|blaming|pointing\s+to|attributing\s+\w+\s+to|"
                     r"(?:after|following)\s+(?:a|an|the|their|its|his|her|two|three)\s)")
_POSSESSIVE = re.compile(r"[’']s\b")
# What may follow the time of an attribution that closes its clause: "said on Sunday in a
# statement", "published on Wednesday in the journal Nature".
_TAIL_END = re.compile(r"(?:\s+(?:in|by|at|via)\s+[^,;.!?]*)?[\s.,;:!?”\"’']*")
# A superlative or first before "since": "the strongest quake since", "the first time since".
_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|\w+[’']s)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:first|only|most|least|[a-z]{3,}est)\b")
# A participial phrase set off by a comma: what follows belongs to it, not to the clause.
_PARTICIPIAL = re.compile(r",\s+[a-z]+ing\b")
_SINCE_THEN = re.compile(r"\b(?:[Ee]ver\s+)?[Ss]ince\s+then\b")
_SINCE = re.compile(r"\b(?:since|ever since|starting|beginning)\s+(?:the\s+)?$")
# "the strongest hurricane since Hurricane Benedikt in the 2024 season": the time of the named
# event a superlative counts from.
# So does the time of what it counts from told as a gerund: "her first since taking office in
# May".
_SINCE_NAMED = re.compile(r"\bsince\s+(?:(?:[A-Z][\w’'-]*\s+){1,3}|"
                          r"[a-z]+ing\s+(?:[\w’'-]+\s+){0,3})(?:in|on|during)\s+(?:the\s+)?$")
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|added|announced|stated|confirmed|reported|wrote|warned|argued|"
    r"published|released)"
    r"(?:\s+\w+)?\s+(?:on\s+)?$")
# A reporting verb before the state a since-clause dates, in the complement it opens:
# "Estate agents said demand had fallen since the levy was announced".
_REPORTED_STATE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|warned|noted|reported|argued|claimed|insisted|"
    r"stated|acknowledged|admitted)\s+(?:that\s+)?[^,;“”\"]*\b(?:has|have|had)\b[^,;“”\"]*$")
_LEADING = re.compile(
    r"(?:Meanwhile|However|Moreover|Separately|In addition|Also|Still|And|But|So|Then|"
    r"Nonetheless|Nevertheless|Instead)\b,?\s+")
_ACCORDING = re.compile(r",?\s*according to [^,;“”\"]*$")
_SAID_WORDS = "said|says|added|adds|noted|wrote|stated|explained"
_SAID_TAIL = re.compile(
    r"(?:,\s*|(?<=[”\"])\s*)(?:he|she|they|it|we|I|the (?:\w+ ){0,2}\w+)\s+"
    rf"(?:{_SAID_WORDS}|told reporters)\s*[.!]?$")
_SAID_END = re.compile(rf"\b(?:{_SAID_WORDS}|reporters)\W*$")
_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur|\w+’s|\w+'s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*$")
# A name right before ", who": "Chief executive Ingrid Solberg".
_NAME_END = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s*$")
_HEAD = re.compile(r"([A-Za-z][\w-]*)[’'s]*\W*$")
_ON_END = re.compile(r"\s+on\s*$")
_ASIDE_AFTER = re.compile(r",\s+(?:which|that|due|scheduled|set|planned)\b[^,;.]*")
_NOUN_PHRASE_END = re.compile(r",|\s(?:to|of|in|at|on|with|for|by|from|that|which|who)\s")
# A definite subject naming an event: "The evacuation", "Tuesday's vote", "the latest attack".
_EVENT_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Tt]his|[Tt]hat|[A-Z][a-z]+[’']s)\s+(?:[a-z-]+\s+)?([a-z]{4,})\s*")
_WORD_RUN = re.compile(r"[a-z]+")
_HELD_CLAUSE = re.compile(r"\b(?:that|who|which|whether)\b", re.IGNORECASE)
# The news present of an event placed by an offset: "The ruling comes three years after ...".
_COMES_WORDS = "comes|follows"
_COMES = re.compile(rf"(?:{_COMES_WORDS})\b")
# ... and its past: "The quake came two days after a tremor".
_CAME = re.compile(rf"(?:came|followed|{_COMES_WORDS})\b")
_GERUND_START = re.compile(r"\s*[a-z]+ing\b")
# Before an -ing form naming an act the clause is not about: "suspected of shooting", "charged
# with killing", "fled after robbing".
_GERUND_PREPOSITIONS = frozenset({"of", "for", "with", "in", "after", "before", "by", "from",
                                  "about", "without", "over"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be",
                          "got", "get", "gets"})
# Between a time and the clause its connective opens: "in 2021, when ...".
# An adverb that puts a clause right next to its host's time: "shortly after", "soon before".
_CLOSE_BY = re.compile(r"\b(?:shortly|soon|just|immediately|right|moments)\s+(?:after|before)\s*$")
# A clause framed by a tenure or a long stretch: "Under Reyes, ...", "Throughout the war, ...".
_TENURE = re.compile(r"\s*(?:Under|Throughout)\s+[^,.;]{1,60},")
_JUST_BEFORE = re.compile(r"[\s,;:—–-]*(?:when|while|as|once|which)?\s*")
# One or two nouns a time modifies: "2019 final", "Sunday's final", "Aug. 7 blasts".
_NOUN_AFTER = re.compile(r"(?:[’']s)?(?:\s+[a-z][a-z-]*){1,2}(?=\s*,)")
_NOT_NOUNS = frozenset({"at", "in", "on", "of", "to", "for", "with", "by", "from", "into", "over",
                        "and", "or", "but", "the", "a", "an", "his", "her", "its", "their",
                        "after", "before", "during", "since", "until", "ago", "later",
                        "earlier", "then", "again", "too", "also"})
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve"]
_DAY_OR_FINER = GRAIN_ORDER[Grain.DAY]
_NEWLINE = re.compile("\n")
_LEAD_REACH_DAYS = 7  # how far before publication the news a present-perfect lead tells lies
# How far before the story's news a focus lies when the story has gone back to its history.
_BACKSTORY_GAP = timedelta(days=7)
# A speaker told by a pronoun goes on from the sentence before: "He said", "said she".
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\s+(?:\w+ly\s+|also\s+)?(?:said|says|told|added|"
    r"argued|wrote|noted|explained|insisted|stressed)\b|"
    # inverted after a quote, "..., said she." (not "said he hoped": his complement's subject)
    r"\b(?:said|says|added)\s+(?:he|she|they)\b(?=\s*(?:[,.;:!?”\"]|$))")
_NARRATIVE_REACH = 3  # sentences within one paragraph a narrative continuation looks back
_WORD_END = re.compile(r"[\w’'-]+\s*$")
_VERBS = frozenset({"said", "told", "met", "came", "went", "began", "held", "took", "spoke",
                    "says", "meets", "opens", "starts", "left", "won", "lost", "fell", "rose"})
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "from", "early", "late", "this"})
_NAME_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Capitalized words of a subject that name no one: "His father", "The composer".
_NOT_NAMES = frozenset({"The", "A", "An", "His", "Her", "Their", "Its", "He", "She", "They",
                        "It", "This", "That", "When", "In", "On", "At", "By", "After", "Before"})


@dataclass(slots=True)
class _Focus:
    """The story's current time: the latest dated event, and the words that dated it."""

    time: EventTime
    phrase: str
    sentence: int
    paragraph: int
    span: tuple[int, int] = (0, 0)  # the clause that stated it
    stems: frozenset[str] | None = None  # its content words, computed when first needed
    # the present-tense sentence right after it, passed over ("Harwick is a town of 8,000.")
    passed: int = -1
    reporting: bool = False  # the clause that stated it reports a saying ("In a 2019 interview")


@dataclass(slots=True)
class _Draft:
    """An event being built: its clause, display span, and time once found."""

    part: Part
    sentence: int
    paragraph: int
    span: tuple[int, int]
    time: EventTime | None = None
    phrase: str = ""  # the words that dated it: "warned on Friday"
    reported: bool = False  # its time is the reporting's: "said on Friday"
    said: bool = False  # its time closes a report of a time said before ("..., it said last week")
    since: bool = False
    relation: tuple[str, int, str | None] | None = None  # kind, draft index, offset
    scheduled: bool = False
    # A speaker's own past, told beside the saying ("said Howe, who was pulled from the
    # rubble"): neither the saying's time nor the story's focus dates it.
    backstory: bool = False
    index: int = 0
    unfound: bool = False  # an offset from an event never told ("a day after the raid")
    # its time is a pluperfect complement's ("said the cables had been replaced in 2019"); a
    # pluperfect clause of its own is `part.pluperfect`
    flashback: bool = False
    counted: Mention | None = None  # "Hours after the collapse", the collapse never told
    # its time is told in passing (`spec.background`): "capsized on Tuesday, and rescuers were
    # still searching on Wednesday" leaves the story at Tuesday
    passing: bool = False


def _usable(mention: Mention) -> bool:
    time = mention.time
    return (time is not None and time.start is not None and time.end is not None
            and time.grain is not None and mention.type in ("DATE", "TIME")
            and mention.spec.kind != "relational" and not mention.spec.event)


def _event_time(mention: Mention, explanation: str | None = None) -> EventTime:
    time = mention.time
    assert time is not None and time.start and time.end and time.grain
    return EventTime(start=time.start, end=time.end, grain=time.grain, value=time.value,
                     mod=time.mod, expression=mention.text,
                     explanation=explanation if explanation is not None else time.explanation)


def _phrase(text: str, mention: Mention, floor: int) -> str:
    """The expression with the verb before it: "warned on Friday", "said Thursday"."""
    words = text[floor:mention.span[0]].split()[-2:]
    kept: list[str] = []
    if words and words[-1].lower() in _PREPOSITIONS:
        kept.append(words.pop())
    if words and words[-1].isalpha() and words[-1].islower() and (
            words[-1].endswith("ed") or words[-1] in _VERBS):
        kept.insert(0, words[-1])
    return " ".join([*kept, mention.text])


# A preposition before a possessive time: "from Monday's collapse", "after Friday's vote".
# "dates back to a 2017 fraud scheme": a time between an indefinite article and its noun.
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s+$")
_NOUN_NEXT = re.compile(r"[\s-]+[a-z]")
_FRONTING = frozenset({"in", "on", "at", "during", "after", "before", "from", "since", "by",
                       "with", "for", "and", "but", "then", "so", "yet", "until", "over"})
_NAMING_PREPOSITION = re.compile(
    r"\b(?:from|after|before|since|of|in|at|during|following|over|by|to|for|on|amid)\s+$")


def _set_for(text: str, part: Part, mention: Mention) -> bool:
    """Whether a time after "for" is the one a plan or schedule is set for, not the bound of a
    stretch: "a second stoppage is planned for the following weekend" -> True."""
    before = text[max(part.start, mention.span[0] - 40):mention.span[0]].lower()
    return load().cues["set_for"].search(before) is not None


def _lasts_until(text: str, part: Part, mention: Mention) -> bool:
    """Whether a time after "until" ends a state ahead or current, which it dates: "Schools
    will stay closed until Monday" -> True; "The court extended the ban until March" -> False."""
    if part.tense == "past":
        return False  # "The road stayed closed until Tuesday": a stretch over, no event at it
    start = max(part.start, mention.span[0] - 60)
    found = load().cues["lasts_until"].search(text[start:mention.span[0]].lower())
    # the clause's own verb, or a reported one ("said schools will stay shut until"), not one
    # in a clause a noun holds ("an order that he remain in Miami until March 6")
    return found is not None and (part.reporting or _HELD_CLAUSE.search(
        text, part.start, start + found.start()) is None)


def _own(text: str, part: Part, mentions: Sequence[Mention]
         ) -> tuple[Mention, bool, bool] | None:
    """The expression that dates a clause, and whether "since" opens it; None without one.

    Finest grain first; a time said of the reporting ("said Friday") yields to one said of the
    event ("shot down 92 drones overnight").
    """
    if part.habitual:
        return None  # "usually peaks in late spring": a recurring time, not a date
    best: tuple[int, int, int, int, int, int, int, Mention, bool, bool] | None = None
    quotes = quote_ranges(text[part.start:part.end]) if any(
        q in text[part.start:part.end] for q in "“\"`") else []
    quotes = [(part.start + x, part.start + y) for x, y in quotes]
    # "Dana Whitlock, who took over in April, said ...": the aside dates its own clause only.
    asides = [(m.start(), m.end()) for m in PARENTHETICAL.finditer(text, part.start, part.end)]
    asides += part.holes  # "a club that fired its coach in 2024": the relative clause's time
    # "lowered its forecast, citing weak exports in the fourth quarter": the reason's time.
    asides += [(m.start(), part.end) for m in _REASON.finditer(text, part.start, part.end)]
    cues = load().cues
    figures, said_tail, period_end = cues["figures_after"], cues["said_tail"], cues["period_end"]
    appointed = cues["appointment"]  # also before times it does not mark ("for next week")
    lead = part.lead or (part.start, part.start)
    for order, mention in enumerate(mentions):
        if not (part.start <= mention.span[0] and mention.span[1] <= part.end) and not (
                lead[0] <= mention.span[0] and mention.span[1] <= lead[1]):
            continue
        if not _usable(mention) or any(x <= mention.span[0] < y for x, y in asides) or \
                in_passing(mention.spec, mention.time) or _described(text, part, mention):
            continue  # "reverses a 2024 order": the order's time, not the reversal's
        before = text[max(min(part.start, lead[0]), mention.span[0] - 24):mention.span[0]].lower()
        # "set sentencing for June 18": the date set is no bound but the appointment's time.
        appointment = 1 if mention.spec.rel == "appointment" or (
            _BOUND_WORDS.search(before) and appointed.search(
                text[max(part.start, mention.span[0] - 60):mention.span[0]].lower())) else 0
        if (_BOUND_WORDS.search(before) and not appointment and
                not _fronted(text, part, lead, mention) and not _set_for(text, part, mention)
                and not NOT_UNTIL.search(text, part.start, mention.span[0])
                and not _lasts_until(text, part, mention)) \
                or period_end.search(before):
            continue
        if mention.time.grain in _PERIOD_GRAINS and (figures.match(  # type: ignore[union-attr]
                text, mention.span[1], part.end) or PERIOD_UP_TO.match(text, mention.span[1])):
            continue  # "2025 sales"; "in the year to February": the figures' period
        since = bool(_SINCE.search(before))
        named = _SINCE_NAMED.search(text, max(part.start, mention.span[0] - 60), mention.span[0])
        if (since or named) and _SUPERLATIVE.search(text, part.start, mention.span[0]):
            continue  # "the strongest quake since March 2011": a comparison, not a start
        reported = 1 if _REPORTED_BEFORE.search(before) else 0
        quoted = 1 if quotes and any(x <= mention.span[0] < y for x, y in quotes) else 0
        grain = mention.time.grain  # type: ignore[union-attr]
        # "X began in February 2022, the air force said on Sunday": an attribution at the end
        # dates the saying, and yields to any time of X, however coarse.
        tail = 1 if reported and _TAIL_END.fullmatch(text, mention.span[1], part.end) and \
            said_tail.search(text, part.start, mention.span[0]) else 0
        # "women held since Oct. 7 were freed on Sunday": the time a state began yields to the
        # time of the event itself.
        # "On Wednesday the judge set sentencing for June 18": the setting has a time of its
        # own, which the date it sets yields to; so does a time naming an event in the
        # predicate ("will publish the minutes of Wednesday's meeting on April 2": April 2),
        # not in the subject ("Sunday's final was a rematch of the 2019 final": Sunday), unless
        # a preposition puts it in a phrase of its own ("the toll from Monday's collapse").
        named = 1 if _POSSESSIVE.match(text, mention.span[1]) and (
            0 <= part.verb_at < mention.span[0] or _NAMING_PREPOSITION.search(before)) else 0
        key = (tail, appointment + named, int(since), GRAIN_ORDER[grain],  # type: ignore[index]
               quoted, reported, order)
        if best is None or key < best[:7]:
            best = (*key, mention, since, bool(reported))
    return (best[7], best[8], best[9]) if best else None


def _described(text: str, part: Part, mention: Mention) -> bool:
    """Whether a time describes a noun after an indefinite article in the predicate, naming
    another event in passing: "The charges stem from a 2019 crash" -> True; not fronted ("In
    a 2019 interview, she said ...": the interview's time is the saying's), nor framing it
    ("was found cracked in a 2021 survey")."""
    a = mention.span[0]
    if not _INDEFINITE_END.search(text, max(part.start, a - 4), a) or \
            not _NOUN_NEXT.match(text, mention.span[1]):
        return False
    words = _WORD_RUN.findall(text[part.start:a].lower())[:-1]
    if words and words[-1] in ("in", "at", "during"):
        return False  # "was found cracked in a 2021 survey": the survey frames the finding
    return any(word not in _FRONTING for word in words)


def _fronted(text: str, part: Part, lead: tuple[int, int], mention: Mention) -> bool:
    """Whether "for" before a time opens its clause and a comma closes the time: a frame.

    "For fiscal 2024, the bank earned $3.1 billion." -> True; "earned $3.1 billion for fiscal
    2024." -> False.
    """
    start = lead[0] if lead[0] < lead[1] and lead[0] <= mention.span[0] < lead[1] else part.start
    return bool(_FRONTED_FOR.fullmatch(text, start, mention.span[0])) and bool(
        _COMMA_AFTER.match(text, mention.span[1]))


def _amount_words(amount: float, unit: str) -> str:
    count = int(amount) if float(amount).is_integer() else amount
    word = _NUMBER_WORDS[count] if isinstance(count, int) and 0 <= count < len(
        _NUMBER_WORDS) else f"{count:g}"
    return f"{word} {unit if count == 1 else plural(unit)}"


def _shift(time: EventTime, parts: tuple[tuple[float, str], ...], sign: int
           ) -> tuple[datetime, datetime] | None:
    start = cal.shift_by(time.start, parts, sign)
    end = cal.shift_by(time.end, parts, sign)
    if start is None or end is None or not start < end:
        return None
    return start, end


def _value(start: datetime, grain: Grain, like: str) -> str:
    if grain == Grain.PARTOFDAY:
        code = like.rsplit("T", 1)[-1] if "T" in like else "DT"
        try:
            return cal.partofday_value(start.date(), code)
        except ValueError:
            return cal.timex_value(start, Grain.DAY)
    if grain == Grain.SEASON:
        code = like.rsplit("-", 1)[-1]
        try:
            return cal.season_value(start.year, code)
        except ValueError:
            return cal.timex_value(start, Grain.MONTH)
    try:
        return cal.timex_value(start, grain)
    except ValueError:
        return like


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# A future told as certain, never of a time already past ("would" may be: a plan told then).
_WILL = re.compile(r"(?:will|shall|won[’']t|\w+[’']ll)\b", re.IGNORECASE)
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def _offset_time(base: EventTime, mention: Mention, sign: int, what: str, published: date | None
                 ) -> EventTime | None:
    """base moved by the mention's offset: ("a day after", -1) -> one day before base."""
    spec = mention.spec
    if spec.amount is None and spec.unit in ("hour", "minute"):
        return _hours_apart(base, mention, sign, what, published)
    amount = 1.0 if spec.event else spec.amount  # "the day before the shooting": one day
    if amount is None or spec.unit is None:
        return None
    unit = "day" if spec.unit == "night" else spec.unit  # "the night before the vote"
    parts = ((amount, unit), *spec.compound)
    if unit in _CLOCK_UNITS and GRAIN_ORDER[base.grain] >= GRAIN_ORDER[Grain.DAY]:
        # "40 minutes after" an event known by its day: about that day, not a day-long
        # stretch moved by 40 minutes (which would straddle two days)
        why = (f'"{mention.text}": {" ".join(_amount_words(*part) for part in parts)} '
               f'{"after" if sign > 0 else "before"} {what} ({date_label(base, published)})')
        return base.model_copy(update={"mod": "APPROX", "expression": mention.text,
                                       "explanation": why + ", about the same day",
                                       "how": "relation"})
    if unit not in _CLOCK_UNITS and _finer_than_day(base):
        # "two days after the strike overnight": the day of the night, moved by days; the
        # hour or part of day is not carried over to a day that text never timed.
        base = _day_of(base)
    try:
        shifted = _shift(base, parts, sign)
    except ValueError:
        return None
    if shifted is None:
        return None
    start, end = shifted
    grain, mod = base.grain, base.mod
    coarse = _OFFSET_GRAINS.get(parts[-1][1])
    if coarse is not None and GRAIN_ORDER[coarse] > GRAIN_ORDER[grain]:
        # "three years after a jury convicted him", the ruling on a Tuesday: known to the year,
        # not to the day; its smallest unit is the finest an offset of months or years keeps.
        interval = cal.unit_interval(coarse, start.date())
        if interval is not None:
            (start, end), grain, mod = interval, coarse, None
    word = "after" if sign > 0 else "before"
    why = (f'"{mention.text}": {" ".join(_amount_words(*part) for part in parts)} {word} {what} '
           f"({date_label(base, published)})")
    return EventTime(start=start, end=end, grain=grain, value=_value(start, grain, base.value),
                     mod="APPROX" if spec.approx else mod, expression=mention.text,
                     explanation=why, how="relation")


# An offset of months or more keeps no finer grain than its smallest unit.
_OFFSET_GRAINS = {"month": Grain.MONTH, "quarter": Grain.QUARTER, "year": Grain.YEAR,
                  "decade": Grain.YEAR, "century": Grain.YEAR}



def _day_of(time: EventTime) -> EventTime:
    """The whole day holding a time finer than a day: "overnight" on Fri 2026-03-13 -> Fri
    2026-03-13 at day grain (no mod: the day is known, its hour is not carried)."""
    day = datetime(time.start.year, time.start.month, time.start.day)
    return time.model_copy(update={"start": day, "end": day + timedelta(days=1),
                                   "grain": Grain.DAY, "mod": None,
                                   "value": cal.timex_value(day, Grain.DAY)})


def _finer_than_day(time: EventTime) -> bool:
    """Whether a time is within one day, finer than the day: "overnight", "at 3 p.m."."""
    return (GRAIN_ORDER[time.grain] < GRAIN_ORDER[Grain.DAY] or time.grain == Grain.PARTOFDAY) \
        and time.start.date() < date.max


def _part_of_one_day(time: EventTime) -> bool:
    """Whether a time is a part of one day, not a night running into the next: "Tuesday
    evening" (Tue 18:00-24:00) -> True; "Tuesday night", "overnight" -> False."""
    if time.grain != Grain.PARTOFDAY or time.end is None or time.start.date() >= date.max:
        return False
    return time.end <= _day_of(time).end  # type: ignore[operator]


def _hours_apart(base: EventTime, mention: Mention, sign: int, what: str, published: date | None
                 ) -> EventTime:
    """ "hours after X", "minutes before X": about the day of X (or X itself, when coarser)."""
    word = "after" if sign > 0 else "before"
    label = date_label(base, published)
    why = f'"{mention.text}": {plural(mention.spec.unit or "hour")} {word} {what} ({label})'
    if _finer_than_day(base) or base.grain == Grain.DAY:
        # "hours after" a collapse "early on Monday": some time on Monday, not early in it
        return _day_of(base).model_copy(update={
            "mod": "APPROX", "expression": mention.text,
            "explanation": why + ", about the same day", "how": "relation"})
    return base.model_copy(update={"mod": "APPROX", "expression": mention.text,
                                   "explanation": why, "how": "relation"})


class _Document:
    """Anchoring state for one article."""

    def __init__(self, text: str, document: str, published: datetime,
                 mentions: Sequence[Mention], settings: Settings):
        self.text = text
        self.document = document
        self.published = published
        self.day = published.date()
        # Published on 9999-12-31 there is no next day to count from: the end of time is.
        self.next_day = datetime(self.day.year, self.day.month, self.day.day) + timedelta(
            days=1) if self.day < date.max else datetime.max
        self.mentions = sorted(mentions, key=lambda m: m.span)
        self.starts = [m.span[0] for m in self.mentions]
        self.settings = settings
        self.drafts: list[_Draft] = []
        self.focus: _Focus | None = None
        # The latest start of a time the story's focus has held: where its news is.
        self.news: datetime | None = None
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        # Births the story told, by each capitalized word of the one born: "Brecht was born on
        # 14 February 1934" -> {"Brecht": that day}.
        self.births: dict[str, EventTime] = {}

    def run(self) -> list[_Draft]:
        scan = Scan(self.text, self.mentions, self.settings.language)
        for number, (a, b) in enumerate(sentence_spans(self.text)):
            if _skip(self.text, a, b):
                continue
            inside = self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]
            inside = [m for m in inside if m.span[1] <= b]
            parts = split_parts(self.text, (a, b), inside, self.settings.language, scan)
            self._sentence(number, bisect_right(self.newlines, a), parts, inside)
        self._perfect_lead()
        return self.drafts

    def _perfect_lead(self) -> None:
        """A lead in the present perfect with no time is the news the next sentence dates, in
        the week before publication: "The court has reinstated the conviction. | The ruling,
        issued Tuesday, ..." (published Wed 2026-03-18) -> Tue 2026-03-17."""
        lead = self.drafts[0] if self.drafts else None
        if lead is None or lead.time is not None or lead.part.role != "main" or \
                not lead.part.perfect or lead.part.generic or lead.part.modal or lead.part.quoted:
            return
        following = [d for d in self.drafts if d.sentence > lead.sentence]
        week_before = self.day - timedelta(days=_LEAD_REACH_DAYS)
        for draft in following:
            if draft.sentence != following[0].sentence:
                return
            time = draft.time
            if time is None or time.how != "expression" or draft.scheduled or draft.since or \
                    GRAIN_ORDER[time.grain] > GRAIN_ORDER[Grain.DAY] or \
                    not week_before <= time.start.date() <= self.day:
                continue
            time = _day_of(time)
            lead.time = time.model_copy(update={
                "explanation": f"a lead in the present perfect, dated by the sentence after it: "
                               f'{date_label(time, self.day)} from "{draft.phrase}"',
                "how": "focus"})
            lead.phrase = draft.phrase
            return

    # --- one sentence ---------------------------------------------------------------------

    def _sentence(self, number: int, paragraph: int, parts: list[Part],
                  mentions: list[Mention]) -> None:
        local: list[_Draft | None] = [None] * len(parts)
        refs: dict[int, tuple[EventTime, str, int | None]] = {}
        deferred: dict[int, tuple[Mention, bool, bool]] = {}
        for i, part in enumerate(parts):
            own = _own(self.text, part, mentions)
            if part.role == "ref":
                ref = self._reference(part, own, mentions)
                if ref is not None:
                    refs[i] = ref
                continue
            if not part.verb and (part.role != "main" or len(
                    self.text[part.start:part.end].split()) < 3):
                continue
            if own is None and i + 1 < len(parts) and parts[i + 1].connective == "said":
                continue  # "She added" | "that the line would open next spring": the plan is it
            span = self._display(parts, i)
            if part.connective == "said" and local[i - 1] is None and parts[i - 1].verb:
                # The report without a time of its own is shown with the plan it reports.
                span = (min(span[0], self._display(parts, i - 1)[0]), span[1])
            draft = _Draft(part=part, sentence=number, paragraph=paragraph, span=span,
                           index=len(self.drafts))
            if own is not None and self._already_past(part, own[0]):
                own = None
            if own is not None and own[0].spec.said and (part.role != "main" or (
                    part.connective and part.connective not in ("said", "attribution"))):
                # "began at 14:07 on Saturday, when a change was pushed, Nimbus said on
                # Sunday": the attribution covers the sentence; the clause that depends on or
                # goes on from another takes its time from it, and the saying's only failing that
                # (the attribution split off as a clause of its own keeps its time)
                deferred[i] = own
            elif own is not None:
                self._own_time(draft, own)
            local[i] = draft
            self.drafts.append(draft)
        for i, part in enumerate(parts):
            draft = local[i]
            if draft is not None and draft.time is None and part.age is not None:
                self._from_birth(draft, i, parts, local)
        self._from_dependents(parts, local, refs)
        if not self._day_in_focus(parts, local, deferred):
            for draft in local:
                if draft is not None and draft.time is None:
                    self._session(draft)
        for _ in range(2):
            for i, part in enumerate(parts):
                draft = local[i]
                if draft is None or draft.time is not None:
                    continue
                if part.role == "sub" and part.host is not None:
                    self._from_host(part, draft, local[part.host])
                if part.role == "rel" and part.connective in ("which", "who"):
                    self._from_antecedent(draft, local[part.host] if part.host is not None
                                          else None)
                if draft.time is None and part.role == "main" and part.connective:
                    self._continue(draft, local[:i])
                if draft.time is None and part.role == "main":
                    self._corefer(draft)
                    if draft.time is None:
                        self._since_then(draft)
                # "The court had until Feb. 10 to rule, but it asked for more time": a deadline
                # dates nothing, and what follows it happened before or after the deadline,
                # not at the time the story was at.
                if draft.time is None and not (part.role == "sub" and part.initial) and \
                        not any(p.deadline for p in parts[:i + 1]):
                    self._inherit(draft, number, paragraph)
        for i, own in deferred.items():
            draft = local[i]
            if draft is not None and draft.time is None:
                self._own_time(draft, own)
        for draft in local:
            if draft is not None:
                self._finish(draft)
        self._record_births(parts, local)
        self._update_focus(parts, local, number, paragraph)

    @staticmethod
    def _day_in_focus(parts: list[Part], local: list[_Draft | None],
                      deferred: dict[int, tuple[Mention, bool, bool]]) -> bool:
        """Whether a sentence's main story names a day or finer: "Shares fell 3% in early trading
        on Thursday" -> True; "Shares fell 3% in early trading after the bank said late on
        Thursday ..." -> False (the day is a background clause's)."""
        for i, draft in enumerate(local):
            if draft is None or draft.time is None or draft.time.how != "expression" or \
                    _background_part(parts, i):
                continue
            if GRAIN_ORDER[draft.time.grain] <= _DAY_OR_FINER:
                return True
        return any(own[0].time is not None and own[0].time.grain is not None and
                   GRAIN_ORDER[own[0].time.grain] <= _DAY_OR_FINER for own in deferred.values())

    def _session(self, draft: _Draft) -> None:
        """A trading session told without its day is the news day's (published on a weekday):
        "Shares fell 3.2% in morning trading" (published Fri 2026-03-06) -> Fri 2026-03-06."""
        part = draft.part
        if part.role == "ref" or part.quoted or part.generic or part.habitual or part.modal or \
                part.pluperfect or part.tense == "future" or draft.backstory or \
                cal.is_weekend(self.day):
            return  # a weekend paper's "in late trading" may be Friday's, or a Gulf Sunday's
        found = load(self.settings.language).cues["session"].search(
            self.text[part.start:part.end].lower())
        interval = cal.day_interval(self.day)
        if found is None or interval is None:
            return
        phrase = self.text[part.start + found.start():part.start + found.end()]
        start, end = interval
        time = EventTime(start=start, end=end, grain=Grain.DAY, expression=phrase,
                         value=cal.timex_value(start, Grain.DAY))
        draft.time = time.model_copy(update={"explanation": (
            f'"{phrase}": a trading session named without its day, the news day\'s: '
            f"publication ({date_label(time, self.day)})")})
        draft.phrase = phrase

    def _already_past(self, part: Part, mention: Mention) -> bool:
        """Whether a clause told with "will" holds a time already past, which dates something
        it names, not the clause: "Regulators will want to know what changed after December"
        (published Mon 2026-03-09) -> True; "The talks will resume on Friday" -> False."""
        time = mention.time
        return part.tense == "future" and part.verb_at >= 0 and time is not None and \
            time.end is not None and not mention.spec.background and \
            _WILL.match(self.text, part.verb_at) is not None and \
            time.end <= datetime(self.day.year, self.day.month, self.day.day)

    def _own_time(self, draft: _Draft, own: tuple[Mention, bool, bool]) -> None:
        """Date a clause by its own expression: "warned on Friday" -> Fri 2025-09-05."""
        mention, since, draft.reported = own
        explanation = None
        if mention.spec.rel == "appointment":
            ahead = mention.time.start >= self.published  # type: ignore[union-attr,operator]
            explanation = (f"the date it sets (an appointment{' ahead' if ahead else ''}):"
                           f" {mention.time.explanation}")  # type: ignore[union-attr]
        if since:
            # "Starting Monday, offices will close early": the word said, and a start ahead
            opener = _SINCE.search(self.text[max(0, mention.span[0] - 24):mention.span[0]].lower())
            word = opener.group().split()[0] if opener else "since"
            ahead = mention.time.start >= self.next_day  # type: ignore[union-attr,operator]
            what = "a state from then on" if ahead else "an ongoing event"
            explanation = (f'"{word} {mention.text}": {what}, dated by when it '
                           f"{'begins' if ahead else 'began'}; "
                           f"{mention.time.explanation}")  # type: ignore[union-attr]
        elif _lasts_until(self.text, draft.part, mention):
            explanation = (f'"until {mention.text}": a state lasting until then, dated by when '
                           f"it ends; {mention.time.explanation}")  # type: ignore[union-attr]
        draft.time = _event_time(mention, explanation)
        draft.flashback = draft.part.tense == "past" and draft.part.verb_at >= 0 and \
            PLUPERFECT.search(self.text, draft.part.verb_at, mention.span[0]) is not None
        draft.since = since
        draft.said = mention.spec.said
        draft.passing = mention.spec.background
        draft.phrase = _phrase(self.text, mention, draft.part.start)

    def _reference(self, part: Part, own: tuple[Mention, bool, bool] | None,
                   mentions: Sequence[Mention]) -> tuple[EventTime, str, int | None] | None:
        """The time of a noun phrase an offset counts from: "the vote" -> the voting event."""
        phrase = self.text[part.start:part.end].rstrip(" .,;")
        if own is not None:
            return _event_time(own[0]), f'"{phrase}"', None
        # the noun phrase ends before a comma, a preposition or "to": "the talks to agree a
        # position" names the talks
        noun = _NOUN_PHRASE_END.split(phrase, 1)[0]
        aside = _ASIDE_AFTER.match(self.text, part.start + len(noun))
        if aside is not None:
            # "the summit, which is scheduled for March 20,": the aside right after the noun
            # dates it
            for m in mentions:
                if aside.start() <= m.span[0] < aside.end() and _usable(m) and not m.spec.aside:
                    return _event_time(m), f'"{noun}"', None
        head = _HEAD.search(noun)
        if head is None or len(head.group(1)) < 3:
            return None
        wanted = stem(head.group(1))
        for draft in reversed(self.drafts):
            if draft.time is None or draft.since or draft.time.how == "focus":
                continue
            if self._tells(draft, wanted):
                return draft.time, f'"{noun}"', draft.index
        return None

    def _tells(self, draft: _Draft, wanted: str) -> bool:
        """Whether a clause tells the event a noun names, not only its name as a charge: "was
        shot" tells "the shooting"; "A man suspected of shooting a deputy was arrested" does not.
        """
        lexicon = load(self.settings.language)
        previous = ""
        for word in _WORD_RUN.findall(self._text(draft).lower()):
            if stem(lexicon.word("cue_past_irregular", word) or word) == wanted and not (
                    word.endswith("ing") and previous in _GERUND_PREPOSITIONS):
                return True
            if not word.endswith("ly"):  # "of fatally shooting": the adverb is skipped
                previous = word
        return False

    def _from_dependents(self, parts: list[Part], local: list[_Draft | None],
                         refs: dict[int, tuple[EventTime, str, int | None]]) -> None:
        """A host dated from the clause or phrase its offset counts from: "X, two days after
        the vote" -> X two days after the vote."""
        for i, part in enumerate(parts):
            if part.host is None or part.role not in ("sub", "ref"):
                continue
            host = local[part.host]
            if host is None or host.time is not None or host.part.modal or (
                    (host.part.generic or host.part.perfect) and part.connective != "since"):
                continue
            if i in refs:
                base, what, target = refs[i]
            elif part.role == "ref":
                # "The day before the shooting", the shooting never told: some other time than
                # the story's, which the clause must not inherit (hours or minutes away from
                # it, the story's day is still about right).
                host.unfound = part.mention is not None and \
                    part.mention.spec.unit not in ("hour", "minute", "second")
                if part.mention is not None and not host.unfound and \
                        part.mention.spec.amount is None:
                    host.counted = part.mention  # "Hours after the collapse, ..."
                continue
            else:
                dependent = local[i]
                if dependent is None or dependent.time is None or dependent.part.perfect or \
                        dependent.part.generic or (dependent.time.how != "expression" and
                                                   dependent.part.age is None):
                    continue
                if host.part.tense == "past" and dependent.time.start is not None and \
                        dependent.time.start >= self.next_day:
                    continue  # "the statement came an hour after" a plan still ahead: no date
                base, what, target = dependent.time, f'"{_short(self._text(dependent))}"', \
                    dependent.index
            if part.mention is not None:
                sign = 1 if (part.mention.spec.offset or 1) > 0 else -1
                host.time = _offset_time(base, part.mention, sign, what, self.day)
                kind = "after" if sign > 0 else "before"
                offset = part.mention.value
                if host.time is not None and (
                        (host.part.tense == "past" and host.time.start >= self.next_day) or
                        (host.part.tense == "future" and host.time.end <= self.next_day -
                         timedelta(days=1))):
                    # a past event cannot lie after publication, nor one told with "will"
                    # before it: wrong base
                    host.time = None
                    continue
            elif part.connective in _SIMULTANEOUS:
                host.time = self._same(base, part.connective, what)
                kind, offset = "simultaneous", None
            elif part.connective == "since":
                if _SUPERLATIVE.search(self.text, host.part.start, part.start):
                    continue  # "the first since the dispute began in July 2022": a comparison
                if _PARTICIPIAL.search(self.text, max(host.part.start, host.part.verb_at),
                                       part.start):
                    continue  # "reported 46 cases, bringing the total since ... to 158"
                if _REPORTED_STATE.search(self.text, host.part.start, part.start):
                    continue  # "Agents said demand had fallen since ...": the saying is now
                host.time = self._same(base, "since", what, ongoing=True)
                host.since = True
                kind, offset = "since", None
            else:
                continue
            if host.time is not None and target is not None:
                host.relation = (kind, target, offset)
                host.phrase = host.time.expression or ""

    def _from_host(self, part: Part, draft: _Draft, host: _Draft | None) -> None:
        """A sub clause dated from its host: "X came a day after Y did" -> Y a day before X."""
        if host is None or draft.part.generic or draft.part.perfect or draft.part.modal:
            return
        conn = part.connective
        last = self._time_before(part) if conn in _SIMULTANEOUS else None
        if last is not None and last.time is not None and (host.time is None or (
                last.time.start, last.time.end) != (host.time.start, host.time.end)):
            # "from 2014 until his resignation in 2021, when ...", "the strongest since March
            # 2011, when ...": when the time said right before, not when the host happened.
            draft.time = self._same(_event_time(last), conn or "when", f'"{self._named(last)}"')
            draft.phrase = last.text
            draft.relation = ("simultaneous", host.index, None)
            return
        if host.time is not None and host.since and conn in _SIMULTANEOUS:
            # "suspended since November 2024, when the landing collapsed": then, at the start.
            draft.time = self._same(host.time.model_copy(update={"expression": host.phrase}),
                                    conn or "when", f'"{host.phrase}"')
            draft.relation = ("simultaneous", host.index, None)
            return
        if host.time is None or host.since:
            if conn in ("after", "before") or part.mention is not None:
                draft.relation = ("before" if conn == "after" or (
                    part.mention is not None and (part.mention.spec.offset or 1) > 0)
                    else "after", host.index, None)
            return
        what = f'"{_short(self._text(host))}"'
        if part.mention is not None:
            sign = -1 if (part.mention.spec.offset or 1) > 0 else 1
            draft.time = _offset_time(host.time, part.mention, sign, what, self.day)
            draft.relation = ("before" if sign < 0 else "after", host.index, part.mention.value)
        elif conn in _SIMULTANEOUS:
            draft.time = self._same(host.time, conn, what)
            draft.phrase = host.phrase
            draft.relation = ("simultaneous", host.index, None)
            return
        elif conn in ("after", "before"):
            draft.relation = ("before" if conn == "after" else "after", host.index, None)
            close = _CLOSE_BY.search(self.text, max(host.part.start, part.start - 40), part.start)
            if close is not None and GRAIN_ORDER[host.time.grain] <= _DAY_OR_FINER:
                # "said late on Friday, shortly after sirens sounded": the same day
                time = _day_of(host.time) if _finer_than_day(host.time) else host.time
                draft.time = self._same(time.model_copy(update={"mod": "APPROX"}),
                                        close.group().strip(), what)
                draft.phrase = host.phrase
            elif conn == "after" and self._one_incident(part, host):
                draft.time = self._cause_day(host.time, what)
                draft.phrase = host.phrase
            elif conn == "before" and self._sequel_same_day(part, host):
                draft.time = host.time.model_copy(update={
                    "mod": "AFTER", "how": "relation", "explanation": (
                        f'"before": after {what} ({date_label(host.time, self.day)}), '
                        "the same day")})
                draft.phrase = host.phrase
        if draft.time is not None:
            draft.phrase = draft.time.expression or ""

    def _from_birth(self, draft: _Draft, index: int, parts: list[Part],
                    local: list[_Draft | None]) -> None:
        """A clause stating an age is that many years after the birth of the one it is about:
        a birth leading its sentence ("Born in 1951, Varga left school at the age of 16" ->
        1967 or 1968, the birthday unknown: the lead's subject is the host's), else a birth
        told before of the name the clause's subject gives, or of its "he" or "she" when the
        story told one birth ("Brecht was born in 1934. ... when Brecht was nine" -> 1943)."""
        birth = load(self.settings.language).cues["birth_lead"]
        for other, lead in zip(parts, local, strict=True):
            if other.host == index and other.aside and lead is not None and \
                    lead.time is not None and birth.match(
                        self.text[other.start:other.end].lower()):
                self._aged(draft, lead.time, lead.phrase)
                return
        known = self._birth_of(draft.part)
        if known is not None:
            self._aged(draft, known, known.expression or "")

    def _birth_of(self, part: Part) -> EventTime | None:
        """The birth told before of the one a clause is about, by the words of its subject:
        "when Brecht was nine" after "Brecht was born in 1934" -> 1934."""
        if part.verb_at <= part.start or not self.births:
            return None
        words = _NAME_WORD.findall(self.text, part.start, part.verb_at)
        for word in reversed(words):
            if word in self.births:
                return self.births[word]
        pronoun = words[-1].lower() if words else ""
        other = {"he": "she", "she": "he"}.get(pronoun)
        if other is not None and other not in self.births and \
                len({id(time) for time in self.births.values()}) == 1:
            # "She was born in 1962" names no "he" to come
            return next(iter(self.births.values()))
        return None

    def _aged(self, draft: _Draft, birth: EventTime, phrase: str) -> None:
        """Date a clause stating an age from the birth: aged 16, born in 1951 -> 1967 to 1968."""
        if GRAIN_ORDER[birth.grain] > GRAIN_ORDER[Grain.YEAR]:
            return
        age, years = draft.part.age or 0, draft.part.age_years
        # Aged 16 runs from the 16th birthday to the 17th: over two calendar years when only
        # the birth year is known.
        start = cal.shift(birth.start, age, "year")
        end = cal.shift(birth.end, age + years, "year")
        if start is None or end is None:
            return
        born = date_label(birth, self.day)
        ages = str(age) if years == 1 else f"{age} to {age + years - 1}"
        span = f": from {start.year} to {end.year - 1}, the birthday unknown" \
            if birth.grain == Grain.YEAR else \
            f": from the birthday in {start.year} to the one in {end.year}"
        draft.time = EventTime(start=start, end=end, grain=Grain.YEAR,
                               value=f"{start.year:04d}", expression=phrase, how="relation",
                               explanation=f'aged {ages}, born {born} ("{phrase}"){span}')
        draft.phrase = phrase

    def _record_births(self, parts: list[Part], local: list[_Draft | None]) -> None:
        """Keep the births a sentence tells, by the capitalized words of the one born: "Brecht
        was born on 14 February 1934", "Born in 1951, Varga left school" -> Brecht, Varga."""
        cues = load(self.settings.language).cues
        for part, draft in zip(parts, local, strict=True):
            if draft is None or draft.time is None or draft.time.how != "expression" or \
                    GRAIN_ORDER[draft.time.grain] > GRAIN_ORDER[Grain.YEAR]:
                continue
            text = self.text[part.start:part.end]
            time = draft.time.model_copy(update={"expression": draft.phrase})
            if part.verb_at > part.start and cues["birth"].search(text.lower()):
                subject = (part.start, part.verb_at)
            elif part.aside and part.host is not None and cues["birth_lead"].match(text.lower()):
                host = parts[part.host]
                subject = (part.end, host.verb_at)
            else:
                continue
            words = _NAME_WORD.findall(self.text, *subject)
            names = [w for w in words if w[0].isupper() and w not in _NOT_NAMES] or \
                [w.lower() for w in words[-1:] if w.lower() in ("he", "she")]
            for word in names:  # "He was born in 1934": kept for a "he" to come
                self.births[word] = time

    def _one_incident(self, part: Part, host: _Draft) -> bool:
        """Whether a plain "after" clause tells the cause of its host within one news
        incident, so on the host's day: "Two people died on Sunday after gunmen opened fire
        on a bus" -> True; "after it had stalled", "after the firm struggled for years",
        "closed in March after sales fell" (a month: the cause may lie before it) -> False."""
        if host.time is None or host.part.tense != "past" or host.part.pluperfect or \
                host.scheduled or host.since or GRAIN_ORDER[host.time.grain] > _DAY_OR_FINER:
            return False
        if part.tense != "past" or part.pluperfect or part.habitual or part.quoted or \
                part.verb_at < 0 or _GERUND_START.match(self.text, part.start) or (
                    host.part.verb_at >= 0 and _CAME.match(self.text, host.part.verb_at)):
            # "after reporting earnings after the market closed Wednesday": a gerund's time is
            # its own clause's; "The warnings came after ...": another event, placed by it
            return False
        body = self.text[part.start:part.end].lower()
        if load(self.settings.language).cues["stretch_of"].match(body):
            return False  # "after a weekend of accusations": a backdrop, not one act
        # a stretch of its own is a backdrop too: "after talks dragged on for months"
        return not any(m.type == "DURATION" for m in self.mentions[
            bisect_left(self.starts, part.start):bisect_left(self.starts, part.end)])

    def _cause_day(self, time: EventTime, what: str) -> EventTime:
        """The day of an act told before a dated host, in one incident: the host's day or
        earlier ("died on Sunday after gunmen opened fire" -> on or before Sunday)."""
        day = _day_of(time) if _finer_than_day(time) else time
        return day.model_copy(update={"mod": "ON_OR_BEFORE", "how": "relation", "explanation": (
            f'"after": came before {what}, one incident: its day or earlier '
            f"({date_label(day, self.day)})")})

    def _sequel_same_day(self, part: Part, host: _Draft) -> bool:
        """Whether a plain "before" clause goes on from a host told by the clock, later the
        same day: "hit its low shortly after 2 p.m. before buyers returned" -> True."""
        return host.time is not None and GRAIN_ORDER[host.time.grain] < _DAY_OR_FINER and \
            host.part.tense == "past" and part.tense == "past" and not part.pluperfect and \
            not part.quoted and host.time.start.date() < date.max

    def _from_antecedent(self, draft: _Draft, host: _Draft | None) -> None:
        """A "which" or "who" clause is about what its host told, at its time: "met at a summit on
        August 15, which ended without a deal" -> August 15 (the time right before it);
        "Her breakthrough came two years later with a thriller, which earned her a nomination"
        -> the breakthrough's year."""
        if draft.part.generic or draft.part.modal or draft.part.tense != "past":
            return
        if draft.part.connective == "who" and host is not None and host.part.reporting:
            draft.backstory = True
            return
        last = self._time_before(draft.part)
        if last is not None:
            word = draft.part.connective or "which"
            draft.time = self._same(_event_time(last), word, f'"{self._named(last)}"')
            draft.phrase = last.text
        elif host is not None and host.time is not None and not host.since and \
                not host.scheduled and host.time.how != "focus":
            draft.time = self._same(host.time, draft.part.connective or "which",
                                    f'"{_short(self._text(host))}"')
            draft.relation = ("simultaneous", host.index, None)
            draft.phrase = host.phrase

    def _named(self, mention: Mention) -> str:
        """A time with the nouns it modifies: "the 2019" -> "the 2019 final"."""
        noun = _NOUN_AFTER.match(self.text, mention.span[1])
        if noun is None or any(w.lower() in _NOT_NOUNS for w in noun.group().split()):
            return mention.text
        return self.text[mention.span[0]:noun.end()]

    def _time_before(self, part: Part) -> Mention | None:
        """A dated mention that ends right before a clause's connective: "in 2021, when"."""
        at = bisect_left(self.starts, part.start) - 1
        if at < 0:
            return None
        mention = self.mentions[at]
        if not _usable(mention):
            return None
        # The time may modify the noun the clause is about: "the 2019 final, which Port Alva
        # won", "Sunday's final, when ..." -> 2019, Sunday.
        end = mention.span[0] + len(self._named(mention))
        if end > part.start or not _JUST_BEFORE.fullmatch(self.text, end, part.start):
            return None
        return mention

    def _same(self, base: EventTime, word: str, what: str, ongoing: bool = False) -> EventTime:
        if ongoing:
            why = (f'"since": ongoing since {what} ({date_label(base, self.day)}), '
                   "dated by its start")
        else:
            why = f'"{word}": at the time of {what} ({date_label(base, self.day)})'
        return base.model_copy(update={"explanation": why, "how": "relation"})

    def _continue(self, draft: _Draft, before: list[_Draft | None]) -> None:
        """A coordinated past-tense clause shares the time of the clause before it:
        "The water fell overnight, and pumps cleared the road" -> overnight."""
        part = draft.part
        if part.generic or part.modal or part.perfect or part.pluperfect or \
                part.tense != "past" or part.life:
            return  # "..., and at 14 he went to work": at a stage of a life
        previous = next((d for d in reversed(before) if d is not None and d.part.role == "main"),
                        None)
        if previous is None or previous.time is None or previous.since or previous.scheduled or \
                previous.part.tense == "future" or previous.time.start >= self.next_day:
            return  # "Trains will run from 6 a.m., and passengers were told ...": not then
        vague = self._vague_offset(part)
        if vague is not None:
            # "reported smoke at 23:45, and the captain ordered ... minutes later"
            if vague.spec.unit in _CLOCK_UNITS:
                draft.time = self._hours_from_focus(previous.time, vague, previous.phrase)
                draft.phrase = previous.phrase
            return
        draft.phrase = previous.phrase
        label = date_label(previous.time, self.day)
        draft.time = previous.time.model_copy(update={
            "explanation": f'"{part.connective}": continues the clause before it, '
                           f'{label} from "{previous.phrase}"', "how": "focus"})

    def _inherit(self, draft: _Draft, number: int, paragraph: int) -> None:
        """A past-tense continuation or reporting clause takes the story's focus."""
        part, focus = draft.part, self.focus
        if focus is None or part.generic or part.modal or part.perfect or part.pluperfect or \
                draft.backstory or draft.unfound:
            return  # "A day after the raid, ...", the raid never told: not at the story's time
        if _TENURE.match(self.text, part.start):
            return  # "Under Reyes, the chain closed 120 stores": over a tenure, not at a time
        if part.life or (part.age is not None and self.births):
            # "In her twenties she campaigned", "At 20 he emigrated" in a story that told a
            # birth: at a stage of a life, not at the story's time
            return
        if part.tense != "past" and not self._comes_after(part):
            return
        if part.role == "sub" and part.host is not None:
            return  # dated through its host clause, or not at all
        near = focus.sentence >= number - 1 or (
            focus.paragraph == paragraph and focus.sentence >= number - _NARRATIVE_REACH)
        # one description passed over, a story told by the day, and the clause tells an act,
        # not a state ("Brandt was mayor until 2019" after it is background)
        bridged = not near and focus.passed == number - 1 and \
            GRAIN_ORDER[focus.time.grain] <= _DAY_OR_FINER and not (
                part.verb_at >= 0 and PAST_COPULA.match(self.text, part.verb_at))
        if self._background(focus.time) and (part.quoted or (part.reporting and (
                any(q in self.text[part.start:part.end] for q in OPEN_QUOTES) or (
                    not focus.reporting and not _PRONOUN_SPEAKER.search(
                        self.text, part.start, part.end))))):
            # a quote after "In December, a fault caused ..." is no December quote, nor a
            # speaker named afresh ("His last visit, in September, ended without agreement.
            # Serrano said ..."); a report of what was said then ("In a 2019 interview, ... He
            # said he had been tired") is
            return
        if (part.quoted or part.reporting) and self._jumped_back(focus) and \
                not _PRONOUN_SPEAKER.search(self.text, part.start, part.end):
            # "The regulator closed its consultation on Nov. 14. The minister said ...": a
            # speaker named afresh after the story went back in time speaks at its news
            return
        reporting = part.reporting and GRAIN_ORDER[focus.time.grain] <= _DAY_OR_FINER
        if part.quoted or reporting or (part.reporting and near):
            same = False
        else:
            subject = self.text[part.start:part.verb_at] if part.verb_at > part.start else ""
            if focus.stems is None:
                focus.stems = content_stems(self.text[focus.span[0]:focus.span[1]])
            same = bool(subject) and bool(content_stems(subject) & focus.stems)
        if part.quoted:
            why = "a quotation continuing the story"
        elif reporting or (part.reporting and near):
            why = "a reporting verb continuing the story"
        elif same:
            why = "its subject refers back to that event"
        elif near or bridged:
            why = "a past-tense continuation of the narrative"
        else:
            return
        time = focus.time
        vague = draft.counted or self._vague_offset(part)
        if vague is not None:
            if vague.spec.unit not in _CLOCK_UNITS:
                return  # "Days later, divers found the wreck": after the focus, but not then
            draft.time = self._hours_from_focus(time, vague, focus.phrase)
            draft.phrase = focus.phrase
            return
        if ((part.quoted or part.reporting) and GRAIN_ORDER[time.grain] < _DAY_OR_FINER and
                time.start.date() < date.max) or (not same and _part_of_one_day(time)):
            # "..., the manager said after the game": said that day, not at the minute (or
            # "before 5 p.m.") the story was at. A part of the day is the time of the one act
            # it was told with, not of the story's next ("held a vigil on Tuesday evening.
            # Deputies rejected an amendment": Tuesday); a clock time is the story told by
            # the hour, and goes on ("was arrested at 3:40 p.m. A rifle was found inside").
            time = _day_of(time)
        label = date_label(time, self.day)
        draft.time = time.model_copy(update={
            "explanation": f'inherits the story\'s focus: {label} from "{focus.phrase}" ({why})',
            "how": "focus"})
        draft.phrase = focus.phrase

    def _hours_from_focus(self, time: EventTime, vague: Mention, phrase: str) -> EventTime:
        """ "Hours later" after a time in focus: after it, the same day (before it, "hours
        earlier"); after "at 14:00 on Tuesday" -> after Tue 14:00 (mod AFTER)."""
        later = (vague.spec.offset or 1) > 0
        label = date_label(time, self.day)
        why = (f'"{vague.text}": {plural(vague.spec.unit or "hour")} '
               f'{"after" if later else "before"} the story\'s focus ({label} from "{phrase}")')
        if GRAIN_ORDER[time.grain] >= _DAY_OR_FINER:
            # the focus is a day or longer: somewhere in it ("hours later" after "early on
            # Friday": on Friday, not early in it)
            day = time.grain == Grain.DAY
            whole = _day_of(time) if day else time
            return whole.model_copy(update={"mod": "APPROX", "expression": vague.text,
                                          "explanation": why + (", about the same day" if day
                                                                else ", about then"),
                                          "how": "focus"})
        # the focus's own interval, as "shortly before 22:00" keeps its minute: the mod says
        # which side of it
        return time.model_copy(update={"mod": "AFTER" if later else "BEFORE",
                                       "expression": vague.text, "how": "focus",
                                       "explanation": why + ", the same day"})

    def _vague_offset(self, part: Part) -> Mention | None:
        """An unstated amount counted from the focus in a clause: "Minutes later, fishermen
        reached the wreck" -> "Minutes later"; "The ship sank at 9 p.m." -> None."""
        for mention in self.mentions[bisect_left(self.starts, part.start):
                                     bisect_left(self.starts, part.end)]:
            spec = mention.spec
            if spec.kind == "offset" and spec.anchor == "previous" and spec.amount is None \
                    and spec.unit is not None and mention.span[1] <= part.end:
                return mention
        return None

    def _comes_after(self, part: Part) -> bool:
        """Whether a clause tells, in the news present, an event the story has told, placed by
        an offset: "The move comes a day after inflation data showed ..." -> True."""
        if part.verb_at < 0 or not _COMES.match(self.text, part.verb_at):
            return False
        i = bisect_left(self.starts, part.end)
        return i < len(self.mentions) and self.mentions[i].span[0] <= part.end + 1 and (
            self.mentions[i].spec.kind == "relational" or self.mentions[i].spec.event)

    def _jumped_back(self, focus: _Focus) -> bool:
        """Whether the story went back in time to a focus that reports nothing, more than a
        week before its news: news on Fri 2026-01-30, then "closed on 14 November" -> True;
        then "In a 2019 interview, he said ..." -> False (a saying then)."""
        return not focus.reporting and self.news is not None and \
            focus.time.end + _BACKSTORY_GAP <= self.news

    def _background(self, time: EventTime) -> bool:
        """Whether a time is background a quote cannot be from: a month or longer over before
        publication. Published Mon 2026-03-09: December 2025 -> True; last week, Q1 2026,
        Sat 7 Mar -> False."""
        return GRAIN_ORDER[time.grain] > GRAIN_ORDER[Grain.WEEK] and \
            time.end <= datetime(self.day.year, self.day.month, self.day.day)

    def _since_then(self, draft: _Draft) -> None:
        """ "Since then, officials have called for ...": ongoing since the time in focus
        (floods in May 2023, then "Since then, ..." -> since May 2023)."""
        if self.focus is None or draft.part.modal or draft.part.tense == "future" or \
                not _SINCE_THEN.search(self.text, draft.part.start, draft.part.end):
            return  # "Since then, ..." or "It has run without problems since then"
        focus = self.focus
        label = date_label(focus.time, self.day)
        draft.time = focus.time.model_copy(update={
            "explanation": f'"since then": ongoing since the time in focus, {label} from '
                           f'"{focus.phrase}", dated by its start', "how": "relation"})
        draft.since = True
        draft.phrase = focus.phrase

    def _corefer(self, draft: _Draft) -> None:
        """A subject naming an event told earlier is that event: "More than 4,000 people were
        evacuated on Tuesday. ... The evacuation came two days after ..." -> Tuesday."""
        part = draft.part
        if part.generic or part.modal or part.perfect or part.tense != "past" or \
                part.verb_at <= part.start:
            return
        subject = _EVENT_SUBJECT.fullmatch(self.text, part.start, part.verb_at)
        if subject is None:
            return
        noun = subject.group(1)
        wanted = stem(noun)
        # "The quake came two days after ...": a subject that came or followed is an event,
        # which an earlier subject may name ("An earthquake struck on Monday")
        placed = _CAME.match(self.text, part.verb_at) is not None
        lexicon = load(self.settings.language)
        for earlier in reversed(self.drafts):
            time = earlier.time
            if earlier is draft or time is None or earlier.since or earlier.scheduled or \
                    time.how != "expression" or earlier.part.verb_at < 0:
                continue
            # The earlier clause's verb, or the participle after its auxiliary ("were evacuated").
            words = _WORD_RUN.findall(self.text, earlier.part.verb_at,
                                      min(earlier.part.end, earlier.part.verb_at + 40))[:2]
            if words[:1] and words[0] not in _AUXILIARIES:
                words = words[:1]
            if not any(stem(lexicon.word("cue_past_irregular", w) or w) == wanted
                       for w in words) and not (placed and self._names(earlier, noun)):
                continue
            label = date_label(time, self.day)
            draft.time = time.model_copy(update={
                "explanation": f'the same event as "{_short(self._text(earlier))}" ({label}): '
                               f'"{subject.group(0).strip()}" refers back to it',
                "how": "relation"})
            draft.relation = ("simultaneous", earlier.index, None)
            draft.phrase = earlier.phrase
            return

    def _names(self, draft: _Draft, noun: str) -> bool:
        """Whether a clause's subject names an event by a noun or a compound ending in it:
        "An earthquake struck" names "quake"."""
        if draft.part.verb_at <= draft.part.start:
            return False
        words = _WORD_RUN.findall(self.text[draft.part.start:draft.part.verb_at].lower())
        return any(w == noun or (len(noun) >= 5 and w.endswith(noun)) for w in words)

    def _finish(self, draft: _Draft) -> None:
        time = draft.time
        if time is None:
            return
        if time.start >= self.next_day or (draft.part.tense == "future" and time.end > datetime(
                self.day.year, self.day.month, self.day.day)):
            draft.scheduled = time.start >= self.next_day or (
                not draft.reported and time.start >= self.next_day - timedelta(days=1))

    def _update_focus(self, parts: list[Part], local: list[_Draft | None], number: int,
                      paragraph: int) -> None:
        # The story moves with its main clauses; a background clause ("after talks collapsed on
        # Sunday") sets the focus only when no main clause of the sentence is dated.
        focus = self.focus
        if focus is not None and focus.sentence == number - 1 and all(
                d is None or (d.time is None and d.part.tense != "past") for d in local):
            # "Gales hit Harwick on Tuesday. | Harwick is a fishing town. | Crews cleared the
            # road.": a description between two past-tense sentences leaves the story where
            # it was, so the clearing is still near Tuesday
            focus.passed = number
            return
        main = [d for i, d in enumerate(local) if d is not None and not _background_part(parts, i)]
        background = [d for d in local if d is not None and d not in main]
        told = any(d is not None and d.time is not None and not d.passing for d in local)
        for draft in [*reversed(main), *reversed(background)]:
            if draft is None or draft.time is None or draft.since or draft.scheduled or \
                    draft.part.aside or (draft.said and self.focus is not None) or (
                        draft.passing and told):
                # an aside ("Berg, who won in 2020, ...") tells background only; the time of an
                # attribution closing a sentence ("..., the office said last week") dates the
                # saying, and the story's clock stays where it was
                continue
            part = draft.part
            fine = GRAIN_ORDER[draft.time.grain] <= _DAY_OR_FINER
            if draft.time.how == "expression" and fine:
                pass  # a day or finer said outright sets the focus whatever the verb
            elif part.tense != "past" or part.generic or part.modal or part.perfect or \
                    part.pluperfect or draft.flashback:
                # a flashback ("the defences had been inspected in 2024") tells background;
                # the story's clock stays where it was
                continue
            if part.role == "sub" and draft.relation is not None and \
                    draft.relation[0] != "simultaneous":
                continue
            if draft.time.how == "focus" and self.focus is not None:
                # An inherited time keeps the focus where it was stated, but the story it
                # tells goes on: the next past-tense sentence is near it again.
                self.focus.sentence, self.focus.paragraph = number, paragraph
                return
            self.focus = _Focus(time=draft.time, phrase=draft.phrase or (
                draft.time.expression or ""), sentence=number, paragraph=paragraph,
                span=draft.span, reporting=part.reporting)
            if draft.time.start < self.next_day and (
                    self.news is None or draft.time.start > self.news):
                self.news = draft.time.start
            return

    # --- text -------------------------------------------------------------------------------

    def _text(self, draft: _Draft) -> str:
        return self.text[draft.span[0]:draft.span[1]]

    def _display(self, parts: list[Part], i: int) -> tuple[int, int]:
        """The span to show for a clause, trimmed of attribution noise and dangling words."""
        part, text = parts[i], self.text
        a, b = part.start, part.end
        if part.role == "rel" and part.host is not None:
            host = parts[part.host]
            # "The dam, built in 1958": a participle aside shows its noun too
            ending = r",?\s*(?:(?:which|who|whose)\s*)?$" if part.aside else \
                r",?\s*(?:which|who|whose)\s*$"
            window = re.sub(ending, "", text[max(host.start, a - 60):a])
            match = _DETERMINER.search(window) or _NAME_END.search(window)
            if match:
                at = max(host.start, a - 60) + match.start()
                named = next((m for m in self.mentions if m.span[0] <= at < m.span[1]), None)
                # "Winds will ease on Monday, which could allow ...": a time is no antecedent;
                # the clause comments on all of its host.
                a = host.start if named is not None and named.span[1] >= at + len(
                    match.group().rstrip()) else at
        if i + 1 < len(parts) and parts[i + 1].role in ("sub", "ref") and not parts[i + 1].initial:
            cut = b - trailing_adverb(text[a:b])
            # "paused them for two weeks while ...": a unit word ending an amount is no
            # dangling adverb ("hours before" is)
            b = max([cut, *(m.span[1] for m in self.mentions if cut < m.span[1] <= b)])
            opener = parts[i + 1].mention
            if opener is not None and opener.spec.relation_only:
                b = a + len(_ON_END.sub("", text[a:b]))  # "met on" | "the eve of the talks"
        mentions = [m.span for m in self.mentions if a <= m.span[0] < b]
        lead = _LEADING.match(text, a, b)
        if lead and not any(s < lead.end() for s, _ in mentions):
            a = lead.end()
        for pattern, cue in ((_ACCORDING, "according to"), (_SAID_TAIL, "")):
            segment = text[a:b]
            if cue and cue not in segment:
                continue
            if not cue and not _SAID_END.search(segment[-24:]):
                continue
            match = pattern.search(segment)
            if match and not any(a + match.start() <= s for s, _ in mentions) and \
                    len(segment[:match.start()].split()) >= 3:
                b = a + match.start()
        return _clean(text, a, b)


def _background_part(parts: list[Part], i: int) -> bool:
    """Whether a clause is background to its sentence's story: a relative clause, a sub clause
    not at the same time ("after the bank said"), or what such a clause reports ("after the bank
    said" | "late on Thursday that it would ...")."""
    part = parts[i - 1] if parts[i].connective == "said" and i > 0 else parts[i]
    return part.role == "rel" or (part.role == "sub" and (
        part.connective or "") not in _SIMULTANEOUS)


_PAIRS = (("“", "”"), ("(", ")"))


def _unpaired_edge(segment: str) -> tuple[int, int] | None:
    """How to trim an opening mark at the start, or a closing one at the end, that has no
    partner inside: "(Reuters said" -> (1, 0); "he said)" -> (0, -1); balanced -> None."""
    for opening, closing in _PAIRS:
        if segment.startswith(opening) and segment.count(opening) > segment.count(closing):
            return 1, 0
        if segment.endswith(closing) and segment.count(closing) > segment.count(opening):
            return 0, -1
    return None


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces, trailing punctuation and unbalanced quotes at the edges of a span."""
    for _ in range(3):
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:-–—"):
            if text[b - 1] == "." and ABBREVIATION.search(text, max(a, b - 12), b):
                break  # "shortly after 4 p.m.", "Harbor Foods Inc.": the dot is the word's
            b -= 1
        while a < b and (text[a].isspace() or text[a] in ",;:-–—"):
            a += 1
        if b - a >= 2 and text[b - 1] in "”\"" and text[b - 2] in ",.;:":
            b -= 2
            continue
        segment = text[a:b]
        if segment.count('"') % 2 and (segment.startswith('"') or segment.endswith('"')):
            a, b = (a + 1, b) if segment.startswith('"') else (a, b - 1)
            continue
        edge = _unpaired_edge(segment)
        if edge is None:
            break
        a, b = a + edge[0], b + edge[1]
    return a, b


def _skip(text: str, a: int, b: int) -> bool:
    """Sentences that report nothing: questions, and headlines (Title Case, no full stop)."""
    sentence = text[a:b].rstrip(" ”\"’')")
    if sentence.endswith("?"):
        return True
    if sentence.endswith((".", "!", ":", ";")) or quote_ranges(sentence):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip():
        return False
    words = [w for w in sentence.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def anchor(text: str, published: date | datetime, mentions: Sequence[Mention], *,
           document: str = "document", settings: Settings | None = None) -> list[Event]:
    """The events of one article in text order, dated or undated; ids "<document>#<n>".

    ("Putin warned on Friday.", Fri 2025-09-05) -> [Event(text="Putin warned on Friday",
    time=2025-09-05 from "Friday")].
    """
    if not isinstance(published, datetime):
        published = datetime(published.year, published.month, published.day)
    # A dateline ("VESSGARD, Oct 15 (Coastal Wire) -") reports nothing: blank it (same length,
    # so offsets stay true) and leave its date out of the events' evidence.
    dateline = find_dateline(text)
    reading = text
    if dateline is not None:
        lo, hi = dateline.span
        reading = text[:lo] + " " * (hi - lo) + text[hi:]
        mentions = [m for m in mentions if not (lo <= m.span[0] and m.span[1] <= hi)]
    doc = _Document(reading, document, published, mentions, settings or Settings())
    drafts = doc.run()
    ids = [f"{document}#{n}" for n in range(1, len(drafts) + 1)]
    events = []
    for draft, event_id in zip(drafts, ids, strict=True):
        relation = None
        if draft.relation is not None:
            kind, target, offset = draft.relation
            relation = Relation(kind=kind, target=ids[target], offset=offset)  # type: ignore[arg-type]
        events.append(Event(
            id=event_id, text=text[draft.span[0]:draft.span[1]], document=document,
            documents=[document], span=draft.span, sentence=draft.sentence, time=draft.time,
            relation=relation, scheduled=draft.scheduled))
    return events
