"""The store as files: removing a half-made store, carrying operator state into a rebuilt one,
and swapping a rebuilt store in.

`lagebild ingest --rebuild` (and any ingest that creates a new store) builds the store under a
temporary name next to the target and renames it over the target only when it is complete, so
a failed run leaves the old store, or no file at all, behind. Only SQLite files: the rename is
atomic on one file system.

Rebuilding re-creates what the corpus gives; what operators and users entered (subscriptions,
the digest and reload history) is not in the corpus and is copied over from the old store when
it can still be read. Every table of the schema is in exactly one of CORPUS_TABLES and
STATE_TABLES (a test checks this), so a new table has to be classified to be kept.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.store.errors import StoreError
from bot.store.migrations import SCHEMA_VERSION

# Rebuilt from the corpus (FTS tables and their shadow tables are recognised by name).
CORPUS_TABLES = frozenset({
    "corpus_state", "articles", "paragraphs", "sentences", "speakers", "speaker_aliases",
    "speaker_roles", "speaker_role_counts", "speaker_alias_counts", "quotes", "figures", "subjects", "subject_wordings", "sentence_fts",
    "quote_fts", "title_fts",
    "corpus_lease",  # an apply in progress on the old file is no lease on the new one
    "leases",  # the running processes of the old file hold none on the new one
})  # fmt: skip
# Entered by people; copied into a rebuilt store, parents before children (foreign keys).
# Feeds count as state: what an admin follows, and the articles feeds brought (their texts are
# not in the corpus folder; the next ingest re-extracts them into the rebuilt store).
STATE_TABLES: tuple[str, ...] = (
    "subscriptions",
    "digests_sent",
    "digest_claims",
    "reload_log",
    "curation_log",
    "watches",
    "watch_seen",
    "feeds",
    "feed_articles",
    "feed_items",
)

_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_CLEAN_SUFFIX = ".clean"  # bot.store.db.CleanStamp: not a sign of use, moves with its file


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in _SIDE_SUFFIXES]


def remove_store(path: Path) -> None:
    """Delete a store file and SQLite's side files (for a store this process created)."""
    for p in (path, *side_files(path), path.with_name(path.name + _CLEAN_SUFFIX)):
        p.unlink(missing_ok=True)


def staging_path(target: Path) -> Path:
    """Where a new store is built before it replaces `target` (same directory: same file
    system, so the final rename is atomic)."""
    return target.with_name(f".{target.name}.building-{os.getpid()}")


@dataclass(frozen=True, slots=True)
class Carried:
    rows: dict[str, int]  # table -> rows copied from the old store
    lost: dict[str, str]  # table -> why it could not be copied


def _tables(con: sqlite3.Connection, schema: str) -> set[str]:
    rows = con.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows}


def _columns(con: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA {schema}.table_info({table})")]


def carry_over_state(old: Path, new: Path) -> Carried:
    """Copy STATE_TABLES from `old` (only read) into `new`. A table that
    cannot be read (a corrupt old store) is reported in `lost`, the others are still copied."""
    rows: dict[str, int] = {}
    lost: dict[str, str] = {}
    con = sqlite3.connect(new, isolation_level=None)
    try:
        try:
            # read-write only so that SQLite may recover a hot journal; nothing is written, and
            # closing the last connection removes the -wal and -shm files again
            con.execute("ATTACH DATABASE ? AS old", (str(old),))
            old_tables = _tables(con, "old")
        except sqlite3.Error as e:
            return Carried({}, {t: str(e) for t in STATE_TABLES})
        for table in STATE_TABLES:
            if table not in old_tables:
                continue
            wanted = _columns(con, "main", table)
            have = set(_columns(con, "old", table))
            cols = ", ".join(c for c in wanted if c in have)
            con.execute("SAVEPOINT carry")
            try:
                cur = con.execute(
                    f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM old.{table}"
                )
                con.execute("RELEASE carry")
                rows[table] = cur.rowcount
            except sqlite3.Error as e:
                con.execute("ROLLBACK TO carry")
                con.execute("RELEASE carry")
                lost[table] = str(e)
        con.execute("DETACH DATABASE old")
    finally:
        con.close()
    return Carried(rows, lost)


_SQLITE_HEADER = b"SQLite format 3\x00"


def check_replaceable(target: Path) -> None:
    """Refuse to rebuild over a file that is not a Lagebild store of this or an older schema:
    another program's database, a newer Lagebild's store, or no SQLite file at all. A store
    damaged inside (the reason to rebuild) is replaceable: its header is intact but queries
    fail, which is not held against it."""
    if not target.exists():
        return
    with open(target, "rb") as f:
        header = f.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        if not header and target.stat().st_size == 0:
            return  # an empty file, e.g. left by an old failed run
        raise StoreError(
            f"{target} is not an SQLite database; --rebuild replaces only a Lagebild store "
            "(move the file away or choose another --db)"
        )
    try:
        # immutable: no locks, no -wal/-shm files created, nothing ever written to a file we
        # may be about to refuse
        con = sqlite3.connect(target.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            tables = int(con.execute(_OTHER_TABLES).fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return  # damaged: exactly what --rebuild is for
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store {target} was created by a newer Lagebild (schema {version}); "
            "rebuilding it with this version would lose what that version stores"
        )
    if version == 0 and tables:
        raise StoreError(
            f"{target} is an SQLite database of another program; --rebuild replaces only a "
            "Lagebild store (choose another --db)"
        )


_OTHER_TABLES = "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"


def in_use(path: Path) -> bool:
    """Whether another connection (a running bot) has the store open. The last connection to
    close a WAL database removes its -wal and -shm files; if they outlive our own short
    connection, someone else holds the file."""
    if not any(p.exists() for p in side_files(path)[:2]):
        return False
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        pass
    return any(p.exists() for p in side_files(path)[:2])


def refuse_if_in_use(target: Path) -> None:
    if target.exists() and in_use(target):
        raise StoreError(
            f"the store {target} is in use by another process (a running bot?); "
            "stop it and run the command again (nothing was changed)"
        )


def replace_store(new: Path, target: Path) -> None:
    """Move the complete store `new` over `target` in one rename. Refuses while `target` is
    open elsewhere: its WAL would be applied to the new file and corrupt it."""
    refuse_if_in_use(target)
    if any(p.exists() for p in side_files(new)):
        raise StoreError(f"the new store {new} was not closed cleanly; nothing was changed")
    os.replace(new, target)
    # A rename keeps size, mtime and inode: the new file's clean-close stamp stays true.
    stamp = new.with_name(new.name + _CLEAN_SUFFIX)
    if stamp.exists():
        os.replace(stamp, target.with_name(target.name + _CLEAN_SUFFIX))
    else:
        target.with_name(target.name + _CLEAN_SUFFIX).unlink(missing_ok=True)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
