"""/reload: re-read the corpus while the bot keeps answering, then report what changed.

The reloader (bot.ingest.CorpusReloader) does the work and guarantees the old corpus keeps
serving until the new one is applied in one transaction; this handler only decides who may ask,
and turns the result, or the failure, into words an admin can act on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from bot.corpus.errors import CorpusError, EmptyCorpusError, ForeignCorpusError
from bot.store.records import CorpusChange
from handlers.format import chunk_lines, inert
from handlers.i18n import t
from handlers.reasons import say_reason
from handlers.syntax import CONSOLE, Syntax, syntax_of, typed_text
from handlers.types import Block, Field, Handler, Reply, Request, Services, UserError

log = logging.getLogger(__name__)

MAX_FILES_LISTED = 20


def _is_running_error(e: Exception) -> bool:
    """The reloader refuses a second concurrent run with ReloadRunning (bot.ingest); matched by
    name so handlers do not import the ingest machinery."""
    return type(e).__name__ == "ReloadRunning"


def _is_running_elsewhere(e: Exception) -> bool:
    """Another process of the same store is applying a corpus (ReloadRunningElsewhere)."""
    return type(e).__name__ == "ReloadRunningElsewhere"


async def reload(req: Request, services: Services) -> Reply:
    locale = req.locale
    if not services.is_bot_admin(req.user):
        # dispatch checks spec.admin too; a handler called another way must not skip the check.
        raise UserError("common.not_admin")
    reloader = services.reloader
    if reloader is None:
        return Reply(
            title=t(locale, "reload.title"),
            blocks=[Block(t(locale, "reload.unavailable"))],
            kind="info",
        )
    if reloader.running:
        return _already_running(locale)
    # Matrix ids are bare ("@ops:server"); console and Discord ids carry their transport already.
    prefix = f"{req.channel.transport}:"
    who = req.user.id if req.user.id.startswith(prefix) else prefix + req.user.id
    requested_by = f"{who} ({req.user.name})"
    try:
        change = await reloader.reload(requested_by=requested_by)
    except EmptyCorpusError as e:
        return await _empty_corpus(e, services, locale)
    except CorpusError as e:
        # missing, not a folder, unreadable: the reader's text names a server path (not for
        # chat) and is English; the admin gets the cause in the reply's language, the log the path
        log.warning("reload requested by %s failed: %s", requested_by, e)
        status = await services.store.corpus.status()
        text = t(locale, "reload.corpus_unusable", version=status.version)
        return Reply(title=t(locale, "reload.failed_title"), blocks=[Block(text)], kind="error")
    except Exception as e:
        if _is_running_elsewhere(e):
            return _already_running(locale, "reload.running_elsewhere", syntax_of(req, services))
        if _is_running_error(e):
            return _already_running(locale)
        log.warning("reload requested by %s failed: %s", requested_by, e)
        status = await services.store.corpus.status()
        return Reply(
            title=t(locale, "reload.failed_title"),
            blocks=[
                Block(
                    t(
                        locale,
                        "reload.failed",
                        error=inert(str(e) or type(e).__name__),
                        version=status.version,
                    )
                )
            ],
            kind="error",
        )
    if not isinstance(change, CorpusChange):
        return Reply(title=t(locale, "reload.title"), blocks=[Block(t(locale, "reload.done"))])
    return change_reply(change, locale, _folder_line(req, services))


def _folder_line(req: Request, services: Services) -> str | None:
    """Which folder the reload read, so an admin knows what they got: a store built with
    `lagebild ingest /data/story` reloads from there, not from corpus.dir. Chat names the
    folder only (the server's paths are not for chat, docs/security.md); the console, run on
    that server, the whole path."""
    folder = getattr(services.reloader, "folder", None)
    if not isinstance(folder, Path):
        return None
    shown = inert(str(folder) if req.channel.transport == "console" else folder.name or "/")
    if folder == services.config.corpus_dir:
        return t(req.locale, "reload.folder", folder=shown)
    return t(req.locale, "reload.folder_stored", folder=shown)


async def _empty_corpus(e: EmptyCorpusError, services: Services, locale: str) -> Reply:
    """An empty folder would wipe the corpus: refused, and the admin is told the old one stays
    (the folder's path is the server's business and is not shown in chat)."""
    status = await services.store.corpus.status()
    if isinstance(e, ForeignCorpusError):
        text = t(locale, "reload.foreign_corpus", stored=e.stored, version=status.version)
        return Reply(title=t(locale, "reload.empty_title"), blocks=[Block(text)], kind="error")
    skipped = t(locale, "reload.empty_skipped", count=e.skipped) if e.skipped else ""
    return Reply(
        title=t(locale, "reload.empty_title"),
        blocks=[Block(t(locale, "reload.empty_corpus", skipped=skipped, version=status.version))],
        kind="error",
    )


def _already_running(
    locale: str, key: str = "reload.already_running", syntax: Syntax = CONSOLE
) -> Reply:
    return Reply(
        title=t(locale, "reload.title"),
        blocks=[Block(typed_text(syntax, locale, key))],
        kind="info",
        ephemeral=True,
    )


def _files(names: Sequence[str], locale: str) -> str:
    shown = ", ".join(inert(n) for n in names[:MAX_FILES_LISTED])
    if len(names) > MAX_FILES_LISTED:
        shown += " " + t(locale, "reload.and_more", count=len(names) - MAX_FILES_LISTED)
    return shown


def change_reply(change: CorpusChange, locale: str, folder: str | None = None) -> Reply:
    """What an admin wants to know after a reload: from where, did it change anything, what,
    and which files were left out and why (a skipped file is the thing they have to fix)."""
    key = "reload.changed" if change.changed_anything else "reload.unchanged"
    head = t(locale, key, version=change.version)
    blocks: list[Block] = [Block(f"{head} {folder}" if folder else head)]
    for key, names in (
        ("reload.added", change.added),
        ("reload.changed_files", change.changed),
        ("reload.removed", change.removed),
    ):
        if names:
            blocks.append(Block(t(locale, key, count=len(names), files=_files(names, locale))))
    fields = [
        Field(t(locale, "reload.f_added"), str(len(change.added)), inline=True),
        Field(t(locale, "reload.f_changed"), str(len(change.changed)), inline=True),
        Field(t(locale, "reload.f_removed"), str(len(change.removed)), inline=True),
        Field(t(locale, "reload.f_unchanged"), str(len(change.unchanged)), inline=True),
        Field(t(locale, "reload.f_quotes"), str(change.new_quotes), inline=True),
        Field(t(locale, "reload.f_figures"), str(change.new_figures), inline=True),
    ]
    if change.skipped:
        lines = [
            "- "
            + t(
                locale,
                "reload.skipped_line",
                file=inert(s.file),
                reason=inert(say_reason(s.reason, locale)),
            )
            for s in change.skipped
        ]
        blocks.extend(chunk_lines(lines, t(locale, "reload.skipped", count=len(change.skipped))))
    return Reply(
        title=t(locale, "reload.title"),
        blocks=blocks,
        fields=fields,
        kind="ok",
    )


HANDLERS: dict[str, Handler] = {
    "reload": reload,
}
