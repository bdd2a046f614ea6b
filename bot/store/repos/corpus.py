"""The corpus swap: one ingest or reload applied in one transaction."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import aiosqlite

from bot.models import ArticleExtraction, SkippedFile, SpeakerInfo
from bot.nlp.figure_intervals import stored_bounds
from bot.nlp.figure_subjects import subject_group
from bot.nlp.names import fold_name
from bot.store.convert import date_to_db, dt_from_db_opt, dt_to_db, utc_now
from bot.store.db import Database
from bot.store.folding import fold_key, fold_text
from bot.store.migrations import SPEAKER_SUMMARY_SET
from bot.store.records import CorpusChange, CorpusStatus
from bot.store.repos.reloads import ReloadRepo
from bot.store.speaker_index import (
    ANONYMOUS,
    KnownSpeaker,
    SpeakerIndex,
    better_name,
    is_anonymous,
)

_CHUNK = 500  # stays below SQLite's bound-parameter limit

log = logging.getLogger(__name__)


def _chunks(items: Sequence[int] | Sequence[str]) -> Iterable[Sequence[int] | Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def article_url(meta: Sequence[tuple[str, str]]) -> str | None:
    """The article's link to its original, from its `url` metadata: http(s) only, because the
    renderers turn it into a link and nothing else (javascript:, file:) may become one."""
    for key, value in meta:
        if key == "url":
            url = value.strip()
            if url.lower().startswith(("http://", "https://")) and not any(
                c.isspace() or ord(c) < 32 for c in url
            ):
                return url
    return None


def _display(row: aiosqlite.Row, count: int) -> str | None:
    """A subject's name: its most frequent wording when most reports use it, else the group's
    own phrase ("Tote" for "Leichen in Mandalay", "Todesopfer", "Tote beim Erdbeben")."""
    text = row["display"]
    if text and row["n"] * 2 >= count and (row["n"] >= 2 or count == 1):
        return str(text)
    return subject_group(text, row["unit"]) or text


def subject_key_for(subject: str | None, unit: str | None) -> str | None:
    """Figures group by the folded concept of their subject (bot.nlp.figure_subjects: synonyms
    joined, bare units, ages and durations no topic)."""
    group = subject_group(subject, unit)
    return (fold_key(group) or None) if group else None


@dataclass
class _Ids:
    """Next free row ids: assigned in Python so executemany can insert FTS rows alongside."""

    article: int
    sentence: int
    quote: int
    figure: int


@dataclass
class _Rows:
    """Rows of one swap, written with one executemany per table (a round trip to the SQLite
    thread per statement would dominate the time of a large ingest)."""

    new_articles: list[tuple[object, ...]] = field(default_factory=list)
    updated_articles: list[tuple[object, ...]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)
    paragraphs: list[tuple[object, ...]] = field(default_factory=list)
    sentences: list[tuple[object, ...]] = field(default_factory=list)
    sentence_fts: list[tuple[int, str]] = field(default_factory=list)
    quotes: list[tuple[object, ...]] = field(default_factory=list)
    quote_fts: list[tuple[int, str, str]] = field(default_factory=list)
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    aliases: list[tuple[int, int, str]] = field(default_factory=list)
    figures: list[tuple[object, ...]] = field(default_factory=list)


@dataclass
class _Work:
    affected_speakers: set[int] = field(default_factory=set)
    affected_subjects: set[str] = field(default_factory=set)
    renamed: dict[int, str] = field(default_factory=dict)  # speaker id -> previous name
    resolved: dict[str, KnownSpeaker] = field(default_factory=dict)  # name -> speaker, this swap
    new_quotes: int = 0
    new_figures: int = 0


class CorpusRepo:
    def __init__(self, db: Database, reloads: ReloadRepo) -> None:
        self._db = db
        self._reloads = reloads
        # Told about every committed change (watches post news); a failing listener is logged
        # and never fails the apply.
        self.listeners: list[Callable[[CorpusChange], Awaitable[None]]] = []

    async def hashes(self) -> dict[str, str]:
        """file name -> content hash of every stored article (ingest skips unchanged files)."""
        cur = await self._db.conn.execute("SELECT file, content_hash FROM articles")
        return {row[0]: row[1] for row in await cur.fetchall()}

    async def status(self) -> CorpusStatus:
        cur = await self._db.conn.execute(
            """SELECT version, updated_at, articles, sentences, quotes, figures, speakers,
                      (SELECT count(*) FROM subscriptions WHERE enabled = 1) AS subscriptions
               FROM corpus_state WHERE id = 1"""
        )
        row = await cur.fetchone()
        assert row is not None  # created by the first migration
        return CorpusStatus(
            version=row["version"],
            updated_at=dt_from_db_opt(row["updated_at"]),
            articles=row["articles"],
            sentences=row["sentences"],
            quotes=row["quotes"],
            figures=row["figures"],
            speakers=row["speakers"],
            subscriptions=row["subscriptions"],
            last_reload=await self._reloads.last(),
        )

    async def apply(
        self,
        upserts: Sequence[ArticleExtraction],
        removed_files: Sequence[str],
        unchanged_files: Sequence[str],
        skipped: Sequence[SkippedFile],
        now: datetime | None = None,
    ) -> CorpusChange:
        """Apply one ingest/reload in ONE transaction (readers keep the old corpus until commit):
        insert new articles, replace changed ones (by file name), delete removed ones, merge
        speakers corpus-wide (canonical names, aliases, roles), refresh FTS, bump the version
        if anything changed. A failure rolls everything back.

        An upsert whose content hash equals the stored one counts as unchanged and is not
        rewritten, so applying the same extraction twice changes nothing. A changed article
        keeps its id and first_seen (links and digests stay valid).
        """
        now = now or utc_now()
        async with self._db.apply_lock:
            w = self._db.writer
            await w.execute("BEGIN IMMEDIATE")
            try:
                change = await self._apply(w, upserts, removed_files, unchanged_files, skipped, now)
            except BaseException:
                if w.in_transaction:
                    await w.execute("ROLLBACK")
                raise
            await w.execute("COMMIT")
        for listener in list(self.listeners):
            try:
                await listener(change)
            except Exception:
                log.exception("corpus change listener failed")
        return change

    async def _apply(
        self,
        w: aiosqlite.Connection,
        upserts: Sequence[ArticleExtraction],
        removed_files: Sequence[str],
        unchanged_files: Sequence[str],
        skipped: Sequence[SkippedFile],
        now: datetime,
    ) -> CorpusChange:
        by_file: dict[str, ArticleExtraction] = {}
        for ex in upserts:
            by_file[ex.article.file] = ex  # a file given twice: the last extraction wins
        wanted = sorted(set(by_file) | set(removed_files))
        existing: dict[str, tuple[int, str, str]] = {}
        for chunk in _chunks(wanted):
            cur = await w.execute(
                f"SELECT id, file, content_hash, first_seen FROM articles WHERE file IN ({_marks(len(chunk))})",
                tuple(chunk),
            )
            for row in await cur.fetchall():
                existing[row["file"]] = (row["id"], row["content_hash"], row["first_seen"])

        added: list[str] = []
        changed: list[str] = []
        unchanged: list[str] = list(unchanged_files)
        for file, ex in by_file.items():
            if file not in existing:
                added.append(file)
            elif existing[file][1] == ex.article.content_hash:
                unchanged.append(file)
            else:
                changed.append(file)
        removed = [f for f in dict.fromkeys(removed_files) if f in existing and f not in by_file]

        work = _Work()
        old_texts: dict[int, tuple[set[str], set[str]]] = {}
        for file in changed:
            article_id = existing[file][0]
            old_texts[article_id] = await self._texts(w, article_id)
        stale_ids = [existing[f][0] for f in changed + removed]
        await self._collect_affected(w, stale_ids, work)
        await self._delete_children(w, stale_ids)
        for chunk in _chunks([existing[f][0] for f in removed]):
            marks = _marks(len(chunk))
            await w.execute(f"DELETE FROM title_fts WHERE rowid IN ({marks})", tuple(chunk))
            await w.execute(f"DELETE FROM articles WHERE id IN ({marks})", tuple(chunk))

        index = await self._speaker_index(w)
        ids = await self._next_ids(w)
        out = _Rows()
        for file in added + changed:
            ex = by_file[file]
            values = self._article_values(ex, now)
            if file in existing:
                article_id, _, first_seen = existing[file]
                out.updated_articles.append((*values, article_id))
            else:
                article_id, first_seen = ids.article, dt_to_db(now)
                ids.article += 1
                out.new_articles.append((article_id, *values, file, first_seen))
            out.titles.append((article_id, fold_text(ex.article.title)))
            await self._article_content(
                w, article_id, first_seen, ex, index, ids, work, out, old_texts.get(article_id)
            )
        await self._write(w, out)

        await self._rename_speakers(w, index, work)
        await self._refresh_speakers(w, work.affected_speakers)
        await self._refresh_subjects(w, work.affected_subjects)
        changed_anything = bool(added or changed or removed)
        totals = await self._refresh_totals(w, bump=changed_anything, now=now)
        return CorpusChange(
            version=totals.pop("version"),
            added=tuple(sorted(added)),
            changed=tuple(sorted(changed)),
            removed=tuple(sorted(removed)),
            unchanged=tuple(sorted(dict.fromkeys(unchanged))),
            skipped=tuple(skipped),
            new_quotes=work.new_quotes,
            new_figures=work.new_figures,
            totals=totals,
        )

    # -- removal -------------------------------------------------------------------------

    @staticmethod
    async def _texts(w: aiosqlite.Connection, article_id: int) -> tuple[set[str], set[str]]:
        cur = await w.execute("SELECT text FROM quotes WHERE article_id = ?", (article_id,))
        quotes = {r[0] for r in await cur.fetchall()}
        cur = await w.execute("SELECT text FROM figures WHERE article_id = ?", (article_id,))
        figures = {r[0] for r in await cur.fetchall()}
        return quotes, figures

    @staticmethod
    async def _collect_affected(
        w: aiosqlite.Connection, article_ids: Sequence[int], work: _Work
    ) -> None:
        for chunk in _chunks(article_ids):
            marks = _marks(len(chunk))
            cur = await w.execute(
                f"SELECT DISTINCT speaker_id FROM quotes WHERE article_id IN ({marks}) AND speaker_id IS NOT NULL",
                tuple(chunk),
            )
            work.affected_speakers.update(r[0] for r in await cur.fetchall())
            cur = await w.execute(
                f"SELECT DISTINCT subject_key FROM figures WHERE article_id IN ({marks}) AND subject_key IS NOT NULL",
                tuple(chunk),
            )
            work.affected_subjects.update(r[0] for r in await cur.fetchall())

    @staticmethod
    async def _delete_children(w: aiosqlite.Connection, article_ids: Sequence[int]) -> None:
        for chunk in _chunks(article_ids):
            marks = _marks(len(chunk))
            args = tuple(chunk)
            await w.execute(
                f"DELETE FROM sentence_fts WHERE rowid IN (SELECT -id FROM sentences WHERE article_id IN ({marks}))",
                args,
            )
            await w.execute(
                f"DELETE FROM quote_fts WHERE rowid IN (SELECT -id FROM quotes WHERE article_id IN ({marks}))",
                args,
            )
            for table in (
                "quotes",
                "figures",
                "sentences",
                "paragraphs",
                "speaker_roles",
                "speaker_aliases",
            ):
                await w.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", args)

    # -- insertion -----------------------------------------------------------------------

    @staticmethod
    async def _speaker_index(w: aiosqlite.Connection) -> SpeakerIndex:
        cur = await w.execute("SELECT id, name, kind, quote_count FROM speakers")
        return SpeakerIndex([KnownSpeaker(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()])

    @staticmethod
    async def _next_ids(w: aiosqlite.Connection) -> _Ids:
        cur = await w.execute(
            """SELECT (SELECT coalesce(max(id), 0) + 1 FROM articles),
                      (SELECT coalesce(max(id), 0) + 1 FROM sentences),
                      (SELECT coalesce(max(id), 0) + 1 FROM quotes),
                      (SELECT coalesce(max(id), 0) + 1 FROM figures)"""
        )
        row = await cur.fetchone()
        assert row is not None
        return _Ids(row[0], row[1], row[2], row[3])

    @staticmethod
    def _article_values(ex: ArticleExtraction, now: datetime) -> tuple[object, ...]:
        a = ex.article
        return (
            a.path,
            a.title,
            date_to_db(a.published),
            a.outlet,
            a.content_hash,
            dt_to_db(now),
            json.dumps([list(pair) for pair in a.meta], ensure_ascii=False),
            len(ex.sentences),
            len(ex.quotes),
            len(ex.figures),
            article_url(a.meta),
        )

    @staticmethod
    async def _write(w: aiosqlite.Connection, out: _Rows) -> None:
        await w.executemany(
            """INSERT INTO articles (id, path, title, published, outlet, content_hash, updated_at,
                   meta, sentence_count, quote_count, figure_count, url, file, first_seen)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            out.new_articles,
        )
        await w.executemany(
            """UPDATE articles SET path = ?, title = ?, published = ?, outlet = ?,
                   content_hash = ?, updated_at = ?, meta = ?, sentence_count = ?,
                   quote_count = ?, figure_count = ?, url = ?
               WHERE id = ?""",
            out.updated_articles,
        )
        await w.executemany(
            "DELETE FROM title_fts WHERE rowid = ?", [(row[-1],) for row in out.updated_articles]
        )
        await w.executemany("INSERT INTO title_fts (rowid, title) VALUES (?, ?)", out.titles)
        await w.executemany(
            """INSERT INTO paragraphs (article_id, idx, section, heading, start_char, end_char)
               VALUES (?, ?, ?, ?, ?, ?)""",
            out.paragraphs,
        )
        await w.executemany(
            """INSERT INTO sentences (id, article_id, idx, paragraph_idx, section, text,
                   start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            out.sentences,
        )
        await w.executemany(
            "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)", out.sentence_fts
        )
        await w.executemany(
            """INSERT INTO quotes (id, article_id, sentence_id, speaker_id, speaker_name,
                   speaker_role, speaker_mention, kind, text, cue, sentence, sentence_idx,
                   start_char, end_char, published, first_seen, act, target)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            out.quotes,
        )
        await w.executemany(
            "INSERT INTO quote_fts (rowid, text, sentence) VALUES (?, ?, ?)", out.quote_fts
        )
        await w.executemany(
            "INSERT INTO speaker_roles (speaker_id, article_id, role) VALUES (?, ?, ?)", out.roles
        )
        await w.executemany(
            "INSERT INTO speaker_aliases (speaker_id, article_id, alias) VALUES (?, ?, ?)",
            out.aliases,
        )
        await w.executemany(
            """INSERT INTO figures (id, article_id, sentence_id, value, value_max, qualifier,
                   unit, subject, subject_key, text, source, source_speaker_id, sentence,
                   sentence_idx, start_char, end_char, refers_to, sort_date, is_addition,
                   interval_low, interval_high)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            out.figures,
        )

    async def _article_content(
        self,
        w: aiosqlite.Connection,
        article_id: int,
        first_seen: str,
        ex: ArticleExtraction,
        index: SpeakerIndex,
        ids: _Ids,
        work: _Work,
        out: _Rows,
        old_texts: tuple[set[str], set[str]] | None,
    ) -> None:
        """Rows of one article's content into `out`; only new speakers are written now."""
        art = ex.article
        published = date_to_db(art.published)
        spans = art.paragraph_spans()
        out.paragraphs.extend(
            (article_id, i, p.section, p.heading, spans[i][0], spans[i][1])
            for i, p in enumerate(art.paragraphs)
        )

        sentence_ids: dict[int, int] = {}
        for s in ex.sentences:
            sentence_ids[s.index] = ids.sentence
            out.sentences.append(
                (ids.sentence, article_id, s.index, s.paragraph_index, s.section, s.text,
                 s.start_char, s.end_char)
            )  # fmt: skip
            out.sentence_fts.append((-ids.sentence, fold_text(s.text)))  # see migration 4
            ids.sentence += 1

        infos = {info.name: info for info in ex.speakers}
        local: dict[str, KnownSpeaker] = {}
        for q in ex.quotes:
            if q.speaker and q.speaker not in local:
                local[q.speaker] = await self._resolve(
                    w, q.speaker, infos.get(q.speaker), index, work
                )

        roles: set[tuple[int, str]] = set()
        aliases: set[tuple[int, str]] = set()
        old_quotes, old_figures = old_texts or (set(), set())
        for q in ex.quotes:
            sp = local.get(q.speaker) if q.speaker else None
            if sp is not None:
                sp.quote_count += 1
                work.affected_speakers.add(sp.id)
                if q.speaker_role:
                    roles.add((sp.id, q.speaker_role))
                if q.speaker and q.speaker != sp.name and sp.kind != ANONYMOUS:
                    aliases.add((sp.id, q.speaker))
            if q.text not in old_quotes:
                work.new_quotes += 1
            out.quotes.append(
                (ids.quote, article_id, sentence_ids.get(q.sentence_index),
                 sp.id if sp else None, q.speaker, q.speaker_role, q.speaker_mention, q.kind,
                 q.text, q.cue, q.sentence, q.sentence_index, q.start_char, q.end_char,
                 published, first_seen, q.act, q.target)
            )  # fmt: skip
            out.quote_fts.append((-ids.quote, fold_text(q.text), fold_text(q.sentence)))
            ids.quote += 1
        for name, sp in local.items():
            info = infos.get(name)
            if info is None:
                continue
            roles.update((sp.id, r) for r in info.roles)
            if sp.kind != ANONYMOUS:
                aliases.update((sp.id, a) for a in info.aliases if a != sp.name)
        out.roles.extend((sid, article_id, role) for sid, role in sorted(roles))
        out.aliases.extend((sid, article_id, alias) for sid, alias in sorted(aliases))

        for f in ex.figures:
            source = f.source
            source_id: int | None = None
            if source and not is_anonymous(source):
                match = local.get(source) or index.match(source)
                if match is not None:
                    source, source_id = match.name, match.id
            key = subject_key_for(f.subject, f.unit)
            if key:
                work.affected_subjects.add(key)
            if f.text not in old_figures:
                work.new_figures += 1
            refers_to = date_to_db(f.refers_to)
            out.figures.append(
                (ids.figure, article_id, sentence_ids.get(f.sentence_index), f.value,
                 f.value_max, f.qualifier, f.unit, f.subject, key, f.text, source, source_id,
                 f.sentence, f.sentence_index, f.start_char, f.end_char, refers_to,
                 refers_to or published, int(f.is_addition),
                 *stored_bounds(f.qualifier, f.value, f.value_max))
            )  # fmt: skip
            ids.figure += 1

    async def _resolve(
        self,
        w: aiosqlite.Connection,
        name: str,
        info: SpeakerInfo | None,
        index: SpeakerIndex,
        work: _Work,
    ) -> KnownSpeaker:
        """The corpus-wide speaker for an article's canonical speaker name (created if new)."""
        kind = info.kind if info is not None else "person"
        if kind != ANONYMOUS and name in work.resolved:
            return work.resolved[name]
        if is_anonymous(name, kind):
            if index.anonymous is None:
                index.anonymous = await self._create(w, ANONYMOUS, ANONYMOUS, index)
            return index.anonymous
        found = index.match(name)
        if found is None:
            found = await self._create(w, name, kind, index)
        elif better_name(found.name, name):
            work.renamed.setdefault(found.id, found.name)
            index.rename(found, name)
        work.resolved[name] = found
        return found

    @staticmethod
    async def _create(
        w: aiosqlite.Connection, name: str, kind: str, index: SpeakerIndex
    ) -> KnownSpeaker:
        cur = await w.execute(
            "INSERT INTO speakers (name, kind, fold_key) VALUES (?, ?, ?)",
            (name, kind, fold_name(name) or name.lower()),
        )
        assert cur.lastrowid is not None
        sp = KnownSpeaker(cur.lastrowid, name, kind, 0)
        index.add(sp)
        return sp

    # -- derived tables ------------------------------------------------------------------

    @staticmethod
    async def _rename_speakers(w: aiosqlite.Connection, index: SpeakerIndex, work: _Work) -> None:
        """Write upgraded canonical names; the replaced name stays findable as an alias."""
        for speaker_id, old_name in work.renamed.items():
            sp = index.by_id(speaker_id)
            if sp is None or sp.name == old_name:
                continue
            work.affected_speakers.add(speaker_id)
            await w.execute(
                "UPDATE speakers SET name = ?, fold_key = ? WHERE id = ?",
                (sp.name, fold_name(sp.name) or sp.name.lower(), speaker_id),
            )
            await w.execute(
                "INSERT INTO speaker_aliases (speaker_id, article_id, alias) VALUES (?, NULL, ?)",
                (speaker_id, old_name),
            )

    @staticmethod
    async def _refresh_speakers(w: aiosqlite.Connection, speaker_ids: set[int]) -> None:
        ids = sorted(speaker_ids)
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            await w.execute(
                f"""UPDATE speakers SET
                        quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = speakers.id),
                        article_count = (SELECT count(DISTINCT article_id) FROM quotes
                                         WHERE speaker_id = speakers.id),
                        latest = (SELECT published FROM quotes WHERE speaker_id = speakers.id
                                  ORDER BY (published IS NULL), published DESC LIMIT 1),
                        {SPEAKER_SUMMARY_SET}
                    WHERE id IN ({marks})""",
                tuple(chunk),
            )
            await w.execute(
                f"DELETE FROM speakers WHERE id IN ({marks}) AND quote_count = 0", tuple(chunk)
            )

    @staticmethod
    async def _refresh_subjects(w: aiosqlite.Connection, keys: set[str]) -> None:
        for key in sorted(keys):
            await w.execute("DELETE FROM subjects WHERE subject_key = ?", (key,))
            cur = await w.execute(
                """SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id
                   WHERE f.subject_key = ?
                   ORDER BY (f.sort_date IS NULL), f.sort_date DESC, a.first_seen DESC, f.id DESC
                   LIMIT 1""",
                (key,),
            )
            latest = await cur.fetchone()
            if latest is None:
                continue
            cur = await w.execute(
                """SELECT coalesce(subject, unit) AS display, count(*) AS n,
                          (SELECT unit FROM figures WHERE subject_key = ?1 AND unit IS NOT NULL
                           GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1) AS unit
                   FROM figures WHERE subject_key = ?1
                   GROUP BY display ORDER BY n DESC, display LIMIT 1""",
                (key,),
            )
            display = await cur.fetchone()
            cur = await w.execute("SELECT count(*) FROM figures WHERE subject_key = ?", (key,))
            count = await cur.fetchone()
            assert display is not None and count is not None
            await w.execute(
                """INSERT INTO subjects (subject_key, subject, unit, figure_count, latest_figure_id)
                   VALUES (?, ?, ?, ?, ?)""",
                (key, _display(display, count[0]) or key, display["unit"], count[0], latest[0]),
            )

    @staticmethod
    async def _refresh_totals(w: aiosqlite.Connection, bump: bool, now: datetime) -> dict[str, int]:
        await w.execute(
            """UPDATE corpus_state SET
                   version = version + ?1,
                   updated_at = CASE WHEN ?1 THEN ?2 ELSE updated_at END,
                   articles = (SELECT count(*) FROM articles),
                   sentences = (SELECT count(*) FROM sentences),
                   quotes = (SELECT count(*) FROM quotes),
                   figures = (SELECT count(*) FROM figures),
                   speakers = (SELECT count(*) FROM speakers)
               WHERE id = 1""",
            (1 if bump else 0, dt_to_db(now)),
        )
        cur = await w.execute(
            "SELECT version, articles, sentences, quotes, figures, speakers FROM corpus_state"
        )
        row = await cur.fetchone()
        assert row is not None
        return {k: row[k] for k in row.keys()}  # noqa: SIM118 - sqlite3.Row is not a dict
