"""The grammatical gender a role phrase gives the person it names, so that a later "er" or
"sie" (or "die 45-Jährige") finds that person. Pure functions over words: the entity
registry asks them for every person it records."""

from __future__ import annotations

from functools import cache

from bot.nlp.lexicons import rows
from bot.nlp.speakers.lexicon import EPICENE_ROLE_SUFFIXES
from bot.nlp.speakers.word_classes import is_role

# articles that mark a singular feminine role: "die Abgeordnete", "eine Vorsitzende"
_FEMININE_ARTICLES = frozenset({"die", "eine"})


def role_head(role: str) -> str:
    """The role noun of a role phrase: "Sprecherin" in "innenpolitische Sprecherin der
    FDP", not the adjective before it; the first word when none is a role noun."""
    words = role.split()
    return next((w for w in words if w[:1].isupper() and is_role(w)), words[0])


def role_gender(role: str | None, article: str | None = None) -> str | None:
    """ "f" or "m" for a person's role phrase, None without one. A feminine suffix
    ("-in", "-frau") or a feminine article before a nominalised adjective ("die
    Abgeordnete", "die Vorsitzende") makes "f"; any other singular role is "m"."""
    if not role or not role.split():
        return None
    head = role_head(role).lower()
    if head.endswith(EPICENE_ROLE_SUFFIXES):
        # "Fraktionsvize Anna Berg": only the article tells, else her given name does
        return {"der": "m", "ein": "m", "die": "f", "eine": "f"}.get(article or "")
    if head.endswith(("in", "innen")) and not head.endswith(("chin", "lin")):
        return "f"
    if head.endswith(("frau", "dame")):
        return "f"
    if article in _FEMININE_ARTICLES and head.endswith("e"):
        return "f"
    return "m"


@cache
def _first_names() -> dict[str, str]:
    """Given name -> "f" / "m" (lexicon `speaker_first_names.tsv`), read on first use."""
    return {r[0]: r[1] for r in rows("speaker_first_names.tsv") if len(r) > 1}


def first_name_gender(name: str) -> str | None:
    """ "f" or "m" from the first word of a full name ("Anna Berg" -> f), None for a single
    word (a surname tells nothing) or a given name the lexicon does not hold: a person
    named without a role noun still has a gender for a later "sie" or "die 45-Jährige"."""
    words = name.split()
    if len(words) < 2:
        return None
    return _first_names().get(words[0])


def is_first_name(word: str) -> bool:
    """Whether `word` is a given name of the lexicon ("Anna", "Peter")."""
    return word in _first_names()
