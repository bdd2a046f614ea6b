"""A feed whose server answers 410 Gone was removed for good: it stops at once (no backoff
retries), the admins hear of it, and `feeds list` and /feeds show it as gone. `feeds list`
shows its times in the bot's zone, as /feeds does."""

from __future__ import annotations

from dataclasses import replace

from test_feed_commands import _say

from bot.cli import format_feed
from bot.config import Config


async def test_a_410_feed_is_stopped_at_once_and_shown_as_gone(feeds):
    site = feeds.site
    url = site.feed("/rss/eingestellt.xml", "")
    site.status["/rss/eingestellt.xml"] = 410
    await feeds.add(url, "Eingestellt")

    summary = await feeds.poller.poll()
    assert summary.failed and summary.feeds[0].disabled
    state = await feeds.store.feeds.get(url)
    assert (state.state, state.failures, state.next_fetch) == ("disabled", 1, None)
    assert [f.url for f, _ in feeds.disabled] == [url]

    # not hammered: a day later, even a poll of every feed does not ask again
    feeds.clock.advance(days=1)
    asked = len(site.requests_to("/rss/eingestellt.xml"))
    await feeds.poller.poll(due_only=False)
    assert len(site.requests_to("/rss/eingestellt.xml")) == asked == 1

    listed = format_feed(state, "Europe/Berlin", "en")
    assert listed.startswith("Eingestellt [gone]")
    assert "410" in listed
    assert "entfernt" in await _say(feeds, "/feeds")
    assert "gone" in await _say(feeds, "/feeds", locale="en")


async def test_a_404_still_backs_off_and_is_not_gone(feeds):
    site = feeds.site
    url = site.feed("/rss/weg.xml", "")
    site.status["/rss/weg.xml"] = 404
    await feeds.add(url)
    await feeds.poller.poll()
    state = await feeds.store.feeds.get(url)
    assert state.state == "backing_off" and state.next_fetch is not None
    assert "[backing off]" in format_feed(state, "Europe/Berlin", "en")


async def test_feeds_list_shows_berlin_time_like_feeds(feeds):
    feed = await feeds.add("https://example.org/rss.xml")  # added at 08:00 UTC, due now
    listed = format_feed(feed, Config().digest.timezone, "de")
    assert "30.11.2026 09:00 MEZ" in listed  # next fetch: 08:00 UTC is 09:00 in Berlin
    assert "UTC" not in listed
    summer = replace(feed, next_fetch=feed.next_fetch.replace(month=7, day=1))
    assert "01.07.2026 10:00 MESZ" in format_feed(summer, "Europe/Berlin", "de")


async def test_feeds_list_is_in_one_language(feeds):
    """`lagebild feeds list` printed English labels ("last fetch:", "[active]", "never") around
    German dates ("30.11.2026 09:00 MEZ"); German by default, English on request."""
    feed = await feeds.add("https://example.org/rss.xml")
    german = format_feed(feed, "Europe/Berlin", "de")
    assert german.startswith(f"{feed.label} [aktiv]")
    assert "nächster Abruf:" in german and "30.11.2026 09:00 MEZ" in german
    assert "zuletzt abgerufen:     noch nie" in german
    for english in ("last fetch", "next fetch", "never", "[active]", "url:"):
        assert english not in german
    english = format_feed(feed, "Europe/Berlin", "en")
    assert "next fetch:        2026-11-30 09:00 CET" in english and "[active]" in english
    assert "MEZ" not in english and "noch nie" not in english
