"""/figures on values one sentence gives to different names (issue 12, gnqa pass:
"Delegiertenstimmen (McCain): 694 und 178", four players' points as "14, 19, 16 und 11
Punkte"): each value is shown with its name, never as an unnamed list of one topic's tiers.
German article written for this test, real pipeline, real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.figures import named_before
from handlers.types import Services

NOW = datetime(2024, 3, 6, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "vorwahl.txt",
        "Vorwahl in Ohio",
        date(2024, 3, 5),
        [
            "Nach der Vorwahl in Ohio liegt Berger mit 412 Delegiertenstimmen deutlich vor "
            "Anna Schmidt mit nur 98 Delegiertenstimmen."
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_each_value_is_shown_with_its_name(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    [line] = [line for line in topics(body) if "Delegiertenstimmen" in line]
    assert "Berger 412 und Anna Schmidt 98" in line, line


@pytest.mark.parametrize(
    ("sentence", "text", "name"),
    [
        ("Jason Kidd (19 Punkte, 12 Rebounds) traf sicher.", "19 Punkte", "Jason Kidd"),
        ("Dennoch liegt Berger mit 412 Stimmen vorn.", "412 Stimmen", "Berger"),
        ("Auch Lena Vogt mit 18 Punkten überzeugte.", "18 Punkten", "Lena Vogt"),
        ("Die Grünen mit 12 Prozent wurden Dritte.", "12 Prozent", None),  # a common noun
        ("Die Stimmen mit 5 Prozent reichten nicht.", "5 Prozent", None),
        ("Der Umsatz stieg um 3 Prozent.", "3 Prozent", None),
    ],
)
def test_the_name_before_a_value(sentence: str, text: str, name: str | None) -> None:
    assert named_before(sentence, text) == name
