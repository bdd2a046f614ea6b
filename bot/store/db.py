"""Opening a store: an SQLite file (location checks, connection settings, migrations) or a
PostgreSQL database (bot.store.pg), behind the same Database.

Three aiosqlite connections to the same file: `conn` serves the reads outside snapshots,
`edits` the small writes (subscriptions, reload log: `writing()`, `transaction()`), and
`writer` only CorpusRepo.apply. A corpus swap is one long transaction spread over many awaits;
on a shared connection, queries answered meanwhile would see the half-applied corpus. On its
own connection WAL gives readers the old snapshot until COMMIT, which is what "/reload keeps
answering from the old corpus" needs. Small writes have their own connection because a read
of another coroutine may be half done on `conn` (executed, not yet fetched): its statement
holds a read snapshot, and a write on that connection after a swap committed elsewhere fails
at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out (a /reload failed with
"database is locked" while a digest was being read).

PostgreSQL has the same shape: `conn` and `writer` are two asyncpg connections (MVCC gives
readers the old corpus until the swap commits), snapshots take a pooled read-only connection
inside a REPEATABLE READ transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import aiosqlite

from bot.store import pg
from bot.store.convert import dt_from_db_opt
from bot.store.dialect import POSTGRESQL, SQLITE, Dialect
from bot.store.errors import StoreError, StoreUnavailable, StoreVersionError
from bot.store.folding import fts_text
from bot.store.migrations import MIGRATIONS, SCHEMA_VERSION
from bot.store.read_cache import ReadCache

Connection = aiosqlite.Connection | pg.PgConnection
"""What the repositories run their SQL on (the same calls on both backends)."""

_SNAPSHOT_ID = re.compile(r"[0-9A-F]+-[0-9A-F]+-[0-9]+")
"""What pg_export_snapshot() returns (written into SET TRANSACTION SNAPSHOT, which takes no
parameter): checked, so that nothing else ever reaches the statement."""

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
WRITER_CACHE_KIB = 32 * 1024
SNAPSHOT_READERS = 4
"""Read connections for snapshots: at most this many replies hold a read transaction at once
(the others wait for a free one; one connection used to serve every read anyway)."""


@dataclass(eq=False)
class Database:
    path: Path | None  # the SQLite file; None for PostgreSQL
    conn: Connection
    writer: Connection
    dialect: Dialect = SQLITE
    # The PostgreSQL URL with its password (never shown: see `location`).
    url: str | None = field(default=None, repr=False)
    # The small writes' own connection (SQLite; see the module docstring); None: `conn`
    # (PostgreSQL, whose statements return all their rows at once and never hold a snapshot).
    edits: Connection | None = None
    # Serialises the small writes and transactions; statements of other coroutines could
    # otherwise land inside a multi-statement transaction.
    write_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # One corpus swap at a time.
    apply_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # (st_dev, st_ino) of the SQLite file as opened: a file moved, deleted or replaced while the
    # bot runs is noticed (the open connections would go on reading and writing the old inode,
    # and a new read connection would create an empty store in its place).
    file_id: tuple[int, int] | None = None
    # True for the view a snapshot hands out: `conn` is then a read connection inside one
    # read transaction, and a nested snapshot() reuses it.
    pinned: bool = False
    # The corpus version a pinned view reads and when it was applied (the snapshot's first
    # statement); None otherwise.
    version: int | None = None
    updated_at: datetime | None = None
    # Reads kept across snapshots under their corpus version or curation signature
    # (bot.store.read_cache); `replace` hands every view the same object.
    reads: ReadCache = field(default_factory=ReadCache)
    # The statements the read connections ran, with their latest parameters (PostgreSQL),
    # shared like `reads`: `warm` runs them on every read connection that has not yet.
    statements: pg.StatementLog = field(default_factory=pg.StatementLog)
    # Set by close() (shared with every view, like the reader lists): a read connection asked
    # for afterwards is refused, not leaked.
    _closed: asyncio.Event = field(default_factory=asyncio.Event)
    _idle_readers: list[Connection] = field(default_factory=list)
    _all_readers: list[Connection] = field(default_factory=list)
    _reader_slots: asyncio.Semaphore = field(
        default_factory=lambda: asyncio.Semaphore(SNAPSHOT_READERS)
    )
    # The WAL write-back started by the last corpus write (checkpoint_soon), if any.
    _checkpoint: asyncio.Task[None] | None = None

    def checkpoint_soon(self) -> None:
        """Write the WAL back into the store file in a worker thread of its own, after the
        corpus swap committed (SQLite; nothing to do on PostgreSQL).

        The swap's COMMIT does not checkpoint (CorpusRepo._commit_swap turns the writer's
        automatic checkpoint off around it): a swap dirties index pages all over a large file
        (the newest-first indexes of quotes, figures and articles take a batch's rows at their
        dates), and writing those back and syncing the file was most of what a 1,000-article
        apply cost more at 100k articles than in an empty store (docs/deploy.md, "Apply time
        and store size"). The apply now returns once its COMMIT is in the WAL, and the
        write-back runs beside what comes next. It is PASSIVE: it never waits for, nor
        blocks, a reader or a writer. Staged batches keep checkpointing in their own COMMITs:
        deferred there too, the WAL grew through a whole apply (89 MB for 1,000 articles at
        100k) and staging took longer in bench/apply_scale.py."""
        if self.path is None or self._closed.is_set():
            return
        previous = self._checkpoint
        self._checkpoint = asyncio.create_task(_checkpoint_after(previous, self.path))

    async def checkpointed(self) -> None:
        """Wait for the WAL write-back started by checkpoint_soon (close does)."""
        task = self._checkpoint
        if task is not None:
            await asyncio.shield(task)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Database]:
        """A view of this database whose `conn` reads ONE committed state of the store for as
        long as the block runs: a corpus swap that commits meanwhile is not seen, so a reply
        built from several queries is entirely old or entirely new. Read-only (query_only):
        writes belong on the main connection."""
        if self.pinned:
            yield self
            return
        self.check_file()
        async with self._reader_slots:
            conn = self._idle_readers.pop() if self._idle_readers else await self._new_reader()
            try:
                await conn.execute(self.dialect.snapshot_begin)
                # SQLite's BEGIN is deferred, PostgreSQL's snapshot is taken at the first
                # statement: the snapshot starts with this read.
                cur = await conn.execute("SELECT version, updated_at FROM corpus_state")
                rows = list(await cur.fetchall())
                version = int(rows[0][0]) if rows else 0
                updated = dt_from_db_opt(rows[0][1]) if rows else None
                yield replace(self, conn=conn, pinned=True, version=version, updated_at=updated)
            finally:
                await self._release_reader(conn)

    @asynccontextmanager
    async def sibling(self) -> AsyncIterator[Database | None]:
        """Another read connection inside this snapshot's very state, so that two statements
        of one reply run at the same time (a topic digest's quote walk beside its article
        sources: each tests thousands of rows, and a server has more than one core). On
        PostgreSQL the snapshot is exported (pg_export_snapshot) and imported by a second
        REPEATABLE READ transaction: both read exactly the same committed state, a swap
        committed meanwhile included or not in both. None when there is none to have: not
        inside a snapshot, SQLite (its snapshots cannot be shared; one connection reads as
        fast), every read connection taken (never waits for one: the reply goes on alone
        rather than hold up another reply's snapshot), or none to be opened."""
        if not self.pinned or self.url is None or self._reader_slots.locked():
            yield None
            return
        async with self._reader_slots:
            conn: Connection | None = None
            # a server at max_connections: the reply reads alone, as it did before
            with contextlib.suppress(StoreUnavailable):
                conn = self._idle_readers.pop() if self._idle_readers else await self._new_reader()
            if conn is None:
                yield None
                return
            try:
                cur = await self.conn.execute("SELECT pg_export_snapshot()")
                row = await cur.fetchone()
                snapshot = str(row[0]) if row else ""
                if not _SNAPSHOT_ID.fullmatch(snapshot):
                    raise StoreError(f"unexpected snapshot id from the store: {snapshot!r}")
                assert isinstance(conn, pg.PgConnection)
                await conn.import_snapshot(self.dialect.snapshot_begin, snapshot)
                yield replace(self, conn=conn)
            finally:
                await self._release_reader(conn)

    def check_file(self) -> None:
        """Raise StoreUnavailable when the SQLite file is no longer the one opened."""
        if self.path is None or self.file_id is None:
            return
        try:
            st = os.stat(self.path)
        except OSError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != self.file_id:
            raise StoreUnavailable(
                f"the store file {self.path} is gone (moved, deleted or replaced while the bot "
                "runs); nothing was written; put it back, or restart the bot to rebuild it"
            )

    @property
    def location(self) -> str:
        """The store as messages name it: the file, or the URL with its password masked."""
        return str(self.path) if self.url is None else pg.mask_url(self.url)

    async def _release_reader(self, conn: Connection) -> None:
        """End the read transaction and keep the connection; a connection that cannot even
        roll back is closed instead of being handed to the next reply."""
        try:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
        except Exception:
            self._all_readers.remove(conn)
            await conn.close()
            return
        self._idle_readers.append(conn)

    async def warm(self) -> int:
        """Open the SNAPSHOT_READERS read connections and run on each the statements any of
        them has run so far, with the same parameters, and plan those too slow to run again
        (PgConnection.warm; PostgreSQL: SQLite needs none of it, its connections share the
        file's page cache and a statement compiles in microseconds). A reply on a new
        connection paid for connecting (5-10 ms), for preparing each statement (a topic
        digest's: 20-30 ms) and for the first run of each in the server process behind it (its
        catalog, statistics and regular expression caches), which a user saw as a slow first
        answer after a start and on every connection the first time a reply needed it. Meant
        to run in the background (App.keep_warm): each connection is taken like a snapshot's,
        so replies meanwhile use the others. Returns the statements run or planned."""
        if self.url is None or self.pinned:
            return 0
        done = 0
        seen: set[int] = set()
        for _ in range(SNAPSHOT_READERS):
            async with self._reader_slots:
                idle = [c for c in self._idle_readers if id(c) not in seen]
                if idle:
                    conn = idle[0]
                    self._idle_readers.remove(conn)
                elif len(self._all_readers) < SNAPSHOT_READERS:
                    conn = await self._new_reader()
                else:
                    break
                seen.add(id(conn))
                try:
                    assert isinstance(conn, pg.PgConnection)
                    done += await conn.warm(self.statements.runs(), self.statements.slow())
                finally:
                    await self._release_reader(conn)
        return done

    async def _new_reader(self) -> Connection:
        """A read connection, in `_all_readers` from the moment it exists: one a cancelled
        reply lost between connecting and its first setting was never closed, and its worker
        thread kept the process from exiting (a console /quit hung at interpreter shutdown)."""
        if self._closed.is_set():
            raise StoreUnavailable("the store is closed; this process is shutting down")
        conn: Connection
        if self.url is not None:
            conn = await pg.connect(self.url, read_only=True)
            conn.log = self.statements
        else:
            assert self.path is not None
            conn = await _connect(self.path, create=False)
        self._all_readers.append(conn)
        try:
            if self._closed.is_set():  # close() ran while this one was connecting
                raise StoreUnavailable("the store is closed; this process is shutting down")
            if self.url is None:
                await conn.execute("PRAGMA query_only = ON")
        except BaseException:
            self._all_readers.remove(conn)
            await conn.close()
            raise
        return conn

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[Connection]:
        """The connection for one small write (a statement that commits on its own), under
        the write lock."""
        self.check_file()
        async with self.write_lock:
            yield self.edits or self.conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """BEGIN IMMEDIATE .. COMMIT on the small writes' connection; ROLLBACK on any error."""
        async with self.writing() as conn:
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    await conn.execute("ROLLBACK")
                raise
            await conn.execute("COMMIT")

    async def close(self) -> None:
        self._closed.set()
        await self.checkpointed()
        for reader in list(self._all_readers):
            await reader.close()
        self._all_readers.clear()
        self._idle_readers.clear()
        await self.writer.close()
        if self.edits is not None:
            await self.edits.close()
        await self.conn.close()
        if self.path is not None:
            await asyncio.to_thread(CleanStamp(self.path).write)


async def _checkpoint_after(previous: asyncio.Task[None] | None, path: Path) -> None:
    """One PASSIVE checkpoint of the store file, after the one before it. A failure (the file
    gone, a lock) is logged only: the WAL stays valid, and the next checkpoint, another
    connection's automatic one or the last close writes it back."""
    if previous is not None:
        with contextlib.suppress(Exception):
            await previous
    try:
        await asyncio.to_thread(_checkpoint_wal, path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("writing the WAL back into %s failed: %s", path, exc)


def _checkpoint_wal(path: Path) -> None:
    """PRAGMA wal_checkpoint(PASSIVE) on a connection of its own (the corpus writer's thread
    stays free for what comes next; never creates the file)."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True)
    try:
        con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        con.close()


def _check_location(path: Path) -> None:
    """Fail early with a message naming the path instead of SQLite's 'unable to open'."""
    if path.is_dir():
        raise StoreError(f"the store path {path} is a directory; give a file name (--db FILE)")
    parent = path.parent
    if not parent.is_dir():
        raise StoreError(f"cannot create the store {path}: the directory {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot use the store {path}: the directory {parent} is not writable "
            "(SQLite needs to create its -wal and -shm files there); "
            "choose another --db or fix the permissions"
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(
            f"cannot use the store {path}: the file is not readable and writable; "
            "choose another --db or fix the permissions"
        )


async def _connect(path: Path, create: bool = True) -> aiosqlite.Connection:
    """A connection with the store's settings; with create=False one that never creates the
    file (a read connection opened after the file vanished must not make an empty store)."""
    try:
        if create:
            conn = await aiosqlite.connect(path, isolation_level=None)
        else:
            uri = path.resolve().as_uri() + "?mode=rw"
            conn = await aiosqlite.connect(uri, isolation_level=None, uri=True)
    except sqlite3.Error as exc:
        if not create:
            raise StoreUnavailable(f"cannot open the store {path}: {exc}") from exc
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
    try:
        conn.row_factory = aiosqlite.Row
        cur = await conn.execute("PRAGMA journal_mode = WAL")
        row = await cur.fetchone()
        if row is None or str(row[0]).lower() != "wal":
            raise StoreError(f"cannot use the store {path}: WAL mode is not available there")
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        await conn.close()
        if "malformed" in str(exc):  # a store whose schema pages were damaged: rebuild it
            raise StoreError(
                f"the store {path} is damaged ({exc}); {REBUILD_HINT} re-creates it from the corpus"
            ) from exc
        raise StoreError(
            f"cannot use the store {path}: it is not a Lagebild store ({exc}); choose another --db"
        ) from exc
    except BaseException:
        await conn.close()
        raise
    return conn


async def _user_version(conn: aiosqlite.Connection) -> int:
    cur = await conn.execute("PRAGMA user_version")
    row = await cur.fetchone()
    return int(row[0]) if row else 0


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would COMMIT our transaction)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


async def migrate(conn: aiosqlite.Connection, path: Path) -> None:
    version = await _user_version(conn)
    _check_version(version, path)
    if version == 0:
        cur = await conn.execute(_USER_TABLES)
        _check_foreign(await cur.fetchone(), path)
    # migration 20 rebuilds the FTS tables with the stemmed text (bot.store.folding); it runs
    # in aiosqlite's thread, not on the event loop
    await conn.create_function("lagebild_fts", 1, fts_text, deterministic=True)
    while version < SCHEMA_VERSION:
        await conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            version = await _user_version(conn)
            _check_version(version, path)
            if version < SCHEMA_VERSION:
                for statement in _statements(MIGRATIONS[version]):
                    await conn.execute(statement)
                version += 1
                await conn.execute(f"PRAGMA user_version = {version}")
        except BaseException as exc:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(
                    f"migrating the store {path} to schema {version + 1} failed: {exc}"
                ) from exc
            raise
        await conn.execute("COMMIT")


_USER_TABLES = "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"


def _check_foreign(row: sqlite3.Row | tuple[int] | None, path: Path) -> None:
    """Schema version 0 with tables: some other program's database, not an empty new file."""
    if row and row[0]:
        raise StoreError(
            f"cannot use the store {path}: it is an SQLite database of another program "
            "(unknown tables, no Lagebild schema version); choose another --db"
        )


def _check_version(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise StoreVersionError(
            f"the store {path} was created by a newer Lagebild (schema {version}, this version "
            f"knows {SCHEMA_VERSION}); upgrade Lagebild or use another --db"
        )


def _probe(path: Path) -> None:
    """Refuse a foreign or newer file through a read-only connection, before any read-write
    connection exists: closing a read-write connection may checkpoint the WAL into the file,
    and a store we refuse must be left exactly as it was."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return  # the read-write open reports it with its own message
    try:
        row = conn.execute("PRAGMA user_version").fetchone()
        version = int(row[0]) if row else 0
        _check_version(version, path)
        if version == 0:
            _check_foreign(conn.execute(_USER_TABLES).fetchone(), path)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):  # a store whose schema pages were damaged: rebuild it
            raise StoreError(
                f"the store {path} is damaged ({exc}); {REBUILD_HINT} re-creates it from the corpus"
            ) from exc
        raise StoreError(
            f"cannot use the store {path}: it is not a Lagebild store ({exc}); choose another --db"
        ) from exc
    finally:
        conn.close()


REBUILD_HINT = "lagebild ingest --rebuild"


async def check_integrity(conn: aiosqlite.Connection, path: Path) -> None:
    """Refuse a damaged file at open, naming the fix, instead of failing later with reference
    ids on every query that touches the broken pages.

    `PRAGMA quick_check` reads every page once (no index-vs-table cross check), so its cost
    grows with the file: seconds for a 100k-article store (docs/deploy.md). It is skipped when
    the file is exactly as this program left it at its last clean close (see CleanStamp).
    """
    try:
        cur = await conn.execute("PRAGMA quick_check(3)")
        problems = [str(row[0]) for row in await cur.fetchall()]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise StoreError(
            f"the store {path} is damaged ({'; '.join(problems)[:300]}); "
            f"rebuild it from the corpus with `{REBUILD_HINT}` (or restore a backup)"
        )


class CleanStamp:
    """`<store>.clean`: size and mtime of the store file as the last process to close it left
    it, with its WAL checkpointed away. A file that still matches at the next open was not
    touched since (by us or anyone: a copy, a restore, a disk tool all change the mtime), so
    its integrity check is skipped; anything else gets the full check. The stamp is removed
    at open, so a crash never leaves one behind."""

    def __init__(self, path: Path) -> None:
        self.db = path
        self.path = path.with_name(path.name + ".clean")
        self.wal = path.with_name(path.name + "-wal")

    def _state(self) -> str | None:
        """The file's identity, or None while a WAL with content exists (not at rest)."""
        if self.wal.exists() and self.wal.stat().st_size > 0:
            return None
        st = self.db.stat()
        return f"{st.st_size} {st.st_mtime_ns} {st.st_ino}"

    def take(self) -> bool:
        """Whether the file is unchanged since the stamp was written; removes the stamp."""
        try:
            stamp = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return False
        self.path.unlink(missing_ok=True)
        return self.db.exists() and stamp == self._state()

    def write(self) -> None:
        """After the last connection of this process closed: stamp the file if it is at rest."""
        try:
            state = self._state() if self.db.exists() else None
            if state is not None:
                self.path.write_text(state + "\n", encoding="ascii")
        except OSError:
            pass  # no stamp only means a full check next time


URL_SCHEMES = ("postgresql:", "postgres:")


def _is_url(path: str | Path) -> bool:
    """A postgresql://… URL, also after Path() folded its '//' (config paths are Paths)."""
    return str(path).startswith(URL_SCHEMES) or any(p in URL_SCHEMES for p in Path(path).parts)


def store_url(location: str | Path) -> str | None:
    """The postgresql:// URL a location names, or None for an SQLite file. A URL that went
    through Path() (config paths are resolved against the config's directory) lost one of
    its slashes and may carry a directory prefix: both are undone."""
    text = str(location)
    if text.startswith(pg.URL_SCHEMES):
        return text
    parts = Path(text).parts
    for i, part in enumerate(parts):
        if part in URL_SCHEMES:
            return f"{part}//" + "/".join(parts[i + 1 :])
    return None


async def open_database(path: str | Path) -> Database:
    url = store_url(path)
    if url is not None:
        return await _open_pg(url)
    path = Path(path)
    _check_location(path)
    await asyncio.to_thread(_probe, path)
    unchanged = await asyncio.to_thread(CleanStamp(path).take)
    conn = await _connect(path)
    try:
        if not unchanged:
            await check_integrity(conn, path)
        await migrate(conn, path)
        writer = await _connect(path)
        try:
            # The corpus swap writes big FTS segments and index pages: a larger page cache
            # for that connection only (negative = KiB) cuts a 100k-article ingest noticeably.
            await writer.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            edits = await _connect(path)
        except BaseException:
            await writer.close()
            raise
    except BaseException:
        await conn.close()
        raise
    st = path.stat()
    return Database(
        path=path, conn=conn, writer=writer, edits=edits, file_id=(st.st_dev, st.st_ino)
    )


async def _open_pg(url: str) -> Database:
    conn = await pg.connect(url)
    try:
        await pg.migrate(conn, url)
        writer = await pg.connect(url)
    except BaseException:
        await conn.close()
        raise
    return Database(path=None, conn=conn, writer=writer, dialect=POSTGRESQL, url=url)


async def store_exists(location: str | Path) -> bool:
    """Whether a store is there: the SQLite file exists, or the PostgreSQL database has a
    Lagebild schema (a connection failure is raised as StoreError)."""
    url = store_url(location)
    if url is None:
        return Path(location).exists()
    conn = await pg.connect(url)
    try:
        return await pg.schema_version(conn) is not None
    finally:
        await conn.close()
