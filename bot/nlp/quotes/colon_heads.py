"""Colon quotes headed by what was said: "Sein Fazit: „Wir sind zufrieden.“", "Ihre
Botschaft: Man werde nicht aufgeben.", "Die Antwort lautete: …". The noun before the colon
names the statement (lexicons/quote_colon_heads.txt), never its speaker ("Botschaft" is also
an embassy); its possessive or article points back to the person the text is about, so the
quote is the running speaker's, or that of a person the sentence before introduced."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.lexicons import words

COLON_HEADS = words("quote_colon_heads.txt")
# what may open the head: a possessive pointing back, or a definite article
HEAD_DETERMINERS = frozenset(
    {"sein", "seine", "ihr", "ihre", "deren", "dessen", "die", "das", "der"}
)
# a copula between the noun and the colon ("Die Antwort lautete: …", "Sein Rat ist klar: …")
HEAD_VERBS = frozenset({"lautet", "lautete", "lauten", "lauteten", "ist", "war", "fiel", "fällt"})
# adjectives and particles that may stand inside the head ("Sein knappes Fazit", "klar", "aus")
MAX_HEAD_WORDS = 5


def statement_head(texts: Sequence[str], start: int, colon: int) -> bool:
    """Whether texts[start:colon] is a statement head: a possessive or definite article,
    at most a few words, a noun of quote_colon_heads.txt, and an optional copula after it
    ("Ihr Fazit", "Sein knappes Urteil", "Die Antwort lautete"). Not "Die Botschaft der
    USA", "Der Bürgermeister" (no head noun), nor a head with a name after its noun."""
    head = list(texts[start:colon])
    if not 2 <= len(head) <= MAX_HEAD_WORDS or head[0].lower() not in HEAD_DETERMINERS:
        return False
    nouns = [k for k, t in enumerate(head) if t[:1].isupper() and k > 0]
    if len(nouns) != 1 or head[nouns[0]].lower() not in COLON_HEADS:
        return False
    tail = head[nouns[0] + 1 :]
    return all(t.lower() in HEAD_VERBS or t.islower() for t in tail) and (
        not tail or tail[0].lower() in HEAD_VERBS
    )
