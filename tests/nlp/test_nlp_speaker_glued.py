"""Two mentions glued into one speaker ("warf Santorum Romney vor": subject and dative object
side by side read as the name "Santorum Romney"). German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.speakers import NP
from bot.nlp.speakers.glued import split_glued
from tests.nlp.extract_helpers import Extract

MEETING = "Am Montag trafen sich Rick Santorum und Mitt Romney in Ohio. "
SURNAMES = frozenset({"Santorum", "Romney"})
FULL = frozenset({"Rick Santorum", "Mitt Romney"})


def test_two_known_surnames_are_two_persons(extract: Extract) -> None:
    text = MEETING + "Am Dienstag warf Santorum Romney vor, er sei ein verkappter Liberaler."
    assert [q.speaker for q in extract(text).quotes] == ["Rick Santorum"]


def test_a_surname_before_a_plural_noun_is_the_subject(extract: Extract) -> None:
    text = MEETING + "Am Dienstag erklärte Santorum Journalisten, er werde Romney unterstützen."
    assert [q.speaker for q in extract(text).quotes] == ["Rick Santorum"]


def test_split_glued_cuts_after_the_first_surname() -> None:
    texts = ["warf", "Santorum", "Romney", "vor"]
    np = NP(1, 3, "name", "Santorum Romney", None, False, "Santorum Romney")
    cut = split_glued(np, texts, SURNAMES, frozenset(), FULL)
    assert (cut.start, cut.end, cut.name) == (1, 2, "Santorum")


def test_a_known_full_name_stays_whole() -> None:
    texts = ["sagte", "Peter", "Müller"]
    np = NP(1, 3, "name", "Peter Müller", None, False, "Peter Müller")
    names = frozenset({"Hans Peter", "Peter Müller"})
    assert split_glued(np, texts, frozenset({"Peter", "Müller"}), frozenset(), names) == np


def test_an_unknown_first_word_is_not_cut() -> None:
    texts = ["sagte", "Olaf", "Scholz"]
    np = NP(1, 3, "name", "Olaf Scholz", None, False, "Olaf Scholz")
    assert split_glued(np, texts, SURNAMES, frozenset({"Scholz"}), FULL) == np
