"""Word classes of single tokens without a tagger: role noun, organisation, capitalised name
word, attributive adjective.

blank("de") has no tagger, and every German noun is capitalised, so a name is told from a
noun by position (after a role noun, or without an article) and by the role / organisation
endings in the lexicons."""

from __future__ import annotations

from functools import lru_cache

from bot.nlp.speakers.lexicon import (
    NAME_PARTICLES,
    NON_SPEAKERS,
    NOT_ADJECTIVES,
    ORG_NAMES,
    ORG_SUFFIXES,
    ROLE_SUFFIXES,
    THING_HEADS,
)

# The quote rules ask these of every capitalised word of every sentence (100k calls per 1,000
# articles); a word's class depends only on the word and the fixed lexicons, so it is memoised.
WORD_CACHE = 1 << 16

# endings of capitalised adjectives in names: "Deutsche", "Nationalen", "Oberste"
_CAP_ADJ_ENDINGS = (
    "ische",
    "ischen",
    "liche",
    "lichen",
    "ige",
    "igen",
    "ale",
    "alen",
    "ere",
    "eren",
    "ste",
    "sten",
)


def _base(word: str) -> str:
    """The last part of a hyphenated compound, lower-cased: "US-Außenminister" → "außenminister"."""
    return word.rsplit("-", 1)[-1].lower()


@lru_cache(maxsize=WORD_CACHE)
def is_role(word: str) -> bool:
    """A role noun ("Sprecherin", "US-Außenminister"), also inflected ("Kritikern", "Beamten",
    "Sprechers")."""
    b = _base(word)
    if b.endswith(ROLE_SUFFIXES) or word.lower().endswith(ROLE_SUFFIXES):
        return True
    for cut in ("n", "s", "en"):
        if b.endswith(cut) and b[: -len(cut)].endswith(ROLE_SUFFIXES):
            return True
    return _feminine_of_role(b)


def _feminine_of_role(base: str) -> bool:
    """ "Mitarbeiterin", "Mitarbeiterinnen", "Sprecherinnen": the feminine singular or plural
    of a role noun is a role too, as the masculine is, so that "Mitarbeiterinnen und
    Mitarbeiter" is a coordinated subject and not a misparse. Only the masculine stem is
    listed for most roles; an umlauted stem ("Ärztin") needs its own lexicon line."""
    if base.endswith("innen"):
        stem = base[:-5]
        return (stem + "in").endswith(ROLE_SUFFIXES) or stem.endswith(ROLE_SUFFIXES)
    return base.endswith("in") and base[:-2].endswith(ROLE_SUFFIXES)


@lru_cache(maxsize=WORD_CACHE)
def is_org(word: str) -> bool:
    """An organisation, medium or state speaking as an institution ("Innenministerium",
    "Nato", "Moskau"), also plural and genitive ("Gewerkschaften", "Ministeriums")."""
    low = word.lower()
    b = _base(word)
    if low in ORG_NAMES or b in ORG_NAMES or b.endswith(ORG_SUFFIXES):
        return True
    return any(
        b.endswith(cut) and b[: -len(cut)].endswith(ORG_SUFFIXES) for cut in ("en", "n", "s")
    )


@lru_cache(maxsize=WORD_CACHE)
def is_cap(word: str) -> bool:
    """A word that can be part of a name run: capitalised and no clause opener, an age noun
    ("39-Jährige"), a broadcaster ("n24") or an Arabic name with its particle ("al-Mussawi")."""
    c = word[:1]
    if c.isdigit():  # "der 39-Jährige"
        head, _, rest = word.partition("-")
        return head.isdigit() and rest[:1].isupper()
    if c.islower() and any(ch.isdigit() for ch in word) and word[-1:].isdigit():
        return True  # broadcaster names such as "n24"
    if c.islower() and "-" in word[1:4]:
        head, _, rest = word.partition("-")
        if head in NAME_PARTICLES and rest[:1].isupper():
            return True  # "al-Mussawi", "el-Baradei"
        if _short_brand(word):
            return True  # "n-tv"
    if c.islower() and "-" in word:
        return acronym_compound(word)  # "verdi-Verhandlungsführer"
    return c.isupper() and word.lower() not in NON_SPEAKERS


def acronym_compound(word: str) -> bool:
    """A compound noun opened by a lower-case acronym or brand ("verdi-Verhandlungsführer",
    "dpa-Korrespondent", "taz-Reporterin"): its last part is a capitalised noun, so the
    whole word is one, as the spelling shows ("pro-russischen" is an adjective)."""
    head, _, last = word.rpartition("-")
    return head.replace("-", "").isalnum() and last[:1].isupper() and last.isalpha()


def _short_brand(word: str) -> bool:
    """A lower-case broadcaster or brand written with a hyphen between short letter groups
    ("n-tv"): part of a name run like "n24"."""
    parts = word.split("-")
    return len(parts) == 2 and all(1 <= len(p) <= 2 and p.isalpha() for p in parts)


@lru_cache(maxsize=WORD_CACHE)
def is_thing(word: str) -> bool:
    """A noun that never speaks, also as the end of a compound of at least six letters
    ("Amtsübernahme", "Luftangriff"): a chunked phrase with such a head is a misparse (an
    adverbial or object before the cue), so the chunker rejects it and the clause rules
    look further."""
    base = _base(word)
    return base in THING_HEADS or any(base[i:] in THING_HEADS for i in range(1, len(base) - 5))


def thing_compound(word: str) -> bool:
    """A compound ending in a thing noun ("Angriffsauftrag", "Amtsübernahme") but not the
    noun itself, so that a surname such as "Brand" in "Lea Brand" stays a name."""
    base = _base(word)
    return base not in THING_HEADS and is_thing(word)


@lru_cache(maxsize=WORD_CACHE)
def is_adj(word: str) -> bool:
    """An inflected attributive adjective: "britische", "US-amerikanische", and an age or
    measure compound with digits ("der 33-jährige Buffon", "die 61-jährige Ministerin")."""
    if "-" in word and (word[:1].isdigit() or word[:1].isupper()):
        # "33-jährige", "US-amerikanische": the part after the hyphen inflects
        word = word.rsplit("-", 1)[1]
    return (
        word[:1].islower()
        and word.replace("-", "").isalpha()
        and word.endswith(("e", "en", "er", "es", "em"))
        and word not in NOT_ADJECTIVES
    )


@lru_cache(maxsize=WORD_CACHE)
def is_cap_adj(word: str) -> bool:
    """A capitalised adjective at a phrase start ("Russische und ukrainische Medien")."""
    return word[:1].isupper() and word.lower().endswith(_CAP_ADJ_ENDINGS)
