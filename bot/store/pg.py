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
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.store.errors import StoreBusy, StoreError, StoreVersionError
from bot.store.migrations import PG_FIRST_VERSION, PG_MIGRATIONS, SCHEMA_VERSION

URL_SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 10.0
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


class PgConnection:
    """One asyncpg connection with the aiosqlite-like surface the repositories use."""

    def __init__(self, raw: asyncpg.Connection) -> None:
        self.raw = raw
        self._lock = asyncio.Lock()

    @property
    def in_transaction(self) -> bool:
        return self.raw.is_in_transaction()

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> PgCursor:
        query = translate(sql)
        args = tuple(parameters or ())
        async with self._lock:
            try:
                if _ROWS.search(query):
                    rows = await self.raw.fetch(query, *args)
                    return PgCursor(rows, len(rows))
                status = await self.raw.execute(query, *args)
            except asyncpg.PostgresError as e:
                raise _mapped(e) from e
        return PgCursor([], _count(status))

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        batch = [tuple(r) for r in rows]
        if not batch:
            return PgCursor([], 0)
        async with self._lock:
            try:
                await self.raw.executemany(translate(sql), batch)
            except asyncpg.PostgresError as e:
                raise _mapped(e) from e
        return PgCursor([], len(batch))

    async def copy_rows(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Bulk insert through COPY (a staged batch into a temp table)."""
        async with self._lock:
            await self.raw.copy_records_to_table(table, records=rows, columns=list(columns))

    async def close(self) -> None:
        await self.raw.close()


async def connect(url: str, *, read_only: bool = False) -> PgConnection:
    """A connection, or StoreError naming the (masked) URL."""
    # Custom plans always: a generic plan cannot see how common a searched word is, and chose
    # a sequential scan over 2M sentences for a word in none of them (0.8 s instead of 0.1 ms).
    settings = {"application_name": "lagebild", "plan_cache_mode": "force_custom_plan"}
    if read_only:
        settings["default_transaction_read_only"] = "on"
    try:
        raw = await asyncpg.connect(url, timeout=CONNECT_TIMEOUT_S, server_settings=settings)
    except (TimeoutError, OSError, asyncpg.PostgresError, ValueError) as e:
        # str(e) of asyncpg never holds the password; the URL is masked
        raise StoreError(f"cannot connect to the store {mask_url(url)}: {e}") from None
    return PgConnection(raw)


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
