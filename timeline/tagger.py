"""The temporal tagger: find every temporal expression in a text and resolve it.

tag("Putin warned on Friday.", "2025-09-05") -> [Mention(text="Friday", value="2025-09-05")]
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from timeline.collector import cycle_collection_paused
from timeline.errors import DateError
from timeline.extract import extract
from timeline.models import Mention, Settings, Tense
from timeline.resolve import needs_tense, resolve
from timeline.segment import tenses_for


def as_datetime(published: date | datetime | str) -> datetime:
    """A publication date given as a date, datetime or ISO string, as a naive datetime.

    "2025-09-05" -> datetime(2025, 9, 5, 0, 0); an invalid date ("2025-02-30") raises DateError.
    """
    if isinstance(published, datetime):
        return published.replace(tzinfo=None)
    if isinstance(published, date):
        return datetime(published.year, published.month, published.day)
    if isinstance(published, str):
        text = published.strip()
        try:
            if len(text) == 10:
                return as_datetime(date.fromisoformat(text))
            return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError as error:
            raise DateError(f"invalid publication date {published!r}: {error}") from None
    raise DateError(f"invalid publication date {published!r}")


@cache
def _default_settings() -> Settings:
    """Settings() built once: they are frozen, so every call can share them."""
    return Settings()


def tag(text: str, published: date | datetime | str, *, settings: Settings | None = None,
        document: str | None = None) -> list[Mention]:
    """Every temporal expression in text, resolved against the publication date.

    Mentions come back in text order and never overlap; each says which rule fired and why it
    has its value. ("He left on Friday.", Fri 2025-09-05) -> "Friday" = 2025-09-05.
    """
    settings = settings or _default_settings()
    reference = as_datetime(published)
    with cycle_collection_paused(len(text) > _LARGE_TEXT):
        mentions = extract(text, language=settings.language, document=document)
        # Only mentions whose value can depend on it are given the tense around them; the
        # others never read theirs.
        wanted = [index for index, mention in enumerate(mentions) if needs_tense(mention.spec)]
        tenses: list[Tense] = ["present"] * len(mentions)
        found = tenses_for(text, [mentions[index].span for index in wanted], settings.language,
                           [mention.span for mention in mentions])
        for index, tense in zip(wanted, found, strict=True):
            tenses[index] = tense
        return resolve(mentions, reference, tenses, settings)


# Above this many characters one call holds enough live objects for the cyclic collector's full
# passes, each over everything alive, to make the call's cost grow faster than its input.
_LARGE_TEXT = 200_000
