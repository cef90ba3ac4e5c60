"""Throughput of `timeline.tagger.tag` on TimeBank news, with dateparser as the baseline.

    .venv/bin/python benchmarks/throughput.py [--quick] [--no-baseline] [--runs N]

What is measured (one core): process CPU time (`time.process_time`), which stays steady when
other jobs share the machine; wall-clock time is shown beside it. Throughput and ratios use CPU
time.
- corpus: the 183 TimeBank TEXT sections, each tagged against its own DCT. One warm-up pass,
  then the best of N passes; reported as characters per second. The baseline is
  `dateparser.search.search_dates(text, languages=["en"])` over the same texts in the same run.
- linearity: TimeBank texts repeated as separate documents up to ~1 MB and ~10 MB (one `tag`
  call per document); the 10 MB / 1 MB time ratio should be ~10. Also one string of ~100 KB
  (the first TimeBank texts joined) and one of ~1 MB (that same string ten times), tagged in
  one call each: their ratio should be ~10 too, and the 1 MB string should cost about what
  its texts cost as separate documents (else something is super-linear). The 1 MB string
  repeats the 100 KB one so that both hold the same kind of text: TimeBank's first texts are
  cheaper per character than the rest, which a 1 MB string of other texts would read as
  super-linearity.

The corpus is read from ../shared/corpora/tempeval3/TimeBank beside the project root; nothing is
copied into the project.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIMEBANK = SHARED / "corpora" / "tempeval3" / "TimeBank"
TARGET = 1_000_000  # chars/s on one core

sys.path.insert(0, str(ROOT))

Document = tuple[str, date]


def load_timebank() -> list[Document]:
    """The TimeBank TEXT sections with their DCTs; exits with a message if the corpus is absent."""
    if not TIMEBANK.is_dir():
        sys.exit(f"TimeBank not found at {TIMEBANK}: this benchmark needs ../shared/corpora "
                 "beside the project root (see the corpora README).")
    from timeline.timeml import read_timeml

    docs = [read_timeml(path) for path in sorted(TIMEBANK.glob("*.tml"))]
    if not docs:
        sys.exit(f"no .tml files in {TIMEBANK}")
    return [(doc.text, doc.dct) for doc in docs]


class Timing(NamedTuple):
    """Best CPU and best wall-clock seconds over some runs."""

    cpu: float
    wall: float


def best_of(runs: int, work: Callable[[], object]) -> Timing:
    """The shortest CPU and wall-clock times of `runs` calls of `work`, in seconds."""
    cpu = wall = float("inf")
    for _ in range(max(1, runs)):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    return Timing(cpu, wall)


def repeated(docs: list[Document], size: int) -> list[Document]:
    """TimeBank documents cycled until their total length reaches `size` characters."""
    out: list[Document] = []
    total = 0
    while total < size:
        for text, dct in docs:
            out.append((text, dct))
            total += len(text)
            if total >= size:
                break
    return out


def first(docs: list[Document], size: int) -> list[Document]:
    """The first documents, cycled if need be, until they hold `size` characters with the
    blank lines that join them."""
    out: list[Document] = []
    total = 0
    while total < size:
        for text, dct in docs:
            out.append((text, dct))
            total += len(text) + 2
            if total >= size:
                break
    return out


def single(docs: list[Document]) -> Document:
    """Documents as one string, joined by blank lines, with the first one's date."""
    return "\n\n".join(text for text, _ in docs), docs[0][1]


def tag_all(docs: list[Document]) -> Callable[[], None]:
    """A callable tagging every document once, each against its own publication date."""
    from timeline.tagger import tag

    def work() -> None:
        for text, dct in docs:
            tag(text, dct)

    return work


def search_all(docs: list[Document]) -> Callable[[], None]:
    """A callable running dateparser's search_dates over every document once."""
    from dateparser.search import search_dates

    def work() -> None:
        for text, _ in docs:
            search_dates(text, languages=["en"])

    return work


def chars(docs: list[Document]) -> int:
    """Total characters of the documents."""
    return sum(len(text) for text, _ in docs)


def row(label: str, size: int, timing: Timing, note: str = "") -> str:
    """One line of the results table."""
    return (f"{label:<34} {size / 1e6:>7.2f} MB {timing.cpu:>8.3f} s {timing.wall:>8.3f} s "
            f"{size / timing.cpu:>11,.0f}  {note}").rstrip()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a compact table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--runs", type=int, default=None, help="passes over the corpus (best of)")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    big_runs = 1 if args.quick else 2
    baseline_runs = 1 if args.quick else 2

    docs = load_timebank()
    size = chars(docs)
    print(f"TimeBank: {len(docs)} documents, {size:,} characters; best of {runs} warm runs; "
          f"python {sys.version.split()[0]}")
    print()
    print(f"{'case':<34} {'input':>10} {'cpu':>10} {'wall':>10} {'chars/s':>11}")

    tagger = tag_all(docs)
    tagger()  # warm-up: lexicon compilation, lazy imports, caches
    ours = best_of(runs, tagger)
    verdict = "meets" if size / ours.cpu >= TARGET else "below"
    print(row("timeline.tag, TimeBank", size, ours, f"({verdict} target {TARGET:,})"))

    if not args.no_baseline:
        baseline = search_all(docs)
        baseline()
        theirs = best_of(baseline_runs, baseline)
        print(row("dateparser search_dates, TimeBank", size, theirs))
        print(f"{'speed-up over dateparser':<34} {theirs.cpu / ours.cpu:>42.1f}x")

    print()
    one = repeated(docs, 1_000_000)
    ten = repeated(docs, 10_000_000)
    t_one = best_of(big_runs, tag_all(one))
    t_ten = best_of(big_runs, tag_all(ten))
    print(row(f"~1 MB as {len(one)} documents", chars(one), t_one))
    print(row(f"~10 MB as {len(ten)} documents", chars(ten), t_ten))

    small_docs = first(docs, 100_000)
    small_text = single(small_docs)
    big_text = ("\n\n".join([small_text[0]] * 10), small_text[1])
    # The 100 KB string is tagged ten times a run, so each timing is as long as the others.
    t_small = best_of(big_runs, tag_all([small_text] * 10))
    t_big = best_of(big_runs, tag_all([big_text]))
    t_apart = best_of(big_runs, tag_all(small_docs * 10))
    print(row("~100 KB as one string, 10 calls", 10 * len(small_text[0]), t_small))
    print(row("~1 MB as one string (that, x10)", len(big_text[0]), t_big))
    print(row("the same texts as documents", chars(small_docs * 10), t_apart))

    print()
    per_char = (t_ten.cpu / chars(ten)) / (t_one.cpu / chars(one))
    print(f"linearity, documents: 10 MB / 1 MB time = {t_ten.cpu / t_one.cpu:.2f} "
          f"(size ratio {chars(ten) / chars(one):.2f}; per-char cost x{per_char:.2f})")
    per_char = (t_big.cpu / len(big_text[0])) / (t_small.cpu / (10 * len(small_text[0])))
    print(f"linearity, one string: 1 MB / 100 KB time = {10 * t_big.cpu / t_small.cpu:.2f} "
          f"(size ratio {len(big_text[0]) / len(small_text[0]):.2f}; per-char cost "
          f"x{per_char:.2f})")
    per_char = (t_big.cpu / len(big_text[0])) / (t_apart.cpu / chars(small_docs * 10))
    print(f"one 1 MB string vs its texts as documents: per-char cost x{per_char:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
