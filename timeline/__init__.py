"""timeline: turn news articles into a dated, ordered event timeline.

    import timeline
    mentions = timeline.tag("Putin warned on Friday.", "2025-09-05")
    chronology = timeline.build_timeline(timeline.read("article.txt"))
    timeline.render_png(chronology, "out/timeline.png")

Functions are imported on first use so that `import timeline` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from timeline.errors import (
    DateError,
    FormatError,
    InputError,
    OutputError,
    TimelineError,
)
from timeline.models import (
    Article,
    DocumentInfo,
    Event,
    EventTime,
    Grain,
    Mention,
    Relation,
    Report,
    Settings,
    Timeline,
    TimeSpec,
    TimeValue,
    TimexType,
)

if TYPE_CHECKING:
    from timeline.evaluate import evaluate_dir
    from timeline.merge import filter_entities
    from timeline.pipeline import build_timeline
    from timeline.read import read, read_many
    from timeline.render.json import render_timeline_json
    from timeline.render.png import render_png
    from timeline.render.table import render_csv, render_markdown
    from timeline.render.text import render_text
    from timeline.tagger import tag

_LAZY = {
    "build_timeline": "timeline.pipeline",
    "evaluate_dir": "timeline.evaluate",
    "filter_entities": "timeline.merge",
    "read": "timeline.read",
    "read_many": "timeline.read",
    "render_csv": "timeline.render.table",
    "render_markdown": "timeline.render.table",
    "render_png": "timeline.render.png",
    "render_text": "timeline.render.text",
    "render_timeline_json": "timeline.render.json",
    "tag": "timeline.tagger",
}

__all__ = [
    "Article",
    "DateError",
    "DocumentInfo",
    "Event",
    "EventTime",
    "FormatError",
    "Grain",
    "InputError",
    "Mention",
    "OutputError",
    "Relation",
    "Report",
    "Settings",
    "TimeSpec",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "TimexType",
    "build_timeline",
    "evaluate_dir",
    "filter_entities",
    "read",
    "read_many",
    "render_csv",
    "render_markdown",
    "render_png",
    "render_text",
    "render_timeline_json",
    "tag",
]


def __getattr__(name: str) -> Any:
    """Import a public function on first use: timeline.tag -> timeline.tagger.tag."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
