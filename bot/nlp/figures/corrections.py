"""Correction notices: "In einer früheren Fassung hieß es, 27 Menschen seien verletzt worden.
Richtig ist: 19." A newsroom that corrects a number repeats the superseded one; kept as a
figure, it stood against the corrected one as "widersprüchliche Angaben: 27 vs 19". The
superseded number is no claim, so it is no figure: in a sentence that corrects something
(lexicon `figure_corrections.tsv`), a number it negates ("nicht 27, sondern 19", "19 und
nicht 27") is dropped, and in a sentence that reports an earlier version, so are its numbers
before the word that turns to the right value ("richtig", "tatsächlich", "sondern").

Pure functions over a sentence's tokens; the lexicon is read once per process."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from bot.nlp.figures.words import FigureMatch
from bot.nlp.lexicons import rows


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """kind -> its phrases as lower-case word tuples."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for kind, phrase in rows("figure_corrections.tsv"):
        out.setdefault(kind, []).append(tuple(phrase.split()))
    return {kind: tuple(found) for kind, found in out.items()}


@cache
def _openers() -> frozenset[str]:
    """The first words of all phrases: a sentence without one corrects nothing."""
    return frozenset(p[0] for found in _phrases().values() for p in found)


_WORD_RE = re.compile(r"[\wäöüß]+\.?|\S")


def _words(toks: Sequence[_HasText]) -> list[str]:
    """The sentence's words in lower case, split as the lexicon writes them ("Red.:" ->
    "red.", ":")."""
    return [w for t in toks for w in _WORD_RE.findall(t.text.lower())]


def _at(words: Sequence[str], phrase: tuple[str, ...]) -> int:
    """The index of the first word after `phrase` in `words`, or -1."""
    n = len(phrase)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == phrase:
            return i + n
    return -1


def _first(words: Sequence[str], kind: str) -> int:
    """Where the first phrase of `kind` ends in `words` (-1 when none is there)."""
    found = [k for p in _phrases().get(kind, ()) if (k := _at(words, p)) >= 0]
    return min(found, default=-1)


def current_values(toks: Sequence[_HasText], matches: Sequence[FigureMatch]) -> list[FigureMatch]:
    """The matches without the numbers a correction notice supersedes (module docstring); the
    matches as found in any sentence that corrects nothing."""
    if not matches:
        return list(matches)
    words = _words(toks)
    if _openers().isdisjoint(words):
        return list(matches)  # the common case, one set test instead of a scan per phrase
    earlier = _first(words, "earlier") >= 0
    if not earlier and _first(words, "notice") < 0:
        return list(matches)
    turn = _turn(toks) if earlier else -1
    return [
        m
        for m in matches
        if not _negated(toks, m) and not (earlier and (turn < 0 or m.number_token < turn))
    ]


def _negated(toks: Sequence[_HasText], m: FigureMatch) -> bool:
    """Whether "nicht" stands right before the number ("nicht 27"); "nicht mehr als 27"
    bounds a number, it does not deny it."""
    k = m.first_token
    return k == m.number_token and k > 0 and toks[k - 1].text.lower() == "nicht"


def _turn(toks: Sequence[_HasText]) -> int:
    """The token index of the first word that turns to the right value, or -1."""
    current = {p[0] for p in _phrases().get("current", ())}
    return next((i for i, t in enumerate(toks) if t.text.lower().rstrip(":") in current), -1)
