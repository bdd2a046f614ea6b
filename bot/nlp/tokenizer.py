"""Tokenizer fixes on top of blank("de") so that sentence and quote boundaries fall on token
boundaries: a sentence-final `10.000.` or `2024.` keeps its full stop apart, quote marks that
touch a word (`trainieren."Dies`) are split off, and `10.000–12.000` becomes a range."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

QUOTE_MARKS = '"„“”‚‘’«»‹›'

_EXTRA_SUFFIXES = [
    r"(?<=[0-9]{4})\.",  # 2024.
    r"(?<=[0-9]\.[0-9]{3})\.",  # 10.000.
    # a name spelt in mixed case never takes a full stop of its own (AfD, BfArM, GmbH), so a
    # stop after its capital ends the sentence; spaCy's rules split a stop off after a small
    # letter or two capitals only, and kept "der AfD. Der …" one sentence
    r"(?<=[a-zäöüß][A-ZÄÖÜ])\.",
]
_EXTRA_INFIXES = [
    r"(?<=\w)[.!?](?=[\"„“”»«])",  # trainieren."Dies: the full stop before the quote mark
    r"(?<=[\w.,!?])[\"„“”»«](?=[\w„\"])",  # the quote mark itself
    r"(?<=[0-9])[–—](?=[0-9])",  # 10.000–12.000
    r"(?<=\w)[\"“”»«](?=[.,;:!?])",  # erschöpft". : the quote mark before punctuation
    r"(?<=[\"“”»«])[.!?](?=[A-ZÄÖÜ])",  # ".Das : the full stop before the next sentence
    # „Bild“-Zeitung: a quoted name in a compound; the closing mark and the hyphen are tokens
    # of their own, so the name's quotation closes and the compound can be a speaker
    r"(?<=\w)[\"“”»«](?=-\w)",
    r"(?<=[\"“”»«])-(?=\w)",
]


# Chunks (text between spaces) whose tokens spaCy's tokenizer keeps. Its default of 10,000
# fills within a few hundred articles and is never emptied, so every chunk first seen after
# that (a fifth of a news article's chunks) ran the prefix, suffix and infix rules again on
# each article. An entry costs some 50 bytes; the result is the same with or without it.
TOKENIZER_CACHE = 200_000


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
    tokenizer.suffix_search = SuffixSearch(suffixes).search
    tokenizer.infix_finditer = InfixFinditer(infixes).finditer
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE)


class SuffixSearch:
    """spaCy's suffix search, giving the same match, with only the rules that can end in the
    word's last character.

    The suffix regex is one alternation of rules anchored at the end (`rule$`), and `search`
    tries all of them (some hundred, most behind a lookbehind, where Python's re has no
    shortcut) at each character of the word. A match ends at the word's end, so a rule whose
    last character cannot be the word's last one never matches: dropping it changes neither
    where the leftmost match starts nor which rule matches there. The last characters are
    read off the rules (`_edge_chars`); a rule it cannot read stays in every subset, and a
    word ending in a newline (where `$` also matches one character earlier) takes the full
    regex. One regex per set of rules, kept per last character met."""

    def __init__(self, entries: Sequence[str | re.Pattern[Any]]) -> None:
        self.full = compile_suffix_regex(entries)
        self.pattern = self.full.pattern  # spaCy serialises a tokenizer by __self__.pattern
        self.rules = [e for e in entries if _source(e).strip()]
        self.ends = [_edge_chars(_source(e) + "$", last=True) for e in self.rules]
        self.by_char: dict[str, re.Pattern[str] | None] = {}
        self.by_rules: dict[tuple[int, ...], re.Pattern[str]] = {}

    def search(self, text: str) -> re.Match[str] | None:
        if not text or text[-1] == "\n":
            return self.full.search(text)
        last = text[-1]
        try:
            regex = self.by_char[last]
        except KeyError:
            regex = self._for(last)
        return None if regex is None else regex.search(text)

    def _for(self, char: str) -> re.Pattern[str] | None:
        code = ord(char)
        chosen = tuple(
            k
            for k, ranges in enumerate(self.ends)
            if ranges is None or any(lo <= code <= hi for lo, hi in ranges)
        )
        regex = self.by_rules.get(chosen) if chosen else None
        if chosen and regex is None:
            if len(self.by_rules) >= _MAX_COMPILED:  # compiling costs milliseconds
                regex = self.full
            else:
                regex = self.by_rules[chosen] = compile_suffix_regex(
                    [self.rules[k] for k in chosen]
                )
        if len(self.by_char) >= _MAX_KEPT:
            self.by_char.clear()
        self.by_char[char] = regex
        return regex


class InfixFinditer:
    """spaCy's infix finditer with a gate: a word holding none of the characters an infix
    match can begin with ("Bundesregierung", "2024") has no infix, and one search for those
    characters costs far less than trying every infix rule at every position. When no rule
    begins with a letter or digit, a word of letters and digits only skips even that search.
    The characters are read off the rules themselves (`_edge_chars`); if one cannot be read,
    every word takes the full regex. (Compiling the rules a word's characters allow, per
    word shape, cost more in compiling than it saved.)"""

    def __init__(self, entries: Sequence[str | re.Pattern[Any]]) -> None:
        self.full = compile_infix_regex(entries)
        self.pattern = self.full.pattern  # spaCy serialises a tokenizer by __self__.pattern
        ranges = _edge_chars(self.full.pattern)
        self.gate = _char_class(ranges or [])
        self.alnum_free = self.gate is not None and not any(
            chr(c).isalnum() for lo, hi in ranges or [] for c in range(lo, hi + 1)
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.alnum_free and text.isalnum():
            return iter(())
        if self.gate is not None and self.gate.search(text) is None:
            return iter(())
        return self.full.finditer(text)


# last characters kept with their regex before the table starts anew, and how many rule
# subsets SuffixSearch compiles at most
_MAX_KEPT = 4096
_MAX_COMPILED = 64


def _source(entry: str | re.Pattern[Any]) -> str:
    return entry if isinstance(entry, str) else str(entry.pattern)


def _parser() -> Any:
    """Python's regex parser (re._parser: private, untyped, but stable since 3.11 and the only
    way to ask a pattern's width and first characters)."""
    return importlib.import_module("re._parser")


def _edge_chars(pattern: str, last: bool = False) -> list[tuple[int, int]] | None:
    """Code point ranges holding every character a match of `pattern` can begin with (or end
    with, `last`), or None when the pattern could match the empty string or uses a construct
    this does not read."""
    try:
        parser = _parser()
        parsed = parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE):
            return None
        items = list(parsed)
        if last and not (items and items[-1][0] is parser.AT):
            # a top-level alternative not anchored at the end ("a|b$") matches mid-word
            return None
        return _edge_of(parser, items, last)
    except Exception:  # a future Python's private parser: the full regex reads every word
        return None


def _edge_of(parser: Any, items: list[tuple[Any, Any]], last: bool) -> list[tuple[int, int]] | None:
    for op, av in reversed(items) if last else items:
        if op in (parser.ASSERT, parser.ASSERT_NOT, parser.AT):
            continue  # lookarounds and anchors consume nothing: the next item is the edge
        if op is parser.LITERAL:
            return [(av, av)]
        if op is parser.IN:
            return _class_ranges(parser, av)
        if op is parser.BRANCH:
            return _union([_edge_of(parser, list(alt), last) for alt in av[1]])
        if op is parser.SUBPATTERN and not av[1] and not av[2]:
            return _edge_of(parser, list(av[3]), last)
        if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] >= 1:
            return _edge_of(parser, list(av[2]), last)
        return None
    return None  # the pattern can end here without consuming: an empty match


def _class_ranges(parser: Any, members: list[tuple[Any, Any]]) -> list[tuple[int, int]] | None:
    out: list[tuple[int, int]] = []
    for op, av in members:
        if op is parser.LITERAL:
            out.append((av, av))
        elif op is parser.RANGE:
            out.append((av[0], av[1]))
        else:  # a negated class or a category such as \w: read as "could be anything"
            return None
    return out


def _union(parts: list[list[tuple[int, int]] | None]) -> list[tuple[int, int]] | None:
    out: list[tuple[int, int]] = []
    for part in parts:
        if part is None:
            return None
        out += part
    return out


def _char_class(ranges: list[tuple[int, int]]) -> re.Pattern[str] | None:
    """One character class for the ranges, overlapping ones merged (fewer ranges to test)."""
    merged: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    if not merged:
        return None
    return re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in merged) + "]")


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
