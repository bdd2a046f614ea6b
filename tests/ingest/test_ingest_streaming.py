"""Streaming ingest: files are read, extracted and staged a bounded number at a time, and one
corpus version is swapped in at the end; a failure part-way leaves the old corpus serving."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import bot.ingest
import bot.ingest_work
from bot.corpus import EmptyCorpusError
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.repos.corpus import ApplySession

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def grow_corpus(target: Path, copies: int) -> None:
    """`copies` variants of every seed article (each a distinct article)."""
    target.mkdir(exist_ok=True)
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text("utf-8") + f"\n\nNachtrag {i}: Die Lage bleibt unklar.\n"
            (target / f"{i:03d}_{seed.name}").write_text(text, "utf-8")


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "store.db")
    yield s
    await s.close()


async def test_articles_held_at_once_are_bounded_by_the_batch_not_the_corpus(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted from outside: articles read from disk minus articles handed to the store. The
    old ingest read all 30 files before staging the first one."""
    monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 4)
    grow_corpus(tmp_path / "corpus", 6)  # 30 articles
    ingestor = Ingestor(store, tmp_path / "corpus", workers=0)  # thread: the counter sees reads
    read = staged = most = 0
    real_read = bot.ingest_work.read_article
    real_stage = ApplySession.stage

    def reading(path, root=None):  # type: ignore[no-untyped-def]
        nonlocal read, most
        read += 1
        most = max(most, read - staged)
        return real_read(path, root)

    async def staging(self: ApplySession, upserts):  # type: ignore[no-untyped-def]
        nonlocal staged
        staged += len(upserts)
        await real_stage(self, upserts)

    monkeypatch.setattr(bot.ingest_work, "read_article", reading)
    monkeypatch.setattr(ApplySession, "stage", staging)
    try:
        change = await ingestor.run()
    finally:
        await ingestor.close()
    assert len(change.added) == 30 and staged == 30
    bound = ingestor.in_flight + 4
    assert most <= bound < 30
    assert ingestor.last_tally is not None and ingestor.last_tally.held_peak <= bound


async def test_a_failure_in_the_third_batch_leaves_the_old_corpus_intact(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        before = await store.corpus.status()
        old_hits = {(h.article_id, h.text) for h in await store.search.search("Lage", limit=500)}
        # every file changes, three new ones come: five batches of two
        for f in sorted(corpus.glob("*.txt")):
            f.write_text(f.read_text("utf-8") + "\n\nKirby sagte, Zebrafinken seien gesichtet.\n")
        grow_corpus(corpus, 1)
        monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 2)
        calls = 0
        real_stage = ApplySession.stage

        async def failing(self: ApplySession, upserts):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            if calls == 3:
                raise OSError(28, "No space left on device")
            await real_stage(self, upserts)

        monkeypatch.setattr(ApplySession, "stage", failing)
        with pytest.raises(OSError, match="No space left"):
            await ingestor.run()
        after = await store.corpus.status()
        assert (after.version, after.articles, after.quotes, after.figures) == (
            before.version, before.articles, before.quotes, before.figures,
        )  # fmt: skip
        assert await store.search.search("Zebrafinken") == []  # nothing staged is visible
        hits = {(h.article_id, h.text) for h in await store.search.search("Lage", limit=500)}
        assert hits == old_hits

        monkeypatch.setattr(ApplySession, "stage", real_stage)
        change = await ingestor.run()  # and the next run completes from the same state
    finally:
        await ingestor.close()
    assert len(change.changed) == 5 and len(change.added) == 5
    assert change.version == before.version + 1
    assert await store.search.search("Zebrafinken") != []


async def test_progress_counts_every_file_to_process_once(tmp_path: Path, store: Store) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ingestor = Ingestor(store, corpus, workers=1)  # a real worker process
    seen: list[tuple[int, int, str]] = []
    try:
        await ingestor.run()
        files = sorted(corpus.glob("*.txt"))
        files[0].write_text(files[0].read_text("utf-8") + "\n\nNeuer Absatz.\n")
        (corpus / "kaputt.txt").write_bytes(b"\x00\x01binary\x00" * 50)
        grow_corpus(corpus, 2)  # ten new articles
        change = await ingestor.run(progress=lambda d, t, f: seen.append((d, t, f)))
    finally:
        await ingestor.close()
    # one changed, one broken, ten new; the four unchanged files are not processed
    assert [d for d, _, _ in seen] == list(range(1, 13))
    assert {t for _, t, _ in seen} == {12}
    assert len({f for _, _, f in seen}) == 12 and "kaputt.txt" in {f for _, _, f in seen}
    assert len(change.added) == 10 and change.changed == (files[0].name,)
    assert [s.file for s in change.skipped] == ["kaputt.txt"] and len(change.unchanged) == 4


async def test_a_folder_whose_every_file_broke_is_refused_and_nothing_changes(
    tmp_path: Path, store: Store
) -> None:
    """Only the workers find out that no file is readable any more (the names are the stored
    ones): the refusal comes mid-apply, and the old corpus stays as it was."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        before = await store.corpus.status()
        for f in corpus.glob("*.txt"):
            f.write_bytes(b"\x00\x01binary\x00" * 50)
        with pytest.raises(EmptyCorpusError, match=r"no readable article \(5 other"):
            await ingestor.run()
    finally:
        await ingestor.close()
    after = await store.corpus.status()
    assert (after.version, after.articles, after.quotes) == (
        before.version, before.articles, before.quotes,
    )  # fmt: skip


async def test_ids_follow_the_file_order_whichever_worker_finishes_first(
    tmp_path: Path, store: Store
) -> None:
    """The same corpus gets the same article ids (on SQLite and PostgreSQL, rebuilt or not):
    the first file is the slowest to extract, and still gets the first id."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    long_text = seeds[0].read_text("utf-8") + "".join(
        f"\n\nNachtrag {i}: " + seeds[3].read_text("utf-8").split("\n\n", 3)[-1] for i in range(12)
    )
    (corpus / "000_lang.txt").write_text(long_text, "utf-8")
    for i, seed in enumerate(seeds[1:] * 2, start=1):
        (corpus / f"{i:03d}_kurz.txt").write_text(seed.read_text("utf-8"), "utf-8")
    ingestor = Ingestor(store, corpus, workers=2)
    try:
        await ingestor.run()
    finally:
        await ingestor.close()
    cur = await store._db.conn.execute("SELECT file FROM articles ORDER BY id")
    assert [r[0] for r in await cur.fetchall()] == sorted(p.name for p in corpus.glob("*.txt"))
