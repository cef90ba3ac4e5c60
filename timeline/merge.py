"""Fold reports of the same real-world event from several documents into one attributed event.

Two reports are the same event when their times can overlap and their content agrees: the same
actors, the same action, shared distinctive words (weighted by how rare they are across all
reports). Times that cannot overlap keep events apart however similar the words, except a
one-day disagreement between near-identical reports, which is merged and flagged as a
contradiction with both dates kept. An undated report joins a dated one only on strong evidence,
and the merged event then says which source dated it.

"Putin warned on Friday that troops would be targets" (a.txt, Fri 2025-09-05) +
"Putin has issued a stark warning that troops would be targets" (b.txt, undated)
-> one event, documents [a.txt, b.txt], dated 2025-09-05 by a.txt.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from timeline.models import Event, EventTime, Grain, Report

# Scores are weighted overlap coefficients in [0, 1].
SAME_EVENT = 0.44  # both dated and overlapping
UNDATED_JOIN = 0.55  # one side undated: stronger evidence needed
CONFLICT = 0.70  # near-identical reports one day apart: merged, flagged

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*|\d+")
_STOP = frozenset("""
a an the and or but if of to in on at by for from with without as into onto over under about
after before since until while when than that this these those there their them they he she it
its his her we our you your i me my is are was were be been being has have had do does did will
would could should may might must can shall not no nor so such also just only very more most
said says say told tells according added adding also again further would still yet even then
who whom whose which what where why how any some all each every other another both either
neither one two three four five six seven eight nine ten first second new mr mrs ms
""".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ies", "ied", "ed",
             "es", "s", "ly")


def _stem(word: str) -> str:
    """A crude stem so "warned", "warning" and "warns" meet: "warning" -> "warn"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|warned|warns|added|argued|stated|announced|insisted|stressed|"
    r"claimed|reiterated|declared|maintained|noted|wrote)\b")
SPEAKER_WEIGHT = 0.3  # who said it counts less than what was said


def _terms(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Content stems, the stems of the speaker phrase before a reporting verb, and names."""
    verb = _REPORTING.search(text)
    cut = verb.start() if verb and verb.start() < len(text) // 2 else 0

    def stems_of(part: str) -> frozenset[str]:
        words = [_POSSESSIVE.sub("", w).strip("'’-") for w in _WORD.findall(part)]
        return frozenset(_stem(w.lower()) for w in words
                         if w.lower() not in _STOP and len(w) > 2)

    words = [_POSSESSIVE.sub("", w).strip("'’-") for w in _WORD.findall(text)]
    names = frozenset(w.lower() for i, w in enumerate(words)
                      if w[:1].isupper() and w.lower() not in _STOP and i > 0)
    content, lead = stems_of(text[cut:]), stems_of(text[:cut])
    return content | lead, lead - content, names


@dataclass
class _Item:
    event: Event
    document: str
    stems: frozenset[str]
    speaker: frozenset[str]
    names: frozenset[str]
    cluster: int = -1
    members: list[int] = field(default_factory=list)


def _weight(item: _Item, term: str, idf: dict[str, float]) -> float:
    return idf.get(term, 1.0) * (SPEAKER_WEIGHT if term in item.speaker else 1.0)


def _similarity(a: _Item, b: _Item, idf: dict[str, float]) -> float:
    """Weighted overlap of content stems (rare words and reported content weigh more), with a
    bonus for shared names (actors, places)."""
    shared = a.stems & b.stems
    if not shared:
        return 0.0
    weight = sum(min(_weight(a, t, idf), _weight(b, t, idf)) for t in shared)
    smaller = min(sum(_weight(a, t, idf) for t in a.stems),
                  sum(_weight(b, t, idf) for t in b.stems))
    score = weight / smaller if smaller else 0.0
    names = (a.names & b.names) - a.speaker - b.speaker
    if names:
        score = min(1.0, score + 0.05 * len(names))
    return score


def _times_relation(a: EventTime | None, b: EventTime | None) -> str:
    """ "overlap", "undated", "near" (one day apart at day grain) or "apart"."""
    if a is None or b is None:
        return "undated"
    if a.start < b.end and b.start < a.end:
        return "overlap"
    fine = {Grain.DAY, Grain.PARTOFDAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND}
    gap = max(a.start, b.start) - min(a.end, b.end)
    if a.grain in fine and b.grain in fine and gap <= timedelta(days=1):
        return "near"
    return "apart"


def _threshold(relation: str) -> float | None:
    return {"overlap": SAME_EVENT, "undated": UNDATED_JOIN, "near": CONFLICT}.get(relation)


def _both_undated(a: _Item, b: _Item) -> bool:
    return a.event.time is None and b.event.time is None


def merge_events(events_by_document: dict[str, list[Event]]) -> list[Event]:
    """Events of several documents, each real-world event once, credited to every source.

    A merged event lists all its documents, shows the clearest report as its headline, keeps
    every report, and flags sources that date it differently. Reports of one document join the
    same event only through another source, and only when they restate it at the same time.
    """
    if len(events_by_document) < 2:
        return [event for events in events_by_document.values() for event in events]
    items = [_Item(event, doc, *_terms(event.text))
             for doc, events in events_by_document.items() for event in events]
    document_frequency: Counter[str] = Counter()
    for item in items:
        document_frequency.update(item.stems)
    total = len(items)
    idf = {t: math.log(1 + total / n) for t, n in document_frequency.items()}

    pairs: list[tuple[float, int, int]] = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.document == b.document or _both_undated(a, b):
                continue
            threshold = _threshold(_times_relation(a.event.time, b.event.time))
            if threshold is None:
                continue
            score = _similarity(a, b, idf)
            if score >= threshold:
                pairs.append((score, i, j))
    # Best pairs first; a cluster takes at most one report per document.
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for index, item in enumerate(items):
        item.cluster = index
        item.members = [index]
    for _score, i, j in pairs:
        ci, cj = items[i].cluster, items[j].cluster
        if ci == cj:
            continue
        docs_i = {items[m].document for m in items[ci].members}
        docs_j = {items[m].document for m in items[cj].members}
        if docs_i & docs_j and not _restates(items, items[ci].members, items[cj].members):
            continue
        if not _cluster_times_agree(items, items[ci].members + items[cj].members):
            continue
        items[ci].members.extend(items[cj].members)
        for m in items[cj].members:
            items[m].cluster = ci
        items[cj].members = []
    merged: list[Event] = []
    for index, item in enumerate(items):
        if item.cluster != index:
            continue
        merged.append(_fold([items[m] for m in sorted(item.members)],
                            list(events_by_document)))
    return merged


def _restates(items: list[_Item], first: list[int], second: list[int]) -> bool:
    """Whether two clusters sharing a document only hold that article restating one event:
    every report dated, all at overlapping times, and no document with more than two."""
    members = first + second
    if any(items[m].event.time is None for m in members):
        return False
    counts = Counter(items[m].document for m in members)
    if max(counts.values()) > 2:
        return False
    times = [items[m].event.time for m in members]
    return all(_times_relation(a, b) == "overlap" for n, a in enumerate(times)
               for b in times[n + 1 :])


def _cluster_times_agree(items: list[_Item], members: list[int]) -> bool:
    """No two dated reports in a cluster may lie apart (beyond the one-day conflict window)."""
    times = [items[m].event.time for m in members if items[m].event.time is not None]
    return all(_times_relation(a, b) != "apart" for n, a in enumerate(times)
               for b in times[n + 1 :])


def _clearest(items: list[_Item]) -> _Item:
    """The report to show: dated before undated, then the most specific time, then fuller text
    of moderate length (long quotes read worse than a plain sentence)."""
    def rank(item: _Item) -> tuple[int, int, int]:
        time = item.event.time
        grain = list(Grain).index(time.grain) if time else len(Grain)
        length = len(item.event.text)
        return (0 if time else 1, grain, abs(length - 160))

    return min(items, key=rank)


def _fold(items: list[_Item], order: list[str]) -> Event:
    if len(items) == 1:
        return items[0].event
    rank = {doc: n for n, doc in enumerate(order)}
    items = sorted(items, key=lambda it: (rank.get(it.document, len(rank)), it.event.span))
    best = _clearest(items)
    reports = [Report(document=it.document, text=it.event.text, span=it.event.span,
                      time=it.event.time) for it in items]
    dated = [it for it in items if it.event.time is not None]
    time = best.event.time
    if time is None and dated:
        source = dated[0]
        assert source.event.time is not None
        time = source.event.time.model_copy(update={
            "how": "merge",
            "explanation": f"dated by {source.document}: {source.event.time.explanation}"})
    conflicting = [r for r in reports if r.time is not None and time is not None
                   and not (r.time.start < time.end and time.start < r.time.end)]
    documents = [it.document for it in items]
    unique_docs = list(dict.fromkeys(documents))
    return best.event.model_copy(update={
        "documents": unique_docs,
        "time": time,
        "headline": best.event.text,
        "text": " | ".join(dict.fromkeys(r.text for r in reports)),
        "reports": reports,
        "conflict": bool(conflicting),
        "conflicting_times": conflicting,
        "scheduled": any(it.event.scheduled for it in items),
    })


def mentions_entity(event: Event, name: str) -> bool:
    """Whether an event names a person, organisation or place, by full name or surname.

    ("Zelensky's office said...", "Volodymyr Zelensky") -> True (surname, possessive).
    """
    words = [w for w in _WORD.findall(name.lower()) if w not in _STOP]
    if not words:
        return False
    texts = [event.text, *(r.text for r in event.reports)]
    full = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"(?:['’]s?)?\b"
    surname = r"\b" + re.escape(words[-1]) + r"(?:['’]s?)?(?![\w-])"
    for text in texts:
        low = text.lower()
        if re.search(full, low) or re.search(surname, low):
            return True
    return False


def filter_entities(events: Iterable[Event], names: list[str]) -> list[Event]:
    """Only the events that mention one of the names (SemEval-2015 Task 4 style timelines)."""
    wanted = [n for n in names if n.strip()]
    if not wanted:
        return list(events)
    return [e for e in events if any(mentions_entity(e, n) for n in wanted)]
