"""An institution whose German name does not spell its acronym ("Vereinte Nationen" / "UN",
"Weltgesundheitsorganisation" / "WHO") is a figure's source by the name the article wrote,
when it wrote that name too (news_quotes_dev, news_quotes_dev3); an article that writes only
the acronym keeps it. Sentences of a flood and an epidemic written for these tests."""

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
            "Die Vereinten Nationen haben Hilfe für die Flutgebiete zugesagt. Nach UN-Angaben "
            "sind mehr als 2 Millionen Menschen obdachlos.",
            2_000_000,
            "Vereinte Nationen",
        ),
        (
            "Die Weltgesundheitsorganisation warnt vor einer neuen Welle. Laut WHO "
            "erkrankten im vergangenen Monat 45.000 Kinder an Masern.",
            45_000,
            "Weltgesundheitsorganisation",
        ),
    ],
)
def test_the_acronym_takes_the_name_the_article_wrote(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


def test_an_acronym_alone_stays_as_written(extract: Extract) -> None:
    text = "Laut WHO erkrankten im vergangenen Monat 45.000 Kinder an Masern."
    assert source_of(extract, text, 45_000) == "WHO"
