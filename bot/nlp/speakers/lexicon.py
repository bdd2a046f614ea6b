"""The closed word classes of speaker phrases (articles, pronouns) and the open lists read
from `bot/nlp/lexicons/speaker_*.txt` (role and organisation endings, organisation names,
clause openers that are no speaker).

Closed classes stay in code because they never grow; the open lists are data so that a new
role or organisation is a line in a file, not a branch."""

from __future__ import annotations

from bot.nlp.calendar_words import WEEKDAYS
from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.lexicons import rows, words

DETS = frozenset({"der", "die", "das", "den", "dem", "des"})
INDEF = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
POSSESSIVE = frozenset(
    {"sein", "seine", "seiner", "seinem", "seinen", "seines"}
    | {"ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"}
)
# articles and quantifiers that open a nominative subject ("mehrere Zeugen sagten")
NOM_DETS = frozenset(
    {"der", "die", "das", "ein", "eine", "einer", "mehrere", "zwei", "drei"}
    | {"viele", "einige", "beide", "alle", "manche"}
)
PRONOUNS = frozenset({"er", "sie", "wir", "ich"})
GEN_DETS = frozenset({"des", "der"})
# lower-case particles of Arabic names, joined by a hyphen: "al-Mussawi", "asch-Schaibani"
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "asch", "an", "ar", "at", "az", "ach"})

# sorted so that the tuples (used with str.endswith) do not depend on set order
ROLE_SUFFIXES = tuple(
    sorted(r[0].lower() for r in rows("speaker_role_suffixes.txt") if r[1:] in ([], ["epicene"]))
)
# role endings of both genders ("Fraktionsvize"): the role noun itself tells no gender
EPICENE_ROLE_SUFFIXES = tuple(
    sorted(r[0].lower() for r in rows("speaker_role_suffixes.txt") if r[1:] == ["epicene"])
)
# endings that are also surnames: a role only in a compound before a name ("Mafiajäger X")
NAMED_ROLE_SUFFIXES = tuple(
    sorted(r[0].lower() for r in rows("speaker_role_suffixes.txt") if r[1:] == ["before_name"])
)
ORG_SUFFIXES = tuple(sorted(words("speaker_org_suffixes.txt")))
# endings of nominalised adjectives naming people, plural without an article ("Betroffene")
NOMINALISED_PLURAL = tuple(sorted(words("speaker_nominalised_plural.txt")))
# heads of institution names built with "für" ("Bundesamt für Migration")
FUER_NAME_HEADS = tuple(sorted(words("speaker_fuer_name_heads.txt")))
ORG_NAMES = words("speaker_org_names.txt")
# report nouns only a person utters: "nach seinen Worten" is a person's
SPOKEN_WORDS = words("speaker_spoken_words.txt")
# capitalised words that open a clause but never name a speaker
NON_SPEAKERS = WEEKDAYS | words("speaker_non_speakers.txt")
# nouns that head a noun phrase but are no speaker of a statement
NON_SPEAKER_HEADS = ACCORDING_NOUNS | words("non_speaker_heads.txt")
# the "thing" kind of them (never a speaker, also as the end of a compound: "Amtsübernahme")
THING_HEADS = frozenset(r[0].lower() for r in rows("non_speaker_heads.txt") if r[1:] == ["thing"])
# lower-case words with an adjective ending that are no adjective ("haben", "gegenüber")
NOT_ADJECTIVES = words("speaker_not_adjectives.txt")
# organisation nouns a name may follow: "der britische Sender BBC" (the name speaks)
ORG_APPOSITION_HEADS = tuple(sorted(words("speaker_org_apposition_heads.txt")))
# heads of a proper name after a capitalised adjective: "die Vereinten Nationen"
NAMED_HEADS = tuple(sorted(words("speaker_named_heads.txt")))
# nouns that name somebody by their relation to a person ("die Verteidigung von X")
RELATION_HEADS = words("speaker_relation_heads.txt")
# surnames after "von der" / "van den" (case kept: "Heide" the name, not "heide")
NOBLE_NAMES = frozenset(r[0] for r in rows("speaker_noble_names.txt"))
# heads of an unnamed source a fronted "Aus" may govern: "Aus Regierungskreisen verlautete"
UNNAMED_HEADS = tuple(sorted(words("quote_unnamed_heads.txt")))
