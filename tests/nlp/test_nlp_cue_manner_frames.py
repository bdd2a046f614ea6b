"""Speech reported through the manner of any verb ("begegnete der Kritik mit dem Argument, …")
and through the pronominal adverb of a framed cue ("drohte damit, die Partei zu verlassen"):
the clause after the comma is what the subject said, argued or threatened (issue 11, cue
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


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Gewerkschaft droht damit, den Tarifvertrag zu kündigen.",
            "Gewerkschaft",
            "den Tarifvertrag zu kündigen",
        ),
        (
            "Karl Huber drohte am Montag damit, die Partei zu verlassen.",
            "Karl Huber",
            "die Partei zu verlassen",
        ),
        (
            "Der Vermieter hatte den Mietern damit gedroht, die Heizung abzustellen.",
            "Vermieter",
            "die Heizung abzustellen",
        ),
        (
            "Die Schauspielerin Lena Brandt drohte damit, dass sie den Sender verklagen werde.",
            "Lena Brandt",
            "dass sie den Sender verklagen werde",
        ),
    ],
)
def test_threat_through_damit_reports_the_clause(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert content in q.text
    assert q.act == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Den Firmen drohen damit hohe Strafen.",
        "Damit droht der Partei ein Streit, der lange dauern könnte.",
        "Es droht damit, dass die Ernte ausfällt.",
    ],
)
def test_damit_without_a_threatened_clause_reports_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Partner von EADS, Northrop Grumman, zog das Angebot mit der Begründung zurück, "
            "die Ausschreibung sei unfair.",
            "Northrop Grumman",
        ),
        (
            "Der Trainer des Vereins, Uwe Berg, verließ die Pressekonferenz mit den Worten, er "
            "habe genug gehört.",
            "Uwe Berg",
        ),
        (
            "Nach dem Streit mit dem Land, der Wochen dauerte, zog die Firma Kessler das Angebot "
            "mit der Begründung zurück, die Ausschreibung sei unfair.",
            "Kessler",
        ),
    ],
)
def test_manner_phrase_speaker_is_the_apposed_subject_not_the_object(
    extract: Extract, text: str, speaker: str
) -> None:
    """The verb of a "mit"-phrase cue opens its clause after the apposition: the object
    after it ("das Angebot", "die Pressekonferenz") never speaks."""
    assert one_quote(extract, text).speaker == speaker
