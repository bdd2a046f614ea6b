"""A new user's and an editor's pass over the commands on a corpus other than the seeds (a
wage dispute at a regional transport company): what the replies got wrong.

- /help, usage lines after a mistake and the empty-search hint ended with examples from the
  seed story ("Beispiel: /who_said Kirby", "/search Wladiwostok", "/digest Kursk"), which on
  this corpus only answer "kenne ich nicht".
- The undo hint after a correction read "/curate undo N" on every transport: on Discord the
  action is a pick list and the number a field of its own, on Matrix the bot's prefix leads.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction, SpeakerInfo
from bot.render.text import render_text
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Request, Services, UserRef

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
RALLY = "Teilnehmer der Kundgebung"
SEED_WORDS = ("Kirby", "Wladiwostok", "Kursk", "Soldaten", "Strauss")


def strike(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    call = make(
        "01_warnstreik.txt",
        "Gewerkschaft ruft zum Warnstreik bei den Verkehrsbetrieben auf",
        date(2026, 3, 2),
        "Rheinpfalz-Kurier",
        [
            "Die Gewerkschaft Verkehr und Dienst ruft die Beschäftigten zum Warnstreik auf.",
            "„Wir lassen uns nicht länger vertrösten“, sagte Verhandlungsführerin Sabine Kranz.",
            "Rund 2.400 Beschäftigte sollen am Donnerstag die Arbeit niederlegen.",
            "Kranz sagte, die Busse blieben den ganzen Tag in den Depots.",
        ],
        quotes=[
            Q(1, "Sabine Kranz", "Wir lassen uns nicht länger vertrösten", kind="direct",
              role="Verhandlungsführerin"),
            Q(3, "Sabine Kranz", "die Busse blieben den ganzen Tag in den Depots"),
        ],
        figures=[
            F(2, "Rund 2.400 Beschäftigte", 2400, "approx", subject="Streikende Beschäftigte",
              unit="Beschäftigter"),
        ],
        speakers=[SpeakerInfo("Sabine Kranz", "person", ("Verhandlungsführerin",), ())],
    )  # fmt: skip
    offer = make(
        "02_angebot.txt",
        "Arbeitgeber legen Angebot im Arbeitgeber vor",
        date(2026, 3, 9),
        "Südwest-Echo",
        [
            "Die Arbeitgeber bieten 4,5 Prozent mehr Lohn über zwei Jahre.",
            "Personalvorstand Jörg Wendt nannte das Angebot fair.",
        ],
        quotes=[Q(1, "Jörg Wendt", "das Angebot fair", role="Personalvorstand", cue="nannte")],
        figures=[F(0, "4,5 Prozent", 4.5, subject="Lohnerhöhung", unit="Prozent")],
        speakers=[SpeakerInfo("Jörg Wendt", "person", ("Personalvorstand",), ())],
    )
    rally = make(
        "03_kundgebung.txt",
        "Kundgebung vor dem Rathaus",
        date(2026, 3, 5),
        "Radio Rheinstadt",
        ["Die Polizei zählte rund 1.800 Teilnehmer, Verdi sprach von 4.000."],
        figures=[
            F(0, "rund 1.800 Teilnehmer", 1800, "approx", subject=RALLY, unit="Teilnehmer",
              source="Polizei"),
            F(0, "4.000", 4000, subject=RALLY, unit="Teilnehmer", source="Verdi"),
        ],
    )  # fmt: skip
    return [call, offer, rally]


@pytest.fixture
async def services(
    store_url: str, make_extraction: Callable[..., ArticleExtraction]
) -> AsyncIterator[Services]:
    """The strike on both backends (tests/conftest.py store_url)."""
    store = await Store.open(store_url)
    await store.corpus.apply(strike(make_extraction), [], [], [], now=NOW)
    try:
        yield Services(config=Config(), store=store, clock=lambda: NOW)
    finally:
        await store.close()


@pytest.fixture
async def empty(tmp_path: Path) -> AsyncIterator[Services]:
    store = await Store.open(tmp_path / "empty.db")
    try:
        yield Services(config=Config(), store=store, clock=lambda: NOW)
    finally:
        await store.close()


def request(line: str, transport: str = "console", locale: str = "de") -> Request:
    command, args = parse_command_line(line, prefix="!lagebild")
    user = UserRef(f"{transport}:u", "u", bot_admin=True)
    return Request(command, args, user, ChannelRef(transport, "c1"), locale)  # type: ignore[arg-type]


async def say(services: Services, line: str, locale: str = "de", transport: str = "console") -> str:
    reply = await dispatch(request(line, transport, locale), services, build_handlers())
    return render_text(reply, locale)


def seed_words(text: str) -> list[str]:
    return [w for w in SEED_WORDS if w in text]


async def test_help_examples_come_from_this_corpus(services: Services) -> None:
    out = await say(services, "/help")
    assert seed_words(out) == []
    assert "Beispiel: /who_said Sabine Kranz" in out
    assert "Beispiel: /watch Sabine Kranz" in out
    # a word of the newest title that the search finds, and the most reported subject
    assert "Beispiel: /search Arbeitgeber" in out
    assert "Beispiel: /digest Arbeitgeber" in out
    assert "z. B. /who_said Sabine Kranz thema:Arbeitgeber." in out
    assert "Arbeitgeber" in await say(services, "/search Arbeitgeber")
    english = await say(services, "/help figures", locale="en")
    assert "Example: /figures Teilnehmer der Kundgebung" in english
    assert seed_words(english) == []


async def test_a_mistake_is_answered_with_an_example_of_this_corpus(services: Services) -> None:
    out = await say(services, "/who_said page:null")
    assert "keine Zahl" in out
    assert "Beispiel: /who_said Sabine Kranz" in out and seed_words(out) == []
    empty_search = await say(services, "/search „“")
    assert "Beispiel: /search Arbeitgeber" in empty_search and seed_words(empty_search) == []


async def test_an_empty_corpus_gets_neutral_examples(empty: Services) -> None:
    out = await say(empty, "/help")
    assert seed_words(out) == []
    assert "Beispiel: /who_said NAME" in out and "Beispiel: /search THEMA" in out
    english = await say(empty, "/speakers page:x", locale="en")
    assert seed_words(english) == []


@pytest.mark.parametrize(
    ("transport", "locale", "hint"),
    [
        ("console", "de", "Rückgängig: /curate undo 1"),
        ("console", "en", "Undo: /curate undo 1"),
        ("matrix", "de", "Rückgängig: !lagebild curate undo 1"),
        ("discord", "de", "Rückgängig: /korrigieren aktion:rückgängig nummer:1"),
        ("discord", "en", "Undo: /curate action:undo number:1"),
    ],
)
async def test_the_undo_hint_is_written_as_this_transport_takes_it(
    services: Services, transport: str, locale: str, hint: str
) -> None:
    done = await say(services, "/curate rename Jörg Wendt zu:Jörg Wendt-Bauer", locale, transport)
    assert hint in done


@pytest.mark.parametrize("transport", ["console", "matrix"])
async def test_the_text_hint_undoes_the_correction_when_typed(
    services: Services, transport: str
) -> None:
    done = await say(services, "/curate hide Jörg Wendt", transport=transport)
    hint = done.split("Rückgängig: ", 1)[1].splitlines()[0]
    assert "kenne ich nicht" in await say(services, "/who_said Wendt")
    undone = await say(services, hint, transport=transport)
    assert "rückgängig gemacht" in undone
    assert "das Angebot fair" in await say(services, "/who_said Wendt")


async def test_watching_a_disputed_figure_names_both_sides(services: Services) -> None:
    """ "/watch zahl:Teilnehmer" answered "(jetzt 4.000)": the union's side of a figure the
    police put at 1,800, as if it were agreed. /figures shows both; so does the watch now."""
    figures = await say(services, "/figures Teilnehmer")
    assert "rund 1.800 (Polizei) vs. 4.000 (Verdi)" in figures
    out = await say(services, "/watch zahl:Teilnehmer")
    assert "(jetzt rund 1.800 (Polizei) vs. 4.000 (Verdi))" in out
    english = await say(services, "/watch figure:Lohnerhöhung", locale="en")
    assert "(now 4.5 Prozent (according to Südwest-Echo))" in english
