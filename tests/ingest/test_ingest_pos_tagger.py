"""Ingest follows config nlp.pos_tagger: the workers build their pipeline with it, and a change
of the setting re-processes stored articles (their processing version differs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import Ingestor, processing_version
from bot.store import Store

pytest.importorskip("HanTa")

ARTICLE = (
    "Abstimmung im Landtag\n\n"
    "Unterdessen haben mehrere Abgeordnete angekündigt, sie würden gegen das Gesetz stimmen.\n"
)


async def stored_speakers(tmp_path: Path, pos_tagger: str) -> list[str | None]:
    corpus = tmp_path / pos_tagger
    corpus.mkdir()
    (corpus / "landtag.txt").write_text(ARTICLE, encoding="utf-8")
    store = await Store.open(tmp_path / f"{pos_tagger}.db")
    ingestor = Ingestor(store, corpus, workers=0, pos_tagger=pos_tagger)
    try:
        await ingestor.run()
        article = await store.articles.by_file("landtag.txt")
        assert article is not None
        return [q.speaker for q in await store.quotes.for_article(article.id)]
    finally:
        await ingestor.close()
        await store.close()


async def test_the_configured_tagger_reaches_the_extraction(tmp_path: Path) -> None:
    assert await stored_speakers(tmp_path, "hanta") == ["Abgeordnete"]


def test_processing_version_tracks_the_pos_tagger() -> None:
    assert processing_version("blank", "hanta") != processing_version("blank", "none")
    assert processing_version("blank", "none") == processing_version("blank")
