"""Attribution markers in a figure's sentence, each with the token index it stands at: the
according-to markers ("laut X", "X zufolge", "so X", "nach Angaben des X") as the shared
attribution stage found them (doc._.attributions, read through `StageMarker`), the report
and measuring verbs with their subjects the same stage found ("Die Polizei zählte …",
`StageReport`), and what that stage has nothing for: "unter Berufung auf X" inside a report
clause, "nach US-Angaben", "wie X mitteilte" and headline attributions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from bot.nlp.attribution.report_verbs import ReportCue
from bot.nlp.attribution.sources import (
    Source,
    so_source,
)
from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.figures import rules as R
from bot.nlp.figures.headlines import is_headline_label
from bot.nlp.figures.lexicon import lexicon, report_verb
from bot.nlp.figures.nouns import normalise_adjective
from bot.nlp.figures.speakers import (
    clean_speaker,
    degenitive,
    genitive_source,
    is_acronym,
    np_after,
    np_before,
    presenting_subject,
    report_name,
)
from bot.nlp.figures.words import NOUN_RE, Lemmatize, Tok, lower_at
from bot.nlp.numbers import vague_amount
from bot.nlp.speakers import NP, is_org, is_role
from bot.nlp.speakers.compounds import compound_part_noun
from bot.nlp.stage_records import Attribution, SentenceAttributions, SentenceMentions, Word


class StageReport(NamedTuple):
    """A report cue the attribution stage found (doc._.attributions[i].reports): the
    character offset of its finite verb ("meldete", the "hat" of "hat … gemeldet") and its
    subject's words as read ("Der Geheimdienst", "die Polizei")."""

    start: int
    words: tuple[str, ...]
    name: str | None = None


def stage_reports(
    mentions: Sequence[SentenceMentions] | None,
    attributions: Sequence[SentenceAttributions | None],
) -> tuple[list[StageReport], list[int]]:
    """The report cues of a document's attribution stage in text order, and the character
    offsets of its markers pointing back to the previous sentence's source ("Demnach")."""
    reports: list[StageReport] = []
    backs: list[int] = []
    for record, found in zip(mentions or (), attributions, strict=False):
        if found is None:
            continue
        words = record.sentence.words
        spoken = _speech_names(found.attributions, record.words)
        reports.extend(
            StageReport(words[r.finite].start, r.words, _spoken_name(spoken, words, r))
            for r in found.reports
        )
        if found.back is not None:
            backs.append(words[found.back].start)
    return sorted(reports), sorted(backs)


def _spoken_name(spoken: Mapping[int, str], words: Sequence[Word], r: ReportCue) -> str | None:
    """The speech-verb attribution's name for a report cue's subject, unless that name is a
    word between the subject and the verb: in "…, während die Polizei von 2.000 Teilnehmern
    sprach" the speech rules may read "Teilnehmern", what was counted, not who counted."""
    name = spoken.get(words[r.cue].start)
    if name is None or r.subject[1] >= r.cue:
        return name
    between = {w.text for w in words[r.subject[1] : r.cue]}
    return None if name.split()[-1] in between else name


def _speech_names(attributions: Sequence[Attribution], words: Sequence[Word]) -> dict[int, str]:
    """The names the stage's speech-verb attributions give their subjects, by the character
    offset of the cue: where a report cue is also a speech cue, its subject is named alike."""
    out: dict[int, str] = {}
    for a in attributions:
        if a.cue_at is not None and a.np is not None and a.np.kind == "name" and not a.marker:
            out[words[a.cue_at].start] = a.np.name
    return out


def _previous_speaker(previous: Sequence[StageReport]) -> str | None:
    """Who the sentence before reported through: the subject of its last report cue."""
    return clean_speaker(list(previous[-1].words)) if previous else None


def _np_at(toks: Sequence[Tok]) -> Callable[[list[str], int, int], NP | None]:
    """The figure rules' noun-phrase reading for the shared marker finder: after a marker
    ("laut X", "unter Berufung auf X": the phrase from i) or ending before one ("X zufolge":
    the phrase ending at `end` when it starts at i)."""
    n = len(toks)

    def np_at(texts: list[str], i: int, end: int) -> NP | None:
        if end == n:
            words, after = np_after(toks, i)
            start = i
        else:
            words, start = np_before(toks, end)
            after = end
            if start != i:
                return None
        if not words:
            return None
        name = " ".join(words)
        return NP(start, after, "description", name, None, False, name)

    return np_at


def _according_source(
    toks: Sequence[Tok], src: Source, previous: Sequence[StageReport]
) -> str | None:
    """Who an according-to marker found by the shared stage names, read with the figure
    extras: report nouns point to their genitive ("laut Angaben des Ministeriums"), possessive
    "seinen Angaben zufolge" to the previous sentence's source, "Behörden-Angaben zufolge" to
    the compound's first part; "ersten Angaben zufolge" names no one."""
    lows = [t.text.lower() for t in toks]
    nouns = lexicon().report_nouns
    k = src.index
    if lows[k] == "zufolge":
        words, start = np_before(toks, k)
        if (start > 0 and lows[start - 1] in R.POSSESSIVE_ANGABEN) or (
            words and words[0].lower() in R.POSSESSIVE_ANGABEN
        ):
            return _previous_speaker(previous)
        if words and words[0].lower() in nouns:
            return genitive_source(toks, start + 1)  # "Angaben des Ministeriums zufolge"
        if words and words[-1].lower() in nouns:
            return None  # "ersten Angaben zufolge": no one named
        if words and words[-1].lower().endswith("angaben") and len(words[-1]) > 8:
            return compound_part_noun(words[-1][: -len("angaben")].rstrip("-"))
        if words and (lows[start] not in R.PRONOUNS or _article_and_name(words)):
            # "Der Polizei zufolge": an article before a name; "Denen zufolge" names no one
            return clean_speaker(degenitive(words))
        return None
    first = k + 2 if src.marker == "unter Berufung auf" else k + 1
    words, after = np_after(toks, first)
    if words and words[-1].lower() in nouns and src.marker != "unter Berufung auf":
        return genitive_source(toks, after)
    return clean_speaker(words) if words else None


def _article_and_name(words: Sequence[str]) -> bool:
    """ "Der Polizei", "Dem Deutschen Roten Kreuz" before "zufolge": an article and a name, no
    report noun and no genitive after it ("Dem Bericht der Kommission zufolge" is the
    attribution stage's to read: the commission, not the report)."""
    rest = [w.lower() for w in words[1:]]
    return (
        len(words) > 1
        and words[0].lower() in R.DETERMINERS
        and rest[0] not in lexicon().report_nouns
        and not any(w in R.DETERMINERS for w in rest)
    )


class StageMarker(NamedTuple):
    """An according-to marker the attribution stage found (doc._.attributions): the character
    offset of its marker word ("laut", "zufolge", "so", "nach"), that word lower-cased and
    whether its source phrase names someone ("nach Informationen vom späten Abend": no one),
    and that phrase as the stage read it: its kind (name, description, pronoun, anonymous),
    the name it gives and the role it split off that name ("Wolodymyr Selenskyj", "Präsident"
    of "dem ukrainischen Präsidenten Wolodymyr Selenskyj")."""

    start: int
    word: str
    named: bool = True
    kind: str = ""
    name: str = ""
    role: str | None = None


def stage_markers(
    mentions: Sequence[SentenceMentions] | None,
    attributions: Sequence[SentenceAttributions | None],
) -> list[StageMarker]:
    """The according-to markers of a document's attribution stage (doc._.mentions holds the
    words its word indices count, doc._.attributions the markers), in text order: each
    marker word found next to its source phrase ("laut Polizei", "Angaben des Ministeriums
    zufolge", ", so der Bürgermeister")."""
    out: list[StageMarker] = []
    for record, found in zip(mentions or (), attributions, strict=False):
        if found is None:
            continue
        for a in found.attributions:
            marker = _marker_word(a, record.words) if a.marker else None
            if marker is not None:
                out.append(marker)
    return sorted(set(out))


def _marker_word(a: Attribution, words: Sequence[Word]) -> StageMarker | None:
    """The marker word of an according-to attribution, nearest its source phrase; None for
    the kinds the figure rules do not read from here ("nach Angaben", "wonach")."""
    # the cue is the marker word, or a phrase around it ("Ersten Schätzungen zufolge")
    cue = [w for w in a.cue.lower().split() if w in _stage_words()]
    np = a.np
    if np is None or not cue:
        return None
    hits = [i for i in _marker_span(a, len(words)) if words[i].text.lower() == cue[-1]]
    if not hits:
        return None
    i = min(hits, key=lambda i: min(abs(i - np.start), abs(i - np.end)))
    return StageMarker(words[i].start, cue[-1], np.kind != "anonymous", np.kind, np.name, np.role)


def _marker_span(a: Attribution, n: int) -> range:
    """The words of a marker and its source: the gap it leaves mid-sentence ("stieg laut
    Polizei auf"), else the words before or after its statement."""
    if a.gap is not None:
        return range(*a.gap)
    lo, hi = a.content
    return range(0, lo) if lo > 0 else range(hi, n)


def _stage_words() -> frozenset[str]:
    """The marker words whose source the figure rules read: "laut", "gemäß", "zufolge" …
    (lexicons/according_to.tsv) and "so"."""
    markers = lexicon().markers
    return markers.before | markers.after | {"so", "nach"}


def explicit_attributions(
    toks: Sequence[Tok],
    lemmatize: Lemmatize = lambda w: None,
    markers: Sequence[StageMarker] = (),
    reports: Sequence[StageReport] = (),
    previous: Sequence[StageReport] = (),
    dateline: str | None = None,
) -> list[tuple[int, str | None]]:
    """(token index, source) for each attribution marker in a sentence. The according-to
    markers (laut, gemäß, zufolge, so X, "nach Angaben des X") are the attribution stage's
    (`markers`, the sentence's `StageMarker`s); the figure rules read who they name with
    their extras (a report noun's genitive, "seinen Angaben zufolge", "nach US-Angaben" ->
    "US-Regierung") and add what that stage does not report: "Schätzungen zufolge" (a
    report noun that names no one a quote could be of), "unter Berufung auf X" after a
    report verb, "nach eigenen Angaben", "wie X mitteilte" and headline attributions. The
    report and measuring verbs with their subjects are the stage's too (`reports`, the
    sentence's `StageReport`s; `previous`, the sentence before's, for "seinen Angaben
    zufolge"). `dateline` is the article's dateline place, which labels a headline and never
    reports (bot.nlp.figures.headlines). A source of None means the marker names no one we
    can resolve."""
    out: list[tuple[int, str | None]] = []
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    out.extend(_stage_markers(toks, markers, previous))
    at = {t.start: k for k, t in enumerate(toks)}
    reported = {at[m.start] for m in markers if m.word == "nach" and m.named and m.start in at}
    for k, w in enumerate(lows):
        if w == "nach" and k + 1 < n:
            found = _nach_angaben(toks, k, previous, k in reported)
            if found is not None:
                out.append(found)
        elif w == "wie" and k + 1 < n:
            words, after = np_after(toks, k + 1)
            if words and after < n and _wie_clause_reports(toks, after, lemmatize):
                out.append((k, clean_speaker(words)))
        elif w == "aus" and k + 1 < n:
            words, after = np_after(toks, k + 1)
            if words and any(lows[j] in _VERLAUTEN for j in range(after, min(after + 3, n))):
                out.append((k, clean_speaker(words)))  # "wie aus Sicherheitskreisen verlautete"
        elif w == "berufung" and 0 < k < n - 2 and lows[k - 1] == "unter":
            # the stage reads the report verb before it as the cue, not this marker
            src = Source("unter Berufung auf", k, k - 1, k + 2, None)
            out.append((k, _according_source(toks, src, previous)))
    out.extend(
        (at[r.start], report_name(r.name, clean_speaker(list(r.words))))
        for r in reports
        if r.start in at
    )
    out.extend(_headline_attribution(toks, dateline))
    return out


def _stage_markers(
    toks: Sequence[Tok],
    markers: Sequence[StageMarker],
    previous: Sequence[StageReport],
) -> list[tuple[int, str | None]]:
    """The attribution stage's according-to markers at their token index in `toks`, with
    the source the figure rules read next to them."""
    at = {t.start: k for k, t in enumerate(toks)}
    texts = [t.text for t in toks]
    stage = {at[m.start]: m for m in markers if m.start in at}
    after = lexicon().markers.after
    out: list[tuple[int, str | None]] = []
    for k, text in enumerate(texts):
        marker = stage.get(k)
        word = marker.word if marker is not None else None
        if marker is not None and word != "nach" and marker.kind == "name" and marker.role:
            out.append((k, marker.name))  # the stage names its source
        elif word == "nach":
            continue  # read by _nach_angaben with the figure extras
        if word == "so":
            # a source that closes its clause only (", so der Bürgermeister."), not one that
            # runs on into another marker (", so die Sprachregelung laut der Agentur ISNA")
            if so_source(texts, k, _np_at(toks)) is not None:
                out.append((k, clean_speaker(np_after(toks, k + 1)[0])))
        elif word is not None or _unreported_marker(texts, k, after):
            src = Source(text, k, k, k + 1, None)
            out.append((k, _according_source(toks, src, previous)))
    return out


def _unreported_marker(texts: Sequence[str], k: int, after: frozenset[str]) -> bool:
    """A marker word the attribution stage reports no source for, after a capitalised word:
    "Schätzungen zufolge" (a report noun without author or attribute, which names no one a
    quote could be of). Not after a pronoun: "Ihnen zufolge" names no one the figure rules
    can resolve, as the stage says."""
    return (
        texts[k].lower() in after
        and k > 0
        and texts[k - 1][:1].isupper()
        and texts[k - 1].lower() not in _DATIVE_PRONOUNS
    )


_DATIVE_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "mir", "uns", "euch", "dir"})


# "Wie aus Sicherheitskreisen verlautete", "Aus Regierungskreisen hieß es": "aus X" reports.
_VERLAUTEN = frozenset({"verlautete", "verlautet", "verlauteten", "hieß", "heißt"})


def _nach_angaben(
    toks: Sequence[Tok],
    k: int,
    previous: Sequence[StageReport],
    reported: bool = False,
) -> tuple[int, str | None] | None:
    """ "nach Angaben des Ministeriums", "nach US-Angaben", "nach Behördenangaben", "nach
    ukrainischen Angaben", "nach eigenen Angaben" (no one but the sentence's subject)."""
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    nxt = lows[k + 1]
    if reported and nxt in lexicon().report_nouns:
        # "nach Angaben des Ministeriums", as the attribution stage found it
        return k, genitive_source(toks, k + 2)
    if nxt == "angaben":
        return k, genitive_source(toks, k + 2)  # "nach Angaben aus Khartum"
    named = _bare_report_noun(toks, k, reported)
    if named is not None:
        return k, named
    if nxt in _ARTICLES:
        named = _article_report_noun(toks, k + 1)
        if named is not None:
            return k, named
    prefixed = _hyphen_report(toks[k + 1].text)
    if prefixed is not None:
        return k, prefixed
    if nxt.endswith("angaben") and len(nxt) > 8 and toks[k + 1].text[:1].isupper():
        return k, compound_part_noun(toks[k + 1].text[: -len("angaben")])
    if k + 2 < n and lows[k + 2] == "angaben":
        if nxt in R.POSSESSIVE_ANGABEN:
            if nxt == "eigenen":  # "Das DRK sammelte nach eigenen Angaben …": its subject
                own = presenting_subject(toks)
                return k, clean_speaker(own) if own else None
            return k, _previous_speaker(previous)
        if nxt in R.ANGABEN_PREFIXES:
            return k, R.ANGABEN_PREFIXES[nxt]
        country = next(
            (c for c, adj in R.COUNTRY_ADJECTIVES.items() if normalise_adjective(nxt) == adj),
            None,
        )
        if country:
            return k, country
    return None


_ARTICLES = frozenset({"dem", "der", "den", "einem", "einer"})


def _bare_report_noun(toks: Sequence[Tok], k: int, reported: bool) -> str | None:
    """Who a report noun right after the "nach" at k names: for a plural or compound the
    stage's marker words lack ("nach Schätzungen der Behörden") its genitive; for a noun of
    the lexicon that is none of the stage's marker nouns (bot.nlp.cues.ACCORDING_NOUNS: those
    it reads itself) and that it did not mark ("nach Berechnung des Gerichts") a genitive
    that is someone who reports (`agent_genitive`). Never
    without a genitive: "nach Informationen vom späten Abend"."""
    word = toks[k + 1].text
    if word.lower() in lexicon().report_nouns:
        stage_reads = reported or word.lower() in ACCORDING_NOUNS
        return None if stage_reads else agent_genitive(toks, k + 2)
    if word[:1].isupper() and _is_report_noun(word) and lower_at(toks, k + 2) in ("des", "der"):
        return genitive_source(toks, k + 2)
    return None


def _hyphen_report(word: str) -> str | None:
    """The source a hyphenated report noun names by its first part: "nach US-Angaben" (any
    first part, `R.ANGABEN_PREFIXES` for a country), "nach BILD-Informationen", "nach
    NDR-Recherchen", "nach Experten-Schätzungen" (a marker noun of the stage, whose first
    part is someone who reports: `is_agent`); "nach Corona-Zahlen" names no one."""
    prefix, _dash, noun = word.rpartition("-")
    low = noun.lower()
    if not prefix or not (low == "angaben" or (low in ACCORDING_NOUNS and is_agent(prefix))):
        return None
    return R.ANGABEN_PREFIXES.get(prefix.lower(), prefix)


def is_agent(word: str) -> bool:
    """Whether a noun names someone who can report a figure: an organisation or a role as
    the speaker word classes know them ("Gerichts", "Polizei", "Experten", "dpa") or an
    acronym or a name in capitals ("DGB", "NDR", "BILD")."""
    return is_org(word) or is_role(word) or is_acronym(word) or (len(word) > 1 and word.isupper())


def agent_genitive(toks: Sequence[Tok], k: int) -> str | None:
    """The source a genitive or "von" phrase at k names after a report noun when it is
    someone who can report: an organisation or a role as the speaker word classes know them
    ("des Gerichts", "der Polizei", "von Experten", "des DGB"). "Nach Berechnung der Grundsteuer"
    names what was calculated, not who calculated it, so it gives no source."""
    if lower_at(toks, k) not in ("des", "der", "von", "vom"):
        return None
    words, _after = np_after(toks, k if lower_at(toks, k) in ("des", "der") else k + 1)
    heads = [w for w in words if w[:1].isupper() and w.lower() not in R.DETERMINERS]
    if not heads or not is_agent(heads[-1]):
        return None
    return genitive_source(toks, k)


MAX_REPORT_ADJECTIVES = 2  # "nach dem amtlichen vorläufigen Endergebnis der Wahlbehörde"


def _article_report_noun(toks: Sequence[Tok], k: int) -> str | None:
    """The author of a report noun after an article: "nach dem vorläufigen Endergebnis der
    Landeswahlleiterin", "nach den Berechnungen des Instituts", "nach der Zählung der
    Polizei" (a compound of a report noun counts: "Endergebnis", "Polizeibericht"). None
    unless a genitive names who made the report; `k` is the article's index."""
    j = k + 1
    while j < len(toks) and j - k <= MAX_REPORT_ADJECTIVES and toks[j].text[:1].islower():
        j += 1
    if j >= len(toks) or not NOUN_RE.match(toks[j].text) or not _is_report_noun(toks[j].text):
        return None
    return genitive_source(toks, j + 1) if lower_at(toks, j + 1) in ("des", "der") else None


def _is_report_noun(word: str) -> bool:
    """A report noun of the lexicon, its plural or a compound ending in one."""
    low = word.lower()
    nouns = lexicon().report_nouns
    forms = (low, low[:-1], low[:-2]) if low.endswith("en") else (low, low[:-1])
    return any(f in nouns or any(f.endswith(n) for n in nouns if len(n) > 5) for f in forms)


def _headline_attribution(
    toks: Sequence[Tok], dateline: str | None = None
) -> list[tuple[int, str | None]]:
    """A source set off at the end or the start of a headline: "Nordkorea schickt 1.500
    Soldaten – Geheimdienst", "Geheimdienst: Nordkorea schickt 1.500 Soldaten". Only in
    sentences without a final full stop (headlines): in body text "Die Bilanz: 40 Tote."
    names no source; nor does a label of the story ("Pakistan: Mehr als 20 Tote …")."""
    n = len(toks)
    if not n or toks[-1].text == ".":
        return []
    end = n - 1 if toks[-1].text in ("!", "?") else n
    for d in range(max(0, end - 5), end - 1):
        words = toks[d + 1 : end]
        if toks[d].text in ("–", "—", "-") and _is_source_words(words, dateline):
            return [(d, clean_speaker([t.text for t in words]))]
    for c in range(1, min(4, n)):
        if toks[c].text == ":" and _is_source_words(toks[:c], dateline):
            return [(c, clean_speaker([t.text for t in toks[:c]]))]
    return []


def _is_source_words(words: Sequence[Tok], dateline: str | None = None) -> bool:
    """One to four capitalised words (a name, an office), none of them a number, that do
    not only label the story (a place, an event, an election, a topic)."""
    if is_headline_label([w.text for w in words], dateline):
        return False
    return 0 < len(words) <= 4 and all(
        NOUN_RE.match(w.text)
        and w.text.lower() not in R.PRONOUNS
        and vague_amount(w.text) is None
        and not any(ch.isdigit() for ch in w.text)
        for w in words
    )


def _wie_clause_reports(toks: Sequence[Tok], after: int, lemmatize: Lemmatize) -> bool:
    """Whether "wie X ..." is a report clause: its verb, last before the comma, reports
    ("Wie die Feuerwehr mitteilte", "Wie das Ministerium am Montag bekannt gab")."""
    lows = [t.text.lower() for t in toks]
    end = after
    while end < len(lows) and lows[end] not in (",", ".", ";") and end - after < 8:
        end += 1
    if end == after or end >= len(lows) or lows[end] != ",":
        return after < len(lows) and report_verb(toks[after].text, lemmatize) is not None
    verb_form = report_verb(toks[end - 1].text, lemmatize)
    if verb_form is None:
        return False
    # a separable verb in a verb-final clause: "bekannt gab", "mit teilte" never split
    return not verb_form.particles or lows[end - 2] in verb_form.particles
