"""Roles and organisation names in their citation form (nominative singular, no article).

Speakers are found in any grammatical case ("laut dem südkoreanischen Geheimdienst", "nach
Angaben des US-Verteidigungsministers"), but a reader, the speaker index and the chat answers
want one form per role: "US-Verteidigungsminister", "südkoreanischer Geheimdienst". Without a
morphological analyser this is a small rule set: the article tells the case (and often the
gender), the noun's suffix tells the gender otherwise, and everything after the head noun (a
genitive attribute such as "der Nato") is kept as written.
"""

from __future__ import annotations

from functools import cache

from bot.nlp.lexicons import rows, words
from bot.nlp.plurals import nominative_plural

ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"}
)
# Articles after which the head noun is not in the nominative (so genitive/weak endings go).
_OBLIQUE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}


@cache
def _endings(kind: str) -> tuple[str, ...]:
    """The endings (or, for "name_adjective", the stems) of one class of
    role_citation_forms.tsv: "neuter", "feminine", "weak_en", "weak_e_n", "genitive_role",
    "nominal_adjective", "name_adjective", "dative_plural"."""
    return tuple(word for word, cls in rows("role_citation_forms.tsv") if cls == kind)


# Derivational suffixes that make a capitalised word before a noun an adjective of a name
# ("des Auswärtigen Amts", "Statistischem Bundesamt", "Kassenärztlichen Vereinigung").
_ADJECTIVE_SUFFIXES = ("isch", "ig", "lich")


def _gender_by_suffix(noun: str) -> str:
    low = noun.lower()
    if low.endswith("innen"):
        return "f"
    if low.endswith(_endings("neuter")):
        return "n"
    if low.endswith(_endings("feminine")) and not low.endswith(("chin", "lin")):
        return "f"
    return "m"


def _is_adjective(word: str, following: list[str]) -> bool:
    """Attributive adjectives before the head noun: written in lower case ("ukrainische"), or
    capitalised as part of a name or at the start of a speaker ("Südkoreanische", "Weißen").
    A capitalised one needs a noun after it: "Verantwortlichen des Ministeriums" is a
    nominalised adjective with a genitive, not an adjective before "des"."""
    if not following or not word.lower().endswith(_ADJ_ENDINGS) or word.lower() in ARTICLES:
        return False
    if word[:1].islower():
        return True
    if not following[0][:1].isupper():
        return False
    low = word.lower()
    stem = _adjective_stem(low)
    return stem.endswith(_ADJECTIVE_SUFFIXES) or stem in _endings("name_adjective")


def _adjective_stem(word: str) -> str:
    for ending in _ADJ_ENDINGS:
        if word.lower().endswith(ending):
            return word[: -len(ending)]
    return word


def _head_nominative(noun: str, oblique: bool) -> str:
    """Drop a genitive -s/-es or a weak -en/-n from the head noun in an oblique case."""
    if not oblique or noun[-1:] == "-":
        return noun
    low = noun.lower()
    if low.endswith(_endings("weak_en")):
        return noun[:-2]
    if low.endswith(_endings("weak_e_n")):
        return noun[:-1]  # "des Experten" -> "Experte"
    if (
        low.endswith(("ses", "tes", "ges", "des", "ches", "fes", "kes", "les", "res", "zes"))
        and len(low) >= 5
    ):
        stem = noun[:-2]
        if stem.lower().endswith(("ss", "st", "t", "g", "d", "ch", "f", "k", "l", "r", "s", "z")):
            return stem  # "Geheimdienstes" -> "Geheimdienst", "Hauses" -> "Haus"
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "as", "os")):
        return noun[:-1]  # "Ministers" -> "Minister", "Ministeriums" -> "Ministerium"
    if low.endswith(("ums", "ors", "ers")):
        return noun[:-1]
    return noun


def nominative(phrase: str | None, article: str | None = None) -> str | None:
    """The citation form of a role or organisation phrase.

    `article` is the article that stood before the phrase in the text, when the phrase itself
    no longer has it ("des" for "US-Verteidigungsministers"). Without any article the phrase
    is taken as nominative, except for a head noun with an unmistakable genitive role ending
    ("-ministers", "-iums", "-sprechers")."""
    if not phrase:
        return phrase
    words = phrase.split()
    if words and words[0].lower() in ARTICLES:
        article = words[0].lower()
        words = words[1:]
    if not words:
        return phrase
    if any(w.lower() in ("und", "oder", "sowie") or w.endswith(",") for w in words):
        return " ".join(words)  # coordinated or listed: leave as written
    h = 0
    while h < len(words) and _is_adjective(words[h], words[h + 1 : h + 2]):
        h += 1
    if h >= len(words):
        return " ".join(words)
    adjectives, head, rest = words[:h], words[h], words[h + 1 :]
    art = (article or "").lower() or _implied_article(adjectives, head)
    oblique = art in _OBLIQUE or (
        art == "der" and bool(adjectives) and adjectives[-1].endswith("en")
    )
    if not art and not adjectives and head.lower().endswith(_endings("genitive_role")):
        oblique = True  # "US-Verteidigungsministers" cut from "des US-Verteidigungsministers"
    nominative_head = _head_nominative(head, oblique)
    # "den" before a head in "-n" that is no singular ("den Konzern"): a dative plural
    dative_plural = (
        art == "den"
        and nominative_head == head
        and head.endswith("n")
        and not head.lower().endswith(_singular_ern())
    )
    if dative_plural:
        nominative_head = nominative_plural(head)  # "den Beobachtern" -> "Beobachter"
    ending = _STRONG_ENDING[_gender(nominative_head, art, adjectives)]
    if not art:
        return _article_less(adjectives, head, nominative_head, rest)
    if dative_plural or (art in ("die", "der") and adjectives and adjectives[-1].endswith("en")):
        ending = "e"  # plural or feminine oblique: "den westlichen Diensten", "der … Regierung"
    return " ".join([*_inflected(adjectives, nominative_head, ending), *rest])


def _gender(head: str, art: str, adjectives: list[str]) -> str:
    """The head's gender by its suffix, corrected by the article that stood before it."""
    gender = _gender_by_suffix(head)
    if art == "das":
        gender = "n"
    elif art == "die" and gender == "m":
        gender = "f"
    elif art in ("dem", "des", "einem", "eines") and gender == "f":
        gender = "m"
    if art in ("der", "einer") and adjectives and adjectives[-1].endswith("en"):
        gender = "f" if gender != "n" else gender  # "der ukrainischen Regierung"
    return gender


def _article_less(adjectives: list[str], head: str, nominative_head: str, rest: list[str]) -> str:
    """A phrase without an article: already strong (or plural), unless it is a dative plural
    ("laut israelischen Medien", "politischen Beobachtern zufolge" -> "israelische Medien",
    "politische Beobachter")."""
    if _dative_plural(adjectives, head):
        return " ".join([*_inflected(adjectives, nominative_plural(head), "e"), *rest])
    if adjectives and all(a.endswith("em") for a in adjectives):
        # a strong dative singular ("laut Auswärtigem Amt", "Deutschem Wetterdienst zufolge"):
        # masculine or neuter, told by the head
        ending = _STRONG_ENDING["n" if _gender_by_suffix(head) == "n" else "m"]
        return " ".join([*_inflected(adjectives, head, ending), *rest])
    if adjectives and all(a.endswith("er") for a in adjectives) and _gender_by_suffix(head) == "f":
        # a strong dative singular of a feminine head ("laut jüngster Meldung")
        return " ".join([*_inflected(adjectives, head, _STRONG_ENDING["f"]), *rest])
    return " ".join([*adjectives, nominative_head, *rest])


def _dative_plural(adjectives: list[str], head: str) -> bool:
    """Article-less "-en" adjectives before a head with a plural ending: a dative plural
    ("israelischen Medien", "politischen Beobachtern", "gut unterrichteten Kreisen"). Heads
    that may be a weak singular ("Experten", "Präsidenten") are left alone."""
    return (
        bool(adjectives)
        and all(a.lower().endswith("en") for a in adjectives)
        and head.lower().endswith(_endings("dative_plural"))
    )


# singular heads that only look like an "-ern" dative plural ("den Konzern")
@cache
def _singular_ern() -> tuple[str, ...]:
    return tuple(words("speaker_singular_ern_heads.txt"))


def _implied_article(adjectives: list[str], head: str) -> str:
    """ "des" for a phrase cut after its genitive article ("Angaben des | Roten Kreuzes"):
    weak -en adjectives before a head with a genitive -s. Empty otherwise."""
    low = head.lower()
    genitive = low.endswith("s") and not low.endswith(("ss", "us", "is", "as", "os"))
    weak = bool(adjectives) and all(a.endswith("en") for a in adjectives)
    return "des" if weak and genitive else ""


def _inflected(adjectives: list[str], head: str, ending: str) -> list[str]:
    """Adjectives with the strong ending, then the head. A nominalised adjective head agrees
    with its adjectives ("stellvertretender Vorsitzender"); alone it keeps the form the
    text's "der Vorsitzende" has, so "des Vorsitzenden" reads "Vorsitzende" too."""
    out = [_adjective_stem(a) + ending for a in adjectives]
    if _adjective_stem(head).lower().endswith(_endings("nominal_adjective")):
        head = _adjective_stem(head) + (ending if adjectives else "e")
    return [*out, head]


def leading_article(mention: str | None, phrase: str | None) -> str | None:
    """The article in `mention` right before where `phrase` starts ("des" for the role
    "US-Verteidigungsministers" in "des US-Verteidigungsministers Lloyd Austin")."""
    if not mention or not phrase:
        return None
    words = mention.split()
    first = phrase.split()[0].lower()
    for k in range(1, len(words)):
        if words[k].lower() == first and words[k - 1].lower() in ARTICLES:
            return words[k - 1].lower()
    return None
