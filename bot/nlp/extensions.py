"""The Doc extensions shared by the quote and figure components (see the pipeline contract)."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("article_date", "quotes", "figures", "sections")


def register_extensions() -> None:
    """Idempotent: both components and build_pipeline call it; defaults are None so that a
    component can tell "not set by the Extractor" from "empty"."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
