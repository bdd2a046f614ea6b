"""Fixtures: a real SQLite store holding a small, hand-made version of the seed story.

Built from bot.models records directly (not through the NLP) so the handler tests check the
answers, not extraction quality. The story covers what issue 4 asks of the answers:
- Kirby's Wladiwostok statement, reported by two articles (one dated, one undated);
- Lloyd Austin, who is also cited as "Austin"; Selenskyj, also spelled "Selenskij";
- two speakers called Scholz (ambiguous surname); an anonymous Pentagon source;
- soldier figures: 1.500 (18.10.) -> 3.000 (24.10.) -> 10.000 vs. 11.000 (15.11.), plus an
  undated "mindestens 12.000" and a vague "Tausende".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction, SpeakerInfo
from bot.nlp import Extractor, build_pipeline
from bot.store import Store
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Handler, Reply, Request, Services, UserRef

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)


def story(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    return [
        make(
            "001_kirby.txt",
            "USA bestätigen Entsendung von 3.000 Soldaten",
            date(2024, 10, 24),
            "Tagesschau",
            [
                "Nordkorea hat nach Angaben der USA mindestens 3.000 Soldaten nach Russland geschickt.",
                "Sie seien per Schiff nach Wladiwostok gebracht worden, bestätigte John Kirby.",
                "„Das ist eine gefährliche Entwicklung“, sagte US-Verteidigungsminister Lloyd Austin.",
                "Ein Pentagon-Sprecher sagte, man beobachte die Lage genau.",
                "Südkorea hatte zuvor von 1.500 Soldaten gesprochen.",
                "Olaf Scholz sagte, Deutschland stehe an der Seite der Ukraine.",
            ],
            quotes=[
                Q(1, "John Kirby", "Sie seien per Schiff nach Wladiwostok gebracht worden",
                  role="Sprecher des Nationalen Sicherheitsrats", cue="bestätigte"),
                Q(2, "Lloyd Austin", "Das ist eine gefährliche Entwicklung", kind="direct",
                  role="US-Verteidigungsminister"),
                Q(3, "anonymous", "man beobachte die Lage genau", role="Pentagon-Sprecher"),
                Q(5, "Olaf Scholz", "Deutschland stehe an der Seite der Ukraine", role="Bundeskanzler"),
            ],
            figures=[
                F(0, "mindestens 3.000 Soldaten", 3000, "at_least", source="John Kirby"),
                F(4, "1.500 Soldaten", 1500, source="Südkorea", refers_to=date(2024, 10, 18)),
            ],
        ),
        make(
            "002_wiederholung.txt",
            "Nordkoreas Truppen in Wladiwostok",
            None,
            "Regionalblatt",
            [
                "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden, bestätigte Kirby.",
                "Hans Scholz, Bürgermeister, sagte, man sei besorgt.",
                "Tausende Soldaten sollen es sein.",
                "Mindestens 12.000 Soldaten könnten es werden.",
            ],
            quotes=[
                Q(0, "John Kirby", "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden",
                  role="Sprecher", cue="bestätigte"),
                Q(1, "Hans Scholz", "man sei besorgt", role="Bürgermeister"),
            ],
            figures=[
                F(2, "Tausende Soldaten", 1000, "vague"),
                F(3, "Mindestens 12.000 Soldaten", 12000, "at_least"),
            ],
        ),
        make(
            "003_front.txt",
            "Mehr als 10.000 Nordkoreaner an der Front",
            date(2024, 11, 15),
            "Spiegel",
            [
                "Laut US-Außenministerium sind mehr als 10.000 nordkoreanische Soldaten in Kursk.",
                "Selenskyj sprach dagegen von rund 11.000 Soldaten.",
                "„Wir brauchen mehr Unterstützung“, sagte Selenskyj.",
                "Austin sagte, die Soldaten würden bald an der Front kämpfen.",
                "Mit tausenden Soldaten zeigt sich eine neue Ebene im Konflikt.",
            ],
            quotes=[
                Q(2, "Wolodymyr Selenskyj", "Wir brauchen mehr Unterstützung", kind="direct",
                  role="ukrainischer Präsident"),
                Q(3, "Lloyd Austin", "die Soldaten würden bald an der Front kämpfen",
                  role="US-Verteidigungsminister"),
            ],
            figures=[
                F(0, "mehr als 10.000 nordkoreanische Soldaten", 10000, "more_than",
                  source="US-Außenministerium"),
                F(1, "rund 11.000 Soldaten", 11000, "approx", source="Wolodymyr Selenskyj"),
                F(4, "tausenden Soldaten", 1000, "vague"),
            ],
            speakers=[
                SpeakerInfo("Wolodymyr Selenskyj", "person", ("ukrainischer Präsident",), ("Selenskyj",)),
                SpeakerInfo("Lloyd Austin", "person", ("US-Verteidigungsminister",), ("Austin",)),
            ],
        ),
        make(
            "004_kommentar.txt",
            "Kommentar: Kims Kalkül",
            date(2024, 11, 20),
            None,
            ["Selenskij warnte erneut vor einer Eskalation des Krieges."],
            quotes=[Q(0, "Selenskij", "vor einer Eskalation des Krieges", cue="warnte")],
        ),
    ]  # fmt: skip


@pytest.fixture
async def store(
    store_url: str, make_extraction: Callable[..., ArticleExtraction]
) -> AsyncIterator[Store]:
    """The story on both backends (tests/conftest.py store_url): the handlers' answers must
    not depend on the store."""
    s = await Store.open(store_url)
    await s.corpus.apply(story(make_extraction), [], [], [], now=NOW)
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
async def empty_store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "empty.db")
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
def services(store: Store) -> Services:
    return Services(config=Config(), store=store, clock=lambda: NOW)


@pytest.fixture
def handlers() -> dict[str, Handler]:
    return build_handlers()


@pytest.fixture
def request_for() -> Callable[..., Request]:
    def make(cmd: str, /, locale: str = "de", admin: bool = False, **args: Any) -> Request:
        return Request(
            command=cmd,
            args={k: str(v) for k, v in args.items()},
            user=UserRef("discord:1", "tester", bot_admin=admin),
            channel=ChannelRef("discord", "42"),
            locale=locale,  # type: ignore[arg-type]
        )

    return make


@pytest.fixture
def ask(services: Services, handlers: dict[str, Handler], request_for: Callable[..., Request]):
    """`await ask("figures", subject="Soldaten")`: one command through dispatch."""
    from handlers.dispatch import dispatch

    async def run(cmd: str, /, locale: str = "de", admin: bool = False, **args: Any) -> Reply:
        return await dispatch(request_for(cmd, locale, admin, **args), services, handlers)

    return run


def reader_text(reply: Reply) -> str:
    """What a reader sees of a reply (title, blocks, fields), without Markdown markers."""
    from bot.render.text import plain

    parts = [reply.title]
    for b in reply.blocks:
        parts.extend([b.heading or "", b.text])
    parts.extend(f"{f.name} {f.value}" for f in reply.fields)
    return plain("\n".join(parts))


@pytest.fixture
def text_of() -> Callable[[Reply], str]:
    return reader_text


@pytest.fixture
def reload_without(
    store: Store, make_extraction: Callable[..., ArticleExtraction]
) -> Callable[[str], Any]:
    """`await reload_without("003_front.txt")`: a real corpus swap of the story minus a file."""

    async def run(file: str) -> None:
        rest = [ex for ex in story(make_extraction) if ex.article.file != file]
        change = await store.corpus.apply(rest, [file], [], [], now=NOW)
        assert change.removed == (file,)

    return run


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real pipeline, built once: the story tests write their own articles."""
    return Extractor(build_pipeline())
