"""`timeline build` and `timeline demo`: formats, dates, several files, errors in line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app

runner = CliRunner()
ARTICLE = "Title: Floods\nPublished: 2025-09-05\n\nThe river rose on Thursday.\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_build_text(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--no-png", write(tmp_path, "a.txt", ARTICLE)])
    assert result.exit_code == 0, result.output
    assert "Thu 4 Sep 2025  The river rose on Thursday [1]" in result.stdout
    assert "[1] a.txt: “Floods”, published Fri 5 Sep 2025" in result.stdout


def test_build_json_contract(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["build", "--no-png", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"][0]["id"] == "a.txt"
    assert data["documents"][0]["published"] == "2025-09-05"
    mention = data["mentions"][0]
    assert {k: mention[k] for k in ("document", "text", "type", "value", "start", "end",
                                    "grain")} == {
        "document": "a.txt", "text": "Thursday", "type": "DATE", "value": "2025-09-04",
        "start": "2025-09-04T00:00:00", "end": "2025-09-05T00:00:00", "grain": "day"}
    event = data["events"][0]
    assert (event["id"], event["text"], event["documents"]) == (
        "e1", "The river rose on Thursday", ["a.txt"])
    assert {k: event["time"][k] for k in ("start", "end", "grain", "value", "expression")} == {
        "start": "2025-09-04T00:00:00", "end": "2025-09-05T00:00:00", "grain": "day",
        "value": "2025-09-04", "expression": "Thursday"}
    assert event["time"]["explanation"]


def test_build_csv_and_markdown(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    csv = runner.invoke(app, ["build", "--no-png", path, "--format", "csv"])
    assert csv.stdout.splitlines()[1].startswith("e1,Thu 4 Sep 2025,2025-09-04T00:00:00,")
    markdown = runner.invoke(app, ["build", "--no-png", path, "-f", "markdown"])
    assert markdown.stdout.startswith("| id | date |")


def test_published_applies_to_files_without_their_own_date(tmp_path: Path) -> None:
    own = write(tmp_path, "own.txt", ARTICLE)
    bare = write(tmp_path, "bare.txt", "The dam broke on Monday.\n")
    result = runner.invoke(app, ["build", "--no-png", own, bare, "--published", "2025-09-12",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(d["id"], d["published"]) for d in data["documents"]] == [
        ("own.txt", "2025-09-05"), ("bare.txt", "2025-09-12")]
    assert [e["time"]["value"] for e in data["events"]] == ["2025-09-04", "2025-09-08"]


def test_a_file_without_a_date_is_an_error_naming_it(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    bare = write(tmp_path, "bare.txt", "The dam broke on Monday.\n")
    result = runner.invoke(app, ["build", "--no-png", good, bare, str(tmp_path / "gone.txt")])
    assert result.exit_code != 0
    assert "The river rose on Thursday" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "bare.txt" in errors[0] and "no publication date" in errors[0]
    assert "gone.txt" in errors[1]


def test_only_bad_files(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--no-png", str(tmp_path / "gone.txt")])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_invalid_published_option(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["build", "--no-png", path, "--published", "x"])
    assert result.exit_code == 3
    assert "invalid publication date" in result.stderr


def test_stdin() -> None:
    result = runner.invoke(app, ["build", "--no-png", "-", "--published", "2025-09-05"],
                           input="The river rose on Thursday.\n")
    assert result.exit_code == 0, result.output
    assert "The river rose on Thursday [1]" in result.stdout


def test_explain(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["build", "--no-png", path, "--explain"])
    assert 'why: "Thursday"' in result.stdout


def test_demo() -> None:
    result = runner.invoke(app, ["demo", "--no-png"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Harrowmere votes to rebuild its river wall after a week of floods\n")
    assert "Scheduled:\n" in out and "Undated:\n" in out
    assert "night of Thu 13 Mar 2025" in out
    assert "Wed 12 Mar 2025" in out  # a day before Thursday's vote


def test_sample_is_ours_and_sized() -> None:
    sample = Path(__file__).parents[1] / "timeline" / "samples" / "sample.txt"
    text = sample.read_text(encoding="utf-8")
    assert text.startswith("Title: ") and "\nPublished: 2025-03-14\n" in text
    words = len(text.split())
    assert 350 <= words <= 650
    for phrase in ("a day after", "last month", "earlier this week", "overnight", "since",
                   "will vote on the final design on Tuesday", "has long"):
        assert phrase in text
