"""Continuation rules measured on gnqa train+dev in session 6 (bot.nlp.quotes.continuation,
bot.nlp.attribution.continuation): a narrative sentence about the running speaker keeps
their statement going, and a speech verb's participle in hearsay ("soll … geschrieben
haben") is no source of its own. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.attribution.continuation import names_again, perfect_infinitive
from tests.nlp.extract_helpers import Extract

STATEMENT = "Der Geologe Hans Berger sagte, der Hang sei instabil."
# Konjunktiv II two sentences after the statement: only a sentence about Berger in
# between lets it continue his statement
LATER = "Die Behörden würden die Gefahr seit Jahren unterschätzen."


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a sentence about the running speaker between statement and continuation -------------


def test_names_again_reads_the_surname_or_er() -> None:
    assert names_again(tokens("Berger war im Sommer mehrmals vor Ort ."), "Hans Berger", None)
    assert names_again(tokens("Im Frühjahr hat er den Hang vermessen ."), "Hans Berger", "m")
    assert not names_again(tokens("Der Hang liegt über dem Dorf ."), "Hans Berger", None)
    assert not names_again(tokens("Im Frühjahr hat er den Hang vermessen ."), "Anna Berger", "f")
    assert not names_again(tokens("Er kam ."), "", None)


def test_a_sentence_naming_the_speaker_again_keeps_the_statement_going(
    extract: Extract,
) -> None:
    text = f"{STATEMENT} Berger war im Sommer mehrmals vor Ort. {LATER}"
    assert speakers_of(extract, text, "Gefahr") == ["Hans Berger"]


def test_a_sentence_about_him_keeps_the_statement_going(extract: Extract) -> None:
    text = f"{STATEMENT} Im Frühjahr hat er den Hang selbst vermessen. {LATER}"
    assert speakers_of(extract, text, "Gefahr") == ["Hans Berger"]


def test_a_sentence_about_something_else_ends_the_statement(extract: Extract) -> None:
    """The author's own Konjunktiv II after a neutral sentence stays unattributed."""
    text = f"{STATEMENT} Der Hang liegt oberhalb des Dorfes. {LATER}"
    assert speakers_of(extract, text, "Gefahr") == []


def test_er_does_not_point_back_to_a_woman(extract: Extract) -> None:
    text = (
        "Die Geologin Anna Berger sagte, der Hang sei instabil. "
        f"Im Frühjahr hat er den Hang selbst vermessen. {LATER}"
    )
    assert speakers_of(extract, text, "Gefahr") == []


# ---- a participle before "haben"/"sein" in hearsay ----------------------------------------


def test_hearsay_with_a_speech_verb_participle_continues(extract: Extract) -> None:
    text = (
        "Der Ermittler Jan Holt sagte, der Kassenwart habe Geld genommen. "
        "Der Kassenwart soll außerdem Rechnungen gefälscht und Briefe geschrieben haben."
    )
    assert speakers_of(extract, text, "Briefe") == ["Jan Holt"]


def test_a_finite_speech_verb_is_still_a_source_of_its_own(extract: Extract) -> None:
    text = (
        "Der Ermittler Jan Holt sagte, der Kassenwart habe Geld genommen. "
        "Ein Reporter schrieb, der Kassenwart solle die Briefe gefälscht haben."
    )
    assert "Jan Holt" not in speakers_of(extract, text, "Briefe")


def test_a_participle_closing_a_perfect_infinitive_is_not_finite() -> None:
    assert perfect_infinitive(tokens("Er soll Briefe geschrieben haben ."), 3)
    assert perfect_infinitive(tokens("Was er gesagt haben soll , ist unklar ."), 2)
    assert not perfect_infinitive(tokens("Die Lage sei ernst , sagte sein Sprecher ."), 5)
    assert not perfect_infinitive(tokens("Er hat es gesagt ."), 3)
