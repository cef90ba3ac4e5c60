"""The picture: every dated event on a time axis, gaps cut out, labels that never overlap."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from timeline.errors import OutputError
from timeline.models import DocumentInfo, Event, EventTime, Grain, Timeline
from timeline.render.png import _draw, _Drawing, _gap_words, _place, render_png

BASELINE = Path(__file__).parent / "baseline" / "render_small.png"
IMAGE_TOLERANCE = 2.0  # RMS difference of pixel values (0-255) allowed against the baseline
SENTENCES = (
    "Russian forces struck an energy facility in the Kharkiv region overnight, officials said",
    "The president said talks would resume only after a ceasefire was agreed by both sides",
    "Parliament voted 312 to 140 to approve the emergency budget",
    "Protesters gathered outside the ministry demanding the release of detained journalists",
    "The central bank raised its key rate by half a percentage point",
    "A delegation arrived in Geneva for a new round of negotiations",
)


# -- timelines built by hand ------------------------------------------------------------------


def at(start: datetime, end: datetime, grain: Grain, value: str, mod: str | None = None):
    """An EventTime, briefly."""
    return EventTime(start=start, end=end, grain=grain, value=value, mod=mod)


def on(y: int, m: int, d: int) -> EventTime:
    """A whole day."""
    start = datetime(y, m, d)
    return at(start, start + timedelta(days=1), Grain.DAY, start.strftime("%Y-%m-%d"))


def event(
    ident: str, text: str, doc: str, time: EventTime | None, *, scheduled: bool = False
) -> Event:
    return Event(
        id=ident,
        text=text,
        document=doc,
        documents=[doc],
        span=(0, len(text)),
        sentence=0,
        time=time,
        scheduled=scheduled,
    )


def chronological(events: list[Event]) -> list[Event]:
    """Dated events by time, undated ones last (as the pipeline orders them)."""
    dated = sorted((e for e in events if e.time), key=lambda e: (e.time.start, e.time.end))  # type: ignore[union-attr]
    return dated + [e for e in events if e.time is None]


def mixed() -> Timeline:
    """One event in 2022, twenty in one week of 2025, one scheduled, three undated, two docs."""
    docs = [
        DocumentInfo(id="kyiv.txt", published=date(2025, 9, 5), title="Kyiv braces for winter"),
        DocumentInfo(id="wire.txt", published=date(2025, 9, 6), title="Talks stall"),
    ]
    events = [event("e0", "Russia launched its full-scale invasion", "kyiv.txt", on(2022, 2, 24))]
    for i in range(20):
        day = 1 + i % 6
        if i % 5 == 4:
            start = datetime(2025, 9, day, 9 + i % 8)
            time = at(start, start + timedelta(hours=1), Grain.HOUR, f"{start:%Y-%m-%dT%H:00}")
        else:
            time = on(2025, 9, day)
        doc = docs[i % 2].id
        events.append(event(f"w{i}", SENTENCES[i % len(SENTENCES)], doc, time))
    events.append(
        event(
            "week",
            "Strikes intensified earlier this week",
            "kyiv.txt",
            at(datetime(2025, 9, 1), datetime(2025, 9, 5), Grain.WEEK, "2025-W36"),
        )
    )
    events.append(
        event(
            "night",
            "Sirens sounded across the capital overnight",
            "wire.txt",
            at(datetime(2025, 9, 4, 18), datetime(2025, 9, 5, 9), Grain.PARTOFDAY, "2025-09-04TNI"),
        )
    )
    events.append(
        event("vote", "Ministers will meet on Tuesday", "wire.txt", on(2025, 9, 9), scheduled=True)
    )
    for i, text in enumerate(
        ["Moscow has long rejected talks", "Kyiv asked for air defence", "Millions are displaced"]
    ):
        events.append(event(f"u{i}", text, docs[i % 2].id, None))
    return Timeline(documents=docs, events=chronological(events), mentions=[])


def clustered(n: int, seed: int = 3) -> Timeline:
    """n events with clustered dates: most in one week, some years before, some weeks after."""
    rnd = random.Random(seed)
    docs = [
        DocumentInfo(id=f"doc{i}.txt", published=date(2025, 9, 5 + i), title=f"Report {i}")
        for i in range(3)
    ]
    events = []
    for i in range(n):
        roll = rnd.random()
        if roll < 0.06:
            time = on(2022, rnd.randint(1, 12), rnd.randint(1, 28))
        elif roll < 0.12:
            month = rnd.randint(1, 6)
            time = at(
                datetime(2024, month, 1),
                datetime(2024, month + 1, 1),
                Grain.MONTH,
                f"2024-{month:02d}",
            )
        elif roll < 0.8:
            time = on(2025, 9, rnd.randint(1, 7))
        elif roll < 0.9:
            start = datetime(2025, 9, rnd.randint(1, 7), rnd.randint(0, 23))
            time = at(start, start + timedelta(hours=1), Grain.HOUR, f"{start:%Y-%m-%dT%H:00}")
        else:
            time = on(2025, 10, rnd.randint(1, 28))
        words = rnd.choice(SENTENCES).split()[: rnd.randint(3, 15)]
        events.append(
            event(
                f"e{i}",
                " ".join(words),
                docs[i % 3].id,
                time,
                scheduled=time.start > datetime(2025, 9, 8),
            )
        )
    for i in range(max(n // 10, 1)):
        events.append(event(f"u{i}", rnd.choice(SENTENCES), docs[i % 3].id, None))
    return Timeline(documents=docs, events=chronological(events), mentions=[])


def small() -> Timeline:
    """The fixed timeline of the baseline image."""
    doc = DocumentInfo(id="budget.txt", published=date(2025, 9, 5), title="Budget passes")
    events = [
        event("a", "The budget was first proposed", doc.id, on(2024, 11, 12)),
        event(
            "b",
            "Talks dragged on through late February",
            doc.id,
            at(datetime(2025, 2, 19), datetime(2025, 3, 1), Grain.MONTH, "2025-02", "END"),
        ),
        event("c", "Parliament voted 312 to 140 to approve the budget", doc.id, on(2025, 9, 4)),
        event(
            "d",
            "The finance minister spoke at 15:00",
            doc.id,
            at(datetime(2025, 9, 5, 15), datetime(2025, 9, 5, 16), Grain.HOUR, "2025-09-05T15:00"),
        ),
        event("e", "The president will sign it next week", doc.id, on(2025, 9, 9), scheduled=True),
        event("f", "The opposition has long opposed the plan", doc.id, None),
    ]
    return Timeline(documents=[doc], events=chronological(events), mentions=[])


# -- geometry helpers ------------------------------------------------------------------------


def drawn(timeline: Timeline, **options: object) -> _Drawing:
    """Lay out and draw, so that text extents are what matplotlib reports after drawing."""
    drawing = _draw(timeline, **options)  # type: ignore[arg-type]
    drawing.figure.canvas.draw()
    return drawing


def laid_out(timeline: Timeline, **options: object) -> _Drawing:
    """Lay out only (no pixels): enough to check texts, marks and gaps."""
    return _draw(timeline, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def mixed_layout() -> _Drawing:
    return laid_out(mixed())


def overlaps(a, b) -> bool:
    """Whether two boxes share some area (touching edges do not count)."""
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def first_overlap(boxes: list) -> tuple[int, int] | None:
    """Indexes of two overlapping boxes, if any (sweep along x)."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].x0)
    active: list[int] = []
    for i in order:
        active = [j for j in active if boxes[j].x1 > boxes[i].x0]
        for j in active:
            if overlaps(boxes[i], boxes[j]):
                return j, i
        active.append(i)
    return None


# -- layout: overlap, gaps, precision ---------------------------------------------------------


@pytest.mark.parametrize("n", [1, 10, 50, 200])
def test_labels_never_overlap_each_other_or_the_axis(n: int) -> None:
    drawing = drawn(clustered(n))
    texts = drawing.event_texts + drawing.undated_texts + drawing.axis_texts
    texts += drawing.header_texts
    boxes = [text.get_window_extent() for text in texts if text.get_text()]
    clash = first_overlap(boxes)
    assert clash is None, [texts[i].get_text() for i in clash]
    strip = drawing.strip_bbox()
    for text in texts:
        assert not overlaps(text.get_window_extent(), strip), text.get_text()
    figure_box = drawing.figure.bbox
    for box in boxes:
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1
        assert figure_box.y0 <= box.y0 and box.y1 <= figure_box.y1
    dated = [e for e in clustered(n).events if e.time]
    assert set(drawing.anchors) == {e.id for e in dated}


@pytest.mark.parametrize("width", [4.0, 6.0, 12.0])
def test_labels_never_overlap_at_any_width(width: float) -> None:
    drawing = drawn(mixed(), width=width)
    texts = drawing.event_texts + drawing.undated_texts + drawing.axis_texts
    texts += drawing.header_texts
    boxes = [t.get_window_extent() for t in texts]
    clash = first_overlap(boxes)
    assert clash is None, [texts[i].get_text() for i in clash]
    assert all(0 <= box.x0 and box.x1 <= drawing.figure.bbox.x1 for box in boxes)


def test_long_empty_stretch_becomes_a_break_that_states_the_gap(mixed_layout: _Drawing) -> None:
    drawing = mixed_layout
    assert drawing.gaps[0] == "3½ years"
    axis_texts = [t.get_text() for t in drawing.axis_texts]
    assert "3½ years" in axis_texts
    assert len(drawing.segments) >= 2
    # The week keeps most of the axis: its twenty events do not collapse into one column.
    week = [y for ident, y in drawing.anchors.items() if ident.startswith("w")]
    axis = drawing.segments[-1].y1 - drawing.segments[0].y0
    assert max(week) - min(week) > 0.5 * axis
    assert len({round(y) for y in week}) >= 6


def test_time_is_proportional_inside_a_stretch(mixed_layout: _Drawing) -> None:
    drawing = mixed_layout
    days = {}
    for e in mixed().events:
        if e.id.startswith("w") and e.time and e.time.grain is Grain.DAY:
            days[e.time.start] = drawing.anchors[e.id]
    starts = sorted(days)
    steps = [days[b] - days[a] for a, b in itertools.pairwise(starts)]
    assert all(step > 0 for step in steps)
    assert max(steps) - min(steps) < 0.01 * max(steps)  # equal days, equal distances


def test_events_are_in_time_order_on_the_axis() -> None:
    timeline = clustered(50)
    drawing = laid_out(timeline)
    order = sorted(
        (e for e in timeline.events if e.time),
        key=lambda e: e.time.start + (e.time.end - e.time.start) / 2,  # type: ignore[union-attr]
    )
    ys = [drawing.anchors[e.id] for e in order]
    assert ys == sorted(ys)


def test_precision_and_tense_show_in_the_marks(mixed_layout: _Drawing) -> None:
    drawing = mixed_layout
    assert drawing.shapes["w0"] == "point"
    assert drawing.shapes["w4"] == "point"  # a clock time is exact too
    assert drawing.shapes["week"] == "bar"
    assert drawing.shapes["night"] == "bar"
    assert drawing.shapes["vote"] == "hollow point"
    dates = {t.get_text() for t in drawing.event_texts}
    assert "week of 1 Sep 2025\n(before Fri 5 Sep)" in dates
    assert "Tue 9 Sep 2025\nscheduled" in dates


def test_publication_dates_are_marked(mixed_layout: _Drawing) -> None:
    axis_texts = [t.get_text() for t in mixed_layout.axis_texts]
    assert "published Fri 5 Sep 2025" in axis_texts
    assert "published Sat 6 Sep 2025" in axis_texts


def test_title_legend_and_date_range(mixed_layout: _Drawing) -> None:
    header = [t.get_text() for t in mixed_layout.header_texts]
    assert header[0] == "Kyiv braces for winter; Talks stall"
    assert header[1].startswith("Thu 24 Feb 2022 – Tue 9 Sep 2025")
    assert "Kyiv braces for winter — published Fri 5 Sep 2025" in header
    assert "Talks stall — published Sat 6 Sep 2025" in header
    given = laid_out(mixed(), title="The war in September")
    assert given.header_texts[0].get_text() == "The war in September"
    titled = mixed().model_copy(update={"title": "Energy war"})
    assert laid_out(titled).header_texts[0].get_text() == "Energy war"


def test_one_document_needs_no_legend() -> None:
    header = [t.get_text() for t in laid_out(small()).header_texts]
    assert header[0] == "Budget passes"
    assert "published Fri 5 Sep 2025" in header[1]
    assert not any("—" in text for text in header)


def test_undated_events_have_their_own_panel(mixed_layout: _Drawing) -> None:
    undated = [t.get_text() for t in mixed_layout.undated_texts]
    assert undated[0].startswith("Undated events (3)")
    assert "Moscow has long rejected talks" in undated
    many = [event(f"x{i}", f"Generic statement {i}", "kyiv.txt", None) for i in range(20)]
    crowded = mixed().model_copy(update={"events": mixed().events + many})
    few = [t.get_text() for t in laid_out(crowded, max_undated=5).undated_texts]
    assert len(few) == 1 + 5 + 1
    assert few[-1].startswith("… and 18 more undated events")


def test_empty_and_undated_only_timelines_draw() -> None:
    empty = Timeline(documents=[], events=[], mentions=[])
    assert [t.get_text() for t in drawn(empty).axis_texts] == ["No events found."]
    only = mixed().model_copy(update={"events": [e for e in mixed().events if e.time is None]})
    assert [t.get_text() for t in drawn(only).axis_texts] == ["No dated events."]
    assert next(t.get_text() for t in drawn(only).undated_texts).startswith("Undated events (3)")


def test_place_keeps_order_and_room() -> None:
    assert _place([0, 1], [10, 10], 2, 0, 100) == [0.0, 12.0]
    tops = _place([50, 50, 50], [10, 10, 10], 2, 0, 100)
    assert tops == [38.0, 50.0, 62.0]
    assert _place([95, 96], [10, 10], 2, 0, 100) == [78.0, 90.0]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (5 * 3600, "5 hours"),
        (12 * 86400, "12 days"),
        (150 * 86400, "5 months"),
        (3 * 365.25 * 86400, "3 years"),
        (3.5 * 365.25 * 86400, "3½ years"),
    ],
)
def test_gap_words(seconds: float, words: str) -> None:
    assert _gap_words(seconds) == words


# -- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_each_format_is_written_valid_and_reproducible(tmp_path: Path, suffix: str) -> None:
    first = render_png(mixed(), tmp_path / "a" / f"timeline{suffix}")
    second = render_png(mixed(), tmp_path / "b" / f"timeline{suffix}")
    data = first.read_bytes()
    assert data == second.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        from PIL import Image

        with Image.open(first) as image:
            image.verify()
        assert b"Software" not in data
    elif suffix == ".svg":
        root = ET.fromstring(data)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert b"<dc:date>" not in data
    else:
        assert data.startswith(b"%PDF-")
        assert data.rstrip().endswith(b"%%EOF")
        assert b"/CreationDate" not in data
        assert b"/ModDate" not in data


def test_dollar_amounts_are_text_not_mathtext(tmp_path: Path) -> None:
    prices = "Crude rose $1.65 to $76.90 a barrel, and the 50% mark held at $_x^2$"
    timeline = small().model_copy(
        update={"events": [event("p1", prices, "budget.txt", on(2025, 9, 5))]}
    )
    assert render_png(timeline, tmp_path / "prices.png").stat().st_size > 0
    assert any("$76.90" in t.get_text() for t in drawn(timeline).event_texts)


def test_unknown_extension_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as raised:
        render_png(small(), tmp_path / "timeline.gif")
    assert "\n" not in str(raised.value)
    assert ".png, .svg or .pdf" in str(raised.value)


def test_unwritable_target_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError):
        render_png(small(), blocker / "timeline.png")


def test_matplotlib_is_imported_only_when_drawing() -> None:
    code = (
        "import sys, timeline, timeline.render.png, timeline.render.labels\n"
        "assert 'matplotlib' not in sys.modules, 'imported too early'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_baseline_image(tmp_path: Path) -> None:
    """The small fixed timeline looks as it did (update: TIMELINE_UPDATE_BASELINE=1)."""
    from matplotlib.testing.compare import compare_images

    actual = render_png(small(), tmp_path / "render_small.png", dpi=100)
    if os.environ.get("TIMELINE_UPDATE_BASELINE") or not BASELINE.exists():
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_bytes(actual.read_bytes())
        pytest.skip("baseline image written; check it and commit it")
    difference = compare_images(str(BASELINE), str(actual), tol=IMAGE_TOLERANCE)
    assert difference is None, difference
