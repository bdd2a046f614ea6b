"""Opening a store: migrations, reopening, and the files a user might point --db at."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import Store, StoreError, StoreVersionError
from bot.store.migrations import MIGRATIONS, SCHEMA_VERSION


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


async def test_fresh_store_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    store = await Store.open(db)
    status = await store.corpus.status()
    await store.close()
    assert status.version == 0 and status.articles == 0 and status.last_reload is None
    assert _pragma(db, "user_version") == SCHEMA_VERSION
    assert _pragma(db, "journal_mode") == "wal"


async def test_reopen_keeps_data_and_does_not_migrate_again(
    tmp_path: Path, sample_extractions
) -> None:
    db = tmp_path / "again.db"
    store = await Store.open(db)
    await store.corpus.apply(sample_extractions, [], [], [])
    await store.close()

    store = await Store.open(db)
    try:
        status = await store.corpus.status()
        assert status.articles == 3 and status.version == 1
        assert len(await store.speakers.all()) == 4
    finally:
        await store.close()
    assert _pragma(db, "user_version") == SCHEMA_VERSION


async def test_newer_schema_is_refused_with_upgrade_hint(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    store = await Store.open(db)
    await store.close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreVersionError) as err:
        await Store.open(db)
    message = str(err.value)
    assert f"schema {SCHEMA_VERSION + 5}" in message
    assert f"knows {SCHEMA_VERSION}" in message
    assert "upgrade Lagebild" in message and str(db) in message


async def test_refused_store_is_left_byte_identical(tmp_path: Path) -> None:
    """Another process holds the newer schema's last change in the WAL; refusing the file from
    a separate process must not checkpoint it into the file (the lagebild CLI case)."""
    db = tmp_path / "future.db"
    store = await Store.open(db)
    await store.close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE from_the_future (x)")
    conn.commit()
    before = db.read_bytes()
    code = (
        "import asyncio, sys\n"
        "from bot.store import Store, StoreVersionError\n"
        "try:\n"
        f"    asyncio.run(Store.open({str(db)!r}))\n"
        "except StoreVersionError:\n"
        "    sys.exit(3)\n"
    )
    try:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
        assert result.returncode == 3, result.stderr
        assert db.read_bytes() == before
    finally:
        conn.close()


async def test_read_only_directory_gives_clear_error(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as a user who can write to read-only directories (root)")
        with pytest.raises(StoreError) as err:
            await Store.open(ro / "x.db")
        assert str(ro) in str(err.value) and "not writable" in str(err.value)
    finally:
        ro.chmod(stat.S_IRWXU)


async def test_missing_directory_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        await Store.open(tmp_path / "nope" / "x.db")
    assert "does not exist" in str(err.value) and "nope" in str(err.value)


async def test_a_directory_as_store_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        await Store.open(tmp_path)


async def test_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("Dies ist keine Datenbank, sondern ein Einkaufszettel.\n" * 200)
    before = db.read_bytes()
    with pytest.raises(StoreError) as err:
        await Store.open(db)
    assert str(db) in str(err.value) and "not a Lagebild store" in str(err.value)
    assert db.read_bytes() == before


async def test_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StoreError, match="another program"):
        await Store.open(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("customers",)]


async def test_schema_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    with sqlite3.connect(db) as conn:  # what the first released schema wrote
        conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
        conn.executescript(
            """
            INSERT INTO articles (id, file, title, content_hash, first_seen, updated_at)
                VALUES (1, 'a.txt', 'A', 'h', '2024-11-16T08:00:00.000000+00:00',
                        '2024-11-16T08:00:00.000000+00:00');
            INSERT INTO speakers (id, name, kind, fold_key, quote_count, article_count)
                VALUES (1, 'Lloyd Austin', 'person', 'lloid austin', 1, 1);
            INSERT INTO speaker_roles VALUES (1, 1, 'US-Verteidigungsminister');
            INSERT INTO speaker_aliases VALUES (1, 1, 'Austin');
            INSERT INTO quotes (article_id, speaker_id, speaker_name, kind, text, sentence,
                                sentence_idx, start_char, end_char, first_seen)
                VALUES (1, 1, 'Austin', 'direct', 'Es ist ernst', 'Es ist ernst.', 0, 0, 12,
                        '2024-11-16T08:00:00.000000+00:00');
            INSERT INTO quote_fts (rowid, text, sentence) VALUES (1, 'es ist ernst', 'es ist ernst.');
            """
        )
    store = await Store.open(db)
    try:
        [austin] = await store.speakers.all()
        assert austin.aliases == ("Austin",) and austin.roles == ("US-Verteidigungsminister",)
        assert [q.text for q in await store.quotes.by_speaker(austin.id)] == ["Es ist ernst"]
        # the full-text index was carried over (migration 4 renumbers its rows)
        assert [q.text for q in await store.quotes.about("ernst")] == ["Es ist ernst"]
        assert [h.speaker for h in await store.search.search("ernst")] == ["Lloyd Austin"]
    finally:
        await store.close()
    assert _pragma(db, "user_version") == SCHEMA_VERSION


async def test_store_damaged_mid_file_is_refused_at_open_naming_the_rebuild(
    tmp_path: Path, sample_extractions
) -> None:
    """Garbage written over pages in the middle of the file (a bad disk, a copy cut short and
    patched): opening must fail with the fix, not succeed and answer every query with an
    internal error."""
    db = tmp_path / "damaged.db"
    store = await Store.open(db)
    await store.corpus.apply(sample_extractions, [], [], [])
    await store.close()
    page = int(_pragma(db, "page_size"))  # type: ignore[call-overload]
    pages = db.stat().st_size // page
    assert pages > 8  # a real multi-page file; closing checkpointed the WAL into it
    stamp = db.with_name(db.name + ".clean")
    assert stamp.exists()  # closed cleanly: the next open may skip the full check ...
    st = db.stat()
    with db.open("r+b") as f:
        f.seek((pages // 2) * page)
        f.write(b"\xa5" * (2 * page))
    # ... unless the file changed since. (mtime ticks are coarse: make "later" unambiguous,
    # as a copy or a restore would.)
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    with pytest.raises(StoreError) as err:
        await Store.open(db)
    message = str(err.value)
    assert "damaged" in message and str(db) in message
    assert "lagebild ingest --rebuild" in message


async def test_clean_close_stamp_is_used_once_and_only_for_the_file_as_left(
    tmp_path: Path, sample_extractions
) -> None:
    db = tmp_path / "s.db"
    stamp = db.with_name(db.name + ".clean")
    store = await Store.open(db)
    await store.corpus.apply(sample_extractions, [], [], [])
    other = await Store.open(db)
    await store.close()
    assert not stamp.exists()  # another connection is still writing: not at rest
    await other.close()
    assert stamp.exists()
    store = await Store.open(db)
    assert not stamp.exists()  # taken at open: a crash from here on leaves no stamp
    try:
        assert (await store.corpus.status()).articles == 3
    finally:
        await store.close()


async def test_an_unreachable_postgresql_url_is_named_without_its_password(
    tmp_path: Path,
) -> None:
    """A URL is a PostgreSQL store (also after Path() folded its '//'), not a directory named
    'postgresql:'; when no server answers, the message names it with the password masked."""
    for url in (
        "postgresql://bot:s3cret@127.0.0.1:1/lagebild",
        tmp_path / "postgresql://bot:s3cret@127.0.0.1:1/lagebild",
    ):
        with pytest.raises(StoreError, match=r"cannot connect to the store") as caught:
            await Store.open(url)
        assert "s3cret" not in str(caught.value)
        assert "postgresql://bot:***@127.0.0.1:1/lagebild" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
