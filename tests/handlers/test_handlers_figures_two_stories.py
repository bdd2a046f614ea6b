"""/figures on one topic key that two unrelated stories share as stored (issue 12, gnqa train:
"Tote (Unfall in Peru)" of a 2006 plane crash and a 2018 bus crash): the newest story is the
topic, with its own history and chart; the other story is shown apart under its article's
title, never as the history of the first (a 2012 toll of 21 read as an earlier count of a 2019
crash with nine dead). German articles written for this test, real pipeline, real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.figure_groups import joined_figures, joined_subjects, stories
from handlers.types import Services

NOW = datetime(2019, 8, 5, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "bus.txt",
        "Reisebus stürzt in Schlucht",
        date(2012, 3, 6),
        [
            "Bei einem Busunfall in Peru sind am Montag 18 Menschen ums Leben gekommen.",
            "Die Polizei sprach später von 21 Toten.",
        ],
    ),
    (
        "markt.txt",
        "Lastwagen rast in Marktstand",
        date(2019, 8, 2),
        ["Bei einem Unfall in Peru starben am Donnerstag neun Menschen, teilte die Polizei mit."],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


def _section(body: str, start: str, end: str | None) -> str:
    at = body.index(start)
    return body[at : body.index(end, at + len(start)) if end else len(body)]


async def test_two_stories_under_one_name_are_shown_apart(services, text_of) -> None:
    [toll] = [s for s in await joined_subjects(services) if s.subject.startswith("Tote")]
    body = text_of(await ask_figures(services, subject=toll.subject))
    current = _section(body, f"Aktuell: {toll.subject}\n", "weiteres Ereignis")
    assert "9 (Polizei)" in current, body
    # the 2012 crash is no earlier count of the 2019 one
    assert "21" not in current and "18" not in current, body
    other = _section(body, f"Aktuell: {toll.subject} – „Reisebus stürzt in Schlucht“", None)
    assert "21" in other, body
    assert "Lastwagen" not in other.split("Quellen:")[0], body


async def test_the_chart_draws_the_current_story_only(services) -> None:
    [toll] = [s for s in await joined_subjects(services) if s.subject.startswith("Tote")]
    figs = await joined_figures(services, toll.subject_key)
    newest, older = stories(figs)
    assert {f.article_title for f in newest} == {"Lastwagen rast in Marktstand"}
    assert {f.article_title for f in older} == {"Reisebus stürzt in Schlucht"}
    reply = await ask_figures(services, subject=toll.subject, chart="true")
    assert [a.filename for a in reply.attachments] == ["chart.png"]


async def test_the_topic_list_counts_the_newest_storys_reports(services, text_of) -> None:
    """ "Tote (Unfall Peru) · 3 Meldungen" counted a 2012 crash's reports as the 2019
    crash's: the line counts the newest story's and names the other story apart."""
    body = text_of(await ask_figures(services))
    [line] = [line for line in topics(body) if line.startswith("- Tote")]
    assert line.endswith("· 1 Meldung (+ 1 weiteres Ereignis)"), line
    assert ": 9 (" in line, line
