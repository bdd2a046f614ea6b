"""Stage 3: one cue's attribution: speaker, content span and speech act."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.attribution.acts import is_passive
from bot.nlp.cues import WEAK_OPINION
from bot.nlp.quotes.accusations import Accusations
from bot.nlp.quotes.model import Attribution, Word
from bot.nlp.quotes.subjects import Subjects
from bot.nlp.quotes.vocab import (
    BOUNDARY,
    FINITE_HABEN,
    GAP_WORDS,
    PREPOSITIONS,
    QUOTE_CHARS,
    VERB_FINAL_OPENERS,
)
from bot.nlp.speakers import DETS, NP

AFTER_FIRST = PREPOSITIONS | frozenset(
    {
        "bisher",
        "dazu",
        "darüber",
        "daraufhin",
        "zuvor",
        "später",
        "dabei",
        "damals",
        "so",
        "dann",
        "hier",
        "dort",
        "gestern",
        "heute",
        "bereits",
        "zudem",
        "außerdem",
        "deshalb",
        "daher",
        "dies",
        "das",
        "allerdings",
        "jedoch",
        "zugleich",
        "weiter",
        "nun",
        "derweil",
        "unterdessen",
        "inzwischen",
        "zuletzt",
    }
)


# verbs whose plain object is the reported content ("Die Ukraine bestreitet die Rückeroberung",
# "Selenskyj berichtete von Kämpfen"); other cues need a clause
REPORT_OBJECT = frozenset(
    {
        "berichten",
        "melden",
        "bestätigen",
        "bestreiten",
        "dementieren",
        "einräumen",
        "zugeben",
        "ankündigen",
        "fordern",
        "warnen",
        "sprechen",
        "mitteilen",
        "verkünden",
        "vorwerfen",
        "vermelden",
        "verlangen",
        "zurückweisen",
        "beklagen",
        "bemängeln",
        "prognostizieren",
        "schätzen",
        "bekanntgeben",
        "abraten",
        "wollen",
        # promises, threats and forecasts of a thing: "versprach schnelle Hilfe"
        "versprechen",
        "zusagen",
        "zusichern",
        "androhen",
        "voraussagen",
        "vorhersagen",
        "abstreiten",
    }
)


# Evaluative speech acts whose plain object is the reported statement: "Die Opposition
# beklagte den Abbau der Stellen". Judging verbs (kritisieren, loben, begrüßen …) need the
# complement of their frame: lexicons/np_object_frames.tsv.
SPEECH_ACT_OBJECT = frozenset({"bedauern", "beklagen"})


# directive speech acts whose content is a zu-infinitive: "bat die Bürger, Ruhe zu bewahren"
DIRECTIVES = frozenset(
    {"auffordern", "aufrufen", "appellieren", "bitten", "mahnen", "drängen", "ermahnen"}
)


# "bezeichnete die Lösung als Irrweg": with an "als" phrase the object is a judgement
# ("hält die Liste für unbedenklich", "begründet die Erhöhung mit den Kosten")
AS_VERBS = {
    "bezeichnen": "als",
    "nennen": "als",
    "werten": "als",
    "charakterisieren": "als",
    "einstufen": "als",
    "halten": "für",
    "begründen": "mit",
    "betrachten": "als",
    "beschreiben": "als",
    "ansehen": "als",
    "wahrnehmen": "als",
    "sehen": "als",
}


# estimates whose Konjunktiv II clause is reported ("Der Verband schätzt, die Preise würden
# steigen")
CLAUSE_ESTIMATES = frozenset({"schätzen", "vermuten", "erwarten", "annehmen"})


def _number_clash(verb: str, lemma: str, np: NP) -> bool:
    """A plural finite cue ("bekräftigen", "sagten") with a clearly singular noun phrase
    ("die niedrige Quote", "der Minister", "er") cannot be subject and verb."""
    low = verb.lower()
    plural_verb = low == lemma or (low.endswith("ten") and not low.startswith("ge"))
    if not plural_verb or low in ("sagen",):
        return False
    if np.kind == "pronoun":
        return np.name == "er"
    words = np.mention.split()
    first = words[0].lower() if words else ""
    if first in ("der", "das", "ein", "eine", "einer"):
        return True
    return first == "die" and len(words) > 2 and words[1][:1].islower() and words[1].endswith("e")


class Clauses(Accusations, Subjects):
    """Stage 3: one cue's attribution: speaker, content span and speech act."""

    # ---- attribution of one cue --------------------------------------------------
    def attribute(
        self,
        words: Sequence[Word],
        c: int,
        lemma: str,
        cue: str,
        prev_np: NP | None = None,
        cue_idx: frozenset[int] = frozenset(),
    ) -> Attribution | None:
        """The speaker, content and speech act of the cue at words[c]."""
        texts = [w.text for w in words]
        if self.acts.accuses(lemma):
            a, b = self._clause(words, c, cue_idx)
            if is_passive(texts, a, c):
                return self._passive_accusation(words, a, b, c, cue)
        at = self._coordinated(words, c, cue, cue_idx) or self._attribute(
            words, c, lemma, cue, prev_np, cue_idx
        )
        if at is None:
            return None
        at.act = self.acts.act(lemma)
        if self.acts.accuses(lemma) and not at.focus and not at.backref:
            if self.acts.target_case.get(lemma) == "acc" and at.np is not None and at.np.start > c:
                return self._subject_accuses(texts, c, at)
            self._accused(texts, c, at, lemma)
        return at

    def _attribute(  # noqa: C901  (the legacy clause rules; next to split into frames)
        self,
        words: Sequence[Word],
        c: int,
        lemma: str,
        cue: str,
        prev_np: NP | None = None,
        cue_idx: frozenset[int] = frozenset(),
    ) -> Attribution | None:
        texts = [w.text for w in words]
        n = len(words)
        end = n
        while end > 0 and texts[end - 1] in (".", "!", "?", "…"):
            end -= 1
        a, b = self._clause(words, c, cue_idx)
        first = texts[a].lower() if a < n else ""
        np: NP | None = None
        passive = self._passive_agent(texts, a, c, lemma, end)
        if passive is not None:
            return Attribution(passive, cue, (a, min(max(b, c + 1), end)))
        if first in ("der", "die", "welcher", "welche") and a > 0 and texts[a - 1] == ",":
            np = self.speaker_relative(texts, a)
        elif (
            first in ("dies", "das", "so", "dieses", "diese", "davon", "darauf")
            and a + 1 == c
            and a == 0
            and not any(t in (",", ":") for t in texts[c:end])
        ):
            # "Das sagte X am Freitag.": the statement is the previous sentence
            np = self.speaker_after(texts, c, b)
            if np is None:
                return None
            return Attribution(np, cue, (0, 0), backref=True)
        if np is None and first in ("und", "sowie", "oder"):
            # "X bestreitet … und berichtet, dass …": the subject is shared
            np = prev_np or self._coordinated_subject(texts, a)
        if np is None and lemma == "heißen":
            np = self._source_phrase(texts, a, b)
            cue = f"{cue} es"
            if np is None and "es" in texts[max(0, c - 1) : c + 2]:
                es = c + 1 if c + 1 < n and texts[c + 1] == "es" else c
                after = min(len(texts), max(b, c + 2))
                np = (
                    self._place_phrase(texts, a, c)
                    or self._place_phrase(texts, c + 1, after)
                    or NP(es, es + 1, "anonymous", "anonymous", None, False, cue)
                )  # "…, heißt es.": an unnamed source
        if np is None and lemma == "zitieren":
            np = self._quoted_person(texts, c, b)
        if np is None:
            np = self._apposed_subject(texts, a, c)
        if np is None:
            if a == c or first in AFTER_FIRST:
                np = self.speaker_after(texts, c, b) or self.speaker_before(texts, a, c)
            else:
                np = self.speaker_before(texts, a, c, verb_final=b <= c + 2)
                inv = self.speaker_after(texts, c, b)
                if (
                    inv is not None
                    and np is None
                    and texts[inv.start].lower() in ("den", "dem", "das")
                ):
                    inv = None  # "… bekräftigen die niedrige Quote": an object, not a subject
                # "Der Zeitung sagte Filep Karma: …": a name or pronoun right after the cue is
                # the subject; the phrase before it is a dative object (or a sentence adverb
                # mistaken for a name: "Sinngemäß hofft Musk")
                if (
                    inv is not None
                    and inv.start == c + 1
                    and (
                        # "X nannte sie „fahrlässig“": after nennen/bezeichnen it is the object
                        (inv.kind == "pronoun" and not (lemma in AS_VERBS and np is not None))
                        or (
                            inv.kind == "name"
                            and not inv.org
                            and not self._saxon_genitive(inv)
                            and (
                                np is None
                                or np.kind != "name"
                                or (np.start == 0 and np.end == c and np.end - np.start == 1)
                            )
                        )
                    )
                ):
                    np = inv
                np = np or inv
        if (
            np is not None
            and lemma in AS_VERBS
            and a <= np.start < c
            and AS_VERBS[lemma] in (t.lower() for t in texts[a : np.start])
        ):
            # "… als Wucher ansieht", "Als riskant beschrieb X den Plan": a noun of the
            # "als" phrase is no subject; in V2 the subject follows the cue
            np = self.speaker_after(texts, c, b) if b > c + 1 else None
            if np is not None and texts[a].lower() == AS_VERBS[lemma]:
                return Attribution(np, cue, (a, end))  # the whole judgement is the content
        if np is None and lemma in AS_VERBS and AS_VERBS[lemma] in texts[a:c]:
            # verb-final "obwohl Russland dies als Enteignung ansieht": the subject stands
            # before the object and its "als" phrase
            cut = texts.index(AS_VERBS[lemma], a, c)
            subj = self._subject_before_object(texts, a, cut)
            if subj is not None and cut - subj.end >= 1:
                return Attribution(subj, cue, (subj.end, c))
        if np is None:
            return None
        perfect = np.end <= c and any(t.lower() in FINITE_HABEN for t in texts[np.end : c])
        if np is not prev_np and not perfect and _number_clash(texts[c], lemma, np):
            return None  # "hat bestritten" is a participle, not the plural "sie bestritten"
        if lemma == "sprechen" and np.start > c and "von" in texts[np.start : np.end]:
            # "spricht die Polizei von Krawallen": "von" opens the content, not the name
            cut = texts.index("von", np.start, np.end)
            np = self._np(texts, np.start, cut, allow_apposition=False)
            if np is None:
                return None
        after_np = np.end if np.start > c else c + 1
        if np.start > c:
            b = max(b, np.end)
            while (
                b < end
                and texts[b] not in BOUNDARY
                and not words[b].inq
                and texts[b] not in QUOTE_CHARS
                and not (texts[b] in ("und", "sowie") and (b + 1 in cue_idx or b + 2 in cue_idx))
            ):
                b += 1
        content: tuple[int, int]
        parenthetical = first == "so" and a > 0 and texts[a - 1] == ","
        if parenthetical:
            content = (0, end)  # "X könnte, so vermuten Beobachter, auf Y hoffen"
        elif first == "wie":
            if a <= 1:
                content = (b + 1, end)
            elif b + 1 < end:
                content = (0, end)  # "Die Lage sei, wie X betonte, sehr ernst"
            else:
                content = (0, max(0, a - 1))
        elif a == c and a > 0 and np.start > c:
            content = (0, a)  # "„…“, sagte Kirby" / "Das Militär habe …, sagte Austin"
        elif b < end and (texts[b] in (":", "–") or words[b].inq or texts[b] in QUOTE_CHARS):
            content = (b + 1 if texts[b] in (":", "–") else b, end)
        elif b < end and texts[b] == ",":
            objects = [
                t
                for t in texts[after_np:b]
                if t.lower() not in GAP_WORDS
                and t.lower() not in ("es", "darauf", "davon", "dabei")
            ]
            nxt = texts[b + 1].lower() if b + 1 < end else ""
            if lemma in DIRECTIVES and "zu" in texts[b + 1 : end]:
                content = (b + 1, end)  # "appellierte an die Bürger, Wasser zu sparen"
            elif (
                len(objects) <= 2
                or nxt in ("dass", "ob", "wie", "wo", "wann", "warum", "weshalb", "wer", "was")
                or words[b + 1].inq
                or texts[b + 1] in QUOTE_CHARS
                or self.has_konj(words, b + 1, end)
            ):
                content = (b + 1, end)
            else:
                content = (after_np, end)
        elif a > 0 and np.start > c:
            content = (0, a)
        else:
            content = (after_np, b if b < end and texts[b] in ("und", "sowie") else end)
            opener = texts[np.start - 1].lower() if np.start > 0 else ","
            if (
                np.end < c
                and (c + 1 >= end or texts[c + 1] in BOUNDARY)
                and (
                    (texts[np.end].lower() in FINITE_HABEN and opener in BOUNDARY)
                    or opener in VERB_FINAL_OPENERS  # "…, dass die Firma den Bericht zurückweist"
                )
                and np.kind != "pronoun"
            ):
                # verb-final: "X hat heute den Abzug der Truppen angekündigt"
                lo = np.end
                while lo < c and texts[lo].lower() in GAP_WORDS - DETS:
                    lo += 1  # the object's article stays: "hat den Bericht zurückgewiesen"
                content = (lo, c)
            lo, hi = content
            if lo < end and texts[lo] == "sich":
                return None
            as_phrase = lemma in AS_VERBS and AS_VERBS[lemma] in texts[lo:hi]
            as_phrase = as_phrase or self._framed(lemma, texts, lo, hi)
            if (
                lemma not in REPORT_OBJECT
                and lemma not in SPEECH_ACT_OBJECT | {"verweisen"}
                and not as_phrase
            ):
                return Attribution(np, cue, (0, 0), focus=True)
        lo, hi = content
        while lo < hi and (texts[lo] in BOUNDARY):
            lo += 1
        while hi > lo and (texts[hi - 1] in BOUNDARY):
            hi -= 1
        if " " in cue and hi > lo and texts[hi - 1] == cue.split()[-1]:
            hi -= 1  # "räumte die Niederlage ein": the particle belongs to the cue
        focus = Attribution(np, cue, (0, 0), focus=True)
        if hi - lo < 2:
            return focus
        if lemma in WEAK_OPINION and not parenthetical:
            ok = (
                texts[lo].lower() in ("dass", "ob")
                or any(texts[k] == "dass" and texts[k - 1] == "," for k in range(lo + 1, hi))
                or any(w.inq for w in words[lo:hi])
                or self.has_konj(words, lo, hi)
                or (
                    lemma in CLAUSE_ESTIMATES
                    and lo > 0
                    and texts[lo - 1] == ","
                    and (
                        self.has_konj(words, lo, hi, konj2=True)
                        or any(t in ("würde", "würden") for t in texts[lo:hi])
                    )
                )  # "schätzt, sie würden …"
                or (
                    lemma
                    in (
                        "bezeichnen",
                        "nennen",
                        "loben",
                        "kritisieren",
                        "charakterisieren",
                        "werten",
                        "begrüßen",
                    )
                    and "als" in texts[lo:hi]
                )
                or (lemma in AS_VERBS and AS_VERBS[lemma] in texts[lo + 1 : hi])
                or (lemma == "sprechen" and "von" in texts[lo : lo + 3])
                or (lemma == "verweisen" and "auf" in texts[lo : lo + 3])
                or (
                    lemma in DIRECTIVES and "zu" in texts[lo:hi] and lo > 0 and texts[lo - 1] == ","
                )
                or (lemma in SPEECH_ACT_OBJECT and hi - lo >= 3 and not self._person(texts, lo, hi))
                or self._framed(lemma, texts, lo, hi)
            )
            if not ok:
                return focus
        return Attribution(np, cue, (lo, hi))
