"""The escapes of the reply Markdown subset, for renderers that turn it into something else.

Handlers put corpus and user text into Blocks through `handlers.format.inert`, which puts a
backslash before every character that could be read as markup. Discord understands those
escapes itself. The Matrix and console renderers first hide each escaped character behind a
private-use placeholder (`protect`), so none of their patterns can match it, and put the plain
character back only after the markup has been converted (`restore`, `restore_html`).
"""

from __future__ import annotations

import html
import re

# A backslash before ASCII punctuation is an escape (CommonMark's rule, which Discord follows).
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_BASE = 0xE000  # placeholders: U+E000 + the ASCII code of the escaped character
_PLACEHOLDER = re.compile("[\ue000-\ue07f]")


def protect(text: str) -> str:
    """Replace every escaped character by its placeholder (the backslash is dropped)."""
    return _ESCAPED.sub(lambda m: chr(_BASE + ord(m.group(1))), text)


def restore(text: str) -> str:
    """Placeholders back to the characters they stand for, as plain text."""
    return _PLACEHOLDER.sub(lambda m: chr(ord(m.group(0)) - _BASE), text)


def restore_html(text: str) -> str:
    """Placeholders back to their characters, HTML-escaped (for text already turned into HTML)."""
    return _PLACEHOLDER.sub(lambda m: html.escape(chr(ord(m.group(0)) - _BASE), quote=False), text)


def unescape(text: str) -> str:
    """Markup-subset text with its escapes undone (for plain-text places such as a footer)."""
    return restore(protect(text))
