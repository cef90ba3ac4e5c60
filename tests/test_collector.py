"""The cycle collector paused around one large call, and only then."""

from __future__ import annotations

import gc

from timeline.collector import cycle_collection_paused


def test_paused_inside_and_running_after() -> None:
    assert gc.isenabled()
    with cycle_collection_paused(True):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_alone_when_not_asked() -> None:
    with cycle_collection_paused(False):
        assert gc.isenabled()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collection_paused(True):
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
