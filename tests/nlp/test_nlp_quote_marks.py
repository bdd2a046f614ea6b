"""Quotation marks in a quote's text: a medium's quoted title after the cue is no part of what
was said, and a mixed quote keeps both marks of an inner quotation (issue 11, point 6)."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote

OPENING, CLOSING = "„", "“"


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        ("Verdi-Chef Frank Werneke sagte der „Süddeutschen Zeitung“, die Arbeitgeber hätten "
         "kein Angebot vorgelegt.", "Frank Werneke",
         "die Arbeitgeber hätten kein Angebot vorgelegt"),
        ("Die Ministerin sagte dem „Spiegel“, dass die Reform im Herbst komme.",
         "Ministerin", "dass die Reform im Herbst komme"),
        ("Der Trainer sagte gegenüber der „Bild“, er bleibe auf jeden Fall im Verein.",
         "Trainer", "er bleibe auf jeden Fall im Verein"),
        ("Anna Berg erklärte im Gespräch mit der „Zeit“, das Museum werde bald geschlossen.",
         "Anna Berg", "das Museum werde bald geschlossen"),
        ("Ein Sprecher sagte der Nachrichtenagentur „Xinhua“, die Maschine sei abgestürzt.",
         "anonymous", "die Maschine sei abgestürzt"),
    ],
)  # fmt: skip
def test_a_quoted_medium_after_the_cue_is_not_the_statement(
    extract: Extract, sentence: str, speaker: str, text: str
) -> None:
    q = one_quote(extract, sentence)
    assert speaker in q.speaker
    assert q.text == text
    assert q.kind == "indirect"


def test_a_quoted_fragment_after_the_cue_is_still_the_statement(extract: Extract) -> None:
    """A fragment that is what was said ("warnte vor dem „drohenden Kollaps“, der …") is kept:
    only a title right after the cue and its dative article is skipped."""
    q = one_quote(extract, "Der Verband warnte vor einem „drohenden Kollaps“ der Kliniken.")
    assert "drohenden Kollaps" in q.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Merz sprach von einem „Totalversagen“ der Regierung.",
        "Die Gewerkschaft nannte das Angebot „eine Provokation“ und drohte mit Streiks.",
        "Der Bürgermeister sagte, die Lage sei „sehr ernst“, aber unter Kontrolle.",
    ],
)
def test_a_mixed_quote_keeps_both_marks_of_its_inner_quotation(
    extract: Extract, sentence: str
) -> None:
    quotes = extract(sentence).quotes
    assert quotes, sentence
    for q in quotes:
        if q.kind == "mixed":
            assert q.text.count(OPENING) == q.text.count(CLOSING), q.text


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["„", "Wir", "bleiben", "“"], ["Wir", "bleiben"]),
        (["„", "Totalversagen", "“", "der", "Regierung"], ["„", "Totalversagen", "“", "der", "Regierung"]),
        (["als", "„", "haltlos", "“"], ["als", "„", "haltlos", "“"]),
        (["die", "Lage", "sei", "ernst", ","], ["die", "Lage", "sei", "ernst"]),
    ],
)  # fmt: skip
def test_trim_marks_drops_only_enclosing_marks(words: list[str], kept: list[str]) -> None:
    from bot.nlp.quotes.records import trim_marks

    lo, hi = trim_marks(words, 0, len(words))
    assert words[lo:hi] == kept


def test_a_quoted_name_after_a_subject_after_the_cue_is_not_the_statement(
    extract: Extract,
) -> None:
    q = one_quote(
        extract,
        "Am Montag meldete die Nachrichtenagentur „Xinhua“, die Maschine sei abgestürzt.",
    )
    assert q.text == "die Maschine sei abgestürzt"


def test_a_direct_quote_right_after_the_cue_stays_a_statement(extract: Extract) -> None:
    quotes = extract("Der Minister sagte „Wir schaffen das“, und verließ den Saal.").quotes
    assert any("Wir schaffen das" in q.text for q in quotes)
