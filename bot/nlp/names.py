"""Name folding for speaker identity: the same person spelled differently across articles
("Selenskyj", "Selenskij", "Zelensky") or cited by surname only must land on one speaker."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
    if text.isascii():
        return text  # most names: NFKD leaves ASCII as it is and it has no combining marks
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


@lru_cache(maxsize=1 << 14)  # asked for every pair of an article's speakers
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
    return long_[-len(short) :] == short and not names_another(a if len(fa) > len(fb) else b)


# words that link a phrase to the person it names someone by ("Verteidigung von X")
_RELATION_LINKS = frozenset({"von", "vom", "des", "der"})


def names_another(name: str) -> bool:
    """ "Die Verteidigung von Bernd Hollmann", "Anwalt des Ministers Max Huber": a phrase
    that names someone by their relation to the person at its end (a role, an organisation
    or a relation noun of lexicons/speaker_relation_heads.txt before the link, a genitive
    link, or a full name after "von") is someone else, so it never stands for that person.
    A name with a nobility particle ("Ursula von der Leyen") starts with a first name."""
    from bot.nlp.speakers import is_org, is_role
    from bot.nlp.speakers.gender import is_first_name
    from bot.nlp.speakers.lexicon import RELATION_HEADS

    words = name.split()
    k = next((i for i, w in enumerate(words) if w in _RELATION_LINKS), None)
    if k is None or k == 0 or k + 1 >= len(words) or is_first_name(words[0]):
        return False
    head = words[k - 1]
    return (
        words[k] in ("des", "vom")
        or is_role(head)
        or is_org(head)
        or head.lower() in RELATION_HEADS
        or is_first_name(words[k + 1])
    )


def canonical_speakers(names: list[str]) -> dict[str, str]:
    """Map every speaker name to one canonical form for the corpus: the longest full name that
    is the same person ("Austin" and "Lloyd Austin" -> "Lloyd Austin"; "Selenskij" ->
    "Wolodymyr Selenskyj").

    A surname-only name that fits two different full names ("Kim" -> "Kim Jong Un" and
    "Kim Yo Jong") is ambiguous and stays as it is rather than being merged wrongly.
    "anonymous" never merges with anything."""
    bare = {n: strip_roles(n) for n in names if n and n.strip()}
    unique = sorted(set(bare.values()), key=lambda s: (-len(name_tokens(s)), -len(s), s))
    result: dict[str, str] = {}
    canon: list[str] = []
    for name in unique:
        if name.lower() == "anonymous":
            result[name] = name
            continue
        matches = [c for c in canon if same_person(name, c)]
        # keep only the longest candidates; shorter ones were mapped onto them already
        distinct = {result.get(c, c) for c in matches}
        if len(distinct) == 1:
            result[name] = distinct.pop()
        else:
            result[name] = name
            if not matches:
                canon.append(name)
    return {n: result.get(b, b) for n, b in bare.items()}


def strip_roles(name: str) -> str:
    """Drop leading role words and titles: "US-Verteidigungsminister Lloyd Austin" -> "Lloyd
    Austin". A name that is only a role ("Sprecherin") is kept as it is."""
    from bot.nlp.speakers import is_role

    words = name.split()
    k = 0
    while k < len(words) - 1 and (is_role(words[k]) or words[k].lower().rstrip(".") in _TITLES):
        k += 1
    rest = words[k:]
    if not all(w[:1].isupper() for w in rest):
        return name  # "Sprecherin des Umweltamts" is a description, not a titled name
    return " ".join(rest)
