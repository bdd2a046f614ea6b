"""Stage 3c: a speech act, a colon and a trailing cue. "Das Umweltministerium wies dies als
„haltlos“ zurück: Die Verzögerungen gingen auf Gerichtsverfahren zurück, sagte eine
Sprecherin." is two statements: the ministry's denial (its object before the colon) and
the claim after the colon, which the spokeswoman makes for the ministry the sentence is
about. Read as one, the denial swallowed the claim and the claim swallowed the denial.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution, Word

CueAttribution = tuple[int, Attribution]  # the cue's word index and its attribution


def split_at_colon(
    found: list[CueAttribution], words: Sequence[Word], spokespersons: frozenset[str]
) -> list[CueAttribution]:
    """The attributions with a colon-bounded act and a trailing "…, sagte X" cue split at
    the colon; other sentences unchanged."""
    k = next((m for m, w in enumerate(words) if w.text == ":" and not w.inq), None)
    if k is None:
        return found
    before = [(c, at) for c, at in found if c < k and _acts_before(at, c)]
    after = [(c, at) for c, at in found if c > k and not at.marker and at.content[0] < k]
    if len(before) != 1 or len(after) != 1:
        return found
    (c1, first), (_, last) = before[0], after[0]
    if any(w.text == "," for w in words[c1 + 1 : k]):
        return found  # "… gedroht, sollte die UNO …:" the clause before the colon goes on
    first.content = _object_span(words, c1, k, first.cue)
    last.content = (k + 1, last.content[1])
    last.np = _spokesperson_for(last, first, spokespersons)
    return found


def _acts_before(at: Attribution, c: int) -> bool:
    """A named subject before its verb that does more than say something ("wies … zurück",
    "forderte"): "Dazu äußerte sich X:" only introduces the statement after the colon."""
    np = at.np
    return (
        not at.marker
        and at.act != "claim"
        and np is not None
        and np.end <= c
        and np.kind not in ("pronoun", "anonymous")
    )


def _object_span(words: Sequence[Word], c: int, k: int, cue: str) -> tuple[int, int]:
    """The words between the verb and the colon, without a separable particle that closes
    the clause ("wies dies als „haltlos“ zurück:" -> "dies als „haltlos“")."""
    hi = k
    parts = cue.split()
    if len(parts) > 1 and hi - 1 > c and words[hi - 1].text == parts[-1]:
        hi -= 1
    return c + 1, hi


def _spokesperson_for(
    last: Attribution, first: Attribution, spokespersons: frozenset[str]
) -> NP | None:
    """ "…, sagte eine Sprecherin" after the organisation's own act speaks for it: the
    organisation, with the spokesperson as its role (as for "ein Sprecher des X")."""
    np, org = last.np, first.np
    if np is None or org is None or np.kind != "anonymous" or not org.org:
        return np
    role = (np.role or "").split()
    if not role or role[-1].lower() not in spokespersons:
        return np
    return dataclasses.replace(org, role=role[-1])
