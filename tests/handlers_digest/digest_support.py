"""Hand-built extractions for the digest/subscription/reload tests, and Services around a store.

The extractions mimic the seed story (North Korean soldiers in Russia): two early articles
with "mindestens 3.000" soldiers, then a later one with "mehr als 10.000", so a digest since the
first batch must show the change "mindestens 3.000 → mehr als 10.000".

The fixtures (store, filled_store, clock) live here, imported by the test modules, rather than
in a conftest.py: several test directories do `from conftest import ...`, which a second
conftest module would shadow.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.config import Config, DigestConfig
from bot.models import (
    PARAGRAPH_SEPARATOR,
    ArticleExtraction,
    Figure,
    Paragraph,
    ParsedArticle,
    Quote,
    Sentence,
    SpeakerInfo,
)
from bot.store import Store
from handlers.types import ChannelRef, Request, Services, UserRef


@dataclass
class Clock:
    """A settable clock for Services (handlers never read the wall clock)."""

    now: datetime = field(default_factory=lambda: datetime(2024, 11, 20, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now


def make_article(
    file: str,
    title: str,
    published: date | None,
    outlet: str | None,
    sentences: list[str],
    quotes: list[tuple[str, str | None, str, str, int]] = (),  # type: ignore[assignment]
    figures: list[tuple[float, str, str, str | None, int]] = (),  # type: ignore[assignment]
    section: str = "report",
) -> ArticleExtraction:
    """One extraction: `quotes` are (speaker, role, kind, text, sentence index), `figures` are
    (value, qualifier, text, source, sentence index); everything counts "Soldat"."""
    paragraphs = tuple(Paragraph(s, section) for s in sentences)  # type: ignore[arg-type]
    body = PARAGRAPH_SEPARATOR.join(sentences)
    sents = []
    pos = 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, s, pos, pos + len(s), i, section))  # type: ignore[arg-type]
        pos += len(s) + len(PARAGRAPH_SEPARATOR)
    parsed = ParsedArticle(
        file=file,
        path=f"/corpus/{file}",
        title=title,
        published=published,
        outlet=outlet,
        paragraphs=paragraphs,
        content_hash=f"hash-{file}-{len(body)}",
    )
    qs = []
    for speaker, role, kind, text, idx in quotes:
        start = body.find(text)
        qs.append(
            Quote(
                speaker=speaker,
                speaker_role=role,
                kind=kind,  # type: ignore[arg-type]
                text=text,
                cue="sagte",
                sentence=sentences[idx],
                sentence_index=idx,
                start_char=max(start, 0),
                end_char=max(start, 0) + len(text),
            )
        )
    fs = []
    for value, qualifier, text, source, idx in figures:
        start = body.find(text)
        fs.append(
            Figure(
                value=value,
                value_max=None,
                qualifier=qualifier,  # type: ignore[arg-type]
                unit="Soldat",
                subject="nordkoreanische Soldaten",
                text=text,
                source=source,
                sentence=sentences[idx],
                sentence_index=idx,
                start_char=max(start, 0),
                end_char=max(start, 0) + len(text),
                refers_to=published,
            )
        )
    speakers = tuple(
        SpeakerInfo(name=s, kind="person", roles=(r,) if r else ()) for s, r, *_ in quotes
    )
    return ArticleExtraction(parsed, tuple(sents), tuple(qs), tuple(fs), speakers)


def early_articles() -> list[ArticleExtraction]:
    return [
        make_article(
            "a1.txt",
            "Nordkoreanische Soldaten in Russland eingetroffen",
            date(2024, 10, 23),
            "tagesschau.de",
            [
                "Nordkorea hat nach US-Angaben mindestens 3.000 Soldaten nach Russland geschickt.",
                "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden, sagte Kirby.",
                "Die Lage bleibt unübersichtlich.",
            ],
            quotes=[
                (
                    "John Kirby",
                    "Sprecher des Weißen Hauses",
                    "indirect",
                    "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden",
                    1,
                )
            ],
            figures=[(3000, "at_least", "mindestens 3.000 Soldaten", "John Kirby", 0)],
        ),
        make_article(
            "a2.txt",
            "Austin bestätigt Truppenverlegung",
            date(2024, 10, 24),
            "Spiegel",
            [
                "US-Verteidigungsminister Austin bestätigte die Berichte.",
                "„Das ist ein ernstes Problem“, sagte Austin.",
            ],
            quotes=[
                (
                    "Lloyd Austin",
                    "US-Verteidigungsminister",
                    "direct",
                    "Das ist ein ernstes Problem",
                    1,
                )
            ],
        ),
    ]


def later_article() -> ArticleExtraction:
    return make_article(
        "a3.txt",
        "Mehr als 10.000 nordkoreanische Soldaten",
        date(2024, 11, 15),
        "ZDF",
        [
            "Mehr als 10.000 nordkoreanische Soldaten sind laut US-Außenministerium in Russland.",
            "„Wir sind sehr besorgt“, sagte Blinken in Brüssel.",
            "Selenskyj sprach von rund 11.000 Soldaten.",
        ],
        quotes=[("Antony Blinken", "US-Außenminister", "direct", "Wir sind sehr besorgt", 1)],
        figures=[
            (
                10000,
                "more_than",
                "Mehr als 10.000 nordkoreanische Soldaten",
                "US-Außenministerium",
                0,
            )
        ],
    )


BATCH1_AT = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
BATCH2_AT = datetime(2024, 11, 16, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "digest.db")
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
async def filled_store(store: Store) -> Store:
    """Batch 1 (a1, a2) first seen 01.11.2024, batch 2 (a3) on 16.11.2024."""
    await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
    await store.corpus.apply([later_article()], [], ["a1.txt", "a2.txt"], [], now=BATCH2_AT)
    return store


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_services(store: Store, clock: Callable[[], datetime], **digest: object) -> Services:
    return Services(config=Config(digest=DigestConfig(**digest)), store=store, clock=clock)  # type: ignore[arg-type]


def make_request(
    command: str,
    args: dict[str, str] | None = None,
    *,
    user: UserRef | None = None,
    channel: ChannelRef | None = None,
    locale: str = "de",
) -> Request:
    return Request(
        command=command,
        args=args or {},
        user=user or UserRef("u1", "Mia", can_manage_channel=True),
        channel=channel or ChannelRef("matrix", "!room:example.org"),
        locale=locale,  # type: ignore[arg-type]
    )
