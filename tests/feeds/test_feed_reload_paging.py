"""Feed articles in bounded memory (issue 14), on SQLite and PostgreSQL. A reload reads the
feed archive from the store a page at a time: with pages and batches smaller than the archive it
brings back the same articles and quotes, and never holds more stored feed texts than a page
plus what is in flight. A poll parses its new articles one apply batch at a time."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from feed_support import Clock, feeds_config
from newssite import (
    BRUECKE,
    HAUSHALT,
    HOCHWASSER,
    Item,
    Story,
    article_page,
    article_path,
    full_text_html,
    rss,
)
from site_server import NewsSite

import bot.feeds.poller
import bot.ingest
import bot.store.repos.feeds
from bot.feeds.poller import FeedPoller
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.repos.corpus import ApplySession

ARCHIVE = 9  # stored feed articles: more than a page, a stage batch and the jobs in flight


@dataclass
class Archive:
    store: Store
    ingestor: Ingestor
    poller: FeedPoller


def _stories() -> list[Story]:
    """ARCHIVE distinct stories (each a distinct article with its own link)."""
    out = []
    for i in range(ARCHIVE // 3):
        for s in (HOCHWASSER, HAUSHALT, BRUECKE):
            extra = f"Nachtrag {i}: Die Stadt will bis Freitag informieren."
            out.append(
                s.with_text(
                    slug=f"{s.slug}-{i}",
                    title=f"{s.title} ({i})",
                    paragraphs=(*s.paragraphs, extra),
                )
            )
    return out


@contextlib.asynccontextmanager
async def _following(
    store_url: str, corpus: Path, site: NewsSite, path: str, items: list[Item], **poller: int
) -> AsyncIterator[Archive]:
    """A store following one real feed of `items` at `path`, not yet polled."""
    corpus.mkdir()
    store = await Store.open(store_url)
    ingestor = Ingestor(store, corpus, workers=0)
    feed_poller = FeedPoller(store, ingestor, feeds_config(), Clock(), **poller)
    try:
        url = site.feed(path, rss("Feed", items))
        await store.feeds.add(url, None, "test", Clock()())
        yield Archive(store, ingestor, feed_poller)
    finally:
        await feed_poller.close()
        await ingestor.close()
        await store.close()


@pytest.fixture
async def unpolled(store_url: str, tmp_path: Path, news_site: NewsSite) -> AsyncIterator[Archive]:
    """A store following one real feed of ARCHIVE full-text items, not yet polled."""
    items = [
        Item(s, news_site.url(f"/politik/{s.slug}.html"), guid=s.slug, content=full_text_html(s))
        for s in _stories()
    ]
    async with _following(
        store_url, tmp_path / "corpus", news_site, "/rss/politik.xml", items
    ) as archive:
        yield archive


@pytest.fixture
async def archive(unpolled: Archive) -> Archive:
    """A store whose corpus is ARCHIVE feed articles, brought by one poll."""
    summary = await unpolled.poller.poll()
    assert sum(f.new for f in summary.feeds) == ARCHIVE
    return unpolled


async def _corpus(store: Store) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """title -> (link, the quotes' speakers and texts) of every stored article."""
    out = {}
    for a in await store.articles.list():
        quotes = await store.quotes.for_article(a.id)
        out[a.title] = (a.url, tuple(sorted(f"{q.speaker}: {q.text}" for q in quotes)))
    return out


async def test_a_reload_pages_through_the_feed_archive_and_keeps_every_article(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, ingestor = archive.store, archive.ingestor
    before = await _corpus(store)
    assert len(before) == ARCHIVE and all(quotes for _, quotes in before.values())
    # An upgraded pipeline: every stored article is re-extracted from its stored feed text.
    await store.corpus.mark_all_stale()
    monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 2)
    ingestor.feed_page = 2
    read = staged = most = 0
    real_article = bot.store.repos.feeds._article
    real_stage = ApplySession.stage

    def reading(row):  # type: ignore[no-untyped-def]
        nonlocal read, most
        read += 1
        most = max(most, read - staged)
        return real_article(row)

    async def staging(self: ApplySession, upserts):  # type: ignore[no-untyped-def]
        nonlocal staged
        staged += len(upserts)
        await real_stage(self, upserts)

    monkeypatch.setattr(bot.store.repos.feeds, "_article", reading)
    monkeypatch.setattr(ApplySession, "stage", staging)
    done: list[int] = []

    change = await ingestor.run(allow_empty=True, progress=lambda n, total, _: done.append(total))

    assert len(change.changed) == ARCHIVE and not change.added and not change.removed
    assert await _corpus(store) == before
    assert read == staged == ARCHIVE and set(done) == {ARCHIVE}
    # stored feed texts held at once: a page, the jobs in flight and one stage batch
    bound = ingestor.feed_page + ingestor.in_flight + 2
    assert most <= bound < ARCHIVE


async def test_an_unchanged_feed_archive_reloads_as_unchanged_page_by_page(
    archive: Archive,
) -> None:
    archive.ingestor.feed_page = 4  # 9 articles: pages of 4, 4 and 1
    before = await _corpus(archive.store)
    version = (await archive.store.corpus.status()).version

    change = await archive.ingestor.run(allow_empty=True)

    assert len(change.unchanged) == ARCHIVE and not (change.added or change.changed)
    assert change.version == version
    assert await _corpus(archive.store) == before


async def test_a_poll_parses_its_new_articles_one_apply_batch_at_a_time(
    unpolled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    unpolled.poller.apply_batch = 2
    parsed = staged = most = 0
    real_parse = bot.feeds.poller.to_parsed
    real_stage = ApplySession.stage

    def parsing(*args):  # type: ignore[no-untyped-def]
        nonlocal parsed, most
        parsed += 1
        most = max(most, parsed - staged)
        return real_parse(*args)

    async def staging(self: ApplySession, upserts):  # type: ignore[no-untyped-def]
        nonlocal staged
        staged += len(upserts)
        await real_stage(self, upserts)

    monkeypatch.setattr(bot.feeds.poller, "to_parsed", parsing)
    monkeypatch.setattr(ApplySession, "stage", staging)

    summary = await unpolled.poller.poll()

    assert sum(f.new for f in summary.feeds) == ARCHIVE and summary.change is not None
    assert len(summary.change.added) == ARCHIVE
    titles = {s.title for s in _stories()}
    assert set(await _corpus(unpolled.store)) == titles
    assert {a.title for a in await unpolled.store.feeds.articles()} == titles
    assert parsed == staged == ARCHIVE
    assert most <= unpolled.poller.apply_batch  # held 9 of 9 when all were parsed first


@pytest.fixture
async def teasers(store_url: str, tmp_path: Path, news_site: NewsSite) -> AsyncIterator[Archive]:
    """A store following one real feed of ARCHIVE teaser items whose pages carry the story."""
    items = []
    for s in _stories():
        news_site.page(article_path(s), article_page(s))
        items.append(Item(s, news_site.url(article_path(s)), guid=s.slug))
    async with _following(
        store_url, tmp_path / "corpus", news_site, "/rss/anrisse.xml", items, apply_batch=2
    ) as archive:
        yield archive


async def test_a_poll_holds_the_pages_of_one_apply_batch_at_a_time(
    teasers: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    extracted = saved = most = 0
    real_extract = bot.feeds.poller.extract_page
    real_save = teasers.store.feeds.save

    def extracting(*args):  # type: ignore[no-untyped-def]
        nonlocal extracted, most
        extracted += 1
        most = max(most, extracted - saved)
        return real_extract(*args)

    async def saving(articles, items, now):  # type: ignore[no-untyped-def]
        nonlocal saved
        await real_save(articles, items, now)
        saved += len(articles)

    monkeypatch.setattr(bot.feeds.poller, "extract_page", extracting)
    monkeypatch.setattr(teasers.store.feeds, "save", saving)

    summary = await teasers.poller.poll()

    assert sum(f.new for f in summary.feeds) == ARCHIVE
    assert set(await _corpus(teasers.store)) == {s.title for s in _stories()}
    assert extracted == saved == ARCHIVE
    assert most <= teasers.poller.apply_batch  # held all 9 pages until the end before


async def test_a_poll_that_fails_late_keeps_the_articles_it_stored(
    teasers: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_apply = teasers.ingestor.apply_articles
    calls = 0

    async def failing_second(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("store went away")
        return await real_apply(*args)

    monkeypatch.setattr(teasers.ingestor, "apply_articles", failing_second)
    with pytest.raises(RuntimeError):
        await teasers.poller.poll()

    kept = set(await _corpus(teasers.store))
    assert len(kept) == teasers.poller.apply_batch  # the first batch: lost with the poll before
    assert {a.title for a in await teasers.store.feeds.articles()} == kept

    monkeypatch.setattr(teasers.ingestor, "apply_articles", real_apply)
    summary = await teasers.poller.poll(due_only=False)

    assert sum(f.new for f in summary.feeds) == ARCHIVE - len(kept)
    assert set(await _corpus(teasers.store)) == {s.title for s in _stories()}
