"""One row per event, as CSV or a Markdown table: id, date, start, end, grain, value, ...

A timeline with "Putin warned on Friday." (published Fri 2025-09-05) -> the row
e1, Fri 5 Sep 2025, 2025-09-05T00:00:00, 2025-09-06T00:00:00, day, 2025-09-05, ...
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from timeline.models import Event, Timeline
from timeline.render.labels import date_label

COLUMNS = ("id", "date", "start", "end", "grain", "value", "scheduled", "text", "documents")


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def rows(timeline: Timeline) -> list[dict[str, str]]:
    """The rows of a timeline, values as strings; undated events have empty date cells."""
    published = {doc.id: _day(doc.published) for doc in timeline.documents}
    result = []
    for event in timeline.events:
        result.append(_row(event, published.get(event.document)))
    return result


def _row(event: Event, published: date | None) -> dict[str, str]:
    time = event.time
    return {
        "id": event.id,
        "date": date_label(time, published) if time else "undated",
        "start": time.start.isoformat() if time else "",
        "end": time.end.isoformat() if time else "",
        "grain": time.grain.value if time else "",
        "value": time.value if time else "",
        "scheduled": "yes" if event.scheduled else "",
        "text": event.text,
        "documents": ";".join(event.documents),
    }


def render_csv(timeline: Timeline) -> str:
    """The events as CSV with a header row (RFC 4180 quoting, \\n line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(timeline))
    return buffer.getvalue()


def _cell(value: str) -> str:
    return " ".join(value.replace("\\", "\\\\").replace("|", "\\|").split())


def render_markdown(timeline: Timeline) -> str:
    """The events as a Markdown (GitHub) table; pipes in cells are escaped."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
    for row in rows(timeline):
        lines.append("| " + " | ".join(_cell(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"
