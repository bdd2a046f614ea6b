"""Which cue-less sentence continues a statement (bot.nlp.attribution.continuation.may_continue
and bot.nlp.quotes.continuation): by its distance from the statement, a paragraph break and
how unambiguous its mood is; and the person a sentence introduced, when no statement runs.
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.attribution.continuation import (
    Step,
    load_konjunktiv2,
    main_verb_slots,
    may_continue,
    modal_at,
    strong_forms,
)

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst."
GAP = "Die Straßen in der Stadt blieben am Abend gesperrt."


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


# ---- the modal Konjunktiv II: only inside a statement in Konjunktiv ---------------------


def test_a_modal_konjunktiv_ii_continues_a_statement_in_konjunktiv(extract: Extract) -> None:
    text = (
        "Die Bürgermeisterin Anna Berger sagte, die Stadt sei auf das Hochwasser vorbereitet. "
        "Die Anwohner müssten dennoch ihre Autos aus der Tiefgarage holen."
    )
    assert speakers_of(extract(text), "Tiefgarage") == ["Anna Berger"]


def test_a_modal_after_an_indicative_statement_is_the_authors_speculation(
    extract: Extract,
) -> None:
    text = (
        "Die Bürgermeisterin Anna Berger sagte, dass die Stadt auf das Hochwasser "
        "vorbereitet ist. Der Pegel könnte in der Nacht weiter steigen."
    )
    assert speakers_of(extract(text), "Pegel") == []


def test_a_modal_continues_after_so_x_when_the_statement_is_in_konjunktiv(
    extract: Extract,
) -> None:
    """ "…, so X. Diese müssten jedoch …": the statement before "so X" sets the mood."""
    konj = "Die Banken seien solide, so Rodrigo Rato. Diese müssten jedoch Reserven aufbauen."
    assert speakers_of(extract(konj), "Reserven") == ["Rodrigo Rato"]
    indicative = "Die Banken sind solide, so Rodrigo Rato. Diese müssten jedoch Reserven aufbauen."
    assert speakers_of(extract(indicative), "Reserven") == []


def test_modal_at_finds_the_finite_modal_of_the_main_clause_only() -> None:
    k2 = load_konjunktiv2()

    def at(sentence: str) -> int | None:
        texts = sentence.split()
        return modal_at(texts, [False] * len(texts), k2)

    assert at("Die Anwohner müssten ihre Keller räumen .") == 2
    assert at("Sollte es regnen , fällt das Fest aus .") is None  # verb-first condition
    assert at("Wenn es regnet , könnte das Fest ausfallen .") is None  # the author's condition
    assert at("Der Plan , der scheitern könnte , liegt vor .") is None  # a relative clause


# ---- distance and paragraphs -----------------------------------------------------------


def test_after_a_gap_sentence_only_a_konjunktiv_i_auxiliary_goes_on(extract: Extract) -> None:
    kept = f"{STATEMENT} {GAP} Die Räumdienste seien rund um die Uhr im Einsatz."
    assert speakers_of(extract(kept), "Räumdienste") == ["Karl Weber"]
    ambiguous = f"{STATEMENT} {GAP} Die Stadt plane neue Räumfahrzeuge."
    assert speakers_of(extract(ambiguous), "Räumfahrzeuge") == []
    quoted = f"{STATEMENT} {GAP} „Wir haben genug Streusalz.“"
    assert speakers_of(extract(quoted), "Streusalz") == []


def test_a_paragraph_break_after_a_gap_ends_the_statement(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP}\n\nDie Räumdienste seien rund um die Uhr im Einsatz."
    assert speakers_of(extract(text), "Räumdienste") == []


def test_across_a_paragraph_break_only_unambiguous_konjunktiv_goes_on(extract: Extract) -> None:
    kept = f"{STATEMENT}\n\nDie Räumdienste seien rund um die Uhr im Einsatz."
    assert speakers_of(extract(kept), "Räumdienste") == ["Karl Weber"]
    ambiguous = f"{STATEMENT}\n\nDie Stadt plane neue Räumfahrzeuge."
    assert speakers_of(extract(ambiguous), "Räumfahrzeuge") == []


@pytest.mark.parametrize(
    ("kind", "step", "expected"),
    [
        ("quoted", Step(1, False, False), True),
        ("k2", Step(1, True, False), True),
        ("modal", Step(1, False, True), True),
        ("modal", Step(1, False, False), False),
        ("k1", Step(1, True, True), False),
        ("k1-aux", Step(2, False, False), True),
        ("k1-aux", Step(2, True, True), False),
        ("k1", Step(2, False, True), False),
        ("quoted", Step(2, False, False), False),
        ("k1-aux", Step(3, False, True), False),
        ("hearsay", Step(2, False, False), True),
        ("hearsay", Step(2, True, True), False),
        ("k2", Step(2, False, True), False),
    ],
)
def test_may_continue_table(kind: str, step: Step, expected: bool) -> None:
    assert may_continue(kind, step) is expected  # type: ignore[arg-type]


# ---- a running statement: several sentences, and what ends it ---------------------------


def test_a_statement_runs_across_several_konjunktiv_sentences(extract: Extract) -> None:
    text = (
        f"{STATEMENT} Die Helfer seien erschöpft. Man brauche dringend Verstärkung. "
        "Der Damm halte aber noch."
    )
    result = extract(text)
    for needle in ("Helfer", "Verstärkung", "Damm"):
        assert speakers_of(result, needle) == ["Karl Weber"], needle


def test_a_new_cue_or_indicative_narrative_ends_the_statement(extract: Extract) -> None:
    text = (
        f"{STATEMENT} Die Polizei erklärte, die Brücke sei gesperrt. "
        "Die Umleitung koste viel Zeit. Am Abend regnete es wieder."
    )
    result = extract(text)
    assert speakers_of(result, "Umleitung") == ["Polizei"]
    assert speakers_of(result, "regnete") == []


# ---- a person introduced without a statement --------------------------------------------


def test_konjunktiv_i_after_a_sentence_introducing_a_person_is_that_persons(
    extract: Extract,
) -> None:
    text = (
        "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. "
        "Auch die Fraktionschefin der Grünen, Renate Künast, äußerte sich kritisch. "
        "Sie rate zum Kauf japanischer Hybridautos."
    )
    assert speakers_of(extract(text), "Hybridautos") == ["Renate Künast"]


def test_a_person_named_beside_a_known_one_is_not_introduced(extract: Extract) -> None:
    text = (
        "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. "
        "Am Abend traf Karl Weber die Abgeordnete Petra Lang im Rathaus. "
        "Die Stadt sei gut vorbereitet."
    )
    assert "Petra Lang" not in speakers_of(extract(text), "vorbereitet")


def test_an_e_form_before_a_noun_is_no_konjunktiv_verb(extract: Extract) -> None:
    text = (
        "Die Ministerin Eva Roth besuchte am Montag eine Schule in Kassel. "
        "Eine rege Debatte folgte am Abend."
    )
    assert speakers_of(extract(text), "Debatte") == []


def test_main_verb_slots_skip_a_fronted_subordinate_clause() -> None:
    assert main_verb_slots(tokens("Obwohl die Steuern steigen , sei man weit vom Ziel .")) == [5]
    assert main_verb_slots(tokens("Die Lage sei ernst .")) == [0, 1, 2, 3, 4]


# ---- derived Konjunktiv II forms -----------------------------------------------------------


def test_an_infinitive_filed_under_another_verb_is_no_konjunktiv_ii() -> None:
    """The lemma table files "führen" under "fahren": the umlaut alone made it a Konjunktiv
    II of "fahren" ("führe" is one, the infinitive is not)."""
    table = {"führen": "fahren", "führe": "fahren", "käme": "kommen"}
    assert strong_forms(table, frozenset({"fahren", "führen", "kommen"})) == {"führe", "käme"}


def test_an_indicative_sentence_with_an_infinitive_does_not_continue(extract: Extract) -> None:
    text = f"{STATEMENT} Die Polizei muss am Montag neue Kontrollen durchführen."
    assert speakers_of(extract(text), "Kontrollen") == []
