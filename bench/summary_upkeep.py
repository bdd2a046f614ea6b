"""What the per-block lexeme summaries (bot/store/fts_blocks.py) and the rows per lexeme
(bot/store/fts_lexemes.py) add to a PostgreSQL apply.

    python bench/summary_upkeep.py --db postgresql://USER@HOST/COPY-OF-A-100k-STORE --seed 31

Applies 1,000 new synthetic articles (bench/store_build.py's generator), then 1,000 changed
ones (existing file names, new content) scattered over the store, and prints for each apply its
wall time and the time of its statements that keep the summaries (time as the client sees it,
bench/query_latency.py's SqlTimes). The store is changed: use a copy (`createdb -T`), and a new
--seed for every run on the same copy. Measured on a copy of the 100k bench store (load average
4-5, 2026-11-30): new 8.9 s, of it summaries 77 ms; changed 6.6 s, of it 187 ms (recomputing
every block that lost rows instead of marking it stale: 3.4 s). With the rows per lexeme
(schema 21, load 4.3): new 9.3 s, of it summaries 96 ms and counts 153 ms; changed 4.4 s, of
it 186 and 171 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from query_latency import SqlTimes
from store_build import Generator

from bot.store import Store


async def main(url: str, seed: int) -> None:
    gen = Generator(seed, 20)
    new = [gen.article(seed * 1_000_000 + n) for n in range(1000)]
    store = await Store.open(url)
    try:
        # the bench store's files are 000000_synthetic.txt, 000001_… (store_build.py)
        existing = (await store.corpus.status()).articles
        picked = sorted(random.Random(seed).sample(range(existing), 1000))
        changed = [gen.article(n) for n in picked]
        for name, batch in (("1000 new", new), ("1000 changed, scattered", changed)):
            with SqlTimes() as timer:
                t = time.perf_counter()
                await store.corpus.apply(batch, [], [], [], now=datetime(2027, 1, 1, tzinfo=UTC))
                took = time.perf_counter() - t
            upkeep = sum(sum(ms) for sql, ms in timer.times.items() if "_blocks" in sql)
            counts = sum(sum(ms) for sql, ms in timer.times.items() if "fts_lexemes" in sql)
            print(
                f"{name}: {took:.2f} s, of it the summaries {upkeep:.0f} ms, "
                f"the rows per lexeme {counts:.0f} ms",
                flush=True,
            )
    finally:
        await store.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", required=True, help="postgresql://… of a COPY of a large store")
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()
    asyncio.run(main(args.db, args.seed))
