"""German grammar the quote rules test words against: punctuation, articles, prepositions,
auxiliaries, subordinators, inflection endings. Closed classes that change with the language,
not with the news; the open word lists (report nouns, cue classes ...) are lexicon files
(bot/nlp/lexicons/quote_*, read by `vocabulary.py`)."""

from __future__ import annotations

from bot.nlp.speakers import INDEF, POSSESSIVE

QUOTE_CHARS = frozenset('"„“”»«‚‹›')


BOUNDARY = frozenset({",", ":", ";", "–", "—", "(", ")", "-"})


PREPOSITIONS = frozenset(
    {
        "am",
        "im",
        "in",
        "bei",
        "nach",
        "vor",
        "mit",
        "auf",
        "zum",
        "zur",
        "trotz",
        "wegen",
        "angesichts",
        "infolge",
        "seit",
        "ohne",
        "durch",
        "gegenüber",
        "neben",
        "zwischen",
        "hinter",
        "unter",
        "über",
        "für",
        "gegen",
        "um",
        "aus",
        "von",
        "vom",
        "beim",
        "inmitten",
        "während",
        "an",
        "ans",
        "innerhalb",
        "außerhalb",
        "aufgrund",
        "bis",
        "zu",
        "ab",
        "laut",
    }
)


TAIL_WORDS = frozenset(
    {"des", "der", "von", "vom", "im", "in", "aus", "für", "bei", "am", "zur", "zum"}
)


DETS_LOWER = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"}
)


DEMONSTRATIVES = frozenset({"diesem", "dieser", "diesen", "dieses", "diese", "jenem", "jener"})


MID_NP_BASE = frozenset({"des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "einen"})


FINITE_HABEN = frozenset({"hat", "hatte", "haben", "hatten"})

# finite forms of "lassen": "ließ über seinen Sprecher mitteilen, dass …" (had it said)
FINITE_LASSEN = frozenset({"lässt", "läßt", "ließ", "ließen", "lassen", "ließe"})

# finite "werden" of the future: with a clause-final infinitive cue ("Die Gewerkschaft wird
# eine Lohnerhöhung fordern") the clause reads like the perfect's. Not the hypothetical
# "würde", nor "werde", the Konjunktiv of a statement reported by another cue
FUTURE_WERDEN = frozenset({"wird", "werden"})


# conjunctions whose clause ends with its finite verb: the object stands before the cue
VERB_FINAL_OPENERS = frozenset({"dass", "weil", "obwohl", "nachdem", "während"})

# the finite auxiliary after a verb-final participle or infinitive cue ("nachdem X mehr Lehrer
# gefordert hatte", "weil X … vorgeworfen worden war" is a passive and no cue)
VERB_FINAL_AUX = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "wird"})


# endings of the attributive adjectives in source phrases ("ersten", "offiziellen",
# "chinesischen", "vorliegenden"), which finite verbs ("waren", "starben") do not share
ADJECTIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("st", "lich", "isch", "ig", "end", "ell", "al", "iert", "tigt", "er", "är")
    for ending in ("e", "en", "er", "em", "es")
)


# words opening a reported clause after the cue's comma ("sagte, dass …", "fragte, ob …")
CLAUSE_OPENERS = ("dass", "ob", "wie", "wo", "wann", "warum", "weshalb", "wer", "was")


# words next to a cue that make it impersonal: no speaker of its own ("wird vermutet")
IMPERSONAL = frozenset({"man", "es", "wird", "werde", "wurde", "würde", "werden", "worden"})


ATTRIBUTIVE_BEFORE = (INDEF | POSSESSIVE | {"dem", "den", "des"}) - {"ein"}


SPOKES_LINK = {"des": "des", "der": "der", "von": None, "vom": "dem"}


ORG_TAIL = frozenset({"in", "im", "aus", "bei", "am", "für", "auf", "nach", "zu", "zum", "zur"})


NACH_ARTICLES = frozenset({"der", "dem", "einer", "einem", "seiner", "ihrer"})


# words that open the source after an according-to noun: "Angaben der Polizei", "Angaben
# eines Sprechers", "Angaben seines Anwalts", "Angaben von X", "Angaben aus Kreisen"
SOURCE_LINKS = frozenset(
    {"von", "vom", "des", "der", "aus", "eines", "einer", "seines", "seiner", "ihres", "ihrer"}
)


SUBORDINATORS = frozenset(
    {
        "dass",
        "wie",
        "weil",
        "nachdem",
        "als",
        "während",
        "ob",
        "wenn",
        "obwohl",
        "da",
        "denn",
        "und",
        "aber",
        "doch",
        "sondern",
    }
)


RELATIVE = frozenset({"der", "die", "das", "dessen", "deren", "welcher", "welche"})


CAPITAL_ADJECTIVE_ENDINGS = ("ischen", "ische", "lichen", "liche", "igen", "ige", "alen", "ale")


PASSIVE_AUX = frozenset({"wird", "wurde", "wurden", "werden", "worden"})


MID_NP = MID_NP_BASE | PREPOSITIONS


# articles that only start genitive, dative or accusative phrases, never a subject
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})


OBLIQUE_ARTICLES = frozenset({"des", "dem", "den", "eines", "einem", "einen"})


# articles that open a nominative subject ("…, und die Partei rief …")
SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})


def own_subject_after(texts: list[str], k: int, c: int) -> bool:
    """Whether the word after the conjunction at `k` opens a subject of its own before the
    verb at `c` ("…, und die Partei rief die Bürger auf"), so the clause after "und" is a
    new main clause with its own speaker, not the first one's verb continued ("… und
    kündigte an", "… und hat später erklärt")."""
    if k + 1 >= c:
        return False
    word = texts[k + 1]
    return word.lower() in SUBJECT_ARTICLES or word[:1].isupper()
