"""Forgiving speaker lookup: people type "austin", "Selenskij" or "Kriby" and mean someone.

The steps go from strict to loose and stop at the first that finds exactly one speaker, so a
precise name is never overridden by a fuzzy neighbour:
1. equal after name folding (case, accents, transliteration: Selenskij = Selenskyj),
2. the query is the surname / the tail of a name ("austin" -> "Lloyd Austin"), the same
   rule as bot.nlp.names.same_person, on the memoised folded forms,
3. edit distance within 1 (short names) or 2 letters on the folded full name or surname
   (2 only with the same first letter),
4. folded substring of at least four letters.
More than one speaker at the first step that matches anything is ambiguous: the user is told
which speakers match instead of getting a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.nlp.names import fold_name as _fold_name
from handlers.types import UserError

# Folding is pure and the speaker list changes only with the corpus, so memoising it turns a
# lookup over thousands of names from tens of milliseconds into a dictionary hit per name.
fold_name = lru_cache(maxsize=200_000)(_fold_name)


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    speaker_id: int
    matched_name: str  # the name or alias that matched


def _max_typos(word: str) -> int:
    n = len(word.replace(" ", ""))
    if n <= 3:
        return 0
    return 1 if n <= 5 else 2


def _typo_distance(query: str, name: str, limit: int) -> int:
    """The edit distance from `query` to `name` when the query may be a typo of it, else more
    than `limit`. Two edits count only when the first letter agrees: people rarely mistype a
    name's first letter, and another first letter plus one more change is another name
    ("Niemand" is not "Wienand", "Rahmer" is not "Kramer"): the user is offered it as "did you
    mean" instead of being shown (or made to watch) someone else."""
    d = int(OSA.distance(query, name))
    if d >= 2 and query[:1] != name[:1]:
        return limit + 1
    return d


def match_speakers(
    query: str, names: Sequence[tuple[int, str]], exact_only: bool = False
) -> list[SpeakerMatch]:
    """All speakers matching at the strictest step that matches anything (one per id);
    `exact_only` stops after step 1 (equal after folding)."""
    qf = fold_name(query)
    if not qf:
        return []
    folded = [(sid, name, fold_name(name)) for sid, name in names]

    def unique(items: list[tuple[int, str]]) -> list[SpeakerMatch]:
        seen: dict[int, SpeakerMatch] = {}
        for sid, name in items:
            seen.setdefault(sid, SpeakerMatch(sid, name))
        return list(seen.values())

    exact = [
        (sid, n)
        for sid, n, f in folded
        if f and (f == qf or f.replace(" ", "") == qf.replace(" ", ""))
    ]
    if exact or exact_only:
        return unique(exact)
    q_tokens = qf.split()

    def is_tail(f: str) -> bool:
        tokens = f.split()
        short, long_ = (q_tokens, tokens) if len(q_tokens) <= len(tokens) else (tokens, q_tokens)
        return long_[-len(short) :] == short

    tail = [(sid, n) for sid, n, f in folded if f and is_tail(f)]
    if tail:
        return unique(tail)
    limit = _max_typos(qf)
    if limit:
        scored: list[tuple[int, int, str]] = []
        for sid, n, f in folded:
            if not f:
                continue
            d = min(_typo_distance(qf, f, limit), _typo_distance(qf, f.rsplit(" ", 1)[-1], limit))
            if d <= limit:
                scored.append((d, sid, n))
        if scored:
            best = min(d for d, _, _ in scored)
            return unique([(sid, n) for d, sid, n in sorted(scored) if d == best])
    if len(qf) >= 4:
        sub = [(sid, n) for sid, n, f in folded if qf in f]
        if sub:
            return unique(sub)
    return []


def suggestions(query: str, names: Sequence[tuple[int, str]], limit: int = 3) -> list[str]:
    """Closest names for an unknown speaker, to offer in the error reply (full name or
    surname similar enough; never a random short name)."""
    q = fold_name(query)
    if not q:
        return []
    scored: dict[str, float] = {}
    for _, name in names:
        f = fold_name(name)
        if len(f) < 3:
            continue
        score = max(fuzz.ratio(q, f), fuzz.ratio(q, f.rsplit(" ", 1)[-1]))
        if score >= 70 and score > scored.get(name, 0):
            scored[name] = score
    return sorted(scored, key=lambda n: -scored[n])[:limit]


def resolve_speaker(
    query: str,
    names: Sequence[tuple[int, str]],
    canonical: dict[int, str] | None = None,
    matches: list[SpeakerMatch] | None = None,
) -> SpeakerMatch:
    """Exactly one speaker for `query`, or a UserError saying who matches / who is close.
    `matches` passes a `match_speakers` result the caller already has."""
    if matches is None:
        matches = match_speakers(query, names)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        close = suggestions(query, names)
        raise UserError(
            "who_said.unknown_speaker",
            speaker=query,
            candidates=", ".join(close),
            suggestion="who_said.try_speakers" if not close else "who_said.did_you_mean",
        )
    shown = [
        canonical.get(m.speaker_id, m.matched_name) if canonical else m.matched_name
        for m in matches
    ]
    raise UserError(
        "who_said.ambiguous",
        speaker=query,
        candidates=", ".join(dict.fromkeys(shown)),
        suggestion="who_said.be_precise",
    )


_WORDS = re.compile(r"\w+")


def distinct_roles(roles: Sequence[str]) -> list[str]:
    """Roles without repeats: a role whose words all appear in a longer one of the same
    speaker is shown once ("Präsident, ukrainischer Präsident" -> "ukrainischer Präsident";
    "KVB-Personalvorstand, Personalvorstand" -> "KVB-Personalvorstand": the parts of a hyphenated
    role are words of their own, which fold_name would join)."""
    words = [(r, set(_WORDS.findall(fold_name(r.replace("-", " "))))) for r in roles]
    out: list[str] = []
    seen: list[set[str]] = []
    for role, ws in words:
        if not ws or any(ws == other for other in seen):
            continue
        if any(ws < other for r2, other in words if r2 != role):
            continue
        out.append(role)
        seen.append(ws)
    return out
