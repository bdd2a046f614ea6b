"""A separable particle at the end of a reported clause belongs to that clause's verb, not to
the cue before the comma: "Ein Polizeisprecher sagte, man schließe keine Ursache aus" was read
as "aussagen" and the quote lost its "aus", saying the opposite (a new user's walk, session
18). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "quoted"),
    [
        (
            "Ein Polizeisprecher sagte, man schließe keine Ursache aus.",
            "anonymous",
            "man schließe keine Ursache aus",
        ),
        (
            "Die Ministerin erklärte am Montag, sie schließe einen Rücktritt nicht aus.",
            "Ministerin",
            "sie schließe einen Rücktritt nicht aus",
        ),
        (
            "Der Trainer sagte, die Mannschaft gehe gestärkt aus dem Spiel hervor.",
            "Trainer",
            "die Mannschaft gehe gestärkt aus dem Spiel hervor",
        ),
    ],
)
def test_the_reported_clause_keeps_its_particle(
    extract: Extract, text: str, speaker: str, quoted: str
) -> None:
    quote = one_quote(extract, text)
    assert (quote.speaker, quote.text, quote.cue) == (speaker, quoted, quote.cue.split()[0])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Zeuge sagte am Dienstag vor Gericht aus, er habe nichts gesehen.", "sagte aus"),
        # an apposition closes its commas: the particle is still the cue's
        (
            "Heute ging Celebi, die Anwältin der Frau, davon aus, dass der Prozess platzt.",
            "ging aus",
        ),
    ],
)
def test_the_cue_keeps_a_particle_that_closes_its_own_clause(
    extract: Extract, text: str, cue: str
) -> None:
    assert one_quote(extract, text).cue == cue
