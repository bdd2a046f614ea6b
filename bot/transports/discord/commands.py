"""Slash commands built from the shared command table (handlers.spec.COMMANDS).

One generic callback per command, with a signature generated from the spec, so discord.py's own
machinery does the option typing, validation and autocomplete routing; adding an option to the
spec adds it here. English names and descriptions are the defaults; the catalogue keys travel
with every `locale_str` so the translator can add German.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.config import Config
from bot.transports.discord.access import Access
from bot.transports.discord.locale import request_locale
from bot.transports.discord.translator import DESCRIPTION_MAX, clip, with_commands
from bot.transports.discord.tree import LagebildTree
from handlers.i18n import catalogue
from handlers.spec import COMMANDS, CommandSpec, OptionSpec

log = logging.getLogger(__name__)

Run = Callable[[discord.Interaction, CommandSpec, Mapping[str, Any]], Awaitable[None]]
Complete = Callable[[str, str, str], Awaitable[list[tuple[str, str]]]]

CHOICES_MAX = 25
CHOICE_TEXT_MAX = 100
AUTOCOMPLETE_TIMEOUT = 2.0  # Discord drops autocomplete answers after 3 s
CHANNEL_COMMANDS = frozenset({"subscribe", "unsubscribe", "watch", "unwatch"})


def english(key: str, fallback: str) -> str:
    return with_commands(catalogue("en").get(key) or fallback, "en")


def _annotation(option: OptionSpec) -> Any:
    if option.type == "boolean":
        return bool
    if option.type == "role":
        return discord.Role
    if option.type == "integer":
        if option.min_value is None and option.max_value is None:
            return int
        return app_commands.Range[int, option.min_value, option.max_value]
    if option.max_length is None or option.choices:
        return str
    return app_commands.Range[str, None, option.max_length]


def signature_for(spec: CommandSpec) -> inspect.Signature:
    """The callback signature discord.py reads the options from (required ones first, as
    Discord demands)."""
    kind = inspect.Parameter.KEYWORD_ONLY
    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    ordered = sorted(spec.options, key=lambda o: not o.required)
    for o in ordered:
        default = inspect.Parameter.empty if o.required else None
        params.append(inspect.Parameter(o.name, kind, annotation=_annotation(o), default=default))
    return inspect.Signature(params)


def autocompleter(
    kind: str, integer: bool, complete: Complete, default_locale: str
) -> Callable[[discord.Interaction, str], Awaitable[list[app_commands.Choice[Any]]]]:
    async def suggest(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[Any]]:
        # Discord sends the partial text; an integer option may arrive already parsed.
        prefix = "" if current is None else str(current)
        locale = request_locale(interaction.locale, default_locale)  # type: ignore[arg-type]
        try:
            pairs = await asyncio.wait_for(complete(kind, prefix, locale), AUTOCOMPLETE_TIMEOUT)
        except Exception:
            log.exception("autocomplete %s for %r failed", kind, current)
            return []
        choices: list[app_commands.Choice[Any]] = []
        for label, value in pairs:
            if integer:
                if not str(value).strip().isdigit():
                    continue
                choices.append(
                    app_commands.Choice(name=clip(label, CHOICE_TEXT_MAX), value=int(value))
                )
            else:
                choices.append(
                    app_commands.Choice(
                        name=clip(label, CHOICE_TEXT_MAX), value=str(value)[:CHOICE_TEXT_MAX]
                    )
                )
            if len(choices) >= CHOICES_MAX:
                break
        return choices

    return suggest


def make_command(
    spec: CommandSpec, config: Config, run: Run, complete: Complete, access: Access
) -> app_commands.Command[Any, ..., None]:
    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        await run(interaction, spec, values)

    callback.__signature__ = signature_for(spec)  # type: ignore[attr-defined]
    base = f"cmd.{spec.name}"
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        o.name: locale_str(
            clip(english(f"{base}.opt.{o.name}", o.name), DESCRIPTION_MAX),
            key=f"{base}.opt.{o.name}",
        )
        for o in spec.options
    }
    # German clients see the option names German replies and /help use (cmd.<name>.optname:
    # "thema", "zu", "rolle"), so a hint like "zu:NAME" names a field they can find; Discord
    # still sends the English name, which the handlers read.
    callback.__discord_app_commands_param_rename__ = {  # type: ignore[attr-defined]
        o.name: locale_str(o.name, key=f"{base}.optname.{o.name}") for o in spec.options
    }
    choices = {
        o.name: [
            app_commands.Choice(
                name=locale_str(english(f"{base}.choice.{c}", c), key=f"{base}.choice.{c}"),
                value=c,
            )
            for c in o.choices
        ]
        for o in spec.options
        if o.choices
    }
    if choices:
        # a pick list instead of a word to guess ("undo" or "rückgängig"?)
        callback.__discord_app_commands_param_choices__ = choices  # type: ignore[attr-defined]
    suggest = {
        o.name: autocompleter(o.autocomplete, o.type == "integer", complete, config.bot.locale)
        for o in spec.options
        if o.autocomplete
    }
    if suggest:
        callback.__discord_app_commands_param_autocomplete__ = suggest  # type: ignore[attr-defined]

    command: app_commands.Command[Any, ..., None] = app_commands.Command(
        name=locale_str(spec.name, key=f"{base}.name"),
        description=locale_str(
            clip(english(f"{base}.description", spec.name), DESCRIPTION_MAX),
            key=f"{base}.description",
        ),
        callback=callback,
        extras={"spec": spec},
    )
    if spec.admin:
        # Only hides the command from members; the check decides (bot admins, not guild admins).
        command.default_permissions = discord.Permissions(manage_guild=True)
        command.add_check(access.admin_check())
    if spec.name in CHANNEL_COMMANDS:
        command.add_check(access.manage_channel_check())
    return command


def build_tree(
    client: discord.Client,
    config: Config,
    run: Run,
    complete: Complete,
    specs: tuple[CommandSpec, ...] = COMMANDS,
    access: Access | None = None,
) -> LagebildTree:
    """A tree holding every command of the spec (create it after replacing client.http in
    tests: the tree keeps a reference to it)."""
    tree = LagebildTree(client, config)
    rules = access if access is not None else Access(client, config)
    for spec in specs:
        tree.add_command(make_command(spec, config, run, complete, rules))
    return tree
