"""/figures groups one evacuation's count under one subject however the articles word it
(a new user's walk, issue 12: "evakuierte Anwohner", "Menschen mussten ihre Wohnungen
verlassen" and "Evakuierte" were three subjects, and "Anwohner seien aufgefordert worden,
ihre Häuser zu verlassen" a bare "Anwohner"). German articles written for these tests, run
through the real pipeline into a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
DAY = date(2026, 11, 26)
ARTICLES = [
    (
        "a.txt",
        "Bombe in Göttingen entschärft",
        DAY,
        "In Göttingen hat der Kampfmittelräumdienst eine Fliegerbombe entschärft. Die Stadt "
        "brachte die rund 2.000 evakuierten Anwohner in einer Turnhalle unter.",
    ),
    (
        "b.txt",
        "Fliegerbombe: Innenstadt geräumt",
        DAY,
        "Wegen einer Fliegerbombe in Göttingen mussten rund 2.000 Menschen ihre Wohnungen "
        "verlassen.",
    ),
    (
        "c.txt",
        "Entwarnung in Göttingen",
        DAY,
        "Nach der Entschärfung der Bombe in Göttingen durften etwa 2.000 Evakuierte am Abend "
        "zurück.",
    ),
    (
        "d.txt",
        "Bombenfund in Göttingen",
        DAY,
        "Rund 2.000 Anwohner in Göttingen seien aufgefordert worden, ihre Häuser zu verlassen, "
        "sagte ein Sprecher der Stadt.",
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "evac.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


async def test_one_evacuation_is_one_subject(services: Services, text_of) -> None:
    lines = topics(text_of(await ask_figures(services)))
    evacuated = [line for line in lines if "2.000" in line]
    assert len(evacuated) == 1, lines
    assert evacuated[0].startswith("- Evakuierte"), evacuated
    assert evacuated[0].endswith("· 4 Meldungen"), evacuated
