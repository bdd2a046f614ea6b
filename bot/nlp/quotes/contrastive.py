"""Stage 3, contrastive clauses: "Anders als die Regierung behauptet, sind die Preise
gestiegen". The cue of such a clause names whose words the sentence contradicts, so it makes
no attribution at all (it gave the statement to the government, the reverse of its meaning).
The openers are the lexicon `quote_contrast_openers.txt`.
"""

from __future__ import annotations

from collections.abc import Sequence

# auxiliaries that may follow a verb-final cue ("anders als X behauptet hatte")
AUXILIARIES = frozenset(
    {"hat", "hatte", "habe", "hätte", "haben", "hatten", "ist", "war", "sei", "wird", "wurde",
     "worden", "sind", "waren", "können", "konnte", "kann", "will", "wollte"}
)  # fmt: skip
# words that end the clause an opener governs: after them the cue is in another clause
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "–"})


def closes_clause(texts: Sequence[str], cue: int) -> bool:
    """Whether the cue is the verb at the end of its clause (past auxiliaries): in "Anders
    als sein Vorgänger sagte der Minister, …" the cue is the main verb, no contrast clause."""
    k = cue + 1
    while k < len(texts) and texts[k].lower() in AUXILIARIES:
        k += 1
    return k >= len(texts) or texts[k] in CLAUSE_ENDS


def contrastive(texts: Sequence[str], cue: int, openers: Sequence[tuple[str, ...]]) -> bool:
    """Whether the cue at `cue` ends a clause an opener starts ("anders als X behauptet,",
    "im Gegensatz zu dem, was X sagt,"): no clause end between opener and cue."""
    if not closes_clause(texts, cue):
        return False
    low = [t.lower() for t in texts[: cue + 1]]
    for opener in openers:
        n = len(opener)
        for start in range(0, cue - n + 1):
            if tuple(low[start : start + n]) != opener:
                continue
            if not any(t in CLAUSE_ENDS for t in low[start + n : cue]):
                return True
    return False


def opener_rows(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """The lexicon's openers as word tuples."""
    return tuple(tuple(r[0].lower().split()) for r in rows)
