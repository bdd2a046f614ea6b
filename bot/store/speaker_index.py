"""Corpus-wide speaker identity: which stored speaker a name from one article belongs to.

The NLP canonicalises names within one article; across articles the same person appears as
"Selenskyj" and "Selenskij", or as "Austin" in one article and "Lloyd Austin" in another. The
rules come from `bot.nlp.names` (fold_name / same_person) so the store and the extraction agree.

Unnamed sources: all quotes whose speaker is "anonymous" (or whose SpeakerInfo kind is
anonymous) go to ONE speaker named "anonymous"; the description ("ein Pentagon-Sprecher")
stays on each quote as its speaker_role and is collected in the speaker's roles. One speaker
per description would fragment into near-duplicates ("ein Beamter", "ein US-Beamter") that no
user can look up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.nlp.names import fold_name, name_tokens, same_person, surname_key

ANONYMOUS = "anonymous"


@dataclass(slots=True)
class KnownSpeaker:
    id: int
    name: str
    kind: str
    quote_count: int = 0


def is_anonymous(name: str, kind: str | None = None) -> bool:
    return kind == ANONYMOUS or name.strip().lower() in {ANONYMOUS, "anonym", "unbekannt"}


def _joined(name: str) -> str:
    return "".join(fold_name(name).split())


class SpeakerIndex:
    """In-memory lookup over the stored speakers, built at the start of a corpus swap."""

    def __init__(self, speakers: list[KnownSpeaker]) -> None:
        self._by_fold: dict[str, list[KnownSpeaker]] = defaultdict(list)
        self._by_surname: dict[str, list[KnownSpeaker]] = defaultdict(list)
        self._by_joined: dict[str, list[KnownSpeaker]] = defaultdict(list)
        self.anonymous: KnownSpeaker | None = None
        self._by_id: dict[int, KnownSpeaker] = {}
        for sp in speakers:
            self.add(sp)

    def by_id(self, speaker_id: int) -> KnownSpeaker | None:
        return self._by_id.get(speaker_id)

    def add(self, sp: KnownSpeaker) -> None:
        self._by_id[sp.id] = sp
        if sp.kind == ANONYMOUS and sp.name == ANONYMOUS:
            self.anonymous = sp
            return
        self._by_fold[fold_name(sp.name)].append(sp)
        self._by_surname[surname_key(sp.name)].append(sp)
        self._by_joined[_joined(sp.name)].append(sp)

    def _remove(self, sp: KnownSpeaker) -> None:
        for table, key in (
            (self._by_fold, fold_name(sp.name)),
            (self._by_surname, surname_key(sp.name)),
            (self._by_joined, _joined(sp.name)),
        ):
            bucket = table.get(key, [])
            if sp in bucket:
                bucket.remove(sp)

    def rename(self, sp: KnownSpeaker, new_name: str) -> None:
        self._remove(sp)
        sp.name = new_name
        self.add(sp)

    def match(self, name: str) -> KnownSpeaker | None:
        """The stored speaker `name` refers to, or None. Ambiguous surname-only names
        ("Kim" with two stored Kims) go to the most quoted candidate."""
        folded = fold_name(name)
        if not folded:
            return None
        exact = self._by_fold.get(folded)
        if exact:
            return max(exact, key=lambda s: (s.quote_count, -s.id))
        seen: dict[int, KnownSpeaker] = {}
        for sp in self._by_surname.get(surname_key(name), []) + self._by_joined.get(
            _joined(name), []
        ):
            if sp.id not in seen and same_person(name, sp.name):
                seen[sp.id] = sp
        if not seen:
            return None
        return max(seen.values(), key=lambda s: (s.quote_count, -s.id))


def better_name(current: str, candidate: str) -> bool:
    """A later, fuller name upgrades a surname-only canonical ("Austin" -> "Lloyd Austin")."""
    return len(name_tokens(candidate)) > len(name_tokens(current))
