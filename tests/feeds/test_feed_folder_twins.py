"""One article is in the corpus once, whether the folder or a feed brought it first (SQLite and
PostgreSQL, a real site on 127.0.0.1). A folder file names its page in front matter (`url:`);
a feed item linking to that page, however decorated (tracking parameters, a fragment, a
trailing slash), is not added again, and a reload whose folder now holds an article a feed
brought keeps the folder's copy only: an editor must never see each quote twice."""

from __future__ import annotations

import pytest
from feed_support import Feeds
from newssite import BRUECKE, HOCHWASSER, Item, Story, article_page, full_text_html, rss

from bot.config import Config
from bot.render.text import render_text
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Request, Services, UserRef

PAGE = "/lokales/hochwasser-talheim/"  # the page of HOCHWASSER on the site
QUOTE = "dass das Wasser bis Mittwoch weiter steigt"
FOLDER_TITLE = "Talheim: Pegel der Tauber steigt weiter (Redaktionsfassung)"


@pytest.fixture
def feeds_store(store_url: str) -> str:
    """These tests run on both backends."""
    return store_url


@pytest.fixture
def desk(feeds: Feeds) -> Feeds:
    """The feed set-up with the site serving both stories' pages."""
    feeds.site.page(PAGE, article_page(HOCHWASSER))
    feeds.site.page("/lokales/bruecke/", article_page(BRUECKE))
    return feeds


def _folder_file(desk: Feeds, url: str) -> None:
    """The editor's copy of HOCHWASSER in the corpus folder, naming its page."""
    paragraphs = "\n\n".join(HOCHWASSER.paragraphs)
    (desk.corpus / "hochwasser.txt").write_text(
        f"---\ntitle: {FOLDER_TITLE}\ndate: 2026-11-24\noutlet: Taler Tageblatt\n"
        f"url: {url}\n---\n{paragraphs}\n",
        encoding="utf-8",
    )


def _serve_feed(desk: Feeds, *items: Item) -> str:
    return desk.site.feed("/rss/lokales.xml", rss("Lokales", list(items)))


async def _times_shown(desk: Feeds, speaker: str, words: str) -> int:
    """How often /who_said SPEAKER shows a quote with these words."""
    req = Request("who_said", {"speaker": speaker}, UserRef("u", "u"), ChannelRef("c", "c"))
    services = Services(config=Config(), store=desk.store, clock=desk.clock)
    reply = await dispatch(req, services, build_handlers())
    return render_text(reply, "de").count(words)


def _teaser(desk: Feeds, story: Story, path: str, **extra: str) -> Item:
    return Item(story, desk.site.url(path) + extra.get("decoration", ""), guid=story.slug)


async def test_a_feed_item_linking_to_a_folder_article_is_not_added_again(desk: Feeds) -> None:
    # The editor copied the link from a newsletter: tracking parameter, fragment, no slash.
    _folder_file(desk, desk.site.url(PAGE.rstrip("/")) + "?utm_source=newsletter#kommentare")
    await desk.ingestor.run()
    url = _serve_feed(
        desk,
        _teaser(desk, HOCHWASSER, PAGE, decoration="?utm_medium=rss&wt_mc=feed"),
        _teaser(desk, BRUECKE, "/lokales/bruecke/"),
    )
    await desk.store.feeds.add(url, None, "test", desk.clock())

    summary = await desk.poller.poll()

    assert [(f.new, f.unchanged) for f in summary.feeds] == [(1, 1)]
    titles = sorted(a.title for a in await desk.store.articles.list())
    assert titles == sorted([FOLDER_TITLE, BRUECKE.title])
    assert await _times_shown(desk, "Anna Berger", QUOTE) == 1

    # An edited item is looked at again, and is still the folder's article.
    edited = HOCHWASSER.with_text(title=HOCHWASSER.title + " – Schulen bleiben zu")
    _serve_feed(desk, _teaser(desk, edited, PAGE), _teaser(desk, BRUECKE, "/lokales/bruecke/"))
    desk.clock.advance(minutes=11)
    summary = await desk.poller.poll()

    assert [(f.new, f.updated) for f in summary.feeds] == [(0, 0)]
    assert len(await desk.store.articles.list()) == 2
    assert await _times_shown(desk, "Anna Berger", QUOTE) == 1

    # The feed archive has its copy: once the folder file is gone, a reload brings it in.
    (desk.corpus / "hochwasser.txt").unlink()
    change = await desk.ingestor.run(allow_empty=True)

    assert change.removed == ("hochwasser.txt",) and len(change.added) == 1
    titles = sorted(a.title for a in await desk.store.articles.list())
    assert titles == sorted([edited.title, BRUECKE.title])
    assert await _times_shown(desk, "Anna Berger", QUOTE) == 1


async def test_a_reload_whose_folder_now_holds_a_feed_article_keeps_the_folder_copy(
    desk: Feeds,
) -> None:
    link = desk.site.url(PAGE)
    full = Item(HOCHWASSER, link + "?utm_source=rss", guid="h", content=full_text_html(HOCHWASSER))
    await desk.store.feeds.add(_serve_feed(desk, full), None, "test", desk.clock())
    await desk.poller.poll()
    (feed_copy,) = await desk.store.articles.list()
    assert feed_copy.title == HOCHWASSER.title

    # The editor adds the article to the folder (link written without the trailing slash).
    _folder_file(desk, link.rstrip("/"))
    change = await desk.ingestor.run()

    assert change.added == ("hochwasser.txt",) and change.removed == (feed_copy.file,)
    assert [a.title for a in await desk.store.articles.list()] == [FOLDER_TITLE]
    assert await _times_shown(desk, "Anna Berger", QUOTE) == 1

    # A reload with the folder file unchanged (not parsed again) keeps it that way.
    change = await desk.ingestor.run()
    assert (change.added, change.removed) == ((), ())
    assert [a.title for a in await desk.store.articles.list()] == [FOLDER_TITLE]

    # The feed archive kept its copy: without the folder file it is back.
    (desk.corpus / "hochwasser.txt").unlink()
    change = await desk.ingestor.run(allow_empty=True)

    assert change.removed == ("hochwasser.txt",) and change.added == (feed_copy.file,)
    assert [a.title for a in await desk.store.articles.list()] == [HOCHWASSER.title]
    assert await _times_shown(desk, "Anna Berger", QUOTE) == 1
