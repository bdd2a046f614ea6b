"""/figures on a developing story written for these tests, run through the real pipeline into a
real SQLite store (issue 12): synonyms grouped into one death toll, the latest report current,
a background figure kept in the history, a real conflict (police vs. organisers) shown with
both sources, agreeing claims summarised, bare units never a topic, a chart with bands."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import article, ask_figures, story_services

from bot.nlp import Extractor
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Request, Services, UserRef

NOW = datetime(2025, 4, 7, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "a.txt",
        "Schweres Erdbeben in Myanmar",
        date(2025, 3, 29),
        "Tagesschau",
        [
            "Bei dem Erdbeben in Myanmar sind nach Angaben der Militärregierung mindestens "
            "1.002 Menschen ums Leben gekommen.",
            "Im April 2013 hatte ein Beben in der Region 200 Todesopfer gefordert.",
            "Die Reparatur der Brücke kostet 3 Millionen Euro.",
            "Ein 46-jähriger Mann wurde gerettet.",
        ],
    ),
    (
        "b.txt",
        "Zahl der Toten steigt",
        date(2025, 3, 31),
        "Spiegel",
        [
            "Die Zahl der Todesopfer des Bebens stieg laut der Militärregierung auf 2.056.",
            "Nach Angaben der Vereinten Nationen kamen rund 2.100 Menschen ums Leben.",
            "Mehr als 270 Menschen werden noch vermisst.",
        ],
    ),
    (
        "c.txt",
        "Protest in Berlin",
        date(2025, 4, 6),
        "taz",
        [
            "Laut Polizei demonstrierten 5.000 Menschen in Berlin gegen die Reform.",
            "Die Veranstalter sprachen von 20.000 Demonstranten.",
        ],
    ),
    (
        "d.txt",
        "Helfer in Mandalay",
        None,
        "Regionalblatt",
        ["Nach dem Beben bargen Helfer in Myanmar nach eigenen Angaben 300 Leichen."],
    ),
    (
        "e.txt",
        "Unwetter in Spanien",
        date(2025, 4, 2),
        "El País",
        [
            "Bei den Überschwemmungen in Spanien sind nach Angaben der Regierung 62 Menschen "
            "ums Leben gekommen.",
            "Mehr als 40 Menschen werden noch vermisst.",
        ],
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    articles = [
        article(name, title, published, paras, outlet)
        for name, title, published, outlet, paras in ARTICLES
    ]
    async with story_services(tmp_path / "story.db", extractor, articles, NOW) as services:
        yield services


async def test_death_toll_is_one_topic_with_the_latest_report_current(services, text_of) -> None:
    keys = [s.subject_key for s in await services.store.figures.subjects()]
    # bare units and ages are no topic
    assert not {"euro", "jahr", "alter"} & set(keys)
    body = text_of(await ask_figures(services))
    listing = "\n".join(
        line for line in body.splitlines() if re.search(r" · \d+ Meldung(en)?$", line)
    )
    # one death toll for the quake (1.002, 200 in 2013, 2.056, rund 2.100, 300 Leichen), its
    # missing apart, and the floods in Spain a topic of their own
    assert listing.count("- Tote (Erdbeben Myanmar):") == 1
    assert "Tote (Erdbeben)" not in listing
    assert "5 Meldungen" in listing.split("Tote (Erdbeben Myanmar)")[1].split("\n")[0]
    assert "- Vermisste (Erdbeben):" in listing
    assert "- Tote bei den Überschwemmungen in Spanien: 62" in listing
    reply = await ask_figures(services, subject="Tote (Erdbeben Myanmar)")
    assert reply.title == "Zahlen: Tote (Erdbeben Myanmar)"
    body = text_of(reply)
    current = body.split("Verlauf")[0]
    assert "2.056 bis rund 2.100 (Militärregierung; Vereinte" in current
    assert "31.03.2025" in current and "widersprüchlich" not in current
    assert "62" not in body


async def test_measured_values_carry_their_unit_and_name_the_measured_thing(
    services, text_of
) -> None:
    body = text_of(await ask_figures(services))
    assert "Kosten der Reparatur der Brücke: 3 Mio. Euro" in body


async def test_background_figure_is_history_never_current(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Tote (Erdbeben Myanmar)"))
    current, history = body.split("Verlauf")[0], body.split("Verlauf")[1]
    assert "200" not in current.replace("2.056", "").replace("2.100", "")
    assert "April 2013: 200" in history and "Hintergrund" in history  # the month it names


async def test_police_and_organisers_conflict_with_both_sources(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Demonstranten"))
    current = body.split("Verlauf")[0]
    assert "5.000 (Polizei) vs. 20.000 (Veranstalter)" in current
    assert "widersprüchliche Angaben vom 06.04.2025" in current
    conflicts = body.split("Widersprüchliche Angaben")[-1]
    assert "06.04.2025: 5.000 (Polizei) vs. 20.000 (Veranstalter)" in conflicts


async def test_chart_counts_undated_reports_left_out(services, text_of) -> None:
    reply = await ask_figures(services, subject="Tote (Erdbeben Myanmar)", chart="ja")
    [png] = reply.attachments
    assert png.data.startswith(b"\x89PNG")
    assert "1 undatierte Meldung nicht im Diagramm" in (png.description or "")


async def test_article_lists_figures_as_subject_and_value_with_unit(services, text_of) -> None:
    # "/article" showed "3.000.000 Reparatur der Brücke": the unit lost, the subject read as one
    articles = await services.store.articles.list(limit=10, offset=0)
    first = next(a for a in articles if a.title == "Schweres Erdbeben in Myanmar")
    req = Request(
        command="article",
        args={"id": str(first.id)},
        user=UserRef("discord:1", "tester"),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )
    body = text_of(await dispatch(req, services, build_handlers()))
    assert "Kosten der Reparatur der Brücke: 3 Mio. Euro (laut Tagesschau)" in body, body
    assert "· 4 Sätze" in body


async def test_article_with_one_sentence_says_satz(services, text_of) -> None:
    articles = await services.store.articles.list(limit=10, offset=0)
    one = next(a for a in articles if a.title == "Helfer in Mandalay")
    req = Request(
        command="article",
        args={"id": str(one.id)},
        user=UserRef("discord:1", "tester"),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )
    body = text_of(await dispatch(req, services, build_handlers()))
    assert "· Datei d.txt · 1 Satz" in body and "1 Sätze" not in body
