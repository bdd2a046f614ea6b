"""What a user reads for each speech act: German sentences run through the real pipeline
into a real SQLite store, then /who_said in German and English. The act is named ("bestreitet:
…", "wirft Nordkorea vor: …"), and only direct speech stands in quotation marks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import article, story_services

from bot.nlp import Extractor
from handlers.dispatch import dispatch
from handlers.types import Handler, Reply, Request, Services

NOW = datetime(2025, 3, 2, 8, 0, tzinfo=UTC)

PARAGRAPHS = [
    "Der Minister Rolf Baumann bestritt, von den Zahlungen gewusst zu haben.",
    "Präsident Viktor Salin warf Nordkorea vor, Russland mit Waffen zu beliefern.",
    "Die Gewerkschaft Verdi forderte eine Untersuchung der Vorfälle.",
    "Der Virologe Tom Weber warnte vor einer zweiten Welle.",
    "Die Abgeordnete Nina Vogt fragte, ob die Regierung von den Plänen gewusst habe.",
    "Bürgermeisterin Sabine Kurz kündigte neue Radwege an.",
    "Die Analystin Clara Berg schätzt, dass die Zinsen steigen werden.",
    "„Wir werden die Schule wieder aufbauen“, versprach Landrat Hans Wegner.",
]


@pytest.fixture
async def act_services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    art = article("001_acts.txt", "Ein Tag in der Politik", date(2025, 3, 1), PARAGRAPHS)
    async with story_services(tmp_path / "acts.db", extractor, [art], NOW) as services:
        yield services


async def _who_said(
    services: Services,
    handlers: dict[str, Handler],
    request_for: Callable[..., Request],
    speaker: str,
    locale: str,
) -> Reply:
    return await dispatch(request_for("who_said", locale, speaker=speaker), services, handlers)


@pytest.mark.parametrize(
    ("speaker", "de", "en"),
    [
        (
            "Rolf Baumann",
            "bestreitet: von den Zahlungen gewusst zu haben",
            "denies: von den Zahlungen gewusst zu haben",
        ),
        (
            "Viktor Salin",
            "wirft Nordkorea vor: Russland mit Waffen zu beliefern",
            "accuses Nordkorea of: Russland mit Waffen zu beliefern",
        ),
        (
            "Verdi",
            "fordert: eine Untersuchung der Vorfälle",
            "demands: eine Untersuchung der Vorfälle",
        ),
        ("Tom Weber", "warnt: vor einer zweiten Welle", "warns: vor einer zweiten Welle"),
        (
            "Nina Vogt",
            "fragt: ob die Regierung von den Plänen gewusst habe",
            "asks: ob die Regierung von den Plänen gewusst habe",
        ),
        ("Sabine Kurz", "kündigt an: neue Radwege", "announces: neue Radwege"),
        (
            "Clara Berg",
            "schätzt: dass die Zinsen steigen werden",
            "estimates: dass die Zinsen steigen werden",
        ),
        (
            "Hans Wegner",
            "kündigt an: „Wir werden die Schule wieder aufbauen“",
            "announces: “Wir werden die Schule wieder aufbauen”",
        ),
    ],
)
async def test_reply_names_the_act_in_german_and_english(
    act_services: Services,
    handlers: dict[str, Handler],
    request_for: Callable[..., Request],
    text_of: Callable[[Reply], str],
    speaker: str,
    de: str,
    en: str,
) -> None:
    body_de = text_of(await _who_said(act_services, handlers, request_for, speaker, "de"))
    body_en = text_of(await _who_said(act_services, handlers, request_for, speaker, "en"))
    assert de in body_de, body_de
    assert en in body_en, body_en


async def test_indirect_speech_is_never_in_quotation_marks(
    act_services: Services,
    handlers: dict[str, Handler],
    request_for: Callable[..., Request],
    text_of: Callable[[Reply], str],
) -> None:
    for speaker in ("Rolf Baumann", "Viktor Salin", "Nina Vogt", "Clara Berg"):
        body = text_of(await _who_said(act_services, handlers, request_for, speaker, "de"))
        statements = [line for line in body.splitlines() if line.startswith("01.03.2025 — ")]
        assert len(statements) == 1, body
        assert not any(mark in statements[0] for mark in '„“”"'), body
