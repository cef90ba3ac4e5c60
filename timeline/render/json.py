"""JSON output: the contract outside tools rely on (see docs/ARCHITECTURE.md)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from timeline.models import DocumentInfo, Event, EventTime, Mention, Report, Timeline


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention as a JSON object: "Friday" -> {"text": "Friday", "value": "2025-09-05", ...}."""
    time = mention.time
    return {
        "document": mention.document,
        "text": mention.text,
        "span": list(mention.span),
        "type": mention.type.value,
        "value": time.value if time else None,
        "mod": time.mod if time else None,
        "start": _iso(time.start) if time else None,
        "end": _iso(time.end) if time else None,
        "grain": time.grain.value if time and time.grain else None,
        "tz": time.tz if time else None,
        "quant": time.quant if time else None,
        "freq": time.freq if time else None,
        "anchor": time.anchor if time else None,
        "rule": mention.rule,
        "explanation": time.explanation if time else "",
        "spec": mention.spec.model_dump(exclude_defaults=True),
    }


def render_mentions_json(mentions: list[Mention]) -> str:
    """Mentions alone as a JSON document {"mentions": [...]}."""
    return json.dumps({"mentions": [mention_record(m) for m in mentions]}, ensure_ascii=False,
                      indent=2)


def _event_time_record(time: EventTime | None) -> dict[str, Any] | None:
    if time is None:
        return None
    return {
        "start": _iso(time.start),
        "end": _iso(time.end),
        "grain": time.grain.value,
        "value": time.value,
        "mod": time.mod,
        "expression": time.expression,
        "explanation": time.explanation,
        "how": time.how,
    }


def _report_record(report: Report) -> dict[str, Any]:
    return {"document": report.document, "text": report.text, "span": list(report.span),
            "time": _event_time_record(report.time)}


def event_record(event: Event) -> dict[str, Any]:
    """One event as a JSON object: {"id": "e1", "text": ..., "documents": [...], "time": ...}."""
    return {
        "id": event.id,
        "text": event.text,
        "documents": list(event.documents),
        "document": event.document,
        "span": list(event.span),
        "sentence": event.sentence,
        "time": _event_time_record(event.time),
        "relation": event.relation.model_dump() if event.relation else None,
        "scheduled": event.scheduled,
        "reports": [_report_record(r) for r in event.reports],
        "conflict": event.conflict,
        "conflicting_times": [_report_record(r) for r in event.conflicting_times],
        "merged_because": list(event.merged_because),
    }


def document_record(document: DocumentInfo) -> dict[str, Any]:
    """One document as a JSON object: {"id": "a.txt", "published": "2025-09-05", ...}."""
    return {
        "id": document.id,
        "published": _iso(document.published),
        "published_from": document.published_from,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "place": document.place,
        "characters": document.characters,
    }


def render_timeline_json(timeline: Timeline) -> str:
    """A timeline as the JSON contract of docs/ARCHITECTURE.md: documents, mentions, events."""
    return json.dumps({
        "title": timeline.title,
        "documents": [document_record(d) for d in timeline.documents],
        "mentions": [mention_record(m) for m in timeline.mentions],
        "events": [event_record(e) for e in timeline.events],
    }, ensure_ascii=False, indent=2)
