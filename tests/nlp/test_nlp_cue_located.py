"""A document as the place of its statement: "In dem Bericht steht, dass …", "Im
Koalitionsvertrag stand, die Steuer solle sinken" (cue_located_forms.tsv). The source is the
document's author or the document itself. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def said(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def test_what_a_document_holds_is_its_authors_statement(extract: Extract) -> None:
    cases = {
        "In einer Mitteilung des Bundesamts steht, dass die Brücke saniert werden muss.": (
            "Bundesamt",
            "dass die Brücke saniert werden muss",
        ),
        # preterite, a Konjunktiv clause after the comma
        "Im Bericht der Kommission stand, die Wahl sei fair verlaufen.": (
            "Kommission",
            "die Wahl sei fair verlaufen",
        ),
        # a colon and a quotation, an adverb before it
        "In der Erklärung der Gewerkschaft steht zudem: „Wir streiken bis Freitag.“": (
            "Gewerkschaft",
            "Wir streiken bis Freitag",
        ),
    }
    for text, quote in cases.items():
        assert said(extract, text) == [quote], text


def test_a_document_without_author_is_the_source(extract: Extract) -> None:
    text = "Im Koalitionsvertrag steht, dass die Pendlerpauschale steigen soll."
    assert said(extract, text) == [("Koalitionsvertrag", "dass die Pendlerpauschale steigen soll")]


def test_standing_things_and_what_a_document_lacks_report_nothing(extract: Extract) -> None:
    for text in (
        "In der Ecke stand ein alter Schrank aus Eichenholz.",
        "Im Mittelpunkt steht, dass die Kinder sicher zur Schule kommen.",
        "Im Stadion stand, als das Tor fiel, niemand mehr auf seinem Platz.",
        "In dem Vertrag steht allerdings nicht, wer die Kosten trägt.",
        "Das Haus steht seit Jahren leer.",
    ):
        assert said(extract, text) == [], text
