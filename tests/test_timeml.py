"""Reading and writing TimeML: exact text, exact offsets, round trips."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.errors import DateError, FormatError, InputError
from timeline.models import Article, Mention, TimeSpec, TimeValue, TimexType
from timeline.timeml import GoldTimex, TimemlDocument, read_timeml, write_timeml

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPEVAL = SHARED / "corpora" / "tempeval3"

SNIPPET = """<?xml version="1.0" ?>
<TimeML>
<DOCID>NYT19980402.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-04-02T09:15" temporalFunction="false" \
functionInDocument="CREATION_TIME">04/02/1998 09:15</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3> text</TITLE>
<TEXT>
<s>AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-03-30">Monday</TIMEX3> that profits &lt;rose&gt;.</s>
<s>Sales <EVENT eid="e2" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">for</SIGNAL> \
<TIMEX3 tid="t2" type="DURATION" value="P3M" mod="MORE_THAN">more than three months</TIMEX3> \
<!-- a <note> --> at Caf&#233; Ren&#xE9;, <TIMEX3 tid="t3" type="SET" value="P1D" \
quant="EVERY">every day</TIMEX3>.</s>
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>
"""

SNIPPET_TEXT = (
    "\nAT&T said Monday that profits <rose>.\n"
    "Sales fell for more than three months  at Café René, every day.\n"
)


def mention(start: int, end: int, text: str, kind: str, value: str | None, **time: str) -> Mention:
    """A Mention as a tagger would return it, with only what TimeML needs."""
    resolved = TimeValue(value=value, **time) if value is not None else None
    return Mention(
        span=(start, end), text=text, type=TimexType(kind), rule="test",
        spec=TimeSpec(kind="test"), time=resolved,
    )  # fmt: skip


def test_read_snippet_text_dct_and_gold() -> None:
    doc = read_timeml(SNIPPET)
    assert doc.id == "NYT19980402.0001"
    assert doc.dct == date(1998, 4, 2)
    assert doc.text == SNIPPET_TEXT
    assert doc.gold == [
        GoldTimex(span=(11, 17), text="Monday", type=TimexType.DATE, value="1998-03-30", tid="t1"),
        GoldTimex(
            span=(54, 76), text="more than three months", type=TimexType.DURATION,
            value="P3M", mod="MORE_THAN", tid="t2",
        ),
        GoldTimex(
            span=(92, 101), text="every day", type=TimexType.SET, value="P1D", tid="t3",
            quant="EVERY",
        ),
    ]  # fmt: skip
    for timex in doc.gold:
        assert doc.text[timex.span[0] : timex.span[1]] == timex.text


def test_read_keeps_head_and_tail() -> None:
    doc = read_timeml(SNIPPET)
    assert doc.head.startswith('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>')
    assert doc.head.endswith("text</TITLE>\n")
    assert doc.tail == (
        '\n<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />\n'
        "</TimeML>\n"
    )


def test_read_path_uses_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "APW0001.tml"
    path.write_text(SNIPPET, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.id == "APW0001"
    assert read_timeml(str(path)).text == SNIPPET_TEXT


def test_read_normalizes_line_ends_like_xml() -> None:
    raw = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="20250905">x</TIMEX3></DCT>'
        '<TEXT>a\r\nb\rc <TIMEX3 tid="t1" type="DATE" value="2025-09-05">today</TIMEX3>'
        "&#13;</TEXT></TimeML>"
    )
    doc = read_timeml(raw)
    assert doc.dct == date(2025, 9, 5)
    assert doc.id == "document"
    assert doc.text == "a\nb\nc today\r"
    assert doc.gold[0].span == (6, 11)


def test_read_skips_empty_timex_and_cdata_counts() -> None:
    raw = (
        '<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-08"/></DCT><TEXT>'
        '<TIMEX3 tid="t5" type="DURATION" value="P1D" />'
        '<![CDATA[a<b]]> <TIMEX3 tid="t1" type="TIME" value="1998-01-08TEV">tonight</TIMEX3>'
        "</TEXT></TimeML>"
    )
    doc = read_timeml(raw)
    assert doc.text == "a<b tonight"
    assert doc.gold == [
        GoldTimex(
            span=(4, 11), text="tonight", type=TimexType.TIME, value="1998-01-08TEV", tid="t1"
        )
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ('<TimeML><DCT><TIMEX3 value="1998-01-08">x</TIMEX3></DCT></TimeML>', "no <TEXT>"),
        ("<TimeML><TEXT>On Monday</TEXT></TimeML>", "no DCT"),
        ('<TimeML><DCT><TIMEX3 value="soon">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>', "not a date"),
        (
            '<TimeML><DCT><TIMEX3 value="1998-01-08">x</TIMEX3></DCT>'
            '<TEXT><TIMEX3 tid="t1" type="DAY" value="X">a</TIMEX3></TEXT></TimeML>',
            "unknown type 'DAY'",
        ),
        (
            '<TimeML><DCT><TIMEX3 value="1998-01-08">x</TIMEX3></DCT>'
            '<TEXT><TIMEX3 tid="t1" type="DATE" value="X">a</TEXT></TimeML>',
            "without a closing",
        ),
    ],
)
def test_read_rejects_bad_timeml(raw: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        read_timeml(raw)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_timeml(tmp_path / "absent.tml")


def test_write_exact_document() -> None:
    text = "Sales fell on Friday & in Q3."
    mentions = [
        mention(26, 28, "Q3", "DATE", "2025-Q3", mod="START"),
        mention(14, 20, "Friday", "DATE", "2025-09-05"),
    ]
    assert write_timeml(text, date(2025, 9, 5), mentions, "d<1>") == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<TimeML>\n"
        "<DOCID>d&lt;1&gt;</DOCID>\n"
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-09-05" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2025-09-05</TIMEX3></DCT>\n'
        '<TEXT>Sales fell on <TIMEX3 tid="t1" type="DATE" value="2025-09-05">Friday</TIMEX3>'
        ' &amp; in <TIMEX3 tid="t2" type="DATE" value="2025-Q3" mod="START">Q3</TIMEX3>.</TEXT>\n'
        "</TimeML>\n"
    )


def test_round_trip_text_and_mentions() -> None:
    text = 'AT&T said <on "Monday"> it\r\nwould pay every week, for 3 years & no value.'
    mentions = [
        mention(15, 21, "Monday", "DATE", "2025-09-01"),
        mention(38, 48, "every week", "SET", "P1W", quant="EVERY", freq="1X"),
        mention(54, 61, "3 years", "DURATION", "P3Y", mod="APPROX"),
        mention(64, 66, "no", "DATE", None),
    ]
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    written = write_timeml(text, datetime(2025, 9, 5, 18, 30), mentions, "round")
    doc = read_timeml(written)
    assert doc.id == "round"
    assert doc.dct == date(2025, 9, 5)
    assert doc.text == text
    assert [(g.span, g.text, g.type, g.value, g.mod) for g in doc.gold] == [
        (m.span, m.text, m.type, m.value, m.mod) for m in mentions
    ]
    assert [(g.tid, g.quant, g.freq) for g in doc.gold] == [
        ("t1", None, None), ("t2", "EVERY", "1X"), ("t3", None, None), ("t4", None, None)
    ]  # fmt: skip
    # a standard XML parser reads the same text
    assert "".join(ET.fromstring(written.encode()).find("TEXT").itertext()) == text  # type: ignore[union-attr]


def test_write_article_defaults_and_missing_date() -> None:
    article = Article(id="a1.txt", text="Yesterday.", published=date(2025, 9, 5))
    doc = read_timeml(
        write_timeml(article, mentions=[mention(0, 9, "Yesterday", "DATE", "2025-09-04")])
    )
    assert (doc.id, doc.dct, doc.gold[0].value) == ("a1.txt", date(2025, 9, 5), "2025-09-04")
    with pytest.raises(DateError):
        write_timeml(Article(text="Yesterday."))


def test_write_rejects_overlap_and_out_of_range() -> None:
    text = "last Friday"
    with pytest.raises(ValueError, match="overlaps"):
        write_timeml(
            text, date(2025, 9, 5),
            [mention(0, 11, text, "DATE", "2025-08-29"), mention(5, 11, "Friday", "DATE", "x")],
        )  # fmt: skip
    with pytest.raises(ValueError, match="outside"):
        write_timeml(text, date(2025, 9, 5), [mention(5, 12, "Friday", "DATE", "x")])


def test_write_back_timeml_document_keeps_head_drops_links() -> None:
    doc = read_timeml(SNIPPET)
    written = write_timeml(doc, mentions=[mention(11, 17, "Monday", "DATE", "1998-03-30")])
    assert written.startswith(doc.head + "<TEXT>")
    assert written.endswith("</TEXT>\n</TimeML>\n")
    again = read_timeml(written)
    assert isinstance(again, TimemlDocument)
    assert (again.id, again.dct, again.text) == (doc.id, doc.dct, doc.text)
    assert [(g.span, g.value) for g in again.gold] == [((11, 17), "1998-03-30")]


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="shared corpora absent")
def test_real_timebank_file_offsets() -> None:
    path = sorted((TEMPEVAL / "TimeBank").glob("*.tml"))[0]
    doc = read_timeml(path)
    assert doc.gold
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") : raw.index("</TEXT>")]
    tagged = [html.unescape(t) for t in re.findall(r"<TIMEX3[^>]*>(.*?)</TIMEX3>", body, re.S)]
    assert [g.text for g in doc.gold] == tagged
    for timex in doc.gold:
        assert doc.text[timex.span[0] : timex.span[1]] == timex.text


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="shared corpora absent")
@pytest.mark.parametrize(
    ("folder", "documents", "timexes"), [("TimeBank", 183, 1243), ("AQUAINT", 73, 579)]
)
def test_corpus_agrees_with_xml_parser(folder: str, documents: int, timexes: int) -> None:
    paths = sorted((TEMPEVAL / folder).glob("*.tml"))
    total = 0
    for path in paths:
        doc = read_timeml(path)
        element = ET.parse(path).getroot().find("TEXT")
        assert element is not None
        assert doc.text == "".join(element.itertext()), path.name
        expected = [("".join(t.itertext()), t.get("value")) for t in element.iter("TIMEX3")]
        assert [(g.text, g.value) for g in doc.gold] == expected, path.name
        total += len(doc.gold)
    assert (len(paths), total) == (documents, timexes)


def test_timeml_settings_tag_a_range_of_two_full_dates_as_two_timex() -> None:
    from timeline.models import Settings
    from timeline.tagger import tag
    from timeline.timeml import timeml_settings

    text = "Shares were bought from Aug. 26 to Oct. 20 and Monday to Friday."
    assert timeml_settings() == Settings(ranges="timeml")
    assert timeml_settings(Settings(ranges="split")).ranges == "split"
    assert [m.text for m in tag(text, "2025-09-05")] == ["Aug. 26 to Oct. 20", "Monday to Friday"]
    mentions = tag(text, "2025-09-05", settings=timeml_settings())
    assert [(m.text, m.value) for m in mentions] == [
        ("Aug. 26", "2025-08-26"), ("Oct. 20", "2025-10-20"), ("Monday to Friday", "2025-09-01")]
    written = write_timeml(text, date(2025, 9, 5), mentions, "d1")
    assert '<TIMEX3 tid="t1" type="DATE" value="2025-08-26">Aug. 26</TIMEX3> to <TIMEX3 ' \
        'tid="t2" type="DATE" value="2025-10-20">Oct. 20</TIMEX3>' in written


def test_timeml_settings_leave_out_a_relation_timeml_does_not_tag() -> None:
    from timeline.tagger import tag
    from timeline.timeml import timeml_settings

    text = "Protesters marched on the eve of Sunday's vote."
    assert [(m.text, m.value) for m in tag(text, "2025-09-05")] == [
        ("the eve of", "P1D"), ("Sunday", "2025-08-31")]
    mentions = tag(text, "2025-09-05", settings=timeml_settings())
    assert [(m.text, m.value) for m in mentions] == [("Sunday", "2025-08-31")]


def test_a_fiscal_year_is_written_with_its_year_label() -> None:
    from timeline.tagger import tag
    from timeline.timeml import timex3_value

    text = "Elco earned $7.8 million in fiscal 1989."
    mentions = tag(text, "1989-10-30")
    assert [(m.text, m.value) for m in mentions] == [("fiscal 1989", "FY1989")]
    assert '<TIMEX3 tid="t1" type="DATE" value="1989">fiscal 1989</TIMEX3>' in write_timeml(
        text, date(1989, 10, 30), mentions, "d1")
    assert [timex3_value(v) for v in ("FY2023", "2023-Q1", None)] == ["2023", "2023-Q1", None]


def test_decades_and_centuries_of_a_duration_are_written_in_years() -> None:
    from timeline.timeml import timex3_value

    assert [timex3_value(v) for v in ("P2DE", "P1.5DE", "P1CE", "PXDE", "199", "P3Y")] == [
        "P20Y", "P15Y", "P100Y", "PXDE", "199", "P3Y"]
