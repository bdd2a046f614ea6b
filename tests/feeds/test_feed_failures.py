"""Feeds that fail: every failure is one feed's problem, with a reason, backoff and in the end
a disabled feed and a notice; the other feeds and the corpus carry on."""

from __future__ import annotations

from datetime import timedelta

from newssite import BRUECKE, HAUSHALT, HOCHWASSER, Item, article_page, article_path, rss


def _healthy_feed(site):
    site.page(article_path(HOCHWASSER), article_page(HOCHWASSER))
    return site.feed(
        "/rss/gut.xml",
        rss("Gut", [Item(HOCHWASSER, site.url(article_path(HOCHWASSER)), guid="tt-1001")]),
    )


def _by_url(summary):
    return {f.url: f for f in summary.feeds}


async def test_a_5xx_feed_backs_off_longer_each_time_and_is_disabled_with_a_notice(feeds):
    site = feeds.site
    good = _healthy_feed(site)
    bad = site.feed("/rss/kaputt.xml", rss("Kaputt", []))
    site.status["/rss/kaputt.xml"] = 503
    await feeds.add(good)
    await feeds.add(bad)

    first = await feeds.poller.poll()
    results = _by_url(first)
    assert results[good].status == "ok" and results[good].new == 1  # unaffected
    assert results[bad].status == "failed" and "503" in results[bad].error
    assert first.failed
    state = await feeds.store.feeds.get(bad)
    assert (state.state, state.failures) == ("backing_off", 1)
    first_wait = state.next_fetch - feeds.clock.now
    assert first_wait == timedelta(minutes=20)  # poll_minutes 10 * 2**1

    # Not due before its backoff is over, even though the healthy feed is.
    feeds.clock.advance(minutes=11)
    early = await feeds.poller.poll()
    assert [f.url for f in early.feeds] == [good]

    feeds.clock.now = state.next_fetch
    await feeds.poller.poll()
    state = await feeds.store.feeds.get(bad)
    assert (state.state, state.failures) == ("backing_off", 2)
    assert state.next_fetch - feeds.clock.now == timedelta(minutes=40) > first_wait
    assert feeds.disabled == []

    feeds.clock.now = state.next_fetch
    third = await feeds.poller.poll()
    assert _by_url(third)[bad].disabled
    state = await feeds.store.feeds.get(bad)
    assert (state.state, state.failures, state.next_fetch) == ("disabled", 3, None)
    assert "503" in (state.last_error or "")
    assert [(f.url, "503" in reason) for f, reason in feeds.disabled] == [(bad, True)]

    # A disabled feed is never fetched again until an admin adds it again.
    feeds.clock.advance(days=2)
    requests = len(site.requests_to("/rss/kaputt.xml"))
    await feeds.poller.poll(due_only=False)
    assert len(site.requests_to("/rss/kaputt.xml")) == requests
    del site.status["/rss/kaputt.xml"]
    revived, created = await feeds.store.feeds.add(bad, None, "admin", feeds.clock.now)
    assert not created and (revived.state, revived.failures) == ("active", 0)
    assert _by_url(await feeds.poller.poll())[bad].status == "ok"


async def test_a_timeout_fails_only_the_slow_feed(feeds):
    site = feeds.site
    good = _healthy_feed(site)
    slow = site.feed("/rss/langsam.xml", rss("Langsam", []))
    site.delay["/rss/langsam.xml"] = 1.5  # the poller's timeout is 0.5 s
    await feeds.add(slow)
    await feeds.add(good)

    summary = await feeds.poller.poll()

    results = _by_url(summary)
    assert results[slow].status == "failed" and "timed out" in results[slow].error
    assert results[good].new == 1
    assert (await feeds.store.feeds.get(slow)).state == "backing_off"


async def test_malformed_xml_is_a_failure_with_a_reason_and_loses_nothing(feeds):
    site = feeds.site
    good = _healthy_feed(site)
    await feeds.add(good)
    await feeds.poller.poll()
    broken = site.feed(
        "/rss/abgeschnitten.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kaputt</titl><item><title>Halb',
    )
    html_page = site.page("/keinfeed.html", article_page(HAUSHALT))
    await feeds.add(broken)
    await feeds.add(html_page)
    feeds.clock.advance(minutes=11)

    summary = await feeds.poller.poll()

    results = _by_url(summary)
    assert "malformed feed XML" in results[broken].error
    assert results[html_page].status == "failed" and results[html_page].error
    assert results[good].status == "not_modified"
    assert len(await feeds.store.articles.list()) == 1


async def test_an_oversized_feed_is_refused_not_truncated(feeds):
    site = feeds.site
    filler = [
        Item(
            HAUSHALT,
            site.url(f"/politik/{i}.html"),
            guid=f"g{i}",
            description="Sehr langer Text. " * 200,
        )
        for i in range(80)
    ]
    big = site.feed("/rss/riesig.xml", rss("Riesig", filler))
    assert len(site.resources["/rss/riesig.xml"].body) > 200_000  # the poller's limit
    await feeds.add(big)

    summary = await feeds.poller.poll()

    assert "larger than the limit" in summary.feeds[0].error
    assert await feeds.store.articles.list() == []


async def test_a_redirected_feed_and_page_are_followed(feeds):
    site = feeds.site
    site.page("/artikel/neu/bruecke.html", article_page(BRUECKE))
    site.redirects[article_path(BRUECKE)] = "/artikel/neu/bruecke.html"
    site.feed(
        "/feeds/politik.rss",
        rss("Politik", [Item(BRUECKE, site.url(article_path(BRUECKE)), guid="tt-1003")]),
    )
    site.redirects["/rss.xml"] = "/feeds/politik.rss"
    await feeds.add(site.url("/rss.xml"))

    summary = await feeds.poller.poll()

    assert [(f.status, f.new) for f in summary.feeds] == [("ok", 1)]
    article = (await feeds.store.articles.list())[0]
    assert article.title == BRUECKE.title
    sentences = " ".join(s.text for s in await feeds.store.articles.sentences(article.id))
    assert "Pfeiler" in sentences


async def test_a_feed_that_moved_for_good_tells_the_admin_its_new_address(feeds):
    """A feed answering 301 was followed silently: the poll said nothing of the move, and the
    day the old address stops redirecting the feed just fails. The poll now names the new
    address and how to follow it there; a page's redirect says nothing (pages move often)."""
    from bot.cli import format_poll

    site = feeds.site
    site.page("/artikel/neu/bruecke.html", article_page(BRUECKE))
    site.redirects[article_path(BRUECKE)] = "/artikel/neu/bruecke.html"
    site.feed(
        "/feeds/politik.rss",
        rss("Politik", [Item(BRUECKE, site.url(article_path(BRUECKE)), guid="tt-1003")]),
    )
    site.redirects["/rss.xml"] = "/feeds/politik.rss"
    stays = _healthy_feed(site)
    await feeds.add(site.url("/rss.xml"))
    await feeds.add(stays)

    summary = await feeds.poller.poll()

    moved = _by_url(summary)[site.url("/rss.xml")]
    assert (moved.status, moved.new, moved.moved_to) == ("ok", 1, site.url("/feeds/politik.rss"))
    assert _by_url(summary)[stays].moved_to is None
    printed = format_poll(summary, "en")
    assert (
        f"  moved permanently to {site.url('/feeds/politik.rss')}: follow it there with "
        f"`lagebild feeds add {site.url('/feeds/politik.rss')}` and "
        f"`lagebild feeds remove {site.url('/rss.xml')}`"
    ) in printed
    assert printed.count("moved permanently") == 1


async def test_non_html_links_are_skipped_with_a_reason_and_not_retried(feeds):
    site = feeds.site
    site.raw("/bilder/pegel", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    url = site.feed(
        "/rss/medien.xml",
        rss(
            "Medien",
            [
                Item(HOCHWASSER, site.url("/dokumente/pegelbericht.pdf"), guid="pdf-1"),
                Item(BRUECKE, site.url("/bilder/pegel"), guid="img-1"),
            ],
        ),
    )
    await feeds.add(url)

    summary = await feeds.poller.poll()

    reasons = {s.file.rsplit("/", 1)[-1]: str(s.reason) for s in summary.feeds[0].skipped}
    assert "PDF" in reasons["pegelbericht.pdf"]
    assert "image/png" in reasons["pegel"]
    assert site.requests_to("/dokumente/pegelbericht.pdf") == []  # judged by the link alone
    assert await feeds.store.articles.list() == []

    site.feed("/rss/medien.xml", site.resources["/rss/medien.xml"].body.decode() + " ")
    feeds.clock.advance(minutes=11)
    again = await feeds.poller.poll()
    assert again.feeds[0].skipped == [] and again.feeds[0].unchanged == 2
    assert len(site.requests_to("/bilder/pegel")) == 1


async def test_a_page_that_cannot_be_fetched_falls_back_to_the_feed_text(feeds):
    site = feeds.site
    site.status[article_path(HAUSHALT)] = 500
    url = site.feed(
        "/rss/politik.xml",
        rss(
            "Politik",
            [
                Item(
                    HAUSHALT,
                    site.url(article_path(HAUSHALT)),
                    guid="tt-1002",
                    description="Kämmerer Paul Winter sagte, die Stadt wolle 48 Millionen Euro "
                    "ausgeben.",
                )
            ],
        ),
    )
    await feeds.add(url)

    summary = await feeds.poller.poll()

    assert [f.new for f in summary.feeds] == [1]
    article = (await feeds.store.articles.list())[0]
    sentences = " ".join(s.text for s in await feeds.store.articles.sentences(article.id))
    assert "48 Millionen Euro" in sentences


async def test_a_paywalled_page_with_less_text_than_the_teaser_keeps_the_teaser(feeds):
    site = feeds.site
    paywall = HAUSHALT.with_text(paragraphs=("Dieser Artikel ist nur für Abonnenten.",))
    site.page(article_path(HAUSHALT), article_page(paywall))
    teaser = (
        "Kämmerer Paul Winter sagte am Donnerstag, die Stadt Talheim wolle im kommenden Jahr "
        "48 Millionen Euro ausgeben."
    )
    url = site.feed(
        "/rss/politik.xml",
        rss(
            "Politik",
            [Item(HAUSHALT, site.url(article_path(HAUSHALT)), guid="tt-1002", description=teaser)],
        ),
    )
    await feeds.add(url)

    await feeds.poller.poll()

    article = (await feeds.store.articles.list())[0]
    sentences = " ".join(s.text for s in await feeds.store.articles.sentences(article.id))
    assert "48 Millionen Euro" in sentences and "Abonnenten" not in sentences


async def test_an_item_without_text_whose_page_is_down_comes_in_at_the_next_poll(feeds):
    """A feed of headlines only (no teaser): when the article page answers 503, the item is not
    lost; the poll says why and the next poll, with the page back, brings the article, even
    though the feed itself has not changed (no 304 then)."""
    site = feeds.site
    path = article_path(HAUSHALT)
    site.page(path, article_page(HAUSHALT))
    site.status[path] = 503
    url = site.feed(
        "/rss/schlagzeilen.xml",
        rss("Schlagzeilen", [Item(HAUSHALT, site.url(path), guid="tt-1002", description=" ")]),
    )
    await feeds.add(url)

    first = await feeds.poller.poll()

    assert [f.new for f in first.feeds] == [0]
    reason = str(first.feeds[0].skipped[0].reason)
    assert "page could not be fetched: HTTP 503" in reason and "next poll" in reason
    assert await feeds.store.articles.list() == []

    del site.status[path]
    feeds.clock.advance(hours=1)
    second = await feeds.poller.poll(due_only=False)

    assert [f.new for f in second.feeds] == [1]
    article = (await feeds.store.articles.list())[0]
    assert article.title == HAUSHALT.title


async def test_an_item_without_text_whose_page_is_gone_is_not_fetched_every_poll(feeds):
    site = feeds.site
    path = article_path(HAUSHALT)  # never served: 404
    url = site.feed(
        "/rss/schlagzeilen.xml",
        rss("Schlagzeilen", [Item(HAUSHALT, site.url(path), guid="tt-1002", description=" ")]),
    )
    await feeds.add(url)

    first = await feeds.poller.poll()
    assert "page could not be fetched: HTTP 404" in str(first.feeds[0].skipped[0].reason)
    feeds.clock.advance(hours=1)
    await feeds.poller.poll(due_only=False)

    assert len(site.requests_to(path)) == 1
