"""The TempEval-3 task A scorer: matching, counts, scores, errors and the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.evaluate import (
    EvalError,
    EvalReport,
    Scores,
    Tagger,
    evaluate,
    evaluate_dir,
    format_report,
    score_document,
)
from timeline.models import Mention, Settings, TimeSpec, TimeValue, TimexType
from timeline.timeml import GoldTimex, read_timeml

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPEVAL = SHARED / "corpora" / "tempeval3"

TEXT = "Sales fell on Friday and rose last week, up 3% in 1998."


def gold(text: str, value: str, kind: str = "DATE", *, at: str = TEXT) -> GoldTimex:
    """Gold TIMEX3 for the first occurrence of `text` in `at`."""
    start = at.index(text)
    return GoldTimex(span=(start, start + len(text)), text=text, type=TimexType(kind), value=value)


def system(text: str, value: str | None, kind: str = "DATE", *, at: str = TEXT) -> Mention:
    """System mention for the first occurrence of `text` in `at`."""
    start = at.index(text)
    time = TimeValue(value=value) if value is not None else None
    return Mention(
        span=(start, start + len(text)), text=text, type=TimexType(kind), rule="test",
        spec=TimeSpec(kind="test"), time=time,
    )  # fmt: skip


def scored(scores: Scores) -> dict[str, float]:
    """The ten scores of a Scores, by name."""
    names = [
        "strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall",
        "relaxed_f1", "value_accuracy", "type_accuracy", "value_f1", "type_f1",
    ]  # fmt: skip
    return {name: getattr(scores, name) for name in names}


def test_three_gold_two_system_one_exact_one_overlapping_wrong_value() -> None:
    golds = [gold("Friday", "1998-01-09"), gold("last week", "1998-W01"), gold("1998", "1998")]
    systems = [system("Friday", "1998-01-09"), system("week", "1998-W02")]
    doc = score_document(golds, systems, "d1", text=TEXT)
    assert doc.scores == Scores(
        gold=3, system=2, strict=1, relaxed=2, value_correct=1, type_correct=2
    )
    assert scored(doc.scores) == pytest.approx(
        {
            "strict_precision": 0.5,
            "strict_recall": 1 / 3,
            "strict_f1": 0.4,
            "relaxed_precision": 1.0,
            "relaxed_recall": 2 / 3,
            "relaxed_f1": 0.8,
            "value_accuracy": 0.5,
            "type_accuracy": 1.0,
            "value_f1": 0.4,
            "type_f1": 0.8,
        }
    )
    assert doc.errors == [
        EvalError(
            kind="value", document="d1", span=(30, 39), gold_text="last week",
            gold_value="1998-W01", gold_type="DATE", system_text="week",
            system_value="1998-W02", system_type="DATE",
            context="Sales fell on Friday and rose [last week], up 3% in 1998.",
        ),
        EvalError(
            kind="missed", document="d1", span=(50, 54), gold_text="1998", gold_value="1998",
            gold_type="DATE", context=" on Friday and rose last week, up 3% in [1998].",
        ),
    ]  # fmt: skip


def test_type_error_spurious_and_missing_value() -> None:
    golds = [gold("last week", "P1W", "DURATION")]
    systems = [system("Friday", None), system("last week", "P1W")]
    doc = score_document(golds, systems, "d2")
    assert doc.scores == Scores(
        gold=1, system=2, strict=1, relaxed=1, value_correct=1, type_correct=0
    )
    assert doc.scores.type_f1 == 0.0
    assert doc.scores.value_f1 == pytest.approx(2 / 3)  # P 1/2, R 1/1
    assert [(e.kind, e.gold_type, e.system_type, e.system_text) for e in doc.errors] == [
        ("type", "DURATION", "DATE", "last week"),
        ("spurious", None, "DATE", "Friday"),
    ]
    assert doc.errors[1].context == ""  # no text given


def test_relaxed_matching_is_one_to_one_and_prefers_exact_span() -> None:
    golds = [gold("last week", "1998-W01")]
    systems = [system("last", "1998"), system("last week", "1998-W01")]
    doc = score_document(golds, systems, "d", text=TEXT)
    assert (doc.scores.strict, doc.scores.relaxed, doc.scores.value_correct) == (1, 1, 1)
    assert [(e.kind, e.system_text) for e in doc.errors] == [("spurious", "last")]


def test_relaxed_matching_takes_largest_overlap() -> None:
    text = "from early March 1998 on"
    golds = [gold("early March 1998", "1998-03", at=text)]
    systems = [system("from early", "X", at=text), system("March 1998 on", "1998-03", at=text)]
    doc = score_document(golds, systems, "d", text=text)
    assert (doc.scores.strict, doc.scores.relaxed, doc.scores.value_correct) == (0, 1, 1)
    assert [(e.kind, e.system_text) for e in doc.errors] == [("spurious", "from early")]


def test_two_gold_cannot_share_one_system_mention() -> None:
    text = "March 1998"
    golds = [gold("March", "1998-03", at=text), gold("1998", "1998", at=text)]
    doc = score_document(golds, [system("March 1998", "1998-03", at=text)], "d", text=text)
    assert (doc.scores.relaxed, doc.scores.value_correct) == (1, 1)
    assert doc.scores.relaxed_precision == 1.0
    assert doc.scores.relaxed_recall == 0.5
    assert [(e.kind, e.gold_text) for e in doc.errors] == [("missed", "1998")]


def test_spans_are_compared_after_trimming_whitespace() -> None:
    text = "on Friday \n"
    padded = GoldTimex(span=(2, 11), text=" Friday \n", type=TimexType.DATE, value="x")
    doc = score_document([padded], [system("Friday", "x", at=text)], "d", text=text)
    assert (doc.scores.strict, doc.scores.relaxed) == (1, 1)
    blank = GoldTimex(span=(2, 3), text=" ", type=TimexType.DATE, value="x")
    assert score_document([blank], [], "d", text=text).scores == Scores()


def test_empty_document_scores_zero() -> None:
    doc = score_document([], [], "empty")
    assert doc.errors == []
    assert set(scored(doc.scores).values()) == {0.0}


def test_context_is_forty_characters_each_side_without_newlines() -> None:
    text = "x" * 50 + "\nsaid on Friday that\nthe" + "y" * 50
    doc = score_document([], [system("Friday", "x", at=text)], "d", text=text)
    assert doc.errors[0].context == "x" * 31 + " said on [Friday] that the" + "y" * 31


def write(folder: Path, name: str, body: str, dct: str = "1998-01-08") -> Path:
    """A small TimeML file of our own."""
    path = folder / name
    path.write_text(
        f'<TimeML><DOCID>{name}</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>',
        encoding="utf-8",
    )
    return path


def friday_tagger(calls: list[tuple[str, date, Settings | None]]) -> Tagger:
    """A fake tagger: every "Friday" is 1998-01-02; records its calls."""

    def tag(text: str, published: date, *, settings: Settings | None = None) -> list[Mention]:
        calls.append((text, published, settings))
        start = text.find("Friday")
        return [system("Friday", "1998-01-02", at=text)] if start >= 0 else []

    return tag


def make_corpus(folder: Path) -> None:
    """Two documents: one found with a wrong value, one with one found and one missed."""
    write(
        folder, "b.tml",
        'On <TIMEX3 tid="t1" type="DATE" value="1998-01-02">Friday</TIMEX3>, '
        'and <TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3>.',
        dct="1998-01-08T10:00",
    )  # fmt: skip
    write(folder, "a.tml", 'On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3>.')


def test_evaluate_dir_tags_with_dct_and_micro_averages(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    calls: list[tuple[str, date, Settings | None]] = []
    settings = Settings(prefer="future")
    report = evaluate_dir(tmp_path, tagger=friday_tagger(calls), settings=settings)
    # ranges as TimeML annotates them: two full dates as two TIMEX3
    timeml = Settings(prefer="future", ranges="timeml")
    assert calls == [
        ("On Friday.", date(1998, 1, 8), timeml),
        ("On Friday, and last year.", date(1998, 1, 8), timeml),
    ]
    assert [d.document for d in report.documents] == ["a", "b"]
    assert report.overall == Scores(
        gold=3, system=2, strict=2, relaxed=2, value_correct=1, type_correct=2
    )
    # micro: value F1 = 2*1/(3+2) = 0.4; the mean of the documents' (0 and 2/3) would differ
    assert report.overall.value_f1 == pytest.approx(0.4)
    assert [d.scores.value_f1 for d in report.documents] == pytest.approx([0.0, 2 / 3])
    assert [(e.kind, e.document) for e in report.errors] == [("value", "a"), ("missed", "b")]


def test_evaluate_accepts_paths_and_empty_input(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    report = evaluate([str(tmp_path / "a.tml")], tagger=friday_tagger([]))
    assert report.overall == Scores(
        gold=1, system=1, strict=1, relaxed=1, value_correct=0, type_correct=1
    )
    assert evaluate([], tagger=friday_tagger([])) == EvalReport(overall=Scores(), documents=[])


def test_evaluate_dir_without_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.tml files"):
        evaluate_dir(tmp_path, tagger=friday_tagger([]))
    with pytest.raises(InputError, match="not a folder"):
        evaluate_dir(tmp_path / "absent", tagger=friday_tagger([]))


def test_format_report(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    report = evaluate_dir(tmp_path, tagger=friday_tagger([]))
    assert format_report(report) == (
        "TempEval-3 task A: 2 documents, 3 gold and 2 system TIMEX3 "
        "(s = strict, r = relaxed, P/R/F1 in %)\n"
        "document     gold    sys     sP     sR    sF1     rP     rR    rF1  valF1 typeF1\n"
        "overall         3      2  100.0   66.7   80.0  100.0   66.7   80.0   40.0   80.0\n"
        "value accuracy 50.0%, type accuracy 100.0% over 2 relaxed matches\n"
    )
    full = format_report(report, per_doc=True, errors=True)
    assert full.splitlines()[4:] == [
        "",
        "a               1      1  100.0  100.0  100.0  100.0  100.0  100.0    0.0  100.0",
        "b               2      1  100.0   50.0   66.7  100.0   50.0   66.7   66.7   66.7",
        "",
        "value (1)",
        '  a  gold "Friday" DATE 1998-01-09 / system "Friday" DATE 1998-01-02  | On [Friday].',
        "",
        "missed (1)",
        '  b  gold "last year" DATE 1997  | On Friday, and [last year].',
    ]


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="shared corpora absent")
def test_gold_as_system_scores_perfectly_on_a_real_file() -> None:
    path = sorted((TEMPEVAL / "TimeBank").glob("*.tml"))[0]
    doc = read_timeml(path)

    def echo(text: str, published: date, *, settings: Settings | None = None) -> list[Mention]:
        assert (text, published) == (doc.text, doc.dct)
        return [
            Mention(
                span=g.span, text=g.text, type=g.type, rule="gold", spec=TimeSpec(kind="gold"),
                time=TimeValue(value=g.value or ""),
            )
            for g in doc.gold
        ]  # fmt: skip

    report = evaluate([path], tagger=echo)
    assert report.overall.gold == len(doc.gold) > 0
    assert set(scored(report.overall).values()) == {1.0}
    assert report.errors == []


def test_a_fiscal_year_is_scored_by_its_timex3_value() -> None:
    text = "Sales rose in fiscal 1989 and in 1990."
    doc = score_document(
        [gold("fiscal 1989", "1989", at=text), gold("1990", "FY1990", at=text)],
        [system("fiscal 1989", "FY1989", at=text), system("1990", "1990", at=text)], "d",
        text=text)
    # both sides are compared as TIMEX3 writes them: "FY1989" is 1989
    assert (doc.scores.relaxed, doc.scores.value_correct) == (2, 2)
