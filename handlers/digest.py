"""The digest: what is new since a point in time, for the daily posting and for /digest.

One builder serves the scheduler (since = the subscription's last digest), `/digest` on demand
and `lagebild digest --since`. A digest lists new articles with a short extractive summary
(their first report sentences: German news puts the gist first), the current figure per subject
with what changed ("mindestens 3.000 → mehr als 10.000"), one notable new quote per speaker (up
to six of a speaker's own when the topic names them), and "Stand: <corpus version>" so readers
can tell which corpus it was built from.

`/digest` on demand answers since the channel's last posted digest when the channel is
subscribed (the same view the next scheduled digest will extend), otherwise everything.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, cast

from bot.render.markup import unescape
from bot.store.records import ArticleRecord, FigureRecord, QuoteRecord, SentenceRecord
from bot.store.topic import TopicArticles, TopicQuery
from handlers.digest_topic import resolve_topic
from handlers.figure_groups import SubjectScope, subject_scope
from handlers.figures import FIGURE_LIMIT, current_value, side_by_side, sources_text
from handlers.figures import summarize as summarize_figures
from handlers.format import (
    chunk_lines,
    figure_provenance,
    fmt_date,
    fmt_figure_date,
    fmt_moment,
    inert,
    linked_title,
    quote_provenance,
    quote_text,
    unique_provenance,
)
from handlers.i18n import t
from handlers.speakers_lookup import suggestions
from handlers.syntax import CONSOLE, Syntax, command_names, syntax_of, typed_text, write
from handlers.types import Block, Handler, Provenance, Reply, Request, Services

if TYPE_CHECKING:
    from bot.store import Store

MAX_ARTICLES = 10
MAX_SUBJECTS = 8
MAX_QUOTES = 6
NOT_FOUND_SUGGESTIONS = 3  # speakers and subjects offered for a topic the corpus lacks
SUMMARY_SOFT_LIMIT = 180  # a second sentence is added only when the first is this short
SUMMARY_HARD_LIMIT = 420
QUOTE_LIMIT = 280
_KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3}


async def build_digest(
    services: Services,
    since: datetime | None,
    locale: str,
    *,
    when_empty: Literal["notice", "skip"] | None = None,
    topic: str | None = None,
    syntax: Syntax = CONSOLE,
) -> Reply | None:
    """The digest (see _build_digest), read from one store snapshot: the scheduler calls this
    too, and a digest posted during a reload must not mix two corpus versions. Commands in it
    ("/article 3") are written as `syntax` types them: the channel it goes to."""
    async with services.store.snapshot() as store:
        pinned = dataclasses.replace(services, store=store)
        return await _build_digest(
            pinned, since, locale, when_empty=when_empty, topic=topic, syntax=syntax
        )


async def _build_digest(
    services: Services,
    since: datetime | None,
    locale: str,
    *,
    when_empty: Literal["notice", "skip"] | None = None,
    topic: str | None = None,
    syntax: Syntax = CONSOLE,
) -> Reply | None:
    """The digest of everything first seen after `since` (all when None), or only of what
    concerns `topic` (words, a speaker, a figure subject: handlers.digest_topic). When nothing
    is new: None if config digest.when_empty is "skip" (or `when_empty` overrides it), else a
    one-line notice."""
    store = services.store
    version, updated_at = await store.corpus.stamp()
    footer = t(locale, "digest.stand", version=version, updated=_when(updated_at, services, locale))
    body = await _kept_body(services, since, locale, topic or None)
    if not body.new:
        if (when_empty or services.config.digest.when_empty) == "skip":
            return None
        if topic and not await _topic_in_corpus(services, body.wanted, since):
            return await _topic_not_found(services, topic, locale, footer, syntax)
        key = "digest.nothing_new_since" if since else "digest.nothing_at_all"
        if topic:
            key += "_topic"
        return Reply(
            title=_title(services, since, locale, topic),
            blocks=[Block(t(locale, key, since=_when(since, services, locale), topic=topic))],
            footer=footer,
            kind="info",
        )
    return Reply(
        title=_title(services, since, locale, topic),
        blocks=body.blocks_for(syntax, locale),
        provenance=list(body.provenance),
        footer=footer,
    )


@dataclass(frozen=True, slots=True)
class _Body:
    """What a digest shows between its title and its footer, and whether any of it is new (an
    article, a quote or a changed figure; else the digest is a one-line notice)."""

    blocks: tuple[Block, ...]
    provenance: tuple[Provenance, ...]
    new: bool
    wanted: TopicQuery  # the resolved topic (TopicQuery(None): none)
    # Blocks that name a command, by index: an article's head line ("… (/article 3)") with its
    # catalogue parameters and summary, and "… see /sources" with its key and count. A body is
    # kept for every transport; each reply writes them as its channel types commands.
    heads: tuple[tuple[int, dict[str, str], str], ...] = ()
    more: tuple[int, str, int] | None = None

    def blocks_for(self, syntax: Syntax, locale: str) -> list[Block]:
        blocks = [dataclasses.replace(block) for block in self.blocks]  # a reply owns its blocks
        for i, params, summary in self.heads:
            article = write(syntax, locale, "article", {"id": params["id"]})
            head = t(locale, "digest.article_line", **params, command=article)
            blocks[i].text = f"{head}\n{summary}" if summary else head
        if self.more is not None:
            i, key, rest = self.more
            blocks[i].text = t(locale, key, count=rest, **command_names(syntax, locale))
        return blocks


_KEPT_BODIES = "digest.body"
KEPT_BODIES = 256
"""Digest bodies kept per corpus version and curation log (moments x topics x locales): a
bound on what a long-running process holds (a body is a few kB of text and provenance)."""


async def _kept_body(
    services: Services, since: datetime | None, locale: str, topic: str | None
) -> _Body:
    """The body of a digest (_body). It depends on the corpus version and its corrections
    alone, besides its moment, topic and locale, so it is built once per version and handed
    out until the next swap or correction (Store.kept). The digest of everything (no `since`,
    no topic: /digest in a channel without a subscription) is built by the App's warm-up
    after each swap (bot.warmup), and so is each subscribed channel's digest since its last
    posting (warm_subscribed), which the channel's /digest and its scheduled posting then
    read. Other moments and topics pay their first digest per version: a topic's three
    full-text sources (a place's: some 60,000 rows tested on PostgreSQL at 100k articles), a
    moment's summaries of the subjects changed since it (0.4-0.7 s for a day there)."""
    kept = await services.store.kept(_KEPT_BODIES)
    slot = (locale, since, topic)
    body = kept.get(slot)
    if isinstance(body, _Body):
        return body
    body = await _body(services, since, locale, topic)
    if len(kept) < KEPT_BODIES:
        kept[slot] = body
    return body


async def _body(
    services: Services, since: datetime | None, locale: str, topic: str | None
) -> _Body:
    """The articles, figures and quotes first seen after `since` (all when None), or only
    those concerning `topic`."""
    store = services.store
    at_least = False
    wanted = TopicQuery(None)
    if topic:
        # Filtered, counted and limited in the database (handlers.digest_topic, bot.store.topic).
        # The whole words first; prefixes only when no sentence holds the words.
        stages = await resolve_topic(topic, services)
        async with store.sibling() as other:
            for i, wanted in enumerate(stages):
                replaceable = i < len(stages) - 1
                quotes, found = await _topic_reads(store, other, wanted, since, replaceable)
                if found.in_sentences:
                    break
        article_count, at_least, articles = found.count, found.at_least, found.articles
        figure_lines, figure_prov, changed = await _figure_lines(
            services, since, locale, wanted.subject_keys
        )
    else:
        # Counted and limited in the database: `since` None (or long ago) is every article.
        quotes = await store.quotes.since(since)
        article_count = await store.articles.count_since(since)
        articles = await store.articles.since(since, limit=MAX_ARTICLES)
        figure_lines, figure_prov, changed = await _figure_lines(services, since, locale)
    if not articles and not quotes and not changed:
        return _Body((), (), False, wanted)

    blocks: list[Block] = []
    provenance: list[Provenance] = []
    heads: list[tuple[int, dict[str, str], str]] = []
    more: tuple[int, str, int] | None = None
    if articles:
        heading = t(
            locale,
            "digest.articles_at_least" if at_least else "digest.articles",
            count=article_count,
        )
        texts = await store.articles.sentences_of([a.id for a in articles])
        for i, article in enumerate(articles):
            params, summary = _article_parts(article, texts[article.id], locale)
            heads.append((len(blocks), params, summary))
            blocks.append(Block("", heading if i == 0 else None))
            provenance.append(
                Provenance(
                    article.id, article.title, article.outlet, article.published, url=article.url
                )
            )
        if article_count > len(articles):
            rest = article_count - len(articles)
            key = "digest.more_articles_at_least" if at_least else "digest.more_articles"
            key += "_one" if rest == 1 else ""  # "1 weiterer Artikel", not "1 weitere"
            more = (len(blocks), key, rest)
            blocks.append(Block(""))
    if figure_lines:
        blocks.extend(chunk_lines(figure_lines, t(locale, "digest.figures")))
        provenance.extend(figure_prov)
    # A digest about a speaker lists what they said; any other digest one line per speaker.
    per_speaker = MAX_QUOTES if wanted.speaker_ids else 1
    quote_lines, quote_prov = _quote_lines(quotes, locale, per_speaker)
    if quote_lines:
        blocks.extend(chunk_lines(quote_lines, t(locale, "digest.quotes")))
        provenance.extend(quote_prov)
    return _Body(
        tuple(blocks), tuple(unique_provenance(provenance)), True, wanted, tuple(heads), more
    )


async def _topic_reads(
    store: Store,
    other: Store | None,
    wanted: TopicQuery,
    since: datetime | None,
    replaceable: bool = False,
) -> tuple[list[QuoteRecord], TopicArticles]:
    """The topic's quotes and its articles. Each reads up to TOPIC_CANDIDATES of the topic's
    newest matches per source (on PostgreSQL a place name's quote walk tests some 15,000
    rows, its sentence and title sources 30,000 and 14,000), so where the snapshot has a
    second connection (Store.sibling) the quotes are read there at the same time: same
    snapshot, same answer. A failure of either cancels the other before the snapshot ends.
    The caller takes the sibling once for all the stages of a topic: each took its own, an
    exported and imported snapshot and a rollback per stage (three stages for a figure
    subject's words, which no sentence holds).
    A `replaceable` stage whose words no sentence holds is replaced by the next (_body): its
    articles stop at their sentence source (ArticleRepo.for_topic), and without a second
    connection its quotes are not read at all."""
    if other is None:
        found = await store.articles.for_topic(wanted, since, MAX_ARTICLES, replaceable)
        if replaceable and not found.in_sentences:
            return [], found
        return await store.quotes.for_topic(wanted, since), found
    async with asyncio.TaskGroup() as group:
        quoted = group.create_task(other.quotes.for_topic(wanted, since))
        articles = group.create_task(
            store.articles.for_topic(wanted, since, MAX_ARTICLES, replaceable)
        )
    return quoted.result(), articles.result()


async def _topic_in_corpus(services: Services, wanted: TopicQuery, since: datetime | None) -> bool:
    """Whether anything of the whole corpus concerns the topic (not only what is new since
    `since`): a figure subject, or an article by its speaker, words or title."""
    if wanted.subject_keys:
        return True
    if since is None:
        return False  # the digest just looked at everything
    return bool((await services.store.articles.for_topic(wanted, None, 1)).articles)


async def _topic_not_found(
    services: Services, topic: str, locale: str, footer: str, syntax: Syntax
) -> Reply:
    """A topic the corpus knows nothing about is said to be so, not titled as an overview, with
    what a user can ask instead: similar speaker names, else the most quoted speakers and the
    most reported figure subjects, and the commands that list everything."""
    store = services.store
    close = suggestions(topic, await store.speakers.names())
    if close:
        hints = [t(locale, "digest.not_found_close", names=inert(", ".join(close)))]
    else:
        speakers = [s.name for s in await store.speakers.all() if s.kind != "anonymous"]
        subjects = [s.subject for s in (await subject_scope(services)).joined]
        hints = []
        if speakers:
            names = ", ".join(speakers[:NOT_FOUND_SUGGESTIONS])
            hints.append(t(locale, "digest.not_found_speakers", names=inert(names)))
        if subjects:
            names = ", ".join(subjects[:NOT_FOUND_SUGGESTIONS])
            hints.append(t(locale, "digest.not_found_subjects", subjects=inert(names)))
    hints.append(typed_text(syntax, locale, "digest.not_found_try"))
    return Reply(
        title=t(locale, "digest.title_not_found", topic=topic),
        blocks=[Block(t(locale, "digest.not_found", topic=inert(topic))), Block("\n".join(hints))],
        footer=footer,
        kind="info",
    )


def _title(
    services: Services, since: datetime | None, locale: str, topic: str | None = None
) -> str:
    if since is None:
        title = t(locale, "digest.title_all")
    else:
        title = t(locale, "digest.title_since", since=_when(since, services, locale))
    return title + t(locale, "digest.title_topic", topic=topic) if topic else title


def _when(moment: datetime | None, services: Services, locale: str) -> str:
    """A moment in the configured digest time zone, to the minute."""
    if moment is None:
        return t(locale, "common.undated")
    return fmt_moment(moment, services.config.digest.timezone, locale)


def _article_parts(
    article: ArticleRecord, sentences: Sequence[SentenceRecord], locale: str
) -> tuple[dict[str, str], str]:
    """An article's head line parameters (without its command) and its summary, inert."""
    params = {
        "title": linked_title(article.title, article.url, "**"),
        "outlet": inert(article.outlet or t(locale, "common.unknown_outlet")),
        "date": fmt_date(article.published, locale),
        "id": str(article.id),
    }
    summary = summarize([(s.text, s.section) for s in sentences])
    return params, inert(summary) if summary else ""


def summarize(sentences: Sequence[tuple[str, str]]) -> str:
    """One or two leading report sentences (a second only when the first is short), so a
    summary is extractive: it never says anything the article did not."""
    chosen = [text.strip() for text, section in sentences if section == "report" and text.strip()]
    if not chosen:
        chosen = [
            text.strip() for text, section in sentences if section != "teaser" and text.strip()
        ]
    if not chosen:
        return ""
    summary = chosen[0]
    if len(summary) < SUMMARY_SOFT_LIMIT and len(chosen) > 1:
        candidate = f"{summary} {chosen[1]}"
        if len(candidate) <= SUMMARY_HARD_LIMIT:
            summary = candidate
    return _shorten(summary, SUMMARY_HARD_LIMIT)


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with a visible ellipsis (never silently)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut} …"


# -- figures ---------------------------------------------------------------------------------


FIGURES_PER_SUBJECT = 200  # newest reports read per subject; enough for "before" and "now"


@dataclass(frozen=True, slots=True)
class _Now:
    """A subject's current value(s) as /figures shows them: the newest dated report, with every
    differing claim of that date side by side so a conflict is never hidden. `source` is set
    only for a single value; with several, `value` names each claim's sources itself."""

    value: str
    source: str
    date: str
    provenance: tuple[Provenance, ...]  # of the reports behind it

    @property
    def with_source(self) -> str:
        return f"{self.value} ({self.source})" if self.source else self.value


def _current(figs: Sequence[FigureRecord], locale: str) -> _Now | None:
    summary = summarize_figures(figs, locale)
    if not summary.current:
        return None
    shown = tuple(f for c in summary.current for f in c.figures)
    provenance = tuple(figure_provenance(f) for f in shown)
    when = fmt_figure_date(summary.current_date, shown, locale)
    if len({c.value for c in summary.current}) == 1:
        sources = sources_text(summary.current)
        return _Now(summary.current[0].value, sources, when, provenance)
    if not summary.current_conflict:
        # Agreeing claims as one span with all sources: "mehr als 10.000 bis rund 11.000 (…)".
        return _Now(current_value(summary.current, locale), "", when, provenance)
    return _Now(side_by_side(summary.current, locale), "", when, provenance)


def _line(key: str, subject: str, now: _Now, before: _Now | None, locale: str) -> str:
    """One figure line; the `_multi` templates take values that carry their own sources."""
    if before is None:
        if now.source:
            return "- " + t(
                locale, key, subject=subject, value=now.value, source=now.source, date=now.date
            )
        return "- " + t(locale, f"{key}_multi", subject=subject, value=now.value, date=now.date)
    if now.source and before.source:
        return "- " + t(
            locale,
            key,
            subject=subject,
            value=now.value,
            source=now.source,
            date=now.date,
            before=before.value,
            before_source=before.source,
            before_date=before.date,
        )
    return "- " + t(
        locale,
        f"{key}_multi",
        subject=subject,
        value=now.with_source,
        date=now.date,
        before=before.with_source,
        before_date=before.date,
    )


async def _figure_lines(
    services: Services,
    since: datetime | None,
    locale: str,
    subject_keys: Sequence[str] | None = None,
) -> tuple[list[str], list[Provenance], bool]:
    """Lines for the current figure of each subject (the most reported ones, or those of
    `subject_keys` when given), changed subjects first with "before → now". A digest since a
    moment lists only subjects with a figure from an article first seen after it (each with
    its current value): an old subject beside them read as news it was not."""
    store = services.store
    scope = await subject_scope(services)  # partial scopes joined as /figures joins them
    members = scope.members
    if subject_keys is None:
        summaries = scope.joined[:200]
    else:
        mains = list(dict.fromkeys(scope.main_key(key) for key in subject_keys))
        found = [scope.subject(key) or await store.figures.subject(key) for key in mains]
        summaries = [s for s in found if s is not None]
    touched: set[str] = set()
    if since is not None:
        fresh = await store.figures.subject_keys_since(since)  # one query, in the database
        touched = {m for m, keys in members.items() if fresh.intersection(keys)} | fresh
    kept = await store.kept(_KEPT_CURRENT)
    changed: list[_Shown] = []
    unchanged: list[_Shown] = []
    for summary in summaries:
        is_touched = summary.subject_key in touched
        if not is_touched and (since is not None or len(unchanged) + len(changed) >= MAX_SUBJECTS):
            continue
        subject = inert(summary.subject)
        if is_touched and since is not None:
            entry, is_changed = await _kept_since_line(
                scope, summary.subject_key, subject, since, locale
            )
            if entry is not None:
                (changed if is_changed else unchanged).append(entry)
            continue
        now = await _kept_current(kept, scope, summary.subject_key, locale)
        if now is not None:
            line = _line("digest.figure_line", subject, now, None, locale)
            unchanged.append((line, now.provenance))
    shown = changed + unchanged[: max(0, MAX_SUBJECTS - len(changed))]
    provenance = [p for _, line_provenance in shown for p in line_provenance]
    return [line for line, _ in shown], provenance, bool(changed)


_Shown = tuple[str, tuple[Provenance, ...]]
"""A figure line with the provenance of the reports behind it."""


_KEPT_NOW = "digest.since_now"
KEPT_NOW = 1024
"""Current values of subjects changed since some moment, kept per corpus version (the
subjects several subscriptions' moments touch): a bound on what a long-running process holds."""


async def _kept_since_line(
    scope: SubjectScope, subject_key: str, subject: str, since: datetime, locale: str
) -> tuple[_Shown | None, bool]:
    """_since_line of a subject. The line itself is built once per digest body, which is kept
    per corpus version and moment (_kept_body); its current value ("now") depends on the
    corpus alone and is kept per version for every moment (Store.kept)."""
    kept = await scope.store.kept(_KEPT_NOW)
    # "before" needs older reports than the FIGURE_LIMIT newest
    figs = await scope.figures(subject_key, limit=FIGURES_PER_SUBJECT)
    now_slot = (locale, subject_key)
    if now_slot in kept:
        now = cast(_Now | None, kept[now_slot])
    else:
        now = _current(figs, locale)
        if len(kept) < KEPT_NOW:
            kept[now_slot] = now
    return _since_line(subject, figs, since, locale, now)


def _since_line(
    subject: str, figs: Sequence[FigureRecord], since: datetime, locale: str, now: _Now | None
) -> tuple[_Shown | None, bool]:
    """The line of a subject with reports first seen after `since`, and whether its value
    changed: new ("neu"), changed ("before → now"), or the same as before. `now` is the
    subject's current value from `figs` (_current)."""
    if now is None:
        return None, False
    before = _current([f for f in figs if _seen_before(f, since)], locale)
    if before is None:
        return (_line("digest.figure_new", subject, now, None, locale), now.provenance), True
    if (before.value, before.source) != (now.value, now.source):
        line = _line("digest.figure_changed", subject, now, before, locale)
        return (line, now.provenance + before.provenance), True
    return (_line("digest.figure_line", subject, now, None, locale), now.provenance), False


_KEPT_CURRENT = "digest.current_figure"
KEPT_SUBJECTS = 256
"""Current values kept per corpus version and locale (the plain digest shows 8, topic digests
of subjects add theirs): a bound on what a long-running process holds."""


async def _kept_current(
    kept: dict[Hashable, object], scope: SubjectScope, subject_key: str, locale: str
) -> _Now | None:
    """A subject's current value as /figures shows it, from its newest FIGURE_LIMIT reports.
    It depends on the corpus and its corrections alone, so it is worked out once per corpus
    version (Store.kept), not in every digest: summarising 8 subjects x 100 reports was most
    of a plain digest's CPU (the rows read and decoded, the claims compared and worded)."""
    slot = (locale, subject_key)
    if slot in kept:
        return cast(_Now | None, kept[slot])
    now = _current(await scope.figures(subject_key, limit=FIGURE_LIMIT), locale)
    if len(kept) < KEPT_SUBJECTS:
        kept[slot] = now
    return now


def _seen_before(fig: FigureRecord, since: datetime) -> bool:
    seen = fig.first_seen if fig.first_seen.tzinfo else fig.first_seen.replace(tzinfo=UTC)
    return seen <= since


# -- quotes ----------------------------------------------------------------------------------


def notable_quotes(
    quotes: Iterable[QuoteRecord], limit: int = MAX_QUOTES, per_speaker: int = 1
) -> list[QuoteRecord]:
    """Up to `per_speaker` quotes per named speaker: direct words first, then the newest, then a
    readable length; speakers quoted most in the new articles come first. A digest about a
    speaker passes more than one, so "/digest Lindqvist" shows what she said, not one line of
    it; the slots go round the speakers so a second named speaker is not crowded out."""
    by_speaker: dict[str, list[QuoteRecord]] = defaultdict(list)
    for q in quotes:
        if q.speaker and q.speaker != "anonymous":
            by_speaker[q.speaker].append(q)

    def score(q: QuoteRecord) -> tuple[int, float, int]:
        published = q.published.toordinal() if q.published else 0
        return (-_KIND_RANK.get(q.kind, 9), published, -abs(len(q.text) - 160))

    ranked = [sorted(qs, key=score, reverse=True) for qs in by_speaker.values()]
    ranked.sort(key=lambda qs: (-len(qs), -(qs[0].published.toordinal() if qs[0].published else 0)))
    taken = [0] * len(ranked)
    room = limit
    for depth in range(per_speaker):
        for i, qs in enumerate(ranked):
            if room and depth < len(qs):
                taken[i] += 1
                room -= 1
    return [q for i, qs in enumerate(ranked) for q in qs[: taken[i]]]


def _quote_lines(
    quotes: Sequence[QuoteRecord], locale: str, per_speaker: int = 1
) -> tuple[list[str], list[Provenance]]:
    lines: list[str] = []
    provenance: list[Provenance] = []
    for q in notable_quotes(quotes, per_speaker=per_speaker):
        role = t(locale, "digest.role", role=q.speaker_role) if q.speaker_role else ""
        lines.append(
            "- "
            + t(
                locale,
                "digest.quote_line",
                speaker=inert(q.speaker or ""),
                role=inert(role),
                text=inert(_shorten(quote_text(q, locale), QUOTE_LIMIT)),
                title=linked_title(q.article_title, q.url),
                date=fmt_date(q.published, locale),
            )
        )
        provenance.append(quote_provenance(q))
    return lines, provenance


# -- plain text (the digests_sent log) -------------------------------------------------------


def digest_as_text(reply: Reply) -> str:
    """The digest as text for the sent-digests log (what was posted, transport-neutral): the
    bot's markup kept, the escapes that keep data inert undone so the log reads as written."""
    parts = [reply.title]
    for block in reply.blocks:
        parts.append(f"{block.heading}\n{block.text}" if block.heading else block.text)
    if reply.footer:
        parts.append(reply.footer)
    return unescape("\n\n".join(parts))


# -- /digest ---------------------------------------------------------------------------------


async def digest(req: Request, services: Services) -> Reply:
    """On demand: since the channel's last posted digest of the same topic (from any of its
    subscriptions on it) if it has one (what the next scheduled one would build on), otherwise
    everything. Always answers, even when
    the configuration says scheduled digests skip empty days."""
    topic = " ".join((req.arg("topic") or "").split())
    since = await services.store.subscriptions.last_sent_on_topic(
        req.channel.transport, req.channel.id, topic
    )
    reply = await build_digest(
        services,
        since,
        req.locale,
        when_empty="notice",
        topic=topic,
        syntax=syntax_of(req, services),
    )
    assert reply is not None  # when_empty="notice" always answers
    return reply


HANDLERS: dict[str, Handler] = {
    "digest": digest,
}
