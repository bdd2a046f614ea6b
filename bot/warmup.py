"""Warming a serving process, so that its first answers cost what later ones do.

A process that has just started answers its first command slowly, and so did each of its read
connections the first time a reply needed it: on PostgreSQL the connection is opened then,
every statement is prepared on its first use (a topic digest's: 20-30 ms), and the server
process behind a new connection fills its catalog caches and loads the German dictionary;
in Python the caches kept under the corpus version (speaker names, the folded curation log)
are read and built on the first command that needs them. On the 100k-article benchmark store
a topic digest that was a process's first command took 210-370 ms where the same digest took
85-150 ms right after (a loaded 2-core machine). A corpus swap starts part of it over: the
version-keyed caches are read anew, and the new rows' pages are not in the server's buffers.

`warm_up` runs a few representative commands through `dispatch`, exactly as a user's would go
(their replies are dropped), which fills those caches and teaches the store the statements of
the common commands; then `Store.warm` runs every statement learned so far (with the
parameters of its latest run) on each read connection that has not run it yet: preparing them
alone left the first topic digest on a connection 20-40 ms slower than the second (the server
process fills its caches on a statement's first run, not on its prepare). The App runs it in
the background at start and after each corpus swap (its own or one another process
committed); it never blocks the event loop for longer than a command does, and replies
meanwhile are served as before.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from handlers.digest import build_digest
from handlers.dispatch import dispatch
from handlers.figure_groups import lemmas_loaded
from handlers.types import ChannelRef, HandlerMap, Request, Services, UserRef

log = logging.getLogger(__name__)

WARM_SUBSCRIBED = 16
"""Subscribed channels' digests a warm-up builds at most (the most recently posted first):
each costs what a channel's first /digest after a swap cost (0.4-0.7 s on the 100k-article
benchmark store under load), in the background instead."""

_WHO = UserRef("console:warm-up", "warm-up")
_WHERE = ChannelRef("console", "warm-up")


def warm_up_requests(speaker: str | None, subject: str | None = None) -> list[Request]:
    """The commands that warm a process: the plain digest and figures; when the corpus has a
    quoted speaker, its digest, its quotes and a search of its surname (the most quoted one:
    the heaviest common case, whose rows a user is most likely to ask for next); and when it
    has a figure subject (the most reported one), the digest and the search of its words and
    the digest of its last word alone.

    A topic's full-text walks are different statements for a name, for one word and for
    several words that name no speaker (bot.store.dialect._walk: `together`, `one_word`), and
    a search of several words has statements of its own: warmed with a speaker only, the
    first digest of a place or a subject and the first search of two words in a process
    prepared 3-8 statements of 4-6 kB each on their read connection, and planned them in a
    server process that had never seen them (a sentence walk: 59 ms of planning in a new
    server process, 3 ms in a warm one, at 100k articles)."""
    commands: list[tuple[str, dict[str, str]]] = [("digest", {}), ("figures", {})]
    if speaker:
        surname = speaker.split()[-1]
        commands += [
            ("digest", {"topic": speaker}),
            ("who_said", {"speaker": speaker}),
            ("search", {"text": surname}),
        ]
    if subject:
        words = subject.split()
        commands += [("digest", {"topic": subject}), ("search", {"text": subject})]
        if len(words) > 1:
            commands.append(("digest", {"topic": words[-1]}))
    return [Request(command=c, args=a, user=_WHO, channel=_WHERE) for c, a in commands]


async def warm_up(services: Services, handlers: HandlerMap) -> int:
    """Run the warm-up commands (warm_up_requests), load the lemma table that figure topics
    read, build the subscribed channels' digests (warm_subscribed), then run the statements
    all of these (and any reply before) used on every read connection of the store. Returns
    how many statements ran there."""
    store = services.store
    top = await store.speakers.most_quoted()
    subjects = await store.figures.subjects(limit=1)
    requests = warm_up_requests(
        top.name if top else None, subjects[0].subject if subjects else None
    )
    for req in requests:
        reply = await dispatch(req, services, handlers)
        log.debug("warm-up %s: %s", req.command, reply.kind)
    await lemmas_loaded()  # if no warm-up command needed it: the first topic that does
    built = await warm_subscribed(services)
    log.debug("warm-up: %d subscribed channels' digests built", built)
    ran = await store.warm()
    log.info("warm-up done: %d statements run on the read connections", ran)
    return ran


async def warm_subscribed(services: Services, limit: int = WARM_SUBSCRIBED) -> int:
    """Build the digest each subscribed channel would get now: since its last posting on its
    topic (everything when it has none yet), as its scheduled posting and its /digest build
    it. Digests are kept per corpus version, moment and topic (handlers.digest._kept_body),
    but the first one of a moment after a swap summarised every subject changed since then:
    0.4-0.7 s for a day of the 100k-article benchmark store where the kept one took 5-6 ms
    (load 9). The channels' moments are known (their last postings), so the warm-up after
    each swap builds those digests before a channel asks. Returns how many were built (the
    plain digest, which warm_up asks for anyway, not counted)."""
    # the channel's last posting on the topic from any of its subscriptions, a disabled one
    # too (SubscriptionRepo.last_sent_on_topic); channels with an enabled one only
    moments: dict[tuple[str, str, str], tuple[datetime | None, str]] = {}
    enabled: set[tuple[str, str, str]] = set()
    for sub in await services.store.subscriptions.list():
        channel = (sub.transport, sub.channel_id, sub.topic.lower())
        since = moments.get(channel, (None, ""))[0]
        if sub.last_sent_at is not None and (since is None or since < sub.last_sent_at):
            since = sub.last_sent_at
        moments[channel] = (since, sub.topic)
        if sub.enabled:
            enabled.add(channel)
    never = datetime.min.replace(tzinfo=UTC)
    wanted = sorted(
        {moments[c] for c in enabled if moments[c][0] is not None or moments[c][1]},
        key=lambda m: (m[0] or never, m[1]),
        reverse=True,
    )[:limit]
    locale = services.config.bot.locale
    for since, topic in wanted:
        await build_digest(services, since, locale, when_empty="notice", topic=topic or None)
    return len(wanted)
