"""The tagger's entry point: tag() over small and large texts."""

from __future__ import annotations

import gc

from timeline.tagger import tag

LARGE = "The ministers met on Friday and again on 5 September 2025. " * 4000  # ~240,000 chars


def test_large_text_restores_the_cycle_collector() -> None:
    assert gc.isenabled()
    mentions = tag(LARGE, "2025-09-05")
    assert len(mentions) == 8000
    assert {m.value for m in mentions} == {"2025-09-05"}
    assert gc.isenabled()


def test_large_text_leaves_a_paused_collector_paused() -> None:
    gc.disable()
    try:
        tag(LARGE, "2025-09-05")
        assert not gc.isenabled()
    finally:
        gc.enable()
