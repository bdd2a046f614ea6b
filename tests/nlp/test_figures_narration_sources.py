"""The words around a direct quotation are the writer's narration: a number there (the
speaker's age, the size of a group the speaker belongs to) is not the speaker's figure.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> dict[str, str | None]:
    return {f.text: f.source for f in extract(text).figures}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("„Das war ein schlimmes Jahr für uns alle“, meint der 56-jährige Landwirt.", "56-jährige"),
        (
            "Einer der 13 beteiligten Polizisten sagte: „Ich habe so etwas noch nie gesehen.“",
            "13 beteiligten Polizisten",
        ),
        ("Der 23-jährige Stürmer gab bekannt: „Ich bleibe in Mainz.“", "23-jährige"),
        (
            "Am Abend versammelten sich tausende von Fans, die riefen: „Wir sind die Meister!“",
            "tausende von Fans",
        ),
    ],
)
def test_number_outside_a_direct_quote_has_no_speaker(
    extract: Extract, text: str, figure: str
) -> None:
    assert sources(extract, text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # inside the quotation: the speaker's own figure
        ("„Wir haben 30 Tote gezählt“, sagte Einsatzleiter Jan Roth.", "30 Tote", "Jan Roth"),
        # an indirect statement keeps its speaker
        (
            "Einsatzleiter Jan Roth sagte, man habe 30 Tote gezählt.",
            "30 Tote",
            "Jan Roth",
        ),
    ],
)
def test_the_speakers_own_figure_keeps_him(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert sources(extract, text)[figure] == source
