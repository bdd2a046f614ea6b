"""The curation log in the store: applied on reading, seen at once by a second process on the
same store file (the cached view follows the log and the corpus version), undone entries kept."""

from __future__ import annotations

from datetime import UTC, datetime

from sample_corpus import sample_corpus

from bot.store import Store

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)


async def test_a_second_store_on_the_same_file_sees_corrections_at_once(store_url: str) -> None:
    path = store_url
    bot = await Store.open(path)
    admin = await Store.open(path)
    try:
        await bot.corpus.apply(sample_corpus(), [], [], [], now=NOW)
        before = [s.name for s in await bot.speakers.all()]
        assert "John Kirby" in before
        entry = await admin.curation.add("hide_speaker", "John Kirby", "matrix:@ed", NOW)
        assert "John Kirby" not in [s.name for s in await bot.speakers.all()]
        assert all(q.speaker != "John Kirby" for q in await bot.quotes.since(None))
        await admin.curation.undo(entry.id, "matrix:@ed", NOW)
        assert [s.name for s in await bot.speakers.all()] == before
        log = await bot.curation.log()
        assert [(e.action, e.undone_by) for e in log] == [("hide_speaker", "matrix:@ed")]
    finally:
        await admin.close()
        await bot.close()
