"""The public API: what `timeline` exports is locked, and each export works."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import timeline

EXPECTED = [
    "Article", "DateError", "DocumentInfo", "Event", "EventTime", "FormatError", "Grain",
    "InputError", "Mention", "OutputError", "Relation", "Report", "Settings", "TimeSpec",
    "TimeValue", "Timeline", "TimelineError", "TimexType", "build_timeline", "evaluate_dir",
    "filter_entities", "read", "read_many", "render_csv", "render_markdown", "render_png",
    "render_text", "render_timeline_json", "tag",
]


def test_all_is_locked() -> None:
    assert timeline.__all__ == EXPECTED


def test_every_export_resolves() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None, name


def test_tag_through_the_package() -> None:
    mentions = timeline.tag("The mayor resigned on Friday.", "2025-09-05")
    assert [(m.text, m.value) for m in mentions] == [("Friday", "2025-09-05")]


def test_build_timeline_through_the_package() -> None:
    article = timeline.Article(id="a.txt", text="The mayor resigned on Thursday.",
                               published=date(2025, 9, 5))
    built = timeline.build_timeline([article])
    assert [(e.text, e.time.value if e.time else None) for e in built.events] == [
        ("The mayor resigned on Thursday", "2025-09-04")]


def test_import_is_light() -> None:
    code = ("import sys, timeline; heavy = [m for m in ('matplotlib', 'dateparser', "
            "'trafilatura', 'timeline.tagger', 'timeline.pipeline') if m in sys.modules]; "
            "print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
