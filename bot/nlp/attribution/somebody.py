"""A speaker is somebody: a person, an organisation, a group, a document or an unnamed source;
never an abstract noun ("Nachfrage"), a unit or date, a number phrase ("Zwölf Todesopfer") or a
bare pronoun. When the rules find no one, a quote gets no speaker rather than a wrong one.

The decision is a general rule (abstract noun suffixes, number words, pronouns) plus two
lexicons: nouns that never speak and abstract-looking nouns that name speaking groups.
Person, organisation and role evidence (bot.nlp.speakers) always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.lexicons import rows, words
from bot.nlp.speakers import is_org, is_role
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.word_classes import thing_compound

PRONOUNS = frozenset(
    {"er", "sie", "es", "ihm", "ihr", "ihn", "ihnen", "wir", "ich", "du", "man", "uns", "euch"}
)
NUMBER_WORDS = frozenset(
    {
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "zwanzig",
        "dreißig",
        "hundert",
        "tausend",
        "dutzende",
        "hunderte",
        "tausende",
    }
)
# noun suffixes of abstract nouns; only for words of at least MIN_ABSTRACT letters, so that
# short surnames ("Jung") stay names
ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ion", "ismus", "tät", "schaft")
MIN_ABSTRACT = 6
# adverbs and conjunctions that a sentence start capitalises: never a name
FUNCTION_WORDS = frozenset(
    {
        "wobei",
        "wonach",
        "aufgrund",
        "angesichts",
        "infolge",
        "wegen",
        "trotz",
        "womit",
        "wodurch",
        "worauf",
        "dabei",
        "damit",
        "dadurch",
        "daher",
        "deshalb",
        "deswegen",
        "zudem",
        "außerdem",
        "jedoch",
        "allerdings",
        "trotzdem",
        "dennoch",
        "somit",
        "also",
        "nun",
        "dann",
        "danach",
        "demnach",
        "darauf",
        "hier",
        "dort",
        "heute",
        "gestern",
        "morgen",
        "bislang",
        "bisher",
        "zuvor",
        "später",
        "sonst",
        "gleich",
        "zuletzt",
    }
)
LINKS = frozenset({"des", "der", "von", "vom", "im", "in", "aus", "für", "bei", "am", "zur", "zum"})
# adjectives of places and nations: "deutsch", "europäisch" + an adjective ending
PROPER_ADJECTIVE = re.compile(r"sch(e|en|er|es)$")
DEMONSTRATIVE_OBLIQUE = frozenset({"diesen", "diesem", "dieses", "jenen", "jenem"})


@dataclass(frozen=True, slots=True)
class SpeakerCheck:
    """The lexicons of the rule (read once per component)."""

    non_speaker_heads: frozenset[str]
    collectives: frozenset[str]
    institutions: frozenset[str] = frozenset()  # heads of institution names ("-anwaltschaft")
    # German common nouns (spaCy's lemma table): a word in "-ion" is abstract only when it is
    # one of them, so that "Human Rights Investigation" or "Broadcasting Corporation" stay names
    nouns: frozenset[str] = frozenset()
    lowers: frozenset[str] = frozenset()  # lower-case words (adjectives) of the lemma table
    # units after a number ("Monaten Haft" of "vier Monaten Haft"): lexicons/speaker_number_units
    number_units: frozenset[str] = frozenset()

    def is_somebody(self, speaker: str | None) -> bool:
        """Whether `speaker` (a canonical speaker string) can be the source of a statement."""
        if not speaker:
            return False
        if speaker == "anonymous":
            return True
        tokens = speaker.split()
        first = tokens[0].lower()
        if len(tokens) == 1 and (first in PRONOUNS or first in FUNCTION_WORDS):
            return False  # "er", or a capitalised conjunction at a sentence start ("Wobei")
        if first in NUMBER_WORDS or first.isdigit() or first in DEMONSTRATIVE_OBLIQUE:
            return False  # "Zwölf Todesopfer", "Diesen Einwand": an object, not a subject
        if first in self.number_units:
            return False  # "Monaten Haft": a number phrase without its number
        if any(len(t) >= 2 and t.isupper() and t.isalpha() for t in tokens):
            return True  # an acronym names an organisation: "AK Vorratsdatenspeicherung"
        if self.head_speaks(tokens[0]) and self._known_source(tokens[0]):
            return True  # "Organisation Human Rights Investigation": the apposition's head
        if thing_compound(tokens[-1]):
            return False  # "Trumps Angriffsauftrag": a genitive before a thing, no name
        if self._full_name(tokens):
            return True  # "Lea Brand": a surname that is also a noun is still a name
        head = head_noun(tokens)
        if tokens.index(head) > 0 and _proper_adjective(tokens[tokens.index(head) - 1]):
            return True  # "Hamburger Stadtreinigung", "Deutsche Flugsicherung": a proper name
        return self.head_speaks(head)

    def head_speaks(self, head: str) -> bool:
        low = head.lower().rstrip("-")
        base = low.rsplit("-", 1)[-1]
        if low in MONTHS or low in WEEKDAYS:
            return False
        if _ends_with_any(base, self.collectives, 5) or _ends_with_any(base, self.institutions, 5):
            return True
        if base in self.non_speaker_heads or _ends_with_any(base, self.non_speaker_heads, 6):
            return False  # the lexicon wins over suffix evidence: "Atomkraftwerke"
        if is_org(head) or is_role(head):
            return True
        if len(base) < MIN_ABSTRACT or not base.endswith(ABSTRACT_SUFFIXES):
            return True
        # "-ion" is also English ("Corporation"): only a German noun of the table counts
        return base.endswith("ion") and bool(self.nouns) and head not in self.nouns

    def is_collective(self, head: str) -> bool:
        """Whether `head` is, or ends in, a group or document that speaks although it looks
        abstract ("die Leitung", "die Museumsleitung", "die Delegation"): the
        `abstract_sources.txt` lexicon, which an abstract-suffix test must not overrule."""
        base = head.lower().rstrip("-").rsplit("-", 1)[-1]
        return _ends_with_any(base, self.collectives, 5)

    def _full_name(self, tokens: list[str]) -> bool:
        """Capitalised words without a linking word whose first is neither a known noun nor
        an adjective ("Lea Brand", not "Iranische Behörden" or "Atomkraftwerk Krümmel"). A
        given name of the lexicon opens a name even where the lemma table also lists it as
        a noun ("Anna Brand", "Georg Brand")."""
        if len(tokens) < 2 or not self.nouns:
            return False
        if any(t.lower() in LINKS or not t[:1].isupper() for t in tokens):
            return False
        first = tokens[0]
        if first.lower() in self.lowers:
            return False
        return first not in self.nouns or is_first_name(first)

    def _known_source(self, word: str) -> bool:
        base = word.lower().rsplit("-", 1)[-1]
        return is_org(word) or is_role(word) or base in self.collectives

    def _german_noun(self, word: str) -> bool:
        """A German common noun, or a compound ending in one ("Vorratsdatenspeicherung")."""
        tail = word.rsplit("-", 1)[-1]
        return any(
            w in self.nouns
            for w in [tail, *(tail[i:].capitalize() for i in range(2, len(tail) - 3))]
        )


def head_noun(tokens: list[str]) -> str:
    """The head of a speaker phrase: the last capitalised word before a linking word
    ("Fluchtgefahr des Beschuldigten" -> "Fluchtgefahr", "Zwölf Todesopfer" -> "Todesopfer")."""
    head = tokens[0]
    for t in tokens:
        if t.lower() in LINKS:
            break
        if t[:1].isupper() or t[:1].isdigit():
            head = t
    return head


def _ends_with_any(word: str, lexicon: frozenset[str], min_len: int) -> bool:
    """Whether `word` is, or ends in, a lexicon entry of at least `min_len` letters (a compound
    such as "UN-Friedensmission"): one set lookup per suffix, not one test per entry."""
    return word in lexicon or any(word[i:] in lexicon for i in range(1, len(word) - min_len + 1))


def _proper_adjective(word: str) -> bool:
    """A capitalised adjective of a place or nation before a noun makes a proper name:
    "Hamburger", "Berliner" (-er) and "Deutsche", "Europäische", "Niedersächsischen" (-sch
    with an adjective ending)."""
    if not word[:1].isupper() or len(word) <= 4:
        return False
    return word.endswith("er") or PROPER_ADJECTIVE.search(word) is not None


def load_speaker_check(
    nouns: frozenset[str] = frozenset(), lowers: frozenset[str] = frozenset()
) -> SpeakerCheck:
    return SpeakerCheck(
        non_speaker_heads=frozenset(
            r[0].lower() for r in rows("non_speaker_heads.txt") if r[1:] == ["thing"]
        ),
        collectives=words("abstract_sources.txt"),
        institutions=words("institution_heads.txt"),
        nouns=nouns,
        lowers=lowers,
        number_units=words("speaker_number_units.txt"),
    )


__all__ = ["SpeakerCheck", "head_noun", "load_speaker_check"]
