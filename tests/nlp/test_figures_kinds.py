"""A demand, an offer, a forecast or a goal is no report of a fact (issue 12): "Verdi fordert
8 Prozent" and "Die Arbeitgeber bieten 5,5 Prozent" were one topic "Lohn" shown as
conflicting claims. The kind goes into the subject, so each kind is a topic of its own and
the offer is the employers'. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.figures.subjects import subject_group

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        ("Die Gewerkschaft Verdi fordert 8 Prozent mehr Lohn.", "Lohn (Forderung)", "Verdi"),
        ("Die Arbeitgeber bieten 5,5 Prozent mehr Lohn.", "Lohn (Angebot)", "Arbeitgeber"),
        (
            "Die Arbeitgeber haben eine Lohnerhöhung um 5,5 Prozent angeboten.",
            "Lohnerhöhung (Angebot)",
            "Arbeitgeber",
        ),
        (
            "Die Ökonomen rechnen für 2025 mit einer Inflation von 2,1 Prozent.",
            "Inflation (Prognose)",
            "Ökonomen",
        ),
        (
            "Die Bundesregierung erwartet ein Wachstum von 0,3 Prozent.",
            "Wachstum (Prognose)",
            "Bundesregierung",
        ),
        (
            "Ziel ist es, die Zahl der Verkehrstoten bis 2030 auf 1.500 zu senken.",
            "Verkehrstoten (Ziel)",
            None,
        ),
    ],
)
def test_a_demand_offer_forecast_or_goal_carries_its_kind(
    extract: Extract, text: str, subject: str, source: str | None
) -> None:
    [fig] = extract(text).figures
    assert fig.subject == subject
    assert (source or "") in (fig.source or ""), fig.source


def test_a_demand_and_an_offer_in_one_sentence_are_two_topics(extract: Extract) -> None:
    demand, offer = extract(
        "Verdi verlangt eine Lohnerhöhung von 8 Prozent, die Arbeitgeber haben 5,5 Prozent "
        "angeboten."
    ).figures
    assert (demand.subject, offer.subject) == ("Lohnerhöhung (Forderung)", "Lohnerhöhung (Angebot)")
    assert offer.source == "Arbeitgeber"
    assert subject_group(demand.subject, demand.unit) != subject_group(offer.subject, offer.unit)


@pytest.mark.parametrize(
    "text",
    [
        "Das Beben forderte 12 Todesopfer.",  # caused, not demanded
        "Die Überschwemmungen in zehn Provinzen haben bisher 35 Todesopfer gefordert.",
        "Die Halle bietet Platz für 5.000 Zuschauer.",  # room, no offer
        "Vertreter der drei Gewerkschaften erwarten eine schnelle Einigung.",  # the subject
        "Die Inflation lag im Januar bei 2,3 Prozent.",
    ],
)
def test_a_report_of_a_fact_has_no_kind(extract: Extract, text: str) -> None:
    for fig in extract(text).figures:
        assert not any(k in (fig.subject or "") for k in ("Forderung", "Angebot", "Prognose"))
