""" "heißt es in …": the document or its author as the source, also across a relative clause;
the reported clause after the cue, not the words before it. German sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def test_heisst_es_after_a_relative_clause_reports_what_follows(extract: Extract) -> None:
    text = (
        "In dem Bericht, den der Rat im Mai beschlossen hat, heißt es, dass Mitglieder "
        "keine Beiträge zahlen müssten."
    )
    assert found(extract, text) == [("Bericht", "dass Mitglieder keine Beiträge zahlen müssten")]


def test_heisst_es_in_an_announcement_names_its_author(extract: Extract) -> None:
    text = "In der Ankündigung des Stadtrats heißt es, das Freibad öffne im Juni."
    assert found(extract, text) == [("Stadtrat", "das Freibad öffne im Juni")]


def test_a_preposed_quote_stays_the_content_before_a_temporal_clause(extract: Extract) -> None:
    text = "„Wir kommen wieder“, sagte Anna Berger, als sie den Saal verließ."
    assert found(extract, text) == [("Anna Berger", "Wir kommen wieder")]
