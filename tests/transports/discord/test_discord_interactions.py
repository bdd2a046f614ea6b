"""Slash commands through discord.py's real CommandTree: what a Discord user would see."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date

from discord_fakes import (
    ADMIN_ROLE_ID,
    ADMINISTRATOR,
    CHANNEL_ID,
    CONFIG_ADMIN_ID,
    GUILD_ID,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    OTHER_CHANNEL_ID,
    OTHER_GUILD_ID,
    OTHER_USER_ID,
    OWNER_ID,
    USER_ID,
    application_json,
    autocomplete_json,
    button_json,
    command_json,
    team_member_json,
)

from handlers.types import Attachment, Block, Field, Provenance, Reply, Request, UserError

CALLBACK_MESSAGE, CALLBACK_DEFERRED, CALLBACK_UPDATE, CALLBACK_AUTOCOMPLETE = 4, 5, 7, 8


class Recorder:
    """A dispatch that answers with a fixed Reply and remembers the Requests."""

    def __init__(
        self, reply: Reply | None = None, delay: float = 0.0, error: Exception | None = None
    ) -> None:
        self.reply = reply or Reply(title="Antwort", blocks=[Block("kurz")])
        self.delay = delay
        self.error = error
        self.requests: list[Request] = []
        self.calls_seen_at_entry: list[int] = []
        self.adapter_calls: list[object] | None = None

    async def __call__(self, request: Request) -> Reply:
        self.requests.append(request)
        if self.adapter_calls is not None:
            self.calls_seen_at_entry.append(len(self.adapter_calls))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.error:
            raise self.error
        return self.reply


def huge_reply() -> Reply:
    blocks = [
        Block(f"B{i:03d} " + ("Wort " * 170).strip(), heading=f"Abschnitt {i}") for i in range(120)
    ]
    blocks.append(Block("X" * 5000))  # one block larger than any page: split, not dropped
    fields = [Field(f"Feld {i} " + "n" * 300, "v" * 2500) for i in range(40)]
    prov = [Provenance(i, "T" * 400, "Outlet", date(2024, 10, 5), "Satz " * 200) for i in range(60)]
    return Reply(title="Ü" * 400, blocks=blocks, fields=fields, provenance=prov, footer="F" * 3000)


def assert_within_limits(embed: dict) -> None:
    total = 0
    assert len(embed.get("title", "")) <= 256
    assert len(embed.get("description", "") or "") <= 4096
    fields = embed.get("fields", [])
    assert len(fields) <= 25
    for f in fields:
        assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
        total += len(f["name"]) + len(f["value"])
    footer = embed.get("footer", {}).get("text", "")
    assert len(footer) <= 2048
    total += len(embed.get("title", "")) + len(embed.get("description", "") or "") + len(footer)
    assert total <= 6000


async def test_slow_command_is_deferred_before_the_handler_runs(make_harness):
    rec = Recorder(delay=0.5)
    h = await make_harness(rec)
    rec.adapter_calls = h.adapter.calls
    calls = await h.send(command_json("search", {"text": "Kirby"}))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    assert calls[0].at - h.sent_at < 0.4  # before the 0.5 s handler ends: far inside Discord's 3 s
    assert rec.calls_seen_at_entry == [1]  # the defer went out before dispatch was awaited
    followup = calls[-1]
    assert not followup.is_callback and followup.embeds[0]["title"] == "Antwort"
    assert rec.requests[0].args == {"text": "Kirby"}


async def test_fast_command_answers_in_one_step(make_harness):
    h = await make_harness(Recorder())
    calls = await h.send(command_json("status"))
    assert [c.callback_type for c in calls] == [CALLBACK_MESSAGE]
    assert calls[0].embeds[0]["description"] == "kurz"


async def test_fast_command_that_turns_slow_is_deferred_within_the_deadline(make_harness):
    h = await make_harness(Recorder(delay=1.0), defer_after=0.05)
    calls = await h.send(command_json("sources"))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    assert calls[0].at - h.sent_at < 0.8  # while the 1 s handler still runs
    assert calls[1].embeds[0]["title"] == "Antwort"
    assert calls[1].at - calls[0].at > 0.2  # answered after the defer, not instead of it


async def test_request_carries_typed_options_user_channel_and_locale(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    await h.send(command_json("article", {"id": 3}, locale="en-US"))
    await h.send(command_json("figures", {"subject": "Soldaten", "chart": True}, locale="de"))
    await h.send(command_json("speakers", locale="fr"))  # other locales: config bot.locale
    a, f, s = rec.requests
    assert a.command == "article" and a.args == {"id": "3"} and a.locale == "en"
    assert f.args == {"subject": "Soldaten", "chart": "true"} and f.locale == "de"
    assert s.locale == "de"
    assert a.user.id == f"discord:{USER_ID}" and a.user.name == "Alice" and not a.user.bot_admin
    assert a.channel.transport == "discord" and a.channel.id == str(CHANNEL_ID)
    assert a.channel.guild_id == str(GUILD_ID) and a.channel.name == "lage"
    assert a.received_at is not None and a.received_at.tzinfo is not None


async def test_huge_reply_is_paginated_within_every_discord_limit(make_harness):
    from bot.transports.discord.embeds import render_pages

    reply = huge_reply()
    pages = [p.to_dict() for p in render_pages(reply, "de")]
    assert len(pages) > 10
    for page in pages:
        assert_within_limits(page)
    text = "\n".join(
        (p.get("description") or "") + "".join(f["value"] for f in p.get("fields", []))
        for p in pages
    )
    for i in range(120):  # nothing silently dropped
        assert f"B{i:03d}" in text
    assert text.count("X") >= 5000
    assert sum(len(p.get("fields", [])) for p in pages) >= 40 * 3  # 2500-char values continue
    assert pages[0]["footer"]["text"].endswith(f"Seite 1/{len(pages)}")

    h = await make_harness(Recorder(reply))
    calls = await h.send(command_json("search", {"text": "x"}))
    sent = calls[-1]
    assert len(sent.embeds) == 1
    assert_within_limits(sent.embeds[0])
    buttons = sent.data["components"][0]["components"]
    assert [b.get("label") for b in buttons] == ["◀", f"1/{len(pages)}", "▶"]


def _page_title(call) -> str:
    return call.embeds[0]["footer"]["text"]


async def test_only_the_invoker_can_turn_pages(make_harness):
    reply = Reply(title="Viel", blocks=[Block(f"Absatz {i} " + "x" * 800) for i in range(12)])
    h = await make_harness(Recorder(reply))
    sent = (await h.send(command_json("speakers")))[-1]
    assert sent.callback_type == CALLBACK_MESSAGE
    message_id = sent.response["interaction"]["response_message_id"]
    prev_id, _, next_id = (b["custom_id"] for b in sent.data["components"][0]["components"])
    assert _page_title(sent).startswith("Seite 1/")

    other = await h.send(button_json(message_id, next_id, user_id=OTHER_USER_ID, locale="en-GB"))
    assert len(other) == 1 and other[0].callback_type == CALLBACK_MESSAGE and other[0].ephemeral
    assert "Only the person who ran the command" in other[0].data["content"]

    turned = await h.send(button_json(message_id, next_id))
    assert turned[0].callback_type == CALLBACK_UPDATE
    assert _page_title(turned[0]).startswith("Seite 2/")
    assert "Absatz" in turned[0].embeds[0]["description"]
    back = await h.send(button_json(message_id, prev_id))
    assert _page_title(back[0]).startswith("Seite 1/")
    buttons = back[0].data["components"][0]["components"]
    assert buttons[0]["disabled"] is True and buttons[2]["disabled"] is False


async def test_page_buttons_are_disabled_on_timeout(make_harness):
    reply = Reply(title="Viel", blocks=[Block("y" * 900) for _ in range(8)])
    h = await make_harness(Recorder(reply), page_timeout=0.1)
    await h.send(command_json("sources"))
    await asyncio.sleep(0.35)
    edit = h.adapter.calls[-1]
    assert edit.method == "PATCH" and edit.url.endswith("/messages/@original")
    assert all(b["disabled"] for b in edit.payload["components"][0]["components"])


async def test_user_errors_are_private_and_in_the_users_language(make_harness):
    h = await make_harness(Recorder(error=UserError("common.not_admin")))
    calls = await h.send(command_json("status", locale="en-US"))
    assert calls[-1].ephemeral
    assert calls[-1].embeds[0]["description"] == (
        "Only the bot's administrators (named in its configuration) may use this command; "
        "managing a channel or room is not enough."
    )

    # Slow command: the public "thinking" placeholder is removed so the answer can be private.
    calls = await h.send(command_json("search", {"text": "x"}))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    assert calls[1].method == "DELETE" and calls[1].url.endswith("/messages/@original")
    assert calls[2].ephemeral and "Administratoren" in calls[2].embeds[0]["description"]


async def test_unexpected_errors_show_a_reference_never_a_traceback(make_harness, caplog):
    h = await make_harness(Recorder(error=RuntimeError("database exploded at /secret/path")))
    with caplog.at_level(logging.ERROR):
        calls = await h.send(command_json("status"))
    text = calls[-1].embeds[0]["description"]
    assert calls[-1].ephemeral
    ref = re.search(r"Referenz: ([0-9a-f]{8})", text).group(1)
    assert "Traceback" not in text and "exploded" not in text
    logged = [r for r in caplog.records if ref in r.getMessage()]
    assert logged and logged[0].exc_info is not None


async def test_ephemeral_replies_stay_private(make_harness):
    h = await make_harness(Recorder(Reply(title="Nur für dich", ephemeral=True), delay=0.01))
    fast = await h.send(command_json("subscriptions", permissions=MANAGE_CHANNELS))
    assert fast[-1].ephemeral
    slow = await h.send(command_json("digest"))
    assert [c.method for c in slow][:2] == ["POST", "DELETE"] and slow[-1].ephemeral


async def test_reload_is_refused_to_members_without_rights(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    calls = await h.send(command_json("reload", permissions=0))
    assert rec.requests == []
    assert len(calls) == 1 and calls[0].ephemeral
    assert calls[0].embeds[0]["description"] == (
        "Diesen Befehl dürfen nur die Bot-Administratoren (in der Konfiguration des Bots "
        "eingetragen); wer einen Kanal oder Raum verwaltet, darf ihn nicht."
    )


async def test_reload_is_refused_to_guild_admins_anywhere_and_to_dm_owners(make_harness):
    """Manage Server, Administrator or an admin role are rights in one guild; /reload acts on
    the whole bot. The owner of another server, this server's admins and the user of a DM are
    all refused before the command runs."""
    rec = Recorder()
    h = await make_harness(rec)
    other_guild_owner = dict(
        user_id=OTHER_USER_ID,
        permissions=ADMINISTRATOR | MANAGE_GUILD,
        guild_id=OTHER_GUILD_ID,
        channel_id=OTHER_CHANNEL_ID,
    )
    for kw in (
        other_guild_owner,
        {"permissions": MANAGE_GUILD | ADMINISTRATOR},
        {"roles": (ADMIN_ROLE_ID,)},
        {"guild": False},
    ):
        calls = await h.send(command_json("reload", **kw))
        assert len(calls) == 1 and calls[0].ephemeral, kw
        assert calls[0].embeds[0]["description"] == (
            "Diesen Befehl dürfen nur die Bot-Administratoren (in der Konfiguration des Bots "
            "eingetragen); wer einen Kanal oder Raum verwaltet, darf ihn nicht."
        )
    assert rec.requests == []


async def test_reload_runs_for_configured_admins_and_the_application_owner(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    await h.send(command_json("reload", user_id=CONFIG_ADMIN_ID))  # [discord] admin_user_ids
    await h.send(command_json("reload", user_id=OWNER_ID, guild=False))  # owner, in a DM
    assert [r.user.id for r in rec.requests] == [
        f"discord:{CONFIG_ADMIN_ID}",
        f"discord:{OWNER_ID}",
    ]
    # The transport vouches for the owner; configured admins are found by Services.
    assert [r.user.bot_admin for r in rec.requests] == [False, True]


async def test_a_team_applications_admins_and_developers_are_bot_admins(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    developer, read_only, invited = 4000000000000000071, 4000000000000000072, 4000000000000000073
    h.http.application = application_json(
        team=[
            team_member_json(OWNER_ID, "admin"),
            team_member_json(developer, "developer"),
            team_member_json(read_only, "read_only"),
            team_member_json(invited, "developer", state=1),
        ]
    )
    for user in (developer, read_only, invited):
        await h.send(command_json("reload", user_id=user))
    assert [r.user.id for r in rec.requests] == [f"discord:{developer}"]


async def test_the_owner_lookup_is_cached(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    for _ in range(3):
        await h.send(command_json("reload", user_id=OWNER_ID))
    lookups = [c for c in h.http.calls if c[1].endswith("/oauth2/applications/@me")]
    assert len(rec.requests) == 3 and len(lookups) == 1


async def test_subscribing_needs_a_channel_admin_of_this_guild(make_harness):
    rec = Recorder()
    h = await make_harness(rec)
    refused = await h.send(command_json("subscribe", {"time": "07:30"}))
    assert rec.requests == [] and refused[0].ephemeral
    assert "Server verwalten" in refused[0].embeds[0]["description"]
    # Manage Channels is not enough: digests are a server admin's decision (DESIGN.md).
    await h.send(command_json("subscribe", {"time": "07:30"}, permissions=MANAGE_CHANNELS))
    assert rec.requests == []
    await h.send(command_json("subscribe", {"time": "07:30"}, permissions=MANAGE_GUILD))
    await h.send(command_json("subscribe", {"time": "07:30"}, roles=(ADMIN_ROLE_ID,)))
    await h.send(command_json("unsubscribe", guild=False))  # a DM with the bot is the user's own
    assert [r.user.can_manage_channel for r in rec.requests] == [True, True, True]
    assert not any(r.user.bot_admin for r in rec.requests)
    assert rec.requests[0].args == {"time": "07:30"} and rec.requests[2].channel.guild_id is None


async def test_autocomplete_offers_at_most_25_choices(make_harness):
    asked = []

    async def complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        asked.append((kind, prefix, locale))
        if kind == "article":
            return [(f"{i}: Titel {i}", str(i)) for i in range(1, 40)]
        return [(f"Sprecher {i} " + "z" * 150, f"sprecher-{i}") for i in range(40)]

    h = await make_harness(Recorder(), complete)
    calls = await h.send(autocomplete_json("who_said", "speaker", "Kir", locale="en-US"))
    assert calls[0].callback_type == CALLBACK_AUTOCOMPLETE
    choices = calls[0].payload["data"]["choices"]
    assert len(choices) == 25 and all(len(c["name"]) <= 100 for c in choices)
    assert choices[0]["value"] == "sprecher-0"
    calls = await h.send(autocomplete_json("article", "id", 1, option_type=4))
    assert calls[0].payload["data"]["choices"][0] == {"name": "1: Titel 1", "value": 1}
    assert asked == [("speaker", "Kir", "en"), ("article", "1", "de")]


async def test_autocomplete_failure_offers_nothing_instead_of_an_error(make_harness):
    async def broken(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        raise RuntimeError("store closed")

    h = await make_harness(Recorder(), broken)
    calls = await h.send(autocomplete_json("figures", "subject", "Sol"))
    assert (
        calls[0].callback_type == CALLBACK_AUTOCOMPLETE
        and calls[0].payload["data"]["choices"] == []
    )


async def test_provenance_and_charts_are_shown(make_harness):
    reply = Reply(
        title="Zahlen",
        blocks=[Block("**12.000** Soldaten")],
        provenance=[
            Provenance(
                1, "Nordkoreas Truppen", "Tagesschau", date(2024, 10, 5), "Es sind 12.000 Soldaten."
            ),
            Provenance(2, "Ohne Datum", None, None),
        ],
        attachments=[Attachment("chart.png", b"\x89PNG fake", description="Verlauf")],
    )
    h = await make_harness(Recorder(reply))
    sent = (await h.send(command_json("figures", {"chart": True})))[-1]
    sources = sent.embeds[0]["fields"][-1]
    assert sources["name"] == "Quellen"
    assert "Nordkoreas Truppen" in sources["value"] and "Tagesschau, 05.10.2024" in sources["value"]
    assert "> Es sind 12.000 Soldaten." in sources["value"]
    assert "Medium unbekannt, undatiert" in sources["value"]
    assert [f.filename for f in sent.files] == ["chart.png"]
    assert sent.data["attachments"][0]["filename"] == "chart.png"
