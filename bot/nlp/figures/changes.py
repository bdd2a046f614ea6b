"""Amounts of a change: "eine Erhöhung der Löhne um 8 Prozent" measures the increase of the
wages, not the clause's subject ("Verdi fordert …"); and the increase groups with "6,8 Prozent
mehr Lohn" because both compare the wages. Pure functions over a sentence's tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Protocol

from bot.nlp.figures.words import FigureMatch

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_change_nouns.tsv"
_MIN_STEM = 3


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def change_nouns() -> tuple[str, ...]:
    """The change nouns of the lexicon, lower case (read once per process)."""
    lines = _LEXICON.read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def change_of(word: str) -> tuple[str, str] | None:
    """(changed stem, change noun) of a change noun: "Lohnerhöhung" -> ("Lohn", "erhöhung"),
    "Erhöhung" -> ("", "erhöhung"); None for any other word. Plurals ("Erhöhungen") count."""
    low = word.lower()
    for noun in sorted(change_nouns(), key=len, reverse=True):
        for form in (noun, noun + "en", noun + "e", noun + "s"):
            if low.endswith(form):
                stem = word[: len(word) - len(form)].rstrip("-")
                if stem and len(stem) < _MIN_STEM:
                    continue  # "Absenkung" is no change of an "Ab"
                return stem[:1].upper() + stem[1:], noun
    return None


def _is_noun(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def changed_subject(toks: Sequence[_HasText], first: int) -> str | None:
    """The change an amount after "um" measures ("eine Erhöhung der Löhne um 8 Prozent" ->
    "Erhöhung der Löhne", "die Lohnerhöhung um 5 Prozent" -> "Lohnerhöhung"), or None when the
    word before "um" is no change noun ("im Vergleich zum Vorjahr um 5 Prozent")."""
    k = first - 1
    if k < 1 or toks[k].text.lower() != "um":
        return None
    before = toks[k - 1].text
    if change_of(before) is not None:
        return before
    # "Erhöhung der (tariflichen) Löhne um": a change noun with its genitive owner.
    j = k - 1
    while j > 0 and toks[j].text.lower() not in ("der", "des"):
        if j < k - 3 or not toks[j].text.isalpha():
            return None
        j -= 1
    if j < 1 or not _is_noun(before) or change_of(toks[j - 1].text) is None:
        return None
    return " ".join(t.text for t in toks[j - 1 : k])


def changed_owner(words: Sequence[str]) -> list[str] | None:
    """The changed thing of a change subject, which the topic key groups by: "Erhöhung der
    Löhne" -> ["Löhne"], "Lohnerhöhung" -> ["Lohn"]; None when the subject names no change
    of a named thing ("Erhöhung" alone)."""
    head = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if head is None:
        return None
    found = change_of(words[head])
    if found is None:
        return None
    stem, _ = found
    if stem:
        return [stem]
    rest = list(words[head + 1 :])
    if len(rest) >= 2 and rest[0] in ("der", "des"):
        return rest[1:]
    return None


def _from_to(toks: Sequence[_HasText], a: FigureMatch, b: FigureMatch) -> bool:
    """Whether two figures read "von A auf B" with A a bare number."""
    return (
        a.first_token > 0
        and toks[a.first_token - 1].text.lower() == "von"
        and b.first_token == a.number_token + 2
        and toks[a.number_token + 1].text.lower() == "auf"
    )


def old_values_measured(toks: Sequence[_HasText], matches: list[FigureMatch]) -> list[FigureMatch]:
    """ "sanken von 114 auf 99 Euro", "von 6,1 auf 5,8 Prozent": German names the unit and
    the measured thing once, after the new value. The old value measures the same, so the
    bare number before "auf" takes the unit and subject of the value after it; alone it was
    a number of nothing, and the subject's history lacked the value it changed from."""
    out = list(matches)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        # "von 0 auf 100 km/h" is an acceleration, not a value the measure had
        if a.unit is None and b.unit is not None and a.value and _from_to(toks, a, b):
            out[k] = replace(a, unit=b.unit, subject=b.subject)
    return out
