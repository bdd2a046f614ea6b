"""bot.heap: what startup built is frozen, so a full collection inside a reply skips it."""

from __future__ import annotations

import gc

from bot import heap


def test_settle_freezes_what_exists_and_later_garbage_is_still_collected() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self  # a reference cycle: only the collector frees it

    built_at_startup = Node()
    try:
        frozen = heap.settle()
        assert frozen >= len([built_at_startup]) and gc.get_freeze_count() == frozen
        # a full collection no longer traverses what startup built ...
        assert not any(o is built_at_startup for o in gc.get_objects(generation=2))
        # ... and garbage made while serving is still freed
        later = Node()
        ref = id(later)
        del later
        gc.collect()
        assert not any(id(o) == ref for o in gc.get_objects() if isinstance(o, Node))
    finally:
        gc.unfreeze()
