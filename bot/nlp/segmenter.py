"""Rule-based German sentence segmentation (component `lagebild_sentences`).

blank("de")'s sentencizer glues an opening quote after a full stop to the previous sentence
and never sees paragraph breaks; quote attribution depends on sentences that start where the
quoted statement starts, so the rules here track quote marks per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.lexicons import words as lexicon_words
from bot.nlp.tokenizer import QUOTE_MARKS

OPENING = frozenset("„»‚‹")
CLOSING = frozenset("“”‘’")
AMBIGUOUS = frozenset("\"«›'")
TERMINAL = frozenset({".", "!", "?", "…", "?!", "!!", "...", "!?"})
# abbreviations the tokenizer keeps whole that may end a sentence
CLOSING_ABBREVIATIONS = frozenset({"usw.", "etc.", "Co."})


def quote_role(mark: str, inside: bool) -> str:
    """'open' or 'close' for a quote mark, given whether a quotation is currently open."""
    if mark in OPENING and not (mark == "»" and inside):
        return "open"
    if mark in CLOSING:
        # German „…“ closes with “, but English-style text opens with “ as well
        return "close" if inside else "open"
    return "close" if inside else "open"


def _starts_sentence(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in QUOTE_MARKS or c in "([-–"


def ends_at_abbreviation(word: str, following: str, openers: frozenset[str]) -> bool:
    """Whether a sentence ends with the abbreviation `word` the tokenizer kept whole: an
    initial or a closing abbreviation before a capitalised function word that opens
    sentences ("auf der Plattform X. Laut …", "Möbel usw. Die …"), never before a name
    ("John F. Kennedy")."""
    initial = len(word) == 2 and word[0].isupper() and word[1] == "."
    if not (initial or word in CLOSING_ABBREVIATIONS):
        return False
    return following[:1].isupper() and following.lower() in openers


_NUMBER_STOP = re.compile(r"^\d[\d.,]*\d\.$|^\d\.$")


def number_stops(words: list[str], openers: frozenset[str]) -> list[int]:
    """Indices of number tokens whose trailing full stop ends a sentence: the tokenizer keeps
    "76." whole, as it must for ordinals and dates ("am 3. Oktober", "der 76. Geburtstag"),
    but an ordinal is never followed by a capitalised function word that opens sentences,
    so "stieg auf 76. Die Polizei …" and "lag bei 1,2. Laut …" end a sentence at the number,
    as the end of a paragraph does.
    Read as one sentence, the next sentence's speaker and figures were the number's."""
    out = []
    for i, w in enumerate(words):
        if w[-1:] != "." or not _NUMBER_STOP.match(w):
            continue
        following = words[i + 1] if i + 1 < len(words) else "\n"
        if following.isspace() and "\n" in following:
            out.append(i)  # the paragraph's end: "schätzte die Zahl auf 400."
        elif following[:1].isupper() and following.lower() in openers:
            out.append(i)
    return out


def sentence_starts(words: list[str], openers: frozenset[str] = frozenset()) -> list[bool]:
    """Sentence-start flags for tokens given as text; pure so tests can drive it directly.
    `openers`: the function words after which an abbreviation ends a sentence."""
    n = len(words)
    starts = [False] * n
    if n:
        starts[0] = True
    inside = False
    i = 0
    while i < n:
        w = words[i]
        if w.isspace():
            if "\n" in w:
                inside = False
                j = i + 1
                if j < n:
                    starts[j] = True
            i += 1
            continue
        if len(w) == 1 and w in QUOTE_MARKS:
            role = quote_role(w, inside)
            inside = role == "open"
            i += 1
            continue
        if (
            w[-1] == "."
            and len(w) > 1
            and i + 1 < n
            and ends_at_abbreviation(w, words[i + 1], openers)
        ):
            starts[i + 1] = True
        if w in TERMINAL:
            j = i + 1
            # closing quote marks directly after the stop belong to this sentence
            while j < n and len(words[j]) == 1 and words[j] in QUOTE_MARKS and inside:
                inside = False
                j += 1
            k = j
            while k < n and words[k].isspace() and "\n" not in words[k]:
                k += 1
            if k < n and not words[k].isspace() and _starts_sentence(words[k]):
                starts[k] = True
            i = j
            continue
        i += 1
    return starts


class SentenceSegmenter:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.openers: frozenset[str] = frozenset()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """Read the sentence openers (lexicon sentence_openers.txt)."""
        self.openers = lexicon_words("sentence_openers.txt")

    def __call__(self, doc: Doc) -> Doc:
        from bot.nlp.doc_arrays import set_sentence_starts, token_table

        words, _, _ = token_table(doc)
        stops = number_stops(words, self.openers)
        if stops:
            _split_stops(doc, stops)
            words, _, _ = token_table(doc)
        set_sentence_starts(doc, sentence_starts(words, self.openers))
        return doc


def _split_stops(doc: Doc, stops: list[int]) -> None:
    """Split each number token of `stops` into the number and its full stop, so that the
    stop ends the sentence and the figure rules read a cardinal, not an ordinal."""
    with doc.retokenize() as retokenizer:
        for i in stops:
            token = doc[i]
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])


@Language.factory("lagebild_sentences", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter(nlp, name)
