"""A cue-less sentence whose Konjunktiv stands only in a clause appended to an indicative main
clause with a subject of its own ("Die Bahn begegnet der Kritik mit dem Argument, die Züge
seien sicher") reports that subject, not the running speaker
(bot.nlp.attribution.continuation.in_appended_clause_only). German sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.attribution.continuation import (
    in_appended_clause_only,
    load_konjunktiv2,
    main_verb_slots,
)
from bot.nlp.quotes.grammar import IMPERSONAL

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Die Fahrgastsprecherin Jana Winter sagte, die Klimaanlagen seien oft defekt."
K1 = {"seien", "sei", "habe", "handele", "kritisiere"}


def appended_only(sentence: str) -> bool:
    texts = sentence.split()
    konj = [k for k, t in enumerate(texts) if t in K1]
    return in_appended_clause_only(texts, konj, IMPERSONAL, load_konjunktiv2())


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bahn begegnet der Kritik mit dem Argument , die Züge seien sicher .",
        "Von der Polizei kam die Information , es handele sich um einen Unfall .",
        "Der Wahlsieger betonte indessen , es sei alles korrekt verlaufen .",
    ],
)
def test_konjunktiv_only_after_an_indicative_main_clause_is_its_subjects(sentence: str) -> None:
    assert appended_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Züge seien sicher , die Klimaanlagen aber oft defekt .",  # Konjunktiv in front
        "Die Pläne , die er kritisiere , seien falsch .",  # a relative clause
        "Obwohl es regnet , sei man zuversichtlich .",  # a fronted subordinate clause
        "Es heißt zudem , die Züge seien sicher .",  # an agentless main clause
        "Zudem , so Winter , sei das Personal knapp .",  # a short opener
        "Er war den Ermittlern ins Netz gegangen , als er Kontakt gesucht habe .",
        "Die Firmen müssten aushelfen , die Armee habe zu wenig Soldaten .",  # Konjunktiv II
        "Was die Fahrgäste wollten , sei ein pünktlicher Zug .",  # a free relative subject
        "Zwölf Fahrgäste wurden verletzt , die Verletzten seien Touristen .",  # passive
        "Indem sie ausführen , die Regel sei falsch , widersprechen sie .",
        "Die Pläne , dessen Kosten er kritisiere , liegen vor .",
    ],
)
def test_other_konjunktiv_sentences_are_not_appended_only(sentence: str) -> None:
    assert not appended_only(sentence)


def test_a_new_subjects_appended_konjunktiv_does_not_continue_the_speaker(
    extract: Extract,
) -> None:
    text = f"{STATEMENT} Die Bahn begegnet der Kritik mit dem Argument, die Züge seien sicher."
    assert "Jana Winter" not in speakers_of(extract(text), "Züge")


def test_a_konjunktiv_main_clause_still_continues_the_speaker(extract: Extract) -> None:
    text = f"{STATEMENT} Die Züge seien zudem überfüllt, die Bahn reagiere nicht."
    assert speakers_of(extract(text), "überfüllt") == ["Jana Winter"]


def test_a_relative_clause_with_denen_is_skipped_to_the_main_verb() -> None:
    sentence = "Die Toten , von denen einige gefesselt worden seien , seien identifiziert ."
    texts = sentence.split()
    assert texts.index("identifiziert") - 1 in main_verb_slots(texts)


def test_a_person_introduced_before_a_sentence_with_denen_reports_it(extract: Extract) -> None:
    text = (
        "Der Ermittler Tom Berg besuchte am Abend den Tatort. Die Toten, von denen einige "
        "gefesselt worden seien, seien inzwischen identifiziert."
    )
    assert speakers_of(extract(text), "identifiziert") == ["Tom Berg"]
