"""`lagebild store copy SRC DST`: a consistent copy that a new process can serve at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sample_corpus import SAMPLE_NOW, sample_corpus

from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]


def lagebild(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


async def test_copy_of_a_store_in_use_serves_the_same_answers(
    tmp_path: Path, sample_store: Store, store_url: str
) -> None:
    """Into a new file, from a file or from PostgreSQL."""
    await sample_store.subscriptions.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
    dst = tmp_path / "copy.db"
    # the sample store stays open (a running bot) while it is copied
    result = lagebild("store", "copy", store_url, str(dst))
    assert result.returncode == 0, result.stderr
    assert "3 Artikel" in result.stdout and "1 Abonnement," in result.stdout
    async with await Store.open(dst) as copy:
        assert await copy.corpus.status() == await sample_store.corpus.status()
        assert [s.name for s in await copy.speakers.all()] == [
            s.name for s in await sample_store.speakers.all()
        ]
        assert len(await copy.search.search("Soldaten")) == len(
            await sample_store.search.search("Soldaten")
        )


async def test_copy_never_overwrites_and_never_creates_a_missing_source(
    tmp_path: Path, sample_store: Store, store_url: str
) -> None:
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"somebody's data")
    result = lagebild("store", "copy", store_url, str(taken))
    assert result.returncode == 2 and "gibt es schon, darüber kopiere ich nicht" in result.stderr
    assert taken.read_bytes() == b"somebody's data"

    missing = tmp_path / "missing.db"
    result = lagebild("store", "copy", str(missing), str(tmp_path / "x.db"), "--locale", "en")
    assert result.returncode == 2 and "no store file there" in result.stderr
    assert not missing.exists() and not (tmp_path / "x.db").exists()


async def test_copy_from_a_file_to_postgresql_and_back(tmp_path: Path, pg_url: str) -> None:
    """SQLite -> PostgreSQL -> SQLite keeps the corpus, the subscriptions and the answers; the
    copied database hands out new ids after the copied ones; a filled database is refused."""
    src = tmp_path / "src.db"
    async with await Store.open(src) as store:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        sub = await store.subscriptions.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
        before = await store.corpus.status()
        speakers = [(s.name, s.quote_count, s.roles) for s in await store.speakers.all()]
        hits = {h.text for h in await store.search.search("Wladiwostok")}
    result = lagebild("store", "copy", str(src), pg_url)
    assert result.returncode == 0, result.stderr
    assert "3 Artikel" in result.stdout and "1 Abonnement," in result.stdout
    async with await Store.open(pg_url) as copy:
        assert await copy.corpus.status() == before
        assert [(s.name, s.quote_count, s.roles) for s in await copy.speakers.all()] == speakers
        assert {h.text for h in await copy.search.search("Wladiwostok")} == hits
        other = await copy.subscriptions.upsert(
            "matrix", "!other:localhost", "08:00", "UTC", "@a:x"
        )
        assert other.id > sub.id
    again = lagebild("store", "copy", str(src), pg_url)
    assert again.returncode == 2 and "will not copy into" in again.stderr
    back = tmp_path / "back.db"
    result = lagebild("store", "copy", pg_url, str(back))
    assert result.returncode == 0, result.stderr
    async with await Store.open(back) as copy:
        assert (await copy.corpus.status()).articles == before.articles
        assert {h.text for h in await copy.search.search("Wladiwostok")} == hits
        assert len(await copy.subscriptions.list()) == 2
