"""A counting or measuring verb that stands last in a subordinate clause ("…, nachdem die
Klinik 40 Fälle zählte", "…, wie der Wetterdienst 120 Liter registrierte") has its subject
right after the conjunction; the phrase before the verb is what was counted. Issue 12 (figure
sources on unseen text: no source in verb-final clauses). Sentences written for these tests."""

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
            "Die Lage spitzte sich zu, nachdem die Uniklinik am Montag 40 neue Fälle zählte.",
            40,
            "Uniklinik",
        ),
        (
            "Die Grippewelle rollt weiter, wie das Gesundheitsamt in der Vorwoche 312 "
            "Erkrankungen registrierte.",
            312,
            "Gesundheitsamt",
        ),
        (
            "Die Straßen standen unter Wasser, weil der Wetterdienst binnen einer Stunde 48 "
            "Liter Regen maß.",
            48,
            "Wetterdienst",
        ),
        (
            "Der Andrang war groß, als die Polizei am Nachmittag rund 6.500 Teilnehmer zählte.",
            6_500,
            "Polizei",
        ),
    ],
)
def test_the_subject_after_the_conjunction_counted(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an object after the conjunction counts nothing
        ("Der Ärger wuchs, nachdem den Anwohnern 30 Parkplätze fehlten.", 30),
        # a pronoun names no one
        ("Die Sorge wuchs, nachdem sie 25 neue Fälle zählte.", 25),
    ],
)
def test_no_subject_after_the_conjunction_no_source(
    extract: Extract, text: str, value: float
) -> None:
    assert source_of(extract, text, value) is None


def test_contrasted_counts_keep_their_own_counters(extract: Extract) -> None:
    """ "Während X von … sprach, zählte Y …": each count is its own counter's, never the
    counted people's ("Teilnehmern") nor the other clause's."""
    text = "Während die Polizei von 2.000 Teilnehmern sprach, zählten die Veranstalter 5.000."
    assert [source_of(extract, text, v) for v in (2_000, 5_000)] == ["Polizei", "Veranstalter"]
