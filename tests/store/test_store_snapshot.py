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


async def test_a_correction_shows_in_the_next_snapshot_and_outside_one(sample_store: Store) -> None:
    """A snapshot reads the curation log and the subject list once; the next one reads anew."""
    subjects = await sample_store.figures.subjects()
    first = subjects[0].subject_key
    async with sample_store.snapshot() as old:
        assert first in [s.subject_key for s in await old.figures.subjects()]
        for fig in await sample_store.figures.for_subject(first):
            ref = await sample_store.curation.figure_ref(fig.id)
            assert ref is not None
            await sample_store.curation.add("hide_figure", ref[0], "editor", SAMPLE_NOW)
        assert first in [s.subject_key for s in await old.figures.subjects()]
    assert first not in [s.subject_key for s in await sample_store.figures.subjects()]
    async with sample_store.snapshot() as new:
        assert first not in [s.subject_key for s in await new.figures.subjects()]
        assert len(await new.figures.subjects()) == len(subjects) - 1


async def test_sentences_of_several_articles_in_one_read(sample_store: Store) -> None:
    articles = await sample_store.articles.list()
    ids = [a.id for a in articles]
    found = await sample_store.articles.sentences_of([*ids, 999_999])
    assert found[999_999] == []
    for article_id in ids:
        assert found[article_id] == await sample_store.articles.sentences(article_id)
        assert found[article_id]  # the sample articles all have text
    assert await sample_store.articles.sentences_of([]) == {}


async def test_counting_every_article_agrees_with_the_list(sample_store: Store) -> None:
    assert await sample_store.articles.count_since(None) == len(await sample_store.articles.list())
