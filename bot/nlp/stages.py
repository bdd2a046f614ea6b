"""The quote stages of the pipeline before `lagebild_quotes`, each a spaCy component of its
own that passes its result on a Doc extension (bot.nlp.extensions):

  lagebild_sentences -> lagebild_mentions -> lagebild_attribution -> lagebild_quotes
                                                                  -> lagebild_figures

- `lagebild_mentions` (doc._.mentions): per sentence its words as the rules read them and
  the persons, groups and organisations of the document's entity registry it introduces;
- `lagebild_attribution` (doc._.attributions): per sentence its speech-verb cues with their
  clauses (speaker phrase, content span, act, target, where the cue and its particle
  stand) and its according-to markers; for the figures also its report and measuring verbs
  with their subjects (act "report", bot.nlp.figures.report_cues) and a "demnach" pointing
  back to the previous sentence's source.

Like spaCy's own rule components, each reads its data (cue lexicon, lemma tables, the word
lists of bot/nlp/lexicons) in `initialize()`, which `nlp.initialize()` or `build_pipeline()`
calls; the stages of one pipeline share what the first of them read. The rules themselves
are bot.nlp.quotes.QuoteRules (see bot/nlp/quotes/rules.py for why the quotes stage may read
a sentence again)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from bot.nlp.attribution.pos_tags import load_pos_tagger
from bot.nlp.doc_arrays import doc_text, token_table
from bot.nlp.extensions import register_extensions
from bot.nlp.figures.report_cues import ReportFinder
from bot.nlp.lemma_lookup import table_lemmatize
from bot.nlp.quotes import QuoteRules, SentenceInput, Word
from bot.nlp.quotes.base import load_resources
from bot.nlp.quotes.grammar import QUOTE_CHARS
from bot.nlp.segmenter import quote_role
from bot.nlp.stage_records import SentenceAttributions, SentenceMentions


class NotInitialized(RuntimeError):
    """A component ran before `initialize()` read its lexicons."""


class MissingStage(RuntimeError):
    """A component ran without the Doc extension an earlier stage fills."""


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
    """Non-space words per sentence with their section and paragraph index. One pass over
    the tokens (this runs on every word of every article): the section of a sentence is the
    one holding its first word, found by walking the sorted sections forward at each
    sentence's first word (not at every word: only that word's section is read); whether a
    word stands inside a quotation is tracked in the same pass (quote state resets at
    paragraph breaks, so an unclosed quote mark cannot swallow the rest of the article; a
    quote mark itself is outside)."""
    texts, idx, starts = token_table(doc)
    secs = sections_or_default(doc)
    last = len(secs) - 1
    out: list[SentenceInput] = []
    current: list[Word] = []
    si = 0  # the section of the current word
    k = 0  # the section of the current sentence's first word
    inside = False
    for t, i, s in zip(texts, idx, starts, strict=True):
        if s == 1 and current:
            out.append(SentenceInput(current, secs[k][2] if secs else "report", k))
            current = []
        if t.isspace():
            if "\n" in t:
                inside = False
            continue
        if not current:
            while si < last and secs[si][1] < i:
                si += 1
            k = si
        if t in QUOTE_CHARS:  # a set of single characters: no length test needed
            inside = quote_role(t, inside) == "open"
            current.append(Word(t, i, i + len(t), False))
        else:
            current.append(Word(t, i, i + len(t), inside))
    if current:
        out.append(SentenceInput(current, secs[k][2] if secs else "report", k))
    return out


def needs(doc: Doc, extension: str, stage: str, reader: str) -> list[Any]:
    """The value of an earlier stage's extension, or a clear MissingStage error."""
    value = getattr(doc._, extension)
    if value is None:
        raise MissingStage(
            f"component {reader!r} reads doc._.{extension}: add {stage!r} before it "
            "(build_pipeline() does)"
        )
    return list(value)


class RulesStage:
    """A component running one stage of the quote rules."""

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
        """Read the lexicons and lemma tables (seconds, once per process), or take them from
        a stage of the same pipeline that already read them."""
        self._rules = _earlier_rules(nlp, self) or QuoteRules(load_resources())

    @property
    def rules(self) -> QuoteRules:
        if self._rules is None:
            raise NotInitialized(
                f"component {self.name!r} has no lexicons yet: call nlp.initialize() "
                "(build_pipeline() does)"
            )
        return self._rules


def _earlier_rules(nlp: Language | None, stage: RulesStage) -> QuoteRules | None:
    """The rules a stage before `stage` in `nlp` read in its `initialize()`, if any (so that
    initializing the pipeline again reads the lexicons again, once)."""
    for _, proc in nlp.pipeline if nlp is not None else []:
        if proc is stage:
            return None
        if isinstance(proc, RulesStage) and proc._rules is not None:
            return proc._rules
    return None


class MentionsStage(RulesStage):
    """doc._.mentions: each sentence's words and the entity mentions it introduces."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.rules.read_mentions(sentence_inputs(doc))
        return doc


class AttributionStage(RulesStage):
    """doc._.attributions: each sentence's speech-verb and according-to attributions, and
    its report cues (report and measuring verbs with their subjects, act "report") and the
    marker pointing back to the previous sentence's source, which the figures read. With
    `pos_tagger` "hanta" it also owns the POS tagger the rules ask about candidate sentences
    (bot.nlp.attribution.pos_tags), built in `initialize()` and shared with the later stages
    through the rules."""

    def __init__(self, nlp: Language, name: str, pos_tagger: str = "none") -> None:
        super().__init__(nlp, name)
        self.pos_tagger = pos_tagger
        self._reports: ReportFinder | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """The rules' lexicons and POS tagger, and the report verbs read through spaCy's
        lookup lemmatizer (the table the figure stage shares, loaded once per process)."""
        super().initialize(get_examples, nlp=nlp)
        rules = self.rules
        rules.pos = load_pos_tagger(self.pos_tagger)
        self._reports = ReportFinder(table_lemmatize(), rules.according, rules.res.report_forms)

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        mentions: list[SentenceMentions] = needs(doc, "mentions", "lagebild_mentions", self.name)
        found = rules.attribute_sentences(mentions)
        doc._.attributions = with_reports(mentions, found, self._finder())
        return doc

    def _finder(self) -> ReportFinder:
        if self._reports is None:
            raise NotInitialized(
                f"component {self.name!r} has no lexicons yet: call nlp.initialize() "
                "(build_pipeline() does)"
            )
        return self._reports


def with_reports(
    mentions: list[SentenceMentions],
    found: list[SentenceAttributions | None],
    finder: ReportFinder,
) -> list[SentenceAttributions | None]:
    """Each sentence's attributions with its report cues and back-pointing marker, read on
    the sentence's words as written (a sub-heading's too: "Polizei meldet 20 Tote")."""
    out: list[SentenceAttributions | None] = []
    for record, attrs in zip(mentions, found, strict=True):
        words = record.sentence.words
        reports, back = finder.read(words) if words else ([], None)
        if attrs is None and (reports or back is not None):
            attrs = SentenceAttributions([], record.surnames, record.full_names)
        if attrs is not None:
            attrs.reports, attrs.back = reports, back
        out.append(attrs)
    return out


@Language.factory("lagebild_mentions", assigns=["doc._.mentions"], requires=["token.is_sent_start"])
def make_mentions(nlp: Language, name: str) -> MentionsStage:
    return MentionsStage(nlp, name)


@Language.factory(
    "lagebild_attribution",
    assigns=["doc._.attributions"],
    requires=["doc._.mentions"],
    default_config={"pos_tagger": "none"},
)
def make_attribution(nlp: Language, name: str, pos_tagger: str) -> AttributionStage:
    return AttributionStage(nlp, name, pos_tagger)
