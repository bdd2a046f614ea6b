"""An article page -> its main text, title, date and site name (trafilatura; blocking, called
in a worker thread).

trafilatura finds the article body and drops navigation, cookie banners, teasers to other
articles and footers; what it returns still goes through the corpus reader's boilerplate rules
(bot.corpus), like every folder file, so both sources are cleaned the same way. When trafilatura
cannot run (an install without lxml_html_clean fails on import) or fails on one page, the page
is read with the corpus reader's own HTML rules instead (see plain_page).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from bot.corpus import decoding, htmltext
from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode

log = logging.getLogger(__name__)

# Links that never lead to an HTML article: skipped without a request.
_NON_HTML_SUFFIXES = {
    ".pdf": "PDF document",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".gif": "image",
    ".webp": "image",
    ".svg": "image",
    ".mp3": "audio",
    ".m4a": "audio",
    ".mp4": "video",
    ".webm": "video",
    ".zip": "archive",
    ".doc": "Word document",
    ".docx": "Word document",
    ".xls": "spreadsheet",
    ".xlsx": "spreadsheet",
    ".ppt": "presentation",
    ".pptx": "presentation",
}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class PageText:
    title: str | None
    published: date | None
    site_name: str | None  # what the page calls its site; never only the URL's host name
    text: str  # paragraphs separated by blank lines


def non_html_reason(link: str) -> Reason | None:
    """Why a link is not an article page, judged by its path alone (None: worth fetching)."""
    suffix = PurePosixPath(urlsplit(link).path).suffix.lower()
    kind = _NON_HTML_SUFFIXES.get(suffix)
    return Reason.of(SkipCode.NOT_HTML_LINK, kind=kind, suffix=suffix) if kind else None


def non_html_type(content_type: str) -> Reason | None:
    """Why a response is not an article page, judged by its media type."""
    if not content_type or content_type in _HTML_TYPES:
        return None
    return Reason.of(SkipCode.NOT_HTML, kind=content_type)


def _date(value: object) -> date | None:
    m = _DATE_RE.match(str(value or ""))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _site_name(doc: dict[str, object], url: str) -> str | None:
    """The page's own name for its site (og:site_name, publisher). trafilatura falls back to
    the URL's host ("ksta.de", "127.0.0.1:8080") when the page names none: that is no outlet
    name, and the feed's name or title says it better."""
    name = " ".join(str(doc.get("sitename") or "").split())
    host = (urlsplit(url).netloc or "").lower()
    bare = host.removeprefix("www.")
    if not name or name.lower() in {host, bare, bare.split(":")[0]}:
        return None
    return name


def extract_page(body: bytes, url: str) -> PageText | None:
    """The page's article, or None when trafilatura finds no main text. Should trafilatura
    fail, the page is read by plain_page: the feed's teaser in its place is often no article
    at all, and an item is remembered as seen, so its page would never be read again."""
    try:
        return _trafilatura_page(body, url)
    except Exception as e:  # a broken install (ImportError) or a bug on one page
        log.warning(
            "article page %s: trafilatura failed (%s: %s); reading it with the corpus reader's "
            "HTML rules",
            url,
            type(e).__name__,
            str(e).split("\n", 1)[0],
        )
        return plain_page(body)


def plain_page(body: bytes) -> PageText | None:
    """The page's text by the rules the corpus reader applies to a saved HTML page (scripts,
    menus, site header and footer, asides dropped; boilerplate paragraphs are judged later
    by the reader as for any article); title, date and site name from the page's Open Graph
    and article <meta> tags when it has them."""
    try:
        text, meta = htmltext.html_page(decoding.decode(body).text)
    except ArticleFileError:  # binary or oversized: no page text
        return None
    if not text:
        return None
    return PageText(
        title=meta.get("og:title"),
        published=_date(meta.get("article:published_time")),
        site_name=meta.get("og:site_name"),
        text=text,
    )


def _trafilatura_page(body: bytes, url: str) -> PageText | None:
    import trafilatura  # imported in the worker: it loads lxml and its models on first use

    doc = trafilatura.bare_extraction(
        body,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    if doc is None:
        return None
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    text = str(doc.get("text") or "").strip()
    if not text:
        return None
    # trafilatura puts one paragraph per line; the corpus reader wants blank lines between them
    paragraphs = [" ".join(line.split()) for line in text.split("\n")]
    title = " ".join(str(doc.get("title") or "").split()) or None
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline is the title, not the first paragraph
    return PageText(
        title=title,
        published=_date(doc.get("date")),
        site_name=_site_name(doc, url),
        text="\n\n".join(p for p in paragraphs if p),
    )
