"""The numbers of a decision ("Der Gemeinderat hat beschlossen, die Gebühr von 30 auf 120 Euro
anzuheben") are what was decided, an act the article reports: the deciding body is no source
of them (news_quotes_dev3). A demand keeps its speaker ("Verdi fordert 8 Prozent mehr Lohn"
is Verdi's number), as does a body that reports. Sentences of a strike and a flood written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import source_of

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Der Kreistag hat am Montag beschlossen, für den Wiederaufbau der Deiche "
            "12 Millionen Euro bereitzustellen.",
            12_000_000,
        ),
        (
            "Die Landesregierung entschied, die Soforthilfe für betroffene Haushalte auf "
            "5.000 Euro zu erhöhen.",
            5000,
        ),
        (
            "Der Stadtrat beschloss am Abend, dass die Stadt 2 Millionen Euro für Notunterkünfte ausgibt.",
            2_000_000,
        ),
    ],
)
def test_a_decision_is_no_source_of_its_numbers(extract: Extract, text: str, value: float) -> None:
    assert source_of(extract, text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a demand: the number is the one the union asks for
        (
            "Die Gewerkschaft Verdi fordert für die Beschäftigten 8 Prozent mehr Lohn.",
            8,
            "Gewerkschaft Verdi",
        ),
        # a report of a count keeps its reporter
        (
            "Der Landkreis teilte mit, dass bisher 1.200 Menschen ihre Häuser verlassen mussten.",
            1200,
            "Landkreis",
        ),
    ],
)
def test_a_demand_or_a_report_keeps_its_speaker(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source
