"""A headline's set-off words name who reports its figures ("Feuerwehr: 30 Häuser zerstört",
"… – Geheimdienst") unless they only label the story: a dateline place, an event, an
election or a topic word ("Pakistan: Mehr als 20 Tote …" gave the source "Pakistan"). German
headlines written for these tests."""

from __future__ import annotations

import pytest

from bot.models import Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.headlines import is_headline_label


def title_figures(extractor: Extractor, title: str, body: str) -> list[Figure]:
    article = ParsedArticle("h.txt", "h.txt", title, None, None, (Paragraph(body),), "0")
    found = extractor.extract(article).figures
    return [f for f in found if f.sentence == title]


@pytest.mark.parametrize(
    "words",
    [["Griechenland"], ["Landtagswahl"], ["Erdbeben"], ["Waldbrände"], ["Liveblog"]],
)
def test_places_events_elections_and_topics_label_a_headline(words: list[str]) -> None:
    assert is_headline_label(words)


@pytest.mark.parametrize(
    "words", [["Feuerwehr"], ["Geheimdienst"], ["Innenministerium"], ["Gewerkschaft", "Verdi"]]
)
def test_who_can_report_is_no_label(words: list[str]) -> None:
    assert not is_headline_label(words)


def test_the_articles_dateline_place_is_a_label() -> None:
    assert is_headline_label(["Valencia"], dateline="Valencia")
    assert not is_headline_label(["Valencia"])


@pytest.mark.parametrize(
    "title",
    [
        "Portugal: Mehr als 30 Tote bei Waldbränden",
        "Bundestagswahl: Grüne verlieren 4 Prozent",
        "Hochwasser: 1.200 Menschen evakuiert",
    ],
)
def test_a_labelled_headline_names_no_source(extractor: Extractor, title: str) -> None:
    [figure] = title_figures(extractor, title, "Die Lage bleibt angespannt.")
    assert figure.source is None


def test_a_town_dateline_the_body_names_as_a_place_is_no_source(extractor: Extractor) -> None:
    body = "In Valencia standen am Morgen ganze Straßen unter Wasser."
    [figure] = title_figures(extractor, "Valencia: 14 Tote nach Unwetter", body)
    assert figure.source is None


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Feuerwehr: 30 Häuser zerstört", "Feuerwehr"),
        ("Nordkorea schickt 1.500 Soldaten – Geheimdienst", "Geheimdienst"),
    ],
)
def test_a_source_before_the_colon_or_after_the_dash_still_reports(
    extractor: Extractor, title: str, source: str
) -> None:
    [figure] = title_figures(extractor, title, "Die Lage bleibt angespannt.")
    assert figure.source == source
