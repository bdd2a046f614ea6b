"""Build a store of synthetic articles and time the store queries behind the chat commands.

    .venv/bin/python bench/store_build.py --articles 100000 --db /tmp/lagebild-100k.db

The articles vary the seed story: speakers from a pool (some cited by surname only or in
another transliteration), soldier figures on a few dozen subjects, dates over five years (5%
undated), sentences drawn from templates plus a few thousand generated words so the FTS index
has a realistic spread of common and rare terms. An existing --db is reused (only timed) unless
--rebuild is given. This measures the store alone; bench/query_latency.py times the handlers.

    .venv/bin/python bench/store_build.py --db /tmp/copy-of-100k.db --swap 10000

re-applies 10,000 changed articles while another connection takes the write lock every 10 ms,
and prints the longest wait (= the longest write transaction of the apply).

Measured 2026-11-21 on the 2-core dev machine (100k articles, 2M sentences, 400k quotes, 300k
figures; warm cache, 200 runs): by_speaker p99 < 1 ms (26 ms with `about`), subjects 1 ms,
for_subject(limit=50) 3 ms, search p50 1-23 ms / p99 14-55 ms. Unbounded for_subject of a
6,645-figure subject: ~120 ms (handlers page with `limit`). Build: ~630 articles/s idle.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import hashlib
import random
import sqlite3
import statistics
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.models import (
    ArticleExtraction,
    Figure,
    Paragraph,
    ParsedArticle,
    Quote,
    Sentence,
)
from bot.store import Store

FIRST = ["John", "Lloyd", "Antony", "Olaf", "Annalena", "Boris", "Emmanuel", "Jens", "Kim",
         "Wolodymyr", "Sergej", "Dmitri", "Yoon", "Kamala", "Robert", "Friedrich", "Nancy",
         "Christian", "Ursula", "Mark", "Karl", "Heinz", "Petra", "Julia", "Markus"]  # fmt: skip
LAST = ["Kirby", "Austin", "Blinken", "Scholz", "Baerbock", "Pistorius", "Macron", "Stoltenberg",
        "Selenskyj", "Lawrow", "Peskow", "Suk-yeol", "Harris", "Habeck", "Merz", "Faeser",
        "Lindner", "von der Leyen", "Rutte", "Müller", "Schröder", "Weiß", "Groß", "Krause",
        "Schulz", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange",
        "Schmitt", "Werner", "Krüger", "Meier", "Lehmann", "Köhler", "Herrmann", "König"]  # fmt: skip
SUBJECTS = [f"{adj} {noun} in {place}"
            for adj in ("nordkoreanische", "russische", "ukrainische", "verletzte", "getötete")
            for noun in ("Soldaten", "Panzer", "Drohnen")
            for place in ("Russland", "Kursk", "der Ukraine")]  # fmt: skip
UNITS = {"Soldaten": "Soldat", "Panzer": "Panzer", "Drohnen": "Drohne"}
TEMPLATES = [
    "Nach Angaben von {src} befinden sich {fig} in der Region.",
    "Die {w1} in {place} sei nach Einschätzung der {w2} weiter {w3}.",
    "Am {day} wurden in {place} neue {w1} gemeldet.",
    "Die Straße nach {place} bleibt wegen {w2} gesperrt.",
    "Beobachter sprechen von einer {w3} {w1} an der Front.",
    "Der Bericht nennt {w1}, {w2} und {w3} als Gründe.",
]
PLACES = ["Kursk", "Wladiwostok", "Pjöngjang", "Moskau", "Kiew", "Charkiw", "Seoul", "Berlin",
          "Brüssel", "Washington", "Donezk", "Saporischschja", "Cherson", "Odessa"]  # fmt: skip


def _words(rng: random.Random, n: int) -> list[str]:
    syll = ["ka", "ro", "mi", "ten", "ber", "lin", "stra", "ße", "ung", "heit", "kö", "nig",
            "wal", "dor", "sch", "ü", "ber", "lauf", "gang", "zeit"]  # fmt: skip
    return [
        "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize() for _ in range(n)
    ]


class Generator:
    def __init__(self, seed: int, sentences: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _words(self.rng, 5000)
        self.people = [f"{f} {ln}" for f in FIRST for ln in LAST]
        self.sentences = sentences

    def _word(self) -> str:
        # Zipf-like: a few words are everywhere, most are rare.
        return self.vocab[min(int(self.rng.paretovariate(1.0)) - 1, len(self.vocab) - 1)]

    def _speaker(self) -> str:
        full = self.people[min(int(self.rng.paretovariate(0.8)) - 1, len(self.people) - 1)]
        r = self.rng.random()
        if r < 0.2:
            return full.split()[-1]  # surname only
        if r < 0.25 and "Selenskyj" in full:
            return full.replace("Selenskyj", "Selenskij")
        return full

    def article(self, n: int) -> ArticleExtraction:
        rng = self.rng
        published = (
            None
            if rng.random() < 0.05
            else date(2021, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        )
        texts: list[str] = []
        quotes: list[Quote] = []
        figures: list[Figure] = []
        offsets: list[int] = []
        pos = 0
        for i in range(self.sentences):
            kind = rng.random()
            subject = rng.choice(SUBJECTS)
            noun = subject.split()[1]
            if kind < 0.2:
                speaker = self._speaker()
                said = f"die Lage in {rng.choice(PLACES)} sei {self._word()} und {self._word()}"
                text = f"{speaker} sagte, {said}."
                quotes.append(Quote(speaker, rng.choice([None, "Minister", "Sprecher", "Präsident"]),
                                    "indirect", said, "sagte", text, i, pos + len(speaker) + 7,
                                    pos + len(speaker) + 7 + len(said)))  # fmt: skip
            elif kind < 0.35:
                value = rng.choice([1500, 3000, 8000, 10000, 11000, 12000]) * rng.randint(1, 3)
                fig = f"mehr als {value:,} {noun}".replace(",", ".")
                src = self._speaker()
                text = TEMPLATES[0].format(src=src, fig=fig)
                figures.append(Figure(float(value), None, "more_than", UNITS[noun], subject, fig,
                                      src, text, i, pos + text.index(fig),
                                      pos + text.index(fig) + len(fig)))  # fmt: skip
            else:
                text = rng.choice(TEMPLATES[1:]).format(
                    w1=self._word(), w2=self._word(), w3=self._word().lower(),
                    place=rng.choice(PLACES), day=f"{rng.randint(1, 28)}. Oktober",
                )  # fmt: skip
            texts.append(text)
            offsets.append(pos)
            pos += len(text) + 2
        file = f"{n:06d}_synthetic.txt"
        parsed = ParsedArticle(
            file=file,
            path=file,
            title=f"{self._word()} in {rng.choice(PLACES)}: {self._word()} {n}",
            published=published,
            outlet=rng.choice(["Tagesschau", "Spiegel", "ZDF", "FAZ", None]),
            paragraphs=tuple(Paragraph(t) for t in texts),
            content_hash=hashlib.sha256(f"{n}".encode()).hexdigest(),
        )
        sentences = tuple(
            Sentence(i, t, offsets[i], offsets[i] + len(t), i, "report")
            for i, t in enumerate(texts)
        )
        return ArticleExtraction(parsed, sentences, tuple(quotes), tuple(figures))


async def build(store: Store, articles: int, sentences: int, batch: int) -> None:
    gen = Generator(42, sentences)
    start = time.perf_counter()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for first in range(0, articles, batch):
        chunk = [gen.article(n) for n in range(first, min(first + batch, articles))]
        await store.corpus.apply(chunk, [], [], [], now=now + timedelta(minutes=first))
        done = min(first + batch, articles)
        if done % (batch * 10) == 0 or done == articles:
            rate = done / (time.perf_counter() - start)
            print(f"  {done:>7} articles applied ({rate:.0f}/s)", flush=True)


async def timed(name: str, runs: int, make: Callable[[int], Awaitable[Any]]) -> None:
    samples = []
    size = 0
    for i in range(runs):
        t = time.perf_counter()
        result = await make(i)
        samples.append((time.perf_counter() - t) * 1000)
        size = len(result) if hasattr(result, "__len__") else 1
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(
        f"{name:<44} p50 {statistics.median(samples):7.2f} ms  p99 {p99:7.2f} ms  ({size} results)"
    )


async def measure(store: Store, runs: int) -> None:
    rng = random.Random(7)
    status = await store.corpus.status()
    print(f"store: {status.articles} articles, {status.sentences} sentences, {status.quotes} quotes, "
          f"{status.figures} figures, {status.speakers} speakers")  # fmt: skip
    speakers = await store.speakers.all()
    top = speakers[0]
    ids = [s.id for s in speakers]
    subjects = await store.figures.subjects(limit=100)
    keys = [s.subject_key for s in subjects]
    gen = Generator(42, 1)
    rare = [gen.vocab[rng.randint(1000, 4999)] for _ in range(runs)]
    common = [gen.vocab[rng.randint(0, 5)] for _ in range(runs)]
    await timed("corpus.status", runs, lambda i: store.corpus.status())
    await timed("speakers.all", runs, lambda i: store.speakers.all())
    await timed("speakers.names", runs, lambda i: store.speakers.names())
    await timed(f"quotes.by_speaker(most quoted: {top.quote_count})", runs,
                lambda i: store.quotes.by_speaker(top.id, limit=20))  # fmt: skip
    await timed(
        "quotes.by_speaker(random)",
        runs,
        lambda i: store.quotes.by_speaker(rng.choice(ids), limit=20),
    )
    await timed("quotes.by_speaker(most quoted, about=place)", runs,
                lambda i: store.quotes.by_speaker(top.id, about=rng.choice(PLACES), limit=20))  # fmt: skip
    await timed("quotes.by_speaker(random, about=rare)", runs,
                lambda i: store.quotes.by_speaker(rng.choice(ids), about=rare[i], limit=20))  # fmt: skip
    await timed(
        "quotes.about(place)", runs, lambda i: store.quotes.about(rng.choice(PLACES), limit=20)
    )
    await timed("figures.subjects", runs, lambda i: store.figures.subjects())
    await timed("figures.for_subject(limit=50)", runs,
                lambda i: store.figures.for_subject(rng.choice(keys), limit=50))  # fmt: skip
    await timed("figures.for_subject(all)", max(5, runs // 20),
                lambda i: store.figures.for_subject(rng.choice(keys)))  # fmt: skip
    await timed("figures.complete_subject", runs, lambda i: store.figures.complete_subject("sold"))
    await timed("search(rare word)", runs, lambda i: store.search.search(rare[i]))
    await timed("search(common word)", runs, lambda i: store.search.search(common[i]))
    await timed("search(place + common word)", runs,
                lambda i: store.search.search(f"{rng.choice(PLACES)} {common[i]}"))  # fmt: skip
    await timed("search(prefix 'Wladi')", runs, lambda i: store.search.search("Wladi"))
    await timed("search(3 words, folded 'strasse')", runs,
                lambda i: store.search.search(f"Strasse gesperrt {common[i]}"))  # fmt: skip
    await timed(
        "articles.list(20)", runs, lambda i: store.articles.list(20, offset=rng.randint(0, 500))
    )
    await timed(
        "articles.complete(title word)", runs, lambda i: store.articles.complete(rare[i][:4])
    )


class LockProbe:
    """Another connection taking the store's write lock every 10 ms (what /subscribe and the
    digest bookkeeping do): the longest wait is the longest write transaction of the apply."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.waits: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        conn = sqlite3.connect(self.db, timeout=600, isolation_level=None)
        while not self._stop.is_set():
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("COMMIT")
            self.waits.append(time.perf_counter() - t)
            self._stop.wait(0.01)
        conn.close()

    def __enter__(self) -> LockProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def swap(store: Store, db: Path, changed: int, sentences: int) -> None:
    """Re-apply the first `changed` articles with new content and report the longest time
    another connection waited for the write lock meanwhile."""
    gen = Generator(4242, sentences)
    batch = []
    for n in range(changed):
        ex = gen.article(n)
        article = dataclasses.replace(ex.article, content_hash=f"changed-{n}")
        batch.append(dataclasses.replace(ex, article=article))
    with LockProbe(db) as probe:
        t = time.perf_counter()
        change = await store.corpus.apply(batch, [], [], [])
        took = time.perf_counter() - t
    print(
        f"apply of {len(change.changed)} changed articles: {took:.1f} s; another connection's "
        f"longest wait for the write lock: {max(probe.waits):.2f} s ({len(probe.waits)} writes)"
    )


async def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--sentences", type=int, default=20, help="sentences per article")
    ap.add_argument("--batch", type=int, default=1000, help="articles per apply()")
    ap.add_argument("--runs", type=int, default=200, help="timed runs per query")
    ap.add_argument(
        "--db",
        default="/tmp/lagebild-bench-store.db",
        help="SQLite file or postgresql://… URL (an empty database is filled first)",
    )
    ap.add_argument("--rebuild", action="store_true", help="delete --db first (SQLite only)")
    ap.add_argument(
        "--swap",
        type=int,
        metavar="N",
        help="instead of timing queries: re-apply N changed articles and measure how long "
        "another connection waits for the write lock (changes the store: use a copy)",
    )
    args = ap.parse_args()
    url = "://" in args.db
    if url and (args.rebuild or args.swap):
        ap.error("--rebuild and --swap work on an SQLite file only")
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    store = await Store.open(args.db)
    try:
        if (await store.corpus.status()).articles == 0:
            t = time.perf_counter()
            print(f"building {args.articles} articles into {args.db} ...")
            await build(store, args.articles, args.sentences, args.batch)
            size = "" if url else f", {Path(args.db).stat().st_size / 2**20:.0f} MiB"
            print(f"built in {time.perf_counter() - t:.0f} s{size}")
        if args.swap:
            await swap(store, Path(args.db), args.swap, args.sentences)
        else:
            await measure(store, args.runs)
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(main())
