"""search, sources, article, status, help on a real store."""

from __future__ import annotations

import pytest


async def test_search_finds_the_sentence_with_provenance(ask, text_of) -> None:
    reply = await ask("search", text="Wladiwostok")
    body = text_of(reply)
    # indirect speech, so no quotation marks (every hit used to stand in „…“)
    assert "(indirekt) Sie seien per Schiff nach Wladiwostok gebracht worden — John Kirby" in body
    assert "„Sie seien" not in body
    assert "„USA bestätigen Entsendung von 3.000 Soldaten“ — Tagesschau, 24.10.2024" in body
    assert reply.provenance


async def test_quote_matched_outside_its_words_shows_the_sentence(ask, text_of) -> None:
    # "bestätigte" is in the sentence, not in Kirby's quoted words
    body = text_of(await ask("search", text="bestätigte"))
    assert "Sie seien per Schiff nach Wladiwostok gebracht worden, bestätigte John Kirby." in body
    assert "(Zitat von John Kirby)" in body


async def test_search_folds_umlauts_and_matches_prefixes(ask, text_of) -> None:
    assert "Außenministerium" in text_of(await ask("search", text="aussenminister"))
    assert "Unterstützung" in text_of(await ask("search", text="Unterstutzung"))


@pytest.mark.parametrize(
    "text", ['"', "Kim*OR(", 'NEAR(a b) AND "x', "-", "^*:", "ß" * 300, "Wladiwostok " * 40]
)
async def test_hostile_search_input_never_breaks(ask, text) -> None:
    reply = await ask("search", text=text)
    assert "Referenz" not in reply.blocks[0].text  # not an internal error
    assert reply.kind in {"ok", "info", "error"}


async def test_lone_quote_and_operator_soup_answer_normally(ask, text_of) -> None:
    quote = await ask("search", text='"')
    assert quote.kind == "info" and "kein Wort" in text_of(quote)
    soup = await ask("search", text="Kim*OR(")
    assert soup.kind in {"ok", "info"}


async def test_a_search_of_only_common_words_says_why_it_finds_nothing(ask, text_of) -> None:
    """ "Oder" (the river) and "Weg" are German stop words: the search never looks for them.
    "Keine Treffer für „Oder“" read as a broken search; the answer says why, and what to
    search for instead. A word that is searched and not found still gets "Keine Treffer"."""
    body = text_of(await ask("search", text="Oder"))
    assert "so häufig" in body and "Keine Treffer" not in body
    assert "z. B. /" in body  # an example to type
    english = text_of(await ask("search", text="oder die", locale="en"))
    assert "so common" in english
    assert "Keine Treffer" in text_of(await ask("search", text="Zeppelinwerft"))


async def test_too_long_search_is_explained(ask, text_of) -> None:
    reply = await ask("search", text="x" * 301)
    assert reply.kind == "error" and "300" in text_of(reply)


async def test_sources_and_article(ask, text_of) -> None:
    sources = await ask("sources")
    body = text_of(sources)
    assert "4 Artikel" in body
    assert "Mehr als 10.000 Nordkoreaner an der Front" in body and "undatiert" in body
    assert len(sources.provenance) == 4
    first_id = sources.provenance[0].article_id
    article = await ask("article", id=first_id)
    assert article.provenance[0].article_id == first_id
    assert "Zitate" in text_of(article)
    missing = await ask("article", id=999)
    assert missing.kind == "error" and "999" in text_of(missing)
    bad = await ask("article", id="zwei")
    assert bad.kind == "error" and "zwei" in text_of(bad) and "/artikel nr" in text_of(bad)


async def test_status_shows_version_counts_and_last_reload(ask, text_of, store) -> None:
    from datetime import UTC, datetime

    before = text_of(await ask("status"))
    assert "Korpusstand" in before and "noch keiner" in before
    assert "Artikel 4" in before
    rid = await store.reloads.start("matrix:@ops:hs", datetime(2024, 11, 16, 9, tzinfo=UTC))
    await store.reloads.finish(rid, "ok", "1 neu", datetime(2024, 11, 16, 9, 1, tzinfo=UTC))
    after = text_of(await ask("status"))
    assert "erfolgreich (von matrix:@ops:hs) — 1 neu" in after


async def test_help_lists_every_command_with_example(ask, text_of) -> None:
    body = text_of(await ask("help", admin=True))
    # asked on Discord by a German client: the names and fields that client offers
    for name in (
        "wer_sagte",
        "sprecher",
        "zahlen",
        "suche",
        "quellen",
        "artikel",
        "status",
        "neu_laden",
    ):
        assert f"/{name}" in body
    assert "Beispiel: /wer_sagte person:John Kirby" in body
    detail = text_of(await ask("help", command="zahlen"))
    assert "/zahlen [thema] [grafik]" in detail and "- grafik, optional" in detail
    assert "chart" not in detail  # a Discord client shows the German field only
    english = text_of(await ask("help", locale="en"))
    assert "Example: /who_said speaker:John Kirby" in english


async def test_empty_store_answers_kindly(empty_store, handlers, request_for, text_of) -> None:
    from bot.config import Config
    from handlers.dispatch import dispatch
    from handlers.types import Services

    services = Services(config=Config(), store=empty_store)
    for command in ("figures", "speakers", "sources", "status"):
        reply = await dispatch(request_for(command), services, handlers)
        assert reply.kind in {"info", "ok"}, (command, text_of(reply))


async def test_counts_are_proper_german_and_english_plurals(ask, text_of) -> None:
    # "Meldung(en)", "hit(s)", "1 Seite(n)" read like a form, not like a reply
    listing = text_of(await ask("figures"))
    assert "Meldung(en)" not in listing and " Meldungen" in listing
    english = text_of(await ask("search", text="Wladiwostok", locale="en"))
    assert "2 hits for “Wladiwostok”" in english and "(s)" not in english
    too_far = text_of(await ask("sources", page="2"))
    assert "Seite 2 gibt es nicht; die Liste hat nur eine Seite." in too_far
