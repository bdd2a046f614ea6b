"""Stage 3: one cue's attribution: speaker, content span and speech act."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import SpeechAct
from bot.nlp.attribution.act_plans import own_side, plan_subject
from bot.nlp.attribution.acts import (
    ACCUSED_DATIVE_ARTICLES,
    AS_FRAME,
    adverbials_only,
    charge_fronted,
    fronted_content,
    inverted_subject,
    is_passive,
    negated_speaker,
    negation,
)
from bot.nlp.calendar_words import MONTHS
from bot.nlp.lemma_lookup import table_lemmatize
from bot.nlp.lexicons import negation_words
from bot.nlp.quotes.accusations import Accusations
from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.content import Contents, _wie_content
from bot.nlp.quotes.coordinated_sources import gender_pair
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    FINITE_HABEN,
    FINITE_LASSEN,
    FUTURE_WERDEN,
    OBLIQUE_ARTICLES,
    PASSIVE_AUX,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
    SUBORDINATORS,
    own_subject_after,
)
from bot.nlp.quotes.model import CueClause
from bot.nlp.quotes.passive_themes import agent_start, passive_theme, subject_phrase
from bot.nlp.quotes.reported_acts import prepositional_amount, reports_object
from bot.nlp.quotes.subject_titles import quoted_title_before
from bot.nlp.quotes.subjects import Subjects
from bot.nlp.speakers import DETS, NP, is_role
from bot.nlp.speakers.agreement import (
    bare_plural,
    nominative_pronoun,
    object_by_agreement,
    object_fronted,
    object_pronoun_after_person,
    oblique_feminine,
    plural_finite,
    plural_object_after_singular,
)
from bot.nlp.stage_records import Attribution, Word

# adverbs right after a subjectless finite cue that mark a coordinated clause ("sagte aber")
CONNECTIVES = frozenset({"aber", "jedoch", "allerdings", "zudem", "außerdem", "dann", "zugleich"})
CLAUSE_MARKS = frozenset({",", ";", ":", "–"}) | QUOTE_CHARS
# interrogatives opening an indirect question ("gefragt, was er plane"): a closed class
QUESTION_WORDS = frozenset(
    {"was", "wer", "wen", "wem", "wie", "wo", "wann", "warum", "weshalb", "wieso", "welche"}
    | {"welcher", "welches", "welchen", "wohin", "woher", "wozu", "womit", "worüber"}
)
# words of a passive directive's clause that name its source, channel or text
CHANNELS = frozenset(
    {"von", "vom", "durch", "über", "seitens", "in", "im", "darin", "hierin", "dort", "darüber"}
)


# conjunctions of a clause that can fill a main clause's prefield ("Ob die Brücke hält, sei
# unklar") and leave open whether its verb happened; not "wie", whose clause frames the
# statement after it ("Wie X sagte, sei …"), nor "weil", "obwohl", "dass", whose clause takes
# its act as given ("Weil der Minister eine Untersuchung angekündigt hat, bleibt …")
PREFIELD_OPENERS = (QUESTION_WORDS - {"wie"}) | {"ob", "wenn", "falls"}
# indicative finite verbs that open a main clause after such a clause ("…, ist unklar")
MAIN_CLAUSE_FINITES = frozenset(
    {"ist", "sind", "war", "waren", "bleibt", "blieb", "scheint", "gilt", "galt", "steht"}
    | {"lässt", "ließ", "kann", "konnte", "wird", "wurde", "hängt", "hing"}
)


# auxiliaries after which a clause-final cue is no finite verb ("hat … bestritten", "wird …
# ankündigen"): its form says nothing about the subject's number
_NON_FINITE_CUE_AUX = FINITE_HABEN | FUTURE_WERDEN
# articles whose phrase before a cue is its nominative subject ("Der Trainer", "Ein Sprecher")
_NOMINATIVE_OPENERS = frozenset({"der", "die", "das", "ein", "eine"})


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


# endings of an adjective before a fronted charge noun ("Grobe", "Unsportliches", "Schweren")
_INFLECTED_ADJECTIVE = ("e", "es", "er", "en", "em")


class Clauses(Accusations, Subjects, Contents):
    """Stage 3: one cue's attribution: speaker, content span and speech act. The content
    span is cut by `Contents` (content.py)."""

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
            if is_passive(texts, a, c, self.acts.act(lemma) == "accusation"):
                return self._passive_accusation(words, a, b, c, cue)
        at = self._coordinated(words, c, cue, cue_idx, lemma) or self._attribute(
            words, c, lemma, cue, prev_np, cue_idx
        )
        if at is None or negated_speaker(texts, at.np):
            return None
        if not at.also:
            self._coordinated_partner(texts, c, at)
        acting = self.acts.intended(lemma, texts, c)  # "will … fordern": the demand's
        at.act = self.acts.idiom_act(acting, texts, c)
        at.act = self.acts.clause_act(at.act, acting, texts, c, at.content)  # "will, dass"
        at.act = self.acts.object_act(at.act, texts, c, at.content)  # "äußerte die Sorge, dass"
        at.act = self.acts.judged_act(  # "hält X für wahrscheinlich"
            at.act, self.vocab.as_verbs.get(lemma), texts, c, at.content[1]
        )
        if at.act != "claim" and not at.focus and not at.backref:
            negated = negation(texts, c, at.content, at.act == "denial")
            if negated == "clause" and at.act == "denial":
                at.act = self.acts.negated_act(acting)  # "bestritt nicht, dass …": conceded
            elif negated is not None:
                return None  # "bestritt die Vorwürfe nicht", "warf ihm nicht vor, …": unsaid
            self._uninvert(texts, c, at)
        elif not at.focus and not at.backref and lemma in self.vocab.report_object:
            self._uninvert(texts, c, at)  # "Schwere Fehler räumte Bürgermeister X ein"
        at.act = self._plan_act(texts, at)  # "…, wie Inhaber Jan Hansen mitteilte"
        if self._tail_after_subject(texts, c, at, lemma):
            at.content, at.focus = (0, 0), True  # "kündigte die Kommission für Freitag an"
        self._charge_fronted(texts, c, at, lemma)  # "Schwere Vorwürfe gegen X erhebt Y"
        if at.focus and (at.act != "claim" or self._judges_as(lemma)):
            self._fronted_object(texts, c, at, lemma)
        if self.acts.is_literal(lemma, texts, *at.content):
            return None  # "rechnet mit dem Taschenrechner": a tool, nothing said
        if not at.backref and self.acts.idle_intention(acting, texts, c, at.content):
            return None  # "Um Zeit zu gewinnen, will X …", "will exklusiv bleiben"
        if at.focus and self._blames(lemma):
            return None  # "machte dafür X verantwortlich": blames without a charge here
        if self.acts.accuses(lemma) and not at.backref:
            return self._accusation(texts, c, at, lemma)
        return at

    def _accusation(
        self, texts: list[str], c: int, at: Attribution, lemma: str
    ) -> Attribution | None:
        """An accusation's target and charge: the accused object, a fronted charge, or the
        accusing subject after the cue; None when no charge is left."""
        dative = self.acts.target_case.get(lemma) == "dat" and at.act == "accusation"
        if dative and self._dative_after_inverted_subject(texts, c, at):
            return at if at.content[0] < at.content[1] else None
        if at.focus:
            return at
        if self.acts.target_case.get(lemma) == "acc" and at.np is not None and at.np.start > c:
            return self._subject_accuses(texts, c, at)
        if not self._fronted_charge(texts, c, at, lemma) and not self._bare_charge_fronted(
            texts, c, at, lemma
        ):
            self._accused(texts, c, at, lemma)
        if at.content[0] >= at.content[1]:
            return None  # an accusation with no charge says nothing
        return at

    def _plan_act(self, texts: list[str], at: Attribution) -> SpeechAct:
        """A neutral cue's statement that is a plan of the speaker's own side announces it
        ("Die Bäckerei Hansen wird ihre Filiale schließen, wie Inhaber Jan Hansen mitteilte";
        attribution/act_plans.py); another side's intention stays a claim."""
        if at.act != "claim" or at.np is None or at.focus or at.backref:
            return at.act
        states = self.acts.modals.get("wollen", frozenset())
        subject = plan_subject(texts, *at.content, states, table_lemmatize(), PREPOSITIONS)
        if subject is None:
            return at.act
        speaker = texts[at.np.start : at.np.end]
        spokesperson = at.np.kind == "anonymous" and any(
            w.lower() in self.vocab.spokespersons for w in speaker
        )
        return "announcement" if own_side(subject, speaker, spokesperson) else at.act

    def _tail_after_subject(self, texts: list[str], c: int, at: Attribution, lemma: str) -> bool:
        """ "Eine Entscheidung kündigte die Kommission für Freitag an", "Den Bericht bestätigte
        das Ministerium am Freitag": with the subject right after the cue, adverbs and a time
        or place phrase after it are no content; what was said, if anything, is fronted. The
        cue's own frame ("rechnet X mit einem Anstieg") is content."""
        np, (lo, hi) = at.np, at.content
        if np is None or np.start != c + 1 or lo != np.end or at.focus or at.backref:
            return False
        if at.act == "claim" and not self._judges_as(lemma):
            return False  # a claim reads no fronted object (`attribute`): keep what there is
        frame = self.reported.frame(lemma) or ""
        own = self.np_frames.get(lemma, frozenset()) | {frame.partition(":")[2]}
        return adverbials_only(texts, lo, hi, PREPOSITIONS - own)

    def _fronted_charge(self, texts: list[str], c: int, at: Attribution, lemma: str) -> bool:
        """ "Tarifflucht warf die Gewerkschaft dem Konzern vor": V2 fronts the charge, the
        subject follows the cue and the dative object after it is the accused (never the
        charge before the cue). Sets target and content; whether the clause has that shape."""
        np, (lo, hi) = at.np, at.content
        if self.acts.target_case.get(lemma) != "dat" or np is None or np.start != c + 1:
            return False
        if c < 1 or np.end >= hi or texts[np.end].lower() not in ACCUSED_DATIVE_ARTICLES:
            return False
        if lo not in (np.end, np.end + 1):
            return False  # past an indefinite article, a gap word: "einem Beamten" -> "Beamten"
        if any(t in CLAUSE_MARKS for t in texts[:c]):
            return False  # "„…“, warf X dem Minister vor": the quotation is the charge
        target = self._np(texts, lo, hi, allow_apposition=False)
        if target is None or target.kind == "pronoun":
            return False
        if target.end != hi and not adverbials_only(texts, target.end, hi, PREPOSITIONS):
            return False  # "einem Gastwirt aus Passau", "dem Trainer am Sonntag": no charge
        split = self._split_object(texts, target)
        if split is not target:  # "Gestern warf X dem Konzern Tarifflucht vor": charge after
            at.target, at.content = split, (split.end, hi)
            return True
        at.target, at.content = target, (0, c)
        return True

    def _bare_charge_fronted(self, texts: list[str], c: int, at: Attribution, lemma: str) -> bool:
        """ "Unsportliches Verhalten warf der Verband dem Torhüter vor": an article-less charge
        (after at most an adjective) opens the clause, so the phrase read as the speaker is
        the charge; the subject, a person or organisation, follows the cue and the dative
        after it is the accused. Sets speaker, target and content; whether the clause has
        that shape."""
        np, hi = at.np, at.content[1]
        if self.acts.target_case.get(lemma) != "dat" or np is None or (np.start, np.end) != (0, c):
            return False
        if not self._common_noun(texts[c - 1]) or not (
            c == 1 or (c == 2 and texts[0].lower().endswith(_INFLECTED_ADJECTIVE))
        ):
            return False  # "Untreue", "Grobe Fahrlässigkeit": no name, a charge
        sub = self._np(texts, c + 1, hi, allow_apposition=False)
        if sub is None or sub.start != c + 1 or sub.kind == "pronoun" or sub.end >= hi:
            return False
        if not (sub.org or sub.role or sub.kind == "name" or self._people(sub)):
            return False
        if texts[sub.end].lower() not in ACCUSED_DATIVE_ARTICLES:
            return False
        lo = sub.end + 1 if texts[sub.end].lower() in ("einem", "einer") else sub.end
        target = self._np(texts, lo, hi, allow_apposition=False)
        if target is None or target.kind == "pronoun":
            return False
        if target.end != hi and not adverbials_only(texts, target.end, hi, PREPOSITIONS):
            return False
        at.np, at.target, at.content = sub, target, (0, c)
        return True

    def _blames(self, lemma: str) -> bool:
        """An accusation cue whose charge is a prepositional frame ("verantwortlich machen
        für"): without the frame in its clause it reports nothing and introduces nobody."""
        frame = self.np_frames.get(lemma, frozenset())
        return self.acts.target_case.get(lemma) == "acc" and bool(frame) and not frame & DETS

    def _people(self, np: NP) -> bool:
        """A noun phrase headed by a person or role noun ("der Fahrer", "die Anwohner", "der
        Bürgermeister": an office speaks as its holder)."""
        last = np.name.split()[-1] if np.name else ""
        head = last.lower()
        return (
            head in self.vocab.person_nouns
            or head.rstrip("n") in self.vocab.person_nouns
            or (last[:1].isupper() and is_role(last))
        )

    def _uninvert(self, texts: list[str], c: int, at: Attribution) -> None:
        """ "Neue Sanktionen kündigte die EU-Kommission an": the speaker stands after the cue
        (attribution/acts.py `inverted_subject`)."""
        swapped = inverted_subject(
            texts, c, at.np, at.content, self._np, self._common_noun, PREPOSITIONS, self._people
        )
        if swapped is not None:
            at.np, at.content = swapped

    def _charge_fronted(self, texts: list[str], c: int, at: Attribution, lemma: str) -> None:
        """ "Schwere Vorwürfe gegen die Stadt erhebt der Rechnungshof": the speaker follows the
        cue, the fronted charge is what was said (attribution/acts.py `charge_fronted`)."""
        if self.acts.target_case.get(lemma) != "gegen" or not (at.focus or at.content[0] > c):
            return

        opening = frozenset(texts[:3])  # the charge and its adjective ("Harte Vorwürfe")

        def common(word: str) -> bool:
            return word in opening or self._common_noun(word)

        def invert(span: tuple[int, int]) -> tuple[NP, tuple[int, int]] | None:
            np_at, people = self._np, self._people
            return inverted_subject(texts, c, at.np, span, np_at, common, PREPOSITIONS, people)

        frame = self.np_frames.get(lemma, frozenset())
        found = charge_fronted(texts, c, at.np, frame, self.acts.charges, invert)
        if found is not None:
            at.np, at.content = found
            at.focus = False

    def _fronted_object(self, texts: list[str], c: int, at: Attribution, lemma: str) -> None:
        """ "Die Vorwürfe wies X zurück": the object before the cue is the content
        (attribution/acts.py `fronted_content`)."""
        reports = (
            lemma in self.vocab.report_object and lemma not in self.lex.weak_opinion
        ) or self._fronted_in_frame(lemma, texts, c)
        frame = self.np_frames.get(lemma)
        if self._amount_after_subject(lemma, texts, at.np):
            reports, frame = True, None  # "Die Kosten schätzt X auf drei Milliarden Euro"
        if frame is None and at.act == "claim":
            frame = AS_FRAME  # "Als Erfolg bezeichnete Kanzler X das Abkommen"
        bare = self._bare_object(texts, c)
        span = fronted_content(texts, c, at.np, reports, frame, bare, PREPOSITIONS)
        if span is not None:
            at.content, at.focus = span, False

    def _bare_object(self, texts: list[str], c: int) -> bool:
        """ "Aufklärung verlangen die Angehörigen", "Lückenlose Aufklärung forderte X": the
        clause opens with an article-less common noun (after at most one adjective), which
        in V2 before the cue can only be the cue's object; a name or time word is none."""
        if not 1 <= c <= 2 or not texts[c - 1][:1].isupper() or not texts[c - 1].isalpha():
            return False
        if c == 2 and not _adjective_like(texts[0].lower()):
            return False
        noun = texts[c - 1]
        first = self._np(texts, 0, c, allow_apposition=False)
        if first is not None and first.kind == "pronoun":
            return False  # "Ich lehne sie ab"
        return (
            self._common_noun(noun)
            and noun.lower() not in self.vocab.time_words | self.vocab.gap_words
            and noun not in self.surnames
            and not self.check.is_somebody(noun)
        )

    def _amount_after_subject(self, lemma: str, texts: list[str], np: NP | None) -> bool:
        """ "Die Kosten schätzt das Ministerium auf drei Milliarden Euro", "Den Schaden
        bezifferte die Versicherung mit 40 Millionen": an estimate whose amount frame
        (cue_reported_acts.tsv "prep:", np_object_frames.tsv) follows the inverted subject
        right away, so the fronted phrase is the thing estimated."""
        if np is None or np.end >= len(texts):
            return False
        frame = self.reported.frame(lemma) or ""
        preps = self.np_frames.get(lemma, frozenset())
        if frame.startswith("prep:"):
            preps = preps | frozenset(frame[5:].split(","))
        if self.acts.act(lemma) != "estimate" or texts[np.end].lower() not in preps:
            return False
        return prepositional_amount(texts, np.end - 1, len(texts), preps)

    def _fronted_in_frame(self, lemma: str, texts: list[str], c: int) -> bool:
        """A fronted object in its cue's reported-act frame (cue_reported_acts.tsv): "Einen
        Anstieg der Preise erwarten die Ökonomen", "Eine Verschmutzung des Flusses befürchten
        die Anwohner" report the thing expected or feared, as the same object after the cue
        would; "Den Präsidenten erwartet die Kanzlerin" (a person awaited) reports nothing."""
        if self.reported.frame(lemma) not in ("object", "ruled_out") or c < 2:
            return False
        fronted = [texts[0].lower(), *texts[1:c]]  # the sentence's capital is no noun's
        return reports_object(self.reported, lemma, fronted, 0, c, self.vocab.person_nouns)

    def _judges_as(self, lemma: str) -> bool:
        """A judging verb whose "als" phrase is the statement ("bezeichnete X als Erfolg"):
        fronted, that phrase is what was said although the act is a plain claim."""
        return lemma in self.vocab.as_judgements or self.vocab.as_verbs.get(lemma) == "als"

    def _coordinated_partner(self, texts: list[str], c: int, at: Attribution) -> None:
        """One quote per coordinated speaker where the subject is not a plain "X und Y"
        before the cue: inverted after a plural cue ("…, sagten Polizei und Feuerwehr") and
        "sowohl X als auch Y". Sets the attribution's first speaker and `also`."""
        np = at.np
        if np is None or np.kind == "pronoun":
            return
        if np.start > c and texts[c].lower().endswith("en") and at.content[1] <= np.start:
            if np.end < len(texts) and texts[np.end] in ("und", "sowie"):
                second = self._np(texts, np.end + 1, len(texts), allow_apposition=False)
                if second is not None and second.kind != "pronoun" and _closes(texts, second.end):
                    pair = gender_pair(np, second)  # "sagten die Ärztinnen und Ärzte": one group
                    at.np, at.also = (pair, ()) if pair is not None else (np, (second,))
            return
        if np.start >= 3 and texts[np.start - 2 : np.start] == ["als", "auch"]:
            opener = next(
                (k for k in range(np.start - 3, -1, -1) if texts[k].lower() == "sowohl"), None
            )
            if opener is None:
                return
            first = self._np(texts, opener + 1, np.start - 2, allow_apposition=False)
            if first is not None and first.end == np.start - 2 and first.kind != "pronoun":
                at.np, at.also = first, (np,)

    def _attribute(
        self,
        words: Sequence[Word],
        c: int,
        lemma: str,
        cue: str,
        prev_np: NP | None = None,
        cue_idx: frozenset[int] = frozenset(),
    ) -> Attribution | None:
        """The speaker and content of a cue outside a coordinated or passive accusation:
        the subject is found, checked against the cue, then the content is cut."""
        cl = self._cue_clause(words, c, cue_idx)
        passive = self._passive_agent(cl.texts, cl.a, c, lemma, cl.end)
        if passive is not None and passive.kind == "anonymous" and lemma in self.vocab.directives:
            passive = None  # "von einem Missionar aufgerufen": an unnamed agent says nothing
        if passive is not None:
            return Attribution(passive, cue, self._passive_content(cl))
        if lemma == "bekannt werden":
            return self._became_known(cl, cue)  # news has no speaker in its own clause
        if self._passive_directive(cl, lemma):
            return self._addressed_passive(cl, cue)
        unnamed = self._agentless(cl)
        if unnamed is not None:
            return unnamed
        if _points_back(cl) and not self._own_frame_after(cl, lemma):
            # "Das sagte X am Freitag.": the statement is the previous sentence
            back = self._back_speaker(cl.texts, c, cl.b, cl.end)
            if back is not None and _negated_back(cl.texts, back.end, cl.end):
                return None  # "Das bestreitet Roth nicht": the statement stays its speaker's
            if back is not None:
                return Attribution(back, cue, (0, 0), backref=True)
            if not any(t in (",", ":") for t in cl.texts[cl.c : cl.end]):
                return None
        if self._prefield_clause(cl):
            return None
        np, cue = self._clause_speaker(cl, lemma, cue, prev_np)
        np, judged = self._as_phrase_subject(cl, lemma, cue, np)
        if judged is not None or np is None:
            return judged
        if passive_theme(cl.texts, cl.a, c, cl.end, lemma) and subject_phrase(cl.texts, cl.a, np):
            # "Die Namen wurden bekanntgegeben": what was said, not who said it; only an
            # agent the chunker read into that phrase speaks ("die Regierung vom LSVD")
            agent = agent_start(cl.texts, np)
            np = self._np(cl.texts, agent, c) if agent is not None else None
            if np is None or np.kind == "pronoun":
                return None
        np = self._checked_subject(cl, lemma, np, prev_np)
        if np is None:
            return None
        return self._fronted_judgement(cl, lemma, cue, np) or self._with_content(
            cl, lemma, cue, np, cue_idx
        )

    def _prefield_clause(self, cl: CueClause) -> bool:
        """ "Ob die Brücke hält, lasse sich nicht sagen", "Wenn die Kommission zustimmt, ist
        das ein Erfolg": a subordinate clause opening the sentence fills the prefield of the main
        clause, whose finite verb follows its comma. A verb-final cue of that clause reports
        nothing after the comma, and its subject is no speaker of the main clause."""
        texts, c = cl.texts, cl.c
        if cl.a > 1 or texts[0].lower() not in PREFIELD_OPENERS:
            return False
        k = c + 1
        while k < cl.end and k <= c + 2 and texts[k].isalpha() and texts[k].islower():
            k += 1  # "zugestimmt hatte": the verb-final auxiliary
        if k + 1 >= cl.end or texts[k] != ",":
            return False
        finite = texts[k + 1]
        return finite in MAIN_CLAUSE_FINITES or (finite.islower() and self.is_konj1(finite))

    def _fronted_judgement(self, cl: CueClause, lemma: str, cue: str, np: NP) -> Attribution | None:
        """ "Die Tat bezeichnete er als sinnlos", "Weitere Streiks hält der Verband für
        wahrscheinlich": V2 fronts the thing judged, the subject follows the finite cue and
        the cue's "als"/"für" phrase follows the subject, so the whole clause is the
        judgement. A fronted phrase that names no one ("Weitere Streiks") is no subject
        when a person or organisation stands in that place after the cue."""
        als = self.vocab.as_verbs.get(lemma)
        texts, c = cl.texts, cl.c
        if als is None or cl.a != 0 or c == 0 or c + 2 >= cl.b:
            return None
        if np.end <= c:
            inv = self.speaker_after(texts, c, cl.b)
            if inv is None or not self._someone(inv) or not self._no_one(texts, np):
                return None
            np = inv
        k = np.end
        while k < cl.b and texts[k].islower() and texts[k] in self.vocab.gap_words:
            k += 1  # "hält er aber für unwahrscheinlich"
        if np.start != c + 1 or k >= cl.b or texts[k].lower() != als:
            return None
        if any(t in QUOTE_CHARS for t in texts[k : cl.end]):
            return None  # "als „zutiefst verlogen“": the quoted words are what was said
        return Attribution(np, cue, (cl.a, cl.end))

    def _someone(self, np: NP) -> bool:
        """A name, nominative pronoun, organisation or person noun: a phrase that speaks."""
        return (
            np.kind == "name" or np.org or bool(np.role) or self._people(np)
        ) or nominative_pronoun(np)

    def _no_one(self, texts: list[str], np: NP) -> bool:
        """A phrase of common nouns and adjectives only ("Weitere Streiks", "Die Lage"): the
        chunker may call a capitalised run a name, but no person or organisation is in it."""
        if np.org or np.role or self._people(np):
            return False
        return all(
            self._common_noun(w) or _adjective_like(w) or w.lower() in DETS
            for w in texts[np.start : np.end]
        )

    def _own_frame_after(self, cl: CueClause, lemma: str) -> bool:
        """ "So warnten Vertreter der Verbände vor einem Abfluss …": after an opening "So"
        (an adverb: "thus", "for instance") a framed cue whose preposition follows in its
        clause reports that phrase, not the previous sentence ("So sagte X." still points
        back)."""
        preps = self.np_frames.get(lemma)
        return (
            cl.first == "so"
            and preps is not None
            and any(t.lower() in preps for t in cl.texts[cl.c + 1 : cl.b])
        )

    def _passive_directive(self, cl: CueClause, lemma: str) -> bool:
        """ "Anwohner wurden aufgefordert, …": a directive in the passive whose clause names no
        channel or text ("über den Sender aufgerufen", "Darin wird X aufgefordert": those
        are read by the other rules)."""
        if lemma not in self.vocab.directives or lemma in ("beschließen", "entscheiden"):
            return False
        before = {t.lower() for t in cl.texts[cl.a : cl.c]}
        return bool(before & PASSIVE_AUX) and not before & CHANNELS

    def _addressed_passive(self, cl: CueClause, cue: str) -> Attribution | None:
        """ "Aufgrund des Rauchs wurden Anwohner aufgefordert, die Fenster zu schließen": the
        nominative of a passive directive is the one addressed, never the speaker: the demand
        has an unnamed source."""
        texts, b, c, end = cl.texts, cl.b, cl.c, cl.end
        comma = b + 1 < end and texts[b] == ","
        lo = b + 1 if comma else c + 1  # the comma before the infinitive is often left out
        if not (lo < end and (comma or self._zu_infinitive(texts, lo, end))):
            return None
        np = NP(c, c + 1, "anonymous", "anonymous", None, False, cue)
        return Attribution(np, cue, (lo, end))

    def _agentless(self, cl: CueClause) -> Attribution | None:
        """ "Es wird vermutet, dass …": an unnamed source, when a reported clause (dass/ob,
        Konjunktiv I) follows the comma."""
        texts, b, end = cl.texts, cl.b, cl.end
        worden = cl.c + 1 < end and texts[cl.c + 1] == "worden"  # "war vermutet worden, dass"
        if not (b + 1 < end and texts[b] == "," and b == cl.c + 1 + worden):
            return None
        if not (texts[b + 1].lower() in ("dass", "ob") or self.has_konj(cl.words, b + 1, end)):
            return None
        np = self.agentless_report(texts, cl.a, cl.c)
        if np is None:
            return None
        if cl.a > 0 and texts[cl.a - 1] == "," and texts[0].lower() in ("in", "im"):
            # "In einer Presseerklärung, die …, wurde verkündet, dass": the text says it
            comma = texts.index(",")
            np = self._source_phrase(texts, 0, comma) or self._place_phrase(texts, 0, comma) or np
        return Attribution(np, cl.texts[cl.c], (b + 1, end), passive=True)

    def _became_known(self, cl: CueClause, cue: str) -> Attribution | None:
        """ "Im Mai wurde bekannt, dass …", "Wie gestern bekannt wurde, …": news that became
        known has no speaker of its own; an unnamed source, when its clause holds no noun
        (only adverbs, "es", a conjunction) and a reported clause or "wie" frames it."""
        texts, a, b, end = cl.texts, cl.a, cl.b, cl.end
        for k in range(a, b):
            low = texts[k].lower()
            lead = k == a and (low in self.vocab.lead_skip or low in ("wie", "nachdem", "als"))
            when = low in self.vocab.time_words or low in MONTHS or low in ("im", "am")
            if not (lead or when or (texts[k][:1].islower() and texts[k].isalpha())):
                return None  # "Der Plan wurde bekannt": a subject of its own
        np = NP(cl.c, cl.c + 1, "anonymous", "anonymous", None, False, cue)
        if cl.first == "wie":
            return Attribution(np, cue, _wie_content(cl), passive=True)
        if b + 1 < end and texts[b] == "," and texts[b + 1].lower() == "dass":
            return Attribution(np, cue, (b + 1, end), passive=True)
        return None

    def _passive_content(self, cl: CueClause) -> tuple[int, int]:
        """A passive report's content: the clause after a comma or colon when it is a
        complement ("Vom Rat wurde beschlossen, die Halle zu sperren"), else the passive
        clause itself ("Die Pläne wurden von X als unrealistisch bezeichnet")."""
        texts, b, end = cl.texts, cl.b, cl.end
        stop = next((k for k in range(b + 1, end) if texts[k] == ","), end)
        if (
            b + 1 < end
            and texts[b] in (",", ":")
            and (
                texts[b + 1].lower() in ("dass", "ob")
                or cl.words[b + 1].inq
                or self._zu_infinitive(texts, b + 1, stop)  # the next clause only
            )
        ):
            return (b + 1, end)
        if b + 1 < end and texts[b] == "," and texts[b + 1].lower() in QUESTION_WORDS:
            return (b + 1, stop)  # "von X gefragt wurde, was er plane, …": the question
        return (cl.a, min(max(b, cl.c + 1), end))

    def _cue_clause(self, words: Sequence[Word], c: int, cue_idx: frozenset[int]) -> CueClause:
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?", "…"):
            end -= 1
        a, b = self._clause(words, c, cue_idx)
        first = texts[a].lower() if a < len(texts) else ""
        return CueClause(words, texts, c, a, b, end, first)

    def _clause_speaker(
        self, cl: CueClause, lemma: str, cue: str, prev_np: NP | None
    ) -> tuple[NP | None, str]:
        """The cue's subject by the clause's shape (relative, coordinated, "heißt es",
        "zitiert X", apposition, then V2/inverted order), and the cue text ("heißt es")."""
        texts, a, b, c = cl.texts, cl.a, cl.b, cl.c
        np: NP | None = None
        if (
            cl.first in ("der", "die", "welcher", "welche")
            and a > 0
            and texts[a - 1] == ","
            and not _main_clause_after_comma(texts, a, c, b)
        ):
            np = self.speaker_relative(texts, a)
        if (
            np is None
            and cl.first in ("und", "sowie", "oder")
            and not own_subject_after(texts, a, c)
        ):
            # "X bestreitet … und berichtet, dass …": the subject is shared
            np = prev_np or self._coordinated_subject(texts, a)
        if np is None and lemma == "heißen":
            np, cue = self._heisst_es(cl, cue)
        if np is None and lemma in self.lex.located.values():
            np = self._located_source(cl)
        if np is None and lemma == "zitieren":
            np = self._quoted_person(texts, c, b) or self._quoted_in_passive(texts, a, c)
        if np is None:
            # "X, Chef von Y, zog das Angebot mit der Begründung zurück, …": the clause opens
            # with its finite verb, which a "mit"-phrase cue is not
            verb = a if lemma.startswith("mit ") and texts[a][:1].islower() else c
            np = self._apposed_subject(texts, a, verb) or self._relative_antecedent(texts, a, c, b)
        if np is None:
            np = self._subject_around_cue(cl, lemma)
        return np, cue

    def _heisst_es(self, cl: CueClause, cue: str) -> tuple[NP | None, str]:
        """ "heißt es in dem Bericht", "…, heißt es aus Moskau", "…, heißt es.": the named
        source or place, else an unnamed source."""
        texts, a, b, c = cl.texts, cl.a, cl.b, cl.c
        np = self._source_phrase(texts, a, b)
        named_after = self._place_phrase(texts, c + 1, b) is not None  # "heißt es in der Warnung"
        if np is None and a > 0 and texts[a - 1] == "," and texts[0].lower() in ("in", "im"):
            # "In der Resolution, die … angenommen wurde, heißt es": the phrase opens the sentence
            # (not "Im Binnenland seien …, heißt es in der Warnung": the cue names its text)
            np = self._source_phrase(texts, 0, texts.index(","))
            if np is None and not named_after:
                np = self._place_phrase(texts, 0, texts.index(","))
        # "hatte es geheißen", verb-final "wie es in der Erklärung heißt"
        perfect = (texts[c] == "geheißen" or cl.first == "wie") and "es" in texts[a:c]
        cue = f"es {cue}" if perfect else f"{cue} es"
        if np is None and ("es" in texts[max(0, c - 1) : c + 2] or perfect):
            es = c + 1 if c + 1 < len(texts) and texts[c + 1] == "es" else c
            after = min(len(texts), max(b, c + 2))
            np = (
                self._place_phrase(texts, a, c)
                or self._place_phrase(texts, c + 1, after)
                or NP(es, es + 1, "anonymous", "anonymous", None, False, cue)
            )  # "…, heißt es.": an unnamed source
        return np, cue

    def _located_source(self, cl: CueClause) -> NP | None:
        """ "In dem Bericht des Ministeriums steht, dass …" -> Ministerium; "Im
        Koalitionsvertrag steht" -> the document (the cue finder found one there)."""
        texts, a, c = cl.texts, cl.a, cl.c
        if cl.first == "aus":  # "Aus dem Bericht geht hervor": the document, or its author
            return self._place_phrase(texts, a, c, frozenset({"aus"}))
        return self._source_phrase(texts, a, c) or self._place_phrase(texts, a, c)

    def _subject_around_cue(self, cl: CueClause, lemma: str) -> NP | None:
        """The subject before the cue (V2) or right after it (inverted order)."""
        texts, a, b, c = cl.texts, cl.a, cl.b, cl.c
        if cl.first in FINITE_HABEN and a > 1 and texts[a - 1] == ",":
            # "…, hatte Obama bei seinem Treffen mit X gesagt": right after the auxiliary, or
            # after the adverbs and time phrases the auxiliary may take ("hatte kurz nach der
            # Tat der Bürgermeister gesagt": "der Tat" is inside the time phrase)
            np = self._np(texts, a + 1, c, allow_apposition=False)
            if np is None or np.start > a + 1:
                np = self.speaker_after(texts, a, c)
            if np is not None and texts[np.start].lower() not in OBLIQUE_ARTICLES:
                return np
        article = cl.first == "das" and a + 1 < c and texts[a + 1][:1].isupper()
        # "Deutlich machte der Minister, …": the fronted idiom words are the cue's own
        idiom = [t.lower() for t in texts[a:c]] == lemma.lower().split()[:-1]
        if a == c or idiom or (cl.first in self.vocab.after_first and not article):
            # "Dann sagte X", "Das sagte X"; not "Das Magazin X bezeichnete …" (an article)
            before = self.speaker_before(texts, a, c)
            if before is not None and self._fronted_phrase(cl, before):
                before = self._document_subject(texts, c + 1, b)
            return (
                self.speaker_after(texts, c, b)
                or before
                or self._title_subject(cl)
                or self._group_subject(cl)
                or self._elided_subject(cl)
            )
        np = self.speaker_before(texts, a, c, verb_final=b <= c + 2)
        inv = self.speaker_after(texts, c, b)
        if (
            inv is not None
            and np is None
            and texts[inv.start].lower() in ("den", "dem", "das")
            and not (self.acts.act(lemma) != "claim" and self._neuter_after_fronted(cl, inv))
        ):
            # "… bekräftigen die niedrige Quote": an object, not a subject; after a fronted
            # accusative ("Einen Anstieg erwartet das Institut") "das" is the nominative
            inv = None
        if inv is not None and _quoted_phrase(texts, inv):
            # "Die neue Version verspricht „Suche ohne Müll“": a phrase opens the clause, so
            # the quoted words after the cue are its object, never a medium
            inv = None
        # "Der Zeitung sagte Filep Karma: …": a name or pronoun right after the cue is
        # the subject; the phrase before it is a dative object (or a sentence adverb
        # mistaken for a name: "Sinngemäß hofft Musk")
        if (
            inv is not None
            and inv.start == c + 1
            and self._inverted_subject(texts, inv, np, lemma, c)
        ):
            if not (
                object_by_agreement(texts[c], inv, np)
                or self._bare_noun_object(inv, np)
                or self._plural_after_singular(texts[c], inv)
            ):
                np = inv
        elif inv is not None and np is not None and object_fronted(texts, a, np, inv, c):
            np = inv
        elif inv is not None and np is not None and np.start == a and oblique_feminine(np):
            np = inv  # "Der Zeitung sagte der Anwalt": a dative before the cue
        elif inv is not None and np is not None and self._object_before_group(texts, a, np, inv):
            np = inv  # "Einen Rückgang der Buchungen erwartet der Verband"
        elif np is not None and self._fronted_phrase(cl, np):
            # "Zum Hintergrund der Gewalt führt der Bericht aus": V2 fronts one phrase
            np = inv or self._document_subject(texts, c + 1, b)
        return (
            np
            or self._unless_addressee(cl, inv)
            or self._title_subject(cl)
            or self._group_subject(cl)
        )

    def _unless_addressee(self, cl: CueClause, inv: NP | None) -> NP | None:
        """The phrase after the cue as the subject, unless it is a plural after a singular
        cue that addresses someone: "Schneider rief Bürgerinnen auf, …" calls on the
        citizens, who never speak here. The lone capitalised word before such a cue is then its subject, also a
        surname that is a noun too ("Schneider", "Koch"): V2 has one phrase before the verb,
        and the object stands after it."""
        texts, a, c = cl.texts, cl.a, cl.c
        if (
            inv is None
            or not self._addressee_cue(texts, c)
            or not self._plural_object(texts[c], inv)
        ):
            return inv
        word = texts[a]
        if c != a + 1 or not (word[:1].isupper() and word.isalpha()):
            return None
        low = word.lower()
        if (
            low in self.tables.lowers
            or low in self.vocab.non_speakers
            or low in self.vocab.time_words
        ):
            return None  # "Heute", "Montag": an adverb or a time, not a name
        return NP(a, c, "name", word, None, False, word)

    def _title_subject(self, cl: CueClause) -> NP | None:
        """ "Der „Spiegel“ berichtet", "Wie die „Welt“ am Montag meldete": the medium's quoted
        title closes right before the cue's clause, which starts after its quotation mark;
        only the words a subject may have between it and its cue stand between."""
        texts, a, c = cl.texts, cl.a, cl.c
        if a == 0 or texts[a - 1] not in QUOTE_CHARS or not self._gap_ok(texts, a, c):
            return None
        return quoted_title_before(texts, a, self.check.is_somebody)

    def _neuter_after_fronted(self, cl: CueClause, inv: NP) -> bool:
        """ "Einen Anstieg der Arbeitslosigkeit erwartet das Institut": after a fronted
        accusative "das" opens the nominative subject, read only where the clause ends with
        it (adverbs, a time phrase and the particle aside), so the fronted phrase is the
        only object there is."""
        texts, hi = cl.texts, cl.b
        if texts[cl.a].lower() not in ("einen", "den") or texts[inv.start].lower() != "das":
            return False
        if hi < cl.end and (texts[hi] in (":", "–") or texts[hi] in QUOTE_CHARS):
            return False  # "gab das ZDF bekannt: „…“": what follows the colon is said
        if hi - 1 > inv.end and texts[hi - 1] in self.vocab.sep_particles:
            hi -= 1
        return hi <= inv.end or adverbials_only(texts, inv.end, hi, PREPOSITIONS)

    def _object_before_group(self, texts: list[str], a: int, np: NP, inv: NP) -> bool:
        """ "Einen Rückgang der Buchungen erwartet der Reiseverband", "Tarifflucht warf die
        Gewerkschaft dem Konzern vor": V2 fronts one phrase. When that phrase is an object
        (opened by an accusative article, or a lone common noun) and a definite group that
        can speak follows the cue, the group is the subject, not a genitive or the bare noun
        before the cue. `inv` is the phrase after the cue, `np` the one found before it."""
        c = inv.start - 1
        if inv.kind != "description" or texts[inv.start].lower() not in ("der", "die", "das"):
            return False
        if not (inv.org or inv.role or self._people(inv)):
            return False
        if texts[a].lower() in ("einen", "den"):
            return a <= np.start < c  # "den" is accusative (or a plural dative: an object)
        return (
            np.start == a == 0
            and np.end == c
            and np.kind == "name"
            and " " not in np.mention
            and np.mention not in self.surnames
            and self._common_noun(np.mention)
        )

    def _group_subject(self, cl: CueClause) -> NP | None:
        """A definite group no other rule took: the whole phrase between the clause start and
        the cue ("Die Landwirte sagten"), or right after the cue up to its clause end or
        particle ("…, verlangen die Mönche, dass", "teilten die Behörden mit")."""
        texts, a, b, c = cl.texts, cl.a, cl.b, cl.c
        before = self.definite_group(texts, a, c, c) if a < c else None
        end = b - 1 if b - 1 > c + 1 and texts[b - 1] in self.vocab.sep_particles else b
        after = self.definite_group(texts, c + 1, end, c) if c + 1 < end else None
        if after is not None and (before is None or texts[c + 1].lower() == "der"):
            return after  # "Die Pläne kritisierte der Verband, …": "der" is nominative
        return before

    def _elided_subject(self, cl: CueClause) -> NP | None:
        """ "Der Senator wollte sich nicht festlegen, sagte aber, …": a clause that opens with
        the finite cue and a connective adverb after a comma shares the subject of the main
        clause before it (asyndetic coordination); a subordinate clause before it does not."""
        texts, a, c = cl.texts, cl.a, cl.c
        if not (a == c and a > 1 and texts[a - 1] == "," and c + 1 < cl.end):
            return None
        if texts[c + 1].lower() not in CONNECTIVES:
            return None
        start = a - 1
        while start > 0 and texts[start - 1] not in CLAUSE_MARKS:
            start -= 1
        if start != 0 or texts[0].lower() in SUBORDINATORS:
            return None  # only the sentence's main clause lends its subject
        return self._coordinated_subject(texts, a - 1)

    def _fronted_phrase(self, cl: CueClause, np: NP) -> bool:
        """A V2 clause opened by a prepositional phrase ("Zum Hintergrund der Gewalt führt
        der Bericht aus, …"): the finite cue follows that one phrase, so a noun inside it is
        no subject; in a verb-final clause ("…, bei dem der Minister sagte") it may be."""
        texts, a, c = cl.texts, cl.a, cl.c
        if texts[a].lower() not in PREPOSITIONS or not a < np.start < c or cl.b <= c + 2:
            return False
        if a + 1 < c and texts[a + 1].lower() in RELATIVE:
            return False
        # "Im Exil lebende Uiguren sagen": the phrase is an extended attribute of the subject
        k = np.start
        return not (k >= a + 2 and texts[k - 1][:1].islower() and texts[k - 2][:1].isupper())

    def _bare_noun_object(self, inv: NP, np: NP | None) -> bool:
        """ "Der Trainer räumte Fehler ein", "Ein Polizeisprecher räumte Fehler ein", "Die
        Aktivisten fordern Tempolimit": an article-less common noun (or a compound ending in one) after
        the cue is its object when a nominative article phrase, or an article-less description
        opening the sentence (a headline: "Klima-Aktivisten fordern Tempolimit"), stands
        before it; a surname the article introduced stays a name ("Der Zeitung sagte Fischer"
        has a dative before the cue)."""
        word = inv.mention
        return (
            np is not None
            and np.kind in ("description", "anonymous")
            and (np.mention.split()[0].lower() in _NOMINATIVE_OPENERS or np.start == 0)
            and not oblique_feminine(np)
            and inv.kind == "name"
            and " " not in word
            and word not in self.surnames
            and self._common_noun(word)  # a compound too: "fordert Lohnerhöhungen"
        )

    def _plural_after_singular(self, verb: str, inv: NP) -> bool:
        """ "Müller rief Betroffene auf": the bare plural after a singular cue is whom it
        calls on, not its subject (speakers/agreement.py)."""
        word = inv.mention
        plural = " " not in word and (
            word.lower() in self.vocab.person_nouns
            or bare_plural(word, self.tables.nouns, self.tables.noun_lemmas)
        )
        return plural_object_after_singular(verb, inv, plural)

    def _plural_object(self, verb: str, inv: NP) -> bool:
        """A plural group after a singular finite cue: its object, never its subject
        ("rief Bürgerinnen auf", "bat die Anwohner")."""
        if plural_finite(verb) or inv.start == 0:
            return False
        return (inv.plural and inv.kind == "description") or self._plural_after_singular(verb, inv)

    def _inverted_subject(
        self, texts: list[str], inv: NP, np: NP | None, lemma: str, c: int
    ) -> bool:
        """Whether the phrase right after the cue is its subject rather than `np` before it."""
        if nominative_pronoun(inv):
            return True  # "Weitere Streiks hält er für wahrscheinlich": "er" is nominative
        person_first = np is not None and not self._no_one(texts, np)
        if person_first and object_pronoun_after_person(texts[c], inv, np, c):
            return False  # "Svenja Mohr will sie übergeben": the person is the subject
        if inv.kind == "pronoun" or (
            lemma in self.vocab.as_verbs and np is not None and (np.org or np.role)
        ):
            # "X nannte sie „fahrlässig“", "Das Magazin bezeichnete Weber als …": after
            # nennen/bezeichnen the phrase is the object when a source stands before the cue
            return not (lemma in self.vocab.as_verbs and np is not None)
        return (
            inv.kind == "name"
            and not inv.org
            and not self._saxon_genitive(inv)
            and (
                np is None
                or np.kind != "name"
                or (
                    np.start == 0
                    and np.end == c
                    and np.end - np.start == 1
                    and np.mention not in self.surnames  # "Moll rief Betroffene auf"
                )
            )
        )

    def _as_phrase_subject(
        self, cl: CueClause, lemma: str, cue: str, np: NP | None
    ) -> tuple[NP | None, Attribution | None]:
        """ "… als Wucher ansieht", "Als riskant beschrieb X den Plan": a noun of the "als"
        phrase is no subject; in V2 the subject follows the cue. Returns the subject and,
        when the clause's shape settles it, the attribution itself."""
        als = self.vocab.as_verbs.get(lemma)
        if als is None:
            return np, None
        texts, a, b, c = cl.texts, cl.a, cl.b, cl.c
        if np is not None and a <= np.start < c and als in (t.lower() for t in texts[a : np.start]):
            np = self.speaker_after(texts, c, b) if b > c + 1 else None
            if np is not None and texts[a].lower() == als:
                return np, Attribution(np, cue, (a, cl.end))  # the whole judgement is the content
        if np is None and als in texts[a:c]:
            # verb-final "obwohl Russland dies als Enteignung ansieht": the subject stands
            # before the object and its "als" phrase
            cut = texts.index(als, a, c)
            subj = self._subject_before_object(texts, a, cut)
            if subj is not None and cut - subj.end >= 1:
                return np, Attribution(subj, cue, (subj.end, c))
        return np, None

    def _checked_subject(self, cl: CueClause, lemma: str, np: NP, prev_np: NP | None) -> NP | None:
        """The subject if it agrees with the cue, cut before "von" after "spricht"."""
        texts, c = cl.texts, cl.c
        # "hat … bestritten" is a participle, "ließ … mitteilen" and "wird … ankündigen" an
        # infinitive: no finite cue
        perfect = np.end <= c and any(t.lower() in _NON_FINITE_CUE_AUX for t in texts[np.end : c])
        perfect = perfect or any(t.lower() in FINITE_LASSEN for t in texts[cl.a : c])
        if (
            np is not prev_np
            and not perfect
            and not lemma.startswith("mit ")  # "mit den Worten": no verb to agree with
            and _number_clash(texts[c], lemma, np)
        ):
            return None  # "hat bestritten" is a participle, not the plural "sie bestritten"
        if lemma == "sprechen" and np.start > c and "von" in texts[np.start : np.end]:
            # "spricht die Polizei von Krawallen": "von" opens the content, not the name
            cut = texts.index("von", np.start, np.end)
            return self._np(texts, np.start, cut, allow_apposition=False)
        return np


def _quoted_phrase(texts: list[str], np: NP) -> bool:
    """A phrase in quotation marks without an article: a title after a cue is the medium
    only when no phrase stands before the cue ("…“, schrieb „Die Zeit“")."""
    return texts[np.start] in QUOTE_CHARS  # "verkündete der „Deutsche Fußball-Bund“" names it


def _closes(texts: list[str], k: int) -> bool:
    """Whether a speaker phrase ending at `k` ends the sentence or its clause."""
    return k >= len(texts) or texts[k] in (".", "!", "?", ",", ";", ":")


def _negated_back(texts: list[str], lo: int, end: int) -> bool:
    """ "Das bestreitet Roth nicht", "Dies bestätigte der Sprecher zunächst nicht": a cue
    pointing back and negated after its speaker says nothing of its own: the speaker
    neither makes nor denies the statement before, which stays with whoever made it
    ("nicht nur" negates nothing)."""
    rest = []
    for t in texts[lo:end]:
        if t == ",":
            break  # "Das sagte Roth, die nicht zur Sitzung kam": a relative clause's own
        rest.append(t.lower())
    negations = negation_words("adverb")
    return any(t in negations for t in rest) and "nur" not in rest


def _points_back(cl: CueClause) -> bool:
    """ "Das sagte X am Freitag.", "Dies bestätigte Y.": the cue's statement is the previous
    sentence."""
    return (
        cl.first in ("dies", "das", "so", "dieses", "diese", "davon", "darauf")
        and cl.a + 1 == cl.c
        and cl.a == 0
    )


def _main_clause_after_comma(texts: Sequence[str], a: int, c: int, b: int) -> bool:
    """Whether "der"/"die" after a comma is an article opening a main clause, not a relative
    pronoun: an article, a noun and the finite cue with more of the clause after it ("…
    von 1.400 Hektar, der Naturschutzbund schätzt die Fläche auf 2.500 Hektar"). A relative
    clause ends with its finite verb ("Austin, der am Mittwoch bestätigte, dass …"); read as
    one, the noun before the comma ("Hektar") became the speaker."""
    return c == a + 2 and texts[a + 1][:1].isupper() and c + 1 < b and texts[c + 1] not in BOUNDARY
