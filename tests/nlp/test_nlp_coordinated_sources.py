"""Coordinated sources of an according-to marker each get their quote: "Laut Polizei und
Feuerwehr wurden drei Menschen verletzt" had the speaker "Polizei" and the statement "und
Feuerwehr wurden drei Menschen verletzt"."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.coordinated_sources import after, before
from bot.nlp.speakers import parse_np
from tests.nlp.extract_helpers import Extract


def _parse(texts: list[str], i: int, end: int):  # type: ignore[no-untyped-def]
    return parse_np(texts, i, end)


def test_second_source_after_the_first() -> None:
    texts = ["Laut", "Polizei", "und", "Feuerwehr", "wurden", "drei", "verletzt"]
    first = parse_np(texts, 1, 2)
    assert first is not None
    also, span = after(texts, first, (0, 2), len(texts), _parse)
    assert [np.name for np in also] == ["Feuerwehr"] and span == (0, 4)


def test_no_second_source_across_a_new_clause() -> None:
    # mid-sentence, "und Touristen können …" starts a clause of its own
    texts = ["Es", "ist", "ruhig", "laut", "Polizei", "und", "Touristen", "können", "reisen"]
    first = parse_np(texts, 4, 5)
    assert first is not None
    assert after(texts, first, (3, 5), len(texts), _parse) == ((), (3, 5))


def test_first_source_before_zufolge() -> None:
    texts = ["Polizei", "und", "Feuerwehr", "zufolge", "wurden", "drei", "verletzt"]
    second = parse_np(texts, 2, 3)
    assert second is not None
    also, span = before(texts, second, (2, 4), _parse)
    assert [np.name for np in also] == ["Polizei"] and span == (0, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Laut Polizei und Feuerwehr wurden drei Menschen verletzt.",
        "Nach Angaben der Polizei und der Feuerwehr wurden drei Menschen verletzt.",
        "Drei Menschen wurden laut Polizei und Feuerwehr verletzt.",
        "Polizei und Feuerwehr zufolge wurden drei Menschen verletzt.",
    ],
)
def test_one_quote_per_coordinated_source(extract: Extract, text: str) -> None:
    quotes = extract(text).quotes
    assert sorted(q.speaker or "" for q in quotes) == ["Feuerwehr", "Polizei"]
    for q in quotes:
        assert "drei menschen" in q.text.lower()
        assert not q.text.startswith(("und", "Polizei")) and "Feuerwehr" not in q.text


def test_new_clause_after_und_keeps_one_source(extract: Extract) -> None:
    quotes = extract("Die Lage ist ruhig laut Polizei und Touristen können wieder reisen.").quotes
    assert [q.speaker for q in quotes] == ["Polizei"]
