"""Bare numbers that restate an earlier figure: "Im vergangenen Jahr wurden 58.000 Anträge
gestellt, 2022 waren es noch 112.000." German leaves out the counted noun and says "es" with
a copula, so the second number counts what the first counted (at its own date). Without this
the number had no unit and no subject and never compared with the first.

Pure functions over tokens and the lexicon `figure_restated.tsv`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from bot.nlp.lexicons import rows


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(copulas, adverbs) from the lexicon."""
    table = rows("figure_restated.tsv")
    return (
        frozenset(r[1] for r in table if r[0] == "copula"),
        frozenset(r[1] for r in table if r[0] == "adverb"),
    )


def restates_earlier(toks: Sequence[_HasText], first_token: int) -> bool:
    """Whether the figure starting at `first_token` follows "es" and a copula in either order
    ("waren es noch 112.000", "es sind nur noch 40"), with only adverbs in between, and ends
    its clause: then it has no noun of its own."""
    copulas, adverbs = _words()
    k = first_token - 1
    while k >= 0 and toks[k].text.lower() in adverbs:
        k -= 1
    if k < 1:
        return False
    pair = (toks[k - 1].text.lower(), toks[k].text.lower())
    return (pair[0] in copulas and pair[1] == "es") or (pair[0] == "es" and pair[1] in copulas)
