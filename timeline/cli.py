"""The `timeline` command: a thin layer from flags to Settings to the API to a renderer.

Every user error is one line on stderr and a distinct exit code (see timeline.errors), never a
traceback. Slow imports (matplotlib, dateparser, trafilatura) happen only in the commands that
need them.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from timeline.errors import DateError, InputError, TimelineError
from timeline.models import Settings, Timeline

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a dated, ordered event timeline.",
    pretty_exceptions_enable=False,
)


class TagFormat(StrEnum):
    text = "text"
    json = "json"
    timeml = "timeml"


class Prefer(StrEnum):
    past = "past"
    future = "future"


def _fail(error: TimelineError) -> typer.Exit:
    typer.echo(f"timeline: {error}", err=True)
    return typer.Exit(error.exit_code)


def _settings(prefer: Prefer, day_first: bool) -> Settings:
    return Settings(prefer=prefer.value, day_first=day_first)


def _read_text(source: str) -> str:
    """The text of a file or of standard input ("-"), as UTF-8; InputError otherwise."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{source}: cannot read ({error.strerror})") from None
        name = source
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text (byte {error.start})") from None
    if "\x00" in text:
        raise InputError(f"{name}: binary data, not text")
    if not text.strip():
        raise InputError(f"{name}: empty")
    return text


@app.command()
def tag(
    file: Annotated[str, typer.Argument(help="A text file, a TimeML .tml file, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date, e.g. 2025-09-05.")
    ] = None,
    format: Annotated[TagFormat, typer.Option("--format", "-f")] = TagFormat.text,
    prefer: Annotated[Prefer, typer.Option(help="Read bare dates toward the past or future.")] = (
        Prefer.past),
    day_first: Annotated[bool, typer.Option(help="Read 05/09/2025 as 5 September.")] = False,
) -> None:
    """Print the temporal expressions of a text, resolved against its publication date."""
    from timeline.tagger import as_datetime
    from timeline.tagger import tag as run_tag

    try:
        settings = _settings(prefer, day_first)
        tml = None
        if file.endswith(".tml"):
            from timeline.timeml import read_timeml

            if not Path(file).exists():
                raise InputError(f"{file}: no such file")
            tml = read_timeml(Path(file))
            text, when = tml.text, as_datetime(published) if published else tml.dct
        else:
            text = _read_text(file)
            if published is None:
                raise DateError(f"{file}: no publication date (give --published)")
            when = as_datetime(published)
        mentions = run_tag(text, when, settings=settings, document=Path(file).name)
        if format == TagFormat.json:
            from timeline.render.json import render_mentions_json

            typer.echo(render_mentions_json(mentions))
        elif format == TagFormat.timeml:
            from timeline.timeml import write_timeml

            typer.echo(write_timeml(tml if tml is not None else text, when, mentions,
                                    Path(file).stem))
        else:
            for m in mentions:
                typer.echo(f"{m.span[0]:>6}-{m.span[1]:<6} {m.type.value:<8} "
                           f"{m.value or '-':<16} {m.text!r}  [{m.rule}]")
    except TimelineError as error:
        raise _fail(error) from None


@app.command("eval")
def eval_command(
    gold_dir: Annotated[
        Path, typer.Argument(help="A folder of TimeML .tml files with gold TIMEX3.")
    ],
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Scores per document.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List wrong and missed expressions.")] = (
        False),
) -> None:
    """Score the tagger on TimeML gold files: TempEval-3 task A strict/relaxed/value/type F1."""
    from timeline.evaluate import evaluate_dir, format_report

    try:
        report = evaluate_dir(gold_dir)
    except TimelineError as error:
        raise _fail(error) from None
    typer.echo(format_report(report, per_doc=per_doc, errors=errors))


class BuildFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    markdown = "markdown"


SAMPLE = Path(__file__).parent / "samples" / "sample.txt"


def _render_timeline(timeline: Timeline, format: BuildFormat, explain: bool) -> str:
    """The timeline in the chosen format, ending with a newline."""
    if format == BuildFormat.json:
        from timeline.render.json import render_timeline_json

        return render_timeline_json(timeline) + "\n"
    if format == BuildFormat.csv:
        from timeline.render.table import render_csv

        return render_csv(timeline)
    if format == BuildFormat.markdown:
        from timeline.render.table import render_markdown

        return render_markdown(timeline)
    from timeline.render.text import render_text

    return render_text(timeline, explain=explain)


def _build(files: list[str], published: str | None, settings: Settings, day_first: bool
           ) -> tuple[Timeline | None, int]:
    """The timeline of every file that could be read, and the exit code of the first failure.

    Each file that fails is reported as one line on stderr; the others still make a timeline.
    """
    from timeline.models import Article
    from timeline.pipeline import build_timeline
    from timeline.read import parse_published, read_many

    when = parse_published(published, day_first=day_first) if published else None
    articles: list[Article] = []
    failed = 0
    for item in read_many(files, published=when, day_first=day_first):
        if isinstance(item, Article):
            articles.append(item)
        else:
            typer.echo(f"timeline: {item}", err=True)
            failed = failed or item.exit_code
    if not articles:
        return None, failed or InputError.exit_code
    return build_timeline(articles, settings), failed


@app.command()
def build(
    files: Annotated[list[str], typer.Argument(
        help="Articles (.txt with optional Title:/Published: headers, .html, .json, .jsonl), "
             "or - for stdin.")],
    published: Annotated[str | None, typer.Option(
        help="Publication date for every file that does not state its own, e.g. 2025-09-05."
    )] = None,
    format: Annotated[BuildFormat, typer.Option("--format", "-f")] = BuildFormat.text,
    explain: Annotated[bool, typer.Option(help="Say under each event why it has its date.")] = (
        False),
    prefer: Annotated[Prefer, typer.Option(help="Read bare dates toward the past or future.")] = (
        Prefer.past),
    day_first: Annotated[bool, typer.Option(help="Read 05/09/2025 as 5 September.")] = False,
) -> None:
    """Date the events the articles report and print them in chronological order."""
    try:
        timeline, failed = _build(files, published, _settings(prefer, day_first), day_first)
        if timeline is not None:
            typer.echo(_render_timeline(timeline, format, explain), nl=False)
    except TimelineError as error:
        raise _fail(error) from None
    if failed:
        raise typer.Exit(failed)


@app.command()
def demo(
    format: Annotated[BuildFormat, typer.Option("--format", "-f")] = BuildFormat.text,
    explain: Annotated[bool, typer.Option(help="Say under each event why it has its date.")] = (
        False),
) -> None:
    """Run the whole job on the bundled sample article and print its chronology."""
    try:
        timeline, failed = _build([str(SAMPLE)], None, Settings(), False)
        if timeline is not None:
            typer.echo(_render_timeline(timeline, format, explain), nl=False)
    except TimelineError as error:
        raise _fail(error) from None
    if failed:
        raise typer.Exit(failed)


def main() -> None:
    """Entry point of the console script: run the app, turning stray errors into one line."""
    try:
        app()
    except TimelineError as error:  # pragma: no cover - commands catch their own
        typer.echo(f"timeline: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # a bug of ours: still one line, never a traceback
        typer.echo(f"timeline: internal error: {type(error).__name__}: {error} "
                   f"(set TIMELINE_DEBUG=1 for the traceback)", err=True)
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        sys.exit(70)
