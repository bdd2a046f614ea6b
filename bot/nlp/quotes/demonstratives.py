"""Stage 5, demonstrative subjects: "Die Opposition kritisierte die Regierung, diese weist die
Kritik zurück". A German demonstrative ("diese", "dieser") as subject points at the latest
fitting noun phrase that is NOT the subject before it (the topic continues with "sie"/"er";
a demonstrative switches to the other party). Reading it like "sie" gave the statement to the
critic, an inverted attribution; when no phrase fits, there is no speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.speakers import NP

# a clause opens after these: the phrase right behind them is read as that clause's subject
CLAUSE_OPENERS = frozenset({".", "!", "?", ",", ";", ":", "und", "aber", "doch", "sondern", "denn"})
# articles that cannot open a phrase "dieser" (masculine singular) points at
NOT_MASCULINE = frozenset({"die", "das", "eine"})
# articles that cannot open a phrase "diese" (feminine singular or plural) points at
NOT_FEMININE = frozenset({"den", "dem", "des", "das", "einen", "einem", "eines", "ein"})
ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
# prepositions fused with an article: the noun after them is an article phrase
FUSED = frozenset({"vom", "zum", "zur", "beim", "im", "am"})

Parse = Callable[[list[str], int, int], NP | None]
Check = Callable[[NP], bool]


def is_demonstrative(np: NP) -> bool:
    """Whether a pronoun subject was written as a demonstrative ("Diese bestätigte …")."""
    return np.kind == "pronoun" and np.mention.lower() in ("diese", "dieser")


def opens_clause(texts: list[str], i: int) -> bool:
    """Whether a phrase starting at `i` stands first in its clause (sentence start, after a
    comma or a coordinating conjunction): in V2 order that is the subject."""
    return i == 0 or texts[i - 1].lower() in CLAUSE_OPENERS


def agrees(texts: list[str], np: NP, demonstrative: str) -> bool:
    """Whether the article of `np` allows the demonstrative's gender and number ("dieser"
    is never "die Regierung"; "diese" never "den Minister", but "den Gewerkschaften")."""
    article = texts[np.start].lower()
    if article not in ARTICLES:
        return True  # a bare name: gender unknown
    if demonstrative == "dieser":
        return article not in NOT_MASCULINE and not np.plural
    return np.plural or article not in NOT_FEMININE


def candidates(texts: list[str], end: int, parse: Parse, bare_ok: Check) -> list[NP]:
    """The noun phrases of texts[:end] that may be the antecedent and do not open their
    clause: an article phrase ("den Präsidenten", "vom Wächterrat") or a phrase without an
    article that `bare_ok` accepts (a known name, a role: not "hatte Sehnsucht nach …")."""
    found: list[NP] = []
    i = 0
    while i < end:
        low = texts[i].lower()
        article = low in ARTICLES or (i > 0 and texts[i - 1].lower() in FUSED)
        starts = article or (texts[i][:1].isupper() and texts[i].isalpha())
        np = parse(texts, i, end) if starts else None
        if np is None or np.kind == "pronoun" or not (article or bare_ok(np)):
            i += 1
            continue
        if not opens_clause(texts, i):
            found.append(np)
        i = max(np.end, i + 1)
    return found


def antecedent(
    texts: list[str],
    end: int,
    demonstrative: str,
    parse: Parse,
    bare_ok: Check,
    somebody: Check,
) -> NP | None:
    """The phrase a subject demonstrative at `end` means: the latest non-subject phrase
    before it that is `somebody` (previous sentence and this one), if its article agrees;
    else nobody."""
    for np in reversed(candidates(texts, end, parse, bare_ok)):
        if somebody(np):
            return np if agrees(texts, np, demonstrative.lower()) else None
    return None
