"""A perfect whose auxiliary is in the mood of reported speech ("Mehrere Zeugen hätten
ausgesagt, dass …", "Ein Gutachter habe bestätigt, …") right after a statement is a nested
report: the running speaker reports what the witnesses said, so the sentence is hers, not
the witnesses' (issue 11). German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.quotes.reported_cues import reported_perfect, under_reported_perfect
from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution
from tests.nlp.extract_helpers import Extract

LEAD = "Oberstaatsanwältin Claudia Mertens sagte, der Angeklagte habe gezielt zugestochen. "


def _said(extract: Extract, text: str) -> dict[str, str | None]:
    return {q.text.split()[0]: q.speaker for q in extract(text).quotes}


def test_witnesses_in_konjunktiv_ii_are_reported_by_the_running_speaker(
    extract: Extract,
) -> None:
    text = LEAD + "Mehrere Zeugen hätten ausgesagt, dass er das Messer schon vorher zog."
    assert _said(extract, text).get("Mehrere") == "Claudia Mertens"


def test_an_inverted_subject_and_a_konjunktiv_i_auxiliary_too(extract: Extract) -> None:
    text = LEAD + "Zudem hätten zwei Zeuginnen berichtet, der Angeklagte sei betrunken gewesen."
    assert _said(extract, text).get("Zudem") == "Claudia Mertens"
    text = LEAD + "Ein Gutachter habe vor Gericht bestätigt, dass die Wunde tödlich gewesen sei."
    assert _said(extract, text).get("Ein") == "Claudia Mertens"


def test_an_indicative_perfect_keeps_its_own_speaker(extract: Extract) -> None:
    text = LEAD + "Die Verteidigerin Anna Roth hat dagegen erklärt, ihr Mandant habe sich gewehrt."
    assert "Anna Roth" in {q.speaker for q in extract(text).quotes}
    text = LEAD + "Mehrere Zeugen haben ausgesagt, dass er das Messer schon vorher zog."
    assert "Zeugen" in {q.speaker for q in extract(text).quotes}


def test_without_a_running_statement_the_subject_speaks(extract: Extract) -> None:
    text = "Mehrere Zeugen hätten ausgesagt, dass der Angeklagte das Messer gezogen habe."
    assert {q.speaker for q in extract(text).quotes} == {"Zeugen"}


def test_a_new_paragraph_keeps_the_subject(extract: Extract) -> None:
    text = LEAD + "\n\nFerner habe die Studie festgestellt, dass die Zahl der Fälle sinke."
    assert "Studie" in {q.speaker for q in extract(text).quotes}


def test_reported_perfect_reads_the_auxiliary_next_to_the_subject() -> None:
    words = ["Mehrere", "Zeugen", "hätten", "ausgesagt", ",", "dass"]
    subject = NP(0, 2, "description", "Zeugen", None, False, "Mehrere Zeugen", plural=True)
    assert reported_perfect(words, Attribution(subject, "ausgesagt", (5, 6), cue_at=3))
    words[2] = "haben"
    assert not reported_perfect(words, Attribution(subject, "ausgesagt", (5, 6), cue_at=3))
    assert under_reported_perfect(["Ein", "Zeuge", "habe", "vor", "Gericht", "ausgesagt"], 5)
    assert not under_reported_perfect(["Er", "habe", "gesagt", ",", "X", "erklärte"], 5)
