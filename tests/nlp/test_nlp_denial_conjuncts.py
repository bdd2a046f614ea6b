"""A denial whose participle closes the first of two verb-final conjuncts ("hat X abgelehnt
und Y angekündigt") denies X: what follows "und" belongs to the next verb. Reading it as
the denial's object made a union deny the strike it announced (found on a rail-strike walk)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "speaker", "denied", "not_denied"),
    [
        (
            "Die GDL hat das Angebot der Bahn abgelehnt und einen zweitägigen Streik "
            "ab Mittwoch angekündigt.",
            "GDL",
            "das Angebot der Bahn",
            "Streik",
        ),
        (
            "Die Gewerkschaft hatte den Schlichterspruch abgelehnt und Warnstreiks angekündigt.",
            "Gewerkschaft",
            "den Schlichterspruch",
            "Warnstreiks",
        ),
    ],
)
def test_the_denial_of_the_first_conjunct_is_its_own_object(
    extract, sentence: str, speaker: str, denied: str, not_denied: str
) -> None:  # type: ignore[no-untyped-def]
    ex = extract(sentence)
    denials = [q for q in ex.quotes if q.act == "denial"]
    assert [(q.speaker, q.text) for q in denials] == [(speaker, denied)]
    assert all(not_denied not in q.text for q in denials)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Die Reederei wird die Forderungen ablehnen und neue Verhandlungen anbieten.",
            "Verhandlungen",
        ),
        (
            "Der Stadtrat hatte den Bebauungsplan zurückgewiesen und eine neue Prüfung verlangt.",
            "Prüfung",
        ),
    ],
)
def test_a_denial_never_denies_the_second_conjunct(extract, sentence: str, second: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(sentence)
    assert all(second not in q.text for q in ex.quotes if q.act == "denial")


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("Die Stadt hat den Antrag abgelehnt.", "den Antrag"),
        ("Die Gewerkschaft lehnte das Angebot ab und kündigte einen Streik an.", "das Angebot"),
    ],
)
def test_a_single_or_v2_denial_keeps_its_object(extract, sentence: str, denied: str) -> None:  # type: ignore[no-untyped-def]
    denials = [q for q in extract(sentence).quotes if q.act == "denial"]
    assert [q.text for q in denials] == [denied]
