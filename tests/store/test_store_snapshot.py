"""Store.snapshot: the reads of one reply see one committed corpus version."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiosqlite
import pytest
from sample_corpus import SAMPLE_NOW

from bot.store import Store, pg


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


NAMES = "SELECT id, name, aliases FROM speakers"  # SpeakerRepo.names
FOLDED_LOG = "FROM curation_log WHERE undone_at IS NULL"  # CurationRepo.active


class _Statements:
    """The statements a store sends, per connection class (the real drivers, only counted)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sent: list[str] = []
        for cls in (aiosqlite.Connection, pg.PgConnection):
            monkeypatch.setattr(cls, "execute", self._counted(cls.execute))

    def _counted(self, original: Any) -> Any:
        async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
            self.sent.append(" ".join(sql.split()))
            return await original(conn, sql, parameters)

        return execute

    def reading(self, what: str) -> list[str]:
        return [s for s in self.sent if what in s]


async def test_speaker_names_are_read_once_per_corpus_version_across_snapshots(
    sample_store: Store, sample_extractions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A topic digest matches its words against every speaker name: the next replies at the
    same corpus version reuse the list (no round trip), a swap makes the next one read anew."""
    statements = _Statements(monkeypatch)
    async with sample_store.snapshot() as first:
        names = await first.speakers.names()
    assert len(statements.reading(NAMES)) == 1
    async with sample_store.snapshot() as second:
        assert await second.speakers.names() == names
    assert statements.reading(NAMES) == statements.reading(NAMES)[:1]

    removed = sample_extractions[0].article.file
    await sample_store.corpus.apply(sample_extractions[1:], [removed], [], [], now=SAMPLE_NOW)
    async with sample_store.snapshot() as after:
        fresh = await after.speakers.names()
    assert len(statements.reading(NAMES)) == 2
    assert fresh == await sample_store.speakers.names()  # read outside a snapshot: no cache
    assert fresh != names  # the removed article's speakers are gone


async def test_an_older_snapshot_keeps_its_own_speaker_names(
    sample_store: Store, sample_extractions
) -> None:
    """The cache never hands a snapshot names of a version it does not read."""
    async with sample_store.snapshot() as old:
        before = await old.speakers.names()
        removed = sample_extractions[0].article.file
        await sample_store.corpus.apply(sample_extractions[1:], [removed], [], [], now=SAMPLE_NOW)
        async with sample_store.snapshot() as new:
            after = await new.speakers.names()
        assert await old.speakers.names() == before
    assert after != before


async def test_the_folded_curation_log_is_read_once_per_signature_across_snapshots(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every curated read asks for the folded log; a correction makes the next snapshot read
    it anew (the rename shows), an unchanged log is not read again."""
    statements = _Statements(monkeypatch)
    speaker = next(s for s in await sample_store.speakers.all() if s.kind != "anonymous")
    async with sample_store.snapshot() as first:
        await first.speakers.all()
    async with sample_store.snapshot() as second:
        await second.speakers.all()
    assert len(statements.reading(FOLDED_LOG)) == 1
    await sample_store.curation.add("rename", speaker.name, "editor", SAMPLE_NOW, "Neu Name")
    async with sample_store.snapshot() as third:
        names = [s.name for s in await third.speakers.all()]
    assert "Neu Name" in names and speaker.name not in names
    assert len(statements.reading(FOLDED_LOG)) == 2


async def test_a_snapshot_names_its_corpus_version_and_time_without_a_statement(
    sample_store: Store, sample_extractions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest's "Stand:" line: the version and time the snapshot reads, not one a swap
    committed meanwhile; outside a snapshot the current one."""
    statements = _Statements(monkeypatch)
    async with sample_store.snapshot() as old:
        before = await sample_store.corpus.status()
        sent = len(statements.sent)
        assert await old.corpus.stamp() == (before.version, before.updated_at)
        assert len(statements.sent) == sent  # read with the snapshot's first statement
        removed = sample_extractions[0].article.file
        later = SAMPLE_NOW + timedelta(hours=1)
        change = await sample_store.corpus.apply(
            sample_extractions[1:], [removed], [], [], now=later
        )
        assert await old.corpus.stamp() == (before.version, before.updated_at)
    assert await sample_store.corpus.stamp() == (change.version, later)
    async with sample_store.snapshot() as new:
        assert await new.corpus.stamp() == (change.version, later)


async def test_a_sibling_reads_the_snapshot_and_not_a_swap_committed_after_it(
    sample_store: Store, sample_extractions
) -> None:
    """Store.sibling: a second read connection for a read beside the snapshot's own (a topic
    digest's quotes beside its articles) must read exactly the snapshot's state, also after a
    swap committed in between; SQLite has none to offer (its reads run on the one)."""
    async with sample_store.snapshot() as old:
        before = await old.corpus.status()
        removed = sample_extractions[0].article.file
        await sample_store.corpus.apply(sample_extractions[1:], [removed], [], [], now=SAMPLE_NOW)
        async with old.sibling() as other:
            if sample_store.backend == "sqlite":
                assert other is None
                return
            assert other is not None and other is not old
            assert await other.corpus.status() == before
            assert await other.articles.by_file(removed) is not None
            assert len(await other.quotes.since(None)) == len(await old.quotes.since(None))
    async with sample_store.snapshot() as new, new.sibling() as other:
        assert other is not None
        assert await other.articles.by_file(removed) is None
    async with sample_store.sibling() as outside:
        assert outside is None  # only a snapshot has a state to share


async def test_without_a_free_read_connection_a_sibling_is_none_and_nothing_waits(
    sample_store: Store,
) -> None:
    """Every read connection held by a snapshot: the one asking for a sibling reads alone
    instead of waiting for a connection that its own reply holds."""
    from contextlib import AsyncExitStack

    from bot.store.db import SNAPSHOT_READERS

    async with AsyncExitStack() as stack:
        views = [
            await stack.enter_async_context(sample_store.snapshot())
            for _ in range(SNAPSHOT_READERS)
        ]
        async with views[-1].sibling() as other:
            assert other is None
            assert (await views[-1].corpus.status()).articles == 3


async def test_a_sibling_that_cannot_be_opened_is_none_and_the_snapshot_reads_on(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server at max_connections refuses a new read connection: the reply that wanted a
    sibling reads alone on its snapshot instead of failing."""
    from bot.store.db import Database
    from bot.store.errors import StoreUnavailable

    async def refused(self: Database) -> Any:
        raise StoreUnavailable("too many connections")

    async with sample_store.snapshot() as view:
        monkeypatch.setattr(Database, "_new_reader", refused)
        async with view.sibling() as other:
            assert other is None
            assert (await view.corpus.status()).articles == 3
