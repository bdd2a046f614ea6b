"""A bare collective noun that looks abstract ("die Leitung": -ung) but names the people in
charge speaks after a cue like "der Vorstand" or "die Geschäftsführung" does; the lexicon
`abstract_sources.txt` says so and the definite-group rule now reads it (issue 11). German
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Museum wird ab Mai länger öffnen, teilte die Leitung mit.", "Leitung"),
        ("Am Morgen sagte die Leitung, der Unterricht falle aus.", "Leitung"),
        ("Das Bad bleibe geschlossen, erklärte die Museumsleitung.", "Museumsleitung"),
        ("Das Museum wird ab Mai länger öffnen, teilte der Vorstand mit.", "Vorstand"),
    ],
)
def test_a_collective_after_its_cue_speaks(extract: Extract, text: str, speaker: str) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_an_abstract_plural_stays_no_speaker(extract: Extract) -> None:
    quotes = extract("Die Bedingungen seien schlecht, sagten die Befürchtungen.").quotes
    assert all(q.speaker != "Befürchtungen" for q in quotes)
