"""Language data of the extraction rules, kept as data files beside this module.

Each file is one concept (cue acts, non-speaker heads, ...): adding a case is a line in a file
plus a test, not a new branch. Files are read when a component is built, never at import.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of lexicon `name`, without blank lines and `#` comments. A row
    written with "ß" is followed by its Swiss spelling (`swiss`), so that every lookup in a
    lexicon also finds "heisst", "äusserte", "Strasse" in Swiss articles; a lemma read off
    such a row is spelt the Swiss way too, and the cue lexicon maps it back (bot/nlp/cues.py)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            cells = [cell.strip() for cell in line.split("\t")]
            out.append(cells)
            if "ß" in line:
                out.append([swiss(cell) for cell in cells])
    return out


def swiss(text: str) -> str:
    """`text` in Swiss spelling, which writes "ss" for every "ß" ("heißt" -> "heisst",
    "gemäß" -> "gemäss"). Only this direction is unambiguous: "ss" is also standard German
    ("muss", "Prozess"), so lexicons hold both spellings instead of words being respelt."""
    return text.replace("ß", "ss").replace("ẞ", "SS")


def words(name: str) -> frozenset[str]:
    """The first column of lexicon `name`, lower-cased: a word list."""
    return frozenset(r[0].lower() for r in rows(name))


@cache
def lead_skip_words() -> frozenset[str]:
    """Words at a clause start before its subject ("Auch die Regierung sagte", "Zudem
    erklärte X"; quote_lead_skip.txt): the quote and the figure rules skip the same words,
    so both read them here, once."""
    return words("quote_lead_skip.txt")


@cache
def negation_words(*classes: str) -> frozenset[str]:
    """The negation words of the given word classes (negation_words.tsv: "adverb" "nicht",
    "pronoun" "nichts", "determiner" "kein", "conjunction" "weder"), read once per set of
    classes."""
    return frozenset(word for word, kind in rows("negation_words.tsv") if kind in classes)


def fraction_denominators() -> dict[str, int]:
    """Fraction noun -> denominator (figure_fractions.tsv): "Drittel" -> 3. The figures read a
    share written as a word with it, and the replies show a stored share as those words."""
    return {noun: int(d) for noun, d in rows("figure_fractions.tsv")}
