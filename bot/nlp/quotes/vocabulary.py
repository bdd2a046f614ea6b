"""The quote rules' word lists, read from `bot/nlp/lexicons/quote_*` (one file per concept,
each with a header saying what it holds). Loaded once by the component's `initialize()`;
the rules read them as `self.vocab.<concept>`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.lexicons import lead_skip_words, rows, words
from bot.nlp.quotes.contrastive import opener_rows
from bot.nlp.quotes.grammar import PREPOSITIONS


@dataclass(frozen=True, slots=True)
class QuoteVocabulary:
    """One field per lexicon file (the file is `quote_<field>.txt`, or `.tsv` for a map)."""

    not_konj: frozenset[str]
    person_nouns: frozenset[str]
    noun_suffixes: tuple[str, ...]
    abstract_suffixes: tuple[str, ...]
    after_first: frozenset[str]
    as_judgements: frozenset[str]
    report_object: frozenset[str]
    speech_act_object: frozenset[str]
    directives: frozenset[str]
    as_verbs: dict[str, str]
    clause_estimates: frozenset[str]
    sep_particles: frozenset[str]
    unnamed_heads: tuple[str, ...]
    unnamed_dative: dict[str, str]
    spokespersons: frozenset[str]
    nach_dets: frozenset[str]
    nach_docs: frozenset[str]
    nach_doc_heads: tuple[str, ...]  # nach_docs whose compounds are documents too
    opinion_nouns: frozenset[str]
    doc_nouns: frozenset[str]
    unnamed_reports: frozenset[str]
    documents: frozenset[str]
    document_endings: tuple[str, ...]
    compound_report_heads: tuple[str, ...]
    non_speakers: frozenset[str]
    time_words: frozenset[str]
    place_not_source: frozenset[str]
    passive_cues: frozenset[str]
    lead_skip: frozenset[str]
    gap_words: frozenset[str]
    adverbs_before_subject: frozenset[str]  # "sagte zudem der Minister": not the subject
    source_docs: frozenset[str]
    nach_report_heads: tuple[str, ...]  # source_docs whose compounds are sources after "nach"
    name_heads: tuple[str, ...] = ()
    object_only: frozenset[str] = frozenset()
    # openers of a condition or time clause after a cue's object (not what was said)
    adverbial_openers: frozenset[str] = frozenset()
    decisions: frozenset[str] = frozenset()
    # cue forms that are also manner adverbs ("verwahrte sich entschieden gegen …")
    adverb_forms: frozenset[str] = frozenset()
    wonach_heads: frozenset[str] = frozenset()
    # openers of a clause that contradicts a source ("anders als X behauptet"): no speaker
    contrast_openers: tuple[tuple[str, ...], ...] = ()
    question_frames: tuple[tuple[str, ...], ...] = ()
    # adverbs after an agentless "hieß es" that continue the running source ("hieß es weiter")
    continuing_adverbs: frozenset[str] = frozenset()
    # cues whose accusative object is the person addressed ("bat Weber Anwohner, …")
    addressee_cues: frozenset[str] = frozenset()


def _lemmas(name: str) -> frozenset[str]:
    """Cue lemmas as written: a nominal idiom keeps its noun's capital ("in Aussicht
    stellen"), which `words` would lower-case so that the cue's lemma never matched."""
    return frozenset(r[0] for r in rows(name))


def load_vocabulary() -> QuoteVocabulary:
    return QuoteVocabulary(
        not_konj=words("quote_not_konj.txt"),
        person_nouns=words("quote_person_nouns.txt"),
        noun_suffixes=_ordered("quote_noun_suffixes.txt"),
        abstract_suffixes=_ordered("quote_abstract_suffixes.txt"),
        after_first=PREPOSITIONS | words("quote_after_first.txt"),
        as_judgements=words("quote_as_judgements.txt"),
        report_object=_lemmas("quote_report_object.txt"),
        speech_act_object=words("quote_speech_act_object.txt"),
        directives=words("quote_directives.txt"),
        as_verbs=_pairs("quote_as_verbs.tsv"),
        clause_estimates=words("quote_clause_estimates.txt"),
        sep_particles=words("quote_sep_particles.txt"),
        unnamed_heads=_ordered("quote_unnamed_heads.txt"),
        unnamed_dative=_pairs("quote_unnamed_dative.tsv"),
        spokespersons=words("quote_spokespersons.txt"),
        nach_dets=words("quote_nach_dets.txt"),
        nach_docs=words("quote_nach_docs.txt"),
        nach_doc_heads=tuple(
            sorted(r[0] for r in rows("quote_nach_docs.txt") if r[1:] == ["compound"])
        ),
        opinion_nouns=words("quote_opinion_nouns.txt"),
        doc_nouns=words("quote_doc_nouns.txt"),
        unnamed_reports=words("quote_unnamed_reports.txt"),
        documents=words("quote_documents.txt"),
        document_endings=_ordered("quote_document_endings.txt"),
        compound_report_heads=_ordered("quote_compound_report_heads.txt"),
        non_speakers=MONTHS | WEEKDAYS | words("quote_non_speakers.txt"),
        time_words=WEEKDAYS | words("quote_time_words.txt"),
        place_not_source=words("quote_place_not_source.txt"),
        passive_cues=words("quote_passive_cues.txt"),
        lead_skip=lead_skip_words(),
        gap_words=words("quote_gap_words.txt"),
        adverbs_before_subject=words("quote_adverbs_before_subject.txt"),
        source_docs=words("quote_source_docs.txt"),
        nach_report_heads=tuple(
            sorted(r[0] for r in rows("quote_source_docs.txt") if r[1:] == ["nach"])
        ),
        name_heads=_ordered("quote_name_heads.txt"),
        object_only=words("quote_object_only.txt"),
        adverbial_openers=words("quote_adverbial_openers.txt"),
        decisions=words("quote_decisions.txt"),
        adverb_forms=words("cue_adverb_forms.txt"),
        wonach_heads=words("quote_wonach_heads.txt"),
        contrast_openers=opener_rows(rows("quote_contrast_openers.txt")),
        question_frames=opener_rows(rows("quote_question_frames.txt")),
        continuing_adverbs=words("quote_continuing_adverbs.txt"),
        addressee_cues=words("quote_addressee_cues.txt"),
    )


def _ordered(name: str) -> tuple[str, ...]:
    """The first column of lexicon `name` in file order (the order may matter)."""
    return tuple(r[0] for r in rows(name))


def _pairs(name: str) -> dict[str, str]:
    return {r[0]: r[1] for r in rows(name)}
