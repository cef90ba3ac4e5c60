"""Cross-document merge at scale: time and pairs scored for N and 10 N synthetic documents.

    .venv/bin/python benchmarks/merge_scale.py [--documents 300] [--seed 1]

Synthetic stories (a place, an action, a few content words, a day) are each told by several
outlets in different words (words dropped, words added, some reports at hour grain, some a
month or a year wide, some undated); each document also carries unrelated events. The merge is
run on N documents, then on 10 N, in the same process, over two days per document: a time
ratio near 10 means the candidate index keeps the work linear; trying all pairs would make it
~100. With --days fixed, news gets denser as it grows and reports of one day meet more of each
other: the work then grows faster than linearly, yet stays far from all pairs. Times are CPU
seconds, the best of --runs. The pairs scored are counted beside the n^2/2 pairs a full
comparison would try.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta

import timeline.merge as merge
from timeline.models import Event, EventTime, Grain

VERBS = ["collapsed", "evacuated", "visited", "arrested", "resigned", "approved", "opened",
         "closed", "signed", "launched", "attacked", "flooded", "rescued", "sold", "bought"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def _time(rng: random.Random, day: datetime) -> EventTime | None:
    kind = rng.random()
    if kind < 0.15:
        return None
    if kind < 0.25:
        start = day + timedelta(hours=rng.randrange(24))
        return EventTime(start=start, end=start + timedelta(hours=1), grain=Grain.HOUR,
                         value=start.isoformat(timespec="hours"))
    if kind < 0.3:
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
        return EventTime(start=start, end=end, grain=Grain.MONTH, value=start.strftime("%Y-%m"))
    if kind < 0.33:
        start = day.replace(month=1, day=1)
        return EventTime(start=start, end=start.replace(year=start.year + 1), grain=Grain.YEAR,
                         value=str(start.year))
    return EventTime(start=day, end=day + timedelta(days=1), grain=Grain.DAY,
                     value=day.date().isoformat())


def corpus(documents: int, seed: int, days: int | None = None
           ) -> tuple[dict[str, list[Event]], dict[str, datetime]]:
    """Synthetic documents over `days` days (default: 2 per document, so news as dense at any
    size), and their publication dates (the day after their first event): about a third of
    each document's events are told elsewhere too."""
    rng = random.Random(seed)
    days = days or 2 * documents
    vocabulary = [_word(rng) for _ in range(20000)]
    places = [_word(rng).capitalize() for _ in range(2000)]
    base = datetime(2024, 1, 1)
    stories = []
    for _ in range(max(1, documents * 3 // 4)):
        stories.append((rng.choice(places), rng.choice(VERBS),
                        rng.sample(vocabulary, 6), base + timedelta(days=rng.randrange(days))))
    out: dict[str, list[Event]] = {}
    published: dict[str, datetime] = {}
    for d in range(documents):
        doc = f"doc{d}"
        events = []
        for n in range(10):
            if n < 3:
                place, verb, words, day = rng.choice(stories)
                kept = rng.sample(words, 4) + rng.sample(vocabulary, 2)
            else:
                place, verb = rng.choice(places), rng.choice(VERBS)
                kept = rng.sample(vocabulary, 6)
                day = base + timedelta(days=rng.randrange(days))
            text = f"The {kept[0]} in {place} {verb} the {' '.join(kept[1:])}"
            published.setdefault(doc, day + timedelta(days=1))
            events.append(Event(id=f"{doc}-{n}", text=text, document=doc, documents=[doc],
                                span=(n * 100, n * 100 + len(text)), sentence=n,
                                time=_time(rng, day)))
        out[doc] = events
    return out, published


def run(documents: int, seed: int, days: int | None = None) -> tuple[float, int, int, int]:
    """Seconds, events, pairs scored and merged events for one corpus."""
    events, published = corpus(documents, seed, days)
    scored = 0
    original = merge._pair

    def counted(*args: object) -> object:
        nonlocal scored
        scored += 1
        return original(*args)  # type: ignore[arg-type]

    merge._pair = counted  # type: ignore[assignment]
    try:
        start = time.process_time()
        merged = merge.merge_events(events, published=published)
        seconds = time.process_time() - start
    finally:
        merge._pair = original
    total = sum(len(e) for e in events.values())
    return seconds, total, scored, sum(len(e.documents) > 1 for e in merged)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=None,
                        help="span every corpus over these days (denser news as it grows); "
                             "default: two days per document")
    args = parser.parse_args()
    run(args.documents // 10, args.seed)  # warm-up: lexicon, imports
    rows = []
    for documents in (args.documents, args.documents * 10):
        results = [run(documents, args.seed, args.days) for _ in range(args.runs)]
        seconds = min(r[0] for r in results)
        _, events, scored, merged = results[0]
        rows.append(seconds)
        print(f"{documents:>6} documents, {events:>7} events: {seconds:7.2f} s, "
              f"{scored:>9} pairs scored ({scored / (events * events / 2):.4%} of all pairs), "
              f"{merged} merged events")
    print(f"time ratio for 10x the documents: {rows[1] / rows[0]:.1f} (all pairs: ~100)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
