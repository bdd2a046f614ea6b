"""According-to "Wie aus X hervorgeht / verlautete / zu erfahren war, …": the clause names
the source of the statement around it, once. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_document_names_its_author(extract: Extract) -> None:
    q = one_quote(
        extract, "Wie aus einem Bericht des Ministeriums hervorgeht, wurden zwei Dörfer geräumt."
    )
    assert (q.speaker, q.text) == ("Ministerium", "wurden zwei Dörfer geräumt")


def test_the_clause_after_the_statement(extract: Extract) -> None:
    q = one_quote(
        extract, "Zwei Dörfer wurden geräumt, wie aus einem Bericht des Ministeriums hervorgeht."
    )
    assert (q.speaker, q.text) == ("Ministerium", "Zwei Dörfer wurden geräumt")


def test_circles_are_an_unnamed_source(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Wie aus Unternehmenskreisen verlautete, will der Konzern sein Werk in Emden umbauen.",
    )
    assert (q.speaker, q.speaker_role) == ("anonymous", "Unternehmenskreise")


def test_members_of_an_institution_speak_for_it_once(extract: Extract) -> None:
    text = "Wie aus Reihen des Bundesgerichts verlautete, wurde der Verdächtige in Bern gefasst."
    assert [q.speaker for q in extract(text).quotes] == ["Bundesgericht"]


def test_a_plain_comparison_is_no_source(extract: Extract) -> None:
    assert list(extract("Wie aus dem Nichts tauchte der Wagen auf der Kreuzung auf.").quotes) == []
