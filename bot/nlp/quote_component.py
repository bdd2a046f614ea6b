"""spaCy component `lagebild_quotes`: the last quote stage. It reads the earlier stages'
records (doc._.mentions, doc._.attributions; bot.nlp.stages), resolves each attribution's
speaker against the document's entity registry, continues the running speaker and stores
plain Quote records with act and target in doc._.quotes, and the document's plans ("Die
Stadt will die Brücke sanieren", quotes/plans.py: records shaped like quotes, no quotes) in
doc._.plans for the figures.

Like the earlier stages it reads its data in `initialize()` (shared with them when they run
in the same pipeline), not when the component is created."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.doc_arrays import doc_text
from bot.nlp.quotes.rules import Replays
from bot.nlp.stage_records import SentenceAttributions, SentenceMentions
from bot.nlp.stages import (
    MissingStage,
    NotInitialized,
    RulesStage,
    needs,
    sections_or_default,
    sentence_inputs,
)


class QuoteComponent(RulesStage):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        # sentences read again because resolution knew other names (bench --stages)
        self.replays = Replays()

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        mentions: list[SentenceMentions] = needs(doc, "mentions", "lagebild_mentions", self.name)
        found: list[SentenceAttributions | None] = needs(
            doc, "attributions", "lagebild_attribution", self.name
        )
        doc._.quotes, doc._.plans, replays = rules.quotes_of_stages(mentions, found, doc_text(doc))
        self.replays.add(replays)
        return doc


@Language.factory(
    "lagebild_quotes",
    assigns=["doc._.quotes", "doc._.plans"],
    requires=["doc._.mentions", "doc._.attributions"],
)
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)


__all__ = [
    "MissingStage",
    "NotInitialized",
    "QuoteComponent",
    "sections_or_default",
    "sentence_inputs",
]
