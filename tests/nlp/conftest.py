"""One pipeline for the whole NLP test directory: building it loads lemma tables (seconds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle, Section
from bot.nlp import Extractor, build_pipeline


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


def make_article(text: str, sections: list[Section] | None = None) -> ParsedArticle:
    blocks = [b.strip() for b in text.strip().split("\n\n")]
    secs = sections or ["report"] * len(blocks)
    paras = tuple(Paragraph(b, s) for b, s in zip(blocks, secs, strict=True))
    return ParsedArticle("t.txt", "t.txt", "Titel", None, None, paras, "0")


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., ArticleExtraction]:
    def run(text: str, sections: list[Section] | None = None) -> ArticleExtraction:
        return extractor.extract(make_article(text, sections))

    return run
