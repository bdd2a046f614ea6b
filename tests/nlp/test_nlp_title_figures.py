"""Headline figures: counted like body figures, but never turned into quotes."""

from __future__ import annotations

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor


def _article(title: str, body: str) -> ParsedArticle:
    return ParsedArticle("t.txt", "t.txt", title, None, None, (Paragraph(body),), "0")


def test_headline_figure_is_extracted_with_title_offsets(extractor: Extractor) -> None:
    title = "Frankreich bestätigt Lieferung von 2.000 Zelten"
    ex = extractor.extract(_article(title, "Die Regierung in Paris äußerte sich am Abend."))
    heads = [f for f in ex.figures if f.sentence_index == -1]
    assert len(heads) == 1
    fig = heads[0]
    assert (fig.value, fig.qualifier, fig.unit) == (2000, "exact", "Zelt")
    assert title[fig.start_char : fig.end_char] == fig.text
    assert fig.source == "Frankreich"


def test_headline_is_not_a_quote(extractor: Extractor) -> None:
    title = "Minister sagt, es gebe 500 neue Stellen"
    ex = extractor.extract(_article(title, "Das Wetter war am Montag gut."))
    assert ex.quotes == ()
    assert [f.value for f in ex.figures] == [500]


def test_headline_figures_come_before_body_figures(extractor: Extractor) -> None:
    ex = extractor.extract(_article("Rund 40 Busse fallen aus", "Betroffen sind 12 Linien."))
    assert [(f.value, f.sentence_index) for f in ex.figures] == [(40, -1), (12, 0)]
