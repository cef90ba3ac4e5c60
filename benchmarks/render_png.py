"""Benchmark: time `render_png` on a 200-event timeline with clustered dates (target: under 2 s).

Run: .venv/bin/python benchmarks/render_png.py [--events 200] [--repeat 5] [--format png]
Prints the first run (cold: includes importing matplotlib), then the best and median warm wall
times and the median CPU time of this process (steadier when other work shares the machine).
Exits 1 when the median warm CPU time is 2 s or more.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from timeline.models import DocumentInfo, Event, EventTime, Grain, Timeline

WORDS = (
    "officials said the parliament voted to approve emergency budget after talks in Geneva "
    "protesters gathered outside ministry demanding release of detained journalists central "
    "bank raised its key rate forces struck an energy facility overnight delegation arrived"
).split()


def clustered(events: int, seed: int = 7, documents: int = 3, undated: int = 10) -> Timeline:
    """A timeline like real news: most events in one week, a few years earlier, some later."""
    rnd = random.Random(seed)
    docs = [
        DocumentInfo(id=f"doc{i}.txt", published=date(2025, 9, 5 + i), title=f"Report {i}")
        for i in range(documents)
    ]
    dated = []
    for i in range(events):
        roll = rnd.random()
        if roll < 0.05:
            start = datetime(2022, rnd.randint(1, 12), rnd.randint(1, 28))
            time_ = EventTime(
                start=start,
                end=start + timedelta(days=1),
                grain=Grain.DAY,
                value=start.strftime("%Y-%m-%d"),
            )
        elif roll < 0.1:
            month = rnd.randint(1, 6)
            time_ = EventTime(
                start=datetime(2024, month, 1),
                end=datetime(2024, month + 1, 1),
                grain=Grain.MONTH,
                value=f"2024-{month:02d}",
            )
        elif roll < 0.85:
            start = datetime(2025, 9, rnd.randint(1, 7))
            time_ = EventTime(
                start=start,
                end=start + timedelta(days=1),
                grain=Grain.DAY,
                value=start.strftime("%Y-%m-%d"),
            )
        else:
            start = datetime(2025, 9, rnd.randint(1, 7), rnd.randint(0, 23))
            time_ = EventTime(
                start=start,
                end=start + timedelta(hours=1),
                grain=Grain.HOUR,
                value=start.strftime("%Y-%m-%dT%H:00"),
            )
        doc = docs[i % documents].id
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 25))).capitalize()
        dated.append(
            Event(
                id=f"e{i}",
                text=text,
                document=doc,
                documents=[doc],
                span=(0, 1),
                sentence=i,
                time=time_,
            )
        )
    dated.sort(key=lambda e: (e.time.start, e.time.end) if e.time else (datetime.max,) * 2)
    loose = [
        Event(
            id=f"u{i}",
            text="Officials have long said the grid is fragile",
            document=docs[0].id,
            documents=[docs[0].id],
            span=(0, 1),
            sentence=i,
        )
        for i in range(undated)
    ]
    return Timeline(documents=docs, events=dated + loose, mentions=[])


def reference_seconds() -> float:
    """CPU time plain matplotlib takes to draw 200 one-line texts of 45 characters, to judge the
    machine: matplotlib draws text glyph by glyph, so glyphs are most of the cost.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, 40), dpi=150)
    FigureCanvasAgg(figure)
    for i in range(200):
        figure.text(
            0.1, i / 200, f"Protesters gathered outside the ministry ({i:03d})", fontsize=7.5
        )
    with matplotlib.rc_context({"text.hinting": "none"}):
        began = time.process_time()
        figure.canvas.draw()
        return time.process_time() - began


def main() -> int:
    """Time the renderer and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", choices=["png", "svg", "pdf"], default="png")
    args = parser.parse_args()
    timeline = clustered(args.events)
    assert "matplotlib" not in sys.modules, "matplotlib must not be imported before drawing"
    from timeline.render.png import render_png

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"timeline.{args.format}"
        times, cpu = [], []
        for _ in range(args.repeat + 1):
            began, began_cpu = time.perf_counter(), time.process_time()
            render_png(timeline, path)
            times.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
        size = path.stat().st_size
    cold, warm, warm_cpu = times[0], times[1:], cpu[1:]
    print(
        f"{args.events} events, {args.format}: cold {cold:.2f} s (includes importing matplotlib); "
        f"warm best {min(warm):.2f} s, median {statistics.median(warm):.2f} s wall, "
        f"median {statistics.median(warm_cpu):.2f} s CPU; {size} bytes"
    )
    reference = reference_seconds()
    print(f"reference: plain matplotlib draws 200 lines of 45 characters in {reference:.2f} s CPU")
    return 0 if statistics.median(warm_cpu) < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
