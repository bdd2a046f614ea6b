"""Run one Request through its handler, the same way on every transport.

This is the one place that decides what a user sees when something goes wrong: a mistake the
user can fix becomes a helpful reply (with usage and a suggestion), anything else is logged with
a short reference id and the user sees only that id, never a stack trace.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from collections.abc import Mapping

from bot.store.errors import StoreUnavailable, is_transient
from handlers.examples import Examples, corpus_examples, neutral_examples
from handlers.format import inert
from handlers.help import closest_command, help_reply
from handlers.i18n import has, t
from handlers.spec import COMMANDS_BY_NAME, CommandSpec
from handlers.syntax import (
    CONSOLE,
    Syntax,
    command_names,
    syntax_of,
    typed_line,
    typed_template,
    typed_usage,
    write,
)
from handlers.types import Block, HandlerMap, Reply, Request, Services, UserError

log = logging.getLogger(__name__)

# The largest integer any option takes: Discord's integer options stop at 2^53, and beyond
# 2^63 - 1 no store can even look the value up (SQLite raised OverflowError).
INTEGER_MAX = 2**53 - 1


def normalize_args(spec: CommandSpec, given: Mapping[str, str]) -> dict[str, str]:
    """Validate option values by the command table; integers and booleans come out canonical
    ("7", "true"), unknown keys are dropped. Raises UserError naming the option."""
    out: dict[str, str] = {}
    for opt in spec.options:
        raw = given.get(opt.name)
        value = str(raw).strip() if raw is not None else ""
        if not value:
            if opt.required:
                raise UserError("error.missing_option", command=spec.name, option=opt.name)
            continue
        if opt.type == "integer":
            digits = value.lstrip("#")
            try:
                number = int(digits)
            except ValueError:
                raise UserError(
                    "error.not_integer", command=spec.name, option=opt.name, value=value
                ) from None
            if opt.min_value is not None and number < opt.min_value:
                raise UserError(
                    "error.too_small", command=spec.name, option=opt.name, min=opt.min_value
                )
            limit = INTEGER_MAX if opt.max_value is None else min(opt.max_value, INTEGER_MAX)
            if number > limit:
                raise UserError("error.too_large", command=spec.name, option=opt.name, max=limit)
            if number < -INTEGER_MAX:
                raise UserError(
                    "error.too_small", command=spec.name, option=opt.name, min=-INTEGER_MAX
                )
            value = str(number)
        elif opt.type == "boolean":
            low = value.lower()
            if low in {"1", "true", "yes", "ja", "an", "on", "y", "j"}:
                value = "true"
            elif low in {"0", "false", "no", "nein", "aus", "off", "n"}:
                value = "false"
            else:
                raise UserError(
                    "error.not_boolean", command=spec.name, option=opt.name, value=value
                )
        elif opt.max_length is not None and len(value) > opt.max_length:
            raise UserError(
                "error.too_long",
                command=spec.name,
                option=opt.name,
                length=len(value),
                max=opt.max_length,
            )
        out[opt.name] = value
    return out


def error_params(err: UserError) -> dict[str, object]:
    """A UserError's message parameters, its text ones made inert: they repeat what the user
    typed ("/who_said [Jetzt einloggen](https://evil.example)") or name corpus data."""
    return {
        # "typed…" parameters are commands the handler wrote in the user's syntax
        # (handlers.syntax) with their data parts made inert already
        k: inert(v) if isinstance(v, str) and k != "command" and not k.startswith("typed") else v
        for k, v in err.params.items()
        if k != "suggestion"
    }


def _option_name(command: object, option: object, locale: str) -> str | None:
    """The option as this locale's user types it ("aktion", not "action", in a German reply),
    so the message matches /help and the text-command syntax."""
    if not isinstance(command, str) or not isinstance(option, str):
        return None
    key = f"cmd.{command}.optname.{option}"
    return t(locale, key) if has(locale, key) else None


def user_error_reply(
    err: UserError, locale: str, examples: Examples | None = None, syntax: Syntax = CONSOLE
) -> Reply:
    """The catalogue text of a UserError, its suggestion, and the command's usage if known,
    with its example filled from `examples` (this corpus'), else the neutral placeholders.
    Commands in it are written as `syntax` types them (a Discord user was told to type the
    console's "/who_said Kranz" and a usage line the client does not offer)."""
    examples = examples or neutral_examples(locale)
    params = {**command_names(syntax, locale), **examples.params(), **error_params(err)}
    command = params.get("command")
    if isinstance(command, str) and command in COMMANDS_BY_NAME:
        params["typed_name"] = write(syntax, locale, command, {})
    option_name = _option_name(params.get("command"), params.get("option"), locale)
    if option_name:
        params["option"] = option_name
    lines = [t(locale, err.key, **params)]
    suggestion = err.params.get("suggestion")
    if suggestion:
        key = str(suggestion)
        lines.append(t(locale, key, **params) if has(locale, key) or has("de", key) else key)
    if isinstance(command, str) and command in COMMANDS_BY_NAME:
        lines.append(
            t(
                locale,
                "error.usage",
                usage=typed_usage(syntax, locale, command),
                example=typed_template(
                    syntax, locale, f"cmd.{command}.example", **examples.params()
                ),
            )
        )
    return Reply(
        title=t(locale, "error.title"),
        blocks=[Block("\n".join(lines))],
        kind="error",
        ephemeral=True,
    )


async def corpus_error_reply(
    err: UserError, locale: str, services: Services, syntax: Syntax = CONSOLE
) -> Reply:
    """user_error_reply with this corpus' examples; the neutral ones when the store cannot give
    them, so that the reply to the user's mistake never becomes an internal error."""
    try:
        examples: Examples | None = await corpus_examples(services, locale)
    except Exception:
        log.warning("examples for an error reply not available", exc_info=True)
        examples = None
    return user_error_reply(err, locale, examples, syntax)


def internal_error_reply(ref: str, locale: str) -> Reply:
    return Reply(
        title=t(locale, "error.title"),
        blocks=[Block(t(locale, "common.internal_error", ref=ref))],
        kind="error",
        ephemeral=True,
        error_ref=ref,
    )


def audit(req: Request, spec: CommandSpec, outcome: str) -> None:
    """One log line for each run of a command that changes what the bot does or shows
    (spec.audited): who, where, with which arguments, and whether it was done or refused. The
    curation log keeps corrections, but who added or removed a feed, a subscription or a watch,
    and who tried an admin command without the right, was recorded nowhere. Arguments are
    user text: repr() keeps line breaks and control characters out of the log."""
    if not spec.audited:
        return
    args = " ".join(f"{k}={v!r}" for k, v in sorted(req.args.items()))
    log.info(
        "audit: /%s %s by %s (%r) in %s:%s: %s",
        spec.name,
        args or "-",
        req.user.id,
        req.user.name,
        req.channel.transport,
        req.channel.id,
        outcome,
    )


async def dispatch(req: Request, services: Services, handlers: HandlerMap) -> Reply:
    """The reply to `req`; never raises (except cancellation)."""
    locale = req.locale
    spec = COMMANDS_BY_NAME.get(req.command)
    handler = handlers.get(req.command)
    try:
        if spec is None or handler is None:
            reply = await help_reply(req, services, None)
            note = t(locale, "error.unknown_command", name=inert(req.command))
            bot_admin = services.is_bot_admin(req.user)
            closest = closest_command(req.command, bot_admin) if req.command else None
            if closest:
                suggestion = typed_line(syntax_of(req, services), locale, f"/{closest}")
                note += " " + t(locale, "error.did_you_mean", suggestion=suggestion)
            reply.blocks.insert(0, Block(note))
            reply.kind = "info"
            return reply
        if spec.admin and not services.is_bot_admin(req.user):
            audit(req, spec, "refused: not a bot admin")
            return Reply(
                title=t(locale, "error.title"),
                blocks=[Block(t(locale, "common.not_admin"))],
                kind="error",
                ephemeral=True,
            )
        req = dataclasses.replace(req, args=normalize_args(spec, dict(req.args)))
        reply = await handler(req, services)
        audit(req, spec, "done")
        return reply
    except UserError as err:
        if spec is not None:
            audit(req, spec, f"refused: {err.key}")
        return await corpus_error_reply(err, locale, services, syntax_of(req, services))
    except Exception as err:
        if isinstance(err, StoreUnavailable):
            # The database server is down or restarting (or the SQLite file vanished): say so;
            # the message names the store with its password masked.
            log.warning("command %s: store unavailable (%s)", req.command, err)
            return Reply(
                title=t(locale, "error.title"),
                blocks=[Block(t(locale, "common.store_unavailable"))],
                kind="error",
                ephemeral=True,
            )
        if is_transient(err):
            # A long store write (a corpus swap) held the lock past the busy timeout: the
            # user can simply try again, so say that instead of "internal error".
            log.warning("command %s: store busy (%s)", req.command, err)
            return Reply(
                title=t(locale, "error.title"),
                blocks=[Block(t(locale, "common.store_busy"))],
                kind="error",
                ephemeral=True,
            )
        ref = secrets.token_hex(4)
        log.exception(
            "command %s failed [ref %s] (user %s, channel %s:%s)",
            req.command,
            ref,
            req.user.id,
            req.channel.transport,
            req.channel.id,
        )
        return internal_error_reply(ref, locale)
