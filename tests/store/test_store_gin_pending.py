"""PostgreSQL's full-text GIN indexes hold no pending list once a writer is done
(bot.store.gin_pending): every lookup would read and test the whole list, however rare its
word. The corpus swap, `store copy` and the migration merge it, and nothing is lost by that."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from pg_rebuilt import copied_store
from sample_corpus import SAMPLE_NOW, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, migrations
from bot.store.gin_pending import GIN_INDEXES
from bot.store.migrations import PG_FIRST_VERSION, PG_MIGRATIONS


def article(file: str, sentences: list[str]) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, ())


async def pending_pages(store: Store) -> dict[str, int]:
    """Pages each GIN index held in its pending list (merging them, which reads nothing)."""
    calls = ", ".join(f"gin_clean_pending_list('{index}'::regclass)" for index in GIN_INDEXES)
    cur = await store._db.conn.execute(f"SELECT {calls}")
    row = await cur.fetchone()
    assert row is not None
    return dict(zip(GIN_INDEXES, (int(n) for n in row), strict=True))


NONE_PENDING = dict.fromkeys(GIN_INDEXES, 0)


async def test_after_each_apply_no_full_text_index_holds_pending_rows(pg_url: str) -> None:
    """Added, changed and removed articles: after each apply nothing is pending, and the
    words of the newest apply are found (the merged index lost nothing)."""
    store = await Store.open(pg_url)
    try:
        first = [
            article(f"a{i}.txt", [f"Die Brücke bei Cherson {i} ist zerstört.", "Regen fällt."])
            for i in range(30)
        ]
        await store.corpus.apply(first, [], [], [], now=SAMPLE_NOW)
        assert await pending_pages(store) == NONE_PENDING
        changed = [article("a0.txt", ["Die Fähre nach Odessa fährt wieder."])]
        await store.corpus.apply(changed, ["a1.txt"], [], [], now=SAMPLE_NOW + timedelta(days=1))
        assert await pending_pages(store) == NONE_PENDING
        hits = await store.search.search("Fähre Odessa")
        assert [h.text for h in hits] == ["Die Fähre nach Odessa fährt wieder."]
        assert len(await store.search.search("Cherson", limit=50)) == 28
    finally:
        await store.close()


async def test_a_copy_into_postgresql_holds_no_pending_rows(tmp_path: Path, pg_url: str) -> None:
    store = await copied_store(tmp_path, pg_url)
    try:
        assert await pending_pages(store) == NONE_PENDING
    finally:
        await store.close()


async def test_the_migration_merges_what_an_existing_store_holds_pending(pg_url: str) -> None:
    """Rows written before schema 23 (rewritten here: each gets new index entries, which go
    to the pending lists) are merged when the store is opened with the migration."""
    store = await Store.open(pg_url)
    try:
        await store.corpus.apply(
            [article("a.txt", ["Die Brücke bei Cherson ist zerstört."])], [], [], [], now=SAMPLE_NOW
        )
        await store._db.conn.execute("UPDATE sentences SET fts = fts")
        await store._db.conn.execute("UPDATE articles SET title_fts = title_fts")
        merging = PG_MIGRATIONS.index(migrations._PG_GIN_PENDING_MERGED)
        before = PG_FIRST_VERSION + merging - 1
        await store._db.conn.execute(f"UPDATE schema_version SET version = {before}")
    finally:
        await store.close()
    store = await Store.open(pg_url)
    try:
        assert await pending_pages(store) == NONE_PENDING
        assert [h.text for h in await store.search.search("Cherson")] == [
            "Die Brücke bei Cherson ist zerstört."
        ]
    finally:
        await store.close()


@pytest.fixture
async def non_owner_url(pg_url: str) -> AsyncIterator[str]:
    """The test database as a second role that may read and write every table but owns
    none of them (docs/deploy.md, "Roles"): dropped again after the test."""
    role = (
        f"{os.environ.get('LAGEBILD_TEST_PG_PREFIX', 'lagebild_test')}_bot_{uuid.uuid4().hex[:8]}"
    )
    admin = await asyncpg.connect(pg_url)
    try:
        await admin.execute(f'CREATE ROLE "{role}" LOGIN')
        await admin.execute(
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}";'
            f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'
        )
        parts = urlsplit(pg_url)
        yield urlunsplit(parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port}"))
    finally:
        await admin.execute(f'DROP OWNED BY "{role}"; DROP ROLE "{role}"')
        await admin.close()


async def test_a_role_that_does_not_own_the_indexes_still_swaps(
    non_owner_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Merging a pending list needs the index's owner: a bot role with only table grants
    gets its corpus swapped all the same, and a warning names the indexes left unmerged."""
    store = await Store.open(non_owner_url)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.store.gin_pending"):
            first = [article("a.txt", ["Die Brücke bei Cherson ist zerstört."])]
            change = await store.corpus.apply(first, [], [], [], now=SAMPLE_NOW)
        assert change.added == ("a.txt",)
        warned = [r.getMessage() for r in caplog.records if r.name == "bot.store.gin_pending"]
        assert len(warned) == 1
        assert all(index in warned[0] for index in GIN_INDEXES)
        assert "docs/deploy.md" in warned[0]
        hits = await store.search.search("Cherson")
        assert [h.text for h in hits] == ["Die Brücke bei Cherson ist zerstört."]
        assert (await store.corpus.status()).articles == 1
    finally:
        await store.close()


async def test_the_owner_swaps_without_a_warning(
    pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = await Store.open(pg_url)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.store.gin_pending"):
            first = [article("a.txt", ["Die Brücke bei Cherson ist zerstört."])]
            await store.corpus.apply(first, [], [], [], now=SAMPLE_NOW)
        assert not [r for r in caplog.records if r.name == "bot.store.gin_pending"]
    finally:
        await store.close()
