"""Language data of the extraction rules, kept as data files beside this module.

Each file is one concept (cue acts, non-speaker heads, ...): adding a case is a line in a file
plus a test, not a new branch. Files are read when a component is built, never at import.
"""

from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of lexicon `name`, without blank lines and `#` comments."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append([cell.strip() for cell in line.split("\t")])
    return out


def words(name: str) -> frozenset[str]:
    """The first column of lexicon `name`, lower-cased: a word list."""
    return frozenset(r[0].lower() for r in rows(name))


def fraction_denominators() -> dict[str, int]:
    """Fraction noun -> denominator (figure_fractions.tsv): "Drittel" -> 3. The figures read a
    share written as a word with it, and the replies show a stored share as those words."""
    return {noun: int(d) for noun, d in rows("figure_fractions.tsv")}
