"""Replies say what a speaker did: a denial, an accusation or a demand is never shown as the
speaker's own statement, and only direct speech stands in quotation marks (real SQLite store)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sample_corpus import Q

from bot.config import Config
from bot.models import ArticleExtraction, Quote
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.types import Handler, Reply, Request, Services

NOW = datetime(2025, 3, 2, 8, 0, tzinfo=UTC)

SENTENCES = [
    "Bürgermeister Karl Weber bestreitet die Schließung des Freibads.",
    "Die Opposition wirft dem Bürgermeister Karl Weber Wortbruch vor.",
    "Karl Weber forderte, den Haushalt zu prüfen.",
    "Karl Weber sagte, die „Zeit der Ausreden“ sei vorbei.",
    "Karl Weber sagte: „Wir bleiben offen.“",
    "Der Mieterverein droht dem Bürgermeister Karl Weber mit einer Klage.",
]


def _with(q: Quote, **kw: Any) -> Quote:
    return dataclasses.replace(q, **kw)


@pytest.fixture
async def acts_services(tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]) -> Any:
    ex = make_extraction(
        "001_freibad.txt",
        "Streit um das Freibad",
        date(2025, 3, 1),
        "Stadtanzeiger",
        SENTENCES,
        quotes=[
            Q(0, "Karl Weber", "die Schließung des Freibads", cue="bestreitet"),
            Q(1, "Opposition", "Wortbruch", cue="wirft vor"),
            Q(2, "Karl Weber", "den Haushalt zu prüfen", cue="forderte"),
            Q(3, "Karl Weber", "die „Zeit der Ausreden", kind="mixed"),
            Q(4, "Karl Weber", "Wir bleiben offen.", kind="direct"),
            Q(5, "Mieterverein", "mit einer Klage", cue="droht"),
        ],
    )
    qs = list(ex.quotes)
    qs[0] = _with(qs[0], act="denial")
    qs[1] = _with(qs[1], act="accusation", target="Karl Weber")
    qs[2] = _with(qs[2], act="demand")
    qs[5] = _with(qs[5], act="warning", target="Karl Weber")
    ex = dataclasses.replace(ex, quotes=tuple(qs))
    store = await Store.open(tmp_path / "acts.db")
    await store.corpus.apply([ex], [], [], [], now=NOW)
    try:
        yield Services(config=Config(), store=store, clock=lambda: NOW)
    finally:
        await store.close()


async def _who_said(
    services: Services,
    handlers: dict[str, Handler],
    request_for: Callable[..., Request],
    speaker: str,
    locale: str = "de",
) -> Reply:
    return await dispatch(request_for("who_said", locale, speaker=speaker), services, handlers)


async def test_denial_and_demand_are_named_not_quoted(
    acts_services: Services, handlers, request_for, text_of
) -> None:
    body = text_of(await _who_said(acts_services, handlers, request_for, "Karl Weber"))
    assert "bestreitet: die Schließung des Freibads" in body
    assert "„die Schließung" not in body  # a denial is not the speaker's statement
    assert "fordert: den Haushalt zu prüfen" in body
    assert "„Wir bleiben offen.“" in body  # direct speech keeps its marks


async def test_accusation_names_the_accused(
    acts_services: Services, handlers, request_for, text_of
) -> None:
    de = text_of(await _who_said(acts_services, handlers, request_for, "Opposition"))
    assert "wirft Karl Weber vor: Wortbruch" in de
    en = text_of(await _who_said(acts_services, handlers, request_for, "Opposition", "en"))
    assert "accuses Karl Weber of: Wortbruch" in en


async def test_a_threat_names_the_threatened(
    acts_services: Services, handlers, request_for, text_of
) -> None:
    de = text_of(await _who_said(acts_services, handlers, request_for, "Mieterverein"))
    assert "droht Karl Weber: mit einer Klage" in de
    en = text_of(await _who_said(acts_services, handlers, request_for, "Mieterverein", "en"))
    assert "threatens Karl Weber: mit einer Klage" in en


async def test_mixed_quote_keeps_its_inner_marks_balanced(
    acts_services: Services, handlers, request_for, text_of
) -> None:
    body = text_of(await _who_said(acts_services, handlers, request_for, "Karl Weber"))
    assert "die „Zeit der Ausreden“" in body
