"""Fixtures for the Discord transport tests (the fakes live in discord_fakes.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from discord_fakes import Complete, Dispatch, Harness, no_completions


@pytest.fixture
def make_harness() -> Callable[..., Awaitable[Harness]]:
    async def make(dispatch: Dispatch, complete: Complete = no_completions, **kw: Any) -> Harness:
        h = Harness(dispatch, complete, **kw)
        await h.setup()
        return h

    return make
