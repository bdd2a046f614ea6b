"""Who reported a figure (issue 12): "demnach" points back, headline attributions, measuring
verbs, unnamed sources. German sentences written for these tests, run through the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor


def _extract(extractor: Extractor, body: str, title: str = "Titel") -> ArticleExtraction:
    article = ParsedArticle(
        "t.txt", "t.txt", title, date(2025, 4, 1), None, (Paragraph(body),), "0"
    )
    return extractor.extract(article)


@pytest.fixture
def sources(extractor: Extractor) -> Callable[..., list[tuple[str, str | None]]]:
    def run(body: str, title: str = "Titel") -> list[tuple[str, str | None]]:
        return [(f.text, f.source) for f in _extract(extractor, body, title).figures]

    return run


def test_demnach_points_back_to_the_previous_sentence(sources) -> None:
    assert sources(
        "Die Behörden legten am Montag neue Zahlen vor. Demnach starben 3.700 Menschen."
    ) == [("3.700 Menschen", "Behörden")]
    assert sources(
        "Die Militärregierung teilte mit, dass bisher 2.056 Menschen ums Leben gekommen seien. "
        "Etwa 600 wurden demnach in Mandalay getötet."
    ) == [("2.056 Menschen", "Militärregierung"), ("Etwa 600", "Militärregierung")]


def test_without_demnach_the_article_states_the_figure(sources) -> None:
    assert sources("Die Behörden legten neue Zahlen vor. Am Abend starben 3.700 Menschen.") == [
        ("3.700 Menschen", None)
    ]


def test_headline_attribution(sources) -> None:
    found = sources(
        "Die Lage bleibt unklar.", title="Nordkorea schickt 1.500 Soldaten – Geheimdienst"
    )
    assert found == [("1.500 Soldaten", "Geheimdienst")]
    found = sources(
        "Die Lage bleibt unklar.", title="Geheimdienst: Nordkorea schickt 1.500 Soldaten"
    )
    assert found == [("1.500 Soldaten", "Geheimdienst")]
    # body sentences end with a full stop: a dash or a colon there names no source
    assert sources("Bilanz: 40 Tote.") == [("40 Tote", None)]
    assert sources("Es gab 40 Tote – Frauen.") == [("40 Tote", None)]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Die Polizei zählte 5.000 Demonstranten.", "Polizei"),
        ("Der Wetterdienst registrierte 120 Liter Regen pro Quadratmeter.", "Wetterdienst"),
        ("Das Gesundheitsministerium meldete 45 neue Fälle.", "Gesundheitsministerium"),
    ],
)
def test_measuring_verbs_name_the_source(sources, body: str, source: str) -> None:
    assert [s for _, s in sources(body)] == [source]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Wie die Feuerwehr mitteilte, wurden 30 Menschen verletzt.", "Feuerwehr"),
        (
            "Wie das Innenministerium am Montag bekannt gab, wurden 200 Personen festgenommen.",
            "Innenministerium",
        ),
        ("30 Menschen wurden verletzt, teilte die Polizei mit.", "Polizei"),
        ("Nach Polizeiangaben wurden 30 Menschen verletzt.", "Polizei"),
    ],
)
def test_report_clauses_name_the_source(sources, body: str, source: str) -> None:
    assert [s for _, s in sources(body)] == [source]


def test_unnamed_source_keeps_its_description(sources) -> None:
    found = sources(
        "Ein Mitarbeiter der Rettungskräfte, der nicht genannt werden wollte, sprach von 200 Toten."
    )
    assert found == [("200 Toten", "Mitarbeiter der Rettungskräfte")]


def test_subject_never_names_the_source(extractor: Extractor) -> None:
    [f] = _extract(extractor, "Die Polizei zählte 5.000 Demonstranten.").figures
    assert f.subject == "Demonstranten"
