"""A speaker's conditions right after their statement ("Nach den Ferien würden die Streiks
fortgesetzt, wenn …") continue it; the same Konjunktiv II conditional anywhere else is the
author's reasoning (bot.nlp.attribution.continuation.conditional_k2 and may_continue).
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.attribution.continuation import Step, conditional_k2, load_konjunktiv2, may_continue

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Der Gewerkschaftschef Paul Richter sagte, die Streiks würden bis Ostern ausgesetzt."
CONDITION = (
    "Nach Ostern würden die Streiks fortgesetzt, wenn die Arbeitgeber kein Angebot vorlegten."
)


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


def conditional(sentence: str, quoted: set[int] | None = None) -> bool:
    texts = sentence.split()
    inq = [k in (quoted or set()) for k in range(len(texts))]
    return conditional_k2(texts, inq, load_konjunktiv2(["käme", "gäbe"]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Danach würden die Streiks fortgesetzt , wenn die Arbeitgeber nicht einlenkten .",
        "Verläuft der Test erfolgreich , würde ein Testflug folgen .",
        "Hätte der Zug Verspätung , wäre der Anschluss verloren .",
        "Käme es zu einem Streik , wäre das teuer , falls die Gespräche scheitern .",
        "Die Kosten wären sonst nicht zu tragen .",
        # verb-first, the Konjunktiv II capitalised as the sentence's first word
        "Bliebe die Hilfe aus , so stünden viele Familien vor dem Nichts .",
        "Käme der Vertrag nicht zustande , so „ verliere die Stadt Millionen “ .",
    ],
)
def test_a_konjunktiv_ii_that_states_a_condition_is_conditional(sentence: str) -> None:
    assert conditional(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn es regnet , fällt das Fest aus .",  # indicative
        "Die Stadt würde gern ein neues Stadion bauen .",  # a wish, no condition
        "Die Frage ist , ob die Brücke hält .",  # "ob" asks, it sets no condition
        "Wenn der Damm bricht , würde die Altstadt überflutet .",  # the author's hypothesis
        "Falls die Gespräche scheitern , wäre das teuer .",
        "Sollte der Antrag scheitern , würde die Partei klagen .",
        "Die Streiks würden bis Ostern ausgesetzt .",  # reportative, but no condition
        "Gingen die Demonstranten am Abend nach Hause .",  # no Konjunktiv II: preterite
        "Blieben die Gäste , so feierten sie bis zum Morgen .",  # preterite, not Konjunktiv
    ],
)
def test_other_sentences_are_not_conditional(sentence: str) -> None:
    assert not conditional(sentence)


def test_a_konjunktiv_ii_inside_a_quotation_is_not_the_sentences_own() -> None:
    assert not conditional("Er rief : „ Wenn das so wäre , dann gute Nacht “ .", {3, 4, 5, 6, 7})


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (Step(1, False, True), True),
        (Step(1, False, False), True),
        (Step(1, True, True), False),
        (Step(2, False, True), False),
    ],
)
def test_a_conditional_continues_only_right_after_the_statement(step: Step, expected: bool) -> None:
    assert may_continue("conditional", step) is expected


def test_the_speakers_condition_right_after_the_statement_is_theirs(extract: Extract) -> None:
    result = extract(f"{STATEMENT} {CONDITION}")
    assert speakers_of(result, "Arbeitgeber") == ["Paul Richter"]


def test_a_fronted_condition_right_after_the_statement_is_theirs(extract: Extract) -> None:
    text = (
        "Laut dem Projektleiter Martin Vogt soll der Bodentest in drei Monaten stattfinden. "
        "Verläuft der Test erfolgreich, würde ein Testflug der Rakete folgen."
    )
    assert speakers_of(extract(text), "Testflug") == ["Martin Vogt"]


def test_a_condition_after_a_narrative_sentence_is_the_authors(extract: Extract) -> None:
    gap = "Die Arbeitgeber trafen sich am Abend in Berlin."
    assert speakers_of(extract(f"{STATEMENT} {gap} {CONDITION}"), "Arbeitgeber kein") == []


def test_a_condition_in_a_new_paragraph_is_the_authors(extract: Extract) -> None:
    assert speakers_of(extract(f"{STATEMENT}\n\n{CONDITION}"), "Arbeitgeber") == []


def test_a_condition_without_a_statement_before_it_is_no_quote(extract: Extract) -> None:
    text = (
        "Der Eisbär lebt in der Arktis. Falls er als bedroht eingestuft wird, wäre er die "
        "erste Art auf der Liste."
    )
    assert extract(text).quotes == ()


def test_a_verb_first_condition_right_after_the_statement_is_the_speakers(
    extract: Extract,
) -> None:
    """ "Kämen sie dem nicht nach, …": the capitalised Konjunktiv II opens the speaker's
    condition; in a new paragraph the same sentence is left to the author."""
    statement = (
        "Die Bürgermeisterin Anna Kurz forderte alle Bewohner auf, die Altstadt zu verlassen."
    )
    condition = "Bliebe jemand dennoch, so stünden ihm keine Rettungskräfte zur Verfügung."
    assert speakers_of(extract(f"{statement} {condition}"), "Rettungskräfte") == ["Anna Kurz"]
    assert speakers_of(extract(f"{statement}\n\n{condition}"), "Rettungskräfte") == []
