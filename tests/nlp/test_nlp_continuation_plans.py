"""Continuations this round (bot.nlp.attribution.continuation, bot.nlp.quotes.continuation):
a passive plan "soll … werden" right after a statement in Konjunktiv, hearsay in the past
"sollte … gewesen sein", and a Konjunktiv right behind an apposition in commas. German
sentences written for these tests; each rule has a case where it must not fire."""

from __future__ import annotations

from bot.nlp.attribution.continuation import (
    in_appended_clause_only,
    is_past_hearsay,
    load_konjunktiv2,
    plan_at,
)
from tests.nlp.extract_helpers import Extract

STATEMENT = "Die Bürgermeisterin Anna Roth sagte, der Haushalt sei ausgeglichen."
DIRECT = "Die Bürgermeisterin Anna Roth sagte: „Der Haushalt ist ausgeglichen.“"
GAP = "Das Rathaus war am Abend hell erleuchtet."


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a passive plan "soll … werden" ------------------------------------------------------


def test_plan_at_finds_the_finite_soll_of_a_passive_plan() -> None:
    plan = tokens("Außerdem soll die Grundsteuer erhöht werden .")
    assert plan_at(plan, [False] * len(plan)) == 1
    other = tokens("Außerdem soll die Grundsteuer steigen .")
    assert plan_at(other, [False] * len(other)) is None  # no plan: `konj2_at` reads it
    condition = tokens("Wenn es nötig ist , soll die Grundsteuer erhöht werden .")
    assert plan_at(condition, [False] * len(condition)) is None
    verb_first = tokens("Soll die Grundsteuer erhöht werden ?")
    assert plan_at(verb_first, [False] * len(verb_first)) is None


def test_a_plan_right_after_a_konjunktiv_statement_is_the_speakers(extract: Extract) -> None:
    text = f"{STATEMENT} Außerdem soll die Grundsteuer im nächsten Jahr erhöht werden."
    assert speakers_of(extract, text, "Grundsteuer") == ["Anna Roth"]


def test_a_plan_after_a_direct_quotation_is_the_authors(extract: Extract) -> None:
    """Only a statement in Konjunktiv makes the next plan reported speech."""
    text = f"{DIRECT} Die Brücke am Markt soll im Sommer saniert werden."
    assert speakers_of(extract, text, "Brücke") == []


def test_a_plan_does_not_continue_across_a_paragraph_break(extract: Extract) -> None:
    text = f"{STATEMENT}\n\nDie Brücke am Markt soll im Sommer saniert werden."
    assert speakers_of(extract, text, "Brücke") == []


def test_a_plan_does_not_continue_across_a_neutral_sentence(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP} Die Brücke am Markt soll im Sommer saniert werden."
    assert speakers_of(extract, text, "Brücke") == []


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
