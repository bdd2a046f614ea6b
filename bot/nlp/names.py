"""Name folding for speaker identity: the same person spelled differently across articles
("Selenskyj", "Selenskij", "Zelensky") or cited by surname only must land on one speaker."""

from __future__ import annotations

import re
import unicodedata

_TITLES = {"dr", "prof", "herr", "frau", "mr", "mrs", "ms", "sir"}
_TRANSLIT = [
    (re.compile(r"sch"), "sh"),
    (re.compile(r"ij\b|yj\b|iy\b|yi\b|y\b|ij$|yj$"), "i"),
    (re.compile(r"tsch|tch|ch"), "ch"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "s"),
    (re.compile(r"j"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
]


def strip_accents(text: str) -> str:
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    words = re.findall(r"[\w'-]+", strip_accents(name).lower())
    return [w for w in words if w.rstrip(".") not in _TITLES]


def fold_token(word: str) -> str:
    """A spelling-tolerant key for one name word (Selenskyj ~ Selenskij ~ Zelensky)."""
    w = word.lower().replace("-", "")
    for pattern, repl in _TRANSLIT:
        w = pattern.sub(repl, w)
    return w


def fold_name(name: str) -> str:
    """A spelling-tolerant key for a whole name: folded words joined by spaces."""
    return " ".join(fold_token(w) for w in name_tokens(name))


def surname_key(name: str) -> str:
    toks = name_tokens(name)
    return fold_token(toks[-1]) if toks else ""


def same_person(a: str, b: str) -> bool:
    """True when `a` and `b` can name the same person: equal after folding, or one is a
    surname-only (or shorter) form whose words all occur, in order, at the end of the other."""
    fa, fb = fold_name(a).split(), fold_name(b).split()
    if not fa or not fb:
        return False
    if fa == fb or "".join(fa) == "".join(fb):
        return True
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return long_[-len(short):] == short
