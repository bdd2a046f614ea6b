"""A vote count or result is the source of the figures it reports ("laut vorläufigem
Ergebnis", "dem Ergebnis zufolge"). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes if q.kind == "according_to"]


def test_laut_a_result_attributes_the_count(extract: Extract) -> None:
    text = "Die Sozialdemokraten erreichen laut Ergebnis 23 Prozent der Stimmen."
    assert sources(extract, text) == [
        ("Ergebnis", "Die Sozialdemokraten erreichen 23 Prozent der Stimmen")
    ]
    text = "Der Bürgermeister kam laut vorläufigem Ergebnis auf 61 Prozent."
    assert [t for _, t in sources(extract, text)] == ["Der Bürgermeister kam auf 61 Prozent"]


def test_a_result_before_zufolge(extract: Extract) -> None:
    text = "Dem Ergebnis zufolge hat die Koalition ihre Mehrheit verloren."
    assert sources(extract, text) == [("Ergebnis", "hat die Koalition ihre Mehrheit verloren")]


def test_being_pleased_with_a_result_keeps_its_speaker(extract: Extract) -> None:
    text = "Die Partei ist mit dem Ergebnis zufrieden, so der Vorsitzende."
    assert [s for s, _ in sources(extract, text)] == ["Vorsitzende"]


def test_laut_a_news_item(extract: Extract) -> None:
    text = "Der Zug soll laut Meldung erst nach zwei Stunden weitergefahren sein."
    assert sources(extract, text) == [
        ("Meldung", "Der Zug soll erst nach zwei Stunden weitergefahren sein")
    ]


def test_a_news_item_as_subject_says_nothing(extract: Extract) -> None:
    assert sources(extract, "Die Meldung über die Fusion sorgte in Hamburg für Unruhe.") == []
