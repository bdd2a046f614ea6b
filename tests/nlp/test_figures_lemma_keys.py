"""One topic for singular and plural of one thing, and what "N Prozent mehr X" measures (issue
12, QA flood story: "Soforthilfe" and "Soforthilfen" were two topics; "acht Prozent mehr Lohn"
had the subject "Gewerkschaft GDL"). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import one_figure

from bot.models import ArticleExtraction
from bot.store.repos.corpus import subject_key_for


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        (
            "Der Bund verspricht 20 Millionen Euro Wiederaufbauhilfe.",
            "Der Bund hat Wiederaufbauhilfen in Höhe von 20 Millionen Euro zugesagt.",
        ),
        (
            "Die Stadt zahlt eine Entschädigung von 3 Millionen Euro.",
            "Die Stadt zahlt Entschädigungen von 3 Millionen Euro.",
        ),
    ],
)
def test_singular_and_plural_share_a_topic(
    extract: Callable[..., ArticleExtraction], singular: str, plural: str
) -> None:
    one, other = one_figure(extract, singular), one_figure(extract, plural)
    assert one.subject != other.subject  # worded differently ...
    key = subject_key_for(one.subject, one.unit)
    assert key is not None
    assert key == subject_key_for(other.subject, other.unit)  # ... one topic


def test_different_things_keep_different_keys() -> None:
    assert subject_key_for("Soforthilfen", "Euro") != subject_key_for("Schäden", "Euro")


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        # a demand carries its kind: it is no report of the wage itself
        ("Die Gewerkschaft Verdi fordert sieben Prozent mehr Gehalt.", "Gehalt", "Verdi"),
        (
            "Der Betriebsrat verlangt zehn Prozent weniger Überstunden.",
            "Überstunden",
            "Betriebsrat",
        ),
    ],
)
def test_percent_more_measures_the_noun_after_it(
    extract: Callable[..., ArticleExtraction], text: str, subject: str, source: str
) -> None:
    fig = one_figure(extract, text)
    assert fig.unit == "Prozent"
    assert fig.subject == f"{subject} (Forderung)"
    assert source in (fig.source or "")


def test_a_concept_unknown_to_the_table_reads_in_its_dative_too(extractor) -> None:
    from tests.nlp.conftest import make_article

    [found] = extractor.extract(
        make_article("Die Suche nach den noch 120 Vermissten geht weiter.")
    ).figures
    assert (found.unit, found.subject) == ("Vermisste", "Vermisste")
