"""/figures shows a newer count as the current value, not an earlier one the article looks
back on beside it (a new user's walk, issue 12: "liegt inzwischen bei 35. Zuvor hatte das
Klinikum 33 Verletzte gemeldet" was shown as "35 und 33"). German articles written for these
tests, run through the real pipeline into a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
DAY = date(2026, 11, 26)
ARTICLES = [
    (
        "bus.txt",
        "Busunglück auf der A7",
        DAY,
        [
            "Bei einem Busunglück auf der A7 bei Kassel sind viele Fahrgäste verletzt worden.",
            "Die Zahl der Verletzten liegt inzwischen bei 35. Zuvor hatte das Klinikum 33 "
            "Verletzte gemeldet.",
        ],
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "earlier.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


async def test_an_earlier_count_is_history_not_a_second_current_value(
    services: Services, text_of
) -> None:
    body = text_of(await ask_figures(services, subject="Verletzte"))
    current, history = body.split("Verlauf")
    # 35 has no source of its own: "Zuvor hatte das Klinikum …" is the next sentence (it was
    # read as one with "bei 35." before the number's stop ended it), so the outlet reports it
    assert "35 (laut Zeitung) — Stand 26.11.2026" in current
    assert "33" not in current
    assert "33" in history  # the earlier count stays in the history
