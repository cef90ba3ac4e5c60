"""Articles we wrote, with golden chronologies: tests/articles/NAME.txt -> NAME.expected.txt.

The golden is the exact `render_text(..., explain=True)` output. After a deliberate change,
regenerate with `TIMELINE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_articles.py` and review
the diff line by line before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.pipeline import build_timeline
from timeline.read import read
from timeline.render.text import render_text

ARTICLES = Path(__file__).parent / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt") if not p.stem.endswith(".expected"))


def chronology(name: str) -> str:
    return render_text(build_timeline(read(ARTICLES / f"{name}.txt")), explain=True)


def test_there_are_at_least_four_articles() -> None:
    assert len(NAMES) >= 4


@pytest.mark.parametrize("name", NAMES)
def test_golden_chronology(name: str) -> None:
    golden = ARTICLES / f"{name}.expected.txt"
    got = chronology(name)
    if os.environ.get("TIMELINE_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def _events(name: str) -> dict[str, tuple[str | None, bool]]:
    timeline = build_timeline(read(ARTICLES / f"{name}.txt"))
    return {e.text: (e.time.value if e.time else None, e.scheduled) for e in timeline.events}


def test_anaphora_both_directions() -> None:
    events = _events("anaphora")
    # backward: "The vote came three days after opposition members walked out" -> Mon - 3 days
    assert events["opposition members walked out of the final debate in protest"] == (
        "2025-06-06", False)
    # forward: "Two days after the vote, X resigned" -> Mon + 2 days
    assert events["Finance Minister Dora Lind resigned"] == ("2025-06-11", False)
    assert events["Lind had warned that the budget could not pass without cuts to pensions"] == (
        "2025-05-30", False)


def test_year_boundary_and_publication_weekday() -> None:
    events = _events("year_boundary")
    assert events["Freezing rain brought down power lines on December 30, stranding two trains "
                  "between Osk and Marrin"] == ("2025-12-30", False)
    assert events["On Tuesday, engineers walked the line with torches to reach the passengers"
                  ] == ("2025-12-30", False)
    # the saying, on the publication day itself; the closure until Monday is a state
    assert events["its operator said on Friday"] == ("2026-01-02", False)
    assert events["The Vell valley railway will stay closed until at least Monday"] == (
        None, False)
    assert events["the first trains are expected to run on January 5"] == ("2026-01-05", True)


def test_overnight_is_the_night_before_publication() -> None:
    events = _events("year_boundary")
    text = ("A second storm hit overnight, and crews worked through the night to clear fallen "
            "trees from the tracks")
    assert events[text] == ("2026-01-01TNI", False)


def test_generic_statements_stay_undated() -> None:
    events = _events("generic")
    assert events["The lake has long supported a small commercial fleet"] == (None, False)
    assert events["Perch numbers are usually at their highest in late spring"] == (None, False)
    assert events["Local guides say the rules are fair"] == (None, False)


def test_focus_inheritance() -> None:
    events = _events("focus")
    assert events["Okafor also confirmed that the contractor had missed three deadlines"] == (
        "2025-11-06", False)
    assert events["The tram project has been dogged by cost overruns for years"] == (None, False)


def test_a_subject_naming_an_earlier_event_is_that_event() -> None:
    events = _events("floods")
    # "The evacuation came two days after ..." refers back to "were evacuated ... on Tuesday"
    assert events["The evacuation came"] == ("2025-10-21", False)
    assert events["the national weather service issued a red alert for the region"] == (
        "2025-10-19", False)


def test_figures_are_dated_by_their_report_not_their_period() -> None:
    events = _events("earnings")
    # the period a figure covers ("the three months ended Sept. 30") and the one it is compared
    # with ("the year-earlier period") do not date it: the report on Thursday does
    assert events["Net income for the three months ended Sept. 30 was $41 million, down from $50 "
                  "million in the year-earlier period"] == ("2025-10-30", False)
    # a relative clause set off by commas dates only itself
    assert events["Chief executive Dana Whitlock, who took over in April, said the strike had "
                  "cost about $6 million"] == ("2025-10-30", False)
    assert events["It will report fourth-quarter results in late January"] == ("2026-01", True)


def test_election_story_days() -> None:
    events = _events("election")
    assert events["Earlier in the day, she had met party officials to discuss a replacement"] == (
        "2025-10-29", False)
    assert events["Early voting begins on Monday and runs for nine days"] == ("2025-11-03", True)


def test_a_life_in_order() -> None:
    events = _events("obituary")
    assert events["won a scholarship to the Royal College of Music in 1959"] == ("1959", False)
    assert events["She moved to Los Angeles in the late 1960s"] == ("196", False)
    assert events["The following year she married director Paul Hart"] == ("1974", False)


def test_a_fire_night_by_night() -> None:
    events = _events("wildfire")
    # a fronted time before an opening offset dates the main clause; the offset counts from it
    assert events["the utility had shut off power to 40,000 customers as a precaution"] == (
        "2025-10-22", False)
    assert events["the fire started"] == ("2025-10-24", False)
    # a restrictive relative clause with its own date is an event of its own
    assert events["A wildfire that started Friday afternoon in dry brush near Aldermoor"] == (
        "2025-10-24TAF", False)
    assert events["Crews retreated from the eastern ridge around 2 a.m."] == (
        "2025-10-26T02:00", False)


def test_a_trial_in_order() -> None:
    events = _events("verdict")
    assert events["closing arguments were heard the following Monday"] == ("2026-03-09", False)
    # "4 p.m. Reyes ..." starts a new sentence, which continues the day of the verdict
    assert events["Reyes, 61, showed no reaction as it was read"] == ("2026-03-11T16:00", False)
    # the act of setting is not dated, the sentencing it sets is ahead
    assert events["Judge Alma Stroud set sentencing for June 18"] == ("2026-06-18", True)


def test_weekly_counts_are_not_report_dates() -> None:
    events = _events("outbreak")
    assert events["Health officials reported 46 new measles cases in the week ending Aug. 9, up "
                  "from 31 the week before, bringing the total to 158"] == (None, False)
    assert events["the outbreak began in late June"] == ("2025-06", False)


def test_a_reported_expectation_is_scheduled_apart_from_its_report() -> None:
    events = _events("merger")
    assert events["Norvane said on Monday"] == ("2026-02-02", False)
    assert events["it expected to complete the deal on Feb. 16"] == ("2026-02-16", True)
