"""A generic organisation noun ("der Verband", "das Unternehmen", "das Institut") that finds
no name of its own kind before it means the institution its paragraph opens with: news names
an organisation when a paragraph turns to it and then calls it by its kind (news_quotes_dev4:
"Der Deutsche Städtetag warnte … heißt es in einer Mitteilung des Verbands"). Where the
paragraph opens with no institution the noun stays as written. Sentences of a strike and a
hospital wave written for these tests."""

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
            "Die Kliniken im Land sind voll.\n\n"
            "Die Deutsche Krankenhausgesellschaft schlägt Alarm. Bundesweit fehlten derzeit "
            "rund 4.000 Pflegekräfte, schätzt der Verband.",
            4000,
            "Deutsche Krankenhausgesellschaft",
        ),
        (
            "Der Streik trifft vor allem Pendler.\n\n"
            "Auch der Deutsche Städtetag meldete sich zu Wort. Die Ausfälle kosteten die "
            "Kommunen nach Angaben des Verbands rund 12 Millionen Euro am Tag.",
            12_000_000,
            "Deutscher Städtetag",
        ),
    ],
)
def test_the_noun_means_the_institution_its_paragraph_opens_with(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the paragraph opens with a person: no institution to point back to
        (
            "Der Streik trifft vor allem Pendler.\n\n"
            "Die Landrätin Petra Vogel rief zur Einigung auf. Rund 30.000 Pendler seien "
            "betroffen, schätzt der Verband.",
            30_000,
            "Verband",
        ),
        # the paragraph opens with a time phrase, not an organisation
        (
            "Der Streik trifft vor allem Pendler.\n\n"
            "Am Montag fielen viele Züge aus. Rund 800 Verbindungen seien gestrichen worden, "
            "teilte das Unternehmen mit.",
            800,
            "Unternehmen",
        ),
    ],
)
def test_without_an_institution_the_noun_stays_as_written(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source
