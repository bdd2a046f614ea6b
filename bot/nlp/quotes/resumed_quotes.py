"""A direct quote the cue interrupts: „Wir werden“, sagte sie, „nicht nachgeben.“ The cue
clause after the first part attributes both parts, but a quote is one span of text, so the
second part was lost. It is the same speaker's direct quote with the same cue. Pure functions
over a sentence's words."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.grammar import QUOTE_CHARS
from bot.nlp.stage_records import Word

OPENING_MARKS = frozenset('„»"')


def resumed_part(words: Sequence[Word], first_end: int) -> tuple[int, int] | None:
    """The word range of the quotation that resumes after the cue clause: the first opening
    mark after a comma behind character `first_end` (where the first quoted part ended), with
    every word from there to the sentence's end inside the quotation. None when the sentence
    goes on unquoted (then the cue clause is no interruption)."""
    n = len(words)
    k = next(
        (
            i
            for i in range(1, n - 1)
            if words[i].start > first_end
            and words[i].text in OPENING_MARKS
            and words[i - 1].text == ","
        ),
        None,
    )
    if k is None:
        return None
    rest = [w for w in words[k + 1 :] if w.text not in QUOTE_CHARS and w.text not in ".!?"]
    if len(rest) < 2 or not all(w.inq for w in rest):
        return None
    return k, n
