"""Reported speech acts whose only complement is a noun phrase in a frame of its own
(lexicons/cue_reported_acts.tsv): "Oettinger nannte den Beschluss einen fairen Kompromiss"
reports a judgement although no clause or quotation follows, while "nannte den Namen des
Täters" reports nothing. Pure functions over a clause's tokens, read by the content stage
through `RulesBase._framed`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlp.attribution.somebody import NUMBER_WORDS as COUNT_WORDS
from bot.nlp.lexicons import rows, words
from bot.nlp.speakers import is_role

FRAMES = frozenset({"predicative", "object", "seen_in", "as_fronted", "amount", "ruled_out"})
# prepositions of what someone or something is excluded from ("schloss ihn von der Sitzung
# aus", "aus der Partei"): an expulsion, not a thing ruled out
EXCLUDED_FROM = frozenset({"von", "vom", "aus"})

# the article or pronoun opening an accusative object ("den Beschluss", "es")
ACCUSATIVE_OPENERS = frozenset(
    {"den", "die", "das", "diesen", "diese", "dieses", "es", "dies", "sie", "ihn"}
)
OBJECT_PRONOUNS = frozenset({"es", "dies", "sie", "ihn"})
# articles that open the second, judging accusative ("einen Fehler", "den schwärzesten Tag")
SECOND_ACCUSATIVE = frozenset(
    {"einen", "eine", "ein", "den", "die", "das", "keinen", "keine", "kein"}
)
# words after which an article belongs to a phrase of its own (a preposition, a comma)
CLOSED_BEFORE = frozenset(
    {
        ",",
        ";",
        ":",
        "–",
        "in",
        "im",
        "an",
        "am",
        "auf",
        "bei",
        "mit",
        "nach",
        "von",
        "vor",
        "für",
        "über",
        "unter",
        "gegen",
        "durch",
        "um",
        "als",
        "und",
        "oder",
        "zu",
    }
)


@dataclass(frozen=True, slots=True)
class ReportedFrames:
    """Lemma -> (act, frame) of the reported-act lexicon."""

    frames: dict[str, tuple[str, str]]
    # nouns of a time after "gegen" ("gegen Ende"; lexicons/quote_time_after_gegen.txt)
    times_after_gegen: frozenset[str] = frozenset()

    def frame(self, lemma: str) -> str | None:
        entry = self.frames.get(lemma)
        return entry[1] if entry else None

    def act(self, lemma: str) -> str | None:
        entry = self.frames.get(lemma)
        return entry[0] if entry else None


def load_reported_frames(name: str = "cue_reported_acts.tsv") -> ReportedFrames:
    """The lexicon; an unknown frame is a data error, raised when the component is built."""
    out: dict[str, tuple[str, str]] = {}
    for row in rows(name):
        if len(row) < 3 or (row[2] not in FRAMES and not row[2].startswith(("prep:", "lead:"))):
            raise ValueError(f"{name}: bad row {row!r}")
        out[row[0]] = (row[1], row[2])
    return ReportedFrames(out, words("quote_time_after_gegen.txt"))


def predicative_object(texts: list[str], lo: int, hi: int) -> bool:
    """Whether the object span opens with an accusative and holds a second, judging
    accusative noun phrase before any comma: "den Beschluss einen fairen Kompromiss",
    "es den schwärzesten Tag". A genitive ("den Namen des Täters"), a dative first
    ("ihm die Zahl") or an article after a preposition ("die Zahl in der Mitteilung") is
    none, and so is a relative clause after a comma ("nannte man Flugzeuge, die …")."""
    if hi - lo < 3 or texts[lo].lower() not in ACCUSATIVE_OPENERS:
        return False
    if lo > 0 and texts[lo - 1] in (",", ";", ":"):
        return False
    start = lo + 1 if texts[lo].lower() in OBJECT_PRONOUNS else lo + 2
    for k in range(start, hi - 1):
        word = texts[k].lower()
        if word in (",", ";", ":"):
            return False
        if texts[k - 1].lower() in CLOSED_BEFORE:
            continue
        if word in SECOND_ACCUSATIVE and _noun_follows(texts, k + 1, hi):
            return True
    return False


def _noun_follows(texts: list[str], k: int, hi: int) -> bool:
    """A capitalised noun within the next three words (after attributive adjectives)."""
    return any(t[:1].isupper() for t in texts[k : min(k + 3, hi)])


# prepositions of an adverbial before the object ("für das Jahr", "in den Gebieten")
ADVERBIAL_PREPOSITIONS = frozenset(
    {"für", "in", "im", "zu", "zum", "zur", "von", "vom", "bei", "beim", "nach", "am", "an"}
)
# number words that open an amount ("auf zwei Milliarden", "mit einer Million"): the shared
# number words plus the indefinite "eine"/"einer" and "mehrere"
NUMBER_WORDS = COUNT_WORDS | {"eine", "einer", "mehrere"}
# words after a sentence-initial "Als" that open a clause, not a phrase ("Als Sie ankamen")
AS_CLAUSE_STARTS = frozenset({"sie", "er", "es", "ich", "wir", "ihr", "man", "die", "der", "das"})
# adverbs between the verb and its "darin" ("sieht auch darin", "sah schon darin")
SEEN_ADVERBS = frozenset({"auch", "schon", "bereits", "nun", "jetzt", "vor", "allem", "zudem"})
# what opens an expected thing's noun phrase: an article ("einen Anstieg"), a quantity
# ("rund 50.000 Besucher", "mehr als 20 Prozent") or a number
THING_OPENERS = frozenset(
    {
        "den",
        "die",
        "das",
        "einen",
        "eine",
        "ein",
        "keinen",
        "keine",
        "kein",
        "weitere",
        "weiteren",
        "rund",
        "etwa",
        "mehr",
        "bis",
        "mindestens",
        "über",
        "höchstens",
        "zirka",
        "ca.",
    }
)


def thing_object(texts: list[str], lo: int, hi: int, people: frozenset[str]) -> bool:
    """Whether the object is a thing's noun phrase of its own words ("erwartet einen
    Anstieg der Preise", "erwartet rund 50.000 Besucher"), not a person awaited ("erwartet
    den Präsidenten") nor a relative clause after a comma. An approximate amount of people
    is an estimate all the same ("erwartet rund 50.000 Zuschauer"); "erwartet zwei Gäste"
    (a visit) is none."""
    if lo > 0 and texts[lo - 1] in (",", ";", ":"):
        return False
    lo = _after_adverbials(texts, lo, hi)
    if lo < hi and texts[lo].lower() in QUANTIFIERS and amount_object(texts, lo, hi):
        return True
    bare = _adjective_led(texts, lo, hi)  # "erwarten schwere Gewitter"
    if hi - lo < 2 or not (texts[lo].lower() in THING_OPENERS or texts[lo][:1].isdigit() or bare):
        return False
    head = next((t for t in texts[lo:hi] if t[:1].isupper()), None)
    return head is not None and not _names_people(head, people)


def ruled_out(texts: list[str], lo: int, hi: int, people: frozenset[str]) -> bool:
    """Whether the object is a thing ruled out ("schloss einen Rücktritt aus"), not persons
    excluded ("schloss das Mitglied aus") nor anyone excluded from something ("schloss die
    Presse von der Sitzung aus"); the verb's particle may close the span."""
    return thing_object(texts, lo, hi, people) and not any(
        texts[k].lower() in EXCLUDED_FROM for k in range(lo, hi - 1)
    )


def _adjective_led(texts: list[str], lo: int, hi: int) -> bool:
    """An article-less plural of things led by an inflected adjective ("schwere Gewitter",
    "steigende Preise"): such a phrase is an object as much as one with an article; a bare
    noun ("erwartet Antworten", "erwartet Nachwuchs") is left out."""
    if hi - lo < 2 or hi > len(texts):
        return False
    first = texts[lo]
    return (
        first.isalpha()
        and first.islower()
        and first.endswith(("e", "en"))
        and first not in THING_OPENERS
        and texts[lo + 1][:1].isupper()
    )


def seen_in_object(texts: list[str], lo: int, hi: int, people: frozenset[str]) -> bool:
    """Whether the object is what something is judged to be, after "darin" or an "in"
    phrase naming that something ("sieht darin Parallelen", "sehen in dem Vorschlag keine
    Lösung"); "sah in dem Haus einen Mann" (a person seen there) is none."""
    k = lo
    while k < hi and texts[k].lower() in SEEN_ADVERBS:
        k += 1
    if k >= hi or texts[k].lower() not in ("darin", "in", "im"):
        return False
    if texts[k].lower() != "darin":
        k = _after_adverbials(texts, k, hi)
        if texts[k].lower() in ("in", "im"):
            return False
    else:
        k += 1
    head = next((t for t in texts[k:hi] if t[:1].isupper()), None)
    return head is not None and not _names_people(head, people)


def prepositional_amount(texts: list[str], lo: int, hi: int, preps: frozenset[str]) -> bool:
    """Whether the object is followed by its frame's preposition and a number ("bezifferte
    den Schaden auf 50 Millionen Euro", "beziffert die Kosten mit 22,5 Millionen"): the
    amount is what was said."""
    for k in range(lo + 1, hi - 1):
        if texts[k] in (",", ";", ":"):
            return False
        if texts[k].lower() in preps and _amount_follows(texts, k + 1, hi):
            return True
    return False


def _amount_follows(texts: list[str], k: int, hi: int) -> bool:
    """A digit or number word within the next three words ("auf rund 3 Milliarden")."""
    return any(t[:1].isdigit() or t.lower() in NUMBER_WORDS for t in texts[k : min(k + 3, hi)])


# words that open an approximate amount ("etwa 1.500 Teilnehmer", "mehr als 200 Millionen")
QUANTIFIERS = frozenset(
    {"etwa", "rund", "mehr", "als", "über", "bis", "zu", "mindestens", "zirka", "ca.", "knapp"}
    | {"fast", "beinahe", "annähernd", "gut", "insgesamt", "weniger", "höchstens", "unter"}
)


def amount_object(texts: list[str], lo: int, hi: int) -> bool:
    """Whether the object is an amount, a number first after quantifiers ("schätzten etwa
    1.500 bis 2.000 Teilnehmer", "schätzt den Schaden" is not one): the number is the
    estimate. "schätzt die Arbeit der Helfer" (esteem) and a bare year ("im Jahr 2005") are
    none."""
    if lo > 0 and texts[lo - 1] in (",", ";", ":"):
        return False
    lo = _after_adverbials(texts, lo, hi)
    k = lo
    while k < hi and texts[k].lower() in QUANTIFIERS:
        k += 1
    if k >= hi - 1:
        return False
    word = texts[k]
    number = word[:1].isdigit() or word.lower() in COUNT_WORDS
    return number and any(t[:1].isupper() or t in ("%", "€", "$") for t in texts[k + 1 : k + 4])


def as_fronted(texts: list[str], lo: int, hi: int) -> bool:
    """Whether the sentence opens with an "als" phrase naming what the object is ("Als Grund
    gab die Behörde die mangelnde Sicherheit an", "Als Ursache nannte er einen Defekt"): the
    object is then the reason, date or cause given. "Als er ankam, gab er …" (a clause) and
    an object of one word are none."""
    return (
        hi - lo >= 2
        and len(texts) > 2
        and texts[0].lower() == "als"
        and texts[1][:1].isupper()
        and texts[1].lower() not in AS_CLAUSE_STARTS
        and "," not in texts[1:lo]
    )


# prepositions of a reason, circumstance or manner before a framed phrase ("mahnte wegen der
# Trockenheit zur Vorsicht", "sprach sich angesichts der Lage für … aus", "sprach sich mit
# großer Mehrheit für … aus")
LEAD_ADVERBIALS = ADVERBIAL_PREPOSITIONS | frozenset(
    {"wegen", "angesichts", "trotz", "seit", "mit", "ohne"}
)
# a preposition with its article fused in: "zur Vorsicht" is a whole phrase of two words,
# while a bare "über Lärm" is too thin to be what was complained about
CONTRACTED_PREPOSITIONS = frozenset({"zur", "zum", "beim", "im", "am", "vom", "ins"})


def led_by(
    texts: list[str], lo: int, hi: int, preps: frozenset[str], times: frozenset[str] = frozenset()
) -> bool:
    """Whether the object span opens with the frame's preposition and a phrase of its own
    words follows before any comma ("klagten über zu viel Stress und zu wenig Freizeit"):
    what was complained about is the statement. Adverbial phrases of other prepositions may
    stand before it ("mahnte wegen der Waldbrandgefahr zur Vorsicht"): a reason is no
    addressee, while "mahnte die Schüler zur Ruhe" still opens with the persons admonished.
    A frame's "gegen" before a time noun (`times`) or a number is a time ("gegen Ende")."""
    skip = LEAD_ADVERBIALS - preps
    if lo < hi and time_phrase(texts, lo, hi, times):
        skip = skip | {"gegen"}  # "sprach sich gegen Ende der Sitzung für … aus"
    lo = _after_adverbials(texts, lo, hi, skip)
    if lo >= hi:
        return False
    need = 2 if texts[lo].lower() in CONTRACTED_PREPOSITIONS else 3
    if hi - lo < need or texts[lo].lower() not in preps:
        return False
    rest = texts[lo + 1 : hi]
    return "," not in rest[:2] and any(t[:1].isupper() for t in rest)


def time_phrase(texts: list[str], k: int, hi: int, times: frozenset[str]) -> bool:
    """Whether texts[k] opens a time phrase with "gegen": "gegen Ende der Sitzung", "gegen
    18 Uhr" (`times`: lexicons/quote_time_after_gegen.txt, lower-cased); "gegen den
    Windpark" is what a speaker is against."""
    if texts[k].lower() != "gegen" or k + 1 >= hi:
        return False
    after = texts[k + 1]
    return after[:1].isdigit() or (after[:1].isupper() and after.lower() in times)


def _after_adverbials(
    texts: list[str], lo: int, hi: int, preps: frozenset[str] = ADVERBIAL_PREPOSITIONS
) -> int:
    """The object's start after prepositional phrases before it ("erwartet für das Jahr
    einen Anstieg", "erwartet von der Regierung eine Lösung"): each runs to its noun."""
    while lo < hi and texts[lo].lower() in preps:
        k = lo + 1
        while k < hi and not texts[k][:1].isupper():
            k += 1
        if k + 1 >= hi:
            return lo
        lo = k + 1
    return lo


def _names_people(head: str, people: frozenset[str]) -> bool:
    """A role noun ("Präsidenten") or a noun for people ("Gäste", "Bewohner")."""
    low = head.lower()
    return is_role(head) or any(low in (p, p + "n", p + "en") for p in people)


def reports_object(
    frames: ReportedFrames, lemma: str, texts: list[str], lo: int, hi: int, people: frozenset[str]
) -> bool:
    """Whether a cue's noun-phrase object carries the frame its lemma needs to report."""
    frame = frames.frame(lemma)
    if frame == "predicative":
        return predicative_object(texts, lo, hi)
    if frame == "object":
        return thing_object(texts, lo, hi, people)
    if frame == "ruled_out":
        return ruled_out(texts, lo, hi, people)
    if frame == "seen_in":
        return seen_in_object(texts, lo, hi, people)
    if frame == "as_fronted":
        return as_fronted(texts, lo, hi)
    if frame == "amount":
        return amount_object(texts, lo, hi)
    if frame is not None and frame.startswith("lead:"):
        preps = frozenset(frame[5:].split(","))
        return led_by(texts, lo, hi, preps, frames.times_after_gegen)
    if frame is not None and frame.startswith("prep:"):
        return prepositional_amount(texts, lo, hi, frozenset(frame[5:].split(",")))
    return False
