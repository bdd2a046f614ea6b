"""HTML saved as an "article": page source or text with HTML entities left in.

A browser's "save page" or a scraper's raw output ends up in corpus folders. We turn the page
source into text with one blank line per block element and without scripts, styles, menus,
headers, footers and asides, so the usual paragraph and boilerplate rules apply to the rest.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_HTML_START_RE = re.compile(
    r"^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE
)
_BLOCK_TAGS = frozenset(
    ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "table",
     "article", "section", "blockquote", "figure", "figcaption", "main", "dd", "dt", "pre", "hr")
)  # fmt: skip
# Page parts that are never the story (menus, site header and footer, sidebars, code).
_SKIP_TAGS = frozenset(
    ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template")
)  # fmt: skip


def looks_like_html(text: str) -> bool:
    return _HTML_START_RE.match(text[:500]) is not None


def unescape_entities(text: str) -> str:
    """ "&nbsp;", "&quot;", "&#8222;" in plain text: decode them (cheap when there are none)."""
    if "&" in text and _ENTITY_RE.search(text):
        return html.unescape(text)
    return text


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            named = dict(attrs)
            key, content = named.get("property") or named.get("name"), named.get("content")
            if key and content:
                self.meta.setdefault(key.lower(), " ".join(content.split()))
        elif tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self.skip_depth:
            self.parts.append(" ".join(data.split()) if "\n" in data else data)


def html_to_text(source: str) -> str:
    return html_page(source)[0]


def html_page(source: str) -> tuple[str, dict[str, str]]:
    """The page's text and its <meta> values by property or name ("og:site_name",
    "article:published_time"; keys lower-cased, the first of each kept)."""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", text).strip(), parser.meta
