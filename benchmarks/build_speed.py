"""Speed of `build_timeline` on TimeBank news: events and characters per second, and the cold
start of `timeline build` on one article.

    .venv/bin/python benchmarks/build_speed.py [--runs N] [--no-cold]

What is measured (one core, wall clock, `time.perf_counter`):
- corpus: the 183 TimeBank TEXT sections as articles dated by their DCT, built one document per
  `build_timeline` call (as the CLI does per file) after one warm-up pass; the best of N passes.
  Reported: characters/s, events/s, and the share of time spent in the tagger vs. the rest
  (segmenting clauses, anchoring, ordering). Target: 300,000 characters/s.
- cold start: `timeline build <sample article>` as a fresh process, best and median of 5 runs,
  with bytecode compiled first (as an installed package has it). Target: under 0.5 s of wall
  time to the printed chronology (`--no-png`); also reported with the picture drawn.

The corpus is read from ../shared/corpora/tempeval3/TimeBank beside the project root; nothing is
copied into the project. Without the corpus the corpus part is skipped.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEBANK = ROOT.parent / "shared" / "corpora" / "tempeval3" / "TimeBank"
SAMPLE = ROOT / "timeline" / "samples" / "sample.txt"
TARGET_CPS = 300_000
TARGET_COLD = 0.5


def corpus(runs: int) -> None:
    """Throughput of build_timeline over TimeBank, one document per call."""
    from timeline.models import Article
    from timeline.pipeline import build_timeline
    from timeline.tagger import tag
    from timeline.timeml import read_timeml

    files = sorted(TIMEBANK.glob("*.tml"))
    if not files:
        print(f"corpus: skipped ({TIMEBANK} not found)")
        return
    docs = [read_timeml(path) for path in files]
    articles = [Article(id=p.name, text=d.text, published=d.dct) for p, d in zip(files, docs,
                                                                                 strict=True)]
    chars = sum(len(a.text) for a in articles)

    def build_all() -> int:
        return sum(len(build_timeline([a]).events) for a in articles)

    def tag_all() -> int:
        return sum(len(tag(a.text, a.published)) for a in articles)  # type: ignore[arg-type]

    build_all()  # warm-up: lexicon compiled, caches filled
    best_build, events = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        events = build_all()
        best_build = min(best_build, time.perf_counter() - start)
    best_tag = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        tag_all()
        best_tag = min(best_tag, time.perf_counter() - start)
    cps = chars / best_build
    print(f"corpus: {len(articles)} TimeBank documents, {chars:,} characters, {events:,} events")
    print(f"  build_timeline: {best_build:.3f} s -> {cps:,.0f} characters/s, "
          f"{events / best_build:,.0f} events/s "
          f"({'meets' if cps >= TARGET_CPS else 'misses'} the {TARGET_CPS:,} target)")
    print(f"  of which tagging: {best_tag:.3f} s ({chars / best_tag:,.0f} characters/s); "
          f"clauses + anchoring + ordering: {best_build - best_tag:.3f} s "
          f"({chars / max(best_build - best_tag, 1e-9):,.0f} characters/s)")


def cold(runs: int = 5) -> None:
    """Wall time of `timeline build sample.txt` as a new process: to the printed chronology
    (`--no-png`; the picture is drawn after the chronology is printed), and with the picture."""
    exe = Path(sys.executable).parent / "timeline"
    base = [str(exe)] if exe.exists() else [sys.executable, "-m", "timeline"]
    # An installed package runs from cached bytecode; a machine with PYTHONDONTWRITEBYTECODE set
    # (some sandboxes) would otherwise recompile every module at every start.
    import site

    for folder in (ROOT / "timeline", *map(Path, site.getsitepackages())):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)],
                       capture_output=True, check=False)
    with tempfile.TemporaryDirectory() as folder:
        for label, extra in (("chronology", ["--no-png"]),
                             ("with picture", ["--png", str(Path(folder) / "t.png")])):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run([*base, "build", str(SAMPLE), *extra], check=True,
                               capture_output=True)
                times.append(time.perf_counter() - start)
            best = min(times)
            verdict = "" if label != "chronology" else (
                f" ({'meets' if best < TARGET_COLD else 'misses'} the {TARGET_COLD} s target)")
            print(f"cold start, {label}: `timeline build {SAMPLE.name}`: best {best:.3f} s, "
                  f"median {statistics.median(times):.3f} s{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true")
    args = parser.parse_args()
    corpus(args.runs)
    if not args.no_cold:
        cold()


if __name__ == "__main__":
    main()
