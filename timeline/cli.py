"""The `timeline` command: a thin layer from flags to Settings to the API to a renderer.

Every user error is one line on stderr and a distinct exit code (see timeline.errors), never a
traceback. Slow imports (matplotlib, dateparser, trafilatura) happen only in the commands that
need them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from timeline.errors import DateError, InputError, OutputError, TimelineError
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
        if format == TagFormat.timeml:
            from timeline.timeml import timeml_settings

            settings = timeml_settings(settings)
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


class _Progress:
    """A one-line progress count on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, files: list[str]) -> None:
        # Counting reads each .jsonl once more: only worth it when a terminal shows the count.
        self.total = _count_articles(files) if sys.stderr.isatty() else None
        self.done = 0
        self.live = sys.stderr.isatty() and (self.total is None or self.total > 1)

    def step(self) -> None:
        self.done += 1
        if not self.live:
            return
        if self.total:
            filled = int(30 * self.done / self.total)
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} articles")
        else:
            sys.stderr.write(f"\r{self.done} articles")
        sys.stderr.flush()

    def close(self) -> None:
        if self.live and self.done:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _count_articles(files: list[str]) -> int | None:
    """How many articles the files hold (a .jsonl counts its non-blank lines), without keeping
    them; None when standard input is among them."""
    total = 0
    for name in files:
        if name == "-":
            return None
        path = Path(name)
        if path.suffix.lower() == ".jsonl" and path.is_file():
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _build(files: list[str], published: str | None, settings: Settings, day_first: bool
           ) -> tuple[Timeline | None, int]:
    """The timeline of every file that could be read, and the exit code of the first failure.

    Articles stream through the pipeline one at a time (a .jsonl of thousands is never held in
    memory whole); each file or line that fails is one line on stderr and the others still build.
    """
    from timeline.models import Article
    from timeline.pipeline import build_timeline
    from timeline.read import parse_published, read_many

    when = parse_published(published, day_first=day_first) if published else None
    failures: list[int] = []
    progress = _Progress(files)

    def articles() -> Iterator[Article]:
        for item in read_many(files, published=when, day_first=day_first):
            if isinstance(item, Article):
                progress.step()
                yield item
            else:
                if progress.live:
                    sys.stderr.write("\n")
                typer.echo(f"timeline: {item}", err=True)
                failures.append(item.exit_code)

    try:
        timeline = build_timeline(articles(), settings)
    finally:
        progress.close()
    failed = failures[0] if failures else 0
    if not timeline.documents:
        return None, failed or InputError.exit_code
    return timeline, failed


def _png_target(png: Path | None, no_png: bool, inputs: list[str]) -> Path | None:
    """Where to draw: --png, else out/timeline.png; never over one of the inputs."""
    if no_png:
        return None
    target = png or Path("out") / "timeline.png"
    for name in inputs:
        if name != "-" and Path(name).exists() and Path(name).resolve() == target.resolve():
            raise OutputError(f"{target}: is one of the input files; choose another --png path")
    return target


def _finish(timeline: Timeline | None, failed: int, format: BuildFormat, explain: bool,
            png: Path | None, title: str | None, entities: list[str]) -> None:
    """Filter by entity, print the chronology, draw the picture, exit with the failure code."""
    if timeline is not None:
        if entities:
            from timeline.merge import filter_entities

            timeline = timeline.model_copy(
                update={"events": filter_entities(timeline.events, entities)})
        if title:
            timeline = timeline.model_copy(update={"title": title})
        typer.echo(_render_timeline(timeline, format, explain), nl=False)
        sys.stdout.flush()  # the chronology is out before the slower picture is drawn
        if png is not None:
            from timeline.render.png import render_png

            written = render_png(timeline, png, title=title)
            typer.echo(f"timeline: drew {written}", err=True)
    if failed:
        raise typer.Exit(failed)


PngOption = Annotated[Path | None, typer.Option(
    "--png", help="Where to draw the picture (.png, .svg or .pdf); default out/timeline.png.")]
NoPngOption = Annotated[bool, typer.Option("--no-png", help="Do not draw a picture.")]
TitleOption = Annotated[str | None, typer.Option(help="Title of the picture and chronology.")]
ExplainOption = Annotated[bool, typer.Option(help="Say under each event why it has its date.")]
FormatOption = Annotated[BuildFormat, typer.Option("--format", "-f")]


@app.command()
def build(
    files: Annotated[list[str], typer.Argument(
        help="Articles (.txt with optional Title:/Published:/Source:/URL: headers, .html, "
             ".json, .jsonl), or - for stdin.")],
    published: Annotated[str | None, typer.Option(
        help="Publication date for every file that does not state its own, e.g. 2025-09-05."
    )] = None,
    format: FormatOption = BuildFormat.text,
    explain: ExplainOption = False,
    prefer: Annotated[Prefer, typer.Option(help="Read bare dates toward the past or future.")] = (
        Prefer.past),
    day_first: Annotated[bool, typer.Option(help="Read 05/09/2025 as 5 September.")] = False,
    entity: Annotated[list[str] | None, typer.Option(
        "--entity", help="Keep only events that mention this person, organisation or place "
                         "(repeatable).")] = None,
    png: PngOption = None,
    no_png: NoPngOption = False,
    title: TitleOption = None,
) -> None:
    """Date the events the articles report, merge sources, print the chronology, draw it."""
    try:
        target = _png_target(png, no_png, files)
        timeline, failed = _build(files, published, _settings(prefer, day_first), day_first)
        _finish(timeline, failed, format, explain, target, title, entity or [])
    except TimelineError as error:
        raise _fail(error) from None


@app.command()
def demo(
    format: FormatOption = BuildFormat.text,
    explain: ExplainOption = False,
    png: PngOption = None,
    no_png: NoPngOption = False,
) -> None:
    """Run the whole job on the bundled sample article: chronology and out/timeline.png."""
    try:
        target = _png_target(png, no_png, [])
        timeline, failed = _build([str(SAMPLE)], None, Settings(), False)
        _finish(timeline, failed, format, explain, target, None, [])
    except TimelineError as error:
        raise _fail(error) from None


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
