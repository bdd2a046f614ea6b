"""The token table each stage reads (bot/nlp/doc_arrays.py) is built once per Doc and kept:
it must still follow the sentence starts the segmenter sets after the first read, and a Doc
retokenized after it must not be read with the old tokens. The mention stage's sentence
inputs mark the words inside a quotation, resetting at a paragraph break."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.doc_arrays import sentence_spans, token_table
from bot.nlp.stages import sentence_inputs


def test_table_follows_sentence_starts_and_retokenizing(extractor: Extractor) -> None:
    nlp = extractor.nlp
    doc = nlp.make_doc("Die Flut stieg. New York meldete Regen.")
    texts, _, starts = token_table(doc)  # before segmenting: no flags yet
    assert set(starts[1:]) == {0}  # nothing set after the first word
    doc = nlp.get_pipe("lagebild_sentences")(doc)
    texts, idx, starts = token_table(doc)
    assert [t for t, s in zip(texts, starts, strict=True) if s == 1] == ["Die", "New"]
    assert sentence_spans(doc) == [(0, 15), (16, 39)]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[4:6])
    texts, idx, _ = token_table(doc)
    assert "New York" in texts
    assert idx[texts.index("meldete")] == 25


def test_quotation_flags_reset_at_paragraph_breaks(extractor: Extractor) -> None:
    nlp = extractor.nlp
    text = "Er sagte: „Wir bleiben hier.\n\nDie Stadt meldete Regen."
    doc = nlp.get_pipe("lagebild_sentences")(nlp.make_doc(text))
    inputs = sentence_inputs(doc)
    flags = {w.text: w.inq for s in inputs for w in s.words}
    assert flags["Wir"] and flags["hier"]
    assert not flags["„"] and not flags["sagte"]
    assert not flags["Stadt"]  # the unclosed quotation ends with its paragraph
    assert [s.paragraph for s in inputs] == [0, 1]  # blocks split at the blank line


def test_each_sentence_takes_the_section_of_its_first_word(extractor: Extractor) -> None:
    """The section walk runs at sentence starts only: a sentence reaching into the next
    section stays in its own, and a section without a sentence start of its own is passed."""
    nlp = extractor.nlp
    text = "Die Stadt meldet Regen. Der Fluss steigt.\n\nLesen Sie auch. Mehr dazu morgen."
    doc = nlp.get_pipe("lagebild_sentences")(nlp.make_doc(text))
    cut = text.index("steigt")  # a section boundary inside the second sentence
    teaser = text.index("Lesen")
    doc._.sections = [
        (0, cut, "report"),
        (cut, cut + 3, "background"),  # no sentence starts here
        (cut + 3, teaser - 2, "commentary"),
        (teaser, len(text), "teaser"),
    ]
    inputs = sentence_inputs(doc)
    assert [(s.words[0].text, s.section, s.paragraph) for s in inputs] == [
        ("Die", "report", 0),
        ("Der", "report", 0),
        ("Lesen", "teaser", 3),
        ("Mehr", "teaser", 3),
    ]
