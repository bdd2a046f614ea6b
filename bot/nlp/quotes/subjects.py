"""Stage 3a: the speaker phrase of a cue, in one class that `Clauses` builds on. Each order
has its own module so that a rule for one order is found (and changed) in one place:

- `subject_words`        pure word tests shared by the readers below
- `subject_appositions`  `Appositions`: names set off by commas, relative antecedents,
                         coordinated main clauses
- `subject_inverted`     `InvertedSubjects`: the subject after the cue
- `subject_fronted`      `FrontSubjects`: the subject before the cue (V2, verb-final)
- `clause_sources`       `ClauseSources`: prepositional sources, quoted persons, passive
                         agents, agentless passives
"""

from __future__ import annotations

from bot.nlp.quotes.clause_sources import ClauseSources
from bot.nlp.quotes.subject_fronted import FrontSubjects


class Subjects(FrontSubjects, ClauseSources):
    """Stage 3a: the subject noun phrase of a cue in V2, inverted, verb-final,
    relative and apposed order, and the sources that are no subject."""
