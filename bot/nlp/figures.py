"""spaCy component `lagebild_figures`: reported figures (numbers that count or measure)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _ensure_extensions() -> None:
    """Register the shared Doc extensions if the pipeline module has not done so yet, so the
    component also works in a bare blank("de") + sentencizer pipeline (tests, scoring)."""
    for name in ("article_date", "quotes", "figures", "sections"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class FiguresComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        _ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = []
        return doc


@Language.factory("lagebild_figures")
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)
