"""Unnamed sources of figures ("aus Sicherheitskreisen", "ein Sprecher", "Diplomaten zufolge").

A quote from an unnamed source has the speaker "anonymous" and its description in
`speaker_role`. A figure has only `source` (DESIGN.md contract), so it keeps the description
there, in the nominative ("Sicherheitskreise"), and the handlers show it as an unnamed source
with that description; "anonymous" stays for a source that is not described at all ("Ersten
Angaben zufolge"). Pure functions over words and the lexicon file; no spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_unnamed_sources.tsv"
ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class _Unnamed:
    nouns: frozenset[str]
    suffixes: tuple[str, ...]


@cache
def _lexicon() -> _Unnamed:
    rows = [
        ln.split("\t")
        for ln in _LEXICON.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    return _Unnamed(
        nouns=frozenset(r[1] for r in rows if r[0] == "noun"),
        suffixes=tuple(r[1] for r in rows if r[0] == "suffix"),
    )


def _unnamed_noun(word: str) -> bool:
    lex = _lexicon()
    return word in lex.nouns or (len(word) > 8 and word.lower().endswith(lex.suffixes))


def is_unnamed_source(source: str | None) -> bool:
    """Whether a figure's source is a description of an unnamed source ("Sicherheitskreise",
    "Sprecher", "ranghoher Beamter"), not a name: every capitalised word is an unnamed-source
    noun (a name after the role, "Sprecher John Kirby", names someone)."""
    if not source or source == ANONYMOUS:
        return False
    nouns = [w for w in source.split() if w[:1].isupper()]
    return bool(nouns) and all(_unnamed_noun(w) for w in nouns)


def unnamed_description(words: Sequence[str]) -> str | None:
    """The nominative description of an unnamed source phrase without its article ("einem
    Sprecher" -> "Sprecher", "Sicherheitskreisen" -> "Sicherheitskreise"), or None when the
    phrase names someone."""
    text = " ".join(words)
    if not is_unnamed_source(text):
        return None
    out = [w[:-1] if w.endswith("kreisen") else w for w in words]
    return " ".join(out)


def description_of_role(role: str | None) -> str:
    """An anonymous quote's speaker_role as a figure source: its description when it
    describes an unnamed source ("Sicherheitskreisen" -> "Sicherheitskreise"), else
    "anonymous" ("ersten Angaben" describes no one)."""
    if not role:
        return ANONYMOUS
    return unnamed_description(role.split()) or ANONYMOUS
