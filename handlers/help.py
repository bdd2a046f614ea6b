"""Handler: help — every command with one-line usage and an example, from the catalogue."""

from __future__ import annotations

from handlers.examples import Examples, command_example, corpus_examples, neutral_examples
from handlers.format import chunk_lines
from handlers.i18n import t
from handlers.spec import COMMANDS, COMMANDS_BY_NAME, CommandSpec
from handlers.textcommand import resolve_command
from handlers.types import Block, Handler, Reply, Request, Services, UserError


def _alias(spec: CommandSpec, locale: str) -> str:
    de_name = t("de", f"cmd.{spec.name}.name")
    return f" (/{de_name})" if de_name not in (spec.name, f"cmd.{spec.name}.name") else ""


def _command_line(spec: CommandSpec, locale: str, examples: Examples) -> str:
    return t(
        locale,
        "help.line",
        usage=t(locale, f"cmd.{spec.name}.usage"),
        alias=_alias(spec, locale),
        description=t(locale, f"cmd.{spec.name}.description"),
        example=command_example(locale, spec.name, examples),
    )


def _command_detail(spec: CommandSpec, locale: str, examples: Examples) -> list[Block]:
    lines = [_command_line(spec, locale, examples)]
    for opt in spec.options:
        required = t(locale, "help.required") if opt.required else t(locale, "help.optional")
        lines.append(
            t(
                locale,
                "help.option",
                name=opt.name,
                alias=t(locale, f"cmd.{spec.name}.optname.{opt.name}"),
                description=t(locale, f"cmd.{spec.name}.opt.{opt.name}"),
                required=required,
            )
        )
    return [Block("\n".join(lines))]


async def _corpus_commands(services: Services, locale: str, examples: Examples) -> Block | None:
    """Commands that answer on *this* corpus: the most quoted named person and the newest
    article; None for an empty corpus."""
    commands: list[str] = []
    if examples.person != neutral_examples(locale).person:  # the corpus has a named person
        commands.append(f"/who_said {examples.person}")
    newest = await services.store.articles.list(limit=1)
    if newest:
        commands.append(f"/article {newest[0].id}")
    if not commands:
        return None
    return Block(t(locale, "help.corpus_examples", examples=" · ".join(commands)))


async def help_reply(req: Request, services: Services, command: str | None) -> Reply:
    """The help reply; also used by dispatch for unknown commands."""
    locale = req.locale
    examples = await corpus_examples(services, locale)
    if command:
        name = resolve_command(command)
        spec = COMMANDS_BY_NAME.get(name)
        if spec is None:
            raise UserError("help.unknown", name=command, suggestion="help.try_help")
        return Reply(
            title=t(locale, "help.title_command", command=spec.name),
            blocks=_command_detail(spec, locale, examples),
            kind="info",
        )
    bot_admin = services.is_bot_admin(req.user)
    lines = [
        _command_line(spec, locale, examples) for spec in COMMANDS if bot_admin or not spec.admin
    ]
    # chunk_lines keeps every block under the size a transport can show, and marks the
    # continuation blocks so that the list reads as one list.
    footer = Block(t(locale, "help.footer", **examples.params()))
    blocks = [Block(t(locale, "help.intro")), *chunk_lines(lines), footer]
    here = await _corpus_commands(services, locale, examples)
    if here is not None:
        blocks.append(here)
    return Reply(title=t(locale, "help.title"), blocks=blocks, kind="info")


async def help(req: Request, services: Services) -> Reply:
    return await help_reply(req, services, req.arg("command"))


HANDLERS: dict[str, Handler] = {
    "help": help,
}
