"""Why a file or feed item was skipped, or what was wrong in an article that was read anyway.

The reader and the feed poller say it as a code plus its parameters, not as a sentence: the
user sees it in the bot's language (`handlers.reasons` renders `skip.<code>` / `warn.<code>`
from the catalogues), the log in English (`str(reason)`). Before, the reader wrote English
sentences and the handlers matched them back with regular expressions, so a reworded message
silently reached a German newsroom in English.

Adding a reason: a member here, its English log text in `_ENGLISH`, and a catalogue line under
`[skip]` (or `[warn]`) in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias


class SkipCode(StrEnum):
    """Why a file or feed item is not an article."""

    NOT_TXT_BARE = "not_txt_bare"
    NOT_TXT = "not_txt"  # suffix
    DOCUMENTATION = "documentation"
    HIDDEN = "hidden"
    UNINSPECTABLE = "uninspectable"
    BROKEN_LINK = "broken_link"
    OUTSIDE = "outside"
    SUBDIRECTORY = "subdirectory"
    FIFO = "fifo"
    SOCKET = "socket"
    DEVICE = "device"
    IRREGULAR = "irregular"
    EMPTY = "empty"
    BLANK = "blank"
    LARGE = "large"  # size (MB, float), limit (MB)
    LINES = "lines"  # lines, limit
    UTF16 = "utf16"  # detail
    BINARY_NUL = "binary_nul"
    BINARY_CTL = "binary_ctl"  # n
    BINARY = "binary"  # kind (a format name: "PNG image", "PDF document")
    NO_TEXT = "no_text"
    PERMISSION = "permission"
    UNREADABLE = "unreadable"  # detail (the system's error text)
    VANISHED = "vanished"
    NO_SUCH_FILE = "no_such_file"
    FOLDER = "folder"  # files, folder
    FRONTMATTER_TOML = "frontmatter_toml"  # detail
    FRONTMATTER_OPEN = "frontmatter_open"  # fence
    SIDECAR_TOML = "sidecar_toml"  # name, detail
    SIDECAR_UNREADABLE = "sidecar_unreadable"  # name, detail
    SIDECAR_LARGE = "sidecar_large"  # name
    SIDECAR_REFUSED = "sidecar_refused"  # name, reason (a Reason: outside, fifo, …)
    BAD_DATE = "bad_date"  # origin, name, key, value
    NOT_STRING = "not_string"  # origin, name, key
    NOT_HTML = "not_html"  # kind (the media type the server sent)
    NOT_HTML_LINK = "not_html_link"  # kind (a format name: "PDF document"), suffix
    FEED_NO_TEXT = "feed_no_text"
    PAGE_FAILED = "page_failed"  # error (the fetch error's text), again (bool)
    UNEXPECTED = "unexpected"  # detail
    TOO_LONG = "too_long"  # n, limit
    EXTRACTION_FAILED = "extraction_failed"  # detail


class WarnCode(StrEnum):
    """What was wrong in an article that was read all the same."""

    CONTROL_CHARS = "control_chars"  # n
    DATE_IGNORED = "date_ignored"  # origin, name, key, value


Param: TypeAlias = "str | int | float | bool | Reason | None"


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason code and its parameters; immutable and picklable (it crosses the worker
    processes of an ingest). `str()` is the English text for logs."""

    code: SkipCode | WarnCode
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def of(cls, code: SkipCode | WarnCode, **params: Param) -> Reason:
        return cls(code, tuple(params.items()))

    @property
    def key(self) -> str:
        """The catalogue key: `skip.<code>` or `warn.<code>`."""
        section = "warn" if isinstance(self.code, WarnCode) else "skip"
        return f"{section}.{self.code.value}"

    def get(self, name: str, default: Param = None) -> Param:
        return dict(self.params).get(name, default)

    def __str__(self) -> str:
        params = {k: _english_param(k, v) for k, v in self.params}
        params["origin"] = _ORIGIN_ENGLISH.get(str(params.get("origin")), "").format(**params)
        return _ENGLISH[self.code].format(**params)


# Where a metadata key was written (BAD_DATE, NOT_STRING, DATE_IGNORED `origin`).
ORIGINS = ("front_matter", "metadata_lines", "page_meta", "sidecar")
_ORIGIN_ENGLISH = {
    "front_matter": "front matter",
    "metadata_lines": "metadata lines",
    "page_meta": "page <meta>",
    "sidecar": "sidecar {name}",
}


def _english_param(name: str, value: Param) -> object:
    """A parameter for the English template (numbers stay numbers: the template formats
    them, "{size:.1f}")."""
    if name == "again":
        return "; tried again at the next poll" if value else ""
    if isinstance(value, Reason):
        return str(value)
    return value


# The log's English text of each code; user-facing text is in the catalogues.
_ENGLISH: dict[SkipCode | WarnCode, str] = {
    SkipCode.NOT_TXT_BARE: "not a .txt article file (no extension)",
    SkipCode.NOT_TXT: "not a .txt article file ({suffix})",
    SkipCode.DOCUMENTATION: "corpus documentation, not an article",
    SkipCode.HIDDEN: "hidden file",
    SkipCode.UNINSPECTABLE: "cannot be inspected",
    SkipCode.BROKEN_LINK: "broken symbolic link",
    SkipCode.OUTSIDE: "symbolic link to a file outside the corpus folder (not followed)",
    SkipCode.SUBDIRECTORY: "subdirectory (not searched)",
    SkipCode.FIFO: "named pipe (FIFO), not a regular file",
    SkipCode.SOCKET: "socket, not a regular file",
    SkipCode.DEVICE: "device file, not a regular file",
    SkipCode.IRREGULAR: "not a regular file",
    SkipCode.EMPTY: "empty file",
    SkipCode.BLANK: "empty file (only whitespace)",
    SkipCode.LARGE: "too large: {size:.1f} MB (limit {limit} MB), not an article",
    SkipCode.LINES: "not an article: {lines} lines (limit {limit})",
    SkipCode.UTF16: "broken UTF-16 text: {detail}",
    SkipCode.BINARY_NUL: "binary file (contains NUL bytes), not an article text",
    SkipCode.BINARY_CTL: "binary file ({n} control characters), not an article text",
    SkipCode.BINARY: "binary file ({kind}), not an article text",
    SkipCode.NO_TEXT: "no article text (only boilerplate, headings or metadata)",
    SkipCode.PERMISSION: "not readable: permission denied",
    SkipCode.UNREADABLE: "not readable: {detail}",
    SkipCode.VANISHED: "file not found (removed while reading?)",
    SkipCode.NO_SUCH_FILE: "no such file",
    SkipCode.FOLDER: "a folder, not a file: give its files ({files}) or process it into a "
    "store with `lagebild ingest {folder}`",
    SkipCode.FRONTMATTER_TOML: "front matter is not valid TOML: {detail}",
    SkipCode.FRONTMATTER_OPEN: "front matter: the '{fence}' block at the top is never closed "
    "(add a '{fence}' line after its last key)",
    SkipCode.SIDECAR_TOML: "sidecar {name} is not valid TOML: {detail}",
    SkipCode.SIDECAR_UNREADABLE: "sidecar {name} not readable: {detail}",
    SkipCode.SIDECAR_LARGE: "sidecar {name} is too large to be metadata",
    SkipCode.SIDECAR_REFUSED: "sidecar {name}: {reason}",
    SkipCode.BAD_DATE: "{origin}: key '{key}': not a date: {value!r}",
    SkipCode.NOT_STRING: "{origin}: key '{key}' must be a string",
    SkipCode.NOT_HTML: "link is not an HTML page ({kind})",
    SkipCode.NOT_HTML_LINK: "link is not an HTML page ({kind}, {suffix})",
    SkipCode.FEED_NO_TEXT: "no article text (neither in the feed nor on the page)",
    SkipCode.PAGE_FAILED: "no text in the feed and the page could not be fetched: {error}{again}",
    SkipCode.UNEXPECTED: "unexpected error: {detail}",
    SkipCode.TOO_LONG: "file too long for the pipeline (a paragraph of {n:,} characters, "
    "limit {limit:,})",
    SkipCode.EXTRACTION_FAILED: "extraction failed: {detail}",
    WarnCode.CONTROL_CHARS: "removed {n} control characters",
    WarnCode.DATE_IGNORED: "{origin}: key '{key}': not a date: {value!r}; ingested with the "
    "date the article text gives (undated if none)",
}
