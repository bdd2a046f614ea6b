"""One poll: fetch the due feeds, find new and changed items, bring their articles into the
corpus through the Ingestor (incrementally: no reload), and keep each feed's health.

Order of a poll, and why:
1. fetch and parse every due feed concurrently (bounded by the Fetcher); every failure is
   caught per feed, so one broken feed never stops another or the bot;
2. compare items with what the store knows (identity + content hash): unchanged items cost
   nothing, a known link brought by another feed (or under a new GUID) is not a new article,
   and the page a folder article names as its url is only archived (the folder's copy is
   the article in the corpus);
3. fetch the pages of teaser-only items (concurrently) and extract their main text;
4. save feed articles and items, and apply the extractions, under the Ingestor's lock, so a
   folder reload running at the same time cannot interleave with it;
5. record each feed's outcome: validators for the next conditional GET, failures and backoff,
   and disabling after too many failures (with a notice through `on_disabled`).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from bot.config import FeedsConfig
from bot.corpus import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode
from bot.feeds.articles import content_hash, document, feed_file, is_feed_file, to_parsed
from bot.feeds.fetch import Fetcher, FetchError
from bot.feeds.pages import extract_page, non_html_reason, non_html_type
from bot.feeds.parse import FeedItem, FeedParseError, ParsedFeed, parse_feed
from bot.feeds.state import GONE_ERROR
from bot.feeds.urls import same_article_urls
from bot.models import ParsedArticle, SkippedFile
from bot.store import Store
from bot.store.errors import CorpusBusy
from bot.store.records import CorpusChange, FeedArticleRecord, FeedRecord
from bot.store.repos.feeds import NewFeedArticle, SeenItem

if TYPE_CHECKING:
    from bot.ingest import Ingestor

log = logging.getLogger(__name__)

OnDisabled = Callable[[FeedRecord, str], Awaitable[None] | None]

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# The running bot looks for due feeds at least this often (a feed added meanwhile is due now).
MAX_SLEEP_SECONDS = 60.0
MIN_SLEEP_SECONDS = 1.0
# Articles extracted and applied together (each batch is one corpus version).
APPLY_BATCH = 100


@dataclass
class FeedResult:
    """What one poll did with one feed (`lagebild feeds poll` prints these)."""

    url: str
    label: str
    status: Literal["ok", "not_modified", "failed"]
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
    error: str | None = None
    disabled: bool = False  # this failure disabled the feed
    moved_to: str | None = None  # the feed's address redirects permanently here


@dataclass
class PollSummary:
    feeds: list[FeedResult]
    change: CorpusChange | None  # None when no article was new or changed
    requests: int  # HTTP requests this poll made (feeds and pages)

    @property
    def failed(self) -> bool:
        return any(f.status == "failed" for f in self.feeds)


@dataclass
class _Fetched:
    feed: FeedRecord
    not_modified: bool = False
    parsed: ParsedFeed | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    moved_to: str | None = None
    gone: bool = False  # the server answered 410 Gone


@dataclass
class _Pending:
    """An article to (re)build from an item: new, or an update of a known one."""

    item: FeedItem
    link: str  # identity in feed_articles
    feed: FeedRecord
    existing: FeedArticleRecord | None = None
    body: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    skip_reason: Reason | None = None
    retry: bool = False  # skipped for a temporary reason: left unknown, tried at the next poll
    # the folder file of the corpus that has this article (its url): archived, not applied
    in_folder: str | None = None


class FeedPoller:
    def __init__(
        self,
        store: Store,
        ingestor: Ingestor,
        config: FeedsConfig,
        clock: Callable[[], datetime],
        on_disabled: OnDisabled | None = None,
        fetcher: Fetcher | None = None,
        apply_batch: int = APPLY_BATCH,
    ) -> None:
        self.store = store
        self.ingestor = ingestor
        self.config = config
        self.clock = clock
        self.on_disabled = on_disabled
        self.fetcher = fetcher or Fetcher(config)
        self.apply_batch = apply_batch
        self._wake = asyncio.Event()
        self._looping = False  # run_forever is running in this process

    async def close(self) -> None:
        await self.fetcher.close()

    # -- the loop of the running bot ------------------------------------------------------

    async def run_forever(self, may_poll: Callable[[], bool] = lambda: True) -> None:
        """Poll due feeds until cancelled (an asyncio task owned by bot/app.py). With several
        processes on one store only the leader polls (`may_poll`, bot.scheduler.replica): the
        others look again after a sleep and take over when the leader dies."""
        self._looping = True
        try:
            await self._loop(may_poll)
        finally:
            self._looping = False

    async def _loop(self, may_poll: Callable[[], bool]) -> None:
        while True:
            if may_poll():
                try:
                    summary = await self.poll(due_only=True)
                    if summary.feeds:
                        log.info("feed poll: %s", summary_line(summary))
                except asyncio.CancelledError:
                    raise
                except CorpusBusy as e:  # `lagebild ingest` or a /reload elsewhere: next round
                    log.info("feed poll postponed: %s", e)
                except Exception:
                    log.exception("feed poll failed; trying again later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), await self._sleep_seconds())
            self._wake.clear()

    def wake(self) -> bool:
        """Look for due feeds now (a feed was just added) instead of after the next sleep.
        Returns whether a poll loop runs in this process to do it: a one-off `lagebild ask`
        or `chat` has none, so /feed add must not promise a fetch there."""
        self._wake.set()
        return self._looping

    async def _sleep_seconds(self) -> float:
        due = await self.store.feeds.next_due()
        if due is None:
            return MAX_SLEEP_SECONDS
        wait = (due - self.clock()).total_seconds()
        return min(MAX_SLEEP_SECONDS, max(MIN_SLEEP_SECONDS, wait))

    # -- one poll -------------------------------------------------------------------------

    async def poll(self, due_only: bool = True) -> PollSummary:
        """Fetch the due feeds (all enabled feeds with due_only=False) once."""
        start_requests = self.fetcher.requests
        now = self.clock()
        if due_only:
            feeds = await self.store.feeds.due(now)
        else:
            feeds = [f for f in await self.store.feeds.list() if f.state != "disabled"]
        # Admins chose these hosts: only they may be on private addresses (intranet feeds);
        # every link a feed brings must lead to a public one (bot/feeds/fetch.py).
        self.fetcher.trust(urlsplit(f.url).hostname for f in feeds)
        fetched = await asyncio.gather(*(self._fetch_feed(f) for f in feeds))
        results = {f.feed.id: _result(f) for f in fetched}

        pending, items = await self._triage(fetched, results)
        change, new_by_feed = await self._build_and_apply(pending, items, results)

        retrying = {p.feed.id for p in pending if p.retry}
        for f in fetched:
            if f.feed.id in retrying:
                # keep the validators of before this fetch (the store keeps the old ones for
                # None): with this fetch's, the unchanged feed would answer 304 and hide the item
                f.etag = f.last_modified = None
            await self._record(f, results[f.feed.id], new_by_feed.get(f.feed.id, 0) > 0)
        return PollSummary(
            [results[f.feed.id] for f in fetched], change, self.fetcher.requests - start_requests
        )

    async def _fetch_feed(self, feed: FeedRecord) -> _Fetched:
        try:
            resp = await self.fetcher.get(feed.url, FEED_ACCEPT, feed.etag, feed.last_modified)
            if resp.moved_to:
                log.warning("feed %s moved permanently to %s", feed.url, resp.moved_to)
            if resp.not_modified:
                return _Fetched(feed, not_modified=True, moved_to=resp.moved_to)
            loop = asyncio.get_running_loop()
            parsed = await loop.run_in_executor(None, parse_feed, resp.body, resp.url)
            return _Fetched(
                feed,
                parsed=parsed,
                etag=resp.etag,
                last_modified=resp.last_modified,
                moved_to=resp.moved_to,
            )
        except FetchError as e:
            return _Fetched(feed, error=str(e), gone=e.gone)
        except FeedParseError as e:
            return _Fetched(feed, error=str(e))
        except Exception as e:  # a bug must not stop the other feeds either
            log.exception("feed %s: unexpected error", feed.url)
            return _Fetched(feed, error=f"unexpected error: {type(e).__name__}")

    async def _triage(
        self, fetched: Sequence[_Fetched], results: dict[int, FeedResult]
    ) -> tuple[list[_Pending], list[SeenItem]]:
        """Which items need an article built; which items to remember as they are."""
        pending: dict[str, _Pending] = {}
        seen: list[SeenItem] = []
        fresh: list[tuple[FeedRecord, FeedItem, str]] = []
        for f in fetched:
            if f.parsed is None:
                continue
            result = results[f.feed.id]
            # A feed added without a name is named by its title, which this very fetch may be
            # the first to learn: its first articles get it as their outlet too.
            feed = replace(f.feed, title=f.parsed.title or f.feed.title)
            known = await self.store.feeds.items(feed.id, [i.key for i in f.parsed.items])
            edited = [
                known[i.key].feed_article_id
                for i in f.parsed.items
                if i.key in known and known[i.key].content_hash != i.content_hash
            ]
            known_articles = await self.store.feeds.articles_by_id(
                [a for a in edited if a is not None]
            )
            for item in f.parsed.items:
                state = known.get(item.key)
                if state is not None and state.content_hash == item.content_hash:
                    result.unchanged += 1
                    continue
                existing = known_articles.get(state.feed_article_id or 0) if state else None
                link = existing.link if existing else _identity(item)
                seen.append(SeenItem(feed.id, item.key, item.content_hash, link))
                if state is not None:
                    # an edited item: rebuild its article (hookshot #848: never ignore edits)
                    if link not in pending:
                        pending[link] = _Pending(item, link, feed, existing)
                    continue
                fresh.append((feed, item, link))
        # New items: an article another feed (or an older GUID of this item) already brought
        # is not new (no flood when a feed re-publishes or re-keys old items).
        stored = await self.store.feeds.articles_by_link([link for _, _, link in fresh])
        for feed, item, link in fresh:
            if link in stored or link in pending:
                results[feed.id].unchanged += 1
                continue
            pending[link] = _Pending(item, link, feed)
        for link, file in (await self._in_folder(pending)).items():
            # The corpus folder has this article (its front matter names the link): the
            # folder's copy is the one in the corpus, a feed's would show every quote twice.
            # The feed's copy only goes into the feed archive, as a reload would leave it
            # (bot.ingest): it takes the article's place once the folder file is gone.
            pending[link].in_folder = file
        return list(pending.values()), seen

    async def _in_folder(self, links: Iterable[str]) -> dict[str, str]:
        """link -> the folder file of the corpus stored under that link (normalised the same
        way, with or without a trailing slash: bot.feeds.urls.same_article_urls)."""
        forms: dict[str, list[str]] = {}
        for link in links:
            if link.startswith(("http://", "https://")):
                for form in same_article_urls(link):
                    forms.setdefault(form, []).append(link)
        if not forms:
            return {}
        found: dict[str, str] = {}
        for stored in await self.store.feeds.stored_by_url(list(forms)):
            if not is_feed_file(stored.file):
                for link in forms[stored.url]:
                    found.setdefault(link, stored.file)
        return found

    async def _build_and_apply(
        self, pending: Sequence[_Pending], items: list[SeenItem], results: dict[int, FeedResult]
    ) -> tuple[CorpusChange | None, dict[int, int]]:
        """Fetch, apply and save the pending articles one apply batch at a time. A first poll
        of many teaser feeds held every fetched page until its end, and a poll that failed
        late lost them all; now a batch's texts are dropped once it is stored, and the first
        articles are answerable while later pages are still being fetched."""
        by_link: dict[str, list[SeenItem]] = {}
        for item in items:
            by_link.setdefault(item.link or "", []).append(item)
        change: CorpusChange | None = None
        new_by_feed: dict[int, int] = {}
        for start in range(0, len(pending), self.apply_batch):
            batch = pending[start : start + self.apply_batch]
            await asyncio.gather(*(self._build(p) for p in batch))
            batch_items = [i for p in batch for i in by_link.pop(p.link, [])]
            done, new = await self._apply(batch, batch_items, results)
            if done is not None:
                change = done if change is None else merge_changes(change, done)
            for feed_id, n in new.items():
                new_by_feed[feed_id] = new_by_feed.get(feed_id, 0) + n
            for p in batch:
                p.body = None  # stored now: the poll need not hold it any longer
        rest = [i for group in by_link.values() for i in group]
        if rest:
            await self._apply([], rest, results)
        return change, new_by_feed

    async def _build(self, p: _Pending) -> None:
        try:
            await self._build_text(p)
        except Exception as e:  # one item's bug must not cost the poll
            log.exception("feed item %s: building its article failed", p.item.link or p.item.key)
            p.body = None
            p.skip_reason = Reason.of(SkipCode.UNEXPECTED, detail=type(e).__name__)

    async def _build_text(self, p: _Pending) -> None:
        """The article text of one pending item: the feed's own text when it is the whole
        story, else the page's main text (falling back to the feed's text)."""
        item = p.item
        p.title = item.title
        p.published = item.published
        p.outlet = p.feed.name or p.feed.title
        body = item.text
        url = item.link
        if url:
            reason = non_html_reason(url)
            if reason:
                p.skip_reason = reason
                return
        page_error: FetchError | None = None
        if url and self.config.fetch_pages and is_teaser(item.text, self.config.teaser_chars):
            try:
                resp = await self.fetcher.get(url, PAGE_ACCEPT)
                reason = non_html_type(resp.content_type)
                if reason:
                    p.skip_reason = reason
                    return
                page = await asyncio.to_thread(extract_page, resp.body, resp.url)
                # A paywall or consent page yields less than the teaser: keep the teaser then.
                if page is not None and await asyncio.to_thread(more_story, page.text, item.text):
                    body = page.text
                    p.title = p.title or page.title
                    p.published = p.published or page.published
                    p.outlet = page.site_name or p.outlet
            except FetchError as e:
                log.info("article page %s: %s; using the feed's text", url, e)
                page_error = e
            except Exception:
                log.exception("article page %s: extraction failed; using the feed's text", url)
        if not body.strip() and page_error is not None:
            # A headline-only item whose page is down now: remembering it would lose the
            # article for good (an unchanged item is never looked at again).
            p.retry = page_error.temporary
            p.skip_reason = Reason.of(SkipCode.PAGE_FAILED, error=str(page_error), again=p.retry)
            return
        if not body.strip():
            p.skip_reason = Reason.of(SkipCode.FEED_NO_TEXT)
            return
        p.body = body

    async def _apply(
        self,
        pending: Sequence[_Pending],
        items: list[SeenItem],
        results: dict[int, FeedResult],
    ) -> tuple[CorpusChange | None, dict[int, int]]:
        articles: list[NewFeedArticle] = []
        archived: list[NewFeedArticle] = []  # in the folder already: stored, not applied
        new_by_feed: dict[int, int] = {}
        skipped_links: set[str] = set()
        retry_links: set[str] = set()
        todo: list[tuple[_Pending, NewFeedArticle]] = []
        for p in pending:
            result = results[p.feed.id]
            if p.body is None:
                result.skipped.append(
                    SkippedFile(
                        p.item.link or p.item.title,
                        p.skip_reason or Reason.of(SkipCode.UNEXPECTED, detail="?"),
                    )
                )
                (retry_links if p.retry else skipped_links).add(p.link)
                continue
            title = p.title or p.item.link or "?"
            doc = document(title, p.published, p.outlet, p.item.link, p.body)
            digest = content_hash(doc)
            if p.existing is not None and p.existing.content_hash == digest:
                result.unchanged += 1  # edited teaser, same article
                continue
            file = p.existing.file if p.existing else feed_file(p.link)
            article = NewFeedArticle(p.link, file, title, p.published, p.outlet, p.body, digest)
            if p.in_folder is not None:
                log.info(
                    "feed item %s is the folder article %s: archived only", p.link, p.in_folder
                )
                result.unchanged += 1
                archived.append(article)
                continue
            todo.append((p, article))
        change: CorpusChange | None = None
        now = self.clock()
        async with self.ingestor.lock:
            # Corpus first: if applying fails, the items stay unknown and the next poll tries
            # again; if saving fails after it, the next poll finds the same texts and the
            # apply changes nothing (the article's content hash is already stored).
            # In batches, each parsed only when its turn comes: a first poll of many feeds
            # held every parsed article and extraction of hundreds of articles at once.
            for i in range(0, len(todo), self.apply_batch):
                parsed: list[ParsedArticle] = []
                for p, a in todo[i : i + self.apply_batch]:
                    result = results[p.feed.id]
                    try:
                        parsed.append(await asyncio.to_thread(_parse, a))
                    except ArticleFileError as e:
                        result.skipped.append(SkippedFile(p.item.link or a.title, e.reason))
                        skipped_links.add(p.link)
                        continue
                    articles.append(a)
                    if p.existing is None:
                        result.new += 1
                        new_by_feed[p.feed.id] = new_by_feed.get(p.feed.id, 0) + 1
                    else:
                        result.updated += 1
                if parsed:
                    batch = await self.ingestor.apply_articles(parsed, now)
                    change = batch if change is None else merge_changes(change, batch)
            # A skipped item is remembered without an article, so it is not retried every
            # poll. One to retry is not remembered at all: the next poll meets it as new again.
            remembered = [
                i
                if i.link not in skipped_links
                else SeenItem(i.feed_id, i.item_key, i.content_hash, None)
                for i in items
                if i.link not in retry_links
            ]
            await self.store.feeds.save([*archived, *articles], remembered, now)
        return change, new_by_feed

    async def _record(self, f: _Fetched, result: FeedResult, new_articles: bool) -> None:
        now = self.clock()
        cfg = self.config
        if f.error is None:
            await self.store.feeds.record_success(
                f.feed.id,
                now,
                now + timedelta(minutes=cfg.poll_minutes),
                f.etag,
                f.last_modified,
                f.parsed.title if f.parsed else None,
                new_articles,
            )
            return
        failures = f.feed.failures + 1
        if f.gone:
            await self._stop_gone(f, result, now, failures)
            return
        if failures >= cfg.disable_after:
            result.disabled = True
            await self.store.feeds.record_failure(
                f.feed.id, now, f.error, failures, "disabled", None
            )
            log.warning(
                "feed %s disabled after %d consecutive failures: %s", f.feed.url, failures, f.error
            )
            await self._notify_disabled(f.feed, f"{failures} failures in a row; last: {f.error}")
            return
        delay = min(
            timedelta(minutes=cfg.poll_minutes * 2**failures),
            timedelta(hours=cfg.max_backoff_hours),
        )
        await self.store.feeds.record_failure(
            f.feed.id, now, f.error, failures, "backing_off", now + delay
        )

    async def _stop_gone(
        self, f: _Fetched, result: FeedResult, now: datetime, failures: int
    ) -> None:
        """A 410 Gone: the server removed the feed for good. Asking again with backoff only
        hammers it; the feed stops now (shown as gone) until an admin adds it again."""
        result.disabled = True
        await self.store.feeds.record_failure(
            f.feed.id, now, GONE_ERROR, failures, "disabled", None
        )
        log.warning("feed %s is gone (HTTP 410): no longer fetched", f.feed.url)
        await self._notify_disabled(f.feed, "the server answered 410 Gone: removed for good")

    async def _notify_disabled(self, feed: FeedRecord, reason: str) -> None:
        if self.on_disabled is None:
            return
        try:
            outcome = self.on_disabled(feed, reason)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            log.exception("telling the admins that feed %s was disabled failed", feed.url)


def _parse(a: NewFeedArticle) -> ParsedArticle:
    """Blocking: the corpus reader's view of one feed article (runs in a thread)."""
    return to_parsed(a.file, a.link, a.title, a.published, a.outlet, a.body)


def is_teaser(text: str, teaser_chars: int) -> bool:
    """Feed text that is only a lead-in: short, and at most two paragraphs (a feed that carries
    the story has several; a teaser is one or two sentences)."""
    return len(text) < teaser_chars and text.count("\n\n") < 2


def more_story(text: str, than: str) -> bool:
    """Whether `text` holds more article than `than` once the corpus reader has removed what
    is not the story (blocking: runs in a worker)."""

    def story_chars(body: str) -> int:
        try:
            return len(to_parsed("-", "-", "-", None, None, body).body)
        except ArticleFileError:
            return 0

    return story_chars(text) > story_chars(than)


def _identity(item: FeedItem) -> str:
    """The article an item is about: its normalised link, else its own key."""
    return item.link or item.key


def _result(f: _Fetched) -> FeedResult:
    label = f.feed.label
    if f.error is not None:
        return FeedResult(f.feed.url, label, "failed", error=f.error)
    if f.not_modified:
        return FeedResult(f.feed.url, label, "not_modified", moved_to=f.moved_to)
    return FeedResult(f.feed.url, label, "ok", moved_to=f.moved_to)


def merge_changes(first: CorpusChange, then: CorpusChange) -> CorpusChange:
    """One poll's change from the changes of its batches (versions and totals: the last)."""
    return replace(
        then,
        added=first.added + then.added,
        changed=first.changed + then.changed,
        removed=first.removed + then.removed,
        unchanged=first.unchanged + then.unchanged,
        skipped=first.skipped + then.skipped,
        new_quotes=first.new_quotes + then.new_quotes,
        new_figures=first.new_figures + then.new_figures,
    )


def summary_line(summary: PollSummary) -> str:
    new = sum(f.new for f in summary.feeds)
    updated = sum(f.updated for f in summary.feeds)
    failed = sum(1 for f in summary.feeds if f.status == "failed")
    version = f", corpus version {summary.change.version}" if summary.change else ""
    return (
        f"{len(summary.feeds)} feeds, {new} new and {updated} updated articles, "
        f"{failed} failed, {summary.requests} requests{version}"
    )
