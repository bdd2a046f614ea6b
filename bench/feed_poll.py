"""What a poll of many feeds costs: 50 feeds x 20 items on loopback, all new, then all 304.

    .venv/bin/python bench/feed_poll.py [--feeds 50] [--items 20] [--full-text] [--memory]
    .venv/bin/python bench/feed_poll.py --feeds 100 --items 20 --full-text --reload
    .venv/bin/python bench/feed_poll.py --feeds 100 --items 20 --full-text --folder-twins 4

A news site runs in a separate process (aiohttp on 127.0.0.1): every feed answers with an ETag
and honours If-None-Match; every item links to an article page with site boilerplate, and the
feed carries only a teaser (so each new item costs a page fetch and a trafilatura extraction),
unless --full-text puts the story into the feed. The poller, Ingestor and store are the real
ones (extraction in a thread, nlp.workers = 0, the built-in blank pipeline).

Reported per poll: wall time, HTTP requests, new articles, and memory: the process's peak RSS
(ru_maxrss, never decreases) always; with --memory also how far Python allocations rose above
what was already held when the poll began (tracemalloc; tracing slows everything, so times of a
--memory run are not comparable with a run without it).

Measured 2026-11-30 on the shared 2-core dev machine (load average 5-6 from other work, so
times vary run to run; 50 feeds x 20 items, concurrency 8; the NLP pipeline, its lookup tables
and trafilatura loaded first: 332-342 MiB RSS):
- all new, teasers: 11-19 s, 1,050 requests (50 feeds + 1,000 pages), 1,000 articles added;
  RSS stays at the baseline; Python allocations peak +18.5 MiB (--memory, which also slows the
  poll to 74 s).
- all new, full text in the feed: 7.6-10 s, 50 requests.
- all 304: 0.04-0.3 s, 50 requests, nothing parsed; Python allocations +0.5 MiB.

--folder-twins N (implies --reload) first writes every Nth feed article into the corpus folder
as well, its front matter naming the article's page: the reload keeps the folder's copy and takes
the feed's out of the corpus (reported as added / removed).

Measured 2026-12-02 (--feeds 25 --items 20 --full-text --folder-twins 4, load average 4-6 from
test suites): 125 folder files added, 125 feed copies removed, 375 re-extracted; traced peak
+6.1 MiB (the same reload without folder files: +4.0 MiB; 2,000 feed articles: +5.7 MiB, as
before the folder check).

--reload then re-extracts the whole feed archive as a pipeline upgrade does (every stored
article marked stale, then the Ingestor's reload) and reports how far Python allocations rose
during it (tracemalloc, started just before; only the reload is traced). Measured 2026-11-30
with --feeds 25 / 100 --items 20 --full-text --reload, load average 2.6-3.6 on 2 cores:

| stored feed articles | read all at once | paged (FEED_PAGE = 100) | + staged old texts dropped |
|---|---|---|---|
| 500 | +4.8 MiB | +4.0 MiB | +3.7 MiB |
| 2,000 | +11.1 MiB | +7.2 MiB | +5.2 MiB |

A first poll of the same feeds (--memory, "all new"; load average 3.0-3.2): +5.3 / +13.2 MiB
at 500 / 2,000 new items when every new article was parsed before the first apply batch, +4.7 /
+10.4 MiB parsed one apply batch at a time; the rest is the poll's own fetched feeds and texts.

What still grows in a reload (~1 KB per article) is per-file bookkeeping, not text: the stored hashes by
file name, the apply's plan and the file lists of the CorpusChange it reports.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import FeedsConfig  # noqa: E402
from bot.feeds.articles import to_parsed  # noqa: E402
from bot.feeds.pages import extract_page  # noqa: E402
from bot.feeds.poller import FeedPoller  # noqa: E402
from bot.ingest import Ingestor, extract_article  # noqa: E402
from bot.store import Store  # noqa: E402

TOWNS = ["Talheim", "Bergstadt", "Seedorf", "Lindenau", "Hohenfels", "Waldbrunn", "Auenheim"]
PEOPLE = ["Anna Berger", "Paul Winter", "Marie Schuster", "Jonas Keller", "Erik Vogt"]
ROLES = ["Bürgermeisterin", "Kämmerer", "Fraktionschefin", "Kreisbrandmeister", "Baudezernent"]


def story(feed: int, item: int) -> tuple[str, list[str]]:
    town = TOWNS[(feed + item) % len(TOWNS)]
    who = (feed * 7 + item) % len(PEOPLE)
    n = 100 + feed * 37 + item * 11
    title = f"{town}: Stadtrat berät über Vorlage {feed}-{item}"
    paragraphs = [
        f"Der Stadtrat von {town} hat am Dienstag über die Vorlage {feed}-{item} beraten. "
        f"Nach Angaben der Verwaltung geht es um {n} Wohnungen und rund {n // 10} Millionen Euro.",
        f"„Wir brauchen eine schnelle Entscheidung“, sagte {ROLES[who]} {PEOPLE[who]} nach der "
        f"Sitzung. Die Opposition forderte mehr Zeit für die Prüfung.",
        f"Mehr als {n * 3} Menschen hatten eine Petition unterschrieben. Die Entscheidung soll "
        f"im kommenden Monat fallen, teilte die Stadt mit.",
    ]
    return title, paragraphs


PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Bench-Kurier"></head><body>
<div class="cookie-consent"><p>Wir verwenden Cookies. <button>Alle akzeptieren</button></p></div>
<header><nav><a href="/">Startseite</a> <a href="/politik/">Politik</a></nav></header>
<main><article><h1>{title}</h1>{body}</article>
<aside><h2>Lesen Sie auch</h2><ul><li><a href="/x">Anderes Thema</a></li></ul></aside></main>
<footer><p>Impressum | Datenschutz</p></footer></body></html>"""


def feed_xml(port: int, feed: int, items: int, full_text: bool) -> bytes:
    parts = []
    base = datetime(2026, 11, 1, tzinfo=UTC)
    for item in range(items):
        title, paragraphs = story(feed, item)
        extra = ""
        if full_text:
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            extra = f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        parts.append(
            f"<item><title>{title}</title><link>http://127.0.0.1:{port}/a/{feed}/{item}.html"
            f"?utm_source=rss</link><guid>bench-{feed}-{item}</guid>"
            f"<pubDate>{format_datetime(base + timedelta(hours=item))}</pubDate>"
            f"<description>Der Stadtrat berät.</description>{extra}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench-Kurier {feed}</title>{''.join(parts)}</channel></rss>"
    ).encode()


def serve(port: int, items: int, full_text: bool) -> None:
    """The site (runs in its own process, so it does not share the poller's CPU time)."""
    from aiohttp import web

    async def feed(request: web.Request) -> web.StreamResponse:
        n = int(request.match_info["n"])
        body = feed_xml(port, n, items, full_text)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def page(request: web.Request) -> web.Response:
        title, paragraphs = story(int(request.match_info["f"]), int(request.match_info["i"]))
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return web.Response(text=PAGE.format(title=title, body=body), content_type="text/html")

    app = web.Application()
    app.router.add_get("/feed/{n}.xml", feed)
    app.router.add_get("/a/{f}/{i}.html", page)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure(poller: FeedPoller, label: str, memory: bool) -> None:
    held = 0
    if memory:
        tracemalloc.reset_peak()
        held = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    summary = await poller.poll(due_only=False)
    elapsed = time.perf_counter() - start
    new = sum(f.new for f in summary.feeds)
    not_modified = sum(1 for f in summary.feeds if f.status == "not_modified")
    failed = sum(1 for f in summary.feeds if f.status == "failed")
    line = (
        f"{label:<10} {elapsed:8.2f} s  {summary.requests:5d} requests  {new:5d} new  "
        f"{not_modified:3d} x 304  {failed} failed  peak RSS {rss_mib():7.1f} MiB"
    )
    if memory:
        grown = (tracemalloc.get_traced_memory()[1] - held) / 2**20
        line += f"  traced peak +{grown:.1f} MiB over what was held before"
    print(line, flush=True)


def write_twins(corpus: Path, port: int, feeds: int, items: int, every: int) -> int:
    """Every `every`-th feed article also as a folder file naming its page (`url:`), as an
    editor would add it: the reload keeps the folder's copy and leaves the feed's out."""
    written = 0
    for n in range(feeds * items):
        if n % every:
            continue
        f, i = divmod(n, items)
        title, paragraphs = story(f, i)
        (corpus / f"twin-{f}-{i}.txt").write_text(
            f"---\ntitle: {title} (Redaktion)\nurl: http://127.0.0.1:{port}/a/{f}/{i}.html\n"
            "---\n" + "\n\n".join(paragraphs) + "\n",
            encoding="utf-8",
        )
        written += 1
    return written


async def measure_reload(store: Store, ingestor: Ingestor) -> None:
    """A reload that re-extracts every stored feed article (as after a pipeline upgrade):
    the Python allocations it adds on top of what the process held before it."""
    archive = await store.feeds.article_count()
    await store.corpus.mark_all_stale()
    if not tracemalloc.is_tracing():
        tracemalloc.start()
    tracemalloc.reset_peak()
    held = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    change = await ingestor.run(allow_empty=True)
    elapsed = time.perf_counter() - start
    grown = (tracemalloc.get_traced_memory()[1] - held) / 2**20
    print(
        f"reload     {elapsed:8.2f} s  {archive:5d} stored feed articles, "
        f"{len(change.changed)} re-extracted, {len(change.added)} added, "
        f"{len(change.removed)} removed  traced peak +{grown:.1f} MiB over what was "
        f"held before  (traced: times not comparable)",
        flush=True,
    )


async def bench(port: int, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "bench.db")
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        ingestor = Ingestor(store, corpus, workers=0)
        clock = Clock()
        config = replace(FeedsConfig(), concurrency=args.concurrency, timeout_seconds=60)
        poller = FeedPoller(store, ingestor, config, clock)
        for n in range(args.feeds):
            await store.feeds.add(f"http://127.0.0.1:{port}/feed/{n}.xml", None, "bench", clock())
        try:
            # Load the NLP pipeline and trafilatura first: they are loaded once per process,
            # and the numbers below are about what a poll costs on top of them.
            # (spaCy's lookup tables load on the first extraction, not with the pipeline.)
            title, paragraphs = story(0, 0)
            sample = PAGE.format(title=title, body="".join(f"<p>{x}</p>" for x in paragraphs))
            page = await asyncio.to_thread(extract_page, sample.encode(), "http://127.0.0.1/x")
            assert page is not None
            article = to_parsed("warm-up", "http://127.0.0.1/x", title, None, None, page.text)
            await asyncio.to_thread(extract_article, ingestor.model, article)
            if args.memory:
                tracemalloc.start()
            print(
                f"baseline   peak RSS {rss_mib():.1f} MiB (NLP pipeline and trafilatura loaded)",
                flush=True,
            )
            await measure(poller, "all new", args.memory)
            clock.now += timedelta(minutes=30)
            await measure(poller, "all 304", args.memory)
            if args.folder_twins:
                twins = write_twins(corpus, port, args.feeds, args.items, args.folder_twins)
                print(f"folder     {twins} files naming the page of a feed article", flush=True)
            if args.reload or args.folder_twins:
                await measure_reload(store, ingestor)
        finally:
            await poller.close()
            await ingestor.close()
            await store.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--feeds", type=int, default=50)
    p.add_argument("--items", type=int, default=20)
    p.add_argument("--concurrency", type=int, default=FeedsConfig().concurrency)
    p.add_argument("--full-text", action="store_true", help="the story in the feed, no pages")
    p.add_argument("--memory", action="store_true", help="also trace Python allocations")
    p.add_argument(
        "--reload", action="store_true", help="then re-extract the feed archive by a reload"
    )
    p.add_argument(
        "--folder-twins",
        type=int,
        default=0,
        metavar="N",
        help="then put every Nth feed article into the folder too (url: its page) and reload",
    )
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve(args.port, args.items, args.full_text)
        return
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, __file__, "--serve", "--port", str(port), "--items", str(args.items)]
    server = subprocess.Popen([*cmd, *(["--full-text"] if args.full_text else [])])
    try:
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        print(
            f"{args.feeds} feeds x {args.items} items, "
            f"{'full text in the feed' if args.full_text else 'teasers (page fetched)'}, "
            f"concurrency {args.concurrency}",
            flush=True,
        )
        asyncio.run(bench(port, args))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
