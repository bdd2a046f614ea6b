"""Two speakers' reports in one sentence, joined by a comma: each says its own clause. "Die
Einsatzleitung spricht von 1.400 Hektar, der Naturschutzbund schätzt die Fläche auf 2.500
Hektar" gave the speaker "Hektar" (the "der" after the comma read as a relative pronoun) and
the first speaker both clauses (a new user's walk, session 18). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Die Einsatzleitung spricht von 1.400 Hektar, der Naturschutzbund schätzt die "
            "Fläche auf mindestens 2.500 Hektar.",
            ("Einsatzleitung", "von 1.400 Hektar"),
            ("Naturschutzbund", "die Fläche auf mindestens 2.500 Hektar"),
        ),
        (
            "Die Gewerkschaft sprach am Morgen von 900 Streikenden, die Firma schätzte die "
            "Zahl auf 400.",
            ("Gewerkschaft", "am Morgen von 900 Streikenden"),
            ("Firma", "die Zahl auf 400"),
        ),
    ],
)
def test_each_speaker_says_its_own_clause(
    extract: Extract, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    quotes = {(q.speaker, q.text) for q in extract(text).quotes}
    assert first in quotes and second in quotes, quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause ends with its finite verb: the antecedent speaks
        (
            "Lloyd Austin, der am Mittwoch bestätigte, dass es Beweise gebe, reiste ab.",
            "Lloyd Austin",
        ),
        ("Die Sprecherin, die dem Sender sagte, es gebe keine Gefahr, blieb ruhig.", "Sprecherin"),
    ],
)
def test_a_relative_clause_still_speaks_for_its_antecedent(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]
