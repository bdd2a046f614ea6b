"""Which of two phrases around a V2 cue is its subject, from agreement and word order alone:
a plural finite verb cannot have one person as subject ("Kritiker werfen Obama vor": Obama
is the accused), and a clause that opens with an oblique article fronts an object, so a
name inside that phrase is no subject ("Den Flüchtlingen auf Timor sicherte Präsident
Gusmão zu").

Kept as pure functions over tokens because the clause rules ask them for every inverted
subject; a reversed attribution is worse than a missing one."""

from __future__ import annotations

from bot.nlp.speakers.mention import NP

# articles that open a dative, accusative or genitive phrase, never a subject
_OBLIQUE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})


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
