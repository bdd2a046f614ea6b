"""Unnamed groups after an according-to preposition: "Laut Lesern sind 100 Menschen
betroffen", "laut Experten", "laut Anwohnern". A bare common noun for people names nobody:
the source is anonymous with the noun as its description (DESIGN: an unnamed speaker is
"anonymous" with its description in speaker_role), while a surname ("laut Müller"), an
organisation ("laut Polizei", "laut Bundesamt") and a bare office ("laut Staatsanwalt", the
one holder of it) stay as they are."""

from __future__ import annotations

from collections.abc import Container

from bot.nlp.speakers import is_org, is_role
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.lexicon import NAMED_ROLE_SUFFIXES


def unnamed_group(
    word: str,
    person_nouns: Container[str],
    unnamed_heads: tuple[str, ...],
    surnames: Container[str],
) -> str | None:
    """The description of the unnamed people a bare noun after "laut" stands for, or None
    when it may name somebody. A dative plural of a role or person noun ("Experten",
    "Zeugen", "Anwohnern", "Lesern") is a group nobody named; in the singular only a noun of
    the unnamed-source lexicon (`quote_unnamed_heads.txt`: "Leser", "Insider") is, since a
    bare singular is mostly one definite party ("laut Hersteller", "laut Anklage"). A word
    the article introduced as a surname, a given name, an organisation, and a person noun
    that is also a common surname ("Bauer", "Koch": the `before_name` lines of
    speaker_role_suffixes.txt) may be a name: kept."""
    if not (word[:1].isupper() and word.isalpha()) or word in surnames or is_first_name(word):
        return None
    low = word.lower()
    if is_org(word) or low in NAMED_ROLE_SUFFIXES:
        return None
    if low.endswith(unnamed_heads):
        return word  # "Leser", "Insider", "Quellen"
    if low.endswith("ern") and low[:-1].endswith(unnamed_heads):
        return word[:-1]  # dative plural: "Lesern" -> "Leser", "Insidern" -> "Insider"
    person = low.endswith("ern") and low[:-1] in person_nouns
    if low.endswith(("ern", "innen")) and (person or is_role(word)):
        return word[:-1] if low.endswith("ern") else word  # "Anwohnern" -> "Anwohner"
    if low.endswith("en") and is_role(word):
        return word  # weak plural: "Experten", "Zeugen", "Diplomaten"
    return None
