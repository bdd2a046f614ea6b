"""The names /figures shows for its topics, as a newsroom editor reads them.

A topic's stored name is its most frequent wording or, where its reports are worded
differently, the grouping phrase of its key (bot.nlp.figures.subjects). Two things in those
names mislead a reader, and both are mended here, at read time, on the name only (the key and
its grouping stay as stored):
- a bracket naming a noun of the clause rather than what scopes the count: a role ("Arbeitsplätze
  (Vorstandsvorsitzender)"), the source ("Ziegen (Behörden)"), a clause noun ("Seiten
  (Version)"). A bracket that scopes a count names an event, a place, a year, a name (an
  organisation, a person) or the claim's kind ("Lohn (Forderung)"): those stay.
- a grouping phrase's head noun in its lemma form ("irakische Zivilist" for 15 "irakische
  Zivilisten"): the reports' own plural is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from bot.nlp.figures.kinds import split_kind
from bot.nlp.figures.lemmas import is_common_noun, key_noun, table_lemmatize
from bot.nlp.figures.lexicon import lexicon
from bot.nlp.figures.places import event_of, scope_of
from bot.nlp.speakers.word_classes import is_role
from bot.store.records import SubjectSummary

_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def topic_name(name: str, wording: str | None) -> str:
    """The name to show for a topic stored as `name` whose newest report is worded
    `wording`: clause-noun brackets left out, the head noun as the reports word it."""
    if not needs_lemmas(name, wording):
        return name
    core, kind = split_kind(name)
    shown = _plural_head(_one_bracket(_without_clause_nouns(core)), wording)
    return f"{shown} ({kind})" if kind else shown


def _one_bracket(name: str) -> str:
    """The name with its scopes in one bracket ("Arbeitslose (EU27) (in Spanien)" ->
    "Arbeitslose (EU27, in Spanien)"): two brackets in a row read as a bracket about the
    bracket before it, not as two things the count belongs to."""
    inner = _BRACKET_RE.findall(name)
    if len(inner) < 2:
        return name
    head = _BRACKET_RE.sub("", name).strip()
    return f"{head} ({', '.join(inner)})"


def needs_lemmas(name: str, wording: str | None) -> bool:
    """Whether mending the name reads the lemma table: a bracket, or adjectives before a
    head noun the newest report words otherwise ("irakische Zivilist" worded "irakische
    Zivilisten"); other names are shown as stored."""
    if "(" in name:
        return True
    return name[:1].islower() and not set(name.split()) <= set((wording or "").split())


def topic_names(subjects: Sequence[SubjectSummary]) -> list[SubjectSummary]:
    """The subjects with the names to show. A topic whose mended name would read like another
    topic's keeps its stored name: two lines "Arbeitsplätze" of two stories could not be told
    apart, nor asked for by name."""
    mended = [topic_name(s.subject, s.latest.subject) for s in subjects]
    taken = [m.lower() for m in mended] + [s.subject.lower() for s in subjects]
    out = []
    for s, m in zip(subjects, mended, strict=True):
        unique = m == s.subject or taken.count(m.lower()) == 1
        name = m if unique else s.subject
        out.append(s if name == s.subject else _renamed(s, name))
    return out


def _renamed(s: SubjectSummary, name: str) -> SubjectSummary:
    return SubjectSummary(s.subject_key, name, s.unit, s.figure_count, s.latest)


def _without_clause_nouns(name: str) -> str:
    """The name without brackets that do not scope the count ("Exemplare (Künstler)" ->
    "Exemplare"); the name itself when nothing else would be left."""
    kept = _BRACKET_RE.sub(lambda m: m.group(0) if scopes(m.group(1)) else "", name).strip()
    return kept or name


def scopes(inner: str) -> bool:
    """Whether a bracket's words tell what a count belongs to: an event (also in a compound,
    "Shuttle-Unglück"), a place, a year, or a name that is no common noun ("Wikipedia",
    "Bremer Umweltbehörde", "McCain"); a role ("Vorstandsvorsitzender") or a clause's
    first word ("Welches") is none."""
    if _YEAR_RE.search(inner) or any(scope_of(inner)):
        return True
    words = inner.split()
    if any(event_of(part) for w in words for part in w.split("-") if part):
        return True
    lemmatize = table_lemmatize()
    lex = lexicon()
    return any(
        w[:1].isupper()
        and not is_role(w)
        and not is_common_noun(w, lemmatize, lex.place_tails)
        and not _lower_word(w, lemmatize, lex.openers, lex.clause_openers)
        for w in words
    )


def _lower_word(
    word: str, lemmatize: Callable[[str], str | None], openers: Set[str], clause: Set[str]
) -> bool:
    """A word capitalised only where it opens a clause ("Auch", "Welches"): no name, though
    the clause put it in a bracket ("Freunde (Welches Kind)")."""
    low = word.lower()
    return word in openers or low in clause or lemmatize(low) is not None


def _plural_head(name: str, wording: str | None) -> str:
    """The name with its head noun (the last word before any bracket, after adjectives
    only) as the newest report words it, when that report names the same noun in another
    form ("irakische Zivilist", worded "irakische Zivilisten" -> "irakische Zivilisten")."""
    core, sep, rest = name.partition(" (")
    words = core.split()
    if not wording or not words or any(w[:1].isupper() for w in words[:-1]):
        return name  # "Tote in Japan": the head is no last word; "Japans" is no plural
    if not words[-1][:1].isupper():
        return name
    head = words[-1]
    said = _BRACKET_RE.sub("", wording).split()
    if head in said:
        return name  # "Männer beim Mann": the reports word the noun so themselves
    form = next((w for w in said if w != head and w[:1].isupper() and key_noun(w) == head), None)
    if form is None:
        return name
    return " ".join([*words[:-1], form]) + (sep + rest if sep else "")
