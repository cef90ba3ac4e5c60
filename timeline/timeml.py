"""Read and write TimeML: the text of `<TEXT>` with exact character offsets of its TIMEX3 tags.

TimeML files have mixed content (TIMEX3, EVENT and SIGNAL tags inside running text), so the
reader walks the raw markup itself instead of building a tree: every character of `TEXT` that a
reader would see is appended to `text` and each TIMEX3 records where it starts and ends.
Line ends are normalized as XML requires (CR LF and a lone CR become LF) before anything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.errors import DateError, FormatError, InputError
from timeline.models import Article, Mention, Settings, TimexType

__all__ = ["GoldTimex", "TimemlDocument", "read_timeml", "timeml_settings", "write_timeml"]


class _Frozen(BaseModel):
    """Base of this module's models: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldTimex(_Frozen):
    """One TIMEX3 of a TimeML TEXT: `<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday`.

    -> GoldTimex(span=(12, 21), text="Wednesday", type=DATE, value="1998-01-07", tid="t1").
    """

    span: tuple[int, int]
    text: str
    type: TimexType
    value: str | None = None
    mod: str | None = None
    tid: str | None = None
    quant: str | None = None
    freq: str | None = None


class TimemlDocument(_Frozen):
    """A TimeML document: id, creation date, plain TEXT, its gold TIMEX3 and the raw markup around.

    `<DCT><TIMEX3 value="1998-01-08T18:30">..</TIMEX3></DCT><TEXT>On <TIMEX3 ..>Monday</TIMEX3>
    </TEXT>` -> dct=date(1998, 1, 8), text="On Monday", gold=[GoldTimex(span=(3, 9), ...)];
    `head` is everything before `<TEXT>`, `tail` everything after `</TEXT>`.
    """

    id: str
    dct: date
    text: str
    gold: list[GoldTimex]
    head: str = ""
    tail: str = ""


# ---------------------------------------------------------------------------------------------
# reading

_TEXT_OPEN = re.compile(r"<TEXT\b[^>]*>")
_TEXT_CLOSE = re.compile(r"</TEXT\s*>")
_DCT = re.compile(r"<DCT\b[^>]*>(.*?)</DCT\s*>", re.S)
_DOCID = re.compile(r"<DOCID\b[^>]*>(.*?)</DOCID\s*>", re.S)
_CREATION_TIMEX = re.compile(
    r"<TIMEX3\b[^>]*functionInDocument\s*=\s*[\"']CREATION_TIME[\"'][^>]*>"
)
_TIMEX_OPEN = re.compile(r"<TIMEX3\b[^>]*>")
# markup inside TEXT: comments, CDATA sections, processing instructions, declarations, tags
_MARKUP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<![^>]*>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)"
    r"(?P<empty>/)?\s*>",
    re.S,
)
_ATTR = re.compile(r"([A-Za-z_][\w:.-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ISO_DATE = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})")


def _entity(match: re.Match[str]) -> str:
    """Replace one XML entity or character reference: "&amp;" -> "&", "&#233;" -> "é"."""
    name = match.group(1)
    if name in _NAMED:
        return _NAMED[name]
    code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return match.group(0)


def _unescape(raw: str) -> str:
    """Unescape XML's five entities and character references: "a &amp; b" -> "a & b"."""
    return _ENTITY.sub(_entity, raw) if "&" in raw else raw


def _attributes(raw: str) -> dict[str, str]:
    """Attributes of a start tag: ' tid="t1" value="1998"' -> {"tid": "t1", "value": "1998"}."""
    found: dict[str, str] = {}
    for name, double, single in _ATTR.findall(raw):
        value = double if double or not single else single
        # XML attribute-value normalization: literal tabs and newlines read as spaces
        found[name] = _unescape(re.sub(r"[\t\n]", " ", value))
    return found


def _normalize_newlines(raw: str) -> str:
    """Normalize line ends as an XML parser does: "a\\r\\nb\\rc" -> "a\\nb\\nc"."""
    return raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw


def _load(source: str | Path) -> tuple[str, str | None, str]:
    """Raw markup, file stem (None for a string) and a name for messages, from a path or string."""
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return source, None, "TimeML string"
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig"), path.stem, str(path)
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None


def _parse_dct(head: str, name: str) -> date:
    """The creation date from the head's DCT: '<DCT><TIMEX3 value="1998-01-08T18:30">' -> 01-08."""
    dct = _DCT.search(head)
    tag = _TIMEX_OPEN.search(dct.group(1)) if dct else _CREATION_TIMEX.search(head)
    if tag is None:
        raise FormatError(f"{name}: no DCT (document creation time) TIMEX3 before <TEXT>")
    value = _attributes(tag.group(0)[len("<TIMEX3") : -1]).get("value", "")
    match = _ISO_DATE.match(value)
    try:
        if match is None:
            raise ValueError(value)
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise FormatError(f"{name}: DCT value {value!r} is not a date") from None


def _parse_text(body: str, name: str) -> tuple[str, list[GoldTimex]]:
    """Plain text and TIMEX3 spans of TEXT's content: 'On <TIMEX3 ..>Monday</TIMEX3>' -> (3, 9)."""
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    closed: list[tuple[int, int, dict[str, str]]] = []
    position = 0
    for match in _MARKUP.finditer(body):
        chunk = _unescape(body[position : match.start()])
        if match.group("cdata") is not None:
            chunk += match.group("cdata")
        parts.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group("name") != "TIMEX3" or match.group("empty"):
            continue  # other tags, and non-consuming (empty) TIMEX3s, add no text
        if not match.group("close"):
            open_timex.append((length, _attributes(match.group("attrs"))))
        elif open_timex:
            start, attrs = open_timex.pop()
            closed.append((start, length, attrs))
        else:
            raise FormatError(f"{name}: </TIMEX3> without a matching <TIMEX3>")
    if open_timex:
        raise FormatError(f"{name}: <TIMEX3> without a closing </TIMEX3>")
    parts.append(_unescape(body[position:]))
    text = "".join(parts)
    return text, sorted((_gold(text, *item, name) for item in closed), key=lambda g: g.span)


def _gold(text: str, start: int, end: int, attrs: dict[str, str], name: str) -> GoldTimex:
    """A GoldTimex from a closed TIMEX3: (3, 9, {"type": "DATE", ...}) -> GoldTimex(span=(3, 9))."""
    try:
        kind = TimexType(attrs.get("type", ""))
    except ValueError:
        raise FormatError(
            f"{name}: TIMEX3 {attrs.get('tid', '?')} has unknown type {attrs.get('type')!r}"
        ) from None
    return GoldTimex(
        span=(start, end),
        text=text[start:end],
        type=kind,
        value=attrs.get("value"),
        mod=attrs.get("mod"),
        tid=attrs.get("tid"),
        quant=attrs.get("quant"),
        freq=attrs.get("freq"),
    )


def read_timeml(source: str | Path) -> TimemlDocument:
    """Read a TimeML file (a path) or string (starting with "<") into text, DCT and gold TIMEX3.

    read_timeml('<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-08">x</TIMEX3></DCT><TEXT>On
    <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday</TIMEX3></TEXT></TimeML>').gold[0]
    -> GoldTimex(span=(3, 9), text="Monday", type=DATE, value="1998-01-05", tid="t1").
    """
    raw, stem, name = _load(source)
    raw = _normalize_newlines(raw)
    opening = _TEXT_OPEN.search(raw)
    closing = _TEXT_CLOSE.search(raw, opening.end()) if opening else None
    if opening is None or closing is None:
        raise FormatError(f"{name}: not TimeML, no <TEXT>...</TEXT> element")
    head, tail = raw[: opening.start()], raw[closing.end() :]
    dct = _parse_dct(head, name)
    text, gold = _parse_text(raw[opening.end() : closing.start()], name)
    docid = _DOCID.search(head)
    doc_id = stem or (_unescape(docid.group(1)).strip() if docid else "") or "document"
    return TimemlDocument(id=doc_id, dct=dct, text=text, gold=gold, head=head, tail=tail)


# ---------------------------------------------------------------------------------------------
# writing

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)
# annotations that refer to EVENTs and TIMEX3s of the original TEXT, dropped when it is replaced
_LINKS = re.compile(
    r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*?(?:/>|>.*?</\w+\s*>)\n?", re.S
)


def _escape_text(text: str) -> str:
    """Escape character data: "AT&T <b>" -> "AT&amp;T &lt;b&gt;"."""
    return text.translate(_TEXT_ESCAPES)


def _escape_attr(value: str) -> str:
    """Escape an attribute value for double quotes: 'say "now"' -> 'say &quot;now&quot;'."""
    return value.translate(_ATTR_ESCAPES)


# A duration of decades or centuries: "P2DE", "P1.5CE".
_LONG_DURATION = re.compile(r"P(\d+(?:\.\d+)?)(DE|CE)")


def timex3_value(value: str | None) -> str | None:
    """A mention's value as TIMEX3 writes it, as TimeBank annotates: a fiscal year by its year's
    label ("FY1989" -> "1989"), decades and centuries of a duration in years ("P2DE" -> "P20Y",
    "P1CE" -> "P100Y"); other values unchanged."""
    if value is None:
        return None
    if value.startswith("FY"):
        return value[2:]
    long = _LONG_DURATION.fullmatch(value)
    if long is not None:
        years = float(long.group(1)) * (10 if long.group(2) == "DE" else 100)
        return f"P{years:g}Y"
    return value


def _timex_tag(tid: str, mention: Mention) -> str:
    """Start tag: "late 1997" -> <TIMEX3 tid="t1" type="DATE" value="1997" mod="END">."""
    attrs = [("tid", tid), ("type", mention.type.value)]
    time = mention.time
    if time is not None:
        attrs += [("value", timex3_value(time.value)), ("mod", time.mod), ("quant", time.quant)]
        attrs.append(("freq", time.freq))
    rendered = "".join(f' {key}="{_escape_attr(val)}"' for key, val in attrs if val is not None)
    return f"<TIMEX3{rendered}>"


def _tagged_text(text: str, mentions: Sequence[Mention]) -> str:
    """TEXT content with each mention wrapped: "on Friday" -> 'on <TIMEX3 ..>Friday</TIMEX3>'."""
    ordered = sorted(mentions, key=lambda mention: mention.span)
    out: list[str] = []
    position = 0
    for number, mention in enumerate(ordered, start=1):
        start, end = mention.span
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"mention {mention.text!r} span {mention.span} is outside the text")
        if start < position:
            raise ValueError(f"mention {mention.text!r} at {mention.span} overlaps the one before")
        out.append(_escape_text(text[position:start]))
        out.append(_timex_tag(f"t{number}", mention))
        out.append(_escape_text(text[start:end]) + "</TIMEX3>")
        position = end
    out.append(_escape_text(text[position:]))
    return "".join(out)


def timeml_settings(settings: Settings | None = None) -> Settings:
    """Settings to tag a text for TimeML: a range of two full dates as two TIMEX3, as TimeML
    annotates "Aug. 26 to Oct. 20"; "13-15 July" stays one.

    timeml_settings(Settings(prefer="future")) -> Settings(prefer="future", ranges="timeml");
    `ranges="split"` is kept.
    """
    settings = settings or Settings()
    if settings.ranges != "join":
        return settings
    return settings.model_copy(update={"ranges": "timeml"})


def write_timeml(
    source: TimemlDocument | Article | str,
    dct: date | datetime | None = None,
    mentions: Sequence[Mention] = (),
    docid: str | None = None,
) -> str:
    """A TimeML document whose TEXT is the source's text with every mention in a TIMEX3 tag.

    write_timeml("Sales fell on Friday.", date(2025, 9, 5), [friday], "d1") -> '<?xml ...?>
    <TimeML><DOCID>d1</DOCID><DCT>...</DCT><TEXT>Sales fell on <TIMEX3 tid="t1" type="DATE"
    value="2025-09-05">Friday</TIMEX3>.</TEXT></TimeML>'. A TimemlDocument keeps its own head
    (DOCID, DCT, ...) and tail, less the MAKEINSTANCE/TLINK/SLINK/ALINK annotations that referred
    to the tags replaced; `dct` and `docid` are then unused. Mentions must not overlap; tag with
    `timeml_settings()` so that a range of two full dates comes as two TIMEX3.
    """
    if isinstance(source, TimemlDocument):
        body = _tagged_text(source.text, mentions)
        tail = re.sub(r"\n{3,}", "\n\n", _LINKS.sub("", source.tail))
        return f"{source.head}<TEXT>{body}</TEXT>{tail}"
    if isinstance(source, Article):
        text = source.text
        dct = dct if dct is not None else source.published
        docid = docid if docid is not None else source.id
    else:
        text = source
    if dct is None:
        raise DateError("a TimeML document needs a creation date (DCT)")
    day = dct.date() if isinstance(dct, datetime) else dct
    body = _tagged_text(text, mentions)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<TimeML>\n"
        f"<DOCID>{_escape_text(docid or 'document')}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day.isoformat()}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{day.isoformat()}</TIMEX3></DCT>\n'
        f"<TEXT>{body}</TEXT>\n"
        "</TimeML>\n"
    )
