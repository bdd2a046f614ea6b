"""A speech verb in Konjunktiv I is itself reported: in "Zudem beschreibe der Film nicht die
aktuelle Lage" (after "Der Autor kritisierte, …") the mood says that somebody else, the
running speaker, reports what the film describes. Its grammatical subject ("Film") is no
speaker of the sentence; the sentence continues the running statement instead, as
`Continuations._own_source` already reads such a cue. So is a perfect whose auxiliary is in
that mood ("Mehrere Zeugen hätten ausgesagt, dass …" after "Die Staatsanwältin sagte, …"):
a nested report, whose source is the running speaker (issue 11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.nlp.stage_records import Attribution

# finite auxiliaries of a perfect in the mood of reported speech: Konjunktiv I "habe",
# and Konjunktiv II "hätte(n)", which stands in where Konjunktiv I looks indicative ("sie
# hätten ausgesagt" for "sie haben ausgesagt"); "wäre" forms no perfect of a speech verb
REPORTED_PERFECT = frozenset({"habe", "hätte", "hätten"})


def reported_cue(at: Attribution, is_konj1: Callable[[str], bool]) -> bool:
    """Whether `at` is a cue whose finite verb is Konjunktiv I with a subject of its own (a
    pronoun may well be the running speaker and keeps its cue)."""
    if at.marker or at.backref or at.np is None or at.np.kind == "pronoun":
        return False
    return is_konj1(at.cue.split()[0])


def reported_perfect(texts: Sequence[str], at: Attribution) -> bool:
    """ "Mehrere Zeugen hätten ausgesagt, dass …", "Zudem habe ein Gutachter bestätigt, …"
    after "Die Staatsanwältin sagte, …": the auxiliary next to the subject is in the mood of
    reported speech, so the running speaker reports what the witnesses said (a nested
    report). Only an auxiliary right after or right before the subject, with the cue
    (the participle) after it."""
    np = at.np
    if at.marker or at.backref or np is None or np.kind == "pronoun" or at.cue_at is None:
        return False
    slots = [k for k in (np.end, np.start - 1) if 0 <= k < at.cue_at]
    return any(texts[k] in REPORTED_PERFECT for k in slots)


def under_reported_perfect(texts: Sequence[str], c: int) -> bool:
    """Whether the cue at `c` is the participle of a perfect whose auxiliary, earlier in the
    same clause (no comma between), reports ("Ein Zeuge habe vor Gericht ausgesagt, …"): no
    source of its own then, but part of the running speaker's report."""
    for k in range(c - 1, max(-1, c - 8), -1):
        if texts[k] in (",", ";", ":", "–"):
            return False
        if texts[k] in REPORTED_PERFECT:
            return True
    return False


# conjunctions of a complement clause after the reported main clause ("…, ob …")
COMPLEMENT_OPENERS = frozenset({"dass", "ob"})


def in_reported_complement(texts: Sequence[str], c: int, konj1: Sequence[int]) -> bool:
    """Whether the speech verb at `c` stands in a "dass"/"ob" clause that depends on a main
    clause in Konjunktiv I ("Man werde prüfen, ob der Baum als gefährdet eingestuft war",
    "Sie sei sicher, dass der Schaden gemeldet wurde"): the clause is part of what the running
    speaker says, so its verb names no source of its own. The Konjunktiv form must come
    before the clause's ", dass"/", ob"."""
    if not konj1:
        return False
    return any(
        texts[k] in COMPLEMENT_OPENERS and texts[k - 1] == "," for k in range(konj1[0] + 1, c)
    )
