"""A new user's walk through a developing story (issue 12, session 13): a feed title that
opens with "Zahl der …" without an article. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor


def _article(title: str, body: str) -> ParsedArticle:
    return ParsedArticle("t.txt", "t.txt", title, None, None, (Paragraph(body),), "0")


@pytest.mark.parametrize(
    ("title", "value", "unit"),
    [
        ("Zahl der Verletzten steigt auf 33", 33, "Verletzte"),
        ("Zahl der Toten nach Erdrutsch erhöht sich auf 12", 12, "Tote"),
        ("Anzahl der Vermissten sinkt auf vier", 4, "Vermisste"),
    ],
)
def test_a_title_opening_with_zahl_der_counts_its_genitive(
    extractor: Extractor, title: str, value: float, unit: str
) -> None:
    ex = extractor.extract(_article(title, "Die Rettungskräfte sind weiter im Einsatz."))
    (head,) = [f for f in ex.figures if f.sentence_index == -1]
    assert (head.value, head.unit) == (value, unit)
    assert head.subject and head.subject.startswith(unit)


def test_a_title_without_a_counting_frame_keeps_its_own_noun(extractor: Extractor) -> None:
    ex = extractor.extract(_article("Zahlreiche Helfer bauen 40 Zelte auf", "Es regnet."))
    (head,) = [f for f in ex.figures if f.sentence_index == -1]
    assert head.unit is not None and head.unit.startswith("Zelt")
