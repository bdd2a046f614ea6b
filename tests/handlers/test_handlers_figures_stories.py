"""/figures calls two reports a conflict only within one story (issue 12: on gnqa dev a bare
"Soldaten" topic showed 15.000 in Lebanon against 200 in Timor as "widersprüchliche Angaben").
German articles written for these tests, run through the real pipeline into a real store
(SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from figure_story import article, ask_figures, story_services, topics

from bot.nlp import Extractor
from bot.store.records import FigureRecord
from handlers.figure_groups import comparable, same_story
from handlers.figures import summarize
from handlers.types import Services

NOW = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)
DAY = date(2025, 3, 12)
NEXT = date(2025, 3, 13)
ARTICLES = [
    (
        "flut1.txt",
        "Hochwasser an der Elbe",
        NEXT,
        "Viele erinnern sich an die Flut von 2013. Damals entstanden Schäden von 6 Milliarden Euro.",
    ),
    (
        "flut2.txt",
        "Hochwasser an der Elbe: erste Bilanz",
        NEXT,
        "Das Umweltministerium beziffert die Schäden auf rund 400 Millionen Euro.",
    ),
    (
        "libanon.txt",
        "Waffenruhe im Libanon",
        DAY,
        "Die Armee will im Süden rund 15.000 Soldaten stationieren.",
    ),
    ("timor.txt", "Unruhen in Osttimor", DAY, "Portugal schickt 200 Soldaten nach Dili."),
    (
        "demo1.txt",
        "Kundgebung in Grimma",
        DAY,
        "Die Polizei sprach von etwa 1.200 Teilnehmern der Kundgebung, die Veranstalter von "
        "mehr als 5.000.",
    ),
    (
        "demo2.txt",
        "Grimma: Polizei zieht Bilanz",
        NEXT,
        "Die Polizei zählte 900 Teilnehmer der Kundgebung.",
    ),
    (
        "demo3.txt",
        "Veranstalter in Grimma zufrieden",
        NEXT,
        "Die Veranstalter zählten 4.000 Teilnehmer der Kundgebung.",
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    articles = [article(name, title, published, body) for name, title, published, body in ARTICLES]
    async with story_services(store_url, extractor, articles, NOW) as services:
        yield services


async def test_two_stories_under_one_topic_word_are_no_conflict(services, text_of) -> None:
    # The Timor article's lead names its place ("Unruhen in Osttimor"): its troops are a
    # topic of their own, never a second value of Lebanon's.
    overview = text_of(await ask_figures(services))
    soldiers = [line for line in topics(overview) if line.startswith("- Soldaten")]
    assert len(soldiers) == 2, topics(overview)
    assert any("Osttimor" in line and ": 200 (" in line for line in soldiers), soldiers
    body = text_of(await ask_figures(services, subject="Soldaten"))
    assert "15.000" in body and "200" not in body, body
    assert "widersprüchlich" not in body.lower(), body
    assert " vs. " not in body, body


async def test_police_and_organisers_of_one_story_conflict(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Teilnehmer der Kundgebung"))
    current = body.split("Verlauf")[0]
    assert "widersprüchliche Angaben vom 13.03.2025" in current, body
    assert "900 (Polizei)" in current and "4.000 (Veranstalter)" in current, body
    conflicts = body.split("Widersprüchliche Angaben", 1)[1]
    # The gapped conjunct of one article is a conflict of its own, with both sources.
    assert "12.03.2025" in conflicts, body
    assert "1.200 (Polizei)" in conflicts and "mehr als 5.000 (Veranstalter)" in conflicts, body


def _record(article_id: int, title: str, subject: str, source: str | None) -> FigureRecord:
    return FigureRecord(
        id=article_id * 10,
        article_id=article_id,
        value=1.0,
        value_max=None,
        qualifier="exact",
        unit="Soldat",
        subject=subject,
        subject_key="soldaten",
        text="1",
        source=source,
        sentence=subject,
        refers_to=DAY,
        is_addition=False,
        article_title=title,
        outlet=None,
        published=DAY,
        first_seen=NOW,
    )


def test_one_article_counting_two_things_is_no_conflict() -> None:
    strength = _record(1, "Hoffnung auf Waffenstillstand", "Soldaten (Kampfstärke)", None)
    mission = _record(1, "Hoffnung auf Waffenstillstand", "Soldaten an der UN-Mission", None)
    assert same_story(strength, mission)
    assert not comparable(strength, mission)
    # The bare noun, or a source named in the subject, distinguishes nothing.
    assert comparable(strength, _record(4, "Hoffnung auf Waffenstillstand", "Soldaten", None))
    un = _record(2, "Waffenstillstand hält", "Soldaten (Vereinten Nationen)", "Vereinte Nationen")
    assert comparable(strength, un)
    assert not comparable(strength, _record(3, "Unruhen in Osttimor", "Soldaten", None))


def test_one_source_listing_values_in_one_article_is_no_conflict() -> None:
    # "8, 10 und 12 Prozent Provision" from one source are tiers, not a contradiction;
    # police and organisers in one article still disagree
    tiers = [_record(1, "Hotels gegen Portal", "Provisionen", "Verband") for _ in range(2)]
    assert not comparable(*tiers)
    police = _record(5, "Demo in Köln", "Teilnehmer", "Polizei")
    organisers = _record(5, "Demo in Köln", "Teilnehmer", "Veranstalter")
    assert comparable(police, organisers)


async def test_a_damals_figure_is_history_not_current(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Schäden"))
    current, history = body.split("Verlauf", 1)
    assert "rund 400 Mio. Euro (Umweltministerium) — Stand 13.03.2025" in current, body
    assert "6 Mrd." not in current and "widersprüchlich" not in current, body
    assert (
        "2013: 6 Mrd. Euro" in history and "01.01.2013" not in history and "Hintergrund" in history
    ), body


def test_claims_sharing_a_value_conflict_only_within_their_story() -> None:
    # disagreeing() compares each distinct interval pair once: claims that share a value
    # still conflict or not each by its own story and source.
    def claim(article_id: int, title: str, source: str, value: float) -> FigureRecord:
        return replace(_record(article_id, title, "Soldaten", source), value=value)

    police = claim(5, "Demo in Köln", "Polizei", 1200)
    city = claim(7, "Streik in Bonn", "Stadt", 1200)  # same value, another story
    firemen = claim(9, "Demo in Köln", "Feuerwehr", 1200)
    organisers = claim(5, "Demo in Köln", "Veranstalter", 5000)
    summary = summarize([police, city, firemen, organisers], "de")
    [(day, conflict)] = summary.conflicts
    assert day == DAY
    assert {c.source for c in conflict} == {"Polizei", "Feuerwehr", "Veranstalter"}
