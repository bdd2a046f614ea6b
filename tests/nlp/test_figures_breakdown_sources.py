"""A continuation word ("davon", "von ihnen", "darunter") after a figure of its own sentence
breaks that figure down; it does not go on with the report of the sentence before, so the
sentence's figures keep no source of their own (issue 12, session 14: figures given the
previous sentence's speaker where the gold has none). German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def source_of(ex: ArticleExtraction, text: str) -> str | None:
    return next(f for f in ex.figures if text in f.text).source


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Die Stadtwerke warnen vor steigenden Preisen. Rund 80.000 Haushalte in Kassel "
            "heizen mit Gas, 12.000 davon in der Innenstadt.",
            ("80.000 Haushalte", "12.000"),
        ),
        (
            "Das Landratsamt rät zur Vorsicht beim Baden. Seit Juli sind 23 Kinder an einem "
            "Magen-Darm-Infekt erkrankt, neun von ihnen werden im Krankenhaus behandelt.",
            ("23 Kinder", "neun"),
        ),
        (
            "Der Zoo kritisiert die Kürzungen. 40 Tierpfleger arbeiten dort, darunter "
            "zwölf Auszubildende.",
            ("40 Tierpfleger",),
        ),
    ],
)
def test_a_breakdown_of_the_sentences_own_figure_is_no_report(
    extract: Extract, text: str, figures: tuple[str, ...]
) -> None:
    ex = extract(text)
    assert [source_of(ex, f) for f in figures] == [None] * len(figures)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the continuation word opens the sentence: it points back
        (
            "Das Jobcenter zählte im Oktober 5.300 Arbeitslose. Davon waren 1.900 "
            "länger als ein Jahr ohne Stelle.",
            "1.900",
            "Jobcenter",
        ),
        # "darin" is in the document the sentence before named
        (
            "Die Stadtwerke Rheinau meldeten am Montag in ihrem Geschäftsbericht einen Gewinn "
            "von 14 Millionen Euro. Die Investitionen werden darin auf 30 Millionen Euro "
            "beziffert, ein Drittel davon fließt ins Stromnetz.",
            "30 Millionen Euro",
            "Stadtwerke Rheinau",
        ),
    ],
)
def test_a_continuation_before_the_sentences_figures_keeps_the_report(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source


def test_where_the_continuation_word_stands_decides() -> None:
    from bot.nlp.figures.dates import points_before

    sentence = "Rund 900 Betriebe antworteten, 300 davon aus dem Handwerk."
    assert not points_before(sentence, [9, 34])
    assert points_before("Davon waren 1.900 länger ohne Stelle.", [17])
    assert points_before(sentence)  # no figures: it can only point back
