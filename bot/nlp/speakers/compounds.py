"""The source a compound report noun names in its first part ("Polizeiangaben",
"Firmenangaben", "Regierungsangaben"): the part as the noun it is, without the linking
element German puts between the parts. Read as written, "nach Firmenangaben" gave the
speaker "Firmen" and "nach Regierungsangaben" "Regierungs", names no reader (and no gold
annotation) uses for the company or the government."""

from __future__ import annotations

from functools import cache

from bot.nlp.lemma_lookup import Lemmatize, table_lemmatize
from bot.nlp.lexicons import words


@cache
def _linking_s_endings() -> tuple[str, ...]:
    return tuple(sorted(words("speaker_compound_links.txt")))


def compound_part_noun(part: str, lemmatize: Lemmatize | None = None) -> str:
    """The noun of a compound's first part: a linking "s" after a feminine suffix goes
    ("Regierungs" -> "Regierung"); so does one the lemma table confirms ("Unternehmens" ->
    "Unternehmen", "Vereins" -> "Verein"), and the "-en" of a noun in "-a" ("Firmen" ->
    "Firma"). A plural stays a plural ("Behörden", "Medien", "Experten": many speak)."""
    if len(part) < 4:
        return part
    low = part.lower()
    if low.endswith("s") and low[:-1].endswith(_linking_s_endings()):
        return part[:-1]
    lemma = (lemmatize or table_lemmatize())(part)
    if not lemma or not lemma[:1].isupper():
        return part
    if part == lemma + "s" or (lemma.endswith("a") and part == lemma[:-1] + "en"):
        return lemma
    return part
