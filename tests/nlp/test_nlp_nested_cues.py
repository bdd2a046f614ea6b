"""A cue inside another cue's reported clause is part of that report: "Die Sprecherin sagte,
dass die Ärzte davon abgeraten hätten, …" is the spokeswoman's statement, not one of the
doctors. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.nested_cues import fronted_report, infinitive_cue, reported_clause
from tests.nlp.extract_helpers import Extract


def _words(sentence: str) -> list[str]:
    return sentence.split(" ")


def _cue_at(sentence: str, outer: str, inner: str) -> bool:
    texts = _words(sentence)
    c = texts.index(inner)
    return infinitive_cue(texts, c) or reported_clause(texts, texts.index(outer), c) is not None


@pytest.mark.parametrize(
    "sentence, outer, inner",
    [
        ("Die Sprecherin sagte , dass die Ärzte davon abgeraten hätten .", "sagte", "abgeraten"),
        ("Er erklärte , ob der Rat zugestimmt habe , sei offen .", "erklärte", "zugestimmt"),
        ("Sie erklärte , den Bericht nicht bestätigen zu können .", "erklärte", "bestätigen"),
        ("Er versprach , die Pläne zu prüfen .", "versprach", "prüfen"),
    ],
)
def test_a_cue_in_the_reported_clause_is_subordinate(sentence: str, outer: str, inner: str) -> None:
    assert _cue_at(sentence, outer, inner)


@pytest.mark.parametrize(
    "sentence, outer, inner",
    [
        ("Er sagte , die Lage sei ernst und kündigte an , zu bleiben .", "sagte", "kündigte"),
        (
            "Sie erklärte , dass sie bleibe ; der Minister betonte , es gehe .",
            "erklärte",
            "betonte",
        ),
        ("Er lobte das Team , das gewarnt hatte .", "lobte", "gewarnt"),
    ],
)
def test_a_coordinated_or_relative_cue_is_not_subordinate(
    sentence: str, outer: str, inner: str
) -> None:
    assert not _cue_at(sentence, outer, inner)


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        (
            "Die Klinik prüft den Fall. Ihre Sprecherin Anna Berg sagte, dass die Ärzte der "
            "Familie davon abgeraten hätten, den Patienten nach Hause zu holen.",
            "Anna Berg",
            "Ärzte",
        ),
        (
            "Der Kommissar Paul Stern verwies darauf, dass die Behörde sich nicht zu laufenden "
            "Verfahren äußern könne, da diese noch nicht abgeschlossen seien.",
            "Paul Stern",
            "Behörde",
        ),
    ],
)
def test_the_inner_subject_does_not_take_the_report(
    extract: Extract, text: str, outer: str, inner: str
) -> None:
    speakers = [q.speaker for q in extract(text).quotes]
    assert outer in speakers
    assert not any(s and inner in s for s in speakers), speakers


def test_the_reported_clause_ends_at_its_comma() -> None:
    texts = _words("Er sagte , dass die Ärzte abgeraten hätten , es zu tun .")
    assert reported_clause(texts, 1, texts.index("abgeraten")) == (3, 8)


def test_an_indicative_clause_keeps_its_own_subject(extract: Extract) -> None:
    # no Konjunktiv: the writer states the company's denial as a fact of its own
    text = "Das Blatt schreibt, dass der Konzern den Bericht zurückweist."
    assert "Konzern" in [q.speaker for q in extract(text).quotes]


def test_a_coordinated_cue_keeps_its_own_quote(extract: Extract) -> None:
    text = (
        "Die Ministerin Eva Roth sagte, die Lage sei ernst, und kündigte an, "
        "die Hilfen zu verdoppeln."
    )
    quotes = extract(text).quotes
    assert any("verdoppeln" in q.text for q in quotes), quotes


def test_a_fronted_adverbial_clause_with_its_own_cue_is_not_the_later_statement(
    extract: Extract,
) -> None:
    text = (
        "Während der Minister Jan Roth erklärte, die Lage sei ernst, räumte die Ministerin "
        "Eva Kern ein, Fehler gemacht zu haben."
    )
    kern = [q.text for q in extract(text).quotes if q.speaker == "Eva Kern"]
    assert kern == ["Fehler gemacht zu haben"]


def test_a_fronted_conditional_stays_the_statement(extract: Extract) -> None:
    text = "Wenn die Regierung nicht handle, drohe ein Kollaps, warnte der Ökonom Paul Reis."
    reis = [q.text for q in extract(text).quotes if q.speaker == "Paul Reis"]
    assert reis and reis[0].startswith("Wenn die Regierung")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Während Jan Roth erklärte , es sei ernst , räumte Eva Kern ein", True),
        ("Nachdem er gefragt wurde , was gelte , entgegnete Tom Ott", True),
        ("Während die Sonne schien , räumte Eva Kern ein", False),  # no cue of its own
        ("Wenn Jan Roth erklärte , es sei ernst , warnte Eva Kern", False),  # a conditional
    ],
)
def test_only_an_adverbial_clause_with_a_cue_reports_another_speaker(
    sentence: str, expected: bool
) -> None:
    texts = _words(sentence)
    cues = {k for k, t in enumerate(texts) if t in ("erklärte", "gefragt")}
    a = max(k for k, t in enumerate(texts) if t == ",") + 1
    assert fronted_report(texts, a, frozenset(cues)) is expected


def test_the_fronted_clause_reports_up_to_the_main_clause(extract: Extract) -> None:
    text = (
        "Während der Minister Jan Roth erklärte, die Lage sei ernst, räumte die Ministerin "
        "Eva Kern ein, Fehler gemacht zu haben."
    )
    roth = [q.text for q in extract(text).quotes if q.speaker == "Jan Roth"]
    assert roth == ["die Lage sei ernst"]
