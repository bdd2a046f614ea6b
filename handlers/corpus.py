"""Handlers: sources, article, status — what the bot knows and how fresh it is."""

from __future__ import annotations

import re
from datetime import datetime

from handlers.format import (
    chunk_lines,
    figure_source,
    figure_value,
    fmt_date,
    fmt_moment,
    fmt_number,
    inert,
    inner_quotes,
    quote_text,
    speaker_name,
)
from handlers.i18n import count, t
from handlers.paging import PAGE_SIZE, Page, beyond_key
from handlers.syntax import syntax_of, typed_command, typed_text
from handlers.types import Block, Field, Handler, Provenance, Reply, Request, Services, UserError

_SUMMARY_PART = re.compile(
    r"^(?:version (?P<version>\d+)|(?P<n>\d+) (?P<what>added|changed|removed|unchanged"
    r"|new quotes|new figures|skipped))$"
)


# Why a reload failed, recognised in the operator's message the reload log keeps. /status is a
# read command: everyone sees the reason in their language, never a server path or a traceback
# text (those stay in the log for the admins).
_FAILURES = (
    (re.compile(r"^corpus (?:directory|path) "), "status.failure.corpus_unusable"),
    (re.compile(r"contains no readable article"), "status.failure.empty_corpus"),
    (re.compile(r"contains none of the \d+ stored articles"), "status.failure.foreign_corpus"),
    (re.compile(r"^another process is reloading"), "status.failure.busy"),
)


def reload_failure(summary: str | None, locale: str) -> str:
    """A failed reload's reason in the reader's language (the details are in the log)."""
    for pattern, key in _FAILURES:
        if summary and pattern.search(summary):
            return t(locale, key)
    return t(locale, "status.failure.other")


def reload_summary(summary: str | None, locale: str) -> str:
    """The reload log's summary ("version 1, 0 added, 0 changed, …", written for operators'
    logs) in the reader's language; anything else is shown as it is."""
    if not summary:
        return "—"
    parts = []
    for raw in summary.split(", "):
        m = _SUMMARY_PART.match(raw.strip())
        if m is None:
            return summary
        if m["version"] is not None:
            parts.append(t(locale, "status.summary.version", version=m["version"]))
        else:
            what = m["what"].replace(" ", "_")
            parts.append(t(locale, f"status.summary.{what}", n=m["n"]))
    return ", ".join(parts)


def _fmt_time(when: datetime | None, zone: str, locale: str) -> str:
    if when is None:
        return t(locale, "status.never")
    return fmt_moment(when, zone, locale)


def _typed_article(req: Request, services: Services) -> str:
    """'/article <Nummer>' as the asking user types it (Discord: '/artikel nr:<Nummer>')."""
    number = t(req.locale, "sources.number_placeholder")
    return typed_command(req, services, "article", id=number)


async def sources(req: Request, services: Services) -> Reply:
    locale = req.locale
    status = await services.store.corpus.status()
    number = int(req.arg("page") or "1")
    articles = await services.store.articles.list(limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    pages = max(1, -(-status.articles // PAGE_SIZE))
    if number > pages:
        raise UserError(beyond_key(pages), page=number, pages=pages)
    if not articles:
        return Reply(
            title=t(locale, "sources.title"), blocks=[Block(t(locale, "sources.none"))], kind="info"
        )
    lines = [
        t(
            locale,
            "sources.line",
            id=a.id,
            title=inert(inner_quotes(a.title, locale)),
            outlet=inert(a.outlet or t(locale, "common.unknown_outlet")),
            date=fmt_date(a.published, locale),
            quotes=count(locale, "quotes", a.quote_count),
            figures=count(locale, "figures", a.figure_count),
        )
        for a in articles
    ]
    intro = t(
        locale, "sources.intro", n=fmt_number(status.articles, locale), version=status.version
    )
    page = Page(articles, number, pages, "sources")
    blocks = [
        Block(intro),
        *chunk_lines(lines),
        *page.footer(locale),
        Block(t(locale, "sources.hint", typed=_typed_article(req, services))),
    ]
    return Reply(
        title=t(locale, "sources.title"),
        blocks=blocks,
        provenance=[Provenance(a.id, a.title, a.outlet, a.published, url=a.url) for a in articles],
    )


async def article(req: Request, services: Services) -> Reply:
    locale = req.locale
    raw = req.arg("id") or ""
    try:
        article_id = int(raw)
    except ValueError:
        raise UserError("error.not_integer", command="article", option="id", value=raw) from None
    # ids beyond the store's integer range cannot exist (and must not reach the store)
    a = await services.store.articles.get(article_id) if 0 < article_id < 2**63 else None
    if a is None:
        raise UserError("article.not_found", id=article_id, suggestion="article.try_sources")
    quotes = await services.store.quotes.for_article(article_id)
    figs = await services.store.figures.for_article(article_id)
    head = t(
        locale,
        "article.head",
        outlet=inert(a.outlet or t(locale, "common.unknown_outlet")),
        date=fmt_date(a.published, locale),
        file=inert(a.file),
        sentences=count(locale, "sentences", a.sentence_count),
    )
    blocks = [Block(head)]
    if quotes:
        lines = []
        for q in quotes:
            who = inert(speaker_name(q.speaker, locale))
            role = f" ({inert(q.speaker_role)})" if q.speaker_role else ""
            # The number is what /curate hide quote:N takes.
            lines.append(f"- #{q.id} **{who}**{role}: {inert(quote_text(q, locale))}")
        blocks.extend(chunk_lines(lines, heading=t(locale, "article.quotes", n=len(quotes))))
    else:
        blocks.append(Block(t(locale, "article.no_quotes")))
    if figs:
        lines = []
        for f in figs:
            # "Schaden: mehr als 5.000.000 Euro", as /figures says it: the value keeps its
            # unit, and the subject is not read as the unit ("5.000.000 Schaden").
            subject = f"**{inert(f.subject or f.unit or '')}**: " if f.subject or f.unit else ""
            lines.append(
                f"- #{f.id} {subject}{figure_value(f, locale)}"
                f" ({inert(figure_source(f, locale))})"
                + (f" — *{inert(f.text)}*" if f.text else "")
            )
        blocks.extend(chunk_lines(lines, heading=t(locale, "article.figures", n=len(figs))))
    else:
        blocks.append(Block(t(locale, "article.no_figures")))
    return Reply(
        title=t(locale, "article.title", id=a.id, title=a.title),
        blocks=blocks,
        provenance=[Provenance(a.id, a.title, a.outlet, a.published, url=a.url)],
    )


async def status(req: Request, services: Services) -> Reply:
    locale = req.locale
    st = await services.store.corpus.status()
    curated = await services.store.speakers.count()
    speakers = st.speakers if curated is None else curated  # merges and hides count too
    last = st.last_reload or await services.store.reloads.last()
    n = lambda v: fmt_number(v, locale)  # noqa: E731
    zone = services.config.digest.timezone
    fields = [
        Field(t(locale, "status.version"), str(st.version), inline=True),
        Field(t(locale, "status.updated"), _fmt_time(st.updated_at, zone, locale), inline=True),
        Field(t(locale, "status.articles"), n(st.articles), inline=True),
        Field(t(locale, "status.sentences"), n(st.sentences), inline=True),
        Field(t(locale, "status.quotes"), n(st.quotes), inline=True),
        Field(t(locale, "status.figures"), n(st.figures), inline=True),
        Field(t(locale, "status.speakers"), n(speakers), inline=True),
        Field(t(locale, "status.subscriptions"), n(st.subscriptions), inline=True),
    ]
    if last is None:
        reload_text = t(locale, "status.no_reload")
    else:
        reload_text = t(
            locale,
            "status.reload",
            when=_fmt_time(last.finished_at or last.started_at, zone, locale),
            status=t(locale, f"status.reload_status.{last.status}"),
            by=inert(last.requested_by),
            summary=inert(
                reload_failure(last.summary, locale)
                if last.status == "failed"
                else reload_summary(last.summary, locale)
            ),
        )
    fields.append(Field(t(locale, "status.last_reload"), reload_text))
    articles = await services.store.articles.list(limit=5)
    # The version is a field: a line above the table said it twice. The footer follows the
    # sources list on every transport, so it reads as a note on that list, not its heading.
    footer = None
    if len(articles) < st.articles:  # with all of them shown the note said nothing
        footer = typed_text(
            syntax_of(req, services),
            locale,
            "status.footer_newest",
            n=len(articles),
            total=n(st.articles),
        )
    return Reply(
        title=t(locale, "status.title"),
        fields=fields,
        provenance=[Provenance(a.id, a.title, a.outlet, a.published, url=a.url) for a in articles],
        footer=footer,
        kind="info",
    )


HANDLERS: dict[str, Handler] = {
    "sources": sources,
    "article": article,
    "status": status,
}
