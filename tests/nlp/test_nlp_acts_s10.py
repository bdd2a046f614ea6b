"""Speech-act frames fixed in session 10 (issue 11): German sentences written for these
tests, each rule in several word orders and tenses, and sentences where it must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor


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


@pytest.mark.parametrize(
    ("text", "act", "speaker", "part"),
    [
        ("Kreml weist Berichte über Truppenabzug zurück", "denial", "Kreml", "Truppenabzug"),
        ("Klima-Aktivisten fordern Tempolimit", "demand", "Klima-Aktivisten", "Tempolimit"),
        ("Bauern fordern Entlastung beim Agrardiesel", "demand", "Bauern", "Entlastung"),
        ("Meteorologin warnt vor Sturmflut an der Nordsee", "warning", "Meteorologin", "Sturmflut"),
    ],
)  # fmt: skip
def test_a_headline_shaped_line_in_the_body_is_a_statement_with_its_own_act(
    extract: Extract, text: str, act: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and part in q.text


@pytest.mark.parametrize(
    "text", ["Neue Regeln für den Nahverkehr", "Mehr Geld für Schulen", "Ein Jahr nach der Flut"]
)
def test_a_sub_heading_without_a_cue_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


def test_a_title_is_never_a_quote(extractor: Extractor) -> None:
    """The gold convention: headlines are not quotes; only a headline-shaped line of the body
    is read as a statement."""
    art = ParsedArticle(
        "t.txt", "t.txt", "Kreml weist Berichte über Truppenabzug zurück", None, None,
        (Paragraph("Die Lage an der Front blieb am Montag unübersichtlich.", "report"),), "0",
    )  # fmt: skip
    assert not extractor.extract(art).quotes


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Gewerkschaft fordert Lohnerhöhungen.", "Gewerkschaft", "Lohnerhöhungen"),
        ("Die Aktivisten fordern Tempolimit auf Autobahnen.", "Aktivisten", "Tempolimit"),
        ("Die Eltern fordern Schulbusse.", "Eltern", "Schulbusse"),
    ],
)  # fmt: skip
def test_a_bare_compound_noun_after_the_cue_is_its_object_not_its_speaker(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.text) == ("demand", speaker, part) or (
        (q.act, q.speaker) == ("demand", speaker) and q.text.startswith(part)
    )


def test_a_surname_after_the_cue_stays_the_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Gestern sagte Müller, die Lage sei ernst.")
    assert q.speaker == "Müller"


@pytest.mark.parametrize(
    ("text", "act", "speaker", "part"),
    [
        ("Zu bedenken gab die Richterin, dass der Angeklagte keine Vorstrafen habe.", "claim", "Richterin", "Vorstrafen"),
        ("Zu bedenken gibt der Verband, die Kosten seien hoch.", "claim", "Verband", "Kosten"),
        ("Deutlich machte der Minister, dass es keine Steuererhöhungen geben werde.", "claim", "Minister", "Steuererhöhungen"),
        ("In Abrede stellte der Konzern, dass Daten verkauft worden seien.", "denial", "Konzern", "Daten"),
    ],
)  # fmt: skip
def test_a_fronted_idiom_is_the_cue_and_its_subject_follows(
    extract: Extract, text: str, act: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and part in q.text


@pytest.mark.parametrize(
    "text",
    ["Deutlich wurde der Unterschied erst am Abend.", "Klar war nur, dass es regnen würde."],
)
def test_a_fronted_idiom_word_without_its_verb_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Polizei warnt vor falschen Handwerkern, die ältere Menschen betrügen.", "Polizei", "vor falschen Handwerkern, die"),
        ("Der Wetterdienst warnte vor einem Sturm, der am Abend die Küste erreicht.", "Wetterdienst", "vor einem Sturm, der"),
        ("Verbraucherschützer warnen vor Apps, deren Daten ins Ausland fließen.", "Verbraucherschützer", "vor Apps, deren"),
    ],
)  # fmt: skip
def test_a_relative_clause_after_the_framed_object_belongs_to_it(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("warning", speaker) and part in q.text


def test_reported_speech_after_the_framed_object_stays_the_content(extract: Extract) -> None:
    q = one_quote(extract, "Der Arzt warnte vor den Folgen, die Lage sei ernst.")
    assert (q.act, q.text) == ("warning", "die Lage sei ernst")


@pytest.mark.parametrize(
    ("text", "target", "charge"),
    [
        ("Gegen den Manager wird der Vorwurf der Untreue erhoben.", "Manager", "Vorwurf der Untreue"),
        ("Gegen den Bürgermeister wurden schwere Vorwürfe erhoben.", "Bürgermeister", "schwere Vorwürfe"),
    ],
)  # fmt: skip
def test_a_charge_raised_in_the_passive_accuses_the_gegen_object_with_no_speaker(
    extract: Extract, text: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", "anonymous", target)
    assert charge in q.text


@pytest.mark.parametrize(
    "text", ["Gegen das Urteil wurde Einspruch erhoben.", "Die Steuern wurden im Mai erhoben."]
)
def test_raising_an_objection_or_a_tax_accuses_no_one(extract: Extract, text: str) -> None:
    assert not extract(text).quotes
