"""A relative clause after a prepositional phrase belongs to the phrase before the
preposition when the relative pronoun agrees with it: "die Botschaft in Sanaa, die erklärte"
is the embassy speaking (it was "Sanaa")."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.relative_antecedents import agrees_with_relative, dative_relative
from tests.nlp.extract_helpers import Extract


def test_relative_pronoun_agreement() -> None:
    assert agrees_with_relative("die", "die") and agrees_with_relative("die", "der")
    assert agrees_with_relative("der", "den") and agrees_with_relative("das", "dem")
    assert agrees_with_relative("die", "den")  # a dative plural: "den Helfern, die …"
    assert not agrees_with_relative("das", "die")
    assert not agrees_with_relative("der", "das")
    assert not agrees_with_relative("weil", "der")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Veranstalter informierte die Botschaft in Sanaa, die erklärte, man helfe.",
            "Botschaft",
        ),
        ("Wir trafen den Bürgermeister von Sanaa, der erklärte, man helfe.", "Bürgermeister"),
        ("Der Reporter sprach mit Peter Kraus aus Berlin, der erklärte, man helfe.", "Peter Kraus"),
    ],
)
def test_relative_clause_speaker_is_the_head_not_the_place(
    extract: Extract, text: str, speaker: str
) -> None:
    speakers = [q.speaker for q in extract(text).quotes if q.text == "man helfe"]
    assert speakers == [speaker]


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            "Die Zahlen kommen von Anna Berg, der der Minister vorwirft, gelogen zu haben.",
            "Anna Berg",
        ),
        (
            "Die Kritik traf die Ministerin, der der Kanzler vorwarf, die Kosten verschwiegen "
            "zu haben.",
            "Ministerin",
        ),
        (
            "Die Akten stammen von Maria Lindner, der die Klinik vorhält, Befunde gefälscht "
            "zu haben.",
            "Maria Lindner",
        ),
    ],
)
def test_a_dative_relative_never_makes_its_antecedent_the_speaker(
    extract: Extract, text: str, not_speaker: str
) -> None:
    """ "der" after a woman or a feminine phrase is her dative: the subject follows it."""
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers and not_speaker not in speakers, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a man's "der" is the nominative: he speaks
        (
            "Die Zahlen kommen von Peter Kraus, der der Ministerin vorwirft, gelogen zu haben.",
            "Peter Kraus",
        ),
        ("Die Zahlen kommen von der Ministerin, die erklärte, sie seien korrekt.", "Ministerin"),
    ],
)
def test_a_subject_relative_still_speaks(extract: Extract, text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_dative_relative_word_rule() -> None:
    assert dative_relative("der", "die", None) and dative_relative("der", None, "f")
    assert not dative_relative("der", "der", None) and not dative_relative("die", "die", "f")
    assert not dative_relative("der", None, None)  # a name of unknown gender: the subject
