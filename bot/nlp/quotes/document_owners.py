"""Ownerless documents: "…, heißt es in der Warnung" / "in einer Mitteilung" names a text
without its author. News style names the author just before ("Der Wetterdienst warnt vor
Orkanböen. Im Binnenland seien Sturmböen möglich, heißt es in der Warnung."), so the text's
author is the speaker of the quote right before it; without one the document stays the
speaker. The sentences that go on from such a quote (cue None) follow it. A pure function
over the finished quotes of an article, in order."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.models import Quote

# the author's quote is in the sentence right before (a sentence between may name another
# source: "Kritik kommt von X. …, heißt es in einer Mitteilung")
MAX_GAP = 0


def with_document_owners(quotes: Sequence[Quote], documents: frozenset[str]) -> list[Quote]:
    """`quotes` with each ownerless document speaker ("Warnung", "Mitteilung": a word of
    `documents`, lower-cased) of a "heißt es" cue replaced by the speaker of the quote just
    before it, and the continuations of that quote with it."""
    out: list[Quote] = []
    owned: tuple[str, Quote] | None = None  # (document speaker, the author's quote)
    for q in quotes:
        if q.cue is not None:
            owned = None
            author = out[-1] if out else None
            if author is not None and _ownerless(q, documents) and _authors(author, q, documents):
                owned = (q.speaker or "", author)
        if owned is not None and q.speaker == owned[0]:
            author = owned[1]
            q = dataclasses.replace(
                q,
                speaker=author.speaker,
                speaker_role=author.speaker_role,
                speaker_mention=q.speaker_mention,
            )
        out.append(q)
    return out


def owned_by_introduced(
    made: Sequence[Quote], owner: tuple[str, str | None], documents: frozenset[str]
) -> list[Quote]:
    """A sentence's quotes with each ownerless document speaker ("…, heißt es in einer
    Mitteilung") given to `owner`, the person or organisation the sentence right before
    introduced without a statement of its own ("Kritik kommt von der Umweltorganisation Pro
    Natura. Der Gletscher schmelze schneller, heißt es in einer Mitteilung."): the
    document is theirs, as it is the author's of a quote right before it
    (`with_document_owners`), not a speaker of its own."""
    name, role = owner
    return [
        dataclasses.replace(q, speaker=name, speaker_role=role, speaker_mention=q.speaker_mention)
        if _ownerless(q, documents)
        else q
        for q in made
    ]


def _ownerless(q: Quote, documents: frozenset[str]) -> bool:
    """A "heißt es" quote whose speaker is a document noun alone ("Warnung") named after the
    cue: "In dieser Resolution, die … angenommen wurde, heißt es" points at its document
    itself, before the cue."""
    cue = (q.cue or "").lower().split()
    speaker = q.speaker or ""
    if "es" not in cue or " " in speaker or speaker.lower() not in documents:
        return False
    mention = q.speaker_mention or speaker
    return q.sentence.find(q.cue or "") < q.sentence.rfind(mention)


def _authors(author: Quote, q: Quote, documents: frozenset[str]) -> bool:
    """Whether `author`'s speaker can have written the document of `q`: a named speaker,
    no document itself, with at most MAX_GAP sentences between them."""
    speaker = author.speaker
    if not speaker or speaker in ("anonymous", q.speaker) or speaker.lower() in documents:
        return False
    return 0 <= q.sentence_index - author.sentence_index <= MAX_GAP + 1
