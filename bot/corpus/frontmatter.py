"""Metadata the author of a corpus states explicitly: a front-matter block or a sidecar file.

Explicit metadata always beats detection, so that an admin can fix a wrong title or date an
undated article without editing the article text (sidecar `<name>.meta.toml`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from bot.corpus.confine import read_confined
from bot.corpus.dates import parse_date_value
from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode, WarnCode

_KEY_ALIASES: Mapping[str, str] = MappingProxyType({
    "title": "title", "titel": "title", "headline": "title", "überschrift": "title",
    "published": "published", "date": "published", "datum": "published",
    "publication_date": "published", "pubdate": "published", "veröffentlicht": "published",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
    "medium": "outlet", "quelle": "outlet",
    "url": "url", "link": "url", "author": "author", "autor": "author", "authors": "author",
})  # fmt: skip
_YAML_LINE = re.compile(r"^([A-Za-zÄÖÜäöü_][\w.-]*)\s*:\s*(.*)$")
_MAX_FRONT_MATTER_LINES = 60
_MAX_LABELLED_LINES = 8
# A sidecar holds a handful of keys; anything near this size is not one.
SIDECAR_MAX_BYTES = 64 * 1024


@dataclass(slots=True)
class Overrides:
    """Explicit metadata; `published_set` distinguishes "undated on purpose" from "not given"."""

    title: str | None = None
    published: date | None = None
    published_set: bool = False
    outlet: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # what was stated but could not be used, for the ingest summary ("key 'Datum': …")
    warnings: list[Reason] = field(default_factory=list)

    def update(self, other: Overrides) -> None:
        if other.title:
            self.title = other.title
        if other.published_set:
            self.published, self.published_set = other.published, True
        if other.outlet:
            self.outlet = other.outlet
        self.extra.update(other.extra)
        self.warnings.extend(other.warnings)


def split_front_matter(text: str) -> tuple[Overrides, str]:
    """Strip a leading `---` (YAML-like) or `+++` (TOML) block, or a fenceless block of
    labelled lines (`labelled_block`); return it and the rest."""
    if not text.startswith(("---", "+++")):
        return labelled_block(text) or (Overrides(), text)
    lines = text.split("\n", _MAX_FRONT_MATTER_LINES + 1)
    fence = lines[0].strip()
    if fence not in ("---", "+++"):
        return Overrides(), text
    closing = ("---", "...") if fence == "---" else ("+++",)
    for end in range(1, min(len(lines), _MAX_FRONT_MATTER_LINES + 1)):
        if lines[end].strip() in closing:
            break
    else:
        return _unclosed(fence, text)
    body = "\n".join(lines[1:end])
    rest = "\n".join(lines[end + 1 :])
    if fence == "+++":
        try:
            data = tomllib.loads(body)
        except tomllib.TOMLDecodeError as e:
            raise ArticleFileError(Reason.of(SkipCode.FRONTMATTER_TOML, detail=str(e))) from None
        return _overrides(data, ("front_matter", ""), lenient_date=True), rest
    data_yaml: dict[str, object] = {}
    for line in body.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _YAML_LINE.match(line)
        if not m:
            if line.startswith((" ", "-")):
                continue  # nested YAML (lists, maps) we do not use
            return Overrides(), text  # not front matter after all (e.g. a markdown rule)
        data_yaml[m[1]] = _unquote(m[2])
    return _overrides(data_yaml, ("front_matter", ""), lenient_date=True), rest


def _unclosed(fence: str, text: str) -> tuple[Overrides, str]:
    """A `---` with no closing fence. When keys follow it, the author forgot the closing line:
    the keys up to the first blank line are the block (its title must not become the
    article's title "--- title: …"), or, when they are not a block we can read, the file is
    refused with a message that says what to fix. Anything else is a Markdown rule."""
    rest = text.split("\n", 1)[1] if "\n" in text else ""
    first = rest.lstrip("\n").split("\n", 1)[0].strip()
    m = _YAML_LINE.match(first)
    if m is None or m[1].lower() not in _KEY_ALIASES:
        return Overrides(), text
    block = labelled_block(rest.lstrip("\n"))
    if block is None:
        raise ArticleFileError(Reason.of(SkipCode.FRONTMATTER_OPEN, fence=fence))
    return block


def labelled_block(text: str) -> tuple[Overrides, str] | None:
    """ "Titel: …", "Datum: …", "Quelle: …" lines on top of the text, without fences: how
    people write metadata by hand, and how many scrapers save it. It counts only as a block
    of its own (a blank line after it), each of its 2-8 lines a key we know, one of them a
    title, date or outlet: one labelled line is the header reader's business ("Stand: …"),
    and a block with other lines in it is text."""
    head, _, rest = text.partition("\n\n")
    lines = head.strip().split("\n")
    if not 2 <= len(lines) <= _MAX_LABELLED_LINES:
        return None
    data: dict[str, object] = {}
    for line in lines:
        m = _YAML_LINE.match(line.strip())
        if m is None or m[1].lower() not in _KEY_ALIASES:
            return None
        data[m[1]] = _unquote(m[2])
    if not {_KEY_ALIASES[k.lower()] for k in data} & {"title", "published", "outlet"}:
        return None
    try:
        return _overrides(data, ("metadata_lines", "")), rest
    except ArticleFileError:  # "Datum: gestern" is no date: then this block is text
        return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_sidecar(path: Path, root: Path | None = None) -> tuple[Overrides, bytes]:
    """The sidecar of `path` (`<stem>.meta.toml`, or `<name>.meta.toml`), if any; with `root`,
    only one inside that folder (a link pointing elsewhere is refused)."""
    for candidate in (
        path.with_name(path.stem + ".meta.toml"),
        path.with_name(path.name + ".meta.toml"),
    ):
        try:
            raw = read_confined(candidate, root, SIDECAR_MAX_BYTES + 1)
        except FileNotFoundError:
            continue
        except ArticleFileError as e:
            refused = Reason.of(SkipCode.SIDECAR_REFUSED, name=candidate.name, reason=e.reason)
            raise ArticleFileError(refused) from None
        except OSError as e:
            unreadable = Reason.of(
                SkipCode.SIDECAR_UNREADABLE, name=candidate.name, detail=e.strerror or str(e)
            )
            raise ArticleFileError(unreadable) from None
        if len(raw) > SIDECAR_MAX_BYTES:
            raise ArticleFileError(Reason.of(SkipCode.SIDECAR_LARGE, name=candidate.name))
        try:
            data = tomllib.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            invalid = Reason.of(SkipCode.SIDECAR_TOML, name=candidate.name, detail=str(e))
            raise ArticleFileError(invalid) from None
        return _overrides(data, ("sidecar", candidate.name)), raw
    return Overrides(), b""


# A saved page's own <meta> tags (Open Graph, article:*, Dublin Core), first found wins.
_PAGE_META: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "title": ("og:title",),
    "published": ("article:published_time", "og:article:published_time", "dc.date",
                  "dcterms.date", "date", "pubdate", "publishdate"),
    "outlet": ("og:site_name", "application-name"),
    "url": ("og:url",),
})  # fmt: skip


def page_overrides(meta: Mapping[str, str]) -> Overrides:
    """What a saved HTML page states about itself in its <meta> tags: the publisher wrote
    them for exactly this (og:site_name, article:published_time), and the page text has
    no byline to read them from. Weaker than front matter and sidecar, which the corpus
    author wrote; a value that is no date is left out, not an error (the page is not the
    user's file to fix)."""
    data: dict[str, object] = {}
    for name, keys in _PAGE_META.items():
        value = next((meta[k] for k in keys if meta.get(k)), None)
        if value is not None:
            data[name] = value
    try:
        return _overrides(data, ("page_meta", ""))
    except ArticleFileError:
        data.pop("published", None)
        return _overrides(data, ("page_meta", ""))


def _overrides(
    data: dict[str, object], origin: tuple[str, str], lenient_date: bool = False
) -> Overrides:
    """The metadata in `data`. A date that is no date raises, or with `lenient_date` (a
    front-matter block: the article is clearly meant as one) becomes a warning and the
    article keeps the date its text gives: one typo ("31.02.2026") must not lose it. A
    sidecar stays strict: an admin wrote it only to fix this article's metadata. `origin` is
    where the keys were written (one of `reasons.ORIGINS`) and the sidecar's file name."""
    where = {"origin": origin[0], "name": origin[1]}
    result = Overrides()
    for key, value in data.items():
        name = _KEY_ALIASES.get(key.strip().lower(), key.strip().lower())
        if name == "published":
            try:
                result.published = parse_date_value(value)
            except ValueError:
                if not lenient_date:
                    bad = Reason.of(SkipCode.BAD_DATE, key=key, value=str(value), **where)
                    raise ArticleFileError(bad) from None
                result.warnings.append(
                    Reason.of(WarnCode.DATE_IGNORED, key=key, value=str(value), **where)
                )
                continue
            result.published_set = True
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if not isinstance(value, str | int | float):
            raise ArticleFileError(Reason.of(SkipCode.NOT_STRING, key=key, **where))
        text = " ".join(str(value).split())
        if name == "title":
            result.title = text or None
        elif name == "outlet":
            result.outlet = text or None
        elif text:
            result.extra[name] = text
    return result
