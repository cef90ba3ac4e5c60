"""The text chronology: labels at real precision, sections, documents, --explain."""

from __future__ import annotations

from datetime import date

from timeline.models import Article
from timeline.pipeline import build_timeline
from timeline.render.text import render_text

FRIDAY = date(2025, 9, 5)
TEXT = ("Putin warned on Friday. Earlier this week, he offered talks. "
        "Moscow has long rejected the idea. The parliament will vote on Tuesday.")


def test_render_text() -> None:
    timeline = build_timeline([Article(id="a.txt", text=TEXT, published=FRIDAY, title="Talks")])
    assert render_text(timeline) == (
        "Talks\n"
        "\n"
        "Documents:\n"
        "  [1] a.txt: “Talks”, published Fri 5 Sep 2025\n"
        "Events: 2 dated, 1 scheduled, 1 undated\n"
        "\n"
        "week of 1 Sep 2025 (before Fri 5 Sep)  Earlier this week, he offered talks [1]\n"
        "Fri 5 Sep 2025                         Putin warned on Friday [1]\n"
        "\n"
        "Scheduled:\n"
        "Tue 9 Sep 2025                         The parliament will vote on Tuesday [1]\n"
        "\n"
        "Undated:\n"
        "  Moscow has long rejected the idea [1]\n"
    )


def test_explain_adds_the_reasoning() -> None:
    timeline = build_timeline([Article(id="a.txt", text="Putin warned on Friday.",
                                       published=FRIDAY)])
    out = render_text(timeline, explain=True)
    assert "Fri 5 Sep 2025  Putin warned on Friday [1]\n" in out
    assert ('\n                  why: "Friday": the most recent Friday on or before '
            "publication (Fri 2025-09-05),\n                       past tense\n") in out


def test_same_date_is_shown_once_and_long_text_wraps() -> None:
    text = ("The mayor resigned on Friday. The council met on Friday to discuss the resignation "
            "of the mayor and the future of the long delayed bridge over the river near the "
            "harbour.")
    out = render_text(build_timeline([Article(id="a", text=text, published=FRIDAY)]))
    lines = out.splitlines()
    assert lines[4] == "Fri 5 Sep 2025  The mayor resigned on Friday [1]"
    assert lines[5].startswith("                The council met on Friday")
    assert lines[6].startswith("                ") and all(len(x) <= 100 for x in lines)


def test_several_documents_are_numbered() -> None:
    timeline = build_timeline([
        Article(id="a.txt", text="The dam broke on Monday.", published=FRIDAY),
        Article(id="b.txt", text="The river rose on Sunday.", published=date(2025, 9, 2)),
    ])
    out = render_text(timeline)
    assert "  [1] a.txt: published Fri 5 Sep 2025\n  [2] b.txt: published Tue 2 Sep 2025\n" in out
    assert "Sun 31 Aug 2025  The river rose on Sunday [2]" in out
