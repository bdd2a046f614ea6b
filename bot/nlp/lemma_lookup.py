"""spaCy's German lookup lemmatizer, read once per process and shared by the figure rules,
the quote rules' verb tests and the store's subject keys. It sits below both rule packages,
so neither imports the other for it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

Lemmatize = Callable[[str], str | None]


@cache
def lookup_table() -> Any:
    """spaCy's German `lemma_lookup` table (355k forms), loaded once per process on first use
    (about a second): the figure component and the subject keys share it, so the first
    article with a figure subject no longer pays a second load (and memory) mid-extraction."""
    from spacy.lookups import load_lookups

    return load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def table_lemmatize() -> Lemmatize:
    """A lemmatizer over the lookup table, loaded on first use (about a second)."""
    return memo_lemmatize(lookup_table())


# words whose lemma a lemmatizer remembers before it starts anew
MEMO_WORDS = 1 << 18


def memo_lemmatize(table: Any) -> Lemmatize:
    """A lemmatizer over spaCy's lookup `table` (None for a form it lacks) that remembers
    its answers: the table hashes the word in Python on every lookup, and the figure rules
    ask about the same few thousand words in every article. The table never changes, so
    the answers are the table's own; bounded, cleared when full."""
    memo: dict[str, str | None] = {}

    def lemmatize(word: str) -> str | None:
        if word in memo:
            return memo[word]
        value = table.get(word)
        found = value if isinstance(value, str) else None
        if len(memo) >= MEMO_WORDS:
            memo.clear()
        memo[word] = found
        return found

    return lemmatize
