"""/curate: bot admins correct the extraction (merge, rename, role, hide, log, undo).

Corrections are written to the curation log (bot.store.repos.curation) and applied on top of
the extraction whenever anything is read, so they hold across reloads and feed updates and
show in every answer at once. Speakers are named by their name as shown (what the admin sees in
/speakers); quotes and figures by the number /article shows, which the store turns into a
key that survives re-extraction.
"""

from __future__ import annotations

from datetime import datetime

from bot.store.curation import CurationEntry
from handlers.examples import corpus_examples
from handlers.format import chunk_lines, fmt_moment, inert
from handlers.i18n import t
from handlers.paging import page_of
from handlers.speakers_lookup import fold_name, resolve_speaker
from handlers.spec import CURATE_ACTIONS
from handlers.syntax import typed_command
from handlers.types import Block, Handler, Reply, Request, Services, UserError

ACTIONS = CURATE_ACTIONS
LOG_LIMIT = 200


def _action(req: Request) -> str:
    raw = (req.arg("action") or "").lower()
    for action in ACTIONS:
        if raw in (action, t(req.locale, f"curate.action.{action}").lower()):
            return action
    raise UserError("curate.bad_action", command="curate", value=raw)


async def _speaker_name(req: Request, query: str | None, services: Services) -> str:
    """The speaker as currently shown (after earlier corrections) for the admin's words."""
    if not query:
        person = (await corpus_examples(services, req.locale)).person
        typed = typed_command(req, services, "curate", action="hide", speaker=inert(person))
        raise UserError("curate.need_speaker", command="curate", person=person, typed=typed)
    names = await services.store.speakers.names()
    try:
        match = resolve_speaker(query, names)
    except UserError:
        await _refuse_if_hidden(req, query, services)
        raise
    record = await services.store.speakers.get(match.speaker_id)
    return record.name if record else match.matched_name


async def _refuse_if_hidden(req: Request, query: str, services: Services) -> None:
    """A speaker an admin hid is unknown to every read, also to this lookup; "I do not know
    X" would send the admin who wants to merge or rename X looking for a typo. Name the hide
    and how to undo it instead."""
    folded = fold_name(query)
    for e in await services.store.curation.log(limit=LOG_LIMIT):
        if e.action == "hide_speaker" and e.active and fold_name(e.target) == folded:
            raise UserError(
                "curate.speaker_hidden",
                speaker=e.target,
                id=e.id,
                undo=_undo_command(req, services, e.id),
            )


def _undo_command(req: Request, services: Services, entry_id: int) -> str:
    """How the admin who asked types the undo of correction `entry_id` (Discord: a pick list
    and a number field; Matrix: the bot's prefix)."""
    return typed_command(req, services, "curate", action="undo", number=str(entry_id))


def _when(moment: datetime, zone: str, locale: str) -> str:
    # the bot's display zone, named, like /status and /feeds (it was the server's, unnamed)
    return fmt_moment(moment, zone, locale)


def _describe(e: CurationEntry, zone: str, locale: str) -> str:
    params = {
        "target": inert(e.target),
        "value": inert(e.value or ""),
        "label": inert(e.label or ""),
    }
    what = t(locale, f"curate.log.{e.action}", **params)
    line = t(
        locale,
        "curate.log.line",
        id=e.id,
        when=_when(e.created_at, zone, locale),
        by=inert(e.created_by),
        what=what,
    )
    if e.undone_at is not None:
        line += " " + t(
            locale,
            "curate.log.undone",
            by=inert(e.undone_by or "?"),
            when=_when(e.undone_at, zone, locale),
        )
    return line


def _done(req: Request, services: Services, *entries: CurationEntry) -> Reply:
    locale = req.locale
    zone = services.config.digest.timezone
    return Reply(
        title=t(locale, "curate.title"),
        blocks=[
            Block("\n".join(_describe(e, zone, locale) for e in entries)),
            Block(
                "\n".join(
                    t(locale, "curate.undo_hint", undo=_undo_command(req, services, e.id))
                    for e in entries
                )
            ),
        ],
    )


async def _merge(req: Request, services: Services) -> Reply:
    source = await _speaker_name(req, req.arg("speaker"), services)
    into_q = req.arg("into") or req.arg("to")
    if not into_q:
        raise UserError("curate.need_into", command="curate")
    into = await _speaker_name(req, into_q, services)
    if fold_name(source) == fold_name(into):
        raise UserError("curate.same_speaker", speaker=source)
    entry = await services.store.curation.add(
        "merge", source, req.user.id, services.clock(), value=into
    )
    return _done(req, services, entry)


async def _rename(req: Request, services: Services) -> Reply:
    source = await _speaker_name(req, req.arg("speaker"), services)
    new_name = req.arg("to")
    role = req.arg("role")
    if not new_name and not role:
        raise UserError("curate.need_to", command="curate")
    store = services.store.curation
    entries = []
    if new_name and new_name != source:
        entries.append(
            await store.add("rename", source, req.user.id, services.clock(), value=new_name)
        )
    if role:
        entries.append(
            await store.add("role", new_name or source, req.user.id, services.clock(), value=role)
        )
    if not entries:
        raise UserError("curate.same_speaker", speaker=source)
    return _done(req, services, *entries)


async def _hide(req: Request, services: Services) -> Reply:
    store = services.store.curation
    now = services.clock()
    quote_id, figure_id = req.arg("quote"), req.arg("figure")
    if quote_id:
        ref = await store.quote_ref(int(quote_id))
        if ref is None:
            raise UserError("curate.no_quote", id=quote_id, suggestion="curate.see_article")
        entry = await store.add("hide_quote", ref[0], req.user.id, now, label=ref[1])
    elif figure_id:
        ref = await store.figure_ref(int(figure_id))
        if ref is None:
            raise UserError("curate.no_figure", id=figure_id, suggestion="curate.see_article")
        entry = await store.add("hide_figure", ref[0], req.user.id, now, label=ref[1])
    else:
        name = await _speaker_name(req, req.arg("speaker"), services)
        entry = await store.add("hide_speaker", name, req.user.id, now)
    return _done(req, services, entry)


async def _log(req: Request, services: Services) -> Reply:
    locale = req.locale
    entries = await services.store.curation.log(limit=LOG_LIMIT)
    if not entries:
        return Reply(
            title=t(locale, "curate.log_title"),
            blocks=[Block(t(locale, "curate.log_empty"))],
            kind="info",
        )
    action = t(locale, "curate.action.log")
    page = page_of(entries, req, "curate", args=action)
    zone = services.config.digest.timezone
    lines = [_describe(e, zone, locale) for e in page.items]
    blocks = [*chunk_lines(lines), *page.footer(locale)]
    return Reply(title=t(locale, "curate.log_title"), blocks=blocks, kind="info")


async def _undo(req: Request, services: Services) -> Reply:
    # Discord has a number field for it; text commands give it by position ("/curate undo 3")
    raw = (req.arg("number") or req.arg("speaker") or "").lstrip("#")
    if not raw:
        raise UserError(
            "curate.undo_which",
            command="curate",
            log=typed_command(req, services, "curate", action="log"),
            undo=_undo_command(req, services, 1),
        )
    if not raw.isdigit():
        raise UserError(
            "curate.need_number",
            command="curate",
            value=raw,
            log=typed_command(req, services, "curate", action="log"),
        )
    entry = await services.store.curation.undo(int(raw), req.user.id, services.clock())
    if entry is None:
        raise UserError(
            "curate.no_entry",
            id=raw,
            suggestion="curate.see_log",
            log=typed_command(req, services, "curate", action="log"),
        )
    return Reply(
        title=t(req.locale, "curate.title"),
        blocks=[Block(_describe(entry, services.config.digest.timezone, req.locale))],
    )


async def curate(req: Request, services: Services) -> Reply:
    if not services.is_bot_admin(req.user):
        raise UserError("common.not_admin")
    action = _action(req)
    run = {
        "merge": _merge,
        "rename": _rename,
        "hide": _hide,
        "log": _log,
        "undo": _undo,
    }[action]
    return await run(req, services)


HANDLERS: dict[str, Handler] = {"curate": curate}
