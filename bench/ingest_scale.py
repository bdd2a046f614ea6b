#!/usr/bin/env python3
"""Ingest at scale: peak memory of the whole process tree, cores used, the cost of re-ingesting
an unchanged corpus, and the store's apply time into an empty vs a large store.

    python bench/ingest_scale.py --articles 1000 8000
    python bench/ingest_scale.py --apply 1000 --into /tmp/copy-of-a-100k-store.db

For each N, an N-article corpus is generated into a temp dir from the seed articles (names,
numbers, dates, places and the file name varied per copy, so each is a distinct realistic
German article), then `lagebild ingest DIR --db NEW` runs as a subprocess while /proc is polled
for the summed RSS of its process tree (main process, extraction workers, resource tracker).
CPU seconds come from wait4() of the child (its reaped workers included): CPU / wall = cores
used. Then the unchanged corpus is ingested again and compared with `lagebild ask /status` on
the same store (both whole processes, start-up included).

`--apply N --into DB` applies N synthetic extractions (bench/store_build.py's generator) into a
fresh store and into a copy of DB (built beforehand with bench/store_build.py; DB itself is not
changed), timing `store.corpus.apply` alone.

Measured 2026-11-30 on the shared 2-core machine (2 workers) under load averages of 5-8 from
other jobs, so wall times and "cores" mostly show the contention; memory and the main
process's share do not:

| | before (read all, then extract) | after (streamed) |
|---|---|---|
| peak RSS of the tree, 1k / 8k | 722 / 791 MiB (x1.10) | 709 / 715 MiB (x1.01) |
| cores, 1k / 8k | 1.14 / 0.91 (load ~3) | 0.39 / 0.34 (load ~8); main process 0.07-0.08 |
| unchanged 8k re-ingest / `ask /status` | 1.88 s / 0.54 s (x3.5) | 1.76 s / 0.84 s (x2.1) |
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Names in the seed articles, replaced per copy by names from the pool (first names and
# surnames varied independently, so speakers recur across articles like in a real corpus).
SEED_NAMES = ("Lloyd Austin", "John Kirby", "Farah Dakhlallah", "Wolodymyr Selenskyj",
              "Kim Jong Un", "Wladimir Putin", "Mark Rutte", "Antony Blinken")  # fmt: skip
FIRST = ("Anna", "Jens", "Petra", "Markus", "Olaf", "Julia", "Karl", "Sabine", "Thomas",
         "Ursula", "Boris", "Heike", "Martin", "Nadja", "Friedrich", "Lena")  # fmt: skip
LAST = ("Müller", "Schröder", "Weiß", "Krause", "Neumann", "Schwarz", "Zimmermann", "Braun",
        "Hofmann", "Hartmann", "Lange", "Werner", "Krüger", "Lehmann", "Köhler", "König")  # fmt: skip
PLACES = ("Kursk", "Wladiwostok", "Pjöngjang", "Moskau", "Kiew", "Charkiw", "Seoul", "Berlin",
          "Brüssel", "Donezk", "Saporischschja", "Cherson", "Odessa", "Belgorod")  # fmt: skip
SEED_PLACES = ("Kursk", "Wladiwostok", "Moskau", "Kiew", "Seoul")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")  # fmt: skip
_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d{2,5}\b")
_DATE = re.compile(r"\b(\d{1,2})\. (" + "|".join(MONTHS) + r"),? (\d{4})\b")


def vary(text: str, rng: random.Random, n: int) -> str:
    """One seed article as a distinct article: other people, places, figures and dates."""
    for name in SEED_NAMES:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        text = text.replace(name, f"{first} {last}").replace(name.split()[-1], last)
    for place in SEED_PLACES:
        text = text.replace(place, rng.choice(PLACES))

    def number(m: re.Match[str]) -> str:
        value = rng.randint(2, 40) * 500 if "." in m.group(0) else rng.randint(10, 999)
        return f"{value:,}".replace(",", ".")

    def when(m: re.Match[str]) -> str:
        d = date(2022, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"

    text = _DATE.sub(when, text)
    text = _NUMBER.sub(number, text)
    extra = (
        f"\n\nNach Angaben von {rng.choice(FIRST)} {rng.choice(LAST)} wurden in "
        f"{rng.choice(PLACES)} rund {rng.randint(2, 90) * 100} weitere Soldaten gesehen "
        f"(Meldung {n}).\n"
    )
    return text.rstrip() + extra


def generate(target: Path, count: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    seeds = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    target.mkdir(parents=True)
    for n in range(count):
        (target / f"{n:06d}_{rng.getrandbits(32):08x}.txt").write_text(
            vary(seeds[n % len(seeds)], rng, n), "utf-8"
        )


def _tree(root: int) -> list[int]:
    """root and every living descendant, from /proc (no psutil in the venv)."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [p for p, pp in parents.items() if pp in frontier]
        tree.extend(frontier)
    return tree


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) of this one process so far."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError):
        return 0


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss: int
    returncode: int
    output: str
    main_cpu: float  # of the main process alone (the rest is its workers')

    @property
    def cores(self) -> float:
        return self.cpu / self.wall if self.wall else 0.0


def run(args: list[str], cwd: Path, poll: float = 0.05) -> Run:
    """`lagebild ARGS` as a subprocess; peak summed RSS of its tree, CPU of it and its reaped
    children (the extraction workers are joined before ingest exits)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args], cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
            env=env,
        )  # fmt: skip
        peak, main_cpu = 0, 0.0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, sum(_rss(p) for p in _tree(proc.pid)))
            main_cpu = max(main_cpu, _cpu(proc.pid))
            time.sleep(poll)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_utime + usage.ru_stime, peak, proc.returncode, text, main_cpu)


def scale(counts: list[int], workdir: Path, config: Path | None) -> None:
    extra = ["--config", str(config)] if config else []
    rows = []
    for n in counts:
        corpus, db = workdir / f"corpus-{n}", workdir / f"store-{n}.db"
        t = time.perf_counter()
        generate(corpus, n)
        print(f"{n} articles generated in {time.perf_counter() - t:.1f} s", flush=True)
        first = run(["ingest", str(corpus), "--db", str(db), "--no-progress", *extra], workdir)
        if first.returncode not in (0, 1):
            sys.exit(f"ingest failed ({first.returncode}):\n{first.output[-3000:]}")
        again = run(["ingest", str(corpus), "--db", str(db), "--no-progress", *extra], workdir)
        status = run(["ask", "/status", "--db", str(db), *extra], workdir)
        summary = first.output.strip().splitlines()[:2]
        print(f"  first ingest: {' | '.join(summary)}", flush=True)
        rows.append((n, first, again, status))
        print(
            f"  N={n}: peak RSS {first.peak_rss / 2**20:.0f} MiB, wall {first.wall:.1f} s, "
            f"CPU {first.cpu:.1f} s = {first.cores:.2f} cores (main process "
            f"{first.main_cpu / first.wall:.2f}); unchanged re-ingest "
            f"{again.wall:.2f} s vs ask /status {status.wall:.2f} s "
            f"(x{again.wall / status.wall:.2f}); load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
    print("\n| articles | peak RSS (tree) | wall | cores | re-ingest | /status | ratio |")
    print("|---|---|---|---|---|---|---|")
    for n, first, again, status in rows:
        print(
            f"| {n} | {first.peak_rss / 2**20:.0f} MiB | {first.wall:.1f} s | {first.cores:.2f} "
            f"| {again.wall:.2f} s | {status.wall:.2f} s | {again.wall / status.wall:.2f} |"
        )
    if len(rows) >= 2:
        small, large = rows[0], rows[-1]
        print(
            f"peak at {large[0]} / peak at {small[0]}: "
            f"{large[1].peak_rss / small[1].peak_rss:.2f} (target <= 1.25)"
        )


async def apply_times(count: int, into: Path, workdir: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from store_build import Generator  # type: ignore[import-not-found]

    from bot.store import Store

    gen = Generator(99, 20)
    batch = [gen.article(10_000_000 + n) for n in range(count)]
    now = datetime(2027, 1, 1, tzinfo=UTC)
    copy = workdir / "large.db"
    print(f"copying {into} ...", flush=True)
    shutil.copyfile(into, copy)
    for name, path in (("empty store", workdir / "empty.db"), (f"copy of {into.name}", copy)):
        store = await Store.open(path)
        try:
            before = (await store.corpus.status()).articles
            t = time.perf_counter()
            change = await store.corpus.apply(batch, [], [], [], now=now)
            took = time.perf_counter() - t
        finally:
            await store.close()
        print(
            f"apply of {len(change.added)} articles into {name} ({before} articles): {took:.2f} s",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 8000])
    ap.add_argument("--workers", type=int, help="nlp.workers (default: the config's default)")
    ap.add_argument("--workdir", type=Path, help="keep corpora and stores here (default: temp)")
    ap.add_argument("--apply", type=int, metavar="N", help="time store apply of N articles")
    ap.add_argument("--into", type=Path, help="with --apply: a large store to copy and apply into")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lagebild-ingest-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.apply:
            if not args.into:
                sys.exit("--apply needs --into (a store built by bench/store_build.py)")
            asyncio.run(apply_times(args.apply, args.into, workdir))
            return
        config = None
        if args.workers is not None:
            config = workdir / "bench.toml"
            config.write_text(f"[nlp]\nworkers = {args.workers}\n")
        scale(args.articles, workdir, config)


if __name__ == "__main__":
    main()
