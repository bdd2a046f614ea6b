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


# What a Discord or Matrix user was still shown in the console's syntax: the usage line after a
# mistake, /help's usage lines and examples, the /figures hint, the digest's article command
# and /who_said's suggestion.


async def test_a_mistake_on_discord_is_answered_in_discord_syntax(
    services: Services,  # noqa: F811
) -> None:
    out = await say(services, "/who_said page:null", "de", "discord")
    assert "Aufruf: /wer_sagte [person] [thema] [seite]" in out
    assert "Beispiel: /wer_sagte person:Sabine Kranz" in out
    assert "/who_said" not in out.replace("\\_", "_")
    unknown = await say(services, "/who_said Sabina", "en", "discord")
    assert "/speakers lists everyone quoted." in unknown
    german = await say(services, "/who_said Sabina", "de", "discord")
    assert "/sprecher zeigt alle zitierten Personen." in german
    matrix = await say(services, "/who_said Sabina", "de", "matrix")
    assert "!lagebild speakers zeigt alle zitierten Personen." in matrix
    console = await say(services, "/who_said page:null", "de", "console")
    assert "Aufruf: /who_said [person] [thema] — Beispiel: /who_said Sabine Kranz" in console


async def test_help_on_each_transport_in_its_own_syntax(services: Services) -> None:  # noqa: F811
    discord = (await say(services, "/help", "de", "discord")).replace("\\_", "_")
    assert "/wer_sagte [person] [thema] [seite] —" in discord
    assert "Beispiel: /wer_sagte person:Sabine Kranz" in discord
    assert (
        "/korrigieren aktion:zusammenführen|umbenennen|ausblenden|protokoll|rückgängig" in discord
    )
    assert "Mehr zu einem Befehl: /hilfe befehl:<Befehl>." in discord
    assert "/artikel nr:2" in discord and "name:wert" not in discord
    assert "/who_said" not in discord and "/article 2" not in discord
    matrix = await say(services, "/help", "en", "matrix")
    assert "!lagebild who_said [speaker] [about] (!lagebild wer_sagte)" in matrix
    assert "e.g. !lagebild who_said Sabine Kranz about:Arbeitgeber." in matrix
    assert "!lagebild article 2" in matrix
    console = await say(services, "/help", "de", "console")
    assert "/who_said [person] [thema] (/wer_sagte)" in console
    assert "z. B. /who_said Sabine Kranz thema:Arbeitgeber." in console


@pytest.mark.parametrize(
    ("transport", "locale", "hint"),
    [
        ("console", "de", "Grafik: /figures <Thema> chart"),
        ("matrix", "en", "chart: !lagebild figures <subject> chart"),
        ("discord", "de", "Details zu einem Thema: /zahlen thema:<Thema>, Grafik: /zahlen thema:<Thema> grafik:True"),
        ("discord", "en", "chart: /figures subject:<subject> chart:True"),
    ],
)  # fmt: skip
async def test_figures_hint_in_the_transports_syntax(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    hint: str,
) -> None:
    assert hint in await say(services, "/figures", locale, transport)
    # the list is kept per corpus version: a second transport's reply is its own
    assert hint in await say(services, "/figures", locale, transport)


@pytest.mark.parametrize(
    ("transport", "locale", "command"),
    [
        ("console", "de", "(/article 2)"),
        ("matrix", "de", "(!lagebild article 2)"),
        ("discord", "de", "(/artikel nr:2)"),
        ("discord", "en", "(/article id:2)"),
    ],
)
async def test_digest_names_articles_in_the_transports_syntax(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    command: str,
) -> None:
    await say(services, "/digest", locale, "console")  # kept body built by another transport
    out = await say(services, "/digest", locale, transport)
    head = next(line for line in out.splitlines() if "Südwest-Echo" in line)
    assert head.endswith(command)


async def test_an_error_and_a_help_title_name_the_command_as_the_client_shows_it(
    services: Services,  # noqa: F811
) -> None:
    """ "Bei /search fehlt die Angabe text." named the English command on a German Discord
    client, which offers /suche."""
    missing = await say(services, "/search", "de", "discord")
    assert "Bei /suche fehlt die Angabe text." in missing
    assert "Hilfe: /zahlen" in await say(services, "/help figures", "de", "discord")
    matrix = await say(services, "/search", "en", "matrix")
    assert "!lagebild search needs a value for text." in matrix
    assert "Bei /search fehlt die Angabe text." in await say(services, "/search")


@pytest.mark.parametrize(
    ("transport", "locale", "shown", "never"),
    [
        ("console", "de", "- person (auch: speaker), optional:", "speaker (person)"),
        ("matrix", "de", "- thema (auch: about), optional:", "about (thema)"),
        ("console", "en", "- speaker, optional:", "speaker (speaker)"),
        ("discord", "de", "- person, optional:", "speaker"),
    ],
)
async def test_help_names_an_option_as_the_asker_types_it(
    services: Services,  # noqa: F811
    transport: str,
    locale: str,
    shown: str,
    never: str,
) -> None:
    """/help who_said listed "speaker (person)" to German readers, who type person:, and
    "subject (subject)" to English ones; Discord clients see only their own field name."""
    text = (await say(services, "/help who_said", locale, transport)).replace("\\_", "_")
    assert shown in text and never not in text
