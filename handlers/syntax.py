"""A command as the asking user types it on their transport, for hints inside replies.

"Rückgängig: /curate undo 3" was right on the console only: Discord offers /curate's action as
a pick list and the number as a field of its own (a German client sees them as
"/korrigieren aktion:rückgängig nummer:3"), and a Matrix room needs the bot's prefix
("!lagebild curate undo 3"). One function builds the hint from the command table, so each
transport shows its own syntax and a renamed option cannot leave a stale hint behind.
"""

from __future__ import annotations

from handlers.i18n import has, t
from handlers.spec import COMMANDS_BY_NAME
from handlers.types import Request, Services


def _localized(locale: str, key: str, default: str) -> str:
    return t(locale, key) if has(locale, key) else default


def _discord(locale: str, command: str, options: dict[str, str]) -> str:
    """Discord's form: the command's and options' names as the client shows them, each value
    in its field (a pick-list value by the name the client shows for it)."""
    spec = COMMANDS_BY_NAME[command]
    base = f"cmd.{command}"
    words = [f"/{_localized(locale, f'{base}.name', command)}"]
    for opt in spec.options:
        if opt.name not in options:
            continue
        value = options[opt.name]
        if value in opt.choices:
            value = _localized(locale, f"{base}.choice.{value}", value)
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


def typed_command(req: Request, services: Services, command: str, **options: str) -> str:
    """`command` with `options` (English option names and choice values, as the handlers
    read them) written the way the user who sent `req` types it."""
    transport = req.channel.transport
    if transport == "discord":
        return _discord(req.locale, command, options)
    if transport == "matrix":
        prefix = services.config.matrix.prefix.strip() + " "
        return _text(req.locale, prefix, command, options)
    return _text(req.locale, "/", command, options)
