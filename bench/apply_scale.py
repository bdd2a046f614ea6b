"""Store apply time against store size: the same 1,000 articles into an empty store and into a
large one, with the time of every phase and statement of the apply.

    python bench/apply_scale.py --empty /tmp/apply-empty.db --large /tmp/copy-of-100k.db
    python bench/apply_scale.py --empty postgresql://USER@HOST/EMPTY_DB \\
        --large postgresql://USER@HOST/COPY_OF_100K_DB

Each store gets three applies of the same synthetic articles (bench/store_build.py's
generator, file names outside the 100k store's range): `add` (1,000 new articles), `replace`
(the same files with new content) and `remove` (all of them again), so the large store ends
with the articles it started with (its ids and versions move on: use a copy). `--empty` is
emptied first (an SQLite file is deleted; a PostgreSQL database must be empty or hold only a
previous run's articles, which are removed first).

The target (issue 14): apply at 100k articles <= 1.5 x apply into an empty store. Per phase:
`plan` (read the starting point), `stage` (rows into temp tables, FTS rows of SQLite),
`affected` (speakers and subjects of the replaced articles), `subjects` (the touched subjects
as they will be), `deltas` (what the deletions take from the kept counts), `swap` (the one write transaction).
`--statements N` prints the N slowest statements of each apply (time as the client sees it);
`--rounds N` repeats the three steps and keeps each step's fastest round. Below the phases:
`ckpt after`, the wait for SQLite's WAL write-back that the apply leaves running when it
returns (Database.checkpoint_soon; not in `total`), and `cpu`, the process's CPU seconds
(every thread, write-back included): on a loaded machine wall times mostly measure the wait
for a core, CPU seconds much less so.

`swap pages` (SQLite) is the number of pages the swap's transaction wrote to the WAL (frames
appended between its BEGIN and its COMMIT, read from the WAL index): unlike the times it does
not depend on the machine's load, and it is what a swap costs more in a large store (index
pages all over the file instead of a few adjacent ones).

Timed statements are wrapped around the writer connection's execute/executemany; nothing else
of the store changes.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import re
import sys
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store_build import Generator

from bot.models import ArticleExtraction
from bot.nlp.figures.lemmas import table_lemmatize
from bot.store import Store
from bot.store.repos.corpus import CorpusRepo

FIRST_N = 900_000  # file names 900000_synthetic.txt...: none of the 100k store's
PHASES = ("_plan", "_stage_batch", "_collect_affected", "_stage_subjects", "_stage_deltas", "_swap")
LABELS = {
    "_plan": "plan",
    "_stage_batch": "stage",
    "_collect_affected": "affected",
    "_stage_subjects": "subjects",
    "_stage_deltas": "deltas",
    "_swap": "swap",
}
_SPACE = re.compile(r"\s+")


class Timings:
    """Seconds per phase and per (phase, statement) of one apply."""

    def __init__(self) -> None:
        self.phase: dict[str, float] = defaultdict(float)
        self.statements: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.current = "other"

    def record(self, sql: str, took: float) -> None:
        label = _SPACE.sub(" ", sql).strip()[:90]
        self.statements[(self.current, label)].append(took)


def _wal_position(db: Path) -> tuple[bytes, int]:
    """(salt, mxFrame) of the WAL index header in `<db>-shm`: the salt changes when the WAL
    starts over, mxFrame counts the frames of committed transactions since (SQLite's
    WalIndexHdr: mxFrame at byte 16, salt at 32, native byte order)."""
    head = db.with_name(db.name + "-shm").read_bytes()[:48]
    return head[32:40], int.from_bytes(head[16:20], sys.byteorder)


def _counted_swap(
    timings: list[Timings], db: Path, fn: Callable[..., Awaitable[Any]]
) -> Callable[..., Awaitable[Any]]:
    """The swap, with the WAL frames its transaction appended counted as `swap pages` (no
    other connection writes meanwhile: the apply holds the lease)."""

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        salt, before = _wal_position(db)
        result = await fn(*args, **kwargs)
        salt_after, after = _wal_position(db)
        # the WAL started over at the swap's first write: every frame since is the swap's
        timings[-1].phase["swap pages"] = after - before if salt_after == salt else after
        return result

    return wrapper


def _timed_method(timings: list[Timings], name: str, fn: Callable[..., Awaitable[Any]]) -> Any:
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = timings[-1]
        outer, t.current = t.current, LABELS[name]
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            t.phase[LABELS[name]] += time.perf_counter() - start
            t.current = outer

    return wrapper


def _timed_call(timings: list[Timings], fn: Callable[..., Awaitable[Any]]) -> Any:
    async def wrapper(sql: str, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return await fn(sql, *args, **kwargs)
        finally:
            timings[-1].record(sql, time.perf_counter() - start)

    return wrapper


@contextmanager
def instrumented(store: Store, timings: list[Timings]) -> Iterator[None]:
    """Time the apply's phases (CorpusRepo methods) and the writer's statements."""
    saved = {name: CorpusRepo.__dict__[name] for name in PHASES if name in CorpusRepo.__dict__}
    for name, attr in saved.items():
        fn = attr.__func__ if isinstance(attr, staticmethod) else attr
        wrapped = _timed_method(timings, name, fn)
        setattr(
            CorpusRepo, name, staticmethod(wrapped) if isinstance(attr, staticmethod) else wrapped
        )
    if store._db.path is not None:
        counted = _counted_swap(timings, store._db.path, CorpusRepo._swap)
        CorpusRepo._swap = counted  # type: ignore[method-assign]
    writer = store._db.writer
    for method in ("execute", "executemany"):
        setattr(writer, method, _timed_call(timings, getattr(writer, method)))
    try:
        yield
    finally:
        for name, attr in saved.items():
            setattr(CorpusRepo, name, attr)
        for method in ("execute", "executemany"):
            delattr(writer, method)


def articles(count: int, sentences: int, version: str) -> list[ArticleExtraction]:
    gen = Generator(2814, sentences)
    out = []
    for n in range(FIRST_N, FIRST_N + count):
        ex = gen.article(n)
        article = dataclasses.replace(ex.article, content_hash=f"{version}-{n}")
        out.append(dataclasses.replace(ex, article=article))
    return out


async def _apply(store: Store, timings: list[Timings], **kwargs: Any) -> float:
    timings.append(Timings())
    cpu = time.process_time()
    start = time.perf_counter()
    await store.corpus.apply(now=datetime.now(UTC), **kwargs)
    took = time.perf_counter() - start
    phases = timings[-1].phase
    # lease, clearing the stage, notifying
    phases["other"] = took - sum(v for k, v in phases.items() if k != "swap pages")
    phases["total"] = took
    start = time.perf_counter()
    await store._db.checkpointed()  # SQLite's WAL write-back, which runs after the apply
    phases["ckpt after"] = time.perf_counter() - start
    phases["cpu"] = time.process_time() - cpu  # every thread, write-back included
    return took


async def run(location: str, count: int, sentences: int, rounds: int) -> dict[str, Timings]:
    """add, replace, remove of the same `count` articles, `rounds` times; the timings of each
    step's fastest round (the machine's load only ever adds time)."""
    added = articles(count, sentences, "a")
    replaced = articles(count, sentences, "b")
    files = [ex.article.file for ex in added]
    store = await Store.open(location)
    timings: list[Timings] = []
    try:
        status = await store.corpus.status()
        stored = await store.corpus.hashes()
        leftover = [f for f in files if f in stored]
        if leftover:  # an earlier run that stopped half-way
            await store.corpus.apply([], leftover, [], [])
        print(f"{store.location}: {status.articles} articles, {status.sentences} sentences")
        with instrumented(store, timings):
            steps = {
                "add": dict(upserts=added, removed_files=[], unchanged_files=[], skipped=[]),
                "replace": dict(upserts=replaced, removed_files=[], unchanged_files=[], skipped=[]),
                "remove": dict(upserts=[], removed_files=files, unchanged_files=[], skipped=[]),
            }
            for _ in range(rounds):
                for step, kwargs in steps.items():
                    took = await _apply(store, timings, **kwargs)
                    print(f"  {step:8} {took:6.2f} s", flush=True)
    finally:
        await store.close()
    best: dict[str, Timings] = {}
    for i, t in enumerate(timings):
        step = tuple(steps)[i % len(steps)]
        if step not in best or t.phase["total"] < best[step].phase["total"]:
            best[step] = t
    return best


def report(empty: dict[str, Timings], large: dict[str, Timings], top: int) -> None:
    phases = ("total", *LABELS.values(), "other", "ckpt after", "cpu", "swap pages")
    print(f"\n{'step':8} {'phase':10} {'empty s':>8} {'large s':>8} {'ratio':>6}")
    for step in empty:
        for phase in phases:
            e, g = empty[step].phase.get(phase, 0.0), large[step].phase.get(phase, 0.0)
            ratio = f"{g / e:6.2f}" if e > 0.001 else "     -"
            width = ".0f" if phase == "swap pages" else ".3f"
            print(f"{step:8} {phase:10} {e:8{width}} {g:8{width}} {ratio}")
    if not top:
        return
    for step in empty:
        print(f"\n{step}: the {top} statements with the most time in the large store")
        rows = sorted(large[step].statements.items(), key=lambda kv: -sum(kv[1]))[:top]
        for (phase, sql), times in rows:
            before = sum(empty[step].statements.get((phase, sql), [0.0]))
            print(f"  {sum(times):7.3f} s (empty {before:6.3f}) x{len(times):<4} {phase:8} {sql}")


async def _empty_first(location: str) -> None:
    if "://" not in location:
        for suffix in ("", "-wal", "-shm", ".clean"):
            Path(location + suffix).unlink(missing_ok=True)


async def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--empty", required=True, help="SQLite file or postgresql:// URL (emptied)")
    ap.add_argument("--large", required=True, help="a COPY of a large store (it is written)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--sentences", type=int, default=20, help="sentences per article")
    ap.add_argument("--statements", type=int, default=8, help="slowest statements to print")
    ap.add_argument("--rounds", type=int, default=1, help="add/replace/remove rounds (best kept)")
    args = ap.parse_args()
    await asyncio.to_thread(table_lemmatize)  # once per process: not part of an apply
    await _empty_first(args.empty)
    empty = await run(args.empty, args.articles, args.sentences, args.rounds)
    large = await run(args.large, args.articles, args.sentences, args.rounds)
    report(empty, large, args.statements)


if __name__ == "__main__":
    asyncio.run(main())
