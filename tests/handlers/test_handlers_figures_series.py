"""/figures reads the values one source gives in one sentence as one claim (issue 12): tiers
("3 Prozent, 2 Prozent oder 1 Prozent je nach Kaufpreis") are no three competing current
values, and "stieg von 21 auf 25" is one rise. Two sources in one sentence still disagree.
German articles written for these tests, run through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
DAY = date(2025, 6, 1)
ARTICLES = [
    (
        "makler.txt",
        "Streit um Maklergebühren",
        DAY,
        "Laut dem Verband beträgt die Provision der Makler je nach Kaufpreis 3 Prozent, "
        "2 Prozent oder 1 Prozent.",
    ),
    (
        "unfall.txt",
        "Unfall auf der A7",
        DAY,
        "Die Zahl der Verletzten stieg nach Angaben der Polizei von 21 auf 25.",
    ),
    (
        "undatiert.txt",
        "Gebühren im Vergleich",
        None,
        [
            "Die Gebühr der Notare beträgt 2 Prozent.",
            "Bei Neubauten liegt die Gebühr der Notare bei 1 Prozent.",
        ],
    ),
    (
        "demo.txt",
        "Kundgebung am Rathaus",
        DAY,
        "Die Polizei sprach von 1.200 Teilnehmern der Kundgebung, die Veranstalter von 5.000.",
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "series.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


def _line(body: str, head: str) -> str:
    [line] = [line for line in topics(body) if line.startswith(f"- {head}")]
    return line


async def test_tiers_of_one_source_are_one_claim(services, text_of) -> None:
    detail = text_of(await ask_figures(services, subject="Provision der Makler"))
    current = detail.split("Verlauf")[0]
    assert "3 Prozent, 2 Prozent und 1 Prozent (je nach Fall) (Verband)" in current, detail
    assert " sowie " not in detail and " vs. " not in detail, detail


async def test_a_rise_in_one_sentence_is_one_claim(services, text_of) -> None:
    subject = _line(text_of(await ask_figures(services)), "Verletzte")[2:].split(":")[0]
    detail = text_of(await ask_figures(services, subject=subject))
    assert "von 21 auf 25 (Polizei)" in detail.split("Verlauf")[0], detail


async def test_two_sources_in_one_sentence_still_disagree(services, text_of) -> None:
    detail = text_of(await ask_figures(services, subject="Teilnehmer der Kundgebung"))
    current = detail.split("Verlauf")[0]
    assert "1.200 (Polizei) vs. 5.000 (Veranstalter)" in current, detail


async def test_undated_values_of_one_source_are_listed_not_opposed(services, text_of) -> None:
    detail = text_of(await ask_figures(services, subject="Gebühr der Notare"))
    current = detail.split("Undatierte Meldungen")[0]
    assert "2 Prozent (laut Zeitung) sowie 1 Prozent (laut Zeitung)" in current, detail
    assert " vs. " not in detail, detail


def test_values_of_two_things_in_one_sentence_are_no_tiers() -> None:
    from bot.nlp.figures.tiers import states_tiers

    # "McCain 694, Huckabee 178": two values, not one depending on the case
    sentence = "McCain liegt mit 694 Stimmen gegenüber Huckabee mit nur 178 Stimmen vorne."
    assert not states_tiers(sentence, ["694 Stimmen", "178 Stimmen"])
    tiers = "Die Provision beträgt 3 Prozent bis zu einem Preis von 1 Mio. Euro, 2 Prozent darüber."
    assert states_tiers(tiers, ["3 Prozent", "2 Prozent"])
    assert states_tiers("Je nach Fall 3 Prozent oder 1 Prozent.", ["3 Prozent", "1 Prozent"])


async def test_two_values_of_one_sentence_read_without_a_case(tmp_path, extractor, text_of) -> None:
    # both counts take one subject today; they still are two values, not tiers
    sentence = "McCain liegt mit 694 Delegiertenstimmen vor Huckabee mit 178 Delegiertenstimmen."
    articles = articles_of([("zwei.txt", "Krawalle", DAY, sentence)])
    async with story_services(tmp_path / "two.db", extractor, articles, NOW) as services:
        body = text_of(await ask_figures(services))
    assert "(je nach Fall)" not in body, body
