"""Following the corpus version that other processes commit.

Several processes serve one store, but only one applies a given reload or feed poll. Everything
a process caches about the corpus is keyed on the store's corpus version or the curation log
(bot.store.curated's speaker view, bot.store.repos.curation), so its answers follow a new
version at the next command without a restart. What does not ask by itself -- posting the
news of watches -- is started here when a heartbeat sees a version this process did not
apply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from bot.store import Store

log = logging.getLogger(__name__)


class CorpusFollower:
    def __init__(self, store: Store, on_new_version: Sequence[Callable[[], object]]) -> None:
        self.store = store
        self.on_new_version = list(on_new_version)
        self.seen: int | None = None

    async def check(self) -> bool:
        """Run the callbacks if the corpus version moved since the last check (the first
        check only notes it). Returns whether it moved."""
        version = (await self.store.corpus.status()).version
        moved = self.seen is not None and version != self.seen
        if moved:
            log.info("corpus version %s -> %s (applied by another process)", self.seen, version)
        self.seen = version
        if moved:
            for callback in self.on_new_version:
                callback()
        return moved
