"""Tiers of one claim share its subject: "eine Provision von 3 Prozent bis zu einem Kaufpreis
von 1 Mio. Euro, 2 Prozent bis zu einem Kaufpreis von 5 Mio. Euro und 1 Prozent darüber"
states three rates of the one Provision, each under its condition. Read alone, the later
rates took the condition's noun ("Kaufpreis") or the clause's ("Makler") as their subject, and
the tiers fell apart over topics that mean something else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.models import Figure

_CONDITION_RE = re.compile(
    r"^\s*(?:bis(?:\s+zu)?|ab|über|unter|oberhalb|unterhalb|jenseits)\s[^;:!?]*?"
    r"(?:,|\bund\b|\boder\b|\bsowie\b)\s*$",
    re.IGNORECASE,
)

# Words before the values that make them depend on a case ("je nach Kaufpreis 3, 2 oder 1 Prozent").
_DEPENDS_RE = re.compile(r"\b(?:je\s+nach|abhängig\s+von|gestaffelt)\b", re.IGNORECASE)


def tier_subjects(figures: Sequence[Figure]) -> list[Figure]:
    """The figures with each tier after the first taking the first tier's subject: a value
    of the same unit in the same sentence that follows a value and its condition ("bis zu
    …", "ab …", "über …") and a comma or "und"/"oder"."""
    out = list(figures)
    last: dict[tuple[int, str | None], int] = {}
    for k, f in enumerate(figures):
        key = (f.sentence_index, f.unit)
        prev = last.get(key)
        last[key] = k
        if prev is None or f.unit is None:
            continue
        host = out[prev]
        start = host.sentence.find(host.text)
        at = host.sentence.find(f.text, start + len(host.text))
        if start < 0 or at < 0:
            continue
        if _CONDITION_RE.match(host.sentence[start + len(host.text) : at]):
            out[k] = replace(f, subject=host.subject, source=f.source or host.source)
    return out


def states_tiers(sentence: str, texts: Sequence[str]) -> bool:
    """Whether values stated one after another in a sentence are tiers of one claim: each
    but the last followed by its condition ("3 Prozent bis zu einem Kaufpreis von 1 Mio.
    Euro, 2 Prozent …"). "McCain mit 694 Stimmen gegenüber Huckabee mit 178" states two
    values of two things, not one value depending on the case."""
    at = 0
    ends: list[tuple[int, int]] = []
    for text in texts:
        start = sentence.find(text, at)
        if start < 0:
            return False
        ends.append((start, start + len(text)))
        at = start + len(text)
    if len(ends) < 2:
        return False
    if _DEPENDS_RE.search(sentence, 0, ends[0][0]):
        return True  # "je nach Kaufpreis 3 Prozent, 2 Prozent oder 1 Prozent"
    return all(_CONDITION_RE.match(sentence[a[1] : b[0]]) for a, b in pairwise(ends))
