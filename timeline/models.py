"""Data types that cross module boundaries: pydantic v2, frozen, no logic beyond validation.

What the text *said* (`TimeSpec`) is kept apart from what we *concluded* (`TimeValue`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

_set_attribute = object.__setattr__  # what pydantic itself uses to fill a frozen copy


class Frozen(BaseModel):
    """Base for every model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False
                   ) -> Self:
        """pydantic's `model_copy`, made cheaper for the shallow copies tagging makes by the
        thousand (a spec marked as an aside, a mention given its value).

        pydantic's shallow copy copies the field dict, the extra fields and the set of fields
        given, each with `copy.copy`, and adds the update's fields unvalidated. Our models
        forbid extra fields and have no private attributes, so both are None, as pydantic would
        leave them; the field dict and field set are copied directly, with the same update.
        """
        if deep or self.__pydantic_extra__ is not None or self.__pydantic_private__ is not None:
            return super().model_copy(update=update, deep=deep)
        copied = self.__class__.__new__(self.__class__)
        fields = self.__dict__.copy()
        fields_set = set(self.__pydantic_fields_set__)
        if update:
            fields.update(update)
            fields_set.update(update.keys())
        _set_attribute(copied, "__dict__", fields)
        _set_attribute(copied, "__pydantic_extra__", None)
        _set_attribute(copied, "__pydantic_fields_set__", fields_set)
        _set_attribute(copied, "__pydantic_private__", None)
        return copied


class TimexType(StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Grain(StrEnum):
    """Precision of a resolved time, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PARTOFDAY = "partofday"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALFYEAR = "halfyear"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


GRAIN_ORDER: dict[Grain, int] = {grain: rank for rank, grain in enumerate(Grain)}

Tense = Literal["past", "present", "future"]
Prefer = Literal["past", "future"]
RangeMode = Literal["join", "timeml", "split"]
AnchorKind = Literal["publication", "previous", "event", "absolute", "none"]


class Settings(Frozen):
    """Options that change how expressions are read and resolved.

    `prefer="past"` is the news convention (a bare "Friday" is the most recent one);
    `"future"` reads schedules and assistants' phrases forward.
    """

    prefer: Prefer = "past"
    day_first: bool = False
    document_type: Literal["news", "narrative"] = "news"
    hemisphere: Literal["north", "south"] = "north"
    language: str = "en"
    # "join": a range is one mention from its start to the end of its end ("from 10 August to
    # 12 September", "Monday to Friday", "13-15 July", "3-4pm"); its value is the start's, or
    # the whole unit's. "timeml": the ranges TimeML tags as two TIMEX3 (two full dates, months,
    # years: "Aug. 26 to Oct. 20") come back as their two ends, the others stay joined, as
    # TimeML output and the TempEval scorer need, which also leave out the relations TimeML
    # tags no TIMEX3 for ("the eve of the summit"). "split": every range as its two ends.
    # True and False read as "join" and "split".
    ranges: RangeMode = "join"

    @field_validator("ranges", mode="before")
    @classmethod
    def _range_mode(cls, value: object) -> object:
        """The old boolean form: True -> "join", False -> "split"."""
        if isinstance(value, bool):
            return "join" if value else "split"
        return value


class TimeSpec(Frozen):
    """What the text said, before any date is computed: known fields only.

    "last Friday" -> TimeSpec(kind="weekday", weekday=4, rel="last").
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None
    partofday: str | None = None  # MO AF EV NI DT (TIMEX3 codes)
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # first year of the decade: 1990
    century: int | None = None  # TIMEX3 century digits: 19 for the 1900s
    holiday: str | None = None
    amount: float | None = None
    unit: str | None = None  # day week month ... as Grain values, plus "weekend"
    # The further parts of a compound amount, largest unit first: "1 day 21 hours" -> amount 1,
    # unit "day", compound ((21.0, "hour"),).
    compound: tuple[tuple[float, str], ...] = ()
    unit2: str | None = None  # the unit of "the year-ago quarter"
    rel: str | None = None  # this last next past coming previous following same
    offset: int | None = None  # signed count of units for offsets ("two days later" -> +2)
    anchor: AnchorKind = "publication"
    mod: str | None = None
    ref: str | None = None  # PRESENT_REF PAST_REF FUTURE_REF
    quant: str | None = None  # EVERY EACH for SETs
    approx: bool = False
    # Named in passing ("after a flat second quarter"): it does not become the period that
    # later phrases ("the year-earlier period") refer to.
    aside: bool = False
    # The time of an attribution closing a sentence that already named a time ("struck late
    # Tuesday, officials said on Wednesday"): it dates the saying, so the story's clock stays
    # on the earlier time.
    said: bool = False
    # A time the story's clock does not move to: the start of a state that lasts until now
    # ("drones launched since Thursday evening"), or the time of a background clause set
    # against the sentence's own time ("passed early on Thursday after a debate that began at
    # 10 a.m. on Wednesday": a bare "5:40 a.m." next is Thursday's; "will walk out on Sunday,
    # after talks broke down on Tuesday").
    background: bool = False
    # An offset of one unit before an event's noun phrase ("the day before the shooting"): its
    # value counts from the time in focus, as annotators read it; events count from the event.
    event: bool = False
    # A relation to an event named after it, with no calendar word ("on the eve of the summit":
    # a day before it): events are dated by it, but TimeML tags no TIMEX3 there.
    relation_only: bool = False
    # A range "Monday to Friday": this spec is its start, `until` its end; `parts` are where the
    # start's text ends and the end's text begins, counted in the mention's text (for a chained
    # offset, where the offset's text ends and its base's begins).
    until: TimeSpec | None = None
    parts: tuple[int, int] | None = None
    # A chained offset "three days after Easter": this spec is the offset, `base` the time it
    # counts from.
    base: TimeSpec | None = None


class TimeValue(Frozen):
    """What we concluded: an interval [start, end) with its grain, TIMEX3 value and reason.

    "Friday", published Fri 2025-09-05 -> start 2025-09-05T00:00, end 2025-09-06T00:00, "day".
    """

    value: str
    start: datetime | None = None
    end: datetime | None = None
    grain: Grain | None = None
    mod: str | None = None
    tz: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: AnchorKind = "publication"
    anchor_time: datetime | None = None
    explanation: str = ""


class Mention(Frozen):
    """One temporal expression found in a text, with what it said and what it resolves to."""

    document: str | None = None
    span: tuple[int, int]
    text: str
    type: TimexType
    rule: str
    spec: TimeSpec
    time: TimeValue | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> str | None:
        return self.time.value if self.time else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mod(self) -> str | None:
        return self.time.mod if self.time else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def start(self) -> datetime | None:
        return self.time.start if self.time else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def end(self) -> datetime | None:
        return self.time.end if self.time else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grain(self) -> Grain | None:
        return self.time.grain if self.time else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def explanation(self) -> str:
        return self.time.explanation if self.time else ""


PublishedFrom = Literal["caller", "header", "metadata", "dateline", "dct", "default"]


class Article(Frozen):
    """One input document: its text and when it was published."""

    id: str = "document"
    text: str
    published: date | datetime | None = None
    published_from: PublishedFrom | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    place: str | None = None  # from a dateline: "MOSCOW"
    language: str = "en"


class Clause(Frozen):
    """A stretch of a sentence that can report one event, with its tense."""

    span: tuple[int, int]
    text: str
    tense: Tense
    connective: str | None = None  # the word that opened it: "after", "when", "and"


class Sentence(Frozen):
    """A sentence of an article, with offsets into the article text."""

    span: tuple[int, int]
    text: str
    clauses: list[Clause] = Field(default_factory=list)


class Relation(Frozen):
    """How an event's time was derived from another event's."""

    kind: Literal["before", "after", "since", "until", "during", "simultaneous"]
    target: str  # event id
    offset: str | None = None  # TIMEX3 duration: "P1D"


class EventTime(Frozen):
    """The time of an event: a resolved value plus the expression that dated it."""

    start: datetime
    end: datetime
    grain: Grain
    value: str
    mod: str | None = None
    expression: str | None = None
    explanation: str = ""
    how: Literal["expression", "relation", "focus", "merge"] = "expression"


class Report(Frozen):
    """One source's report of an event (kept for every source after a merge)."""

    document: str
    text: str
    span: tuple[int, int]
    time: EventTime | None = None


class Event(Frozen):
    """Something an article reports happening, dated or honestly undated."""

    id: str
    text: str  # the clause or sentence; after a merge, every source's report joined by " | "
    document: str
    documents: list[str]
    span: tuple[int, int]
    sentence: int
    time: EventTime | None = None
    relation: Relation | None = None
    scheduled: bool = False
    reports: list[Report] = Field(default_factory=list)
    headline: str | None = None  # the report that dates a merged event, shown for it
    conflict: bool = False
    conflicting_times: list[Report] = Field(default_factory=list)
    # Why the reports of a merged event were joined, one line per join of two reports: their
    # documents, how their times agree, the words they share.
    merged_because: list[str] = Field(default_factory=list)


class DocumentInfo(Frozen):
    """A document of a timeline: id, date and where that date came from."""

    id: str
    published: date | datetime | None
    published_from: PublishedFrom | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    place: str | None = None
    characters: int = 0


class Timeline(Frozen):
    """Documents, their events in chronological order (undated last), and all mentions."""

    documents: list[DocumentInfo]
    events: list[Event]
    mentions: list[Mention]
    title: str | None = None
