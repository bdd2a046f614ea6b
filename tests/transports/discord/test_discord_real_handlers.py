"""Slash commands end to end through the real handlers and a real SQLite store: the wiring the
composition root does (handlers.dispatch + handlers.autocomplete), seen from Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from discord_fakes import MANAGE_GUILD, autocomplete_json, command_json, make_config

from bot.store import Store
from handlers.autocomplete import complete as complete_option
from handlers.dispatch import dispatch as dispatch_request
from handlers.registry import build_handlers
from handlers.types import Reply, Request, Services

CALLBACK_MESSAGE, CALLBACK_DEFERRED, CALLBACK_AUTOCOMPLETE = 4, 5, 8


@pytest.fixture
async def services(tmp_path: Path, sample_extractions) -> AsyncIterator[Services]:
    store = await Store.open(tmp_path / "discord.db")
    await store.corpus.apply(sample_extractions, [], [], [])
    try:
        yield Services(config=make_config(), store=store)
    finally:
        await store.close()


@pytest.fixture
async def harness(make_harness, services: Services):
    handlers = build_handlers()

    async def dispatch(request: Request) -> Reply:
        return await dispatch_request(request, services, handlers)

    async def complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        return await complete_option(kind, prefix, services, locale)

    return await make_harness(dispatch, complete, config=services.config, services=services)


async def test_who_said_answers_with_quotes_and_sources(harness):
    calls = await harness.send(command_json("who_said", {"speaker": "Kirby"}))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    embed = calls[-1].embeds[0]
    assert "Kirby" in embed["title"]
    text = embed.get("description", "") + "".join(f["value"] for f in embed.get("fields", []))
    assert "Wladiwostok" in text and "Tagesschau" in text


async def test_speaker_autocomplete_comes_from_the_store(harness):
    calls = await harness.send(autocomplete_json("who_said", "speaker", "Kir"))
    assert calls[0].callback_type == CALLBACK_AUTOCOMPLETE
    names = [c["name"] for c in calls[0].payload["data"]["choices"]]
    assert any("John Kirby" in n for n in names) and len(names) <= 25


async def test_sources_in_english_for_an_english_client(harness):
    calls = await harness.send(command_json("sources", locale="en-US"))
    assert calls[0].callback_type == CALLBACK_MESSAGE
    embed = calls[0].embeds[0]
    assert "Nordkoreanische Soldaten in Russland eingetroffen" in embed["description"]
    assert embed["fields"][-1]["name"] == "Sources"
    assert "unknown outlet, undated" in embed["fields"][-1]["value"]


async def test_article_by_number(harness):
    calls = await harness.send(command_json("article", {"id": 1}))
    embed = calls[-1].embeds[0]
    assert "Nordkoreanische Soldaten in Russland eingetroffen" in embed["title"]
    assert "Tagesschau, 24.10.2024" in str(embed)


async def test_reload_without_rights_never_reaches_the_handler(harness):
    calls = await harness.send(command_json("reload"))
    assert len(calls) == 1 and calls[0].ephemeral
    assert "Administratoren" in calls[0].embeds[0]["description"]
    # With Manage Server the request gets through (no reloader is wired in this test, so the
    # handler answers with its own message instead of crashing).
    calls = await harness.send(command_json("reload", permissions=MANAGE_GUILD))
    assert calls[0].callback_type == CALLBACK_DEFERRED and calls[-1].embeds


async def test_curate_by_a_bot_admin_shows_in_the_next_answer(harness):
    from discord_fakes import CONFIG_ADMIN_ID

    refused = await harness.send(command_json("curate", {"action": "hide", "speaker": "Kirby"}))
    assert refused[0].ephemeral
    calls = await harness.send(
        command_json("curate", {"action": "hide", "speaker": "Kirby"}, user_id=CONFIG_ADMIN_ID)
    )
    assert "ausgeblendet" in str(calls[-1].embeds[0])
    after = await harness.send(command_json("who_said", {"speaker": "Kirby"}))
    assert "kenne ich nicht" in str(after[-1].embeds[0])


async def test_watch_in_a_thread_is_kept_for_that_thread(harness, services):
    from discord_fakes import CHANNEL_ID, GUILD_ID, MANAGE_CHANNELS

    thread_id = 3000000000000000777
    payload = command_json("watch", {"speaker": "Kirby"}, permissions=MANAGE_CHANNELS)
    payload["channel_id"] = str(thread_id)
    payload["channel"] = {
        "id": str(thread_id), "type": 11, "guild_id": str(GUILD_ID), "name": "faden",
        "parent_id": str(CHANNEL_ID), "owner_id": "1", "message_count": 0, "member_count": 1,
        "rate_limit_per_user": 0, "thread_metadata": {
            "archived": False, "auto_archive_duration": 1440, "locked": False,
            "archive_timestamp": "2024-01-01T00:00:00+00:00"},
    }  # fmt: skip
    calls = await harness.send(payload)
    assert "John Kirby" in str(calls[-1].embeds[0])
    watches = await services.store.watches.for_channel("discord", str(thread_id))
    assert [w.target for w in watches] == ["John Kirby"]
    assert await services.store.watches.for_channel("discord", str(CHANNEL_ID)) == []
