"""What a count counts: the counted noun with its adjectives and attachments ("Tote beim
Erdbeben in Myanmar"); a generic noun ("Menschen") named by what happened to them; an age,
a duration, or a number whose noun is left out ("Etwa 600 wurden getötet")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.nlp.figures import rules as R
from bot.nlp.figures.lemmas import is_common_noun, noun_lemma, table_lemmatize
from bot.nlp.figures.lexicon import (
    AGE_SUBJECT,
    DURATION_SUBJECT,
    Lemmatize,
    lexicon,
    names_term,
    report_verb,
)
from bot.nlp.figures.measured import measured_subject
from bot.nlp.figures.nouns import gender_end
from bot.nlp.figures.phrases import (
    HasText,
    attachments,
    clause_bounds,
    clause_phrases,
    is_time,
    lower_at,
    noun_phrase,
    predicate_concept,
    text_at,
    usable,
)
from bot.nlp.figures.places import event_of
from bot.nlp.figures.words import PREPOSITIONS
from bot.nlp.lexicons import negation_words


def counted_subject(
    toks: Sequence[HasText],
    noun: str,
    unit: str,
    adjectives: list[str],
    noun_index: int,
    first: int,
    lemmatize: Lemmatize,
) -> str:
    """What a count counts (`_counted_phrase`), named by what its clause says the group does
    when that is an act of any group: "In Bremen streikten 700 Fahrer der BSAG" ->
    "Streikende (Fahrer der BSAG)", one topic with "700 streikende Fahrer" and "Beschäftigte
    im Ausstand"."""
    phrase = _counted_phrase(toks, noun, unit, adjectives, noun_index, first, lemmatize)
    act = group_act(toks, unit, noun_index, first)
    if act is None:
        return phrase
    core, bracket, rest = phrase.partition(" (")  # "Ärzte (Rathaus)": one bracket each
    return f"{act} ({core}){' ' + bracket.strip() + rest if bracket else ''}"


def group_act(toks: Sequence[HasText], unit: str, noun_index: int, first: int) -> str | None:
    """The concept a counted group's clause names by an act any group can do ("streikten",
    "legten die Arbeit nieder", "demonstrierten": lexicons/figure_predicates.tsv, "any"), or
    None. Not for a noun that is a concept or generic already (their own rules name them),
    a measure or a time, nor for a count inside a prepositional phrase: "Mit 300 Traktoren
    demonstrierten Bauern" counts tractors, not protesters."""
    lex = lexicon()
    if unit in lex.concepts or unit in lex.generic or unit in lex.measures:
        return None
    if unit in lex.time_units or lower_at(toks, first - 1) in PREPOSITIONS:
        return None
    a = clause_bounds(toks, noun_index)[0]
    b = clause_bounds(toks, gender_end(toks, noun_index))[1]  # "Kolleg:innen": one word
    negations = negation_words("adverb", "pronoun", "determiner")
    if any(t.text.lower() in negations for t in toks[a:b]):
        return None  # "Keiner der 30 Insassen wurde verletzt": the act did not happen
    return predicate_concept(toks[a:b], lex.group_predicates)


def _counted_phrase(
    toks: Sequence[HasText],
    noun: str,
    unit: str,
    adjectives: list[str],
    noun_index: int,
    first: int,
    lemmatize: Lemmatize,
) -> str:
    """What a count counts: the counted noun with its adjectives and attachments ("Tote beim
    Erdbeben in Myanmar"); a generic noun ("Menschen") named by what happened to them
    ("Tote"), and, without an attachment of its own, the clause's locative phrase before the
    number ("Bei dem Erdbeben starben 600 Menschen" -> "Tote beim Erdbeben")."""
    head = noun
    if unit in lexicon().measures and not adjectives:
        return _measure_noun_subject(toks, noun, unit, noun_index, first, lemmatize)
    if noun == unit and unit not in lexicon().time_units and _counts_one(toks, first, noun_index):
        # "1 Polizist": the subject names the counted things, whatever their number
        head = noun = plural_of(noun, lemmatize)
        adjectives = [_plural_adjective(w) for w in adjectives]
    if unit in lexicon().generic:
        if _changed_state(toks, noun_index):
            return noun  # "Drei Menschen, die als vermisst galten, wurden tot geborgen"
        concept, adjectives = _what_happened(toks, noun_index, adjectives)
        head = concept or noun
    elif lexicon().concepts.get(unit) in lexicon().casualty_groups:
        a, b = clause_bounds(toks, noun_index)
        happened = predicate_concept(toks[a:b])
        if happened in lexicon().casualty_events:
            # "12 Demonstranten wurden verletzt": injured, not the protest's size
            return f"{happened} ({noun})"
    after = noun_index + 1
    if (
        lower_at(toks, after) == "aus"
        and R.COUNTRY_ADJECTIVES.get(text_at(toks, after + 1)) in adjectives
    ):
        after += 2  # "Soldaten aus Nordkorea" is already "nordkoreanische Soldaten"
    more, end = attachments(toks, after, 2, lemmatize)
    more = owning(more)
    if (state := state_after(toks, end)) is not None and unit not in lexicon().concepts:
        return " ".join([*adjectives, noun if unit in lexicon().generic else head, *more, state])
    if unit == "Jahr" and (lower_at(toks, after).startswith("alt") or "jährig" in noun.lower()):
        return age_subject(toks, first, after, lemmatize)
    if unit in lexicon().time_units and (term := term_of(toks, first, noun_index)) is not None:
        return term  # "24 Monate Laufzeit", "eine Laufzeit von 24 Monaten": the term's length
    if unit in lexicon().time_units and not adjectives and not more:
        # "Der Einsatz dauerte drei bis fünf Stunden": a duration of something, no topic
        owner = _context(toks, first, noun_index, lemmatize)
        if len(owner) == 1 and is_term(owner[0].strip("()")):
            return owner[0].strip("()")  # "Die Bauzeit beträgt vier Jahre"
        return " ".join([DURATION_SUBJECT, *owner])
    if not more or all(p in lexicon().concepts for p in more):
        # "In Bremen waren 900 Beschäftigte im Ausstand": a state names no place
        more = [*more, *_leading_place(toks, first, after)]
    if not more and not adjectives:
        more = _context(toks, first, noun_index, lemmatize)
    return " ".join([*adjectives, head, *more])


def state_after(toks: Sequence[HasText], k: int) -> str | None:
    """The state the clause gives counted things from token k on, as a topic names it
    ("80.000 Haushalte ohne Strom", "Haushalte in Kiel waren am Morgen ohne Strom",
    "hatten keinen Strom" -> "ohne Strom": lexicons/figure_scopes.tsv), or None. Households
    without power are a count of their own, whatever place the article adds; a count without
    such a state keeps its other words."""
    if k >= len(toks):
        return None
    states = lexicon().states
    b = clause_bounds(toks, k)[1]
    for j in range(k, b - 1):
        state = states.get(f"{lower_at(toks, j)} {text_at(toks, j + 1)}")
        if state is not None:
            return state
    return None


_TERM_LINKS = frozenset({"von", "über", ":", "mit"})


def term_of(toks: Sequence[HasText], first: int, noun_index: int) -> str | None:
    """The term a duration measures, as written in the nominative ("Laufzeit",
    "Vertragslaufzeit"): the noun right after the time unit ("24 Monate Laufzeit") or right
    before the number, maybe linked by "von" or a colon ("eine Laufzeit von 24 Monaten",
    "Laufzeit: 24 Monate"). A term names a topic a reader compares (the demand's and the
    offer's term); other durations do not. None when no term stands there."""
    first = _coordinated_start(toks, first)
    before = first - 2 if lower_at(toks, first - 1) in _TERM_LINKS else first - 1
    for k in (_coordinated_end(toks, noun_index) + 1, before):
        if is_term(text_at(toks, k)):
            return text_at(toks, k)
    return None


_MAX_AMOUNT_WORDS = 2  # "und sechs Monaten", "und einem halben Jahr"


def _is_time_word(word: str) -> bool:
    """Whether a word is a time unit as written after a number, in any case ("Jahr",
    "Monate", "Monaten", "Tagen")."""
    plurals = lexicon().time_plurals
    return word in plurals or any(word in (p, p + "n") for p in plurals.values())


def _coordinated_end(toks: Sequence[HasText], noun_index: int) -> int:
    """The last time unit of a duration written in two units ("vier Jahren und sechs Monaten
    Haft"): the term after it is the whole duration's, also the first unit's. The noun
    itself when no second unit follows."""
    if lower_at(toks, noun_index + 1) != "und":
        return noun_index
    for k in range(noun_index + 3, noun_index + 3 + _MAX_AMOUNT_WORDS):
        if _is_time_word(text_at(toks, k)):
            return k
    return noun_index


def _coordinated_start(toks: Sequence[HasText], first: int) -> int:
    """The first number of a duration written in two units ("eine Haftstrafe von vier
    Jahren und sechs Monaten"): the term before it is the whole duration's, also the second
    unit's. `first` itself when no unit and "und" stand right before it."""
    if lower_at(toks, first - 1) != "und" or not _is_time_word(text_at(toks, first - 2)):
        return first
    for k in range(first - 3, first - 3 - _MAX_AMOUNT_WORDS, -1):
        if lower_at(toks, k - 1) in _TERM_LINKS or is_term(text_at(toks, k - 1)):
            return k
    return first


def is_term(word: str) -> bool:
    """Whether a word is a term a duration measures ("Laufzeit", "Vertragslaufzeit")."""
    return names_term(word)


def _measure_noun_subject(
    toks: Sequence[HasText], noun: str, unit: str, noun_index: int, first: int, lemmatize: Lemmatize
) -> str:
    """What a counted measure noun measures: the noun phrase after it ("120 Liter Regen"),
    else what the clause says the amount measures ("Die Strecke ist 80 Kilometer lang")."""
    dimension = lexicon().dimension_words.get(lower_at(toks, noun_index + 1))
    if dimension is not None:
        return dimension  # "ein 56 Meter hohes Riesenrad": its height, not a measure of it
    np = noun_phrase(toks, noun_index + 1, lemmatize)
    if np is not None and lower_at(toks, noun_index + 1) not in R.DETERMINERS:
        more = owning(attachments(toks, np[1], 1, lemmatize)[0])
        return " ".join([*np[0], *more])
    return measured_subject(toks, first, noun_index, unit, lemmatize) or noun


_ONE = frozenset({"1", "ein", "eine", "einen", "einem", "einer", "eines"})


def _counts_one(toks: Sequence[HasText], first: int, noun_index: int) -> bool:
    """Whether the number before the counted noun is one ("1 Polizist", "einen Toten")."""
    words = [lower_at(toks, k) for k in range(first, noun_index)]
    return (
        bool(words)
        and any(w in _ONE for w in words)
        and all(w in _ONE or w[:1].isalpha() for w in words)
    )


def plural_of(noun: str, lemmatize: Lemmatize) -> str:
    """The nominative plural of a singular noun from the lemma table ("Polizist" ->
    "Polizisten", "Haus" -> "Häuser", "Lehrer" -> "Lehrer"): a form that leads back to the
    noun and is no dative (a dative in -n is taken without it: "Schiffen" -> "Schiffe");
    the noun itself when the table knows no plural."""
    if lemmatize(noun + "n") == noun and noun.endswith(("er", "el", "en")):
        return noun  # "Lehrer", "Besucher": plural like the singular
    if noun.endswith("er") and lemmatize(noun[:-2] + "en") == noun[:-1]:
        return noun[:-1]  # a nominalised adjective: "Toter" -> "Tote", "Verletzter"
    umlauted = _umlauted(noun)
    candidates = [noun + "e", noun + "er"]
    if umlauted:
        candidates += [umlauted + "e", umlauted + "er"]
    for c in candidates:
        if lemmatize(c) == noun and lemmatize(c + "n") == noun:
            return c
    endings = ("en", "n", "s") if noun[-1:] in "aeiouy" else ("en", "n")
    for c in (noun + e for e in endings):
        if lemmatize(c) == noun:
            return c[:-1] if c.endswith("n") and lemmatize(c[:-1]) is not None else c
    return noun


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def _umlauted(noun: str) -> str | None:
    """The noun with its last a/o/u (or au) umlauted ("Haus" -> "Häus"), or None."""
    for k in range(len(noun) - 1, -1, -1):
        if noun[k] == "u" and k > 0 and noun[k - 1] in "aA":
            return noun[: k - 1] + _UMLAUT[noun[k - 1]] + noun[k:]
        if noun[k] in _UMLAUT:
            return noun[:k] + _UMLAUT[noun[k]] + noun[k + 1 :]
        if noun[k] in "eiäöü":
            return None
    return None


def _plural_adjective(word: str) -> str:
    """An adjective of a singular noun in its plural form ("verletzter" -> "verletzte")."""
    if word[:1].islower() and word.endswith(("er", "es")) and len(word) > 4:
        return word[:-1]
    return word


_DISTRIBUTIVE = frozenset({"jedem", "jeder", "jedes", "jeden", "allen", "aller"})


def owning(more: Sequence[str]) -> list[str]:
    """The attachments that say what a count belongs to, up to the first that does not: one
    that only names a unit, a time or people ("Rohstahl in Millionen Tonnen", "Soldaten in
    den nächsten Wochen") or that spans every one of a kind ("Superdelegierte aus jedem
    Bundesstaat", "Besucher aus allen Bundesländern"): it tells no count apart from the
    article's other counts of that noun, and split one thing over two topics."""
    out: list[str] = []
    for phrase in more:
        words = phrase.split()
        nouns = [w for w in words if w[:1].isupper()]
        if len(words) > 1 and words[1].lower() in _DISTRIBUTIVE:
            break
        if not nouns or all(_no_owner(w) for w in nouns):
            break
        out.append(phrase)
    return out


def _what_happened(
    toks: Sequence[HasText], noun_index: int, adjectives: list[str]
) -> tuple[str | None, list[str]]:
    """The concept a generic noun ("Menschen") is counted as, from its clause's words ("ums
    Leben gekommen" -> "Tote") or an adjective naming one ("40 tote Menschen"), and the
    adjectives left once that one is used."""
    lex = lexicon()
    a, b = clause_bounds(toks, noun_index)
    b = with_infinitive(toks, b)
    concept = predicate_concept(toks[a:b])
    if concept is None and not _says_own_predicate(toks, noun_index, b):
        concept = predicate_concept(toks)  # "Es starben 3 Soldaten und 12 Menschen"
    named = [w for w in adjectives if w.capitalize() in lex.concepts]
    if named:  # "40 tote Menschen", "zwölf verletzte Personen"
        concept = lex.concepts[named[0].capitalize()]
        adjectives = [w for w in adjectives if w != named[0]]
    return concept, adjectives


_RELATIVE = frozenset({"die", "der", "das", "welche", "welcher"})


def with_infinitive(toks: Sequence[HasText], end: int) -> int:
    """The end of a clause with the zu-infinitive clause that completes its verb ("2.000
    Anwohner seien aufgefordert worden, ihre Häuser zu verlassen": what they were asked to
    do says what happened to them), else `end`."""
    if text_at(toks, end) != ",":
        return end
    _a, b = clause_bounds(toks, end + 1)
    if b - end > 2 and lower_at(toks, b - 2) == "zu" and toks[b - 1].text.islower():
        return b
    return end


def _says_own_predicate(toks: Sequence[HasText], noun_index: int, end: int) -> bool:
    """Whether the counted people's clause goes on with a verb of its own after the noun
    ("…, 250 Menschen mussten ihre Häuser verlassen"): what happened to them is said there,
    so the sentence's other clause ("12 Menschen wurden verletzt") does not name them. A
    bare count ("und 12 Menschen", "40 Menschen in der Hauptstadt") borrows the sentence's."""
    for k in range(noun_index + 1, end):
        word = toks[k].text
        if word.isalpha() and word.islower():
            return word not in PREPOSITIONS and word not in R.DETERMINERS
    return False


def _changed_state(toks: Sequence[HasText], noun_index: int) -> bool:
    """Whether counted people are defined by a relative clause stating another state than
    the sentence's ("Drei Menschen, die bisher als vermisst galten, wurden tot geborgen"):
    they moved from one count to another, so they are no total of either."""
    if text_at(toks, noun_index + 1) != "," or lower_at(toks, noun_index + 2) not in _RELATIVE:
        return False
    end = next(
        (k for k in range(noun_index + 3, len(toks)) if toks[k].text in (",", ".", ";")),
        len(toks),
    )
    before = predicate_concept(toks[noun_index + 2 : end])
    after = predicate_concept(toks[end:])
    return before is not None and after is not None and before != after


_NOMINAL_AGE_RE = re.compile(r"^\d+-Jährige[nmrs]?$")


def age_subject(toks: Sequence[HasText], first: int, after: int, lemmatize: Lemmatize) -> str:
    """An age ("ein 46-jähriger Mann", "39 Jahre alter Mann", "Santillan (60 Jahre)"): the
    subject is "Alter" of the person named next to it; never a topic. A nominalised age
    ("Die 52-Jährige war …") is the person itself: "Alter", not of a noun further on."""
    nominal = any(_NOMINAL_AGE_RE.match(toks[k].text) for k in range(first, after + 1))
    if nominal and not text_at(toks, after + 1)[:1].isupper():  # not "Eine 57-Jährige Frau"
        return AGE_SUBJECT
    a, b = clause_bounds(toks, first)
    np = noun_phrase(toks, after + 1, lemmatize) or noun_phrase(toks, after, lemmatize)
    if np is None:
        found = [p for p in clause_phrases(toks, a, b, range(first, after + 1), lemmatize)]
        words = found[-1][1] if found else []
    else:
        words = np[0]
    nouns = [w for w in words if w[:1].isupper()]
    return f"{AGE_SUBJECT} ({' '.join(nouns)})" if nouns else AGE_SUBJECT


def _context(
    toks: Sequence[HasText], first: int, noun_index: int, lemmatize: Lemmatize
) -> list[str]:
    """What a count belongs to when its noun has no attachment: the clause's other subject
    or object ("Derzeit beschäftigt die CCE rund 9.000 Arbeitnehmer" -> "(CCE)")."""
    a, b = clause_bounds(toks, first)
    own = toks[noun_index].text[:4]
    phrases = [
        p
        for p in clause_phrases(toks, a, b, range(first, noun_index + 1), lemmatize)
        if not p[1][-1].startswith(own)
    ]
    if not usable(phrases):  # an enumeration or a short clause: the sentence's other phrases
        phrases = [
            p
            for p in clause_phrases(toks, 0, len(toks), range(first, noun_index + 1), lemmatize)
            if not p[1][-1].startswith(own)
        ]
    phrases = usable(phrases)
    if _reports(toks, lemmatize):
        # "Die Polizei zählte 5.000 Demonstranten": the clause's subject is the source, not
        # what is counted; only a prepositional phrase can still say where.
        phrases = [p for p in phrases if p[3] and lower_at(toks, p[0] - 1) != "laut"]
    if not phrases:
        return []
    nouns_of = [[w for w in p[1] if w[:1].isupper()] for p in phrases]
    fit = [
        (p, ns)
        for p, ns in zip(phrases, nouns_of, strict=True)
        if ns and not any(map(_no_owner, ns))
    ]
    # a name or event before the count owns it ("die CCE beschäftigt 9.000 Arbeitnehmer");
    # one after it is mostly one of the counted ("20 Menschen, darunter Ayman Barakat") or
    # no event at all ("9 Beamte getötet und Polizeiautos in Brand gesetzt")
    named = [p for p, ns in fit if p[0] < first and any(map(_names_owner, ns))]
    owners = named or [p for p, _ in fit]
    if not owners:
        return []
    pick = next((p for p in owners if not p[3]), owners[0])
    if _coordinated(toks, pick):
        return []
    nouns = [w for w in pick[1] if w[:1].isupper()]
    return [f"({' '.join(nouns)})"] if nouns else []


def _names_owner(word: str) -> bool:
    """Whether a context noun is a name ("CCE", "Wikipedia", "McCain") or an event ("Aufgrund
    des Sturms wurden 300 Häuser beschädigt"): it tells a count apart better than a common
    noun of the same clause ("Artikel (Version)", "Artikel (Marke)" and "Artikel
    (Wikipedia)" were three topics of one article)."""
    if event_of(word) is not None:
        return True
    return not is_common_noun(word, table_lemmatize(), lexicon().place_tails)


_NO_OWNER_LEMMAS = frozenset({"Fall", "Million", "Milliarde"})


def _no_owner(word: str) -> bool:
    """Whether a noun of the clause can never say what a count belongs to: a time
    ("Angeklagte (Tage)"), a unit ("Rundfunkhörer (Millionen)"), or a noun that only says
    "people" or "cases" ("Haiarten (Menschen)", "Ausländer (Fällen)")."""
    lex = lexicon()
    lemma = noun_lemma(word, table_lemmatize()) or word
    return (
        is_time(word)
        or lemma in lex.time_units
        or lemma in lex.generic
        or lemma in lex.measures
        or lemma in _NO_OWNER_LEMMAS
    )


_COORDINATORS = frozenset({"und", "oder", "sowie"})


def _coordinated(toks: Sequence[HasText], phrase: tuple[int, list[str], int, bool]) -> bool:
    """Whether a bare phrase is one of coordinated objects ("750.000 Fahrgäste nutzten Busse
    und Bahnen") or subjects ("zwei Kleinbusse und ein BMW"): what the counted things do or
    stand beside, not what they belong to, so the count takes no context at all."""
    start, _words, end, in_pp = phrase
    return not in_pp and (
        lower_at(toks, end) in _COORDINATORS or lower_at(toks, start - 1) in _COORDINATORS
    )


def _reports(toks: Sequence[HasText], lemmatize: Lemmatize) -> bool:
    """Whether the sentence names a source: a report verb or an according-to marker of the
    shared attribution stage."""
    markers = lexicon().markers
    return any(
        t.text.lower() in markers.before
        or t.text.lower() in markers.after
        or t.text.lower() in markers.back
        or report_verb(t.text, lemmatize) is not None
        for t in toks
    )


def _leading_place(toks: Sequence[HasText], first: int, after: int | None = None) -> list[str]:
    """A locative phrase opening the clause before the number ("Bei dem Erdbeben in Myanmar
    sind 600 Menschen ..."): it says where the count belongs. A count coordinated with the
    one before it and stating no place of its own has that one's ("An Bord waren 103
    Passagiere und sieben Crew-Mitglieder")."""
    a, b = clause_bounds(toks, first)
    start = after if after is not None else first + 1
    found = _locative(toks, [*range(a, first), *range(start, b)], first)
    if not found and _coordinated_count(toks, a):
        before, _ = clause_bounds(toks, a - 2)
        found = _locative(toks, list(range(before, a - 3)), first)
    return found


def _locative(toks: Sequence[HasText], positions: Sequence[int], first: int) -> list[str]:
    """The first locative phrase at one of the positions."""
    for k in positions:
        # after the count only "bei"/"in" say where it belongs ("600 starben beim Beben in
        # Myanmar"); "aus"/"auf"/"an" there belong to the verb ("zwei Männer rissen die
        # Tasche aus dem Kinderwagen")
        preps = lexicon().leading_preps if k < first else lexicon().trailing_preps
        if lower_at(toks, k) in preps:
            found = owning(attachments(toks, k)[0])
            if found:
                return found
    return []


def _coordinated_count(toks: Sequence[HasText], a: int) -> bool:
    """Whether the clause at token a is a count coordinated with the count before it ("103
    Passagiere und sieben Crew-Mitglieder"): both belong where the first clause says."""
    if a < 3 or lower_at(toks, a - 1) not in _COORDINATORS:
        return False
    noun, number = text_at(toks, a - 2), text_at(toks, a - 3)
    return noun[:1].isupper() and (
        any(c.isdigit() for c in number) or number.lower() in lexicon().number_words
    )


def elided_subject(toks: Sequence[HasText], first: int) -> tuple[str, str] | None:
    """(unit, subject) of a number whose noun is left out ("Etwa 600 wurden getötet"):
    the concept the clause gives ("Tote") is both what is counted and its unit, as no noun
    was written."""
    _, b = clause_bounds(toks, first)
    concept = predicate_concept(toks[first:b])
    if concept is None:
        return None
    return concept, " ".join([concept, *_leading_place(toks, first)])
