"""TempEval-3 task A scorer (our own implementation): find TIMEX3 spans, their types and values.

Per document, gold and system expressions are matched by character span after trimming
whitespace. Strict: identical spans. Relaxed: overlapping spans, one to one (each gold, in text
order, takes the unused overlapping system mention with the largest overlap). P = matched/system,
R = matched/gold. Value F1 = relaxed F1 x value accuracy over relaxed matches; type F1 likewise.
Overall scores are micro-averaged: counts are summed over documents before dividing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field

from timeline.errors import InputError
from timeline.models import Mention, Settings
from timeline.timeml import GoldTimex, read_timeml, timeml_settings, timex3_value

__all__ = [
    "DocScore",
    "EvalError",
    "EvalReport",
    "Scores",
    "Tagger",
    "evaluate",
    "evaluate_dir",
    "format_report",
    "score_document",
]

Tagger = Callable[..., list[Mention]]
"""Called as tagger(text, published, settings=settings) -> mentions, like `timeline.tag`."""

ErrorKind = Literal["value", "type", "missed", "spurious"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("value", "type", "missed", "spurious")
CONTEXT = 40


class _Frozen(BaseModel):
    """Base of this module's models: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _ratio(part: int, whole: int) -> float:
    """part / whole, 0.0 when whole is 0: (1, 3) -> 0.333..., (0, 0) -> 0.0."""
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean, 0.0 when both are 0: (0.5, 1/3) -> 0.4."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class Scores(_Frozen):
    """Match counts and the scores computed from them.

    Scores(gold=3, system=2, strict=1, relaxed=2, value_correct=1, type_correct=2):
    strict P 0.5 R 0.333 F1 0.4; relaxed P 1.0 R 0.667 F1 0.8; value F1 0.4; type F1 0.8.
    """

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_correct: int = 0
    type_correct: int = 0

    def __add__(self, other: Scores) -> Scores:
        """Sum of counts, for micro-averaging: Scores(gold=1) + Scores(gold=2) -> Scores(gold=3)."""
        return Scores(**{name: getattr(self, name) + getattr(other, name) for name in _COUNTS})

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy


_COUNTS = ("gold", "system", "strict", "relaxed", "value_correct", "type_correct")


class EvalError(_Frozen):
    """One disagreement with the gold standard, with ~40 characters of context on each side.

    EvalError(kind="value", document="d1", gold_text="Friday", gold_value="1998-01-09",
    system_text="Friday", system_value="1998-01-02", context="... fell on [Friday] after ...").
    """

    kind: ErrorKind
    document: str
    span: tuple[int, int]  # the gold span, or the system span for a spurious mention
    gold_text: str | None = None
    gold_value: str | None = None
    gold_type: str | None = None
    system_text: str | None = None
    system_value: str | None = None
    system_type: str | None = None
    context: str = ""


class DocScore(_Frozen):
    """Scores and errors of one document: DocScore(document="d1", scores=Scores(...), errors=[])."""

    document: str
    scores: Scores
    errors: list[EvalError]


class EvalReport(_Frozen):
    """Micro-averaged scores plus each document's: EvalReport(overall=Scores(...), documents=[])."""

    overall: Scores
    documents: list[DocScore]

    @property
    def errors(self) -> list[EvalError]:
        """Every document's errors in document order: report.errors -> [EvalError(...), ...]."""
        return [error for doc in self.documents for error in doc.errors]


# ---------------------------------------------------------------------------------------------
# matching


class _Item:
    """A gold or system expression with its trimmed span, type and value."""

    __slots__ = ("span", "text", "type", "value")

    def __init__(self, span: tuple[int, int], text: str, kind: object, value: str | None) -> None:
        self.span = span
        self.text = text
        self.type = str(kind) if kind is not None else None
        self.value = value


def _trimmed(span: tuple[int, int], own_text: str, text: str) -> tuple[tuple[int, int], str]:
    """Span and text without outer whitespace: ((3, 11), " Friday ") -> ((4, 10), "Friday")."""
    start, end = span
    if text and 0 <= start <= end <= len(text):
        own_text = text[start:end]
    elif len(own_text) != end - start:
        return span, own_text.strip()  # cannot trust the text to shift offsets
    stripped = own_text.lstrip()
    start += len(own_text) - len(stripped)
    stripped = stripped.rstrip()
    return (start, start + len(stripped)), stripped


def _items(expressions: Sequence[GoldTimex] | Sequence[Mention], text: str) -> list[_Item]:
    """Trimmed, non-empty expressions in text order: [" Friday"] -> [_Item((1, 7), "Friday")]."""
    items = []
    for expression in expressions:
        span, own = _trimmed(expression.span, expression.text, text)
        if span[1] > span[0]:
            items.append(_Item(span, own, expression.type, timex3_value(expression.value)))
    return sorted(items, key=lambda item: item.span)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share: ((0, 10), (5, 20)) -> 5; ((0, 5), (5, 9)) -> 0."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _relaxed_pairs(gold: list[_Item], system: list[_Item]) -> list[tuple[_Item, _Item]]:
    """One-to-one overlap matching: each gold takes the free system item it overlaps most.

    Ties go to the system span with fewer extra characters, then the earlier one, so an
    identical span always wins: gold (0, 6) with system (0, 6), (0, 12) -> pairs with (0, 6).
    """
    used: set[int] = set()
    pairs = []
    for item in gold:
        best: tuple[int, int, int] | None = None
        choice = -1
        for index, candidate in enumerate(system):
            shared = _overlap(item.span, candidate.span)
            if index in used or shared == 0:
                continue
            extra = (candidate.span[1] - candidate.span[0]) - shared
            key = (shared, -extra, -index)
            if best is None or key > best:
                best, choice = key, index
        if choice >= 0:
            used.add(choice)
            pairs.append((item, system[choice]))
    return pairs


def _strict_count(gold: list[_Item], system: list[_Item]) -> int:
    """Gold items with an identical system span, one to one: [(0, 6)] vs [(0, 6), (0, 6)] -> 1."""
    remaining: dict[tuple[int, int], int] = {}
    for item in system:
        remaining[item.span] = remaining.get(item.span, 0) + 1
    count = 0
    for item in gold:
        if remaining.get(item.span, 0):
            remaining[item.span] -= 1
            count += 1
    return count


def _context(text: str, span: tuple[int, int]) -> str:
    """~40 characters each side, expression in brackets: "... fell on [Friday] after the ..."."""
    if not text:
        return ""
    start, end = span
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    shown = f"{left}[{text[start:end]}]{right}"
    return " ".join(shown.split("\n")).replace("\r", " ").replace("\t", " ")


def score_document(
    gold: Sequence[GoldTimex],
    system: Sequence[Mention],
    doc_id: str,
    *,
    text: str = "",
) -> DocScore:
    """Match one document's system mentions to its gold TIMEX3 and count; `text` gives context.

    gold [Friday (0, 6) 1998-01-09], system [Friday (0, 6) 1998-01-02] -> strict 1, relaxed 1,
    value_correct 0, type_correct 1, errors [EvalError(kind="value", ...)].
    """
    gold_items = _items(gold, text)
    system_items = _items(system, text)
    pairs = _relaxed_pairs(gold_items, system_items)
    errors: list[EvalError] = []

    def error(kind: ErrorKind, span: tuple[int, int], g: _Item | None, s: _Item | None) -> None:
        errors.append(
            EvalError(
                kind=kind,
                document=doc_id,
                span=span,
                gold_text=g.text if g else None,
                gold_value=g.value if g else None,
                gold_type=g.type if g else None,
                system_text=s.text if s else None,
                system_value=s.value if s else None,
                system_type=s.type if s else None,
                context=_context(text, span),
            )
        )

    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    value_correct = type_correct = 0
    for g, s in pairs:
        if g.value == s.value:
            value_correct += 1
        else:
            error("value", g.span, g, s)
        if g.type == s.type:
            type_correct += 1
        else:
            error("type", g.span, g, s)
    for g in gold_items:
        if id(g) not in matched_gold:
            error("missed", g.span, g, None)
    for s in system_items:
        if id(s) not in matched_system:
            error("spurious", s.span, None, s)
    scores = Scores(
        gold=len(gold_items),
        system=len(system_items),
        strict=_strict_count(gold_items, system_items),
        relaxed=len(pairs),
        value_correct=value_correct,
        type_correct=type_correct,
    )
    order = {kind: rank for rank, kind in enumerate(ERROR_KINDS)}
    errors.sort(key=lambda e: (order[e.kind], e.span))
    return DocScore(document=doc_id, scores=scores, errors=errors)


# ---------------------------------------------------------------------------------------------
# running a tagger over TimeML files


def _default_tagger() -> Tagger:
    """The library's tagger, imported only when needed: -> timeline.tagger.tag."""
    from timeline.tagger import tag

    return tag


def evaluate(
    paths: Iterable[Path | str],
    tagger: Tagger | None = None,
    settings: Settings | None = None,
) -> EvalReport:
    """Tag each TimeML file's TEXT with its DCT as publication date and score it against gold.

    evaluate([Path("ABC19980108.1830.0711.tml")]) -> EvalReport(overall=Scores(gold=10, ...), ...);
    `tagger` defaults to `timeline.tag` and is called as tagger(text, dct, settings=settings),
    with ranges as TimeML annotates them (`ranges="timeml"` unless "split" was asked): gold
    tags "Aug. 26 to Oct. 20" as two TIMEX3, so a joined range must not reach the scorer.
    """
    run = tagger if tagger is not None else _default_tagger()
    settings = timeml_settings(settings)
    documents = []
    for path in paths:
        doc = read_timeml(Path(path))
        published: date | datetime = doc.dct
        mentions = run(doc.text, published, settings=settings)
        documents.append(score_document(doc.gold, mentions, doc.id, text=doc.text))
    overall = sum((doc.scores for doc in documents), Scores())
    return EvalReport(overall=overall, documents=documents)


def evaluate_dir(
    folder: Path | str,
    tagger: Tagger | None = None,
    settings: Settings | None = None,
) -> EvalReport:
    """Evaluate every `*.tml` of a folder in name order: evaluate_dir("TimeBank") -> EvalReport."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder")
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise InputError(f"no *.tml files in {folder}")
    return evaluate(paths, tagger=tagger, settings=settings)


# ---------------------------------------------------------------------------------------------
# report

_HEADER = ("gold", "sys", "sP", "sR", "sF1", "rP", "rR", "rF1", "valF1", "typeF1")


def _pct(value: float) -> str:
    """A share as a percentage with one decimal: 0.8 -> "80.0"."""
    return f"{100 * value:.1f}"


def _row(name: str, width: int, scores: Scores) -> str:
    """One table line: name, counts, then strict, relaxed, value and type scores in percent."""
    cells = [
        str(scores.gold),
        str(scores.system),
        _pct(scores.strict_precision),
        _pct(scores.strict_recall),
        _pct(scores.strict_f1),
        _pct(scores.relaxed_precision),
        _pct(scores.relaxed_recall),
        _pct(scores.relaxed_f1),
        _pct(scores.value_f1),
        _pct(scores.type_f1),
    ]
    return f"{name:<{width}}" + "".join(f"{cell:>7}" for cell in cells)


def _error_line(error: EvalError) -> str:
    """One error: 'd1  "Friday" 1998-01-09 -> "Friday" 1998-01-02  | ...on [Friday] after...'."""

    def side(text: str | None, value: str | None, kind: str | None) -> str:
        return f'"{text}" {kind} {value}'

    if error.kind == "missed":
        what = f"gold {side(error.gold_text, error.gold_value, error.gold_type)}"
    elif error.kind == "spurious":
        what = f"system {side(error.system_text, error.system_value, error.system_type)}"
    else:
        gold = side(error.gold_text, error.gold_value, error.gold_type)
        system = side(error.system_text, error.system_value, error.system_type)
        what = f"gold {gold} / system {system}"
    return f"  {error.document}  {what}  | {error.context}"


def format_report(report: EvalReport, per_doc: bool = False, errors: bool = False) -> str:
    """A plain-text table of scores in percent, optionally per document and with errors by kind.

    format_report(report) -> "document  gold  sys  sP  sR  sF1  rP  rR  rF1  valF1  typeF1\\n
    overall  3  2  50.0  33.3  40.0  100.0  66.7  80.0  40.0  80.0\\n..." (columns aligned).
    """
    names = ["overall", "document"] + ([d.document for d in report.documents] if per_doc else [])
    width = max(len(name) for name in names) + 2
    overall = report.overall
    lines = [
        f"TempEval-3 task A: {len(report.documents)} documents, {overall.gold} gold and "
        f"{overall.system} system TIMEX3 (s = strict, r = relaxed, P/R/F1 in %)",
        f"{'document':<{width}}" + "".join(f"{cell:>7}" for cell in _HEADER),
        _row("overall", width, overall),
        f"value accuracy {_pct(overall.value_accuracy)}%, type accuracy "
        f"{_pct(overall.type_accuracy)}% over {overall.relaxed} relaxed matches",
    ]
    if per_doc:
        lines.append("")
        lines += [_row(doc.document, width, doc.scores) for doc in report.documents]
    if errors:
        found = report.errors
        for kind in ERROR_KINDS:
            group = [error for error in found if error.kind == kind]
            if group:
                lines += ["", f"{kind} ({len(group)})"]
                lines += [_error_line(error) for error in group]
    return "\n".join(lines) + "\n"
