"""The worker side of an ingest: what runs in an extraction worker process, per article.

An ingest streams jobs (a folder file to read, a feed article to rebuild, or an article the
caller already parsed) to the workers and gets one Outcome back per job. Reading and parsing
happen here, next to extraction, so the main process never holds the corpus's text: it only
names files, and receives one article's extraction at a time to stage.
Everything crossing the process boundary is a plain picklable dataclass.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from bot.corpus import READER_VERSION, ArticleFileError, read_article
from bot.corpus.reasons import Reason, SkipCode
from bot.feeds.articles import to_parsed
from bot.models import ArticleExtraction, ParsedArticle, SkippedFile
from bot.store.records import FeedArticleRecord


@cache
def _extractor(model: str, pos_tagger: str = "none"):  # type: ignore[no-untyped-def]
    """One pipeline per worker process (or per model in thread mode): building it costs ~1 s,
    so it is built on first use and kept for the life of the worker."""
    from bot.nlp import Extractor, build_pipeline

    return Extractor(build_pipeline(model, pos_tagger))


def extract_article(
    model: str, article: ParsedArticle, pos_tagger: str = "none"
) -> ArticleExtraction:
    """Runs in the worker: picklable arguments in, plain dataclasses out."""
    return _extractor(model, pos_tagger).extract(article)


def warm_up(model: str, pos_tagger: str = "none") -> None:
    _extractor(model, pos_tagger)


@dataclass(frozen=True, slots=True)
class Job:
    """One article for a worker. Exactly one of `path` (a folder file, read under `root`),
    `feed` (a stored feed article) or `article` (already parsed) is set. `stored` is the
    stored content hash: a job whose hash equals it is unchanged and not extracted."""

    file: str
    stored: str | None = None
    path: str | None = None
    root: str | None = None
    feed: FeedArticleRecord | None = None
    article: ParsedArticle | None = None
    from_folder: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker made of one job: an extraction to stage, an unchanged article, or a
    skipped file (`parsed`: it was a readable article whose extraction failed)."""

    file: str
    extraction: ArticleExtraction | None = None
    skipped: SkippedFile | None = None
    parsed: bool = False
    unchanged: bool = False


def process(model: str, version: str, job: Job, pos_tagger: str = "none") -> Outcome:
    """Runs in the worker: read (or rebuild) the article, then extract it unless its content
    hash says it is unchanged. A file that cannot be read is an Outcome with its reason; an
    extraction that fails raises, so that the main process logs it with its traceback."""
    try:
        article = _parse(job)
    except ArticleFileError as e:
        return Outcome(job.file, skipped=SkippedFile(job.file, e.reason))
    except OSError as e:
        unreadable = Reason.of(SkipCode.UNREADABLE, detail=e.strerror or str(e))
        return Outcome(job.file, skipped=SkippedFile(job.file, unreadable))
    article = replace(article, content_hash=f"{article.content_hash}:{version}")
    if article.content_hash == job.stored:
        return Outcome(job.file, parsed=True, unchanged=True)
    extraction = extract_article(model, article, pos_tagger)
    return Outcome(job.file, extraction=extraction, parsed=True)


def _parse(job: Job) -> ParsedArticle:
    if job.article is not None:
        return job.article
    if job.feed is not None:
        r = job.feed
        return to_parsed(r.file, r.link, r.title, r.published, r.outlet, r.body)
    assert job.path is not None
    return read_article(job.path, Path(job.root) if job.root else None)


@cache
def processing_version(model: str, pos_tagger: str = "none") -> str:
    """A fingerprint of everything that turns a file into store rows: the reader's and the NLP
    pipeline's code and data (lexicons), the configured model and POS tagger. Stored with each
    article's content hash, so an upgrade that changes extraction re-processes unchanged files
    instead of serving stale quotes, and an unchanged installation skips them."""
    spec = model if pos_tagger == "none" else f"{model}|pos-{pos_tagger}"
    return fingerprint(Path(__file__).resolve().parent, spec)


def fingerprint(root: Path, model: str) -> str:
    """processing_version of the packages under `root` (the `bot` directory)."""
    digest = hashlib.sha256(f"reader-{READER_VERSION}|model-{model}".encode())
    for package in ("corpus", "nlp"):
        for source in sorted((root / package).rglob("*")):
            if not source.is_file() or "__pycache__" in source.parts:
                continue
            digest.update(source.relative_to(root).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


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
