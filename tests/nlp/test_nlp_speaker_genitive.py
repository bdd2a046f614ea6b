"""A genitive tail ends where a nominative begins: in "nach Auskunft der NASA der größte
Teil" the second "der" opens the clause's subject ("-e": nominative), not a genitive of the
NASA ("der größten"). German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.speakers import parse_np


def test_a_nominative_after_a_name_is_not_its_genitive() -> None:
    words = ["der", "NASA", "der", "größte", "Teil"]
    np = parse_np(words, 0, len(words))
    assert np is not None and (np.name, np.end) == ("NASA", 2)


def test_a_genitive_tail_is_kept() -> None:
    words = ["der", "Sprecher", "der", "Vereinten", "Nationen"]
    np = parse_np(words, 0, len(words))
    assert np is not None and np.end == 5
    words = ["der", "Chef", "der", "größten", "Gewerkschaft"]
    np = parse_np(words, 0, len(words))
    assert np is not None and np.end == 5
