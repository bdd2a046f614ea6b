"""Handler: help — every command with one-line usage and an example, from the catalogue."""

from __future__ import annotations

from rapidfuzz import process

from handlers.examples import Examples, corpus_examples, neutral_examples
from handlers.format import chunk_lines
from handlers.i18n import has, t
from handlers.spec import COMMANDS, COMMANDS_BY_NAME, CommandSpec
from handlers.syntax import (
    Syntax,
    syntax_of,
    typed_line,
    typed_template,
    typed_text,
    typed_usage,
    write,
)
from handlers.textcommand import command_aliases, resolve_command
from handlers.types import Block, Handler, Reply, Request, Services, UserError


def _alias(spec: CommandSpec, syntax: Syntax) -> str:
    """The German name that text commands also take; Discord shows each client one name."""
    de_name = t("de", f"cmd.{spec.name}.name")
    if syntax.transport == "discord" or de_name in (spec.name, f"cmd.{spec.name}.name"):
        return ""
    return f" ({syntax.prefix}{de_name})"


def _command_line(spec: CommandSpec, locale: str, examples: Examples, syntax: Syntax) -> str:
    """One command's usage and example, as the asking user types them (syntax)."""
    return t(
        locale,
        "help.line",
        usage=typed_usage(syntax, locale, spec.name),
        alias=_alias(spec, syntax),
        description=t(locale, f"cmd.{spec.name}.description"),
        example=typed_template(syntax, locale, f"cmd.{spec.name}.example", **examples.params()),
    )


def _command_detail(
    spec: CommandSpec, locale: str, examples: Examples, syntax: Syntax
) -> list[Block]:
    lines = [_command_line(spec, locale, examples, syntax)]
    for opt in spec.options:
        required = t(locale, "help.required") if opt.required else t(locale, "help.optional")
        lines.append(
            t(
                locale,
                "help.option",
                **_option_names(spec, opt.name, locale, syntax),
                description=typed_text(syntax, locale, f"cmd.{spec.name}.opt.{opt.name}"),
                required=required,
            )
        )
    return [Block("\n".join(lines))]


def _option_names(spec: CommandSpec, option: str, locale: str, syntax: Syntax) -> dict[str, str]:
    """An option by the name the asker's client and usage line show ("person" in German), the
    table's English name as an alias that text commands also take ("auch: speaker"). Before,
    a German reader got "speaker (person)" and an English one "subject (subject)"."""
    key = f"cmd.{spec.name}.optname.{option}"
    shown = t(locale, key) if has(locale, key) else option
    if syntax.transport == "discord" or shown == option:
        return {"name": shown, "alias": ""}
    return {"name": shown, "alias": t(locale, "help.option_alias", name=option)}


async def _corpus_commands(
    services: Services, locale: str, examples: Examples, syntax: Syntax
) -> Block | None:
    """Commands that answer on *this* corpus: the most quoted named person and the newest
    article; None for an empty corpus."""
    commands: list[str] = []
    if examples.person != neutral_examples(locale).person:  # the corpus has a named person
        commands.append(write(syntax, locale, "who_said", {"speaker": examples.person}))
    newest = await services.store.articles.list(limit=1)
    if newest:
        commands.append(write(syntax, locale, "article", {"id": str(newest[0].id)}))
    if not commands:
        return None
    return Block(t(locale, "help.corpus_examples", examples=" · ".join(commands)))


def _footer(locale: str, examples: Examples, syntax: Syntax) -> str:
    """How to learn more; text commands also take options as name:value (Discord has fields)."""
    key = "help.footer_discord" if syntax.transport == "discord" else "help.footer"
    return t(
        locale,
        key,
        more=typed_template(syntax, locale, "help.footer_more"),
        example=typed_template(syntax, locale, "help.footer_example", **examples.params()),
    )


def closest_command(name: str, bot_admin: bool) -> str | None:
    """The command a mistyped name most likely meant, among those the asker may run: a
    reader who typed "frobnicate" was offered /curate, which only bot admins may use and
    which the help below the suggestion does not list for them."""
    aliases = {
        alias: command
        for alias, command in command_aliases().items()
        if bot_admin or not COMMANDS_BY_NAME[command].admin
    }
    found = process.extractOne(name, list(aliases), score_cutoff=70)
    return aliases[found[0]] if found else None


async def help_reply(req: Request, services: Services, command: str | None) -> Reply:
    """The help reply; also used by dispatch for unknown commands."""
    locale = req.locale
    syntax = syntax_of(req, services)
    examples = await corpus_examples(services, locale)
    if command:
        name = resolve_command(command)
        spec = COMMANDS_BY_NAME.get(name)
        if spec is None:
            closest = closest_command(command, services.is_bot_admin(req.user))
            if closest is None:
                raise UserError("help.unknown", name=command, suggestion="help.try_help")
            # "/help figurs" gets the guess "/figurs" alone gets
            typed = typed_line(syntax, locale, f"/help {closest}")
            raise UserError(
                "help.unknown", name=command, suggestion="help.did_you_mean", typed_closest=typed
            )
        return Reply(
            title=t(locale, "help.title_command", typed_name=write(syntax, locale, spec.name, {})),
            blocks=_command_detail(spec, locale, examples, syntax),
            kind="info",
        )
    bot_admin = services.is_bot_admin(req.user)
    lines = [
        _command_line(spec, locale, examples, syntax)
        for spec in COMMANDS
        if bot_admin or not spec.admin
    ]
    # chunk_lines keeps every block under the size a transport can show, and marks the
    # continuation blocks so that the list reads as one list.
    footer = Block(_footer(locale, examples, syntax))
    blocks = [Block(t(locale, "help.intro")), *chunk_lines(lines), footer]
    here = await _corpus_commands(services, locale, examples, syntax)
    if here is not None:
        blocks.append(here)
    return Reply(title=t(locale, "help.title"), blocks=blocks, kind="info")


async def help(req: Request, services: Services) -> Reply:
    return await help_reply(req, services, req.arg("command"))


HANDLERS: dict[str, Handler] = {
    "help": help,
}
