"""Which of two phrases around a V2 cue is its subject, from agreement and word order alone:
a plural finite verb cannot have one person as subject ("Kritiker werfen Obama vor": Obama
is the accused), and a clause that opens with an oblique article fronts an object, so a
name inside that phrase is no subject ("Den Flüchtlingen auf Timor sicherte Präsident
Gusmão zu").

Kept as pure functions over tokens because the clause rules ask them for every inverted
subject; a reversed attribution is worse than a missing one."""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.lexicon import NOMINALISED_PLURAL
from bot.nlp.speakers.mention import NP

ParseNP = Callable[[list[str], int, int], NP | None]
# pronominal adverbs between a cue and its object: "zitiert dazu X", "zitierte hierzu X"
CUE_ADVERBS = frozenset({"dazu", "hierzu", "daraufhin", "damals", "später", "zuvor"})

# articles that open a dative, accusative or genitive phrase, never a subject
_OBLIQUE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})
# endings of feminine nouns: after "der" such a noun is dative or genitive ("der Zeitung")
_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur")
# French loan nouns in "-eur" are masculine although "-ur" is a feminine ending ("die Kultur"):
# "sagte der Ingenieur", "der Redakteur" are nominative
_MASCULINE_LOANS = ("eur",)
# personal pronouns with no accusative or dative form of the same spelling: "sie" and "ihr"
# are also objects ("X hält sie für …"), these are always a subject
NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir", "du"})


def plural_finite(verb: str) -> bool:
    """A finite verb in the plural: "werfen", "warfen", "sagten" (a singular finite verb of
    the third person never ends in "-en"; participles in "ge-" are excluded)."""
    low = verb.lower()
    return len(low) > 4 and low.endswith("en") and not low.startswith("ge")


def object_by_agreement(verb: str, inv: NP, np: NP | None) -> bool:
    """The single person after a plural verb is its object when a phrase before the verb can
    be the subject: "Kritiker werfen Obama vor", "Die Gewerkschaften warfen Schulze vor"."""
    return (
        np is not None
        and np.kind != "pronoun"
        and inv.kind == "name"
        and not inv.org
        and not inv.plural
        and plural_finite(verb)
    )


def bare_plural(word: str, nouns: frozenset[str], lemmas: frozenset[str]) -> bool:
    """A single word that can only be a plural (or oblique) noun, never a singular name:
    a nominalised adjective ("Betroffene"), a feminine plural ("Bürgerinnen"), or an
    inflected form of a noun in the lemma table that is no lemma itself ("Kunden",
    "Mitglieder"; a genitive "-s" may be a name's: "Merkels"). A surname that is also a
    noun ("Fischer", "Koch") is its own lemma, so it is no plural here."""
    if nominalised_plural(word) or (word[:1].isupper() and word.endswith("innen")):
        return True
    if not word[:1].isupper() or "-" in word or is_first_name(word):
        return False
    return word in nouns and word not in lemmas and not word.endswith("s")


def nominalised_plural(word: str) -> bool:
    """A nominalised adjective or participle without an article: a plural group of people
    ("Betroffene", "Angehörige"), never a name ("Irene", "Helene" are given names)."""
    return (
        word[:1].isupper()
        and "-" not in word
        and len(word) > 6
        and word.lower().endswith(NOMINALISED_PLURAL)
        and not is_first_name(word)
    )


def plural_object_after_singular(verb: str, inv: NP, plural: bool) -> bool:
    """ "Müller rief Betroffene auf, …", "Heute bat Weber Anwohner, …": a singular finite verb
    has no plural subject, so a bare plural noun right after it is its object (the addressee
    of an appeal), whatever stands before the verb, known name or not."""
    return plural and inv.kind == "name" and not inv.org and not plural_finite(verb)


def nominative_pronoun(np: NP) -> bool:
    """ "Weitere Streiks hält er für wahrscheinlich", "Den Plan nannte er riskant": a pronoun
    that has only a nominative form is the subject wherever it stands, so the phrase fronted
    before the verb is an object, whatever its noun."""
    return np.kind == "pronoun" and np.mention.lower() in NOMINATIVE_PRONOUNS


def object_pronoun_after_person(verb: str, inv: NP, np: NP | None, c: int) -> bool:
    """ "Initiatorin Svenja Mohr will sie der Bürgerschaft übergeben", "Der Minister lobte sie":
    "sie" after the finite verb `verb` (at `c`) is nominative or accusative. With one
    person's name or role before a singular verb, that person is the subject and "sie" the
    object: German hardly fronts a named object before a pronoun subject. (A fronted thing,
    "Die Petition will sie übergeben", leaves "sie" the subject, and so does a plural verb:
    "Erste Ergebnisse erwarten sie".) A lone word opening the sentence may be an adverb read
    as a name ("Sinngemäß sagte sie"), so it does not count. The caller rules out phrases of
    common nouns only."""
    if inv.kind != "pronoun" or inv.mention.lower() != "sie" or np is None:
        return False
    if plural_finite(verb) or np.plural:
        return False
    if np.org or np.kind not in ("name", "description") or np.end != c:
        return False
    if np.kind == "description" and not np.role:
        return False
    return not (np.start == 0 and np.end - np.start == 1)


def object_fronted(texts: list[str], a: int, np: NP, inv: NP, c: int) -> bool:
    """ "Den noch auf Timor verbliebenen Flüchtlingen sicherte Präsident Gusmão zu": the
    clause opens with an oblique article, the phrase found before the cue lies inside that
    fronted object, and a person follows the cue: the person is the subject."""
    return (
        a < len(texts)
        and texts[a].lower() in _OBLIQUE
        and a <= np.start < c
        and inv.start == c + 1
        and inv.kind == "name"
        and not inv.org
    )


def quoted_object(texts: list[str], k: int, b: int, parse: ParseNP) -> NP | None:
    """The accusative object of "zitieren" followed by "mit … Worten": "Die Zeitung zitiert
    einen Augenzeugen mit den Worten", "zitiert den Pfarrer mit den Worten". That object
    said it; the medium that quotes is only the channel (the nested report's source)."""
    if not (k < b and texts[k].lower() in ("den", "einen")):
        return None
    obj = parse(texts, k, b)
    if obj is None or obj.kind == "pronoun":
        return None
    rest = [t.lower() for t in texts[obj.end : min(b, obj.end + 4)]]
    return obj if rest[:1] == ["mit"] and "worten" in rest else None


def oblique_feminine(np: NP) -> bool:
    """ "Der Zeitung sagte der Anwalt …": "der" before a feminine singular noun is dative or
    genitive, so the phrase is an object and the subject follows the cue."""
    words = np.mention.split()
    if np.plural or len(words) != 2 or words[0].lower() != "der":
        return False
    low = words[1].lower()
    return low.endswith(_FEMININE) and not low.endswith(_MASCULINE_LOANS)
