"""Stage 0: quoted names. "Die Bürgerinitiative „Deichbau jetzt“ warf … vor": a short quoted
title right after an organisation noun is that organisation's name, not a direct quote; left
as quoted words it became the quote and the accusation's speaker moved to the accused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.nlp.quotes.grammar import QUOTE_CHARS
from bot.nlp.stage_records import TEXT_OF, Word

MAX_NAME_WORDS = 5
# a name ends where the sentence or clause goes on; these inside mean a statement
_NOT_IN_NAMES = frozenset({",", ".", ":", ";", "!", "?"})


def merge_quoted_names(words: Sequence[Word], is_head: Callable[[str], bool]) -> list[Word]:
    """The sentence's words with each quoted name after a group noun ("Verein „Pro Wald“")
    merged into one unquoted word written with its quotation marks; the noun-phrase chunker
    then reads it as part of the speaker. Quote texts are cut from the document by
    offsets, so nothing of the text is lost."""
    if QUOTE_CHARS.isdisjoint(map(TEXT_OF, words)):
        return list(words)  # most sentences: no quote mark, nothing to merge
    out: list[Word] = []
    k = 0
    while k < len(words):
        close = _name_end(words, k, is_head) if out else None
        if close is None:
            out.append(words[k])
            k += 1
            continue
        inner = " ".join(w.text for w in words[k + 1 : close])
        out.append(Word(f"{words[k].text}{inner}{words[close].text}", words[k].start,
                        words[close].end, False))  # fmt: skip
        k = close + 1
    return out


def _name_end(words: Sequence[Word], k: int, is_head: Callable[[str], bool]) -> int | None:
    """The index of the closing mark when words[k] opens a quoted name after a group noun:
    at most five words, the first capitalised, no clause punctuation, and the sentence goes
    on after it (a quotation ending the sentence or followed by a comma is a statement)."""
    if words[k].text not in QUOTE_CHARS or words[k].inq:
        return None
    genitive = _genitive_title_at(words, k)
    if not genitive and not is_head(words[k - 1].text):
        return None
    close = next(
        (m for m in range(k + 1, min(len(words), k + MAX_NAME_WORDS + 2)) if not words[m].inq),
        None,
    )
    if close is None or words[close].text not in QUOTE_CHARS or close == k + 1:
        return None
    inner = words[k + 1 : close]
    if not inner[0].text[:1].isupper() or any(w.text in _NOT_IN_NAMES for w in inner):
        return None
    after = words[close + 1].text if close + 1 < len(words) else "."
    return None if after in (".", "!", "?", ":", ",") and not genitive else close


def _genitive_title_at(words: Sequence[Word], k: int) -> bool:
    """ "einen Bericht des „Handelsblatts“", "ein Interview der „Zeit“": a quotation right
    after a genitive article that follows a noun is the title the noun phrase names, even at
    the sentence end; a statement never stands in that place."""
    return (
        k >= 2
        and words[k - 1].text in ("des", "der")
        and words[k - 2].text[:1].isupper()
        and words[k - 2].text.isalpha()
        and not words[k - 2].inq
    )
