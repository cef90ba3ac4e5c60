"""CSV and Markdown: one row per event with start, end, grain, value, text, documents."""

from __future__ import annotations

import csv
import io
from datetime import date

from timeline.models import Article
from timeline.pipeline import build_timeline
from timeline.render.table import COLUMNS, render_csv, render_markdown

TEXT = "Putin warned on Friday. Moscow has long rejected the idea | firmly."


def timeline():
    return build_timeline([Article(id="a.txt", text=TEXT, published=date(2025, 9, 5))])


def test_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(timeline()))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0] == {"id": "e1", "date": "Fri 5 Sep 2025", "start": "2025-09-05T00:00:00",
                       "end": "2025-09-06T00:00:00", "grain": "day", "value": "2025-09-05",
                       "scheduled": "", "text": "Putin warned on Friday", "documents": "a.txt"}
    assert rows[1]["date"] == "undated" and rows[1]["start"] == ""


def test_markdown_escapes_pipes() -> None:
    lines = render_markdown(timeline()).splitlines()
    assert lines[0] == "| id | date | start | end | grain | value | scheduled | text | documents |"
    assert lines[1] == "|---|---|---|---|---|---|---|---|---|"
    assert lines[2] == ("| e1 | Fri 5 Sep 2025 | 2025-09-05T00:00:00 | 2025-09-06T00:00:00 | day | "
                        "2025-09-05 |  | Putin warned on Friday | a.txt |")
    assert "rejected the idea \\| firmly" in lines[3]
