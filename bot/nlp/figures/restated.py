"""Bare numbers that restate an earlier figure: "Im vergangenen Jahr wurden 58.000 Anträge
gestellt, 2022 waren es noch 112.000." German leaves out the counted noun and says "es" with
a copula, so the second number counts what the first counted (at its own date). Without this
the number had no unit and no subject and never compared with the first.

Two readings: a number right after the copula phrase (`restates_earlier`, while the figures of
a sentence are read), and any bare amount of a clause with a plural one ("Im Vorjahr waren es
noch 4.100, vor fünf Jahren knapp 3.000": `elided_counts`, over the document's figures).
Pure functions over tokens and the lexicon `figure_restated.tsv`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol

from bot.models import Figure
from bot.nlp.lexicons import rows

MAX_SENTENCES_BACK = 1


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


@cache
def _es_clause_re() -> re.Pattern[str]:
    """ "waren es" / "es waren" with a plural copula of the lexicon."""
    plural = "|".join(r[1] for r in rows("figure_restated.tsv") if r[0] == "copula" and r[2:])
    return re.compile(rf"\b(?:(?:{plural})\s+es|es\s+(?:{plural}))\b", re.I)


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


def elided_counts(figures: Sequence[Figure], text: str) -> list[Figure]:
    """A bare amount in an "es waren" clause ("Im Vorjahr waren es noch 5,6 Millionen
    gewesen, vor fünf Jahren knapp 3.000") counts what the figure before it in its sentence
    or the sentence before counted: it takes that figure's unit and subject, so the earlier
    value joins the topic's history (its date stays its own). Never across a paragraph
    break of `text`, the document's text; figures with a unit are left as they are."""
    out: list[Figure] = []
    for f in figures:
        if f.unit is None and _es_clause_re().search(f.sentence):
            prior = next(
                (
                    p
                    for p in reversed(out)
                    if p.unit
                    and f.sentence_index - p.sentence_index <= MAX_SENTENCES_BACK
                    and "\n\n" not in text[p.end_char : f.start_char]
                ),
                None,
            )
            if prior is not None:
                f = replace(f, unit=prior.unit, subject=prior.subject)
        out.append(f)
    return out
