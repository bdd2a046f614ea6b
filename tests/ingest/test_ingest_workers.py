"""Extraction workers: a dead worker is replaced, workers end with their parent, and the event
loop keeps answering while they work. Real worker processes throughout."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest import CorpusReloader, Ingestor
from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def grow_corpus(target: Path, copies: int) -> None:
    """`copies` variants of every seed article (each a distinct article to extract)."""
    target.mkdir()
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text("utf-8") + f"\n\nNachtrag {i}: Die Lage bleibt unklar.\n"
            (target / f"{i:03d}_{seed.name}").write_text(text, "utf-8")


@pytest.fixture
async def pool_ingest(tmp_path: Path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = await Store.open(tmp_path / "store.db")
    ingestor = Ingestor(store, corpus, workers=1)  # a real worker process
    yield corpus, store, ingestor
    await ingestor.close()
    await store.close()


def workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.is_alive()]


async def test_a_killed_worker_is_replaced_and_the_next_reload_works(pool_ingest) -> None:
    corpus, store, ingestor = pool_ingest
    reloader = CorpusReloader(ingestor, lambda: datetime.now(UTC))
    assert len((await reloader.reload("admin")).added) == 5
    (victim,) = workers()
    os.kill(victim.pid, signal.SIGKILL)  # the OOM killer, or an operator
    victim.join(10)
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text("utf-8") + "\n\nKirby sagte, es gebe Neues.\n", "utf-8")
    change = await reloader.reload("admin")
    assert change.changed == (first.name,)
    last = await store.reloads.last()
    assert last is not None and last.status == "ok"
    (replacement,) = workers()
    assert replacement.pid != victim.pid
    # and again, killed while the pool is idle and already marked broken
    os.kill(replacement.pid, signal.SIGKILL)
    replacement.join(10)
    first.write_text(first.read_text("utf-8") + "\n\nNoch ein Absatz.\n", "utf-8")
    assert (await reloader.reload("admin")).changed == (first.name,)


async def test_a_worker_killed_mid_run_is_replaced_and_the_run_completes(tmp_path) -> None:
    grow_corpus(tmp_path / "corpus", 8)  # 40 articles: most still queued at the first result
    store = await Store.open(tmp_path / "store.db")
    ingestor = Ingestor(store, tmp_path / "corpus", workers=1)
    killed: list[int] = []

    def kill_on_first_result(done: int, total: int, name: str) -> None:
        if not killed:
            (worker,) = workers()
            os.kill(worker.pid, signal.SIGKILL)
            killed.append(worker.pid)

    try:
        change = await ingestor.run(progress=kill_on_first_result)
        (replacement,) = workers()
    finally:
        await ingestor.close()
        await store.close()
    assert killed and replacement.pid != killed[0]
    assert len(change.added) == 40 and not change.skipped


async def test_the_event_loop_keeps_ticking_during_a_reload(tmp_path: Path) -> None:
    """A heartbeat task measures the longest pause of the loop while workers extract; it must
    be a small fraction of the extraction time (no fixed threshold: machines differ)."""
    grow_corpus(tmp_path / "corpus", 12)  # 60 articles
    store = await Store.open(tmp_path / "store.db")
    ingestor = Ingestor(store, tmp_path / "corpus", workers=1)
    stop = asyncio.Event()
    gaps: list[float] = []

    async def heartbeat() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    try:
        beat = asyncio.create_task(heartbeat())
        started = time.perf_counter()
        extracted, skipped = await ingestor.extract(
            [*(await asyncio.to_thread(_read, tmp_path / "corpus"))]
        )
        took = time.perf_counter() - started
        stop.set()
        await beat
    finally:
        await ingestor.close()
        await store.close()
    assert len(extracted) == 60 and not skipped
    assert len(gaps) > 20
    assert max(gaps) < took / 5, (max(gaps), took)


def _read(corpus: Path):  # type: ignore[no-untyped-def]
    from bot.ingest import read_corpus

    return read_corpus(corpus).articles


def _children(pid: int) -> dict[int, str]:
    """Living (not zombie) processes whose parent is `pid`, with their command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found[int(entry.name)] = cmdline
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_end_when_ingest_is_killed(tmp_path: Path) -> None:
    grow_corpus(tmp_path / "corpus", 40)  # long enough to be killed mid-way
    command = ["ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "s.db"), "--no-progress"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *command],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        helpers: dict[int, str] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            helpers = _children(proc.pid)
            if any("spawn_main" in c for c in helpers.values()):
                break
            time.sleep(0.1)
        assert any("spawn_main" in c for c in helpers.values()), "no worker started"
        time.sleep(1.0)  # let the worker get into its work
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(p) for p in helpers):
            time.sleep(0.1)
        left = {p: c for p, c in helpers.items() if _alive(p)}
        for p in left:  # do not leave them behind even when the test fails
            os.kill(p, signal.SIGKILL)
        assert not left, f"still running after the parent was killed: {left}"
        assert any("resource_tracker" in c for c in helpers.values())
    finally:
        if proc.poll() is None:
            proc.kill()
