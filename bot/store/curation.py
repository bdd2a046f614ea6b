"""Editorial corrections applied on top of the extraction when reading.

The extraction is rebuilt by every /reload, feed update and pipeline upgrade: rows get new ids
and speakers may be re-merged. Corrections therefore name things by what survives a rebuild:
speakers by their folded name, quotes and figures by a hash of their sentence and text
(`quote_key`, `figure_key`). A `Curation` is the fold of the active log entries in order; the
curated repositories (bot.store.curated) pass every record through it, so answers, digests and
autocomplete see the corrected corpus the moment an entry is written or undone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Literal

from bot.nlp.names import fold_name as _fold_name

# Pure functions applied to every record an answer reads; memoised like
# handlers.speakers_lookup.fold_name, so curated reads cost a dictionary hit per name.
fold_name = lru_cache(maxsize=200_000)(_fold_name)

CurationAction = Literal["merge", "rename", "role", "hide_speaker", "hide_quote", "hide_figure"]

_SPACE = re.compile(r"\s+")
_MAX_CHAIN = 20  # merge/rename chains longer than this are cycles (a -> b -> a)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


@lru_cache(maxsize=100_000)
def quote_key(sentence: str, text: str) -> str:
    """Stable identity of a quote: the same sentence and words give the same key after any
    re-extraction, whatever row id the quote gets."""
    raw = f"q\x1f{_norm(sentence)}\x1f{_norm(text)}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


@lru_cache(maxsize=100_000)
def figure_key(sentence: str, text: str) -> str:
    raw = f"f\x1f{_norm(sentence)}\x1f{_norm(text)}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def speaker_key(name: str) -> str:
    """Speakers are curated by folded name (case, accents, transliteration do not matter)."""
    return fold_name(name) or _norm(name)


@dataclass(frozen=True, slots=True)
class CurationEntry:
    id: int
    action: CurationAction
    target: str  # speaker name, or the quote/figure key
    value: str | None  # merge target, new name, role
    label: str | None  # what the admin saw (quote text) for the log
    created_by: str
    created_at: datetime
    undone_by: str | None = None
    undone_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None


@dataclass(slots=True)
class Curation:
    """The active corrections, ready to apply."""

    names: dict[str, str] = field(default_factory=dict)  # speaker key -> new display name
    roles: dict[str, str] = field(default_factory=dict)  # speaker key -> role
    hidden_speakers: set[str] = field(default_factory=set)
    hidden_quotes: set[str] = field(default_factory=set)
    hidden_quote_texts: set[str] = field(default_factory=set)
    hidden_figures: set[str] = field(default_factory=set)
    # speaker() answers, filled as names are met: a Curation never changes once built
    _resolved: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_entries(cls, entries: Iterable[CurationEntry]) -> Curation:
        cur = cls()
        for e in entries:
            if not e.active:
                continue
            if e.action in ("merge", "rename") and e.value:
                cur.names[speaker_key(e.target)] = e.value
            elif e.action == "role" and e.value:
                cur.roles[speaker_key(e.target)] = e.value
            elif e.action == "hide_speaker":
                cur.hidden_speakers.add(speaker_key(e.target))
            elif e.action == "hide_quote":
                cur.hidden_quotes.add(e.target)
                if e.label:
                    cur.hidden_quote_texts.add(_norm(e.label))
            elif e.action == "hide_figure":
                cur.hidden_figures.add(e.target)
        return cur

    @property
    def empty(self) -> bool:
        return not (
            self.names
            or self.roles
            or self.hidden_speakers
            or self.hidden_quotes
            or self.hidden_figures
        )

    def speaker(self, name: str | None) -> str | None:
        """The display name after merges and renames (followed in order), or None when the
        speaker is hidden. Unknown names come back unchanged."""
        if name is None:
            return None
        if name not in self._resolved:
            self._resolved[name] = self._follow(name)
        return self._resolved[name]

    def _follow(self, name: str) -> str | None:
        current = name
        seen = {speaker_key(current)}
        for _ in range(_MAX_CHAIN):
            nxt = self.names.get(speaker_key(current))
            if nxt is None or speaker_key(nxt) in seen:
                if nxt is not None:
                    current = nxt
                break
            current = nxt
            seen.add(speaker_key(current))
        if (
            speaker_key(current) in self.hidden_speakers
            or speaker_key(name) in self.hidden_speakers
        ):
            return None
        return current

    def role(self, name: str) -> str | None:
        return self.roles.get(speaker_key(name))

    def is_renamed(self, name: str) -> bool:
        return speaker_key(name) in self.names

    def quote_hidden(self, sentence: str, text: str) -> bool:
        return bool(self.hidden_quotes) and quote_key(sentence, text) in self.hidden_quotes

    def figure_hidden(self, sentence: str, text: str) -> bool:
        return bool(self.hidden_figures) and figure_key(sentence, text) in self.hidden_figures
