"""Reading .txt, .html, .json, .jsonl and stdin into Articles, and every way that can fail."""

from __future__ import annotations

import inspect
import io
import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from timeline.errors import DateError, FormatError, InputError
from timeline.models import Article
from timeline.read import FileError, LineError, iter_jsonl, parse_published, read, read_many

INPUTS = Path(__file__).parent / "inputs"
NO_DATE = "no publication date (give --published, a Published: header, or a dateline)"

HEADED_TEXT = (
    "BRISKFORD, Sept 5 (Courier) - Organisers moved the lantern festival to the old quay"
    " on Friday after the park flooded.\n\nThe parade will start at dusk on Saturday.\n"
)
PLAIN_TEXT = (
    "ELMSTEAD (Courier) - The village library reopened on Thursday after a month of repairs.\n"
    "Volunteers shelved four thousand books over the weekend.\n"
)
PAGE_TEXT = (
    "PORTHAVEN (Ledger) — The harbour ferry between Porthaven and Gull Island carried"
    " passengers again on Thursday, nine days after a storm tore its landing stage from the"
    " pier.\n"
    "Crews worked through the weekend to bolt a new steel ramp to the old stone quay, the"
    " harbour master said, and inspectors signed off the repairs on Wednesday evening.\n"
    "The first crossing left at seven in the morning with forty-two passengers, most of them"
    " islanders who had spent more than a week relying on a single fishing boat for supplies.\n"
    "The council said the timetable would return to its summer pattern next Monday, with an"
    " extra late sailing on Fridays until the end of October."
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


# ---- .txt ------------------------------------------------------------------------------------


def test_txt_with_headers() -> None:
    assert read(INPUTS / "headed.txt") == [
        Article(
            id="headed.txt",
            text=HEADED_TEXT,
            published=datetime(2025, 9, 5, 14, 30),
            published_from="header",
            title="Lantern festival moves to the quay",
            source="The Valley Courier",
            url="https://courier.example/lanterns",
            place="BRISKFORD",
        )
    ]


def test_header_date_wins_over_the_caller() -> None:
    [article] = read(INPUTS / "headed.txt", published=date(2020, 1, 1))
    assert (article.published, article.published_from) == (datetime(2025, 9, 5, 14, 30), "header")


def test_txt_without_headers_takes_the_caller_date() -> None:
    assert read(str(INPUTS / "plain.txt"), published=date(2025, 9, 5)) == [
        Article(
            id="plain.txt",
            text=PLAIN_TEXT,
            published=date(2025, 9, 5),
            published_from="caller",
            place="ELMSTEAD",
        )
    ]


def test_txt_without_any_date() -> None:
    with pytest.raises(DateError) as caught:
        read(INPUTS / "plain.txt")
    assert str(caught.value) == f"plain.txt: {NO_DATE}"


def test_dated_dateline() -> None:
    [article] = read(INPUTS / "dated.txt")
    assert (article.published, article.published_from, article.place) == (
        date(2024, 3, 3),
        "dateline",
        "GRANTHOLM",
    )
    assert article.text.startswith("GRANTHOLM, March 3, 2024 /Wirefeed/ -- The Grantholm mill")


def test_caller_date_wins_over_the_dateline() -> None:
    [article] = read(INPUTS / "dated.txt", published=date(2024, 3, 4))
    assert (article.published, article.published_from) == (date(2024, 3, 4), "caller")


def test_dateline_without_a_year_and_no_caller(tmp_path: Path) -> None:
    path = write(tmp_path, "y.txt", "OSLO, Sept 5 (NTB) - The fjord froze.\n")
    with pytest.raises(DateError) as caught:
        read(path)
    assert str(caught.value) == (
        "y.txt: no publication date: the dateline gives no year "
        "(give --published or a Published: header)"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("PUBLISHED: 2025-09-05\n\nBody.\n", (date(2025, 9, 5), "Body.\n")),
        ("Published:2025-09-05 14:30\n\nBody.", (datetime(2025, 9, 5, 14, 30), "Body.")),
        ("Published: 2025-09-05\r\nTitle: T\r\n\r\nBody.\r\n", (date(2025, 9, 5), "Body.\r\n")),
        ("\ufeffPublished: 2025-09-05\n\nBody.", (date(2025, 9, 5), "Body.")),
        ("Published: 2025-09-05\n\n\nBody.", (date(2025, 9, 5), "\nBody.")),
    ],
)
def test_header_forms(tmp_path: Path, content: str, expected: tuple[object, str]) -> None:
    [article] = read(write(tmp_path, "h.txt", content))
    assert (article.published, article.text) == expected


def test_header_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfTitle: T\n\nBody.")
    [article] = read(path, published=date(2025, 9, 5))
    assert (article.title, article.text) == ("T", "Body.")


def test_lines_that_are_not_all_headers_are_text(tmp_path: Path) -> None:
    content = "Title: Not a header block\nbecause this line is text.\n\nMore text.\n"
    [article] = read(write(tmp_path, "t.txt", content), published=date(2025, 9, 5))
    assert (article.title, article.text) == (None, content)


def test_other_extension_is_text(tmp_path: Path) -> None:
    [article] = read(write(tmp_path, "notes.md", "Rain fell."), published=date(2025, 9, 5))
    assert (article.id, article.text) == ("notes.md", "Rain fell.")


def test_id_is_the_file_name_exactly(tmp_path: Path) -> None:
    path = write(tmp_path, "000_922de725d3cd573c.txt", "Rain fell.")
    assert read(path, published=date(2025, 9, 5))[0].id == "000_922de725d3cd573c.txt"


def test_text_keeps_the_dateline_and_its_offsets() -> None:
    [article] = read(INPUTS / "headed.txt")
    assert article.text[:29] == "BRISKFORD, Sept 5 (Courier) -"


# ---- stdin -----------------------------------------------------------------------------------


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Published: 2025-09-05\n\nPORTHAVEN — Gulls léft.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert read("-") == [
        Article(
            id="stdin",
            text="PORTHAVEN — Gulls léft.\n",
            published=date(2025, 9, 5),
            published_from="header",
            place="PORTHAVEN",
        )
    ]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Rain fell."))
    [article] = read("-", published=date(2025, 9, 5))
    assert (article.id, article.text, article.published_from) == ("stdin", "Rain fell.", "caller")


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(InputError, match=r"^stdin: empty file$"):
        read("-")


def test_stdin_not_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9")))
    with pytest.raises(InputError) as caught:
        read("-")
    assert str(caught.value) == (
        "stdin: not UTF-8 text (byte 0xe9 at offset 3); convert it to UTF-8"
    )


# ---- .html -----------------------------------------------------------------------------------


def test_html_page() -> None:
    assert read(INPUTS / "page.html") == [
        Article(
            id="page.html",
            text=PAGE_TEXT,
            published=date(2025, 9, 4),
            published_from="metadata",
            title="Harbour ferry resumes service after storm repairs",
            source="The Coastal Ledger",
            url="https://ledger.example/harbour-ferry",
            place="PORTHAVEN",
        )
    ]


def test_html_metadata_wins_over_the_caller() -> None:
    [article] = read(INPUTS / "page.html", published=date(2025, 9, 9))
    assert (article.published, article.published_from) == (date(2025, 9, 4), "metadata")


def test_html_without_a_date_takes_the_caller(tmp_path: Path) -> None:
    page = (INPUTS / "page.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta property="article:published_time" content="2025-09-04T10:00:00Z">\n', ""
    )
    [article] = read(write(tmp_path, "undated.htm", page), published=date(2025, 9, 9))
    assert (article.published, article.published_from) == (date(2025, 9, 9), "caller")


def test_html_title_tag_when_metadata_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    class NoTitle:
        title = None
        sitename = None
        url = None

    monkeypatch.setattr(trafilatura, "extract_metadata", lambda page: NoTitle())
    [article] = read(INPUTS / "page.html")
    assert article.title == "Harbour ferry resumes service | The Coastal Ledger"
    assert (article.source, article.url) == (None, None)


def test_html_with_no_article_text(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><head><title>T</title></head><body></body></html>")
    with pytest.raises(InputError) as caught:
        read(path, published=date(2025, 9, 5))
    assert str(caught.value) == f"{path}: no article text found in the HTML"


def test_html_needs_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = INPUTS / "page.html"
    with pytest.raises(InputError) as caught:
        read(path)
    assert str(caught.value).startswith(
        f"{path}: reading HTML needs trafilatura and htmldate: pip install 'timeline[html]' ("
    )


def test_import_is_light() -> None:
    code = (
        "import sys, timeline.read, timeline.dateline; "
        "print(sorted(m for m in ('trafilatura', 'htmldate', 'dateparser', 'matplotlib') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n"


# ---- .json -----------------------------------------------------------------------------------


def test_json_article() -> None:
    assert read(INPUTS / "article.json") == [
        Article(
            id="orchard-7",
            text="Pickers began the apple harvest on Tuesday, a week earlier than last year.",
            published=date(2025, 8, 29),
            published_from="metadata",
            title="Orchard harvest starts early",
            source="Farm Weekly",
            url="https://farm.example/orchard",
        )
    ]


def test_json_default_id_and_number_id(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", json.dumps({"text": "Rain fell."}))
    assert read(path, published=date(2025, 9, 5))[0].id == "a.json"
    path = write(tmp_path, "b.json", json.dumps({"id": 7, "text": "Rain fell."}))
    assert read(path, published=date(2025, 9, 5))[0].id == "7"


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        ('{"text": ', FormatError, "invalid JSON (Expecting value at line 1 column 10)"),
        (
            '[{"text": "a"}]',
            FormatError,
            "expected one JSON object, got a list (use .jsonl for several)",
        ),
        ('"text"', FormatError, "expected a JSON object, got a string"),
        ('{"title": "T"}', FormatError, 'no "text" field'),
        ('{"text": 5}', FormatError, '"text" must be a string, got a number'),
        ('{"text": "a", "title": ["T"]}', FormatError, '"title" must be a string, got a list'),
        ('{"text": "a", "id": true}', FormatError, '"id" must be a string, got a boolean'),
        ('{"text": " \\n "}', InputError, 'empty "text"'),
        ("  \n", InputError, "empty file"),
        (
            '{"text": "a", "published": "2025-02-30"}',
            DateError,
            "invalid publication date '2025-02-30' (day is out of range for month)",
        ),
    ],
)
def test_json_errors(tmp_path: Path, content: str, error: type[Exception], message: str) -> None:
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(error) as caught:
        read(path, published=date(2025, 9, 5))
    assert type(caught.value) is error
    assert str(caught.value) == f"{path}: {message}"


def test_json_without_a_date_names_the_article(tmp_path: Path) -> None:
    path = write(tmp_path, "n.json", json.dumps({"id": "n1", "text": "Rain fell."}))
    with pytest.raises(DateError) as caught:
        read(path)
    assert str(caught.value) == f"n1: {NO_DATE}"


# ---- .jsonl ----------------------------------------------------------------------------------

FEED_ARTICLES = [
    Article(
        id="a1",
        text="The bridge closed on Monday for inspection.",
        published=date(2025, 9, 1),
        published_from="metadata",
    ),
    Article(
        id="feed.jsonl:3",
        text="TIDEWELL, Sept 2, 2025 (Courier) — The lighthouse lamp was replaced on Tuesday.",
        published=date(2025, 9, 2),
        published_from="dateline",
        place="TIDEWELL",
    ),
]
FEED_ERROR = LineError(
    path=str(INPUTS / "feed.jsonl"),
    line_number=2,
    message="invalid JSON (Unterminated string starting at column 22)",
    exit_code=4,
)


def test_jsonl_bad_line_in_the_middle() -> None:
    items = list(iter_jsonl(INPUTS / "feed.jsonl"))
    assert items == [FEED_ARTICLES[0], FEED_ERROR, FEED_ARTICLES[1]]
    assert str(items[1]) == (
        f"{INPUTS / 'feed.jsonl'}:2: invalid JSON (Unterminated string starting at column 22)"
    )


def test_jsonl_is_streamed() -> None:
    items = iter_jsonl(INPUTS / "feed.jsonl")
    assert inspect.isgenerator(items)
    assert next(items) == FEED_ARTICLES[0]
    items.close()


def test_read_jsonl_raises_for_a_bad_line() -> None:
    with pytest.raises(FormatError) as caught:
        read(INPUTS / "feed.jsonl")
    assert str(caught.value) == str(FEED_ERROR)


def test_read_jsonl_all_good(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.jsonl", '{"text": "A."}\n\n{"id": "b", "text": "B."}\n')
    articles = read(path, published=date(2025, 9, 5))
    assert [(a.id, a.text, a.published_from) for a in articles] == [
        ("ok.jsonl:1", "A.", "caller"),
        ("b", "B.", "caller"),
    ]


@pytest.mark.parametrize(
    ("line", "message", "exit_code"),
    [
        ("[1, 2]", "expected a JSON object, got a list", 4),
        ('{"id": "x"}', 'no "text" field', 4),
        ('{"text": ""}', 'empty "text"', 2),
        (
            '{"text": "a", "published": "2025-02-30"}',
            "invalid publication date '2025-02-30' (day is out of range for month)",
            3,
        ),
        ('{"text": "a"}', NO_DATE, 3),
        ('{"id": "x9", "text": "a"}', f"x9: {NO_DATE}", 3),
        (
            "{'text': 'a'}",
            "invalid JSON (Expecting property name enclosed in double quotes at column 2)",
            4,
        ),
    ],
)
def test_jsonl_line_errors(tmp_path: Path, line: str, message: str, exit_code: int) -> None:
    path = write(tmp_path, "f.jsonl", f'{{"text": "ok", "published": "2025-09-05"}}\n{line}\n')
    items = list(iter_jsonl(path))
    assert items[1] == LineError(
        path=str(path), line_number=2, message=message, exit_code=exit_code
    )


def test_jsonl_bad_bytes_after_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, "f.jsonl", b'{"text": "ok", "published": "2025-09-05"}\n{\xff}\n')
    assert list(iter_jsonl(path))[1] == LineError(
        path=str(path),
        line_number=2,
        message="not UTF-8 text (byte 0xff at offset 1); convert it to UTF-8",
        exit_code=2,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no articles (the file is empty)"),
        (b"\n  \n", "no articles (the file is empty)"),
        (b"\x1f\x8b\x08\x00\xff\n", "not UTF-8 text (byte 0x8b at offset 1); convert it to UTF-8"),
    ],
)
def test_jsonl_file_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = write(tmp_path, "f.jsonl", content)
    with pytest.raises(InputError) as caught:
        list(iter_jsonl(path))
    assert str(caught.value) == f"{path}: {message}"


def test_jsonl_caller_date_and_day_first(tmp_path: Path) -> None:
    path = write(tmp_path, "f.jsonl", '{"text": "a", "published": "05/09/2025"}\n{"text": "b"}\n')
    items = list(iter_jsonl(path, published=date(2025, 9, 9), day_first=True))
    assert [(a.published, a.published_from) for a in items if isinstance(a, Article)] == [
        (date(2025, 9, 5), "metadata"),
        (date(2025, 9, 9), "caller"),
    ]


# ---- read_many -------------------------------------------------------------------------------


def test_read_many_keeps_going(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    items = list(
        read_many(
            [INPUTS / "plain.txt", missing, INPUTS / "feed.jsonl", INPUTS / "headed.txt"],
            published=date(2025, 9, 5),
        )
    )
    assert [type(item).__name__ for item in items] == [
        "Article",
        "FileError",
        "Article",
        "LineError",
        "Article",
        "Article",
    ]
    assert items[1] == FileError(path=str(missing), message=f"{missing}: no such file", exit_code=2)
    assert str(items[1]) == f"{missing}: no such file"
    # the caller's date wins over a dateline
    assert items[4] == FEED_ARTICLES[1].model_copy(
        update={"published": date(2025, 9, 5), "published_from": "caller"}
    )
    assert [item.id for item in items if isinstance(item, Article)] == [
        "plain.txt",
        "a1",
        "feed.jsonl:3",
        "headed.txt",
    ]


def test_read_many_no_date_is_a_file_error() -> None:
    assert list(read_many([INPUTS / "plain.txt"])) == [
        FileError(path=str(INPUTS / "plain.txt"), message=f"plain.txt: {NO_DATE}", exit_code=3)
    ]


def test_read_many_jsonl_file_error(tmp_path: Path) -> None:
    path = write(tmp_path, "e.jsonl", "")
    assert list(read_many([path])) == [
        FileError(path=str(path), message=f"{path}: no articles (the file is empty)", exit_code=2)
    ]


# ---- errors that stop a file -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("empty.txt", b"", InputError, "empty file"),
        ("blank.txt", b" \n\t\n", InputError, "no text (only whitespace)"),
        ("head.txt", b"Title: T\nSource: S\n", InputError, "no text after the header lines"),
        ("head2.txt", b"Title: T\n\n \n", InputError, "no text after the header lines"),
        (
            "latin.txt",
            b"caf\xe9 au lait",
            InputError,
            "not UTF-8 text (byte 0xe9 at offset 3); convert it to UTF-8",
        ),
        ("wide.txt", "Rain".encode("utf-16"), InputError, "UTF-16 text; convert it to UTF-8"),
        ("nul.dat", b"ab\x00cd", InputError, "not text (it contains NUL bytes)"),
        (
            "doc.pdf",
            b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n",
            InputError,
            "not UTF-8 text (byte 0xe2 at offset 9); convert it to UTF-8",
        ),
        (
            "feb.txt",
            b"Published: 2025-02-30\n\nText.",
            DateError,
            "invalid publication date '2025-02-30' (day is out of range for month)",
        ),
        (
            "soon.txt",
            b"Published: soon\n\nText.",
            DateError,
            "invalid publication date 'soon' (expected a date like 2025-09-05 or 2025-09-05T14:30)",
        ),
    ],
)
def test_file_errors(
    tmp_path: Path, name: str, content: bytes, error: type[Exception], message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(error) as caught:
        read(path, published=date(2025, 9, 5))
    assert type(caught.value) is error
    assert str(caught.value) == f"{path}: {message}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read(tmp_path / "gone.txt")
    assert str(caught.value) == f"{tmp_path / 'gone.txt'}: no such file"


@pytest.mark.parametrize("name", ["dir", "dir.jsonl"])
def test_directory(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    with pytest.raises(InputError) as caught:
        read(tmp_path / name)
    assert str(caught.value) == f"{tmp_path / name}: is a directory, not a file"


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", "Rain fell.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as caught:
        read(path)
    assert str(caught.value) == f"{path}: cannot read (Permission denied)"


# ---- publication dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("2025-09-05", False, date(2025, 9, 5)),
        (" 2025-09-05 ", False, date(2025, 9, 5)),
        ("2025-09-05T14:30", False, datetime(2025, 9, 5, 14, 30)),
        ("2025-09-05 14:30", False, datetime(2025, 9, 5, 14, 30)),
        ("2025-09-05T14:30:15Z", False, datetime(2025, 9, 5, 14, 30, 15, tzinfo=UTC)),
        (
            "2025-09-05T14:30+02:00",
            False,
            datetime(2025, 9, 5, 14, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("09/05/2025", False, date(2025, 9, 5)),
        ("05/09/2025", True, date(2025, 9, 5)),
        ("5.9.2025", True, date(2025, 9, 5)),
        ("September 5, 2025", False, date(2025, 9, 5)),
        ("Sept. 5, 2025", False, date(2025, 9, 5)),
        ("Friday, Sept 5, 2025", False, date(2025, 9, 5)),
        ("5 September 2025", False, date(2025, 9, 5)),
        ("5th Sep 2025", False, date(2025, 9, 5)),
    ],
)
def test_parse_published(value: str, day_first: bool, expected: date) -> None:
    found = parse_published(value, day_first=day_first)
    assert (found, type(found)) == (expected, type(expected))


@pytest.mark.parametrize(
    ("value", "day_first", "reason"),
    [
        ("2025-02-30", False, "day is out of range for month"),
        ("2025-09-05T25:00", False, "hour must be in 0..23"),
        ("13/09/2025", False, "month must be in 1..12; read month first"),
        ("09/13/2025", True, "month must be in 1..12; read day first"),
        ("Smarch 5, 2025", False, "unknown month 'Smarch'"),
        ("yesterday", False, "expected a date like 2025-09-05 or 2025-09-05T14:30"),
    ],
)
def test_parse_published_errors(value: str, day_first: bool, reason: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_published(value, day_first=day_first)
    assert str(caught.value) == f"invalid publication date {value!r} ({reason})"
