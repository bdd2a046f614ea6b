"""The running bot polls feeds by itself: a task of the App, stopped with it."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from newssite import HOCHWASSER, Item, article_page, article_path, rss

from bot.app import App
from bot.config import Config, CorpusConfig, FeedsConfig, NlpConfig, StoreConfig


async def test_the_running_app_polls_due_feeds_without_being_asked(tmp_path, news_site):
    site = news_site
    site.page(article_path(HOCHWASSER), article_page(HOCHWASSER))
    url = site.feed(
        "/rss/politik.xml",
        rss("Politik", [Item(HOCHWASSER, site.url(article_path(HOCHWASSER)), guid="tt-1001")]),
    )
    (tmp_path / "corpus").mkdir()
    config = replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path="s.db"),
        nlp=NlpConfig(workers=0),
    )
    app = await App.build(config)
    try:
        await app.store.feeds.add(url, None, "test", app.services.clock())
        app._start_feed_polling()
        for _ in range(600):  # generous: a busy machine builds the pipeline slowly
            feed = await app.store.feeds.get(url)
            # the poll records the fetch after storing the articles: wait for both
            if feed is not None and feed.last_fetch is not None:
                break
            await asyncio.sleep(0.1)
        articles = await app.store.articles.list()
        assert [a.title for a in articles] == [HOCHWASSER.title]
        feed = await app.store.feeds.get(url)
        assert feed is not None and feed.last_fetch is not None
    finally:
        await app.close()
    assert all(t.get_name() != "lagebild-feeds" for t in asyncio.all_tasks())


async def test_a_disabled_feed_is_announced_to_the_admins_of_every_transport(
    tmp_path, news_site, capsys
):
    from bot.transports.console import ConsoleTransport

    url = news_site.feed("/rss/kaputt.xml", rss("Kaputt", []))
    news_site.status["/rss/kaputt.xml"] = 503
    (tmp_path / "corpus").mkdir()
    config = replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path="s.db"),
        nlp=NlpConfig(workers=0),
        feeds=FeedsConfig(disable_after=1, timeout_seconds=5),
    )
    app = await App.build(config)
    try:
        app.posters["console"] = ConsoleTransport(app.services, app.handlers)
        await app.store.feeds.add(url, "Kaputtes Blatt", "test", app.services.clock())
        summary = await app.feeds.poll()
    finally:
        await app.close()

    assert summary.feeds[0].disabled
    notice = capsys.readouterr().err
    assert "[admin] News feed Kaputtes Blatt" in notice and "HTTP 503" in notice
    assert "/feed add URL" in notice


async def test_a_feed_added_in_chat_is_fetched_at_once_not_after_the_next_sleep(
    tmp_path, news_site
):
    from handlers.types import ChannelRef, Request, UserRef

    site = news_site
    site.page(article_path(HOCHWASSER), article_page(HOCHWASSER))
    url = site.feed(
        "/rss/politik.xml",
        rss("Politik", [Item(HOCHWASSER, site.url(article_path(HOCHWASSER)), guid="tt-1001")]),
    )
    (tmp_path / "corpus").mkdir()
    config = replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path="s.db"),
        nlp=NlpConfig(workers=0),
    )
    app = await App.build(config)
    try:
        app._start_feed_polling()
        for _ in range(50):  # the first (empty) poll is done; the poller sleeps for a minute
            if site.log or await app.store.feeds.next_due() is None:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        admin = UserRef("console:ops", "ops", bot_admin=True)
        req = Request("feed", {"action": "add", "url": url}, admin, ChannelRef("console", "c"))
        await app.dispatch(req)
        for _ in range(300):  # 30 s: well below the poller's sleep of 60 s without a wake-up
            if await app.store.articles.list():
                break
            await asyncio.sleep(0.1)
        assert [a.title for a in await app.store.articles.list()] == [HOCHWASSER.title]
    finally:
        await app.close()
