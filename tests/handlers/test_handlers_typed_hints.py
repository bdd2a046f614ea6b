"""Hints inside replies name commands the way the asking user types them: on Discord the
client's command and option names with each value in its field (a German client sees
"/beobachten person:…", "/feed aktion:hinzufügen url:URL"), on Matrix with the bot's prefix,
on the console as text commands. Before, these hints read "/watch zahl:THEMA",
"/feed add URL", "/curate hide NAME" or "/who_said NAME" on every transport."""

from __future__ import annotations

import pytest
from test_handlers_strike_walk import say, services  # noqa: F401  (fixture)

from handlers.types import Services


@pytest.mark.parametrize(
    ("transport", "locale", "hints"),
    [
        ("console", "de", ["/watch Sabine Kranz", "/watch zahl:THEMA"]),
        ("matrix", "de", ["!lagebild watch Sabine Kranz", "!lagebild watch zahl:THEMA"]),
        ("discord", "de", ["/beobachten person:Sabine Kranz", "/beobachten zahl:THEMA"]),
        ("discord", "en", ["/watch speaker:Sabine Kranz", "/watch figure:SUBJECT"]),
    ],
)
async def test_watch_hints(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    hints: list[str],
) -> None:
    nothing = await say(services, "/watches", locale, transport)
    missing = await say(services, "/watch", locale, transport)
    for hint in hints:
        assert hint in nothing
        assert hint in missing


@pytest.mark.parametrize(
    ("transport", "locale", "feed_hint", "curate_hint", "who_hint"),
    [
        ("console", "de", "/feed add URL", "/curate hide Sabine Kranz", "/who_said Sabine Kranz"),
        (
            "discord",
            "de",
            "/feed aktion:hinzufügen url:URL",
            "/korrigieren aktion:ausblenden person:Sabine Kranz",
            "/wer_sagte person:Sabine Kranz",
        ),
        (
            "discord",
            "en",
            "/feed action:add url:URL",
            "/curate action:hide speaker:Sabine Kranz",
            "/who_said speaker:Sabine Kranz",
        ),
    ],
)
async def test_feed_curate_and_who_said_hints(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    feed_hint: str,
    curate_hint: str,
    who_hint: str,
) -> None:
    assert feed_hint in await say(services, "/feeds", locale, transport)
    assert curate_hint in await say(services, "/curate hide", locale, transport)
    assert who_hint in (await say(services, "/who_said", locale, transport)).replace("\\_", "_")


@pytest.mark.parametrize(
    ("transport", "locale", "article", "search", "unsubscribe"),
    [
        ("console", "de", "/article <Nummer>", "/search Arbeitgeber", "/unsubscribe N"),
        (
            "matrix",
            "en",
            "!lagebild article <number>",
            "!lagebild search Arbeitgeber",
            "!lagebild unsubscribe N",
        ),
        ("discord", "de", "/artikel nr:<Nummer>", "/suche text:Arbeitgeber", "/abbestellen nr:N"),
    ],
)
async def test_sources_search_and_subscribe_hints(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    article: str,
    search: str,
    unsubscribe: str,
) -> None:
    assert article in await say(services, "/sources", locale, transport)
    assert search in await say(services, "/search ?!", locale, transport)
    await say(services, "/subscribe 07:00", locale, transport)
    assert unsubscribe in await say(services, "/subscribe 18:00", locale, transport)
