"""Reads that change only with the corpus version or the curation log, kept across snapshots.

Every reply reads through a snapshot (Store.snapshot), and each snapshot builds its
repositories anew, so a cache on a repository lived for one reply only. A topic digest matches
its words against every speaker name and alias (about 9,000 at 100k articles) and the curated
repositories fold the curation log: a round trip each and milliseconds of Python per reply,
though the names change only when a corpus swap bumps corpus_state.version and the log only
when its signature changes. The cache hangs on the Database and is shared with every snapshot
view of it; each entry carries the key it was read under (a snapshot's corpus version, the log's
signature), so a swap or a correction, also one by another process on the same PostgreSQL,
is read anew by the next snapshot, and an older snapshot never sees a newer entry.
"""

from __future__ import annotations

from collections.abc import Hashable


class ReadCache:
    """One entry per name: (key it was read under, value). A lookup under another key misses."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Hashable, object]] = {}

    def get(self, name: str, key: Hashable) -> object | None:
        entry = self._entries.get(name)
        return entry[1] if entry is not None and entry[0] == key else None

    def put(self, name: str, key: Hashable, value: object) -> None:
        self._entries[name] = (key, value)
