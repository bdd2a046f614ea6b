"""Bytes to clean text: size and binary checks, encoding detection, Unicode normalisation.

Real corpora mix UTF-8 (with and without BOM), Windows-1252 exports and the odd file that was
converted twice. We decode strictly as UTF-8 first because it almost never validates by
accident; only when that fails do we fall back line by line to cp1252 (which, unlike latin-1,
maps 0x80-0x9F to the typographic quotes and dashes German Windows text uses), so a file with a
few pasted cp1252 lines keeps its correct UTF-8 lines.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass

from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode

MAX_BYTES = 5 * 1024 * 1024  # far above any news article; beyond it the file is not one
# A long article has a few hundred lines; tens of thousands are a log, a list or a dump, and
# would only cost time (the rules run per line and per paragraph).
MAX_LINES = 20_000

# Signatures of formats people drop into a folder by mistake, so the message can name them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (e.g. .docx/.odt)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)

# Control characters that never occur in text (C0 except tab/newline/CR/FF, DEL, C1). VT and
# NEL (\x0b, \x85) are line breaks to normalise(), but count as signs of binary data here.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_STRAY_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Above this share of the characters the bytes are no text: a binary file without NUL bytes
# (random bytes are ~12 % C0 controls). A few stray ones in a short article (a pasted form
# feed, a terminal colour code, "\x02" from a scraper) stay far below it: 4 in 300 is 1.3 %,
# and the old 1 % bar refused such an article as binary.
_MAX_CONTROL_RATIO = 0.05

# Mojibake of UTF-8 read as cp1252 ("Ã¤" for "ä", "â€ž" for "„").
_MOJIBAKE_RE = re.compile(r"Ã[\x80-\xbf¡-¿]|â€[\x80-\xbf\u0152-\u2122žœ™šŸ]")

_SPACE_CHARS = (
    "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t"
)
_DROP_CHARS = "\u00ad\u200b\u2060\ufeff\u200e\u200f"
_NEWLINE_CHARS = "\u2028\u2029\x0b\x0c\x85"
# (char, replacement) pairs; str.replace per char present is far faster than str.translate.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    *((c, " ") for c in _SPACE_CHARS),
    *((c, "") for c in _DROP_CHARS),
    *((c, "\n") for c in _NEWLINE_CHARS),
)
_MULTI_SPACE_RE = re.compile(r"  +")
_LINE_EDGE_RE = re.compile(r" *\n *")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252", "mixed", "utf-8 (repaired)"
    removed_controls: int = 0  # stray control characters taken out of the text


def check_size(size: int) -> None:
    if size == 0:
        raise ArticleFileError(Reason.of(SkipCode.EMPTY))
    if size > MAX_BYTES:
        reason = Reason.of(SkipCode.LARGE, size=size / 1_048_576, limit=MAX_BYTES // 1_048_576)
        raise ArticleFileError(reason)


def decode(raw: bytes) -> DecodedText:
    """Decode article bytes or say clearly why they are not article text."""
    check_size(len(raw))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise ArticleFileError(Reason.of(SkipCode.UTF16, detail=e.reason)) from None
    else:
        for magic, kind in _MAGIC:
            if raw.startswith(magic):
                raise ArticleFileError(Reason.of(SkipCode.BINARY, kind=kind))
        if b"\x00" in raw:
            raise ArticleFileError(Reason.of(SkipCode.BINARY_NUL))
        text, encoding = _decode_8bit(raw)
    if not text.strip():
        raise ArticleFileError(Reason.of(SkipCode.BLANK))
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise ArticleFileError(Reason.of(SkipCode.LINES, lines=lines, limit=MAX_LINES))
    controls = len(_CONTROL_RE.findall(text))
    if controls > 3 and controls > _MAX_CONTROL_RATIO * len(text):
        raise ArticleFileError(Reason.of(SkipCode.BINARY_CTL, n=controls))
    stray = 0
    if controls:
        text, stray = _STRAY_RE.subn("", text)
    return DecodedText(text, encoding, stray)


def _decode_8bit(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, encoding = raw[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_lines(raw)
    if "Ã" in text or "â€" in text:
        repaired = _repair_mojibake(text)
        if repaired is not None:
            return repaired, "utf-8 (repaired)"
    return text, encoding


def _decode_lines(raw: bytes) -> tuple[str, str]:
    """Per-line fallback: UTF-8 where a line is valid, else cp1252, else latin-1."""
    used: set[str] = set()
    out: list[str] = []
    for line in raw.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
            if not line.isascii():
                used.add("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(line.decode("cp1252"))
            used.add("cp1252")
        except UnicodeDecodeError:
            out.append(line.decode("latin-1"))
            used.add("latin-1")
    encoding = "mixed" if len(used) > 1 else (used.pop() if used else "cp1252")
    return "\n".join(out), encoding


def _repair_mojibake(text: str) -> str | None:
    """Undo one round of UTF-8-read-as-cp1252, only when it clearly reduces the damage."""
    if len(_MOJIBAKE_RE.findall(text)) < 3:
        return None
    lines = text.split("\n")
    fixed: list[str] = []
    for line in lines:
        if _MOJIBAKE_RE.search(line):
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                line = line.encode("cp1252").decode("utf-8")
        fixed.append(line)
    result = "\n".join(fixed)
    return result if len(_MOJIBAKE_RE.findall(result)) == 0 else None


def normalise(text: str) -> str:
    """One canonical form: LF line ends, NFC, plain spaces, no soft hyphens or zero-widths.

    Offsets of everything downstream refer to this text, so it must be deterministic and the
    same for a file whatever editor wrote it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _MULTI_SPACE_RE.sub(" ", text)
    return _LINE_EDGE_RE.sub("\n", text).strip(" ")
