"""/watch, /unwatch, /watches, and the short posts a watch produces.

A watch follows a speaker (new quotes) or a figure subject (a changed current value). What a
watch has already seen is stored as item keys (bot.store.repos.watches): quotes by their stable
key, figure values by value and qualifier. So news is "a key not seen before": a reload that
re-creates every row posts nothing, and everything that arrives in one corpus change goes out
as one short post per channel, capped at POST_ITEMS lines ("… und 37 weitere").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.store.curation import quote_key, speaker_key
from bot.store.folding import fold_key
from bot.store.records import FigureRecord, QuoteRecord, SubjectSummary, Watch
from handlers.examples import corpus_examples
from handlers.figure_groups import joined_figures, joined_subject, subject_scope
from handlers.figure_units import measured_in, unit_named
from handlers.figures import current_value, summarize
from handlers.format import (
    figure_date,
    figure_source,
    figure_value,
    fmt_date,
    inert,
    linked_title,
    quote_text,
)
from handlers.i18n import t
from handlers.speakers_lookup import resolve_speaker
from handlers.syntax import syntax_of, typed_command, typed_text
from handlers.types import Block, Handler, Reply, Request, Services, UserError

QUOTES_CHECKED = 100  # newest quotes of a watched speaker compared against what was seen
POST_ITEMS = 5  # lines per post; the rest is counted
UNIT_SUBJECTS_SHOWN = 5  # subjects named when a unit is asked for as one


def value_key(fig: FigureRecord) -> str:
    """What makes a figure value "the same" for a watch: value, upper bound, qualifier."""
    return f"{fig.value:g}|{(fig.value_max or 0):g}|{fig.qualifier}"


async def _speaker(query: str, services: Services) -> str:
    names = await services.store.speakers.names()
    match = resolve_speaker(query, names)
    record = await services.store.speakers.get(match.speaker_id)
    return record.name if record else match.matched_name


async def speaker_quotes(name: str, services: Services) -> list[QuoteRecord]:
    """The newest quotes of the speaker shown as `name` (after curation); none if gone."""
    for sid, candidate in await services.store.speakers.names():
        if speaker_key(candidate) == speaker_key(name):
            return await services.store.quotes.by_speaker(sid, limit=QUOTES_CHECKED)
    return []


def _may_manage(req: Request, services: Services) -> None:
    if not services.can_manage_channel(req.user, req.channel):
        raise UserError("watch.not_allowed")


async def _figure_subject(query: str, services: Services) -> SubjectSummary | None:
    """The subject a user names, by its stored key or by the name /figures shows. Keys are
    lemmas ("fond", "einsatzkraft der feuerwehr"): "/watch zahl:Fonds", copied from the
    /figures list, found no figures."""
    found = await services.store.figures.complete_subject(query, limit=1)
    if found:
        return found[0]
    key = fold_key(query)
    named = [s for s in (await subject_scope(services)).joined if key in fold_key(s.subject)]
    return min(named, key=lambda s: not fold_key(s.subject).startswith(key), default=None)


async def _unknown_subject(subject: str, req: Request, services: Services) -> UserError:
    """Why `subject` cannot be watched. A unit ("Hektar", "Prozent") is no subject, but /figures
    answers it with the subjects measured in it: "Zu „Hektar“ kenne ich keine Zahlen" next
    to such a list told an editor there were none."""
    unit = unit_named(subject)
    if unit is not None:
        keys = await services.store.figures.keys_measured_in(unit)
        scope = await subject_scope(services)
        subjects = measured_in(scope.joined, scope.members, keys)
        if subjects:
            return UserError(
                "watch.unit_subject",
                unit=unit,
                subjects=", ".join(s.subject for s in subjects[:UNIT_SUBJECTS_SHOWN]),
                typed=typed_command(req, services, "watch", figure=inert(subjects[0].subject)),
            )
    return UserError("watch.unknown_subject", subject=subject, suggestion="watch.try_figures")


async def _target(req: Request, services: Services) -> tuple[str, str, str]:
    """(kind, display target, key) named by the request."""
    subject = req.arg("figure")
    if subject:
        found = await _figure_subject(subject, services)
        if found is None:
            raise await _unknown_subject(subject, req, services)
        joined = await joined_subject(services, found.subject_key) or found
        return "figure", joined.subject, joined.subject_key
    query = req.arg("speaker")
    if not query:
        raise UserError(
            "watch.need_target", command=req.command, **await _typed_examples(req, services)
        )
    name = await _speaker(query, services)
    return "speaker", name, speaker_key(name)


async def watch(req: Request, services: Services) -> Reply:
    locale = req.locale
    _may_manage(req, services)
    kind, target, key = await _target(req, services)
    value = ""
    if kind == "figure":
        figs = await joined_figures(services, key)
        known = [value_key(f) for f in figs]
        value = _current(figs, locale)
    else:
        known = [quote_key(q.sentence, q.text) for q in await speaker_quotes(target, services)]
    _, created = await services.store.watches.add(
        req.channel.transport,
        req.channel.id,
        kind,
        target,
        key,
        req.user.id,
        services.clock(),
        known=known,
        guild_id=req.channel.guild_id,
    )
    if not created:
        text = t(locale, "watch.exists", target=inert(target))
    else:
        text = t(locale, f"watch.added_{kind}", target=inert(target), value=value)
    return Reply(title=t(locale, "watch.title"), blocks=[Block(text)])


def _current(figs: list[FigureRecord], locale: str) -> str:
    """The subject's current value as /figures and the digest state it, with its sources: a
    conflict stays a conflict ("rund 1.800 (Polizei) vs. 4.000 (Verdi)"); the newest figure
    alone ("jetzt 4.000") picked one side of it by chance."""
    current = summarize(figs, locale).current
    return current_value(current, locale) if current else "?"


async def unwatch(req: Request, services: Services) -> Reply:
    locale = req.locale
    _may_manage(req, services)
    subject = req.arg("figure")
    here = await services.store.watches.for_channel(req.channel.transport, req.channel.id)
    if subject:
        kind, key, shown = "figure", fold_key(subject), subject
        by_name = [w for w in here if w.kind == "figure" and fold_key(w.target) == key]
        if not by_name:
            # "Einsatzkräfte" for a watch on "Einsatzkräfte der Feuerwehr", as /watch took it;
            # among this channel's watches only, and only when one fits
            partial = [w for w in here if w.kind == "figure" and key in fold_key(w.target)]
            by_name = partial if len(partial) == 1 else []
    else:
        query = req.arg("speaker")
        if not query:
            raise UserError(
                "watch.need_target", command="unwatch", **await _typed_examples(req, services)
            )
        kind, key, shown = "speaker", speaker_key(query), query
        by_name = [w for w in here if w.kind == "speaker" and w.target_key == key]
        if not by_name:
            # "Austin" for a watch on "Lloyd Austin": the same lookup as /watch.
            names = [(w.id, w.target) for w in here if w.kind == "speaker"]
            if names:
                match = resolve_speaker(query, names)
                by_name = [w for w in here if w.id == match.speaker_id]
    if not by_name:
        raise UserError("watch.not_found", target=shown, suggestion="watch.see_list")
    w = by_name[0]
    await services.store.watches.remove(req.channel.transport, req.channel.id, kind, w.target_key)
    return Reply(
        title=t(locale, "watch.title"),
        blocks=[Block(t(locale, "watch.removed", target=inert(w.target)))],
    )


async def _typed_examples(req: Request, services: Services) -> dict[str, str]:
    """/watch with this corpus' most quoted person and with a figure subject, written as the
    asking user types them (Discord: '/beobachten person:…', 'zahl:THEMA' in its field)."""
    person = (await corpus_examples(services, req.locale)).person
    subject = t(req.locale, "watch.subject_placeholder")
    return {
        "person": person,
        "typed": typed_command(req, services, "watch", speaker=inert(person)),
        "typed_figure": typed_command(req, services, "watch", figure=subject),
    }


async def watches(req: Request, services: Services) -> Reply:
    locale = req.locale
    here = await services.store.watches.for_channel(req.channel.transport, req.channel.id)
    if not here:
        return Reply(
            title=t(locale, "watch.list_title"),
            blocks=[
                Block(
                    typed_text(
                        syntax_of(req, services),
                        locale,
                        "watch.none",
                        **await _typed_examples(req, services),
                    )
                )
            ],
            kind="info",
        )
    lines = [
        t(
            locale,
            f"watch.line_{w.kind}",
            target=inert(w.target),
            since=fmt_date(w.created_at.date(), locale),
        )
        for w in here
    ]
    return Reply(title=t(locale, "watch.list_title"), blocks=[Block("\n".join(lines))], kind="info")


@dataclass(slots=True)
class WatchPost:
    """One post for one channel, and what it reports (marked seen once it is posted)."""

    transport: str
    channel_id: str
    reply: Reply
    seen: dict[int, list[str]] = field(default_factory=dict)  # watch id -> item keys


async def _newest_report(
    summary: SubjectSummary, services: Services, key: str
) -> list[FigureRecord]:
    """The figures the newest report gives for the subject: those of the latest figure's
    article and date. One report can give two ("35 Verletzte", "zuvor 33"; 800 by the police,
    3,000 by the organisers); which of them is `latest` is chance, and a value the watch had
    seen must not hide the one it has not."""
    latest = summary.latest
    when = figure_date(latest)
    same = [
        f
        for f in await joined_figures(services, key)
        if f.article_id == latest.article_id and figure_date(f) == when
    ]
    return same or [latest]


async def _news(w: Watch, services: Services, locale: str) -> tuple[list[str], list[str]]:
    """(lines for the post, item keys they cover) of one watch."""
    seen = await services.store.watches.seen(w.id)
    if w.kind == "figure":
        summary = await joined_subject(services, w.target_key)
        if summary is None:
            return [], []
        current = await _newest_report(summary, services, w.target_key)
        unseen = [f for f in current if value_key(f) not in seen]
        if not unseen:
            return [], []
        fig = unseen[0]
        line = t(
            locale,
            "watch.post_figure_new",
            subject=inert(summary.subject),
            value=figure_value(fig, locale),
            source=inert(figure_source(fig, locale)),
            date=fmt_date(figure_date(fig), locale),
        )
        return [line], [value_key(f) for f in current]
    fresh = [
        q
        for q in await speaker_quotes(w.target, services)
        if quote_key(q.sentence, q.text) not in seen
    ]
    lines = [
        t(
            locale,
            "watch.post_quote",
            speaker=inert(q.speaker or w.target),
            text=inert(quote_text(q, locale)),
            title=linked_title(q.article_title, q.url),
            date=fmt_date(q.published, locale),
        )
        for q in fresh
    ]
    return lines, [quote_key(q.sentence, q.text) for q in fresh]


async def watch_posts(services: Services, locale: str = "de") -> list[WatchPost]:
    """What each watching channel should be told now: one post per channel, at most
    POST_ITEMS lines, the rest counted (and marked seen with the post: a large reload is
    summed up once instead of flooding the channel)."""
    by_channel: dict[tuple[str, str], list[Watch]] = {}
    for w in await services.store.watches.list():
        by_channel.setdefault((w.transport, w.channel_id), []).append(w)
    posts: list[WatchPost] = []
    for (transport, channel_id), ws in by_channel.items():
        lines: list[str] = []
        seen: dict[int, list[str]] = {}
        more = 0
        where = ""
        for w in ws:
            news, keys = await _news(w, services, locale)
            if not keys:
                continue
            seen[w.id] = keys
            room = max(0, POST_ITEMS - len(lines))
            lines.extend(news[:room])
            if len(news) > room:
                more += len(news) - room
                kind = "figures" if w.kind == "figure" else "who_said"
                where = f"/{kind} {w.target}" if not where else "/watches"
        if not seen:
            continue
        if more:
            lines.append(t(locale, "watch.post_more", n=more, command=inert(where)))
        reply = Reply(
            title=t(locale, "watch.post_title"), blocks=[Block("\n".join(lines))], kind="info"
        )
        posts.append(WatchPost(transport, channel_id, reply, seen))
    return posts


HANDLERS: dict[str, Handler] = {"watch": watch, "unwatch": unwatch, "watches": watches}
