"""Cue and subject recall (issue 11, session 6): subjects behind an apposition the phrase
chunker does not read, and more. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


def test_a_name_before_an_indefinite_or_adjective_apposition_speaks(extract: Extract) -> None:
    assert found(
        extract,
        "Anna Berg, eine frühere Richterin am Landgericht, erklärte, das Urteil sei falsch.",
    ) == [("Anna Berg", "claim", "das Urteil sei falsch")]
    assert found(
        extract,
        "Jonas Pohl, ein Abgeordneter aus Kassel und Oberst außer Dienst, sagte, dass der "
        "Einsatz ein Fehler gewesen sei.",
    ) == [("Jonas Pohl", "claim", "dass der Einsatz ein Fehler gewesen sei")]
    assert found(
        extract,
        "Erika Sommer, zuständig für das Exportgeschäft, hatte im Mai angekündigt, den "
        "Vertrieb in Asien auszubauen.",
    ) == [("Erika Sommer", "announcement", "den Vertrieb in Asien auszubauen")]


def test_an_adverb_between_commas_is_no_apposition(extract: Extract) -> None:
    # a sentence adverb and a place between the commas: not a description of the name
    assert found(extract, "Peter Meier, gestern noch in Berlin, sagte, er sei unschuldig.") == []
