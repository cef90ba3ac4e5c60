"""Read articles from .txt, .html, .json and .jsonl files or standard input.

The publication date comes from the file itself (a `Published:` header, a JSON field, HTML
metadata), else from the caller's `published`, else from a dateline ("MOSCOW, Sept 5 (Reuters) -").
trafilatura and htmldate are imported only when an HTML file is read.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.dateline import Dateline, dateline_date, find_dateline
from timeline.errors import DateError, FormatError, InputError, TimelineError
from timeline.lexicon import month_number
from timeline.models import Article, Frozen, PublishedFrom

__all__ = ["FileError", "LineError", "iter_jsonl", "parse_published", "read", "read_many"]

_HEADER = re.compile(r"(?i)[ \t]*(title|published|source|url)[ \t]*:(.*)")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_MONTH_WORD = r"([A-Za-z]+)\.?"
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+(\d{{4}})")
_WEEKDAY_PREFIX = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+")
_TITLE_TAG = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_NO_DATE = "no publication date (give --published, a Published: header, or a dateline)"
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_STDIN = "-"


class LineError(Frozen):
    """A bad line of a .jsonl file: LineError(path="feed.jsonl", line_number=2, message=...)."""

    path: str
    line_number: int
    message: str
    exit_code: int = FormatError.exit_code

    def __str__(self) -> str:
        """One line for the user: "feed.jsonl:2: invalid JSON (Expecting value at column 1)"."""
        return f"{self.path}:{self.line_number}: {self.message}"


class FileError(Frozen):
    """A file that could not be read at all: FileError(path="a.txt", message="a.txt: ...")."""

    path: str
    message: str
    exit_code: int

    def __str__(self) -> str:
        """The message, which names the file: "gone.txt: no such file"."""
        return self.message


def read(
    path: str | Path,
    *,
    published: date | datetime | None = None,
    day_first: bool = False,
) -> list[Article]:
    """Articles of one file ("-" for stdin): read("a.txt") -> [Article(id="a.txt", ...)]."""
    if str(path) == _STDIN:
        raw = _read_stdin()
        return [_from_txt(raw, name="stdin", id="stdin", published=published, day_first=day_first)]
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        articles: list[Article] = []
        for item in iter_jsonl(path, published=published, day_first=day_first):
            if isinstance(item, LineError):
                raise _error_class(item.exit_code)(str(item))
            articles.append(item)
        return articles
    raw = _read_file(path)
    if suffix in _HTML_SUFFIXES:
        article = _from_html(raw, path=path, published=published, day_first=day_first)
    elif suffix == ".json":
        article = _from_json(raw, path=path, published=published, day_first=day_first)
    else:
        article = _from_txt(
            _decode(raw, str(path)),
            name=str(path),
            id=path.name,
            published=published,
            day_first=day_first,
        )
    return [article]


def read_many(
    paths: Iterable[str | Path],
    *,
    published: date | datetime | None = None,
    day_first: bool = False,
) -> Iterator[Article | LineError | FileError]:
    """Many files, errors in line: read_many(["a.txt", "gone.txt"]) -> Article, FileError."""
    for path in paths:
        try:
            if str(path) != _STDIN and Path(path).suffix.lower() == ".jsonl":
                yield from iter_jsonl(path, published=published, day_first=day_first)
            else:
                yield from read(path, published=published, day_first=day_first)
        except TimelineError as exc:
            yield FileError(path=str(path), message=str(exc), exit_code=exc.exit_code)


def iter_jsonl(
    path: str | Path,
    *,
    published: date | datetime | None = None,
    day_first: bool = False,
) -> Iterator[Article | LineError]:
    """Stream a .jsonl file by line: line 2 bad -> Article, LineError(line_number=2), Article."""
    path = Path(path)
    name = str(path)
    _check_file(path)
    found = 0
    try:
        with path.open("rb") as lines:
            for number, line in enumerate(lines, start=1):
                if number == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if not line.strip():
                    continue
                if found == 0:
                    _decode(line, name)  # a first line that is not text: the file is not text
                found += 1
                yield _jsonl_line(
                    line, path=path, number=number, published=published, day_first=day_first
                )
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    if found == 0:
        raise InputError(f"{name}: no articles (the file is empty)")


def _jsonl_line(
    line: bytes, *, path: Path, number: int, published: date | datetime | None, day_first: bool
) -> Article | LineError:
    """One line of a .jsonl file: b'{"text": "T"}' -> Article; b"{" -> LineError."""
    default_id = f"{path.name}:{number}"
    try:
        fields = _object_fields(_parse_json(_decode(line, "").strip()), day_first=day_first)
        return _article(**fields, default_id=default_id, published=published)
    except TimelineError as exc:
        message = str(exc)
        if isinstance(exc, _NoDate) and exc.article_id == default_id:
            message = exc.reason  # the line number names it already
        return LineError(
            path=str(path), line_number=number, message=message, exit_code=exc.exit_code
        )


def parse_published(value: str, *, day_first: bool = False) -> date | datetime:
    """A publication date from a string: "2025-09-05" -> date(2025, 9, 5); "05/09/2025" too."""
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].+", text):
            return datetime.fromisoformat(text)
        if numeric := _NUMERIC_DATE.fullmatch(text):
            first, second, year = (int(part) for part in numeric.groups())
            day, month = (first, second) if day_first else (second, first)
            return _checked_date(year, month, day, "day first" if day_first else "month first")
        words = _WEEKDAY_PREFIX.sub("", text, count=1)
        if named := _MONTH_DAY_YEAR.fullmatch(words):
            month_word, day_text, year_text = named.groups()
            return _named_date(year_text, month_word, day_text)
        if named := _DAY_MONTH_YEAR.fullmatch(words):
            day_text, month_word, year_text = named.groups()
            return _named_date(year_text, month_word, day_text)
    except ValueError as exc:
        # Our own formats read it and found no such day ("2025-02-30"), or a month name we do
        # not know ("5 septembre 2025"): dateparser gets the second kind.
        normalised = None if "unknown month" not in str(exc) else _normalise_absolute(
            text, day_first)
        if normalised is None:
            raise DateError(f"invalid publication date {value!r} ({exc})") from exc
        return normalised
    normalised = _normalise_absolute(text, day_first)
    if normalised is not None:
        return normalised
    raise DateError(
        f"invalid publication date {value!r} (expected a date like 2025-09-05 or 2025-09-05T14:30)"
    )


def _normalise_absolute(text: str, day_first: bool) -> date | datetime | None:
    """Any other absolute date string, normalised by dateparser (absolute parsers only, all of
    day, month and year required; relative phrases such as "yesterday" are refused):
    "Fri, 05 Sep 2025 10:00:00 GMT" -> datetime(2025, 9, 5, 10, 0, tzinfo=UTC);
    "5. September 2025" -> datetime(2025, 9, 5, 0, 0)."""
    import dateparser  # slow to import: only for a date string our own formats do not cover

    parsed = dateparser.parse(text, settings={
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "DATE_ORDER": "DMY" if day_first else "MDY",
    })
    if parsed is None or not 1 <= parsed.year <= 9999:
        return None
    if (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0) and parsed.tzinfo is None \
            and not re.search(r"\d:\d", text):
        return parsed.date()
    return parsed


def _checked_date(year: int, month: int, day: int, order: str) -> date:
    """date(year, month, day) or a ValueError that says how it was read: (2025, 13, 5) -> error."""
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{exc}; read {order}") from exc


def _named_date(year: str, month: str, day: str) -> date:
    """A date with a month name: ("2025", "Sept", "5") -> date(2025, 9, 5)."""
    number = month_number(month)
    if number is None:
        raise ValueError(f"unknown month {month!r}")
    return date(int(year), number, int(day))


# ---- formats ---------------------------------------------------------------------------------


def _from_txt(
    text: str,
    *,
    name: str,
    id: str,
    published: date | datetime | None,
    day_first: bool,
) -> Article:
    """An article from text with optional headers: "Title: T\\n\\nBody" -> title "T", "Body"."""
    if not text:
        raise InputError(f"{name}: empty file")
    headers, body = _split_headers(text)
    if not body.strip():
        where = "after the header lines" if headers is not None else "(only whitespace)"
        raise InputError(f"{name}: no text {where}")
    headers = headers or {}
    own = None
    if "published" in headers:
        try:
            own = parse_published(headers["published"], day_first=day_first)
        except DateError as exc:
            raise DateError(f"{name}: {exc}") from exc
    return _article(
        text=body,
        default_id=id,
        own=own,
        own_from="header",
        published=published,
        title=headers.get("title"),
        source=headers.get("source"),
        url=headers.get("url"),
    )


def _split_headers(text: str) -> tuple[dict[str, str] | None, str]:
    """Headers before a blank line, and the body: "URL: u\\n\\nText" -> ({"url": "u"}, "Text")."""
    lines = text.splitlines(keepends=True)
    headers: dict[str, str] = {}
    for number, line in enumerate(lines):
        if not line.strip():
            return (headers, "".join(lines[number + 1 :])) if number else (None, text)
        match = _HEADER.fullmatch(line.rstrip("\r\n"))
        if match is None:
            return None, text
        if value := match[2].strip():  # an empty value ("Title:") says nothing
            headers[match[1].lower()] = value
    return (headers, "") if lines else (None, text)  # header lines only: no body


def _from_html(
    raw: bytes, *, path: Path, published: date | datetime | None, day_first: bool
) -> Article:
    """An article from a web page: text by trafilatura, date by htmldate, title from metadata."""
    name = str(path)
    page = _decode(raw, name)
    try:
        import htmldate
        import trafilatura
    except ImportError as exc:
        raise InputError(
            f"{name}: reading HTML needs trafilatura and htmldate: "
            f"pip install 'timeline[html]' ({exc})"
        ) from exc
    try:
        text = trafilatura.extract(
            page, include_comments=False, include_tables=False, favor_precision=True
        )
        metadata = trafilatura.extract_metadata(page)
        found = htmldate.find_date(page, original_date=True, outputformat="%Y-%m-%d")
    except Exception as exc:  # a third-party parser failing on a strange page
        raise InputError(f"{name}: cannot extract the article from the HTML ({exc})") from exc
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = getattr(metadata, "title", None) or _title_tag(page)
    text = _drop_title_line(text, title)
    own = _iso_date(found) if found else None
    return _article(
        text=text,
        default_id=path.name,
        own=own,
        own_from="metadata",
        published=published,
        title=title,
        source=getattr(metadata, "sitename", None) or None,
        url=getattr(metadata, "url", None) or None,
    )


def _iso_date(value: str) -> date | None:
    """An ISO date, or None if it is not one: "2025-09-04" -> date(2025, 9, 4)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _title_tag(page: str) -> str | None:
    """The page's <title>: "<title>A &amp; B</title>" -> "A & B"."""
    match = _TITLE_TAG.search(page)
    if match is None:
        return None
    title = " ".join(html.unescape(match[1]).split())
    return title or None


def _drop_title_line(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title: ("T\\nBody", "T") -> "Body"."""
    first, newline, rest = text.partition("\n")
    if title and newline and " ".join(first.split()) == " ".join(title.split()) and rest.strip():
        return rest
    return text


def _from_json(
    raw: bytes, *, path: Path, published: date | datetime | None, day_first: bool
) -> Article:
    """An article from a .json file holding one object: {"text": "..."} -> Article(id=file name)."""
    name = str(path)
    text = _decode(raw, name)
    if not text.strip():
        raise InputError(f"{name}: empty file")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"{name}: invalid JSON ({exc.msg.removesuffix(' at')} at line {exc.lineno} "
            f"column {exc.colno})"
        ) from exc
    if isinstance(obj, list):
        raise FormatError(f"{name}: expected one JSON object, got a list (use .jsonl for several)")
    try:
        fields = _object_fields(obj, day_first=day_first)
    except TimelineError as exc:
        raise type(exc)(f"{name}: {exc}") from exc
    return _article(**fields, default_id=path.name, published=published)


def _parse_json(line: str) -> Any:
    """One JSON value, or a FormatError: '{"text": 1' -> FormatError("invalid JSON (...)")."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Invalid control character at"
        raise FormatError(f"invalid JSON ({reason} at column {exc.colno})") from exc


def _object_fields(obj: Any, *, day_first: bool) -> dict[str, Any]:
    """The article fields of a JSON object: {"text": "T", "id": 7} -> {"text": "T", "id": "7"}."""
    if not isinstance(obj, dict):
        raise FormatError(f"expected a JSON object, got {_json_kind(obj)}")
    if "text" not in obj:
        raise FormatError('no "text" field')
    text = obj["text"]
    if not isinstance(text, str):
        raise FormatError(f'"text" must be a string, got {_json_kind(text)}')
    if not text.strip():
        raise InputError('empty "text"')
    raw_id = obj.get("id")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    else:
        raw_id = _string_field(obj, "id")
    when = _string_field(obj, "published")
    return {
        "text": text,
        "id": raw_id,
        "own": parse_published(when, day_first=day_first) if when else None,
        "own_from": "metadata",
        "title": _string_field(obj, "title"),
        "source": _string_field(obj, "source"),
        "url": _string_field(obj, "url"),
    }


def _string_field(obj: dict[str, Any], key: str) -> str | None:
    """A non-empty string field or None: ({"title": " T "}, "title") -> "T"; 5 is an error."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FormatError(f'"{key}" must be a string, got {_json_kind(value)}')
    return value.strip() or None


def _json_kind(value: Any) -> str:
    """How JSON calls a value's type: [] -> "a list", 3 -> "a number"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


# ---- the publication date ------------------------------------------------------------------


class _NoDate(DateError):
    """No date from any source; its message names the article: "a.txt: no publication date ..."."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"{article_id}: {reason}")
        self.article_id = article_id
        self.reason = reason


def _article(
    *,
    text: str,
    id: str | None = None,
    default_id: str,
    own: date | datetime | None,
    own_from: PublishedFrom,
    published: date | datetime | None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    """The article, dated by its own metadata, else the caller, else its dateline."""
    article_id = id or default_id
    dateline = find_dateline(text)
    when: date | datetime
    origin: PublishedFrom
    if own is not None:
        when, origin = own, own_from
    elif published is not None:
        when, origin = published, "caller"
    else:
        when, origin = _dateline_date(dateline, article_id), "dateline"
    return Article(
        id=article_id,
        text=text,
        published=when,
        published_from=origin,
        title=title,
        source=source,
        url=url,
        place=dateline.place if dateline else None,
    )


def _dateline_date(dateline: Dateline | None, article_id: str) -> date:
    """The dateline's date, or a DateError naming the article: "MOSCOW, Sept 5, 2025 -" -> 09-05."""
    found = dateline_date(dateline, None) if dateline else None
    if found is not None:
        return found
    if dateline is not None and dateline.day is not None and dateline.year is None:
        raise _NoDate(
            article_id,
            "no publication date: the dateline gives no year "
            "(give --published or a Published: header)",
        )
    raise _NoDate(article_id, _NO_DATE)


# ---- bytes -----------------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    """An InputError unless `path` is an existing file: "gone.txt" -> "gone.txt: no such file"."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    if not path.exists():
        raise InputError(f"{path}: no such file")


def _read_file(path: Path) -> bytes:
    """The bytes of a file, or an InputError naming it: "gone.txt" -> "gone.txt: no such file"."""
    _check_file(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _read_stdin() -> str:
    """Standard input as text: bytes through UTF-8 when it has a buffer, else its text."""
    stream = sys.stdin
    if stream is None:
        raise InputError("stdin: no standard input")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            return _decode(buffer.read(), "stdin")
        return _text(str(stream.read()), "stdin")
    except OSError as exc:
        raise InputError(f"stdin: cannot read ({exc.strerror or exc})") from exc


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 text (a BOM allowed) or an InputError: b"\\xff" -> "x.txt: not UTF-8 text (...)"."""
    prefix = f"{name}: " if name else ""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{prefix}UTF-16 text; convert it to UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{prefix}not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8"
        ) from exc
    return _text(text, name)


def _text(text: str, name: str) -> str:
    """The text, unless it holds NUL bytes (a binary file): "a\\x00b" -> InputError."""
    if "\x00" in text:
        prefix = f"{name}: " if name else ""
        raise InputError(f"{prefix}not text (it contains NUL bytes)")
    return text


def _error_class(exit_code: int) -> type[TimelineError]:
    """The error class with this exit code: 3 -> DateError."""
    for cls in (InputError, DateError, FormatError):
        if cls.exit_code == exit_code:
            return cls
    return TimelineError
