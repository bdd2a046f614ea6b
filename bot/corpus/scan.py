"""scan_corpus(): which files of a corpus directory are articles, and why others are not."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bot.corpus.confine import OUTSIDE, kind_reason, real_root
from bot.corpus.errors import CorpusError
from bot.corpus.reasons import Reason, SkipCode
from bot.models import SkippedFile

ARTICLE_SUFFIX = ".txt"
SIDECAR_SUFFIX = ".meta.toml"
# Editor and OS droppings that are never articles and not worth a "skipped" line.
_IGNORED_NAMES = frozenset({"Thumbs.db", "desktop.ini"})
_IGNORED_SUFFIXES = ("~", ".swp", ".swo", ".tmp", ".bak", ".part")
# Files that document the corpus rather than belong to it.
_DOC_STEMS = frozenset({"readme", "license", "licence", "copying", "notice", "changelog"})


@dataclass(frozen=True, slots=True)
class CorpusScan:
    files: tuple[Path, ...]  # article files to read, sorted by name
    skipped: tuple[SkippedFile, ...]  # files not even attempted (not .txt, sidecars are not listed)
    root: Path | None = None  # the folder's real path: every file read must lie inside it
    # Article files that are plain regular files (no link) without a sidecar: their content
    # hash is the hash of their own bytes (reader.plain_digest), found without path resolving.
    plain: frozenset[str] = frozenset()


def _entry_reason(entry: os.DirEntry[str], root: Path) -> Reason | None:
    """Why this entry is not an article candidate by its kind (None: a regular file inside the
    folder). Links are resolved: one that stays inside may be read, one that leaves is not."""
    if entry.is_symlink():
        target = Path(os.path.realpath(entry.path))
        if not target.is_relative_to(root):
            return OUTSIDE
        try:
            mode = os.stat(target).st_mode
        except OSError:
            return Reason.of(SkipCode.BROKEN_LINK)
        return kind_reason(mode)
    return kind_reason(entry.stat(follow_symlinks=False).st_mode)


def scan_corpus(directory: str | Path) -> CorpusScan:
    d = Path(directory)
    root = real_root(d)
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except FileNotFoundError:
        raise CorpusError(f"corpus directory does not exist: {d}") from None
    except NotADirectoryError:
        raise CorpusError(f"corpus path is not a directory: {d}") from None
    except PermissionError:
        raise CorpusError(f"corpus directory is not readable (permission denied): {d}") from None
    except OSError as e:
        raise CorpusError(f"corpus directory cannot be read: {d}: {e.strerror or e}") from None
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    sidecars: set[str] = set()
    links: set[str] = set()
    for entry in entries:
        name = entry.name
        if name.endswith(SIDECAR_SUFFIX):
            sidecars.add(name)
            continue
        if name in _IGNORED_NAMES or name.endswith(_IGNORED_SUFFIXES):
            continue
        if name.startswith("."):
            skipped.append(SkippedFile(name, Reason.of(SkipCode.HIDDEN)))
            continue
        try:
            if entry.is_symlink():
                links.add(name)
            reason = _entry_reason(entry, root)
        except OSError:
            skipped.append(SkippedFile(name, Reason.of(SkipCode.UNINSPECTABLE)))
            continue
        if reason:
            skipped.append(SkippedFile(name, reason))
        elif not name.lower().endswith(ARTICLE_SUFFIX):
            suffix = Path(name).suffix
            reason = (
                Reason.of(SkipCode.NOT_TXT, suffix=suffix)
                if suffix
                else Reason.of(SkipCode.NOT_TXT_BARE)
            )
            skipped.append(SkippedFile(name, reason))
        elif Path(name).stem.lower() in _DOC_STEMS:
            skipped.append(SkippedFile(name, Reason.of(SkipCode.DOCUMENTATION)))
        else:
            files.append(Path(entry.path))
    plain = frozenset(
        p.name
        for p in files
        if p.name not in links
        and p.stem + SIDECAR_SUFFIX not in sidecars
        and p.name + SIDECAR_SUFFIX not in sidecars
    )
    return CorpusScan(files=tuple(files), skipped=tuple(skipped), root=root, plain=plain)
