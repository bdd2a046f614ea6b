"""Stage 3a, relative antecedents across a prepositional phrase: in "Der Veranstalter
informierte die Botschaft in Sanaa, die erklärte, …" the relative clause belongs to "die
Botschaft", not to the place inside its prepositional phrase (the speaker was "Sanaa"). The
relative pronoun's gender and number must fit the article of the phrase it refers to.
"""

from __future__ import annotations

# articles (any case) a phrase can have when a subject relative pronoun refers to it
RELATIVE_ARTICLES: dict[str, frozenset[str]] = {
    "der": frozenset({"der", "den", "dem", "des", "ein", "einen", "einem", "eines"}),
    "welcher": frozenset({"der", "den", "dem", "des", "ein", "einen", "einem", "eines"}),
    "die": frozenset({"die", "der", "den", "eine", "einer"}),
    "welche": frozenset({"die", "der", "den", "eine", "einer"}),
    "das": frozenset({"das", "dem", "des", "ein", "einem", "eines"}),
    "welches": frozenset({"das", "dem", "des", "ein", "einem", "eines"}),
}


def agrees_with_relative(relative: str, article: str) -> bool:
    """Whether a phrase opened by `article` can be what the relative pronoun refers to
    ("die" fits "die Botschaft", not "den Minister"); unknown words never agree."""
    fits = RELATIVE_ARTICLES.get(relative.lower())
    return fits is not None and article.lower() in fits


def inside_prepositional_phrase(texts: list[str], start: int, prepositions: frozenset[str]) -> bool:
    """Whether a phrase starting at `start` is the object of a preposition ("in Sanaa")."""
    return start > 0 and texts[start - 1].lower() in prepositions


def dative_relative(relative: str, article: str | None, gender: str | None) -> bool:
    """Whether a relative "der" cannot be the subject of its clause: after a phrase opened
    by "die"/"eine" (feminine or plural) or a woman's name, "der" is the dative or genitive
    ("Anna Berg, der der Minister widerspricht"): the minister speaks, not Anna Berg."""
    if relative.lower() != "der":
        return False
    return (article or "").lower() in ("die", "eine") or gender == "f"
