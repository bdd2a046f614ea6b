"""Feed articles as documents the corpus reader reads like any folder file.

A feed article is stored as its parts (title, date, outlet, link, main text); for extraction it
becomes a document with TOML front matter and goes through bot.corpus.parse_article, so feed
and folder articles get the same paragraph, boilerplate and metadata rules, and the same
content hash scheme (a reload re-extracts a feed article when the pipeline changed).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from urllib.parse import urlsplit

from bot.corpus import parse_article
from bot.models import ParsedArticle

# Names of feed articles in the articles table. A folder reload never removes these (folder
# files are named after files, which never start like this: see bot.ingest).
FEED_FILE_PREFIX = "feed:"


def feed_file(link: str) -> str:
    """A readable, unique article name for a link: "feed:host/last-segment:hash"."""
    parts = urlsplit(link)
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1][:60] if parts.path else ""
    digest = hashlib.sha256(link.encode()).hexdigest()[:10]
    host = parts.hostname or "item"
    return (
        f"{FEED_FILE_PREFIX}{host}/{segment}:{digest}"
        if segment
        else f"{FEED_FILE_PREFIX}{host}:{digest}"
    )


def is_feed_file(name: str) -> bool:
    return name.startswith(FEED_FILE_PREFIX)


def _toml(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), and never spans lines.
    return json.dumps(value, ensure_ascii=False)


def document(
    title: str, published: date | None, outlet: str | None, url: str | None, body: str
) -> bytes:
    """The text the reader parses: explicit metadata in front matter, then the body."""
    lines = ["+++", f"title = {_toml(title)}"]
    if published is not None:
        lines.append(f"published = {_toml(published.isoformat())}")
    if outlet:
        lines.append(f"outlet = {_toml(outlet)}")
    if url:
        lines.append(f"url = {_toml(url)}")
    lines.append("+++")
    return ("\n".join(lines) + "\n\n" + body.strip() + "\n").encode("utf-8")


def content_hash(doc: bytes) -> str:
    return hashlib.sha256(doc).hexdigest()


def to_parsed(
    file: str, link: str, title: str, published: date | None, outlet: str | None, body: str
) -> ParsedArticle:
    """Blocking (runs in a worker). Raises bot.corpus.ArticleFileError like a bad file."""
    url = link if link.lower().startswith(("http://", "https://")) else None
    return parse_article(document(title, published, outlet, url, body), file, link)
