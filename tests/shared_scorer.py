"""The shared scorer (`../shared/tools/score_extraction.py`) for the tests that score the
pipeline against gold annotations; they skip when `../shared` is not beside the checkout."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_extraction.py"


def load_scorer() -> ModuleType:
    """The scorer module; skips the calling test when it is not available."""
    if not SCORER.exists():
        pytest.skip("../shared/tools/score_extraction.py not available")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
