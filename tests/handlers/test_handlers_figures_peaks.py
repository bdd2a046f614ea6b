"""/figures never shows a peak or an earlier state as the current value (issue 12: "In der
Spitze waren 94.000 Haushalte ohne Strom gewesen", reported after lower counts, was shown as
the current count of households without power). A figure marked as a peak ("in der Spitze",
"auf dem Höhepunkt", "zeitweise", "zwischenzeitlich") or an earlier state ("zunächst",
"anfangs") stays in the history; the newest count that is no such look back is current.
German articles written for these tests, run through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "a1.txt",
        "Unwetter legt Stromnetz lahm",
        date(2026, 3, 9),
        "Nach dem Unwetter waren am Montagabend laut Netzbetreiber rund 60.000 Haushalte ohne "
        "Strom.",
    ),
    (
        "a2.txt",
        "Stromversorgung kehrt zurück",
        date(2026, 3, 10),
        "Am Dienstag waren laut Netzbetreiber noch 12.000 Haushalte ohne Strom. In "
        "Notunterkünften waren am Dienstag 90 Menschen untergebracht.",
    ),
    (
        "a3.txt",
        "Bilanz nach dem Unwetter",
        date(2026, 3, 11),
        [
            "Der Netzbetreiber hat eine Bilanz des Unwetters gezogen.",
            "Auf dem Höhepunkt des Sturms waren nach seinen Angaben 75.000 Haushalte ohne "
            "Strom gewesen.",
            "In Notunterkünften sind laut Stadt noch 40 Menschen untergebracht. Zeitweise "
            "hatten mehr als 300 Menschen in Notunterkünften geschlafen, sagte ein Sprecher.",
        ],
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "peaks.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


async def test_a_peak_reported_later_is_history_not_the_current_count(
    services: Services, text_of
) -> None:
    body = text_of(await ask_figures(services, subject="Haushalte ohne Strom"))
    current, history = body.split("Verlauf")
    assert "12.000" in current, current
    assert "75.000" not in current, current
    assert "75.000" in history, history  # the peak stays in the history
    assert "60.000" in history, history


async def test_the_overview_line_shows_the_current_count_not_the_peak(
    services: Services, text_of
) -> None:
    line = next(
        x for x in topics(text_of(await ask_figures(services))) if "Haushalte ohne Strom" in x
    )
    assert "12.000" in line, line
    assert "10.03.2026" in line, line


async def test_a_passing_peak_of_the_same_day_is_no_conflicting_current_value(
    services: Services, text_of
) -> None:
    body = text_of(await ask_figures(services, subject="Menschen in Notunterkünften"))
    current, history = body.split("Verlauf")
    assert "40 (Stadt)" in current, current
    assert "300" not in current and "widersprüchlich" not in current, current
    assert "mehr als 300" in history, history
