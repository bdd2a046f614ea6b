"""Speech-act frames fixed in session 10 (issue 11): German sentences written for these
tests, each rule in several word orders and tenses, and sentences where it must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Im Bundestag warf die Union der Bundesregierung Wortbruch vor.", "Union", "Bundesregierung", "Wortbruch"),
        ("Am Montag warf die Linke der Stadtverwaltung Untätigkeit vor.", "Linke", "Stadtverwaltung", "Untätigkeit"),
        ("Vor Gericht hielt die Anklage der Angeklagten schweren Betrug vor.", "Anklage", "Angeklagten", "schweren Betrug"),
        ("Im Landtag warf die Opposition der Ministerin vor, das Parlament getäuscht zu haben.", "Opposition", "Ministerin", "das Parlament getäuscht"),
        ("Gestern warf der Chef der Gewerkschaft dem Konzern Tarifflucht vor.", "Chef der Gewerkschaft", "Konzern", "Tarifflucht"),
    ],
)  # fmt: skip
def test_a_dative_after_an_inverted_subject_is_the_accused_not_a_genitive(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", speaker, target)
    assert charge in q.text and target not in q.text


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Die Union warf der Bundesregierung Wortbruch vor.", "Union", "Bundesregierung"),
        ("Tarifflucht warf die Gewerkschaft dem Konzern vor.", "Gewerkschaft", "Konzern"),
        ("„Sie haben gelogen“, warf die Vorsitzende der Partei dem Minister vor.", "Vorsitzende der Partei", "Minister"),
    ],
)  # fmt: skip
def test_a_genitive_of_the_speaker_stays_with_the_speaker(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", speaker, target)


def test_a_genitive_after_an_inverted_subject_of_a_claim_is_no_accused(extract: Extract) -> None:
    q = one_quote(extract, "Am Montag sagte die Sprecherin der Bundesregierung, es gehe weiter.")
    assert (q.act, q.target) == ("claim", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mit unbefristeten Streiks drohte die Gewerkschaft der Lokführer.",
        "Am Montag drohte die Gewerkschaft der Lokführer mit Streiks.",
    ],
)
def test_a_threat_keeps_the_genitive_of_its_speaker(extract: Extract, text: str) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("warning", "Gewerkschaft der Lokführer")


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Die Firma verwahrte sich entschieden gegen den Vorwurf, Daten verkauft zu haben.", "Firma", "denial"),
        ("Der Bürgermeister wies die Kritik entschieden zurück, die Stadt habe alles getan.", "Bürgermeister", "denial"),
    ],
)  # fmt: skip
def test_a_manner_adverb_after_a_cue_is_no_cue_of_its_own(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


def test_a_manner_adverb_after_sich_reports_no_decision(extract: Extract) -> None:
    text = "Die Anwohner wehrten sich entschieden gegen den Neubau, die Halle sei zu groß."
    assert not [q for q in extract(text).quotes if q.act == "announcement"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Richter entschieden, dass die Klage unzulässig sei.",
        "Das Gericht hat entschieden, dass die Klage unzulässig ist.",
        "Der Rat hat sich entschieden, den Bau zu stoppen.",
        "Nachdem sich der Rat entschieden hatte, den Bau zu stoppen, zogen die Investoren ab.",
    ],
)
def test_a_decision_closing_its_clause_is_still_announced(extract: Extract, text: str) -> None:
    assert [q.act for q in extract(text).quotes if "entschieden" in (q.cue or "")] == [
        "announcement"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In dem Schreiben der Anwälte heißt es, der Vertrag sei nichtig.", "Anwälte"),
        ("In einem Schriftsatz der Anwälte des Klägers hieß es, die Kündigung sei unwirksam.", "Anwälte des Klägers"),
        ("Der Vertrag sei nichtig, heißt es in einem Schreiben der Rechtsanwälte.", "Rechtsanwälte"),
        ("In dem Bericht der Kommission heißt es, die Lage sei ernst.", "Kommission"),
    ],
)  # fmt: skip
def test_a_document_speaks_for_its_owner(extract: Extract, text: str, speaker: str) -> None:
    """DESIGN: speakers are persons or organisations; a document of someone is their word,
    as "In dem Bericht der Kommission" is the commission's."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("claim", speaker)


def test_a_document_without_an_owner_stays_the_source(extract: Extract) -> None:
    q = one_quote(extract, "In dem Schreiben heißt es, der Vertrag sei nichtig.")
    assert q.speaker == "Schreiben"
