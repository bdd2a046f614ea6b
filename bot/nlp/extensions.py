"""The Doc extensions the pipeline's stages pass on (see the pipeline contract):
`article_date`, `sections` (set by the Extractor), `mentions` (lagebild_mentions),
`attributions` (lagebild_attribution), `quotes` and `plans` (lagebild_quotes), `figures`
(lagebild_figures)."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "article_date",
    "sections",
    "mentions",
    "attributions",
    "quotes",
    "plans",
    "figures",
)


def register_extensions() -> None:
    """Idempotent: every component and build_pipeline call it; defaults are None so that a
    component can tell "not set by the Extractor" from "empty"."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
