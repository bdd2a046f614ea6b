"""One reply, one corpus version: a reload that commits while a reply is being built is not
seen half-way (issue 10: /figures mixed two versions in 15 of 8,000 replies)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.store.repos.figures import FigureRepo
from bot.store.repos.quotes import QuoteRepo


def _swap_before_first_call(
    monkeypatch: pytest.MonkeyPatch,
    repo: type,
    method: str,
    swap: Callable[[], Awaitable[Any]],
) -> None:
    """Commit `swap` (a real corpus apply) just before the handler's first call of `method`:
    the moment between two reads of one reply that a concurrent reload can hit."""
    original = getattr(repo, method)
    state = {"swapped": False}

    async def reads_after_a_swap(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not state["swapped"]:
            state["swapped"] = True
            await swap()
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(repo, method, reads_after_a_swap)


async def test_figures_reply_during_a_reload_is_entirely_the_old_corpus(
    ask, text_of, reload_without, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = text_of(await ask("figures", subject="Soldaten"))
    assert "mehr als 10.000" in before
    _swap_before_first_call(
        monkeypatch, FigureRepo, "for_subject", lambda: reload_without("003_front.txt")
    )
    during = text_of(await ask("figures", subject="Soldaten"))
    assert during == before
    after = text_of(await ask("figures", subject="Soldaten"))
    assert "mehr als 10.000" not in after  # the next reply sees the new corpus


async def test_who_said_reply_during_a_reload_is_entirely_the_old_corpus(
    ask, text_of, reload_without, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = text_of(await ask("who_said", speaker="Lloyd Austin"))
    assert "gefährliche Entwicklung" in before
    _swap_before_first_call(
        monkeypatch, QuoteRepo, "by_speaker", lambda: reload_without("001_kirby.txt")
    )
    during = text_of(await ask("who_said", speaker="Lloyd Austin"))
    assert during == before
    assert "gefährliche Entwicklung" not in text_of(await ask("who_said", speaker="Lloyd Austin"))
