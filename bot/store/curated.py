"""Repositories that answer with the curation applied (see bot.store.curation).

They extend the plain repositories: same methods and records, read through the active
Curation. Handlers, digests, the scheduler and autocomplete all go through these, so a merge,
rename or hide shows everywhere at once and a reload (which rewrites the extraction) cannot
undo it. With no active corrections every method is exactly the plain one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.store.curation import Curation, speaker_key
from bot.store.db import Database
from bot.store.records import FigureRecord, QuoteRecord, SearchHit, SpeakerRecord, SubjectSummary
from bot.store.repos.curation import CurationRepo
from bot.store.repos.figures import FigureRepo
from bot.store.repos.quotes import QuoteRepo
from bot.store.repos.search import SearchRepo
from bot.store.repos.speakers import SpeakerRepo
from bot.store.topic import TopicQuery


@dataclass(frozen=True, slots=True)
class SpeakerView:
    """The curated speaker list and which extracted speaker ids each curated speaker covers."""

    records: list[SpeakerRecord]
    rep: dict[int, int]  # extracted speaker id -> id of the curated speaker it belongs to
    members: dict[int, list[int]]  # curated speaker id -> extracted speaker ids


def _merge(name: str, group: list[SpeakerRecord], cur: Curation) -> SpeakerRecord:
    key = speaker_key(name)
    primary = next((r for r in group if speaker_key(r.name) == key), group[0])
    role = cur.role(name)
    roles = (role,) if role else tuple(dict.fromkeys(x for r in group for x in r.roles))
    aliases = dict.fromkeys(
        [a for r in group for a in (r.name, *r.aliases) if speaker_key(a) != key]
    )
    dated = [r.latest for r in group if r.latest]
    return dataclasses.replace(
        primary,
        name=name,
        roles=roles,
        aliases=tuple(aliases),
        quote_count=sum(r.quote_count for r in group),
        article_count=sum(r.article_count for r in group),
        latest=max(dated) if dated else None,
    )


def newest_first(q: QuoteRecord) -> tuple[bool, int, float, int]:
    """The store's NEWEST_QUOTES order, for merging per-speaker lists in Python."""
    return (
        q.published is None,
        -(q.published.toordinal() if q.published else 0),
        -q.first_seen.timestamp(),
        q.id,
    )


class CuratedSpeakerRepo(SpeakerRepo):
    def __init__(self, db: Database, curation: CurationRepo) -> None:
        super().__init__(db)
        self._db = db
        self._curation = curation

    async def _corpus_version(self) -> int:
        if self._db.version is not None:  # a snapshot read it first
            return self._db.version
        cur = await self._db.conn.execute("SELECT version FROM corpus_state WHERE id = 1")
        row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def view(self) -> SpeakerView:
        """Rebuilt only when the curation log or the corpus changed (bot.store.read_cache, so
        also across snapshots): one command asks for it several times (lookup, record, quotes
        of every merged id)."""
        key = (await self._curation.signature(), await self._corpus_version())
        cached = self._db.reads.get("speaker_view", key)
        if isinstance(cached, SpeakerView):
            return cached
        view = await self._build_view(await self._curation.active())
        self._db.reads.put("speaker_view", key, view)
        return view

    async def _build_view(self, cur: Curation) -> SpeakerView:
        records = await super().all()
        groups: dict[str, list[SpeakerRecord]] = {}
        display: dict[str, str] = {}
        for r in records:
            name = cur.speaker(r.name)
            if name is None:
                continue
            k = speaker_key(name)
            groups.setdefault(k, []).append(r)
            display.setdefault(k, name)
        merged: list[SpeakerRecord] = []
        rep: dict[int, int] = {}
        members: dict[int, list[int]] = {}
        for k, group in groups.items():
            rec = _merge(display[k], group, cur) if cur.names or cur.roles else group[0]
            if len(group) == 1 and not (cur.is_renamed(group[0].name) or cur.role(rec.name)):
                rec = group[0]
            merged.append(rec)
            members[rec.id] = [r.id for r in group]
            rep.update((r.id, rec.id) for r in group)
        merged.sort(key=lambda s: (-s.quote_count, s.name))
        return SpeakerView(merged, rep, members)

    async def all(self) -> list[SpeakerRecord]:
        cur = await self._curation.active()
        if cur.empty:
            return await super().all()
        return (await self.view()).records

    async def most_quoted(self) -> SpeakerRecord | None:
        """After merges and hides: the first named speaker of the curated list."""
        if (await self._curation.active()).empty:
            return await super().most_quoted()
        return next((r for r in (await self.view()).records if r.kind != "anonymous"), None)

    async def get(self, speaker_id: int) -> SpeakerRecord | None:
        cur = await self._curation.active()
        if cur.empty:
            return await super().get(speaker_id)
        view = await self.view()
        rep = view.rep.get(speaker_id)
        return next((r for r in view.records if r.id == rep), None)

    async def get_many(self, speaker_ids: Sequence[int]) -> dict[int, SpeakerRecord]:
        """Each id's curated speaker (a merged one stands for its members; hidden ones are
        absent), as `get` gives it, from one view."""
        cur = await self._curation.active()
        if cur.empty:
            return await super().get_many(speaker_ids)
        view = await self.view()
        by_id = {r.id: r for r in view.records}
        out = {sid: by_id.get(view.rep.get(sid, -1)) for sid in speaker_ids}
        return {sid: rec for sid, rec in out.items() if rec is not None}

    async def count(self) -> int | None:
        """How many speakers answers show after merges and hides; None without corrections
        (then the corpus status counts them)."""
        if (await self._curation.active()).empty:
            return None
        return len((await self.view()).records)

    async def members(self, speaker_id: int) -> list[int]:
        """The extracted speaker ids a (curated) speaker id stands for."""
        cur = await self._curation.active()
        if cur.empty:
            return [speaker_id]
        view = await self.view()
        return view.members.get(view.rep.get(speaker_id, -1), [])

    async def names(self) -> list[tuple[int, str]]:
        cur = await self._curation.active()
        plain = await super().names()
        if cur.empty:
            return plain
        view = await self.view()
        out = [(view.rep[sid], name) for sid, name in plain if sid in view.rep]
        out.extend((r.id, r.name) for r in view.records)
        return list(dict.fromkeys(out))


class _Fixer:
    """Applies a Curation to quote records: hidden ones dropped, speakers renamed/merged."""

    def __init__(self, cur: Curation, rep: dict[int, int]) -> None:
        self.cur = cur
        self.rep = rep

    def quote(self, q: QuoteRecord) -> QuoteRecord | None:
        if self.cur.quote_hidden(q.sentence, q.text):
            return None
        if q.speaker is None:
            return q
        name = self.cur.speaker(q.speaker)
        if name is None:
            return None
        role = self.cur.role(name) or q.speaker_role
        sid = self.rep.get(q.speaker_id, q.speaker_id) if q.speaker_id is not None else None
        if name == q.speaker and role == q.speaker_role and sid == q.speaker_id:
            return q
        return dataclasses.replace(q, speaker=name, speaker_role=role, speaker_id=sid)

    def quotes(self, items: Iterable[QuoteRecord]) -> list[QuoteRecord]:
        return [f for f in (self.quote(q) for q in items) if f is not None]


class CuratedQuoteRepo(QuoteRepo):
    def __init__(self, db: Database, curation: CurationRepo, speakers: CuratedSpeakerRepo) -> None:
        super().__init__(db)
        self._curation = curation
        self._speakers = speakers

    async def _fixer(self) -> _Fixer | None:
        cur = await self._curation.active()
        if cur.empty:
            return None
        rep = (await self._speakers.view()).rep if cur.names else {}
        return _Fixer(cur, rep)

    async def by_speaker(
        self, speaker_id: int, about: str | None = None, limit: int = 50
    ) -> list[QuoteRecord]:
        fix = await self._fixer()
        if fix is None:
            return await super().by_speaker(speaker_id, about, limit)
        found: list[QuoteRecord] = []
        extra = len(fix.cur.hidden_quotes)
        for member in await self._speakers.members(speaker_id):
            found.extend(await super().by_speaker(member, about, limit + extra))
        return sorted(fix.quotes(found), key=newest_first)[:limit]

    async def about(self, topic: str, limit: int = 50) -> list[QuoteRecord]:
        fix = await self._fixer()
        if fix is None:
            return await super().about(topic, limit)
        found = await super().about(topic, limit + len(fix.cur.hidden_quotes))
        return fix.quotes(found)[:limit]

    async def for_article(self, article_id: int) -> list[QuoteRecord]:
        fix = await self._fixer()
        found = await super().for_article(article_id)
        return found if fix is None else fix.quotes(found)

    async def for_articles(self, article_ids: Sequence[int]) -> dict[int, list[QuoteRecord]]:
        fix = await self._fixer()
        found = await super().for_articles(article_ids)
        return found if fix is None else {a: fix.quotes(qs) for a, qs in found.items()}

    async def for_topic(
        self, topic: TopicQuery, when: datetime | None, limit: int = 200
    ) -> list[QuoteRecord]:
        fix = await self._fixer()
        if fix is None:
            return await super().for_topic(topic, when, limit)
        found = await super().for_topic(topic, when, limit + len(fix.cur.hidden_quotes))
        return fix.quotes(found)[:limit]

    async def since(self, when: datetime | None, limit: int = 200) -> list[QuoteRecord]:
        fix = await self._fixer()
        if fix is None:
            return await super().since(when, limit)
        found = await super().since(when, limit + len(fix.cur.hidden_quotes))
        return fix.quotes(found)[:limit]


class CuratedFigureRepo(FigureRepo):
    """Hidden figures are left out; a subject whose newest figure is hidden shows the newest
    one left (and disappears when none is left)."""

    def __init__(self, db: Database, curation: CurationRepo) -> None:
        super().__init__(db)
        self._curation = curation
        # Inside a snapshot (pinned: nothing changes) the subject list is read once per limit:
        # a digest joins scopes for every subject it shows and asked for it ten times.
        self._subjects: dict[int, list[SubjectSummary]] = {}

    @staticmethod
    def _fix(cur: Curation, figs: Iterable[FigureRecord]) -> list[FigureRecord]:
        out = []
        for f in figs:
            if cur.figure_hidden(f.sentence, f.text):
                continue
            if f.source and cur.names:
                source = cur.speaker(f.source)
                if source and source != f.source:
                    f = dataclasses.replace(f, source=source)
            out.append(f)
        return out

    async def _summaries(self, cur: Curation, found: list[SubjectSummary]) -> list[SubjectSummary]:
        out = []
        for s in found:
            fixed = self._fix(cur, [s.latest])
            if fixed:
                out.append(dataclasses.replace(s, latest=fixed[0]))
                continue
            left = self._fix(cur, await super().for_subject(s.subject_key))
            if left:
                dated = [f for f in left if f.refers_to or f.published]
                out.append(
                    dataclasses.replace(s, latest=(dated or left)[-1], figure_count=len(left))
                )
        return out

    async def subjects(self, limit: int = 50) -> list[SubjectSummary]:
        if not self._db.pinned:
            return await self._curated_subjects(limit)
        if limit not in self._subjects:
            self._subjects[limit] = await self._curated_subjects(limit)
        return list(self._subjects[limit])

    async def _curated_subjects(self, limit: int) -> list[SubjectSummary]:
        cur = await self._curation.active()
        found = await super().subjects(limit)
        return found if cur.empty else await self._summaries(cur, found)

    async def subject(self, subject_key: str) -> SubjectSummary | None:
        cur = await self._curation.active()
        found = await super().subject(subject_key)
        if cur.empty or found is None:
            return found
        fixed = await self._summaries(cur, [found])
        return fixed[0] if fixed else None

    async def complete_subject(self, prefix: str, limit: int = 25) -> list[SubjectSummary]:
        cur = await self._curation.active()
        found = await super().complete_subject(prefix, limit)
        return found if cur.empty else await self._summaries(cur, found)

    async def for_subject(self, subject_key: str, limit: int | None = None) -> list[FigureRecord]:
        cur = await self._curation.active()
        if cur.empty:
            return await super().for_subject(subject_key, limit)
        more = None if limit is None else limit + len(cur.hidden_figures)
        fixed = self._fix(cur, await super().for_subject(subject_key, more))
        return fixed if limit is None else fixed[-limit:] if limit else []

    async def for_article(self, article_id: int) -> list[FigureRecord]:
        cur = await self._curation.active()
        found = await super().for_article(article_id)
        return found if cur.empty else self._fix(cur, found)

    async def without_topic(self, unit: str, limit: int = 10) -> list[FigureRecord]:
        cur = await self._curation.active()
        if cur.empty:
            return await super().without_topic(unit, limit)
        more = limit + len(cur.hidden_figures)
        return self._fix(cur, await super().without_topic(unit, more))[:limit]

    async def as_of(self, when: datetime | None) -> list[FigureRecord]:
        cur = await self._curation.active()
        found = await super().as_of(when)
        return found if cur.empty else self._fix(cur, found)


class CuratedSearchRepo(SearchRepo):
    """Quote hits of hidden quotes or hidden speakers are left out; speakers renamed."""

    def __init__(self, db: Database, curation: CurationRepo) -> None:
        super().__init__(db)
        self._curation = curation

    async def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        cur = await self._curation.active()
        if cur.empty:
            return await super().search(text, limit)
        out = []
        for h in await super().search(text, limit + len(cur.hidden_quotes)):
            if h.kind == "quote" and " ".join(h.text.split()).lower() in cur.hidden_quote_texts:
                continue
            if h.speaker is not None:
                name = cur.speaker(h.speaker)
                if name is None:
                    continue
                h = dataclasses.replace(h, speaker=name)
            out.append(h)
        return out[:limit]
