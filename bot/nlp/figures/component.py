"""Reported figures: numbers that count or measure something, with qualifier, counted noun,
grouping subject, source and reference date.

The rules are pure functions over a sentence's tokens (`find_figures`, `find_source`); the
spaCy component `lagebild_figures` is a thin wrapper that runs them on candidate sentences
only (those with a digit or a number word), which keeps it cheap on long corpora.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any

import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from bot.models import Figure, Quote
from bot.nlp.doc_arrays import doc_text
from bot.nlp.extensions import register_extensions
from bot.nlp.figures import rules as R
from bot.nlp.figures.anaphora import antecedent, nominative_source, pronoun_object
from bot.nlp.figures.attribution import (
    antecedent_source,
    backref_mode,
    compounds_before,
    is_age,
    is_person_speaker,
    lead_organisation,
    only_organisation,
    paragraph_organisation,
    points_to_earlier,
    report_owners,
    source_of_figure,
    with_head,
)
from bot.nlp.figures.changes import old_values_measured
from bot.nlp.figures.corrections import current_values
from bot.nlp.figures.dates import (
    continues,
    dateline_date,
    figure_date,
    goes_on_reporting,
    is_projected,
    refers_back,
)
from bot.nlp.figures.elections import with_election_year
from bot.nlp.figures.finder import find_figures
from bot.nlp.figures.gapping import (
    conjunct_marker,
    conjunct_source,
    counts_a_part,
    part_concept,
)
from bot.nlp.figures.headlines import BODY_KEY
from bot.nlp.figures.kinds import (
    PROJECTION_KIND,
    figure_kind,
    kind_source,
    split_kind,
    with_kind,
)
from bot.nlp.figures.lemmas import lookup_table, memo_lemmatize
from bot.nlp.figures.markers import (
    StageMarker,
    StageReport,
    explicit_attributions,
    stage_markers,
    stage_reports,
)
from bot.nlp.figures.nouns import normalise_adjective
from bot.nlp.figures.numerals import CANDIDATE_RE, german_digits, writes_english
from bot.nlp.figures.places import dateline_place
from bot.nlp.figures.restated import elided_counts, restates_earlier
from bot.nlp.figures.scopes import harmonise_subjects, sentence_scopes
from bot.nlp.figures.speakers import (
    clean_speaker,
    is_anonymous,
    named_in_full,
    report_name,
    spelled_out,
)
from bot.nlp.figures.subjects import is_scoped_concept, subject_group, without_source
from bot.nlp.figures.surveys import names_survey, poll_result
from bot.nlp.figures.words import FigureMatch, Lemmatize, Tok, is_adjective
from bot.nlp.names import same_person
from bot.nlp.stages import needs

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
    register_extensions()


_MAX_CACHED_ORTHS = 500_000


def _last_token(toks: Sequence[Tok], m: FigureMatch) -> int:
    """The index of a match's last token (its counted noun, or the numeral itself)."""
    k = m.number_token
    while k + 1 < len(toks) and toks[k + 1].start < m.end:
        k += 1
    return k


def _gapped(
    toks: Sequence[Tok],
    before: Sequence[tuple[FigureMatch, Figure]],
    m: FigureMatch,
    attributions: Sequence[tuple[int, str | None]],
) -> tuple[FigureMatch, str | None]:
    """A figure closing a gapped conjunct is reported by the conjunct's own subject or marker
    (", die Polizei von 2.000", ", laut Veranstaltern 6.000"); a bare number there counts what
    the nearest figure before it counts (bot.nlp.figures.gapping), without the context that
    only named the first conjunct's source ("Teilnehmer (Organisatoren)")."""
    last = _last_token(toks, m)
    source = conjunct_source(toks, m.first_token, m.number_token, last) or conjunct_marker(
        toks, m.first_token, last, attributions
    )
    if m.unit is not None:
        return m, (source if before else None)
    prior = next(((p, f) for p, f in reversed(before) if p.unit is not None), None)
    if prior is None:
        return m, None
    if source is None:
        if counts_a_part(toks, m.first_token, m.number_token):
            part = part_concept(toks, m.first_token, m.number_token)  # "18 davon schwer"
            return replace(m, unit=prior[0].unit, subject=part), None
        return m, None
    return replace(m, unit=prior[0].unit, subject=prior[1].subject), source


MAX_ELISION_WORDS = 2  # ", mindestens aber 350 Euro", ", also 200 Euro"


def _elided_amount(
    toks: Sequence[Tok], prior: FigureMatch, m: FigureMatch, source: str | None
) -> bool:
    """Whether `m` repeats the figure before it in another unit with its noun left out: only
    a comma and a few lower-case words between them, and a subject that names no more than
    the figure's source (the clause's subject, read when the amount names nothing)."""
    if not source or not m.subject or m.subject.split(" (")[0] not in (source, source.split()[-1]):
        return False
    between = [t.text for t in toks[_last_token(toks, prior) + 1 : m.first_token]]
    if between.count(",") != 1:
        return False
    comma = between.index(",")
    named, elided = between[:comma], between[comma + 1 :]
    return (
        len(named) <= MAX_ELISION_WORDS
        and all(w[:1].isupper() or w in _COMPARATIVES for w in named)
        and len(elided) <= MAX_ELISION_WORDS
        and all(w[:1].islower() for w in elided)
    )


_COMPARATIVES = frozenset({"mehr", "weniger"})  # "8 Prozent mehr Lohn, mindestens 350 Euro"


def _own_subject(m: FigureMatch, source: str | None, before: Sequence[Figure]) -> FigureMatch:
    """A demand or offer whose subject only names who makes it ("…, die Arbeitgeber haben 5,5
    Prozent angeboten": "Arbeitgeber") is on what the figure before it in the unit is on."""
    if not source or not m.subject or m.subject.split(" (")[0] != source.split()[-1]:
        return m
    prior = next((f for f in reversed(before) if f.unit == m.unit and f.subject), None)
    if prior is None or prior.subject is None:
        return m
    return replace(m, subject=split_kind(prior.subject)[0])


# Tok((text, start)) without the Python-level __new__ a NamedTuple call runs (as its own _make
# does): half the cost of the tokens of every sentence with a figure candidate.
_new_tok = partial(tuple.__new__, Tok)


class FiguresComponent:
    """Fills `doc._.figures`; runs after sentence segmentation and the quote component."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self._table: Any = None
        self._lemmatize: Lemmatize | None = None  # over _table, remembering its answers
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
                table = lookup_table()
            self._table = table
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self._lemma_table()
        if self._lemmatize is None:
            self._lemmatize = memo_lemmatize(table)
        lemmatize = self._lemmatize

        def known(word: str) -> bool:
            return word in table

        # One array read instead of Token objects (creating those is the slow part); only
        # sentences with a candidate token are ever turned into tokens. (numpy's isin over
        # the distinct forms was measured slower on articles of a few hundred words.)
        arr = doc.to_array([ORTH, IDX, IS_SPACE]).tolist()
        candidates = self._candidates(arr, doc.vocab.strings)
        if not candidates:
            doc._.figures = []
            return doc
        reader = _DocReader(doc, arr, lemmatize, known)
        figures = elided_counts(reader.figures(candidates), reader.text)
        doc._.figures = sentence_scopes(
            harmonise_subjects(figures, _Mentions(arr, doc.vocab.strings))
        )
        return doc

    def _candidates(self, arr: list[list[int]], strings: StringStore) -> list[int]:
        """Indices of the tokens that may start a figure; the verdict per word form is cached
        (bounded, cleared when full) so a long corpus runs the regex once per form."""
        cache = self._candidate_orths
        if len(cache) > _MAX_CACHED_ORTHS:
            cache.clear()
        out: list[int] = []
        for k, (orth, _idx, _sp) in enumerate(arr):
            hit = cache.get(orth)
            if hit is None:
                hit = cache[orth] = bool(CANDIDATE_RE.search(strings[orth]))
            if hit:
                out.append(k)
        return out


class _DocReader:
    """One document as the figure rules read it: its sentences as tokens, its quotes, its
    teasers and paragraphs, and the source of the last figure (for "demnach")."""

    def __init__(
        self, doc: Doc, arr: list[list[int]], lemmatize: Lemmatize, known: Callable[[str], bool]
    ) -> None:
        self.arr = arr
        self.strings = doc.vocab.strings
        self.lemmatize = lemmatize
        self.known = known
        # the statements and the plans ("Die SPD will den Beitrag um 2 Prozent senken"):
        # a plan is no quote, but its subject is the source of the figures it names
        plans = doc._.plans or []
        quotes = doc._.quotes or []
        self.quotes: list[Quote] = (
            sorted([*quotes, *plans], key=attrgetter("start_char")) if plans else list(quotes)
        )
        self.text = doc_text(doc)  # the sentences' texts are slices of it (no Span.text)
        self.body: str = doc.user_data.get(BODY_KEY, self.text)  # a title doc's article body
        # an article without a publication date may name it in its dateline
        self.anchor: date | None = doc._.article_date or dateline_date(self.body)
        # an English article writes "3,500" for 3.500: its digits are read the English way
        self.english = writes_english(self.body)
        self.sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        # Teasers of other articles ("Lesen Sie auch") report nothing of this article. The
        # first paragraph is the exception: the corpus reader tags a short standfirst under
        # the headline "teaser", but it is this article's lead, stating its main figures.
        sections = list(doc._.sections or [])
        self.teasers = [
            (a, b) for k, (a, b, sec) in enumerate(sections) if sec == "teaser" and k > 0
        ]
        self.paragraph_starts = sorted(a for a, _b, _sec in sections)
        self.last_source: str | None = None
        self.last_source_sentence = -2
        # a survey's source and the last sentence of its results, for the next sentence
        self.poll: tuple[int, str] | None = None
        # the figures' sources so far with their offsets, for "die Behörde"
        self.sources: list[tuple[int, str]] = []
        # the last figure with a unit and its sentence, for "Im Jahr davor waren es 2.788"
        self.last_counted: tuple[int, Figure] | None = None
        self._dateline: tuple[str | None] | None = None  # read when a headline asks
        # the according-to markers, report cues and back-pointing markers ("Demnach") of
        # the attribution stage, in text order
        found = needs(doc, "attributions", "lagebild_attribution", "lagebild_figures")
        self.markers = stage_markers(doc._.mentions, found)
        self.marker_starts = [m.start for m in self.markers]
        self.reports, self.backs = stage_reports(doc._.mentions, found)
        self.report_starts = [r.start for r in self.reports]
        # the organisations the mention scan found, by their sentence's offset
        self.orgs = [
            (rec.sentence.words[0].start, with_head(name, head))
            for rec in doc._.mentions or ()
            if rec.orgs and rec.sentence.words
            for name, head in rec.orgs
        ]

    def dateline(self, toks: Sequence[Tok]) -> str | None:
        """The article's dateline place ("Kiew: …" when the body names Kiew as a place), read
        once and only for a sentence without a final full stop (a headline)."""
        if not toks or toks[-1].text == ".":
            return None
        if self._dateline is None:
            title = self.text.split("\n", 1)[0]
            self._dateline = (dateline_place(title, self.body),)
        return self._dateline[0]

    def sentence_markers(self, s_start: int, s_end: int) -> list[StageMarker]:
        """The attribution stage's according-to markers in the sentence [s_start, s_end)."""
        lo = bisect_left(self.marker_starts, s_start)
        hi = bisect_left(self.marker_starts, s_end)
        return self.markers[lo:hi]

    def sentence_reports(self, si: int) -> list[StageReport]:
        """The attribution stage's report cues in sentence `si` (none before the first)."""
        if si < 0:
            return []
        s_start, s_end = self.sents[si].start_char, self.sents[si].end_char
        lo = bisect_left(self.report_starts, s_start)
        return self.reports[lo : bisect_left(self.report_starts, s_end)]

    def points_back(self, s_start: int, s_end: int) -> bool:
        """Whether the attribution stage found a "demnach" pointing back in the sentence."""
        lo = bisect_left(self.backs, s_start)
        return lo < len(self.backs) and self.backs[lo] < s_end

    def named_before(self, source: str, end: int) -> list[str]:
        """The names the article gave a source or an organisation before character `end`, in
        text order: its figures' sources, the subjects of its report verbs ("Das Landesamt
        für Gesundheit registrierte …"), the names of its according-to markers, its speakers,
        the organisations its mention scan found ("der Umweltorganisation Pro Natura") and
        the compounds of `source` it wrote ("des Bildungsministeriums" for "das
        Ministerium"). Read only for a source that points back ("Das teilte die Behörde mit").
        A study's only antecedent is its owner in the genitive ("eine Studie der Universität
        Jena"): "laut einer Umfrage" may introduce anyone's; a club's or company's ("der
        Verein") the organisation the article's first sentence opens with."""
        mode = backref_mode(source)
        if mode == "study":
            return [name for _at, name in compounds_before(self.text, source, end)]
        if mode == "lead":  # only the organisation the article opens with: "der Verein"
            lead = lead_organisation(self.toks(self.sents[0])) if self.sents else None
            if lead:
                return [lead]
            # else the one organisation it reported through; a speaker with a person's role
            # is a person the name lists may not know ("Sprecherin Janne Kuhlmann")
            people = {
                q.speaker
                for q in self.quotes
                if q.speaker and is_person_speaker(q.speaker, q.speaker_role)
            }
            names = self._names_before(source, end, speakers=False)
            owners = report_owners(self.text[:end])
            return only_organisation(source, [n for n in names if n not in people], owners)
        return self._names_before(source, end)

    def _names_before(self, source: str, end: int, speakers: bool = True) -> list[str]:
        """`named_before` for any noun but a study's: every name the article gave a source
        or an organisation before character `end`, in text order (`speakers`: with the
        speakers of its statements)."""
        found: list[tuple[int, str | None]] = [*self.sources]
        found += [
            (r.start, report_name(r.name, clean_speaker(list(r.words))))
            for r in self.reports
            if r.start < end
        ]
        found += [(m.start, m.name) for m in self.markers if m.start < end and m.kind == "name"]
        if speakers:
            found += [(q.start_char, q.speaker) for q in self.quotes if q.start_char < end]
        found += [(at, name) for at, name in self.orgs if at < end]
        found += compounds_before(self.text, source, end)
        return [name for _at, name in sorted(found, key=lambda f: f[0]) if name]

    def antecedent(self, si: int, source: str, end: int) -> str:
        """The name a back-referring source in sentence `si` means (`antecedent_source`);
        for an organisation noun that finds no name of its kind ("der Verband" after "Der
        Deutsche Städtetag"), the institution its paragraph opens with; else the noun."""
        owners = report_owners(self.text[:end])
        found = antecedent_source(source, self.named_before(source, end), owners) or source
        if found != source or backref_mode(source) not in ("suffix", "lead"):
            return found
        first = si
        while first > 0 and self._paragraph_of(first - 1) == self._paragraph_of(si):
            first -= 1
        return paragraph_organisation(self.toks(self.sents[first])) or source

    def toks(self, span: Span) -> list[Tok]:
        arr, strings, tok = self.arr, self.strings, _new_tok
        out = [
            tok((strings[arr[k][0]], arr[k][1]))
            for k in range(span.start, span.end)
            if not arr[k][2]
        ]
        return german_digits(out) if self.english else out

    def figures(self, candidates: list[int]) -> list[Figure]:
        """The figures of every sentence holding a candidate token, outside teasers."""
        out: list[Figure] = []
        for si, sent in enumerate(self.sents):
            h = bisect_left(candidates, sent.start)
            if h == len(candidates) or candidates[h] >= sent.end:
                continue
            toks = self.toks(sent)
            if not toks or any(a <= toks[0].start < b for a, b in self.teasers):
                continue
            matches = current_values(toks, find_figures(toks, self.lemmatize, self.known))
            if matches:
                out += self._sentence_figures(si, sent, toks, matches)
        return out

    def _continues_report(
        self, si: int, toks: list[Tok], m: FigureMatch, matches: Sequence[FigureMatch]
    ) -> bool:
        """Whether a figure without a source of its own goes on with the report of the
        sentence before, in the same paragraph: a sentence that points back ("Das sind 230
        Euro mehr", "Er erwartet …", "davon") or restates its count ("Im Vorjahr waren es
        noch 5,6 Millionen"). An age is never reported (is_age)."""
        if si == 0 or self._paragraph_of(si) != self._paragraph_of(si - 1) or is_age(toks, m):
            return False
        sentence = self.text[toks[0].start : toks[-1].end] if toks else ""
        ends = [f.end - toks[0].start for f in matches]
        return goes_on_reporting(sentence, ends) or restates_earlier(toks, m.first_token)

    def _poll_runs_on(self, si: int, toks: list[Tok], m: FigureMatch) -> str | None:
        """The survey source of the sentence before when this sentence goes on with its
        results: "In einer Umfrage des Instituts Forsa kommt die Union auf 29 Prozent. Die AfD
        legt um zwei Punkte auf 24 Prozent zu." (or this sentence, when it went on with them
        in a figure before). Only in the same paragraph, only for a share
        or a change in points (surveys.poll_result), never for an age."""
        if self.poll is None or si - self.poll[0] not in (0, 1) or not poll_result(m):
            return None
        if self._paragraph_of(si) != self._paragraph_of(self.poll[0]) or is_age(toks, m):
            return None
        return self.poll[1]

    def _note_poll(self, si: int, toks: list[Tok], m: FigureMatch, source: str | None) -> None:
        """Remember a survey's result for the sentences after it: the sentence that names
        the survey sets its source; a sentence that goes on with its results keeps it, even
        where a word of its own was read as a source ("die Grünen erreichen 11 Prozent")."""
        running = self._poll_runs_on(si, toks, m)
        if running is not None:
            self.poll = (si, running)
        elif source and poll_result(m) and names_survey(toks):
            self.poll = (si, source)

    def _paragraph_of(self, si: int) -> int:
        """The index of the paragraph sentence `si` stands in."""
        return bisect_right(self.paragraph_starts, self.sents[si].start_char)

    def paragraph_before(self, si: int, limit: int | None = None) -> list[str]:
        """The sentences before sentence `si` in its paragraph, at most `limit` of them."""
        sents = self.sents
        at = bisect_right(self.paragraph_starts, sents[si].start_char) - 1
        first = self.paragraph_starts[at] if at >= 0 else 0
        out: list[str] = []
        stop = -1 if limit is None else max(si - 1 - limit, -1)
        for j in range(si - 1, stop, -1):
            if sents[j].start_char < first:
                break
            out.insert(0, self.text[sents[j].start_char : sents[j].end_char])
        return out

    def previous_source(self, si: int) -> str | None:
        """Who the sentence before reported through: the source of its last figure, else the
        speaker of a statement in it, else the source of a figure one sentence further back
        ("X meldete 23 Tote. Das teilte X mit. Mehr als 300 …, hieß es.")."""
        if self.last_source_sentence == si - 1:
            return self.last_source
        if si == 0:
            return None
        p_start, p_end = self.sents[si - 1].start_char, self.sents[si - 1].end_char
        speaker = next(
            (
                q.speaker
                for q in self.quotes
                if q.speaker and q.start_char < p_end and q.end_char > p_start
            ),
            None,
        )
        if speaker is None and self.last_source_sentence == si - 2:
            return self.last_source
        return speaker

    def _sentence_figures(
        self, si: int, sent: Span, toks: list[Tok], matches: list[FigureMatch]
    ) -> list[Figure]:
        """The sentence's matches as figures, each with its source and reference date."""
        previous_source = self.previous_source(si)
        s_start, s_end = sent.start_char, sent.end_char
        sentence = self.text[s_start:s_end]
        in_sentence = [q for q in self.quotes if q.start_char < s_end and q.end_char > s_start]
        # the paragraph's sentences for a back reference, else only the one right before
        # ("Am Dienstag demonstrierten Tausende. Die Polizei zählte 12.000")
        whole = refers_back(sentence) or continues(sentence)
        before = self.paragraph_before(si, None if whole else 1)
        attributions = explicit_attributions(
            toks,
            self.lemmatize,
            self.sentence_markers(s_start, s_end),
            self.sentence_reports(si),
            self.sentence_reports(si - 1),
            self.dateline(toks),
        )
        back = self.points_back(s_start, s_end)
        # the sentence before as tokens, read only for a rule that asks ("Demnach …", an
        # object pronoun)
        previous = self.toks(self.sents[si - 1]) if si > 0 and back else None
        out: list[Figure] = []
        kinds: list[str | None] = []
        matches = old_values_measured(toks, matches)
        for mi, m in enumerate(matches):
            m = self._restated(si, toks, m, out)
            m, gapped = _gapped(toks, list(zip(matches[:mi], out, strict=True)), m, attributions)
            if si > 0 and pronoun_object(toks, m.first_token, self.lemmatize):
                prior = previous or self.toks(self.sents[si - 1])
                m = replace(m, subject=(antecedent(prior) if prior else None) or m.subject)
            containing = [q for q in in_sentence if q.start_char <= m.start and m.end <= q.end_char]
            found = gapped or source_of_figure(
                toks,
                m,
                containing,
                in_sentence,
                previous,
                previous_source,
                attributions,
                back,
            )
            if found is None and previous_source and self._continues_report(si, toks, m, matches):
                found = previous_source
            if found is None:
                found = self._poll_runs_on(si, toks, m)
            source = _canonical(nominative_source(found, self.lemmatize), self.quotes)
            source = (spelled_out(source, self.body) if source else None) or source
            source = (named_in_full(source, self.body) if source else None) or source
            if source is not None and points_to_earlier(source):
                source = self.antecedent(si, source, m.start)
            found_kind = figure_kind(toks, m.first_token, _last_token(toks, m), self.lemmatize)
            kind = found_kind.kind if found_kind else None
            if kind is None and mi > 0 and m.subject and m.subject == matches[mi - 1].subject:
                kind = kinds[-1]  # an elided amount: "fordert 8 Prozent, mindestens aber 350 Euro"
            elif kind is None and mi > 0 and _elided_amount(toks, matches[mi - 1], m, source):
                # "Verdi fordert 8 Prozent mehr Lohn, mindestens aber 350 Euro": the amount is
                # on the same thing, not on "Verdi", whatever its unit
                kind = kinds[-1]
                m = replace(m, subject=split_kind(out[-1].subject or "")[0] or m.subject)
            kinds.append(kind)
            if found_kind is not None:
                source = kind_source(toks, found_kind) or source
                m = _own_subject(m, source, out)
            self._note_poll(si, toks, m, source)
            if source:
                self.last_source, self.last_source_sentence = source, si
                self.sources.append((m.start, source))
            span = (m.start - s_start, m.end - s_start)
            refers = figure_date(sentence, before, self.anchor, span)
            if kind is None and is_projected(refers, self.anchor):
                kind = PROJECTION_KIND  # a target date ("bis 2030 sollen 500 Wohnungen …")
            out.append(_figure(m, source, sentence, si, s_start, refers, kind))
        counted = [f for f in out if f.unit]
        if counted:
            self.last_counted = (si, counted[-1])
        return out

    def _restated(self, si: int, toks: list[Tok], m: FigureMatch, out: list[Figure]) -> FigureMatch:
        """A bare number after "es" and a copula ("2022 waren es noch 112.000", "Im Jahr
        davor waren es 2.788") counts what the figure before it counts, in this sentence or
        the one before (bot.nlp.figures.restated)."""
        if m.unit is not None or not restates_earlier(toks, m.first_token):
            return m
        prior = next((f for f in reversed(out) if f.unit), None)
        last = self.last_counted
        if (
            prior is None
            and last is not None
            and last[0] == si - 1
            and self._paragraph_of(si - 1) == self._paragraph_of(si)
        ):
            prior = last[1]
        if prior is None:
            return m
        subject = split_kind(prior.subject)[0] if prior.subject else None
        return replace(m, unit=prior.unit, subject=subject)


def _figure(
    m: FigureMatch,
    source: str | None,
    sentence: str,
    si: int,
    s_start: int,
    refers: date | None,
    kind: str | None = None,
) -> Figure:
    """The Figure record of a match in sentence `si` (which starts at `s_start`); a demand,
    offer, forecast or goal carries its kind in the subject when the subject is a topic."""
    subject = with_election_year(
        without_source(m.subject, source, m.unit), refers.year if refers else None
    )
    if kind == "Forderung" and is_scoped_concept(subject, m.unit):
        kind = None  # "Das Beben forderte 12 Todesopfer": caused, not demanded
    if kind and subject_group(subject, m.unit) is not None:
        subject = with_kind(subject, kind)
    return Figure(
        value=m.value,
        value_max=m.value_max,
        qualifier=m.qualifier,
        unit=m.unit,
        subject=subject,
        text=sentence[m.start - s_start : m.end - s_start],
        source=source,
        sentence=sentence.strip(),
        sentence_index=si,
        start_char=m.start,
        end_char=m.end,
        refers_to=refers,
        is_addition=m.is_addition,
    )


class _Mentions:
    """Adjective + noun phrases of the article that name `noun` (any case), for
    harmonise_subjects: "nordkoreanische Soldaten" makes a bare "Soldaten" that group.

    Asked once per figure subject: each form's tokens are found with `list.index` over the
    article's word ids (a scan in C, the id list built on the first question) instead of a
    Python loop over every token per question."""

    def __init__(self, arr: list[list[int]], strings: StringStore) -> None:
        self.arr, self.strings = arr, strings
        self._orths: list[int] | None = None

    def __call__(self, noun: str) -> list[str]:
        arr, strings = self.arr, self.strings
        forms = {noun, noun + "n", noun[:-1] if noun.endswith("n") else noun}
        ids = {strings[w] for w in forms if w in strings}
        if not ids:
            return []
        if self._orths is None:
            self._orths = [row[0] for row in arr]
        at = sorted(k for orth in ids for k in _positions(self._orths, orth))
        return [" ".join([*_adjectives_before(arr, strings, k), noun]) for k in at]


def _positions(values: list[int], value: int) -> list[int]:
    """Every index of `value` in `values`, ascending."""
    out: list[int] = []
    k = -1
    try:
        while True:
            k = values.index(value, k + 1)
            out.append(k)
    except ValueError:
        return out


def _adjectives_before(arr: list[list[int]], strings: StringStore, k: int) -> list[str]:
    """Up to three adjectives before token k in their plural form, without quantifiers;
    else the demonym of "aus X" after it ("Soldaten aus Nordkorea")."""
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
    return adjs


@Language.factory(
    "lagebild_figures",
    assigns=["doc._.figures"],
    requires=["token.is_sent_start", "doc._.attributions", "doc._.quotes", "doc._.plans"],
)
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)


def figures_pipeline() -> Language:
    """blank("de") + spaCy's sentencizer + the stages the figure rules read (mentions,
    attribution) + `lagebild_figures`, initialized: the figures without the quote stage, for
    scoring the figure rules alone."""
    import bot.nlp.stages  # noqa: F401  (registers the stage factories)

    nlp = spacy.blank("de")
    for name in ("sentencizer", "lagebild_mentions", "lagebild_attribution", "lagebild_figures"):
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp
