"""Sources that a document or an institution's full name gives (issue 11, and the figure
sources of issue 12 that read the same attribution stage): "…, wie eine Umfrage des
Ifo-Instituts ergab", "Das geht aus der Statistik des Ministeriums hervor, die …", and
institution names built with "für" ("Bundesamt für Naturschutz"). German sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.speakers.phrase import fuer_name_head, fuer_tail

Extract = Callable[..., ArticleExtraction]


def quotes(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in extract(text).quotes]


def figure_sources(extract: Extract, text: str) -> list[str | None]:
    return [f.source for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rund 40 Prozent der Beschäftigten arbeiten im Homeoffice, wie eine Umfrage des "
            "Ifo-Instituts ergab.",
            "Ifo-Institut",
        ),
        (
            "Die Mieten stiegen um sieben Prozent, wie eine Studie der Bertelsmann-Stiftung zeigt.",
            "Bertelsmann-Stiftung",
        ),
        (
            "Wie eine Auswertung des Statistischen Bundesamts zeigt, sind die Preise um drei "
            "Prozent gestiegen.",
            "Statistisches Bundesamt",
        ),
        (
            "Die Mieten stiegen um neun Prozent, wie die Zahlen des Mieterbunds belegen.",
            "Mieterbund",
        ),
    ],
)
def test_a_wie_clause_with_a_document_names_the_source(
    extract: Extract, text: str, source: str
) -> None:
    found = quotes(extract, text)
    assert [(s, k) for s, k, _ in found] == [(source, "according_to")]
    assert "wie" not in found[0][2].split()  # the marker clause is no part of the statement
    assert figure_sources(extract, text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise sind nicht so stark gestiegen, wie die Bilder zeigen.",
        "Die Preise stiegen so stark wie die Löhne im vergangenen Jahr.",
        "Der Minister fragte, wie die Statistik das zeigt.",
    ],
)
def test_a_wie_clause_without_a_document_or_comparison_names_no_source(
    extract: Extract, text: str
) -> None:
    assert all(k != "according_to" for _, k, _ in quotes(extract, text))


def test_a_relative_clause_after_geht_hervor_keeps_the_document_owner(extract: Extract) -> None:
    text = (
        "Die Zahl der Einbrüche stieg auf 4.300 Fälle. Das geht aus der Statistik des "
        "Innenministeriums hervor, die am Dienstag vorgestellt wurde."
    )
    assert [(s, k) for s, k, _ in quotes(extract, text)] == [("Innenministerium", "according_to")]
    assert figure_sources(extract, text) == ["Innenministerium"]
    negated = (
        "Die Zahl der Unfälle sank auf 800. Das geht aus dem Bericht nicht hervor, den die "
        "Stadt vorlegte."
    )
    assert quotes(extract, negated) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Bundesagentur für Arbeit teilte mit, dass die Arbeitslosigkeit steige.",
            "Bundesagentur für Arbeit",
        ),
        (
            "Das Bundesamt für Migration und Flüchtlinge erklärte, die Zahl der Anträge sei "
            "gesunken.",
            "Bundesamt für Migration und Flüchtlinge",
        ),
        (
            "Laut dem Institut für Arbeitsmarkt- und Berufsforschung steigt die Zahl der Stellen.",
            "Institut für Arbeitsmarkt- und Berufsforschung",
        ),
        (
            "Laut einem Bericht des Bundesamts für Naturschutz wurden 230 Wölfe gezählt.",
            "Bundesamt für Naturschutz",
        ),
    ],
)
def test_an_institution_keeps_its_fuer_name(extract: Extract, text: str, speaker: str) -> None:
    found = quotes(extract, text)
    assert [s for s, _, _ in found] == [speaker]
    assert not found[0][2].startswith("für")  # the name is no part of what was said


def test_a_figure_source_keeps_the_fuer_name_in_the_genitive(extract: Extract) -> None:
    text = "Die Zahl stieg nach Angaben der Bundesanstalt für Straßenwesen auf 40 Unfälle."
    assert figure_sources(extract, text) == ["Bundesanstalt für Straßenwesen"]
    text = "Nach Angaben des Bundesamts für Bevölkerungsschutz sind 30 Sirenen defekt."
    assert figure_sources(extract, text) == ["Bundesamt für Bevölkerungsschutz"]
    assert [f.subject for f in extract(text).figures] == ["Sirenen"]


def test_a_fuer_name_stops_before_a_coordinated_speaker(extract: Extract) -> None:
    text = (
        "Das Bundesamt für Migration und Innenministerin Anna Roth erklärten, die Lage sei ernst."
    )
    assert [s for s, _, _ in quotes(extract, text)] == ["Bundesamt für Migration", "Anna Roth"]


def test_fuer_tail_only_after_an_institution_head() -> None:
    words = ["Die", "Stadt", "für", "den", "Plan", "sagte"]
    assert fuer_tail(words, ["Stadt"], 2, len(words)) == 2
    words = ["Das", "Amt", "für", "Statistik", "teilte", "mit"]
    assert fuer_tail(words, ["Amt"], 2, len(words)) == 4
    words = ["Das", "Amt", "für", "Ende", "Mai", "kündigte"]
    assert fuer_tail(words, ["Amt"], 2, len(words)) == 2
    assert fuer_name_head("Bundesamts") and fuer_name_head("Institutes")
    assert not fuer_name_head("Regen")
