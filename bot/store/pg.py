"""The PostgreSQL backend: asyncpg connections that speak the repositories' portable SQL.

The repositories were written against aiosqlite (`await conn.execute(sql, params)` returning a
cursor with fetchone/fetchall/rowcount). PgConnection offers the same small surface over one
asyncpg connection, so one repository code serves both backends:

- placeholders: `?` and `?N` become `$n` (outside string literals);
- `BEGIN IMMEDIATE` becomes `BEGIN`, `temp.` (SQLite's temp schema) `pg_temp.`, `instr(`
  `strpos(`, `char(31)` `chr(31)`;
- a statement that returns rows (SELECT, WITH, RETURNING) is fetched, any other executed and
  its row count parsed from the command tag;
- serialization failures, deadlocks and lock timeouts become StoreBusy, which the handlers and
  the scheduler already retry (bot.store.errors.is_transient).

asyncpg (Apache-2.0) rather than psycopg 3 (LGPL-3.0): a permissive licence like the rest of
the stack, binary protocol, pipelined executemany; docs/deploy.md has the reasoning.
A connection runs one statement at a time; a lock per connection queues concurrent callers
(aiosqlite does the same with its worker thread).
"""

from __future__ import annotations

import asyncio
import functools
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.store.errors import StoreBusy, StoreError, StoreUnavailable, StoreVersionError
from bot.store.migrations import PG_FIRST_VERSION, PG_MIGRATIONS, SCHEMA_VERSION

T = TypeVar("T")
URL_SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 10.0
STATEMENT_CACHE_SIZE = 1024
"""Prepared statements kept per connection (asyncpg's default is 100). The chat commands use
about 100 statement texts (the latency bench: 98), so with the default a mixed workload
evicted statements it used again a moment later, and each re-use paid a prepare round trip
and parse (2-3 ms under load) again. The server keeps only their parse trees: the
connections run with custom plans."""
MAX_CACHED_STATEMENT = 64 * 1024
"""Longest statement text cached: asyncpg's default, 15 kB, is barely above the longest the
bench sends (13.5 kB: a topic digest's full-text walks), which a longer topic would pass."""
_MIGRATION_LOCK = 0x4C616765  # advisory lock key: one migrating process at a time ("Lage")

_BUSY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?(\d*)")
_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b|\bRETURNING\b", re.IGNORECASE)
_SPELLINGS = (
    (re.compile(r"^\s*BEGIN\s+IMMEDIATE\b", re.IGNORECASE), "BEGIN"),
    (re.compile(r"\btemp\.", re.IGNORECASE), "pg_temp."),
    (re.compile(r"\binstr\(", re.IGNORECASE), "strpos("),
    (re.compile(r"\bchar\(31\)", re.IGNORECASE), "chr(31)"),
)


def mask_url(url: str) -> str:
    """The URL with its password replaced by ***: for messages, logs and /status."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://***"
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """Portable SQL (see the module docstring) as PostgreSQL SQL."""
    counter = 0

    def placeholder(m: re.Match[str]) -> str:
        nonlocal counter
        if not m.group(0).startswith("?"):
            return m.group(0)  # a string literal or a quoted identifier, untouched
        if m.group(1):
            return f"${m.group(1)}"
        counter += 1
        return f"${counter}"

    out = _TOKENS.sub(placeholder, sql)
    for pattern, replacement in _SPELLINGS:
        out = pattern.sub(replacement, out)
    return out


def _count(status: str | None) -> int:
    """Rows affected, from a command tag like 'UPDATE 3' or 'INSERT 0 1'."""
    if not status:
        return -1
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


def _mapped(error: asyncpg.PostgresError) -> Exception:
    if getattr(error, "sqlstate", None) in _BUSY_SQLSTATES:
        return StoreBusy(f"the store is busy ({error}); try again")
    return error


class PgCursor:
    """What aiosqlite's cursor offers the repositories: the rows and a row count."""

    lastrowid = None

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    async def fetchone(self) -> asyncpg.Record | None:
        return self._rows[0] if self._rows else None

    async def fetchall(self) -> list[asyncpg.Record]:
        return self._rows


_LOST_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})  # shutdown, crash, starting up


def _lost(error: BaseException, raw: asyncpg.Connection) -> bool:
    """Whether `error` means the connection is gone (server restarted or unreachable), as
    opposed to an error of the statement on a working connection."""
    if isinstance(error, (asyncpg.PostgresConnectionError, ConnectionError, OSError)):
        return True
    if str(getattr(error, "sqlstate", "") or "").startswith("08"):
        return True
    if getattr(error, "sqlstate", None) in _LOST_SQLSTATES:
        return True
    return isinstance(error, asyncpg.InterfaceError) and raw.is_closed()


Connector = Callable[[], Awaitable[asyncpg.Connection]]

WARM_QUERY = "SELECT to_tsquery('german', 'lagebild')"
"""Run once by `PgConnection.warm`: a server process's first German tsquery loads the snowball
dictionary and its stop word file (about 5 ms, paid by the first full-text command after a
connection opened otherwise)."""


REPLAY_MAX_S = 0.25
"""A statement whose latest run took longer is not run again by a warm-up (`StatementLog.runs`):
a rare reply's slow statement (a prefix search of many words: up to a second at 100k articles)
would cost that again on every other read connection. The warm-up plans it there instead
(`StatementLog.slow`, EXPLAIN without ANALYZE), and it is prepared on its first use."""


class StatementLog:
    """The statements the read connections have run, each with the parameters of its latest
    run, oldest first, at most `size` (the statement cache of one connection). Shared by every
    read connection of a Database: what one of them learned from a reply, `PgConnection.warm`
    runs on the others."""

    def __init__(self, size: int = STATEMENT_CACHE_SIZE) -> None:
        # text -> (parameters of its latest run, whether that run was too slow to repeat)
        self._runs: dict[str, tuple[tuple[Any, ...], bool]] = {}
        self._size = size

    def add(self, text: str, args: tuple[Any, ...], seconds: float = 0.0) -> None:
        new = text not in self._runs
        self._runs[text] = (args, seconds > REPLAY_MAX_S)
        if new and len(self._runs) > self._size:
            del self._runs[next(iter(self._runs))]

    def discard(self, text: str) -> None:
        self._runs.pop(text, None)

    def runs(self) -> list[tuple[str, tuple[Any, ...]]]:
        """The statements a warm-up runs, with their parameters (not the slow ones)."""
        return [(text, args) for text, (args, slow) in self._runs.items() if not slow]

    def slow(self) -> list[tuple[str, tuple[Any, ...]]]:
        """The statements whose latest run was too slow to run again (REPLAY_MAX_S), with its
        parameters: a warm-up plans them (PgConnection.warm)."""
        return [(text, args) for text, (args, slow) in self._runs.items() if slow]

    def texts(self) -> list[str]:
        return list(self._runs)

    def __len__(self) -> int:
        return len(self._runs)


class PgConnection:
    """One asyncpg connection with the aiosqlite-like surface the repositories use.

    It survives a restart of the server: a connection found broken (the server closed it, or
    a statement failed because it is gone) is discarded and the statement raises
    StoreUnavailable; the next statement connects anew (and raises StoreUnavailable again
    while the server is still down). A transaction that was open on the lost connection is
    not continued on the new one: its statements fail until the caller's ROLLBACK, which
    then only clears that state. Not asyncpg's Pool: the repositories keep one connection
    across the statements of a transaction and the writer keeps its temp tables across a
    whole corpus apply, which acquire/release per statement would break.
    """

    def __init__(self, raw: asyncpg.Connection, connector: Connector, where: str) -> None:
        self._raw: asyncpg.Connection | None = raw
        self._connector = connector
        self._where = where
        self._lock = asyncio.Lock()
        self._open = False  # a transaction is open on _raw (as of its last statement)
        self._lost_transaction = False
        self.reconnects = 0
        """How often a lost connection was replaced (a temp table of the old one is gone)."""
        self.keep_session = False
        """While True (a corpus apply staging into this connection's TEMP tables), a lost
        connection is not replaced: its statements raise StoreUnavailable instead."""
        self.log: StatementLog | None = None
        """Where the statements prepared here are noted (a Database's read connections share
        one), for `warm` to prepare them on the others."""
        self._prepared: set[str] = set()  # texts prepared on the current _raw
        self._planned: set[str] = set()  # texts a warm-up planned (EXPLAIN) on the current _raw
        self._warm_raw: asyncpg.Connection | None = None  # the _raw that ran WARM_QUERY

    @property
    def raw(self) -> asyncpg.Connection:
        """The current asyncpg connection (migrate and copy use it directly, under _lock)."""
        if self._raw is None or self._raw.is_closed():
            raise StoreUnavailable(f"the connection to the store {self._where} was lost")
        return self._raw

    @property
    def in_transaction(self) -> bool:
        if self._lost_transaction:
            return True  # the caller still has to ROLLBACK it
        return self._raw is not None and self._open

    def _discard(self) -> None:
        raw, self._raw = self._raw, None
        self._lost_transaction = self._lost_transaction or self._open
        self._open = False
        if raw is not None:
            raw.terminate()

    async def _connection(self) -> asyncpg.Connection:
        """The connection to run a statement on: the current one, or a new one if it was
        lost (outside a transaction only)."""
        if self._lost_transaction:
            raise StoreUnavailable(
                f"the connection to the store {self._where} was lost inside a transaction; "
                "nothing of it was committed"
            )
        if self._raw is None and self.keep_session:
            raise StoreUnavailable(
                f"the connection to the store {self._where} was lost during a corpus apply; "
                "nothing was changed; run it again"
            )
        if self._raw is None:
            self._raw = await self._connector()
            self._prepared.clear()
            self._planned.clear()
            self.reconnects += 1
        return self._raw

    def _note(self, query: str, args: tuple[Any, ...], seconds: float = 0.0) -> None:
        """`query` was prepared on the current connection (asyncpg prepares and caches every
        statement that has parameters or returns rows) and ran with `args` for `seconds`."""
        if len(self._prepared) >= STATEMENT_CACHE_SIZE:
            self._prepared.clear()  # asyncpg's cache evicts too; a re-prepare is harmless
        self._prepared.add(query)
        if self.log is not None:
            self.log.add(query, args, seconds)

    async def warm(
        self,
        runs: Iterable[tuple[str, tuple[Any, ...]]],
        slow: Iterable[tuple[str, tuple[Any, ...]]] = (),
    ) -> int:
        """Run each statement of `runs` (a StatementLog's: reads, with the parameters of their
        latest run) that this connection has not prepared yet, plan each of `slow` (the log's
        statements too slow to run again) that it has neither prepared nor planned, and load
        the German dictionary, so that the first reply on it pays none of it. A cold
        connection spent 20-30 ms preparing a topic digest's statements, 5-10 ms on its first
        full-text statement, and more on the first run of each big statement in its server
        process (catalog, statistics and regular expression caches): preparing alone left a
        topic digest 20-40 ms slower on its first run than on its second. Planning is most of
        that first run: a speaker digest's two walks took 37-58 ms to plan in a new server
        process, 19-26 after an EXPLAIN of them and 23-35 after running them (load 14, 100k
        articles), so a statement too slow to run again (its first run on a cold server,
        reading pages from disk) is EXPLAINed (planned, not run) instead of skipped. One
        statement per turn of the lock: a reply that needs the connection waits for one
        statement at most. A statement that fails now (the schema changed) is dropped from
        the log. Returns how many ran or were planned."""

        async def dictionary(raw: asyncpg.Connection) -> None:
            await raw.execute(WARM_QUERY)  # the simple protocol: nothing prepared
            self._warm_raw = raw

        if self._raw is None or self._warm_raw is not self._raw:
            await self._run(WARM_QUERY, dictionary)
        done = 0
        for text, args in runs:
            if text in self._prepared or not _READ.match(text):
                continue

            async def replay(
                raw: asyncpg.Connection, text: str = text, args: tuple[Any, ...] = args
            ) -> None:
                await raw.fetch(text, *args)

            if await self._warm_one(text, replay):
                self._note(text, args)
                done += 1
        for text, args in slow:
            if text in self._prepared or text in self._planned or not _READ.match(text):
                continue

            async def plan(
                raw: asyncpg.Connection, text: str = text, args: tuple[Any, ...] = args
            ) -> None:
                # not cached: asyncpg closes the EXPLAIN on the server once it is dropped
                await (await raw.prepare(f"EXPLAIN {text}")).fetch(*args)

            if await self._warm_one(text, plan):
                self._planned.add(text)
                done += 1
        return done

    async def _warm_one(
        self, text: str, call: Callable[[asyncpg.Connection], Awaitable[None]]
    ) -> bool:
        """`call` (a warm-up's run or plan of `text`); False, and `text` dropped from the log,
        when it fails (the schema changed)."""
        try:
            await self._run(text, call)
        except (asyncpg.PostgresError, StoreBusy):
            if self.log is not None:
                self.log.discard(text)
            return False
        return True

    async def _run(self, sql: str, call: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        """`call` on a working connection; a lost connection becomes StoreUnavailable (a read
        outside a transaction is retried once on a new connection first)."""
        async with self._lock:
            if self._raw is not None and self._raw.is_closed():
                self._discard()
            if _ROLLBACK.match(sql) and (self._lost_transaction or self._raw is None):
                self._lost_transaction = False  # the server rolled it back when it went away
                raise _NothingToDo
            for attempt in (1, 2):
                raw = await self._connection()
                try:
                    result = await call(raw)
                except Exception as e:
                    if not _lost(e, raw):
                        self._open = raw.is_in_transaction()
                        if isinstance(e, asyncpg.PostgresError):
                            raise _mapped(e) from e
                        raise
                    retry = attempt == 1 and not self._open and _READ.match(sql) is not None
                    self._discard()
                    if retry:
                        continue
                    raise StoreUnavailable(
                        f"lost the connection to the store {self._where} "
                        f"({type(e).__name__}); the next command connects again"
                    ) from e
                self._open = raw.is_in_transaction()
                return result
        raise AssertionError("unreachable")  # pragma: no cover

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> PgCursor:
        query = translate(sql)
        args = tuple(parameters or ())
        returns_rows = _ROWS.search(query) is not None
        # the statement's own time, on the server: waiting for this connection (behind a slow
        # statement of another reply) would mark a fast statement too slow to replay
        seconds = 0.0

        async def call(raw: asyncpg.Connection) -> PgCursor:
            nonlocal seconds
            started = time.perf_counter()
            try:
                if returns_rows:
                    rows = await raw.fetch(query, *args)
                    return PgCursor(rows, len(rows))
                return PgCursor([], _count(await raw.execute(query, *args)))
            finally:
                seconds = time.perf_counter() - started

        try:
            cursor = await self._run(query, call)
        except _NothingToDo:
            return PgCursor([], 0)
        if args or returns_rows:  # else asyncpg's simple protocol prepared nothing
            self._note(query, args, seconds)
        return cursor

    async def import_snapshot(self, begin: str, snapshot: str) -> None:
        """Begin a transaction (`begin`) that reads the exported `snapshot` (a checked id of
        pg_export_snapshot: Database.sibling) in one round trip. Sent as is: every id is new,
        and translating it would only crowd real statements out of `translate`'s cache."""
        sql = f"{begin}; SET TRANSACTION SNAPSHOT '{snapshot}'"

        async def call(raw: asyncpg.Connection) -> None:
            await raw.execute(sql)  # the simple protocol: nothing prepared

        await self._run(sql, call)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        batch = [tuple(r) for r in rows]
        if not batch:
            return PgCursor([], 0)
        query = translate(sql)

        async def run(raw: asyncpg.Connection) -> PgCursor:
            await raw.executemany(query, batch)
            return PgCursor([], len(batch))

        return await self._run(query, run)

    async def copy_rows(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Bulk insert through COPY (a staged batch into a temp table)."""

        async def run(raw: asyncpg.Connection) -> None:
            await raw.copy_records_to_table(table, records=rows, columns=list(columns))

        await self._run(f"COPY {table}", run)

    async def close(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None and not raw.is_closed():
            try:
                await raw.close(timeout=CONNECT_TIMEOUT_S)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
                raw.terminate()


class _NothingToDo(Exception):
    """A ROLLBACK of a transaction whose connection is already gone."""


_ROLLBACK = re.compile(r"^\s*ROLLBACK\s*;?\s*$", re.IGNORECASE)
_READ = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b", re.IGNORECASE)


async def connect(url: str, *, read_only: bool = False) -> PgConnection:
    """A connection, or StoreError naming the (masked) URL (StoreUnavailable when the server
    cannot be reached). It reconnects by itself after a lost connection (PgConnection)."""
    # Custom plans always: a generic plan cannot see how common a searched word is, and chose
    # a sequential scan over 2M sentences for a word in none of them (0.8 s instead of 0.1 ms).
    # No JIT: it compiles a query whose estimated cost passes jit_above_cost (a digest's
    # subject scan, a search's plan over a million matches) and spends 10-20 ms doing so on a
    # query that then runs for a few milliseconds; chat commands are short OLTP reads.
    settings = {
        "application_name": "lagebild",
        "plan_cache_mode": "force_custom_plan",
        "jit": "off",
    }
    if read_only:
        settings["default_transaction_read_only"] = "on"
    where = mask_url(url)

    async def connector() -> asyncpg.Connection:
        try:
            return await asyncpg.connect(
                url,
                timeout=CONNECT_TIMEOUT_S,
                server_settings=settings,
                statement_cache_size=STATEMENT_CACHE_SIZE,
                max_cacheable_statement_size=MAX_CACHED_STATEMENT,
            )
        except ValueError as e:
            raise StoreError(f"cannot connect to the store {where}: {e}") from None
        except (TimeoutError, OSError, asyncpg.PostgresError) as e:
            # str(e) of asyncpg never holds the password; the URL is masked
            raise StoreUnavailable(f"cannot connect to the store {where}: {e}") from None

    return PgConnection(await connector(), connector, where)


async def schema_version(conn: PgConnection) -> int | None:
    """The store's schema version; None when the database has no Lagebild schema."""
    cur = await conn.execute("SELECT to_regclass('schema_version') IS NOT NULL")
    row = await cur.fetchone()
    if row is None or not row[0]:
        return None
    cur = await conn.execute("SELECT max(version) FROM schema_version")
    row = await cur.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def migrate(conn: PgConnection, url: str) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction, under an advisory lock so that
    two processes starting together do not both create it. PG_MIGRATIONS[0] creates schema
    PG_FIRST_VERSION at once; later entries follow MIGRATIONS one to one."""
    where = mask_url(url)
    async with conn._lock:
        raw = conn.raw
        try:
            async with raw.transaction():
                await raw.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
                version = await _version(raw, where)
                if version >= SCHEMA_VERSION:
                    return
                start = 0 if version == 0 else version - PG_FIRST_VERSION + 1
                for script in PG_MIGRATIONS[start:]:
                    await raw.execute(script)
                await raw.execute("DELETE FROM schema_version")
                await raw.execute(
                    "INSERT INTO schema_version (version) VALUES ($1)", SCHEMA_VERSION
                )
        except asyncpg.PostgresError as e:
            raise StoreError(f"migrating the store {where} failed: {e}") from None


async def _version(raw: asyncpg.Connection, where: str) -> int:
    has_schema = await raw.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not has_schema:
        others = await raw.fetchval(
            """SELECT count(*) FROM pg_tables
               WHERE schemaname = current_schema() AND tablename <> 'schema_version'"""
        )
        if others:
            raise StoreError(
                f"cannot use the store {where}: the database holds tables of another program "
                "(no Lagebild schema version); choose another database"
            )
        await raw.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        return 0
    version = int(await raw.fetchval("SELECT coalesce(max(version), 0) FROM schema_version"))
    if version > SCHEMA_VERSION:
        raise StoreVersionError(
            f"the store {where} was created by a newer Lagebild (schema {version}, this version "
            f"knows {SCHEMA_VERSION}); upgrade Lagebild or use another database"
        )
    return version
