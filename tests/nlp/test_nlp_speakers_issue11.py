"""Issue 11: wrong speakers, according-to sources and role nouns. German sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract(text).quotes]


def according(extract: Extract, text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if q.kind == "according_to"]


def test_according_source_stops_before_the_clause_object(extract: Extract) -> None:
    """A bare plural after "von" is the source; the noun after it is the clause's object."""
    text = "Die Partei forderte nach Angaben von Teilnehmern Neuwahlen."
    assert according(extract, text) == ["Teilnehmer"]
    text = "Der Vorstand plant nach Angaben von Mitarbeitern Entlassungen im Werk."
    assert according(extract, text) == ["Mitarbeiter"]


def test_a_bare_role_or_name_run_stays_whole(extract: Extract) -> None:
    text = "Nach Angaben von Bürgermeister Peter Kraus wird das Bad im Mai eröffnet."
    assert according(extract, text) == ["Peter Kraus"]
    text = "Laut Anwohner Thomas Bauer brannte die Scheune schon am Abend."
    assert according(extract, text) == ["Thomas Bauer"]
