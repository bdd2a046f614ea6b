"""Feed bytes -> items with stable identities (feedparser; blocking, called in a worker).

An item's identity is its GUID, else its link, normalised (bot.feeds.urls): a GUID whose
fragment changed, or a link with new tracking parameters, is the same item. Its content hash
covers title and text only, never dates: a re-dated item is not new, an edited one is changed.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import feedparser

from bot.corpus.htmltext import html_to_text, unescape_entities
from bot.feeds.urls import normalize_url

_SPACE_RE = re.compile(r"[ \t\u00a0]+")
# Harmless "bozo" reasons: the feed was read correctly anyway.
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType", "UndeclaredNamespace")


class FeedParseError(Exception):
    """Not a feed, or XML too broken to trust; str(e) says which."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # "guid:…", "link:…" or "text:…" (normalised)
    link: str | None  # normalised link to the article page
    title: str
    published: date | None
    text: str  # the feed's own text of the item, paragraphs separated by blank lines
    content_hash: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    items: tuple[FeedItem, ...]


def clean_text(markup: str) -> str:
    """HTML or plain text from a feed -> paragraphs separated by one blank line."""
    text = html_to_text(markup) if "<" in markup else unescape_entities(markup)
    paragraphs = [_SPACE_RE.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(" ".join(p.split("\n")) for p in paragraphs if p)


def _text(entry: Any) -> str:
    """The fullest text the item carries: content:encoded / Atom content, else the summary."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [clean_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _local_date(text: str) -> date | None:
    """The date as the feed wrote it, in the feed's own UTC offset: feedparser's parsed
    times are UTC, which moves an article published at 00:30 in Berlin to the day before."""
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(text).date()
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00")).date()
    return None


def _published(entry: Any) -> date | None:
    for key in ("published", "updated"):
        text = entry.get(key)
        if isinstance(text, str) and text.strip():
            found = _local_date(text)
            if found is not None:
                return found
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _item(entry: Any) -> FeedItem | None:
    title = " ".join(clean_text(entry.get("title", "") or "").split())
    text = _text(entry)
    raw_link = entry.get("link") or ""
    link = normalize_url(raw_link) if raw_link.lower().startswith(("http://", "https://")) else None
    guid = (entry.get("id") or "").strip()
    if not (title or text):
        return None
    content_hash = hashlib.sha256(f"{title}\x1f{text}".encode()).hexdigest()
    if guid:
        key = "guid:" + normalize_url(guid)
    elif link:
        key = "link:" + link
    else:
        key = "text:" + content_hash[:32]
    return FeedItem(key, link, title, _published(entry), text, content_hash)


def _describe(problem: Exception) -> str:
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    line = problem.getLineNumber() if hasattr(problem, "getLineNumber") else None
    return f"{message} (line {line})" if line else str(message)


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """Raises FeedParseError for something that is not an RSS/Atom feed or is broken XML.

    Broken XML is refused even when feedparser could rescue some items: a truncated response
    would otherwise record cut-off texts as edits; the next fetch gets the whole feed."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and problem is not None and type(problem).__name__ not in _HARMLESS:
        raise FeedParseError(f"malformed feed XML: {_describe(problem)}")
    if not parsed.get("version") and not parsed.entries:
        raise FeedParseError("not an RSS or Atom feed")
    items: dict[str, FeedItem] = {}
    for entry in parsed.entries:
        item = _item(entry)
        if item is not None:
            items.setdefault(item.key, item)  # a feed listing an item twice: the first wins
    title = " ".join((parsed.feed.get("title") or "").split()) or None
    return ParsedFeed(title, tuple(items.values()))
