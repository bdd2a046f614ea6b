"""Polling feeds from a real news site on 127.0.0.1 into a real store."""

from __future__ import annotations

import sys
from datetime import timedelta

from newssite import (
    BOILERPLATE,
    BRUECKE,
    HAUSHALT,
    HOCHWASSER,
    SITE,
    Item,
    article_page,
    article_path,
    atom,
    full_text_html,
    rss,
)

from bot.feeds.poller import FeedPoller
from bot.feeds.urls import normalize_url


def _item(site, story, **kw):
    return Item(story, site.url(article_path(story)), **kw)


def _serve_pages(site, *stories):
    for s in stories:
        site.page(article_path(s), article_page(s))


async def _article_texts(store, article_id):
    return " ".join(s.text for s in await store.articles.sentences(article_id))


async def test_first_poll_brings_page_text_without_boilerplate(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER, HAUSHALT)
    url = site.feed(
        "/rss/politik.xml",
        rss(
            "Taler Tageblatt – Politik",
            [_item(site, HOCHWASSER, guid="tt-1001"), _item(site, HAUSHALT, guid="tt-1002")],
        ),
    )
    await feeds.add(url)

    summary = await feeds.poller.poll()

    assert [(f.status, f.new) for f in summary.feeds] == [("ok", 2)]
    assert summary.change is not None and len(summary.change.added) == 2
    articles = await feeds.store.articles.list()
    assert {a.title for a in articles} == {HOCHWASSER.title, HAUSHALT.title}
    flood = next(a for a in articles if a.title == HOCHWASSER.title)
    assert flood.url == normalize_url(site.url(article_path(HOCHWASSER)))
    assert flood.outlet == SITE
    assert str(flood.published) == "2026-11-24"
    text = await _article_texts(feeds.store, flood.id)
    assert "Pegel der Tauber" in text and "Sandsäcke" in text
    for junk in BOILERPLATE:
        assert junk not in text, junk
    quotes = await feeds.store.quotes.for_article(flood.id)
    assert any(q.speaker == "Anna Berger" for q in quotes)


async def test_second_poll_is_a_conditional_get_answered_304_that_changes_nothing(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    await feeds.add(url)
    first = await feeds.poller.poll()
    version = first.change.version

    feeds.clock.advance(minutes=11)
    second = await feeds.poller.poll()

    assert [f.status for f in second.feeds] == ["not_modified"]
    assert second.change is None and second.requests == 1
    again = site.requests_to("/rss/politik.xml")[-1]
    assert again.status == 304 and again.headers.get("If-None-Match")
    assert again.headers.get("If-Modified-Since")
    assert (await feeds.store.corpus.status()).version == version
    assert len(site.requests_to(article_path(HOCHWASSER))) == 1  # the page is not fetched again


async def test_a_redated_item_with_tracking_junk_and_a_new_guid_fragment_is_not_new(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    await feeds.add(url)
    first = await feeds.poller.poll()

    junk = site.url(article_path(HOCHWASSER)) + "?utm_source=rss&utm_medium=feed#xtor=RSS-3"
    site.feed(
        "/rss/politik.xml",
        rss(
            "Politik",
            [
                Item(
                    HOCHWASSER,
                    junk,
                    guid="tt-1001#update-2",
                    pub=HOCHWASSER.published.replace(day=29),
                )
            ],
        ),
    )
    feeds.clock.advance(minutes=11)
    second = await feeds.poller.poll()

    assert [(f.status, f.new, f.updated, f.unchanged) for f in second.feeds] == [("ok", 0, 0, 1)]
    assert second.change is None
    assert (await feeds.store.corpus.status()).version == first.change.version
    assert len(await feeds.store.articles.list()) == 1


async def test_an_updated_item_updates_its_article_in_place(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    await feeds.add(url)
    await feeds.poller.poll()
    before = (await feeds.store.articles.list())[0]

    updated = HOCHWASSER.with_text(
        teaser="Update: Der Pegel sinkt wieder.",
        paragraphs=(
            *HOCHWASSER.paragraphs,
            "„Das Schlimmste ist überstanden“, sagte Bürgermeisterin Anna Berger am "
            "Dienstagmittag. Der Pegel sei auf 3,10 Meter gefallen.",
        ),
    )
    site.page(article_path(updated), article_page(updated))
    site.feed("/rss/politik.xml", rss("Politik", [_item(site, updated, guid="tt-1001")]))
    feeds.clock.advance(minutes=11)
    summary = await feeds.poller.poll()

    assert [(f.new, f.updated) for f in summary.feeds] == [(0, 1)]
    assert summary.change is not None and summary.change.changed == (before.file,)
    assert summary.change.new_quotes >= 1
    after = (await feeds.store.articles.list())[0]
    assert after.id == before.id and after.first_seen == before.first_seen
    quotes = await feeds.store.quotes.for_article(after.id)
    assert any("Schlimmste" in q.text for q in quotes)


async def test_a_new_item_is_added_next_to_the_known_ones(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER, BRUECKE)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    feed = await feeds.add(url)
    first = await feeds.poller.poll()

    site.feed(
        "/rss/politik.xml",
        rss(
            "Politik",
            [_item(site, BRUECKE, guid="tt-1003"), _item(site, HOCHWASSER, guid="tt-1001")],
        ),
    )
    feeds.clock.advance(minutes=11)
    second = await feeds.poller.poll()

    assert [(f.new, f.unchanged) for f in second.feeds] == [(1, 1)]
    assert second.change.version == first.change.version + 1
    assert [
        a.title for a in await feeds.store.articles.since(feeds.clock.now - timedelta(minutes=1))
    ] == [BRUECKE.title]
    stored = await feeds.store.feeds.get(feed.url)
    assert stored.last_new_article == feeds.clock.now


async def test_a_feed_with_the_full_text_needs_no_page_request(feeds):
    site = feeds.site
    full = "".join(f"<p>{p}</p>" for p in HAUSHALT.paragraphs)
    url = site.feed(
        "/rss/voll.xml", rss("Volltext", [_item(site, HAUSHALT, guid="tt-1002", content=full)])
    )
    await feeds.add(url)

    summary = await feeds.poller.poll()

    assert [f.new for f in summary.feeds] == [1] and summary.requests == 1
    article = (await feeds.store.articles.list())[0]
    assert "48 Millionen Euro" in await _article_texts(feeds.store, article.id)
    assert site.requests_to(article_path(HAUSHALT)) == []


async def test_two_feeds_carrying_the_same_article_make_one_article(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER)
    a = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    tracked = site.url(article_path(HOCHWASSER)) + "?wt_mc=rss.regional&utm_campaign=x"
    b = site.feed("/rss/region.xml", rss("Region", [Item(HOCHWASSER, tracked, guid="region-77")]))
    await feeds.add(a)
    await feeds.add(b)

    summary = await feeds.poller.poll()

    assert sorted((f.new, f.unchanged) for f in summary.feeds) == [(0, 1), (1, 0)]
    assert len(await feeds.store.articles.list()) == 1
    assert len(site.requests_to(article_path(HOCHWASSER))) == 1


async def test_an_atom_feed_republishing_old_items_causes_no_flood(feeds):
    site = feeds.site
    _serve_pages(site, HOCHWASSER, HAUSHALT, BRUECKE)
    items = [_item(site, s, guid=f"urn:tt:{s.slug}") for s in (HOCHWASSER, HAUSHALT)]
    url = site.feed("/atom/politik.xml", atom("Politik", items))
    await feeds.add(url)
    first = await feeds.poller.poll()
    assert [f.new for f in first.feeds] == [2]

    # The items drop out of the feed, then come back with new dates (a CMS re-publish) next to
    # one really new item; the feed is also removed and added again in between.
    site.feed("/atom/politik.xml", atom("Politik", [_item(site, BRUECKE, guid="urn:tt:b")]))
    feeds.clock.advance(minutes=11)
    await feeds.poller.poll()
    await feeds.store.feeds.remove(url)
    await feeds.add(url)
    republished = [
        _item(site, s, guid=f"urn:tt:{s.slug}", pub=s.published.replace(day=30))
        for s in (HOCHWASSER, HAUSHALT, BRUECKE)
    ]
    site.feed("/atom/politik.xml", atom("Politik", republished))
    feeds.clock.advance(minutes=11)
    again = await feeds.poller.poll()

    assert [(f.new, f.updated) for f in again.feeds] == [(0, 0)]
    assert again.change is None
    assert len(await feeds.store.articles.list()) == 3


async def test_many_new_articles_are_applied_in_batches_and_reported_as_one_poll(feeds):
    site = feeds.site
    stories = (HOCHWASSER, HAUSHALT, BRUECKE)
    items = []
    for s in stories:
        items.append(_item(site, s, guid=s.slug, content=full_text_html(s)))
    url = site.feed("/rss/voll.xml", rss("Volltext", items))
    await feeds.add(url)
    poller = FeedPoller(
        feeds.store, feeds.ingestor, feeds.poller.config, feeds.clock, apply_batch=2
    )
    try:
        summary = await poller.poll()
    finally:
        await poller.close()

    assert summary.change is not None and len(summary.change.added) == 3
    assert summary.change.version == 2  # two batches, one corpus version each
    assert summary.change.new_quotes >= 3
    assert summary.change.totals["articles"] == 3


async def test_a_page_that_names_no_site_gets_the_feeds_name_not_its_host(feeds):
    """Without og:site_name the page extractor offers the URL's host ("127.0.0.1:PORT",
    "ksta.de"); the outlet an answer names is then the name the admin gave the feed."""
    site = feeds.site
    page = article_page(HOCHWASSER).replace(f'<meta property="og:site_name" content="{SITE}">', "")
    page = page.replace(f" | {SITE}</title>", "</title>")
    site.page(article_path(HOCHWASSER), page)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1001")]))
    await feeds.add(url, "Taler Tageblatt")

    await feeds.poller.poll()

    (article,) = await feeds.store.articles.list()
    assert article.outlet == "Taler Tageblatt"


async def test_a_feed_added_without_a_name_lends_its_own_title_from_the_first_poll(feeds):
    """`feeds add URL` without --name: the feed's title is learnt by its first poll, and the
    articles that poll brings are named after it too (they showed "Medium unbekannt")."""
    site = feeds.site
    page = article_page(HOCHWASSER).replace(f'<meta property="og:site_name" content="{SITE}">', "")
    site.page(article_path(HOCHWASSER), page)
    url = site.feed("/atom.xml", atom("Landtagsdienst", [_item(site, HOCHWASSER)]))
    await feeds.add(url)

    await feeds.poller.poll()

    (article,) = await feeds.store.articles.list()
    assert article.outlet == "Landtagsdienst"


async def test_a_page_is_read_without_trafilatura_when_it_cannot_run(feeds, monkeypatch):
    """An install where trafilatura fails on import (lxml without lxml_html_clean) must still
    bring the page's story, not the feed's teaser: the item is remembered as seen, so a teaser
    kept now would never be replaced by the story."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` fails
    site = feeds.site
    _serve_pages(site, HOCHWASSER)
    url = site.feed("/rss/politik.xml", rss("Politik", [_item(site, HOCHWASSER, guid="tt-1")]))
    await feeds.add(url)

    summary = await feeds.poller.poll()

    assert [(f.status, f.new) for f in summary.feeds] == [("ok", 1)]
    (flood,) = await feeds.store.articles.list()
    text = await _article_texts(feeds.store, flood.id)
    assert "Pegel der Tauber" in text and "Sandsäcke" in text
    for junk in ("Startseite", "Alle akzeptieren", "Impressum"):
        assert junk not in text, junk
    quotes = await feeds.store.quotes.for_article(flood.id)
    assert any(q.speaker == "Anna Berger" for q in quotes)
