"""The command table every transport builds its commands from.

One declaration per command keeps Discord's slash commands, Matrix's text commands, the console
and /help in step: adding an option here adds it everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OptionType = Literal["string", "integer", "boolean", "role"]  # role: a Discord role id
Autocomplete = Literal["speaker", "subject", "article", "timezone"] | None


@dataclass(frozen=True, slots=True)
class OptionSpec:
    name: str
    type: OptionType = "string"
    required: bool = False
    autocomplete: Autocomplete = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    # Set only as `name:value` in text commands, never by position; plain words after it
    # continue its value (`/curate rename Sifton to:John Sifton`).
    named_only: bool = False
    # A named-only option whose handler also takes its value by position in text commands
    # (`/curate undo 3`): hints for the console and Matrix write it that way (handlers.syntax).
    typed_by_position: bool = False
    # The only values the option takes (English, as the handler reads them). Discord offers
    # them as a pick list with German names from `cmd.<command>.choice.<value>`; text
    # commands leave the check (and their German aliases) to the handler.
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """`name` is the English command name; its German name, descriptions and usage examples
    live in the message catalogues (handlers/i18n) under `cmd.<name>.*`."""

    name: str
    options: tuple[OptionSpec, ...] = ()
    admin: bool = False  # hidden from members (Discord default permissions) and checked at run time
    slow: bool = False  # may take more than a moment: transports defer first
    # changes what the bot does or shows (feeds, corrections, subscriptions, watches, the
    # corpus): every run, done or refused, leaves an audit line in the log (handlers.dispatch)
    audited: bool = False


CURATE_ACTIONS = ("merge", "rename", "hide", "log", "undo")

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "who_said",
        (
            OptionSpec("speaker", autocomplete="speaker", max_length=100),
            OptionSpec("about", max_length=200),
            OptionSpec("page", type="integer", min_value=1, named_only=True),
        ),
        slow=True,
    ),
    CommandSpec("speakers", (OptionSpec("page", type="integer", min_value=1),)),
    CommandSpec(
        "figures",
        (
            OptionSpec("subject", autocomplete="subject", max_length=200),
            OptionSpec("chart", type="boolean"),
        ),
        slow=True,
    ),
    CommandSpec("search", (OptionSpec("text", required=True, max_length=300),), slow=True),
    CommandSpec("sources", (OptionSpec("page", type="integer", min_value=1),)),
    CommandSpec(
        "article",
        (OptionSpec("id", type="integer", required=True, autocomplete="article", min_value=1),),
    ),
    CommandSpec("digest", (OptionSpec("topic", max_length=200),), slow=True),
    CommandSpec(
        "subscribe",
        (
            # Room for the way people write a time ("07:30 Uhr", "7.30 h"): a cap of 5 answered
            # those, and "gestern", with "too long" instead of the handler's time message.
            OptionSpec("time", max_length=16),
            OptionSpec("timezone", autocomplete="timezone", max_length=64),
            OptionSpec("topic", max_length=200, named_only=True),
            OptionSpec("mention", type="role", named_only=True),
        ),
        audited=True,
    ),
    CommandSpec("unsubscribe", (OptionSpec("number", type="integer", min_value=1),), audited=True),
    CommandSpec("subscriptions"),
    CommandSpec(
        "watch",
        (
            OptionSpec("speaker", autocomplete="speaker", max_length=100),
            OptionSpec("figure", autocomplete="subject", max_length=200, named_only=True),
        ),
        audited=True,
    ),
    CommandSpec(
        "unwatch",
        (
            OptionSpec("speaker", autocomplete="speaker", max_length=100),
            OptionSpec("figure", autocomplete="subject", max_length=200, named_only=True),
        ),
        audited=True,
    ),
    CommandSpec("watches"),
    CommandSpec(
        "curate",
        (
            OptionSpec("action", required=True, max_length=10, choices=CURATE_ACTIONS),
            OptionSpec("speaker", autocomplete="speaker", max_length=100),
            OptionSpec("into", autocomplete="speaker", max_length=100, named_only=True),
            OptionSpec("to", max_length=100, named_only=True),
            OptionSpec("role", max_length=100, named_only=True),
            OptionSpec("quote", type="integer", min_value=1, named_only=True),
            OptionSpec("figure", type="integer", min_value=1, named_only=True),
            OptionSpec("page", type="integer", min_value=1, named_only=True),
            # undo's number from /curate log (text commands may also give it by position)
            OptionSpec(
                "number", type="integer", min_value=1, named_only=True, typed_by_position=True
            ),
        ),
        admin=True,
        audited=True,
    ),
    CommandSpec("reload", admin=True, slow=True, audited=True),
    CommandSpec(
        "feed",
        (
            OptionSpec("action", required=True, max_length=16, choices=("add", "remove")),
            OptionSpec("url", required=True, max_length=2000),
            OptionSpec("name", max_length=100),
        ),
        admin=True,
        audited=True,
    ),
    CommandSpec("feeds", admin=True),
    CommandSpec("help", (OptionSpec("command", max_length=32),)),
    CommandSpec("status"),
)

COMMANDS_BY_NAME: dict[str, CommandSpec] = {c.name: c for c in COMMANDS}
