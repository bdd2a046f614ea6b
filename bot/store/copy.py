"""`lagebild store copy SRC DST`: a consistent copy of a store, also of one a bot is serving.

SQLite's online backup copies the pages of one read snapshot of SRC, so a reload or a digest
committing meanwhile is either wholly in the copy or not at all. SRC is only read (opened
read-only, never migrated); DST must be new or empty, and is migrated and integrity-checked by
the normal open, so the copy is a store this version can serve.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.store.db import _is_url, _probe
from bot.store.errors import StoreError
from bot.store.records import CorpusStatus
from bot.store.store import Store


async def copy_store(src: str | Path, dst: str | Path) -> CorpusStatus:
    """Copy SRC into DST and return DST's status. Raises StoreError (nothing written) when SRC
    is missing or not a Lagebild store, DST already holds data, or either is a URL."""
    for p in (src, dst):
        if _is_url(p):
            raise StoreError(
                f"cannot copy {p}: PostgreSQL stores (postgresql://…) are not supported by "
                "this version; give SQLite files"
            )
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise StoreError(f"cannot copy {src}: there is no store file there")
    if dst.exists() and dst.stat().st_size > 0:
        raise StoreError(
            f"will not copy over {dst}: it already exists (remove it or choose a new file)"
        )
    if src.resolve() == dst.resolve():
        raise StoreError("source and destination are the same file")
    await asyncio.to_thread(_probe, src)  # foreign or newer files are refused untouched
    await asyncio.to_thread(_backup, src, dst)
    async with await Store.open(dst) as store:
        return await store.corpus.status()


def _backup(src: Path, dst: Path) -> None:
    if not dst.parent.is_dir():
        raise StoreError(f"cannot create {dst}: the directory {dst.parent} does not exist")
    source = sqlite3.connect(src.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dst)
        try:
            source.backup(target)
        except sqlite3.Error as exc:
            target.close()
            dst.unlink(missing_ok=True)
            raise StoreError(f"copying {src} to {dst} failed: {exc}") from exc
        target.close()
    finally:
        source.close()
