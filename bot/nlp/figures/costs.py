"""Amounts a verb names ("Die Einigung koste das Unternehmen 45 Millionen Euro"): the figure
measures the cost of the clause's subject ("Kosten der Einigung"), never the subject itself
nor the one who pays ("das Unternehmen"). Pure functions over a sentence's tokens."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from bot.nlp.figures.words import is_adjective

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_measure_verbs.tsv"

# Article of the subject (nominative) -> its genitive, and whether the noun takes "-s".
_GENITIVE: dict[str, tuple[str, bool]] = {
    "die": ("der", False),
    "der": ("des", True),
    "das": ("des", True),
    "ein": ("eines", True),
    "eine": ("einer", False),
    "jeder": ("jedes", True),
    "jedes": ("jedes", True),
    "jede": ("jeder", False),
    "dieser": ("dieses", True),
    "dieses": ("dieses", True),
    "diese": ("dieser", False),
}
_SIBILANTS = ("s", "ß", "x", "z")
_OPENERS = frozenset({"„", '"', "»", "«", "“"})  # the subject opens the sentence or a quote
_MAX_ADJECTIVES = 2


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def measure_verbs() -> dict[str, str]:
    """Verb form -> the noun its amount measures ("koste" -> "Kosten"), read once."""
    lines = _LEXICON.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return {r[0]: r[1] for r in rows}


def _genitive_noun(noun: str) -> str:
    """ "Streik" -> "Streiks", "Prozess" -> "Prozesses"; nouns already in -s stay."""
    if noun.endswith(("ss", "ß", "x", "z")):
        return noun + "es"
    if noun.endswith(_SIBILANTS):
        return noun
    return noun + "s"


def genitive_phrase(words: Sequence[str]) -> str | None:
    """ "Die Einigung" -> "der Einigung", "Der neue Streik" -> "des neuen Streiks"; None when
    the phrase does not start with an article whose genitive is known."""
    if len(words) < 2 or len(words) > _MAX_ADJECTIVES + 2:
        return None
    found = _GENITIVE.get(words[0].lower())
    if found is None:
        return None
    article, s_ending = found
    *adjectives, noun = words[1:]
    if not noun[:1].isupper() or not all(is_adjective(a) for a in adjectives):
        return None
    adjs = [a + "n" if a.endswith("e") else a for a in adjectives]
    return " ".join([article, *adjs, _genitive_noun(noun) if s_ending else noun])


def measured_by_verb(toks: Sequence[_HasText], a: int, b: int) -> tuple[str, int] | None:
    """("Kosten der Einigung", index after "Einigung") when the clause [a, b) holds a measure
    verb ("koste") and opens with its subject ("Die Einigung"); None otherwise. The caller
    adds the subject's attachments ("Kosten der Reparatur der Brücke")."""
    while a > 1 and toks[a - 1].text in _COORDINATORS and toks[a - 2].text[:1].isupper():
        a -= 2  # "Fahrerinnen und Fahrer verdienen": the clause opens with both
    if a > 0 and toks[a - 1].text not in _OPENERS:
        return None  # "…, das den Staat 5 Millionen kostet", "… und der Krise geschnürte …"
    verbs = measure_verbs()
    noun = next((verbs[t.text] for t in toks[a:b] if t.text in verbs), None)  # not "Kosten"
    if noun is None:
        return None
    words: list[str] = []
    for t in toks[a : min(b, a + _MAX_ADJECTIVES + 2)]:
        words.append(t.text)
        if t.text[:1].isupper() and len(words) > 1:
            break
    genitive = genitive_phrase(words)
    if genitive is None and (plural := bare_plural(toks, a, b)) is not None:
        return f"{noun} der {' '.join(plural)}", a + len(plural)
    return (f"{noun} {genitive}", a + len(words)) if genitive else None


_COORDINATORS = frozenset({"und", "oder"})
_MAX_PLURAL = 3  # "Fahrerinnen und Fahrer", "Angestellte in Kliniken" is no bare plural


def bare_plural(toks: Sequence[_HasText], a: int, b: int) -> list[str] | None:
    """The nouns of a subject without article right before a plural measure verb
    ("Fahrerinnen und Fahrer verdienen 2.900 Euro", "Pflegekräfte verdienten"): a plural
    group, whose genitive takes "der" ("Verdienst der Fahrerinnen und Fahrer"). None when the
    clause does not open with such nouns or the verb is singular ("Siemens verdient")."""
    verb = next((k for k in range(a, b) if toks[k].text in measure_verbs()), None)
    if verb is None or verb == a or verb - a > _MAX_PLURAL or not toks[verb].text.endswith("en"):
        return None
    words = [t.text for t in toks[a:verb]]
    nouns = words[::2]
    if not all(w[:1].isupper() and w.isalpha() for w in nouns) or any(
        w not in _COORDINATORS for w in words[1::2]
    ):
        return None
    return words
