"""A speech verb in Konjunktiv I is itself reported: in "Zudem beschreibe der Film nicht die
aktuelle Lage" (after "Der Autor kritisierte, …") the mood says that somebody else, the
running speaker, reports what the film describes. Its grammatical subject ("Film") is no
speaker of the sentence; the sentence continues the running statement instead, as
`Continuations._own_source` already reads such a cue.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.stage_records import Attribution


def reported_cue(at: Attribution, is_konj1: Callable[[str], bool]) -> bool:
    """Whether `at` is a cue whose finite verb is Konjunktiv I with a subject of its own (a
    pronoun may well be the running speaker and keeps its cue)."""
    if at.marker or at.backref or at.np is None or at.np.kind == "pronoun":
        return False
    return is_konj1(at.cue.split()[0])
