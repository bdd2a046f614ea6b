"""Gapped conjuncts: "Die Polizei sprach von etwa 1.200 Teilnehmern, die Veranstalter von mehr
als 5.000." The second number has no noun and no verb of its own; German leaves out what the
first conjunct said. Its source is the second conjunct's own subject (the organisers), what it
counts is the first conjunct's noun, so the two claims compare as one subject."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import takewhile
from pathlib import Path
from typing import Protocol

from bot.nlp.figures.phrases import predicate_concept

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_gapping.tsv"
MAX_SUBJECT_WORDS = 3


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(articles, prepositions) from the lexicon."""
    rows = [
        ln.split("\t")
        for ln in _LEXICON.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    return (
        frozenset(w for k, w in rows if k == "det"),
        frozenset(w for k, w in rows if k == "prep"),
    )


def closes_conjunct(toks: Sequence[_HasText], first_token: int, last_token: int) -> int | None:
    """The comma opening the conjunct that a figure (tokens first_token..last_token) closes
    (", die Veranstalter von mehr als 5.000.", ", laut Veranstaltern 6.000."), or None when
    the figure does not end a clause that follows a comma."""
    after = toks[last_token + 1 :]
    if after and after[0].text not in (".", ";", "!", ")"):
        return None
    return next((k for k in range(first_token - 1, -1, -1) if toks[k].text == ","), None)


def conjunct_source(
    toks: Sequence[_HasText], first_token: int, number_token: int, last_token: int | None = None
) -> str | None:
    """The own subject of the gapped conjunct a figure closes ("Veranstalter" in ", die
    Veranstalter von mehr als 5.000" and in ", die Veranstalter 1.000" (with an article,
    the verb and its preposition both left out), "Polizei" in ", die Polizei von 4.000
    Demonstranten";
    `last_token` is the figure's last token, its counted noun), or None when the figure is not
    such a conjunct."""
    comma = closes_conjunct(toks, first_token, number_token if last_token is None else last_token)
    if comma is None:
        return None
    dets, preps = _words()
    span = [t.text for t in toks[comma + 1 : first_token]]
    if not span:
        return None
    if span[-1] in preps:
        span = span[:-1]
    elif span[0] not in dets:
        return None  # without "von" only "die Veranstalter 1.000": the article says subject
    if span and span[-1][:1].islower():  # its own verb: "die Bahn sprach von 6.000"
        span = span[:-1]
    if span and span[0] in dets:
        span = span[1:]
    if not 1 <= len(span) <= MAX_SUBJECT_WORDS or not all(w[:1].isupper() for w in span):
        return None
    return " ".join(span)


# "350 Gebäude, 40 davon", "118 Menschen, 35 von ihnen": a part of the group counted before.
_PARTITIVES = (("davon",), ("von", "ihnen"), ("von", "denen"), ("darunter",))
# the same before the number: "9.400 Menschen, davon 3.100 in Deutschland", "darunter 300"
_PARTITIVES_BEFORE = frozenset({"davon", "darunter"})
MAX_ELLIPSIS_WORDS = 2


def names_a_part(toks: Sequence[_HasText], after: int) -> bool:
    """Whether a partitive follows the number ending before `after` ("sieben von ihnen",
    "drei davon"): the number counts a part of a group counted before it."""
    low = tuple(t.text.lower() for t in toks[after : after + 2])
    return any(low[: len(p)] == p for p in _PARTITIVES)


def counts_a_part(toks: Sequence[_HasText], first_token: int, number_token: int) -> bool:
    """Whether a bare number counts a part of what the figure before it counts: a partitive
    after or before it ("40 davon", "35 von ihnen", "davon 3.100") or a clause after a comma that only adds an adverb
    ("48 Abgeordnete stimmten dagegen, 39 dafür"). Its unit is the earlier figure's; it is a
    different group of that unit, so it takes no subject of its own (no topic)."""
    low = [t.text.lower() for t in toks[number_token + 1 : number_token + 3]]
    if any(tuple(low[: len(p)]) == p for p in _PARTITIVES):
        return True
    if first_token > 0 and toks[first_token - 1].text.lower() in _PARTITIVES_BEFORE:
        return True  # "9.400 Menschen, davon 3.100 in Deutschland"
    if first_token == 0 or toks[first_token - 1].text != ",":
        return False
    rest = [t.text for t in toks[number_token + 1 :]]
    k = 0
    while k < len(rest) and k < MAX_ELLIPSIS_WORDS and rest[k][:1].islower():
        k += 1
    return k > 0 and (k == len(rest) or rest[k] in (".", ";", "!", ","))


MAX_PART_WORDS = 2


def part_words(toks: Sequence[_HasText], number_token: int) -> list[str]:
    """The lower-case words a part adds after its partitive up to a punctuation mark ("18
    davon schwer" -> ["schwer"], "sieben von ihnen schwer"), [] when it adds none
    or more than a couple (a clause of its own: "drei von ihnen schweben in Lebensgefahr")."""
    low = [t.text.lower() for t in toks[number_token + 1 :]]
    part = next((p for p in _PARTITIVES if tuple(low[: len(p)]) == p), None)
    if part is None:
        return []
    rest = low[len(part) :]
    words = list(takewhile(str.isalpha, rest))
    ends = len(words) == len(rest) or rest[len(words)] in _PART_ENDS
    return words if ends and 1 <= len(words) <= MAX_PART_WORDS else []


_PART_ENDS = frozenset({",", ".", ";", "!", ":"})


class _Word:
    """A bare token for the predicate lexicon."""

    def __init__(self, text: str) -> None:
        self.text = text


def part_concept(toks: Sequence[_HasText], first_token: int, number_token: int) -> str | None:
    """What a part of a count is, from its own words and the participle of the clause
    before it (lexicons/figure_predicates.tsv): "31 Menschen wurden verletzt, 18 davon
    schwer" -> "schwer verletzt" -> Schwerverletzte, a topic apart from the 31 Verletzte.
    None when the part's words make no concept with any word before it other than that
    word's own ("drei davon mittelschwer": not "Verletzte", the whole count's topic)."""
    words = part_words(toks, number_token)
    if not words:
        return None
    for tok in toks[:first_token]:
        if tok.text[:1].islower():
            concept = predicate_concept([_Word(w) for w in (*words, tok.text)])
            if concept is not None and concept != predicate_concept([tok]):
                return concept  # the part's words make the concept, not the verb alone
    return None


def conjunct_marker(
    toks: Sequence[_HasText],
    first_token: int,
    last_token: int,
    attributions: Sequence[tuple[int, str | None]],
) -> str | None:
    """The source an attribution marker names inside the conjunct a figure closes (",
    laut Veranstaltern 6.000.", ", nach Angaben der Polizei waren es 2.000."): that conjunct
    reports its own number, whoever the sentence's first clause cites."""
    comma = closes_conjunct(toks, first_token, last_token)
    if comma is None:
        return None
    inside = [s for k, s in attributions if s and comma < k < first_token]
    return inside[-1] if inside else None
