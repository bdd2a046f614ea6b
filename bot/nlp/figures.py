"""Reported figures: numbers that count or measure something, with qualifier, counted noun,
grouping subject, source and reference date.

The rules are pure functions over a sentence's tokens (`find_figures`, `find_source`); the
spaCy component `lagebild_figures` is a thin wrapper that runs them on candidate sentences
only (those with a digit or a number word), which keeps it cheap on long corpora.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.models import Figure, Quote
from bot.nlp import figure_rules as R
from bot.nlp import figure_subjects as S
from bot.nlp.figure_anaphora import antecedent, nominative_source, pronoun_object
from bot.nlp.figure_attribution import source_of_figure
from bot.nlp.figure_dates import figure_date, refers_back
from bot.nlp.figure_finder import find_figures
from bot.nlp.figure_gapping import conjunct_source
from bot.nlp.figure_markers import explicit_attributions
from bot.nlp.figure_nouns import normalise_adjective
from bot.nlp.figure_numerals import CANDIDATE_RE
from bot.nlp.figure_scopes import harmonise_subjects, sentence_scopes
from bot.nlp.figure_speakers import is_anonymous
from bot.nlp.figure_words import FigureMatch, Tok, is_adjective
from bot.nlp.names import same_person

# ---------------------------------------------------------------- component


def _canonical(source: str | None, quotes: Sequence[Quote]) -> str | None:
    """The article's canonical name for a source ("Kirby" -> "John Kirby") when a quote
    speaker names the same person, so a figure and the statements group under one speaker."""
    if not source or is_anonymous(source):
        return source
    best = source
    for q in quotes:
        sp = q.speaker
        if sp and len(sp) > len(best) and not is_anonymous(sp) and same_person(source, sp):
            best = sp
    return best


def _ensure_extensions() -> None:
    """Register the shared Doc extensions if the pipeline module has not done so yet, so the
    component also works in a bare blank("de") + sentencizer pipeline (tests, scoring)."""
    for name in ("article_date", "quotes", "figures", "sections"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_MAX_CACHED_ORTHS = 500_000


def _gapped(
    toks: Sequence[Tok], before: Sequence[FigureMatch], m: FigureMatch
) -> tuple[FigureMatch, str | None]:
    """A bare number closing a gapped conjunct counts what the nearest figure before it in the
    sentence counts, as reported by the conjunct's own subject (bot.nlp.figure_gapping)."""
    if m.unit is not None:
        return m, None
    prior = next((p for p in reversed(before) if p.unit is not None), None)
    if prior is None:
        return m, None
    source = conjunct_source(toks, m.first_token, m.number_token)
    if source is None:
        return m, None
    return replace(m, unit=prior.unit, subject=prior.subject), source


class FiguresComponent:
    """Fills `doc._.figures`; runs after sentence segmentation and the quote component."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self._table: Any = None
        # Whether a word form (by ORTH id) may start a figure; bounded, cleared when full.
        self._candidate_orths: dict[int, bool] = {}
        _ensure_extensions()

    def _lemma_table(self) -> Any:
        """spaCy's German lookup table, shared with a lookup lemmatizer when there is one
        (it holds 355k forms; loading it twice would cost a second and memory)."""
        if self._table is None:
            table = None
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_lookup"):
                    table = lookups.get_table("lemma_lookup")
            if table is None:
                from spacy.lookups import load_lookups

                table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
            self._table = table
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self._lemma_table()

        def lemmatize(word: str) -> str | None:
            value = table.get(word)
            return value if isinstance(value, str) else None

        def known(word: str) -> bool:
            return word in table

        quotes: list[Quote] = list(doc._.quotes or [])
        anchor: date | None = doc._.article_date
        figures: list[Figure] = []
        # One array read instead of Token objects (creating those is the slow part), and no
        # Doc.text: only sentences with a candidate token are ever turned into strings.
        arr = doc.to_array([ORTH, IDX, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        cache = self._candidate_orths
        if len(cache) > _MAX_CACHED_ORTHS:
            cache.clear()
        candidates: list[int] = []
        for k, (orth, _idx, _sp) in enumerate(arr):
            hit = cache.get(orth)
            if hit is None:
                hit = cache[orth] = bool(CANDIDATE_RE.search(strings[orth]))
            if hit:
                candidates.append(k)
        if not candidates:
            doc._.figures = figures
            return doc
        sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]

        def sentence_toks(span: Span) -> list[Tok]:
            return [
                Tok(strings[arr[k][0]], arr[k][1])
                for k in range(span.start, span.end)
                if not arr[k][2]
            ]

        # Teasers of other articles ("Lesen Sie auch") report nothing of this article. The
        # first paragraph is the exception: the corpus reader tags a short standfirst under
        # the headline "teaser", but it is this article's lead, stating its main figures.
        sections = list(doc._.sections or [])
        teasers = [(a, b) for k, (a, b, sec) in enumerate(sections) if sec == "teaser" and k > 0]
        paragraph_starts = sorted(a for a, _b, _sec in sections)

        def paragraph_before(si: int) -> list[str]:
            """The sentences before sentence `si` in its paragraph (read only when asked)."""
            at = bisect_right(paragraph_starts, sents[si].start_char) - 1
            first = paragraph_starts[at] if at >= 0 else 0
            out: list[str] = []
            for j in range(si - 1, -1, -1):
                if sents[j].start_char < first:
                    break
                out.insert(0, sents[j].text)
            return out

        last_source: str | None = None  # for "demnach" in the next sentence
        last_source_sentence = -2
        for si, sent in enumerate(sents):
            h = bisect_left(candidates, sent.start)
            if h == len(candidates) or candidates[h] >= sent.end:
                continue
            toks = sentence_toks(sent)
            if not toks or any(a <= toks[0].start < b for a, b in teasers):
                continue
            matches = find_figures(toks, lemmatize, known)
            if not matches:
                continue
            previous = sentence_toks(sents[si - 1]) if si > 0 else None
            previous_source = last_source if last_source_sentence == si - 1 else None
            if previous_source is None and si > 0:
                p_start, p_end = sents[si - 1].start_char, sents[si - 1].end_char
                previous_source = next(
                    (
                        q.speaker
                        for q in quotes
                        if q.speaker and q.start_char < p_end and q.end_char > p_start
                    ),
                    None,
                )
            s_start, s_end = sent.start_char, sent.end_char
            sentence = sent.text
            in_sentence = [q for q in quotes if q.start_char < s_end and q.end_char > s_start]
            before = paragraph_before(si) if refers_back(sentence) else []
            refers = figure_date(sentence, before, anchor)
            attributions = explicit_attributions(toks, previous, lemmatize)
            for mi, m in enumerate(matches):
                m, gapped = _gapped(toks, matches[:mi], m)
                if previous and pronoun_object(toks, m.first_token, lemmatize):
                    m = replace(m, subject=antecedent(previous) or m.subject)
                containing = [
                    q for q in in_sentence if q.start_char <= m.start and m.end <= q.end_char
                ]
                found = gapped or source_of_figure(
                    toks,
                    m,
                    containing,
                    in_sentence,
                    previous,
                    previous_source,
                    attributions,
                    lemmatize,
                )
                source = _canonical(nominative_source(found, lemmatize), quotes)
                if source:
                    last_source, last_source_sentence = source, si
                figures.append(
                    Figure(
                        value=m.value,
                        value_max=m.value_max,
                        qualifier=m.qualifier,
                        unit=m.unit,
                        subject=S.with_election_year(
                            S.without_source(m.subject, source), refers.year if refers else None
                        ),
                        text=sentence[m.start - s_start : m.end - s_start],
                        source=source,
                        sentence=sentence.strip(),
                        sentence_index=si,
                        start_char=m.start,
                        end_char=m.end,
                        refers_to=refers,
                        is_addition=m.is_addition,
                    )
                )

        def mentions(noun: str) -> list[str]:
            """Adjective + noun phrases of the article that name `noun` (any case)."""
            forms = {noun, noun + "n", noun[:-1] if noun.endswith("n") else noun}
            ids = {strings[w] for w in forms if w in strings}
            out: list[str] = []
            for k, (orth, _idx, _sp) in enumerate(arr):
                if orth not in ids:
                    continue
                adjs: list[str] = []
                j = k - 1
                while j >= 0 and len(adjs) < 3:
                    word = strings[arr[j][0]]
                    if not is_adjective(word) or word[:1].isupper():
                        break
                    if normalise_adjective(word) not in R.QUANTIFIER_ADJECTIVES:
                        adjs.insert(0, normalise_adjective(word))
                    j -= 1
                if not adjs and k + 2 < len(arr) and strings[arr[k + 1][0]] == "aus":
                    demonym = R.COUNTRY_ADJECTIVES.get(strings[arr[k + 2][0]])
                    adjs = [demonym] if demonym else []
                out.append(" ".join([*adjs, noun]))
            return out

        doc._.figures = sentence_scopes(harmonise_subjects(figures, mentions))
        return doc


@Language.factory("lagebild_figures")
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)
