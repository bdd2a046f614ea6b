# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""Topic digests filtered, counted and limited in the database (issue 14: never every article
read): a topic finds its quotes however many newer quotes there are, counts its articles
exactly, and says "at least" when a word is in more sentences than the store reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from digest_support import (  # noqa: F401 (fixtures)
    BATCH2_AT,
    Clock,
    clock,
    filled_store,
    make_article,
    make_request,
    make_services,
    store,
)

from bot.models import ArticleExtraction
from bot.store import Store
from bot.store.repos.search import SearchRepo
from bot.store.topic import TOPIC_CANDIDATES
from handlers.digest import digest_as_text
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import Services


async def ask(services: Services, **args: str) -> str:
    reply = await dispatch(make_request("digest", args), services, build_handlers())
    return digest_as_text(reply)


def newer(n: int, sentences: list[str], quote: bool = False) -> ArticleExtraction:
    """Article n of a later batch (published after the fixture's), optionally with a quote of
    a speaker of its own."""
    quotes = [(f"Zeuge Nummer{n}", None, "direct", sentences[0], 0)] if quote else []
    return make_article(
        f"n{n}.txt", f"Meldung {n}", date(2025, 1, 1) + timedelta(days=n), "dpa", sentences,
        quotes=quotes,
    )  # fmt: skip


async def test_a_topic_finds_its_quotes_behind_hundreds_of_newer_ones(
    filled_store: Store, clock: Clock
) -> None:
    """The topic filter used to look only at the 200 newest quotes of the whole corpus."""
    later = [newer(i, [f"Heute ist Tag {i} der Beobachtung."], quote=True) for i in range(230)]
    await filled_store.corpus.apply(later, [], [], [], now=BATCH2_AT + timedelta(days=1))
    out = await ask(make_services(filled_store, clock), topic="Blinken")
    assert "Antony Blinken" in out and "Wir sind sehr besorgt" in out
    assert "Zeuge" not in out and "Beobachtung" not in out


async def test_a_topic_counts_all_its_articles_and_shows_the_newest(
    filled_store: Store, clock: Clock
) -> None:
    kursk = [newer(i, [f"In Kursk wurde am Tag {i} gekämpft."]) for i in range(30)]
    other = [newer(100 + i, [f"Anderswo blieb es am Tag {i} ruhig."]) for i in range(5)]
    await filled_store.corpus.apply(kursk + other, [], [], [], now=BATCH2_AT + timedelta(days=1))
    out = await ask(make_services(filled_store, clock), topic="Kursk")
    assert "Neue Artikel (30)" in out
    assert "… und 20 weitere Artikel" in out
    assert "Meldung 29" in out and "Meldung 19" not in out  # the ten newest are shown
    assert "ruhig" not in out and "Wladiwostok" not in out


async def test_a_word_in_more_sentences_than_the_store_reads_is_counted_as_at_least(
    filled_store: Store, clock: Clock
) -> None:
    per_article = 20
    n = TOPIC_CANDIDATES // per_article + 10
    busy = [
        newer(i, [f"Satz {j} über Charkiw am Tag {i}." for j in range(per_article)])
        for i in range(n)
    ]
    await filled_store.corpus.apply(busy, [], [], [], now=BATCH2_AT + timedelta(days=1))
    out = await ask(make_services(filled_store, clock), topic="Charkiw")
    assert "Neue Artikel (mindestens " in out and "mindestens" in out.split("weitere")[0]
    assert f"Meldung {n - 1}" in out  # the newest are shown all the same


async def test_a_subscribed_topic_digest_counts_only_what_is_new_since_it(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    sub = await filled_store.subscriptions.upsert(
        "matrix", "!room:example.org", "08:00", "UTC", "u", topic="Soldaten",
        now=datetime(2024, 11, 1, tzinfo=UTC),
    )  # fmt: skip
    sent = datetime(2024, 11, 10, tzinfo=UTC)  # after batch 1, before batch 2 (a3)
    await filled_store.subscriptions.record_sent(sub.id, sent, sent, "")
    out = await ask(services, topic="Soldaten")
    assert "Neue Artikel (1)" in out and "Mehr als 10.000 nordkoreanische Soldaten" in out
    assert "mindestens 3.000 → mehr als 10.000" in out.lower()
    assert "Truppenverlegung" not in out  # a2, first seen before the last digest


async def test_a_topic_finds_its_inflected_forms_on_both_backends(
    store_url: str, clock: Clock
) -> None:
    """`/digest Streik` listed only the article saying "Streik" on SQLite, also the one saying
    "Streiks" on PostgreSQL (its German stemming): both stores now stem alike."""
    s = await Store.open(store_url)
    try:
        await s.corpus.apply(
            [
                newer(1, ["Verdi ruft zum Streik auf."]),
                newer(2, ["Die Streiks sind vorbei."]),
                newer(3, ["Der Betrieb läuft normal."]),
            ],
            [], [], [], now=BATCH2_AT,
        )  # fmt: skip
        out = await ask(make_services(s, clock), topic="Streik")
        assert "Neue Artikel (2)" in out
        assert "Meldung 1" in out and "Meldung 2" in out and "Meldung 3" not in out
    finally:
        await s.close()


async def test_a_topic_reads_prefixes_only_when_no_sentence_holds_its_words(
    store_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole words first, then prefixes ("Panzer" finds "Panzerhaubitzen" only while no
    sentence says "Panzer"). The article sources tell whether a sentence held the words
    (TopicArticles.in_sentences), so a topic digest runs no probe of its own before its reads:
    for a full name with a common first name that probe cost 11-15 ms on PostgreSQL at 100k
    articles. Both backends."""
    probes: list[str] = []
    original = SearchRepo.matches_any

    async def counting(self: SearchRepo, query: str) -> bool:
        probes.append(query)
        return await original(self, query)

    monkeypatch.setattr(SearchRepo, "matches_any", counting)
    s = await Store.open(store_url)
    try:
        services = make_services(s, clock)
        await s.corpus.apply(
            [
                newer(1, ["Die Panzerhaubitzen wurden am Montag geliefert."]),
                newer(2, ["Die Lieferung von Munition verzögert sich."]),
            ],
            [], [], [], now=BATCH2_AT,
        )  # fmt: skip
        out = await ask(services, topic="Panzer")
        assert "Meldung 1" in out and "Meldung 2" not in out  # by its prefix
        await s.corpus.apply(
            [newer(3, ["Ein Panzer blieb im Schlamm stecken."])], [], [], [],
            now=BATCH2_AT + timedelta(days=1),
        )  # fmt: skip
        out = await ask(services, topic="Panzer")
        assert "Meldung 3" in out and "Meldung 1" not in out  # the whole word, no prefix
        assert "Meldung 3" in await ask(services, topic="Schlamm")
        assert probes == []  # the reads told which stage holds the words
    finally:
        await s.close()
