"""/figures never joins the counts of unrelated articles into one topic (issue 12): a count
that names less of its scope ("Tote (Anschlag)") joins the fuller scope ("Tote (Anschlag in
Bagdad)") only when its reports tell that story, by date or by a name their titles share.
German articles written for these tests, run through the real pipeline into a real SQLite
store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.figure_groups import names_agree, title_names
from handlers.types import Services

NOW = datetime(2014, 1, 1, 8, 0, tzinfo=UTC)
BAGHDAD = (
    "b1.txt",
    "Blutiger Markttag in Bagdad",
    date(2006, 6, 8),
    [
        "Bei einem Anschlag auf einen Markt in Bagdad sind nach Angaben der Polizei 13 "
        "Menschen getötet worden.",
        "Die Täter flohen in einem Auto.",
    ],
)
FOLLOW_UP = (
    "b2.txt",
    "Opferzahl nach Marktanschlag steigt",
    date(2006, 6, 10),
    ["Die Zahl der Toten des Anschlags stieg nach Angaben der Polizei auf 15."],
)
ANNIVERSARY = (
    "m1.txt",
    "Gedenkfeier für die Opfer eingeweiht",
    date(2007, 3, 12),
    [
        "Bei dem Anschlag vor drei Jahren waren 191 Menschen ums Leben gekommen.",
        "Die Angehörigen legten am Montag Kränze nieder.",
    ],
)
TRAIN = (
    "c1.txt",
    "Zwei Schnellzüge stoßen zusammen",
    date(2011, 7, 24),
    [
        "Bei Wenzhou im Osten Chinas sind am Samstag 40 Menschen gestorben, als zwei "
        "Schnellzüge ineinander fuhren.",
        "Die Züge waren in China unterwegs.",
    ],
)
CLASHES = (
    "c2.txt",
    "Unruhen in Xinjiang",
    date(2013, 6, 26),
    [
        "Bei Zusammenstößen in China sind nach Angaben der Behörden 35 Menschen getötet worden.",
        "Die Polizei griff ein.",
    ],
)


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    rows = [BAGHDAD, ANNIVERSARY, TRAIN, CLASHES]
    async with story_services(tmp_path / "apart.db", extractor, articles_of(rows), NOW) as s:
        yield s


def deaths(listing: list[str]) -> list[str]:
    return [t for t in listing if t.startswith("- Tote")]


async def test_an_attack_elsewhere_stays_out_of_the_baghdad_toll(services, text_of) -> None:
    """The 191 dead of an anniversary report (another attack, a year later) are no report
    of the Baghdad market attack: two topics, Baghdad's toll stays 13."""
    listing = deaths(topics(text_of(await ask_figures(services))))
    [baghdad] = [t for t in listing if "Bagdad" in t]
    assert "13 (Polizei, 08.06.2006)" in baghdad and "1 Meldung" in baghdad, listing
    assert any("191" in t and "Bagdad" not in t for t in listing), listing
    body = text_of(await ask_figures(services, subject=baghdad[2:].split(":")[0]))
    assert "191" not in body and "Gedenkfeier" not in body


async def test_clashes_and_a_train_crash_years_apart_are_two_tolls(services, text_of) -> None:
    """ "Tote in China" of a train crash (2011) does not join "Tote (Zusammenstöße in China)"
    of clashes two years later: both articles are in China, but they are different stories."""
    listing = deaths(topics(text_of(await ask_figures(services))))
    [clashes] = [t for t in listing if "Zusammenstöße" in t]
    assert "35" in clashes and "1 Meldung" in clashes, listing
    assert any(t.startswith("- Tote") and "40" in t and "Zusammen" not in t for t in listing)


async def test_a_follow_up_of_the_same_days_joins_the_story(
    tmp_path: Path, extractor: Extractor, text_of
) -> None:
    """ "Die Zahl der Toten des Anschlags stieg auf 15" two days later names no place, yet it
    is the Baghdad attack's toll: one topic, 15 current."""
    rows = [BAGHDAD, FOLLOW_UP, CLASHES]
    async with story_services(tmp_path / "f.db", extractor, articles_of(rows), NOW) as s:
        listing = deaths(topics(text_of(await ask_figures(s))))
    [baghdad] = [t for t in listing if "Bagdad" in t]
    assert "15 (Polizei, 10.06.2006)" in baghdad and "2 Meldungen" in baghdad, listing
    assert len(listing) == 2, listing


def test_title_names_are_names_not_topic_words() -> None:
    """Two titles are of one story by a shared name, never by a shared "Tote" or "Flut"."""
    assert title_names("Madrid: Denkmal für die Terroropfer eingeweiht") == {"madrid"}
    assert title_names("Ein Jahr nach der Flut: Slowenien gedenkt der Opfer") == {"slowenien"}
    assert not title_names("Zahl der Toten nach dem Hochwasser steigt")


async def test_two_stories_of_one_country_at_different_places_stay_apart(
    tmp_path: Path, extractor: Extractor, text_of
) -> None:
    """Both titles name China, half a year apart, but each names its own place (Wenzhou,
    Xinjiang): a shared country is no shared story when the titles tell different places."""
    train = (
        "c1.txt",
        "China: Schnellzüge stoßen bei Wenzhou zusammen",
        date(2012, 12, 28),
        TRAIN[3],
    )
    clashes = ("c2.txt", "China: Unruhen in Xinjiang", date(2013, 6, 30), CLASHES[3])
    async with story_services(
        tmp_path / "c.db", extractor, articles_of([train, clashes]), NOW
    ) as s:
        listing = deaths(topics(text_of(await ask_figures(s))))
    assert len(listing) == 2, listing
    [clashes_line] = [t for t in listing if "Zusammenstöße" in t]
    assert "35" in clashes_line and "1 Meldung" in clashes_line, listing


def test_a_shared_country_joins_unless_each_title_names_its_own_place() -> None:
    slovenia = title_names("Flut in Slowenien: Zahl der Toten steigt")
    assert names_agree(slovenia, title_names("Slowenien: Ärzte warnen vor Seuchen"))
    wenzhou = title_names("China: Schnellzüge stoßen bei Wenzhou zusammen")
    assert not names_agree(wenzhou, title_names("China: Unruhen in Xinjiang"))
    grimma = title_names("Hochwasser in Grimma")
    assert names_agree(grimma, title_names("Grimma: Demo der Flutopfer"))
