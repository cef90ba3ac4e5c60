"""Sentences and the tense around a position."""

from __future__ import annotations

import pytest

from timeline.segment import sentence_spans, tenses_for


def test_a_title_or_vs_does_not_end_a_sentence() -> None:
    text = "In January, after the Roe vs. Wade ruling, Col. Smith left. He came back."
    assert sentence_spans(text) == [(0, 59), (60, 73)]


def test_a_state_abbreviation_before_a_capital_still_ends_one() -> None:
    assert sentence_spans("He lives in Birmingham, Ala. The house burned.") == [(0, 28), (29, 46)]


def test_a_clock_time_ends_a_sentence_unless_a_zone_day_or_month_follows() -> None:
    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in sentence_spans(text)]

    assert split("The verdict came at 4 p.m. Reyes showed no reaction.") == [
        "The verdict came at 4 p.m.", "Reyes showed no reaction."]
    assert split("It lifted off at 11:42 p.m. A second stage fired.") == [
        "It lifted off at 11:42 p.m.", "A second stage fired."]
    for text in ("Trading stopped at 9:30 a.m. ET on Monday.", "Leave by 9 a.m. Tuesday.",
                 "Talks ended at 5 p.m. Nov. 9 in Geneva.", "At 3:30 p.m. EST, talks ended.",
                 "The bank decides at 2 p.m. London time on Thursday.",
                 "It lifted off at 11:32 p.m. Eastern Standard Time Wednesday."):
        assert split(text) == [text]


@pytest.mark.parametrize(("text", "word", "tense"), [
    # the reporting verb's complement has its own verb
    ("The utility said it is offering refunds on Dec. 7.", "Dec. 7", "present"),
    # a participle right before the time, a "will" in a later clause
    ("The flats renovated on July 1 will house 40 families.", "July 1", "past"),
    # a fronted time belongs to the clause after its comma
    ("In September, it announced plans to expand the port.", "September", "past"),
    # an action projected after "to" may lie either side
    ("The board decided to close the plant in early March.", "March", "present"),
    ("The group changed its fiscal year to the calendar year in December.", "December", "past"),
    # beyond the reach of strong cues, the nearest cue of any kind: "plans to" before "ended"
    ("On Tuesday, the association of independent grocers of the northern and western provinces "
     "plans to hold a news conference to show an advertisement filmed before the strike ended.",
     "Tuesday", "future"),
    # a plan told in the pluperfect is past
    ("Apple had originally planned to release the hub in March.", "March", "past"),
    # a cue beyond "saying" is the statement's content
    ("They issued a statement Friday saying the accord will take effect.", "Friday", "past"),
])
def test_tense_around_a_time(text: str, word: str, tense: str) -> None:
    start = text.index(word)
    assert tenses_for(text, [(start, start + len(word))]) == [tense]
