"""Small writes (reload log, subscriptions) beside reads of other coroutines: a read that is
half done (executed, not yet fetched) while a corpus swap commits must not fail the write.

On SQLite such a read's statement holds a read snapshot on its connection; a write on that
same connection after another connection committed fails at once with SQLITE_BUSY_SNAPSHOT
("database is locked"), whatever the busy timeout. A /reload failed that way in CI while a
digest was being read."""

from __future__ import annotations

from sample_corpus import SAMPLE_NOW

from bot.store import Store


async def test_a_small_write_beside_a_half_done_read_after_a_swap(
    sample_store: Store, sample_extractions
) -> None:
    db = sample_store._db
    started = await sample_store.reloads.start("matrix:@ops:example.org (Ops)", SAMPLE_NOW)
    # a read of another reply: executed, its rows not fetched yet
    pending = await db.conn.execute("SELECT id FROM articles")
    # the corpus swap commits meanwhile (on its own connection)
    removed = sample_extractions[0].article.file
    change = await sample_store.corpus.apply(
        sample_extractions[1:], [removed], [], [], now=SAMPLE_NOW
    )
    await sample_store.reloads.finish(started, "ok", "version 2", SAMPLE_NOW)
    sub = await sample_store.subscriptions.upsert(
        "matrix", "!room:example.org", "08:00", "Europe/Berlin", "@ops:example.org", now=SAMPLE_NOW
    )
    # the half-done read still reads what it started with
    assert len(list(await pending.fetchall())) == len(sample_extractions)
    last = await sample_store.reloads.last()
    assert last is not None and (last.id, last.status) == (started, "ok")
    found = await sample_store.subscriptions.for_channel("matrix", "!room:example.org")
    assert found is not None and found.id == sub.id
    assert (await sample_store.corpus.status()).version == change.version
