"""Store.kept: values derived from the corpus alone, kept across replies while the corpus
version and the curation log stay as a snapshot reads them (bot.store.read_cache)."""

from __future__ import annotations

from sample_corpus import SAMPLE_NOW, build_extraction

from bot.store import Store


async def test_kept_lives_as_long_as_the_corpus_version_and_the_log(sample_store: Store) -> None:
    async with sample_store.snapshot() as s:
        kept = await s.kept("t")
        kept["answer"] = 1
    async with sample_store.snapshot() as s:
        assert await s.kept("t") is kept  # a later reply of the same version
        assert await s.kept("other") == {}  # one dict per name
    assert await sample_store.kept("t") == {}  # outside a snapshot nothing is kept

    speaker = (await sample_store.speakers.all())[0]
    await sample_store.curation.add("rename", speaker.name, "editor", SAMPLE_NOW, "Neu Name")
    async with sample_store.snapshot() as s:
        assert await s.kept("t") == {}  # a correction starts it anew
        (await s.kept("t"))["answer"] = 2

    extra = build_extraction("neu.txt", "Neu", None, "ZDF", ["Ein neuer Satz."])
    await sample_store.corpus.apply([extra], [], [], [], now=SAMPLE_NOW)
    async with sample_store.snapshot() as s:
        assert await s.kept("t") == {}  # so does a swap
