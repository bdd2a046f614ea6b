"""Subjects completed from their article: a bare noun takes the qualified form the article
uses ("Soldaten" -> "nordkoreanische Soldaten"), a casualty count the event and place its
sentence or article states, so /figures keeps one topic per stated scope."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.models import Figure
from bot.nlp.figures.dates import segments
from bot.nlp.figures.lemmas import is_common_noun, table_lemmatize
from bot.nlp.figures.lexicon import is_measure_unit, lexicon
from bot.nlp.figures.outliers import fold_outliers
from bot.nlp.figures.places import Scope, dateline_place, scope_of, text_scope
from bot.nlp.figures.subjects import concept_of, is_bare, is_scoped_concept, subject_group
from bot.nlp.figures.things import (
    one_subject_per_thing,
    owned_measures,
    written_place_subjects,
)
from bot.nlp.figures.tiers import tier_subjects


def harmonise_subjects(
    figures: list[Figure], mentions: Callable[[str], list[str]] = lambda noun: []
) -> list[Figure]:
    """Give a bare subject ("Soldaten" in "weitere 1.500 Soldaten") the qualified subject
    the article uses for that group ("nordkoreanische Soldaten"), so /figures groups them:
    the most frequent subject of the one group other figures with that unit form, else the
    qualified form that dominates the article's mentions of the noun (`mentions(noun)`)."""
    qualified: dict[str, dict[str, list[str]]] = {}
    for f in figures:
        if f.unit and f.subject and " " in f.subject.split(" (")[0]:
            group = subject_group(f.subject, f.unit)
            if group:
                qualified.setdefault(f.unit, {}).setdefault(group, []).append(f.subject)
    out: list[Figure] = []
    for f in figures:
        # "Soldaten (Russland)": the bracketed context only helps a reader; the noun is bare.
        core = f.subject.split(" (")[0] if f.subject else None
        if is_scoped_concept(f.subject, f.unit) and any(clause_scope(f.sentence, f.text)):
            out.append(f)  # "34 verletzt … in Xiamen": its own scope, not another count's
            continue
        if (
            core
            and " " not in core
            and f.unit
            and subject_group(core, f.unit) not in qualified.get(f.unit, {})
        ):
            options = qualified.get(f.unit, {})
            subject: str | None = None
            if len(options) == 1:
                subjects = next(iter(options.values()))
                subject = min(subjects, key=lambda x: (-subjects.count(x), len(x)))
            elif not options:
                subject = dominant_subject(core, mentions(core))
            modified = _modifiers_only(subject, core) if subject else None
            if modified:
                f = replace(f, subject=modified)
        out.append(f)
    return out


def _modifiers_only(subject: str, core: str) -> str | None:
    """What of another count's subject a bare noun may take: its modifiers ("nordkoreanische
    Soldaten in Russland" -> "nordkoreanische Soldaten"), never its attachment: "200
    Zivilisten in der Moschee" made the 900.000 who fled "Zivilisten in der Moschee", one
    count's place copied onto another. None when the subject has no modifier."""
    words = subject.split(" (")[0].split()
    if core not in words or words.index(core) == 0:
        return None
    return " ".join(words[: words.index(core) + 1])


def _completed(f: Figure, event: str | None, place: str | None) -> Figure:
    """`f` with the event and place its subject lacks added in brackets, when they do not
    contradict what it states ("Verletzte in Duisburg" + Brand -> "Verletzte in Duisburg
    (Brand)")."""
    own_event, own_place = scope_of(f.subject)
    only = lexicon().event_of_concept.get(concept_of(f.subject, f.unit) or "")
    if only is not None and event != only:
        event = None  # the flood a protest is about is no scope of its participants
    add: list[str] = []
    if own_event is None and event and own_place in (None, place):
        add.append(event)
    if own_place is None and place and own_event in (None, event):
        add += ["in", place]
    return replace(f, subject=f"{f.subject} ({' '.join(add)})") if add else f


def _listed_place(f: Figure) -> Figure | None:
    """A casualty count in brackets after a name ("Die meisten Opfer gab es in Frankreich
    (sechs), gefolgt von Belgien (drei)"; subject "Opfer (Belgien)") with that name as its
    place ("Opfer (in Belgien)"), so neither the sentence's first place nor the article's
    replaces it; None for other figures."""
    core, _, name = (f.subject or "").rpartition(" (")
    if f"({f.text})" not in f.sentence or not core or " " in name or not name.endswith(")"):
        return None
    return replace(f, subject=f"{core} (in {name}")


def sentence_scopes(figures: Sequence[Figure]) -> list[Figure]:
    """Complete a casualty count's scope from its own sentence: "In Duisburg wurden bei dem
    Brand 5 Menschen verletzt" states the place and the event in either order, and both
    belong to the key, so that the story stays one topic however a sentence orders them. A
    count in brackets after a name ("in Frankreich (sechs), Belgien (drei)") has that name
    for its place already; the sentence's first place is the first item's only."""
    out: list[Figure] = []
    for f in figures:
        if is_scoped_concept(f.subject, f.unit):
            listed = _listed_place(f)
            f = listed or _completed(f, *clause_scope(f.sentence, f.text))
        out.append(f)
    return out


def clause_scope(sentence: str, text: str) -> Scope:
    """The event and place stated for the figure `text` of `sentence`: in its own stretch of
    the sentence first, then before it, then after it up to a stretch with another number
    ("Demnach kamen 118 Menschen ums Leben, 35 von ihnen in der Region Celje": Celje is the
    35's place, not the 118's)."""
    at = sentence.find(text)
    if at < 0:
        return scope_of(_words(sentence))
    parts = segments(sentence)
    k = next((n for n, (a, b) in enumerate(parts) if a <= at <= b), len(parts) - 1)
    end = parts[k][1]
    for a, b in parts[k + 1 :]:
        if re.search(r"\d", sentence[a:b]):
            break
        end = b
    event, place = scope_of(_words(sentence[parts[k][0] : parts[k][1]]))
    for piece in (sentence[: parts[k][0]], sentence[parts[k][1] : end]):
        more_event, more_place = scope_of(_words(piece))
        event, place = event or more_event, place or more_place
    return event, place


def _words(text: str) -> str:
    return re.sub(r"[^\w\s-]", " ", text)


def scope_figures(figures: Sequence[Figure], text: str) -> list[Figure]:
    """Give each casualty count whose sentence states no event or place the article's scope
    ("Todesopfer" -> "Todesopfer (Erdbeben in Myanmar)"), so that /figures keeps one topic per
    stated scope: the dead of two disasters apart, one story's differently worded reports
    together. The article's scope is the one its counts state most often, completed from the
    event its text names most often (`text` is the title and body)."""
    figures = written_place_subjects(_placed_bare_counts(one_subject_per_thing(figures), text))
    figures = tier_subjects(fold_outliers(figures))
    figures = owned_measures(figures, _headline(text), text)
    scoped = [f for f in figures if is_scoped_concept(f.subject, f.unit)]
    if not scoped:
        return list(figures)
    stated = [
        sc for f in scoped if any(sc := scope_of(f.subject)) and not _part_place(sc[1], f.sentence)
    ]
    events = Counter(e for e, _ in stated if e)
    text_event, text_place = text_scope(text)
    event = events.most_common(1)[0][0] if events else text_event
    places = Counter(p for e, p in stated if p and e in (event, None))
    place = places.most_common(1)[0][0] if places else None
    if place is None and event in (text_event, None):
        place = text_place
    dateline = dateline_place(*text.partition("\n")[::2])
    out: list[Figure] = []
    for f in figures:
        if is_scoped_concept(f.subject, f.unit):
            if event is not None or place is not None:
                f = _completed(f, event, place)
            if dateline and scope_of(f.subject)[1] is None:
                # "Pakistan: …": a count of another event than the article's main one
                # ("Tote bei Selbstmordattentat" beside "Tote beim Angriff") is there too
                f = replace(f, subject=f"{f.subject} (in {dateline})")
            f = replace(f, subject=one_scope(f.subject))
        out.append(f)
    return out


_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
HEADLINE_WORDS = 15  # an untitled article's lead stands in for its title, as far as a title goes


def _headline(text: str) -> str:
    """The article's title (the first line of `text`), else the start of its first line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first.split()[:HEADLINE_WORDS])


def one_scope(subject: str | None) -> str | None:
    """A scoped count's subject with one bracket naming its scope ("Teilnehmer (Aufmarsch)
    (Protest) (in Bremen)" -> "Teilnehmer (Protest in Bremen)"): the event and place that
    tell the story apart, once; a clause's other phrases added before ("(Nachrichtenagentur
    Reuters)", "(Aufmarsch)") are no part of what is counted once the scope is known. The
    key is unchanged: it reads the same first event and place."""
    if not subject or "(" not in subject:
        return subject
    core = _BRACKET_RE.sub("", subject).strip()
    event, place = scope_of(subject)
    if event is None and place is None:
        return subject  # nothing to tell the story by: the context is all a reader gets
    frames = lexicon().place_frames
    if any(m.group(1).split()[0] in frames for m in _BRACKET_RE.finditer(subject)):
        return subject  # "(Region Celje)": a part of the story's place, kept as written
    own_event, own_place = scope_of(core)
    add = [event] if event and own_event is None else []
    if place and own_place is None:
        add += ["in", place]
    return f"{core} ({' '.join(add)})" if add else core


_PART_RE = r"\b(?:allein|davon|darunter|ihnen)\s+(?:in|im)\s+(?:der\s+|dem\s+)?(?:\w+\s+)?"


def _part_place(place: str | None, sentence: str) -> bool:
    """Whether a count's place is that of a part of the story ("Allein in Celje gab es 5
    Tote", "35 von ihnen in der Region Celje"): no scope for the article's other counts,
    which count the whole."""
    return place is not None and re.search(_PART_RE + re.escape(place), sentence, re.I) is not None


def _placed_bare_counts(figures: Sequence[Figure], text: str) -> list[Figure]:
    """A count that is no casualty ("Soldaten", "Flüchtlinge", "Passagiere") and says nothing
    but its noun takes the place its article is about ("Soldaten (in Osttimor)"): on a
    corpus of many stories the troops of Timor and of Lebanon were one topic "Soldaten", and
    a bare "Passagiere" told a reader nothing of which flight."""
    bare = [f for f in figures if _bare_count(f)]
    if not bare:
        return list(figures)
    _event, place = text_scope(text)
    if place is None:
        return list(figures)
    return [_completed(_placeless(f), None, place) if f in bare else f for f in figures]


def _placeless(f: Figure) -> Figure:
    """A bare count without the clause's common nouns in brackets ("Soldaten (Land)",
    "Soldaten (Kampfstärke)"): once it takes its article's place, that place tells its
    story, and the clause noun only split one article's troops over several topics."""
    if not f.subject or "(" not in f.subject:
        return f
    kept = _BRACKET_RE.sub(lambda m: m.group(0) if _tells(m.group(1)) else "", f.subject)
    return replace(f, subject=kept.strip() or f.subject)


def _tells(inner: str) -> bool:
    """Whether a bracket names what a count belongs to: an event, a place, a year or a name."""
    if any(scope_of(inner)) or re.search(r"\b(?:19|20)\d\d\b", inner):
        return True
    tails = lexicon().place_tails
    return any(
        w[:1].isupper() and not is_common_noun(w, table_lemmatize(), tails) for w in inner.split()
    )


def _bare_count(f: Figure) -> bool:
    """Whether a count says nothing but its noun: a concept of the lexicon without modifier
    ("Soldaten") or any counted noun that is only its unit ("Passagiere", "Reservisten"). A
    measure ("Meter", "Euro") is left alone: "Meter (in Hamburg)" says no more what is long."""
    if not f.subject or is_scoped_concept(f.subject, f.unit) or is_measure_unit(f.unit):
        return False  # "Schaden" in Euro: a title's "in Haft" or "in Bremen" is not its owner
    concept = concept_of(f.subject, f.unit)
    if concept is not None:
        return subject_group(f.subject, f.unit) == concept
    lex = lexicon()
    noun = f.subject
    if noun in lex.dimensions or noun in lex.measures:
        return False  # "Höhe", "Stück": what is measured is still unnamed
    if f.unit in lex.generic:
        return False  # "Menschen": what happened to them is the topic, and it is not said
    return not noun.endswith("-") and is_bare(noun, f.unit)  # "Click- und Crowdworker"


def dominant_subject(noun: str, mentions: Sequence[str]) -> str | None:
    """The qualified phrase ("nordkoreanische Soldaten") among an article's mentions of a
    noun, when it occurs at least twice and makes up two thirds of the qualified ones."""
    qualified = [m for m in mentions if m != noun and m.endswith(" " + noun)]
    if not qualified:
        return None
    best = max(set(qualified), key=qualified.count)
    count = qualified.count(best)
    return best if count >= 2 and count * 3 >= 2 * len(qualified) else None
