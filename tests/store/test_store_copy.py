"""`lagebild store copy SRC DST`: a consistent copy that a new process can serve at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    tmp_path: Path, sample_store: Store
) -> None:
    await sample_store.subscriptions.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
    dst = tmp_path / "copy.db"
    # the sample store stays open (a running bot) while it is copied
    result = lagebild("store", "copy", str(sample_store.path), str(dst))
    assert result.returncode == 0, result.stderr
    assert "3 articles" in result.stdout and "1 subscriptions" in result.stdout
    async with await Store.open(dst) as copy:
        assert await copy.corpus.status() == await sample_store.corpus.status()
        assert [s.name for s in await copy.speakers.all()] == [
            s.name for s in await sample_store.speakers.all()
        ]
        assert len(await copy.search.search("Soldaten")) == len(
            await sample_store.search.search("Soldaten")
        )


async def test_copy_never_overwrites_and_never_creates_a_missing_source(
    tmp_path: Path, sample_store: Store
) -> None:
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"somebody's data")
    result = lagebild("store", "copy", str(sample_store.path), str(taken))
    assert result.returncode == 2 and "will not copy over" in result.stderr
    assert taken.read_bytes() == b"somebody's data"

    missing = tmp_path / "missing.db"
    result = lagebild("store", "copy", str(missing), str(tmp_path / "x.db"))
    assert result.returncode == 2 and "no store file there" in result.stderr
    assert not missing.exists() and not (tmp_path / "x.db").exists()

    result = lagebild("store", "copy", str(sample_store.path), "postgresql://bot@localhost/l")
    assert result.returncode == 2 and "not supported" in result.stderr
