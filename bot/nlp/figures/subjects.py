"""The key that groups comparable figure subjects across articles, and the subject clean-up
before it.

The key folds synonyms into one concept via the lexicon files in `lexicons/` (Tote /
Todesopfer / Opfer / "ums Leben gekommen" -> "tote") and keeps different things apart (dead,
missing, injured; troops; protesters); a bare unit, an age or a duration is no topic. The
subject phrases themselves are built in `counted` and `measured`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.nlp.figures import rules as R
from bot.nlp.figures.changes import changed_owner
from bot.nlp.figures.kinds import split_kind
from bot.nlp.figures.lemmas import key_noun
from bot.nlp.figures.lexicon import (
    AGE_SUBJECT,
    is_measure_unit,
    is_non_topic,
    lexicon,
    names_term,
)
from bot.nlp.figures.measured import names_measured
from bot.nlp.figures.phrases import POSSESSIVES, is_ordinal
from bot.nlp.figures.places import scope_of

_PLURAL_UNITS = {
    "Prozentpunkt": "Prozentpunkte",
    "Tonne": "Tonnen",
    "Meile": "Meilen",
    "Kilowattstunde": "Kilowattstunden",
    "Punkt": "Punkte",
}


def unit_text(unit: str, value: float) -> str:
    """The unit as written after a number ("8 Prozentpunkte", "1 Tonne", "3 Euro", "24
    Monate")."""
    if value == 1:
        return unit
    return _PLURAL_UNITS.get(unit) or lexicon().time_plurals.get(unit, unit)


def is_bare(subject: str | None, unit: str | None) -> bool:
    """Whether a subject says no more than its unit ("Euro", "Soldaten" for Soldat)."""
    if not unit:
        return False
    if not subject:
        return True
    words = subject.split()
    if len(words) > 1 or words[0] in lexicon().concepts or unit in lexicon().concepts:
        return False  # "Tote", "Todesopfer": a concept of the lexicon names what is counted
    s, u = words[0].lower(), unit.lower()
    return s == u or s.startswith(u[: max(3, len(u) - 1)]) or u.startswith(s[: max(3, len(s) - 2)])


def subject_group(subject: str | None, unit: str | None) -> str | None:
    """The grouping phrase of a subject (the store folds it into the key), or None when it is
    no topic: a bare unit, an age or a duration.

    - Concepts of the lexicon (Tote, Verletzte, Soldaten...) group by concept and their
      distinguishing adjectives: "Tote beim Erdbeben", "Todesopfer" and "Leichen in Mandalay"
      are one death toll; "nordkoreanische Soldaten in Russland" and "nordkoreanische
      Soldaten" one group.
    - Other counted nouns group by their adjectives when they have some ("deutsche Städte"),
      else by the whole phrase ("Zuschauer im Ellis Park"); the plain noun is no topic.
    - Measured things group by their whole phrase ("Pünktlichkeit im Fernverkehr").
    """
    if subject:
        subject, kind = split_kind(subject)
        if kind is not None:  # "Lohn (Forderung)": the demand's topic, apart from the offer's
            group = subject_group(subject, unit)
            return f"{group} ({kind})" if group else None
    if unit in lexicon().time_units:
        return _term_key(subject)
    if not subject or is_bare(subject, unit):
        return None
    if subject.startswith(AGE_SUBJECT + " ") or subject == AGE_SUBJECT:
        return None
    subject = _without_noise(subject)
    words = changed_owner(subject.split()) or subject.split()  # "Erhöhung der Löhne": Lohn
    lex = lexicon()
    head = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if head is not None and _no_topic_head(words, head, unit):
        return None
    if head is None or (is_measure_unit(unit) and concept_of(subject, unit) is None):
        if _ownerless(subject, unit):
            return None
        return _key(" ".join(_lemma_head(words, head)))
    if (state := _state_key(words, head, unit)) is not None:
        return state
    modifiers = [w for w in words[:head] if w.lower() not in lex.ignored_modifiers]
    concept = concept_of(subject, unit)
    if concept is None and (named := state_concept(words, head)) is not None:
        concept, modifiers = named[0], [w for w in modifiers if w != named[1]]
    if concept is not None:
        if concept in lex.scoped:
            scope = _scope_key(subject, concept)
        else:  # "Soldaten in Baucau", "Soldaten (in Libanon)": no modifier tells them apart
            scope = "" if modifiers else (scope_of(subject)[1] or "")
        return _key(" ".join([*modifiers, concept, f"({scope})" if scope else ""]))
    if modifiers:
        return _key(" ".join([*modifiers, key_noun(words[head])]))
    if len(words) == head + 1:
        return None  # "Menschen": only the counted noun
    return _key(" ".join(_lemma_head(words, head)[head:]))


def _state_key(words: Sequence[str], head: int | None, unit: str | None) -> str | None:
    """The key of a count with a state ("Haushalte in Kiel ohne Strom" -> "Haushalt ohne
    Strom"): its noun and the state, without the places and modifiers articles add, so one
    outage's households without power are one topic however each report words it. A concept
    of the lexicon ("Tote") keeps its own key; None when the subject states none."""
    if head is None or (unit is not None and unit in lexicon().concepts):
        return None
    states = set(lexicon().states.values())
    tail = f" {' '.join(words[head + 1 :])} "
    state = next((s for s in states if f" {s} " in tail), None)
    return None if state is None else _key(f"{key_noun(words[head])} {state}")


def _term_key(subject: str | None) -> str | None:
    """A duration's key: the term it measures ("Laufzeit", lexicons/figure_dimensions.tsv),
    in its lemma; other durations ("Dauer (Einsatz)") are no topic."""
    head = (subject or "").split(" (")[0]
    if not names_term(head):
        return None
    return key_noun(head)


def _scope_key(subject: str, concept: str) -> str:
    """The event and place of a scoped count as key words; the event the concept implies
    ("Demonstranten": Protest) when the subject names none."""
    event, place = scope_of(subject)
    only = lexicon().event_of_concept.get(concept)
    if only is not None and event != only:
        event = lexicon().implied_events.get(concept)
    return " ".join(p for p in (event, place) if p)


def _lemma_head(words: list[str], head: int | None) -> list[str]:
    """The words with the head noun as its lemma: "Soforthilfen" and "Soforthilfe" are one
    key (singular and plural of one thing are one topic)."""
    if head is None:
        return words
    return [*words[:head], key_noun(words[head]), *words[head + 1 :]]


_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")


def _without_noise(subject: str) -> str:
    """The subject without bracketed context that names nothing it belongs to ("Menschen
    (Erkenntnissen)", "Todesopfer (Taifun) (in Richtung)") and without possessives ("ihre
    Umsatz")."""

    def keep(m: re.Match[str]) -> str:
        inner = m.group(1).split()
        nouns = [w for w in inner if w[:1].isupper()]
        if any(re.fullmatch(r"(?:19|20)\d\d", w) for w in inner):
            return m.group(0)  # an election's year: "(Landtagswahl 2023)", "(2021)"
        if not nouns or any(is_non_topic(w) or is_ordinal(w) for w in inner):
            return ""
        return m.group(0)

    cleaned = _BRACKET_RE.sub(keep, subject)
    words = [w for w in cleaned.split() if w not in POSSESSIVES]
    return " ".join(words) or subject


def word_stem(word: str) -> str:
    """A crude stem (case endings cut) to match a noun against a source's words."""
    w = word.lower()
    for ending in ("es", "en", "n", "s", "e"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def without_source(subject: str | None, source: str | None, unit: str | None = None) -> str | None:
    """The subject without bracketed context that only names the figure's source ("Menschen
    (Veranstalter)" from "Nach Angaben der Veranstalter kamen 20.000 Menschen", "Obdachlose
    (Roten Kreuzes)"): who reports a count is never what it belongs to. An amount whose
    subject is only its source ("Nach Angaben der Bundesregierung stehen 50 Millionen Euro
    bereit", "Der Gesamtverband der Versicherer geht von 80 Millionen Euro aus") names no
    topic: None. A count's noun ("Fluggäste") or a measured noun ("Schaden") read as the
    source stays the subject: there the source is what is wrong."""
    if not subject or not source:
        return subject
    told = {word_stem(w) for w in re.findall(r"[\w-]+", source)}
    core = [w for w in _BRACKET_RE.sub("", subject).split() if w[:1].isupper()]
    if (
        core
        and is_measure_unit(unit)
        and all(word_stem(w) in told for w in core)
        and not names_measured(core)
    ):
        return None
    if "(" not in subject:
        return subject

    def keep(m: re.Match[str]) -> str:
        nouns = [w for w in m.group(1).split() if w[:1].isupper()]
        return "" if nouns and all(word_stem(w) in told for w in nouns) else m.group(0)

    return _BRACKET_RE.sub(keep, subject).strip() or subject


def _no_topic_head(words: Sequence[str], head: int, unit: str | None) -> bool:
    """Whether the phrase names no topic: its head is abstract or a clause opener ("Grund",
    "Chancen in der Abwehr", "Laut BBC News"), a unit or measure itself ("Kilogramm bei einer
    Länge", "Metern"), or it carries a rank ("vierte Platz", "erste Durchgang")."""
    word = words[head]
    lex = lexicon()
    if word in lex.frame_nouns and words[head + 1 : head + 2] in (["der"], ["des"]):
        return len(words) < head + 3  # "Zahl der Starkregentage": the frame with what it frames
    if is_non_topic(word) or any(is_ordinal(w) for w in words[:head]):
        return True
    if word != unit and (word in lex.measures or word.rstrip("n") in lex.measures):
        return len(words) > head + 1 and words[head + 1][:1].islower()
    return False


_PRONOMINAL_RE = re.compile(
    r"^(?:Da|Wo)r?(?:über|unter|von|mit|bei|nach|für|gegen|hinter|neben|vor|zu|durch|auf|aus"
    r"|in|an|um)$"
)


def _ownerless(subject: str, unit: str | None) -> bool:
    """Whether a measured subject names no owner and so no topic: one word that is a
    dimension ("Höhe", "Wert", "Minus"), a unit ("Kilogramm" for Meter, "Celsius"), a
    pronominal adverb ("Darüber", "Danach") or a sentence adverb ("Allein")."""
    core = subject.split(" (")[0]
    if _only_a_place(core):
        return True
    if " " in core:
        return False
    lex = lexicon()
    return (
        core in lex.dimensions
        or core in lex.measures
        or core == unit
        or bool(_PRONOMINAL_RE.match(core))
        or core.lower() in R.CLAUSE_ADVERBS
    )


def _only_a_place(core: str) -> bool:
    """Whether a measured subject only names a place, the actor of its clause ("Venezuela
    selbst investiert 900 Millionen US-Dollar", "Die Stadt Hamburg nimmt 37 Millionen Euro
    ein"): who spends or earns, not what is measured; on a corpus of many stories such a
    topic joins unrelated amounts ("Venezuela: 972 Meter" of a waterfall)."""
    words = core.split()
    if len(words) == 2 and words[0] in lexicon().place_frames:
        return words[1][:1].isupper()  # "Stadt Hamburg", "Region Valencia"
    return len(words) == 1 and (words[0] in lexicon().countries or words[0] in R.COUNTRY_ADJECTIVES)


def concept_of(subject: str | None, unit: str | None) -> str | None:
    """The lexicon concept a subject counts ("Todesopfer beim Beben" -> "Tote"), or None."""
    if not subject:
        return None
    words = subject.split()
    lex = lexicon()
    head = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if head is None:
        return None
    concept = lex.concepts.get(words[head])
    if concept is None and unit and lex.concepts.get(unit) and words[head].startswith(unit[:-1]):
        concept = lex.concepts[unit]
    return concept


def state_concept(words: Sequence[str], head: int) -> tuple[str, str] | None:
    """The concept a counted group's state names, and the word that names it: "streikende
    Fahrer" and "Beschäftigte im Ausstand" count strikers as "Streikende" does, so one
    strike's count is one topic, not three. The state is an adjective whose noun is a
    concept ("streikende" -> "Streikende") or a phrase after the noun that the concept
    lexicon lists ("im Ausstand"). A group whose noun is a concept keeps it ("streikende
    Soldaten" stay soldiers: see `concept_of`)."""
    concepts = lexicon().concepts
    for word in words[:head]:
        concept = concepts.get(word.capitalize())
        if concept is not None and word[:1].islower():
            return concept, word
    for k in range(head + 1, len(words) - 1):
        phrase = f"{words[k]} {words[k + 1]}"
        if phrase in concepts:
            return concepts[phrase], phrase
    return None


def is_scoped_concept(subject: str | None, unit: str | None) -> bool:
    """Whether the subject counts a concept that belongs to an event (the dead, injured...)."""
    concept = concept_of(subject, unit)
    return concept is not None and concept in lexicon().scoped


def _key(text: str) -> str:
    """The grouping phrase with single spaces (empty brackets and parts leave gaps)."""
    return " ".join(text.split())
