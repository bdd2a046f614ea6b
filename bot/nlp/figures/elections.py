"""Vote shares and the election they belong to: "Die SPD erhielt bei der Landtagswahl in
Bayern 18 Prozent" is "Stimmenanteil SPD (Landtagswahl in Bayern)", so the shares of two
elections or two parties never share a topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.nlp.figures.lexicon import Lemmatize, lexicon
from bot.nlp.figures.phrases import (
    HasText,
    attachments,
    clause_bounds,
    clause_phrases,
    lower_at,
    text_at,
)
from bot.nlp.lexicons import rows

_VOTES = frozenset({"stimmen", "wählerstimmen", "zweitstimmen", "erststimmen", "voten"})

ELECTION_RE = re.compile(
    r"^(?:\w*[wW]ahl(?:en|gang)?|Abstimmung|Referendum|Volksabstimmung|Urwahl)$"
)


def vote_share(
    toks: Sequence[HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """A share of the votes ("Die SPD erhielt bei der Landtagswahl in Bayern 18 Prozent der
    Stimmen") keeps who got it and which election: "Stimmenanteil SPD (Landtagswahl in
    Bayern)", so shares of different elections never share a topic. None when the amount is
    no vote share: a percentage without "der Stimmen" needs an election word and a party."""
    if unit != "Prozent":
        return None
    votes = lower_at(toks, last + 1) in ("der", "aller") and lower_at(toks, last + 2) in _VOTES
    scope = election_scope(toks)
    a, _ = clause_bounds(toks, first)
    results = lexicon().result_verbs  # "Die CDU kam auf 30 Prozent": a result, even unnamed
    if not votes and not scope and not any(lower_at(toks, k) in results for k in range(a, first)):
        return None
    who = _party_phrase(toks, a, first, lemmatize)
    if not votes and not (who and is_party(who[-1])):
        return None
    name = " ".join(["Stimmenanteil", *who])
    return f"{name} ({' '.join(scope)})" if scope else name


# A party by its shape: an acronym ("SPD", "AfD", "ÖVP") or a name ending in a party noun
# ("Freiheitsbewegung", "Volkspartei", "Wahlbündnis"). Party words ("Grünen", "Union",
# "Volt") come from the speaker stage's lexicon (lexicons/speaker_parties.tsv), the one list
# of German party words.
_PARTY_SHAPE_RE = re.compile(
    r"^(?:[A-ZÄÖÜ][A-ZÄÖÜa-z]?[A-ZÄÖÜ]{1,4}|[A-ZÄÖÜ]\w*(?:partei|bewegung|bündnis|allianz))$"
)


@cache
def _party_words() -> frozenset[str]:
    """The party words of lexicons/speaker_parties.tsv, lower-cased ("grünen", "union")."""
    return frozenset(r[0].lower() for r in rows("speaker_parties.tsv"))


def is_party(word: str) -> bool:
    """Whether a capitalised word names a party: an acronym, a name ending in a party noun,
    or a party word of the speaker lexicon ("Grünen", "Linke", "Volt")."""
    if not word[:1].isupper():
        return False
    return word.lower() in _party_words() or bool(_PARTY_SHAPE_RE.match(word))


def _party_phrase(toks: Sequence[HasText], a: int, first: int, lemmatize: Lemmatize) -> list[str]:
    """The capitalised words of the phrase before a share that names who got it: the phrase
    naming a party when there is one ("Stärkste Kraft wurde die SDS mit 31 Prozent" -> SDS),
    else the first subject phrase."""
    phrases = [p for p in clause_phrases(toks, a, first, range(0), lemmatize) if not p[3]]
    words = [[w for w in p[1] if w[:1].isupper() and not ELECTION_RE.match(w)] for p in phrases]
    words = [[w for w in ws if not w.startswith("Stimmen")] for ws in words]
    named = [ws for ws in words if ws and is_party(ws[-1])]
    return named[0] if named else (words[0] if words else [])


def election_scope(toks: Sequence[HasText]) -> list[str]:
    """The election a sentence names, with its place and year ("bei der Landtagswahl in
    Hessen 2013" -> ["Landtagswahl", "in Hessen", "2013"]); [] when it names none."""
    at = next((k for k, t in enumerate(toks) if ELECTION_RE.match(t.text)), None)
    if at is None:
        return []
    scope = [toks[at].text]
    more, after = attachments(toks, at + 1, 1)
    scope += more
    year = text_at(toks, after)
    if re.fullmatch(r"(?:19|20)\d\d", year):
        scope.append(year)
    return scope


def with_election_year(subject: str | None, year: int | None) -> str | None:
    """A vote share or another figure of an election ("Wahlbeteiligung bei der Landtagswahl")
    whose sentence names no year takes the year of the figure's date
    ("Stimmenanteil SPD (Landtagswahl in Bayern 2023)"): the same party's shares in two
    elections are two topics even when both articles just say "bei der Landtagswahl"."""
    if not subject or year is None:
        return subject
    words = re.findall(r"[\w-]+", subject)
    about_election = words[:1] == ["Stimmenanteil"] or (bool(words) and words[0].startswith("Wahl"))
    if not about_election and not any(ELECTION_RE.match(w) for w in words):
        return subject  # "Wahlbeteiligung", "Wahlberechtigte": an election's, too
    if re.search(r"\b(?:19|20)\d\d\)?$", subject):
        return subject
    if subject.endswith(")"):
        return f"{subject[:-1]} {year})"
    return f"{subject} ({year})"


def party_share(subject: str | None, unit: str, before: Sequence[str]) -> str | None:
    """A percentage whose subject is only a party ("CDU/CSU 31 Prozent; SPD 28 Prozent", "die
    CDU kam nur auf 32,8 Prozent") is that party's share of the votes or of a poll:
    "Stimmenanteil SPD", never a topic "SPD" that joins every number said of the party. A
    change ("Die SPD will den Beitrag um 2 Prozent senken": `before`, the clause's words
    before the amount, ends with "um") or a share the clause names ("Die Grünen wollen den
    Anteil des Ökostroms auf 80 Prozent erhöhen") is no vote share. The subject unchanged
    otherwise."""
    if unit != "Prozent" or not subject:
        return subject
    core, bracket, rest = subject.partition(" (")
    if " " in core or not is_party(core) or "um" in [w.lower() for w in before[-3:]]:
        return subject
    lex = lexicon()
    if any(w in lex.dimensions or w in lex.frame_nouns for w in before):
        return subject
    return f"Stimmenanteil {core}{bracket}{rest}"
