"""A possessive according-to marker ("nach seinen Angaben", "ihren Worten zufolge") says whose
words the whole clause is: the person the quote stage resolved it to is the figure's
source, not the subject of a verb inside the clause ("ermitteln die Behörden"). Sentences
written for these tests (news_quotes_dev2 showed the defect)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[str | None]:
    return [f.source for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Oberstaatsanwältin Petra Lang zeigte sich zufrieden. Das Urteil sei ein Signal, "
            "sagte sie. Nach ihren Angaben ermitteln die Behörden gegen zwölf weitere Firmen.",
            "Petra Lang",
        ),
        (
            "Landrat Thomas Becker verteidigte den Plan. Die Kosten seien tragbar, sagte er. "
            "Nach seinen Angaben prüfen die Ämter derzeit mehr als 300 Anträge.",
            "Thomas Becker",
        ),
    ],
)
def test_possessive_marker_outranks_a_verb_in_its_clause(
    extract: Extract, text: str, source: str
) -> None:
    assert sources(extract, text)[-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "nach eigenen Angaben": the clause's own subject
        ("Das Rote Kreuz verteilte nach eigenen Angaben 4.000 Decken.", "Rotes Kreuz"),
        # a marker that names its source keeps it
        (
            "Nach Angaben der Polizei wurden am Abend zwölf Verdächtige festgenommen.",
            "Polizei",
        ),
    ],
)
def test_other_markers_keep_their_source(extract: Extract, text: str, source: str) -> None:
    assert sources(extract, text)[-1] == source
