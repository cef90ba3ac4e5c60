"""Python's cycle collector paused around one large call that makes no reference cycles.

Its full passes run over everything alive, so a call holding much in memory (a 1 MB text being
tagged, 30,000 reports being merged) would cost more than its input grows; reference counting
still frees everything such a call drops.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused(pause: bool) -> Iterator[None]:
    """Pause the cycle collector for the block when `pause` holds (and it runs); else nothing.

    with cycle_collection_paused(len(text) > 200_000): tag(text, ...)
    """
    paused = pause and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
