"""Stage 2: cue words of a sentence (finite speech verbs, separable particles,
closed nominal cues) and the clause each one governs.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.attribution.acts import PASSIVE_AUX
from bot.nlp.attribution.pos_tags import WINDOW, attributive_candidate, is_attributive_adjective
from bot.nlp.cues import NounPredicate
from bot.nlp.lexicons import negation_words
from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.grammar import (
    ATTRIBUTIVE_BEFORE,
    BOUNDARY,
    FINITE_HABEN,
    FUTURE_WERDEN,
    QUOTE_CHARS,
    VERB_FINAL_OPENERS,
)
from bot.nlp.speakers import DETS, INDEF, PRONOUNS, is_cap
from bot.nlp.stage_records import Word


def quoted_compound_start(words: Sequence[Word], a: int) -> int | None:
    """The opening mark of a quoted title hyphenated to the noun at `a` ("die „Bild“-Zeitung",
    "„Welt“-Redaktion": the tokenizer splits the marks and the hyphen off), so a clause that
    starts after a quotation or a dash does not cut the compound's head from its title."""
    if not (a >= 4 and words[a - 1].text == "-" and words[a - 2].text in QUOTE_CHARS):
        return None
    if not words[a].text[:1].isupper():
        return None
    return next((k for k in range(a - 4, max(-1, a - 8), -1) if words[k].text in QUOTE_CHARS), None)


# words a medium's quoted title follows as the head of its noun phrase: "im „Spiegel“",
# "in der „Zeit“", "dem „Kicker“"
TITLE_ARTICLES = DETS | frozenset({"im", "vom", "beim", "zum", "zur", "am"})


def quoted_title_start(words: Sequence[Word], a: int, c: int) -> int | None:
    """The article before a medium's title in quotation marks right before the cue at `c`
    ("wurde Ministerin X im „Spiegel“ zitiert", "hatte X dem „Spiegel“ gesagt"): up to four
    capitalised words between the marks, after an article or a contracted preposition, are a
    name inside the clause, not a quotation that bounds it, so the speaker before the title
    stays in it. A title further from the cue ("gegenüber der „Zeitung“ auf Anfrage nicht
    bestätigen") still bounds the clause: there it is often the only noun phrase left."""
    if a != c or a < 4 or words[a - 1].text not in QUOTE_CHARS:
        return None
    opening = next(
        (k for k in range(a - 3, max(0, a - 7), -1) if words[k].text in QUOTE_CHARS), None
    )
    if opening is None or words[opening - 1].text not in TITLE_ARTICLES:
        return None
    inner = [w.text for w in words[opening + 1 : a - 1]]
    if not all(t[:1].isupper() and t.replace("-", "").isalnum() for t in inner):
        return None
    return opening - 1


def _first_name(words: Sequence[Word]) -> bool:
    """Whether a capitalised first word is followed by a name rather than by the subject of
    a verb-first clause ("Will Grant berichtete" vs "Sagte er das?"): the next word is
    capitalised and neither an article nor a pronoun."""
    if len(words) < 2:
        return False
    nxt = words[1].text
    return nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in DETS | PRONOUNS


def _not_finite_cue(words: Sequence[Word], i: int, low: str, lemma: str) -> bool:
    """A cue form that names no speaker of its own: an agentless passive ("als berichtet
    worden war") or a zu-infinitive that depends on another verb ("davon auszugehen", "um
    die Präsenz zu begründen")."""
    if i + 1 < len(words) and words[i + 1].text in ("worden", "werden", "wurde", "wird"):
        return not _expletive_pluperfect(words, i)
    if low != lemma and low.replace("zu", "", 1) == lemma:
        return True
    return low == lemma and i > 0 and words[i - 1].text == "zu"


def _expletive_pluperfect(words: Sequence[Word], i: int) -> bool:
    """ "Zunächst war vermutet worden, dass …": an agentless pluperfect passive that opens the
    sentence (one adverb, a form of "sein", lower-case words) and closes before a dass-clause
    reports what unnamed people said or believed (read by the clause rules as such)."""
    n = len(words)
    if not (i + 3 < n and words[i + 1].text == "worden" and words[i + 2].text == ","):
        return False
    if words[i + 3].text.lower() not in ("dass", "ob"):
        return False
    before = [w.text for w in words[:i]]
    return (
        any(t.lower() in ("war", "ist", "sei", "wäre") for t in before)
        and all(t[:1].islower() and t.isalpha() for t in before[1:])
        and not any(w.inq for w in words[:i])
    )


def _passive_before(words: Sequence[Word], i: int) -> bool:
    """A passive auxiliary before words[i] in its clause and no agent ("Über die Sperrung
    werde erst entschieden"): the clause names nobody who decided it."""
    aux = False
    for k in range(i - 1, max(-1, i - 12), -1):
        t = words[k].text.lower()
        if t in BOUNDARY or t in (".", "!", "?") or words[k].inq:
            break
        if t in ("von", "vom", "durch"):
            return False
        aux = aux or t in PASSIVE_AUX
    return aux


def future_infinitive(words: Sequence[Word], i: int) -> bool:
    """ "Die Grünen werden im Ausschuss fragen, warum …": an infinitive that closes its clause
    after a finite future "werden" is the cue of an announced act, whatever its form alone
    could be (an infinitive-like cue is else only a plural subject's finite verb)."""
    nxt = words[i + 1].text if i + 1 < len(words) else "."
    if nxt not in (",", ".", ":", ";", "!", "?"):
        return False
    for k in range(i - 1, max(-1, i - 12), -1):
        t = words[k].text
        if t in BOUNDARY or t in (".", "!", "?") or words[k].inq:
            return False
        if t.lower() in FUTURE_WERDEN:
            return k > 0
    return False


def _reflexive_before(words: Sequence[Word], i: int) -> bool:
    """Whether "sich" stands in the clause of words[i] before it ("haben sich … gemeldet")."""
    for k in range(i - 1, max(-1, i - 12), -1):
        t = words[k].text
        if t in BOUNDARY or t in (".", "!", "?") or words[k].inq:
            return False
        if t == "sich":
            return True
    return False


def _attributive(words: Sequence[Word], i: int) -> bool:
    """A cue form used as an adjective: right after an oblique or indefinite article
    ("den bekannten Sänger"), after an article and adjective ("die erste bekannte Tat"),
    or closing an "als …" phrase ("der als Retter bekannte Arzt"). A finite verb never
    stands there."""
    if i == 0:
        return False
    prev = words[i - 1].text.lower()
    if prev in ATTRIBUTIVE_BEFORE:
        return True
    if (
        i >= 2
        and words[i - 1].text.islower()
        and prev.endswith(("e", "en", "er", "es"))
        and words[i - 2].text.lower() in DETS | INDEF
        and i + 1 < len(words)
        and is_cap(words[i + 1].text)
    ):
        return True
    low = words[i].text.lower()
    return low.startswith("bekannt") and any(
        w.text.lower() == "als" for w in words[max(0, i - 3) : i]
    )


def _adverb_use(words: Sequence[Word], i: int, cues: list[tuple[int, str, str]]) -> bool:
    """A cue form that is also a manner adverb (cue_adverb_forms.txt) used as one: words of
    its clause follow it and a cue verb of the same clause ("wies die Kritik entschieden
    zurück") or "sich" ("wehrten sich entschieden gegen …") stands right before. A
    participle closes its clause ("hat sich entschieden, …") or stands before its auxiliary."""
    nxt = words[i + 1].text if i + 1 < len(words) else "."
    if nxt in BOUNDARY or nxt in (".", "!", "?", ";") or words[min(i + 1, len(words) - 1)].inq:
        return False
    if nxt.lower() in FINITE_HABEN or nxt.lower() in PASSIVE_AUX:
        return False  # verb-final: "nachdem sie sich entschieden hatte"
    if i > 0 and words[i - 1].text == "sich":
        return True
    last = cues[-1][0] if cues else -1
    return last >= 0 and not any(w.text in BOUNDARY or w.inq for w in words[last + 1 : i])


def _fronted_idiom(
    words: Sequence[Word], i: int, options: tuple[tuple[str, str], ...]
) -> tuple[str, str] | None:
    """(closing word, lemma) of a nominal idiom whose words open the clause right before its
    verb: "Zu bedenken gab die Richterin, dass …", "Deutlich machte der Minister, …", "In
    Abrede stellte der Konzern, …". V2 fronts them as one phrase; the subject follows."""
    for particle, lemma in options:
        idiom = lemma.lower().split()[:-1]
        k = i - len(idiom)
        if not idiom or k < 0 or idiom[-1] != particle.lower():
            continue
        if [w.text.lower() for w in words[k:i]] != idiom:
            continue
        if k == 0 or words[k - 1].text in BOUNDARY or words[k - 1].inq:
            return particle, lemma
    return None


# quoted words a separable verb's clause may hold before its particle
SHORT_QUOTED = 3
# cues that are reflexive by nature: "äußerte sich", "erkundigte sich, ob …" (a question),
# "erhofft sich, dass …", "verwahrte sich gegen die Kritik" (a denial), "„…“, erinnert sich
# X" (a recollection; as an opinion cue it still needs a quotation, Konjunktiv or "dass", so
# "erinnern sich an das Hochwasser" says nothing)
REFLEXIVE_CUES = frozenset({"äußern", "erkundigen", "erhoffen", "verwahren", "erinnern"})
# cues that are reflexive only right after a quotation: "„Wie soll das gehen?“, fragt sich X"
# puts the quoted question (gnqa annotates "„…?“ fragen sich Experten"); without one, "Die
# Menschen fragen sich, wie es weitergeht" wonders and reports nothing
REFLEXIVE_AFTER_QUOTE = frozenset({"fragen"})
# cues that are reflexive before an "ob"-clause: "Viele Eltern fragen sich, ob die Schule
# sicher ist" asks a yes/no question of a named group (act `question`); "es fragt sich, ob"
# and "man fragt sich" find no speaker, and a w-clause ("fragen sich, wie es weitergeht")
# still only wonders
REFLEXIVE_BEFORE_OB = frozenset({"fragen"})


def _reflexive_cue(words: Sequence[Word], i: int, lemma: str) -> bool:
    """Whether the cue at words[i] reports with "sich" after it: a reflexive cue, one of
    REFLEXIVE_BEFORE_OB before an "ob"-clause, or one of REFLEXIVE_AFTER_QUOTE right after a
    quotation's closing mark (and its comma)."""
    if lemma in REFLEXIVE_CUES:
        return True
    if lemma in REFLEXIVE_BEFORE_OB and _ob_clause_after(words, i + 2):
        return True
    k = i - 1 if i > 0 and words[i - 1].text == "," else i
    return lemma in REFLEXIVE_AFTER_QUOTE and k > 0 and words[k - 1].text in QUOTE_CHARS


def _ob_clause_after(words: Sequence[Word], k: int) -> bool:
    """An "ob"-clause opens at words[k] after its comma: ", ob die Schule sicher ist"."""
    return k + 1 < len(words) and words[k].text == "," and words[k + 1].text.lower() == "ob"


def _es_heisst(words: Sequence[Word], i: int) -> bool:
    """ "hieß es", "es heißt", and the perfect "hatte es zunächst geheißen, …" (the expletive
    after the auxiliary, the participle closing the clause)."""
    n = len(words)
    if (i + 1 < n and words[i + 1].text == "es") or (i > 0 and words[i - 1].text == "es"):
        return True
    if not (i + 1 >= n or words[i + 1].text in (",", ":", ".")):
        return False
    before = [w.text.lower() for w in words[max(0, i - 9) : i]]
    if words[i].text in ("heißt", "hieß") and "wie" in before:
        # verb-final "…, wie es in der Erklärung heißt": "es" right after "wie"
        k = len(before) - 1 - before[::-1].index("wie")
        return before[k + 1 : k + 2] == ["es"]
    if words[i].text != "geheißen":
        return False
    return "es" in before and any(t in FINITE_HABEN for t in before)


def _idiom_nouns_between(words: Sequence[Word], i: int, k: int, lemma: str, closing: str) -> bool:
    """An idiom's own nouns other than its closing word ("Wert" of "darauf Wert legen")
    stand between its verb and its closing word: the verb and "darauf" alone are no idiom."""
    nouns = [w for w in lemma.split()[:-1] if w[:1].isupper() and w != closing]
    return all(any(words[j].text == n for j in range(i + 1, k)) for n in nouns)


# how far a noun predicate's words may stand from its light verb ("legte der Verein gegen die
# Sperre des Verbands Einspruch ein")
NOUN_PREDICATE_REACH = 14
_CLAUSE_ENDS = BOUNDARY | {".", "!", "?"}


def noun_predicate(
    words: Sequence[Word], i: int, options: Sequence[NounPredicate]
) -> NounPredicate | None:
    """The noun predicate whose light verb is words[i] ("stellte die Forderung nach …",
    "legte gegen das Urteil Berufung ein", "hat Widerspruch eingelegt"): the idiom's noun
    in the verb's clause (after a finite verb, or before its participle closing the clause),
    its preposition right after the noun or before it in the clause ("Gegen die Sperre legte
    der Verein Einspruch ein"), and a separable verb's particle closing the clause. Without
    either the verb says nothing ("stellte die Forderung zurück", "legte das Buch ein")."""
    a = i
    while a > max(0, i - NOUN_PREDICATE_REACH) and words[a - 1].text not in _CLAUSE_ENDS:
        a -= 1
    b = i + 1
    while b < min(len(words), i + NOUN_PREDICATE_REACH) and words[b].text not in _CLAUSE_ENDS:
        b += 1
    if any(w.inq for w in words[a:b]):
        return None
    closing = b - 1 == i
    for opt in options:
        if closing and words[i].text == opt.participle:
            span = range(a, i)  # "hat gegen den Bescheid Widerspruch eingelegt"
        elif opt.particle is None or (b - 1 > i and words[b - 1].text == opt.particle):
            span = range(i + 1, b - 1 if opt.particle else b)
        else:
            continue
        k = next((k for k in span if opt.names_noun(words[k].text)), None)
        if k is None:
            continue
        after = words[k + 1].text.lower() if k + 1 < len(words) else ""
        if after in opt.prepositions or any(w.text.lower() in opt.prepositions for w in words[a:k]):
            return opt
    return None


# how far after a framed form its preposition may stand: past a subject of a few words
# ("rechnet der Deutsche Wetterdienst mit …", "rechnet Dr. Dittrich mit …")
FRAME_REACH = 7


def _framed_before(words: Sequence[Word], i: int, preps: frozenset[str]) -> bool:
    """ "Weil die Bank mit sinkenden Zinsen rechnet, …": a framed form that closes a
    verb-final clause (opened by a subordinator) has its preposition before it."""
    if i + 1 < len(words) and words[i + 1].text not in BOUNDARY and words[i + 1].text != ".":
        return False
    found = False
    for k in range(i - 1, max(-1, i - FRAME_REACH - 3), -1):
        t = words[k].text.lower()
        if words[k].inq or t in BOUNDARY or t == "es":
            return False
        found = found or t in preps
        if t in VERB_FINAL_OPENERS:
            return found
    return False


def pronominal_adverb(prep: str) -> str:
    """The pronominal adverb of a preposition: "mit" -> "damit", "an" -> "daran"."""
    return ("dar" if prep[:1] in "aeiouäöü" else "da") + prep


def _announces_clause(words: Sequence[Word], k: int, preps: frozenset[str]) -> bool:
    """Whether words[k] is the pronominal adverb of a frame's preposition right before a
    comma: "droht damit, den Vertrag zu kündigen" points at the clause that follows, which is
    what the subject threatened. "Den Firmen drohen damit Strafen" (no comma) says nothing."""
    return (
        k + 1 < len(words)
        and words[k + 1].text == ","
        and any(words[k].text.lower() == pronominal_adverb(p) for p in preps)
    )


def _opens_clause_with(words: Sequence[Word], i: int, preps: frozenset[str]) -> bool:
    """Whether the clause of the finite form at `i` opens with its frame's preposition, the
    phrase fronted before the verb ("Mit einem Anstieg der Preise rechnen die Experten"):
    the clause starts at the sentence start or after a boundary, and no word between is a
    quotation or another boundary."""
    a = i
    while a > 0 and words[a - 1].text not in BOUNDARY and not words[a - 1].inq:
        a -= 1
    return a < i - 1 and words[a].text.lower() in preps


def _charge_opens_clause(
    words: Sequence[Word], i: int, preps: frozenset[str], charges: frozenset[str]
) -> bool:
    """Whether the clause of the finite form at `i` opens with a charge noun (an accusation
    noun of cue_acts.tsv, after at most an adjective) and the frame's preposition right after
    it: "Schwere Vorwürfe gegen die Stadt erhebt der Rechnungshof" raises the charge against
    its accused, as "Gegen die Stadt erhebt …" does. "Die Stadt erhebt Gebühren" has none."""
    a = i
    while a > 0 and words[a - 1].text not in BOUNDARY and not words[a - 1].inq:
        a -= 1
    k = next((k for k in range(a, min(a + 3, i - 1)) if words[k].text in charges), None)
    return k is not None and words[k + 1].text.lower() in preps


def _with_phrase(words: Sequence[Word], i: int, article: str) -> bool:
    """ "begründete seinen Schritt mit den Worten: „…“", "trat dem Vorwurf mit den Worten
    entgegen, das Gericht sei …": whatever the verb, its subject said what follows the phrase
    of cue_with_phrases.txt ending at words[i] (a colon, a comma or a quotation right after
    it, or the verb's particle first)."""
    if i < 2 or [w.text.lower() for w in words[i - 2 : i]] != ["mit", article]:
        return False
    k = i + 1
    if k < len(words) and words[k].text[:1].islower() and words[k].text.isalpha():
        k += 1  # the separable particle closing the clause: "mit den Worten entgegen, …"
    if k + 1 < len(words) and words[k].text == "," and words[k + 1].text.lower() in TIME_OPENERS:
        return False  # "wartete mit der Erklärung, bis alle da waren": when, not what
    return k < len(words) and (words[k].text in (",", ":") or words[k].inq)


def _before_clause_end(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether words[j] follows words[i] before a comma, colon or quotation."""
    return j > i and not any(w.text in (",", ":") or w.inq for w in words[i + 1 : j])


def _after_als(words: Sequence[Word], k: int) -> bool:
    """Whether a quotation opens at words[k] right after "als" ("als „haltlos“")."""
    return k >= 2 and words[k - 1].text in QUOTE_CHARS and words[k - 2].text.lower() == "als"


# lower-case words a located form's clause may hold before its colon or comma: "Darin steht
# unter anderem: …", "Im Vertrag steht zudem, dass …"
LOCATED_REACH = 3
# subordinators after which a comma clause is the circumstance, not what a document holds
ADVERBIAL_OPENERS = frozenset({"weil", "wenn", "als", "nachdem", "obwohl", "während", "bevor"})
# subordinators of time after "mit der Erklärung": the clause says when, not what was said
TIME_OPENERS = frozenset({"bis", "bevor", "nachdem", "als", "sobald", "während"})


def _report_follows(words: Sequence[Word], i: int) -> bool:
    """Whether a colon, or a comma and a clause that is no adverbial clause, follows
    words[i] past a few lower-case adverbs ("steht, dass …", "stand unter anderem: „…“",
    "steht, die Steuer solle sinken"); "steht leer" and "stand fest" report nothing."""
    negations = negation_words("adverb", "pronoun")
    for k in range(i + 1, min(len(words), i + 2 + LOCATED_REACH)):
        t = words[k].text
        if t == ":":
            return True
        if t == ",":
            nxt = words[k + 1].text.lower() if k + 1 < len(words) else "."
            return nxt not in ADVERBIAL_OPENERS
        if words[k].inq or not (t.isalpha() and t.islower()) or t in negations:
            return False  # "steht ebenfalls nicht, welche …": what the document lacks
    return False


def _located_opening(words: Sequence[Word], i: int) -> int | None:
    """The index of the capitalised noun of an "in"/"im"/"aus" phrase that opens the clause
    of words[i] and reaches it ("In dem Bericht des Ministeriums steht", "Aus dem Bericht
    geht hervor"), else None."""
    a = i
    while a > 0 and words[a - 1].text not in BOUNDARY and not words[a - 1].inq:
        a -= 1
    if words[a].text.lower() not in ("in", "im", "aus") or i - a < 2:
        return None
    return next((k for k in range(a + 1, i) if words[k].text[:1].isupper()), None)


class CueFinder(RulesBase):
    """Stage 2: cue words of a sentence (finite speech verbs, separable particles,
    closed nominal cues) and the clause each one governs."""

    # ---- cue detection ------------------------------------------------------------
    def find_cues(self, words: Sequence[Word]) -> list[tuple[int, str, str]]:
        """(word index, lemma, cue text) for verb cues outside quotations."""
        out: list[tuple[int, str, str]] = []
        n = len(words)
        keys = self.cue_keys
        for i, w in enumerate(words):
            if w.inq:
                continue
            t = w.text
            low = t.lower()
            if low not in keys:
                continue  # no cue lexicon knows the form
            if t[:1].isupper() and (i > 0 or _first_name(words)):
                continue  # "Will Grant berichtete": a sentence-initial first name
            multi = self._multiword_cue(words, i, low)
            if multi is not None:
                out.append(multi)
                continue
            lemma = (
                self.lex.forms.get(low)
                or self._plural_finite(words, i, low)
                or self._framed_form(words, i, low)
                or self._located_form(words, i, low)
            )
            if lemma is not None and (_attributive(words, i) or self._tagged_attributive(words, i)):
                continue  # "die als Sprecher bekannte Frau", "einer geschätzten Zahl"
            if lemma == "heißen" and not _es_heisst(words, i):
                continue  # "so heißt ein Projekt" names, only "hieß es" attributes
            if lemma is not None:
                if _not_finite_cue(words, i, low, lemma):
                    continue
                so_verbs = self.according.words.so_verbs
                if i > 0 and words[i - 1].text.lower() == "so" and (low,) in so_verbs:
                    continue  # "…, so urteilte X": an according-to marker (quotes/markers.py)
                if (
                    i + 1 < n
                    and words[i + 1].text == "sich"
                    and not _reflexive_cue(words, i, lemma)
                ):
                    continue  # "damit bestätigt sich die Befürchtung"
                if self._no_speech_here(words, i, low, lemma, out):
                    continue
                # "sagte ... ab" is absagen, not sagen; the lemma's own particle closes its
                # clause ("teilte … mit", "geht aus dem Bericht hervor")
                part = self._clause_particle(words, i)
                if part is not None and not lemma.startswith(part):
                    continue
                out.append((i, lemma, t))
        return self._with_phrase_cues(words, out)

    def _no_speech_here(
        self, words: Sequence[Word], i: int, low: str, lemma: str, cues: list[tuple[int, str, str]]
    ) -> bool:
        """A cue form that says nothing where it stands: a manner adverb ("verwahrte sich
        entschieden gegen den Vorwurf"), an agentless passive decision ("wurde entschieden"),
        a reflexive non-cue ("Proteste haben sich angekündigt")."""
        if low in self.vocab.adverb_forms and _adverb_use(words, i, cues):
            return True
        if lemma in self.vocab.decisions and _passive_before(words, i):
            return True
        return lemma in self.reflexive_non_cues and _reflexive_before(words, i)

    def _with_phrase_cues(
        self, words: Sequence[Word], cues: list[tuple[int, str, str]]
    ) -> list[tuple[int, str, str]]:
        """The verb cues and each "mit den Worten" (cue_with_phrases.txt) whose clause has no
        speech verb of its own: in "Pötsch beschrieb die Bedeutung des Marktes mit den Worten:
        …" or "hatte die Ausführung mit den Worten abgelehnt: …" the verb is the cue (its
        subject and act)."""
        phrases = self.lex.with_phrases
        for i, w in enumerate(words):
            entry = phrases.get(w.text) if not w.inq else None
            if entry is None or not _with_phrase(words, i, entry[0]):
                continue
            if not any(j < i or _before_clause_end(words, i, j) for j, _, _ in cues):
                cues = sorted([*cues, (i, entry[1], entry[1])])
        return cues

    def _tagged_attributive(self, words: Sequence[Word], i: int) -> bool:
        """A cue form between "der/die/das" and a noun that the POS tagger reads as an
        adjective ("im Keller der bekannten Kneipe"), where the words alone cannot tell it from
        a verb after a demonstrative ("Das bestätigte Ministerpräsident X")."""
        if self.pos is None or i == 0 or i + 1 >= len(words):
            return False
        if not attributive_candidate(words[i - 1].text, words[i].text, words[i + 1].text):
            return False
        lo = max(0, i - WINDOW)
        texts = [w.text for w in words[lo : i + WINDOW + 1]]
        return is_attributive_adjective(self.pos.tag_at(texts, i - lo))

    def _plural_finite(self, words: Sequence[Word], i: int, low: str) -> str | None:
        """An infinitive-like cue ("sprechen") as the finite verb right after the noun phrase
        that opens the sentence: that subject is plural ("Die Grünen sprechen von Wahlbetrug",
        a singular would take "spricht"). Elsewhere the form is an infinitive ("wollen darüber
        sprechen") and no cue. Right after a closing quotation and its comma the form is the
        inverted finite verb too."""
        if low not in self.lex.plural_forms or i == 0:
            return None
        if future_infinitive(words, i):
            return low  # "Die Grünen werden im Ausschuss fragen, warum …"
        if i >= 2 and words[i - 1].text == "," and words[i - 2].text in '“”"':
            return low  # "„Wo bleibt die Hilfe?“, fragen die Bewohner": inverted after a quote
        if i >= 2 and words[i - 1].text == "," and self._closing_plural_subject(words, i + 1):
            return low  # "Die Brücke sei marode, schreiben die Forscher.": inverted too
        np = self._np([w.text for w in words], 0, i, allow_apposition=False)
        if np is None or np.end != i or np.kind == "pronoun":
            return None
        # right after the subject the form agrees with it: a singular takes "spricht"
        return None if words[0].text.lower() in ("den", "dem", "des") else low

    def _closing_plural_subject(self, words: Sequence[Word], k: int) -> bool:
        """Whether a plural noun phrase at k closes the sentence ("…, schreiben die Forscher.",
        "…, fragen die Forscherinnen und Forscher."): then the infinitive-like form before it
        is the inverted finite verb of a statement, not an infinitive ("lesen, schreiben und
        rechnen") and not a verb before its object."""
        texts = [w.text for w in words]
        n = len(texts)
        np = self._np(texts, k, n, allow_apposition=False)
        if np is None or np.kind == "pronoun" or not np.plural or np.start != k:
            return False
        end = np.end
        if end + 1 < n and texts[end] in ("und", "sowie"):
            other = self._np(texts, end + 1, n, allow_apposition=False)
            end = other.end if other is not None and other.kind != "pronoun" else end
        return end >= n or texts[end] in (".", "!", "?")

    def _multiword_cue(
        self, words: Sequence[Word], i: int, low: str
    ) -> tuple[int, str, str] | None:
        """A cue of more than its verb at words[i]: a closed nominal idiom ("damit rechnet"),
        a separable verb with its particle ("wies … hin"), a document's verb ("Die Studie
        zeigt, dass")."""
        t = words[i].text
        predicates = self.lex.noun_predicates.get(low)
        predicate = noun_predicate(words, i, predicates) if predicates else None
        if predicate is not None:
            closing = predicate.particle if t != predicate.participle else None
            return (i, predicate.lemma, f"{t} {closing}" if closing else t)
        closed = self._closed_before(words, i, low)
        if closed is not None:
            return (i, closed[1], f"{closed[0]} {t}")
        sep = self.lex.separable.get(low)
        found = self._separable(words, i, sep) if sep is not None else None
        if found is not None:
            return (i, found[1], f"{t} {found[0]}")
        fronted = _fronted_idiom(words, i, sep) if sep is not None else None
        if fronted is not None:
            return (i, fronted[1], f"{fronted[0]} {t}")
        doc = self._document_form(words, i, low)
        if doc is not None:
            return (i, doc[0], f"{t} {doc[1]}" if doc[1] else t)
        return None

    def _document_form(self, words: Sequence[Word], i: int, low: str) -> tuple[str, str] | None:
        """(lemma, particle) of "Die Studie zeigt, dass …", "Der Entwurf sieht vor, dass …": a
        form of cue_document_forms.tsv right after a document phrase that opens the sentence
        (article, adjectives, a document head, a genitive), its particle and a dass-clause
        right after it."""
        entry = self.lex.documentary.get(low)
        if (
            entry is None
            or i < 2
            or words[0].text.lower() not in ("der", "die", "das", "eine", "ein")
        ):
            return None
        texts = [w.text for w in words]
        k = next((k for k in range(1, i) if texts[k][:1].isupper()), None)
        if k is None or not self._document_head(texts[k]):
            return None
        if not (k + 1 == i or (k + 3 == i and texts[k + 1] in ("des", "der"))):
            return None  # the document phrase, a genitive at most, stands right before the verb
        nxt = i + 1
        if entry[1]:
            if nxt >= len(texts) or texts[nxt] != entry[1]:
                return None
            nxt += 1
        if texts[nxt : nxt + 2] != [",", "dass"]:
            return None
        return entry

    def _framed_form(self, words: Sequence[Word], i: int, low: str) -> str | None:
        """ "Der Virologe rechnet mit einer zweiten Welle": a form that is a cue only when its
        frame's preposition follows it in its clause (lexicons/cue_framed_forms.tsv); "Es droht
        ein Sturm" and "Das rechnet sich" report nothing."""
        lemma = self.lex.framed.get(low)
        if lemma is None or i == 0 or words[i - 1].text.lower() == "es":
            return None
        preps = self.np_frames.get(lemma, frozenset())
        if _opens_clause_with(words, i, preps) or _framed_before(words, i, preps):
            return lemma  # "Mit einer Wetterberuhigung rechnet der Wetterdienst"
        if _charge_opens_clause(words, i, preps, self.acts.charges):
            return lemma  # "Schwere Vorwürfe gegen die Stadt erhebt der Rechnungshof"
        for k in range(i + 1, min(len(words), i + FRAME_REACH)):
            w = words[k]
            if _announces_clause(words, k, preps):
                return lemma  # "Die Gewerkschaft droht damit, den Vertrag zu kündigen"
            if w.inq or w.text in BOUNDARY or w.text in (".", "!", "?", "es"):
                return None
            if w.text.lower() in preps:
                return lemma
        return None

    def _located_form(self, words: Sequence[Word], i: int, low: str) -> str | None:
        """ "In dem Bericht steht, dass …", "Im Vertrag stand: „…“": a form of
        cue_located_forms.tsv whose clause opens with a document as its place (a noun of the
        document lexicons, also as a compound: "Im Koalitionsvertrag") and goes on with what
        it holds. "In der Ecke stand ein Schrank" and "Im Mittelpunkt steht, dass …" name no
        document."""
        lemma = self.lex.located.get(low)
        if lemma is None or i == 0 or not _report_follows(words, i):
            return None
        k = _located_opening(words, i)
        if k is None:
            return None
        noun = words[k].text.lower()
        docs = self.vocab.documents | self.vocab.source_docs | self.vocab.doc_nouns
        return lemma if noun in docs or noun.endswith(tuple(docs)) else None

    def _closed_before(self, words: Sequence[Word], i: int, low: str) -> tuple[str, str] | None:
        """(closing word, lemma) of an idiom whose verb ends its clause right after the closing
        word: "…, dass der Verband damit rechnet, …", "hat in Abrede gestellt"."""
        options = self.lex.closed_before.get(low)
        if options is None or i == 0:
            return None
        nxt = words[i + 1].text if i + 1 < len(words) else "."
        if nxt not in (",", ".", ":", ";", "!", "?") and not words[min(i + 1, len(words) - 1)].inq:
            return None
        return next(((c, lem) for c, lem in options if words[i - 1].text == c), None)

    def _separable(
        self, words: Sequence[Word], i: int, options: tuple[tuple[str, str], ...]
    ) -> tuple[str, str] | None:
        """The (particle, lemma) whose particle closes the clause of words[i] ("wies … hin")."""
        commas = 0
        quoted = 0
        for k in range(i + 1, min(len(words), i + 16)):
            tk = words[k].text
            if tk == "," and commas < 2 and k + 1 < len(words) and words[k + 1].text != "dass":
                commas += 1  # "ging Celebi, die Anwältin der Frau, davon aus"
                continue
            if words[k].inq and (quoted or _after_als(words, k)) and quoted < SHORT_QUOTED:
                quoted += 1  # "wies dies als „haltlos“ zurück": a quoted judgement inside
                continue
            if tk in (",", ".", ":", ";", "?", "!") or words[k].inq:
                return None
            for particle, lemma in options:
                # the particle first: the idiom's noun check scans the clause (cheap test first)
                if not (tk == particle or (particle == "hin" and tk == "daraufhin")):
                    continue
                if not _idiom_nouns_between(words, i, k, lemma, particle):
                    continue  # "legte das Messer darauf" lacks the "Wert" of its idiom
                if commas % 2 and words[i + 1].text == ",":
                    # a comma right after the cue opened the reported clause, and the
                    # particle closes it: "sagte, man schließe keine Ursache aus" is no
                    # "aussagen" (its text lost the "aus" and said the opposite); an
                    # apposition closes its commas ("ging X, die Anwältin, davon aus")
                    return None
                # the particle must close its clause: "aus" in "aus Angst" is a preposition
                nxt = words[k + 1].text if k + 1 < len(words) else "."
                if nxt in (",", ".", ":", ";", "!", "?") or words[k + 1].inq or nxt in QUOTE_CHARS:
                    return particle, lemma
                if self._coordinated_cue_after(words, k + 1):
                    return particle, lemma  # "wies die Vorwürfe zurück und betonte, …"
        return None

    def _coordinated_cue_after(self, words: Sequence[Word], k: int) -> bool:
        """ "und"/"sowie" and another cue verb right after a particle: the particle closes
        the first of two coordinated acts ("kündigte Reformen an und warnte vor …"); "vor und
        nach der Wahl" has no cue verb after its "und"."""
        if k + 1 >= len(words) or words[k].text not in ("und", "sowie", "aber"):
            return False
        low = words[k + 1].text.lower()
        return low in self.lex.forms or low in self.lex.separable

    def _clause_particle(self, words: Sequence[Word], i: int) -> str | None:
        for k in range(i + 1, min(len(words), i + 12)):
            tk = words[k].text
            # "betonte X und wies … zurück": the clause ends before the next verb
            ends = self._coordinated_cue_after(words, k)
            if ends or tk in (",", ".", ":", ";", "?", "!") or words[k].inq:
                prev = words[k - 1].text
                if k - 1 > i and prev in self.vocab.sep_particles and words[k - 2].text not in DETS:
                    return prev
                return None
        return None

    # ---- speaker search -----------------------------------------------------------
    def _clause(
        self, words: Sequence[Word], c: int, cue_idx: frozenset[int] = frozenset()
    ) -> tuple[int, int]:
        a = c
        if a > 0 and words[a - 1].text in ("und", "sowie", "oder") and cue_idx:
            a -= 1  # "… bestreitet X und berichtet, dass …": the coordinated cue's own clause
        else:
            while a > 0:
                if words[a - 1].text in BOUNDARY or words[a - 1].text in QUOTE_CHARS:
                    opening = quoted_compound_start(words, a)
                    if opening is None:
                        opening = quoted_title_start(words, a, c)  # "im „Spiegel“ zitiert"
                    if opening is None:
                        break
                    a = opening  # "Die „Bild“-Zeitung berichtete": one subject
                    continue
                a -= 1
        b = c + 1
        n = len(words)
        while (
            b < n
            and words[b].text not in BOUNDARY
            and not words[b].inq
            and words[b].text not in QUOTE_CHARS
            and words[b].text not in (".", "!", "?")
        ):
            if words[b].text in ("und", "sowie") and (b + 1 in cue_idx or b + 2 in cue_idx):
                break
            b += 1
        return a, b
