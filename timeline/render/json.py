"""JSON output: the contract outside tools rely on (see docs/ARCHITECTURE.md)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from timeline.models import Mention


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
