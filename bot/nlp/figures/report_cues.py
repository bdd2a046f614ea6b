"""Report cues of the attribution stage: report and measuring verbs (act "report",
lexicons/cue_report_verbs.tsv) with where they stand and their subject, and the marker that
points a sentence back to the previous one's source ("Demnach …", "Etwa 600 wurden demnach
getötet").

A figure reads its source from these (bot.nlp.figures.markers): "Die Polizei zählte 5.000
Demonstranten", "bestätigte John Kirby", "Das Ministerium gab die Zahl mit 40 an". The stage
records the verb's index, the finite verb's (the auxiliary of a participle) and the
particle's, so a consumer lines up the cue with its own tokens instead of guessing where a
separable verb stands. The subject is read with the figure rules' noun-phrase reader
(bot.nlp.figures.speakers), the same words the figures name their sources by; a quote's
speaker is the clause rules' (quotes/clauses.py), which these cues leave alone. So the reader
lives with the figures; the attribution stage (bot.nlp.stages) runs it, and the shared layer
(bot.nlp.attribution) imports nothing of the figures.

Pure functions over a sentence's words (anything with `.text` and `.start`), and
`ReportFinder`, which the stage keeps to decide each word form once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from bot.nlp.attribution.report_verbs import Lemmatize, ReportCue, ReportVerb, report_verb
from bot.nlp.attribution.sources import Markers, back_reference
from bot.nlp.figures import rules as R
from bot.nlp.figures.measured import names_measured
from bot.nlp.figures.speakers import before_acronym, names_someone, np_after, np_before
from bot.nlp.figures.words import CLAUSE_END, PREPOSITIONS
from bot.nlp.lexicons import words as lexicon_words
from bot.nlp.numbers import parse_number_word
from bot.nlp.speakers.word_classes import is_org

_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "welcher"})
# Words a report's subject may follow at its clause's start; "wie" opens the reporting clause
# of "…, wie das Bundesamt für Migration mitteilte".
_OPENERS = frozenset({",", ":", "„", '"', "“", "(", "wie"})


class _Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...


_MAX_CACHED_FORMS = 200_000


class ReportFinder:
    """The report cues and the back-pointing marker of sentence after sentence, for the
    attribution stage. What a word form is (a report verb's form, a back marker) is decided
    once per form and kept (bounded, cleared when full); a sentence whose forms are all
    known costs two set operations in C, and one without a report verb or back marker
    nothing more (most sentences)."""

    def __init__(
        self,
        lemmatize: Lemmatize,
        markers: Markers,
        forms: frozenset[str] | None = None,
        max_forms: int = _MAX_CACHED_FORMS,
    ) -> None:
        self.lemmatize = lemmatize
        self.markers = markers
        # the lower-case forms that may be report verbs (`report_forms`); None: any
        self.forms = forms
        self.max_forms = max_forms
        self._seen: set[str] = set()
        self._verbs: dict[str, ReportVerb] = {}  # the seen forms that are report verbs
        self._backs: set[str] = set()  # the seen forms that are back markers

    def _learn(self, texts: list[str]) -> None:
        """Decide the forms of `texts` not seen yet (all of them after a clear)."""
        forms = set(texts).difference(self._seen)
        if len(self._seen) + len(forms) > self.max_forms:
            self._seen.clear()
            self._verbs.clear()
            self._backs.clear()
            forms = set(texts)
        back = self.markers.back
        maybe = self.forms
        for text in forms:
            low = text.lower()
            if maybe is None or low in maybe:
                verb = report_verb(text, self.lemmatize)
                if verb is not None:
                    self._verbs[text] = verb
            if low in back:
                self._backs.add(text)
        self._seen |= forms

    def verb(self, text: str) -> ReportVerb | None:
        return self._verbs.get(text)

    def read(self, words: Sequence[_Word]) -> tuple[list[ReportCue], int | None]:
        """The sentence's report cues and the index of its back-pointing marker (or None)."""
        texts = [w.text for w in words]
        if not self._seen.issuperset(texts):
            self._learn(texts)
        verbs = self._verbs
        at = (
            [k for k, t in enumerate(texts) if t in verbs]
            if not verbs.keys().isdisjoint(texts)
            else []
        )
        cues = report_cues(words, self.verb, at) if at else []
        back = None if self._backs.isdisjoint(texts) else back_marker(texts, self.markers)
        return cues, back


def back_marker(texts: list[str], markers: Markers) -> int | None:
    """The word index of a marker pointing back to the previous sentence's source, wherever
    it stands ("Demnach starben …", "Etwa 600 wurden demnach getötet"), or None."""
    found = back_reference(texts, markers, anywhere=True)
    return found.index if found is not None else None


def report_cues(
    toks: Sequence[_Word],
    verb_of: Callable[[str], ReportVerb | None] = report_verb,
    at: Sequence[int] | None = None,
) -> list[ReportCue]:
    """The report verbs of a sentence whose subject names someone, in order: "Der
    Geheimdienst meldete, dass …", "bestätigte Kirby", "Die Polizei zählte 5.000
    Demonstranten", "hat … die Zahl auf 131 korrigiert" (the auxiliary is the finite verb).
    `verb_of` reads a word as a report verb's form (`report_verb` with a lemmatizer); `at`,
    when given, the only indices that hold one."""
    out: list[ReportCue] = []
    lows = [t.text.lower() for t in toks]
    for k in range(len(toks)) if at is None else at:
        tok = toks[k]
        form = verb_of(tok.text)
        if form is None:
            continue
        particle = _closing_particle(lows, k, form)
        if (form.particles and particle is None) or _attributive(lows, k):
            continue  # "teilt sich Platz 158 mit Ruanda"; "77 registrierten Taten"
        lemma = form.infinitive if particle is None else lows[particle] + form.infinitive
        verb = _finite(lows, k, form, tok.text)
        passive = _passive_auxiliary(lows, k, form, tok.text) if verb in (None, k) else None
        if passive is not None:
            found = _passive_source(toks, lows, passive, k)
            if found is not None:
                out.append(ReportCue(lemma, k, passive, particle, *found))
            continue  # the subject of a passive is what was reported
        if verb is None:
            continue
        found = _subject(toks, lows, verb)
        if found is not None:
            span, words, inverted = found
            out.append(ReportCue(lemma, k, verb, particle, span, words, inverted))
    return out


def _closing_particle(lows: Sequence[str], k: int, form: ReportVerb) -> int | None:
    """The index of the separable particle closing the clause of a split verb ("teilte …
    mit, dass"), or None (also for a verb that takes none)."""
    if not form.particles:
        return None
    return next(
        (
            p
            for p in range(k + 1, len(lows))
            if lows[p] in form.particles and (p + 1 == len(lows) or lows[p + 1] in CLAUSE_END)
        ),
        None,
    )


def _closes_clause(lows: Sequence[str], k: int) -> bool:
    """Whether the word at k stands last in its clause (before punctuation or the end)."""
    return k + 1 == len(lows) or lows[k + 1] in CLAUSE_END


def _attributive(lows: Sequence[str], k: int) -> bool:
    """A verb form used as an adjective: "der prognostizierten Länge", "77 registrierten
    Taten" (after an article, a preposition or a number, not closing its clause)."""
    if k == 0 or _closes_clause(lows, k):
        return False
    prev = lows[k - 1]
    return (
        prev in R.DETERMINERS
        or prev in PREPOSITIONS
        or prev[:1].isdigit()
        or parse_number_word(prev) is not None
    )


def _finite(lows: Sequence[str], k: int, form: ReportVerb, text: str) -> int | None:
    """The finite verb of the report verb at k: itself, or for a participle the auxiliary
    before it ("hat … die Zahl auf 131 korrigiert": a -t form closing the clause after an
    auxiliary is the participle, whatever the table says of "korrigiert"); None for a
    participle without one."""
    aux = [a for a in range(k) if lows[a] in R.AUXILIARIES]
    if form.participle or (aux and _closes_clause(lows, k) and text.endswith("t")):
        return aux[-1] if aux else None
    return k


def _subject(
    toks: Sequence[_Word], lows: Sequence[str], verb: int
) -> tuple[tuple[int, int], tuple[str, ...], bool] | None:
    """The subject of the report verb whose finite form stands at `verb`: the noun phrase
    opening its clause before it, unless that is a fronted object ("Den Schaden schätzt",
    "Die Zahl der Toten bezifferte die Polizei"; a name's acronym in brackets before the verb
    is skipped: "Das Robert Koch-Institut (RKI) registrierte"); else the phrase after it ("…, sagte Kirby",
    "meldete der Geheimdienst"; not "zählte rechte Gewalttaten"). None when neither names
    someone."""
    end = before_acronym(toks, _before_relative_clause(toks, verb))
    words, start = np_before(toks, end)
    opener = start == 0 or toks[start - 1].text in _OPENERS
    accusative = (start < len(lows) and lows[start] in ("den", "einen")) or (
        bool(words) and names_measured(words)
    )
    if words and opener and not accusative and names_someone(words):
        return (start, end), tuple(words), False
    after, stop = np_after(toks, verb + 1, genitive=True)
    opens = bool(after) and (after[0][:1].isupper() or after[0].lower() in R.DETERMINERS)
    if opens and names_someone(after):
        return (verb + 1, stop), tuple(after), True
    return _verb_final_subject(toks, lows, verb)


# articles that open an object, never the subject of a verb-final clause ("wie den Behörden …")
_OBJECT_ARTICLES = frozenset({"den", "einen", "dem", "einem"})


def _verb_final_subject(
    toks: Sequence[_Word], lows: Sequence[str], verb: int
) -> tuple[tuple[int, int], tuple[str, ...], bool] | None:
    """The subject of a report verb standing last in a subordinate clause ("…, nachdem die
    Klinik am Montag 40 Fälle zählte", "…, wie der Wetterdienst 120 Liter registrierte"):
    German puts the subject right after the conjunction and the counted thing right before
    the verb, so the phrase before the verb is no source and the one after the conjunction
    (lexicons/figure_verb_final_openers.txt) is. None when the verb does not close its
    clause, the clause opens otherwise, or the phrase is an object or names no one."""
    if not _closes_clause(lows, verb):
        return None
    start = _clause_start(lows, verb)
    if start >= verb or lows[start] not in _verb_final_openers():
        return None
    if start + 1 < verb and lows[start + 1] in _OBJECT_ARTICLES:
        return None
    words, stop = np_after(toks, start + 1, genitive=True)
    if not words or stop >= verb or names_measured(words) or not names_someone(words):
        return None
    if not (words[0][:1].isupper() or words[0].lower() in R.DETERMINERS):
        return None
    return (start + 1, stop), tuple(words), False


@cache
def _verb_final_openers() -> frozenset[str]:
    """lexicons/figure_verb_final_openers.txt: conjunctions after which the subject comes
    first and the verb last."""
    return lexicon_words("figure_verb_final_openers.txt")


# the forms of "werden" a participle forms the passive with ("wurden … gemeldet")
_PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden"})


def _passive_auxiliary(lows: Sequence[str], k: int, form: ReportVerb, text: str) -> int | None:
    """The index of the "werden" that makes the participle at k a passive: right after it
    in a verb-final clause ("…, die dem Amt gemeldet wurden"), else before it in its
    clause ("Dem Amt wurden 120 Fälle gemeldet"); None for no passive. A -t form the table
    reads as present tense ("registriert") is the participle when it closes the clause."""
    if not (form.participle or (text.endswith("t") and _closes_clause(lows, k))):
        return None
    if k + 1 < len(lows) and lows[k + 1] in _PASSIVE_AUXILIARIES:
        return k + 1
    for j in range(k - 1, -1, -1):
        if lows[j] in CLAUSE_END:
            return None
        if lows[j] in _PASSIVE_AUXILIARIES:
            return j
    return None


def _passive_source(
    toks: Sequence[_Word], lows: Sequence[str], aux: int, verb: int
) -> tuple[tuple[int, int], tuple[str, ...], bool] | None:
    """Who a passive report names as its source: in a passive the subject is what was
    reported, so the source is the agent right before the participle ("von der Feuerwehr
    gezählt") or the recipient in the dative ("Dem Robert Koch-Institut wurden 48.000 Fälle
    gemeldet", "Der Polizei wurden drei Unfälle gemeldet"): the office a count is reported
    to is the one that publishes it. None when the clause names neither."""
    start = _clause_start(lows, min(aux, verb))
    for j in range(start, verb):
        if lows[j] in ("von", "vom"):
            words, end = np_after(toks, j + 1)
            if not (words and names_someone(words)):
                continue
            if end == verb or _agent_before_amount(toks, lows, (j, end), aux, verb):
                return (j + 1, end), tuple(["dem", *words] if lows[j] == "vom" else words), True
    for j in range(start, verb):
        if _recipient_at(lows, j, start, aux):
            words, end = np_after(toks, j)
            if len(words) > 1 and (lows[j] != "der" or is_org(words[-1])):
                return (j, end), tuple(words), j > aux
    return None


def _agent_before_amount(
    toks: Sequence[_Word], lows: Sequence[str], agent: tuple[int, int], aux: int, verb: int
) -> bool:
    """ "Der Marktwert wird von Experten inzwischen auf 150 Millionen Euro geschätzt", "…, der
    vom Landkreis auf 3 Millionen Euro beziffert wurde": the "von" agent (`agent`: the
    preposition's index and the end of its phrase) is still the source when adverbs and the
    amount stand between it and the participle. Only after the finite auxiliary or in a
    verb-final clause: a "von" phrase in a V2 clause's fronted subject is the thing's own
    ("Die Ausfuhren von Autos wurden …"). The agent is a noun or a name, never a number
    ("von 25 auf 50 Prozent"), and the gap holds no comma, clause break or second "von"."""
    j, end = agent
    if not (aux < j or aux > verb) or end >= verb or not toks[end - 1].text[:1].isupper():
        return False
    if toks[end - 1].text[:1].isdigit() or not toks[end].text[:1].islower():
        return False
    gap = lows[end:verb]
    return not any(w in CLAUSE_END or w in (",", "von", "vom") for w in gap)


def _clause_start(lows: Sequence[str], k: int) -> int:
    """The index opening the clause of the word at k, over a name's bracketed acronym ("Dem
    Robert Koch-Institut (RKI) wurden …": the bracket is no clause break)."""
    j = k - 1
    while j >= 0:
        if lows[j] == ")" and j >= 2 and lows[j - 2] == "(":
            j -= 3
        elif lows[j] in CLAUSE_END:
            break
        else:
            j -= 1
    return j + 1


def _recipient_at(lows: Sequence[str], j: int, start: int, aux: int) -> bool:
    """Whether a dative article at j can open the recipient of a passive: at its clause's
    start or right after the auxiliary, never inside a prepositional phrase ("nach dem
    Unfall") or a genitive ("die Zahl der Fälle")."""
    return lows[j] in ("dem", "der", "einem") and (j == start or j == aux + 1)


def _before_relative_clause(toks: Sequence[_Word], verb: int) -> int:
    """Where the subject of a verb ends when a relative clause stands between them ("Ein
    Mitarbeiter der Rettungskräfte, der nicht genannt werden wollte, sprach von ..."): the
    comma opening the clause; else the verb itself."""
    if verb < 3 or toks[verb - 1].text != ",":
        return verb
    for k in range(verb - 2, max(0, verb - 14), -1):
        if toks[k].text == "," and toks[k + 1].text.lower() in _RELATIVE_PRONOUNS:
            return k
    return verb


__all__ = ["ReportCue", "ReportFinder", "back_marker", "report_cues"]
