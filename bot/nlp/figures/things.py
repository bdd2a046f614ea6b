"""One subject per counted thing in one article: the brackets a count takes from its clause
("Artikel (Marke)", "Superdelegierte (CNN)", "Ziele (Armeeangaben)") only help a reader when
they tell the article's counts of that noun apart; a bracket only one count carries split one
thing over several /figures topics."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Figure
from bot.nlp.calendar_words import MONTHS
from bot.nlp.figures import rules as R
from bot.nlp.figures.kinds import kinds
from bot.nlp.figures.lemmas import is_common_noun, table_lemmatize
from bot.nlp.figures.lexicon import AGE_SUBJECT, DURATION_SUBJECT, is_measure_unit, lexicon
from bot.nlp.figures.places import event_of, scope_of
from bot.nlp.figures.subjects import is_scoped_concept

_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def one_subject_per_thing(figures: Sequence[Figure]) -> list[Figure]:
    """The article's counts of one noun under one subject. A bracket a count takes from its
    clause ("(CNN)", "(Parteitag)", "(Marke)") is no scope of its own while another count of
    that noun stands without one: it goes. When every count has one, they all take the
    first count's ("Die Stadtbibliothek besitzt 40.000 Bücher" and "die Marke von 50.000
    Büchern" -> "Bücher (Stadtbibliothek)"), unless names set two counts apart ("Rebounds
    (Tim Duncan)", "Rebounds (LeBron James)"). A place and a year stay; a written attachment
    ("Superdelegierte auf dem Parteitag") is the text's own distinction and is not touched."""
    groups: dict[str, list[int]] = {}
    for k, f in enumerate(figures):
        if _counted(f):
            groups.setdefault(f.unit or "", []).append(k)
    out = list(figures)
    for members in groups.values():
        if len(members) < 2:
            continue
        clause = [[b for b in _brackets(figures[k].subject) if not _fixed(b)] for k in members]
        if len({b for bs in clause for b in bs if _is_name(b)}) >= 2:
            continue  # two owners by name: each count keeps its own
        shared = clause[0][0] if all(clause) else None
        if shared is not None and any(event_of(w) for w in shared.split()):
            shared = None
        for k in members:
            if " " in _BRACKET_RE.sub("", figures[k].subject or "").strip():
                continue  # "Kinder in Deutschland": written, the text's own distinction
            subject = _with_bracket(figures[k].subject or "", shared)
            if subject != figures[k].subject:
                out[k] = replace(figures[k], subject=subject)
    return out


def _fixed(inner: str) -> bool:
    """Whether a bracket says where or when ("in Bremen", "Landtagswahl 2023") or what kind
    of figure it is ("Prognose", "Forderung"): it stays, and it is never shared with the
    article's other counts of that noun (a forecast's bracket made a present count one)."""
    return bool(_YEAR_RE.search(inner)) or inner in kinds() or scope_of(inner)[1] is not None


def _with_bracket(subject: str, shared: str | None) -> str:
    """`subject` with its clause brackets replaced by `shared` (places and years kept)."""
    kept = _BRACKET_RE.sub(lambda m: m.group(0) if _fixed(m.group(1)) else "", subject).strip()
    if shared is None:
        return kept or subject
    head, _, rest = kept.partition(" (")
    return f"{head} ({shared})" + (f" ({rest}" if rest else "")


def _counted(f: Figure) -> bool:
    """Whether a figure counts a thing whose subject this pass may narrow: a counted noun (no
    measure, no time unit, no noun that only says "people"), not a casualty count (their scope is the event's, see
    `scopes`), no age or duration."""
    if not f.unit or not f.subject or is_measure_unit(f.unit):
        return False
    lex = lexicon()
    if f.unit in lex.time_units or f.unit in lex.generic or is_scoped_concept(f.subject, f.unit):
        return False  # "Menschen": the people of two sentences are rarely one group
    return f.subject.split(" (")[0] not in (AGE_SUBJECT, DURATION_SUBJECT)


def _brackets(subject: str | None) -> list[str]:
    return [m.group(1) for m in _BRACKET_RE.finditer(subject or "")]


def _is_name(inner: str) -> bool:
    """Whether a bracket names someone or something by name ("Tim Duncan", "Wikipedia"), not
    a common noun of the clause ("Marke", "Version") or an event ("Parteitag")."""
    words = [w for w in inner.split() if w[:1].isupper()]
    if not words or any(event_of(w) for w in words):
        return False
    tails = lexicon().place_tails
    return any(not is_common_noun(w, table_lemmatize(), tails) for w in words)


def written_place_subjects(figures: Sequence[Figure]) -> list[Figure]:
    """A count that took its article's place ("Kinder (in Deutschland)") takes the subject
    the article writes for its noun in that place ("Kinder in Deutschland"), when exactly one
    such subject is written: the same children, one topic, not two."""
    written: dict[tuple[str, str], set[str]] = {}
    for f in figures:
        if _counted(f) and "(" not in (f.subject or "") and " " in (f.subject or ""):
            place = scope_of(f.subject)[1]
            if place:
                written.setdefault((f.unit or "", place), set()).add(f.subject or "")
    if not written:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        brackets = _brackets(f.subject)
        core = _BRACKET_RE.sub("", f.subject or "").strip()
        if _counted(f) and " " not in core and len(brackets) == 1:
            place = scope_of(f"({brackets[0]})")[1] if brackets[0].startswith("in ") else None
            options = written.get((f.unit or "", place or ""), set())
            if place and len(options) == 1:
                f = replace(f, subject=next(iter(options)))
        out.append(f)
    return out


_TIME_WORDS = frozenset({"heute", "gestern", "morgen", "jetzt", "nun", "bislang", "bisher"})
_TITLE_WORD_RE = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß-]+")


def owned_measures(figures: Sequence[Figure], title: str, text: str = "") -> list[Figure]:
    """A measured amount whose subject is one common noun ("Umsatz", "Provisionen",
    "Schäden") takes the first name its article's title states ("Umsatz (Siemens)"): on a
    corpus of many stories the turnover of four companies was one topic, a commission of 0
    to 8 Prozent one with another portal's 15 Prozent. A subject that is a name ("SPD") or
    has more words says whose it is already. The title's name is read only when a figure
    could take it (reading it scans the article: most articles have no such figure)."""
    lex = lexicon()
    tails = lex.place_tails
    bare = [
        is_measure_unit(f.unit)
        and s[:1].isupper()
        and " " not in s
        and s not in lex.dimensions
        and s not in lex.measures
        and s != f.unit
        and is_common_noun(s, table_lemmatize(), tails)
        for f in figures
        for s in (f.subject or "",)
    ]
    owner = _title_name(title, text or title) if any(bare) else None
    if owner is None:
        return list(figures)
    out: list[Figure] = []
    for f, one_noun in zip(figures, bare, strict=True):
        s = f.subject or ""
        if one_noun and owner.lower() not in s.lower():
            f = replace(f, subject=f"{s} ({owner})")
        out.append(f)
    return out


def _title_name(title: str, text: str) -> str | None:
    """The first name a title states that its article names again (a word that is no common
    noun, no clause opener): the one the story is about, not a passer-by."""
    lex = lexicon()
    lemmatize = table_lemmatize()
    for word in _TITLE_WORD_RE.findall(title):
        low = word.lower()
        if word in lex.openers or low in lex.clause_openers or len(word) < 3:
            continue
        if low in lex.number_words or low in MONTHS or low in _TIME_WORDS or lemmatize(low):
            continue  # "Sechs", "Januar", "Heute", "Bezogen": capitalised, no names
        if low in R.DETERMINERS or low in lex.clause_breaks or word in lex.place_prefixes:
            continue  # "Oder", "New": a word of a clause or the first of a longer name
        if event_of(word) is not None or word in lex.time_nouns:
            continue  # "Beben", "Hochwasser": what happened, not whose
        if is_measure_unit(word) or word in lex.measures or low in R.CURRENCIES:
            continue  # "Euro", "US-Dollar": what is measured in, never whose
        if whole_word_count(word, text, 2) < 2:
            continue
        if not is_common_noun(word, lemmatize, lex.place_tails):
            return word
    return None


def whole_word_count(word: str, text: str, stop: int) -> int:
    """How often `word` stands in `text` as a whole word (re's `\\bword\\b`, non-overlapping,
    counted up to `stop`), found by str.find: a pattern compiled per title word cost more than
    the rest of the rule and evicted other patterns from re's cache."""
    n = 0
    at = text.find(word)
    while at >= 0 and n < stop:
        end = at + len(word)
        if _word_edge(text, at) and _word_edge(text, end):
            n += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return n


def _word_edge(text: str, at: int) -> bool:
    """Whether re's `\\b` holds at `at`: a word character on exactly one side."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after
