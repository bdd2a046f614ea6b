# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""What a digest says, built from a real store filled in two batches (see digest_support)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from digest_support import (  # noqa: F401 (fixtures)
    BATCH1_AT,
    BATCH2_AT,
    Clock,
    clock,
    early_articles,
    filled_store,
    later_article,
    make_article,
    make_request,
    make_services,
    store,
)

from bot.store import Store
from handlers.digest import HANDLERS, build_digest, digest_as_text, summarize
from handlers.types import Reply


def text(reply: Reply | None) -> str:
    assert reply is not None
    return digest_as_text(reply)


async def test_digest_since_the_first_batch_shows_only_what_is_new(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    reply = await build_digest(services, BATCH1_AT + timedelta(hours=1), "de")
    out = text(reply)
    assert "Mehr als 10.000 nordkoreanische Soldaten** — ZDF, 15.11.2024" in out
    assert "Austin bestätigt" not in out  # first batch: already in the last digest
    # extractive summary: the article's first report sentences
    assert "sind laut US-Außenministerium in Russland." in out
    # the figure change with both sources
    assert "mindestens 3.000 → mehr als 10.000" in out
    assert "US-Außenministerium, 15.11.2024" in out and "John Kirby, 23.10.2024" in out
    # one new quote, not the old ones
    assert "Antony Blinken" in out and "Wir sind sehr besorgt" in out
    assert "John Kirby** (" not in out
    assert "Stand: Korpusversion 2" in out
    assert reply is not None and {p.title for p in reply.provenance} >= {
        "Mehr als 10.000 nordkoreanische Soldaten",
        "Nordkoreanische Soldaten in Russland eingetroffen",  # source of the earlier figure
    }


async def test_digest_of_everything_has_current_figures_and_every_article(
    filled_store: Store, clock: Clock
) -> None:
    out = text(await build_digest(make_services(filled_store, clock), None, "de"))
    assert "Neue Artikel (3)" in out
    for title in ("Mehr als 10.000", "Austin bestätigt", "Nordkoreanische Soldaten in Russland"):
        assert title in out
    assert "**nordkoreanische Soldaten**: mehr als 10.000 (US-Außenministerium, 15.11.2024)" in out
    assert "→" not in out  # nothing to compare with
    # one quote per speaker, direct quotes shown in quotation marks
    assert out.count("Lloyd Austin") == 1 and "„Das ist ein ernstes Problem“" in out


async def test_one_quote_per_speaker_prefers_direct_words(store: Store, clock: Clock) -> None:
    article = make_article(
        "b1.txt",
        "Blinken in Brüssel",
        None,
        None,
        [
            "Blinken sagte, man beobachte die Lage.",
            "„Wir werden reagieren“, sagte Blinken.",
            "Blinken fügte hinzu, die Partner seien informiert.",
        ],
        quotes=[
            ("Antony Blinken", None, "indirect", "man beobachte die Lage", 0),
            ("Antony Blinken", None, "direct", "Wir werden reagieren", 1),
            ("Antony Blinken", None, "indirect", "die Partner seien informiert", 2),
        ],
    )
    await store.corpus.apply([article], [], [], [], now=BATCH1_AT)
    out = text(await build_digest(make_services(store, clock), None, "de"))
    assert out.count("**Antony Blinken**") == 1
    assert "„Wir werden reagieren“" in out
    assert "undatiert" in out and "Medium unbekannt" in out  # honest about missing metadata


async def test_nothing_new_is_a_notice_or_nothing_as_configured(
    filled_store: Store, clock: Clock
) -> None:
    after = BATCH2_AT + timedelta(hours=1)
    notice = await build_digest(make_services(filled_store, clock), after, "de")
    assert notice is not None and notice.kind == "info"
    assert len(notice.blocks) == 1 and "nichts Neues" in notice.blocks[0].text
    assert notice.footer is not None and "Korpusversion 2" in notice.footer
    skipped = await build_digest(make_services(filled_store, clock, when_empty="skip"), after, "de")
    assert skipped is None


async def test_english_digest(filled_store: Store, clock: Clock) -> None:
    out = text(await build_digest(make_services(filled_store, clock), BATCH1_AT, "en"))
    assert "New articles (1)" in out
    assert "at least 3,000 → more than 10,000" in out
    assert "As of corpus version 2" in out


async def test_on_demand_digest_is_since_the_channels_last_digest(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    handler = HANDLERS["digest"]
    # not subscribed: everything
    everything = await handler(make_request("digest"), services)
    assert "Gesamtüberblick" in everything.title and "Austin bestätigt" in digest_as_text(
        everything
    )

    repo = filled_store.subscriptions
    sub = await repo.upsert(
        "matrix", "!room:example.org", "08:00", "Europe/Berlin", "u1", now=BATCH1_AT
    )
    slot = BATCH1_AT + timedelta(hours=20)
    assert await repo.record_intent(sub.id, slot)
    await repo.record_sent(sub.id, slot, slot, "digest")
    since_last = await handler(make_request("digest"), services)
    out = digest_as_text(since_last)
    assert "Neues seit 02.11.2024 09:00" in since_last.title
    assert "Austin bestätigt" not in out and "mehr als 10.000" in out

    # on demand always answers, even where scheduled digests skip empty days
    quiet = make_services(filled_store, clock, when_empty="skip")
    await repo.record_intent(sub.id, BATCH2_AT + timedelta(hours=20))
    await repo.record_sent(
        sub.id, BATCH2_AT + timedelta(hours=20), BATCH2_AT + timedelta(hours=20), "d"
    )
    nothing = await handler(make_request("digest"), quiet)
    assert "nichts Neues" in nothing.blocks[0].text


def test_summary_is_one_or_two_leading_report_sentences() -> None:
    short = [
        ("Kurz.", "teaser"),
        ("Erster Satz.", "report"),
        ("Zweiter Satz.", "report"),
        ("Dritter.", "report"),
    ]
    assert summarize(short) == "Erster Satz. Zweiter Satz."
    long_first = "Ein langer erster Satz " + "mit vielen Wörtern " * 12 + "."
    assert summarize([(long_first, "report"), ("Zweiter.", "report")]) == long_first
    assert summarize([("Nur Kommentar.", "commentary")]) == "Nur Kommentar."
    assert summarize([]) == ""


async def test_digest_since_lists_only_figures_reported_since(store: Store, clock: Clock) -> None:
    """A subject nobody reported since the last digest is no news: `digest --since` listed
    the old flood's "Verletzte" under "Zahlen" beside the new soldier figure (issue 12)."""
    flood = make_article(
        "h1.txt",
        "Hochwasser im Tal",
        date(2024, 10, 20),
        "Lokalblatt",
        ["Beim Hochwasser wurden 14 Menschen verletzt."],
        figures=[(14, "exact", "14 Menschen", None, 0)],
    )
    injured = replace(flood.figures[0], unit="Mensch", subject="Verletzte beim Hochwasser")
    flood = replace(flood, figures=(injured,))
    await store.corpus.apply([*early_articles(), flood], [], [], [], now=BATCH1_AT)
    await store.corpus.apply(
        [later_article()], [], ["a1.txt", "a2.txt", "h1.txt"], [], now=BATCH2_AT
    )
    services = make_services(store, clock)
    since = text(await build_digest(services, BATCH1_AT + timedelta(hours=1), "de"))
    assert "mindestens 3.000 → mehr als 10.000" in since
    assert "Verletzte beim Hochwasser" not in since
    # the digest of everything still lists every subject's current value
    everything = text(await build_digest(services, None, "de"))
    assert "**Verletzte beim Hochwasser**: 14" in everything
