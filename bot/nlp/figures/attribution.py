"""Who reported a figure: chooses among the statements around it, the markers and report
cues of its sentence and a "demnach" pointing back to the sentence before, all as the shared
attribution stage found them (bot.nlp.figures.markers reads them off doc._.attributions)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from bot.models import Quote
from bot.nlp.figures import rules as R
from bot.nlp.figures.lexicon import AGE_SUBJECT, is_measure_unit, lexicon
from bot.nlp.figures.sources import description_of_role, is_unnamed_source
from bot.nlp.figures.speakers import (
    clean_speaker,
    degenitive,
    is_anonymous,
    np_after,
    presenting_subject,
    report_name,
)
from bot.nlp.figures.subjects import word_stem
from bot.nlp.figures.surveys import SURVEY, answers_survey, of_respondents, survey_source
from bot.nlp.figures.words import PREPOSITIONS, FigureMatch, Tok
from bot.nlp.lemma_lookup import table_lemmatize
from bot.nlp.lexicons import lead_skip_words, rows, words
from bot.nlp.numbers import multiplier
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.word_classes import is_org, is_role


def source_of_figure(
    toks: Sequence[Tok],
    figure: FigureMatch,
    containing_quotes: Sequence[Quote],
    sentence_quotes: Sequence[Quote],
    previous: Sequence[Tok] | None,
    previous_source: str | None,
    attributions: Sequence[tuple[int, str | None]],
    back: bool = False,
) -> str | None:
    """Who reported a figure: the one entry point of the figure rules' source logic (the
    sentence's statements, markers and report cues, `attributions`, then a marker the shared
    attribution stage found pointing back, `back`: "Demnach …")."""
    if is_age(toks, figure):
        return None
    containing_quotes = [q for q in containing_quotes if not decides(q)]
    sentence_quotes = [q for q in sentence_quotes if not decides(q)]
    answers, survey = survey_source(toks, figure, previous_source)
    found = find_source(toks, figure, containing_quotes, sentence_quotes, attributions)
    if answers and not _marked(toks):
        if of_respondents(toks, figure) and not answers_survey(toks, figure):
            # "40 Prozent der Befragten …, teilte die Krankenkasse mit": a reporter of the
            # sentence beats a survey named before, never a word of the share ("Knapp");
            # with an answer verb the survey stays ("In der Pflege gaben 41 Prozent … an")
            return (
                _reporter(toks, figure, found) if survey in (SURVEY, previous_source) else None
            ) or survey
        return survey
    if names_an_amount(found) or names_the_counted(found, figure):
        found = None
    if (found is None or found == "anonymous") and back:
        found = demnach_source(previous, previous_source) or found
    if found == "anonymous" and previous_source and not _marked(toks):
        # ", hieß es": the report of the sentence before goes on; an unnamed source the
        # sentence marks itself ("Laut einem Medienbericht …") is another one
        return previous_source
    return found


def decides(quote: Quote) -> bool:
    """Whether a statement is a decision ("Der Gemeinderat hat beschlossen, die Gebühr von
    30 auf 120 Euro anzuheben", "Das Kabinett entschied, 2.000 Stellen zu schaffen"): its
    numbers are what was decided, an act the article reports, not a count or estimate the
    deciding body gives, so its speaker is no source of them (a marker or report verb of
    the sentence still is). A demand keeps its speaker: "Verdi fordert 8 Prozent mehr" is
    Verdi's number."""
    cue = (quote.cue or "").lower().split()
    if not cue:
        return False
    if cue[0] in _decision_forms():
        return True  # "beschloss", "entschied": strong forms the lemma table may lack
    lemma = table_lemmatize()(cue[0]) or cue[0]
    return (cue[-1] + lemma if len(cue) > 1 else lemma) in _decision_forms()  # "legte fest"


@cache
def _decision_forms() -> frozenset[str]:
    """Decision verbs as the quote rules know them (lexicons/quote_decisions.txt) and their
    strong forms (lexicons/cue_strong_verbs.tsv: "beschloss", "entschieden")."""
    decisions = words("quote_decisions.txt")
    strong = {
        f
        for lemma, forms in rows("cue_strong_verbs.tsv")
        if lemma in decisions
        for f in forms.split()
    }
    return decisions | frozenset(strong)


def is_age(toks: Sequence[Tok], figure: FigureMatch) -> bool:
    """Whether the figure is a person's age written as an attribute or a noun ("der
    46-Jährige", "ein 29-jähriger Mann", "die 61 Jahre alte Fahrerin"): the writer's
    description of someone in the story, never a number a source reports, even in a sentence
    with a report verb or marker ("Ein 46-Jähriger wurde festgenommen, teilte die Polizei
    mit": the arrest is the police's news, not the age), as is "im Alter von 84 Jahren" ("Sie
    starb im Alter von 84 Jahren, wie ihr Verlag mitteilte"). A predicative age is a
    statement and keeps its source ("Der Täter sei 18 bis 25 Jahre alt, so die Polizei")."""
    if figure.unit == "Jahr" and _after_alter_von(toks, figure.number_token):
        return True
    subject = figure.subject or ""
    if figure.unit != "Jahr" or subject.split(" (")[0] != AGE_SUBJECT:
        return False
    words = [t.text.lower() for t in toks[figure.first_token : figure.number_token + 3]]
    return any("jährig" in w for w in words) or any(w in _ATTRIBUTIVE_ALT for w in words)


_ATTRIBUTIVE_ALT = frozenset({"alte", "alten", "alter", "altes", "altem"})


def _after_alter_von(toks: Sequence[Tok], number: int) -> bool:
    """Whether the number stands right after "Alter von" ("im Alter von 84 Jahren"): an
    age the writer gives, like "die 84-Jährige"."""
    return number >= 2 and toks[number - 1].text == "von" and toks[number - 2].text == "Alter"


def _reporter(toks: Sequence[Tok], figure: FigureMatch, found: str | None) -> str | None:
    """`found` unless it is no reporter: an amount's words or a word of the figure's own
    phrase ("Knapp" of "Knapp ein Drittel der Befragten hält …")."""
    own = {t.text for t in toks[figure.first_token : figure.number_token + 4]}
    if found is None or names_an_amount(found) or names_the_counted(found, figure):
        return None
    return None if any(w in own for w in found.split()) else found


def _marked(toks: Sequence[Tok]) -> bool:
    """Whether the sentence has an according-to marker ("laut", "zufolge", "nach Angaben"):
    its own source then comes before a survey's."""
    markers = lexicon().markers
    return any(
        (low := t.text.lower()) in markers.before or low in markers.after or low == "angaben"
        for t in toks
    )


def names_an_amount(source: str | None) -> bool:
    """Whether a source the attribution stage found is an amount's words, not someone: a
    unit, currency or magnitude among them ("Mrd. Euro" read as the subject of "zugesagt",
    "Kilogramm Pflanzenschutzmittel" as the antecedent of "Sie"). Nobody is named by a unit,
    so the figure is better left without that source."""
    if not source:
        return False
    words = source.split()
    return any(
        is_measure_unit(w) or w.lower() in R.CURRENCIES or multiplier(w) is not None for w in words
    )


def names_the_counted(source: str | None, figure: FigureMatch) -> bool:
    """Whether a source the attribution stage found is the figure's own counted thing, not
    who counted it: a fronted object read as the speaker ("Die Zahl der akuten
    Atemwegserkrankungen schätzt das Institut auf 6,5 Millionen" -> "Akuten
    Atemwegserkrankungen"), or the noun of "Es gibt 120 Tote": the source's head noun is the
    counted unit. What is counted never reports its own number."""
    if not source or not figure.unit:
        return False
    nouns = [w for w in source.split() if w[:1].isupper()]
    return bool(nouns) and word_stem(nouns[-1]) == word_stem(figure.unit)


def demnach_source(previous: Sequence[Tok] | None, previous_source: str | None) -> str | None:
    """ "Demnach starben 3.700 Menschen", "Etwa 600 wurden demnach getötet": the figure
    comes from the source of the sentence before, the one the marker (found by the shared
    attribution stage, lexicons/according_to.tsv) points back to: its reported source, else
    its subject when it presents numbers ("Die Behörden legten neue Zahlen vor")."""
    if previous_source:
        return previous_source
    if not previous:
        return None
    if not any(t.text.lower() in lexicon().report_nouns for t in previous):
        return None
    words = presenting_subject(previous)
    return clean_speaker(words) if words else None


def possessive_speaker(quotes: Sequence[Quote]) -> str | None:
    """The person a possessive according-to marker around the figure points to ("Nach seinen
    Angaben ermitteln die Behörden gegen mehr als 40 Pflegedienste", "ihren Worten
    zufolge"), as the quote stage resolved it: the marker says whose words the whole clause
    is, so it outranks a report verb inside the clause ("ermitteln die Behörden"), which
    names who acts, not who tells. "nach eigenen Angaben" is left to the subject rule."""
    for q in quotes:
        if q.kind != "according_to" or not _named(q.speaker) or not q.cue:
            continue
        words = q.cue.lower().split()
        if any(w in _POSSESSIVES for w in words):
            return q.speaker
    return None


_POSSESSIVES = R.POSSESSIVE_ANGABEN - {"eigenen"}


def _named(speaker: str | None) -> bool:
    """Whether a quote's speaker names a source: not anonymous and not a word that only says
    "people" ("Menschen" read as the speaker of "die Organisatoren sprachen von 6.000")."""
    if not speaker or is_anonymous(speaker):
        return False
    generic = lexicon().generic
    return not any(speaker[: len(speaker) - cut] in generic for cut in (0, 1, 2))


_CLAUSE_BREAKS = frozenset({",", ";", ":"})


def _same_clause(toks: Sequence[Tok], a: int, b: int) -> bool:
    """Whether no comma stands between token a and token b: "Laut Polizei waren es 2.000
    Teilnehmer, laut Veranstaltern 6.000" gives each number the marker of its own clause,
    even where the other marker is nearer."""
    lo, hi = min(a, b), max(a, b)
    return not any(toks[k].text in _CLAUSE_BREAKS for k in range(lo + 1, hi))


# Konjunktiv forms that make a clause the reported content of the clause before it ("Die
# Polizei meldete 40 Tote, die Zahl der Verletzten sei höher"), never a clause of its own.
_REPORTED_FINITE = frozenset(
    [
        "sei",
        "seien",
        "habe",
        "hätte",
        "hätten",
        "werde",
        "würde",
        "würden",
        "könne",
        "könnten",
        "müsse",
        "müssten",
        "solle",
        "wolle",
        "dürfe",
        "gebe",
        "liege",
        "komme",
        "stehe",
    ]
)


def others_clause(toks: Sequence[Tok], marker: int, number: int) -> bool:
    """Whether the figure at `number` stands in a main clause with its own subject and
    indicative verb after a comma ("…, das Gericht bot 20.000 Euro an"), while the report at
    `marker` governs a clause before it that states a number of its own ("Die Klägerin
    verlangt 50.000 Euro, …"): the two clauses report two parties' numbers, and the first
    one's source does not cover the second. A reported clause (Konjunktiv, or one right
    after the report's verb) stays the report's."""
    if marker >= number:
        return False
    brk = max((k for k in range(marker + 1, number) if toks[k].text in _CLAUSE_BREAKS), default=-1)
    if brk < 0 or brk + 3 >= number + 1:
        return False
    det, noun, verb = (toks[brk + j].text for j in (1, 2, 3))
    if det.lower() not in _SUBJECT_ARTICLES or not noun[:1].isupper():
        return False
    if not verb[:1].islower() or verb in _REPORTED_FINITE or not _finite_like(verb):
        return False
    return any(any(c.isdigit() for c in toks[k].text) for k in range(marker + 1, brk))


_SUBJECT_ARTICLES = frozenset({"der", "die", "das"})

# Marker words an attribution stands at besides the according-to lexicon's ("nach Angaben",
# "so X", "wie X mitteilte", "aus Kreisen verlautete", "unter Berufung auf"); a report cue
# stands at its finite verb, never at one of these.
_MARKER_WORDS = frozenset({"nach", "so", "wie", "aus", "berufung"})


def markers_first(
    toks: Sequence[Tok], clause: Sequence[tuple[int, str | None]]
) -> list[tuple[int, str | None]]:
    """The attributions of the figure's clause, its according-to markers alone where it has
    one: "Nach Angaben der Polizei ermitteln die Behörden gegen 12 Verdächtige" says who
    told (the police), while the report verb's subject says who acts (the authorities),
    however near that verb stands to the number."""
    markers = lexicon().markers
    words = markers.before | markers.after | _MARKER_WORDS
    marked = [a for a in clause if toks[a[0]].text.lower() in words]
    return marked or list(clause)


def _finite_like(word: str) -> bool:
    """A lower-case word after "das Gericht" that can be its verb: no article, preposition
    or conjunction ("die Zahl der Verletzten", "die Polizei in Köln", "die Polizei und")."""
    low = word.lower()
    return low not in R.DETERMINERS and low not in PREPOSITIONS and low not in _NOT_VERBS


_NOT_VERBS = frozenset({"und", "oder", "sowie", "aber", "zufolge", "nach", "selbst", "allein"})


def _fuller_name(speaker: str | None, attributions: Sequence[tuple[int, str | None]]) -> str | None:
    """The statement's speaker, or the sentence's marker naming it with its acronym ("wie die
    US-Erdbebenwarte USGS mitteilte": "US-Erdbebenwarte USGS", where the statement's
    speaker is "US-Erdbebenwarte")."""
    fuller = (report_name(speaker, s) for _k, s in attributions if s)
    return next((name for name in fuller if name and name != speaker), speaker)


def _quote_is_own_clause(toks: Sequence[Tok], q: Quote, number: int) -> bool:
    """Whether a statement around the figure is in fact a clause of its own after the
    speaker's clause with its number ("Die Klägerin verlangt 50.000 Euro, das Gericht bot
    20.000 Euro an", read as her indirect statement): the same test as for a report."""
    start = next((k for k, t in enumerate(toks) if t.start == q.start_char), None)
    return start is not None and start > 1 and others_clause(toks, 0, number)


def find_source(
    toks: Sequence[Tok],
    figure: FigureMatch,
    containing_quotes: Sequence[Quote] = (),
    sentence_quotes: Sequence[Quote] = (),
    attributions: Sequence[tuple[int, str | None]] = (),
) -> str | None:
    """Who reported a figure: the named speaker of a statement around it, else an attribution
    marker in its sentence, else a named speaker quoted in the sentence, else an unnamed one,
    else None (the article states the figure itself). A direct quote that does not hold the
    figure gives it no speaker: the words around a quotation are the writer's narration
    ("„…“, sagt Tessmann in dem rund 70 Sekunden langen Clip").

    An according-to quote around the figure comes after the sentence's own markers: both
    stem from the same "laut X"/"nach X-Angaben", and the marker rules name X canonically
    ("nach US-Angaben" -> "US-Regierung")."""
    cited = [s for k, s in attributions if s and toks[k].text.lower() == "berufung"]
    if cited:
        return cited[0]  # a nested report: the cited source, never the medium citing it
    told = possessive_speaker(containing_quotes)
    if told is not None:
        return told
    for q in containing_quotes:
        if _named(q.speaker) and q.kind != "according_to":
            if _quote_is_own_clause(toks, q, figure.number_token):
                return None
            return _fuller_name(q.speaker, attributions)
    named = [(k, s) for k, s in attributions if s]
    if named:
        own = markers_first(
            toks, [a for a in named if _same_clause(toks, a[0], figure.number_token)]
        )
        nearest = min(own or named, key=lambda a: abs(a[0] - figure.number_token))
        if not own and others_clause(toks, nearest[0], figure.number_token):
            return None  # "Die Klägerin verlangt 50.000 Euro, das Gericht bot 20.000 Euro"
        return nearest[1]
    statements = [*containing_quotes, *(q for q in sentence_quotes if q.kind != "direct")]
    for q in statements:
        if _named(q.speaker):
            return q.speaker
    for q in statements:
        if q.speaker:
            return description_of_role(q.speaker_role)  # anonymous: its description
    return None


@cache
def _backref_nouns() -> Mapping[str, str]:
    """noun -> "suffix" | "any" (lexicons/figure_backref_sources.tsv), read once."""
    return {row[0]: row[1] for row in rows("figure_backref_sources.tsv")}


@cache
def _backref_heads() -> Mapping[str, tuple[str, ...]]:
    """noun -> the word endings its antecedent's name may have: the noun itself and those of
    the lexicon's third column ("Kammer" -> "Kammer", "gericht": "die Kammer" of a trial is
    the court the article named, "Landgericht Augsburg")."""
    return {
        row[0]: (row[0], *(h.strip() for h in row[2].split(",") if h.strip()))
        for row in rows("figure_backref_sources.tsv")
        if len(row) > 2
    }


def points_to_earlier(source: str | None) -> bool:
    """Whether a source is a noun that refers back to an institution named before ("die
    Behörde", "das Ministerium", "heißt es in dem Bericht")."""
    return source is not None and source in _backref_nouns()


def antecedent_source(
    source: str | None, earlier: Sequence[str], owners: frozenset[str] = frozenset()
) -> str | None:
    """The institution a back-referring source means ("die Behörde" -> "Zivilschutz", "das
    Ministerium" -> "Innenministerium", "heißt es in der Mitteilung" -> "Ifo-Institut"),
    from the names the article gave before (`earlier`, in text order: see
    `backref_mode`), newest first; the source itself when it refers to none of them.
    `owners`: one-word organisations a company's noun may mean (`report_owners`)."""
    match = backref_mode(source)
    if match is None or source is None:
        return source
    for s in reversed(earlier):
        if s != source and not is_anonymous(s) and _fits(match, s, source):
            return s
        if match == "lead" and s in owners:
            return s
    return source


def backref_mode(source: str | None) -> str | None:
    """How a back-referring source finds its antecedent (lexicons/figure_backref_sources.tsv):
    "suffix", "any", "lead", "document" or "study"; None for a source that names someone."""
    return _backref_nouns().get(source or "")


def _fits(match: str, name: str, source: str) -> bool:
    """Whether an earlier name is what the back-referring `source` means: a name with its
    noun for "suffix"; for "any" an institution or, as figure sources often are, a single
    capitalised word ("Zivilschutz", "Ärzte" of "Ärzte ohne Grenzen") that describes no
    unnamed person ("Vertreter", "Sprecher"); for a document an
    institution only ("Analysten" wrote no "Mitteilung"); for a study its owner, which is
    all the caller passes."""
    if match == "suffix":
        return any(_has_head(name, head) for head in _backref_heads().get(source, (source,)))
    if match == "lead":  # not the noun itself again ("Unternehmens" of "Unternehmensangaben")
        return names_organisation(name) and not name.lower().startswith(source.lower())
    if match == "any" and " " not in name:
        return name[:1].isupper() and not is_unnamed_source(name)  # not "Vertreter"
    return match == "study" or is_institution(name)


def names_organisation(name: str) -> bool:
    """Whether a name is an organisation's own name, as the lead of an article about a club
    or a company gives it ("Hertha BSC", "FC Bayern", "Autozulieferer Brenntag Motion"):
    capitalised words only, no person's (no first name, no role), with an organisation's
    word or an acronym, or of several words. A phrase ("Streik der Piloten") or one word
    that may be anyone's ("Kramm", "Innenverteidiger") is none."""
    words = name.split()
    if not all(w[:1].isupper() for w in words) or any(is_first_name(w) for w in words):
        return False
    if words[0].lower() in PREPOSITIONS or name in _backref_nouns():  # "Am Ostersonntag"
        return False
    if any(w.lower().endswith(R.ROLE_SUFFIXES) for w in words) or is_role(words[-1]):
        return False  # "Berliner Datenschutzbeauftragte": an office held by a person
    if is_unnamed_source(name):
        return False
    return len(words) > 1 or is_org(name) or _is_acronym(name)


def _is_acronym(word: str) -> bool:
    """ "BSC", "VfB", "EnBW": two or more capitals and no lower-case run longer than two."""
    caps = sum(c.isupper() for c in word)
    return caps >= 2 and not re.search(r"[a-zäöüß]{3}", word)


def lead_organisation(toks: Sequence[Tok]) -> str | None:
    """The organisation an article's first sentence opens with, after its dateline ("Berlin
    - Hertha BSC hat sich von Trainer … getrennt", "Der Autozulieferer Brenntag Motion baut
    2.400 Stellen ab"): what "der Verein" or "das Unternehmen" later means, though the
    article may never write the noun next to the name. None when the sentence opens with
    anything else ("Ein Streik der Piloten hat …")."""
    start = _after_dateline(toks)
    words, _end = np_after(toks, start)
    name = clean_speaker(words) if words else None
    return name if name is not None and names_organisation(name) else None


def only_organisation(
    source: str, earlier: Sequence[str], owners: frozenset[str] = frozenset()
) -> list[str]:
    """The one organisation the article named as a source before a company's or club's noun
    ("teilte der Betreiber Bäderland mit … nach Angaben des Unternehmens"), for an article
    that does not open with it: a list of that name alone, or empty when it named none or
    several ("Volkswagen", "BMW" in a market report: "das Unternehmen" may be either),
    where the noun stays what it is rather than name the wrong one. Every other name counts
    against it, also one word no list knows ("Der Autobauer Velmar meldete …"): it may be
    a company too. `owners`: one-word names the article wrote as the owner of a report
    ("nach Angaben der Lufthansa"), which are no person's (`report_owners`)."""
    names = {
        n
        for n in earlier
        if n != source and n not in _backref_nouns() and not is_anonymous(n)
        if not is_unnamed_source(n)
    }
    if len(names) != 1:
        return []
    name = next(iter(names))
    return [name] if _fits("lead", name, source) or name in owners else []


# a report noun, the article of a genitive and one capitalised word ending the phrase
_OWNER_RE = re.compile(r"\b(\w+) de[rs] ([A-ZÄÖÜ][\w-]+)\b(?! [A-ZÄÖÜ])")


def report_owners(text: str) -> frozenset[str]:
    """One-word names the text writes as the owner of a report or a spokesperson with a
    definite article ("nach Angaben der Lufthansa", "eine Sprecherin der Telekom"): German
    news gives a person's name no article, so such a name is an organisation's, what "die
    Airline" or "das Unternehmen" later means, though no list knows the name. Not a name
    of several words (names_organisation reads those) nor a first name."""
    nouns = lexicon().report_nouns
    return frozenset(
        m.group(2)
        for m in _OWNER_RE.finditer(text)
        if m.group(1).lower() in nouns and not is_first_name(m.group(2))
    )


def is_person_speaker(speaker: str, role: str | None) -> bool:
    """Whether a statement's speaker is a person: a first name, or a role that names a
    person's office ("Unternehmenssprecherin", "Sportsenator"), not an organisation's kind
    ("Autobauer" Velmar is a company)."""
    if is_first_name(speaker.split()[0]):
        return True
    last = (role or "").split()[-1:] or [""]
    return bool(role) and last[0].lower().endswith(R.ROLE_SUFFIXES)


def paragraph_organisation(toks: Sequence[Tok]) -> str | None:
    """The institution a paragraph's first sentence opens with, after a linking adverb
    ("Der Deutsche Städtetag warnte …", "Auch die Deutsche Gesellschaft für das Badewesen
    schlägt Alarm"): news names an organisation when a paragraph turns to it and then calls
    it "der Verband" or "das Unternehmen", so a generic noun of that paragraph that found
    no name of its own kind means it. None for a person, a group of people or anything
    else ("Am Montag …", "Ein Streik der Piloten …")."""
    start = 0
    while start < len(toks) and toks[start].text.lower() in lead_skip_words():
        start += 1
    found, _end = np_after(toks, start)
    if not found or found[0].lower() not in R.DETERMINERS:
        return None  # "Auch Verdi …": a bare name may be a person's surname
    name = clean_speaker(found)
    if name is None or points_to_earlier(name) or any(is_first_name(w) for w in name.split()):
        return None  # "Die Landrätin Petra Vogel": a person
    return name if is_institution(name) else None


_DASHES = frozenset({"-", "–", "—"})
MAX_DATELINE = 6  # "Stuttgart ( Reuters ) -"


def _after_dateline(toks: Sequence[Tok]) -> int:
    """The index after a dateline ("Berlin -", "Stuttgart (Reuters) -"), else 0."""
    inside = False
    for k in range(min(MAX_DATELINE, len(toks))):
        text = toks[k].text
        if text in _DASHES:
            return k + 1 if k > 0 else 0
        if text in ("(", ")"):
            inside = text == "("
        elif not inside and not text[:1].isupper():  # the agency may be "(dpa)"
            return 0
    return 0


def _has_head(name: str, noun: str) -> bool:
    """Whether a word of `name` ends in the back-referring noun: "Innenministerium" for "das
    Ministerium", "Branchenverband BWE" for "der Verband"."""
    low = noun.lower()
    return any(w.lower().endswith(low) for w in name.split())


def is_institution(name: str) -> bool:
    """Whether a name can be what "die Behörde" or "der Bericht" points back to: a name with
    an organisation's word ("Zivilschutz", "Landesamt für Gesundheit") or an acronym
    ("BWE"), or a name of several words that is no person's ("Ärzte ohne Grenzen", "Pro
    Natura"); never a person ("Judith Gerber", "Gemeindepräsident"), a group of people
    ("Analysten") nor a generic noun that itself points back ("Behörde"), none of which is
    the authority a generic noun refers to."""
    words = name.split()
    if name in _backref_nouns() or is_first_name(words[0]):
        return False
    if _names_a_document(words):
        return False
    # "Berliner Datenschutzbeauftragte" is a person's office; "Reporter ohne Grenzen" an
    # organisation: its last word says what the name is
    if any(w.lower().endswith(R.ROLE_SUFFIXES) for w in words) or is_role(words[-1]):
        return False
    if any(is_org(w) or (len(w) > 1 and w.isupper()) for w in words):
        return True
    return len(words) > 1 and all(w[:1].isupper() for w in (words[0], words[-1]))


def _names_a_document(words: Sequence[str]) -> bool:
    """A document's name, not its owner's: a report noun first or in the genitive
    ("Bericht", "Vorabversion des Berichts"; "Landesamt für Statistik" is an owner)."""
    nouns = lexicon().report_nouns
    heads = [w for k, w in enumerate(words) if k == 0 or words[k - 1] in ("des", "der")]
    return any(w.lower() in nouns or w.lower()[:-1] in nouns for w in heads)


def compounds_before(text: str, noun: str, end: int) -> list[tuple[int, str]]:
    """Names the article wrote for a back-referring noun before character `end`, with their
    offsets: for a noun found by suffix its compounds or another head of its kind, in the
    nominative and with a name in apposition ("des Bildungsministeriums" ->
    "Bildungsministerium" for "das Ministerium", "des Fahrgastverbands Pro Bahn" ->
    "Fahrgastverband Pro Bahn" for "der Verband", "des Klinikums Nord" -> "Klinikum Nord"
    for "das Haus": the head may stand alone, capitalised), the
    institution the article named in passing before it says "das Ministerium"; for a
    document its owner in the genitive ("eine Studie der Deutschen Sporthochschule Köln",
    "aus einem Bericht der Bundesnetzagentur" for "heißt es in der Studie/dem Bericht")."""
    match = _backref_nouns().get(noun)
    if match in ("document", "study"):
        return _document_owners(text[:end], noun)
    if match != "suffix":
        return []
    ends = "|".join(re.escape(h.lower()) for h in _backref_heads().get(noun, (noun,)))
    head = rf"\b((?=[A-ZÄÖÜ])\w*(?i:{ends}))(?:e?s)?"
    found = re.finditer(head + _APPOSED_NAME, text[:end])
    return [(m.start(), m.group(1) + (m.group(2) or "")) for m in found]


def _document_owners(text: str, noun: str) -> list[tuple[int, str]]:
    """Each owner named in the genitive after the document noun (or its compound's start:
    "Studienergebnisse der Universität" does not count, "Berichts des Amtes" does)."""
    pattern = rf"\b{re.escape(noun)}(?:e?s)? (de[rs]) ([A-ZÄÖÜ][\w-]+)" + _APPOSED_NAME
    out: list[tuple[int, str]] = []
    for m in re.finditer(pattern, text):
        name = clean_speaker(degenitive([m.group(1), *f"{m.group(2)}{m.group(3)}".split()]))
        if name:
            out.append((m.start(), name))
    return out


# up to three capitalised words right after an institution's noun: its name in apposition
_APPOSED_NAME = r"((?: [A-ZÄÖÜ][\w-]+){0,3})\b"


def with_head(name: str, head: str) -> str:
    """An organisation the mention scan found with its organisation noun before the name
    ("Pro Natura", "umweltorganisation" -> "Umweltorganisation Pro Natura"), so it reads as
    an institution wherever a generic noun points back to it; a name with the noun in it
    stays ("Krankenkasse AOK")."""
    if head.lower() in name.lower():
        return name
    return f"{head[:1].upper()}{head[1:]} {name}"
