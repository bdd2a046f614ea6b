"""A command as the asking user types it on their transport, for hints inside replies.

"Rückgängig: /curate undo 3" was right on the console only: Discord offers /curate's action as
a pick list and the number as a field of its own (a German client sees them as
"/korrigieren aktion:rückgängig nummer:3"), and a Matrix room needs the bot's prefix
("!lagebild curate undo 3"). One function builds the hint from the command table, so each
transport shows its own syntax and a renamed option cannot leave a stale hint behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.i18n import has, t
from handlers.spec import COMMANDS, COMMANDS_BY_NAME, OptionSpec
from handlers.textcommand import parse_command_line
from handlers.types import Request, Services, UserError


@dataclass(frozen=True, slots=True)
class Syntax:
    """How commands are typed where a reply goes: the transport and, for Matrix, the bot's
    prefix. Replies built without a request at hand (a scheduled digest, an error of a line
    that did not parse) take it from the channel they go to."""

    transport: str = "console"
    prefix: str = "/"


CONSOLE = Syntax()


def syntax_for(transport: str, services: Services) -> Syntax:
    if transport == "matrix":
        return Syntax("matrix", services.config.matrix.prefix.strip() + " ")
    return Syntax(transport, "/")


def syntax_of(req: Request, services: Services) -> Syntax:
    return syntax_for(req.channel.transport, services)


def _localized(locale: str, key: str, default: str) -> str:
    return t(locale, key) if has(locale, key) else default


def _discord_value(locale: str, command: str, opt: OptionSpec, value: str) -> str:
    """An option's value as a Discord client of `locale` shows or accepts it: a pick-list value
    by its shown name, a boolean as True/False, and the command named in /help's field by the
    name the client lists ("/hilfe befehl:zahlen"; "befehl:figures" named a command a German
    client has nowhere)."""
    if value in opt.choices:
        return _localized(locale, f"cmd.{command}.choice.{value}", value)
    if opt.type == "boolean":
        return value.capitalize()  # the client's pick list shows True / False
    if command == "help" and value in COMMANDS_BY_NAME:
        return _localized(locale, f"cmd.{value}.name", value)
    return value


def _discord(locale: str, command: str, options: dict[str, str]) -> str:
    """Discord's form: the command's and options' names as the client shows them, each value
    in its field (a pick-list value by the name the client shows for it)."""
    spec = COMMANDS_BY_NAME[command]
    base = f"cmd.{command}"
    words = [f"/{_localized(locale, f'{base}.name', command)}"]
    for opt in spec.options:
        if opt.name not in options:
            continue
        value = _discord_value(locale, command, opt, options[opt.name])
        words.append(f"{_localized(locale, f'{base}.optname.{opt.name}', opt.name)}:{value}")
    return " ".join(words)


def _text(locale: str, prefix: str, command: str, options: dict[str, str]) -> str:
    """The text commands' form (console, Matrix): values by position in the table's order,
    named-only options as name:value by the name this locale's /help shows, unless their
    handler takes them by position too ("/curate undo 3", as DESIGN.md writes it)."""
    spec = COMMANDS_BY_NAME[command]
    words = [f"{prefix}{command}"]
    for opt in spec.options:
        if opt.name not in options:
            continue
        value = options[opt.name]
        if opt.named_only and not opt.typed_by_position:
            name = _localized(locale, f"cmd.{command}.optname.{opt.name}", opt.name)
            value = f"{name}:{value}"
        words.append(value)
    return " ".join(words)


def write(syntax: Syntax, locale: str, command: str, options: dict[str, str]) -> str:
    """`command` with `options` (English names and values) as `syntax` types it."""
    if syntax.transport == "discord":
        return _discord(locale, command, options)
    return _text(locale, syntax.prefix, command, options)


def typed_command(req: Request, services: Services, command: str, **options: str) -> str:
    """`command` with `options` (English option names and choice values, as the handlers
    read them) written the way the user who sent `req` types it."""
    return write(syntax_of(req, services), locale=req.locale, command=command, options=options)


_TEXT_COMMAND = re.compile(r"(?<!\S)/(?=[a-z_]+\b)")


def typed_line(syntax: Syntax, locale: str, line: str) -> str:
    """A console command line of the catalogue ("/who_said Sabine Kranz thema:Streik", an
    example or a hint) as `syntax` types it; the line itself on the console, or when it does
    not read as a command. Text commands keep the line's own words ("thema:Streik" shows how
    options are named), with the transport's prefix."""
    if syntax.transport != "discord":
        return _TEXT_COMMAND.sub(syntax.prefix, line, count=1)
    try:
        command, options = parse_command_line(line)
    except UserError:
        return line
    if command not in COMMANDS_BY_NAME:
        return line
    return write(syntax, locale, command, options)


def typed_template(syntax: Syntax, locale: str, key: str, **params: str) -> str:
    """A catalogue command template ("/who_said {person} thema:{topic}") as `syntax` types
    it, filled with `params` afterwards: a filled value of several words ("Sabine Kranz")
    would be read as two options, a placeholder is one word."""
    template = typed_line(syntax, locale, t(locale, key))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return t(locale, key, **params)


def typed_usage(syntax: Syntax, locale: str, command: str) -> str:
    """A command's usage line (catalogue `cmd.<name>.usage`, written for the console) as
    `syntax` types it: Matrix with the bot's prefix, Discord from the command table (the
    client's names; a pick list's values; optional options in brackets)."""
    if syntax.transport != "discord":
        return _TEXT_COMMAND.sub(syntax.prefix, t(locale, f"cmd.{command}.usage"))
    spec = COMMANDS_BY_NAME[command]
    base = f"cmd.{command}"
    words = [f"/{_localized(locale, f'{base}.name', command)}"]
    for opt in spec.options:
        word = _localized(locale, f"{base}.optname.{opt.name}", opt.name)
        if opt.choices:
            names = (_localized(locale, f"{base}.choice.{c}", c) for c in opt.choices)
            word += ":" + "|".join(names)
        words.append(word if opt.required else f"[{word}]")
    return " ".join(words)


def command_names(syntax: Syntax, locale: str) -> dict[str, str]:
    """Every command's bare name as `syntax` types it, as catalogue parameters `cmd_<name>`
    ("{cmd_speakers} zeigt alle zitierten Personen."): "/speakers" on the console,
    "!lagebild speakers" on Matrix, "/sprecher" for a German Discord client."""
    return {f"cmd_{spec.name}": write(syntax, locale, spec.name, {}) for spec in COMMANDS}


def typed_text(syntax: Syntax, locale: str, key: str, /, **params: object) -> str:
    """A catalogue text that names commands as `{cmd_<name>}` ("siehe {cmd_sources}"), with
    each written as `syntax` types it: a bare "/sources" in a reply or an option's description
    was console syntax on Discord ("/quellen") and Matrix ("!lagebild sources")."""
    return t(locale, key, **{**command_names(syntax, locale), **params})
