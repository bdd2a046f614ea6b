"""According-to "nach" + a law or document that names no author: the document is the source
("Nach dem Grundgesetz …", "Nach einem EU-Dokument …", "Nach dieser Analyse …"), while an
event noun after "nach" stays "after". German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_law_is_the_source(extract: Extract) -> None:
    q = one_quote(
        extract, "Nach dem Grundgesetz ist der Kanzler mit den größten Vollmachten ausgestattet."
    )
    assert (q.speaker, q.text) == (
        "Grundgesetz",
        "ist der Kanzler mit den größten Vollmachten ausgestattet",
    )
    q = one_quote(
        extract, "Nach der Verfassung muss sich die Senatorin im Herbst der Wahl stellen."
    )
    assert q.speaker == "Verfassung"


def test_a_draft_names_its_author(extract: Extract) -> None:
    q = one_quote(
        extract, "Nach dem Gesetzentwurf der Koalition sollen die Schulen mehr Geld erhalten."
    )
    assert q.speaker == "Koalition"


def test_a_compound_document_is_the_source(extract: Extract) -> None:
    assert (
        one_quote(extract, "Nach einem EU-Dokument leben viele Roma in Armut.").speaker
        == "EU-Dokument"
    )
    assert (
        one_quote(extract, "Nach dem Landesgesetz dürfen Hunde nicht frei laufen.").speaker
        == "Landesgesetz"
    )


def test_a_demonstrative_is_no_part_of_the_source(extract: Extract) -> None:
    q = one_quote(extract, "Nach dieser Analyse hätte die Koalition keine Mehrheit mehr.")
    assert q.speaker == "Analyse"


def test_after_an_examination_is_no_source(extract: Extract) -> None:
    for text in (
        "Nach der Voruntersuchung wurde der Patient entlassen.",
        "Nach heftiger Kritik trat der Bürgermeister zurück.",
    ):
        assert list(extract(text).quotes) == [], text
