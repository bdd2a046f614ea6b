"""The tokenizer's faster suffix search and infix gate (bot/nlp/tokenizer.py) must split every
word exactly as spaCy's plain regexes do: same suffix, same infixes, so that no sentence or
quote boundary moves. Checked on words that stress the shortcuts (long runs of dots, units
after digits, quote marks inside words, a final newline) and on many random words."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.util import compile_infix_regex, compile_suffix_regex

from bot.nlp.tokenizer import (
    _EXTRA_INFIXES,
    _EXTRA_SUFFIXES,
    InfixFinditer,
    SuffixSearch,
    customize_tokenizer,
)

_DEFAULTS = spacy.blank("de").Defaults
SUFFIXES = [*(_DEFAULTS.suffixes or []), *_EXTRA_SUFFIXES]
INFIXES = [*(_DEFAULTS.infixes or []), *_EXTRA_INFIXES]

# words where choosing rules by the last character or gating on the first characters could
# go wrong: long suffixes, units after digits, lookbehinds, a final newline, symbols
TRICKY = [
    "Ende" + "." * 40,
    "x" * 30 + "...",
    "2024.",
    "10.000.",
    "12km²",
    "30°C.",
    "US$",
    "5US$",
    'trainieren."Dies',
    'erschöpft".',
    "10.000–12.000",
    "Bundesregierung",
    "Corona-Krise",
    "a\n",
    "Wort.\n",
    "…" * 12,
    "",
    "Preis:5€",
    "Zahl\n",
    "Ende)\n",
    "x°",
    "©",
]

_ALPHABET = [*"aZß0129.,;:!?…\"„“”»«'’-–—/°CkmhT%€$+()[]\n x", "km", "°C", "...", "US$"]


def _random_words(n: int) -> list[str]:
    rnd = random.Random(11)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 16))) for _ in range(n)]


@pytest.fixture(scope="module")
def searches() -> tuple[SuffixSearch, InfixFinditer]:
    return SuffixSearch(SUFFIXES), InfixFinditer(INFIXES)


@pytest.mark.parametrize("word", TRICKY)
def test_tricky_words_split_as_with_the_plain_regexes(
    word: str, searches: tuple[SuffixSearch, InfixFinditer]
) -> None:
    suffix, infix = searches
    plain_suffix = compile_suffix_regex(SUFFIXES).search(word)
    fast_suffix = suffix.search(word)
    assert (fast_suffix and fast_suffix.span()) == (plain_suffix and plain_suffix.span())
    plain_infixes = [m.span() for m in compile_infix_regex(INFIXES).finditer(word)]
    assert [m.span() for m in infix.finditer(word)] == plain_infixes


def test_random_words_split_as_with_the_plain_regexes(
    searches: tuple[SuffixSearch, InfixFinditer],
) -> None:
    suffix, infix = searches
    plain_suffix = compile_suffix_regex(SUFFIXES)
    plain_infix = compile_infix_regex(INFIXES)
    for word in _random_words(10000):
        plain = plain_suffix.search(word)
        fast = suffix.search(word)
        assert (fast and fast.span()) == (plain and plain.span()), word
        assert [m.span() for m in infix.finditer(word)] == [
            m.span() for m in plain_infix.finditer(word)
        ], word


def test_plain_words_skip_the_infix_rules(searches: tuple[SuffixSearch, InfixFinditer]) -> None:
    # the gate is what saves the time: it must know letters and digits start no infix
    _, infix = searches
    assert infix.gate is not None
    assert infix.gate.search("Bundesregierung2024") is None
    assert infix.gate.search("Corona-Krise") is not None


def test_sentence_tokens_unchanged() -> None:
    text = 'Er sagte: „Wir trainieren."Dies kostete 10.000–12.000 Euro im Jahr 2024.\nEnde.....'
    fast = spacy.blank("de")
    customize_tokenizer(fast)
    plain = spacy.blank("de")
    tokenizer = plain.tokenizer
    tokenizer.suffix_search = compile_suffix_regex(SUFFIXES).search
    tokenizer.infix_finditer = compile_infix_regex(INFIXES).finditer
    assert [t.text for t in fast.make_doc(text)] == [t.text for t in plain.make_doc(text)]
    assert "2024" in [t.text for t in fast.make_doc(text)]  # the sentence's full stop split off


def test_tokenizer_still_serialises() -> None:
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    assert nlp.tokenizer.to_bytes()


def test_a_rule_not_anchored_at_the_end_is_tried_on_every_word() -> None:
    """spaCy joins the rules as `rule$`: a rule with a top-level alternation ("ab|c") then
    matches its first branch anywhere in the word, so no last character rules it out."""
    rules = [*SUFFIXES, "xy|q"]
    plain = compile_suffix_regex(rules)
    fast = SuffixSearch(rules)
    for word in ("abxyz", "qq", "xyq", "Wort.", "axyb"):
        want = plain.search(word)
        got = fast.search(word)
        assert (got and got.span()) == (want and want.span()), word


def test_an_unreadable_rule_falls_back_to_the_full_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.nlp.tokenizer as tokenizer

    def broken() -> object:  # a future Python whose private parser moved
        raise ImportError("re._parser")

    monkeypatch.setattr(tokenizer, "_parser", broken)
    fast = SuffixSearch(SUFFIXES)
    plain = compile_suffix_regex(SUFFIXES)
    for word in TRICKY:
        assert (fast.search(word) and fast.search(word).span()) == (  # type: ignore[union-attr]
            plain.search(word) and plain.search(word).span()  # type: ignore[union-attr]
        ), word


def test_tokenizer_keeps_more_chunks_than_spacys_default() -> None:
    """spaCy keeps the tokens of at most 10,000 distinct chunks and never empties that table:
    past it, every new word ran the affix rules again on each article (issue 11)."""
    nlp = spacy.blank("de")
    default = nlp.tokenizer.max_cache_size
    customize_tokenizer(nlp)
    assert nlp.tokenizer.max_cache_size >= 10 * default


def test_cached_chunks_tokenize_as_fresh_ones() -> None:
    """More distinct chunks than spaCy's default table holds, read twice: the second reading
    (served from the cache) splits every chunk as a tokenizer that caches nothing does."""
    words = [f"Wort{k}," if k % 3 else f"„Zitat{k}“." for k in range(12_000)]
    text = " ".join(words)
    cached = spacy.blank("de")
    customize_tokenizer(cached)
    fresh = spacy.blank("de")
    customize_tokenizer(fresh)
    fresh.tokenizer.max_cache_size = 0
    first = [t.text for t in cached.make_doc(text)]
    again = [t.text for t in cached.make_doc(text)]
    assert again == first == [t.text for t in fresh.make_doc(text)]
    assert again[:3] == ["„", "Zitat0", "“"]
