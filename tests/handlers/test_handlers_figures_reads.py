"""/figures reads each thing it needs from the store once per reply (issue 14): the topic list
joined the partial scopes ("Tote (Beben)" into "Tote (Erdbeben in Chile)") in every one of
its steps (the list, the series lines, the story counts, the top subject's detail) and read
the joining keys' reports again each time. German articles written for these tests, run
through the real pipeline into a real store; the statements are counted on the real driver."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from bot.store import pg
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Request, Services, UserRef

NOW = datetime(2024, 3, 8, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "c1.txt",
        "Schweres Erdbeben in Chile",
        date(2024, 3, 4),
        "Bei dem Erdbeben in Chile sind nach Angaben der Regierung mindestens 140 Menschen "
        "ums Leben gekommen.",
    ),
    (
        "c2.txt",
        "Zahl der Opfer steigt",
        date(2024, 3, 5),
        [
            "Die Zahl der Todesopfer des Bebens stieg nach Angaben der Regierung auf 310.",
            "Rund 900 Menschen wurden verletzt, teilte das Ministerium mit.",
        ],
    ),
    (
        "c3.txt",
        "Suche nach Verschütteten",
        date(2024, 3, 6),
        [
            "Zwei Tage nach dem Beben zählte die Regierung 455 Tote.",
            "Mehr als 1.100 Menschen wurden verletzt.",
        ],
    ),
    (
        "g1.txt",
        "Neue Gebühren",
        date(2024, 3, 6),
        "Laut der Kammer beträgt die Gebühr je nach Fall 4 Prozent, 3 Prozent oder 2 Prozent.",
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "reads.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


def _counted(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """(statement, parameters) -> how often the store sent it (either driver)."""
    sent: Counter[tuple[str, str]] = Counter()

    def counted(original: Any) -> Any:
        async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
            sent[" ".join(sql.split()), repr(tuple(parameters or ()))] += 1
            return await original(conn, sql, parameters)

        return execute

    for cls in (aiosqlite.Connection, pg.PgConnection):
        monkeypatch.setattr(cls, "execute", counted(cls.execute))
    return sent


async def test_the_topic_list_reads_nothing_twice(
    services: Services, monkeypatch: pytest.MonkeyPatch, text_of
) -> None:
    before = text_of(await ask_figures(services))
    sent = _counted(monkeypatch)
    body = text_of(await ask_figures(services))
    assert body == before  # the same answer
    quake = [t for t in topics(body) if t.startswith("- Tote")]
    assert len(quake) == 1 and "455" in quake[0]  # the partial scopes were joined
    again = {statement: n for statement, n in sent.items() if n > 1}
    assert not again, again


async def test_a_subject_s_detail_reads_nothing_twice(
    services: Services, monkeypatch: pytest.MonkeyPatch, text_of
) -> None:
    [quake] = [t for t in topics(text_of(await ask_figures(services))) if t.startswith("- Tote")]
    subject = quake[2:].split(":")[0]
    sent = _counted(monkeypatch)
    body = text_of(await ask_figures(services, subject=subject))
    assert "455" in body and "310" in body
    again = {statement: n for statement, n in sent.items() if n > 1}
    assert not again, again


async def test_the_digest_reads_no_figures_twice(
    services: Services, monkeypatch: pytest.MonkeyPatch, text_of
) -> None:
    """The digest's figure lines join the subjects as /figures does, once per digest."""
    req = Request(
        command="digest",
        args={},
        user=UserRef("discord:1", "tester"),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )
    before = text_of(await dispatch(req, services, build_handlers()))
    sent = _counted(monkeypatch)
    body = text_of(await dispatch(req, services, build_handlers()))
    assert body == before and "455" in body
    again = {statement: n for statement, n in sent.items() if n > 1 and "figures" in statement[0]}
    assert not again, again


async def test_the_topic_list_is_kept_until_a_correction_changes_it(
    services: Services, monkeypatch: pytest.MonkeyPatch, text_of
) -> None:
    """A plain /figures depends on the corpus and its corrections alone: asked again it reads
    no figure (kept per corpus version and curation log), and a correction shows at once."""
    first = text_of(await ask_figures(services))
    sent = _counted(monkeypatch)
    assert text_of(await ask_figures(services)) == first
    # only the subject list (with each subject's newest report) is read: no subject's reports
    reports = [s for s, _ in sent if "FROM figures" in s and not s.startswith("SELECT su.")]
    assert not reports, reports

    store = services.store
    newest = [
        f
        for s in await store.figures.subjects()
        for f in await store.figures.for_subject(s.subject_key)
        if f.value == 455
    ]
    assert newest
    ref = await store.curation.figure_ref(newest[0].id)
    assert ref is not None
    await store.curation.add("hide_figure", ref[0], "editor", NOW)
    corrected = text_of(await ask_figures(services))
    [quake] = [t for t in topics(corrected) if t.startswith("- Tote")]
    assert "455" not in quake and "310" in quake
