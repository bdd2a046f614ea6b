"""Polling feeds from a real news site on 127.0.0.1 into a real store."""

from __future__ import annotations

from newssite import (
    BOILERPLATE,
    BRUECKE,
    HAUSHALT,
    HOCHWASSER,
    SITE,
    Item,
    article_page,
    article_path,
    rss,
)

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
    url = site.feed("/rss/politik.xml", rss("Taler Tageblatt – Politik", [
        _item(site, HOCHWASSER, guid="tt-1001"), _item(site, HAUSHALT, guid="tt-1002")]))
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
