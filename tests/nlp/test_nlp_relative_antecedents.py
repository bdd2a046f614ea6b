"""A relative clause after a prepositional phrase belongs to the phrase before the
preposition when the relative pronoun agrees with it: "die Botschaft in Sanaa, die erklärte"
is the embassy speaking (it was "Sanaa")."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.relative_antecedents import agrees_with_relative
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
