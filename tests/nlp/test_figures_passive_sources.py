"""A count reported in the passive names its source as the recipient in the dative ("Dem
Landesamt wurden 3.000 Grippefälle gemeldet") or as the agent with "von" ("von der Feuerwehr
gezählt"), never as the subject, which is what was reported (news_quotes_dev: "Dem Robert
Koch-Institut (RKI) wurden … gemeldet"). A passive without either names no source.
Sentences of a hospital wave and a flood written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import source_of

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Dem Landesamt für Gesundheit wurden in der vergangenen Woche mehr als 3.000 "
            "Grippefälle gemeldet.",
            3000,
            "Landesamt für Gesundheit",
        ),
        (
            "Dem Robert Koch-Institut (RKI) werden jede Woche rund 900 neue Fälle gemeldet, "
            "deutlich mehr als im Sommer.",
            900,
            "Robert Koch-Institut",
        ),
        (
            "Der Polizei wurden am Wochenende elf Unfälle auf überfluteten Straßen gemeldet.",
            11,
            "Polizei",
        ),
        (
            "Bis Mittag wurden der Feuerwehr 240 überflutete Keller gemeldet.",
            240,
            "Feuerwehr",
        ),
        ("Es wurden 40 Verletzte von der Bergwacht gezählt.", 40, "Bergwacht"),
        (
            "In den Kliniken der Stadt wurden bis Freitag 120 Patienten vom Gesundheitsamt "
            "registriert.",
            120,
            "Gesundheitsamt",
        ),
    ],
)
def test_the_recipient_or_agent_of_a_passive_report_is_the_source(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a dative inside a prepositional phrase is no recipient
        ("Nach dem Hochwasser wurden 35 Verletzte gemeldet.", 35),
        # what was reported is the subject, never the source
        ("Der Schaden am Deich wurde am Montag mit 2 Millionen Euro gemeldet.", 2_000_000),
        # a passive without recipient or agent, whatever stands first
        ("Im Kreis Passau wurden bis Mittag 240 überflutete Keller gezählt.", 240),
        # a passive of a verb that reports nothing
        ("Dem Klinikum wurden 80 zusätzliche Betten bewilligt.", 80),
    ],
)
def test_a_passive_without_recipient_or_agent_names_no_source(
    extract: Extract, text: str, value: float
) -> None:
    assert source_of(extract, text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Der Marktwert des Stürmers wird von Experten inzwischen auf 150 bis 180 Millionen "
            "Euro geschätzt.",
            150_000_000,
            "Experten",
        ),
        (
            "Der Schaden wurde vom Landkreis auf rund drei Millionen Euro beziffert.",
            3_000_000,
            "Landkreis",
        ),
        (
            "Die Kosten für den Neubau, die vom Bauamt auf 40 Millionen Euro geschätzt werden, "
            "steigen weiter.",
            40_000_000,
            "Bauamt",
        ),
    ],
)
def test_the_agent_before_the_estimated_amount_is_the_source(
    extract: Extract, text: str, value: float, source: str
) -> None:
    """ "wird von Experten auf … geschätzt": the amount stands between agent and participle."""
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausfuhren von Autos wurden im Oktober auf 12 Milliarden Euro geschätzt.",
        "Der Wert wurde von 20 auf 30 Prozent korrigiert.",
    ],
)
def test_a_von_phrase_that_is_no_agent_names_no_source(extract: Extract, text: str) -> None:
    figures = extract(text).figures
    assert figures
    assert all(f.source is None for f in figures)


def test_a_marked_unnamed_source_is_not_the_sentence_befores(extract: Extract) -> None:
    """ "Laut einem Medienbericht …" after an estimate by experts: the report is another
    source, not the experts going on (as ", hieß es" would be)."""
    text = (
        "Der Marktwert des Stürmers wird von Experten auf 150 Millionen Euro geschätzt. Laut "
        "einem Medienbericht soll ein Klub bereits 120 Millionen Euro geboten haben."
    )
    assert source_of(extract, text, 120_000_000) == "anonymous"
