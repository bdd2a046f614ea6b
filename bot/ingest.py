"""Corpus -> store: read files, run the NLP pipeline in a worker, stage and swap in the store.

The same Ingestor serves `lagebild ingest`, the start-up freshness check of `lagebild run`, and
the admin `/reload`. Work that blocks (file parsing, spaCy) never runs on the event loop: files
are parsed in a thread, extraction runs in a process pool (or a thread when nlp.workers = 0).
Extractions are staged into the store batch by batch (CorpusRepo.session) and swapped in as one
corpus version at the end: readers keep seeing the old corpus until the new one is complete,
and a failure leaves the old corpus serving.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path

from bot.corpus import (
    READER_VERSION,
    ArticleFileError,
    CorpusError,
    EmptyCorpusError,
    ForeignCorpusError,
    raw_digest,
    read_article,
    scan_corpus,
)
from bot.feeds.articles import is_feed_file, to_parsed
from bot.models import ArticleExtraction, ParsedArticle, SkippedFile
from bot.store import Store
from bot.store.errors import CorpusBusy
from bot.store.records import CorpusChange, FeedArticleRecord
from bot.store.repos.corpus import STAGE_BATCH

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, file name)


@cache
def _extractor(model: str):  # type: ignore[no-untyped-def]
    """One pipeline per worker process (or per model in thread mode): building it costs ~1 s,
    so it is built on first use and kept for the life of the worker."""
    from bot.nlp import Extractor, build_pipeline

    return Extractor(build_pipeline(model))


def extract_article(model: str, article: ParsedArticle) -> ArticleExtraction:
    """Runs in the worker: picklable arguments in, plain dataclasses out."""
    return _extractor(model).extract(article)


def warm_up(model: str) -> None:
    _extractor(model)


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[ParsedArticle, ...]
    skipped: tuple[SkippedFile, ...]
    unchanged: tuple[str, ...] = ()  # files whose bytes match the stored hash: not parsed


def read_corpus(
    directory: Path, stored: Mapping[str, str] | None = None, version: str = ""
) -> ReadResult:
    """Blocking: scan the directory and parse every file; a bad file is skipped with its reason.

    A file whose raw hash plus `version` equals its `stored` content hash is unchanged and not
    parsed (parsing every file made a restart over 50k unchanged files take 12 s)."""
    scan = scan_corpus(directory)
    articles: list[ParsedArticle] = []
    skipped: list[SkippedFile] = list(scan.skipped)
    unchanged: list[str] = []
    for path in scan.files:
        known = (stored or {}).get(path.name)
        if known is not None and _unchanged(path, scan.root, known, version):
            unchanged.append(path.name)
            continue
        try:
            articles.append(read_article(path, scan.root))
        except ArticleFileError as e:
            skipped.append(SkippedFile(path.name, str(e)))
        except OSError as e:
            skipped.append(SkippedFile(path.name, f"cannot read: {e.strerror or e}"))
    return ReadResult(tuple(articles), tuple(skipped), tuple(unchanged))


def _unchanged(path: Path, root: Path | None, stored_hash: str, version: str) -> bool:
    try:
        return f"{raw_digest(path, root)}:{version}" == stored_hash
    except (ArticleFileError, OSError):
        return False  # parsing reports why


def read_feed_articles(records: Sequence[FeedArticleRecord]) -> ReadResult:
    """Blocking: the stored feed articles as ParsedArticles; one that no longer parses (e.g.
    after a reader change) is skipped with its reason, and its stored version stays."""
    articles: list[ParsedArticle] = []
    skipped: list[SkippedFile] = []
    for r in records:
        try:
            articles.append(to_parsed(r.file, r.link, r.title, r.published, r.outlet, r.body))
        except ArticleFileError as e:
            skipped.append(SkippedFile(r.file, str(e)))
    return ReadResult(tuple(articles), tuple(skipped))


class Ingestor:
    """Brings the store in line with the corpus directory."""

    def __init__(
        self, store: Store, corpus_dir: Path, model: str = "blank", workers: int = 1
    ) -> None:
        self.store = store
        self.corpus_dir = corpus_dir
        self.model = model
        self.workers = workers
        self._executor: Executor | None = None
        # One change of the corpus at a time: a folder ingest and a feed poll both read what is
        # stored, extract, and apply; interleaved, one could apply an older text over a newer.
        self.lock = asyncio.Lock()

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
        """Extract in the worker pool; one article failing is skipped, not fatal. A worker that
        dies (killed, out of memory) breaks the whole pool: it is replaced and the extraction
        run once more; a second death fails the run, so that nothing half-done is applied, and
        the next run starts with new workers again."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return await self._extract_once(articles, progress)
        except BrokenProcessPool:
            log.warning("an extraction worker died; retrying with new workers")
            self._discard_pool()
        try:
            return await self._extract_once(articles, progress)
        except BrokenProcessPool as e:
            self._discard_pool()
            raise WorkersDied(
                "the extraction worker process died twice in a row (out of memory? killed?); "
                "the stored corpus is unchanged"
            ) from e

    async def _extract_once(
        self, articles: Sequence[ParsedArticle], progress: Progress | None
    ) -> tuple[list[ArticleExtraction], list[SkippedFile]]:
        loop = asyncio.get_running_loop()
        pool = self._pool()

        async def one(article: ParsedArticle) -> ArticleExtraction | SkippedFile:
            try:
                return await loop.run_in_executor(pool, extract_article, self.model, article)
            except ArticleFileError as e:  # e.g. too long for the pipeline: a known reason
                return SkippedFile(article.file, str(e))
            except Exception as e:
                if _is_pool_failure(e):
                    raise
                log.exception("extraction of %s failed", article.file)
                return SkippedFile(article.file, f"extraction failed: {type(e).__name__}: {e}")

        extracted: list[ArticleExtraction] = []
        skipped: list[SkippedFile] = []
        tasks = [asyncio.ensure_future(one(a)) for a in articles]
        try:
            for done, fut in enumerate(asyncio.as_completed(tasks), start=1):
                result = await fut
                if isinstance(result, SkippedFile):
                    skipped.append(result)
                else:
                    extracted.append(result)
                if progress:
                    progress(
                        done,
                        len(articles),
                        result.file if isinstance(result, SkippedFile) else result.article.file,
                    )
        except BaseException as e:
            # A broken pool fails every pending article by itself: wait for them, so that a
            # retry starts clean and no error goes unretrieved (cancelling them would race the
            # pool's own clean-up). Anything else (cancellation) cancels what is pending.
            if not _is_pool_failure(e) or isinstance(e, asyncio.CancelledError):
                for task in tasks:
                    task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        extracted.sort(key=lambda ex: ex.article.file)
        return extracted, skipped

    async def run(
        self,
        directory: Path | None = None,
        progress: Progress | None = None,
        allow_empty: bool = False,
    ) -> CorpusChange:
        """The folder corpus plus the articles feeds brought (re-read from the store, so a
        pipeline upgrade re-extracts them too). Only folder files are ever removed.

        Raises EmptyCorpusError, before touching the store, when the folder holds no readable
        article and `allow_empty` is not set (feed articles do not count: an unmounted folder
        must not remove the folder's articles just because feeds brought others), and
        ForeignCorpusError when the folder holds none of the stored folder articles (a wrong
        folder would swap the whole corpus for another one)."""
        directory = directory or self.corpus_dir
        async with self.lock:
            version = await asyncio.to_thread(processing_version, self.model)
            stored = await self.store.corpus.hashes()
            read = await asyncio.to_thread(read_corpus, directory, stored, version)
            if not read.articles and not read.unchanged and not allow_empty:
                raise EmptyCorpusError(str(directory), len(read.skipped))
            if not allow_empty and _foreign(read, stored):
                folder_files = [f for f in stored if not is_feed_file(f)]
                raise ForeignCorpusError(str(directory), len(folder_files))
            from_feeds = await self._feed_articles()
            read = ReadResult(
                read.articles + from_feeds.articles,
                read.skipped + from_feeds.skipped,
                read.unchanged,
            )
            return await self._apply_read(read, progress, True, None, stored, version)

    async def apply_articles(
        self, articles: Sequence[ParsedArticle], now: datetime | None = None
    ) -> CorpusChange:
        """Add or update these articles without touching any other (the feed poller's
        incremental path). The caller holds `lock` around its own reads and this call."""
        return await self._apply_read(ReadResult(tuple(articles), ()), None, False, now)

    async def _apply_read(
        self,
        read: ReadResult,
        progress: Progress | None,
        remove_missing: bool,
        now: datetime | None = None,
        stored: dict[str, str] | None = None,
        version: str | None = None,
    ) -> CorpusChange:
        version = version or await asyncio.to_thread(processing_version, self.model)
        if stored is None:
            stored = await self.store.corpus.hashes()
        read = ReadResult(
            tuple(replace(a, content_hash=f"{a.content_hash}:{version}") for a in read.articles),
            read.skipped,
            read.unchanged,
        )
        readable = {a.file for a in read.articles} | set(read.unchanged)
        broken = {s.file for s in read.skipped}
        todo = [a for a in read.articles if stored.get(a.file) != a.content_hash]
        unchanged = [a.file for a in read.articles if stored.get(a.file) == a.content_hash]
        unchanged += read.unchanged
        removed: list[str] = []
        if remove_missing:
            # A stored article whose file is now broken keeps its old version: nothing is lost.
            unchanged += [f for f in stored if f in broken and f not in readable]
            # Feed articles are not files of the folder: a folder reload never removes them.
            removed = [
                f for f in stored if f not in readable and f not in broken and not is_feed_file(f)
            ]
        # Extract and stage batch by batch: extractions are dropped once staged, so memory
        # no longer grows with the number of changed files; one version is swapped at the end.
        failed: list[SkippedFile] = []
        async with self.store.corpus.session(removed, now) as session:
            for start in range(0, len(todo), STAGE_BATCH):
                batch = todo[start : start + STAGE_BATCH]
                extractions, batch_failed = await self.extract(
                    batch, _shifted(progress, start, len(todo))
                )
                await session.stage(extractions)
                failed += batch_failed
            unchanged += [s.file for s in failed if s.file in stored]
            return await session.commit(unchanged, [*read.skipped, *failed])

    async def _feed_articles(self) -> ReadResult:
        records = await self.store.feeds.articles()
        return await asyncio.to_thread(read_feed_articles, records)


def _foreign(read: ReadResult, stored: dict[str, str]) -> bool:
    """Whether the folder keeps none of the stored folder articles (readable or broken), so
    applying it would remove them all for other files."""
    folder_files = [f for f in stored if not is_feed_file(f)]
    kept = {a.file for a in read.articles} | set(read.unchanged) | {s.file for s in read.skipped}
    return bool(folder_files) and not any(f in kept for f in folder_files)


def _shifted(progress: Progress | None, offset: int, total: int) -> Progress | None:
    """A batch's progress as progress over the whole run."""
    if progress is None:
        return None
    return lambda done, _batch, file: progress(offset + done, total, file)


@cache
def processing_version(model: str) -> str:
    """A fingerprint of everything that turns a file into store rows: the reader's and the NLP
    pipeline's source code and the configured model. Stored with each article's content hash,
    so an upgrade that changes extraction re-processes unchanged files instead of serving
    stale quotes, and an unchanged installation skips them."""
    digest = hashlib.sha256(f"reader-{READER_VERSION}|model-{model}".encode())
    root = Path(__file__).resolve().parent
    for package in ("corpus", "nlp"):
        for source in sorted((root / package).rglob("*.py")):
            digest.update(source.relative_to(root).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _is_broken(executor: Executor) -> bool:
    """ProcessPoolExecutor marks itself broken when it sees a worker die (`_broken`, set by its
    management thread; there is no public accessor)."""
    return bool(getattr(executor, "_broken", False))


class WorkersDied(Exception):
    """Extraction workers kept dying; the message is for the admin."""


# How often a worker checks that the process that started it is still alive.
PARENT_POLL_SECONDS = 0.5


def worker_init(parent_pid: int) -> None:
    """Runs first in every extraction worker: end the worker when its parent ends.

    A worker holds the spaCy pipeline (~280 MB) and an end of the resource tracker's pipe;
    after a `kill -9` of ingest or of the bot nobody would ever stop either. A watchdog thread
    polls the parent pid (the worker is re-parented when the parent dies) and exits at once.
    Linux's PR_SET_PDEATHSIG is not used: it fires when the parent *thread* that started the
    worker ends, and workers are started from whichever thread first submits work."""
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="lagebild-parent-watch", daemon=True
    ).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _is_pool_failure(e: BaseException) -> bool:
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(e, BrokenProcessPool | asyncio.CancelledError)


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
                change = await self.ingestor.run()
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
