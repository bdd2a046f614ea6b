"""Two mentions the chunker glues into one name: in "warf Santorum Romney vor" or "erklärte
Santorum Journalisten" the subject is followed by a dative object without any word between,
and a run of capitalised words reads as one name ("Santorum Romney"); in "wirft der Regierung
Versagen vor" a dative organisation is followed by the accusative object."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.nlp.speakers.mention import NP
from bot.nlp.speakers.word_classes import is_org


def split_glued(
    np: NP,
    texts: list[str],
    surnames: frozenset[str],
    nouns: frozenset[str],
    full_names: frozenset[str],
) -> NP:
    """`np` cut after a surname the document introduced when the next word is another known
    surname or a common noun: two persons, or a person and an object. A pair that is itself
    a known name ("Peter Müller" after "Hans Peter" and "Peter Müller") stays whole."""
    if np.kind not in ("name", "description"):
        return np  # "Santorum Journalisten" reads as a description of journalists
    for j in range(np.start, np.end - 1):
        first, nxt = texts[j], texts[j + 1]
        if first not in surnames or not (nxt in surnames or nxt in nouns):
            continue
        if any(n == f"{first} {nxt}" or n.endswith(f" {first} {nxt}") for n in full_names):
            continue
        words = np.name.split()
        if first not in words:
            return np
        name = " ".join(words[: words.index(first) + 1])
        mention = " ".join(texts[np.start : j + 1])
        return dataclasses.replace(
            np,
            end=j + 1,
            kind="name",
            name=name,
            role=np.role if np.kind == "name" else None,
            org=False,
            mention=mention,
            plural=False,
        )
    return np


def split_object(np: NP, object_word: Callable[[str], bool]) -> NP:
    """ "wirft der Regierung Versagen vor, diese weist …": the accusative object glued to the
    dative organisation before it ("Regierung Versagen"). An organisation noun followed by one
    word that `object_word` reads as an object (a nominalised verb, an abstract noun; never
    a name: "die Gewerkschaft Verdi" stays whole) is the organisation alone."""
    words = np.name.split()
    if np.kind != "description" or not np.org or len(words) != 2 or not is_org(words[0]):
        return np
    if not object_word(words[1]):
        return np
    mention = np.mention.rsplit(" ", 1)[0]
    return dataclasses.replace(np, end=np.end - 1, name=words[0], mention=mention)
