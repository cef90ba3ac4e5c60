"""timeline: turn news articles into a dated, ordered event timeline."""

from __future__ import annotations

from timeline.errors import DateError, FormatError, InputError, OutputError, TimelineError
from timeline.models import (
    Article,
    Event,
    EventTime,
    Grain,
    Mention,
    Settings,
    Timeline,
    TimeSpec,
    TimeValue,
    TimexType,
)

__all__ = [
    "Article",
    "DateError",
    "Event",
    "EventTime",
    "FormatError",
    "Grain",
    "InputError",
    "Mention",
    "OutputError",
    "Settings",
    "TimeSpec",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "TimexType",
]
