"""Stage 3b, coordinated sources of an according-to marker: "Laut Polizei und Feuerwehr
wurden drei Menschen verletzt", "Polizei und Feuerwehr zufolge …". Each source gets its own
quote; reading only the first left "und Feuerwehr" at the head of the statement (and "X und
… zufolge" gave "Polizei und" to the statement). Pure: the marker stage passes its parser.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.nlp.speakers import NP

Parse = Callable[[list[str], int, int], NP | None]
# words that join two sources of one marker
JOINERS = frozenset({"und", "sowie"})
# words that end a clause: a source before them closes the marker phrase
ENDS = frozenset({",", ";", ":", ".", "!", "?", "–", "(", ")"})


# finite auxiliaries of a perfect: the subject stands before them, the cue closes the clause
PERFECT_FINITE = frozenset({"hat", "hatte", "haben", "hatten", "hätten"})


def perfect_after(texts: Sequence[str], k: int, c: int) -> bool:
    """Whether a subject ending at `k` is followed by the finite auxiliary of the cue's
    perfect at `c` ("Mitarbeiter und Mitarbeiterinnen hatten dem Intendanten in einem
    Brief vorgeworfen, …"): the coordinated phrase is the cue's subject, and a name in the
    middle field ("hatten Albers vorgeworfen") is its object, never the speaker. The cue must
    be the participle closing that clause, right before its comma."""
    return (
        k < c
        and texts[k].lower() in PERFECT_FINITE
        and c + 1 < len(texts)
        and texts[c + 1] in (",", ":")
    )


def _masculine_stem(noun: str) -> str:
    """ "Ärzte" -> "ärzt", "Kollegen" -> "kolleg", "Mitarbeiter" -> "mitarbeiter"."""
    low = noun.lower()
    for ending in ("en", "e", "n"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            return low[: -len(ending)]
    return low


def _head(name: str) -> str:
    """The head noun of a description: the last word before a genitive or prepositional
    tail ("Ärzte der Klinik" -> "Ärzte")."""
    words = name.split()
    k = next((n for n, w in enumerate(words) if n > 0 and w.islower()), len(words))
    return words[k - 1]


def gender_pair(first: NP, second: NP) -> NP | None:
    """ "Mitarbeiterinnen und Mitarbeiter", "Ärzte und Ärztinnen": the feminine and the
    masculine plural of one noun name one group, which says one thing (two quotes would
    split it into two speakers). The pair as one plural phrase, or None for two sources."""
    if not all(np.kind in ("description", "name") and not np.org for np in (first, second)):
        return None  # a bare plural may read as a name: "Ärzte der Klinik"
    a, b = _head(first.name), _head(second.name)
    fem, masc = (a, b) if a.lower().endswith("innen") else (b, a)
    if not fem.lower().endswith("innen") or fem.lower()[:-5] != _masculine_stem(masc):
        return None
    name = f"{first.name} und {second.name}"
    mention = f"{first.mention} und {second.mention}"
    return NP(first.start, second.end, "description", name, None, False, mention, plural=True)


def _source(np: NP | None) -> bool:
    """Whether a parsed phrase can be a second source (somebody named or described)."""
    return np is not None and np.kind in ("name", "description")


def _closes(texts: Sequence[str], k: int, end: int, initial: bool) -> bool:
    """Whether the marker phrase may end at `k`: a sentence-initial marker is followed by
    the V2 verb; elsewhere only a clause end or one verb-final word may follow ("wurden laut
    Polizei und Feuerwehr verletzt."), so that "laut Polizei, und Touristen können …" does
    not make the tourists a source."""
    if initial or k >= end or texts[k] in ENDS:
        return True
    return texts[k].islower() and (k + 1 >= end or texts[k + 1] in ENDS)


def after(
    texts: list[str], np: NP, span: tuple[int, int], end: int, parse: Parse
) -> tuple[tuple[NP, ...], tuple[int, int]]:
    """ "laut X und Y": the second source after the first, and the marker span grown over it."""
    s0, s1 = span
    if np.end != s1 or s1 + 1 >= end or texts[s1].lower() not in JOINERS:
        return (), span
    second = parse(texts, s1 + 1, end)
    if second is None or not _source(second) or not _closes(texts, second.end, end, s0 == 0):
        return (), span
    return (second,), (s0, second.end)


def before(
    texts: list[str], np: NP, span: tuple[int, int], parse: Parse
) -> tuple[tuple[NP, ...], tuple[int, int]]:
    """ "X und Y zufolge": the first source before the joiner, and the span grown over it."""
    s0, s1 = span
    j = np.start - 1
    if np.start != s0 or j < 1 or texts[j].lower() not in JOINERS:
        return (), span
    for start in range(j - 1, max(-1, j - 6), -1):
        if texts[start] in ENDS:
            break
        first = parse(texts, start, j)
        if first is not None and first.end == j and _source(first):
            return (first,), (start, s1)
    return (), span


def coordinated(
    texts: list[str], np: NP, span: tuple[int, int], end: int, parse: Parse
) -> tuple[tuple[NP, ...], tuple[int, int]]:
    """The other sources coordinated with a marker's source, and the marker's grown span."""
    also, grown = after(texts, np, span, end, parse)
    if also:
        return also, grown
    return before(texts, np, span, parse)
