"""Draw a timeline as a picture (png, svg or pdf); matplotlib is imported only when drawing.

Layout, top to bottom: title, date range, a legend of the documents, a key of the symbols; then a
vertical time axis (time flows downward) with one label row per event, grouped when events share a
date; then a panel of undated events. Long empty stretches of time are cut out of the axis and
replaced by a break that states the gap; inside each stretch time is proportional.

All layout is done in points (1/72 inch) in an axes covering the whole figure, y growing downward.
Text sizes come from the font's metrics before anything is placed (line heights calibrated on the
renderer), so labels are stacked without overlap; the tests check it on what matplotlib draws.
"""

from __future__ import annotations

import itertools
import statistics
import textwrap
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import OutputError
from timeline.models import GRAIN_ORDER, DocumentInfo, Event, Grain, Timeline
from timeline.render.labels import MONTHS_ABBR, date_label, day_text, naive

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
# Metadata that would differ between runs (or between installs) is removed: same input, same bytes.
_METADATA: dict[str, dict[str, str | None]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "timeline"},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": "timeline", "Producer": None},
}
FONT = "DejaVu Sans"
_RC = {
    "font.family": FONT,
    "svg.hashsalt": "timeline",
    "svg.fonttype": "path",
    "text.hinting": "none",
    "path.simplify": True,
}
PALETTE = tuple(  # matplotlib's tab10, then the light half of tab20
    "#1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b #e377c2 #7f7f7f #bcbd22 #17becf "
    "#aec7e8 #ffbb78 #98df8a #ff9896 #c5b0d5 #c49c94 #f7b6d2 #c7c7c7 #dbdb8d #9edae5".split()
)
INK, GREY, LIGHT = "#1a1a1a", "#666666", "#a8a8a8"

# Sizes in points.
MARGIN = 18.0
FS_TITLE, FS_SUB, FS_TEXT, FS_SMALL = 13.0, 8.5, 7.5, 7.0
ROW_PAD = 2.0  # between rows of one date group
GROUP_GAP = 5.0  # between date groups
LANE = 7.0  # width of a lane of span bars
BAR_W = 4.5
MIN_BAR = 6.0  # a span is never drawn shorter than this, so it never looks like a point
LEADER = 30.0  # room for the leader lines between the axis and the labels
MIN_SEGMENT = 28.0
BREAK_H = 34.0
MIN_AXIS = 150.0
BREAK_MIN_PT = 36.0  # a gap is cut when drawing it to scale would spend this much on emptiness
BREAK_FACTOR = 2.0  # ... and it is this many times longer than the typical gap (with 3+ gaps)
MAX_LANES = 6
MISSING_GLYPH = 1.1  # em
_POINT_GRAINS = {
    Grain.SECOND: timedelta(seconds=1),
    Grain.MINUTE: timedelta(minutes=1),
    Grain.HOUR: timedelta(hours=1),
    Grain.DAY: timedelta(days=1),
}
_EPOCH = datetime(1, 1, 1)


def _seconds(moment: datetime) -> float:
    """A datetime as seconds since year 1, for arithmetic on the axis."""
    return (moment - _EPOCH).total_seconds()


@dataclass
class _Mark:
    """One dated event, ready to draw."""

    event: Event
    start: datetime
    end: datetime
    anchor: datetime
    span: bool
    label: str
    color: str
    finest: Grain


@dataclass
class _Group:
    """Consecutive events with the same date: one date label, one mark, one row per event."""

    marks: list[_Mark]
    date_text: Text | None = None
    body_texts: list[Text] = field(default_factory=list)
    rows: list[float] = field(default_factory=list)
    height: float = 0.0
    segment: int = 0
    y_anchor: float = 0.0
    y_start: float = 0.0
    y_end: float = 0.0
    top: float = 0.0
    leader_x: float = 0.0

    @property
    def first(self) -> _Mark:
        return self.marks[0]


@dataclass
class _Segment:
    """A stretch of time drawn proportionally, between two breaks."""

    start: float
    end: float
    finest: Grain = Grain.CENTURY
    need: float = 0.0
    y0: float = 0.0
    y1: float = 0.0

    def y(self, seconds: float) -> float:
        """Where a time falls on the drawn axis, in points from the top."""
        pad = min(8.0, (self.y1 - self.y0) / 4)
        if self.end <= self.start:
            return (self.y0 + self.y1) / 2
        share = (seconds - self.start) / (self.end - self.start)
        return self.y0 + pad + min(max(share, 0.0), 1.0) * (self.y1 - self.y0 - 2 * pad)


@dataclass
class _Drawing:
    """A drawn figure plus what tests need to check it: its texts by role and the axis strip."""

    figure: Figure
    axes: Axes
    event_texts: list[Text]
    undated_texts: list[Text]
    axis_texts: list[Text]
    header_texts: list[Text]
    axis_strip: tuple[float, float, float, float]  # x0, y0, x1, y1 in layout points
    gaps: list[str]
    segments: list[_Segment]
    anchors: dict[str, float]  # event id -> y of its mark, layout points
    shapes: dict[str, str]  # event id -> "point", "bar", "hollow point" or "hatched bar"

    def strip_bbox(self) -> Bbox:
        """The axis line, marks and bars area in display pixels (call after drawing)."""
        from matplotlib.transforms import Bbox

        x0, y0, x1, y1 = self.axis_strip
        return Bbox(self.axes.transData.transform([(x0, y0), (x1, y1)]))


def render_png(
    timeline: Timeline,
    path: str | Path,
    *,
    title: str | None = None,
    width: float | None = None,
    dpi: int = 150,
    max_undated: int = 12,
) -> Path:
    """Draw `timeline` to a .png, .svg or .pdf file and return its path:
    render_png(timeline, "out/timeline.png") -> Path("out/timeline.png").
    """
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise OutputError(f"cannot draw {target}: the picture must end in .png, .svg or .pdf")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder {target.parent}: {exc.strerror or exc}") from None
    import matplotlib

    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        # DejaVu Sans lacks some scripts (CJK...): such glyphs show as boxes, without a warning.
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        drawing = _draw(timeline, title=title, width=width, dpi=dpi, max_undated=max_undated)
        try:
            extra = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
            drawing.figure.savefig(
                target, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white", **extra
            )
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def _draw(
    timeline: Timeline,
    *,
    title: str | None = None,
    width: float | None = None,
    dpi: int = 150,
    max_undated: int = 12,
) -> _Drawing:
    """Lay out and draw the timeline on a new figure: _draw(timeline).figure is a Figure."""
    import matplotlib

    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        painter = _Painter(timeline, title=title, width=width, dpi=dpi, max_undated=max_undated)
        return painter.paint()


class _Metrics:
    """Text sizes from the font's advance widths, with line heights measured once per style.

    Asking the renderer for every label costs about a millisecond each; this costs microseconds.
    Widths ignore kerning, which makes them a hair wider than drawn: safe for layout.
    """

    def __init__(self, measure: Any) -> None:
        self._measure = measure  # (sample, size, weight, style) -> height in points
        self._advances: dict[tuple[str, str], dict[str, float]] = {}
        self._lines: dict[tuple[float, str, str], tuple[float, float]] = {}

    def _advance(self, char: str, weight: str, style: str) -> float:
        """Advance width of a character, in points per point of font size."""
        table = self._advances.setdefault((weight, style), {})
        advance = table.get(char)
        if advance is None:
            from matplotlib import ft2font
            from matplotlib.font_manager import FontProperties, findfont, get_font

            flags = getattr(ft2font, "LoadFlags", None)
            no_hinting = flags.NO_HINTING if flags else ft2font.LOAD_NO_HINTING  # type: ignore[attr-defined]
            font = get_font(findfont(FontProperties(family=FONT, weight=weight, style=style)))
            font.set_size(100, 72)
            if font.get_char_index(ord(char)) == 0:
                advance = MISSING_GLYPH  # drawn by a fallback font, as a box about 1.1 em wide
            else:
                glyph = font.load_char(ord(char), flags=no_hinting)
                advance = glyph.linearHoriAdvance / 65536 / 100
            table[char] = advance
        return advance

    def width(self, line: str, size: float, weight: str = "normal", style: str = "normal") -> float:
        """Width of one line of text, in points."""
        return sum(self._advance(c, weight, style) for c in line) * size

    def fit(
        self,
        text: str,
        room: float,
        lines: int,
        size: float,
        weight: str = "normal",
        style: str = "normal",
    ) -> str:
        """Wrap `text` into at most `lines` lines no wider than `room` points, ending in "…" when
        cut (the picture's version of labels.short_text, by measured width, not characters).
        """

        def fits(line: str) -> bool:
            return self.width(line, size, weight, style) <= room

        space = self.width(" ", size, weight, style)
        wrapped: list[str] = []
        current, used = "", 0.0
        for word in text.split():
            word_width = self.width(word, size, weight, style)
            if current and used + space + word_width <= room:
                current, used = f"{current} {word}", used + space + word_width
                continue
            if current:
                wrapped.append(current)
            while len(word) > 1 and word_width > room:  # a word wider than the room is broken
                cut, taken = 0, 0.0
                for char in word:
                    taken += self._advance(char, weight, style) * size
                    if taken > room:
                        break
                    cut += 1
                cut = max(cut, 1)
                wrapped.append(word[:cut])
                word = word[cut:]
                word_width = self.width(word, size, weight, style)
            current, used = word, word_width
            if len(wrapped) > lines:
                break
        if current:
            wrapped.append(current)
        if len(wrapped) <= lines:
            return "\n".join(wrapped)
        kept, last = wrapped[: lines - 1], wrapped[lines - 1]
        while last and not fits(last.rstrip(" ,;:.-–—") + "…"):
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        kept.append(last.rstrip(" ,;:.-–—") + "…")
        return "\n".join(kept)

    def size(self, text: str, size: float, weight: str, style: str) -> tuple[float, float]:
        """Width and height in points of a (possibly multi-line) text."""
        lines = text.split("\n")
        width = max(self.width(line, size, weight, style) for line in lines)
        key = (size, weight, style)
        if key not in self._lines:
            one = self._measure("lp", size, weight, style)
            two = self._measure("lp\nlp", size, weight, style)
            self._lines[key] = (one, two - one)
        first, step = self._lines[key]
        return width, first + step * (len(lines) - 1)


class _Painter:
    """Builds one figure; each method lays out one part, top to bottom."""

    def __init__(
        self,
        timeline: Timeline,
        *,
        title: str | None,
        width: float | None,
        dpi: int,
        max_undated: int,
    ) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.timeline = timeline
        self.title = title
        self.width = max(width or 7.5, 4.0) * 72
        self.dpi = dpi
        self.max_undated = max(max_undated, 0)
        self.figure = Figure(figsize=(self.width / 72, 8), dpi=dpi, facecolor="white")
        FigureCanvasAgg(self.figure)
        self.axes = self.figure.add_axes((0, 0, 1, 1))
        self.axes.set_axis_off()
        self.axes.set_autoscale_on(False)  # limits are set once, at the end
        self.renderer: RendererBase = self.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        self.metrics = _Metrics(self._measure_for_real)
        self.docs = {doc.id: doc for doc in timeline.documents}
        self.colors = self._colors()
        self.event_texts: list[Text] = []
        self.undated_texts: list[Text] = []
        self.axis_texts: list[Text] = []
        self.header_texts: list[Text] = []
        self.gaps: list[str] = []
        self.segments: list[_Segment] = []
        self.right = self.width - MARGIN  # rightmost x any text reaches
        self.strip = (0.0, 0.0, 0.0, 0.0)
        self.shapes: dict[str, str] = {}

    # -- small tools --------------------------------------------------------------------------

    def _text(self, x: float, y: float, text: str, size: float, **style: Any) -> Text:
        """A text whose top-left corner (by default) is at (x, y), in points; "$" is a dollar."""
        style.setdefault("va", "top")
        style.setdefault("ha", "left")
        style.setdefault("color", INK)
        return self.axes.text(
            x,
            y,
            text,
            fontsize=size,
            fontfamily=FONT,
            linespacing=1.25,
            clip_on=False,
            parse_math=False,
            **style,
        )

    def _size(self, text: Text) -> tuple[float, float]:
        """Width and height of a text, in points."""
        return self.metrics.size(
            text.get_text(),
            float(text.get_fontsize()),
            str(text.get_fontweight()),
            str(text.get_fontstyle()),
        )

    def _measure(self, sample: str, size: float, **style: Any) -> tuple[float, float]:
        """Size a text would have."""
        return self.metrics.size(
            sample,
            size,
            str(style.get("fontweight", "normal")),
            str(style.get("fontstyle", "normal")),
        )

    def _measure_for_real(self, sample: str, size: float, weight: str, style: str) -> float:
        """Height of a text as the renderer reports it, in points."""
        text = self._text(0, 0, sample, size, fontweight=weight, fontstyle=style)
        height = text.get_window_extent(self.renderer).height * 72 / self.dpi
        text.remove()
        return height

    def _colors(self) -> dict[str, str]:
        """One colour per document, in the order the timeline lists them."""
        ids = [doc.id for doc in self.timeline.documents]
        for event in self.timeline.events:
            if event.document not in ids:
                ids.append(event.document)
        if len(ids) <= 1:
            return dict.fromkeys(ids, PALETTE[0])
        return {doc: PALETTE[i % len(PALETTE)] for i, doc in enumerate(ids)}

    def _published(self, document: str) -> date | None:
        """Publication day of a document, if known."""
        doc = self.docs.get(document)
        if doc is None or doc.published is None:
            return None
        published = doc.published
        return published.date() if isinstance(published, datetime) else published

    # -- the whole picture --------------------------------------------------------------------

    def paint(self) -> _Drawing:
        """Lay out every part and return the drawing."""
        sample = "The Parliament voted 312 to 140 on Friday, officials said; talks resume."
        self.char_width = self._measure(sample, FS_TEXT)[0] / len(sample)
        dated = [event for event in self.timeline.events if event.time is not None]
        undated = [event for event in self.timeline.events if event.time is None]
        self.marks = self._marks(dated)
        self.groups = self._groups(self.marks)
        self._prepare_axis()
        self.width = max(self.width, self.right + MARGIN)  # too narrow a width grows to fit
        y = self._header(MARGIN, dated, undated)
        y = self._finish_axis(y)
        y = self._undated(y, undated)
        height = y + MARGIN
        width = max(self.width, self.right + MARGIN)  # too narrow a width grows to fit
        self.figure.set_size_inches(width / 72, height / 72)
        self.axes.set_xlim(0, width)
        self.axes.set_ylim(height, 0)
        anchors = {mark.event.id: group.y_anchor for group in self.groups for mark in group.marks}
        return _Drawing(
            figure=self.figure,
            axes=self.axes,
            event_texts=self.event_texts,
            undated_texts=self.undated_texts,
            axis_texts=self.axis_texts,
            header_texts=self.header_texts,
            axis_strip=self.strip,
            gaps=self.gaps,
            segments=self.segments,
            anchors=anchors,
            shapes=self.shapes,
        )

    def _marks(self, dated: list[Event]) -> list[_Mark]:
        """Dated events in the order of their marks on the axis."""
        marks = []
        for event in dated:
            time = event.time
            assert time is not None
            start, end = naive(time.start), naive(time.end)
            end = max(end, start)
            grain = Grain(time.grain)
            unit = _POINT_GRAINS.get(grain)
            span = unit is None or end - start > unit
            if span or grain is Grain.DAY:
                anchor = start + (end - start) / 2
            else:
                anchor = start
            label = date_label(time, self._published(event.document))
            color = self.colors.get(event.document, PALETTE[0])
            marks.append(_Mark(event, start, end, anchor, span, label, color, grain))
        marks.sort(key=lambda m: (m.anchor, m.start, m.end))
        return marks

    def _groups(self, marks: list[_Mark]) -> list[_Group]:
        """Consecutive marks that share their interval, date label and tense form one group."""
        groups: list[_Group] = []
        for mark in marks:
            key = (mark.start, mark.end, mark.label, mark.event.scheduled)
            if groups:
                first = groups[-1].first
                if (first.start, first.end, first.label, first.event.scheduled) == key:
                    groups[-1].marks.append(mark)
                    continue
            groups.append(_Group([mark]))
        return groups

    # -- header -------------------------------------------------------------------------------

    def _title(self) -> str:
        """The title given, the timeline's, or one made from the documents' titles or ids."""
        if self.title:
            return self.title
        if self.timeline.title:
            return self.timeline.title
        names = [doc.title or doc.id for doc in self.timeline.documents]
        if not names:
            return "Timeline"
        if len(names) == 1:
            return names[0]
        if len(names) <= 3:
            return "; ".join(names)
        return f"{names[0]}; {names[1]} and {len(names) - 2} more documents"

    def _subtitle(self, dated: list[Event], undated: list[Event]) -> str:
        """Date range and counts: "March 2022 – Tue 9 Sep 2025 · 24 dated events, 3 undated"."""
        parts = []
        if self.marks:
            first = min(self.marks, key=lambda m: (m.start, m.end))
            last = max(self.marks, key=lambda m: (m.end, m.start))
            parts.append(first.label if first is last else f"{first.label} – {last.label}")
        counts = f"{len(dated)} dated event{'s' if len(dated) != 1 else ''}"
        if undated:
            counts += f", {len(undated)} undated"
        parts.append(counts)
        docs = self.timeline.documents
        if len(docs) == 1:
            published = self._published(docs[0].id)
            if published:
                parts.append(f"published {day_text(published)}")
        elif len(docs) > 1:
            parts.append(f"{len(docs)} documents")
        return " · ".join(parts)

    def _header(self, y: float, dated: list[Event], undated: list[Event]) -> float:
        """Title, subtitle, legend of documents and key of symbols; returns the y below them."""
        room = self.width - 2 * MARGIN
        title = self.metrics.fit(self._title(), room, 2, FS_TITLE, "bold")
        text = self._text(MARGIN, y, title, FS_TITLE, fontweight="bold")
        self.header_texts.append(text)
        y += self._size(text)[1] + 5
        subtitle = self.metrics.fit(self._subtitle(dated, undated), room, 2, FS_SUB)
        text = self._text(MARGIN, y, subtitle, FS_SUB, color=GREY)
        self.header_texts.append(text)
        y += self._size(text)[1] + 9
        docs = self.timeline.documents
        if len(docs) > 1:
            y = self._legend(y, docs)
        return self._key(y) + 10

    def _legend(self, y: float, docs: list[DocumentInfo]) -> float:
        """One row per document: its colour, name and publication date."""
        room = self.width - 2 * MARGIN - 14
        shown = docs if len(docs) <= 12 else docs[:11]
        for doc in shown:
            published = self._published(doc.id)
            when = f"published {day_text(published)}" if published else "publication date unknown"
            room_for_name = room - self.metrics.width(f" — {when}", FS_SMALL)
            name = self.metrics.fit(doc.title or doc.id, max(room_for_name, 60.0), 1, FS_SMALL)
            text = self._text(MARGIN + 14, y, f"{name} — {when}", FS_SMALL)
            height = self._size(text)[1]
            self.axes.scatter(
                [MARGIN + 5],
                [y + height / 2],
                s=36,
                marker="s",
                color=self.colors[doc.id],
                linewidths=0,
            )
            self.header_texts.append(text)
            y += height + 3
        if len(shown) < len(docs):
            text = self._text(
                MARGIN + 14,
                y,
                f"… and {len(docs) - len(shown)} more documents",
                FS_SMALL,
                color=GREY,
            )
            self.header_texts.append(text)
            y += self._size(text)[1] + 3
        return y + 6

    def _key(self, y: float) -> float:
        """A one-line key to the symbols used on the axis."""
        from matplotlib.patches import Rectangle

        items = [("point", "exact day or time"), ("bar", "span: week, month, part of day…")]
        if any(m.event.scheduled for m in self.marks):
            items.append(("scheduled", "scheduled (future)"))
        if self.marks and any(self._published(doc.id) for doc in self.timeline.documents):
            items.append(("published", "publication date"))
        if self.gaps:
            items.append(("gap", "long gap cut out"))
        x = MARGIN
        height = self._measure("Ag", FS_SMALL)[1]
        for kind, words in items:
            text = self._text(x + 14, y, words, FS_SMALL, color=GREY)
            text_width = self._size(text)[0]
            if x + 14 + text_width > self.width - MARGIN and x > MARGIN:
                x, y = MARGIN, y + height + 4
                text.set_position((x + 14, y))
            cy = y + height / 2
            if kind == "point":
                self.axes.scatter([x + 4], [cy], s=30, color=GREY, edgecolors="white", zorder=4)
            elif kind == "bar":
                self.axes.add_patch(Rectangle((x + 4 - BAR_W / 2, cy - 5), BAR_W, 10, color=GREY))
            elif kind == "scheduled":
                self.axes.scatter(
                    [x + 4], [cy], s=26, facecolors="white", edgecolors=GREY, linewidths=1.3
                )
            elif kind == "published":
                self.axes.scatter([x + 4], [cy], s=30, marker=">", color=GREY)
            else:
                self._break_symbol(x + 4, cy, GREY)
            self.header_texts.append(text)
            x += 14 + text_width + 14
        return y + height

    def _break_symbol(self, x: float, y: float, color: str) -> None:
        """Two slanted strokes across the axis: the axis is interrupted here."""
        self.axes.plot([x - 5, x + 5], [y - 1, y - 4], color=color, lw=1.1, solid_capstyle="butt")
        self.axes.plot([x - 5, x + 5], [y + 4, y + 1], color=color, lw=1.1, solid_capstyle="butt")

    # -- the time axis ------------------------------------------------------------------------

    def _prepare_axis(self) -> None:
        """Columns, label texts and the cut of the axis into segments (no vertical place yet)."""
        if not self.marks:
            return
        left_width = max(
            self._measure(sample, FS_SMALL)[0]
            for sample in ("published Wed 30 Sep 2025", "Wed 30 Sep 2025 23:59", "99½ years")
        )
        self.left = MARGIN + left_width  # right edge of tick labels
        lanes = self._lane_count()
        self.lanes = lanes
        self.axis_x = self.left + 8 + lanes * LANE + (4 if lanes else 2)
        docs_per_group = max(len({m.event.document for m in g.marks}) for g in self.groups)
        self.dot_step = 5.0
        self.x_bracket = self.axis_x + LEADER + min(docs_per_group - 1, 3) * self.dot_step
        self.x_date = self.x_bracket + 13
        self.line = self._measure("lp", FS_TEXT)[1]  # height of one line of a label
        self._label_texts()
        self._segments_and_breaks()

    def _finish_axis(self, top: float) -> float:
        """Place the axis and its labels below `top` and draw them; returns the y below."""
        if not self.marks:
            message = "No dated events." if self.timeline.events else "No events found."
            text = self._text(MARGIN, top, message, FS_SUB, color=GREY)
            self.axis_texts.append(text)
            return top + self._size(text)[1] + 6
        bottom = self._place_axis(top)
        self._draw_axis()
        return bottom + 8

    def _lane_count(self) -> int:
        """How many side-by-side lanes span bars need (bars that overlap in time)."""
        ends: list[datetime] = []
        for group in sorted(self.groups, key=lambda g: (g.first.start, g.first.end)):
            mark = group.first
            if not mark.span:
                continue
            for i, end in enumerate(ends):
                if end <= mark.start:
                    ends[i] = mark.end
                    break
            else:
                ends.append(mark.end)
        return min(len(ends) + (1 if ends else 0), MAX_LANES)

    def _label_texts(self) -> None:
        """Create the date and body texts of every group and measure their rows."""
        n = len(self.marks)
        # Fewer, shorter lines when there are many events: every glyph costs drawing time.
        lines = 3 if n <= 30 else 2 if n <= 80 else 1
        longest = 1000 if n <= 80 else 48 if n <= 150 else 36
        date_chars = 24
        wrapped: list[str] = []
        for group in self.groups:
            notes = []
            if group.first.event.scheduled:
                notes.append("scheduled")
            sources = max(len(set(m.event.documents)) for m in group.marks)
            if sources > 1:
                notes.append(f"{sources} sources")
            if any(m.event.conflict for m in group.marks):
                notes.append("sources disagree")
            label = "\n".join(textwrap.wrap(group.first.label, date_chars))
            if lines == 1:  # dense: the marks and the italics say "scheduled" already
                notes = []
            wrapped.append("\n".join([label, ", ".join(notes)]) if notes else label)
        date_texts = [
            self._text(self.x_date, 0, label, FS_TEXT, fontweight="bold") for label in wrapped
        ]
        date_width = max(self._size(text)[0] for text in date_texts)
        self.x_body = self.x_date + date_width + 9
        room = self.width - MARGIN - self.x_body
        room = min(max(room, 120.0), longest * self.char_width)
        for group, date_text in zip(self.groups, date_texts, strict=True):
            group.date_text = date_text
            date_height = self._size(date_text)[1]
            self.event_texts.append(date_text)
            for i, mark in enumerate(group.marks):
                style = "italic" if mark.event.scheduled else "normal"
                shown = mark.event.headline or mark.event.text
                body = self.metrics.fit(shown, room, lines, FS_TEXT, style=style)
                body = body or "(no text)"
                text = self._text(self.x_body, 0, body, FS_TEXT, fontstyle=style)
                body_width, body_height = self._size(text)
                self.right = max(self.right, self.x_body + body_width)
                group.body_texts.append(text)
                group.rows.append(max(body_height, date_height if i == 0 else 0.0))
                self.event_texts.append(text)
            group.height = sum(group.rows) + ROW_PAD * (len(group.rows) - 1)

    def _segments_and_breaks(self) -> None:
        """Cut the axis at long empty stretches; every group learns its segment."""
        # A coarse event (a month, a season) takes part in the layout by its first third only
        # (at least a day), so that one "August 2025" bar cannot stretch the axis over weeks of
        # empty days while twenty events crowd into its last two; its bar is cut at the break.
        spans: list[tuple[float, float, float]] = []
        for g in self.groups:
            start, end = _seconds(g.first.start), _seconds(g.first.end)
            spans.append((start, min(end, start + max(86400.0, (end - start) / 3)),
                          g.height + GROUP_GAP))
        published = {self._published(doc.id) for doc in self.timeline.documents} - {None}
        for day in published:
            assert day is not None
            start = _seconds(datetime.combine(day, datetime.min.time()))
            spans.append((start, start + 86400, 0.0))
        clusters: list[list[float]] = []  # [start, end, room the labels need]
        for start, end, need in sorted(spans):
            if clusters and start <= clusters[-1][1]:
                clusters[-1][1] = max(clusters[-1][1], end)
                clusters[-1][2] += need
            else:
                clusters.append([start, end, need])
        cuts = _cuts(clusters)
        segments = [_Segment(clusters[0][0], clusters[0][1])]
        for i in range(len(clusters) - 1):
            if i in cuts:
                self.gaps.append(_gap_words(clusters[i + 1][0] - clusters[i][1]))
                segments.append(_Segment(clusters[i + 1][0], clusters[i + 1][1]))
            else:
                segments[-1].end = clusters[i + 1][1]
        starts = [segment.start for segment in segments]
        for group in self.groups:
            index = max(_bisect(starts, _seconds(group.first.start)) - 1, 0)
            group.segment = index
            segment = segments[index]
            segment.need += group.height + GROUP_GAP
            segment.finest = min(segment.finest, group.first.finest, key=GRAIN_ORDER.__getitem__)
        for segment in segments:
            if segment.need == 0:  # only a publication day
                segment.finest = Grain.DAY
        self.segments = segments

    def _place_axis(self, top: float) -> float:
        """Give each segment its length, put marks on it and labels next to them."""
        segments = self.segments
        lengths = [max(s.need, MIN_SEGMENT) for s in segments]
        spare = MIN_AXIS - sum(lengths) - BREAK_H * (len(segments) - 1)
        if spare > 0:
            lengths = [length + spare / len(segments) for length in lengths]
        y = top + 6
        for segment, length in zip(segments, lengths, strict=True):
            segment.y0, segment.y1 = y, y + length
            y += length + BREAK_H
        bottom = segments[-1].y1 + 6
        for group in self.groups:
            segment = segments[group.segment]
            mark = group.first
            group.y_anchor = segment.y(_seconds(mark.anchor))
            group.y_start = segment.y(_seconds(mark.start))
            group.y_end = segment.y(_seconds(mark.end))
        # Labels stay beside their own segment (reaching at most halfway into a break), so a
        # crowded stretch never pushes the labels of another stretch away from their marks.
        tops: list[float] = []
        for index, segment in enumerate(segments):
            members = [g for g in self.groups if g.segment == index]
            if not members:
                continue
            low = top if index == 0 else segment.y0 - (BREAK_H - GROUP_GAP) / 2
            high = bottom if index == len(segments) - 1 else segment.y1 + (BREAK_H - GROUP_GAP) / 2
            wanted = [g.y_anchor - self._aim(g) for g in members]
            tops += _place(wanted, [g.height for g in members], GROUP_GAP, low, high)
        for group, group_top in zip(self.groups, tops, strict=True):
            group.top = group_top
            y = group_top
            assert group.date_text is not None
            group.date_text.set_y(y)
            for text, row in zip(group.body_texts, group.rows, strict=True):
                text.set_y(y)
                y += row + ROW_PAD
        self.area = (top, bottom)
        return bottom

    def _aim(self, group: _Group) -> float:
        """Where, below a group's top, its leader arrives: the date line, or the middle of a long
        group (so a crowded day pushes its neighbours both ways, not all one way).
        """
        return self.line / 2 if len(group.rows) <= 3 else group.height / 2

    def _draw_axis(self) -> None:
        """Axis line, breaks, ticks, publication marks, span bars, points and leader lines."""
        from matplotlib.collections import LineCollection, PatchCollection
        from matplotlib.patches import Rectangle

        ax, x = self.axes, self.axis_x
        lines = [[(x, s.y0), (x, s.y1)] for s in self.segments]
        ax.add_collection(LineCollection(lines, colors="#444444", linewidths=1.2, zorder=2))
        for i, words in enumerate(self.gaps):
            y0, y1 = self.segments[i].y1, self.segments[i + 1].y0
            ax.plot([x, x], [y0, y1], color=LIGHT, lw=1.0, ls=(0, (1, 2)), zorder=2)
            middle = (y0 + y1) / 2
            self._break_symbol(x, middle, "#444444")
            text = self._text(
                self.left,
                middle,
                words,
                FS_SMALL,
                ha="right",
                va="center",
                color=GREY,
                fontstyle="italic",
            )
            self.axis_texts.append(text)
        taken = [(t.get_position()[1] - 6.0, t.get_position()[1] + 6.0) for t in self.axis_texts]
        self._publication_marks(taken)
        self._ticks(taken)
        # Span bars in lanes left of the axis, assigned where they do not overlap on the page.
        patches = []
        lane_ends: list[float] = []
        x_bars = self.axis_x
        bars = []
        for group in self.groups:
            if group.first.span:
                y0, y1 = group.y_start + 0.8, group.y_end - 0.8
                if y1 - y0 < MIN_BAR:
                    y0, y1 = group.y_anchor - MIN_BAR / 2, group.y_anchor + MIN_BAR / 2
                bars.append((y0, y1, group))
        bars.sort(key=lambda bar: (bar[0], bar[1]))
        for y0, y1, group in bars:
            mark = group.first
            lane = next((i for i, end in enumerate(lane_ends) if end + 0.5 <= y0), None)
            if lane is None:
                if len(lane_ends) < self.lanes:
                    lane_ends.append(y1)
                    lane = len(lane_ends) - 1
                else:
                    lane = min(range(len(lane_ends)), key=lane_ends.__getitem__)
            lane_ends[lane] = max(lane_ends[lane], y1)
            cx = self.axis_x - 6 - lane * LANE - BAR_W / 2
            x_bars = min(x_bars, cx - BAR_W / 2)
            corner, height = (cx - BAR_W / 2, y0), y1 - y0
            if mark.event.scheduled:  # an outline, hatched: planned, not yet happened
                ax.add_patch(
                    Rectangle(
                        corner,
                        BAR_W,
                        height,
                        facecolor="white",
                        edgecolor=mark.color,
                        linewidth=0.9,
                        hatch="/////",
                        zorder=3,
                    )
                )
            else:
                patches.append(Rectangle(corner, BAR_W, height, facecolor=mark.color, lw=0))
            shape = "hatched bar" if mark.event.scheduled else "bar"
            self.shapes.update((m.event.id, shape) for m in group.marks)
            group.leader_x = cx + BAR_W / 2
        if patches:
            ax.add_collection(PatchCollection(patches, match_original=True, zorder=3, alpha=0.9))
        # Points on the axis line: one per document of the group, side by side.
        filled: list[tuple[float, float, str]] = []
        hollow: list[tuple[float, float, str]] = []
        x_points = self.axis_x
        for group in self.groups:
            if group.first.span:
                continue
            docs = list(dict.fromkeys(m.event.document for m in group.marks))[:4]
            for j, doc in enumerate(docs):
                color = self.colors.get(doc, PALETTE[0])
                target = hollow if group.first.event.scheduled else filled
                target.append((self.axis_x + j * self.dot_step, group.y_anchor, color))
                x_points = max(x_points, self.axis_x + j * self.dot_step)
            group.leader_x = self.axis_x + (len(docs) - 1) * self.dot_step + 3.5
            shape = "hollow point" if group.first.event.scheduled else "point"
            self.shapes.update((m.event.id, shape) for m in group.marks)
        if filled:
            xs, ys, cs = zip(*filled, strict=True)
            ax.scatter(xs, ys, s=30, c=cs, edgecolors="white", linewidths=0.7, zorder=4)
        if hollow:
            xs, ys, cs = zip(*hollow, strict=True)
            ax.scatter(xs, ys, s=24, facecolors="white", edgecolors=cs, linewidths=1.3, zorder=4)
        # Leaders from each mark to its label, and a bracket for groups of several rows.
        leaders, brackets = [], []
        bullets: list[tuple[float, float, str, bool]] = []
        for group in self.groups:
            start_x = group.leader_x
            target = group.top + self._aim(group)
            leaders.append(
                [
                    (start_x, group.y_anchor),
                    (self.axis_x + 10, group.y_anchor),
                    (self.x_bracket - 8, target),
                    (self.x_bracket, target),
                ]
            )
            if len(group.rows) > 1:
                bottom = group.top + group.height
                brackets.append([(self.x_bracket, group.top), (self.x_bracket, bottom)])
            y = group.top
            for mark, row in zip(group.marks, group.rows, strict=True):
                bullets.append((self.x_bracket + 6, y + 4.8, mark.color, mark.event.scheduled))
                y += row + ROW_PAD
        ax.add_collection(LineCollection(leaders, colors=LIGHT, linewidths=0.6, zorder=1))
        if brackets:
            ax.add_collection(LineCollection(brackets, colors=LIGHT, linewidths=0.9, zorder=1))
        solid = [(bx, by, c) for bx, by, c, s in bullets if not s]
        empty = [(bx, by, c) for bx, by, c, s in bullets if s]
        if solid:
            xs, ys, cs = zip(*solid, strict=True)
            ax.scatter(xs, ys, s=11, marker="s", c=cs, linewidths=0, zorder=4)
        if empty:
            xs, ys, cs = zip(*empty, strict=True)
            ax.scatter(
                xs, ys, s=9, marker="s", facecolors="white", edgecolors=cs, linewidths=0.9, zorder=4
            )
        top, bottom = self.area
        self.strip = (min(x_bars, self.axis_x - 8) - 1, top, x_points + 5, bottom)

    def _publication_marks(self, taken: list[tuple[float, float]]) -> None:
        """A triangle on the axis and "published <day>" at the left, for each publication day."""
        days: dict[date, list[str]] = {}
        for doc in self.timeline.documents:
            published = self._published(doc.id)
            if published is not None:
                days.setdefault(published, []).append(doc.id)
        for day, docs in sorted(days.items()):
            noon = _seconds(datetime.combine(day, datetime.min.time())) + 43200
            index = max(_bisect([s.start for s in self.segments], noon) - 1, 0)
            y = self.segments[index].y(noon)
            # One triangle per day, in the document's colour (grey when several share the day).
            color = self.colors.get(docs[0], PALETTE[0]) if len(docs) == 1 else GREY
            self.axes.scatter(
                [self.axis_x - 5], [y], s=34, marker=">", color=color, zorder=5, linewidths=0
            )
            if _free(taken, y - 5.5, y + 5.5):
                text = self._text(
                    self.left,
                    y,
                    f"published {day_text(day)}",
                    FS_SMALL,
                    ha="right",
                    va="center",
                    color=GREY,
                )
                self.axis_texts.append(text)
                taken.append((y - 5.5, y + 5.5))

    def _ticks(self, taken: list[tuple[float, float]]) -> None:
        """Calendar ticks at the left of each segment, as dense as the room allows."""
        from matplotlib.collections import LineCollection

        strokes = []
        for segment in self.segments:
            for y, words in _tick_labels(segment):
                if not _free(taken, y - 5.5, y + 5.5):
                    continue
                taken.append((y - 5.5, y + 5.5))
                text = self._text(
                    self.left, y, words, FS_SMALL, ha="right", va="center", color=GREY
                )
                self.axis_texts.append(text)
                strokes.append([(self.axis_x - 3, y), (self.axis_x, y)])
        if strokes:
            self.axes.add_collection(
                LineCollection(strokes, colors="#444444", linewidths=0.8, zorder=2)
            )

    # -- undated events -----------------------------------------------------------------------

    def _undated(self, y: float, undated: list[Event]) -> float:
        """A panel listing undated events, or how many were left out when there are many."""
        if not undated:
            return y
        y += 8
        self.axes.plot(
            [MARGIN, self.width - MARGIN], [y, y], color="#dddddd", lw=0.8, solid_capstyle="butt"
        )
        y += 8
        header = self._text(
            MARGIN,
            y,
            f"Undated events ({len(undated)}): no date found in the text",
            FS_SUB,
            fontweight="bold",
        )
        self.undated_texts.append(header)
        y += self._size(header)[1] + 5
        shown = undated if len(undated) <= self.max_undated else undated[: self.max_undated]
        room = self.width - 2 * MARGIN - 12
        for event in shown:
            text = self._text(
                MARGIN + 12, y, self.metrics.fit(event.headline or event.text, room, 2, FS_TEXT),
                FS_TEXT
            )
            width, height = self._size(text)
            self.right = max(self.right, MARGIN + 12 + width)
            color = self.colors.get(event.document, PALETTE[0])
            self.axes.scatter([MARGIN + 4], [y + 4.8], s=11, marker="s", c=[color], linewidths=0)
            self.undated_texts.append(text)
            y += height + 3
        left_out = len(undated) - len(shown)
        if left_out:
            text = self._text(
                MARGIN + 12,
                y,
                f"… and {left_out} more undated event{'s' if left_out > 1 else ''} "
                "(all are in the text and JSON outputs)",
                FS_TEXT,
                color=GREY,
                fontstyle="italic",
            )
            self.undated_texts.append(text)
            y += self._size(text)[1] + 3
        return y


# -- pure helpers (no matplotlib) -------------------------------------------------------------


def _bisect(values: list[float], value: float) -> int:
    """Index after the last element <= value (values sorted)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] <= value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _free(taken: list[tuple[float, float]], y0: float, y1: float) -> bool:
    """Whether [y0, y1] overlaps none of the intervals taken."""
    return all(y1 <= a or y0 >= b for a, b in taken)


def _place(
    wanted: list[float], heights: list[float], gap: float, low: float, high: float
) -> list[float]:
    """Tops for stacked boxes, as near their wanted tops as possible, in order and not overlapping:
    _place([0, 1], [10, 10], 2, 0, 100) -> [0.0, 12.0].
    """
    # Pool adjacent violators: each block holds consecutive boxes packed together, its top the
    # mean of what its members want (least squares), kept inside [low, high].
    blocks: list[list[float]] = []  # [first index, count, sum of wanted tops as block tops, height]
    for i, (want, height) in enumerate(zip(wanted, heights, strict=True)):
        blocks.append([i, 1, want, height])
        while True:
            block = blocks[-1]
            top = _block_top(block, low, high)
            if len(blocks) == 1:
                break
            before = blocks[-2]
            if _block_top(before, low, high) + before[3] + gap <= top:
                break
            shift = before[3] + gap
            before[2] += block[2] - block[1] * shift
            before[1] += block[1]
            before[3] += gap + block[3]
            blocks.pop()
    tops: list[float] = []
    for block in blocks:
        y = _block_top(block, low, high)
        for j in range(int(block[0]), int(block[0] + block[1])):
            tops.append(y)
            y += heights[j] + gap
    # Float safety: enforce order exactly.
    for j in range(1, len(tops)):
        tops[j] = max(tops[j], tops[j - 1] + heights[j - 1] + gap)
    return tops


def _cuts(clusters: list[list[float]]) -> set[int]:
    """Which gaps between clusters ([start, end, room needed]) to cut out of the axis.

    A stretch of axis is as long as its labels need, with time proportional inside it. A gap is
    cut when drawing it to scale would waste at least BREAK_MIN_PT points of that stretch, and it
    is clearly longer (BREAK_FACTOR times) than the typical gap there, so regular spacing stays.
    """
    cuts: set[int] = set()
    while True:
        best: tuple[float, int] | None = None
        bounds = [-1, *sorted(cuts), len(clusters) - 1]
        for first, last in itertools.pairwise(bounds):
            first += 1
            if last <= first:
                continue
            duration = clusters[last][1] - clusters[first][0]
            need = sum(c[2] for c in clusters[first : last + 1])
            gaps = [clusters[k + 1][0] - clusters[k][1] for k in range(first, last)]
            typical = statistics.median(gaps) if len(gaps) >= 3 else 0.0
            for k, gap in enumerate(gaps, start=first):
                waste = gap / duration * need if duration > 0 else 0.0
                if waste >= BREAK_MIN_PT and gap >= BREAK_FACTOR * typical:
                    if best is None or waste > best[0]:
                        best = (waste, k)
        if best is None:
            return cuts
        cuts.add(best[1])


def _block_top(block: list[float], low: float, high: float) -> float:
    """Best top of a block of packed boxes, inside [low, high - height] when it fits."""
    top = block[2] / block[1]
    return max(low, min(top, high - block[3]))


def _gap_words(seconds: float) -> str:
    """A gap in words, rounded as people say it: 3.5 years -> "3½ years"; 12 days -> "12 days"."""
    days = seconds / 86400
    if days < 2:
        hours = round(seconds / 3600)
        return f"{hours} hour{'s' if hours != 1 else ''}"
    if days < 60:
        return f"{round(days)} days"
    months = days / 30.44
    if months < 24:
        return f"{round(months)} months"
    halves = round(days / 365.25 * 2)
    years, half = divmod(halves, 2)
    return f"{years}{'½' if half else ''} years"


_TICK_STEPS: tuple[tuple[str, int, float], ...] = (
    ("minute", 15, 900.0),
    ("hour", 1, 3600.0),
    ("hour", 3, 3 * 3600.0),
    ("hour", 6, 6 * 3600.0),
    ("hour", 12, 12 * 3600.0),
    ("day", 1, 86400.0),
    ("day", 2, 2 * 86400.0),
    ("week", 1, 7 * 86400.0),
    ("month", 1, 30.44 * 86400),
    ("month", 3, 91.3 * 86400),
    ("month", 6, 182.6 * 86400),
    ("year", 1, 365.25 * 86400),
    ("year", 2, 2 * 365.25 * 86400),
    ("year", 5, 5 * 365.25 * 86400),
    ("year", 10, 10 * 365.25 * 86400),
    ("year", 25, 25 * 365.25 * 86400),
    ("year", 50, 50 * 365.25 * 86400),
    ("year", 100, 100 * 365.25 * 86400),
)
_COARSEST_TICK = {"minute": 0, "hour": 1, "day": 2, "week": 2, "month": 3, "year": 4}
_LONGEST_FOR_UNIT = {
    "minute": 6 * 3600.0,
    "hour": 2 * 86400.0,
    "day": 62 * 86400.0,
    "week": 200 * 86400.0,
    "month": 8 * 365.25 * 86400,
    "year": float("inf"),
}
_GRAIN_TICK = {
    Grain.SECOND: 0,
    Grain.MINUTE: 0,
    Grain.HOUR: 1,
    Grain.PARTOFDAY: 1,
    Grain.DAY: 2,
    Grain.WEEK: 2,
    Grain.MONTH: 3,
    Grain.SEASON: 3,
    Grain.QUARTER: 3,
    Grain.HALFYEAR: 3,
    Grain.YEAR: 4,
    Grain.DECADE: 4,
    Grain.CENTURY: 4,
}


def _tick_labels(segment: _Segment) -> list[tuple[float, str]]:
    """(y, words) of calendar ticks inside a segment, spaced at least 13 points apart."""
    length = segment.y1 - segment.y0 - 16
    duration = segment.end - segment.start
    if duration <= 0 or length <= 0:
        return []
    finest = _GRAIN_TICK[segment.finest]
    # Units finer than the events, or far too fine for the stretch, are never used.
    allowed = [
        (unit, step, length * seconds / duration)
        for unit, step, seconds in _TICK_STEPS
        if _COARSEST_TICK[unit] >= finest and duration < _LONGEST_FOR_UNIT[unit]
    ]
    chosen = next(((u, s) for u, s, room in allowed if room >= 16.0), None)
    if chosen is None:
        return []
    unit, step = chosen
    start = _EPOCH + timedelta(seconds=segment.start)
    end = _EPOCH + timedelta(seconds=segment.end)
    ticks = []
    previous: datetime | None = None
    for moment in _tick_times(unit, step, start, end):
        ticks.append((segment.y(_seconds(moment)), _tick_words(unit, moment, previous)))
        previous = moment
        if len(ticks) > 200:
            break
    return ticks


def _tick_times(unit: str, step: int, start: datetime, end: datetime) -> Iterator[datetime]:
    """Tick times inside [start, end]: hours on the hour, days/months/years at their middle."""
    if unit in {"minute", "hour"}:
        size = timedelta(minutes=step) if unit == "minute" else timedelta(hours=step)
        moment = datetime.combine(start.date(), datetime.min.time())
        while moment < start:
            moment += size
        while moment <= end:
            yield moment
            moment += size
    elif unit in {"day", "week"}:
        day = start.date()
        if unit == "week":
            day -= timedelta(days=day.weekday())
        while True:
            moment = datetime.combine(day, datetime.min.time()) + timedelta(hours=12)
            if moment > end:
                return
            if moment >= start and (unit == "week" or day.toordinal() % step == 0):
                yield moment
            day += timedelta(days=7 if unit == "week" else 1)
    elif unit == "month":
        year, month = start.year, start.month
        while True:
            first = datetime(year, month, 1)
            following = datetime(year + month // 12, month % 12 + 1, 1)
            moment = first + (following - first) / 2
            if moment > end:
                return
            if moment >= start and (month - 1) % step == 0:
                yield moment
            year, month = following.year, following.month
    else:
        year = start.year
        while year <= 9998:
            moment = datetime(year, 7, 2)
            if moment > end:
                return
            if moment >= start and year % step == 0:
                yield moment
            year += 1


def _tick_words(unit: str, moment: datetime, previous: datetime | None) -> str:
    """Tick text, with the larger unit only when it changes: "Fri 5 Sep 2025", then "Sat 6 Sep"."""
    if unit in {"minute", "hour"}:
        if previous is None or previous.date() != moment.date():
            return f"{day_text(moment.date(), year=previous is None)} {moment:%H:%M}"
        return f"{moment:%H:%M}"
    if unit in {"day", "week"}:
        new_year = previous is None or previous.year != moment.year
        return day_text(moment.date(), year=new_year)
    if unit == "month":
        words = MONTHS_ABBR[moment.month - 1]
        new_year = previous is None or previous.year != moment.year
        return f"{words} {moment.year}" if new_year else words
    return str(moment.year)
