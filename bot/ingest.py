"""Corpus -> store: name the files that changed, extract them in workers, stage and swap.

The same Ingestor serves `lagebild ingest`, the start-up freshness check of `lagebild run`, the
admin `/reload` and the feed poller. Nothing that blocks runs on the event loop, and nothing
grows with the corpus: the freshness check (raw bytes' hash against the stored one) reads one
file at a time in a thread; every changed file goes to the worker pool as a job naming it, and
the worker reads, parses and extracts it (bot.ingest_work). At most `in_flight` jobs are out at
once, and their extractions are staged into the store in batches of STAGE_BATCH articles
(CorpusRepo.session) while the workers go on. The articles feeds brought are read from the
store a page of FEED_PAGE at a time, only as the workers need more jobs, once the folder's
jobs are done (a feed article whose page a folder file names is left out, which needs every
folder url first; only names and urls of the folder are kept for it, no texts). So the articles
held in the main process are bounded by in_flight + STAGE_BATCH + FEED_PAGE whatever the size
of the folder or the feed archive. The staged rows are swapped in as one corpus version at the
end: readers keep seeing the old corpus until the new one is
complete, and a failure anywhere leaves the old corpus serving.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    Sequence,
)
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.corpus import (
    ArticleFileError,
    CorpusError,
    CorpusScan,
    EmptyCorpusError,
    ForeignCorpusError,
    plain_digest,
    raw_digest,
    read_article,
    scan_corpus,
)
from bot.corpus.reasons import Reason, SkipCode
from bot.feeds.articles import is_feed_file
from bot.feeds.urls import same_article_urls
from bot.ingest_work import (
    Job,
    Outcome,
    extract_article,
    process,
    processing_version,
    warm_up,
    worker_init,
)
from bot.models import ArticleExtraction, ParsedArticle, SkippedFile
from bot.store import Store
from bot.store.errors import CorpusBusy
from bot.store.records import CorpusChange
from bot.store.repos.corpus import STAGE_BATCH, article_url

__all__ = [
    "FEED_PAGE",
    "STAGE_BATCH",
    "CorpusReloader",
    "Ingestor",
    "Progress",
    "ReloadFailed",
    "ReloadRunning",
    "WorkersDied",
    "extract_article",
    "processing_version",
    "read_corpus",
    "summarize",
    "warm_up",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, file name)
Sink = Callable[[list[ArticleExtraction]], Awaitable[None]]  # takes one batch of extractions

IN_FLIGHT_PER_WORKER = 4
"""Jobs handed to the pool per worker: enough to keep every worker busy while the main
process stages a batch, few enough that results never pile up in memory."""

FEED_PAGE = 100
"""Stored feed articles a reload reads from the store at once: the feed archive grows with
every poll, and reading it whole held every text ever fetched (issue 14)."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[ParsedArticle, ...]
    skipped: tuple[SkippedFile, ...]


def read_corpus(directory: Path) -> ReadResult:
    """Blocking: every article of the folder parsed, and every file skipped with its reason.
    Holds the whole corpus: for tests and tools on small folders; ingest streams instead."""
    scan = scan_corpus(directory)
    articles: list[ParsedArticle] = []
    skipped: list[SkippedFile] = list(scan.skipped)
    for path in scan.files:
        try:
            articles.append(read_article(path, scan.root))
        except ArticleFileError as e:
            skipped.append(SkippedFile(path.name, e.reason))
        except OSError as e:
            unreadable = Reason.of(SkipCode.UNREADABLE, detail=e.strerror or str(e))
            skipped.append(SkippedFile(path.name, unreadable))
    return ReadResult(tuple(articles), tuple(skipped))


@dataclass(frozen=True, slots=True)
class FolderPlan:
    """A corpus folder against the store, before anything is parsed: which files to process
    (new, or bytes changed), which are unchanged, which the scan skipped, and every name the
    folder has (a stored file missing from it is removed)."""

    jobs: tuple[Job, ...]
    unchanged: tuple[str, ...]
    skipped: tuple[SkippedFile, ...]
    names: frozenset[str]
    candidates: int  # article files (new, changed or unchanged)


def plan_folder(directory: Path, stored: Mapping[str, str], version: str) -> FolderPlan:
    """Blocking: scan the folder and check freshness by the raw bytes' hash (plus `version`)
    against the stored content hash, one file at a time, without parsing anything (parsing
    every file made a restart over 50k unchanged files take 12 s)."""
    scan = scan_corpus(directory)
    root = str(scan.root) if scan.root else None
    jobs: list[Job] = []
    unchanged: list[str] = []
    for path in scan.files:
        known = stored.get(path.name)
        if known is not None and _unchanged(path, scan, known, version):
            unchanged.append(path.name)
        else:
            jobs.append(Job(path.name, known, path=str(path), root=root, from_folder=True))
    names = frozenset([p.name for p in scan.files] + [s.file for s in scan.skipped])
    return FolderPlan(tuple(jobs), tuple(unchanged), scan.skipped, names, len(scan.files))


def _any_readable(jobs: Iterable[Job]) -> bool:
    """Blocking: whether any of these folder files parses (stops at the first that does)."""
    for job in jobs:
        assert job.path is not None
        try:
            read_article(job.path, Path(job.root) if job.root else None)
        except (ArticleFileError, OSError):
            continue
        return True
    return False


def _unchanged(path: Path, scan: CorpusScan, stored_hash: str, version: str) -> bool:
    try:
        if path.name in scan.plain:
            try:
                return f"{plain_digest(path)}:{version}" == stored_hash
            except (ArticleFileError, OSError):
                pass  # changed kind since the scan: the careful path says
        return f"{raw_digest(path, scan.root)}:{version}" == stored_hash
    except (ArticleFileError, OSError):
        return False  # parsing reports why


@dataclass
class Tally:
    """What a stream of jobs came to, apart from the staged extractions."""

    unchanged: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    folder_parsed: int = 0  # folder files that were readable articles
    folder_skipped: int = 0
    staged: int = 0
    held_peak: int = 0  # most articles in flight or waiting to be staged at once

    def then(self, later: Tally) -> Tally:
        """This stream's tally followed by another's (a reload's folder, then its feeds)."""
        return Tally(
            self.unchanged + later.unchanged,
            self.skipped + later.skipped,
            self.folder_parsed + later.folder_parsed,
            self.folder_skipped + later.folder_skipped,
            self.staged + later.staged,
            max(self.held_peak, later.held_peak),
        )


class Ingestor:
    """Brings the store in line with the corpus directory."""

    def __init__(
        self,
        store: Store,
        corpus_dir: Path,
        model: str = "blank",
        workers: int = 1,
        pos_tagger: str = "none",
    ) -> None:
        self.store = store
        self.corpus_dir = corpus_dir
        self.model = model
        self.pos_tagger = pos_tagger
        self.workers = workers
        self._executor: Executor | None = None
        # One change of the corpus at a time: a folder ingest and a feed poll both read what is
        # stored, extract, and apply; interleaved, one could apply an older text over a newer.
        self.lock = asyncio.Lock()
        self.last_tally: Tally | None = None  # of the last stream: for logs and tests
        self.feed_page = FEED_PAGE

    @property
    def in_flight(self) -> int:
        return max(2, IN_FLIGHT_PER_WORKER * self.workers)

    def _pool(self) -> Executor:
        if self._executor is not None and _is_broken(self._executor):
            log.warning("an extraction worker died since the last run; starting new workers")
            self._discard_pool()
        if self._executor is None:
            if self.workers <= 0:
                self._executor = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="lagebild-nlp"
                )
            else:
                # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
                ctx = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=ctx,
                    initializer=worker_init,
                    initargs=(os.getpid(),),
                )
        return self._executor

    def _discard_pool(self) -> None:
        """Drop a broken pool without waiting for it (its workers are dead or dying); the next
        use starts a new one, so one crashed worker never disables /reload until a restart."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    async def close(self) -> None:
        if self._executor is not None:
            executor, self._executor = self._executor, None
            await asyncio.to_thread(executor.shutdown, True, cancel_futures=True)

    async def extract(
        self, articles: Sequence[ParsedArticle], progress: Progress | None = None
    ) -> tuple[list[ArticleExtraction], list[SkippedFile]]:
        """Extract these articles in the worker pool (nothing is stored); one failing is
        skipped, not fatal."""
        extracted: list[ArticleExtraction] = []

        async def collect(batch: list[ArticleExtraction]) -> None:
            extracted.extend(batch)

        version = await asyncio.to_thread(processing_version, self.model, self.pos_tagger)
        jobs = [Job(a.file, article=a) for a in articles]
        tally = await self._stream(_each(jobs), len(jobs), version, collect, progress)
        extracted.sort(key=lambda ex: ex.article.file)
        return extracted, tally.skipped

    async def _stream(
        self,
        jobs: AsyncIterator[Job],
        total: int,
        version: str,
        sink: Sink,
        progress: Progress | None = None,
    ) -> Tally:
        """Run the jobs in the worker pool, at most `in_flight` at once, handing extractions
        to `sink` in batches of STAGE_BATCH in the order of the jobs (so that the same corpus
        gets the same article and quote ids whichever worker is faster; a result that arrives
        early waits, and counts as in flight). A worker that dies (killed, out of memory)
        breaks the whole pool: it is replaced and the jobs it took down are run again; dying
        twice with no job finished in between fails the run, so that nothing half-done is
        applied, and the next run starts with new workers again."""
        loop = asyncio.get_running_loop()
        taken = 0  # jobs taken from `jobs`: the next one's sequence number
        retry: deque[tuple[int, Job]] = deque()
        pending: dict[asyncio.Future[Outcome], tuple[int, Job]] = {}
        ready: dict[int, tuple[Job, Outcome]] = {}  # finished, waiting for an earlier job
        batch: list[ArticleExtraction] = []
        tally = Tally()
        self.last_tally = tally
        released = deaths = 0
        try:
            while True:
                while len(pending) + len(ready) < self.in_flight:
                    if retry:
                        item = retry.popleft()
                    else:
                        job = await anext(jobs, None)
                        if job is None:
                            break
                        item, taken = (taken, job), taken + 1
                    fut = loop.run_in_executor(
                        self._pool(), process, self.model, version, item[1], self.pos_tagger
                    )
                    pending[fut] = item
                tally.held_peak = max(tally.held_peak, len(pending) + len(ready) + len(batch))
                if not pending:
                    break
                finished, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                lost: list[tuple[int, Job]] = []
                for fut in finished:
                    seq, job = pending.pop(fut)
                    outcome = self._outcome(fut, job)
                    if outcome is None:
                        lost.append((seq, job))
                    else:
                        deaths = 0
                        ready[seq] = (job, outcome)
                while released in ready:
                    job, outcome = ready.pop(released)
                    released += 1
                    _count(tally, job, outcome, batch)
                    if progress:
                        progress(released, total, job.file)
                if lost:
                    deaths += 1
                    retry.extend(await self._after_pool_death(pending, lost, deaths))
                while len(batch) >= STAGE_BATCH:
                    await sink(batch[:STAGE_BATCH])
                    tally.staged += STAGE_BATCH
                    del batch[:STAGE_BATCH]
            if batch:
                await sink(batch)
                tally.staged += len(batch)
        except BaseException:
            # Cancelled, or staging failed: what is still out is not wanted any more.
            for fut in pending:
                fut.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            raise
        return tally

    def _outcome(self, fut: asyncio.Future[Outcome], job: Job) -> Outcome | None:
        """The job's outcome; None when its worker died (the job is run again)."""
        from concurrent.futures.process import BrokenProcessPool

        if fut.cancelled():  # by the shutdown of a pool found broken: its jobs run again
            return None
        try:
            return fut.result()
        except BrokenProcessPool:
            return None
        except ArticleFileError as e:  # e.g. too long for the pipeline: a known reason
            return Outcome(job.file, skipped=SkippedFile(job.file, e.reason), parsed=True)
        except Exception as e:
            log.error("extraction of %s failed", job.file, exc_info=e)
            reason = Reason.of(SkipCode.EXTRACTION_FAILED, detail=f"{type(e).__name__}: {e}")
            return Outcome(job.file, skipped=SkippedFile(job.file, reason), parsed=True)

    async def _after_pool_death(
        self,
        pending: dict[asyncio.Future[Outcome], tuple[int, Job]],
        lost: list[tuple[int, Job]],
        deaths: int,
    ) -> list[tuple[int, Job]]:
        """A broken pool fails every job still out: take them back (results that made it
        stay lost too, they are simply run again), replace the pool, and hand back the jobs
        to run again; or give up after a second death without progress."""
        await asyncio.gather(*pending, return_exceptions=True)
        lost = lost + list(pending.values())
        pending.clear()
        self._discard_pool()
        if deaths >= 2:
            raise WorkersDied(
                "the extraction worker process died twice in a row (out of memory? killed?); "
                "the stored corpus is unchanged"
            )
        log.warning("an extraction worker died; retrying %d articles with new workers", len(lost))
        return sorted(lost, key=lambda item: item[0])

    async def run(
        self,
        directory: Path | None = None,
        progress: Progress | None = None,
        allow_empty: bool = False,
    ) -> CorpusChange:
        """The folder corpus plus the articles feeds brought (re-read from the store, so a
        pipeline upgrade re-extracts them too). Only folder files are ever removed, and feed
        articles whose page a folder file now names (the folder's copy wins: _feed_jobs).

        Raises EmptyCorpusError, changing nothing, when the folder holds no readable article
        and `allow_empty` is not set (feed articles do not count: an unmounted folder must not
        remove the folder's articles just because feeds brought others), and
        ForeignCorpusError when the folder holds none of the stored folder articles (a wrong
        folder would swap the whole corpus for another one)."""
        directory = directory or self.corpus_dir
        async with self.lock:
            version = await asyncio.to_thread(processing_version, self.model, self.pos_tagger)
            stored = await self.store.corpus.hashes()
            folder = await asyncio.to_thread(plan_folder, directory, stored, version)
            stored_folder = [f for f in stored if not is_feed_file(f)]
            if not folder.candidates and not allow_empty:
                raise EmptyCorpusError(str(directory), len(folder.skipped), bool(stored))
            if not allow_empty and stored_folder and folder.names.isdisjoint(stored_folder):
                # A folder of other files, or of nothing readable: say which.
                if not await asyncio.to_thread(_any_readable, folder.jobs):
                    raise EmptyCorpusError(str(directory), folder.candidates + len(folder.skipped))
                raise ForeignCorpusError(str(directory), len(stored_folder))
            # A stored article whose file is now broken keeps its old version: nothing is lost.
            # Feed articles are not files of the folder: a folder reload never removes them.
            removed = [f for f in stored_folder if f not in folder.names]
            total = len(folder.jobs) + await self.store.feeds.article_count()
            async with self.store.corpus.session(removed) as session:
                # The folder first, then the feed archive: a feed article whose page a folder
                # file now holds is left out (the folder's copy wins; see _feed_jobs), which
                # needs the folder's urls, new ones included, before the first feed job.
                seen = FolderUrls(folder.names)
                tally = await self._stream(
                    _each(folder.jobs), total, version, seen.staging(session.stage), progress
                )
                if not allow_empty and not folder.unchanged and not tally.folder_parsed:
                    raise EmptyCorpusError(
                        str(directory), len(folder.skipped) + tally.folder_skipped, bool(stored)
                    )
                feeds = await self._stream(
                    self._feed_jobs(stored, seen),
                    total,
                    version,
                    session.stage,
                    _after(progress, len(folder.jobs)),
                )
                tally = self.last_tally = tally.then(feeds)
                await session.remove(seen.shadowed)
                kept = {s.file for s in folder.skipped if s.file in stored}
                return await session.commit(
                    [*folder.unchanged, *tally.unchanged, *_kept(tally, stored), *kept],
                    [*folder.skipped, *tally.skipped],
                )

    async def apply_articles(
        self, articles: Sequence[ParsedArticle], now: datetime | None = None
    ) -> CorpusChange:
        """Add or update these articles without touching any other (the feed poller's
        incremental path). The caller holds `lock` around its own reads and this call."""
        version = await asyncio.to_thread(processing_version, self.model, self.pos_tagger)
        stored = await self.store.corpus.hashes()
        jobs = [Job(a.file, stored.get(a.file), article=a) for a in articles]
        async with self.store.corpus.session((), now) as session:
            tally = await self._stream(_each(jobs), len(jobs), version, session.stage)
            return await session.commit([*tally.unchanged, *_kept(tally, stored)], tally.skipped)

    async def _feed_jobs(self, stored: Mapping[str, str], folder: FolderUrls) -> AsyncIterator[Job]:
        """A job for every stored feed article, read from the store a page at a time as the
        stream asks for more (by id: the order, and so the ids of new rows, stays stable).

        A feed article whose link is the url of a folder article is no job: one article is
        in the corpus once, and the folder's copy wins (an editor put that file there, with
        its own title, date and text; a feed's copy is what a page extractor made of it). It
        stays in the feed archive: should the folder file go, the next reload brings it back.
        One that is in the corpus now is noted in `folder.shadowed`, for the reload to remove."""
        after = 0
        while True:
            page = await self.store.feeds.articles_after(after, self.feed_page)
            held = await folder.holding(self.store, [r.link for r in page])
            for record in page:
                if record.link in held:
                    if record.file in stored:
                        folder.shadowed.append(record.file)
                    continue
                yield Job(record.file, stored.get(record.file), feed=record)
            if len(page) < self.feed_page:
                return
            after = page[-1].id


class FolderUrls:
    """The urls of the corpus folder's articles during one reload: of the files extracted
    anew (noted as they are staged) and, through the store, of the files kept as they are."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names  # every file of the folder (a stored one missing is removed)
        self.staged: set[str] = set()
        self.urls: set[str] = set()
        self.shadowed: list[str] = []  # stored feed articles the folder now holds

    def staging(self, stage: Sink) -> Sink:
        """`stage`, noting the file and url of every folder article it stages."""

        async def noting(batch: list[ArticleExtraction]) -> None:
            for ex in batch:
                self.staged.add(ex.article.file)
                url = article_url(ex.article.meta)
                if url:
                    self.urls.add(url)
            await stage(batch)

        return noting

    async def holding(self, store: Store, links: Sequence[str]) -> set[str]:
        """Which of these feed links a folder article has as its url (normalised, with or
        without a trailing slash). A stored url counts only for a folder file that this
        reload keeps as it is: one extracted anew counts with its new url (it may have
        changed), one removed not at all."""
        forms = {link: same_article_urls(link) for link in links}
        kept = {
            s.url
            for s in await store.feeds.stored_by_url([f for fs in forms.values() for f in fs])
            if not is_feed_file(s.file) and s.file in self.names and s.file not in self.staged
        }
        return {link for link, fs in forms.items() if any(f in self.urls or f in kept for f in fs)}


def _after(progress: Progress | None, done: int) -> Progress | None:
    """`progress` for a stream that continues one of `done` jobs (the totals are shared)."""
    if progress is None:
        return None
    return lambda n, total, file: progress(done + n, total, file)


async def _each(jobs: Iterable[Job]) -> AsyncIterator[Job]:
    for job in jobs:
        yield job


def _count(tally: Tally, job: Job, outcome: Outcome, batch: list[ArticleExtraction]) -> None:
    """One job's outcome into the tally (and its extraction into the batch to stage)."""
    if job.from_folder:
        tally.folder_parsed += outcome.parsed
        tally.folder_skipped += not outcome.parsed
    if outcome.extraction is not None:
        batch.append(outcome.extraction)
        for warning in outcome.extraction.article.warnings:
            # ingested all the same (stray control characters removed, a front-matter date
            # that is no date left out): the admin should still fix the file
            # (the record carries the Reason: a terminal user reads it in their language)
            log.warning(
                "%s: %s",
                outcome.file,
                warning,
                extra={"repair": warning, "repaired_file": outcome.file},
            )
    elif outcome.unchanged:
        tally.unchanged.append(job.file)
    elif outcome.skipped is not None:
        tally.skipped.append(outcome.skipped)


def _kept(tally: Tally, stored: Mapping[str, str]) -> list[str]:
    """Stored articles whose new version failed (unreadable now, or extraction failed): they
    keep their stored version, so they count as unchanged."""
    return [s.file for s in tally.skipped if s.file in stored]


def _is_broken(executor: Executor) -> bool:
    """ProcessPoolExecutor marks itself broken when it sees a worker die (`_broken`, set by its
    management thread; there is no public accessor)."""
    return bool(getattr(executor, "_broken", False))


class WorkersDied(Exception):
    """Extraction workers kept dying; the message is for the admin."""


class ReloadRunning(Exception):
    """A reload was requested while another one is still running."""


class ReloadRunningElsewhere(ReloadRunning):
    """Another process of the same store (a replica, or `lagebild ingest`) is applying a
    corpus right now; this one changed nothing."""


class ReloadFailed(Exception):
    """Processing failed; the old corpus stays in service. The message is for the admin."""


class CorpusReloader:
    """Admin reload: one at a time, logged, and never taking the old corpus down on failure."""

    def __init__(self, ingestor: Ingestor, clock: Callable[[], datetime]) -> None:
        self.ingestor = ingestor
        self.clock = clock
        self._lock = asyncio.Lock()
        # the folder the last reload read (or tried to): the reply names it
        self.folder: Path | None = None

    @property
    def running(self) -> bool:
        return self._lock.locked()

    async def reload(self, requested_by: str) -> CorpusChange:
        if self._lock.locked():
            raise ReloadRunning()
        async with self._lock:
            store = self.ingestor.store
            reload_id = await store.reloads.start(requested_by, self.clock())
            try:
                stored = await store.articles.newest_paths()
                configured = self.ingestor.corpus_dir
                self.folder = await asyncio.to_thread(reload_folder, configured, stored)
                if self.folder != configured:
                    log.info(
                        "reload %s reads %s, the stored corpus's folder", reload_id, self.folder
                    )
                change = await self.ingestor.run(self.folder)
            except CorpusBusy as e:
                log.info("reload %s not started: %s", reload_id, e)
                await store.reloads.finish(reload_id, "failed", str(e), self.clock())
                raise ReloadRunningElsewhere() from e
            except CorpusError as e:
                # a refusal (empty or foreign folder) or an unusable folder, not a bug: the old
                # corpus keeps serving and the admin is told why, in the reply's language
                log.warning("reload %s refused: %s", reload_id, e)
                await store.reloads.finish(reload_id, "failed", str(e), self.clock())
                raise
            except Exception as e:
                log.exception("reload %s failed", reload_id)
                message = f"{type(e).__name__}: {e}"
                await store.reloads.finish(reload_id, "failed", message, self.clock())
                raise ReloadFailed(message) from e
            status = "partial" if change.skipped else "ok"
            await store.reloads.finish(reload_id, status, summarize(change), self.clock())
            return change


def reload_folder(configured: Path, stored: Sequence[tuple[str, str]]) -> Path:
    """Blocking: the folder a reload reads. The configured one, unless the stored corpus was
    read from another folder (`lagebild ingest /data/story` on this store) that still exists,
    while the configured one holds none of its files: an admin who asks for a reload means
    the corpus that is served, not the default `seeds/` next to wherever the bot was started.
    `stored` is (file, path as read) of the latest stored articles; feed articles have no
    folder. A folder that moved away is no answer: the configured one then says what is wrong.
    """
    from_folder = [(file, path) for file, path in stored if path and not is_feed_file(file)]
    counts = Counter(Path(path).parent for _, path in from_folder)
    if not counts:
        return configured
    recorded = counts.most_common(1)[0][0]
    if recorded == configured or recorded == configured.resolve():
        return configured
    if any((configured / file).is_file() for file, _ in from_folder):
        return configured
    return recorded if recorded.is_dir() else configured


def summarize(change: CorpusChange) -> str:
    """One line for logs and the reload log."""
    parts = [
        f"version {change.version}",
        f"{len(change.added)} added",
        f"{len(change.changed)} changed",
        f"{len(change.removed)} removed",
        f"{len(change.unchanged)} unchanged",
        f"{change.new_quotes} new quotes",
        f"{change.new_figures} new figures",
    ]
    if change.skipped:
        parts.append(f"{len(change.skipped)} skipped")
    return ", ".join(parts)
