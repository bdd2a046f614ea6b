"""/figures on a developing storm story of 8 articles over six days (tests/data/outage_story,
written for these tests in the style of German regional reports), read by the real corpus
reader, run through the real pipeline into a real store on both backends (issue 12): the
households without power are one topic whatever place each report adds, people and
households stay apart, and a plan for a target year is no current value of a reported count."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from figure_story import ask_figures, story_services, topics

from bot.corpus import read_article
from bot.nlp import Extractor
from handlers.types import Services

STORY = Path(__file__).parents[1] / "data" / "outage_story"
NOW = datetime(2026, 2, 16, 8, 0, tzinfo=UTC)


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    articles = [read_article(p) for p in sorted(STORY.glob("*.txt"))]
    assert len(articles) == 8
    async with story_services(store_url, extractor, articles, NOW) as services:
        yield services


def _heads(body: str) -> list[str]:
    """The topic names of a /figures overview ("- Tote: 4 (…)" -> "Tote")."""
    return [line[2:].split(":")[0] for line in topics(body)]


async def test_the_story_reads_as_one_topic_per_counted_thing(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    heads = _heads(body)
    # the households without power: one topic, not one per place or bracket
    assert heads.count("Haushalte ohne Strom") == 1, heads
    assert not [h for h in heads if h.startswith("Haushalte (") or h == "Haushalte"], heads
    assert "Haushalte in Schleswig-Holstein" not in heads, heads
    # people are no households, the dead no injured, a plan no reported length of dikes
    for head in ("Tote", "Verletzte", "Menschen in Notunterkünften", "Deiche (Prognose)"):
        assert head in heads, (head, heads)
    assert "Deiche" not in heads, heads

    detail = text_of(await ask_figures(services, subject="Haushalte ohne Strom"))
    history = detail.split("Verlauf")[1]
    for value in ("80.000", "52.000", "31.000", "8.000"):
        assert f"{value} (" in history, (value, history)
    # a district's households "betroffen" are a part of the story, not the count
    assert "9.000" not in detail, detail


async def test_a_plan_is_shown_for_its_target_year_as_a_forecast(services, text_of) -> None:
    """ "Das Land will bis 2028 rund 120 Kilometer Deiche verstärken" (article of 13.02.2026)
    was listed "Stand 13.02.2026", as if 120 km were reinforced that day."""
    body = text_of(await ask_figures(services))
    [line] = [line for line in topics(body) if line.startswith("- Deiche (Prognose):")]
    assert "2028)" in line and "13.02.2026" not in line, line
    detail = text_of(await ask_figures(services, subject="Deiche (Prognose)"))
    assert "Prognose für 2028" in detail and "Stand" not in detail, detail
