"""The `lagebild extract --format json` contract of DESIGN.md, in one place (the CLI and the
evaluation script both print it).

A figure from an unnamed source is "anonymous" with its description in `source_role`, as a
quote's speaker is: the stage keeps the description as the figure's source ("Polizeisprecher",
"Sicherheitskreise") so that replies can show it, and the contract's `source` says who it is,
namely no one named."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.models import ArticleExtraction, Figure
from bot.nlp.figures.sources import ANONYMOUS, is_unnamed_source


def _num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _meta(pairs: tuple[tuple[str, str], ...], key: str) -> str | None:
    """A front-matter or sidecar value (url, author): kept as pairs on the article."""
    return next((value for k, value in pairs if k == key and value), None)


def figure_source(source: str | None) -> tuple[str | None, str | None]:
    """A figure's `source` and `source_role` in the contract: an unnamed source's description
    ("Polizeisprecher") is its role, and its source "anonymous"."""
    if is_unnamed_source(source):
        return ANONYMOUS, source
    return source, None


def _figure_json(f: Figure) -> dict[str, Any]:
    """One figure in the contract's shape; its source is split once into name and role."""
    source, source_role = figure_source(f.source)
    return {
        "value": _num(f.value),
        "value_max": _num(f.value_max),
        "qualifier": f.qualifier,
        "unit": f.unit,
        "subject": f.subject,
        "text": f.text,
        "source": source,
        "source_role": source_role,
        "date": f.refers_to.isoformat() if f.refers_to else None,
        "sentence": f.sentence,
    }


def extraction_to_json(ex: ArticleExtraction) -> dict[str, Any]:
    a = ex.article
    return {
        "file": a.file,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "outlet": a.outlet,
        "url": _meta(a.meta, "url"),
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "kind": q.kind,
                "act": q.act,
                "target": q.target,
                "text": q.text,
                "cue": q.cue,
                "sentence": q.sentence,
            }
            for q in ex.quotes
        ],
        "figures": [_figure_json(f) for f in ex.figures],
    }


def corpus_to_json(extractions: Iterable[ArticleExtraction]) -> dict[str, Any]:
    return {"articles": [extraction_to_json(ex) for ex in extractions]}
