"""Ingest: the store follows the corpus directory, and bad files never cost stored articles."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest import CorpusReloader, Ingestor, ReloadRunning, processing_version
from bot.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
async def setup(tmp_path: Path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = await Store.open(tmp_path / "store.db")
    ingestor = Ingestor(store, corpus, workers=0)  # a thread: fast to start in tests
    yield corpus, store, ingestor
    await ingestor.close()
    await store.close()


async def test_first_run_adds_every_file_and_second_run_changes_nothing(setup) -> None:
    _corpus, _store, ingestor = setup
    first = await ingestor.run()
    assert len(first.added) == 5 and not first.skipped
    assert first.totals["quotes"] > 20 and first.totals["figures"] > 5
    second = await ingestor.run()
    assert not second.changed_anything
    assert len(second.unchanged) == 5
    assert second.version == first.version


async def test_changed_removed_and_new_files_are_followed(setup) -> None:
    corpus, _store, ingestor = setup
    await ingestor.run()
    files = sorted(corpus.glob("*.txt"))
    files[0].unlink()
    files[1].write_text(
        files[1].read_text(encoding="utf-8") + "\n\nKirby sagte, die Lage sei ernst.\n",
        encoding="utf-8",
    )
    (corpus / "new.txt").write_text(
        "Neue Meldung aus Seoul\n\nDer Geheimdienst meldete, dass 2.000 weitere Soldaten verlegt worden seien.\n",
        encoding="utf-8",
    )
    change = await ingestor.run()
    assert change.removed == (files[0].name,)
    assert change.changed == (files[1].name,)
    assert change.added == ("new.txt",)
    assert change.totals["articles"] == 5


async def test_a_file_that_breaks_keeps_its_stored_version(setup) -> None:
    corpus, store, ingestor = setup
    await ingestor.run()
    victim = sorted(corpus.glob("*.txt"))[2]
    victim.write_bytes(b"\x00\x01binary\x00" * 50)
    change = await ingestor.run()
    assert [s.file for s in change.skipped] == [victim.name]
    assert victim.name not in change.removed
    assert change.totals["articles"] == 5
    assert await store.articles.by_file(victim.name) is not None


async def test_processing_version_tracks_the_pipeline_and_model() -> None:
    assert processing_version("blank") == processing_version("blank")
    assert processing_version("blank") != processing_version("de_core_news_sm")


async def test_reload_is_logged_and_refuses_a_second_concurrent_run(setup) -> None:
    _corpus, store, ingestor = setup
    reloader = CorpusReloader(ingestor, lambda: datetime(2024, 11, 16, tzinfo=UTC))
    async with reloader._lock:  # a reload in progress
        assert reloader.running
        with pytest.raises(ReloadRunning):
            await reloader.reload("admin")
    change = await reloader.reload("admin")
    assert len(change.added) == 5
    last = await store.reloads.last()
    assert last is not None and last.status == "ok" and last.requested_by == "admin"


async def test_a_restart_parses_only_the_files_that_changed(
    setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freshness comes from the raw bytes' hash: an unchanged file is neither parsed nor
    extracted again (a restart over 50k unchanged files parsed all of them: 12 s). Files
    are parsed where they are extracted (a thread here: workers=0), so that is what counts."""
    import bot.ingest_work

    corpus, store, ingestor = setup
    await ingestor.run()
    parsed: list[str] = []
    real = bot.ingest_work.read_article

    def counting(path, root=None):  # type: ignore[no-untyped-def]
        parsed.append(Path(path).name)
        return real(path, root)

    monkeypatch.setattr(bot.ingest_work, "read_article", counting)
    again = await ingestor.run()
    assert parsed == [] and len(again.unchanged) == 5 and not again.changed_anything

    files = sorted(corpus.glob("*.txt"))
    files[1].write_text(
        files[1].read_text(encoding="utf-8") + "\n\nKirby sagte, die Lage sei ernst.\n",
        encoding="utf-8",
    )
    (corpus / (files[3].stem + ".meta.toml")).write_text('outlet = "Regionalblatt"\n')
    change = await ingestor.run()
    assert sorted(parsed) == sorted([files[1].name, files[3].name])
    assert sorted(change.changed) == sorted([files[1].name, files[3].name])
    article = await store.articles.by_file(files[3].name)
    assert article is not None and article.outlet == "Regionalblatt"


async def test_extractions_are_staged_in_batches_and_swapped_as_one_version(
    setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.ingest

    _corpus, store, ingestor = setup
    monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 2)  # 5 seed files: three batches
    seen: list[tuple[int, int]] = []
    versions: list[int] = []

    def progress(done: int, total: int, _file: str) -> None:
        seen.append((done, total))

    from bot.store.repos.corpus import ApplySession

    original = ApplySession.stage

    async def staging(self: ApplySession, upserts):  # type: ignore[no-untyped-def]
        versions.append((await store.corpus.status()).version)
        assert len(upserts) <= 2
        await original(self, upserts)

    monkeypatch.setattr(ApplySession, "stage", staging)
    change = await ingestor.run(progress=progress)
    assert [d for d, _ in seen] == [1, 2, 3, 4, 5] and {t for _, t in seen} == {5}
    assert versions == [0, 0, 0]  # readers saw nothing until the one swap
    assert len(change.added) == 5 and change.version == 1


def test_processing_version_follows_the_pipelines_data_files_too(tmp_path: Path) -> None:
    """The NLP's word lists are data files (bot/nlp/lexicons): changing one changes what is
    extracted, so stored extractions must be redone, like after a code change."""
    from bot.ingest_work import fingerprint

    bot_dir = Path(__file__).resolve().parents[2] / "bot"
    copy = tmp_path / "bot"
    for package in ("corpus", "nlp"):
        shutil.copytree(bot_dir / package, copy / package)
    before = fingerprint(copy, "blank")
    assert fingerprint(copy, "blank") == before
    lexicon = next(p for p in sorted((copy / "nlp").rglob("*")) if p.suffix in (".txt", ".tsv"))
    lexicon.write_text(lexicon.read_text("utf-8") + "\nneuwort\n", "utf-8")
    assert fingerprint(copy, "blank") != before
