"""Stage 3a, the subject of a passive speech act is what was said, never who said it: "Auch
die Namen der beteiligten Künstler wurden nun bekanntgegeben" gave the statement to the
artists. Without an agent ("von X", read before this rule) such a clause has no speaker.
Only "zitieren" names its speaker as the passive subject ("X wurde mit den Worten zitiert").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.grammar import PREPOSITIONS
from bot.nlp.speakers import NP

# past forms of "werden": before a participle at the clause end only a passive
PAST_PASSIVE = frozenset({"wurde", "wurden", "worden"})
# present and conditional forms: a passive with a participle, a future with an infinitive
OTHER_WERDEN = frozenset({"wird", "werden", "würde", "würden"})
# speech acts whose passive subject is the speaker: "X wird mit den Worten zitiert"
SPEAKER_PASSIVES = frozenset({"zitieren"})
# prepositions that name a passive's source or channel ("Seitens der Regierung wurde betont")
SOURCE_PREPOSITIONS = PREPOSITIONS | {"seitens", "vonseiten", "durch"}
# what may follow the participle inside its clause
CLAUSE_ENDS = frozenset({",", ":", ";", ".", "!", "?", "–", "(", "„", '"'})


def passive_theme(texts: Sequence[str], a: int, c: int, end: int, lemma: str) -> bool:
    """Whether the cue at `c` is the participle of a passive ("wurden … bekanntgegeben",
    "wird … mitgeteilt", "ist … erklärt worden") in the clause starting at `a`: its subject
    is the theme. A future ("wird morgen erklären") keeps its subject: after a present
    "wird" only a weak participle in "-t" counts, an "-en" form may be the infinitive."""
    cue = texts[c]
    if lemma in SPEAKER_PASSIVES or not cue.islower():
        return False
    k = c + 1
    worden = k < end and texts[k] == "worden"
    if k < end and texts[k] in ("worden", "werden"):
        k += 1
    if k < end and texts[k] not in CLAUSE_ENDS:
        return False
    before = {t.lower() for t in texts[a:c]}
    if worden or before & PAST_PASSIVE:
        return True
    return bool(before & OTHER_WERDEN) and cue.endswith("t")


def subject_phrase(texts: Sequence[str], a: int, np: NP) -> bool:
    """Whether `np` is (inside) the clause's nominative phrase before the cue: no preposition
    between the clause start and it. "In einem Bericht der Zeitung wurde vermutet" or "über
    den Sender aufgerufen" name the source in a prepositional phrase, which stays one."""
    return a <= np.start and not any(t.lower() in SOURCE_PREPOSITIONS for t in texts[a : np.start])


def agent_start(texts: Sequence[str], np: NP) -> int | None:
    """Where a passive's agent starts when the phrase chunker read it into the subject
    ("wurde die Bundesregierung vom LSVD aufgefordert": "LSVD"), else None."""
    for k in range(np.start + 1, np.end - 1):
        if texts[k] == "vom":
            return k + 1
        if texts[k] == "von":
            return k + 1
    return None
