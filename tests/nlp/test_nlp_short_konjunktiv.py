""" "tue" (tun) is a Konjunktiv I form although it is shorter than the suffix test for regular
verbs reads: "Die Partei kritisierte, die Regierung tue nichts" is reported speech (a judging
verb such as "kritisieren" reports only a clause that is marked as speech). German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_tue_marks_reported_speech_after_a_judging_verb(extract: Extract) -> None:
    q = one_quote(extract, "Die Partei kritisierte, die Regierung tue nichts gegen die Armut.")
    assert (q.speaker, q.text) == ("Partei", "die Regierung tue nichts gegen die Armut")


def test_an_indicative_clause_after_a_judging_verb_is_no_statement(extract: Extract) -> None:
    found = extract("Die Partei kritisierte die Regierung, weil sie nichts tat.").quotes
    assert not found
