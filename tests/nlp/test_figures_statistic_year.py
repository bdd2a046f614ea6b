"""A relative year ("im Vorjahr", "vor fünf Jahren") counts from the year of the statistic
the sentence before names, not from the article date: "Ende 2025 bezogen 5,9 Millionen
Menschen Leistungen. Im Vorjahr waren es 5,6 Millionen" is 2024 in an article of 2026.
Issue 12 (figure dates). German sentences written for these tests."""

from __future__ import annotations

import dataclasses
from datetime import date

from bot.nlp.figures.dates import figure_date
from bot.nlp.pipeline import Extractor
from tests.nlp.conftest import make_article

PUBLISHED = date(2026, 11, 20)


def test_vorjahr_counts_from_the_statistic_year_in_an_article(extractor: Extractor) -> None:
    text = (
        "Ende 2025 lebten in der Stadt 48.200 Menschen, wie das Landesamt mitteilte. "
        "Im Vorjahr waren es noch 47.900 gewesen, vor fünf Jahren 46.100."
    )
    article = dataclasses.replace(make_article(text), published=PUBLISHED)
    found = {f.value: f.refers_to for f in Extractor.extract(extractor, article).figures}
    assert found[47_900] == date(2024, 1, 1)
    assert found[46_100] == date(2020, 1, 1)


def test_a_statistic_year_in_the_sentence_before_anchors_the_relative_year() -> None:
    before = ["Der Umsatz des Vereins stieg 2024 auf 12 Millionen Euro."]
    sentence = "Im Vorjahr waren es 10 Millionen Euro."
    assert figure_date(sentence, before, PUBLISHED) == date(2023, 1, 1)


def test_without_a_statistic_year_the_article_date_counts() -> None:
    sentence = "Im Vorjahr waren es 10 Millionen Euro."
    assert figure_date(sentence, ["Der Umsatz stieg deutlich."], PUBLISHED) == date(2025, 1, 1)
    # a period start is no statistic's year
    before = ["Seit 2015 steigt die Zahl der Anträge."]
    assert figure_date(sentence, before, PUBLISHED) == date(2025, 1, 1)
    # two years before: no one statistic to count from
    before = ["Zwischen 2019 und 2023 sank die Zahl."]
    assert figure_date(sentence, before, PUBLISHED) == date(2025, 1, 1)
