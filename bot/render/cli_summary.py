"""The summaries the command line prints (`ingest`, `feeds poll`, `store copy`), in the bot's
language: a German newsroom reads "Korpusversion 3: 2 neu …" from the same program that
answers its chat commands in German; `--locale en` gives the English lines.

Pure functions from records to text; the caller makes the text terminal-safe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.feeds import feed_error
from handlers.i18n import count, t
from handlers.reasons import say_reason

if TYPE_CHECKING:
    from bot.feeds.poller import FeedResult, PollSummary
    from bot.store.records import CorpusChange


def format_change(change: CorpusChange, locale: str, unchanged: int | None = None) -> str:
    """What an ingest (or the ingest of a poll) did: the corpus version, what was added,
    changed, removed and kept, the store's totals, and every skipped file with its reason.
    `unchanged` counts the kept articles when `change` does not list them (a poll's)."""
    totals = change.totals
    kept = len(change.unchanged) if unchanged is None else unchanged
    if change.changed_anything:
        head = t(
            locale,
            "cli.ingest.changed",
            version=change.version,
            added=len(change.added),
            changed=len(change.changed),
            removed=len(change.removed),
            unchanged=kept,
        )
    else:
        head = t(
            locale,
            "cli.ingest.unchanged",
            version=change.version,
            articles=count(locale, "stored_articles", kept),
        )
    store = t(
        locale,
        "cli.ingest.store",
        articles=count(locale, "stored_articles", totals.get("articles", 0)),
        sentences=count(locale, "sentences", totals.get("sentences", 0)),
        quotes=count(locale, "quotes", totals.get("quotes", 0)),
        figures=count(locale, "figures", totals.get("figures", 0)),
    )
    lines = [head, store]
    if change.new_quotes or change.new_figures:
        lines.append(
            t(
                locale,
                "cli.ingest.new",
                quotes=count(locale, "quotes", change.new_quotes),
                figures=count(locale, "figures", change.new_figures),
            )
        )
    lines.extend(
        t(locale, "cli.ingest.skipped", file=s.file, reason=say_reason(s.reason, locale))
        for s in change.skipped
    )
    return "\n".join(lines)


def _feed_state(result: FeedResult, locale: str) -> str:
    """One feed's outcome: failed (why, in the reader's language), not modified, or counts."""
    if result.status == "failed":
        why = feed_error(result.error or "?", locale)
        disabled = t(locale, "cli.poll.now_disabled") if result.disabled else ""
        return t(locale, "cli.poll.failed", error=why) + disabled
    if result.status == "not_modified":
        return t(locale, "cli.poll.not_modified")
    return t(
        locale,
        "cli.poll.counts",
        new=result.new,
        updated=result.updated,
        unchanged=result.unchanged,
    )


def _poll_line(summary: PollSummary, locale: str) -> str:
    """The poll's totals: feeds, new and updated articles, failures, requests, version."""
    version = (
        t(locale, "cli.poll.version", version=summary.change.version) if summary.change else ""
    )
    return t(
        locale,
        "cli.poll.line",
        feeds=count(locale, "feeds", len(summary.feeds)),
        new=sum(f.new for f in summary.feeds),
        updated=sum(f.updated for f in summary.feeds),
        failed=sum(1 for f in summary.feeds if f.status == "failed"),
        requests=count(locale, "requests", summary.requests),
        version=version,
    )


def format_poll(summary: PollSummary, locale: str) -> str:
    """What `lagebild feeds poll` did with each feed, its totals and the ingest it caused."""
    lines = []
    for f in summary.feeds:
        lines.append(f"{f.label}: {_feed_state(f, locale)}")
        if f.moved_to:
            lines.append("  " + t(locale, "cli.poll.moved", to=f.moved_to, url=f.url))
        lines.extend(
            "  " + t(locale, "cli.poll.skipped", file=s.file, reason=say_reason(s.reason, locale))
            for s in f.skipped
        )
    lines.append(_poll_line(summary, locale) if summary.feeds else t(locale, "cli.poll.none"))
    if summary.change is not None:
        lines.append(format_change(summary.change, locale, _kept_by_poll(summary.change)))
    return "\n".join(lines)


def _kept_by_poll(change: CorpusChange) -> int:
    """The stored articles a poll left as they were. A poll's change lists only the articles it
    applied, so "0 unverändert" stood next to a folder's articles that were all still there; a
    poll never removes an article, so the rest of the store is what it kept."""
    applied = len(change.added) + len(change.changed)
    return max(len(change.unchanged), change.totals.get("articles", 0) - applied)


# What `store copy` names in its summary: the rows copied (disabled subscriptions too),
# so a reader can check the copy against `/status`, `/subscriptions`, `/watches`, `/feeds`;
# each table with the catalogue noun that counts it ("1 Abonnement", "2 Abonnements").
_COPY_NOUNS = (
    ("articles", "stored_articles"), ("sentences", "sentences"), ("quotes", "quotes"),
    ("figures", "figures"), ("speakers", "speakers"), ("subscriptions", "subscriptions"),
    ("watches", "watches"), ("feeds", "feeds"), ("curation_log", "curation_entries"),
)  # fmt: skip


def format_copy(src: str, dst: str, version: int, rows: dict[str, int], locale: str) -> str:
    """`store copy`'s one line: from where to where, the corpus version and the rows copied
    (`src` and `dst` already masked: a URL's password never reaches a message)."""
    copied = ", ".join(count(locale, noun, rows.get(table, 0)) for table, noun in _COPY_NOUNS)
    return t(locale, "cli.copy.done", src=src, dst=dst, version=version, copied=copied)
