"""A feed is content from outside: its links must not make the bot fetch loopback, intranet or
cloud-metadata addresses and publish the answer in the corpus (/search, /article show it to
everyone). Only the hosts of the feeds an admin added may be private (an intranet feed and its
own pages). The news site runs on 127.0.0.1; "localhost" reaches the same server under a host
name no feed uses, as an attacker's link or DNS name would."""

from __future__ import annotations

import pytest
from newssite import BRUECKE, HAUSHALT, HOCHWASSER, Item, article_page, article_path, rss

from bot.feeds.fetch import is_public_address

SECRET = "Interne Notiz: das Admin-Passwort lautet Sommer2026"


def _secret_page() -> str:
    filler = " ".join(["Dies ist ein interner Bericht der Verwaltung mit vielen Einzelheiten."] * 8)
    return f"<html><head><title>Intern</title></head><body><article><h1>Intern</h1><p>{SECRET}. {filler}</p></article></body></html>"


async def _all_text(store) -> str:
    texts = []
    for article in await store.articles.list():
        texts += [s.text for s in await store.articles.sentences(article.id)]
    return " ".join(texts)


async def test_feed_links_to_private_addresses_of_other_hosts_are_not_fetched(feeds):
    site = feeds.site
    port = site.server.port
    site.page("/intern/notiz.html", _secret_page())
    site.redirects["/politik/umleitung.html"] = f"http://localhost:{port}/intern/notiz.html"
    site.page(article_path(BRUECKE), article_page(BRUECKE))
    inside = f"http://localhost:{port}/intern/notiz.html"
    url = site.feed(
        "/rss/politik.xml",
        rss(
            "Politik",
            [
                Item(HOCHWASSER, inside, guid="a"),  # a link straight to another host
                Item(HAUSHALT, site.url("/politik/umleitung.html"), guid="b"),  # a redirect
                Item(BRUECKE, site.url(article_path(BRUECKE)), guid="c"),  # the feed's own host
            ],
        ),
    )
    await feeds.add(url)

    summary = await feeds.poller.poll()

    assert [f.status for f in summary.feeds] == ["ok"]
    assert site.requests_to("/intern/notiz.html") == []  # never asked for
    assert len(site.requests_to("/politik/umleitung.html")) == 1
    text = await _all_text(feeds.store)
    assert "Admin-Passwort" not in text
    # The refused items keep the feed's own text; the feed host's page is read as before.
    assert HOCHWASSER.teaser in text and HAUSHALT.teaser in text
    assert "Gutachter haben Schäden an einem Pfeiler festgestellt" in text


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2a00:1450:4001:80b::200e", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("::1", False),
        ("fe80::1%eth0", False),
        ("::ffff:127.0.0.1", False),  # IPv4 inside IPv6
        ("fd00::1", False),
        ("0.0.0.0", False),
        ("not-an-address", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public
