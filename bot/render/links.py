"""Links the bot itself makes: only to an article's original, only http(s).

Article and user text never becomes a link (it is data); a Provenance url is the one thing a
renderer turns into one, and only after this check, so a stored `javascript:` or a URL with
spaces or control characters (which could smuggle markup into a chat) is shown as nothing.
"""

from __future__ import annotations

from urllib.parse import quote


def link_target(url: str | None) -> str | None:
    """The URL when it is a plain absolute http(s) URL, else None."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        return None
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    return url


def markdown_target(url: str) -> str:
    """A checked URL made safe inside Markdown link parentheses (Discord): characters that end
    or nest the link are percent-encoded, which browsers undo."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~[]").replace("[", "%5B").replace("]", "%5D")
