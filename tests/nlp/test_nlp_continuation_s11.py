"""Continuations of session 11 (bot.nlp.quotes.rules, bot.nlp.attribution.continuation): a
direct quote with an ellipsis in it ("Ich habe … Hunderte Briefe bekommen") goes on after
the ellipsis and over the paragraph break that follows, while a short line without a
sentence end is still a sub-heading that ends the running statement; a Konjunktiv II
sentence in which the author draws a consequence ("Das würde bedeuten, dass …") does not
continue the speaker. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.attribution.continuation import (
    draws_consequence,
    konj2_at,
    load_konjunktiv2,
    modal_at,
)
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


QUOTE_WITH_ELLIPSIS = (
    "Die Bürgermeisterin Eva Stein meldete sich am Abend zu Wort. Sie sagte: „Die Leute "
    "sind weiter als manche Politiker. Ich habe … Hunderte Briefe bekommen, und fast alle "
    "sagen dasselbe.\n\n„Wir lassen uns nicht einschüchtern. Die Halle wird gebaut.“"
)


def test_a_direct_quote_goes_on_after_an_ellipsis(extract: Extract) -> None:
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "Hunderte Briefe") == ["Eva Stein"]


def test_a_direct_quote_goes_on_over_the_paragraph_after_an_ellipsis(extract: Extract) -> None:
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "einschüchtern") == ["Eva Stein"]
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "Halle wird gebaut") == ["Eva Stein"]


def test_an_ellipsis_in_indirect_speech_keeps_the_speaker(extract: Extract) -> None:
    text = (
        "Der Trainer Jonas Weber sagte, die Mannschaft sei müde. Er habe überlegt … "
        "Die Spieler seien am Ende ihrer Kräfte."
    )
    assert speakers_of(extract, text, "Ende ihrer Kräfte") == ["Jonas Weber"]


def test_a_sub_heading_still_ends_the_running_statement(extract: Extract) -> None:
    """A short line without a sentence end is a sub-heading, also in the same paragraph
    run: the Konjunktiv after it has no speaker."""
    text = (
        "Der Trainer Jonas Weber sagte, die Mannschaft sei müde.\n\nAusblick auf die Saison\n\n"
        "Die Spieler seien am Ende ihrer Kräfte."
    )
    assert speakers_of(extract, text, "Ende ihrer Kräfte") == []


# ---- the author's consequence: "Das würde bedeuten, dass …" -----------------------------------

STATEMENT = "Die Gesundheitsministerin Anna Berg sagte, die Reform komme im Mai."


def consequence(sentence: str) -> bool:
    texts = tokens(sentence)
    k2 = load_konjunktiv2()
    finite = konj2_at(texts, [False] * len(texts), k2)
    if finite is None:
        finite = modal_at(texts, [False] * len(texts), k2)
    return finite is not None and draws_consequence(texts, finite, k2.consequences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das würde bedeuten , dass die Kassen mehr zahlen müssen .",
        "Dies hieße , dass die Beiträge steigen .",
        "Das hätte zur Folge , dass viele Praxen schließen .",
        "Das könnte heißen , dass die Wartezeiten länger werden .",
        "Dies würde für die Länder bedeuten , dass sie mehr zahlen .",
    ],
)
def test_a_demonstrative_with_a_consequence_draws_the_authors_conclusion(sentence: str) -> None:
    assert consequence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das würde die Versicherten entlasten .",  # the speaker's claim goes on
        "Die Kassen würden dann mehr zahlen , was höhere Beiträge bedeuten würde .",
        "Die Folge wären höhere Beiträge .",  # no demonstrative subject
        "Danach würde der Bundestag abstimmen , was Wochen bedeuten kann .",
    ],
)
def test_other_konjunktiv_ii_sentences_draw_no_consequence(sentence: str) -> None:
    assert not consequence(sentence)


def test_the_authors_consequence_is_no_continuation(extract: Extract) -> None:
    text = f"{STATEMENT} Das würde bedeuten, dass die Kassen schon im Sommer mehr zahlen müssen."
    assert speakers_of(extract, text, "Kassen") == []
    modal = f"{STATEMENT} Das könnte heißen, dass die Wartezeiten in den Praxen länger werden."
    assert speakers_of(extract, modal, "Wartezeiten") == []


def test_the_speakers_claim_and_konjunktiv_i_conclusion_still_continue(extract: Extract) -> None:
    claim = f"{STATEMENT} Das würde die Versicherten um zwei Milliarden Euro entlasten."
    assert speakers_of(extract, claim, "Versicherten") == ["Anna Berg"]
    konj1 = f"{STATEMENT} Das bedeute, dass die Kassen schon im Sommer mehr zahlen müssten."
    assert speakers_of(extract, konj1, "Kassen") == ["Anna Berg"]


# ---- "…, hieß es weiter": the running source goes on ------------------------------------------


def test_hiess_es_weiter_continues_the_running_speaker(extract: Extract) -> None:
    text = (
        "Der Innenminister Paul Roth kündigte am Montag ein neues Polizeigesetz an. Die "
        "Beamten sollten mehr Befugnisse bekommen, hieß es weiter."
    )
    assert speakers_of(extract, text, "Befugnisse") == ["Paul Roth"]
    document = (
        "In der Mitteilung der Stadtwerke heißt es, die Leitung bleibe gesperrt. Die "
        "Reparatur dauere bis Juni, heißt es weiter."
    )
    assert speakers_of(extract, document, "Reparatur") == ["Stadtwerke"]


def test_an_unnamed_source_without_weiter_stays_unnamed(extract: Extract) -> None:
    text = f"{STATEMENT} Die Beamten sollten mehr Befugnisse bekommen, hieß es am Abend."
    assert speakers_of(extract, text, "Befugnisse") == ["anonymous"]
    named = f"{STATEMENT} Die Leitung bleibe gesperrt, hieß es aus dem Rathaus."
    assert speakers_of(extract, named, "Leitung") == ["Rathaus"]
