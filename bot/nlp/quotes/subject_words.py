"""Stage 3a, word tests: pure checks on the words around a subject candidate (does a
phrase close its clause, continue a prepositional phrase, head a fronted object, name a time
instead of somebody?), shared by the subject readers in subject_*.py and clause_sources.py.
"""

from __future__ import annotations

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.quotes.grammar import (
    MID_NP,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
)
from bot.nlp.speakers import NP, POSSESSIVE, is_adj, is_org, is_role

# forms of "sein" that make a pluperfect passive with "worden"
SEIN = frozenset({"war", "ist", "sei", "wäre", "waren", "sind"})
# genitive relative / demonstrative pronouns that open a phrase about a possessed thing
GENITIVE_RELS = frozenset({"deren", "dessen"})
# articles that open a subject with an extended attribute ("die in Rom geborene Sängerin")
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# dative and accusative demonstratives: like an oblique article they open an object ("Diesen
# Vorwurf wies die Ministerin zurück"), never the subject
OBLIQUE_DEMONSTRATIVES = frozenset({"diesen", "diesem", "jenen", "jenem"})
# endings of inflected attributive adjectives inside an apposition ("aus dem rechten Lager")
INSERTION_ENDINGS = ("e", "en", "em", "er", "es")


def closes(texts: list[str], k: int) -> bool:
    """Whether a phrase ending at `k` ends its clause (a comma, colon or the sentence end)."""
    return k >= len(texts) or texts[k] in (",", ":", ";", ".", "!", "?")


def inside_phrase(texts: list[str], a: int, s: int) -> bool:
    """Whether the word at `s` continues a prepositional or noun phrase (right after a
    preposition, an oblique article or a possessive), or heads a fronted object."""
    prev = texts[s - 1].lower()
    return prev in MID_NP or prev in POSSESSIVE or (s > a and in_fronted_object(texts, a, s))


def in_fronted_object(texts: list[str], a: int, s: int) -> bool:
    """Whether the word at `s` is the head of an oblique article phrase that opens the clause
    at `a`, across its lower-case adjectives: in "Den prozentualen Anstieg der Straftaten
    bezifferte die Behörde auf …" the fronted object's head is no subject (it was read as the
    speaker "Anstieg", an inverted attribution)."""
    k = s - 1
    while k > a and is_adj(texts[k]):
        k -= 1
    if k == a and (texts[a].lower() in OBLIQUE_ARTICLES or oblique_feminine(texts, a)):
        return True
    # "Dem Sender n-tv sagte der Experte": the name apposed to the fronted object's head
    return s - 1 > a and texts[s - 1][:1].isupper() and in_fronted_object(texts, a, s - 1)


def oblique_feminine(texts: list[str], s: int) -> bool:
    """ "Der Deutschen Presse-Agentur sagte der Minister": "der" before a capitalised
    adjective in -en and its noun is a dative or genitive (a nominative singular "der" takes
    "-e": "Der Deutsche Bauernverband"), so the phrase is a fronted object, never the
    subject."""
    return (
        s + 2 < len(texts)
        and texts[s].lower() == "der"
        and texts[s + 1][:1].isupper()
        and texts[s + 1].endswith("en")
        and texts[s + 1].isalpha()
        and is_adj(texts[s + 1].lower())
        and texts[s + 2][:1].isupper()
    )


def web_address(word: str) -> bool:
    """A medium written as its web address ("ndr.de", "spiegel.de")."""
    host, _, tld = word.rpartition(".")
    return bool(host) and tld.isalpha() and 2 <= len(tld) <= 4 and word[:1].islower()


def no_subject_word(np: NP) -> bool:
    """A one-word "name" that is a month, a weekday or a capitalised preposition ("am 19.
    August entschieden", "Aufgrund einer Warnung wurden …"): a time or a cause, never the
    subject of a cue; nor is a thing after a genitive "Deren"/"Dessen"."""
    low = np.mention.lower()
    words = low.split()
    if np.kind == "name" and words[0] in GENITIVE_RELS and len(words) > 1:
        # "Deren Haltung bezeichnete er als …": a possessed thing, not a name ("Dessen
        # Sprecher" stays: a role)
        head = np.mention.split()[-1]
        return not (is_role(head) or is_org(head))
    return (
        np.kind == "name"
        and " " not in low
        and (low in MONTHS or low in WEEKDAYS or low in PREPOSITIONS)
    )


def coordinated_in_phrase(texts: list[str], k: int, lo: int, hi: int) -> bool:
    """ "Der Sprecher des Bundesamts für Migration und Flüchtlinge sagte": the "und"/"oder"
    at `k` joins two nouns inside one prepositional phrase of the gap [lo, hi) (a
    ministry's or an agency's remit), so it coordinates no second subject or clause ("Der
    Minister und die Kanzlerin", "…, und die Partei rief …" are not)."""
    return (
        texts[k].lower() in ("und", "oder")
        and lo <= k - 2
        and k + 1 < hi
        and texts[k - 2].lower() in PREPOSITIONS
        and texts[k - 1][:1].isupper()
        and texts[k + 1][:1].isupper()
    )
