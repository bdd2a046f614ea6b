"""Two mentions the chunker glues into one name: in "warf Santorum Romney vor" or "erklärte
Santorum Journalisten" the subject is followed by a dative object without any word between,
and a run of capitalised words reads as one name ("Santorum Romney")."""

from __future__ import annotations

import dataclasses

from bot.nlp.speakers.mention import NP


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
