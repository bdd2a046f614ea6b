"""A topic digest looks for a speaker only among names that hold every word of the topic
(handlers.digest_topic._name_words): a place or a common word skips the comparison with every
speaker name, while names, surnames and first names still find their speaker, also one that
a corpus swap has just added. Both backends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest
from digest_support import BATCH1_AT, BATCH2_AT, early_articles, make_article, make_services

import handlers.digest_topic as digest_topic
from bot.models import ArticleExtraction
from bot.store import Store
from handlers.digest import build_digest, digest_as_text


def _clock() -> datetime:
    return datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _nato_article() -> ArticleExtraction:
    """A quote whose sentence does not name its speaker: only the speaker lookup finds it."""
    return make_article(
        "nato.txt",
        "Bündnis berät über neue Hilfen",
        date(2024, 11, 14),
        "Deutschlandfunk",
        [
            "Die Verteidigungsminister des Bündnisses trafen sich am Donnerstag.",
            "„Wir stehen fest an der Seite der Ukraine“, sagte der Generalsekretär.",
        ],
        quotes=[
            (
                "Mark Rutte",
                "Nato-Generalsekretär",
                "direct",
                "Wir stehen fest an der Seite der Ukraine",
                1,
            )
        ],
    )


async def _topic(store: Store, topic: str) -> str:
    reply = await build_digest(make_services(store, _clock), None, "de", topic=topic)
    assert reply is not None
    return digest_as_text(reply)


async def test_a_place_is_not_compared_with_every_speaker_name(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    names_compared: list[int] = []
    original = digest_topic.match_speakers

    def counting(query: str, names: Sequence[tuple[int, str]], exact_only: bool = False):  # type: ignore[no-untyped-def]
        names_compared.append(len(names))
        return original(query, names, exact_only)

    monkeypatch.setattr(digest_topic, "match_speakers", counting)
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        out = await _topic(store, "Wladiwostok")
        assert "per Schiff nach Wladiwostok" in out
        assert sum(names_compared) == 0  # no name holds 'wladiwostok'
        assert "ernstes Problem" in await _topic(store, "Austin")  # a surname still compares
        assert sum(names_compared) > 0
    finally:
        await store.close()


async def test_a_speaker_added_by_a_swap_is_found_by_name_surname_and_first_name(
    store_url: str,
) -> None:
    store = await Store.open(store_url)
    try:
        await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
        assert "Seite der Ukraine" not in await _topic(store, "Rutte")
        await store.corpus.apply([_nato_article()], [], [], [], now=BATCH2_AT)
        for topic in ("Mark Rutte", "Rutte", "rutte", "Mark"):
            out = await _topic(store, topic)
            assert "Wir stehen fest an der Seite der Ukraine" in out, topic
            assert "ernstes Problem" not in out, topic
    finally:
        await store.close()
