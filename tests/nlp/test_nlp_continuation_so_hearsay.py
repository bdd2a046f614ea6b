"""Continuations this round (bot.nlp.attribution.continuation, bot.nlp.quotes.continuation):
a sentence closed by a "…, so X" source of its own continues nobody, hearsay in the past
"sollte … gewesen sein" continues, and so does a Konjunktiv right behind an apposition in
commas. German sentences written for these tests; each rule has a case where it must not
fire."""

from __future__ import annotations

from bot.nlp.attribution.continuation import (
    in_appended_clause_only,
    is_past_hearsay,
    load_konjunktiv2,
    so_source_at,
)
from tests.nlp.extract_helpers import Extract

STATEMENT = "Die Bürgermeisterin Anna Roth sagte, der Haushalt sei ausgeglichen."
GAP = "Das Rathaus war am Abend hell erleuchtet."


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a sentence with a "…, so X" source of its own -----------------------------------------


def test_so_source_at_needs_an_article_or_a_capitalised_word_after_so() -> None:
    own = tokens("Die Lage sei ernst , so die Ergebnisse eines Richters .")
    assert so_source_at(own) == 5
    named = tokens("Die Lage sei ernst , so Krause .")
    assert so_source_at(named) == 5
    consecutive = tokens("Der Regen sei stark gewesen , so dass Keller vollliefen .")
    assert so_source_at(consecutive) is None
    inside = tokens("So sei die Lage ernst .")
    assert so_source_at(inside) is None


def test_a_sentence_closed_by_another_so_source_is_not_the_running_speakers(
    extract: Extract,
) -> None:
    """Even where the marker stage cannot read the source after "so", the sentence names
    one of its own: giving it to the running speaker would invert who said it."""
    text = (
        f"{STATEMENT}\n\nVom 2. April bis zum 20. Juni, so die Untersuchungsergebnisse eines "
        "ehemaligen Amtsrichters, seien dort 300 Akten verschwunden."
    )
    assert "Anna Roth" not in speakers_of(extract, text, "Akten")


def test_a_so_tail_naming_the_running_speaker_keeps_the_statement(extract: Extract) -> None:
    text = f"{STATEMENT} Auch die Schulden seien gesunken, so Roth weiter: „Das freut mich.“"
    assert speakers_of(extract, text, "Schulden") == ["Anna Roth"]


# ---- hearsay in the past: "sollte … gewesen sein" ---------------------------------------


def test_past_hearsay_needs_a_participle_before_the_tail() -> None:
    hearsay = tokens("Ein vierter Mann sollte an dem Überfall beteiligt gewesen sein .")
    assert is_past_hearsay(hearsay, 3)
    passive = tokens("Die Täter sollten schon gestern verhaftet worden sein .")
    assert is_past_hearsay(passive, 2)
    copula = tokens("Das sollte kein Problem sein .")
    assert not is_past_hearsay(copula, 1)
    other_modal = tokens("Er könnte an dem Überfall beteiligt gewesen sein .")
    assert not is_past_hearsay(other_modal, 1)


def test_past_hearsay_continues_across_a_neutral_sentence(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP} Ein Mitarbeiter sollte an dem Betrug beteiligt gewesen sein."
    assert speakers_of(extract, text, "Betrug") == ["Anna Roth"]


def test_a_modal_opinion_does_not_continue_across_a_neutral_sentence(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP} Das sollte für die Stadt kein Problem sein."
    assert speakers_of(extract, text, "Problem") == []


# ---- a Konjunktiv right behind an apposition in commas -------------------------------------


def test_a_konjunktiv_after_an_apposition_is_no_appended_clause() -> None:
    k2 = load_konjunktiv2()
    appos = tokens("In der Hauptstadt der Provinz , Lanzhou , seien Studenten in Streik getreten .")
    assert not in_appended_clause_only(appos, [8], frozenset({"man"}), k2)
    appended = tokens("Die Bahn begegnet der Kritik mit dem Argument , die Züge seien sicher .")
    assert in_appended_clause_only(appended, [11], frozenset({"man"}), k2)


def test_a_konjunktiv_after_an_apposition_continues_the_statement(extract: Extract) -> None:
    text = (
        f"{STATEMENT} In der Hauptstadt der Provinz, Lanzhou, seien die Schulden "
        "ebenfalls gesunken."
    )
    assert speakers_of(extract, text, "Schulden") == ["Anna Roth"]


# ---- a prepositional phrase after the comma, not a relative clause ------------------------


def test_a_fronted_phrase_after_the_comma_opens_an_appended_clause() -> None:
    k2 = load_konjunktiv2()
    info = tokens(
        "Von der Polizei kam die Information , bei den Opfern handele es sich um Touristen ."
    )
    assert in_appended_clause_only(info, [10], frozenset({"man"}), k2)
    relative = tokens("Der Papst nannte den Termin , an dem Benedikt teilnehme .")
    assert not in_appended_clause_only(relative, [9], frozenset({"man"}), k2)


def test_another_subjects_information_does_not_continue_the_statement(extract: Extract) -> None:
    """The police, not the running speaker, say who the victims are."""
    text = (
        f"{STATEMENT} Von der Polizei kam die Information, bei den Opfern handele es sich "
        "um zwei Touristen aus Kanada."
    )
    assert "Anna Roth" not in speakers_of(extract, text, "Touristen")


def test_an_apposition_after_another_subjects_main_clause_does_not_continue(
    extract: Extract,
) -> None:
    text = (
        f"{STATEMENT} Von der Polizei kam die Information, die Täter, zwei Männer, seien geflohen."
    )
    assert "Anna Roth" not in speakers_of(extract, text, "Täter")


def test_an_infinitive_in_commas_after_a_subject_phrase_continues(extract: Extract) -> None:
    text = f"{STATEMENT} Der Plan des neuen Kämmerers, die Steuern zu senken, sei gescheitert."
    assert speakers_of(extract, text, "gescheitert") == ["Anna Roth"]
