"""Speech reported through the manner of any verb ("begegnete der Kritik mit dem Argument, …"):
the clause after the comma is what the subject said or argued (issue 11, cue
missing from the lexicons). Phrases that say when, or carry no clause, report nothing."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Stadtverwaltung begegnete der Kritik mit dem Argument, die Straße sei "
            "ohnehin kaum befahren.",
            "Stadtverwaltung",
            "die Straße sei ohnehin kaum befahren",
        ),
        (
            "Ministerin Petra Lindner reagierte am Abend mit der Aussage, sie werde nicht "
            "zurücktreten.",
            "Petra Lindner",
            "sie werde nicht zurücktreten",
        ),
        (
            "Die Reederei hat auf die Vorwürfe mit der Erklärung reagiert, die Schiffe seien "
            "sicher.",
            "Reederei",
            "die Schiffe seien sicher",
        ),
        (
            "Der Verein wehrte sich mit der Behauptung, die Spieler hätten nichts gewusst.",
            "Verein",
            "die Spieler hätten nichts gewusst",
        ),
        (
            "Das Gericht hob den Bescheid mit der Feststellung auf, das Verfahren sei fehlerhaft "
            "gewesen.",
            "Gericht",
            "das Verfahren sei fehlerhaft gewesen",
        ),
    ],
)
def test_manner_phrase_reports_the_clause(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert content in q.text


def test_request_phrase_is_a_demand(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Der frühere Premier Anan Sirikit wandte sich an seine Anhänger mit der Aufforderung, "
        "auf die Straße zu gehen.",
    )
    assert q.speaker == "Anan Sirikit"
    assert "auf die Straße zu gehen" in q.text
    assert q.act == "demand"


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin wartete mit der Erklärung, bis alle Angehörigen da waren.",
        "Der Film endet mit der Aussage des letzten Zeugen.",
        "Mit dem Argument der Kosten lehnte der Rat den Antrag ab.",
    ],
)
def test_manner_phrase_without_content_reports_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []
