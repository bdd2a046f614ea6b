"""According-to markers whose source is a medium written in lower case ("nach Informationen
des kicker", "einem Bericht der taz zufolge") and the plural report noun "Zählungen".
German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def said(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.text, q.kind) for q in extract(text).quotes]


def test_a_lower_case_medium_after_a_report_noun_is_the_source(extract: Extract) -> None:
    text = "Nach Informationen des kicker steht der Verein vor einer Einigung mit dem Trainer."
    assert said(extract, text) == [
        ("kicker", "steht der Verein vor einer Einigung mit dem Trainer", "according_to")
    ]
    text = "Einem Bericht der taz zufolge wurde der Mietvertrag im Frühjahr gekündigt."
    assert said(extract, text) == [
        ("taz", "wurde der Mietvertrag im Frühjahr gekündigt", "according_to")
    ]


def test_counts_of_an_authority_are_its_statement(extract: Extract) -> None:
    text = "Jeden Tag fahren nach Zählungen des Landkreises etwa 8.000 Autos durch den Ort."
    assert said(extract, text) == [
        ("Landkreis", "Jeden Tag fahren etwa 8.000 Autos durch den Ort", "according_to")
    ]


def test_the_medium_read_or_named_elsewhere_is_no_source(extract: Extract) -> None:
    for text in (
        "Nach dem Frühstück las der Trainer den kicker.",
        "Nach dem Umzug der taz in die neue Redaktion wurde gefeiert.",
    ):
        assert said(extract, text) == [], text
