"""Speech acts (DESIGN.md `act`/`target`): what a speaker did, read from the cue's lexicon entry,
and the accused of an accusation, read from the clause frame.

Pure functions over a sentence's word texts; the noun-phrase parser is passed in so that these
rules do not depend on the quote component.

Which act a quote gets:
- a cue verb: its line in `lexicons/cue_acts.tsv` (a lemma not listed is a `claim`);
- a direct quote after a neutral cue that is a single question asks, one that is a single
  exclamation opening with an imperative ("„Nehmt die Kürzung zurück!“") demands;
- an according-to phrase: the act of the noun heading it ("nach Schätzungen der UN" is an
  estimate, "den Vorwürfen der Opposition zufolge" an accusation), else a `claim`;
- a Konjunktiv continuation (a later sentence without a cue of its own) is always a `claim`:
  it is the speaker's own assertion that backs the act, not the act again. After "forderte
  höhere Löhne" the sentence "Die Beschäftigten hätten verzichtet" is a reason, not a
  demand; after "bestritt die Vorwürfe", "Er habe sich an die Regeln gehalten" is asserted,
  not denied. Repeating a warning or an estimate would sometimes fit, but a claim is never
  the opposite of what was said, which a repeated denial or question could be;
- "bestreitet das" with a pronoun object denies the previous sentence's claim, accusation
  or estimate (quotes/rules.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import cast

from bot.models import SPEECH_ACTS, SpeechAct
from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.lemma_lookup import table_lemmatize
from bot.nlp.lexicons import negation_words, rows, words
from bot.nlp.speakers import NP

NpAt = Callable[[list[str], int, int], "NP | None"]

# forms of "werden"/"sein" that make "vorgeworfen" a passive: the accused is no speaker
PASSIVE_AUX = frozenset(
    {"wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde", "war", "ist"}
)
AGENT_PREPS = frozenset({"von", "vom", "durch"})
OBJECT_PRONOUNS = {"ihm": "er", "ihr": "sie", "ihnen": "sie", "ihn": "er"}
# words of a clause that never start the accused's noun phrase
NOT_TARGET = frozenset({"sich", "es", "man", "dies", "das", "darauf", "davon", "dabei"})
# articles that open the accused, a dative, after the inverted subject of a fronted charge:
# "Untreue warf die Staatsanwaltschaft dem Manager vor", and with an indefinite accused
# "Bestechlichkeit wirft die Staatsanwaltschaft einem Beamten vor" ("den" is the plural)
ACCUSED_DATIVE_ARTICLES = frozenset({"dem", "der", "den", "einem", "einer"})


# words that open an indirect question: the complement of "fragen", "wissen wollen"
# ("fragte, warum die Kosten gestiegen sind"), which needs neither dass nor Konjunktiv
QUESTION_OPENERS = frozenset(
    {
        "ob", "wie", "wo", "wann", "warum", "weshalb", "weswegen", "wieso", "wer", "wen",
        "wem", "wessen", "was", "welche", "welcher", "welches", "welchen", "welchem", "wozu",
        "wohin", "woher", "womit", "wofür", "worauf", "worüber", "inwiefern", "inwieweit",
    }
)  # fmt: skip


def asked_in_quote(act: SpeechAct, kind: str, texts: Sequence[str]) -> SpeechAct:
    """A direct quote that is a single question ("„Wie lange sollen die Familien noch
    warten?“, sagte X") asks, whatever its neutral cue: a claim becomes a question. A single
    exclamation that opens with an imperative ("„Nehmt die Kürzung zurück!“, riefen die
    Bauern") demands: a claim becomes a demand. A quote of several sentences, indirect
    speech, or a cue that names another act keeps its act."""
    if act != "claim" or kind != "direct":
        return act
    body = [t for t in texts if t not in _QUOTE_MARKS]
    if not body or body[-1] not in ("?", "!") or any(t in (".", "!", "?") for t in body[:-1]):
        return act
    if body[-1] == "?":
        return "question"
    return "demand" if opens_imperative(body, table_lemmatize()) else act


# words that after a finite verb make it a statement: a subject pronoun ("Hilft er"), or a
# finite auxiliary after a noun that looked like a verb ("Macht ist gefährlich")
_NO_IMPERATIVE_AFTER = frozenset(
    {"ich", "du", "er", "es", "wir", "ihr", "man", "ist", "sind", "war", "waren", "hat", "wird"}
)
_IMPERATIVE_FORMS = words("act_imperative_forms.txt")
# words a vocative before the imperative may have ("Herr Minister, tun Sie etwas!")
_VOCATIVE_WORDS = 3


def opens_imperative(body: Sequence[str], lemmatize: Callable[[str], str | None]) -> bool:
    """Whether a sentence opens with an imperative, after at most a short vocative ("Mussawi,
    hole unsere Stimmen zurück!"). Without a tagger the form tells: a plural "-t" form of a
    verb with no subject pronoun after it ("Nehmt", "Stoppt"; not "Hilft das?"), the
    polite infinitive form before "Sie" ("Geben Sie"), a singular that is the infinitive less
    its "-n" ("Hole"), or an irregular form of lexicons/act_imperative_forms.txt ("Lasst")."""
    comma = next((k for k in range(min(len(body), _VOCATIVE_WORDS + 1)) if body[k] == ","), 0)
    called = comma > 0 and all(w[:1].isupper() for w in body[:comma])  # not "Gestern, als"
    k = comma + 1 if called else 0
    if k >= len(body) - 1 or not (called or body[k][:1].isupper()):
        return False
    word, after = body[k].lower(), body[k + 1]
    if after.lower() in _NO_IMPERATIVE_AFTER:
        return False
    if word in _IMPERATIVE_FORMS:
        return True
    lemma = lemmatize(word)
    if after == "Sie":
        return word.endswith("en") and lemma in (None, word)
    if lemma is None or lemma == word or not lemma.endswith("n"):
        return False
    return word.endswith("t") or lemma == word + "n"


def opens_question(word: str) -> bool:
    """An indirect question starts here ("ob", a w-word)."""
    return word.lower() in QUESTION_OPENERS


@dataclass(frozen=True, slots=True)
class CueActs:
    """Lemma -> act, and for accusations the case of the accused ("dat"/"acc"); noun forms
    (capitalised lines) -> the act of an according-to phrase they head ("nach Schätzungen
    der UN" is an estimate, "den Vorwürfen der Opposition zufolge" an accusation)."""

    acts: dict[str, SpeechAct]
    target_case: dict[str, str]
    nouns: dict[str, SpeechAct] = field(default_factory=dict)
    # the act of a denial whose cue is negated before its clause: "bestritt nicht, dass …"
    # concedes (claim), "schloss nicht aus, dass …" allows for it (estimate)
    negated: dict[str, SpeechAct] = field(default_factory=dict)
    # lemma -> (preposition, head endings): a tool as the framed object makes the verb literal
    # ("rechnet mit dem Taschenrechner"; lexicons/act_literal_objects.tsv)
    literal: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # modal cues whose clause-final cue infinitive gives the act -> the infinitives of a
    # state, after which the modal reports no intention (lexicons/cue_modals.txt)
    modals: dict[str, frozenset[str]] = field(default_factory=dict)
    # the last word of a judgement -> its act ("hält X für wahrscheinlich": estimate;
    # lexicons/act_judgements.tsv)
    judgements: dict[str, SpeechAct] = field(default_factory=dict)

    def act(self, lemma: str | None) -> SpeechAct:
        return self.acts.get(lemma or "", "claim")

    def idiom_act(self, lemma: str | None, texts: list[str], c: int) -> SpeechAct:
        """The act of a cue whose nominal idiom shares its noun with another: "stellte die
        Frage, ob …" asks (lemma "die Frage stellen"), "stellte … in Frage" doubts (a line
        "in Frage stellen"). The word before the idiom's noun nearest the cue picks the line;
        without such a line the lemma's own act counts."""
        parts = (lemma or "").split()
        if len(parts) == 3:
            ks = [k for k in range(1, len(texts)) if texts[k] == parts[1] and k != c]
            if ks:
                k = min(ks, key=lambda k: abs(k - c))
                variant = f"{texts[k - 1].lower()} {parts[1]} {parts[2]}"
                if variant in self.acts:
                    return self.acts[variant]
        return self.act(lemma)

    def intended(self, lemma: str, texts: list[str], c: int) -> str:
        """The lemma whose act a cue reports: for a modal cue ("will") the infinitive that
        closes its clause when that is a cue of its own ("will … eine Senkung fordern",
        "will im Ausschuss fragen, ob …"): the speaker announces that act and the content is
        what the act is about, so its act is the infinitive's. Else the cue's own lemma."""
        if lemma not in self.modals:
            return lemma
        last = _clause_final(texts, c)
        return last if last.islower() and last in self.acts else lemma

    def idle_intention(
        self, lemma: str, texts: list[str], c: int, content: tuple[int, int]
    ) -> bool:
        """A modal cue that announces nothing: its content stands before it (a fronted
        adverbial, "Um Zeit zu gewinnen, will X …", is no intention), its subject is the
        impersonal "man" (no speaker), or its clause ends in a state infinitive ("will
        exklusiv bleiben", "will Marktführer werden"): a wish, not an act."""
        states = self.modals.get(lemma)
        if states is None:
            return False
        after = texts[c + 1].lower() if c + 1 < len(texts) else ""
        return content[1] <= c or after == "man" or _clause_final(texts, c) in states

    def object_act(
        self, act: SpeechAct, texts: list[str], c: int, content: tuple[int, int]
    ) -> SpeechAct:
        """The act a neutral cue's object names: "äußerte die Befürchtung, dass …" warns,
        "bekräftigte ihre Forderung, die Löhne zu erhöhen" demands, "äußerte Zweifel, dass …"
        doubts (a denial). The object is one noun right before the comma of its clause (inside
        the content or before it), with lower-case words only between it and the cue
        (articles, possessives, adverbs, "am Montag"); that noun's line in cue_acts.tsv gives
        the act. "begründete die Forderung damit, dass …" gives a reason (the clause belongs to
        "damit"). A cue with an act of its own keeps it, and a noun that names no act ("die
        Hoffnung, dass …") leaves the claim."""
        lo, hi = content
        if act != "claim" or lo <= c:
            return act
        # the comma before the clause: before the content, or inside it after the object
        k = (
            lo - 1
            if texts[lo - 1] == ","
            else next((j for j in range(lo, hi) if texts[j] == ","), c)
        )
        if k <= c + 1 or any(
            t[:1].isupper() and t.lower() not in _CALENDAR for t in texts[c + 1 : k - 1]
        ):
            return act
        return self.nouns.get(texts[k - 1], act)

    def judged_act(
        self, act: SpeechAct, frame: str | None, texts: list[str], c: int, hi: int
    ) -> SpeechAct:
        """The act of a judging verb's judgement ("hält einen milden Winter für
        wahrscheinlich" estimates, "bezeichnete die Vorwürfe als haltlos" denies, "hält es für
        notwendig, dass …" demands): the last word before the clause ends after the verb's
        frame word (`frame`: "für", "als"; lexicons/quote_as_verbs.tsv) and its line in
        act_judgements.tsv. Calling a clause wrong ("hält es für falsch, dass …") criticises
        it: a denial needs a noun-phrase object. `hi`: where the cue's content ends."""
        if act != "claim" or frame is None:
            return act
        j = next((k for k in range(c + 1, hi) if texts[k] == frame), None)
        if j is None:
            return act
        e = next((k for k in range(j + 1, hi) if texts[k] in _CLAUSE_ENDS), hi)
        judged = self.judgements.get(texts[e - 1].lower(), act) if e > j + 1 else act
        if judged == "denial" and "es" in texts[c + 1 : j]:
            return act
        return judged

    def clause_act(
        self, act: SpeechAct, lemma: str, texts: list[str], c: int, content: tuple[int, int]
    ) -> SpeechAct:
        """The act of a cue whose content is a dass-clause right after it ("will, dass …":
        a demand on others; a line "wollen, dass" of cue_acts.tsv). The comma must follow
        the cue or its lower-case adverbs ("will nun, dass"), so a clause elsewhere in the
        sentence ("will bleiben, sagte er, dass …") keeps the cue's own act."""
        lo = content[0]
        if lo <= c + 1 or texts[lo].lower() != "dass" or texts[lo - 1] != ",":
            return act
        if not all(_adverb_shape(t) for t in texts[c + 1 : lo - 1]):
            return act
        return self.acts.get(f"{lemma}, dass", act)

    def negated_act(self, lemma: str | None) -> SpeechAct:
        return self.negated.get(lemma or "", "claim")

    def marker_act(self, words: list[str]) -> SpeechAct:
        """The act of an according-to phrase: that of its first act noun, else a claim
        ("laut der Polizei", "nach Angaben von X")."""
        return next((self.nouns[w] for w in words if w in self.nouns), "claim")

    def marker_start(self, texts: list[str], s0: int) -> int:
        """Where an according-to phrase starts when its act noun stands before the source
        the marker found: "Der Schätzung der Polizei zufolge" (source "der Polizei") starts
        at "Der", so the noun gives the act and is no part of what was said."""
        if s0 >= 1 and texts[s0 - 1] in self.nouns:
            if s0 == 1:
                return 0
            if texts[s0 - 2].lower() in _ARTICLES:
                return s0 - 2
        return s0

    def is_literal(self, lemma: str | None, texts: list[str], lo: int, hi: int) -> bool:
        """Whether the cue's framed object in texts[lo:hi] is a tool: no speech act."""
        frame = self.literal.get(lemma or "")
        return frame is not None and literal_object(texts, lo, hi, *frame)

    @property
    def charges(self) -> frozenset[str]:
        """The nouns that name an accusation ("Vorwürfe"): the charge of "erhob … gegen"."""
        return frozenset(n for n, act in self.nouns.items() if act == "accusation")

    def accuses(self, lemma: str | None) -> bool:
        return (lemma or "") in self.target_case


def load_cue_acts(name: str = "cue_acts.tsv") -> CueActs:
    acts: dict[str, SpeechAct] = {}
    cases: dict[str, str] = {}
    nouns: dict[str, SpeechAct] = {}
    negated: dict[str, SpeechAct] = {}
    for row in rows(name):
        lemma, act = row[0], row[1]
        if act not in SPEECH_ACTS:
            raise ValueError(f"{name}: unknown act {act!r} for {lemma!r}")
        if lemma[:1].isupper() and " " not in lemma:
            nouns[lemma] = cast(SpeechAct, act)  # a noun form heading an according-to phrase
            continue
        acts[lemma] = cast(SpeechAct, act)
        if len(row) > 2 and row[2] in ("dat", "acc", "gegen"):
            cases[lemma] = row[2]
        if len(row) > 3 and row[3] != "-":
            if row[3] not in SPEECH_ACTS:
                raise ValueError(f"{name}: unknown negated act {row[3]!r} for {lemma!r}")
            negated[lemma] = cast(SpeechAct, row[3])
    literal = {r[0]: (r[1], tuple(r[2].split())) for r in rows("act_literal_objects.tsv")}
    modals = {r[0]: frozenset(r[1].split() if len(r) > 1 else ()) for r in rows("cue_modals.txt")}
    judgements = {r[0]: cast(SpeechAct, r[1]) for r in rows("act_judgements.tsv")}
    if not set(judgements.values()) <= set(SPEECH_ACTS):
        raise ValueError(f"act_judgements.tsv: unknown act in {sorted(set(judgements.values()))}")
    return CueActs(acts, cases, nouns, negated, literal, modals, judgements)


def literal_object(texts: list[str], lo: int, hi: int, prep: str, endings: tuple[str, ...]) -> bool:
    """Whether the phrase opened by `prep` in texts[lo:hi] has a head noun with one of the
    endings: its first capitalised word after articles and adjectives ("mit dem neuen
    Taschenrechner" -> "Taschenrechner"). `prep` "-" reads the direct object, which then must
    be a bare noun phrase, not a clause after a comma ("bestritt das Spiel" contests a match;
    "bestritt, das Spiel verschoben zu haben" denies)."""
    k: int | None = lo - 1  # "-": the object itself, from its first word
    if prep == "-":
        if lo == 0 or texts[lo - 1] in (",", ":") or any(t in _QUOTE_MARKS for t in texts[lo:hi]):
            return False
    else:
        k = next((k for k in range(lo, hi) if texts[k].lower() == prep), None)
    if k is None:
        return False
    head = next((t for t in texts[k + 1 : hi] if t[:1].isupper()), None)
    return head is not None and head.lower().endswith(endings)


def load_np_frames(name: str = "np_object_frames.tsv") -> dict[str, frozenset[str]]:
    """Lemma -> the prepositions its noun-phrase object needs to report content ("kritisierte
    X als …", "rief X zur Ruhe auf"); lemmas not listed take any object they allow. The
    second column lists alternatives separated by commas."""
    out: dict[str, set[str]] = {}
    for row in rows(name):
        out.setdefault(row[0], set()).update(p.strip() for p in row[1].split(","))
    return {lemma: frozenset(preps) for lemma, preps in out.items()}


def is_passive(texts: list[str], a: int, c: int, accuses: bool = True) -> bool:
    """ "X wird vorgeworfen", "Ihm wurde … unterstellt, … zu haben", "Den Managern wird zur
    Last gelegt, … zu haben", "Gegen X wird der Vorwurf … erhoben": a participle cue with a
    form of werden/sein in its clause (before it) reports an accusation, not the subject's
    words. "vorgeworfen", "beschuldigt", "bezichtigt" accuse whatever follows; another
    accusation cue's participle (`accuses`: its act is an accusation; a weak "-t" or strong
    "ge…en" form) only with the charge as a zu-infinitive after its comma: "Die Fluglotsen
    werden dem Militärrecht unterstellt" subordinates, "Daten werden vorgehalten" keeps
    them. "erhoben" only with the accused after "gegen" ("Die Steuern wurden erhoben")."""
    cue = texts[c].lower()
    before = [t.lower() for t in texts[a:c]]
    if cue == "erhoben":
        participle = "gegen" in before
    elif cue.startswith(("vorgeworfen", "beschuldigt", "bezichtigt")):
        participle = True
    else:
        weak_or_strong = cue.endswith("t") or ("ge" in cue[:-2] and cue.endswith("en"))
        participle = accuses and weak_or_strong and _charge_infinitive_after(texts, c)
    return participle and any(t in PASSIVE_AUX for t in before)


# adverbs that end like an infinitive ("will stattdessen, dass …")
_EN_ADVERBS = frozenset({"morgen", "gestern", "stattdessen", "unterdessen", "indessen", "selten"})


def _adverb_shape(word: str) -> bool:
    """A lower-case word that can stand between "will" and its dass-clause as an adverb
    ("will nun, dass"); an infinitive there ("will verhindern, dass") keeps the verb's own
    act: the clause is what the subject plans to prevent, not a demand on others."""
    if not (word.isalpha() and word.islower()):
        return False
    return word in _EN_ADVERBS or not (len(word) > 4 and word.endswith(("en", "rn", "ln")))


def _charge_infinitive_after(texts: list[str], c: int) -> bool:
    """ ", Gelder veruntreut zu haben": a comma right after the cue opens a zu-infinitive
    (a "zu" before the next comma or the sentence end)."""
    if c + 1 >= len(texts) or texts[c + 1] != ",":
        return False
    for t in texts[c + 2 :]:
        if t in _CLAUSE_ENDS:
            return False
        if t == "zu":
            return True
    return False


def find_target(
    texts: list[str],
    spans: list[tuple[int, int]],
    np_at: NpAt,
    preps: frozenset[str] = AGENT_PREPS,
) -> NP | None:
    """The accused: the first noun phrase in the given word ranges that is not inside a
    prepositional phrase opened by one of `preps` (a passive's agent "von den Behörden", the
    speaker's "in Kiew": the accused is an accusative or dative object) nor a filler word. A
    dative pronoun ("ihm") is returned as a pronoun NP for the caller to resolve."""
    for lo, hi in spans:
        k = lo
        while k < hi:
            low = texts[k].lower()
            if low in preps:
                inner = np_at(texts, k + 1, hi)
                k = max(inner.end if inner is not None else k + 1, past_phrase(texts, k, hi))
                continue
            if low in OBJECT_PRONOUNS:
                return NP(k, k + 1, "pronoun", OBJECT_PRONOUNS[low], None, False, texts[k])
            if low in _ARTICLES or (low not in NOT_TARGET and texts[k][:1].isupper()):
                np = np_at(texts, k, hi)
                if np is not None and np.kind != "pronoun":
                    return np
            k += 1
    return None


def _clause_final(texts: list[str], c: int) -> str:
    """The last word of the clause the cue at `c` opens ("" when a mark follows the cue)."""
    k = c + 1
    while k < len(texts) and texts[k] not in _CLAUSE_ENDS:
        k += 1
    return texts[k - 1] if k > c + 1 else ""


# marks that close the clause of a modal cue before its infinitive could follow
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "„", "“", "»", "«", "–"})

# weekdays and months: a time phrase between a cue and its object ("äußerte am Montag die Sorge")
_CALENDAR = MONTHS | WEEKDAYS

_ARTICLES = frozenset({"dem", "der", "den", "die", "das", "einem", "einer", "einen", "eine"})


def past_phrase(texts: list[str], k: int, hi: int) -> int:
    """Where a prepositional phrase at k ends at the earliest, whatever the noun-phrase parser
    read: after its first capitalised word that is no truncated compound ("gegen den Luft- und
    Seeverkehr" ends after "Seeverkehr"), so that no noun inside it is taken as the accused."""
    j = k + 1
    while j < hi and (texts[j][:1].islower() or texts[j].endswith("-")):
        j += 1
    return min(j + 1, hi)


def as_written(name: str, mention: str) -> str:
    """A noun phrase's name with each word's case as the text wrote it: the phrase parser
    capitalises a name's first word, which turns an adjective of the accused into a false
    proper noun ("den früheren Manager" -> "Früheren Manager")."""
    written = {w.lower(): w for w in mention.split()}
    return " ".join(written.get(w.lower(), w) for w in name.split())


def target_as_written(name: str, mention: str) -> str | None:
    """The target as the text has it when an adjective leads it ("früheren Manager",
    "streikenden Ärzten"): its inflection is the text's and no proper base form can be
    built without knowing gender and number. None when a noun leads it (the caller then
    reads it in the nominative: "dem Präsidenten" -> "Präsident")."""
    written = as_written(name, mention)
    return written if written[:1].islower() else None


_OPENING_QUOTES = frozenset({"„", "»", "‚"})
_CLOSING_QUOTES = frozenset({"“", "«", "‘", "”"})
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES | {'"'}


def outside_quotes(texts: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the word ranges outside quotation marks: a direct quote is what was said,
    so a noun in it ("„Sie haben die Menschen belogen“, warf X dem Minister vor") is never
    the accused. A straight '"' toggles; an unclosed opening mark hides the rest."""
    inside = [False] * len(texts)
    open_ = False
    for k, t in enumerate(texts):
        if t in _OPENING_QUOTES or (t == '"' and not open_):
            open_ = True
        elif t in _CLOSING_QUOTES or t == '"':
            open_ = False
        else:
            inside[k] = open_
            continue
        inside[k] = True
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        k = lo
        while k < hi:
            if inside[k]:
                k += 1
                continue
            j = k
            while j < hi and not inside[j]:
                j += 1
            out.append((k, j))
            k = j
    return out


_DATIVE_ARTICLES = frozenset({"dem", "den", "der", "einem", "einer", "ihren", "seinen"})


def dative_noun(texts: list[str], lo: int, hi: int) -> NP | None:
    """The accused of a passive accusation when the speaker grammar knows no such noun:
    "Den Rebellen wird vorgeworfen, …" (a dative article, adjectives, a capitalised noun
    before the auxiliary). Any noun there is accused, person noun or not."""
    for k in range(lo, hi - 1):
        if texts[k].lower() not in _DATIVE_ARTICLES:
            continue
        j = k + 1
        while j < hi and texts[j][:1].islower() and texts[j].lower() not in PASSIVE_AUX:
            j += 1  # adjectives: "den mutmaßlichen Tätern"
        if j < hi and j > k and texts[j][:1].isupper() and texts[j].isalpha():
            mention = " ".join(texts[k : j + 1])
            return NP(k, j + 1, "description", texts[j], None, False, mention)
        return None
    return None


def frame_after_object(texts: list[str], k: int, hi: int, frame: frozenset[str]) -> bool:
    """Whether a frame preposition of the cue opens texts[k:hi], right away ("droht mit
    Streiks") or after a dative object ("droht den Arbeitgebern mit Streiks", "dem Land mit
    Sanktionen"): the threatened stand between the verb's subject and what it threatens."""
    if k >= hi:
        return False
    if texts[k].lower() in frame:
        return True
    np = dative_noun(texts, k, hi)
    return np is not None and np.start == k and np.end < hi and texts[np.end].lower() in frame


def framed_target(
    texts: list[str], lo: int, hi: int, preps: frozenset[str], np_at: NpAt
) -> tuple[NP, int] | None:
    """ "machte die Rebellen für den Anschlag verantwortlich": the accusative object before
    the frame's preposition is the blamed, whole ("den Betreiber des Kraftwerks"); returns it
    and where the charge starts, or None without such an object. A frame of articles
    ("beschuldigte X der Untreue") cannot tell a genitive of the accused from the charge."""
    if preps & _ARTICLES:
        return None
    k = next((k for k in range(lo + 1, hi) if texts[k].lower() in preps), None)
    if k is None or not (texts[lo].lower() in _ARTICLES or texts[lo][:1].isupper()):
        return None
    if not any(t[:1].isupper() for t in texts[lo:k]) or any(t in (",", ";") for t in texts[lo:k]):
        return None
    np = np_at(texts, lo, k)
    if np is not None and np.end == k and np.kind != "pronoun":
        return np, k
    first = lo + 1 if texts[lo].lower() in _ARTICLES else lo
    name = " ".join(texts[first:k])
    return NP(lo, k, "description", name, None, False, " ".join(texts[lo:k])), k


def prep_target(texts: list[str], lo: int, hi: int, prep: str, np_at: NpAt) -> NP | None:
    """The accused of an accusation raised against someone: the noun phrase right after
    `prep` in the content ("erhob schwere Vorwürfe gegen den Minister" -> "Minister"), or
    None when the content has no such phrase or it is a pronoun."""
    k = next((k for k in range(lo, hi) if texts[k].lower() == prep), None)
    if k is None:
        return None
    np = np_at(texts, k + 1, hi)
    return np if np is not None and np.kind != "pronoun" and np.start == k + 1 else None


def charge_after_subject(
    texts: list[str],
    c: int,
    np: NP | None,
    content: tuple[int, int],
    prep: str,
    charges: Collection[str],
) -> tuple[int, int] | None:
    """ "Gegen die Ministerin erhob die Opposition im Landtag schwere Vorwürfe": the phrase
    of the accused is fronted (the content read is just "Gegen die Ministerin"), the subject
    follows the cue, and the charge is the object after it, past time and place phrases.
    The object must name the accusation (one of `charges`, the accusation nouns of
    cue_acts.tsv): "Gegen den Bescheid erhob die Firma Einspruch" objects, accuses no one.
    Returns the charge's span, or None when the clause has no such shape."""
    lo, hi = content
    if np is None or np.start != c + 1 or lo != 0 or hi > c or texts[0].lower() != prep:
        return None
    end = np.end
    while end < len(texts) and texts[end] not in _CLAUSE_ENDS:
        end += 1
    start = np.end
    while start < end and texts[start].lower() in _TIME_PLACE_PREPS:
        start += 1  # "im Landtag", "am Montag in der Debatte": to the phrase's noun
        while start < end and texts[start][:1].islower():
            start += 1
        start += 1
    if start >= end or not any(t in charges for t in texts[start:end]):
        return None
    return start, end


# prepositions of a time or place phrase between an inverted subject and its object
_TIME_PLACE_PREPS = frozenset({"im", "am", "in", "an", "auf", "vor", "bei", "beim", "nach", "seit"})


def content_after(
    texts: list[str], lo: int, hi: int, target: NP | None, particle: str = ""
) -> tuple[int, int]:
    """The accusation's content without the accused: "dem Präsidenten Wahlbetrug" ->
    "Wahlbetrug"; "den Manager Jan Weber, Gelder …" -> "Gelder …" (the comma and the cue's
    particle between the accused and a clause are no content either)."""
    if target is not None and lo <= target.start < hi:
        lo = max(lo, target.end)
        if lo < hi and texts[lo] == particle:
            lo += 1
        while lo < hi and texts[lo] == ",":
            lo += 1
    while lo < hi and texts[lo].lower() in PASSIVE_AUX:
        lo += 1  # "Dem Amt wird Untätigkeit vorgeworfen": the auxiliary is no content
    return lo, hi


_NOMINATIVE_OR_ACCUSATIVE = frozenset({"der", "die", "das"})


def inverted_subject(
    texts: list[str],
    c: int,
    np: NP | None,
    content: tuple[int, int],
    np_at: NpAt,
    common: Callable[[str], bool],
    preps: frozenset[str],
    person: Callable[[NP], bool] = lambda _: False,
) -> tuple[NP, tuple[int, int]] | None:
    """Object-fronted V2: "Neue Sanktionen kündigte die EU-Kommission an", "Eine Verbindung
    zu der Gruppe bestritt der Politiker Lars Eckert". When the noun-phrase object read after
    the cue is a person or organisation with a nominative-capable article and the phrase
    before the cue is no one (common nouns only, or a noun inside a prepositional phrase),
    the two are swapped: the speaker is after the cue, the fronted phrase is what was said.
    `person`: whether a common-noun phrase names people ("der Fahrer"). Returns (speaker,
    content) or None when the clause is not inverted."""
    lo, hi = content
    if np is None or np.end > c or lo <= c or texts[lo - 1] == ",":
        return None
    named = texts[lo][:1].isupper()  # "räumte Bürgermeister Stefan Wolf ein"
    if texts[lo].lower() not in _NOMINATIVE_OR_ACCUSATIVE and not named:
        return None
    sub = np_at(texts, lo, hi)
    if sub is None or sub.kind == "pronoun":
        return None
    if named and not (sub.kind == "name" and sub.role and " " in sub.name):
        return None  # without an article only a role and a full name: "Bürgermeister X Y"
    if sub.end != hi and not (
        (named and _adverbial_tail(texts, sub.end, hi, preps))
        or adverbials_only(texts, sub.end, hi, preps)  # "kündigte der Verband für Mai an"
    ):
        return None
    if not (sub.org or sub.role or sub.kind == "name" or person(sub)):
        return None  # "der Fahrer" (a person noun) speaks; "die Zahlen" do not
    if not _no_one_fronted(texts, np, common, preps, person):
        return None
    return sub, (0, c)


def _adverbial_tail(texts: list[str], lo: int, hi: int, preps: frozenset[str]) -> bool:
    """Whether texts[lo:hi] is only adverbs and a prepositional phrase after the subject
    ("erst nach Tagen", "am Montag"): nothing said of its own."""
    tail = texts[lo:hi]
    if any(t in (",", ":", "„", "“") for t in tail):
        return False
    k = next((k for k, t in enumerate(tail) if t.lower() in preps), len(tail))
    return all(t[:1].islower() for t in tail[:k])  # the phrase's own nouns are capitalised


def adverbials_only(texts: list[str], lo: int, hi: int, preps: frozenset[str]) -> bool:
    """Whether texts[lo:hi] holds only adverbs and up to two prepositional phrases ("am
    Abend", "für kommende Woche", "nun kategorisch", "in seinem Bericht"): after an inverted
    subject such a tail is no object of the cue, so nothing said stands there. An object
    after the phrase ("für das Wochenende Temperaturen von 35 Grad") is not a tail."""
    k, phrases = lo, 0
    while k < hi:
        t = texts[k]
        if t.lower() in preps and phrases < 2:
            k, phrases = k + 1, phrases + 1
            while k < hi and texts[k][:1].islower() and texts[k].isalpha():
                k += 1  # its article and adjectives
            if k >= hi or not texts[k][:1].isupper():
                return False
            k += 1  # its noun
            while k < hi and (texts[k].lower() in MONTHS or texts[k].isdigit()):
                k += 1  # "für Anfang Juni", "bis Ende März 2026": a date's month and year
        elif t[:1].islower() and t.isalpha() and t.lower() not in _ARTICLES:
            k += 1  # an adverb
        else:
            return False
    return hi > lo


def _no_one_fronted(
    texts: list[str],
    np: NP,
    common: Callable[[str], bool],
    preps: frozenset[str],
    person: Callable[[NP], bool],
) -> bool:
    """The phrase before the cue names no speaker: the noun phrase read as the speaker sits
    in a prepositional phrase ("zu der Gruppe"), or it starts the sentence and all its
    capitalised words are common nouns ("Neue Sanktionen"), or a quantifier opens it ("Jede
    Schuld"); a person noun or organisation there is the speaker ("Jede Partei")."""
    k = np.start - 1
    while k >= 0 and texts[k].lower() in _OBJECT_OPENERS:
        k -= 1
    if k >= 0:
        return texts[k].lower() in preps or _fronted_genitive(texts, np, k, common)
    if np.org or np.role or person(np):
        return False
    if texts[0].lower() in _OBJECT_OPENERS - _ARTICLES:
        return True  # "Jede Schuld …": no name takes a quantifier, whatever "Schuld" may be
    capitalised = [w for w in texts[np.start : np.end] if w[:1].isupper()]
    return all(common(w) or w.lower() in _OBJECT_OPENERS for w in capitalised)


_GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer"})


def _fronted_genitive(texts: list[str], np: NP, k: int, common: Callable[[str], bool]) -> bool:
    """ "Die Vorwürfe der Opposition wies der Bürgermeister zurück": the phrase read as the
    speaker is the genitive of the fronted object (a genitive article right after the
    sentence's first noun, which is a common noun opened by an article or quantifier), so
    it is part of what was said, and the speaker stands after the cue. `k` is that noun."""
    if texts[np.start].lower() not in _GENITIVE_ARTICLES or k + 1 != np.start:
        return False
    head = texts[k]
    opening = texts[:k]
    return (
        head[:1].isupper()
        and common(head)
        and all(t.lower() in _OBJECT_OPENERS or (t.isalpha() and t.islower()) for t in opening)
    )


def negated_speaker(texts: list[str], np: NP | None) -> bool:
    """ "Keine Partei bestritt die Zahlen", "Kein Minister forderte …": a speaker negated by
    "kein" did not say it, so the sentence reports nobody's act (a quote "Partei bestreitet"
    would say the opposite)."""
    if np is None or np.kind == "pronoun":
        return False
    first = texts[np.start].lower()
    before = texts[np.start - 1].lower() if np.start > 0 else ""
    no_one = negation_words("determiner")
    return first in no_one or before in no_one


def _negated_participle(texts: list[str], c: int) -> bool:
    """Whether the cue closes a perfect's bracket right after "nicht" ("Der Verein hat nicht
    bestritten, dass …", "hat es nie bestritten"): the negation stands before the participle,
    not after it as in "bestritt nicht"; "nicht nur" negates nothing."""
    if c < 2 or texts[c - 1].lower() not in negation_words("adverb"):
        return False
    finite = next((k for k in range(c - 2, max(c - 6, -1), -1) if texts[k] in (",", ".")), -1)
    return any(t.lower() in _PERFECT_FINITE for t in texts[finite + 1 : c - 1])


def negation(
    texts: list[str], c: int, content: tuple[int, int], denial: bool = False
) -> str | None:
    """Whether the cue itself is negated, and how: before the comma of its clause
    ("bestritt nicht, dass …", "warf ihm nicht vor, …": "clause") or after its noun-phrase
    object ("bestritt die Vorwürfe nicht", "hat den Bericht nicht dementiert": "object") or
    for a denial, by "kein" opening that object ("bestritt keine der Zahlen": "object"; an
    announcement or estimate of "keine Entlassungen" still is one).
    A negation inside the reported clause ("sagte, er habe nicht gelogen") is content, and
    "nicht nur" negates nothing."""
    lo, hi = content
    negations = negation_words("adverb")
    if lo > c + 1 and texts[lo - 1] == ",":
        between = [t.lower() for t in texts[c + 1 : lo - 1]]
        if any(t in negations for t in between) and "nur" not in between:
            return "clause"  # "bestritt nicht, dass …", "warf ihm nicht vor, …"
    if lo > c and texts[lo - 1] == "," and _negated_participle(texts, c):
        return "clause"  # "hat nicht bestritten, dass …": the perfect negates before the cue
    quoted = any(t in '„“”"' for t in texts[lo:hi])  # „Das mache ich nicht“: content
    if hi > lo and texts[hi - 1].lower() in negations and not quoted and texts[lo - 1] != ":":
        return "object"
    no_one = negation_words("determiner")
    if denial and hi > lo and texts[lo].lower() in no_one and texts[lo - 1] not in (",", ":"):
        return "object"  # "bestritt keine der Zahlen" concedes them all
    return None


# the frame of a fronted judgement: "Als Erfolg bezeichnete Kanzler X das Abkommen" opens with
# what was said, whatever the verb's own object frame
AS_FRAME = frozenset({"als"})

# words that open a fronted object noun phrase ("Die Vorwürfe wies X zurück", "Mehr Geld
# forderte X", "Jede Verantwortung lehnte X ab")
_OBJECT_OPENERS = _ARTICLES | frozenset(
    {"mehr", "jede", "jeden", "jedes", "keine", "keinen", "kein", "weitere", "neue", "alle"}
    # a demonstrative object ("Diese Darstellung bestritt der Sprecher")
    | {"diese", "diesen", "dieses", "jene", "jenen", "jenes"}
    # a quantified object ("Sämtliche Vorwürfe weist die Firma zurück", "Jegliche Schuld
    # bestritt der Fahrer")
    | {"sämtliche", "sämtlichen", "jegliche", "jeglichen", "jegliches", "beide", "beiden"}
)


def _adverbs_only(texts: list[str], lo: int, hi: int) -> bool:
    """Whether texts[lo:hi] holds only adverbs (lower-case words, no article): "nun auch"."""
    return all(t.isalpha() and t.islower() and t not in _ARTICLES for t in texts[lo:hi])


# the finite forms of "haben" that open a perfect's verb bracket ("hat … zurückgewiesen")
_PERFECT_FINITE = frozenset({"hat", "hatte", "haben", "hatten"})


def _perfect_finite(texts: list[str], c: int, np: NP, preps: frozenset[str]) -> int | None:
    """Where the finite "hat" of a perfect stands when the subject follows it right away and
    the participle cue closes the sentence after adverbs or a time only ("Einen Zusammenhang
    hat die Bahn bislang bestritten", "… hatten die Grünen schon im Mai gefordert"): V2 puts
    the object before "hat". "Die Stadt hat die Kritik
    zurückgewiesen" has its subject first and its object inside the bracket."""
    h = np.start - 1
    if h < 1 or h >= c or texts[h].lower() not in _PERFECT_FINITE:
        return None
    if c + 1 < len(texts) and texts[c + 1] not in (".", "!", "?"):
        return None
    between = _adverbs_only(texts, np.end, c) or adverbials_only(texts, np.end, c, preps)
    return h if between else None


def fronted_content(
    texts: list[str],
    c: int,
    np: NP | None,
    reports: bool,
    frame: frozenset[str] | None,
    bare: bool = False,
    preps: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """ "Die Vorwürfe wies Konzernchef Markus Feld zurück", "Vor einer Eskalation warnte
    UN-Generalsekretär Amir Dalen": the subject stands right after the cue and the clause
    opens with the act's object, so the words before the cue are what was said. `reports`:
    the cue reports with a bare object; `frame`: the prepositions its object needs (None:
    any object); `bare`: the opening is an article-less noun phrase ("Aufklärung verlangen
    nun auch die Angehörigen"). Adverbs and up to two phrases opened by one of `preps` may
    stand between the cue and the subject ("Mit dem Austritt drohte am Sonntag die CSU"):
    a time or place says nothing. In the perfect the finite "hat" takes the cue's place
    ("Die Kritik hat die Stadt zurückgewiesen"). Returns the content span, or None when the
    opening is no such object."""
    if np is None:
        return None
    finite = _perfect_finite(texts, c, np, preps)
    if finite is not None:
        c = finite  # the object stands before "hat", the subject right after it
    elif np.start <= c or not (
        _adverbs_only(texts, c + 1, np.start) or adverbials_only(texts, c + 1, np.start, preps)
    ):
        return None  # only adverbs ("nun auch") or a time ("am Sonntag") before the subject
    if c < 1 or texts[c - 1] in (",", ":"):
        return None
    if c < 2 and not bare:
        return None
    negations = negation_words("adverb")
    if any(t.lower() in negations for t in texts[np.end :]):
        return None  # "Die Identität gab die Behörde nicht bekannt": nothing was said
    first = texts[0].lower()
    if frame is not None:
        return (0, c) if first in frame else None
    return (0, c) if reports and (first in _OBJECT_OPENERS or bare) else None


# endings of an article or adjective that opens a subject ("die", "ehemalige", "einen")
_INFLECTED = ("e", "en", "er", "es", "em", "ie", "as")


def charge_fronted(
    texts: list[str],
    c: int,
    np: NP | None,
    frame: frozenset[str],
    charges: Collection[str],
    invert: Callable[[tuple[int, int]], tuple[NP, tuple[int, int]] | None],
) -> tuple[NP, tuple[int, int]] | None:
    """ "Schwere Vorwürfe gegen die Stadt erhebt der Rechnungshof (in seinem Bericht)": the
    clause opens with a charge noun (after at most an adjective or article) and the frame's
    preposition right after it, so the phrase read as the speaker before the cue is the
    charge raised and the speaker follows the cue, past adverbs ("erheben nun ehemalige
    Mitarbeiter"). `invert` reads that subject in a span (`inverted_subject`). Returns the
    speaker and the content: the fronted charge, or what a colon after the subject opens
    ("…: Er habe die Gebühren verdoppelt"). None when the clause has no such shape."""
    if np is None or np.end > c:
        return None
    k = next((k for k in range(0, min(c - 1, 3)) if texts[k] in charges), None)
    if k is None or texts[k + 1].lower() not in frame:
        return None
    end = next((j for j in range(c + 1, len(texts)) if texts[j] in _CLAUSE_ENDS), len(texts))
    lo = c + 1
    while lo < end - 1 and texts[lo].lower() in _TIME_PLACE_PREPS:
        lo += 2 if texts[lo + 1][:1].isupper() else 3  # "am Montag", "in der Nacht"
    while lo < end and texts[lo].islower() and not texts[lo].endswith(_INFLECTED):
        lo += 1  # "erheben nun ehemalige Mitarbeiter": an adverb before the subject
    swapped = invert((lo, end)) if lo < end else None
    if swapped is None:
        return None
    last = len(texts) - 1 if texts[-1] in (".", "!", "?") else len(texts)
    if end < last - 1 and texts[end] == ":":
        return swapped[0], (end + 1, last)
    return swapped[0], (0, c)


__all__ = [
    "ACCUSED_DATIVE_ARTICLES",
    "AS_FRAME",
    "CueActs",
    "adverbials_only",
    "as_written",
    "asked_in_quote",
    "charge_after_subject",
    "charge_fronted",
    "content_after",
    "dative_noun",
    "find_target",
    "frame_after_object",
    "framed_target",
    "fronted_content",
    "inverted_subject",
    "is_passive",
    "literal_object",
    "load_cue_acts",
    "load_np_frames",
    "negated_speaker",
    "negation",
    "opens_imperative",
    "opens_question",
    "outside_quotes",
    "past_phrase",
    "prep_target",
    "target_as_written",
]
