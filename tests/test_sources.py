"""Many sources, one story: three invented outlets (.txt, .html, .jsonl), a day apart; three
invented wire reports of a dam failure (tests/sources/dam), told in other words and grains; a
bill passed and signed (tests/sources/bill) and a mayoral election (tests/sources/vote), each
told by three invented outlets in other words."""

from __future__ import annotations

import gc
import io
import json
import sys
import weakref
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.models import Article
from timeline.pipeline import build_timeline
from timeline.read import read, read_many

SOURCES = Path(__file__).parent / "sources"
FILES = [str(SOURCES / n) for n in
         ("harbour_gazette.txt", "coastal_wire.html", "northern_daily.jsonl")]
DAM = [str(SOURCES / "dam" / n) for n in
       ("meridian_wire.txt", "northern_ledger.txt", "valley_post.txt")]
BILL = [str(SOURCES / "bill" / n) for n in
        ("capital_times.txt", "eastport_courier.txt", "norvan_herald.txt")]
VOTE = [str(SOURCES / "vote" / n) for n in
        ("lakeside_record.txt", "northern_voice.txt", "tarsk_observer.txt")]
runner = CliRunner()


def story() -> list:
    return [a for a in read_many(FILES) if isinstance(a, Article)]


def test_each_format_gives_its_date_and_where_it_came_from() -> None:
    gazette, wire = read(FILES[0])[0], read(FILES[1])[0]
    assert (gazette.published, gazette.published_from, gazette.source) == (
        date(2025, 10, 14), "header", "Harbour Gazette")
    assert wire.published_from == "metadata"
    assert wire.title == "Second terminal joins Vessgard port strike"
    assert str(wire.published)[:10] == "2025-10-15"
    assert wire.place == "VESSGARD"
    assert [a.id for a in read(FILES[2])] == ["northern-daily-1", "northern-daily-2"]


def test_golden_merged_chronology() -> None:
    result = runner.invoke(app, ["build", "--no-png", "--explain", *FILES])
    assert result.exit_code == 0, result.output
    assert result.stdout == (SOURCES / "merged.expected").read_text()


def test_each_real_world_event_appears_once_credited_to_every_source() -> None:
    events = build_timeline(story()).events
    by_cue = {cue: [e for e in events if cue in (e.headline or e.text)] for cue in
              ("walked out on Tuesday", "collapsed", "container terminal", "is due to meet")}
    assert [len(found) for found in by_cue.values()] == [1, 1, 1, 1]
    strike, talks, terminal, meeting = (found[0] for found in by_cue.values())
    everyone = ["harbour_gazette.txt", "coastal_wire.html", "northern-daily-1"]
    assert strike.documents == everyone
    assert talks.documents == everyone
    assert meeting.documents == everyone
    assert terminal.documents == ["coastal_wire.html", "northern-daily-1"]
    # The wire's "yesterday" (published Wed) is the gazette's "Tuesday" (published Tue).
    assert strike.time is not None and strike.time.value == "2025-10-14"
    assert any("yesterday" in r.text for r in strike.reports)
    assert talks.time is not None and talks.time.value == "2025-10-12"
    assert meeting.scheduled and meeting.time is not None and meeting.time.value == "2025-10-16"


def test_different_statements_of_one_speaker_stay_apart() -> None:
    events = build_timeline(story()).events
    holt = [e for e in events if "Mara Holt" in e.text]
    assert len(holt) == 2
    assert all(len(e.documents) == 1 for e in holt)


def test_an_unrelated_story_from_the_same_feed_is_not_merged() -> None:
    events = build_timeline(story()).events
    final = [e for e in events if "cup final" in e.text]
    assert len(final) == 1 and final[0].documents == ["northern-daily-2"]


def test_entity_keeps_only_events_naming_it() -> None:
    result = runner.invoke(app, ["build", "--no-png", "--entity", "holt", *FILES])
    assert result.exit_code == 0, result.output
    shown = result.stdout.split("Events: ")[1]
    assert shown.startswith("2 dated, 0 scheduled, 0 undated")
    assert shown.count("Union leader Mara Holt") == 2
    assert "walked out" not in shown


def test_json_lists_every_document_with_its_date_source() -> None:
    result = runner.invoke(app, ["build", "--no-png", "--format", "json", *FILES])
    data = json.loads(result.stdout)
    assert [(d["id"], d["published"][:10], d["published_from"]) for d in data["documents"]] == [
        ("harbour_gazette.txt", "2025-10-14", "header"),
        ("coastal_wire.html", "2025-10-15", "metadata"),
        ("northern-daily-1", "2025-10-15", "metadata"),
        ("northern-daily-2", "2025-10-15", "metadata"),
    ]
    merged = [e for e in data["events"] if len(e["documents"]) > 1]
    assert all(len(e["reports"]) >= 2 for e in merged)


def test_a_thousand_jsonl_articles_stream_without_a_progress_bar_when_piped(
        tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as handle:
        for n in range(1000):
            handle.write(json.dumps({"id": f"a{n}", "published": "2025-10-15",
                                     "text": f"Ferry {n} sailed on Tuesday."}) + "\n")
        handle.write("{not json\n")
    result = runner.invoke(app, ["build", "--no-png", "--format", "json", str(feed)])
    assert result.exit_code == 4  # the bad line fails the run at the end
    assert result.stderr.strip() == f"timeline: {feed}:1001: invalid JSON (Expecting property " \
        "name enclosed in double quotes at column 2)"
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 1000
    assert data["events"][0]["time"]["value"] == "2025-10-14"


def test_the_pipeline_does_not_hold_every_article_at_once() -> None:
    alive: list[weakref.ref[Article]] = []
    most = 0

    def articles() -> Iterator[Article]:
        nonlocal most
        for n in range(50):
            gc.collect()
            most = max(most, sum(ref() is not None for ref in alive))
            article = Article(id=f"a{n}", text=f"Ferry {n} sailed on Tuesday. " * 20,
                              published=date(2025, 10, 15))
            alive.append(weakref.ref(article))
            yield article

    built = build_timeline(articles())
    assert len(built.documents) == 50
    assert most <= 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_articles_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.cli import _Progress

    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    progress = _Progress(FILES)
    assert progress.total == 4  # one .txt, one .html, two .jsonl lines
    for _ in range(4):
        progress.step()
    progress.close()
    written = screen.getvalue()
    assert "[" + "#" * 7 + "." * 23 + "] 1/4 articles" in written
    assert "[" + "#" * 30 + "] 4/4 articles" in written
    assert written.endswith("\r" + " " * 60 + "\r")


def test_a_dam_failure_told_three_ways_is_one_event_dated_by_its_finest_report() -> None:
    """Same day "gave way early on Monday", next day "burst at about 4 a.m. on April 13", three
    days later "failed before dawn on April 13": one event, dated 04:00 by the second."""
    events = build_timeline([a for a in read_many(DAM) if isinstance(a, Article)]).events
    merged = {e.headline: (e.documents, e.time.value if e.time else None)
              for e in events if len(e.documents) > 1}
    assert merged == {
        "The dam burst at about 4 a.m. on April 13, releasing most of its reservoir into the "
        "Sorva valley while people slept": (
            ["meridian_wire.txt", "northern_ledger.txt", "valley_post.txt"], "2026-04-13T04:00"),
        "Authorities evacuated 3,000 residents of Lisk and nearby towns on Monday, moving them to "
        "schools and sports halls in the regional capital": (
            ["meridian_wire.txt", "northern_ledger.txt"], "2026-04-13"),
        "Prime Minister Anton Kessel visited the valley on Tuesday and promised compensation to "
        "every family that lost a home": (["northern_ledger.txt", "valley_post.txt"], "2026-04-14"),
    }
    failure = next(e for e in events if len(e.documents) == 3)
    assert [(r.document, r.time.value if r.time else None, r.text[:30]) for r in failure.reports] \
        == [("meridian_wire.txt", "2026-04-13", "The Brenna dam on the Sorva ri"),
            ("northern_ledger.txt", "2026-04-13T04:00", "The dam burst at about 4 a.m. "),
            ("valley_post.txt", "2026-04-13", "The dam failed before dawn on ")]
    assert failure.conflict is False
    assert failure.merged_because == [
        # "gave way early on Monday": the early part of the day, within the other's day
        'meridian_wire.txt + valley_post.txt: 2026-04-13 within 2026-04-13; shared "river", '
        '"sorva", "villages", "dam", "gave way" = "failed" (score 0.72)',
        'northern_ledger.txt + meridian_wire.txt: 2026-04-13T04:00 within 2026-04-13; shared '
        '"sorva", "dam", "burst" = "gave way", "valley" (score 0.45)']
    # The follow-up names "Monday's collapse" but happened on Wednesday; background stays apart.
    alone = {cue: [(e.documents, e.time.value if e.time else None) for e in events
                   if cue in e.text] for cue in ("two more bodies", "in 2019", "last year")}
    assert alone == {"two more bodies": [(["valley_post.txt"], "2026-04-15")],
                     "in 2019": [(["valley_post.txt"], "2019")],
                     "last year": [(["valley_post.txt"], "2025")]}


def test_json_says_why_reports_were_merged() -> None:
    result = runner.invoke(app, ["build", "--no-png", "--format", "json", *DAM])
    events = json.loads(result.stdout)["events"]
    assert [len(e["merged_because"]) for e in events if len(e["documents"]) > 1] == [1, 2, 1]
    assert all(e["merged_because"] == [] for e in events if len(e["documents"]) == 1)


def test_golden_bill_told_three_ways() -> None:
    """"passed" = "voted through" = "approved", "held" = "observed" a minute's silence,
    "resigned" = "stepped down", "filed a lawsuit" = "sued"; the signing one source expected
    and two saw done is no longer scheduled."""
    result = runner.invoke(app, ["build", "--no-png", "--explain", *BILL])
    assert result.exit_code == 0, result.output
    assert result.stdout == (SOURCES / "bill" / "merged.expected").read_text()


def test_an_election_told_three_ways_merges_each_event_once_and_keeps_two_deaths_apart() -> None:
    events = build_timeline([a for a in read_many(VOTE) if isinstance(a, Article)]).events
    merged = {e.headline: (e.documents, e.time.value if e.time else None)
              for e in events if len(e.documents) > 1}
    everyone = ["lakeside_record.txt", "northern_voice.txt", "tarsk_observer.txt"]
    assert merged == {
        # "was killed" = "killed" = "died" (the worker named by one source only)
        "Gunmen killed a poll worker at a polling station in Brecken on Sunday": (
            everyone, "2026-03-01"),
        # "announced the results" = "declared Mira Solt the winner" = "was declared the winner"
        "Election officials announced the results on Monday morning, giving Mira Solt 54 percent "
        "of the vote": (everyone, "2026-03-02TMO"),
        # "conceded defeat" = "admitted defeat", evening and night overlapping
        "Rival candidate Otto Brandt conceded defeat on Monday evening": (
            ["northern_voice.txt", "tarsk_observer.txt"], "2026-03-02TEV"),
    }
    # Another death the same day in the same town, and a death in January, stay apart.
    alone = {cue: [e.documents for e in events if cue in e.text]
             for cue in ("Anna Rusk", "Lev Harkin")}
    assert alone == {"Anna Rusk": [["northern_voice.txt"]], "Lev Harkin": [["lakeside_record.txt"]]}
