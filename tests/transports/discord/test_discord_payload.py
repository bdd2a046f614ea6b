"""The application-command payload: what `lagebild discord-commands --format json` prints and
`lagebild discord-sync` uploads.

The snapshot (discord_commands.snapshot.json) makes every change to the commands users see a
visible diff in review. After an intended change, regenerate it with

    LAGEBILD_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/transports/discord/test_discord_payload.py

and commit the new file together with the change.
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import discord
from discord_fakes import Harness

from bot.config import Config
from bot.transports.discord import command_payload, command_payload_async
from bot.transports.discord.translator import CatalogueTranslator
from handlers.spec import COMMANDS
from handlers.types import Reply, Request

SNAPSHOT = Path(__file__).with_name("discord_commands.snapshot.json")
NAME_RE = re.compile(r"^[-_\w]{1,32}$")
DESIGN_COMMANDS = {
    "who_said", "speakers", "figures", "search", "sources", "article", "digest",
    "subscribe", "unsubscribe", "subscriptions", "reload", "help", "status",
    "watch", "unwatch", "watches", "curate", "feed", "feeds",
}  # fmt: skip
ADMIN_COMMANDS = {"reload", "curate", "feed", "feeds"}


def dump(payload: list[dict]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


async def test_payload_matches_the_snapshot():
    payload = await command_payload_async(Config())
    if os.environ.get("LAGEBILD_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(dump(payload), encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet: run with LAGEBILD_UPDATE_SNAPSHOTS=1"
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert payload == expected, "command payload changed: see this module's docstring to update"


def test_sync_function_works_outside_an_event_loop():
    payload = command_payload(Config())
    assert {c["name"] for c in payload} == DESIGN_COMMANDS


async def test_every_command_has_options_german_names_and_descriptions():
    payload = {c["name"]: c for c in await command_payload_async(Config())}
    assert set(payload) == DESIGN_COMMANDS
    for spec in COMMANDS:
        cmd = payload[spec.name]
        assert 1 <= len(cmd["description"]) <= 100
        assert cmd["description_localizations"]["de"] != cmd["description"]
        assert [o["name"] for o in cmd["options"]] == sorted(
            (o.name for o in spec.options),
            key=lambda n: not next(s for s in spec.options if s.name == n).required,
        )
        for option in cmd["options"]:
            assert NAME_RE.match(option["name"]) and 1 <= len(option["description"]) <= 100
            assert option["description"] != "…", f"{spec.name}.{option['name']} has no description"
            assert "de" in option["description_localizations"]
        german = cmd["name_localizations"]["de"]
        assert NAME_RE.match(german) and german == german.lower()
    assert payload["who_said"]["name_localizations"]["de"] == "wer_sagte"
    assert payload["who_said"]["options"][0]["autocomplete"] is True
    assert payload["article"]["options"][0] == {
        "type": 4, "name": "id", "description": "Article number (see /sources)", "required": True,
        "autocomplete": True, "min_value": 1,
        "description_localizations": {"de": "Nummer des Artikels (siehe /quellen)"},
        "name_localizations": {"de": "nr"},
    }  # fmt: skip
    assert payload["figures"]["options"][1]["type"] == 5  # boolean
    mention = next(o for o in payload["subscribe"]["options"] if o["name"] == "mention")
    assert mention["type"] == 8  # a role picker: Discord passes the role, we mention its id
    assert payload["curate"]["name_localizations"]["de"] == "korrigieren"
    assert payload["watch"]["name_localizations"]["de"] == "beobachten"
    # German clients see the option names that German replies, usage lines and /help name
    german_options = {
        name: {o["name"]: o.get("name_localizations", {}).get("de") for o in c["options"]}
        for name, c in payload.items()
    }
    assert german_options["who_said"] == {"speaker": "person", "about": "thema", "page": "seite"}
    assert german_options["curate"]["into"] == "in" and german_options["curate"]["to"] == "zu"
    assert german_options["curate"]["role"] == "rolle"
    assert german_options["subscribe"]["mention"] == "erwähnen"
    assert german_options["watch"]["figure"] == "zahl"


async def test_curate_and_feed_actions_are_a_pick_list_with_german_names():
    """An editor picks the action instead of guessing its word; Discord sends the English
    value the handler reads, and shows German clients German names."""
    payload = {c["name"]: c for c in await command_payload_async(Config())}
    action = next(o for o in payload["curate"]["options"] if o["name"] == "action")
    assert [c["value"] for c in action["choices"]] == ["merge", "rename", "hide", "log", "undo"]
    undo = next(c for c in action["choices"] if c["value"] == "undo")
    assert undo["name_localizations"]["de"] == "rückgängig"
    number = next(o for o in payload["curate"]["options"] if o["name"] == "number")
    assert number["type"] == 4 and number["name_localizations"]["de"] == "nummer"
    feed_action = next(o for o in payload["feed"]["options"] if o["name"] == "action")
    assert [c["value"] for c in feed_action["choices"]] == ["add", "remove"]


async def test_admin_commands_are_hidden_from_members_by_default():
    payload = {c["name"]: c for c in await command_payload_async(Config())}
    manage_guild = discord.Permissions(manage_guild=True).value
    for name in ADMIN_COMMANDS:
        assert payload[name]["default_member_permissions"] == manage_guild
    assert all(
        c["default_member_permissions"] is None
        for n, c in payload.items()
        if n not in ADMIN_COMMANDS
    )


async def test_payload_is_exactly_what_a_sync_uploads():
    async def unused(request: Request) -> Reply:
        raise AssertionError

    h = Harness(unused)
    await h.setup()
    await h.transport.tree.set_translator(CatalogueTranslator())
    synced = await h.transport.tree.sync()
    method, url, body = h.http.calls[-1]
    assert method == "PUT" and url.endswith(f"/applications/{h.client.application_id}/commands")
    assert body == await command_payload_async(Config())
    assert {c.name for c in synced} == DESIGN_COMMANDS


async def test_translator_gives_german_only_and_only_valid_names():
    from discord.app_commands import TranslationContext, TranslationContextLocation, locale_str

    translator = CatalogueTranslator()
    name = TranslationContext(TranslationContextLocation.command_name, None)
    german = await translator.translate(
        locale_str("who_said", key="cmd.who_said.name"), discord.Locale.german, name
    )
    french = await translator.translate(
        locale_str("who_said", key="cmd.who_said.name"), discord.Locale.french, name
    )
    # A sentence is no valid command name: Discord would reject the whole sync.
    invalid = await translator.translate(
        locale_str("who_said", key="cmd.who_said.description"), discord.Locale.german, name
    )
    missing = await translator.translate(
        locale_str("speaker", key="cmd.who_said.optname.nope"), discord.Locale.german, name
    )
    assert (german, french, invalid, missing) == ("wer_sagte", None, None, None)


async def test_building_the_payload_prints_no_voice_library_warning(monkeypatch, caplog):
    """discord.py warns once per process that voice libraries are missing; `lagebild
    discord-commands` printed it on stderr, and the bot never uses voice. Other warnings pass."""
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    caplog.set_level(logging.WARNING, logger="discord")
    await command_payload_async(Config())
    assert not [r for r in caplog.records if "voice" in r.getMessage()]
    logging.getLogger("discord.client").warning("another warning")
    assert [r.getMessage() for r in caplog.records] == ["another warning"]


async def test_option_descriptions_name_commands_as_each_client_shows_them():
    """An option's description pointed German clients to "ein Thema aus /figures", a command
    their client lists as /zahlen; English clients keep /figures."""
    by_name = {c["name"]: c for c in await command_payload_async(Config())}
    subject = next(o for o in by_name["figures"]["options"] if o["name"] == "subject")
    assert subject["description"] == "What about? (a subject from /figures)"
    assert subject["description_localizations"]["de"] == "Worum geht es? (ein Thema aus /zahlen)"
    article = next(o for o in by_name["article"]["options"] if o["name"] == "id")
    assert "/quellen" in article["description_localizations"]["de"]
    every = json.dumps([by_name[c] for c in by_name], ensure_ascii=False)
    assert "{cmd_" not in every
