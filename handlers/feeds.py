"""/feed add URL [name], /feed remove URL, /feeds: bot admins manage the news feeds.

Adding a feed records it as due and wakes the poller of the running bot, which fetches it at
once; /feeds shows how that went. Removing a feed stops following it; the
articles it brought stay in the corpus, because they are news that was read and quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from bot.feeds.state import shown_state
from bot.feeds.urls import FeedUrlError, check_feed_url
from bot.store.records import FeedRecord
from handlers.format import fmt_moment, inert
from handlers.i18n import count, t
from handlers.syntax import syntax_of, typed_command, typed_text
from handlers.types import Block, Handler, Reply, Request, Services, UserError

_ADD = {"add", "hinzufügen", "hinzufuegen", "neu", "plus", "+"}
_REMOVE = {"remove", "entfernen", "löschen", "loeschen", "delete", "rm", "-"}

# The poller records a feed's last error as the operator's English text (the log, `lagebild
# feeds list`); /feeds says it in the reader's language, with the technical detail kept.
_ERRORS = (
    (re.compile(r"^HTTP (?P<status>\d{3})(?: (?P<detail>.+))?$"), "http"),
    (re.compile(r"^unexpected HTTP (?P<status>\d{3})$"), "unexpected_http"),
    (re.compile(r"^timed out after (?P<seconds>[\d.]+) s$"), "timeout"),
    (re.compile(r"^more than (?P<n>\d+) redirects$"), "redirects"),
    (re.compile(r"^cannot connect: (?P<detail>.+)$"), "connect"),
    (re.compile(r"^response larger than the limit of (?P<n>\d+) bytes"), "too_large"),
    (re.compile(r"^malformed feed XML: (?P<detail>.+) \(line (?P<line>\d+)\)$"), "malformed_line"),
    (re.compile(r"^malformed feed XML: (?P<detail>.+)$"), "malformed"),
    (re.compile(r"^not an RSS or Atom feed$"), "not_a_feed"),
)


def feed_error(error: str, locale: str, escape: Callable[[str], str] = inert) -> str:
    """A recorded fetch or parse error in the reader's language (unknown ones as they are),
    its recorded parts passed through `escape` (`str` for text that is escaped later as a whole,
    such as a skip reason: escaping twice shows the backslashes)."""
    for pattern, key in _ERRORS:
        m = pattern.match(error)
        if m is not None:
            params = {k: escape(v or "") for k, v in m.groupdict().items()}
            return t(locale, f"feeds.error.{key}", **params).replace(" ()", "")
    return escape(error)


def _require_bot_admin(req: Request, services: Services) -> None:
    # dispatch checks spec.admin too; a handler called another way must not skip the check.
    if not services.is_bot_admin(req.user):
        raise UserError("common.not_admin")


def _qualified(req: Request) -> str:
    """Who, with the transport: "discord:123", "matrix:@anna:example.org", "console:root"
    (Discord and console ids carry it already; it was written twice, "discord:discord:123")."""
    user, transport = req.user.id, req.channel.transport
    return user if user.startswith(f"{transport}:") else f"{transport}:{user}"


def _url(req: Request) -> str:
    raw = req.arg("url") or ""
    try:
        return check_feed_url(raw)
    except FeedUrlError as e:
        reason = t(req.locale, f"feed.url_reason.{e.code}")
        raise UserError("feed.bad_url", url=inert(raw), reason=reason, command="feed") from None


async def feed(req: Request, services: Services) -> Reply:
    _require_bot_admin(req, services)
    locale = req.locale
    action = (req.arg("action") or "").lower()
    if action in _ADD:
        url = _url(req)
        by = _qualified(req)
        record, created = await services.store.feeds.add(url, req.arg("name"), by, services.clock())
        polled = services.feeds is not None and services.feeds.wake()
        key = ("feed.added" if created else "feed.readded") + ("" if polled else "_idle")
        return Reply(
            title=t(locale, "feed.title"),
            blocks=[
                Block(typed_text(syntax_of(req, services), locale, key, feed=inert(record.label)))
            ],
        )
    if action in _REMOVE:
        url = _url(req)
        if not await services.store.feeds.remove(url):
            raise UserError("feed.unknown", url=inert(url), suggestion="feed.see_list")
        return Reply(
            title=t(locale, "feed.title"), blocks=[Block(t(locale, "feed.removed", url=inert(url)))]
        )
    raise UserError("feed.bad_action", value=req.arg("action") or "", command="feed")


def _when(moment: datetime | None, services: Services, locale: str) -> str:
    if moment is None:
        return t(locale, "feeds.never")
    return fmt_moment(moment, services.config.digest.timezone, locale)


def _feed_block(f: FeedRecord, services: Services, locale: str) -> Block:
    lines = [
        t(locale, f"feeds.state.{shown_state(f)}"),
        inert(f.url),
        t(
            locale,
            "feeds.line",
            last_fetch=_when(f.last_fetch, services, locale),
            last_new=_when(f.last_new_article, services, locale),
            failures=f.failures,
            next_fetch=_when(f.next_fetch, services, locale)
            if f.state != "disabled"
            else t(locale, "feeds.no_next"),
        ),
    ]
    if f.last_error:
        lines.append(t(locale, "feeds.last_error", error=feed_error(f.last_error, locale)))
    # who is answerable for following it (the audit log has every change)
    lines.append(
        t(locale, "feeds.added", by=inert(f.added_by), when=_when(f.added_at, services, locale))
    )
    title = inert(f.title) if f.title else t(locale, "feeds.no_title")
    # a feed with neither name nor title (never fetched, or failing) is known by its address:
    # several "untitled" headings would not say which is which
    heading = f"{inert(f.name)} ({title})" if f.name else (inert(f.title or f.url))
    return Block("\n".join(lines), heading=heading)


def _typed_add(req: Request, services: Services) -> str:
    """'/feed add URL' as the asking user types it (Discord: '/feed aktion:hinzufügen url:URL')."""
    return typed_command(req, services, "feed", action="add", url="URL")


async def feeds(req: Request, services: Services) -> Reply:
    _require_bot_admin(req, services)
    locale = req.locale
    records = await services.store.feeds.list()
    if not records:
        return Reply(
            title=t(locale, "feeds.title"),
            blocks=[Block(t(locale, "feeds.none", typed=_typed_add(req, services)))],
            kind="info",
        )
    return Reply(
        title=t(locale, "feeds.title"),
        blocks=[_feed_block(f, services, locale) for f in records],
        footer=t(
            locale,
            "feeds.footer",
            count=count(locale, "feeds", len(records)),
            typed=_typed_add(req, services),
        ),
    )


HANDLERS: dict[str, Handler] = {"feed": feed, "feeds": feeds}
