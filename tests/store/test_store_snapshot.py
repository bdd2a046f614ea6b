"""Store.snapshot: the reads of one reply see one committed corpus version."""

from __future__ import annotations

from sample_corpus import SAMPLE_NOW

from bot.store import Store


async def test_snapshot_keeps_reading_the_version_it_started_with(
    sample_store: Store, sample_extractions
) -> None:
    async with sample_store.snapshot() as old:
        before = await old.corpus.status()
        removed = sample_extractions[0].article.file
        change = await sample_store.corpus.apply(
            sample_extractions[1:], [removed], [], [], now=SAMPLE_NOW
        )
        assert change.removed == (removed,)
        # the swap is committed: the store itself sees it ...
        assert (await sample_store.corpus.status()).articles == before.articles - 1
        # ... the snapshot does not, in any of its tables
        assert (await old.corpus.status()) == before
        assert await old.articles.by_file(removed) is not None
        assert len(await old.articles.list()) == before.articles
        assert sum(s.figure_count for s in await old.figures.subjects()) == before.figures
    async with sample_store.snapshot() as new:
        assert (await new.corpus.status()).version == change.version
        assert await new.articles.by_file(removed) is None


async def test_a_nested_snapshot_reads_the_outer_one(sample_store: Store) -> None:
    async with sample_store.snapshot() as outer, outer.snapshot() as inner:
        assert inner is outer


async def test_a_failing_reply_returns_its_connection_for_the_next(
    sample_store: Store,
) -> None:
    for _ in range(10):  # more than the reader pool holds
        try:
            async with sample_store.snapshot() as s:
                await s.corpus.status()
                raise LookupError("the handler's user error")
        except LookupError:
            pass
    async with sample_store.snapshot() as s:
        assert (await s.corpus.status()).articles == 3
