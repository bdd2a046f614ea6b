"""Links as identities: the same article behind differently decorated URLs is one article.

Feeds decorate links with campaign parameters (utm_*, xtor, wt_mc …) and fragments
(#xtor=RSS-3, #ref=rss) that change between fetches; an item whose link or GUID differs only
in that is the same item. Normalising: lowercase scheme and host, no default port, tracking
parameters and fragments dropped, the rest of the query sorted.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "wt_", "at_", "ns_", "_hs", "hsa_", "oly_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "xtor", "cmpid", "wt.mc_id", "ref", "ref_src",
        "referrer", "ocid", "icid", "s_cid", "sara_ecid", "ito", "mbid", "spm", "smid",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME_RE = re.compile(r"^https?://", re.IGNORECASE)


_REASONS = {
    "empty": "empty",
    "not_http": "not an http(s) URL",
    "bad_chars": "contains spaces or control characters, or is too long",
    "no_host": "has no host name",
    "password": "contains a password (put no secrets into feed URLs)",
}


class FeedUrlError(ValueError):
    """A feed address that cannot be followed. `code` names the reason (chat answers word it
    from their catalogue); the message says it in English, for the command line."""

    def __init__(self, code: str) -> None:
        super().__init__(_REASONS[code])
        self.code = code


def is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_NAMES or low.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The canonical form of an http(s) URL (see the module doc). Other strings come back
    stripped and without a fragment (a GUID such as "urn:uuid:…" or "tag:…")."""
    url = url.strip()
    if not _SCHEME_RE.match(url):
        return url.split("#", 1)[0]
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"  # never the password
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def same_article_urls(url: str) -> tuple[str, ...]:
    """The normalised forms under which another source may have stored the article at `url`:
    its normalised URL, and the same with or without a trailing slash on the path ("/a/b/" and
    "/a/b" are one page on news sites; an editor copying a link into front matter keeps or
    drops it at random). The root path "/" has no twin. Non-http(s) strings: only their own
    normalised form."""
    key = normalize_url(url)
    if not _SCHEME_RE.match(key):
        return (key,)
    parts = urlsplit(key)
    if parts.path == "/":
        return (key,)
    twin_path = parts.path.rstrip("/") if parts.path.endswith("/") else parts.path + "/"
    return (key, urlunsplit(parts._replace(path=twin_path)))


def check_feed_url(url: str) -> str:
    """A feed URL an admin typed, checked and normalised; FeedUrlError says what is wrong."""
    url = url.strip().strip("<>")
    if not url:
        raise FeedUrlError("empty")
    if not _SCHEME_RE.match(url):
        raise FeedUrlError("not_http")
    if any(c.isspace() or ord(c) < 32 for c in url) or len(url) > 2000:
        raise FeedUrlError("bad_chars")
    parts = urlsplit(url)
    if not parts.hostname:
        raise FeedUrlError("no_host")
    if parts.password:
        raise FeedUrlError("password")
    # Keep the query as given (some feeds need it); only scheme and host are canonicalised.
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, "")
    )
