"""According-to "X zufolge" with a long noun phrase: an extended attribute ("Einem am Montag
veröffentlichten Bericht der UN zufolge") belongs to the marker, not to the statement.
German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_an_extended_attribute_is_part_of_the_marker(extract: Extract) -> None:
    text = "Einem am Montag veröffentlichten Bericht des Verbandes zufolge wurden zwei Werke geschlossen."
    assert one_quote(extract, text).text == "wurden zwei Werke geschlossen"
    text = "Einer am Dienstag in Genf vorgestellten Studie der Weltbank zufolge sinkt die Armut."
    assert one_quote(extract, text).text == "sinkt die Armut"


def test_mid_sentence_the_rest_of_the_clause_is_kept(extract: Extract) -> None:
    text = "Zwei Werke wurden einem am Montag veröffentlichten Bericht des Verbandes zufolge geschlossen."
    assert one_quote(extract, text).text == "Zwei Werke wurden geschlossen"


def test_a_plain_article_before_the_source_is_unchanged(extract: Extract) -> None:
    q = one_quote(
        extract, "Einem neuen Bericht des Verbandes zufolge wurden zwei Werke geschlossen."
    )
    assert q.text == "wurden zwei Werke geschlossen"


def test_attributes_of_an_unnamed_source_are_part_of_the_marker(extract: Extract) -> None:
    cases = {
        "Nicht näher genannten Quellen zufolge waren die Demonstranten Studenten.": (
            "waren die Demonstranten Studenten"
        ),
        "Zwei Menschen wurden gut informierten Kreisen zufolge verletzt.": "Zwei Menschen wurden verletzt",
        "Ersten offiziellen Angaben zufolge wurden zwei Menschen verletzt.": "wurden zwei Menschen verletzt",
        "Die Helfer konnten eigenen Angaben zufolge 500 Menschen retten.": "Die Helfer konnten 500 Menschen retten",
    }
    for text, said in cases.items():
        assert [q.text for q in extract(text).quotes] == [said], text
