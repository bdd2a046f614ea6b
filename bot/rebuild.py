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


# What each kept table is to its user: its catalogue nouns (`cli.kept.<table>.one|other`, in
# the words of the rest of the ingest summary); None: bookkeeping that belongs to the row
# before it in STATE_TABLES (a digest's posting claim, a feed's seen items), counted with it,
# never named.
_KEPT_NAMES: dict[str, bool] = {
    "subscriptions": True,
    "digests_sent": True,
    "digest_claims": False,
    "reload_log": True,
    "curation_log": True,
    "watches": True,
    "watch_seen": True,
    "feeds": True,
    "feed_articles": True,
    "feed_items": False,
}
_OWNER = {"digest_claims": "digests_sent", "feed_items": "feeds"}


def _kept_name(table: str, n: int | None, locale: str) -> str | None:
    """ "2 Abonnements" for n rows of a kept table, its plural name alone for n None; a new
    state table shows up by its raw name rather than not at all."""
    from handlers.i18n import has, t

    if not _KEPT_NAMES.get(table, True):
        return None
    form = "name" if n is None else ("one" if n == 1 else "other")
    key = f"cli.kept.{table}.{form}"
    if has(locale, key):
        return t(locale, key, n=n)
    return table if n is None else f"{n} {table}"


def describe_carried(carried: Carried | None, locale: str = "en") -> list[str]:
    """Report lines: what the rebuilt store kept from the old one, and what it could not, as
    a user knows it ("2 subscriptions, 1 reload in the history"), never as table names, in
    the language of the summary around them."""
    from handlers.i18n import t

    if carried is None:
        return []
    lines = []
    kept = [
        name
        for table, n in carried.rows.items()
        if n and (name := _kept_name(table, n, locale)) is not None
    ]
    if kept:
        lines.append(t(locale, "cli.kept.kept", items=", ".join(kept)))
    lost: dict[str, list[str]] = {}
    for table, why in carried.lost.items():
        name = _kept_name(_OWNER.get(table, table), None, locale) or table
        lost.setdefault(name, []).append(why)
    for name, whys in lost.items():
        lines.append(t(locale, "cli.kept.lost", name=name, why="; ".join(dict.fromkeys(whys))))
    return lines
