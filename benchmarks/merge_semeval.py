"""Cross-document merge against the SemEval-2015 Task 4 trial timelines (30 Wikinews articles).

    .venv/bin/python benchmarks/merge_semeval.py [--show]

The gold timelines list events by their head token, one line per event; a line naming mentions
in two documents says the two are one event. Our events are clauses, so both sides are compared
by sentence: a merged pair of reports is right when a gold line links their two sentences,
wrong when both sentences hold gold events but no line links them, unknown otherwise. Recall is
the share of the gold's cross-document links whose two sentences end up in one merged event.
Reads ../shared/corpora/semeval2015-task4-trial in place; copies nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

from timeline.models import Article
from timeline.pipeline import build_timeline
from timeline.read import parse_published

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / \
    "semeval2015-task4-trial"
Place = tuple[str, int]  # document id, sentence number


def _detokenize(tokens: list[str]) -> str:
    """Tokens as a sentence: ["Apple", "'s", "iPod", "."] -> "Apple's iPod."."""
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    return re.sub(r" (['’]s|n't|'re|'ve|'ll|'d)\b", r"\1", text)


def read_corpus() -> tuple[list[Article], dict[str, list[tuple[int, int, int]]]]:
    """The articles (title: sentence 0, date: sentence 1, text: the rest) and, per document,
    the character range of each sentence in its text."""
    articles, ranges = [], {}
    for path in sorted((ROOT / "corpus").glob("*.xml")):
        root = ET.parse(path).getroot()
        sentences: dict[int, list[str]] = {}
        for token in root.iter("token"):
            sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
        doc = root.get("doc_id", path.stem)
        text, spans = "", []
        for number in sorted(sentences)[2:]:
            sentence = _detokenize(sentences[number])
            start = len(text) + (1 if text else 0)
            text = (text + " " + sentence) if text else sentence
            spans.append((number, start, len(text)))
        published = parse_published(_detokenize(sentences[1]))
        articles.append(Article(id=doc, text=text, published=published,
                                title=_detokenize(sentences[0])))
        ranges[doc] = spans
    return articles, ranges


def read_gold() -> list[set[Place]]:
    """Each gold event as the set of sentences its mentions are in."""
    events = []
    for path in sorted((ROOT / "timelines").glob("*.txt")):
        for line in path.read_text().splitlines()[1:]:
            fields = line.split("\t")
            places = set()
            for mention in fields[2:]:
                doc, sentence, _ = mention.split("-", 2)
                places.add((doc, int(sentence)))
            if places:
                events.append(places)
    return events


def sentence_of(ranges: list[tuple[int, int, int]], at: int) -> int:
    return next((n for n, start, end in ranges if start <= at < end), -1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every merged event")
    args = parser.parse_args()
    if not ROOT.exists():
        print(f"no corpus at {ROOT}")
        return 1
    articles, ranges = read_corpus()
    gold = read_gold()
    with_gold = {place for event in gold for place in event}
    links = {frozenset((a, b)) for event in gold for a, b in combinations(sorted(event), 2)
             if a[0] != b[0]}
    timeline = build_timeline(articles)
    right = wrong = unknown = 0
    found: set[frozenset[Place]] = set()
    merged = [e for e in timeline.events if len(e.documents) > 1]
    for event in merged:
        places = sorted({(r.document, sentence_of(ranges[r.document], r.span[0]))
                         for r in event.reports})
        verdicts = []
        for a, b in combinations(places, 2):
            if a[0] == b[0]:
                continue
            pair = frozenset((a, b))
            if pair in links:
                right += 1
                found.add(pair)
                verdicts.append("right")
            elif a in with_gold and b in with_gold:
                wrong += 1
                verdicts.append("WRONG")
            else:
                unknown += 1
                verdicts.append("unknown")
        if args.show:
            print(f"{event.time.value if event.time else 'undated'}  {verdicts}")
            for report in event.reports:
                print(f"    {report.document}: {report.text[:100]}")
            for reason in getattr(event, "merged_because", []):
                print(f"    because {reason}")
    print(f"merged events: {len(merged)} of {len(timeline.events)}")
    print(f"merged cross-document pairs: {right} right, {wrong} wrong, {unknown} unknown")
    print(f"gold cross-document links found: {len(found)} of {len(links)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
