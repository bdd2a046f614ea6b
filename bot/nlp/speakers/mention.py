"""The speaker noun phrase as the chunker returns it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NP:
    """A speaker mention: its token span, what it is and the name and role it gives."""

    start: int  # token index (sentence-relative) of the first word
    end: int  # exclusive
    kind: str  # pronoun | name | description | anonymous
    name: str  # surface name / description (no article)
    role: str | None
    org: bool
    mention: str  # the words as written
    plural: bool = False
