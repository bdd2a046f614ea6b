"""Handler: figures — the current reported value of a subject, its history and conflicts.

"Current" is the newest *dated* report; when several reports share that date and disagree, the
answer shows them side by side instead of picking one, and undated reports are listed as such
rather than being guessed into the timeline. Increments ("weitere 1.500") are shown in the
history but never taken as the current total.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import OSA

from bot.nlp.figures.dates import reports_earlier
from bot.nlp.figures.intervals import Interval, all_agree, claim_interval
from bot.nlp.figures.lemmas import is_common_noun, key_noun, table_lemmatize
from bot.nlp.figures.lexicon import lexicon
from bot.nlp.figures.tiers import states_tiers
from bot.store.records import FigureRecord, SubjectSummary
from handlers.figure_groups import (
    STORY_REPORTS,
    SubjectScope,
    comparable,
    lemmas_loaded,
    main_subject,
    story_parts,
    subject_scope,
)
from handlers.figure_units import COUNT, by_dimension, measured_in, unit_named
from handlers.format import (
    chunk_lines,
    figure_date,
    figure_provenance,
    figure_source,
    figure_value,
    fmt_figure_date,
    inert,
    inner_quotes,
    is_background,
    is_forecast,
    unique_provenance,
)
from handlers.i18n import count, t
from handlers.syntax import Syntax, syntax_of, typed_template
from handlers.types import (
    Attachment,
    Block,
    Handler,
    Provenance,
    Reply,
    Request,
    Services,
    UserError,
)

FIGURE_LIMIT = 100  # newest reports per subject in one answer; the rest is counted
TOPIC_LIST = 50  # subjects the topic list shows, most reported first


@dataclass(frozen=True, slots=True)
class Claim:
    """One value as stated by one source on one date, possibly in several articles."""

    value: str  # in words: "mehr als 10.000"
    source: str
    when: date | None
    figures: tuple[FigureRecord, ...]
    is_addition: bool = False

    @property
    def vague(self) -> bool:
        return all(f.qualifier == "vague" for f in self.figures)

    @property
    def interval(self) -> Interval:
        f = self.figures[0]
        return claim_interval(f.qualifier, f.value, f.value_max)

    @property
    def background(self) -> bool:
        return all(is_background(f) for f in self.figures)

    @property
    def forecast(self) -> bool:
        return all(is_forecast(f) for f in self.figures)

    @property
    def superseded(self) -> bool:
        """Whether every report of the claim looks back on an earlier count ("Zuvor hatte das
        Klinikum 33 Verletzte gemeldet")."""
        return all(reports_earlier(f.sentence, f.text) for f in self.figures)


def agree(claims: list[Claim]) -> bool:
    """Claims agree when their intervals overlap pairwise ("mehr als 10.000", "rund 11.000")."""
    return all_agree([c.interval for c in claims])


def disagreeing(claims: list[Claim]) -> list[Claim]:
    """The claims that contradict another claim on the same thing in the same story (their
    intervals do not overlap; handlers.figure_groups.comparable). Two stories that share only
    a topic word ("Soldaten": 15.000 in Lebanon, 200 in Timor) are separate entries.

    Intervals are compared once per distinct pair (a digest's subject holds ~60 claims but a
    dozen intervals: checking every claim pair was a third of the plain /digest's Python
    time); only claims whose intervals do not overlap are compared report by report."""
    by_interval: dict[Interval, list[int]] = {}
    for k, c in enumerate(claims):
        by_interval.setdefault(c.interval, []).append(k)
    distinct = list(by_interval)
    apart: set[tuple[int, int]] = set()
    for n, a in enumerate(distinct):
        for b in distinct[n:]:
            if a.overlaps(b):
                continue
            apart.update(
                (min(i, j), max(i, j)) for i in by_interval[a] for j in by_interval[b] if i != j
            )
    found: set[int] = set()
    for i, j in sorted(apart):
        if i in found and j in found:
            continue
        if any(comparable(x, y) for x in claims[i].figures for y in claims[j].figures):
            found.update((i, j))
    return [c for k, c in enumerate(claims) if k in found]


def related(claims: list[Claim]) -> bool:
    """Whether any two of the claims report the same thing in the same story (they compare:
    "vs."); claims that share only a topic word are listed one after the other, and so is an
    increment beside a total ("weitere 11 sowie 25": the 11 more do not contradict 25)."""
    totals = [c for c in claims if not c.is_addition]
    return any(
        comparable(x, y)
        for i, a in enumerate(totals)
        for b in totals[i + 1 :]
        for x in a.figures
        for y in b.figures
    )


def firm_claims(claims: list[Claim]) -> list[Claim]:
    """The claims that state a total: no increments, no earlier count a newer one of the same
    date replaced ("liegt inzwischen bei 35. Zuvor hatte das Klinikum 33 gemeldet": 35, not
    "35 und 33"), and no vague words ("Tausende") when a number was also reported, so
    "Tausende" never counts as contradicting "mehr als 10.000"."""
    totals = [c for c in claims if not c.is_addition]
    totals = [c for c in totals if not c.superseded] or totals
    precise = [c for c in totals if not c.vague]
    return precise or totals


@dataclass(frozen=True, slots=True)
class FigureSummary:
    current: list[Claim]  # one claim, or several at the newest date (conflict / tie)
    current_date: date | None
    history: list[tuple[date, list[Claim]]]  # oldest first
    undated: list[Claim]

    @property
    def conflicts(self) -> list[tuple[date, list[Claim]]]:
        """Dates at which sources reported values that cannot all be true (their intervals do
        not overlap); differing words that agree ("mehr als 10.000", "rund 11.000") are none."""
        found = [(d, disagreeing(firm_claims(cs))) for d, cs in self.history]
        return [(d, cs) for d, cs in found if cs]

    @property
    def current_conflict(self) -> bool:
        return len({c.value for c in self.current}) > 1 and bool(disagreeing(self.current))


def _claims(figs: Sequence[FigureRecord], locale: str) -> list[Claim]:
    """Merge the same value from the same source on the same date (several articles)."""
    merged: dict[tuple[str, str, date | None, bool], list[FigureRecord]] = {}
    # A subject's reports repeat a few values and sources: each is put in words once (the
    # plain /digest words 8 subjects x 100 reports). The vague words come from the text.
    values: dict[tuple[object, ...], str] = {}
    sources: dict[tuple[str | None, str | None], str] = {}
    for f in figs:
        shape: tuple[object, ...] = (f.value, f.value_max, f.qualifier, f.unit, f.is_addition)
        note = outlier_note(f)
        if f.qualifier == "vague" or note:
            shape += (f.text,)
        value = values.get(shape)
        if value is None:
            value = figure_value(f, locale)
            if note:
                value = t(locale, "figures.outliers", value=value, note=inert(note))
            if f.is_addition:
                value = t(locale, "figure.addition", value=value)
            values[shape] = value
        source = sources.get((f.source, f.outlet))
        if source is None:
            source = sources[(f.source, f.outlet)] = figure_source(f, locale)
        key = (value, source, figure_date(f), f.is_addition)
        merged.setdefault(key, []).append(f)
    claims = [Claim(v, s, d, tuple(fs), add) for (v, s, d, add), fs in merged.items()]
    return _series_claims(claims, locale)


def outlier_note(f: FigureRecord) -> str | None:
    """The exceptions a range's text runs on to ("zwischen 0 und 8 Prozent, gelegentlich auch
    10 oder 12 Prozent" -> "gelegentlich auch 10 oder 12 Prozent"; bot.nlp.figures.outliers
    folds them into the range): a note to the one claim, as the article words it."""
    if f.qualifier != "range" or "," not in f.text:
        return None
    return f.text.split(",", 1)[1].strip() or None


def _series_claims(claims: list[Claim], locale: str) -> list[Claim]:
    """One claim for the values one source gives in one sentence of one article: "3 Prozent
    bis 1 Mio. Euro, 2 Prozent bis 5 Mio. Euro und 1 Prozent darüber" states tiers of one
    claim, not three competing current values, and "stieg von 21 auf 25" one rise whose
    value now is the last. Values of one sentence but different sources stay apart (police
    vs. organisers)."""
    by_sentence: dict[tuple[int, str, str], list[Claim]] = {}
    for c in claims:
        places = {(f.article_id, f.sentence, c.source) for f in c.figures}
        if len(places) == 1 and not c.is_addition and not c.superseded:
            by_sentence.setdefault(places.pop(), []).append(c)
    series = {id(c): cs for cs in by_sentence.values() if len(cs) > 1 for c in cs}
    out: list[Claim] = []
    done: set[int] = set()
    for c in claims:
        group = series.get(id(c))
        if group is None:
            out.append(c)
        elif id(group[0]) not in done:
            done.add(id(group[0]))
            out.append(_one_series(group, locale))
    return out


def _one_series(group: list[Claim], locale: str) -> Claim:
    """The claims of one sentence as one, in the order the sentence states them; the last
    stated value leads (the claim's interval is its: "von 21 auf 25" is 25 now)."""
    sentence = group[0].figures[0].sentence
    ordered = sorted(group, key=lambda c: sentence.find(c.figures[0].text))
    values = [c.value for c in ordered]
    names = [named_before(sentence, c.figures[0].text) for c in ordered]
    if all(names) and len(set(names)) == len(names):
        # each value its own name's ("McCain mit 694 … Mike Huckabee mit nur 178"): no
        # tiers of one thing, and without the names "694 und 178" told nothing
        values = [
            t(locale, "figures.named_value", name=inert(n or ""), value=v)
            for n, v in zip(names, values, strict=True)
        ]
        value = t(locale, "figures.values", values=", ".join(values[:-1]), last=values[-1])
    elif len(values) == 2 and _rise(sentence, ordered[0].figures[0], ordered[1].figures[0]):
        value = t(locale, "figures.rise", low=values[0], high=values[1])
    else:
        key = "series" if states_tiers(sentence, [c.figures[0].text for c in ordered]) else "values"
        value = t(locale, f"figures.{key}", values=", ".join(values[:-1]), last=values[-1])
    figures = tuple(f for c in reversed(ordered) for f in c.figures)
    return Claim(value, ordered[0].source, ordered[0].when, figures)


# A name right before a value: "Jason Kidd (19 Punkte", "McCain mit 694", "Mike Huckabee mit
# nur 178"; up to three capitalised words.
_NAME_BEFORE_RE = re.compile(
    r"((?:[A-ZÄÖÜ][\w'’.-]*\s+){0,2}[A-ZÄÖÜ][\w'’-]+)"
    r"\s*(?:\(\s*|\s+mit\s+(?:nur\s+|knapp\s+|rund\s+|etwa\s+)?)$"
)


def named_before(sentence: str, text: str) -> str | None:
    """The name a sentence puts right before a value ("Vince Carter (11 Punkte)" -> "Vince
    Carter"), or None: a common noun there ("Stimmen mit 5") names no one."""
    at = sentence.find(text)
    if at <= 0:
        return None
    m = _NAME_BEFORE_RE.search(sentence[:at])
    if m is None:
        return None
    lemmatize = table_lemmatize()
    lex = lexicon()
    tails = lex.place_tails
    words = m.group(1).split()
    while words and (  # "Dennoch", "Die", "Auch": no part of a name
        lemmatize(words[0].lower())
        or words[0] in lex.openers
        or words[0].lower() in lex.clause_openers
    ):
        words = words[1:]
    if all(is_common_noun(w, lemmatize, tails) for w in words):
        return None  # also when no word is left
    return " ".join(words)


def _rise(sentence: str, a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two values of a sentence read "von A auf B" (a change, not two tiers)."""
    start, end = sentence.find(a.text), sentence.find(b.text)
    if start < 0 or end < 0:
        return False
    before = sentence[max(0, start - 5) : start].strip().lower()
    between = sentence[start + len(a.text) : end].strip().lower()
    return before.endswith("von") and between == "auf"


def summarize(figs: Sequence[FigureRecord], locale: str) -> FigureSummary:
    # Each figure's date and the undated claims are computed once: the plain /digest
    # summarises 8 subjects x 100 figures, and doing both twice was half of its Python time.
    undated: list[FigureRecord] = []
    by_date: dict[date, list[FigureRecord]] = {}
    for f in figs:
        d = figure_date(f)
        if d is None:
            undated.append(f)
        else:
            by_date.setdefault(d, []).append(f)
    history = [(d, _claims(by_date[d], locale)) for d in sorted(by_date)]
    totals = [(d, firm_claims([c for c in cs if not c.background])) for d, cs in history]
    totals = reported([(d, cs) for d, cs in totals if cs])
    totals = standing(totals)
    undated_claims = _claims(undated, locale)
    if totals:
        current_date, current = _current(totals)
    else:
        current_date = None
        current = firm_claims(undated_claims)
    return FigureSummary(current, current_date, history, undated_claims)


def reported(totals: list[tuple[date, list[Claim]]]) -> list[tuple[date, list[Claim]]]:
    """The dates whose claims are not all forecasts: "Für 2030 rechnet das Amt mit 20.000"
    dates its figure 2030, the newest date of the subject, but it is no count of now; it stays
    in the history. Only a subject of forecasts alone (a "(Prognose)" topic) shows its newest
    target as the current value."""
    return [(d, cs) for d, cs in totals if not all(c.forecast for c in cs)] or totals


def standing(totals: list[tuple[date, list[Claim]]]) -> list[tuple[date, list[Claim]]]:
    """The dates whose claims are not all looks back: a peak or an earlier state reported on
    a later day ("In der Spitze waren 94.000 Haushalte ohne Strom gewesen" after counts of
    31.000 and 8.000) stays in the history but is never the current value. Only when every
    dated claim looks back are they all kept, so the subject still shows its newest one."""
    return [(d, cs) for d, cs in totals if not all(c.superseded for c in cs)] or totals


def _current(totals: list[tuple[date, list[Claim]]]) -> tuple[date, list[Claim]]:
    """The newest dated claims that say a number. A vague word reported later ("Dutzende
    Tote" after "35 Tote") is no current value: it is a lower bound the count already meets.
    It leads only when it says more than the count ("Tausende" after "mehr als 200")."""
    precise = [k for k, (_, cs) in enumerate(totals) if any(not c.vague for c in cs)]
    if not precise or precise[-1] == len(totals) - 1:
        return totals[-1]
    counted = totals[precise[-1]]
    ceiling = max(_known(c.interval) for c in counted[1] if not c.vague)
    later = [c for _, cs in totals[precise[-1] + 1 :] for c in cs]
    if any(c.interval.low > ceiling for c in later):
        return totals[-1]
    return counted


def _known(iv: Interval) -> float:
    """The most a claim is known to say: its upper end, or its lower end when it is open
    upwards ("mehr als 200" says 200)."""
    return iv.high if iv.bounded else iv.low


def sources_text(claims: Sequence[Claim]) -> str:
    """Everyone who reported the claims, each once in order: "Selenskyj; US-Regierung". A
    subject's current claims repeat a few sources many times: each is made inert once."""
    return "; ".join(dict.fromkeys(inert(s) for s in dict.fromkeys(c.source for c in claims)))


def _claim_text(claims: list[Claim], locale: str) -> str:
    """One value and everyone who reported it: "rund 11.000 (Selenskyj; US-Regierung)"."""
    sources = sources_text(claims)
    text = f"{claims[0].value} ({sources})"
    n = len({f.article_id for c in claims for f in c.figures})
    if n > 1:
        text += " · " + t(locale, "figures.in_articles", n=n)
    return text


def current_value(claims: list[Claim], locale: str) -> str:
    """The current value in words with its sources: one value, an agreed span ("mehr als
    10.000 bis rund 11.000 (US-Außenministerium; Selenskyj)"), or a conflict side by side."""
    values = list(dict.fromkeys(c.value for c in claims))
    if len(values) > 1 and not related(claims):
        return separately(claims, locale)
    if len(values) == 1 or not agree(claims):
        return side_by_side(claims, locale)
    # Ordered by the stated numbers: "mehr als 10.000" is the low end, "rund 11.000" the high.
    low = min(claims, key=lambda c: c.figures[0].value)
    high = max(claims, key=lambda c: c.figures[0].value_max or c.figures[0].value)
    if low.value == high.value:
        return side_by_side(claims, locale)
    span = t(locale, "figures.agreed_span", low=low.value, high=high.value)
    sources = sources_text(claims)
    return f"{span} ({sources})"


def separately(claims: list[Claim], locale: str) -> str:
    """Claims on different things or stories under one topic word, listed without "vs.":
    "rund 15.000 (UN) sowie 200 (Regierung)"."""
    by_value: dict[str, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(c.value, []).append(c)
    return t(locale, "figures.separately").join(_claim_text(cs, locale) for cs in by_value.values())


def side_by_side(claims: list[Claim], locale: str) -> str:
    """Claims grouped by value: "mehr als 10.000 (US-Außenministerium) vs. rund 11.000 (Selenskyj)"."""
    by_value: dict[str, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(c.value, []).append(c)
    return t(locale, "figures.versus").join(_claim_text(cs, locale) for cs in by_value.values())


def _articles_line(claims: list[Claim], locale: str) -> str:
    titles = dict.fromkeys(
        t(locale, "common.quoted_title", title=inert(inner_quotes(f.article_title, locale)))
        for c in claims
        for f in c.figures
    )
    return "  " + t(locale, "figures.from_articles", titles=", ".join(titles))


def _figures_of(claims: Sequence[Claim]) -> list[FigureRecord]:
    return [f for c in claims for f in c.figures]


def detail_blocks(subject: str, summary: FigureSummary, locale: str) -> list[Block]:
    blocks: list[Block] = []
    current_lines: list[str] = []
    if summary.current_date is not None:
        key = "figures.current_conflict" if summary.current_conflict else "figures.current"
        if all(c.forecast for c in summary.current):
            key = "figures.current_forecast"  # a "(Prognose)" topic: no state "as of" 2030
        current_lines.append(
            t(
                locale,
                key,
                value=current_value(summary.current, locale),
                date=fmt_figure_date(summary.current_date, _figures_of(summary.current), locale),
            )
        )
    elif summary.current:
        shown = side_by_side if related(summary.current) else separately
        current_lines.append(
            t(locale, "figures.current_undated", value=shown(summary.current, locale))
        )
    else:
        current_lines.append(t(locale, "figures.only_background"))
    if summary.current:
        current_lines.append(_articles_line(summary.current, locale))
    if summary.current_date is not None and summary.undated:
        current_lines.append(
            t(
                locale,
                "figures.undated_note",
                reports=count(locale, "undated_reports", len(summary.undated)),
            )
        )
    blocks.append(
        Block(
            "\n".join(current_lines), heading=t(locale, "figures.current_heading", subject=subject)
        )
    )

    if summary.history:
        lines = []
        for d, claims in summary.history:
            shown = side_by_side if related(claims) else separately
            line = (
                f"- **{fmt_figure_date(d, _figures_of(claims), locale)}**: {shown(claims, locale)}"
            )
            if all(c.background for c in claims):
                line += " " + t(locale, "figures.background")
            elif all(c.forecast for c in claims):
                line += " " + t(locale, "figures.forecast")
            lines.append(line)
            lines.append(_articles_line(claims, locale))
        blocks.extend(chunk_lines(lines, heading=t(locale, "figures.history_heading")))
    conflicts = summary.conflicts
    if conflicts:
        lines = [
            f"- **{fmt_figure_date(d, _figures_of(cs), locale)}**: {side_by_side(cs, locale)}"
            for d, cs in conflicts
        ]
        blocks.extend(chunk_lines(lines, heading=t(locale, "figures.conflicts_heading")))
    if summary.undated:
        lines = []
        for c in summary.undated:
            lines.append(f"- {_claim_text([c], locale)}")
            lines.append(_articles_line([c], locale))
        blocks.extend(chunk_lines(lines, heading=t(locale, "figures.undated_heading")))
    return blocks


# Word endings of German inflection: a typed word that differs from a subject's word by one
# of them names the same thing ("Toten" / "Tote", "Verletzter" / "Verletzte").
_ENDINGS = frozenset({"e", "n", "en", "er", "r", "s", "es", "ern", "ns", "nen"})
EXACT, STEM, TYPO = 3, 2, 1  # how a typed word matches a subject's word, best first


def max_typos(word: str) -> int:
    """Edits a typed word may be off by: none up to four letters, where one edit makes another
    word ("Tote" / "Tore", "Orte" / "Orts"); one up to seven letters; two beyond."""
    return 0 if len(word) <= 4 else 1 if len(word) <= 7 else 2


def _noun(word: str) -> str:
    return key_noun(word[:1].upper() + word[1:]).lower()


def word_match(typed: str, word: str) -> int:
    """How a typed word matches a subject's word (both lower case): EXACT, STEM (another
    inflected form: an ending more or less, or the same noun lemma, "löhne" / "lohn"), TYPO
    (within `max_typos` edits), or 0."""
    if typed == word:
        return EXACT
    short, long_ = sorted((typed, word), key=len)
    if long_.startswith(short) and long_[len(short) :] in _ENDINGS:
        return STEM
    if len(short) > 2 and _noun(typed) == _noun(word):
        return STEM
    return TYPO if OSA.distance(typed, word) <= max_typos(typed) else 0


def subject_match(query: str, subject: str) -> int:
    """How well a subject's name matches what the user typed: every typed word must match one
    of its words, and the subject scores the sum of their best `word_match`, so an exact or
    inflected match always beats a typo of another subject ("/figures Tote" answered "Anteil
    der Orte"). Word against word: a short word never matches by a few letters inside a
    longer one (whole-string fuzzy matching answered "/figures Euro" with "angreifende
    Terroristen")."""
    words = re.findall(r"\w+", subject.lower())
    typed = re.findall(r"\w+", query.lower())
    if not words or not typed:
        return 0
    best = [max(word_match(q, w) for w in words) for q in typed]
    return 0 if 0 in best else sum(best)


async def _resolve_subject(query: str, services: Services, scope: SubjectScope) -> SubjectSummary:
    """The subject the user means: exact key, then store completion, then fuzzy over all."""
    key = query.strip().lower()
    candidates = await services.store.figures.complete_subject(query, limit=25)
    for s in candidates:
        if s.subject_key == key or s.subject.lower() == key:
            return s
    # the name the topic list shows ("Exemplare" for a stored "Exemplare (Künstler)")
    for s in scope.joined:
        if s.subject.lower() == key:
            return s
    if candidates:
        return candidates[0]
    subjects = await services.store.figures.subjects(limit=200)
    await lemmas_loaded()  # inflected forms are matched by their lemma (`word_match`)
    scored = [(subject_match(key, s.subject), -i) for i, s in enumerate(subjects)]
    best = max(scored, default=None)
    if best is not None and best[0] > 0:
        return subjects[-best[1]]
    raise UserError(
        "figures.unknown_subject",
        subject=query,
        candidates=", ".join(s.subject for s in subjects[:5]),
        suggestion="figures.try_list",
    )


async def _detail(
    subject: SubjectSummary, scope: SubjectScope, locale: str, chart: bool
) -> tuple[list[Block], list[FigureRecord], list[Attachment]]:
    figs = await scope.figures(subject.subject_key, limit=FIGURE_LIMIT)
    story, *others = await story_parts(figs) or [[]]
    parts = by_dimension(story)
    blocks: list[Block] = []
    for dim, part in parts:
        # One section per unit: "8 Prozent" and "350 Euro" are two measures, never a conflict.
        label = subject.subject if len(parts) == 1 or dim == COUNT else f"{subject.subject} ({dim})"
        blocks.extend(detail_blocks(inert(label), summarize(part, locale), locale))
    if subject.figure_count > len(figs):
        # Said out loud, never silently: the timeline covers the newest reports only.
        blocks.insert(
            1, Block(t(locale, "figures.limited", shown=len(figs), n=subject.figure_count))
        )
    if others:
        events = count(locale, "other_events", len(others))
        blocks.append(Block(t(locale, "figures.other_stories", events=events)))
        blocks.extend(_other_story_blocks(subject.subject, others, locale))
    attachments: list[Attachment] = []
    if chart:
        plotted = parts[0][1] if parts else []  # one scale: the most reported unit
        dated = [f for f in plotted if figure_date(f) is not None]
        if any(not f.is_addition for f in dated):  # increments alone draw no level
            # Imported on first use: matplotlib costs a second of start-up for every command.
            from handlers.figures_chart import chart_note, render_chart

            undated = len(plotted) - len(dated)
            png = await asyncio.to_thread(render_chart, subject.subject, dated, locale, undated)
            description = t(locale, "figures.chart_description", subject=subject.subject)
            if undated:
                description += " · " + chart_note(undated, locale)
            attachments.append(Attachment("chart.png", png, description=description))
        else:
            blocks.append(Block(t(locale, "figures.no_chart")))
    return blocks, figs, attachments


def _other_story_blocks(
    subject: str, others: Sequence[Sequence[FigureRecord]], locale: str
) -> list[Block]:
    """Each other story under the topic's name on its own, named by its newest article: its
    values are neither the current story's history nor a conflict with it."""
    blocks: list[Block] = []
    for story in others:
        newest = max(story, key=lambda f: (f.published is not None, f.published or date.min))
        label = t(locale, "figures.other_story", subject=subject, title=newest.article_title)
        for _dim, part in by_dimension(story):
            blocks.extend(detail_blocks(inert(label), summarize(part, locale), locale))
    return blocks


SERIES_LINES = 20  # overview subjects whose latest report may be one of a series, read in full


def _in_series(latest: FigureRecord) -> bool:
    """Whether a report's sentence holds more numbers than its own: it may be one value of a
    series (tiers, "je nach Fall") that the overview line must show whole."""
    return len(re.findall(r"\d+(?:[.,]\d+)*", latest.sentence)) > 1


async def _series_values(
    subjects: Sequence[SubjectSummary], scope: SubjectScope, locale: str
) -> dict[str, str]:
    """subject key -> the current claim in words, for subjects whose current claim is one
    source's series in one sentence ("3 Prozent, 2 Prozent und 1 Prozent (je nach Fall)"):
    their overview line shows the tiers, not only the value stated last."""
    out: dict[str, str] = {}
    candidates = [s for s in subjects if s.figure_count > 1 and _in_series(s.latest)]
    for s in candidates[:SERIES_LINES]:
        figs = await scope.figures(s.subject_key, limit=FIGURE_LIMIT)
        # one measure: "58 Prozent" turnout and "12 Prozentpunkte" more are no series
        current = summarize([f for f in figs if f.unit == s.latest.unit], locale).current
        if len(current) == 1 and len(current[0].figures) > 1:
            out[s.subject_key] = current[0].value
    return out


async def _standing_latest(
    subjects: Sequence[SubjectSummary], scope: SubjectScope, locale: str
) -> list[SubjectSummary]:
    """The subjects with a newest report that looks back ("In der Spitze waren 94.000
    Haushalte ohne Strom gewesen") showing their current value instead: an overview line
    names the current count, as the subject's answer does (`standing`); so does one whose
    newest date is a forecast's target ("Für 2030 rechnet das Amt mit 20.000", `reported`).
    Only those subjects' reports are read."""
    out: list[SubjectSummary] = []
    for s in subjects:
        looks_away = reports_earlier(s.latest.sentence, s.latest.text) or is_forecast(s.latest)
        if s.figure_count > 1 and looks_away:
            figs = await scope.figures(s.subject_key, limit=FIGURE_LIMIT)
            current = summarize([f for f in figs if f.unit == s.latest.unit], locale).current
            if current:
                s = dataclasses.replace(s, latest=current[0].figures[0])
        out.append(s)
    return out


def _line_value(s: SubjectSummary, series: dict[str, str], locale: str) -> str:
    """The value an overview line shows: the whole series, else the latest value with the
    outliers its range names."""
    if s.subject_key in series:
        return series[s.subject_key]
    value = figure_value(s.latest, locale)
    note = outlier_note(s.latest)
    return t(locale, "figures.outliers", value=value, note=inert(note)) if note else value


def _subject_lines(
    subjects: Sequence[SubjectSummary],
    locale: str,
    series: dict[str, str] | None = None,
    told: dict[str, tuple[int, int]] | None = None,
) -> list[str]:
    """One overview line per subject: its current value, source, date and report count (of
    its newest story, the others counted apart: `_stories_told`)."""
    return [
        t(
            locale,
            "figures.subject_line",
            subject=inert(s.subject),
            value=_line_value(s, series or {}, locale),
            source=inert(figure_source(s.latest, locale)),
            date=fmt_figure_date(figure_date(s.latest), [s.latest], locale),
            reports=_reports(s, (told or {}).get(s.subject_key), locale),
        )
        for s in subjects
    ]


def _reports(s: SubjectSummary, told: tuple[int, int] | None, locale: str) -> str:
    """ "6 Meldungen", or for a topic of several stories the newest story's reports and the
    other stories: "2 Meldungen (+ 2 weitere Ereignisse)"."""
    if told is None:
        return count(locale, "reports", s.figure_count)
    others, newest = told
    events = count(locale, "other_events", others)
    return (
        count(locale, "reports", newest)
        + " "
        + t(locale, "figures.other_events_note", events=events)
    )


async def _stories_told(
    subjects: Sequence[SubjectSummary], scope: SubjectScope
) -> dict[str, tuple[int, int]]:
    """subject key -> (other stories, reports of the newest story) for the listed subjects
    whose reports tell several unrelated stories: "Verletzte · 6 Meldungen" counted the
    injured of three accidents years apart as one topic's reports. Each subject's newest
    STORY_REPORTS reports per key are read; its report count stays the stored one when it
    has more (then the newest story's count would be a guess)."""
    out: dict[str, tuple[int, int]] = {}
    for s in subjects:
        if s.figure_count < 2:
            continue
        keys = scope.members.get(s.subject_key, [s.subject_key])
        figs = [f for k in keys for f in await scope.reports(k, STORY_REPORTS)]
        told = await story_parts(figs)
        if len(told) > 1:
            exact = s.figure_count <= len(figs)
            out[s.subject_key] = (len(told) - 1, len(told[0]) if exact else s.figure_count)
    return out


async def _measured_in_unit(unit: str, services: Services, locale: str, syntax: Syntax) -> Reply:
    """A unit asked for as a topic ("/figures Prozent"): a unit is no topic (it would join
    unrelated amounts), so the answer lists the subjects measured in it."""
    keys = await services.store.figures.keys_measured_in(unit)
    scope = await subject_scope(services)
    subjects = measured_in(scope.joined, scope.members, keys)
    loose = await services.store.figures.without_topic(unit, LOOSE_LIMIT)
    if not subjects and not loose:
        raise UserError("figures.unit_unknown", unit=unit, suggestion="figures.try_list")
    blocks = []
    if subjects:
        heading = t(locale, "figures.unit_heading", unit=unit)
        blocks = chunk_lines(_subject_lines(subjects, locale), heading=heading)
    if loose:
        heading = t(locale, "figures.loose_heading", unit=unit)
        blocks.extend(chunk_lines(_loose_lines(loose, locale), heading=heading))
    typed = typed_template(syntax, locale, "figures.hint_one")
    blocks.append(Block(t(locale, "figures.unit_hint", typed=typed)))
    return Reply(
        title=t(locale, "figures.title_unit", unit=unit),
        blocks=blocks,
        provenance=unique_provenance(
            [figure_provenance(s.latest) for s in subjects] + [figure_provenance(f) for f in loose]
        ),
    )


LOOSE_LIMIT = 10  # figures without a topic that a unit's answer shows, newest first


def _loose_lines(figs: Sequence[FigureRecord], locale: str) -> list[str]:
    """One line per figure that no topic lists (an amount whose sentence names no owner, a
    duration): what it measures as far as known, else its article's title, and where from."""
    return [
        t(
            locale,
            "figures.loose_line",
            what=inert(f.subject or f.article_title),
            value=figure_value(f, locale),
            source=inert(figure_source(f, locale)),
            date=fmt_figure_date(figure_date(f), [f], locale),
        )
        for f in figs
    ]


async def figures(req: Request, services: Services) -> Reply:
    locale = req.locale
    query = req.arg("subject")
    chart = req.arg("chart") == "true"
    if query and (unit := unit_named(query)) is not None:
        return await _measured_in_unit(unit, services, locale, syntax_of(req, services))
    # The list depends on the corpus and its corrections alone: worked out once per corpus
    # version, curation log, language and chart (Store.kept; the App's warm-up after a swap
    # asks for it), then handed out. Building it read the subjects' reports for the joined
    # scopes, each listed subject's stories and the top subject's detail: 35 statements and
    # 40-60 ms of Python per reply on the 100k bench store (load 5-12), the slowest command.
    kept = await services.store.kept(_KEPT_LIST)
    body = None if query else kept.get((locale, chart))
    if isinstance(body, _ListBody):
        return _list_reply(body, locale, syntax_of(req, services))
    # the joined subjects, read and computed once for the whole reply
    scope = await subject_scope(services)
    if query:
        subject = await main_subject(
            await _resolve_subject(query, services, scope), services, scope
        )
        blocks, figs, attachments = await _detail(subject, scope, locale, chart)
        return Reply(
            title=t(locale, "figures.title_subject", subject=subject.subject),
            blocks=blocks,
            provenance=unique_provenance(figure_provenance(f) for f in figs),
            attachments=attachments,
        )

    subjects = scope.joined[:TOPIC_LIST]
    if not subjects:
        return Reply(
            title=t(locale, "figures.title"), blocks=[Block(t(locale, "figures.none"))], kind="info"
        )
    body = kept[(locale, chart)] = await _list_body(subjects, scope, locale, chart)
    return _list_reply(body, locale, syntax_of(req, services))


_KEPT_LIST = "figures.list"


@dataclass(frozen=True, slots=True)
class _ListBody:
    """A plain /figures answer's blocks, provenance and chart, as kept per corpus version."""

    blocks: tuple[Block, ...]
    provenance: tuple[Provenance, ...]
    attachments: tuple[Attachment, ...]


def _list_reply(body: _ListBody, locale: str, syntax: Syntax) -> Reply:
    """The kept list with the hint to ask for one subject, as the asking user types it."""
    hint = t(
        locale,
        "figures.hint_subject",
        typed=typed_template(syntax, locale, "figures.hint_one"),
        typed_chart=typed_template(syntax, locale, "figures.hint_chart"),
    )
    return Reply(
        title=t(locale, "figures.title"),
        # a reply owns its blocks
        blocks=[*(dataclasses.replace(block) for block in body.blocks), Block(hint)],
        provenance=list(body.provenance),
        attachments=list(body.attachments),
    )


async def _list_body(
    subjects: Sequence[SubjectSummary], scope: SubjectScope, locale: str, chart: bool
) -> _ListBody:
    """The topic list with its series and story counts, then the most reported subject in
    full, so a plain /figures already answers "how many now?"."""
    subjects = await _standing_latest(subjects, scope, locale)
    series = await _series_values(subjects, scope, locale)
    told = await _stories_told(subjects, scope)
    blocks = chunk_lines(
        _subject_lines(subjects, locale, series, told),
        heading=t(locale, "figures.subjects_heading"),
    )
    # The most reported subject in full, so a plain /figures already answers "how many now?".
    top = max(subjects, key=lambda s: s.figure_count)
    detail, figs, attachments = await _detail(top, scope, locale, chart)
    blocks.extend(detail)
    prov = [figure_provenance(s.latest) for s in subjects] + [figure_provenance(f) for f in figs]
    return _ListBody(tuple(blocks), tuple(unique_provenance(prov)), tuple(attachments))


HANDLERS: dict[str, Handler] = {
    "figures": figures,
}
