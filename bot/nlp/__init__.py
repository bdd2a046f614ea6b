"""German extraction pipeline (CONTRACT SKELETON - the NLP helper fills it in; keep the names).

build_pipeline() returns spaCy's blank("de") (or an installed trained pipeline named by config
nlp.model) with Lagebild's registered components; Extractor.extract() turns a ParsedArticle into
plain dataclasses (bot.models.ArticleExtraction). Blocking: call from a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.models import ArticleExtraction, ParsedArticle

if TYPE_CHECKING:
    from spacy.language import Language


def build_pipeline(model: str = "blank") -> Language:
    raise NotImplementedError


class Extractor:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def extract(self, article: ParsedArticle) -> ArticleExtraction:
        raise NotImplementedError
