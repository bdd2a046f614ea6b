"""/feed add|remove and /feeds through the real dispatcher, as the chat transports run them."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace

from newssite import HOCHWASSER, Item, article_page, article_path, rss

from bot.config import AdminsConfig, Config
from bot.feeds.poller import FeedPoller
from bot.render.text import render_text
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Request, Services, UserRef

OPS = UserRef("@ops:example.org", "Ops")
MEMBER = UserRef("@gast:example.org", "Gast")
ROOM = ChannelRef("matrix", "!raum:example.org")


def _services(feeds, poller: FeedPoller | None = None) -> Services:
    config = replace(Config(), admins=AdminsConfig(users=("@ops:example.org",)))
    return Services(config=config, store=feeds.store, clock=feeds.clock, feeds=poller)


async def _say(
    feeds,
    line: str,
    user: UserRef = OPS,
    locale: str = "de",
    poller: FeedPoller | None = None,
) -> str:
    command, args = parse_command_line(line)
    req = Request(command, args, user, ROOM, locale=locale)  # type: ignore[arg-type]
    return render_text(await dispatch(req, _services(feeds, poller), build_handlers()), locale)


async def test_feed_add_promises_a_fetch_only_where_a_poller_runs(feeds):
    """`lagebild ask "/feed add URL"` (or `lagebild chat`) runs no poll loop: the reply said
    "fetched within a minute", and nothing was fetched. Without a running loop it says how the
    feed gets fetched; in the running bot it still promises the fetch."""
    url = feeds.site.feed("/rss/streik.xml", rss("Streik", []))
    one_off = await _say(feeds, f"/feed add {url} Streik", poller=feeds.poller)
    assert "Feed eingetragen: Streik" in one_off
    assert "innerhalb einer Minute" not in one_off and "lagebild feeds poll" in one_off
    again = await _say(feeds, f"/feed add {url}", locale="en")  # no poller at all
    assert "already there" in again and "fetched shortly" not in again
    assert "lagebild feeds poll" in again

    loop = asyncio.create_task(feeds.poller.run_forever())
    try:
        await asyncio.sleep(0)  # the loop starts
        running = await _say(feeds, f"/feed add {url}", poller=feeds.poller)
        assert "wird gleich abgerufen" in running and "lagebild feeds poll" not in running
    finally:
        loop.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await loop
    assert "lagebild feeds poll" in await _say(feeds, f"/feed add {url}", poller=feeds.poller)


async def test_an_admin_adds_a_feed_sees_its_state_and_removes_it(feeds):
    site = feeds.site
    site.page(article_path(HOCHWASSER), article_page(HOCHWASSER))
    url = site.feed(
        "/rss/politik.xml",
        rss(
            "Taler Tageblatt – Politik",
            [Item(HOCHWASSER, site.url(article_path(HOCHWASSER)), guid="tt-1001")],
        ),
    )

    added = await _say(feeds, f"/feed add {url} Tageblatt")
    assert "Feed eingetragen: Tageblatt" in added
    listed = await _say(feeds, "/feeds")
    assert "Tageblatt (ohne Titel)" in listed and "aktiv" in listed
    assert "Zuletzt abgerufen: noch nie" in listed

    await feeds.poller.poll()
    listed = await _say(feeds, "/feeds")
    assert "Tageblatt (Taler Tageblatt – Politik)" in listed
    assert "Zuletzt abgerufen: 30.11.2026 09:00" in listed  # 08:00 UTC in Europe/Berlin
    assert "letzter neuer Artikel: 30.11.2026 09:00" in listed
    assert "Fehler in Folge: 0" in listed and "nächster Abruf: 30.11.2026 09:10" in listed

    removed = await _say(feeds, f"/feed remove {url}")
    assert "Feed entfernt" in removed and "bleiben im Korpus" in removed
    assert await feeds.store.feeds.list() == []
    assert len(await feeds.store.articles.list()) == 1


async def test_feeds_shows_failures_backoff_and_the_last_error_in_english(feeds):
    site = feeds.site
    url = site.feed("/rss/kaputt.xml", rss("Kaputt", []))
    site.status["/rss/kaputt.xml"] = 502
    await _say(feeds, f"/feed add {url}")
    await feeds.poller.poll()

    listed = await _say(feeds, "/feeds", locale="en")

    assert "backing off after failures" in listed
    assert "failures in a row: 1" in listed and "next fetch: 30.11.2026 09:20" not in listed
    assert "next fetch: 2026-11-30 09:20" in listed
    assert "Last error: the server answered HTTP 502" in listed


async def test_feeds_says_the_last_error_in_german(feeds):
    """A German admin reads why a feed fails in German (the detail from the XML parser or the
    network stays as it is), not the poller's English log text."""
    site = feeds.site
    broken = site.feed("/rss/abgeschnitten.xml", '<?xml version="1.0"?><rss><channel><title>Ab')
    missing = site.feed("/rss/weg.xml", rss("Weg", []))
    site.status["/rss/weg.xml"] = 404
    await _say(feeds, f"/feed add {broken} Abgeschnitten")
    await _say(feeds, f"/feed add {missing} Weg")
    await feeds.poller.poll()

    listed = await _say(feeds, "/feeds")

    assert "Letzter Fehler: fehlerhaftes Feed-XML in Zeile 1 (no element found)" in listed
    assert "Letzter Fehler: der Server antwortete mit HTTP 404" in listed
    assert "malformed feed XML" not in listed
    # unnamed and untitled: headed by its address, not "ohne Titel" twice
    await _say(feeds, f"/feed remove {missing}")
    await _say(feeds, f"/feed add {missing}")
    listed = await _say(feeds, "/feeds")
    assert f"\n{missing}\n" + "-" * len(missing) in listed
    assert "ohne Titel\n" not in listed


async def test_members_may_not_manage_feeds(feeds):
    for line in ("/feed add https://example.org/rss.xml", "/feeds"):
        answer = await _say(feeds, line, user=MEMBER)
        assert "nur die Bot-Administratoren" in answer
    assert await feeds.store.feeds.list() == []


async def test_bad_input_gets_a_clear_message_and_changes_nothing(feeds):
    answer = await _say(feeds, "/feed add javascript:alert(1)")
    assert "„javascript:alert(1)“ kann ich nicht als Feed abonnieren" in answer
    assert "das ist keine http(s)-Adresse" in answer
    answer = await _say(feeds, "/feed abonnieren https://example.org/rss.xml")
    assert "add (hinzufügen) oder remove (entfernen)" in answer
    assert "Aufruf: !lagebild feed add URL" in answer  # asked in a Matrix room
    answer = await _say(feeds, "/feed remove https://example.org/unbekannt.xml")
    assert "Einen Feed https://example.org/unbekannt.xml gibt es nicht" in answer
    assert await feeds.store.feeds.list() == []


async def test_adding_a_disabled_feed_again_revives_it(feeds):
    url = feeds.site.feed("/rss/a.xml", rss("A", []))
    feed = await feeds.add(url)
    await feeds.store.feeds.record_failure(feed.id, feeds.clock(), "HTTP 500", 3, "disabled", None)

    answer = await _say(feeds, f"/feed hinzufügen {url}")

    assert "wieder aktiv" in answer
    assert (await feeds.store.feeds.get(url)).state == "active"


async def test_feeds_says_who_added_each_feed_once_qualified(feeds):
    config = replace(Config(), admins=AdminsConfig(users=("@ops:example.org", "discord:11")))
    services = Services(config=config, store=feeds.store, clock=feeds.clock)
    discord_admin = UserRef("discord:11", "Anna")
    channel = ChannelRef("discord", "42", guild_id="7")
    for user, where, path in ((OPS, ROOM, "/a.xml"), (discord_admin, channel, "/b.xml")):
        req = Request("feed", {"action": "add", "url": feeds.site.url(path)}, user, where)
        await dispatch(req, services, build_handlers())
    req = Request("feeds", {}, OPS, ROOM)
    listed = render_text(await dispatch(req, services, build_handlers()), "de")
    assert "Hinzugefügt von matrix:@ops:example.org am 30.11.2026 09:00" in listed
    assert "Hinzugefügt von discord:11 am 30.11.2026 09:00" in listed
    assert "discord:discord" not in listed
