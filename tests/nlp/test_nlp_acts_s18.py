"""Speech-act rules of session 18 (issue 11, set fresh11.tsv): German sentences written for these
tests, each rule with several speakers, verbs and word orders, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Doping warf der Verband einem Radprofi vor.", "Verband", "Radprofi", "Doping"),
        ("Wortbruch warfen die Grünen einer Ministerin vor.", "Grünen", "Ministerin", "Wortbruch"),
        ("Steuerhinterziehung wirft die Anklage einem Gastwirt aus Passau vor.", "Anklage", "Gastwirt", "Steuerhinterziehung"),
        ("Betrug wirft die Polizei einem Ehepaar aus Köln vor.", "Polizei", "Ehepaar", "Betrug"),
        ("Untreue warf die Staatsanwaltschaft dem Manager am Montag vor.", "Staatsanwaltschaft", "Manager", "Untreue"),
    ],
)  # fmt: skip
def test_a_fronted_charge_accuses_the_dative_after_the_subject(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    """ "Doping warf der Verband einem Radprofi vor": V2 fronts the charge; the accused is the
    dative after the subject, also with an indefinite article or a place or time after it,
    and the charge is never read as the accused."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target, q.text) == ("accusation", speaker, target, charge)


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("„Wer soll das bezahlen?“, fragten sich viele Anwohner.", "Anwohner", "bezahlen"),
        ("„Wie lange geht das noch gut?“, fragt sich die Ärztin Maria Lenz.", "Maria Lenz", "lange"),
        ("„Wann kommt endlich der Bus?“, fragte sich der Rentner Otto Kranz.", "Otto Kranz", "Bus"),
    ],
)  # fmt: skip
def test_a_quoted_question_a_speaker_asks_himself_is_a_question(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "„Wie soll das gehen?“, fragt sich X" puts the quoted question, like "fragt X"."""
    q = one_quote(extract, text)
    assert q.act == "question" and q.speaker == speaker and part in q.text, text


@pytest.mark.parametrize(
    "text",
    [
        "Es fragt sich, ob das Konzept aufgeht.",
        "Da fragt man sich, ob die Stadt überhaupt einen Plan hat.",
        "Die Kinder fragten sich durch bis zum Bahnhof.",
        "Der Trainer fragte sich, warum seine Mannschaft so schwach gespielt habe.",
    ],
)
def test_wondering_without_a_quotation_reports_nobody(extract: Extract, text: str) -> None:
    """ "Es fragt sich, ob …" (it is doubtful), "man fragt sich" and "fragte sich, warum …"
    without a quotation wonder; nobody is reported to have asked anything."""
    assert list(extract(text).quotes) == [], text


@pytest.mark.parametrize(
    ("text", "act", "speaker", "part"),
    [
        ("Vor falschen Handwerkern warnt derzeit die Polizei in Bremen.", "warning", "Polizei", "Handwerkern"),
        ("Mit einem Anstieg der Preise rechnet zurzeit der Handelsverband.", "estimate", "Handelsverband", "Anstieg"),
        ("Einen Streik kündigte derzeit die Gewerkschaft nicht an.", None, None, "Streik"),
    ],
)  # fmt: skip
def test_derzeit_between_a_cue_and_its_inverted_subject(
    extract: Extract, text: str, act: str | None, speaker: str | None, part: str
) -> None:
    """ "Vor X warnt derzeit die Polizei": "derzeit"/"zurzeit" is an adverb like "nun"
    between a fronted object's cue and the subject after it, not the subject's start; a
    negated cue still reports nothing."""
    quotes = [q for q in extract(text).quotes if part in q.text]
    if act is None:
        assert quotes == [], text
        return
    assert [(q.act, q.speaker) for q in quotes] == [(act, speaker)], text
