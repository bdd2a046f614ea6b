"""Part-of-speech tags from HanTa (the Hanover Tagger) for candidate sentences only.

blank("de") has no tagger, so the quote rules tell a name from a noun and a particle from a
preposition by word lists and position. HanTa (LGPL-3.0+, a dependency, never vendored; its
German model ships with the package) tags what the lists cannot know ("der bekannten Kneipe":
an attributive participle, not the verb "bekannten"; "Dschaarar al-Mussawi" NE NE; "vor"
PTKVZ), but runs at only ~4-8k tokens/s, 30-60x slower than the rest of the pipeline. So:

- the pipeline factory owns one `PosTagger` (built in the stages' `initialize()` when config
  `nlp.pos_tagger` is "hanta"), never a module-level tagger;
- the rules ask it only about candidate sentences (a cheap word test first), and a sentence is
  tagged once: tags are cached by the sentence's words (bounded LRU; the attribution and quote
  stages read a sentence more than once);
- without the package (or with "none") there is no tagger and every rule keeps its word-list
  answer.

The helpers below are pure functions of the tags (STTS as HanTa writes it at taglevel 0:
"NE", "NN", "ADJ(A)", "PTKVZ", "VV(FIN)" ...).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Literal

log = logging.getLogger(__name__)

PosTaggerName = Literal["hanta", "none"]
POS_TAGGERS: tuple[str, ...] = ("hanta", "none")

# Sentences whose tags are kept. A sentence is read by the attribution stage and again by the
# quote stage, and a re-ingested article repeats its sentences; a few thousand cover both.
CACHE_SIZE = 4096
# words on each side of the one asked about that the tagger reads (PosTagger.tag_at)
WINDOW = 2
# HanTa's German model, shipped inside the package
HANTA_MODEL = "morphmodel_ger.pgz"

# tags of a noun phrase's words: article, attributive adjective, nouns, names, foreign words
_NP_TAGS = frozenset({"ART", "ADJ(A)", "NN", "NE", "NNA", "FM", "CARD", "PPOSAT"})
_HEAD_TAGS = frozenset({"NN", "NE", "NNA", "FM"})
_NAME_TAGS = frozenset({"NE", "FM"})
# tags of words that can name somebody: nouns, names, foreign words, truncated compounds
# ("Kongress- und Verteidigungskreise"), numbers and symbols ("G7", "1860")
_NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "NNA", "NNI", "TRUNC", "CARD", "XY"})


class PosTagger:
    """HanTa's tagger with a bounded cache of sentence tags. `tagged` and `hits` count the
    sentences tagged and the cache hits, `seconds` the CPU time spent tagging (the benchmark
    reports them: on a shared machine the tagger's own time is steadier than two whole runs).
    Like the pipeline that owns it, it serves one thread at a time (a worker process, or the
    ingest's single extraction thread)."""

    def __init__(self, tagger: Any, cache_size: int = CACHE_SIZE) -> None:
        self._tagger = tagger
        self._cache: OrderedDict[tuple[str, ...], tuple[str, ...]] = OrderedDict()
        self._size = cache_size
        self.tagged = 0
        self.hits = 0
        self.seconds = 0.0

    def tags(self, words: Sequence[str]) -> tuple[str, ...]:
        """One tag per word of a sentence (its non-space tokens as the rules read them)."""
        key = tuple(words)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            self.hits += 1
            return cached
        t0 = time.process_time()
        tags = tuple(self._tagger.tag_sent(list(key), taglevel=0)) if key else ()
        self.seconds += time.process_time() - t0
        self.tagged += 1
        self._cache[key] = tags
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return tags

    def tag_at(
        self, words: Sequence[str], i: int, before: int = WINDOW, after: int = WINDOW
    ) -> str:
        """The tag of words[i], read from a window of its neighbours rather than the whole
        sentence: HanTa's tag of a word depends on its near context, and a window of five
        words costs a fifth of a news sentence (measured: bench/pos_tagger_cost.py)."""
        lo = max(0, i - before)
        return self.tags(words[lo : i + after + 1])[i - lo]

    def clear(self) -> None:
        """Forget the cached tags and the counts (a benchmark measures cold sentences)."""
        self._cache.clear()
        self.tagged = self.hits = 0
        self.seconds = 0.0


def load_pos_tagger(name: str) -> PosTagger | None:
    """The tagger config `nlp.pos_tagger` names, or None ("none", or HanTa not installed: the
    rules then keep their word-list answers, with one warning in the log)."""
    if name == "none":
        return None
    if name != "hanta":
        raise ValueError(f"nlp.pos_tagger: expected one of {', '.join(POS_TAGGERS)}, got {name!r}")
    try:
        from HanTa import HanoverTagger
    except ImportError:
        log.warning("nlp.pos_tagger = 'hanta' but HanTa is not installed: running without tags")
        return None
    return PosTagger(HanoverTagger.HanoverTagger(HANTA_MODEL))


# articles before a form that may be a verb after a demonstrative or an adjective before a noun
_AMBIGUOUS_BEFORE = frozenset({"der", "die", "das"})
_INFLECTED = ("e", "en", "er", "es", "em")


def attributive_candidate(before: str, word: str, after: str) -> bool:
    """Whether `word` (a cue form between `before` and `after`) could be an attributive
    participle the word lists cannot tell from a finite verb: inflected like an adjective,
    after "der/die/das" and before a capitalised word ("der bekannten Kneipe" vs "Das
    bestätigte Ministerpräsident X"). Only such sentences are tagged for this question."""
    return (
        word.islower()
        and word.endswith(_INFLECTED)
        and before.lower() in _AMBIGUOUS_BEFORE
        and after[:1].isupper()
    )


def is_attributive_adjective(tag: str) -> bool:
    """An adjective before its noun ("der bekannten Kneipe"), also a participle used so."""
    return tag == "ADJ(A)"


def is_nominal(tag: str) -> bool:
    """A noun or a name, not an adverb or adjective capitalised at a clause's start."""
    return tag in _NOMINAL_TAGS


def is_separable_particle(tag: str) -> bool:
    """The particle of a separable verb at its clause's end ("warf ihm Betrug vor")."""
    return tag == "PTKVZ"


def is_noun_phrase(tags: Sequence[str], start: int, end: int) -> bool:
    """Whether words[start:end] are a noun phrase: articles, adjectives, nouns and names only,
    ending in a noun or a name ("die Vereinten Nationen", "der Chef-Ankläger X")."""
    span = tags[start:end]
    return bool(span) and all(t in _NP_TAGS for t in span) and span[-1] in _HEAD_TAGS


def is_proper_noun_phrase(tags: Sequence[str], start: int, end: int) -> bool:
    """Whether words[start:end] are all proper nouns or foreign words ("Dschaarar al-Mussawi",
    "Space Telescope Science Institute"), not a common noun the lists took for a name."""
    span = tags[start:end]
    return bool(span) and all(t in _NAME_TAGS for t in span)


__all__ = [
    "CACHE_SIZE",
    "POS_TAGGERS",
    "PosTagger",
    "PosTaggerName",
    "attributive_candidate",
    "is_attributive_adjective",
    "is_nominal",
    "is_noun_phrase",
    "is_proper_noun_phrase",
    "is_separable_particle",
    "load_pos_tagger",
]
