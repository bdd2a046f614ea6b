"""A possessive source ("ihrer Meinung nach", "seinen Worten zufolge") after the person who
opens its own sentence belongs to that person (issue 11), not to whoever an earlier
sentence was about; with a person of the other gender it does not. German sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.entities import is_possessive
from tests.nlp.extract_helpers import Extract

OPENING = "Die Regierung unter der Bundeskanzlerin Angela Merkel hat das Gesetz beschlossen. "


def _speakers(extract: Extract, text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes]


def test_her_opinion_is_the_woman_opening_the_sentence(extract: Extract) -> None:
    text = OPENING + (
        "Auch die Abgeordnete Gisela Piltz schloss sich der Kritik an: Die Mittel seien "
        "ihrer Meinung nach unverhältnismäßig."
    )
    assert _speakers(extract, text) == ["Gisela Piltz"]


def test_his_opinion_is_the_man_opening_the_sentence(extract: Extract) -> None:
    text = OPENING + (
        "Der Abgeordnete Hans Piltz schloss sich der Kritik an: Die Mittel seien seiner "
        "Meinung nach unverhältnismäßig."
    )
    assert _speakers(extract, text) == ["Hans Piltz"]


def test_her_opinion_is_not_a_man_opening_the_sentence(extract: Extract) -> None:
    text = OPENING + (
        "Der Abgeordnete Hans Piltz schloss sich der Kritik an: Die Mittel seien ihrer "
        "Meinung nach unverhältnismäßig."
    )
    assert "Hans Piltz" not in _speakers(extract, text)


@pytest.mark.parametrize(
    ("word", "possessive"),
    [("ihrer", True), ("seinen", True), ("Ihrem", True), ("sie", False), ("ihr", False)],
)
def test_possessive_pronouns(word: str, possessive: bool) -> None:
    assert is_possessive(word) is possessive
