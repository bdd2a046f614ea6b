"""Item identity: the same article behind differently decorated links and GUIDs is one item;
a changed date is no change, a changed text is."""

from __future__ import annotations

import pytest
from newssite import HOCHWASSER, Item, rss

from bot.feeds.parse import FeedParseError, parse_feed
from bot.feeds.urls import FeedUrlError, check_feed_url, normalize_url, same_article_urls

BASE = "https://www.taler-tageblatt.example/politik/hochwasser.html"


@pytest.mark.parametrize(
    "decorated",
    [
        BASE + "?utm_source=rss&utm_medium=feed&utm_campaign=politik",
        BASE + "#xtor=RSS-3",
        BASE + "?wt_mc=rss.ressort.politik&fbclid=abc#ref=rss",
        "HTTPS://WWW.Taler-Tageblatt.example:443/politik/hochwasser.html",
    ],
)
def test_tracking_parameters_fragments_and_case_do_not_change_a_link(decorated):
    assert normalize_url(decorated) == BASE


def test_meaningful_query_parameters_stay_sorted():
    assert normalize_url("http://x.example/a?seite=2&id=7&utm_term=z") == (
        "http://x.example/a?id=7&seite=2"
    )


def test_an_article_url_is_looked_up_with_and_without_its_trailing_slash():
    assert same_article_urls("https://Kreisbote.example/lokal/faehre/?utm_source=x#k") == (
        "https://kreisbote.example/lokal/faehre/",
        "https://kreisbote.example/lokal/faehre",
    )
    assert same_article_urls("http://kreisbote.example/lokal/faehre?seite=2") == (
        "http://kreisbote.example/lokal/faehre?seite=2",
        "http://kreisbote.example/lokal/faehre/?seite=2",
    )
    assert same_article_urls("https://kreisbote.example") == ("https://kreisbote.example/",)
    assert same_article_urls("urn:uuid:42#x") == ("urn:uuid:42",)


def _one(items):
    feed = parse_feed(rss("Politik", items).encode(), "http://127.0.0.1/rss.xml")
    (item,) = feed.items
    return item


def test_a_guid_fragment_and_a_new_date_keep_the_item_and_its_hash():
    first = _one([Item(HOCHWASSER, BASE, guid="urn:tt:1001")])
    redated = _one(
        [
            Item(
                HOCHWASSER,
                BASE + "?utm_source=x",
                guid="urn:tt:1001#v2",
                pub=HOCHWASSER.published.replace(day=29),
            )
        ]
    )
    assert (redated.key, redated.link, redated.content_hash) == (
        first.key,
        first.link,
        first.content_hash,
    )
    assert redated.published != first.published


def test_an_edited_text_changes_the_hash_but_not_the_key():
    first = _one([Item(HOCHWASSER, BASE, guid="urn:tt:1001")])
    edited = _one([Item(HOCHWASSER, BASE, guid="urn:tt:1001", description="Neue Lage.")])
    assert edited.key == first.key and edited.content_hash != first.content_hash


def test_without_a_guid_the_normalised_link_is_the_identity():
    plain = _one([Item(HOCHWASSER, BASE)])
    tracked = _one([Item(HOCHWASSER, BASE + "?utm_source=rss#xtor=RSS-3")])
    assert plain.key == tracked.key == "link:" + BASE


@pytest.mark.parametrize(
    "body",
    [b"<html><body>Keine Nachrichten</body></html>", b"\x00\x01\x02", b'<?xml version="1.0"?><rss'],
)
def test_what_is_not_a_feed_is_refused(body):
    with pytest.raises(FeedParseError):
        parse_feed(body, "http://127.0.0.1/x")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("javascript:alert(1)", "not_http"),
        ("https://", "no_host"),
        ("https://user:geheim@example.org/rss", "password"),
        ("https://example.org/a b", "bad_chars"),
        ("  ", "empty"),
    ],
)
def test_feed_urls_an_admin_types_are_checked(url, code):
    with pytest.raises(FeedUrlError) as err:
        check_feed_url(url)
    assert err.value.code == code


def test_the_publication_date_is_the_one_the_feed_wrote_not_utc():
    from datetime import datetime, timedelta, timezone

    berlin = timezone(timedelta(hours=1))
    just_after_midnight = datetime(2026, 11, 24, 0, 30, tzinfo=berlin)  # 23:30 UTC the day before
    item = _one([Item(HOCHWASSER, BASE, guid="urn:tt:1", pub=just_after_midnight)])
    assert str(item.published) == "2026-11-24"
