"""/figures on a wage dispute (issue 12 QA pass): claims in different units never conflict
and are never joined by "vs."; a unit asked for as a topic lists what is measured in it.
German articles written for these tests, run through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2024, 3, 10, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "tarif1.txt",
        "Tarifstreit bei der KVB",
        date(2024, 3, 4),
        [
            "Verdi fordert eine Erhöhung der Löhne um 8 Prozent, mindestens aber 350 Euro.",
            "Die Arbeitgeber bieten eine Erhöhung der Löhne um 5,5 Prozent an.",
            "Zuvor hatte Verdi 6,8 Prozent mehr Lohn verlangt.",
        ],
    ),
    (
        "tarif2.txt",
        "Warnstreik bei der KVB",
        date(2024, 3, 8),
        [
            "Am Freitag nutzten nach Angaben der KVB etwa 750.000 Fahrgäste Busse und Bahnen.",
            "Bei einer Demonstration in Köln zählte die Polizei 2.000 Teilnehmer.",
            "Die Veranstalter sprachen von 5.000 Teilnehmern.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


def _section(body: str, heading: str) -> str:
    """The lines of one "Aktuell: …" section of a /figures answer, up to the next one."""
    start = body.index(heading)
    nxt = body.find("Aktuell:", start + len(heading))
    return body[start : nxt if nxt >= 0 else len(body)]


async def test_percent_and_euro_never_conflict(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Lohn"))
    for line in body.splitlines():
        if " vs. " in line:
            assert not ("Prozent" in line and "Euro" in line), body
    euro = _section(body, "Aktuell: Erhöhung der Löhne (Forderung) (Euro)")
    assert "mindestens 350 Euro (Verdi)" in euro
    assert "widersprüchlich" not in euro.lower(), body
    assert "Aktuell: Erhöhung der Löhne (Forderung) (Prozent)" in body


async def test_a_count_conflict_still_shows(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Teilnehmer"))
    assert "2.000 (Polizei) vs. 5.000 (Veranstalter)" in body, body
    assert "widersprüchliche Angaben" in body


async def test_a_unit_lists_the_subjects_measured_in_it(services, text_of) -> None:
    percent = text_of(await ask_figures(services, subject="Prozent"))
    assert "eine Einheit ist kein Thema" in percent
    assert "Erhöhung der Löhne" in percent
    assert "Teilnehmer" not in percent and "Fahrgäste" not in percent
    euro = text_of(await ask_figures(services, subject="euro"))
    assert "Erhöhung der Löhne" in euro, euro  # its latest report is in Prozent


async def test_a_unit_nothing_is_measured_in_says_so(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Kilometer"))
    assert "„Kilometer“ ist eine Einheit, kein Thema" in body, body


async def test_wages_and_their_increase_are_one_topic(services, text_of) -> None:
    """The demand's three wordings are one topic; the employers' offer is a topic of its own,
    never a claim that contradicts the demand (issue 12)."""
    listing = topics(text_of(await ask_figures(services)))
    wages = [t for t in listing if "Lohn" in t or "Löhne" in t]
    assert len(wages) == 2, listing
    [demand] = [t for t in wages if "(Forderung)" in t]
    [offer] = [t for t in wages if "(Angebot)" in t]
    assert demand.endswith("3 Meldungen") and offer.endswith("1 Meldung"), listing
    assert ": 5,5 Prozent (Arbeitgeber, 04.03.2024)" in offer, listing
    detail = text_of(await ask_figures(services, subject=demand[2:].split(":")[0]))
    assert "5,5" not in detail and "widersprüchlich" not in detail.lower(), detail
