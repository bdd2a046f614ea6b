"""German extraction pipeline: `from bot.nlp import Extractor, build_pipeline`.

The implementation lives in `bot.nlp.pipeline`. It is loaded on first attribute access so
that importing a light helper such as `bot.nlp.names` (which the store and the chat handlers
use) never pays the seconds of importing spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.nlp.pipeline import Extractor, build_pipeline, speakers_of

_LAZY = {"Extractor", "build_pipeline", "speakers_of"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("bot.nlp.pipeline"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Extractor", "build_pipeline", "speakers_of"]
