"""What an amount in a unit (Euro, Prozent, Kilometer) measures: the noun after the unit,
its genitive, the noun before "von", the object of "schätzen … auf", a frame noun ("die Zahl
der …") or the clause's subject phrase. None when the clause names nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.nlp.figures import rules as R
from bot.nlp.figures.changes import changed_subject
from bot.nlp.figures.costs import measured_by_verb
from bot.nlp.figures.elections import ELECTION_RE, election_scope, party_share, vote_share
from bot.nlp.figures.lemmas import is_common_noun, noun_lemma
from bot.nlp.figures.lexicon import (
    Lemmatize,
    is_estimate_verb,
    is_measure_unit,
    lexicon,
    report_verb,
)
from bot.nlp.figures.numerals import fraction_unit
from bot.nlp.figures.phrases import (
    HasText,
    attachments,
    clause_bounds,
    clause_phrases,
    display,
    is_adj,
    is_noun,
    is_time,
    lower_at,
    noun_phrase,
    text_at,
    usable,
)
from bot.nlp.figures.words import PREPOSITIONS


def measured_subject(
    toks: Sequence[HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """What an amount in a unit (Euro, Prozent, Kilometer) measures: the genitive after the
    unit ("30 Prozent der Stimmen"), the noun before "von" ("ein Verlust von 2 Mrd. Euro"),
    else the clause's subject phrase with its attachments ("Die Pünktlichkeit im Fernverkehr
    lag bei 62 Prozent"); None when the clause names nothing."""
    after = last + 1
    dimension = lexicon().dimension_words.get(lower_at(toks, after))
    if dimension and unit not in R.PERCENT.values() and unit not in R.CURRENCIES.values():
        # "1,75 Meter groß", "60 Kilometer nördlich von Erigabo"; never a share or an amount
        # ("34 Prozent vor vier Jahren" is no distance)
        return dimension
    share = vote_share(toks, first, last, unit, lemmatize)
    if share is not None:
        return share
    found = ratio_subject(toks, first, last, unit, lemmatize) or _measured(
        toks, first, last, unit, lemmatize
    )
    start, _ = clause_bounds(toks, first)
    found = party_share(found, unit, [text_at(toks, k) for k in range(start, first)])
    owner = _bracketed_owner(toks, first)
    if found and owner and owner not in found:
        return f"{found} ({owner})"  # "Griechenland (180 Prozent) und Italien (130 Prozent)"
    named = re.findall(r"[\w-]+", found or "")
    if found and unit == "Prozent" and not any(ELECTION_RE.match(w) for w in named):
        scope = election_scope(toks)  # "Wahlbeteiligung (Landtagswahl in Hessen 2013)"
        return f"{found} ({' '.join(scope)})" if scope else found
    return found


_GENITIVES = frozenset({"des", "der", "seines", "ihres", "seiner", "ihrer"})


def ratio_subject(
    toks: Sequence[HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """A percentage of a reference quantity (lexicons/figure_dimensions.tsv, rows "ratio")
    said of the clause's own subject is that subject's ratio to the quantity: "Die Schulden
    liegen bei 60 Prozent des BIP" -> "Schulden im Verhältnis zum BIP", never "Anteil des
    Bruttoinlandsprodukts", which joined debts, deficits and spending in one topic. A
    The owner is the nearest noun phrase before the amount ("Die EU erlaubt eine Verschuldung
    bis zu 60 Prozent des BIP": Verschuldung), else the clause's first after it. A
    percentage that opens its clause is a share of the quantity ("60 Prozent des Umsatzes
    entfallen auf das Ausland"); None then, when the clause names no subject, and for other
    genitives."""
    after = last + 1
    if unit != "Prozent" or lower_at(toks, after) not in _GENITIVES:
        return None
    base = lexicon().ratio_bases.get(text_at(toks, after + 1))
    a, b = clause_bounds(toks, first)
    if base is None or first == a:
        return None
    phrases = usable(clause_phrases(toks, a, b, range(first, after + 2), lemmatize))
    before = [p for p in phrases if not p[3] and p[0] < first]
    owner = before[-1] if before else next((p for p in phrases if not p[3]), None)
    if owner is None:
        return None
    return f"{display(owner[1], toks, owner[2], lemmatize)} im Verhältnis zum {base}"


def _measured(
    toks: Sequence[HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """measured_subject without the dimension, vote-share and election-scope steps; an
    elided amount ("…, mindestens aber 350 Euro") recurses on the amount it continues."""
    after = last + 1
    a, _ = clause_bounds(toks, first)
    head = a
    while head < first and (lower_at(toks, head) in R.DETERMINERS or is_adj(text_at(toks, head))):
        head += 1
    if head < first and text_at(toks, head) in lexicon().non_topics:
        return text_at(toks, head)  # "Der Grund sind 3 Prozent": what it says, but no topic
    after = _past_comparative(toks, after)
    if (
        after < len(toks)
        and is_noun(toks[after].text)
        and toks[after].text not in lexicon().frame_nouns
    ):
        np = noun_phrase(toks, after, lemmatize)  # "262 Millionen Euro Gewinn"
        if np is not None:
            return display(np[0], toks, np[1], lemmatize)
    if lower_at(toks, after) in ("der", "des", "aller") and after + 1 < len(toks):
        np = noun_phrase(toks, after + 1, lemmatize)
        if np and not is_time(np[0][-1]):
            more, end = attachments(toks, np[1], 1, lemmatize)
            group = [toks[after].text, *np[0], *more]
            return share_of(unit, group, toks, (first, end), lemmatize)
    before = _named_before(toks, first, unit, lemmatize)
    if before is not None:
        return before
    a, b = clause_bounds(toks, first)
    by_verb = measured_by_verb(toks, a, b)
    if by_verb is not None:  # "Die Einigung koste … 45 Millionen Euro": Kosten der Einigung
        more, _ = attachments(toks, by_verb[1], 1, lemmatize)
        return " ".join([by_verb[0], *more])
    estimated = _estimated_object(toks, a, first, lemmatize) or _framed(
        toks, a, b, range(first, last + 1), lemmatize
    )
    if estimated is not None:
        return estimated
    phrases = usable(clause_phrases(toks, a, b, range(first, last + 1), lemmatize))
    if not phrases:
        phrases = usable(clause_phrases(toks, 0, len(toks), range(first, last + 1), lemmatize))
    subjects = [p for p in phrases if not p[3]]
    pick = subjects[0] if subjects else (phrases[0] if phrases else None)
    if pick is None:
        return None
    if unit in _MONEY and _bare_name(toks, pick[0], pick[1], lemmatize):
        return owned_amount(toks, " ".join(pick[1]), lemmatize)
    per_hour = lower_at(toks, last + 1) == "pro" and lower_at(toks, last + 2) == "stunde"
    return dimension_of(display(pick[1], toks, pick[2], lemmatize), unit, per_hour)


_MONEY = frozenset(R.CURRENCIES.values())
_SHARE_WORDS = 5


def share_of(
    unit: str,
    group: list[str],
    toks: Sequence[HasText],
    span: tuple[int, int],
    lemmatize: Lemmatize | None = None,
) -> str:
    """The subject of a share of a group ("zwei Drittel der Befragten halten die Rente für
    unsicher"): the group's share with what the clause says the share holds or does
    ("Anteil der Befragten – halten die Rente für unsicher"; no bracket, which grouping and
    display drop as clause context, and no colon, which the topic list puts before the
    value). The fraction or percent is the unit, never the topic: "Drittel der Befragten" and
    "Prozent der Befragten" split one group over topics by the way its share is written,
    while two claims about one group ("halten die Rente für unsicher", "wollen länger
    arbeiten") are told apart by their predicates. `span` is the share's first token and the
    token after its group. The predicate's verb comes before the share when an adverb or a
    prepositional phrase opens the clause ("Inzwischen halten drei Viertel der Befragten die
    Rente für unsicher"); after a subject ("Der Konzern baut 30 Prozent der Stellen ab") the
    share is an object and has no predicate. The verb is written in one form
    (`predicate_verb`): "will länger arbeiten" and "wollen länger arbeiten" are one claim. A
    share of a thing reads the same way ("Anteil des Umsatzes"); a predicate of more than a
    few words is left out rather than cut."""
    if unit not in R.PERCENT.values() and fraction_unit(unit) is None:
        return " ".join([unit, *group])
    first, end = span
    name = " ".join(["Anteil", *group])
    said = _predicate(toks, first, end, lemmatize)
    if said is None:
        return name  # the share is the verb's object
    _, b = clause_bounds(toks, end)
    content = [w for w in said if w.lower() not in R.DETERMINERS]
    cut = any(text_at(toks, k)[:1].isdigit() for k in range(end, b))
    if not content or cut or len(content) > _SHARE_WORDS or said[-1].lower() in PREPOSITIONS:
        return name  # "30 Prozent der Jugendlichen zwischen 13 und 15 Jahren": no predicate
    if not _opens_with_verb(said):
        return name  # "… der Tickets für Auftritte in den USA": a phrase, not what they do
    return f"{name} – {' '.join(said)}"


def _predicate(
    toks: Sequence[HasText], first: int, end: int, lemmatize: Lemmatize | None
) -> list[str] | None:
    """The words of a share's predicate, its finite verb in one form (`predicate_verb`):
    the verb before the share when an adverb or a prepositional phrase opens the clause
    ("Inzwischen halten drei Viertel der Befragten die Rente für unsicher"), else the words
    after the share's group, whose first is the finite verb only when the share opens a
    main clause ("Ein Drittel der Befragten will länger arbeiten"; in "…, dass ein Drittel
    der Befragten länger arbeiten will" or "… die Hälfte der Halle abgesucht" it is not, and
    a participle is no verb form to change). None when the share is the object of a verb
    after the clause's subject."""
    _, b = clause_bounds(toks, end)
    said = [text_at(toks, k) for k in range(end, b) if text_at(toks, k)[:1].isalpha()]
    verb = _verb_before(toks, first, lemmatize)
    if verb is not None:
        if not _adjunct_opens(toks, verb):
            return None
        said = [text_at(toks, verb), *said] if said else said
    elif not _opens_main_clause(toks, first):
        return said
    return [predicate_verb(said[0], lemmatize), *said[1:]] if said else said


_MAIN_CLAUSE_JOINS = frozenset({"und", "oder", "aber", "denn", "sondern", "doch", ":", ";"})


def _opens_main_clause(toks: Sequence[HasText], first: int) -> bool:
    """Whether the token `first` opens a main clause: the sentence's start or the first word
    after a coordinating conjunction, a colon or a semicolon (not after "dass", "weil" or a
    comma, which open clauses with the verb at the end)."""
    a, _ = clause_bounds(toks, first)
    return first == a and (a == 0 or lower_at(toks, a - 1) in _MAIN_CLAUSE_JOINS)


# The plural present of a share's predicate is its infinitive except for "sein": "sind
# unzufrieden" reads as a claim, "sein unzufrieden" does not.
_PLURAL_PRESENT = {"sein": "sind"}


def predicate_verb(word: str, lemmatize: Lemmatize | None) -> str:
    """A share's predicate verb in one form, its plural present: "will", "wollten" ->
    "wollen", "hält" -> "halten", "ist" -> "sind". A group's share is written with a verb in
    the singular or the plural ("ein Drittel der Befragten will", "zwei Drittel wollen") and
    in any tense; one claim about one group is one topic. The word stays as it is when the
    lemma table does not know it as a verb form."""
    lemma = lemmatize(word) if lemmatize is not None else None
    if not lemma or not lemma[:1].islower() or not lemma.endswith("n"):
        return word
    return _PLURAL_PRESENT.get(lemma, lemma)


def _verb_before(toks: Sequence[HasText], first: int, lemmatize: Lemmatize | None) -> int | None:
    """The finite verb right before a share in a main clause ("Inzwischen halten drei
    Viertel …", "Der Konzern baut 30 Prozent der Stellen ab"): a lower-case verb form after
    the clause's first words; None when the share opens its clause or the word before it is
    no verb ("Zuletzt nur 30 Prozent …"); a focus particle before the share is skipped
    ("Laut Umfrage wollen nur 30 Prozent …")."""
    k = first - 1
    a, _ = clause_bounds(toks, first)
    while k > a and lower_at(toks, k) in _FOCUS_PARTICLES:
        k -= 1  # "Laut Umfrage wollen nur 30 Prozent …": the particle is the share's
    word = text_at(toks, k) if k > a else ""
    low = word.lower()
    if not word[:1].islower() or not word.isalpha() or low in _NOT_VERBS:
        return None
    if low in PREPOSITIONS or low in R.DETERMINERS or low in R.PRONOUNS:
        return None
    lemma = lemmatize(word) if lemmatize is not None else None
    if lemma is not None and lemma != word:
        return k if lemma[:1].islower() and lemma.endswith("n") else None
    return k if low.endswith(("en", "ern", "eln")) else None


def _adjunct_opens(toks: Sequence[HasText], verb: int) -> bool:
    """Whether the words before a main clause's verb are an adverb or a prepositional phrase
    ("Inzwischen", "Laut der Umfrage"), not its subject: only then is a share after the
    verb the subject, and the verb its predicate's."""
    a, _ = clause_bounds(toks, verb)
    opener = lower_at(toks, a)
    if opener in PREPOSITIONS and opener not in R.DETERMINERS:
        return True
    if verb - a != 1:
        return False
    return (
        opener in R.CLAUSE_ADVERBS
        or opener in lexicon().clause_openers
        or opener.endswith(_ADVERB_ENDINGS)
    )


_ADVERB_ENDINGS = ("gemäß", "weise", "mals")  # "Erfahrungsgemäß", "Möglicherweise", "Damals"


_FOCUS_PARTICLES = frozenset(
    {"nur", "lediglich", "bereits", "schon", "sogar", "immerhin", "gerade", "allein"}
)
_NOT_VERBS = frozenset({"kein", "keine", "keinen", "keiner", "nicht", "zu", "auch", "noch"})


def _opens_with_verb(said: Sequence[str]) -> bool:
    """Whether a share's predicate starts with its verb ("halten die Rente für unsicher",
    "wurde entlassen"): a capitalised word, a preposition, an article or a negation there
    opens a phrase that says nothing the share does on its own."""
    first = said[0]
    low = first.lower()
    return (
        first[:1].islower()
        and low not in PREPOSITIONS
        and low not in R.DETERMINERS
        and (low not in _NOT_VERBS)
    )


def _bare_name(toks: Sequence[HasText], start: int, words: list[str], lemmatize: Lemmatize) -> bool:
    """Whether a clause's phrase is a name standing alone, without an article ("Microsoft",
    "Siemens", "Apple Inc"), not a common noun ("Kosten", "der Konzern"), nor the noun an
    amount before it measures ("3.000 Euro Schmerzensgeld": a word the lemma table may not
    know either) or the unit of a rate ("pro Fluggast")."""
    if not words or lower_at(toks, start) in R.DETERMINERS:
        return False
    if words[-1].lower().endswith(lexicon().money_nouns):
        return False  # "Flicks Vermögen", "Einkommen": says what the amount is
    before = lower_at(toks, start - 1) if start > 0 else ""
    if before in R.CURRENCIES or before[:1].isdigit() or is_measure_unit(text_at(toks, start - 1)):
        return False
    if before == "pro":
        return False  # "90 Euro pro Fluggast": a rate's unit, not who has the amount
    if not all(w[:1].isupper() for w in words):
        return False
    return not is_common_noun(words[-1], lemmatize, lexicon().place_tails)


def owned_amount(toks: Sequence[HasText], name: str, lemmatize: Lemmatize) -> str | None:
    """What a company's or person's amount of money is, from a money noun of its sentence
    ("Beim Umsatz liegt Microsoft mit 245 Milliarden US-Dollar vorn" -> "Umsatz (Microsoft)";
    lexicons/figure_dimensions.tsv, rows "money"), else None: "Microsoft: 532 Milliarden
    US-Dollar" alone says neither turnover nor value, and a topic "Microsoft" read as a count
    of the company joined its turnover with its market value."""
    ends = lexicon().money_nouns
    for tok in toks:
        word = tok.text
        if word[:1].isupper() and word.lower().endswith(ends):
            noun = noun_lemma(word, lemmatize) or word
            return f"{noun} ({name})"
    return None


def dimension_of(phrase: str, unit: str, per_hour: bool = False) -> str:
    """What a physical measure says of the thing its clause names: that thing's dimension
    ("Ein Autofahrer fuhr 50 Meter" -> "Länge (Autofahrer)", "eine Firma mit 1.000 PS" ->
    "Leistung (Firma)"). The clause's subject has the length or power, it is not what is
    measured; shown bare, "Autofahrer: 50 Meter" read as a count of drivers and joined
    unrelated stories. A phrase that already names a dimension or measure ("Die
    Höchstgeschwindigkeit", "Die Leistungsdichte") stays as it is, and so does one with its
    own genitive ("Der Pegel der Oder erreichte 5,54 Meter"): it names what of whom is
    measured. A distance per hour ("120 Kilometer pro Stunde") is a speed."""
    lex = lexicon()
    dimension = lex.unit_dimensions.get("Stundenkilometer" if per_hour else unit)
    if dimension is None:
        return phrase
    core, bracket, rest = phrase.partition(" (")
    if any(w in _GENITIVE_ARTICLES or w == "der" for w in core.split()[1:]):
        return phrase
    for word in core.split():
        low = word.lower()
        if word in lex.dimensions or word in lex.measures or word in lex.frame_nouns:
            return phrase
        if dimension.lower() in low or any(d.lower() in low for d in lex.dimensions):
            return phrase  # "Spitzengeschwindigkeiten", "Leistungsdichte"
    return f"{dimension} ({core}){bracket}{rest}"


def _named_before(
    toks: Sequence[HasText], first: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """What the words right before an amount name as measured: a change ("eine Erhöhung der
    Löhne um 8 Prozent"), the amount an elided one continues ("…, mindestens aber 350 Euro"),
    a noun before "von"/"über" ("ein Fonds über 2 Mrd. Euro")."""
    changed = changed_subject(toks, first)
    if changed is not None:
        return changed  # "eine Erhöhung der Löhne um 8 Prozent"
    previous = _elided_amount(toks, first)
    if previous is not None:
        return _measured(toks, previous, previous + 1, unit, lemmatize)
    # a range's own "von" ("einem Schaden von 80 bis 100 Millionen Euro") is the one after the noun
    k = first if lower_at(toks, first) == "von" else first - 1
    if (
        lower_at(toks, k) == "von"
        and lower_at(toks, k - 1) == "höhe"
        and lower_at(toks, k - 2) == "in"
    ):
        k -= 2
    if lower_at(toks, k) in ("von", "in", "über"):  # "ein Fonds über 2 Mrd. Euro"
        j = k - 1
        while j >= 0 and is_noun(toks[j].text) and j > k - 3:
            if j < k - 1 and _in_pp(toks, j):
                break  # "auf den Zufahrtsstraßen Staus von 20 Kilometern": where, not what
            j -= 1
        if j < k - 1:
            np = noun_phrase(toks, j + 1, lemmatize)
            if np and np[0][-1] not in lexicon().frame_nouns:
                words = _nominative(np[0], lower_at(toks, j), lemmatize)
                shown = display(words, toks, np[1], lemmatize)
                if len(words) == 1 and " " not in shown and unit in R.PERCENT.values():
                    owner = _owner(toks, j + 1, lemmatize)  # a share is always someone's
                    return f"{shown} ({owner})" if owner else shown
                return shown
    return None


def _owner(toks: Sequence[HasText], noun: int, lemmatize: Lemmatize) -> str | None:
    """Whose bare amount noun it is: the clause's subject before it ("Die spanische ACS war
    mit einem Aktienanteil von 30 Prozent …" -> "ACS"). "Aktienanteil" alone joined the
    shares of two companies in two stories into one topic. A clause that reports ("Die
    Polizei meldete einen Schaden von …") names its source there, not the owner."""
    a, b = clause_bounds(toks, noun)
    if any(report_verb(toks[k].text, lemmatize) for k in range(a, b)):
        return None
    phrases = usable(clause_phrases(toks, a, noun, range(noun, noun + 1), lemmatize))
    subject = next((p for p in phrases if not p[3]), None)
    if subject is None:
        return None
    start, words, _end, _in_pp = subject
    names = [w for w in words if w[:1].isupper()]
    if not names or any(is_measure_unit(w) or w in lexicon().dimensions for w in names):
        return None  # "Länge (Kilogramm)", "Reichweite (PS)": a unit owns nothing
    introduced = lower_at(toks, start) in R.DETERMINERS or lower_at(toks, start - 1) in (
        R.DETERMINERS
    )
    if introduced or _is_name(names):
        return " ".join(names)
    return None  # "Immerhin", "Davor", "Obwohl Steinbrück": a clause opener, no owner


def _bracketed_owner(toks: Sequence[HasText], first: int) -> str | None:
    """The name an amount in brackets right after it belongs to ("die am höchsten
    verschuldeten Staaten Europas, Griechenland (180 Prozent) und Italien (130 Prozent)"):
    each value is its name's, not two competing values of the clause's subject."""
    if text_at(toks, first - 1) != "(":
        return None
    name = text_at(toks, first - 2)
    if any(is_measure_unit(part) for part in (name, *name.split("-"))):
        return None  # "100 Millionen US-Dollar (90 Millionen Euro)": a conversion
    return name if name[:1].isupper() and _is_name([name]) else None


def _is_name(names: list[str]) -> bool:
    """Whether capitalised words without an article name someone: a country, a name of
    several words ("Rick Santorum"), or one written with capitals or a hyphen inside ("ACS",
    "EADS", "Google-Holding"), unlike a capitalised opener ("Immerhin", "Momentan")."""
    if len(names) > 1:
        return not any(w.lower() in R.CLAUSE_ADVERBS for w in names)
    word = names[0]
    return word in lexicon().countries or any(c.isupper() or c == "-" for c in word[1:])


_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jedes"})


def _in_pp(toks: Sequence[HasText], j: int) -> bool:
    """Whether the noun at j closes a prepositional phrase ("auf den Zufahrtsstraßen")."""
    preps = lexicon().governing_preps
    if lower_at(toks, j - 1) in R.DETERMINERS:
        j -= 1
    return lower_at(toks, j - 1) in preps


def _nominative(words: list[str], before: str, lemmatize: Lemmatize) -> list[str]:
    """A genitive noun shown as its lemma ("wegen des Defizits von 20 Millionen Euro" ->
    "Defizit"): the subject names the thing, whatever case the sentence puts it in."""
    if before not in _GENITIVE_ARTICLES or not words:
        return words
    lemma = noun_lemma(words[-1], lemmatize)
    return [*words[:-1], lemma] if lemma else words


def _elided_amount(toks: Sequence[HasText], first: int) -> int | None:
    """The amount before the comma an elided one continues ("um 8 Prozent, mindestens aber
    350 Euro": both measure the increase): the amount (with its qualifier) opens its clause,
    the clause before it ends with an amount. Its number's index, else None."""
    a, _ = clause_bounds(toks, first)
    if a < 3 or toks[a - 1].text != "," or a != first:
        return None  # "…, spülte 558 Millionen US-Dollar": a clause of its own
    for p in (a - 2, a - 3):
        if p >= 0 and any(c.isdigit() for c in text_at(toks, p)):
            return p
    return None


_COMPARATIVES = frozenset({"mehr", "weniger"})


def _past_comparative(toks: Sequence[HasText], after: int) -> int:
    """Where the measured noun after a unit starts: past a comparative ("acht Prozent mehr
    Lohn" measures Lohn) or "an" ("1,2 Millionen Euro an Spenden" measures Spenden)."""
    if lower_at(toks, after) in _COMPARATIVES and after + 1 < len(toks):
        return after + 1
    if lower_at(toks, after) == "an" and is_noun(text_at(toks, after + 1)):
        return after + 1
    return after


def _framed(
    toks: Sequence[HasText], a: int, b: int, skip: range, lemmatize: Lemmatize
) -> str | None:
    """A frame noun with its genitive as the clause's subject ("die Zahl der Starkregentage in
    Mitteldeutschland wird um 20 Prozent steigen"): the amount measures that number, so the
    subject is the whole phrase, not the frame's genitive alone nor another noun."""
    frames = lexicon().frame_nouns
    for k in range(a + 1, b - 2):
        if k in skip or toks[k].text not in frames or lower_at(toks, k + 1) not in ("der", "des"):
            continue
        if (
            lower_at(toks, k - 1) not in R.DETERMINERS
            or lower_at(toks, k - 2) in lexicon().governing_preps
        ):
            continue
        np = noun_phrase(toks, k + 2, lemmatize)
        if np is None or np[1] > b or np[1] > skip.start or is_time(np[0][-1]):
            continue
        more, _ = attachments(toks, np[1], 1, lemmatize)
        return " ".join([toks[k].text, toks[k + 1].text, *np[0], *more])
    return None


_MEASURED_ENDINGS = ("schaden", "schäden", "kosten", "verlust", "verluste", "zahl", "summe")


def names_measured(words: Sequence[str]) -> bool:
    """Whether a noun phrase names what is measured or counted ("Die Zahl der Toten", "Die
    Kosten", "Die Schäden"), never who measures it: before a report verb it is the fronted
    object ("Die Zahl der Toten bezifferte die Polizei auf 12")."""
    head = next((w for w in words if is_noun(w) or w in lexicon().non_topics), "")
    lex = lexicon()
    return (
        head in lex.frame_nouns
        or head in lex.dimensions
        or head in lex.concepts
        or head.lower().endswith(_MEASURED_ENDINGS)
    )


def _estimated_object(
    toks: Sequence[HasText], a: int, first: int, lemmatize: Lemmatize
) -> str | None:
    """The measured thing of "X schätzt/beziffert Y auf N": Y, the object, never X (the
    subject of the verb is the source). "Die Ermittler schätzen den Schaden auf rund 2
    Millionen Euro" -> "Schaden"; None when the amount follows no "auf" of such a verb."""
    k = first - 1
    while k > a and toks[k].text[:1].islower() and lower_at(toks, k) != "auf" and k > first - 4:
        k -= 1  # qualifiers: "auf rund", "auf mehr als"
    if lower_at(toks, k) != "auf":
        return None
    verb = next((j for j in range(a, k) if is_estimate_verb(toks[j].text, lemmatize)), None)
    if verb is None:
        return None
    phrases = [p for p in usable(clause_phrases(toks, a, k, range(0), lemmatize)) if not p[3]]
    accusative = [p for p in phrases if lower_at(toks, p[0]) in ("den", "einen")]
    fronted = [p for p in phrases if p[0] < verb and names_measured(p[1])]  # "Die Kosten"
    after_verb = [p for p in phrases if p[0] > verb]
    picks = accusative or fronted or after_verb[-1:]
    if not picks:
        return None
    pick = picks[0]
    return display(pick[1], toks, pick[2], lemmatize)
