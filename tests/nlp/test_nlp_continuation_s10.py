"""Continuations of session 10 (bot.nlp.attribution.continuation, bot.nlp.quotes.continuation):
a question the reporter puts to the speaker ("Ob er zurücktrete?") is no statement of the
speaker's, and the answer after it is the speaker's again. German sentences written for these
tests; each rule has cases where it must not fire."""

from __future__ import annotations

from bot.nlp.attribution.continuation import put_question
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def unquoted(texts: list[str]) -> list[bool]:
    return [False] * len(texts)


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a question put to the speaker ----------------------------------------------------------


def test_put_question_is_a_standalone_question_in_reported_speech() -> None:
    for sentence in (
        "Ob er sich ungerecht behandelt fühle ?",
        "Warum die Mannschaft so schwach gespielt habe ?",
        "Wie viele Stellen die Firma streichen werde ?",
    ):
        texts = tokens(sentence)
        assert put_question(texts, unquoted(texts)), sentence


def test_put_question_needs_the_question_mark_outside_quotation_marks() -> None:
    statement = tokens("Ob die Reform komme , sei noch offen .")
    assert not put_question(statement, unquoted(statement))
    declarative = tokens("Die Lage sei ernst ?")
    assert not put_question(declarative, unquoted(declarative))
    quoted = tokens("„ Ob wir das schaffen ? “")
    assert not put_question(quoted, [False, True, True, True, True, True, False])
    short = tokens("Warum ?")
    assert not put_question(short, unquoted(short))


def test_a_question_put_to_the_speaker_is_not_their_statement(extract: Extract) -> None:
    """ "Ob er sich ungerecht behandelt fühle?" is the reporter asking; the quotation after
    it is the coach's answer."""
    text = (
        "„Wir sind erleichtert“, sagte Trainer Jonas Berg nach dem Spiel. Ob er mit dem "
        "Ergebnis zufrieden sei? „Natürlich nicht, wir wollten gewinnen.“"
    )
    assert speakers_of(extract, text, "zufrieden") == []
    assert speakers_of(extract, text, "gewinnen") == ["Jonas Berg"]


def test_the_answer_in_konjunktiv_after_a_question_is_the_speakers(extract: Extract) -> None:
    text = (
        "Die Ministerin Petra Lang kündigte am Dienstag weitere Hilfen an. Wann das Geld "
        "ausgezahlt werde? Das hänge von den Ländern ab, die Anträge seien noch nicht geprüft."
    )
    assert speakers_of(extract, text, "ausgezahlt") == []
    assert speakers_of(extract, text, "Ländern") == ["Petra Lang"]


def test_a_statement_opening_with_ob_still_continues(extract: Extract) -> None:
    """A main clause after the "ob" clause makes it the speaker's statement."""
    text = (
        "Der Landrat Peter Kraus sagte, die Dämme hielten vorerst. Ob weitere Orte evakuiert "
        "werden müssten, sei noch offen."
    )
    assert speakers_of(extract, text, "evakuiert") == ["Peter Kraus"]
