"""build_timeline: the whole job, ordering, ids and the merge hook."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.errors import DateError
from timeline.models import Article, Event, EventTime, Grain, Relation, Timeline
from timeline.pipeline import build_timeline, merge_events, order_events

FRIDAY = date(2025, 9, 5)


def test_build_one_article() -> None:
    timeline = build_timeline([Article(id="a.txt", text="Putin warned on Friday.",
                                       published=FRIDAY, title="T")])
    assert isinstance(timeline, Timeline)
    assert timeline.title == "T"
    assert [d.id for d in timeline.documents] == ["a.txt"]
    assert timeline.documents[0].characters == len("Putin warned on Friday.")
    (event,) = timeline.events
    assert (event.id, event.text, event.documents) == ("e1", "Putin warned on Friday", ["a.txt"])
    assert [m.text for m in timeline.mentions] == ["Friday"]
    assert timeline.mentions[0].document == "a.txt"


def test_order_is_chronological_with_undated_last_and_ids_follow() -> None:
    text = ("The river rose on Thursday. Moscow has long rejected it. The dam broke on Monday. "
            "The council will meet on Tuesday.")
    timeline = build_timeline([Article(id="a.txt", text=text, published=FRIDAY)])
    assert [(e.id, e.time.value if e.time else None) for e in timeline.events] == [
        ("e1", "2025-09-01"), ("e2", "2025-09-04"), ("e3", "2025-09-09"), ("e4", None)]


def test_relation_targets_follow_renumbering() -> None:
    text = "Putin warned on Friday. The warning came a day after Macron revealed a plan."
    timeline = build_timeline([Article(id="a.txt", text=text, published=FRIDAY)])
    ids = {e.text: e.id for e in timeline.events}
    macron = next(e for e in timeline.events if e.text == "Macron revealed a plan")
    assert macron.relation is not None
    assert macron.relation.target == ids["The warning came"]


def _event(id: str, doc: str, start: int, day: int | None, end_day: int | None = None) -> Event:
    time = None
    if day is not None:
        time = EventTime(start=datetime(2025, 9, day), end=datetime(2025, 9, end_day or day + 1),
                         grain=Grain.DAY, value=f"2025-09-{day:02d}")
    return Event(id=id, text=id, document=doc, documents=[doc], span=(start, start + 1),
                 sentence=0, time=time)


def test_order_is_total_start_end_document_position() -> None:
    events = [_event("x", "b", 0, 4), _event("y", "a", 5, 4), _event("z", "a", 1, 4),
              _event("w", "a", 0, 4, 7), _event("u", "a", 0, None), _event("v", "a", 0, 3)]
    ordered = order_events(events, ["a", "b"])
    assert [e.text for e in ordered] == ["v", "z", "y", "x", "w", "u"]
    assert [e.id for e in ordered] == ["e1", "e2", "e3", "e4", "e5", "e6"]
    assert order_events(list(reversed(events)), ["a", "b"]) == ordered


def test_relation_to_an_unknown_event_is_kept() -> None:
    event = _event("x", "a", 0, 4).model_copy(
        update={"relation": Relation(kind="before", target="elsewhere")})
    (ordered,) = order_events([event], ["a"])
    assert ordered.relation is not None and ordered.relation.target == "elsewhere"


def test_merge_hook_concatenates_for_now() -> None:
    a, b = _event("x", "a", 0, 4), _event("y", "b", 0, 5)
    assert merge_events({"a": [a], "b": [b]}) == [a, b]


def test_several_documents_and_duplicate_ids() -> None:
    timeline = build_timeline([
        Article(id="a.txt", text="The dam broke on Monday.", published=FRIDAY),
        Article(id="a.txt", text="The river rose on Sunday.", published=FRIDAY),
    ])
    assert [d.id for d in timeline.documents] == ["a.txt", "a.txt#2"]
    assert [e.documents for e in timeline.events] == [["a.txt#2"], ["a.txt"]]
    assert timeline.title is None


def test_missing_publication_date_names_the_article() -> None:
    with pytest.raises(DateError, match=r"b\.txt"):
        build_timeline([Article(id="b.txt", text="It rained on Monday.")])


def test_datetime_publication() -> None:
    timeline = build_timeline([Article(id="a", text="It rained on Friday.",
                                       published=datetime(2025, 9, 5, 14, 30))])
    assert timeline.events[0].time is not None
    assert timeline.events[0].time.value == "2025-09-05"
