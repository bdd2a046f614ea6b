"""read_article(): one article file to a ParsedArticle.

Order matters: decode and normalise first (every later rule sees one canonical text), take
explicit front matter off before anything looks at the header, rebuild paragraphs before
boilerplate removal (boilerplate rules judge whole paragraphs), and read the header last so
that navigation and banners above the headline are already gone.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from bot.corpus import (
    boilerplate,
    confine,
    decoding,
    frontmatter,
    header,
    htmltext,
    markup,
    paragraphs,
    sections,
)
from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode, WarnCode
from bot.models import ParsedArticle


def read_article(path: str | Path, root: Path | None = None) -> ParsedArticle:
    """Parse one article file. With `root` (the corpus folder's real path), the file and its
    sidecar must lie inside it: a link pointing elsewhere is refused, never followed."""
    p = Path(path)
    raw = _read_bytes(p, root)
    sidecar, sidecar_bytes = frontmatter.read_sidecar(p, root)
    return parse_article(raw, p.name, str(path), sidecar, sidecar_bytes)


def parse_article(
    raw: bytes,
    file: str,
    path: str,
    sidecar: frontmatter.Overrides | None = None,
    sidecar_bytes: bytes = b"",
) -> ParsedArticle:
    """The article in `raw` (a file's bytes, or a feed article's stored text), named `file`.
    Feed articles come through here too, so they get exactly the rules folder files get."""
    decoded = decoding.decode(raw)
    text = decoded.text
    explicit = frontmatter.Overrides()
    if htmltext.looks_like_html(text):
        text, page_meta = htmltext.html_page(text)
        explicit = frontmatter.page_overrides(page_meta)
    text = decoding.normalise(htmltext.unescape_entities(text))
    stated, text = frontmatter.split_front_matter(text)
    explicit.update(stated)
    if sidecar is not None:
        explicit.update(sidecar)

    units, footer_outlet = boilerplate.clean(paragraphs.rebuild(markup.prepare_lines(text)))
    head, body_units = header.read_header(units)
    paras = sections.to_paragraphs(body_units, has_title_line=not head.title_derived)
    if not paras:
        raise ArticleFileError(Reason.of(SkipCode.NO_TEXT))

    title = explicit.title or head.title or Path(file).stem
    published = explicit.published if explicit.published_set else head.published
    meta = dict(head.extra)
    meta.update(explicit.extra)
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        meta["encoding"] = decoded.encoding
    warnings = list(explicit.warnings)
    if decoded.removed_controls:
        warnings.append(Reason.of(WarnCode.CONTROL_CHARS, n=decoded.removed_controls))
    return ParsedArticle(
        file=file,
        path=path,
        title=title,
        published=published,
        outlet=explicit.outlet or head.outlet or footer_outlet,
        paragraphs=paras,
        content_hash=_digest(raw, sidecar_bytes),
        meta=tuple(sorted(meta.items())),
        warnings=tuple(warnings),
    )


def raw_digest(path: str | Path, root: Path | None = None) -> str:
    """The content hash read_article gives a file, from its bytes (and its sidecar's) alone,
    under the same confinement: an ingest compares it with the stored hash and parses only
    files that changed."""
    p = Path(path)
    raw = _read_bytes(p, root)
    _, sidecar_bytes = frontmatter.read_sidecar(p, root)
    return _digest(raw, sidecar_bytes)


def plain_digest(path: str | Path) -> str:
    """raw_digest of a file the scan found to be a plain regular file without a sidecar
    (CorpusScan.plain), without resolving its path: the freshness check of a restart does this
    for every file (8k files: 2.8 s through raw_digest, most of it path resolution). The file
    is opened without following links and must still be a regular file within the size limit;
    anything else raises OSError or ArticleFileError, and the caller takes the careful path."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if confine.kind_reason(st.st_mode):
            raise ArticleFileError(Reason.of(SkipCode.IRREGULAR))
        decoding.check_size(st.st_size)
        # the size it has, plus one byte to see it grow (asking for the limit allocates it)
        raw = f.read(st.st_size + 1)
    decoding.check_size(len(raw))
    return _digest(raw, b"")


def _digest(raw: bytes, sidecar_bytes: bytes) -> str:
    digest = hashlib.sha256(raw)
    if sidecar_bytes:
        digest.update(sidecar_bytes)
    return digest.hexdigest()


def _read_bytes(p: Path, root: Path | None) -> bytes:
    """Read the file, turning every OS failure into a reason the user can act on."""
    try:
        st = os.stat(p)
        reason = confine.outside_reason(p, root) or confine.kind_reason(st.st_mode)
        if reason:
            raise ArticleFileError(reason)
        decoding.check_size(st.st_size)  # before reading: never load a 20 MB file
        raw = confine.read_confined(p, root, decoding.MAX_BYTES + 1)
    except PermissionError:
        raise ArticleFileError(Reason.of(SkipCode.PERMISSION)) from None
    except FileNotFoundError:
        raise ArticleFileError(Reason.of(SkipCode.VANISHED)) from None
    except IsADirectoryError:
        raise ArticleFileError(Reason.of(SkipCode.IRREGULAR)) from None
    except OSError as e:
        raise ArticleFileError(
            Reason.of(SkipCode.UNREADABLE, detail=e.strerror or str(e))
        ) from None
    decoding.check_size(len(raw))
    return raw
