"""A digest's current figure per subject is worked out once per corpus version and curation
log (handlers.digest._kept_current, Store.kept), not in every digest. What a reader sees must
still follow every swap and every correction at once, on both backends, and a reply built in
a snapshot older than the swap must keep showing the old corpus."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from digest_support import (
    BATCH1_AT,
    BATCH2_AT,
    early_articles,
    later_article,
    make_services,
)

from bot.store import Store
from bot.store.curated import CuratedFigureRepo
from bot.store.repos.articles import ArticleRepo
from bot.store.topic import TopicQuery
from handlers.digest import build_digest, digest_as_text


def _clock() -> datetime:
    return datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _figure_line(text: str) -> str:
    """The digest's line of the soldiers' figure (the article summaries name figures too)."""
    return next(line for line in text.splitlines() if "**nordkoreanische Soldaten**" in line)


async def _plain(store: Store, locale: str = "de") -> str:
    """The figure line of the plain digest (everything: no `since`)."""
    reply = await build_digest(make_services(store, _clock), None, locale)
    assert reply is not None
    return _figure_line(digest_as_text(reply))


async def test_the_current_figure_follows_swaps_and_corrections(store_url: str) -> None:
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        first = await _plain(store)
        assert "mindestens 3.000" in first
        assert await _plain(store) == first  # the kept value answers alike
        assert "at least 3,000" in await _plain(store, "en")  # kept per language

        await store.corpus.apply([later_article()], [], [], [], now=BATCH2_AT)
        after_swap = await _plain(store)
        assert "mehr als 10.000" in after_swap
        assert "mindestens 3.000" not in after_swap
        reply = await build_digest(make_services(store, _clock), None, "de")
        assert reply is not None
        whole = digest_as_text(reply)  # the new article and its quote too, not only figures
        assert "Neue Artikel (3)" in whole
        assert "Mehr als 10.000 nordkoreanische Soldaten" in whole
        assert "Wir sind sehr besorgt" in whole

        newest = next(
            f
            for f in await store.figures.for_subject("nordkoreanische soldaten")
            if f.value == 10000
        )
        ref = await store.curation.figure_ref(newest.id)
        assert ref is not None
        await store.curation.add("hide_figure", ref[0], "editor", BATCH2_AT)
        corrected = await _plain(store)
        assert "mindestens 3.000" in corrected
        assert "mehr als 10.000" not in corrected
    finally:
        await store.close()


async def test_a_snapshot_older_than_the_swap_keeps_its_corpus(store_url: str) -> None:
    """The swap commits while an older reply is being built: the older reply shows the old
    figure even after a newer reply has kept the new one."""
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        assert "mindestens 3.000" in await _plain(store)
        async with store.snapshot() as old:
            assert (await old.corpus.status()).articles == 2  # the snapshot has begun
            await store.corpus.apply([later_article()], [], [], [], now=BATCH2_AT)
            assert "mehr als 10.000" in await _plain(store)
            services = dataclasses.replace(make_services(store, _clock), store=old)
            reply = await build_digest(services, None, "de")
            assert reply is not None
            old_text = _figure_line(digest_as_text(reply))
        assert "mindestens 3.000" in old_text
        assert "mehr als 10.000" not in old_text
        assert "mehr als 10.000" in await _plain(store)
    finally:
        await store.close()


async def test_a_digest_since_a_moment_is_kept_with_its_moment(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subscribed channel's /digest asks since its last posting until the next one: the
    changed figure line is worked out once per moment and corpus version, then handed out
    (no figure is read again), and a correction or another moment is worked out anew."""
    reads: list[str] = []
    original = CuratedFigureRepo.for_subject

    async def counting(self: CuratedFigureRepo, subject_key: str, *args: Any, **kw: Any) -> Any:
        reads.append(subject_key)
        return await original(self, subject_key, *args, **kw)

    monkeypatch.setattr(CuratedFigureRepo, "for_subject", counting)
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        await store.corpus.apply([later_article()], [], [], [], now=BATCH2_AT)
        first = await _since(store, BATCH1_AT)
        assert "mindestens 3.000 → mehr als 10.000" in first
        read_once = len(reads)
        assert read_once > 0
        assert await _since(store, BATCH1_AT) == first
        assert len(reads) == read_once  # kept: nothing read again

        earlier = await _since(store, BATCH1_AT - timedelta(days=30))  # another moment
        assert len(reads) > read_once
        assert "→" not in earlier and "mehr als 10.000" in earlier  # all of it is new then

        newest = next(
            f
            for f in await store.figures.for_subject("nordkoreanische soldaten")
            if f.value == 10000
        )
        ref = await store.curation.figure_ref(newest.id)
        assert ref is not None
        await store.curation.add("hide_figure", ref[0], "editor", BATCH2_AT)
        corrected = await _since(store, BATCH1_AT)
        assert "mehr als 10.000" not in corrected  # the correction is seen at once
    finally:
        await store.close()


async def _since(store: Store, since: datetime) -> str:
    """The figure line of a digest since `since`."""
    reply = await build_digest(make_services(store, _clock), since, "de")
    assert reply is not None
    return _figure_line(digest_as_text(reply))


async def test_a_topic_digest_is_kept_per_corpus_version_and_topic(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A topic digest depends on the corpus and its corrections alone (besides its topic,
    moment and language): asked again in the same corpus version it reads no full-text source
    (a place's tested some 60,000 rows on PostgreSQL at 100k articles), while a swap, a
    correction, another topic or another moment is read anew at once."""
    reads: list[str | None] = []
    original = ArticleRepo.for_topic

    async def counting(self: ArticleRepo, topic: TopicQuery, *args: Any) -> Any:
        reads.append(topic.match)
        return await original(self, topic, *args)

    monkeypatch.setattr(ArticleRepo, "for_topic", counting)
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        first = await _topic(store, "Soldaten")
        assert "Neue Artikel (1)" in first
        read_once = len(reads)
        assert read_once > 0
        assert await _topic(store, "Soldaten") == first
        assert len(reads) == read_once  # kept: no source read again
        assert "Austin" in await _topic(store, "Austin") and len(reads) > read_once

        await store.corpus.apply([later_article()], [], [], [], now=BATCH2_AT)
        after_swap = await _topic(store, "Soldaten")
        assert "Neue Artikel (2)" in after_swap
        assert "Mehr als 10.000 nordkoreanische Soldaten" in after_swap
        since = await _topic(store, "Soldaten", since=BATCH1_AT)
        assert "Neue Artikel (1)" in since  # another moment: its own body
        assert "Nordkoreanische Soldaten in Russland eingetroffen" not in since

        a3 = await store.articles.by_file("a3.txt")
        assert a3 is not None
        quote = next(q for q in await store.quotes.for_article(a3.id) if "besorgt" in q.text)
        ref = await store.curation.quote_ref(quote.id)
        assert ref is not None and "Antony Blinken" in await _topic(store, "Blinken")
        await store.curation.add("hide_quote", ref[0], "editor", BATCH2_AT)
        assert "Antony Blinken" not in await _topic(store, "Blinken")  # hidden at once
    finally:
        await store.close()


async def _topic(store: Store, topic: str, since: datetime | None = None) -> str:
    reply = await build_digest(make_services(store, _clock), since, "de", topic=topic)
    assert reply is not None
    return digest_as_text(reply)
