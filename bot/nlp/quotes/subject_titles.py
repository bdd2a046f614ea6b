"""Stage 3a, media as subjects: a medium written as its quoted title or as a news agency's
lower-case short name, standing as the subject before its cue. "Der „Spiegel“ berichtet, …",
"Wie die „Süddeutsche Zeitung“ meldet, …", "Die taz vermutet, dass …", "Wie dpa meldet, …".
The noun-phrase chunker reads neither a quotation nor a lower-case word as a name, and the
cue's clause stops at a quotation mark, so these subjects were lost.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.quotes.grammar import QUOTE_CHARS, SUBORDINATORS
from bot.nlp.speakers import NP

# the article of a title in the nominative: "Der „Spiegel“", "Die „Zeit“", "Das „Handelsblatt“"
NOMINATIVE_TITLE_ARTICLES = frozenset({"der", "die", "das"})
# the words of a title between its quotation marks
MAX_TITLE_WORDS = 5
# punctuation that makes a quotation a statement, not a title
_NOT_IN_TITLES = frozenset({",", ".", ":", ";", "!", "?"})


def _opens_clause(texts: list[str], s: int) -> bool:
    """Whether a subject at `s` opens its clause: the sentence start, a comma, or a
    subordinator ("Wie die „Welt“ berichtet", "…, dass die „Zeit“ schreibt"). After a
    preposition or a noun the title is an object or a genitive ("Gegenüber der „Welt“
    sagte …", "Einem Bericht der „Welt“ zufolge")."""
    return s == 0 or texts[s - 1] == "," or texts[s - 1].lower() in SUBORDINATORS


def quoted_title_before(texts: list[str], a: int, is_somebody: Callable[[str], bool]) -> NP | None:
    """The medium "Der „Spiegel“" whose title closes right before the clause start `a` of a
    cue (the clause starts after a quotation mark): an article in the nominative opening its
    clause, then a short capitalised quotation without clause punctuation. A title whose
    words name nobody by themselves keeps its quotation marks ("„Welt“"), as after the cue.
    A quotation without the article ("„Wir bleiben“ sagte er") is a statement."""
    close = a - 1
    if close < 3 or texts[close] not in QUOTE_CHARS:
        return None
    lo = max(-1, close - MAX_TITLE_WORDS - 2)
    opening = next((k for k in range(close - 1, lo, -1) if texts[k] in QUOTE_CHARS), None)
    if opening is None or opening == close - 1 or opening < 1:
        return None
    inner = texts[opening + 1 : close]
    if not inner[0][:1].isupper() or any(t in _NOT_IN_TITLES for t in inner):
        return None
    s = opening - 1
    if texts[s].lower() not in NOMINATIVE_TITLE_ARTICLES or not _opens_clause(texts, s):
        return None
    name = " ".join(inner)
    name = name if is_somebody(name) else f"„{name}“"
    return NP(s, a, "name", name, None, True, " ".join(texts[s:a]))


def medium_subject(
    texts: list[str],
    s: int,
    c: int,
    agencies: frozenset[str],
    is_somebody: Callable[[str], bool],
) -> NP | None:
    """A medium as the subject at `s`, with or without its article: a news agency or paper
    written in lower case ("Die taz vermutet", "Wie dpa meldet": lexicon class `agency` of
    according_words.tsv, the words "laut dpa" reads), or a quoted title the stage before
    merged into one word ("Wie der „Spiegel“ berichtete" after a capitalised word). The
    phrase ends at the medium; the subject reader checks the words up to the cue."""
    k = s + 1 if texts[s].lower() in NOMINATIVE_TITLE_ARTICLES else s
    if k >= c or not _opens_clause(texts, s):
        return None
    word = texts[k]
    if word.lower() in agencies:
        return NP(s, k + 1, "name", word, None, True, " ".join(texts[s : k + 1]))
    merged = len(word) > 2 and word[0] in QUOTE_CHARS and word[-1] in QUOTE_CHARS
    if not (merged and k > s and word[1:2].isupper()):
        return None
    name = word[1:-1] if is_somebody(word[1:-1]) else word
    return NP(s, k + 1, "name", name, None, True, " ".join(texts[s : k + 1]))
