"""Cross-document merge: same event once, credited to every source; contradictions kept."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

from timeline.anchor import anchor
from timeline.merge import (
    SAME_EVENT,
    _candidate_pairs,
    _moments,
    _pair,
    _prepare,
    _similarity,
    _terms,
    filter_entities,
    mentions_entity,
    merge_events,
)
from timeline.models import Article, Event, EventTime, Grain
from timeline.read import read
from timeline.tagger import as_datetime, tag


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


def at(iso: str, grain: Grain = Grain.DAY, expression: str = "Monday") -> EventTime:
    start = datetime.fromisoformat(iso)
    length = {Grain.MINUTE: timedelta(minutes=1), Grain.DAY: timedelta(days=1),
              Grain.MONTH: timedelta(days=30), Grain.YEAR: timedelta(days=365)}[grain]
    return EventTime(start=start, end=start + length, grain=grain, value=iso,
                     expression=expression, explanation=f"dated {iso}")


GAVE_WAY = "The Brenna dam on the Sorva river gave way early on Monday, flooding three villages"
BURST = "The dam burst at about 4 a.m. on April 13, releasing its reservoir into the Sorva valley"
ORDERED = ("officials ordered the evacuation of Lisk and two smaller towns downstream as the "
           "river kept rising")
EVACUATED = ("Authorities evacuated 3,000 residents of Lisk and nearby towns on Monday, moving "
             "them to schools and sports halls in the regional capital")


def test_one_event_in_other_words_and_grain_is_one_event_dated_by_the_finer_report() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", GAVE_WAY, at("2026-04-13"))],
        "b.txt": [event("b1", "b.txt", BURST,
                        at("2026-04-13T04:00", Grain.MINUTE, "about 4 a.m. on April 13"))],
    })
    assert len(merged) == 1
    only = merged[0]
    assert only.documents == ["a.txt", "b.txt"]
    assert only.time is not None and only.time.value == "2026-04-13T04:00"
    assert only.headline == BURST
    assert [(r.document, r.time.value if r.time else None) for r in only.reports] == [
        ("a.txt", "2026-04-13"), ("b.txt", "2026-04-13T04:00")]
    assert only.conflict is False
    assert only.merged_because == [
        'b.txt + a.txt: 2026-04-13T04:00 within 2026-04-13; shared "burst" = "gave way", '
        '"dam", "sorva" (score 0.44)']


def test_words_for_one_kind_of_happening_meet_in_its_class() -> None:
    gave_way, burst, failure = (_terms(t) for t in (
        "The dam gave way early on Monday", "The dam burst", "the failure of the dam"))
    assert gave_way.terms == burst.terms == failure.terms == {"dam", "@collapse"}
    assert (gave_way.written["@collapse"], burst.written["@collapse"],
            failure.written["@collapse"]) == ("gave way", "burst", "failure")
    ordered, evacuated = _terms(ORDERED), _terms(EVACUATED)
    assert ordered.terms & evacuated.terms == {"@evacuate", "lisk", "town"}
    # Verb forms: "ordered", "kept", "rising"; the stemmer meets "rising" with "rise" and "rose".
    assert ordered.actions == {"@evacuate", "ord", "keep", "ris"}
    assert evacuated.actions == {"@evacuate", "mov"}


def test_words_of_time_and_the_dating_expression_are_no_content() -> None:
    said = _terms("The dam burst at about 4 a.m. on April 13, hours after dawn",
                  "about 4 a.m. on April 13")
    assert said.terms == {"dam", "@collapse"}
    assert _terms("the flooded valley").actions == frozenset()  # a participle describing


def test_one_action_at_one_place_on_one_day_is_one_event_even_told_differently() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", ORDERED, at("2026-04-13"))],
        "b.txt": [event("b1", "b.txt", EVACUATED, at("2026-04-13"))],
    })
    assert [e.documents for e in merged] == [["a.txt", "b.txt"]]
    assert merged[0].merged_because == [
        'a.txt + b.txt: both 2026-04-13; shared "evacuation" = "evacuated", "lisk", "towns" '
        '(score 0.26)']


def test_the_same_reports_a_month_wide_need_more_than_one_action_and_place() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", ORDERED, at("2026-04-01", Grain.MONTH, "April"))],
        "b.txt": [event("b1", "b.txt", EVACUATED, at("2026-04-01", Grain.MONTH, "April"))],
    })
    assert [e.documents for e in merged] == [["a.txt"], ["b.txt"]]


FOUND = "Rescuers found two more bodies in the flooded village of Orvin on Wednesday"
REACHED = "Rescuers reached the flooded village of Orvin by boat on Wednesday"
ARRESTED = "Police arrested two men near the Lisk bridge on Tuesday"
QUESTIONED = "Police questioned two men near the Lisk bridge on Tuesday"


def test_two_events_on_one_day_sharing_words_but_not_their_action_stay_apart() -> None:
    for one, other in ((FOUND, REACHED), (ARRESTED, QUESTIONED)):
        reports = {"a.txt": [event("a1", "a.txt", one, at("2026-04-15"))],
                   "b.txt": [event("b1", "b.txt", other, at("2026-04-15"))]}
        first, second = _prepare(reports, "en")
        assert _similarity(first, second)[0] >= SAME_EVENT  # the words alone would merge them
        assert [e.documents for e in merge_events(reports)] == [["a.txt"], ["b.txt"]]


def test_two_reports_of_one_document_never_merge_by_themselves() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", GAVE_WAY, at("2026-04-13")),
                  event("a2", "a.txt", GAVE_WAY, at("2026-04-13"), at=200)],
        "b.txt": [event("b1", "b.txt", FIRE_B, at("2026-04-13"))],
    })
    assert [e.id for e in merged] == ["a1", "a2", "b1"]


def test_an_undated_report_joins_only_an_event_near_its_articles_date() -> None:
    reports = {"a.txt": [event("a1", "a.txt", DAM_A, day("2025-09-05"))],
               "b.txt": [event("b1", "b.txt", DAM_B)]}
    near = merge_events(reports, published={"a.txt": datetime(2025, 9, 5),
                                            "b.txt": datetime(2025, 9, 9)})
    assert [e.documents for e in near] == [["a.txt", "b.txt"]]
    assert near[0].merged_because == [
        'a.txt + b.txt: b.txt undated, a.txt dates it 2025-09-05; shared "approved", '
        '"council", "dam", "halvorsen", "regional", "river" (score 1.00)']
    far = merge_events(reports, published={"a.txt": datetime(2025, 9, 5),
                                           "b.txt": datetime(2026, 3, 1)})
    assert [e.documents for e in far] == [["a.txt"], ["b.txt"]]


def test_the_date_agreeing_with_most_sources_wins_over_a_finer_disagreeing_one() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", GAVE_WAY, at("2026-04-13"))],
        "b.txt": [event("b1", "b.txt", GAVE_WAY, at("2026-04-13"))],
        "c.txt": [event("c1", "c.txt", GAVE_WAY, at("2026-04-14T04:00", Grain.MINUTE))],
    })
    assert len(merged) == 1
    only = merged[0]
    assert only.documents == ["a.txt", "b.txt", "c.txt"]
    assert only.time is not None and only.time.value == "2026-04-13"
    assert only.conflict is True
    assert [r.document for r in only.conflicting_times] == ["c.txt"]


def test_times_two_days_apart_are_apart_even_for_the_same_words() -> None:
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", GAVE_WAY, at("2026-04-13"))],
        "b.txt": [event("b1", "b.txt", GAVE_WAY, at("2026-04-15"))],
    })
    assert len(merged) == 2


SOURCES = Path(__file__).parent / "sources"


def _reports() -> tuple[dict[str, list[Event]], dict[str, object]]:
    """The events of every multi-source fixture, and copies of them in other documents a day
    later and at coarser grains (a month, a year, two years, undated), to reach every level of
    the index and every relation of times."""
    files = [*(SOURCES / "dam").glob("*.txt"), SOURCES / "harbour_gazette.txt",
             SOURCES / "northern_daily.jsonl"]
    reports: dict[str, list[Event]] = {}
    published: dict[str, object] = {}
    for path in sorted(files):
        for article in read(path):
            assert isinstance(article, Article) and article.published is not None
            when = as_datetime(article.published)
            found = tag(article.text, when, document=article.id)
            reports[article.id] = anchor(article.text, when, found, document=article.id)
            published[article.id] = article.published
            for grain, days in ((Grain.MONTH, 31), (Grain.YEAR, 365), (Grain.DECADE, 800)):
                copies = []
                for e in reports[article.id]:
                    if e.time is None:
                        continue
                    start = e.time.start - timedelta(days=days // 2)
                    wide = e.time.model_copy(update={"start": start, "grain": grain,
                                                     "end": start + timedelta(days=days)})
                    copies.append(e.model_copy(update={"time": wide}))
                reports[f"{article.id}-{grain}"] = copies
            reports[f"{article.id}-undated"] = [e.model_copy(update={"time": None})
                                                for e in reports[article.id]]
            reports[f"{article.id}-later"] = [e.model_copy(update={"time": e.time.model_copy(
                update={"start": e.time.start + timedelta(days=1),
                        "end": e.time.end + timedelta(days=1)})})
                for e in reports[article.id] if e.time is not None]
    return reports, published


def test_the_index_finds_every_pair_that_comparing_all_pairs_finds() -> None:
    reports, published = _reports()
    items = _prepare(reports, "en")
    for moments in (_moments(published), {}):  # type: ignore[arg-type]
        everything = {(p.first, p.second, p.relation, round(p.score, 9))
                      for a, b in combinations(items, 2) if (p := _pair(a, b, moments))}
        indexed = {(p.first, p.second, p.relation, round(p.score, 9))
                   for p in _candidate_pairs(items, moments)}
        assert len(everything) > 400
        assert {relation for _, _, relation, _ in everything} == {"overlap", "undated", "near"}
        assert indexed == everything


def test_a_crash_told_as_a_plunge_and_a_sinking_told_as_capsizing_meet() -> None:
    crashed = "A cargo plane crashed into the lake near Vellmar, killing both pilots"
    plunged = "the plane plunged into the lake near Vellmar after losing power"
    # stems: "lak", "plan"
    assert _terms(crashed).terms & _terms(plunged).terms == {"@crash", "lak", "vellmar", "plan"}
    merged = merge_events({
        "a.txt": [event("a1", "a.txt", crashed, at("2026-04-13"))],
        "b.txt": [event("b1", "b.txt", plunged, at("2026-04-13"))],
    })
    assert [e.documents for e in merged] == [["a.txt", "b.txt"]]
    assert _terms("The barge capsized").terms == _terms("the sinking of the barge").terms == {
        "barg", "@capsize"}


def _joined(one: str, other: str, when: EventTime) -> list[list[str]]:
    """The documents of each event after merging one report of a.txt with one of b.txt."""
    return [e.documents for e in merge_events({"a.txt": [event("a1", "a.txt", one, when)],
                                               "b.txt": [event("b1", "b.txt", other, when)]})]


SAME_HAPPENING = [
    ("The senate of Marvelia passed the pension reform on Wednesday",
     "Marvelia's senators voted through the pension reform on Wednesday after a long night"),
    ("The upper house of Marvelia approved the pension reform on Wednesday",
     "The senate in Marvelia adopted the pension reform on Wednesday"),
    ("Consumer regulators sued Brightwell Energy on Monday over hidden fees",
     "The consumer watchdog filed a lawsuit against Brightwell Energy on Monday, citing hidden "
     "fees"),
    ("The Dunmore election board announced the referendum results on Friday",
     "Officials declared the results of the Dunmore referendum on Friday"),
    ("Challenger Petra Lund conceded on Sunday night in the race for governor",
     "Petra Lund admitted defeat in the race for governor on Sunday"),
    ("Fans held a minute's silence before the match at Hollin Park on Saturday",
     "A minute's silence was observed at Hollin Park before Saturday's match"),
    ("The actor Ada Morrow passed away at her home in Lisbury on Friday",
     "Ada Morrow died at home in Lisbury on Friday"),
]
OTHER_HAPPENING = [
    ("The senate of Marvelia passed the pension reform on Wednesday",
     "The senate of Marvelia rejected the pension reform on Wednesday"),
    ("The mayor of Dunmore announced a new housing budget on Friday",
     "The Dunmore election board declared the referendum results on Friday"),
    ("Fans held a minute's silence before the match at Hollin Park on Saturday",
     "Election observers watched the count at Hollin Park on Saturday"),
]


def test_words_for_one_vote_lawsuit_result_or_occasion_meet_in_their_class() -> None:
    for one, other in SAME_HAPPENING:
        assert _joined(one, other, at("2026-05-06")) == [["a.txt", "b.txt"]], (one, other)
    for one, other in OTHER_HAPPENING:
        assert _joined(one, other, at("2026-05-06")) == [["a.txt"], ["b.txt"]], (one, other)
    assert _terms("Regulators sued Brightwell").terms == _terms(
        "Brightwell was taken to court by regulators").terms == {"@sue", "regulator",
                                                                 "brightwell"}
    # "observers" are people watching, not the act of observing: no class, no action
    observers = _terms("Election observers watched the count")
    assert (observers.terms, observers.actions) == ({"election", "observ", "watch", "count"},
                                                    {"watch"})


def test_killing_someone_and_their_death_meet_but_another_persons_death_does_not() -> None:
    killed = "Rebels killed the village headman near Pellam on Friday"
    his_death = "The village headman, Tomas Erl, died near Pellam on Friday after rebels attacked"
    other_death = "Nurse Ivy Dane died near Pellam on Friday when her car left the road"
    also_killed = "Rebels killed Tomas Erl, the village headman, near Pellam on Friday"
    assert _joined(killed, his_death, at("2026-05-08")) == [["a.txt", "b.txt"]]
    assert _joined(also_killed, his_death, at("2026-05-08")) == [["a.txt", "b.txt"]]
    assert _terms(other_death).people == (frozenset({"nurs", "ivy", "dan"}),)  # stems
    reports = {"a.txt": [event("a1", "a.txt", also_killed, at("2026-05-08"))],
               "b.txt": [event("b1", "b.txt", other_death, at("2026-05-08"))]}
    first, second = _prepare(reports, "en")
    assert _similarity(first, second)[0] >= 0.25  # one action, one place: enough by the words
    assert [e.documents for e in merge_events(reports)] == [["a.txt"], ["b.txt"]]


def test_a_report_denying_an_action_is_not_the_report_telling_it() -> None:
    told = "The city council of Ostry approved the stadium loan on Thursday"
    for denied in ("The city council of Ostry did not approve the stadium loan on Thursday",
                   "The Ostry city council failed to pass the stadium loan on Thursday",
                   "The Ostry city council hasn't approved the stadium loan"):
        assert _joined(told, denied, at("2026-05-07")) == [["a.txt"], ["b.txt"]], denied
    # a negation in another clause denies nothing: one event
    assert _joined(told, "The stadium loan, which does not cover repairs, was approved by the "
                   "Ostry city council on Thursday", at("2026-05-07")) == [["a.txt", "b.txt"]]
    assert _terms("Nobody was hurt when the ferry ran aground").negated == {"@injure"}
    assert _terms("The mayor denied that the dam had burst").negated == {"@collapse"}


def test_an_event_one_source_expected_and_another_saw_done_is_no_longer_scheduled() -> None:
    expected = event("a1", "a.txt", "Governor Hal Brin is expected to open the Tolva bridge on "
                     "Saturday", at("2026-05-09")).model_copy(update={"scheduled": True})
    done = event("b1", "b.txt", "Governor Hal Brin opened the Tolva bridge on Saturday",
                 at("2026-05-09"))
    merged = merge_events({"a.txt": [expected], "b.txt": [done]})
    assert [(e.documents, e.scheduled) for e in merged] == [(["a.txt", "b.txt"], False)]
    also_expected = done.model_copy(update={"scheduled": True, "text": "Brin will open the "
                                            "Tolva bridge on Saturday"})
    merged = merge_events({"a.txt": [expected], "b.txt": [also_expected]})
    assert [(e.documents, e.scheduled) for e in merged] == [(["a.txt", "b.txt"], True)]


def test_verbs_ending_in_er_meet_their_inflections() -> None:
    """Agent nouns lose "er" ("reporters" -> "report"), so "recover" is "recov": "recovered",
    "recovering" and "recovers" must lose it too to meet the class."""
    assert {_terms(t).terms for t in ("Divers recovered the anchor", "divers recover the anchor",
                                      "divers are recovering the anchor")} == {
        frozenset({"div", "@recover", "anchor"})}
    assert _terms("Police ordered a curfew").terms == _terms("the police order a curfew").terms \
        == {"polic", "ord", "curfew"}
