"""Property tests of the tagger and the timeline: they never raise, and what they give is
well-formed.

For any text and any publication date from year 1 to 9999, `tag` returns mentions whose spans
lie inside the text and match their text, in order, never overlapping, with start < end; and
impossible calendar dates ("31 February 2025") are never reported as days. `build_timeline`
on articles of news sentences at any such date never raises either, and its events' texts and
intervals are sound.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.models import GRAIN_ORDER, Grain, Mention, Settings
from timeline.tagger import tag

TEMPORAL = [
    "Friday", "last Friday", "next Monday", "last month", "this year", "5 Sept. 2025",
    "September 5, 2025", "3 p.m.", "3pm", "noon", "midnight", "yesterday", "today", "tomorrow",
    "two days ago", "in 3 weeks", "the 1990s", "the third quarter", "Q3", "spring", "Christmas",
    "2025-09-05", "09/05/2025", "5.9.2025", "10:30", "23:59:59", "1998", "'87", "mid-March",
    "early 2001", "every Monday", "two years", "the following day", "a week later", "now",
    "the 19th century", "Monday to Friday", "from 13 to 15 July", "Feb 29", "February 30",
    "0001-01-01", "9999-12-31", "year 1", "week 53", "T24:00", "12 a.m.", "1/1/1",
    "10 August - 12 September 2013", "between 1991 and 1997", "2015-2019", "December 28 -",
    "1 day 21 hours ago", "three days after Easter", "a week before yesterday", "half past three",
    "a quarter to noon", "Lunar New Year", "Orthodox Easter", "Tu BiShvat", "Lent", "Tet",
    "the week of March 6", "Tuesday 8th", "14:30 UTC+3", "a decade ago", "in two centuries",
    "next year's first quarter", "late last night", "two minutes later", "each July",
]
PIECES = [
    " ", "  ", ", ", ". ", "\n", "-", "–", "/", ":", ".", "'", "(", ")", "on ", "in ", "at ",
    "the ", "of ", "and ", "to ", "before ", "after ", "since ", "until ", "\u00a0", "\u200b",
    "İ", "ß", "ﬁ", "Σ", "😀", "\ufeff", "\r\n",
]
IMPOSSIBLE = ["31 February 2025", "February 30, 2024", "2025-13-01", "2025-02-30", "13/32/2025",
              "February 29, 2023", "2023-02-29", "31 April 2025", "April 31, 2025"]
CONTEXTS = ["{}", "It happened on {}.", "{}, officials said.", "The talks (on {}) failed.",
            "Friday, {} at 3 p.m."]

publication_dates = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([date(1, 1, 1), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 31)]),
)
tagger_settings = st.builds(Settings, prefer=st.sampled_from(["past", "future"]),
                            day_first=st.booleans())
temporal_text = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(TEMPORAL), st.integers(min_value=0, max_value=99999).map(str)),
        st.one_of(st.sampled_from(PIECES), st.text(max_size=3)),
    ),
    min_size=1,
    max_size=12,
).map(lambda pairs: "".join(word + glue for word, glue in pairs))


def check_mentions(text: str, mentions: list[Mention]) -> None:
    """Spans inside the text and matching it, in order, disjoint; start < end when both set."""
    previous_end = 0
    for mention in mentions:
        start, end = mention.span
        assert 0 <= start < end <= len(text), (mention.span, len(text))
        assert text[start:end] == mention.text
        assert start >= previous_end, f"overlap or disorder at {mention.span}"
        previous_end = end
        if mention.start is not None and mention.end is not None:
            assert mention.start < mention.end, (mention.text, mention.start, mention.end)


@settings(max_examples=300, deadline=None)
@given(text=st.text(), published=publication_dates, options=tagger_settings)
def test_any_text_never_raises(text: str, published: date, options: Settings) -> None:
    check_mentions(text, tag(text, published, settings=options))


@settings(max_examples=300, deadline=None)
@given(text=temporal_text, published=publication_dates, options=tagger_settings)
def test_temporal_text_is_well_formed(text: str, published: date, options: Settings) -> None:
    check_mentions(text, tag(text, published, settings=options))


def day_claims(text: str, phrase: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions overlapping `phrase` in `text` that claim a day (grain day or finer)."""
    lo = text.index(phrase)
    hi = lo + len(phrase)
    return [
        m for m in mentions
        if m.span[0] < hi and lo < m.span[1]
        and m.grain is not None and GRAIN_ORDER[m.grain] <= GRAIN_ORDER[Grain.DAY]
    ]


@pytest.mark.parametrize("phrase", IMPOSSIBLE)
@pytest.mark.parametrize("context", CONTEXTS)
def test_impossible_dates_are_not_days(phrase: str, context: str) -> None:
    text = context.format(phrase)
    mentions = tag(text, date(2025, 9, 5))
    check_mentions(text, mentions)
    claims = day_claims(text, phrase, mentions)
    assert not claims, [(m.text, m.value, m.rule) for m in claims]


@settings(max_examples=300, deadline=None)
@given(phrase=st.sampled_from(IMPOSSIBLE), context=st.sampled_from(CONTEXTS),
       published=publication_dates, options=tagger_settings)
def test_impossible_dates_are_not_days_for_any_date(phrase: str, context: str, published: date,
                                                    options: Settings) -> None:
    text = context.format(phrase)
    mentions = tag(text, published, settings=options)
    check_mentions(text, mentions)
    claims = day_claims(text, phrase, mentions)
    assert not claims, [(m.text, m.value, m.rule) for m in claims]


ARTICLE_PIECES = [
    "The quake struck late on Monday.", "It hit at 11:15 p.m. local time (1415 GMT).",
    "Waves came about 40 minutes later.", "The evacuation came hours after the alert.",
    "She quit on Wednesday, two weeks before the Nov. 16 vote.",
    "Earlier in the day, she met aides.",
    "The offer expires at midnight Friday.", "Early voting begins on Monday.",
    "He resigned in 2021, when an audit found fraud.", "The report came three months later.",
    "It was the strongest storm since March 2011.", "Talks resume the day after tomorrow.",
    "TOKYO, Dec 9 (AP) — Trains stopped overnight.", "Officials said on Sunday the fire began.",
    "Net income for the three months ended Sept. 30 rose.", "Headline without a stop\n\n",
]


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.sampled_from(ARTICLE_PIECES), min_size=1, max_size=10),
       published=publication_dates)
def test_any_article_builds_a_timeline_at_any_date(pieces: list[str], published: date) -> None:
    from timeline.models import Article
    from timeline.pipeline import build_timeline

    text = " ".join(pieces)
    timeline = build_timeline([Article(id="a", text=text, published=published)])
    for event in timeline.events:
        assert text[event.span[0]:event.span[1]] == event.text
        if event.time is not None:
            assert event.time.start < event.time.end
