"""The chronology a person reads: one line per event, its date at its real precision.

    Documents:
      [1] sample.txt: published Fri 5 Sep 2025
    Fri 5 Sep 2025   Putin warned on Friday that ... [1]

Dated events come first in order, then those scheduled after publication, then the undated.
"""

from __future__ import annotations

import textwrap
from datetime import date, datetime

from timeline.models import DocumentInfo, Event, Timeline
from timeline.render.labels import date_label, day_text

WIDTH = 100
_MAX_LABEL = 40


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


_DATE_SOURCES = {
    "caller": "given with --published",
    "header": "from its Published: header",
    "metadata": "from its metadata",
    "dateline": "from its dateline",
    "dct": "from its TimeML creation time",
    "default": "by default",
}


def _document_line(number: int, doc: DocumentInfo, explain: bool = False) -> str:
    """ "[1] a.txt: “Title”, published Fri 5 Sep 2025" (+ " (from its metadata)" to explain)."""
    parts = [f"[{number}] {doc.id}"]
    details = []
    if doc.title:
        details.append(f"“{doc.title}”")
    day = _day(doc.published)
    if day is not None:
        source = _DATE_SOURCES.get(doc.published_from or "")
        details.append(f"published {day_text(day)}" + (f" ({source})" if explain and source
                                                         else ""))
    return parts[0] + (": " + ", ".join(details) if details else "")


def _lines(label: str, text: str, width: int, refs: str) -> list[str]:
    body_width = max(40, WIDTH - width - 2)
    wrapped = textwrap.wrap(f"{text} {refs}", width=body_width, break_long_words=False,
                            break_on_hyphens=False) or [refs]
    pad = " " * (width + 2)
    head = f"{label:<{width}}  " if len(label) <= width else f"{label}  "
    return [head + wrapped[0], *(pad + line for line in wrapped[1:])]


def _explain(event: Event, width: int) -> list[str]:
    pad = " " * (width + 4)
    if event.time is None:
        why = "undated: no expression, relation or story focus dates it"
    else:
        why = event.time.explanation or f'dated by "{event.time.expression}"'
    lines = textwrap.wrap(f"why: {why}", width=max(WIDTH, width + 44),
                          initial_indent=pad, subsequent_indent=pad + "     ",
                          break_long_words=False, break_on_hyphens=False)
    for reason in event.merged_because:
        lines.extend(textwrap.wrap(f"merged: {reason}", width=max(WIDTH, width + 44),
                                   initial_indent=pad, subsequent_indent=pad + "        ",
                                   break_long_words=False, break_on_hyphens=False))
    return lines


def _conflict(event: Event, numbers: dict[str, int], published: dict[str, date | None],
              width: int) -> list[str]:
    """ "sources disagree: [2] dates it Thu 4 Sep 2025" under a contradicted event."""
    pad = " " * (width + 4)
    dates = [f"[{numbers.get(r.document, '?')}] dates it "
             f"{date_label(r.time, published.get(r.document))}"
             for r in event.conflicting_times if r.time is not None]
    return textwrap.wrap("sources disagree: " + "; ".join(dates), width=max(WIDTH, width + 44),
                         initial_indent=pad, subsequent_indent=pad + "  ")


def render_text(timeline: Timeline, explain: bool = False) -> str:
    """The chronology as text; `explain` adds the reasoning under each event.

    A timeline of "Putin warned on Friday." published Fri 2025-09-05 ->
    "Fri 5 Sep 2025  Putin warned on Friday [1]".
    """
    numbers = {doc.id: n for n, doc in enumerate(timeline.documents, start=1)}
    published = {doc.id: _day(doc.published) for doc in timeline.documents}
    out: list[str] = []
    if timeline.title:
        out.append(timeline.title)
        out.append("")
    out.append("Documents:")
    out.extend("  " + _document_line(numbers[d.id], d, explain) for d in timeline.documents)
    dated = [e for e in timeline.events if e.time is not None and not e.scheduled]
    scheduled = [e for e in timeline.events if e.time is not None and e.scheduled]
    undated = [e for e in timeline.events if e.time is None]
    labels = {e.id: date_label(e.time, published.get(e.document))  # type: ignore[arg-type]
              for e in (*dated, *scheduled)}
    width = min(_MAX_LABEL, max((len(label) for label in labels.values()), default=0))
    width = max(width, 8)
    out.append(f"Events: {len(dated)} dated, {len(scheduled)} scheduled, {len(undated)} undated")
    for heading, events in (("", dated), ("Scheduled", scheduled), ("Undated", undated)):
        if not events:
            continue
        out.append("")
        if heading:
            out.append(f"{heading}:")
        previous = None
        for event in events:
            label = labels.get(event.id, "")
            shown = "" if label == previous else label
            previous = label
            refs = "[" + ",".join(str(numbers.get(d, "?")) for d in event.documents) + "]"
            if len(event.documents) > 1:
                refs += f" ({len(event.documents)} sources)"
            text = event.headline or event.text
            indent = width if label and heading != "Undated" else 0
            out.extend(_lines(shown if heading != "Undated" else "", text, indent, refs))
            if event.conflict:
                out.extend(_conflict(event, numbers, published, indent))
            if explain:
                out.extend(_explain(event, width if heading != "Undated" else 0))
    return "\n".join(out) + "\n"
