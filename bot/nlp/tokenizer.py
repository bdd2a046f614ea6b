"""Tokenizer fixes on top of blank("de") so that sentence and quote boundaries fall on token
boundaries: a sentence-final `10.000.` or `2024.` keeps its full stop apart, quote marks that
touch a word (`trainieren."Dies`) are split off, and `10.000–12.000` becomes a range."""

from __future__ import annotations

from typing import Any

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

QUOTE_MARKS = '"„“”‚‘’«»‹›'

_EXTRA_SUFFIXES = [
    r"(?<=[0-9]{4})\.",  # 2024.
    r"(?<=[0-9]\.[0-9]{3})\.",  # 10.000.
]
_EXTRA_INFIXES = [
    r"(?<=\w)[.!?](?=[\"„“”»«])",  # trainieren."Dies: the full stop before the quote mark
    r"(?<=[\w.,!?])[\"„“”»«](?=[\w„\"])",  # the quote mark itself
    r"(?<=[0-9])[–—](?=[0-9])",  # 10.000–12.000
    r"(?<=\w)[\"“”»«](?=[.,;:!?])",  # erschöpft". : the quote mark before punctuation
    r"(?<=[\"“”»«])[.!?](?=[A-ZÄÖÜ])",  # ".Das : the full stop before the next sentence
]


def customize_tokenizer(nlp: Language) -> None:
    """Add the extra suffix and infix rules (idempotent: rules already present are skipped)."""
    suffixes = list(nlp.Defaults.suffixes or [])
    for rule in _EXTRA_SUFFIXES:
        if rule not in suffixes:
            suffixes.append(rule)
    infixes = list(nlp.Defaults.infixes or [])
    for rule in _EXTRA_INFIXES:
        if rule not in infixes:
            infixes.append(rule)
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# the lexical attributes Lagebild's own components read (figures/component.py: IS_SPACE); see lean_lexemes
_READ_LEX_ATTRS = (IS_SPACE,)


def lean_lexemes(nlp: Language) -> None:
    """Compute only the lexical attributes our components read when spaCy meets a new word.

    blank("de") fills some twenty attributes per new word form (shape, prefix, suffix, norm,
    like_num, is_stop, ...) through Python callbacks: that cost about a tenth of extraction
    time over a corpus of unseen articles, for attributes no Lagebild component reads. Only for
    the blank pipeline: a trained pipeline's own components (tok2vec) read them as features."""
    vocab: Any = nlp.vocab  # the stubs lack the Cython attribute
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {a: getters[a] for a in _READ_LEX_ATTRS if a in getters}
