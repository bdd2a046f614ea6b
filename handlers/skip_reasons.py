"""Why a file or feed item was skipped, in the reader's language.

The corpus reader and the feed poller record their reasons as the operator's English text (the
log, the exception message); lines such as "Übersprungen: README.md: …" show them to a German
newsroom. Known reasons are matched here and said through the catalogue (`skip.<key>`), their
technical detail kept; an unknown reason is shown as it is, never dropped.
"""

from __future__ import annotations

import re

from handlers.feeds import feed_error
from handlers.i18n import normalize_locale, t

# (pattern of the recorded English reason, catalogue key under `skip.`); first match wins, so
# a specific pattern stands before a general one of the same start.
_REASONS = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^not a \.txt article file \(no extension\)$", "not_txt_bare"),
        (r"^not a \.txt article file \((?P<suffix>.+)\)$", "not_txt"),
        (r"^corpus documentation, not an article$", "documentation"),
        (r"^hidden file$", "hidden"),
        (r"^cannot be inspected$", "uninspectable"),
        (r"^broken symbolic link$", "broken_link"),
        (r"^symbolic link to a file outside the corpus folder \(not followed\)$", "outside"),
        (r"^subdirectory \(not searched\)$", "subdirectory"),
        (r"^named pipe \(FIFO\), not a regular file$", "fifo"),
        (r"^socket, not a regular file$", "socket"),
        (r"^device file, not a regular file$", "device"),
        (r"^not a regular file$", "irregular"),
        (r"^empty file$", "empty"),
        (r"^empty file \(only whitespace\)$", "blank"),
        (r"^too large: (?P<size>[\d.]+) MB \(limit (?P<limit>\d+) MB\), not an article$", "large"),
        (r"^not an article: (?P<lines>\d+) lines \(limit (?P<limit>\d+)\)$", "lines"),
        (r"^broken UTF-16 text: (?P<detail>.+)$", "utf16"),
        (r"^binary file \(contains NUL bytes\), not an article text$", "binary_nul"),
        (r"^binary file \((?P<n>\d+) control characters\), not an article text$", "binary_ctl"),
        (r"^binary file \((?P<kind>.+)\), not an article text$", "binary"),
        (r"^no article text \(only boilerplate, headings or metadata\)$", "no_text"),
        (r"^not readable: permission denied$", "permission"),
        (r"^(?:not readable|cannot read): (?P<detail>.+)$", "unreadable"),
        (r"^file not found \(removed while reading\?\)$", "vanished"),
        (r"^no such file$", "no_such_file"),
        (r"^a folder, not a file: give its files \((?P<files>.+)\) or process it into a "
         r"store with `lagebild ingest (?P<folder>.+)`$", "folder"),
        (r"^front matter is not valid TOML: (?P<detail>.+)$", "frontmatter_toml"),
        (r"^front matter: the (?P<fence>.+) block at the top is never closed", "frontmatter_open"),
        (r"^sidecar (?P<name>\S+) is not valid TOML: (?P<detail>.+)$", "sidecar_toml"),
        (r"^sidecar (?P<name>\S+) not readable: (?P<detail>.+)$", "sidecar_unreadable"),
        (r"^sidecar (?P<name>\S+) is too large to be metadata$", "sidecar_large"),
        (r"^link is not an HTML page \((?P<kind>.+)\)$", "not_html"),
        (r"^no article text \(neither in the feed nor on the page\)$", "feed_no_text"),
        (r"^no text in the feed and the page could not be fetched: (?P<error>.+?)"
         r"(?P<again>; tried again at the next poll)?$", "page_failed"),
        (r"^unexpected error: (?P<detail>.+)$", "unexpected"),
        (r"^file too long for the pipeline \(a paragraph of (?P<n>[\d,]+) characters, "
         r"limit (?P<limit>[\d,]+)\)$", "too_long"),
    )
)  # fmt: skip


def skip_reason(reason: str, locale: str) -> str:
    """`reason` (the reader's or poller's English text) in `locale`; unknown ones as they are.

    A fetch error inside a reason ("the page could not be fetched: HTTP 503") is said the way
    /feeds says it, so one line never mixes two languages.
    """
    for pattern, key in _REASONS:
        m = pattern.match(reason)
        if m is None:
            continue
        params = {k: v or "" for k, v in m.groupdict().items()}
        if key == "too_long" and normalize_locale(locale) == "de":
            # "1,049,999" is written with the English thousands separator
            params = {k: v.replace(",", ".") for k, v in params.items()}
        if "error" in params:
            params["error"] = feed_error(params["error"], locale, escape=str)
        if params.get("again"):
            params["again"] = t(locale, "skip.again")
        return t(locale, f"skip.{key}", **params)
    return reason
