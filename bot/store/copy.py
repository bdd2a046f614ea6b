"""`lagebild store copy SRC DST`: a consistent copy of a store, also of one a bot is serving,
between files and PostgreSQL databases in any direction.

SQLite to SQLite: SQLite's online backup copies the pages of one read snapshot of SRC.
Anything else: rows are copied table by table, in batches, from ONE snapshot of SRC (an SQLite
SRC is first backed up into a temporary file, a PostgreSQL SRC is read in one REPEATABLE READ
transaction), into DST in one transaction, and the row counts are compared at the end. The
full-text index of DST is rebuilt from the copied texts (it differs between the backends).

SRC is only read (never migrated: it must have this version's schema); DST must be new or
empty and is created by the normal open, so the copy is a store this version can serve. A
failed copy leaves DST as it was (an SQLite DST file it created is removed).
"""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.store import fts_blocks, fts_lexemes, fts_newest, gin_pending, pg
from bot.store.db import Connection, Database, _probe, open_database, store_url
from bot.store.dialect import POSTGRESQL
from bot.store.errors import StoreError
from bot.store.files import remove_store
from bot.store.folding import Stemmer, fold_text
from bot.store.migrations import IDENTITY_TABLES, SCHEMA_VERSION
from bot.store.records import CorpusStatus
from bot.store.store import Store

BATCH = 5_000
# Parents before children (foreign keys); corpus_lease and leases are never copied (no apply
# or process is running on the copy), FTS tables are rebuilt.
TABLES = (
    "corpus_state", "articles", "paragraphs", "sentences", "speakers", "speaker_aliases",
    "speaker_roles", "speaker_role_counts", "speaker_alias_counts", "quotes", "figures", "subjects", "subject_wordings", "subscriptions",
    "digests_sent", "digest_claims", "reload_log", "curation_log", "watches", "watch_seen",
    "feeds", "feed_articles", "feed_items",
)  # fmt: skip
_FTS_COLUMNS = {"fts", "title_fts"}


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What `store copy` did: DST's corpus version and the rows of each table now in DST
    (the copied ones, checked against SRC's snapshot), so the summary counts what was copied:
    also disabled subscriptions, watches, feeds and curation, which CorpusStatus does not."""

    version: int
    rows: dict[str, int]


async def copy_store(src: str | Path, dst: str | Path) -> CopyResult:
    """Copy SRC into DST and return what DST now holds. Raises StoreError (nothing written) when SRC
    is missing, not a Lagebild store or of another schema version, or DST already holds data."""
    src_url, dst_url = store_url(src), store_url(dst)
    if src_url is None and not Path(src).is_file():
        raise StoreError(f"cannot copy {src}: there is no store file there")
    if dst_url is None:
        target = Path(dst)
        if target.exists() and target.stat().st_size > 0:
            raise StoreError(
                f"will not copy over {dst}: it already exists (remove it or choose a new file)"
            )
        if src_url is None and Path(src).resolve() == target.resolve():
            raise StoreError("source and destination are the same file")
        if not target.parent.is_dir():
            raise StoreError(f"cannot create {dst}: the directory {target.parent} does not exist")
    elif src_url == dst_url:
        raise StoreError("source and destination are the same database")
    if src_url is None:
        await asyncio.to_thread(_probe, Path(src))  # foreign or newer files refused untouched
        if dst_url is None:
            await asyncio.to_thread(_backup, Path(src), Path(dst))
        else:
            with tempfile.TemporaryDirectory(prefix="lagebild-copy-") as tmp:
                snapshot = Path(tmp) / "snapshot.db"
                await asyncio.to_thread(_backup, Path(src), snapshot)
                await _check_version(snapshot)
                await _copy_rows(snapshot, dst_url)
    else:
        await _copy_rows(src_url, dst)
    db = await open_database(dst)  # opened once for the status and the counts
    try:
        status: CorpusStatus = await Store(db).corpus.status()
        return CopyResult(version=status.version, rows=await _row_counts(db))
    finally:
        await db.close()


async def _row_counts(db: Database) -> dict[str, int]:
    """The rows of every copied table in DST (after the copy: the backup path has no counts
    of its own, and the row path checked its counts against SRC's snapshot)."""
    counts: dict[str, int] = {}
    for table in TABLES[1:]:
        cur = await db.conn.execute(f"SELECT count(*) FROM {table}")
        row = await cur.fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


async def _check_version(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"cannot copy a store of schema {version} (this version writes {SCHEMA_VERSION}): "
            "open it once with this version (e.g. `lagebild ask /status --db SRC`), then copy"
        )


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


async def _copy_rows(src: str | Path, dst: str | Path) -> None:
    """Rows of every table from one snapshot of SRC into an empty DST, in one transaction."""
    created = store_url(dst) is None and not Path(dst).exists()
    source = await _open_source(src)
    try:
        target = await open_database(dst)
        try:
            await _refuse_filled(target)
            async with source.snapshot() as view:
                await _check_source(view)
                async with target.transaction() as w:
                    counts = await _copy_tables(view, target, w)
                    await _check_counts(w, counts)
                    if isinstance(w, pg.PgConnection):
                        await fts_blocks.rebuild(w)
                        await fts_lexemes.rebuild(w)
                        await fts_newest.rebuild(w)
                        await gin_pending.merge(w)
            if target.url is not None:
                # fresh statistics, or the planner guesses on a million rows it has not seen
                await target.conn.execute("ANALYZE")
        finally:
            await target.close()
    except BaseException:
        if created:
            remove_store(Path(dst))
        raise
    finally:
        await source.close()


async def _open_source(src: str | Path) -> Database:
    """SRC without migrating it: an SQLite snapshot file is opened as a store of the current
    schema (checked before); a PostgreSQL SRC is read through plain read-only connections."""
    url = store_url(src)
    if url is None:
        return await open_database(src)
    conn = await pg.connect(url, read_only=True)
    version = await pg.schema_version(conn)
    if version != SCHEMA_VERSION:
        await conn.close()
        raise StoreError(
            f"cannot copy {pg.mask_url(url)}: its schema is {version or 'missing'} "
            f"(this version copies {SCHEMA_VERSION}); open it once with this version first"
        )
    writer = await pg.connect(url, read_only=True)
    return Database(path=None, conn=conn, writer=writer, dialect=POSTGRESQL, url=url)


async def _check_source(view: Database) -> None:
    cur = await view.conn.execute("SELECT count(*) FROM corpus_lease")
    row = await cur.fetchone()
    if row and row[0]:
        raise StoreError(
            "the source store is being reloaded right now; run the copy again when it is done"
        )


async def _refuse_filled(db: Database) -> None:
    for table in TABLES[1:]:
        cur = await db.conn.execute(f"SELECT 1 FROM {table} LIMIT 1")
        if await cur.fetchone() is not None:
            raise StoreError(
                f"will not copy into {db.location}: it already holds a store ({table} has rows); "
                "give a new file or an empty database"
            )


async def _columns(db: Database, table: str) -> list[str]:
    if db.url is not None:
        cur = await db.conn.execute(
            """SELECT column_name FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = ?
               ORDER BY ordinal_position""",
            (table,),
        )
        return [str(r[0]) for r in await cur.fetchall() if r[0] not in _FTS_COLUMNS]
    cur = await db.conn.execute(f"PRAGMA table_info({table})")
    return [str(r[1]) for r in await cur.fetchall()]


async def _batches(view: Database, sql: str) -> AsyncIterator[list[tuple[Any, ...]]]:
    """The rows of one query in batches, inside the snapshot's transaction."""
    conn = view.conn
    if isinstance(conn, pg.PgConnection):
        async with conn._lock:
            cursor = await conn.raw.cursor(pg.translate(sql))
            while batch := await cursor.fetch(BATCH):
                yield [tuple(r) for r in batch]
        return
    cur = await conn.execute(sql)
    while batch := await cur.fetchmany(BATCH):
        yield [tuple(r) for r in batch]


async def _copy_tables(view: Database, target: Database, w: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in TABLES:
        columns = await _columns(target, table)
        names = ", ".join(columns)
        if table == "corpus_state":
            await w.execute("DELETE FROM corpus_state")
        n = 0
        async for rows in _batches(view, f"SELECT {names} FROM {table}"):
            await _insert(target, w, table, columns, rows)
            n += len(rows)
        counts[table] = n
    if target.url is not None:
        for table in IDENTITY_TABLES:
            await w.execute(
                f"""SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                                  coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"""
            )
    return counts


def _fts_text(table: str, columns: Sequence[str], row: tuple[Any, ...]) -> str | None:
    """The folded text a row is found by (bot.store.folding), None for tables without."""
    if table == "sentences":
        return fold_text(row[columns.index("text")])
    if table == "quotes":
        return (
            f"{fold_text(row[columns.index('text')])} {fold_text(row[columns.index('sentence')])}"
        )
    if table == "articles":
        return fold_text(row[columns.index("title")])
    return None


async def _insert(
    target: Database, w: Any, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    fts = table in ("sentences", "quotes", "articles")
    if target.url is None:
        await w.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        if fts:
            await _sqlite_fts(w, table, columns, rows)
        return
    if not fts:
        await w.copy_rows(table, columns, rows)
        return
    column = "title_fts" if table == "articles" else "fts"
    await w.executemany(
        f"INSERT INTO {table} ({names}, {column}) VALUES ({marks}, to_tsvector('german', ?))",
        [(*r, _fts_text(table, columns, r)) for r in rows],
    )


async def _sqlite_fts(w: Any, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """SQLite's FTS5 rows: rowid = -id for sentences and quotes (migration 4), id for titles;
    the stemmed folded text (migration 20), stemmed in a worker thread."""
    ids = [r[columns.index("id")] for r in rows]
    if table == "sentences":
        texts = await asyncio.to_thread(_stemmed, rows, [columns.index("text")])
        await w.executemany(
            "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)",
            [(-i, *t) for i, t in zip(ids, texts, strict=True)],
        )
    elif table == "quotes":
        texts = await asyncio.to_thread(
            _stemmed, rows, [columns.index("text"), columns.index("sentence")]
        )
        await w.executemany(
            "INSERT INTO quote_fts (rowid, text, sentence) VALUES (?, ?, ?)",
            [(-i, *t) for i, t in zip(ids, texts, strict=True)],
        )
    else:
        texts = await asyncio.to_thread(_stemmed, rows, [columns.index("title")])
        await w.executemany(
            "INSERT INTO title_fts (rowid, title) VALUES (?, ?)",
            [(i, *t) for i, t in zip(ids, texts, strict=True)],
        )


def _stemmed(rows: list[tuple[Any, ...]], indexes: list[int]) -> list[tuple[str, ...]]:
    """The SQLite FTS text (bot.store.folding) of the given columns of each row."""
    stem = Stemmer().text
    return [tuple(stem(r[i]) for i in indexes) for r in rows]


async def _check_counts(w: Connection, counts: dict[str, int]) -> None:
    """Inside the copy's transaction: its rows are not committed yet."""
    for table, expected in counts.items():
        cur = await w.execute(f"SELECT count(*) FROM {table}")
        row = await cur.fetchone()
        got = int(row[0]) if row else 0
        if got != expected:
            raise StoreError(
                f"the copy is incomplete: {table} has {got} rows, the source {expected}; "
                "nothing was kept"
            )
