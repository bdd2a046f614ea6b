"""The quote component reads its word lists in `initialize()` (spaCy's way), and the rules
follow the lexicon data: a case is a lexicon line, not a branch."""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from bot.nlp import Extractor
from bot.nlp.doc_arrays import doc_text
from bot.nlp.quote_component import NotInitialized, sentence_inputs
from bot.nlp.quotes import QuoteRules
from bot.nlp.quotes.vocabulary import load_vocabulary

TEXT = "Die Regierung bestreitet die Rückeroberung der Stadt."


def test_component_reads_its_lexicons_in_initialize() -> None:
    import bot.nlp.quote_component
    import bot.nlp.segmenter
    import bot.nlp.stages  # noqa: F401  (register the factories)

    nlp = spacy.blank("de")
    for name in ("lagebild_sentences", "lagebild_mentions", "lagebild_attribution"):
        nlp.add_pipe(name)
    nlp.add_pipe("lagebild_quotes")
    with pytest.raises(NotInitialized, match=r"nlp\.initialize\(\)"):
        nlp(TEXT)
    nlp.initialize()
    quotes = nlp(TEXT)._.quotes
    assert [(q.speaker, q.text, q.act) for q in quotes] == [
        ("Regierung", "die Rückeroberung der Stadt", "denial")
    ]


def test_every_lexicon_file_is_read_and_not_empty() -> None:
    vocab = load_vocabulary()
    empty = [f.name for f in dataclasses.fields(vocab) if not getattr(vocab, f.name)]
    assert empty == []
    assert vocab.as_verbs["halten"] == "für"
    assert vocab.compound_report_heads[0] == "angaben"  # file order kept


def test_a_lexicon_line_changes_what_is_a_statement(extractor: Extractor) -> None:
    """ "betonte die Bedeutung" is no statement until "betonen" is listed among the cues
    whose plain object is the reported content (lexicons/quote_report_object.txt)."""
    text = "Der Minister betonte die Bedeutung der Reform."
    doc = extractor.nlp(text)
    rules = extractor.nlp.get_pipe("lagebild_quotes").rules
    assert [q.text for q in rules.run(sentence_inputs(doc), doc_text(doc))] == []
    vocab = dataclasses.replace(rules.vocab, report_object=rules.vocab.report_object | {"betonen"})
    extended = QuoteRules(dataclasses.replace(rules.res, vocab=vocab))
    quotes = extended.run(sentence_inputs(doc), doc_text(doc))
    assert [(q.speaker, q.text) for q in quotes] == [("Minister", "die Bedeutung der Reform")]
