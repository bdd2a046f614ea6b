"""SQLite: a corpus apply returns once its COMMIT is in the WAL, and the WAL is written back
into the store file beside it (Database.checkpoint_soon), not inside the COMMIT (issue 14:
writing back the index pages a swap dirties all over a 100k-article file was most of what an
apply cost there more than in an empty store). The write-back must still happen, be waited
for by close, and never fail an apply."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sample_corpus import F, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store
from bot.store import db as store_db
from bot.store.repos import corpus as corpus_repo


def _articles(n: int, first: int = 0) -> list[ArticleExtraction]:
    return [
        build_extraction(
            f"{i:05d}.txt",
            f"Lagebericht Nummer {i}",
            date(2025, 3, 1) + timedelta(days=i % 40),
            "Deutschlandfunk",
            [f"Annalena Krause erklärte, man prüfe alle Optionen {i}.", f"Es gab {i + 2} Tote."],
            quotes=[Q(0, "Annalena Krause", f"man prüfe alle Optionen {i}")],
            figures=[F(1, f"{i + 2} Tote", i + 2)],
        )
        for i in range(first, first + n)
    ]


def _titles_in_file_alone(db: Path, tmp_path: Path) -> set[str]:
    """The article titles a copy of the store file holds without its -wal: what a backup
    that copies only the file (or a crash that loses the WAL's page cache) would keep."""
    copy = tmp_path / "file-alone.db"
    shutil.copyfile(db, copy)
    con = sqlite3.connect(copy)
    try:
        return {r[0] for r in con.execute("SELECT title FROM articles")}
    finally:
        con.close()


async def test_an_apply_is_written_back_into_the_store_file(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = await Store.open(str(db))
    try:
        await store.corpus.apply(_articles(3), [], [], [])
        await store._db.checkpointed()
        assert _titles_in_file_alone(db, tmp_path) == {f"Lagebericht Nummer {i}" for i in range(3)}
        # a second apply (an addition and a removal) too
        await store.corpus.apply(_articles(1, first=7), ["00001.txt"], [], [])
        await store._db.checkpointed()
        assert _titles_in_file_alone(db, tmp_path) == {
            "Lagebericht Nummer 0",
            "Lagebericht Nummer 2",
            "Lagebericht Nummer 7",
        }
    finally:
        await store.close()


async def test_close_waits_for_the_write_back_and_leaves_the_file_at_rest(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = await Store.open(str(db))
    await store.corpus.apply(_articles(5), [], [], [])
    await store.close()  # the write-back may still be running: close waits for it
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert db.with_name(db.name + ".clean").exists()  # the next open skips the full check
    again = await Store.open(str(db))
    try:
        assert (await again.corpus.status()).articles == 5
    finally:
        await again.close()


async def test_a_failed_write_back_fails_no_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def locked(path: Path) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store_db, "_checkpoint_wal", locked)
    db = tmp_path / "s.db"
    store = await Store.open(str(db))
    try:
        with caplog.at_level(logging.WARNING, logger="bot.store.db"):
            change = await store.corpus.apply(_articles(2), [], [], [])
            await store._db.checkpointed()
        assert change.added == ("00000.txt", "00001.txt")
        assert any("writing the WAL back" in r.getMessage() for r in caplog.records)
        async with store.snapshot() as view:
            assert (await view.corpus.status()).articles == 2
    finally:
        monkeypatch.undo()
        await store.close()
    again = await Store.open(str(db))
    try:
        assert (await again.corpus.status()).articles == 2
    finally:
        await again.close()


async def test_an_apply_leaves_the_write_back_of_its_swap_to_the_background(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing the apply writes after its swap may write the swap back itself: the lease was
    released in a COMMIT of its own with the automatic checkpoint on again, which wrote the
    whole swap into the file inside the apply whenever it came before the background
    write-back (at 100k articles a third of a removal's time)."""
    db = tmp_path / "s.db"
    store = await Store.open(str(db))
    await store.corpus.apply(_articles(3), [], [], [])
    await store.close()  # the file at rest: everything written back, the WAL empty
    monkeypatch.setattr(store_db, "_checkpoint_wal", lambda path: None)  # no write-back
    threshold = 8  # more WAL pages than taking the lease writes, fewer than the swap
    monkeypatch.setattr(corpus_repo, "WAL_AUTOCHECKPOINT", threshold)
    store = await Store.open(str(db))
    try:
        await store._db.writer.execute(f"PRAGMA wal_autocheckpoint = {threshold}")
        change = await store.corpus.apply([], ["00001.txt"], [], [])
        assert change.removed == ("00001.txt",)
        # the removal is committed (in the WAL) but not yet in the file alone
        assert _titles_in_file_alone(db, tmp_path) == {f"Lagebericht Nummer {i}" for i in range(3)}
        async with store.snapshot() as view:
            assert (await view.corpus.status()).articles == 2
        # the lease is free: another apply may start at once
        await store.corpus.apply([], ["00002.txt"], [], [])
    finally:
        monkeypatch.undo()
        await store.close()
