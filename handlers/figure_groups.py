"""One story's casualty count is one subject everywhere: /figures, the digest's figure lines
and watches all read subjects through these functions.

A count whose article states less of its scope ("Tote", "Tote (Erdbeben)") joins the one
subject of the corpus with the fuller scope ("Tote (Erdbeben in Myanmar)"). The join is
computed from the corpus's subject keys at read time (it changes when a second story with the
same concept arrives), so it lives here and not in the stored keys. A partial scope joins
only a fuller scope of its own story (`one_story`: one article, one fortnight, or titles within
about a year that share a name), never the toll of an unrelated article that happens to state
its place ("Tote (Anschlag)" of Madrid 2007 is no report of "Tote (Anschlag in Bagdad)").
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from bot.nlp.figures.lemmas import is_common_noun, table_lemmatize
from bot.nlp.figures.lexicon import lexicon
from bot.nlp.figures.places import event_of
from bot.store.folding import fold_key
from bot.store.records import FigureRecord, SubjectSummary
from handlers.figure_names import needs_lemmas, topic_names
from handlers.figure_units import same_dimension
from handlers.format import figure_date
from handlers.types import Services

if TYPE_CHECKING:
    from bot.store import Store

SCOPE_SUBJECTS = 1000  # subjects read to join partial scopes into their one full scope


def _scope_parts(key: str, concepts: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(concept with its modifiers, scope words) of a casualty key ("tote erdbeben myanmar"
    -> ("tote", {"erdbeben", "myanmar"})); None for keys of other subjects."""
    words = key.split()
    at = next((i for i, w in enumerate(words) if w in concepts), None)
    if at is None:
        return None
    return " ".join(words[: at + 1]), frozenset(words[at + 1 :])


Together = Callable[[str, str], bool]  # whether two keys' reports are of one story


def scope_groups(keys: Sequence[str], together: Together | None = None) -> dict[str, str]:
    """key -> the key it joins. A casualty count whose article states less of its scope
    ("Tote", "Tote (Erdbeben)") joins the one subject with the fuller scope ("Tote (Erdbeben
    in Myanmar)") when the corpus has exactly one of its story (`together`, see
    `one_story`): a single story stays one topic however its reports are worded, while two
    stated scopes (Myanmar, Spain) stay two topics, a partial one that fits both stays on its
    own, and a Madrid bombing's "Tote (Anschlag)" never joins a Baghdad bombing's toll."""
    concepts = frozenset(fold_key(c) for c in lexicon().scoped)
    generic = frozenset(fold_key(g) for g in lexicon().generic_events)
    parts = {k: p for k in keys if (p := _scope_parts(k, concepts)) is not None}
    out: dict[str, str] = {}
    for key in parts:
        wider = [
            w for w in _candidates(parts, key, generic) if together is None or together(key, w)
        ]
        if len(wider) == 1:
            out[key] = wider[0]
    return {key: _final(out, key) for key in out}


def _candidates(
    parts: dict[str, tuple[str, frozenset[str]]], key: str, generic: frozenset[str]
) -> list[str]:
    """The keys with a fuller scope `key` may join: its concept's widest keys whose scope
    holds its own, else, for a generic event ("Unwetter"), those at its place with a specific
    event ("Tote (Unwetter in Slowenien)" -> "Tote (Hochwasser in Slowenien)")."""
    concept, scope = parts[key]
    wider = _wider(parts, concept, scope)
    if not wider and scope & generic:
        wider = [k for k in _wider(parts, concept, scope - generic) if not parts[k][1] & generic]
    return wider


def scope_candidates(keys: Sequence[str]) -> set[str]:
    """Every key that takes part in a possible join (as the partial or the fuller scope): the
    only keys whose reports must be read to tell whether they are of one story."""
    concepts = frozenset(fold_key(c) for c in lexicon().scoped)
    generic = frozenset(fold_key(g) for g in lexicon().generic_events)
    parts = {k: p for k in keys if (p := _scope_parts(k, concepts)) is not None}
    found: set[str] = set()
    for key in parts:
        wider = _candidates(parts, key, generic)
        if wider:
            found.update([key, *wider])
    return found


def _wider(
    parts: dict[str, tuple[str, frozenset[str]]], concept: str, scope: frozenset[str]
) -> list[str]:
    """The keys of the concept whose scope holds more than `scope` and is itself widest."""
    return [
        k
        for k, (c, sc) in parts.items()
        if c == concept
        and scope < sc
        and not any(sc < sc2 for c2, sc2 in parts.values() if c2 == c)
    ]


def _final(joins: dict[str, str], key: str) -> str:
    """Where a chain of joins ends ("Tote (Unwetter)" -> "Tote (Unwetter in Slowenien)" ->
    "Tote (Hochwasser in Slowenien)")."""
    seen = {key}
    while key in joins and joins[key] not in seen:
        key = joins[key]
        seen.add(key)
    return key


# ------------------------------------------------------------ which reports are one story

NEAR_DAYS = 14  # reports of one fortnight continue a story ("Opferzahl steigt weiter")
STORY_DAYS = 400  # a story named again (its anniversary report) joins within about a year
STORY_REPORTS = 20  # newest reports of a key read to tell its stories


def title_names(title: str | None) -> frozenset[str]:
    """The names an article title carries ("Madrid: Denkmal für die Terroropfer" ->
    {madrid}): capitalised words that are neither common nouns ("Tote", "Denkmal"), nor
    words written in lower case elsewhere ("Mehr", "Mindestens"), nor events. Two titles that
    share one name the same place or actor; a shared "Tote" says nothing."""
    lemmatize = table_lemmatize()
    tails = lexicon().place_tails
    return frozenset(
        fold_key(w)
        for w in _CAPITALISED_RE.findall(title or "")
        if len(w) >= MIN_KEY_WORD
        and lemmatize(w.lower()) is None
        and event_of(w) is None
        and not is_common_noun(w, lemmatize, tails)
    )


def _one_story_pair(
    a: FigureRecord, b: FigureRecord, names: Callable[[FigureRecord], frozenset[str]]
) -> bool:
    """Whether two reports tell one story: one article; articles of one fortnight; or
    articles within about a year whose titles share a name ("Flut in Slowenien …", "Ein
    Jahr nach der Flut: Slowenien gedenkt …"). A train collision near Wenzhou and clashes in
    Xinjiang half a year later are two stories, and so are reports years apart even where
    both titles name China."""
    if a.article_id == b.article_id or a.published is None or b.published is None:
        return True  # an undated report has nothing to tell it apart: it joins as it did
    gap = abs((a.published - b.published).days)
    if gap <= NEAR_DAYS:
        return True
    return gap <= STORY_DAYS and names_agree(names(a), names(b))


def names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles' names tell one story: they share a name other than a country
    ("Grimma"), or they share a country and at most one of them names anything else
    ("Slowenien: …" and "Flut in Slowenien"). "China: … bei Wenzhou" and "China: Unruhen in
    Xinjiang" share only the country and each names its own place: two stories."""
    shared = a & b
    countries = frozenset(fold_key(c) for c in lexicon().countries)
    if shared - countries:
        return True
    return bool(shared) and not (a - shared - countries and b - shared - countries)


def one_story(partial: Sequence[FigureRecord], fuller: Sequence[FigureRecord]) -> bool:
    """Whether every report of a partial scope's key tells the story of a report of the
    fuller scope's key. A key joins whole: one report of another story ("Tote (Anschlag)" of
    a Madrid anniversary beside a Baghdad follow-up) keeps the key apart rather than carry
    that report into the other story's toll."""
    # each article's title is read once, not once per pair of reports (up to 20 x 20)
    titles = {f.article_id: title_names(f.article_title) for f in (*partial, *fuller)}

    def names(f: FigureRecord) -> frozenset[str]:
        return titles[f.article_id]

    return all(any(_one_story_pair(x, y, names) for y in fuller) for x in partial)


def stories(figs: Sequence[FigureRecord]) -> list[list[FigureRecord]]:
    """A key's reports split into the stories they tell, the story with the newest report
    first: articles join when `_one_story_pair` says they tell one story (the names of
    their titles and of their reports' subjects), directly or through another article (a
    chain of follow-ups). One key may hold two stories as stored
    ("Tote (Unfall in Peru)" of a 2006 plane crash and a 2018 bus crash): read as one topic,
    the 2006 toll was the 2018 story's history and drawn in its chart."""
    by_article: dict[int, list[FigureRecord]] = {}
    for f in figs:
        by_article.setdefault(f.article_id, []).append(f)
    if len(by_article) < 2:
        return [list(figs)] if figs else []
    # a title may name no place ("Die schwersten Naturkatastrophen Europas") where the
    # report's own subject does ("Tote beim Hochwasser in Slowenien")
    titles: dict[int, frozenset[str]] = {}

    def names(f: FigureRecord) -> frozenset[str]:
        # read only for articles more than a fortnight apart (the lemma table they need
        # takes a second to load)
        if f.article_id not in titles:
            fs = by_article[f.article_id]
            titles[f.article_id] = title_names(f.article_title).union(
                *(title_names(x.subject) for x in fs)
            )
        return titles[f.article_id]

    ids = list(by_article)
    root = {a: a for a in ids}

    def find(a: int) -> int:
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if find(a) != find(b) and _one_story_pair(by_article[a][0], by_article[b][0], names):
                root[find(a)] = find(b)
    groups: dict[int, list[FigureRecord]] = {}
    for f in figs:
        groups.setdefault(find(f.article_id), []).append(f)
    return sorted(groups.values(), key=_newest, reverse=True)


async def story_parts(figs: Sequence[FigureRecord]) -> list[list[FigureRecord]]:
    """`stories` for a handler: the lemma table that telling stories apart may need is
    loaded in a worker thread first, only when some reports are a fortnight apart."""
    days = [f.published.toordinal() for f in figs if f.published is not None]
    if days and max(days) - min(days) > NEAR_DAYS:
        await lemmas_loaded()
    return stories(figs)


def _newest(figs: Sequence[FigureRecord]) -> tuple[bool, date]:
    """A story's newest report date (dated stories before undated ones)."""
    dates = [d for f in figs if (d := figure_date(f) or f.published) is not None]
    return (bool(dates), max(dates, default=date.min))


async def lemmas_loaded() -> None:
    """Load the lemma table that title and topic names read (bot.nlp.figures.lemmas) in a
    worker thread: loaded on the event loop by the first /figures of a process, it stalled
    every other reply for a second and more."""
    if not table_lemmatize.cache_info().currsize:
        await asyncio.to_thread(table_lemmatize)


async def story_joins(
    services: Services,
    keys: Sequence[str],
    read: Callable[[str, int | None], Awaitable[list[FigureRecord]]] | None = None,
) -> dict[str, str]:
    """`scope_groups` of the corpus's keys, a partial scope joining only a fuller scope of
    its own story: the reports of the few keys that could join are read (through `read`
    when given: a reply's `SubjectScope` keeps them), no others."""
    read = read or services.store.figures.for_subject
    involved = scope_candidates(keys)
    if involved:
        await lemmas_loaded()
    reports = {k: await read(k, STORY_REPORTS) for k in involved}
    return scope_groups(keys, lambda a, b: one_story(reports[a], reports[b]))


@dataclass
class SubjectScope:
    """The corpus's subjects with their partial scopes joined, for one reply.

    Joining reads the subject list and the reports of every key that could join, and tells
    their stories apart; a /figures topic list needed the joins in each of its steps (the
    list, each series line, each story count, the detail of the top subject) and computed
    them anew every time, reading the same reports again. A reply builds this once
    (`subject_scope`) and asks it; the reports it reads are kept for the reply too. It
    belongs to one reply's store snapshot: never keep it longer."""

    store: Store
    members: dict[str, list[str]] = field(default_factory=dict)
    """Main key -> its member keys (itself first), for every subject of the corpus."""
    joined: list[SubjectSummary] = field(default_factory=list)
    """Every subject (SCOPE_SUBJECTS), joined, most reported first, under its reader name."""
    _read: dict[tuple[str, int | None], list[FigureRecord]] = field(default_factory=dict)

    async def reports(self, subject_key: str, limit: int | None = None) -> list[FigureRecord]:
        """`for_subject` of the store, each key and limit read once per reply."""
        if (subject_key, limit) not in self._read:
            self._read[subject_key, limit] = await self.store.figures.for_subject(
                subject_key, limit
            )
        return list(self._read[subject_key, limit])

    def main_key(self, subject_key: str) -> str:
        """The key a subject key is shown under (itself when it joins none)."""
        return next((m for m, keys in self.members.items() if subject_key in keys), subject_key)

    def subject(self, subject_key: str) -> SubjectSummary | None:
        """The joined summary of the subject `subject_key` belongs to (None: not listed)."""
        main = self.main_key(subject_key)
        return next((s for s in self.joined if s.subject_key == main), None)

    async def figures(self, subject_key: str, limit: int | None = None) -> list[FigureRecord]:
        """The figures of the subject a key belongs to: its main key's and every key joining
        it (each key's newest `limit`). A member key ("demonstranten", a report that named no
        place) asks for the whole story it joined, never only its own few reports."""
        main = self.main_key(subject_key)
        return [f for k in self.members.get(main, [main]) for f in await self.reports(k, limit)]


async def subject_scope(services: Services) -> SubjectScope:
    """The subjects of the corpus with partial scopes joined into their full scope (one read
    of the subject list, one of each joining key's newest reports)."""
    scope = SubjectScope(services.store)
    subjects = await services.store.figures.subjects(limit=SCOPE_SUBJECTS)
    by_key = {s.subject_key: s for s in subjects}
    joins = await story_joins(services, list(by_key), scope.reports)
    others: dict[str, list[SubjectSummary]] = {}
    for s in subjects:
        main = joins.get(s.subject_key, s.subject_key)
        scope.members.setdefault(main, [main])
        if main != s.subject_key:
            scope.members[main].append(s.subject_key)
            others.setdefault(main, []).append(s)
    merged = [
        _merged(s, others.get(s.subject_key, [])) for s in subjects if s.subject_key not in joins
    ]
    merged.sort(key=lambda s: (-s.figure_count, s.subject_key))
    if any(needs_lemmas(s.subject, s.latest.subject) for s in merged):
        await lemmas_loaded()
    scope.joined = topic_names(merged)
    return scope


async def scope_members(services: Services) -> dict[str, list[str]]:
    """Main key -> its member keys (itself first) for every subject of the corpus."""
    return (await subject_scope(services)).members


def _merged(main: SubjectSummary, others: Sequence[SubjectSummary]) -> SubjectSummary:
    """One subject summary for a main key and the keys joining it: counts added, the newest
    dated report as the latest."""
    every = [main, *others]
    latest = max(
        (s.latest for s in every),
        key=lambda f: (figure_date(f) is not None, figure_date(f) or date.min),
    )
    return SubjectSummary(
        main.subject_key, main.subject, main.unit, sum(s.figure_count for s in every), latest
    )


async def main_subject(
    subject: SubjectSummary, services: Services, scope: SubjectScope | None = None
) -> SubjectSummary:
    """The subject a partial scope joins ("Tote (Erdbeben)" -> "Tote (Erdbeben in
    Myanmar)"), with the joined counts; the subject itself when it joins none."""
    scope = scope or await subject_scope(services)
    main = next((m for m, keys in scope.members.items() if subject.subject_key in keys), None)
    return next((s for s in scope.joined if s.subject_key == main), subject)


async def joined_subjects(services: Services, limit: int = 50) -> list[SubjectSummary]:
    """The corpus's subjects, partial scopes joined into their full scope, most reported
    first, under the names a reader is shown (handlers.figure_names)."""
    return (await subject_scope(services)).joined[:limit]


async def main_key(services: Services, subject_key: str) -> str:
    """The key a subject key is shown under (itself when it joins none)."""
    return (await subject_scope(services)).main_key(subject_key)


async def joined_subject(services: Services, subject_key: str) -> SubjectSummary | None:
    """The joined summary of the subject `subject_key` belongs to, or None when unknown."""
    found = (await subject_scope(services)).subject(subject_key)
    return found or await services.store.figures.subject(subject_key)


async def joined_figures(
    services: Services, subject_key: str, limit: int | None = None
) -> list[FigureRecord]:
    """The figures of the subject a key belongs to (`SubjectScope.figures`)."""
    return await (await subject_scope(services)).figures(subject_key, limit)


# ------------------------------------------------------------ which reports can conflict

MIN_KEY_WORD = 4  # shorter capitalised words ("Die", "US") say nothing about a story
_CAPITALISED_RE = re.compile(r"\b[A-ZÄÖÜ][\wÄÖÜäöüß-]+")


def _key_words(text: str | None) -> frozenset[str]:
    """The folded capitalised words of a text that may name a story's places and actors."""
    return frozenset(
        fold_key(w) for w in _CAPITALISED_RE.findall(text or "") if len(w) >= MIN_KEY_WORD
    )


def same_story(a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two reports belong to one story: one article, or article titles that share a
    place or an actor ("Hochwasser in Grimma", "Demo in Grimma"). A bare topic word such as
    "Soldaten" groups the Timor mission with the Lebanon war; only a shared name joins them."""
    if a.article_id == b.article_id:
        return True
    return bool(_key_words(a.article_title) & _key_words(b.article_title))


STEM = 6  # "Vereinten" and "Vereinte" are one word of a source


def _context(f: FigureRecord) -> frozenset[str]:
    """What distinguishes a report's subject beyond its head noun: "Soldaten an der UN-Mission
    UNIFIL" -> {un mission, unifil}. Event nouns ("des Bebens": the key already holds the
    event) and words of the report's own source ("Menschen (Vereinten Nationen)") are no
    distinction."""
    subject = f.subject or ""
    head = fold_key(subject.split(" ", 1)[0])
    told = {w[:STEM] for w in _key_words(f.source)}
    return frozenset(
        fold_key(w)
        for w in _CAPITALISED_RE.findall(subject)
        if len(w) >= MIN_KEY_WORD
        and fold_key(w) != head
        and fold_key(w)[:STEM] not in told
        and event_of(w) is None
    )


def same_thing(a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two reports count the same thing: one names no more than the head noun, or
    their distinguishing words overlap ("Soldaten (Kampfstärke)" and "Soldaten an der
    UN-Mission UNIFIL" are two counts, not a disagreement)."""
    ca, cb = _context(a), _context(b)
    return not ca or not cb or bool(ca & cb)


def one_report(a: FigureRecord, b: FigureRecord) -> bool:
    """Two values one source gives in one article: an article that lists "8, 10 und 12
    Prozent Provision" from one source names different tiers, it does not contradict itself."""
    return a.article_id == b.article_id and (a.source or "") == (b.source or "")


def comparable(a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two reports of one subject and date can contradict each other: never in two
    units ("8 Prozent" and "350 Euro" of one wage demand measure it twice), never two values
    of one source in one article."""
    return same_dimension(a, b) and not one_report(a, b) and same_story(a, b) and same_thing(a, b)
