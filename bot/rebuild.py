"""Building a store from scratch without ever leaving a half-made one behind.

Used by `lagebild ingest --rebuild` (re-create the store from the corpus, e.g. after the
store-open check found the file corrupt) and by every command that finds no store yet. The new
store is built under a temporary name next to the target and renamed over it only when the
ingest succeeded: a failure (missing or empty corpus, a crash, Ctrl-C) leaves the old store as
it was, or no file at all. Subscriptions and the digest/reload history are copied from the
old store (bot.store.files).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot.config import Config, with_store_path
from bot.ingest import Progress
from bot.store.db import store_url
from bot.store.errors import StoreError
from bot.store.files import (
    Carried,
    carry_over_state,
    check_replaceable,
    refuse_if_in_use,
    remove_store,
    replace_store,
    staging_path,
)
from bot.store.records import CorpusChange


@dataclass(frozen=True, slots=True)
class Rebuilt:
    change: CorpusChange
    carried: Carried | None  # None: there was no old store


async def build_store(
    config: Config, progress: Progress | None = None, allow_empty: bool = False
) -> Rebuilt:
    """Ingest the corpus into a new store at config.store_path, replacing any old one at the
    end. Raises what the ingest raises (CorpusError, EmptyCorpusError, StoreError, ...) with
    nothing changed on disk."""
    from bot.app import App

    if store_url(config.store_location) is not None:
        return await _rebuild_in_place(config, progress, allow_empty)
    target = config.store_path
    await asyncio.to_thread(check_replaceable, target)
    await asyncio.to_thread(refuse_if_in_use, target)  # before the work; checked again at the end
    staging = staging_path(target)
    remove_store(staging)  # a leftover of an earlier process with the same pid
    try:
        app = await App.build(with_store_path(config, str(staging)))
        try:
            change = await app.ingest(progress=progress, allow_empty=allow_empty)
        finally:
            await app.close()
        carried = None
        if target.exists():
            carried = await asyncio.to_thread(carry_over_state, target, staging)
        await asyncio.to_thread(replace_store, staging, target)
    except StoreError as e:
        remove_store(staging)
        # the user named the target; the staging name would only confuse
        raise StoreError(str(e).replace(str(staging), str(target))) from e
    except BaseException:
        remove_store(staging)
        raise
    return Rebuilt(change, carried)


async def _rebuild_in_place(
    config: Config, progress: Progress | None, allow_empty: bool
) -> Rebuilt:
    """PostgreSQL: no file to build aside. Every stored article is marked stale and the corpus
    ingested: the one swap at the end replaces every article, so readers (and the other
    replicas) see the old corpus until then; subscriptions, curation and feeds stay where they
    are. A failed run leaves the old corpus (re-extracted in full by the next ingest)."""
    from bot.app import App

    app = await App.build(config)
    try:
        await app.store.corpus.mark_all_stale()
        change = await app.ingest(progress=progress, allow_empty=allow_empty)
    finally:
        await app.close()
    return Rebuilt(change, None)


# What each kept table is to its user (singular, plural), in the words of the rest of the
# ingest summary; None: bookkeeping that belongs to the row before it in STATE_TABLES (a
# digest's posting claim, a feed's seen items), counted with it, never named.
_KEPT_NAMES: dict[str, tuple[str, str] | None] = {
    "subscriptions": ("subscription", "subscriptions"),
    "digests_sent": ("sent digest", "sent digests"),
    "digest_claims": None,
    "reload_log": ("reload in the history", "reloads in the history"),
    "curation_log": ("curation decision", "curation decisions"),
    "watches": ("watch", "watches"),
    "watch_seen": ("item already reported by a watch", "items already reported by watches"),
    "feeds": ("feed", "feeds"),
    "feed_articles": ("article from feeds", "articles from feeds"),
    "feed_items": None,
}
_OWNER = {"digest_claims": "digests_sent", "feed_items": "feeds"}


def _kept_name(table: str, n: int) -> str | None:
    names = _KEPT_NAMES.get(table, (table, table))  # a new state table shows up, if raw
    return None if names is None else names[0 if n == 1 else 1]


def describe_carried(carried: Carried | None) -> list[str]:
    """Report lines: what the rebuilt store kept from the old one, and what it could not, as
    a user knows it ("2 subscriptions, 1 reload in the history"), never as table names."""
    if carried is None:
        return []
    lines = []
    kept = [
        f"{n} {name}"
        for table, n in carried.rows.items()
        if n and (name := _kept_name(table, n)) is not None
    ]
    if kept:
        lines.append(f"Kept from the old store: {', '.join(kept)}.")
    lost: dict[str, list[str]] = {}
    for table, why in carried.lost.items():
        name = _kept_name(_OWNER.get(table, table), 2) or table
        lost.setdefault(name, []).append(why)
    for name, whys in lost.items():
        lines.append(
            f"Could not keep the {name} from the old store: {'; '.join(dict.fromkeys(whys))}"
        )
    return lines
