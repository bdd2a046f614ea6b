"""spaCy component `lagebild_quotes`: turns the Doc into word lists per sentence, runs
bot.nlp.quotes.QuoteRules and stores plain Quote records in doc._.quotes.

Like spaCy's own rule components, its data (cue lexicon, lemma tables, the word lists of
bot/nlp/lexicons) is read in `initialize()`, which `nlp.initialize()` or `build_pipeline()`
calls, not when the component is created."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from bot.nlp.doc_arrays import doc_text, token_table
from bot.nlp.extensions import register_extensions
from bot.nlp.quotes import QuoteRules, SentenceInput, Word, doc_words
from bot.nlp.quotes.base import load_resources


def sections_or_default(doc: Doc) -> list[tuple[int, int, str]]:
    secs = doc._.sections
    if secs:
        return list(secs)
    # without the Extractor, every blank-line separated block is a report paragraph
    out: list[tuple[int, int, str]] = []
    pos = 0
    for block in doc_text(doc).split("\n\n"):
        out.append((pos, pos + len(block), "report"))
        pos += len(block) + 2
    return out


def sentence_inputs(doc: Doc) -> list[SentenceInput]:
    """Non-space words per sentence with their section and paragraph index."""
    texts, idx, starts = token_table(doc)
    words = doc_words(list(zip(texts, idx, [s == 1 for s in starts], strict=True)))
    secs = sections_or_default(doc)
    out: list[SentenceInput] = []
    current: list[Word] = []
    si = 0
    wi = 0
    for t, i, s in zip(texts, idx, starts, strict=True):
        if s == 1 and current:
            out.append(_sentence(current, secs, si))
            current = []
        if t.isspace():
            continue
        while si + 1 < len(secs) and secs[si][1] < i:
            si += 1
        text, start, inq = words[wi]
        wi += 1
        current.append(Word(text, start, start + len(text), inq))
    if current:
        out.append(_sentence(current, secs, si))
    return out


def _sentence(words: list[Word], secs: list[tuple[int, int, str]], si: int) -> SentenceInput:
    # the paragraph is the one holding the sentence's first word
    first = words[0].start
    k = 0
    while k + 1 < len(secs) and secs[k][1] < first:
        k += 1
    return SentenceInput(words, secs[k][2] if secs else "report", k)


class NotInitialized(RuntimeError):
    """The component ran before `initialize()` read its lexicons."""


class QuoteComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()
        self._rules: QuoteRules | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """Read the lexicons and lemma tables (seconds, once per process)."""
        self._rules = QuoteRules(load_resources())

    @property
    def rules(self) -> QuoteRules:
        if self._rules is None:
            raise NotInitialized(
                f"component {self.name!r} has no lexicons yet: call nlp.initialize() "
                "(build_pipeline() does)"
            )
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.rules.run(sentence_inputs(doc), doc_text(doc))
        return doc


@Language.factory("lagebild_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)
