"""Outliers stated after a range are a note to that one claim ("Provisionen zwischen 0 und 8
Prozent, gelegentlich auch 10 oder 12 Prozent" is 0 to 8 Prozent with two exceptions, not
four values that compete as the current one). The openers are in
lexicons/figure_outliers.tsv."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from bot.models import Figure

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_outliers.tsv"
_FILLERS = re.compile(r"^(?:auch|sogar|aber|bis zu|noch|und|oder|bzw\.|sowie)\s+")


@cache
def _openers() -> tuple[str, ...]:
    lines = _LEXICON.read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _gap(text: str) -> str:
    """The words between two figures without punctuation and filler words, lower case."""
    gap = re.sub(r"[,;:()–-]", " ", text).lower().split()
    rest = " ".join(gap)
    while (m := _FILLERS.match(rest + " ")) is not None and rest:
        rest = (rest + " ")[m.end() :].strip()
    return rest


def fold_outliers(figures: Sequence[Figure]) -> list[Figure]:
    """The figures with the outliers after a range folded into it: the range's text runs to
    the last outlier (so the note stays with the claim), the outliers are no figures of their
    own. A value after an opener ("gelegentlich auch 10 Prozent") is an outlier; so is one
    joined to an outlier by "oder"/"und" ("10 oder 12 Prozent")."""
    out: list[Figure] = []
    for f in figures:
        last = out[-1] if out else None
        if last is not None and _outlier_of(last, f):
            start = last.sentence.find(last.text)
            end = last.sentence.find(f.text, start + len(last.text)) + len(f.text)
            out[-1] = replace(
                last,
                text=last.sentence[start:end],
                end_char=last.start_char + (end - start),
            )
            continue
        out.append(f)
    return out


def _outlier_of(host: Figure, f: Figure) -> bool:
    """Whether `f` is an outlier of the range (or range with outliers) `host` before it."""
    if host.qualifier != "range" or host.sentence_index != f.sentence_index:
        return False
    if host.unit != f.unit or f.qualifier not in ("exact", "approx", "at_most"):
        return False
    start = host.sentence.find(host.text)
    at = host.sentence.find(f.text, start + len(host.text))
    if start < 0 or at < 0:
        return False
    gap = _gap(host.sentence[start + len(host.text) : at])
    folded = "," in host.text  # an outlier is already part of it: "oder 12 Prozent"
    if folded and gap == "":
        return True
    return any(
        gap == o or (gap.startswith(o + " ") and _gap(gap[len(o) :]) == "") for o in _openers()
    )
