"""The throughput benchmark is a script, not a package module: its tests load it by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bench() -> ModuleType:
    """bench/extract_throughput.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "extract_throughput", ROOT / "bench" / "extract_throughput.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod
