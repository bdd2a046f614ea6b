"""Reading corpus files without leaving the corpus folder or hanging on special files.

A corpus folder is operator data served to every chat user: a symbolic link in it that points
elsewhere (`ln -s /etc/passwd corpus/x.txt`) must not turn into an article, and a named pipe,
device or socket must not block or flood a reader. Every check is on the real path (all links
resolved) and, when reading, on the opened file itself, so a file swapped for a link or a pipe
between the scan and the read is still refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode

OUTSIDE = Reason.of(SkipCode.OUTSIDE)


def real_root(directory: str | Path) -> Path:
    """The corpus folder with every link resolved: what "inside" is measured against."""
    return Path(os.path.realpath(directory))


def kind_reason(mode: int) -> Reason | None:
    """Why a file of this type is not an article (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Reason.of(SkipCode.SUBDIRECTORY)
    if stat.S_ISFIFO(mode):
        return Reason.of(SkipCode.FIFO)
    if stat.S_ISSOCK(mode):
        return Reason.of(SkipCode.SOCKET)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Reason.of(SkipCode.DEVICE)
    return Reason.of(SkipCode.IRREGULAR)


def outside_reason(path: Path, root: Path | None) -> Reason | None:
    """OUTSIDE when the real path of `path` is not within `root` (None: no confinement)."""
    if root is None:
        return None
    real = Path(os.path.realpath(path))
    return None if real.is_relative_to(root) else OUTSIDE


def read_confined(path: Path, root: Path | None, limit: int) -> bytes:
    """At most `limit` bytes of a regular file inside `root`.

    Opened non-blocking so that a pipe never stalls the reader, then checked with fstat on the
    open descriptor, which is the file actually read. Raises ArticleFileError with the reason,
    and lets OSError through for the caller's wording.
    """
    reason = outside_reason(path, root)
    if reason:
        raise ArticleFileError(reason)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as f:
        reason = kind_reason(os.fstat(fd).st_mode)
        if reason:
            raise ArticleFileError(reason)
        return f.read(limit)
