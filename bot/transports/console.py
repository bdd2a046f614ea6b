"""The console transport: `lagebild ask`, `lagebild chat`, and digests printed to a terminal.

It goes through the same parser, dispatcher and handlers as the chat transports, so the
console is also the quickest way to see exactly what a Discord or Matrix user would get.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from bot.render.text import render_text, terminal_safe
from bot.transports.base import PartSent
from bot.transports.language import language_choice
from handlers.dispatch import corpus_error_reply, dispatch
from handlers.i18n import normalize_locale, t
from handlers.textcommand import parse_command_line
from handlers.types import (
    Block,
    ChannelRef,
    HandlerMap,
    Locale,
    Reply,
    Request,
    Services,
    UserError,
    UserRef,
)

log = logging.getLogger(__name__)

QUIT_WORDS = {"/quit", "/exit", "quit", "exit", "/beenden", ":q"}
HISTORY_FILE = "~/.lagebild_history"


def default_attachment_dir() -> Path:
    """Where the console saves attachments: the user's cache folder (XDG), never the shared
    temporary directory."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "lagebild" / "attachments"


class ConsoleTransport:
    """One local user at a terminal. Also a `Poster` (bot/transports/base.py): digests for the
    "console" channel are printed."""

    name = "console"

    def __init__(
        self,
        services: Services,
        handlers: HandlerMap,
        locale: str = "de",
        as_admin: bool = False,
        out: TextIO | None = None,
        attachment_dir: str | Path | None = None,
        history_file: str | Path = HISTORY_FILE,
    ) -> None:
        self.services = services
        self.handlers = handlers
        self.locale: Locale = "en" if normalize_locale(locale) == "en" else "de"
        self.as_admin = as_admin
        self.out = out
        self._attachment_dir = Path(attachment_dir) if attachment_dir else None
        self._names_used: dict[str, int] = {}
        self.history_file = Path(history_file).expanduser()

    # -- one command ------------------------------------------------------------------------

    def _request(
        self, command: str, args: dict[str, str], locale: Locale, as_admin: bool
    ) -> Request:
        user = getpass.getuser()
        return Request(
            command=command,
            args=args,
            # Whoever runs the console owns the machine: --as-admin vouches for them bot-wide
            # (config admins.console_is_admin does too, through Services.is_bot_admin).
            user=UserRef(
                id=f"console:{user}", name=user, bot_admin=as_admin, can_manage_channel=True
            ),
            channel=ChannelRef(transport="console", id="console", name="console"),
            locale=locale,
            received_at=self.services.clock(),
        )

    async def reply_for(
        self, text: str, locale: str | None = None, as_admin: bool | None = None
    ) -> Reply:
        loc: Locale = "en" if normalize_locale(locale or self.locale) == "en" else "de"
        # A line pasted from a terminal may carry colour codes ("\x1b[31mWeber"): they are
        # no part of what was asked, and the answer showed "Weber" while looking up the rest.
        text = terminal_safe(text).replace("\n", " ").replace("\t", " ")
        choice = language_choice(text, "/")
        if choice is not None:
            if len(text.split()) == 1:
                return self._current_language(loc)
            return self._language(choice, loc)
        try:
            command, args = parse_command_line(text)
        except UserError as err:
            return await corpus_error_reply(err, loc, self.services)
        admin = self.as_admin if as_admin is None else as_admin
        reply = await dispatch(
            self._request(command, args, loc, admin), self.services, self.handlers
        )
        if command == "help" and not args.get("command"):
            # `/sprache` is the console's own command, as `language` is Matrix's (the handlers'
            # table has none: Discord knows the client's language): /help must still name it
            reply.blocks.append(Block(t(loc, "console.help_language")))
        return reply

    def _current_language(self, current: Locale) -> Reply:
        """`/sprache` alone asks which language the session speaks: it names that one and how to
        switch, instead of "I do not speak that language" for a question that named none."""
        return Reply(
            title=t(current, "console.language_title"),
            blocks=[Block(t(current, "console.language_current"))],
        )

    def _language(self, choice: str, current: Locale) -> Reply:
        """`/sprache en`: answer this session in that language from now on (`--locale` only
        chooses the first one), confirmed in it; an unknown language is answered in the
        current one with the two that work."""
        if choice not in ("de", "en"):
            return Reply(
                title=t(current, "console.language_title"),
                blocks=[Block(t(current, "console.language_unknown"))],
                kind="error",
            )
        self.locale = "en" if choice == "en" else "de"
        return Reply(
            title=t(self.locale, "console.language_title"),
            blocks=[Block(t(self.locale, "console.language_set"))],
        )

    async def ask(self, text: str, locale: str | None = None, as_admin: bool | None = None) -> str:
        """One command line -> the rendered reply (attachments written to disk)."""
        return (await self.answer(text, locale, as_admin))[0]

    async def answer(
        self, text: str, locale: str | None = None, as_admin: bool | None = None
    ) -> tuple[str, Reply]:
        """The rendered reply and the Reply itself (`lagebild ask` exits by its kind)."""
        reply = await self.reply_for(text, locale, as_admin)
        saved = await asyncio.to_thread(self._save_attachments, reply)
        rendered_in = self.locale if language_choice(text, "/") else (locale or self.locale)
        return render_text(reply, rendered_in, saved).rstrip("\n"), reply

    def _save_attachments(self, reply: Reply) -> dict[str, Path]:
        """Write attachments (e.g. chart.png) to the attachment folder and return where each
        went. One folder per user, not a new temporary folder per command (those were never
        cleaned up): a name is reused across sessions (the newest chart.png replaces the last
        one) and numbered within one session. An unwritable folder leaves the attachment
        unsaved; the reply then only names it."""
        if not reply.attachments:
            return {}
        folder = self._attachment_dir or default_attachment_dir()
        saved: dict[str, Path] = {}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for a in reply.attachments:
                path = folder / self._session_name(a.filename)
                path.write_bytes(a.data)
                saved[a.filename] = path.resolve()
        except OSError as e:
            log.warning("cannot save attachments in %s: %s", folder, e.strerror or e)
        return saved

    def _session_name(self, filename: str) -> str:
        """chart.png, then chart-2.png, chart-3.png … within this session."""
        n = self._names_used.get(filename, 0) + 1
        self._names_used[filename] = n
        if n == 1:
            return filename
        stem, dot, ext = filename.rpartition(".")
        return f"{stem}-{n}.{ext}" if dot else f"{filename}-{n}"

    # -- interactive ------------------------------------------------------------------------

    def _print(self, text: str) -> None:
        print(terminal_safe(text), file=self.out or sys.stdout, flush=True)

    async def _read_lines_tty(self) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory, InMemoryHistory

        try:
            self.history_file.parent.mkdir(parents=True, exist_ok=True)
            history: FileHistory | InMemoryHistory = FileHistory(str(self.history_file))
        except OSError:
            history = InMemoryHistory()
        session: PromptSession[str] = PromptSession(history=history)
        while True:
            try:
                line = await session.prompt_async("lagebild> ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                return
            if not await self._handle_line(line):
                return

    async def _read_lines_pipe(self) -> None:
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                return
            if not await self._handle_line(line):
                return

    async def _handle_line(self, line: str) -> bool:
        """Answer one line; False when the user wants to leave."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in QUIT_WORDS:
            return False
        self._print(await self.ask(text))
        self._print("")
        return True

    async def chat(self) -> None:
        """Interactive session until /quit or Ctrl-D (or end of piped input)."""
        if sys.stdin.isatty() and self.out is None:
            await self._read_lines_tty()
        else:
            await self._read_lines_pipe()

    # -- Poster -----------------------------------------------------------------------------

    async def post(
        self,
        channel_id: str,
        reply: Reply,
        *,
        skip: int = 0,
        on_part: PartSent | None = None,
    ) -> int:
        """The whole Reply is one part here (one print)."""
        if skip < 1:
            saved = await asyncio.to_thread(self._save_attachments, reply)
            self._print(render_text(reply, self.locale, saved))
            if on_part is not None:
                await on_part(1)
        return 1

    async def notify_admins(self, text: str) -> None:
        print(terminal_safe(f"[admin] {text}"), file=sys.stderr, flush=True)
