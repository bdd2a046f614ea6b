"""What an estimate measures when its object is a pronoun, and sources in the nominative
(issue 12, QA flood story: "Das Landratsamt beziffert sie inzwischen auf mehr als 300
Millionen Euro" had the subject "Landratsamt"). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import one_figure

from bot.models import ArticleExtraction
from bot.store.repos.corpus import subject_key_for


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        (
            "Die Kosten für den Neubau steigen weiter. Die Stadtverwaltung beziffert sie "
            "inzwischen auf rund 80 Millionen Euro.",
            "Kosten",
            "Stadtverwaltung",
        ),
        (
            "Der Schaden an der Brücke ist größer als befürchtet. Der Gutachter schätzt ihn "
            "auf 2,5 Millionen Euro.",
            "Schaden",
            "Gutachter",
        ),
    ],
)
def test_pronoun_object_takes_the_antecedent(
    extract: Callable[..., ArticleExtraction], text: str, subject: str, source: str
) -> None:
    fig = one_figure(extract, text)
    assert (fig.subject, fig.source) == (subject, source)


@pytest.mark.parametrize(
    ("text", "subject_start", "source"),
    [
        (
            "Nach ersten Schätzungen des Bauamts liegen die Kosten bei rund 12 Millionen Euro.",
            "Kosten",
            "Bauamt",
        ),
        (
            "Nach Berechnungen des Finanzamtes liegt der Ausfall bei 40 Millionen Euro.",
            "Ausfall",
            "Finanzamt",
        ),
    ],
)
def test_genitive_source_is_no_subject_and_reads_nominative(
    extract: Callable[..., ArticleExtraction], text: str, subject_start: str, source: str
) -> None:
    fig = one_figure(extract, text)
    assert fig.source == source
    assert (fig.subject or "").startswith(subject_start)


def test_damage_reports_of_two_sentences_share_a_topic(
    extract: Callable[..., ArticleExtraction],
) -> None:
    first = one_figure(
        extract,
        "Die Schäden nach dem Sturm sind hoch. Die Versicherer beziffern sie auf 90 Millionen Euro.",
    )
    second = one_figure(
        extract, "Nach Angaben der Versicherer liegen die Schäden bei 70 Millionen Euro."
    )
    assert first.subject == second.subject == "Schäden"
    assert subject_key_for(first.subject, first.unit) == subject_key_for(
        second.subject, second.unit
    )


def test_damage_with_and_without_its_place_is_one_topic() -> None:
    """Schaden/Schäden is one concept: "Schaden im Landkreis" (150 Mio.) and "Schäden" (300
    Mio.) are one topic whose reports compare, not two topics."""
    key = subject_key_for("Schäden", "Euro")
    assert key is not None
    assert subject_key_for("Schaden im Landkreis", "Euro") == key
    assert subject_key_for("Sachschäden", "Euro") == key
    assert subject_key_for("Kosten", "Euro") != key
