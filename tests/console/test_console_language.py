"""`/sprache en` on the console: the session answers in the chosen language from then on."""

from __future__ import annotations

from bot.transports.console import ConsoleTransport


async def test_sprache_en_switches_the_following_answers(console: ConsoleTransport) -> None:
    confirm = await console.ask("/sprache en")
    assert "English" in confirm
    out = await console.ask("/figures")
    assert "Sources:" in out
    assert "Quellen:" not in out
    back = await console.ask("/language deutsch")
    assert "Deutsch" in back
    assert "Quellen:" in await console.ask("/figures")


async def test_unknown_language_keeps_the_current_one(console: ConsoleTransport) -> None:
    out = await console.ask("/sprache klingonisch")
    assert "/sprache en" in out
    assert "Quellen:" in await console.ask("/figures")


async def test_help_names_the_language_command(console: ConsoleTransport) -> None:
    assert "/sprache de|en" in await console.ask("/help")
    assert "/language en|de" in await console.ask("/help", locale="en")


async def test_a_search_for_the_word_sprache_is_no_language_switch(
    console: ConsoleTransport,
) -> None:
    await console.ask("/search Sprache")
    assert "Quellen:" in await console.ask("/figures")


async def test_sprache_alone_names_the_current_language(console: ConsoleTransport) -> None:
    out = await console.ask("/sprache")
    assert "auf Deutsch" in out
    assert "spreche ich nicht" not in out
    await console.ask("/sprache en")
    assert "in English" in await console.ask("/language")
    assert "Sources:" in await console.ask("/figures")
