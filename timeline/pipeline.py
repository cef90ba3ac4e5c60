"""The whole job: articles -> tagged mentions -> dated events -> one ordered timeline.

build_timeline([Article(text="Putin warned on Friday.", published=date(2025, 9, 5))])
-> Timeline(events=[Event(id="e1", text="Putin warned on Friday", time=2025-09-05)]).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from timeline.anchor import anchor
from timeline.errors import DateError
from timeline.merge import merge_events
from timeline.models import Article, DocumentInfo, Event, Mention, Settings, Timeline
from timeline.tagger import as_datetime, tag


def order_events(events: list[Event], documents: list[str]) -> list[Event]:
    """Chronological order, stable and total: by start, end, document, position; undated last.

    Ids are renumbered e1..eN in that order and relation targets follow them.
    """
    rank = {doc: n for n, doc in enumerate(documents)}

    def key(event: Event) -> tuple[object, ...]:
        position = (rank.get(event.document, len(rank)), event.span[0], event.span[1], event.id)
        if event.time is None:
            return (1, datetime.max, datetime.max, *position)
        return (0, _naive(event.time.start), _naive(event.time.end), *position)

    ordered = sorted(events, key=key)
    ids = {event.id: f"e{n}" for n, event in enumerate(ordered, start=1)}
    result = []
    for event in ordered:
        update: dict[str, object] = {"id": ids[event.id]}
        if event.relation is not None and event.relation.target in ids:
            update["relation"] = event.relation.model_copy(
                update={"target": ids[event.relation.target]})
        result.append(event.model_copy(update=update))
    return result


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo is not None else moment


def _info(article: Article) -> DocumentInfo:
    return DocumentInfo(id=article.id, published=article.published,
                        published_from=article.published_from, title=article.title,
                        source=article.source, url=article.url, place=article.place,
                        characters=len(article.text))


def build_timeline(articles: Iterable[Article], settings: Settings | None = None) -> Timeline:
    """Read -> segment -> tag -> anchor -> merge -> order, for articles with publication dates.

    An article without a date raises DateError naming it: "a.txt: no publication date".
    """
    settings = settings or Settings()
    documents: list[DocumentInfo] = []
    mentions: list[Mention] = []
    events_by_document: dict[str, list[Event]] = {}
    for article in articles:
        if article.published is None:
            raise DateError(f"{article.id}: no publication date (give --published)")
        document = _unique(article.id, events_by_document)
        published = as_datetime(article.published)
        found = tag(article.text, published, settings=settings, document=document)
        events_by_document[document] = anchor(article.text, published, found,
                                              document=document, settings=settings)
        mentions.extend(found)
        info = _info(article)
        documents.append(info if document == article.id else
                         info.model_copy(update={"id": document}))
    events = merge_events(events_by_document,
                          published={d.id: d.published for d in documents})
    ordered = order_events(events, [d.id for d in documents])
    title = documents[0].title if len(documents) == 1 else None
    return Timeline(documents=documents, events=ordered, mentions=mentions, title=title)


def _unique(name: str, taken: dict[str, list[Event]]) -> str:
    """A document id not used yet: a second "a.txt" becomes "a.txt#2"."""
    if name not in taken:
        return name
    n = 2
    while f"{name}#{n}" in taken:
        n += 1
    return f"{name}#{n}"


def published_date(article: Article) -> date | None:
    """The publication day of an article: datetime(2025, 9, 5, 14, 0) -> date(2025, 9, 5)."""
    when = article.published
    if isinstance(when, datetime):
        return when.date()
    return when
