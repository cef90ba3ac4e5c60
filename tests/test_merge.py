"""Cross-document merge: same event once, credited to every source; contradictions kept."""

from __future__ import annotations

from datetime import datetime

from timeline.merge import filter_entities, mentions_entity, merge_events
from timeline.models import Event, EventTime, Grain


def day(iso: str) -> EventTime:
    start = datetime.fromisoformat(iso)
    return EventTime(start=start, end=start.replace(day=start.day + 1), grain=Grain.DAY,
                     value=iso, expression="Friday", explanation=f"dated {iso}")


def event(eid: str, doc: str, text: str, time: EventTime | None = None, at: int = 0) -> Event:
    return Event(id=eid, text=text, document=doc, documents=[doc], span=(at, at + len(text)),
                 sentence=0, time=time)


DAM_A = "The regional council approved the new river dam near Halvorsen on Friday"
DAM_B = "Halvorsen's regional council has approved a new river dam after a long debate"
FIRE_B = "A warehouse fire destroyed grain stores in the port of Kelmar"
STRIKE_A = "Dock workers in Kelmar began a strike over unpaid wages"


def test_same_event_from_two_sources_is_one_event_dated_by_the_dated_source() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", DAM_A, day("2025-09-05")),
                  event("a2", "a.txt", STRIKE_A, day("2025-09-03"), at=100)],
        "b.txt": [event("b1", "b.txt", DAM_B), event("b2", "b.txt", FIRE_B, at=100)],
    })
    assert len(merged) == 3
    dam = next(e for e in merged if len(e.documents) == 2)
    assert dam.documents == ["a.txt", "b.txt"]
    assert dam.headline == DAM_A
    assert dam.text == f"{DAM_A} | {DAM_B}"
    assert dam.time is not None and dam.time.value == "2025-09-05"
    assert [r.document for r in dam.reports] == ["a.txt", "b.txt"]
    assert dam.conflict is False


def test_undated_report_takes_the_date_of_another_source_and_says_so() -> None:
    merged = merge_events({
        "b.txt": [event("b1", "b.txt", DAM_B)],
        "a.txt": [event("a1", "a.txt", DAM_A, day("2025-09-05"))],
    })
    assert len(merged) == 1
    only = merged[0]
    assert only.documents == ["b.txt", "a.txt"]
    assert only.headline == DAM_A  # the dated report is the clearer one
    assert only.time is not None
    assert only.time.explanation == "dated 2025-09-05"


def test_times_that_cannot_overlap_keep_similar_reports_apart() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", DAM_A, day("2025-09-05"))],
        "b.txt": [event("b1", "b.txt", DAM_A, day("2025-08-20"))],
    })
    assert len(merged) == 2
    assert all(len(e.documents) == 1 for e in merged)


def test_one_day_disagreement_between_identical_reports_is_merged_and_flagged() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", DAM_A, day("2025-09-05"))],
        "b.txt": [event("b1", "b.txt", DAM_A, day("2025-09-04"))],
    })
    assert len(merged) == 1
    only = merged[0]
    assert only.conflict is True
    assert [r.document for r in only.conflicting_times] == ["b.txt"]
    assert only.conflicting_times[0].time is not None
    assert only.conflicting_times[0].time.value == "2025-09-04"


def test_unrelated_events_on_the_same_day_stay_apart() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", STRIKE_A, day("2025-09-05"))],
        "b.txt": [event("b1", "b.txt", FIRE_B, day("2025-09-05"))],
    })
    assert len(merged) == 2


def test_two_undated_reports_are_never_merged() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", DAM_A)],
        "b.txt": [event("b1", "b.txt", DAM_A)],
    })
    assert len(merged) == 2


def test_a_single_document_is_returned_unchanged() -> None:
    events = [event("a1", "a.txt", DAM_A), event("a2", "a.txt", DAM_A, at=80)]
    assert merge_events({"a.txt": events}) == events


def test_entity_matches_full_name_surname_and_possessive_case_insensitively() -> None:
    text = "Officials close to president Ilona Varga's office declined to comment"
    found = event("a1", "a.txt", text)
    assert mentions_entity(found, "Ilona Varga") is True
    assert mentions_entity(found, "varga") is True
    assert mentions_entity(found, "Petra Varg") is False
    kept = filter_entities([found, event("a2", "a.txt", FIRE_B)], ["Varga"])
    assert [e.id for e in kept] == ["a1"]
    assert filter_entities([found], []) == [found]
