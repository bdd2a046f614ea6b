"""dispatch: unknown commands, admin refusal, option validation, internal errors."""

from __future__ import annotations

import logging

from handlers.dispatch import dispatch
from handlers.types import Reply, Request, Services, UserError


async def test_unknown_command_answers_with_help_and_a_guess(ask, text_of) -> None:
    reply = await ask("serch")
    body = text_of(reply)
    # the request comes from Discord: the guess and the list are what its client offers
    assert "„serch“ kenne ich nicht" in body and "Meintest du /suche?" in body
    assert "/wer_sagte" in body
    assert reply.kind == "info"


async def test_help_for_a_mistyped_command_guesses_it_too(ask, text_of) -> None:
    """ "/zahln" got the guess "Meintest du /zahlen?", but "/help zahln" only "I do not know
    it": the same typo gets the same guess, written as the asker's client types it."""
    body = text_of(await ask("help", command="zahln"))
    assert "„zahln“ kenne ich nicht" in body and "Meintest du /hilfe befehl:zahlen?" in body
    english = text_of(await ask("help", locale="en", command="who_sayd"))
    assert "Did you mean /help command:who_said?" in english
    nothing = text_of(await ask("help", command="xyzzyq"))
    assert "Meintest du" not in nothing and "/hilfe zeigt alle Befehle" in nothing
    # a reader is never pointed at an admin command
    assert "/korrigieren" not in text_of(await ask("help", command="kurate"))


async def test_discord_help_names_commands_as_the_client_lists_them(ask, text_of) -> None:
    """A German Discord client lists /zahlen, never /figures: "/hilfe befehl:figures" in a
    guess or an example named a command the reader cannot find in the list."""
    listing = text_of(await ask("help"))
    assert "Beispiel: /hilfe befehl:zahlen" in listing and "befehl:figures" not in listing
    # what the guess suggests works when typed
    followed = text_of(await ask("help", command="zahlen"))
    assert "kenne ich nicht" not in followed and "/zahlen" in followed


async def test_admin_command_refused_for_members(services, handlers, request_for, text_of) -> None:
    from dataclasses import replace

    from bot.config import AdminsConfig, Config

    strict = replace(services, config=Config(admins=AdminsConfig(console_is_admin=False)))
    reply = await dispatch(request_for("reload"), strict, handlers)
    assert reply.kind == "error" and reply.ephemeral
    assert "nur die Bot-Administratoren" in text_of(reply)


async def test_integer_and_boolean_options_are_validated(ask, text_of) -> None:
    zero = await ask("article", id="0")
    assert zero.kind == "error" and "mindestens 1" in text_of(zero)
    hashed = await ask("article", id="#1")
    assert hashed.kind == "ok"
    bad_bool = await ask("figures", subject="Soldaten", chart="vielleicht")
    assert bad_bool.kind == "error" and "vielleicht" in text_of(bad_bool)
    missing = await ask("search")
    # the example is a word of this corpus' newest titles that the search finds
    assert missing.kind == "error" and "Beispiel: /suche text:Nordkoreaner" in text_of(missing)


async def test_internal_error_shows_reference_not_traceback(
    services, request_for, text_of, caplog
) -> None:
    async def broken(req: Request, services: Services) -> Reply:
        raise KeyError("secret internal detail")

    with caplog.at_level(logging.ERROR, logger="handlers.dispatch"):
        reply = await dispatch(request_for("speakers"), services, {"speakers": broken})
    body = text_of(reply)
    assert reply.kind == "error" and reply.ephemeral
    assert "Traceback" not in body and "secret internal detail" not in body
    import re

    ref = re.search(r"Referenz: ([0-9a-f]{8})", body)
    assert ref, body
    record = next(r for r in caplog.records if ref.group(1) in r.getMessage())
    assert record.exc_info is not None  # the stack trace is in the log


async def test_user_error_from_handler_is_helpful_and_english(
    services, request_for, text_of
) -> None:
    async def picky(req: Request, services: Services) -> Reply:
        raise UserError("who_said.unknown_speaker", speaker="X", suggestion="who_said.try_speakers")

    reply = await dispatch(request_for("speakers", locale="en"), services, {"speakers": picky})
    body = text_of(reply)
    assert "I do not know a speaker “X”" in body and "/speakers lists everyone" in body
    assert reply.kind == "error" and reply.ephemeral


async def test_option_errors_name_the_option_as_the_locale_types_it(ask, text_of) -> None:
    # a German reply said "fehlt die Angabe action" although German users type aktion:
    german = text_of(await ask("curate", admin=True))
    assert "Bei /korrigieren fehlt die Angabe aktion." in german  # asked on Discord
    assert "„abc“ ist für nr keine Zahl." in text_of(await ask("article", id="abc"))
    english = text_of(await ask("curate", admin=True, locale="en"))
    assert "/curate needs a value for action." in english
