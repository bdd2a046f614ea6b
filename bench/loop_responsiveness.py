#!/usr/bin/env python3
"""How long the event loop pauses while a reload extracts, in thread mode (nlp.workers = 0)
and with worker processes: a heartbeat task sleeps 5 ms in a loop and records the gap between
its ticks while Ingestor.run() processes --copies variants of every seed article.

Also, with --orphans: how long the worker processes outlive a `kill -9` of `lagebild ingest`.

Usage: .venv/bin/python bench/loop_responsiveness.py [--copies 40] [--workers 0 1] [--orphans]"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.ingest import Ingestor, warm_up  # noqa: E402
from bot.store import Store  # noqa: E402


def make_corpus(target: Path, copies: int) -> None:
    target.mkdir()
    for i in range(copies):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            text = seed.read_text("utf-8") + f"\n\nNachtrag {i}: Die Lage bleibt unklar.\n"
            (target / f"{i:03d}_{seed.name}").write_text(text, "utf-8")


async def heartbeat_during_ingest(corpus: Path, db: Path, workers: int) -> None:
    store = await Store.open(db)
    ingestor = Ingestor(store, corpus, workers=workers)
    if workers == 0:
        await asyncio.to_thread(warm_up, "blank")  # pipeline built before measuring
    gaps: list[float] = []
    stop = asyncio.Event()

    async def beat() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    task = asyncio.create_task(beat())
    started = time.perf_counter()
    change = await ingestor.run()
    took = time.perf_counter() - started
    stop.set()
    await task
    await ingestor.close()
    await store.close()
    gaps.sort()
    print(
        f"workers={workers}: {len(change.added)} articles in {took:.1f} s; loop pauses: "
        f"max {gaps[-1] * 1000:.0f} ms, p99 {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms, "
        f"median {gaps[len(gaps) // 2] * 1000:.1f} ms over {len(gaps)} ticks"
    )


def _helpers(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def orphans_after_kill(corpus: Path, db: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(corpus), "--db", str(db), "--no-progress"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    helpers: list[int] = []
    while proc.poll() is None and len(helpers) < 2:  # the worker and the resource tracker
        helpers = _helpers(proc.pid)
        time.sleep(0.05)
    time.sleep(1.0)
    proc.kill()
    proc.wait()
    killed = time.perf_counter()
    while any(_alive(p) for p in helpers) and time.perf_counter() - killed < 30:
        time.sleep(0.02)
    left = [p for p in helpers if _alive(p)]
    print(
        f"kill -9 of ingest: {len(helpers)} helper processes, "
        + (f"{len(left)} STILL RUNNING after 30 s" if left else "all gone after ")
        + ("" if left else f"{time.perf_counter() - killed:.2f} s")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=40, help="variants of each seed article")
    ap.add_argument("--workers", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--orphans", action="store_true", help="also measure kill -9 clean-up")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="loop-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, args.copies)
        for workers in args.workers:
            db = Path(tmp) / f"w{workers}.db"
            asyncio.run(heartbeat_during_ingest(corpus, db, workers))
        if args.orphans:
            orphans_after_kill(corpus, Path(tmp) / "orphans.db")
        shutil.rmtree(corpus)


if __name__ == "__main__":
    main()
