"""A large apply stages its rows without the store's write lock and swaps them in at the end
(issue 10: a 10k-article reload held the lock for 15 s; a digest slot in that window was lost
with `database is locked` and /subscribe answered with an internal error)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sample_corpus import SAMPLE_NOW, F, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, StoreError
from bot.store.repos.corpus import STAGE_BATCH


def _articles(n: int, tag: str = "") -> list[ArticleExtraction]:
    return [
        build_extraction(
            f"{i:05d}.txt",
            f"Bericht {i}{tag}",
            date(2024, 10, 1) + timedelta(days=i % 60),
            "Tagesschau",
            [f"Olaf Scholz sagte, die Lage sei ernst{tag}.", f"Es sind {i + 1} Soldaten{tag}."],
            quotes=[Q(0, "Olaf Scholz", f"die Lage sei ernst{tag}")],
            figures=[F(1, f"{i + 1} Soldaten", i + 1)],
        )
        for i in range(n)
    ]


LARGE = 3 * STAGE_BATCH + 17  # several batches


async def test_other_connections_write_while_a_large_apply_is_staged(store_url: str) -> None:
    db = store_url
    store = await Store.open(db)
    other = await Store.open(db)  # another process: the bot while `lagebild ingest` runs
    seen: list[tuple[int, int]] = []

    async def gate(done: int, total: int) -> None:
        # Held between two batches: a subscription write from another connection goes
        # through at once (it would wait for the busy timeout and fail with the lock held) ...
        sub = await other.subscriptions.upsert(
            "matrix", f"!room{done}:localhost", "07:00", "Europe/Berlin", "@admin:localhost"
        )
        assert sub.enabled
        # ... and readers see nothing of the staged corpus yet.
        status = await other.corpus.status()
        assert (status.articles, status.version) == (0, 0)
        assert await other.articles.by_file("00000.txt") is None
        seen.append((done, total))

    try:
        change = await store.corpus.apply(
            _articles(LARGE), [], [], [], now=SAMPLE_NOW, on_batch=gate
        )
        assert len(seen) == 4 and seen[-1] == (LARGE, LARGE)
        assert len(change.added) == LARGE and change.version == 1
        status = await other.corpus.status()
        assert (status.articles, status.quotes, status.figures) == (LARGE, LARGE, LARGE)
        assert status.subscriptions == 4
        [scholz] = await other.speakers.all()
        assert scholz.quote_count == LARGE and scholz.article_count == LARGE
        assert len(await other.search.search("ernst", limit=50)) == 50
    finally:
        await other.close()
        await store.close()


async def test_a_failed_staging_changes_nothing_and_the_next_apply_starts_clean(
    store_url: str,
) -> None:
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(_articles(5), [], [], [], now=SAMPLE_NOW)

        async def crash(done: int, total: int) -> None:
            if done > STAGE_BATCH:
                raise RuntimeError("worker died")

        with pytest.raises(RuntimeError):
            await store.corpus.apply(_articles(LARGE, "!"), [], [], [], on_batch=crash)
        status = await store.corpus.status()
        assert (status.version, status.articles, status.quotes) == (1, 5, 5)
        assert (await store.articles.by_file("00000.txt")).title == "Bericht 0"  # type: ignore[union-attr]

        change = await store.corpus.apply(_articles(LARGE, "!"), [], [], [])
        assert len(change.changed) == 5 and len(change.added) == LARGE - 5
        status = await store.corpus.status()
        assert (status.articles, status.quotes, status.figures) == (LARGE, LARGE, LARGE)
        assert (await store.articles.by_file("00000.txt")).title == "Bericht 0!"  # type: ignore[union-attr]
    finally:
        await store.close()


async def test_a_second_process_cannot_apply_while_one_is_staging(store_url: str) -> None:
    """One corpus apply at a time across processes (`lagebild ingest` while the bot reloads):
    the second is refused with a clear message and changes nothing; the first completes."""
    db = store_url
    store = await Store.open(db)
    other = await Store.open(db)
    refused: list[str] = []
    try:

        async def other_process_reloads(done: int, total: int) -> None:
            if done == STAGE_BATCH:
                with pytest.raises(StoreError, match="another process is reloading") as err:
                    await other.corpus.apply(_articles(2, "?"), [], [], [])
                refused.append(str(err.value))
                assert (await other.corpus.status()).articles == 0

        change = await store.corpus.apply(
            _articles(LARGE), [], [], [], on_batch=other_process_reloads
        )
        assert refused and len(change.added) == LARGE
        assert len(await store.search.search("ernst", limit=50)) == 50
        change = await other.corpus.apply(_articles(2, "?"), [], [], [])  # now it may
        assert len(change.changed) == 2
    finally:
        await other.close()
        await store.close()


async def test_staged_full_text_rows_are_invisible_until_the_swap(store_url: str) -> None:
    """Full-text rows are written batch by batch ahead of the swap: a search meanwhile finds
    only the committed corpus (and is not crowded out by the staged rows), and a failed apply
    leaves nothing behind for the next one to trip over."""
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(_articles(3), [], [], [], now=SAMPLE_NOW)

        async def search_meanwhile(done: int, total: int) -> None:
            hits = await store.search.search("ernst", limit=50)
            assert sorted(h.text for h in hits) == ["die Lage sei ernst"] * 3
            assert await store.search.search("ernstneu") == []
            assert await store.quotes.about("ernstneu") == []
            if done > STAGE_BATCH:
                raise RuntimeError("worker died")

        with pytest.raises(RuntimeError):
            await store.corpus.apply(_articles(LARGE, "neu"), [], [], [], on_batch=search_meanwhile)
        assert await store.search.search("ernstneu") == []
        change = await store.corpus.apply(_articles(LARGE, "neu"), [], [], [])
        assert len(change.changed) == 3
        assert len(await store.search.search("ernstneu", limit=LARGE + 5)) == LARGE
    finally:
        await store.close()


async def test_a_session_stages_batches_as_they_come_and_swaps_once(store_url: str) -> None:
    """What a streaming ingest does: extract a batch, stage it, forget it; one version at the
    end. Readers see nothing until commit; a session left without commit changes nothing."""
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(_articles(4), [], [], [], now=SAMPLE_NOW)
        first, second = _articles(6, "!")[:3], _articles(6, "!")[3:]

        async with store.corpus.session(removed_files=["00000.txt"]) as session:
            await session.stage(first[1:])  # 00001, 00002 changed
            assert (await store.corpus.status()).version == 1
            await session.stage(second)  # 00003 changed, 00004 and 00005 new
            with pytest.raises(ValueError, match="staged twice"):
                await session.stage(second[:1])
            assert (await store.articles.by_file("00004.txt")) is None
            change = await session.commit(unchanged_files=[], skipped=[])
        assert change.removed == ("00000.txt",) and change.version == 2
        assert change.changed == ("00001.txt", "00002.txt", "00003.txt")
        assert change.added == ("00004.txt", "00005.txt")
        status = await store.corpus.status()
        assert (status.articles, status.quotes, status.figures) == (5, 5, 5)

        with pytest.raises(LookupError):
            async with store.corpus.session(removed_files=["00001.txt"]) as session:
                await session.stage(_articles(8, "?")[6:])
                raise LookupError("the ingest gave up")
        assert (await store.corpus.status()).articles == 5
        assert await store.articles.by_file("00006.txt") is None
        assert await store.articles.by_file("00001.txt") is not None
        # a file both removed and extracted stays (the extraction wins)
        async with store.corpus.session(removed_files=["00001.txt"]) as session:
            await session.stage(_articles(2, "#")[1:])
            change = await session.commit()
        assert change.removed == () and change.changed == ("00001.txt",)
    finally:
        await store.close()


async def test_the_lemma_table_for_subject_keys_loads_off_the_event_loop(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Subject keys read spaCy's lemma table, over a second to load: a running bot's first
    reload must not load it on the event loop (every reply would wait meanwhile)."""
    import threading

    import spacy.lookups

    from bot.nlp.figures.lemmas import lookup_table, table_lemmatize

    loaded_on: list[threading.Thread] = []
    real = spacy.lookups.load_lookups

    def recording(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        loaded_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(spacy.lookups, "load_lookups", recording)
    table_lemmatize.cache_clear()
    lookup_table.cache_clear()  # the figure component may have loaded the shared table before
    try:
        async with await Store.open(tmp_path / "lemmas.db") as store:
            aid_article = build_extraction(
                "hilfe.txt",
                "Soforthilfen",
                date(2024, 10, 1),
                "Tagesschau",
                ["Der Bund zahlt 5 Millionen Euro."],
                figures=[F(0, "5 Millionen Euro", 5e6, subject="Soforthilfen", unit="Euro")],
            )
            await store.corpus.apply([aid_article], [], [], [], now=SAMPLE_NOW)
            assert await store.figures.subjects()  # the figure was keyed by its lemma
    finally:
        table_lemmatize.cache_clear()
        lookup_table.cache_clear()
    assert loaded_on and threading.main_thread() not in loaded_on
