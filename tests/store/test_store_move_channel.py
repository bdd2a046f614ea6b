"""Moving a channel's subscriptions and watches to another channel id (a Matrix room upgrade):
progress and what was seen travel along; what the new channel already has is not doubled."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.store import Store

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
OLD, NEW = "!alt:example.org", "!neu:example.org"


async def test_subscriptions_and_watches_move_without_duplicates(store_url: str) -> None:
    store = await Store.open(store_url)
    try:
        subs, watches = store.subscriptions, store.watches
        morning = await subs.upsert("matrix", OLD, "07:30", "Europe/Berlin", "@a:x", now=NOW)
        await subs.upsert("matrix", OLD, "18:00", "UTC", "@a:x", now=NOW)
        await subs.upsert("matrix", NEW, "18:00", "Europe/Wien", "@b:x", now=NOW)
        kirby, _ = await watches.add(
            "matrix", OLD, "speaker", "Kirby", "kirby", "@a:x", NOW, {"q1"}
        )
        await watches.add("matrix", OLD, "figure", "Tote", "tote", "@a:x", NOW)
        await watches.add("matrix", NEW, "figure", "Tote", "tote", "@b:x", NOW)
        await subs.upsert("discord", OLD, "07:30", "UTC", "discord:1", now=NOW)

        assert await subs.move_channel("matrix", OLD, NEW) == 1
        assert await watches.move_channel("matrix", OLD, NEW) == 1

        moved = {(s.time, s.timezone) for s in await subs.in_channel("matrix", NEW)}
        assert moved == {("07:30", "Europe/Berlin"), ("18:00", "Europe/Wien")}
        assert (await subs.get(morning.id)).channel_id == NEW  # type: ignore[union-attr]
        assert [s.time for s in await subs.in_channel("matrix", OLD)] == ["18:00"]
        assert await subs.in_channel("discord", OLD)  # another transport's channel stays
        assert {w.target for w in await watches.for_channel("matrix", NEW)} == {"Kirby", "Tote"}
        assert await watches.seen(kirby.id) == {"q1"}
    finally:
        await store.close()
