"""A given name that the lemma table also knows as a noun ("Thomas") before a surname that
is a noun too ("Koch", "Bäcker") is one person's name, not two nouns of which the second
opens the object: "…, sagte Thomas Koch" had no quote at all (issue 11). German sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage sei ernst, sagte Thomas Koch.", "Thomas Koch"),
        ("Thomas Koch sagte am Dienstag, die Brücke bleibe gesperrt.", "Thomas Koch"),
        ("Laut Thomas Koch ist die Brücke seit Montag gesperrt.", "Thomas Koch"),
        ("Man habe alles versucht, erklärte Thomas Bäcker vor Journalisten.", "Thomas Bäcker"),
        ("Die Preise stiegen weiter, warnte Thomas Fischer.", "Thomas Fischer"),
    ],
)
def test_given_name_and_noun_surname_are_one_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_a_bare_plural_before_its_object_still_splits(extract: Extract) -> None:
    """The rule it refines: "nach Angaben von Teilnehmern Neuwahlen" keeps two phrases."""
    quotes = extract("Nach Angaben von Teilnehmern forderten die Delegierten Neuwahlen.").quotes
    assert all(q.speaker != "Teilnehmern Neuwahlen" for q in quotes)
