"""Roles and organisation names in their citation form (nominative singular, no article).

Speakers are found in any grammatical case ("laut dem südkoreanischen Geheimdienst", "nach
Angaben des US-Verteidigungsministers"), but a reader, the speaker index and the chat answers
want one form per role: "US-Verteidigungsminister", "südkoreanischer Geheimdienst". Without a
morphological analyser this is a small rule set: the article tells the case (and often the
gender), the noun's suffix tells the gender otherwise, and everything after the head noun (a
genitive attribute such as "der Nato") is kept as written.
"""

from __future__ import annotations

from bot.nlp.lexicons import words

ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"}
)
# Articles after which the head noun is not in the nominative (so genitive/weak endings go).
_OBLIQUE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
_NEUTER_SUFFIXES = (
    "ium",
    "amt",
    "ment",
    "tum",
    "chen",
    "werk",
    "büro",
    "gericht",
    "haus",
    "institut",
    "militär",
    "kommando",
    "zentrum",
    "komitee",
    "kabinett",
    "regime",
    "gremium",
    "bündnis",
    "kollegium",
    "blatt",
    "magazin",
    "portal",
    "netzwerk",
    "team",
    "land",
    "kreuz",
    # documents and findings cited after "laut" ("laut vorläufigem Ergebnis")
    "ergebnis",
    "endergebnis",
    "gutachten",
    "papier",
    "protokoll",
    "urteil",
    "gesetz",
    "schreiben",
)
_FEMININE_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "ion",
    "tät",
    "behörde",
    "polizei",
    "armee",
    "agentur",
    "partei",
    "ik",
    "ur",
    "ie",
    "bank",
    "zeitung",
    "marine",
    "luftwaffe",
    "union",
    "allianz",
    "kammer",
    "gruppe",
    "stelle",
    "organisation",
    "staatsanwaltschaft",
    "in",
)
# Weak masculine nouns lose -en outside the nominative ("des Präsidenten" -> "Präsident").
_WEAK_EN = ("enten", "anten", "isten", "aten", "oten", "archen", "nomen", "ographen")
_WEAK_E_N = ("erten", "legen", "eugen", "ussen", "zosen", "amten")
# Head nouns that, without an article, can only be a genitive role ("Angaben des
# US-Verteidigungsministers" cut after the article); never a bare -s, which names carry.
_GENITIVE_ROLE_ENDINGS = (
    "ministers",
    "iums",
    "kanzlers",
    "sprechers",
    "direktors",
    "chefs",
    "leiters",
    "gouverneurs",
    "kommandeurs",
    "botschafters",
    "präsidenten",
)
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}
# Derivational suffixes that make a capitalised word before a noun an adjective of a name
# ("des Auswärtigen Amts", "Statistischem Bundesamt", "Kassenärztlichen Vereinigung").
_ADJECTIVE_SUFFIXES = ("isch", "ig", "lich")
# Nominalised adjectives as role heads inflect like adjectives: "der stellvertretende
# Vorsitzende" -> "stellvertretender Vorsitzender", "des Abgeordneten" -> "Abgeordnete";
# "Deutsche" is the one nationality noun declined so ("nach Ansicht der Deutschen").
_NOMINAL_ADJECTIVES = (
    "vorsitzend",
    "abgeordnet",
    "beauftragt",
    "angestellt",
    "bevollmächtigt",
    "deutsch",
)
# Adjectives written capitalised inside an organisation's name ("des Deutschen
# Wetterdienstes", "des Roten Kreuzes"): inflected like any adjective, so the citation form
# must re-inflect them ("Deutscher Wetterdienst", "Rotes Kreuz"). Stems, compared exactly.
_NAME_ADJECTIVES = frozenset(
    {"deutsch", "rot", "grün", "schwarz", "blau", "neu", "frei", "christlich", "sozial",
     "evangelisch", "katholisch", "hoh", "oberst", "vereint", "vereinigt", "ehemalig",
     "stellvertretend", "weiß", "gemeinsam", "zentral", "national", "international",
     "europäisch", "bayerisch", "sächsisch", "hessisch", "thüringisch", "badisch",
     "saarländisch", "rheinisch", "westfälisch", "niedersächsisch", "kassenärztlich"}
)  # fmt: skip


def _gender_by_suffix(noun: str) -> str:
    low = noun.lower()
    if low.endswith("innen"):
        return "f"
    if low.endswith(_NEUTER_SUFFIXES):
        return "n"
    if low.endswith(_FEMININE_SUFFIXES) and not low.endswith(("chin", "lin")):
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
    return stem.endswith(_ADJECTIVE_SUFFIXES) or stem in _NAME_ADJECTIVES


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
    if low.endswith(_WEAK_EN):
        return noun[:-2]
    if low.endswith(_WEAK_E_N):
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
    if not art and not adjectives and head.lower().endswith(_GENITIVE_ROLE_ENDINGS):
        oblique = True  # "US-Verteidigungsministers" cut from "des US-Verteidigungsministers"
    nominative_head = _head_nominative(head, oblique)
    if nominative_head == head and art == "den":
        nominative_head = _plural_nominative(head)  # "den Beobachtern" -> "Beobachter"
    ending = _STRONG_ENDING[_gender(nominative_head, art, adjectives)]
    if not art:
        return _article_less(adjectives, head, nominative_head, rest)
    if art in ("die", "der") and adjectives and adjectives[-1].endswith("en"):
        ending = "e"  # feminine oblique or plural: "der ukrainischen Regierung"
    plural = not head.lower().endswith(_SINGULAR_ERN)
    if art == "den" and nominative_head == head and head.endswith("n") and plural:
        ending = "e"  # dative plural: "den westlichen Diensten"
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
        return " ".join([*_inflected(adjectives, _plural_nominative(head), "e"), *rest])
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
        and head.lower().endswith(_DATIVE_PLURAL_ENDINGS)
    )


_DATIVE_PLURAL_ENDINGS = (
    "ien",
    "ern",
    "eln",
    "innen",
    "ungen",
    "heiten",
    "keiten",
    "örden",
    "ellen",
)


# singular heads that only look like an "-ern" dative plural ("den Konzern")
_SINGULAR_ERN = tuple(words("speaker_singular_ern_heads.txt"))


def _plural_nominative(head: str) -> str:
    """The nominative plural of a dative plural head: "Beobachtern" -> "Beobachter". A
    singular that ends alike ("den Konzern", an accusative) stays as it is."""
    if head.lower().endswith(_SINGULAR_ERN):
        return head
    long_enough = len(head) > 6  # "Eltern" is a nominative plural already
    return head[:-1] if long_enough and head.lower().endswith(("ern", "eln")) else head


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
    if _adjective_stem(head).lower().endswith(_NOMINAL_ADJECTIVES):
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
