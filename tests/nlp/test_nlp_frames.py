"""Complement frames of cue verbs: a bare noun-phrase object of an evaluative or addressing
verb ("kritisierte die Entscheidung", "informierte die Familie") is no statement; the object
reports content only with the frame's complement ("als …", "über …") or a clause.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Opposition kritisierte die Entscheidung der Regierung.",
        "Die Ärzte haben die Familie des Patienten bereits informiert.",
        "Der Bürgermeister würdigte den verstorbenen Ehrenbürger der Stadt.",
        "Die Regierung begrüßte den Beschluss des Parlaments.",
        "Die Gewerkschaft kritisierte die Schließung des Werks scharf.",
        "Der Bürgermeister lobte den Einsatz der Helfer.",
        "Der Verband dankte den freiwilligen Helfern der Feuerwehr.",
    ],
)
def test_a_bare_object_of_a_framed_cue_is_no_statement(extract: Extract, sentence: str) -> None:
    assert extract(sentence).quotes == ()


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("Die Opposition kritisierte die Entscheidung der Regierung als schweren Fehler.",
         "Opposition", "als schweren Fehler"),
        ("Der General informierte den Präsidenten über die hohen Verluste der Armee.",
         "General", "über die hohen Verluste"),
        ("Der Minister wies die Vorwürfe als haltlos zurück.", "Minister", "als haltlos"),
        ("Die Opposition kritisierte, dass die Regierung die Steuern erhöhen wolle.",
         "Opposition", "die Steuern erhöhen"),
    ],
)  # fmt: skip
def test_the_frame_complement_makes_the_object_a_statement(
    extract: Extract, sentence: str, speaker: str, content: str
) -> None:
    quotes = extract(sentence).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert content in quotes[0].text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Der Vorsitzende der Fraktion, Wolfgang Jüttner, hatte Lenz gestern aufgefordert, "
         "sein Mandat niederzulegen.", "Wolfgang Jüttner"),
        ("Karl Mohr, Sprecher der Gruppierung ABC, forderte die Junta bei der Kundgebung dazu "
         "auf, zur Demokratie zurückzukehren.", "Karl Mohr"),
        ("Die Vereinten Nationen hatten die Europäische Union im Januar darum gebeten, sich an "
         "der Mission zu beteiligen.", "Vereinte Nationen"),
    ],
)  # fmt: skip
def test_the_object_after_the_finite_verb_is_no_speaker(
    extract: Extract, sentence: str, speaker: str
) -> None:
    """The subject stands before the finite verb (with its apposition, or as an article
    phrase before the auxiliary); the phrase after the verb is the addressee."""
    assert [q.speaker for q in extract(sentence).quotes] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("Die Kommission kam zu dem Ergebnis, dass die Anlage sicher sei.", "Kommission",
         "die Anlage sicher sei"),
        ("Der Gutachter kam zu dem Schluss, dass der Damm nicht halten werde.", "Gutachter",
         "der Damm nicht halten werde"),
        ("Der Trainer zog ein positives Fazit: Die Mannschaft habe sich gut entwickelt.",
         "Trainer", "Die Mannschaft habe sich gut entwickelt"),
        ("Der Ökonom gab zu bedenken, dass die Zinsen steigen könnten.", "Ökonom",
         "die Zinsen steigen könnten"),
        ("Die Kanzlerin machte deutlich, dass sie keine neuen Schulden wolle.", "Kanzlerin",
         "keine neuen Schulden"),
    ],
)  # fmt: skip
def test_nominal_speech_predicates_are_cues(
    extract: Extract, sentence: str, speaker: str, content: str
) -> None:
    """lexicons/nominal_cues.tsv: a light verb closed by its noun or particle reports."""
    quotes = extract(sentence).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert content in quotes[0].text


def test_a_light_verb_without_its_closing_word_is_no_cue(extract: Extract) -> None:
    text = "Am Ende kam der Zug zu dem Ergebnis einer langen Fahrt, dass alle müde waren."
    assert extract(text).quotes == ()


def test_a_strong_konjunktiv_ii_continues_the_statement(extract: Extract) -> None:
    """ "befänden", "läge": umlauted Konjunktiv II of strong verbs reports, right after the
    statement, where the Konjunktiv I form would look indicative."""
    text = (
        "Die Regierung erklärte, die Lage sei ernst. "
        "Die wichtigsten Dämme befänden sich nahe der Grenze der Belastbarkeit."
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Regierung", "Regierung"]
    assert "Dämme" in quotes[1].text


def test_a_preterite_is_no_continuation(extract: Extract) -> None:
    text = (
        "Die Regierung erklärte, die Lage sei ernst. "
        "Am Abend gingen die Helfer zurück in ihre Lager."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Regierung"]


def test_a_sentence_with_its_own_speech_verb_does_not_continue(extract: Extract) -> None:
    """A Konjunktiv sentence whose own cue names another source (even when its subject is not
    parsed) is not the running speaker's."""
    text = (
        "Die Polizei teilte mit, der Täter sei geflohen. "
        "Ein Reporter des Fernsehsenders n-tv berichtete, dass die Lage ruhig sei."
    )
    quotes = extract(text).quotes
    assert "Polizei" not in [q.speaker for q in quotes[1:]]


def test_an_impersonal_cue_lets_the_speaker_continue(extract: Extract) -> None:
    text = "Die Polizei teilte mit, der Täter sei geflohen. Er sei bewaffnet, wird vermutet."
    assert [q.speaker for q in extract(text).quotes] == ["Polizei", "Polizei"]


def test_a_nested_report_with_an_unnamed_source_is_the_mediums_statement(
    extract: Extract,
) -> None:
    """ "X berichtet unter Berufung auf einen Wärter": one quote, the named medium's; not a
    second one for the unnamed cited source with the whole sentence as its text."""
    text = (
        "Der Sender BBC News berichtet unter Berufung auf einen Gefängniswärter, dass die "
        "Gefangenen die Türen aufgebrochen hätten."
    )
    assert [q.speaker for q in extract(text).quotes] == ["BBC"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wegen des Störfalls haben sich bereits Proteste von Atomkraftgegnern angekündigt: Am "
        "Sonntag soll demonstriert werden.",
        "Als Nachfolger haben sich bereits drei Kandidaten gemeldet: Anna Berg, Jens Kurz und "
        "Paul Lang.",
        "Am Freitag hatten sich viele Fluglotsen krank gemeldet und ihren Dienst nicht angetreten.",
    ],
)
def test_a_reflexive_cue_verb_is_no_speech(extract: Extract, sentence: str) -> None:
    """lexicons/reflexive_non_cues.txt: "sich ankündigen", "sich melden" report nothing."""
    assert extract(sentence).quotes == ()


def test_a_reflexive_speech_verb_still_speaks(extract: Extract) -> None:
    text = "Die Ärztin hat sich optimistisch geäußert, dass der Patient bald genese."
    assert [q.speaker for q in extract(text).quotes] == ["Ärztin"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Nach Schätzungen des Verbandes sind bereits 10.000 Tonnen Reis vom Markt genommen "
         "worden.", "Verband"),
        ("Die Abschaltung war nach Angaben des TÜV Nord nicht ganz reibungslos.", "TÜV Nord"),
        ("In Deutschland haben nach Aussagen des Statistischen Bundesamtes viele Menschen "
         "weniger Geld.", "Statistisches Bundesamt"),
    ],
)  # fmt: skip
def test_according_to_a_masculine_or_neuter_genitive(
    extract: Extract, sentence: str, speaker: str
) -> None:
    """ "nach Angaben des Verbandes": the genitive source, named in its nominative."""
    assert [q.speaker for q in extract(sentence).quotes] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Neben dem Anführer wurden nach Medienberichten weitere Demonstranten festgenommen.",
        "Nach Zeugenaussagen hatte der Täter die Tat seit dem Vorabend geplant.",
    ],
)
def test_nach_with_a_compound_report_noun(extract: Extract, sentence: str) -> None:
    """ "nach Medienberichten", "nach Zeugenaussagen": like "laut Medienberichten", an
    unnamed source described by the compound."""
    quotes = extract(sentence).quotes
    assert len(quotes) == 1
    assert quotes[0].kind == "according_to"


def test_according_to_a_report_of_a_quoted_title(extract: Extract) -> None:
    text = (
        "Nach einem Bericht der „Frankfurter Allgemeine Zeitung“ ist der Konzern mit einem "
        "Umsatzminus ins neue Jahr gestartet."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Frankfurter Allgemeine Zeitung"]


def test_prepositional_object_reports(extract: Extract) -> None:
    """ "geht von X aus", "rief X zu Y auf": the prepositional object is what was said; the
    bare object is not ("rief die Regierung an")."""
    suicide = extract("Die Polizei geht in diesem Fall von einem Suizid aus.")
    assert [(q.speaker, q.act) for q in suicide.quotes if "Suizid" in q.text] == [
        ("Polizei", "estimate")
    ]
    appeal = extract("Der Sicherheitsrat rief die Regierung in Tripolis zur Mäßigung auf.")
    assert [(q.speaker, q.act) for q in appeal.quotes if "Mäßigung" in q.text] == [
        ("Sicherheitsrat", "demand")
    ]
    call = extract("Der Sicherheitsrat rief die Regierung in Tripolis am Morgen an.")
    assert not call.quotes
