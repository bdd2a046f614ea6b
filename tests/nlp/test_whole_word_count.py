"""The title-name rule counts a title word's whole-word occurrences without compiling a
pattern per word; the count must be the one re's `\\bword\\b` finds."""

import re

import pytest

from bot.nlp.figures.things import whole_word_count

CASES = [
    ("Merkel", "Merkel sagte, Merkels Partei und Merkel selbst."),
    ("Merkel", "Angela-Merkel traf Merkel_2 und (Merkel)."),
    ("Ost-", "Ost- und Westdeutschland, Ost-West, Ost-"),
    ("Köln", "In Köln und Kölner Straßen; „Köln“ bleibt Köln."),
    ("Anna", "AnnaAnna Anna"),
    ("Rhein", "Rheinland am Rhein, Rhein-Main, Rhein2 und Rhein."),
    ("Bayern", "Nichts davon."),
    ("Bär", "Bär Bärbel Bär"),
]


@pytest.mark.parametrize(("word", "text"), CASES)
def test_counts_like_the_bounded_pattern(word: str, text: str) -> None:
    expected = len(re.findall(rf"\b{re.escape(word)}\b", text))
    assert whole_word_count(word, text, 99) == expected
    assert whole_word_count(word, text, 2) == min(expected, 2)


def test_a_name_inside_a_longer_word_does_not_count() -> None:
    assert whole_word_count("Merkel", "Merkels Rede, Merkelianer", 2) == 0
