"""Stage 3c: the content span of a cue once its subject is known: the clause after a comma or
colon, the words before an inverted "…, sagte X", a noun-phrase object of a reporting verb,
or nothing quotable (a focus: the speaker is introduced, the statement follows)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.nlp.attribution.acts import adverbials_only, frame_after_object, opens_question
from bot.nlp.attribution.continuation import verbless
from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.quotes.cue_finder import REFLEXIVE_CUES
from bot.nlp.quotes.gapping import Gapping
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    CLAUSE_OPENERS,
    DETS_LOWER,
    FINITE_HABEN,
    FINITE_LASSEN,
    FUTURE_WERDEN,
    PASSIVE_AUX,
    PREPOSITIONS,
    QUOTE_CHARS,
    VERB_FINAL_AUX,
    VERB_FINAL_OPENERS,
    own_subject_after,
)
from bot.nlp.quotes.model import CueClause
from bot.nlp.quotes.nested_cues import fronted_report
from bot.nlp.quotes.questions import question_frame
from bot.nlp.speakers import DETS, NP, POSSESSIVE, is_adj
from bot.nlp.stage_records import Attribution, Word

# focus particles that follow a subject ("Die Kammer selbst hatte …", "Der Verband allein
# hat …"); elsewhere "selbst" is an object's ("hat selbst Fehler eingeräumt": even mistakes)
SUBJECT_FOCUS = frozenset({"selbst", "allein"})
# words that open an adverbial infinitive, never a reported one
INFINITIVE_ADVERBIALS = frozenset({"um", "ohne", "statt", "anstatt"})


class Contents(Gapping):
    """Stage 3c: the content span of one cue whose subject is known."""

    def _with_content(
        self, cl: CueClause, lemma: str, cue: str, np: NP, cue_idx: frozenset[int]
    ) -> Attribution | None:
        """The attribution of `np` with the content its clause gives the cue (a focus when it
        gives none, None when the cue turns out to be no speech act: "sich …")."""
        after_np = np.end if np.start > cl.c else cl.c + 1
        if np.start > cl.c:
            cl = dataclasses.replace(cl, b=_extend_after_subject(cl, np, cue_idx))
        content = self._content(
            cl, lemma, cue, np, after_np, fronted_report(cl.texts, cl.a, cue_idx)
        )
        if not isinstance(content, tuple):
            return content
        return self._statement(cl, lemma, cue, np, content)

    def _content(
        self, cl: CueClause, lemma: str, cue: str, np: NP, after_np: int, other: bool = False
    ) -> tuple[int, int] | Attribution | None:
        """The content span; `other`: the words before the clause report another cue."""
        texts, words, a, b, c, end = cl.texts, cl.words, cl.a, cl.b, cl.c, cl.end
        if lemma in self.vocab.object_only:
            return self._object_or_statement(cl, np)
        if _object_relative(cl, np):
            return None  # "die Satzung, die der Verein beschlossen hat, …": said is the antecedent
        if _parenthetical(cl):
            # "X könnte, so vermuten Beobachter, auf Y hoffen"; at the end ("…, so schrieb
            # die Zeitung.") the statement is all before the "so"
            return (0, cl.a) if cl.b >= end else (0, end)
        if cl.first == "wie":
            return _wie_content(cl)
        if _apposed_wie(cl, np):
            # "…, wie Burt Rutan, Chef der Firma, mitteilte": the clause opened before the name
            return _wie_content(dataclasses.replace(cl, a=np.start - 1, first="wie"))
        if (
            a == c
            and a > 0
            and not other
            and np.start > c
            and not self._complement_follows(cl)
            and not self._quoted_title_before(cl)
            and not self._authors_reason_before(cl)
            and not self._circumstance_before(cl, lemma, np)
            and not self._question_before(cl)
            and not _wie_report_before(cl)
        ):
            return (0, a)  # "„…“, sagte Kirby" / "Das Militär habe …, sagte Austin"
        if _inverted_lassen(cl) and not other and not self._authors_reason_before(cl):
            return (0, a)  # "„…“, ließ er über seinen Anwalt mitteilen"
        if self._preposed_perfect(cl, np, lemma == "zitieren") and not self._question_before(cl):
            return (0, a)  # "Die Lage sei ernst, hatte der Minister gesagt"
        title = self._quoted_title_after(cl, after_np, np.start > c)
        if title is not None:  # "sagte der „Bild“, …": the clause goes on after the title
            cl, b, after_np = dataclasses.replace(cl, b=title), title, title
        if b < end and (texts[b] in (":", "–") or words[b].inq or texts[b] in QUOTE_CHARS):
            if self._frame_before_quote(cl, lemma, after_np):
                return (after_np, end)  # "warnten vor einem „drohenden Abfluss“ ins Ausland"
            return (b + 1 if texts[b] in (":", "–") else b, end)
        if b < end and texts[b] == ",":
            return self._comma_after(cl, lemma, cue, np, after_np)
        if (
            a > 0
            and np.start > c
            and not self._authors_reason_before(cl)
            and not self._circumstance_before(cl, lemma, np)
        ):
            return None if other or self._question_before(cl) else (0, a)
        return self._object_content(cl, lemma, cue, np, after_np)

    def _comma_after(
        self, cl: CueClause, lemma: str, cue: str, np: NP, after_np: int
    ) -> tuple[int, int] | Attribution | None:
        """The content when a comma follows the cue's clause: a "wonach" report, a gapped
        conjunct, a main clause after a subordinate one, or the complement itself."""
        texts, b, c, end = cl.texts, cl.b, cl.c, cl.end
        if b + 1 < end and texts[b + 1].lower() == "wonach" and self.acts.act(lemma) != "denial":
            return None  # "konnte Gerüchte nicht bestätigen, wonach …": the report's claim
        if self.gapped(texts, b, end) is not None:
            # "hatte sechs Jahre gefordert, die Verteidigung drei": the verb's own object;
            # the conjunct after the comma is the next speaker's (quotes/gapping.py)
            return self._object_content(dataclasses.replace(cl, end=b), lemma, cue, np, after_np)
        if _closes_subordinate(cl, np):
            # "Nachdem X mehr Lehrer gefordert hatte, lenkte …": the main clause follows
            cut = dataclasses.replace(cl, end=b)
            return self._object_content(cut, lemma, cue, np, c + 1, subordinate=True)
        return self._particle_object(cl, cue, after_np) or self._comma_content(cl, lemma, after_np)

    def _frame_before_quote(self, cl: CueClause, lemma: str, after_np: int) -> bool:
        """ "warnten vor einem „drohenden Abfluss von Kompetenz“ ins Ausland": a quotation
        opens inside the framed object, whose preposition stands between the subject and the
        quotation, and the object goes on after it; the object starts at its preposition, so
        the quotation marks stay balanced. A quotation that closes the clause ("warnte vor
        „Lohnverzicht“") is the statement itself, and "sagte am Montag „…“" has no frame."""
        preps = self.np_frames.get(lemma)
        texts, b = cl.texts, cl.b
        if preps is None or after_np >= b or texts[b] not in QUOTE_CHARS:
            return False
        if not any(t.lower() in preps for t in texts[after_np:b]):
            return False
        close = next((k for k in range(b + 1, cl.end) if texts[k] in QUOTE_CHARS), None)
        return close is not None and any(t[:1].isalnum() for t in texts[close + 1 : cl.end])

    def _authors_reason_before(self, cl: CueClause) -> bool:
        """ "Weil die Zinsen steigen, warnt die Bundesbank vor einer Blase": a causal or
        temporal clause in the indicative before the cue is the author's, not what was said;
        the cue's own frame phrase after its subject is. "Da die Lage ernst sei, sagte X"
        (Konjunktiv) and a quotation stay statements. Only the opener's own clause counts:
        "Nachdem er gefragt wurde, was er plane, sagte X" is the author's, the Konjunktiv is
        the embedded question's."""
        a, texts = cl.a, cl.texts
        own = next((k for k in range(1, a - 1) if texts[k] == ","), a - 1)
        return (
            texts[0].lower() in AUTHORS_OPENERS
            and a > 1
            and not self.has_konj(cl.words, 0, own)
            and not any(w.inq for w in cl.words[:a])
            and cl.c + 2 < cl.end
        )

    def _circumstance_before(self, cl: CueClause, lemma: str, np: NP) -> bool:
        """ "Sollte es kein Angebot geben, droht die Gewerkschaft mit Streiks": a condition or
        time clause (quote_adverbial_openers) opens the sentence, the inverted subject follows
        the cue and its frame's preposition follows the subject, or the subject's dative object
        ("droht der Präsident dem Land mit Sanktionen"): the act's object is after the
        subject, and the clause before is its circumstance, no statement ("Die Lage sei ernst,
        warnte der Minister vor der Presse" opens with what was said)."""
        texts, a, c = cl.texts, cl.a, cl.c
        frame = self.np_frames.get(lemma)
        if frame is None or a < 2 or texts[0].lower() not in self.vocab.adverbial_openers:
            return False
        if np.start != c + 1 or not frame_after_object(texts, np.end, cl.end, frame):
            return False
        return not self.has_konj(cl.words, 0, a) and not any(w.inq for w in cl.words[:a])

    def _question_before(self, cl: CueClause) -> bool:
        """ "Auf die Frage, ob er zurücktrete, antwortete X: „Nein.“": a prefield framing the
        question the speaker answers (lexicon `quote_question_frames.txt`) is the asker's
        words, not the speaker's; the answer is what follows the speaker."""
        return cl.a > 1 and question_frame(cl.texts[: cl.a], self.vocab.question_frames) > 0

    def _complement_follows(self, cl: CueClause) -> bool:
        """ "In der Resolution, die … wurde, heißt es, dass …": the cue and its subject are
        followed right away by a comma or colon and a reported clause, so the words before
        the cue are no statement of theirs."""
        b, end = cl.b, cl.end
        if not (b <= cl.c + 2 and b + 1 < end and cl.texts[b] in (",", ":")):
            return False
        return cl.words[b + 1].inq or self._clause_complement(cl.words, "", b + 1, end)

    def _quoted_title_before(self, cl: CueClause) -> bool:
        """ "Nach der Enzyklika „Deus caritas est“ meldete der Sender, dass …": a quotation
        right before the cue without the comma a preposed statement takes is a title inside
        the fronted phrase, when the cue has a reported clause of its own after its subject."""
        texts, a, b, end = cl.texts, cl.a, cl.b, cl.end
        if texts[a - 1] not in QUOTE_CHARS or not (b + 1 < end and texts[b] in (",", ":")):
            return False
        o = next((k for k in range(a - 2, -1, -1) if texts[k] in QUOTE_CHARS), None)
        if o is None or o == 0 or texts[o - 1] in BOUNDARY or texts[o - 1] in (".", "!", "?"):
            return False  # the quotation opens the sentence or a clause: a statement
        # a dass/ob-clause or Konjunktiv ("wenn Daten „…“" after "spricht von „…“" is not)
        return texts[b + 1].lower() in ("dass", "ob") or self.has_konj(cl.words, b + 1, end)

    def _quoted_title_after(
        self, cl: CueClause, after_np: int, subject_after: bool = False
    ) -> int | None:
        """ "sagte der „Bild“, man prüfe …", "sagte im ZDF-„heute journal“, die Preise …":
        a short quotation after the cue, opened right after a dative article or "im" (the
        medium the speaker told it) and closed right before the comma of a reported clause
        (dass/ob or Konjunktiv), is the medium's title, not the statement: the index of that
        comma. So for a title right after a subject that follows the cue ("meldete die
        Nachrichtenagentur „Xinhua“, …"): it names the subject. A quoted fragment after other
        words ("sprach von einem „Skandal“, …", "nannte den Plan „falsch“, …") is the
        speaker's own and stays the statement."""
        texts, b, end = cl.texts, cl.b, cl.end
        if not (after_np <= b < end and any(ch in texts[b] for ch in QUOTE_CHARS)):
            return None
        opened = next((k for k in range(after_np, b + 1) if _opens_title(texts[k])), None)
        named = subject_after and opened == after_np  # the subject's own name
        if opened is None or not (named or _title_before(texts, after_np, opened)):
            return None
        close = next(
            (k for k in range(b, min(end, opened + TITLE_WORDS)) if texts[k] in ",:"), None
        )
        if close is None or close + 1 >= end or not _title_closes(texts, close):
            return None
        if texts[close] == ":":  # "sagte der „Bild“: „…“"
            return close if cl.words[close + 1].inq or texts[close + 1] in QUOTE_CHARS else None
        nxt = texts[close + 1].lower()
        if nxt in ("dass", "ob") or self.has_konj(cl.words, close + 1, end, konj2=True):
            return close
        return None

    def _preposed_perfect(self, cl: CueClause, np: NP, quoted: bool = False) -> bool:
        """ "Die Lage sei ernst, hatte der Minister gesagt": an auxiliary opens the cue's
        clause after a comma, the subject stands between it and the participle, and the
        sentence before is reported speech (Konjunktiv or a quotation). With `quoted`
        ("zitieren") the passive too: "„…“, wird der Minister zitiert"."""
        a = cl.a
        return (
            a > 1
            and cl.texts[a - 1] == ","
            and (cl.first in FINITE_HABEN or (quoted and cl.first in PASSIVE_AUX))
            and a < np.start < cl.c
            and (self.has_konj(cl.words, 0, a - 1) or any(w.inq for w in cl.words[: a - 1]))
        )

    def _particle_object(self, cl: CueClause, cue: str, after_np: int) -> tuple[int, int] | None:
        """ "kündigte weitere Streiks an, sollte es keine Einigung geben": the separable
        particle closes the cue's object, so the object is the statement and a condition or
        time clause after the comma (lexicons/quote_adverbial_openers.txt) is not, unless
        it is reported speech itself (Konjunktiv I, a quotation)."""
        texts, words, b, end = cl.texts, cl.words, cl.b, cl.end
        if " " not in cue or b - 1 <= after_np or texts[b - 1] != cue.split()[-1]:
            return None
        if not any(t[:1].isupper() for t in texts[after_np : b - 1]):
            return None  # "kündigte es an, …", "räumte gestern ein, …"
        if b + 1 >= end or texts[b + 1].lower() not in self.vocab.adverbial_openers:
            return None
        if self.has_konj(words, b + 1, end) or any(w.inq for w in words[b + 1 : end]):
            return None  # "…, sollte …, werde sie …": a reported conditional
        return (after_np, b - 1)

    def _comma_content(self, cl: CueClause, lemma: str, after_np: int) -> tuple[int, int]:
        """ "sagte, dass …", "appellierte an die Bürger, Wasser zu sparen": the clause after
        the comma, unless the words between cue and comma are an object of their own."""
        texts, words, b, end = cl.texts, cl.words, cl.b, cl.end
        idiom = _idiom_words(lemma)
        objects = [
            t
            for t in texts[after_np:b]
            if t.lower() not in self.vocab.gap_words
            and t.lower() not in ("es", "darauf", "davon", "dabei")
            and t.lower() not in idiom
        ]
        nxt = texts[b + 1].lower() if b + 1 < end else ""
        if lemma in self.vocab.directives and self._zu_infinitive(texts, b + 1, end):
            return (b + 1, end)  # "appellierte an die Bürger, Wasser zu sparen"
        if self._circumstance(cl, lemma, after_np):
            return (after_np, b)  # "drohte mit Streiks, falls …": the object was said
        if self._relative_to_object(cl, lemma, after_np):
            return (after_np, end)  # "warnt vor Betrügern, die …": the object and its clause
        if self._reported_condition(cl, lemma, after_np):
            return (after_np, end)  # "drohte mit X, falls … trete": object and condition
        if _coordination_ends(texts, b, end):
            return (after_np, b)  # "…, und die Partei rief …": a main clause of its own
        if (
            len(objects) <= 2
            or nxt in CLAUSE_OPENERS
            or words[b + 1].inq
            or texts[b + 1] in QUOTE_CHARS
            or self.has_konj(words, b + 1, end)
        ):
            return (b + 1, end)
        return (after_np, end)

    def _circumstance(self, cl: CueClause, lemma: str, after_np: int) -> bool:
        """ "drohte mit Streiks, falls die Verhandlungen scheitern": the cue's framed object
        stands before the comma and a condition or time clause (quote_adverbial_openers)
        without reported speech follows: the clause is the act's circumstance."""
        texts, b, end = cl.texts, cl.b, cl.end
        if lemma not in self.np_frames or b + 1 >= end or after_np >= b:
            return False
        if texts[b + 1].lower() not in self.vocab.adverbial_openers:
            return False
        if self.has_konj(cl.words, b + 1, end) or any(w.inq for w in cl.words[b + 1 : end]):
            return False
        return self._framed(lemma, texts, after_np, b)

    def _relative_to_object(self, cl: CueClause, lemma: str, after_np: int) -> bool:
        """ "Die Polizei warnt vor falschen Handwerkern, die ältere Menschen betrügen": a
        relative clause after the cue's framed object describes that object; the warning is
        the object with its clause, not the relative clause alone. A Konjunktiv or quotation
        after the comma is reported speech ("warnte vor den Folgen, die Lage sei ernst")."""
        texts, b, end = cl.texts, cl.b, cl.end
        if lemma not in self.np_frames or b + 2 >= end or after_np >= b:
            return False
        if texts[b + 1].lower() not in RELATIVE_PRONOUNS:
            return False
        if self.has_konj(cl.words, b + 1, end) or any(w.inq for w in cl.words[b + 1 : end]):
            return False
        return self._framed(lemma, texts, after_np, b)

    def _reported_condition(self, cl: CueClause, lemma: str, after_np: int) -> bool:
        """ "drohte Ungarn mit Konsequenzen, falls das Gesetz in Kraft trete": a condition in
        the Konjunktiv after the framed object, with no main clause of its own after it, is
        reported with the object; both are what was said ("…, falls X, werde man …" is a
        reported conditional whose main clause follows: the comma clause alone)."""
        texts, b, end = cl.texts, cl.b, cl.end
        if lemma not in self.np_frames or b + 1 >= end or after_np >= b:
            return False
        if texts[b + 1].lower() not in self.vocab.adverbial_openers or "," in texts[b + 2 : end]:
            return False
        return self.has_konj(cl.words, b + 1, end) and self._framed(lemma, texts, after_np, b)

    def _object_content(
        self,
        cl: CueClause,
        lemma: str,
        cue: str,
        np: NP,
        after_np: int,
        subordinate: bool = False,
    ) -> tuple[int, int] | Attribution | None:
        """A noun-phrase object as the content ("Die Ukraine bestreitet die Rückeroberung"),
        for reporting verbs and judging verbs with their frame's complement only;
        `subordinate`: the cue closes a verb-final subordinate clause (_closes_subordinate)."""
        texts, c, b, end = cl.texts, cl.c, cl.b, cl.end
        content = (after_np, b if b < end and _coordination_ends(texts, b, end) else end)
        if _verb_final_object(cl, np, self.vocab.gap_words, subordinate):
            # verb-final: "X hat heute den Abzug der Truppen angekündigt"
            lo = _past_adverbs(texts, subject_end(texts, np, c), c, frozenset())  # "selbst"
            # the object's article stays ("hat den Bericht zurückgewiesen"), and so does the
            # frame's preposition, a gap word elsewhere ("hat vor dem Sturm gewarnt")
            skip = self.vocab.gap_words - DETS - self.np_frames.get(lemma, frozenset())
            while lo < c and texts[lo].lower() in skip:
                lo += 1
            if lo > 0 and texts[lo - 1].lower() in SETTING_PREPOSITIONS:
                lo = max(lo, _without_setting(texts, lo - 1, c)[0])
            content = (lo, c)
        lo, hi = content = _without_setting(texts, *content)
        if lo == c + 1 and _first_of_conjuncts(texts, np.end, c):
            return None  # "hat den Plan zurückgewiesen und eine Prüfung verlangt"
        if lo < end and texts[lo] == "sich":
            if not lemma.startswith("sich ") and lemma not in REFLEXIVE_CUES:
                return None  # "verwahrte sich gegen …" is reflexive by nature
            lo, hi = content = (lo + 1, hi)  # "sprach sich für … aus": the idiom's "sich"
        as_phrase = lemma in self.vocab.as_verbs and self.vocab.as_verbs[lemma] in texts[lo:hi]
        framed = self._framed(lemma, texts, lo, hi)
        if lemma in self.np_frames and not framed and not as_phrase:
            # "warnte die Anwohner", "schätzt die Arbeit": a framed verb's bare object is the
            # person addressed or the thing judged, never what was said
            return Attribution(np, cue, (0, 0), focus=True)
        as_phrase = as_phrase or framed
        if (
            lemma not in self.vocab.report_object
            and lemma not in self.vocab.speech_act_object | {"verweisen"}
            and not as_phrase
        ):
            return Attribution(np, cue, (0, 0), focus=True)
        if lemma in self.lex.weak_opinion or lemma not in self.vocab.report_object:
            return content  # "sah in der Maßnahme …", "sprach von …": the phrase is the frame
        lo, hi = self._without_lead(lemma, texts, *content)
        if hi - lo < 2 and not self._bare_noun_act(cl, lemma, lo, hi):
            return content  # one word left that is no act's object: keep the phrase
        return lo, hi

    def _without_lead(self, lemma: str, texts: list[str], lo: int, hi: int) -> tuple[int, int]:
        """The object without the sentence adverbs and the time or place before it: "fordert
        hingegen Neuwahlen" demands "Neuwahlen", "kündigte am Montag in Berlin weitere Streiks
        an" announced "weitere Streiks". The adverbs are the gap words that stand between a cue
        and its subject (lexicons/quote_gap_words.txt) less articles, prepositions (a frame's
        "vor" stays), auxiliaries and the degree words that belong to the object ("deutlich
        mehr Geld")."""
        frame = self.np_frames.get(lemma, frozenset())
        adverbs = self.vocab.gap_words - OBJECT_WORDS - frame
        while lo < hi:
            if hi - lo >= 2 and texts[lo].lower() in adverbs and texts[lo][:1].islower():
                lo += 1
                continue
            start, _ = _without_setting(texts, lo, hi)
            if start == lo and texts[lo].lower() not in frame:
                start = _after_adverbial_phrase(texts, lo, hi)
            if start == lo:
                break
            lo = start
        return lo, hi

    def _object_or_statement(self, cl: CueClause, np: NP) -> tuple[int, int] | None:
        """ "lehnte mit der Begründung ab, die Forderung sei …": a statement after the comma or
        colon (Konjunktiv, quotation, dass-clause) is the content; otherwise the verb's own
        object, never the next clause ("lehnt einen Verkauf ab, ein Verkauf … ist")."""
        texts, words, b, end = cl.texts, cl.words, cl.b, cl.end
        if np.start > cl.c:
            # "Einen Rücktritt lehnte der Minister ab": no content after the inverted subject;
            # a fronted object may be it (a focus the clause stage reads)
            return (np.end, np.end) if self._fronted_only(cl, np) else None
        if (
            b + 1 < end
            and texts[b] in (",", ":")
            and (
                texts[b + 1].lower() in CLAUSE_OPENERS
                or words[b + 1].inq
                or texts[b + 1] in QUOTE_CHARS
                or self.has_konj(words, b + 1, end)
            )
        ):
            return (b + 1, end)
        return _own_object(cl, np)

    def _fronted_only(self, cl: CueClause, np: NP) -> bool:
        """A sentence that opens with a phrase before the finite cue and has nothing but
        adverbs and time or place phrases after its inverted subject ("Einen Rücktritt
        lehnte der Minister am Abend ab"): the fronted phrase is the only object there is."""
        texts, hi = cl.texts, cl.b
        if hi - 1 > np.end and texts[hi - 1] in self.vocab.sep_particles:
            hi -= 1
        return (
            cl.a == 0
            and cl.c > 0
            and (hi <= np.end or adverbials_only(texts, np.end, hi, PREPOSITIONS))
        )

    def _statement(
        self, cl: CueClause, lemma: str, cue: str, np: NP, content: tuple[int, int]
    ) -> Attribution:
        """The content trimmed of boundary marks and the cue's particle; a focus when too
        short, or when a weak opinion verb ("meinen", "glauben") has no reported clause."""
        texts = cl.texts
        lo, hi = content
        while lo < hi and (texts[lo] in BOUNDARY):
            lo += 1
        while hi > lo and (texts[hi - 1] in BOUNDARY):
            hi -= 1
        if " " in cue and hi > lo and texts[hi - 1] in (cue.split()[0], cue.split()[-1]):
            # "räumte die Niederlage ein": the particle belongs to the cue, and so does the
            # closing noun of a perfect idiom ("hat eine Prämie in Aussicht gestellt")
            hi -= 1
            hi = _idiom_start(texts, lo, hi, lemma)
        focus = Attribution(np, cue, (0, 0), focus=True)
        if _denies_pronoun(texts, lo, hi) and self.acts.act(lemma) == "denial":
            # "Verdi bestreitet das.": the previous sentence's statement is what is denied
            return Attribution(np, cue, (lo, hi), backref=True)
        if hi - lo < 2 and not self._bare_noun_act(cl, lemma, lo, hi):
            return focus
        if (
            lemma in self.lex.weak_opinion
            and not _aside(cl)
            and not self._clause_complement(cl.words, lemma, lo, hi)
            and not self._object_complement(texts, lemma, lo, hi)
        ):
            return focus
        return Attribution(np, cue, (lo, hi))

    def _bare_noun_act(self, cl: CueClause, lemma: str, lo: int, hi: int) -> bool:
        """ "Der Trainer räumte Fehler ein", "Die Stadt versprach Hilfe": a speech act whose
        whole object is one article-less common noun states that noun (a denial, demand,
        promise or admission); a name or pronoun there is a person addressed, not content."""
        if hi - lo != 1 or lemma not in self.vocab.report_object or cl.words[lo].inq:
            return False
        word = cl.texts[lo]
        return (
            word[:1].isupper()
            and word.isalpha()
            and lo != cl.a
            and word not in self.surnames
            and self._common_noun(word)  # a compound too: "fordert Lohnerhöhungen"
        )

    def _clause_complement(self, words: Sequence[Word], lemma: str, lo: int, hi: int) -> bool:
        """A reported clause: dass/ob, a question's w-word ("fragte, warum …"), a quotation,
        Konjunktiv I, or an estimate's Konjunktiv II after its comma ("schätzt, sie würden …")
        or opening the sentence before it ("Die Zahl dürfte steigen, schätzt X")."""
        texts = [w.text for w in words]
        return (
            texts[lo].lower() in ("dass", "ob")
            or (self.acts.act(lemma) == "question" and opens_question(texts[lo]))
            or self._infinitive_complement(texts, lo, hi)
            or any(texts[k] == "dass" and texts[k - 1] == "," for k in range(lo + 1, hi))
            or any(w.inq for w in words[lo:hi])
            or self.has_konj(words, lo, hi)
            or (
                lemma in self.vocab.clause_estimates
                and ((lo > 0 and texts[lo - 1] == ",") or (lo == 0 and texts[hi : hi + 1] == [","]))
                and (
                    self.has_konj(words, lo, hi, konj2=True)
                    or any(t in ("würde", "würden") for t in texts[lo:hi])
                    or any(t in self.konj2.modal for t in texts[lo:hi])  # "dürfte steigen"
                    or _preposed_clause(texts, lo, hi)
                )
            )
        )

    def _infinitive_complement(self, texts: list[str], lo: int, hi: int) -> bool:
        """A zu-infinitive clause right after the cue's comma ("hofft, die Frau halten zu
        können"); "um … zu" and "ohne … zu" are adverbial, not what was said."""
        if not (lo > 0 and texts[lo - 1] == "," and texts[lo].lower() not in INFINITIVE_ADVERBIALS):
            return False
        stop = next((k for k in range(lo, hi) if texts[k] == ","), hi)
        return self._zu_infinitive(texts, lo, stop)

    def _zu_infinitive(self, texts: list[str], lo: int, hi: int) -> bool:
        """A zu-infinitive in texts[lo:hi]: "zu schließen", or fused with a separable
        particle ("einzurichten", "weiterzuleiten": the word without "zu" is an infinitive)."""
        for k in range(lo, hi):
            t = texts[k]
            if t == "zu" and k + 1 < hi and self._infinitive_after_zu(texts, k + 1, hi):
                return True  # "zu halten", not the preposition ("zu einem Stichtag")
            j = t.find("zu", 2)
            if j > 0 and t.islower() and (t[:j] + t[j + 2 :]) in self.tables.verbs:
                return True
        return False

    def _infinitive_after_zu(self, texts: list[str], k: int, hi: int) -> bool:
        """Whether texts[k] after "zu" is an infinitive: a known verb, or a lower-case -en
        word that is no article, possessive or adjective before a noun ("zu boykottieren",
        not "zu den Akten", "zu schweren Unfällen")."""
        t = texts[k]
        if t in self.tables.verbs:
            return True
        return (
            t.islower()
            and t.endswith(("en", "ern", "eln"))
            and t not in DETS | POSSESSIVE
            and not (k + 1 < hi and texts[k + 1][:1].isupper())
        )

    def _object_complement(self, texts: list[str], lemma: str, lo: int, hi: int) -> bool:
        """An object with the complement its verb's frame needs to be a statement
        ("bezeichnete X als …", "sprach von …", "verwies auf …", "rief auf, … zu")."""
        return (
            (lemma in self.vocab.as_judgements and "als" in texts[lo:hi])
            or (lemma in self.vocab.as_verbs and self.vocab.as_verbs[lemma] in texts[lo + 1 : hi])
            or (lemma == "sprechen" and "von" in texts[lo : lo + 3])
            or (lemma == "verweisen" and "auf" in texts[lo : lo + 3])
            or (
                lemma in self.vocab.directives
                and self._zu_infinitive(texts, lo, hi)
                and lo > 0
                and texts[lo - 1] == ","
            )
            or (
                lemma in self.vocab.speech_act_object
                and (hi - lo >= 3 or _adjective_plural(texts, lo, hi))
                and not self._person(texts, lo, hi)
            )
            or self._framed(lemma, texts, lo, hi)
        )


# pronouns that open a relative clause ("vor Betrügern, die …", "vor einem Sturm, der …")
RELATIVE_PRONOUNS = frozenset(
    {"der", "die", "das", "denen", "dessen", "deren", "dem", "den", "welche", "welcher"}
)
# words a quoted title of a medium spans with its marks ("der „Frankfurter Allgemeinen Zeitung“")
TITLE_WORDS = 8
# what a medium's title follows: "sagte der/dem „…“", "sagte im „…“", a talk show "bei
# „Markus Lanz“"; or a hyphenated compound opens it ("im ZDF-„heute journal“")
TITLE_ARTICLES = frozenset({"der", "dem", "im", "beim", "bei"})
# prepositions a medium's article may follow: "im Interview mit der", "gegenüber der"
MEDIUM_PREPOSITIONS = frozenset({"mit", "gegenüber", "in"})


def _opens_title(text: str) -> bool:
    """An opening quotation mark, alone or fused into a compound ("ZDF-„heute")."""
    return text in ("„", "»", '"') or "-„" in text or '-"' in text


def _title_closes(texts: list[str], k: int) -> bool:
    """The title's closing mark stands right before the comma or colon at `k`, or before the
    broadcaster's genitive there ("im „Bericht aus Berlin“ der ARD, …")."""
    if texts[k - 1] in QUOTE_CHARS:
        return True
    return (
        k >= 3
        and texts[k - 3] in QUOTE_CHARS
        and texts[k - 2].lower() in ("der", "des")
        and texts[k - 1][:1].isupper()
    )


def _title_before(texts: list[str], after_np: int, opened: int) -> bool:
    """The word before the title's opening mark (or before the compound it is fused into:
    "im ZDF-„heute journal“") is a dative article or "im", after the cue or its subject
    ("sagte der „Zeit“", "sagte im Interview mit der „Zeit“"), or the medium's noun after
    one ("sagte der Zeitung „Die Welt“")."""
    art = opened - 1
    if art > after_np and texts[art][:1].isupper():
        art -= 1  # "sagte der Zeitung „Die Welt“", "in der ARD-Sendung „Hart aber fair“"
    if art < after_np or texts[art].lower() not in TITLE_ARTICLES:
        return False
    # "warnte vor der „Spaltung“": the object of another preposition is no medium
    return art == 0 or texts[art - 1].lower() not in PREPOSITIONS - MEDIUM_PREPOSITIONS


def _coordination_ends(texts: list[str], b: int, end: int) -> bool:
    """Whether the object ends at the clause end `b`: a coordinated verb ("und berichtete")
    or, after a comma, a main clause with its own subject ("stufte das Gesetz als
    verfassungswidrig ein, und die Partei rief …"), which is no part of what was said."""
    if texts[b] in ("und", "sowie"):
        return True
    return (
        texts[b] == ","
        and b + 2 < end
        and texts[b + 1] in ("und", "sowie")
        and own_subject_after(texts, b + 1, end)
    )


# conjunctions of a causal or temporal clause that opens the sentence before a cue
AUTHORS_OPENERS = frozenset({"weil", "da", "nachdem", "obwohl", "obgleich", "während"})
# conjunctions of a subordinate clause that may open the sentence before an inverted cue
FRONTED_CLAUSE_OPENERS = AUTHORS_OPENERS | VERB_FINAL_OPENERS | {"als", "wenn", "falls", "ob"}


# object pronouns of a denial that point back to the previous statement ("bestreitet das")
DENIED_PRONOUNS = frozenset({"das", "dies", "dieses", "diese", "es"})


# prepositions of a time or place adverbial that may stand before a cue's object
SETTING_PREPOSITIONS = frozenset({"am", "im", "in", "bei", "beim"})
# prepositions that open an adverbial of time, cause or circumstance and never a verb's
# prepositional object ("nach der Niederlage", "wegen der Lage", "trotz der Kritik")
ADVERBIAL_PREPOSITIONS = frozenset(
    {"nach", "wegen", "trotz", "angesichts", "infolge", "seit", "während", "am", "beim"}
)
# gap words that belong to an object rather than standing before it: articles, prepositions,
# auxiliaries, "sich", and degree words ("deutlich mehr Geld", "noch höhere Preise")
OBJECT_WORDS = (
    DETS
    | PREPOSITIONS
    | PASSIVE_AUX
    | FINITE_HABEN
    | frozenset(
        {"sei", "war", "ist", "werde", "würde", "hätte", "sich", "deutlich", "noch", "weiter"}
        | {"kurz", "später", "sicher", "laut", "mit", "gegenüber", "vor", "dem", "den", "der"}
    )
)


def _without_setting(texts: list[str], lo: int, hi: int) -> tuple[int, int]:
    """An object without the time or place before it: "hat am Dienstag strengere Kontrollen
    angekündigt" announced "strengere Kontrollen", not "Dienstag strengere Kontrollen". Only
    a preposition with one capitalised word, and only when a phrase of two words follows."""
    if (
        hi - lo >= 4
        and texts[lo].lower() in SETTING_PREPOSITIONS
        and texts[lo + 1][:1].isupper()
        and texts[lo + 1].isalpha()
        and (texts[lo + 2].lower() in DETS_LOWER or texts[lo + 2][:1].islower())
        and texts[lo + 2] not in BOUNDARY
        and texts[lo + 2].lower() not in ("der", "des")  # "im Namen der Koalition": genitive
    ):
        return lo + 2, hi
    if hi - lo >= 3 and texts[lo].lower() in SETTING_PREPOSITIONS and _calendar(texts[lo + 1]):
        # "hat am Montag Berichte dementiert": a weekday or month is a time ("im Juli 2011")
        k = lo + 3 if texts[lo + 2].isdigit() else lo + 2
        return (k, hi) if k < hi else (lo, hi)
    return lo, hi


_WEEKDAYS = tuple(WEEKDAYS)


def _calendar(word: str) -> bool:
    """A weekday or month, also a weekday's part ("Montagabend", "Dienstagmorgen")."""
    low = word.lower()
    return low in MONTHS or low.startswith(_WEEKDAYS)


def _after_adverbial_phrase(texts: list[str], lo: int, hi: int) -> int:
    """Where the object starts after a prepositional phrase that is no part of its frame:
    "hat nach der Niederlage in Leverkusen Fehler eingeräumt" admitted "Fehler". The phrase
    is a preposition, an article, adjectives, a noun, genitives and "in"/"bei" places; `lo`
    itself when the words do not read so or nothing would be left."""
    if lo >= hi or texts[lo].lower() not in ADVERBIAL_PREPOSITIONS:
        return lo
    k = lo + 1
    if k < hi and texts[k].lower() in DETS_LOWER:
        k += 1
    while k < hi and texts[k][:1].islower() and texts[k].isalpha() and texts[k] not in DETS_LOWER:
        k += 1  # adjectives ("nach der knappen Niederlage")
    if not (k < hi and texts[k][:1].isupper() and texts[k].isalpha()):
        return lo
    k += 1
    while k + 1 < hi and (
        (texts[k] in ("der", "des") and texts[k + 1][:1].isupper())
        or (texts[k] in ("in", "bei", "aus") and texts[k + 1][:1].isupper())
    ):
        k += 2
    if hi - k < 1 or texts[k] in BOUNDARY or texts[k] in QUOTE_CHARS or texts[k] in ("der", "des"):
        return lo  # "nach Angaben der offiziellen Agentur …": where the genitive ends is unclear
    return k


def _adjective_plural(texts: list[str], lo: int, hi: int) -> bool:
    """An article-less object of an adjective and a noun ("befürchtet weitere
    Ausschreitungen", "beklagte hohe Verluste"): as whole a statement as a three-word phrase."""
    return hi - lo == 2 and is_adj(texts[lo]) and texts[lo + 1][:1].isupper()


def _denies_pronoun(texts: list[str], lo: int, hi: int) -> bool:
    """Whether a cue's whole object is a pronoun pointing back ("Verdi bestreitet das",
    "wies dies zurück"): the denial has no words of its own."""
    return hi - lo == 1 and texts[lo].lower() in DENIED_PRONOUNS


def _object_relative(cl: CueClause, np: NP) -> bool:
    """A verb-final cue in a relative clause whose pronoun is its accusative object ("…, die
    der Verein beschlossen hat, …"): what follows the clause is the main clause, not this
    cue's content."""
    return (
        cl.a > 0
        and cl.texts[cl.a - 1] == ","
        and cl.first in ("die", "das", "den", "welche", "welchen", "welches")
        and cl.a <= np.start < cl.c
        and (np.start > cl.a or cl.texts[cl.a + 1].lower() in DETS)  # "die der Verein"
        and cl.b <= cl.c + 2
        and cl.b < cl.end
        and cl.texts[cl.b]
        == ","  # a colon still opens its quotation: "…, die X erklärt hatte: „…“"
    )


def _own_object(cl: CueClause, np: NP) -> tuple[int, int] | None:
    """The noun-phrase object between the verb and its clause end ("lehnt den Antrag ab"),
    or None (no statement) when it holds no noun ("lehnt es ab, …" is left alone)."""
    texts, c, b = cl.texts, cl.c, cl.b
    verb_final = b <= c + 1 or _first_of_conjuncts(texts, np.end, c)
    lo, hi = (np.end, c) if verb_final else (c + 1, b)  # "hat den Antrag abgelehnt", or V2
    if any(t.lower() in PASSIVE_AUX for t in texts[np.end : hi]):
        return None  # "Der Antrag wurde abgelehnt": the subject is what was refused
    lo, hi = _without_setting(texts, lo, hi)
    lo = _after_adverbial_phrase(texts, lo, hi)  # "lehnte nach der Sitzung den Antrag ab"
    while lo < hi and texts[lo][:1].islower() and texts[lo].lower() not in DETS_LOWER | POSSESSIVE:
        lo += 1  # "lehnte jedoch die Mission ab", "hat den Antrag abgelehnt"
    while hi > lo and texts[hi - 1][:1].islower():
        hi -= 1  # "… strikt ab", "… vorerst ab"
    if not any(t[:1].isupper() for t in texts[lo:hi]):
        return None
    return (lo, hi)


_CONJUNCTIONS = frozenset({"und", "sowie", "oder"})


def _first_of_conjuncts(texts: list[str], k: int, c: int) -> bool:
    """ "X hat das Angebot abgelehnt und einen Streik angekündigt": a participle or
    infinitive cue after its auxiliary, followed by "und", closes the first of two verb-final
    conjuncts that share the auxiliary. Its object stands before it; what follows "und" is the
    next verb's (reading it as this cue's object denied the strike the union announced)."""
    if c + 1 >= len(texts) or texts[c + 1] not in _CONJUNCTIONS:
        return False
    return any(t in FINITE_HABEN or t in FUTURE_WERDEN for t in texts[k:c])


def _preposed_clause(texts: list[str], lo: int, hi: int) -> bool:
    """ "Bundesweit fehlen rund 2.500 Fachkräfte, schätzt der Verband": a clause that opens a
    statement sentence and ends at the comma before an estimate's inverted cue is what was
    estimated, in the indicative too; the inverted cue leaves it no other role. Not a
    preposed subordinate clause ("Wenn es regnet, …"), a verbless phrase ("Am 29. Januar
    1886, also vor 125 Jahren schrieb …", "All diese Drohungen, glauben Sie …"), nor a
    question."""
    if lo != 0 or texts[hi : hi + 1] != [","] or texts[-1] == "?":
        return False
    if texts[0].lower() in FRONTED_CLAUSE_OPENERS:
        return False
    return hi > 3 and not verbless(texts[lo:hi])


def _inverted_lassen(cl: CueClause) -> bool:
    """ "„…“, ließ er über seinen Anwalt mitteilen", "Sie sei unschuldig, ließ die Ministerin
    erklären": a clause after the statement's comma that opens with a finite "lassen" and
    closes with the speech verb's infinitive is the inverted "…, sagte X" of a statement
    made through someone else, so the words before the comma are what was said. Not "…,
    ließ sich nicht erklären" (no speech act: reflexive), nor an infinitive that does not
    close the sentence ("ließ mitteilen, dass …": the content follows)."""
    texts, a = cl.texts, cl.a
    if a == 0 or texts[a - 1] != "," or texts[a].lower() not in FINITE_LASSEN:
        return False
    if texts[0].lower() in FRONTED_CLAUSE_OPENERS:
        return False  # "Als das Gericht tagte, ließ sie …": the author's time, nothing said
    return cl.c + 1 == cl.end and "sich" not in texts[a : cl.c]


def _parenthetical(cl: CueClause) -> bool:
    """ "X könnte, so vermuten Beobachter, auf Y hoffen": the cue is a parenthesis ("so
    dass" is a conjunction: its clause is part of the statement or the cue's own)."""
    return (
        cl.first == "so"
        and cl.a > 0
        and cl.texts[cl.a - 1] == ","
        and cl.texts[cl.a + 1 : cl.a + 2] != ["dass"]
    )


def _aside(cl: CueClause) -> bool:
    """ "Wie die Forscher schätzen, leben …": a wie-clause reports the other clause, whatever
    its mood, so an opinion verb needs no dass or Konjunktiv there."""
    return _parenthetical(cl) or (cl.first == "wie" and cl.a == 0)


def _wie_content(cl: CueClause) -> tuple[int, int]:
    """ "Wie X betonte, …" / "Die Lage sei, wie X betonte, sehr ernst" / "…, wie X sagte"."""
    if cl.a <= 1:
        return (cl.b + 1, cl.end)
    if cl.b + 1 < cl.end:
        return (0, cl.end)
    return (0, max(0, cl.a - 1))


def _wie_report_before(cl: CueClause) -> bool:
    """ "Wie die Zeitung berichtet, sagte ein Sprecher, die Firma werde klagen": the prefield
    is one wie-clause naming where the report comes from, and the cue's complement follows
    its own comma. The wie-clause is no statement of the speaker; what was said comes after."""
    texts, a, b = cl.texts, cl.a, cl.b
    return (
        a > 2
        and texts[0].lower() == "wie"
        and texts[a - 1] == ","
        and "," not in texts[1 : a - 1]
        and b + 1 < cl.end
        and texts[b] == ","
    )


def _apposed_wie(cl: CueClause, np: NP) -> bool:
    """A "wie" clause whose subject carries an apposition: the cue's own clause starts after
    the apposition's comma, the "wie" stands right before the subject."""
    return 1 < np.start < cl.a and cl.texts[np.start - 1].lower() == "wie"


def _closes_subordinate(cl: CueClause, np: NP) -> bool:
    """ "Nachdem die Elternvertreter mehr Lehrer gefordert hatten, lenkte das Ministerium
    ein": the cue (and its auxiliary) closes a subordinate clause with its subject before it,
    and the comma opens the sentence's main clause (its finite verb first), which is no
    complement of the cue ("Weil X bestreitet, dass …" has one, and so do a quotation, an
    article or pronoun opening a zu-infinitive)."""
    texts, c, b = cl.texts, cl.c, cl.b
    if cl.first not in VERB_FINAL_OPENERS or np.start > c or b + 1 >= cl.end:
        return False
    if any(t.lower() not in VERB_FINAL_AUX for t in texts[c + 1 : b]):
        return False
    nxt = texts[b + 1]
    return (
        nxt[:1].islower()
        and nxt not in CLAUSE_OPENERS
        and nxt not in DETS_LOWER
        and not cl.words[b + 1].inq
        and nxt not in QUOTE_CHARS
    )


# the nominative articles a club's or firm's name takes outside its phrase ("Der FC Köln",
# "Die Deutsche Bahn")
_NAME_ARTICLES = frozenset({"der", "die", "das"})


def _verb_final_object(
    cl: CueClause, np: NP, adverbs: frozenset[str], subordinate: bool = False
) -> bool:
    """ "X hat heute den Abzug angekündigt", "X wird eine Lohnerhöhung fordern", "…, dass
    die Firma den Bericht zurückweist", "Nachdem X mehr Lehrer gefordert hatte, …": the object
    stands between a non-pronoun subject and the clause-final cue (and its auxiliary). Sentence
    adverbs may stand between the subject and its "hat" ("Die Kammer hingegen hatte …
    gefordert", "Der Verband selbst hat … kritisiert"): `adverbs`, the gap words."""
    texts, c, end = cl.texts, cl.c, cl.end
    start = np.start
    if start > 0 and texts[start - 1].lower() in _NAME_ARTICLES:
        start -= 1  # "Der FC Köln hat …": a name's article is no part of the name's phrase
    opener = texts[start - 1].lower() if start > 0 else ","
    opener = cl.first if subordinate else opener
    after = _past_adverbs(texts, subject_end(texts, np, c), c, adverbs)
    aux = texts[after].lower() if after < c else ""
    future = aux in FUTURE_WERDEN and not texts[c].startswith("ge")  # not "wird gefordert"
    closes = c + 1 >= end or texts[c + 1] in BOUNDARY
    if not closes and opener in VERB_FINAL_OPENERS:  # "nachdem X … gefordert hatte, …"
        closes = texts[c + 1].lower() in VERB_FINAL_AUX and (
            c + 2 >= end or texts[c + 2] in BOUNDARY
        )
    return (
        after < c
        and closes
        and (
            ((aux in FINITE_HABEN or future) and opener in BOUNDARY)
            or opener in VERB_FINAL_OPENERS  # "…, dass die Firma den Bericht zurückweist"
        )
        and np.kind != "pronoun"
    )


def _past_adverbs(texts: list[str], k: int, c: int, adverbs: frozenset[str]) -> int:
    """The index past the sentence adverbs and focus particles at `k` before a finite "hat"
    or a future "wird" ("Die Kammer hingegen hatte", "Der Verband selbst hat"); lower-case
    words only, so "Die Kammer Wien hatte" keeps its name. Stopping at "wird" keeps the
    future's auxiliary, a gap word too, for the verb-final object."""
    while (
        k < c
        and texts[k] not in FINITE_HABEN
        and texts[k] not in FUTURE_WERDEN
        and texts[k] not in DETS_LOWER
        and (texts[k] in adverbs or texts[k] in SUBJECT_FOCUS)
    ):
        k += 1
    return k


def subject_end(texts: list[str], np: NP, c: int) -> int:
    """The index after a subject before its cue at `c`, past the comma that closes its
    apposition: "Der Direktor des Museums, Jonas Weber, hat seinen Rücktritt angekündigt"
    goes on with "hat" (the apposition's commas are the subject's, no clause boundary)."""
    k = np.end
    if k + 1 < c and texts[k] == "," and "," in np.mention:
        return k + 1
    return k


def _extend_after_subject(cl: CueClause, np: NP, cue_idx: frozenset[int]) -> int:
    """The clause end after an inverted subject: up to the next boundary, quotation or a
    coordinated cue ("sagte X und betonte …")."""
    texts, words, end = cl.texts, cl.words, cl.end
    b = max(cl.b, np.end)
    while (
        b < end
        and texts[b] not in BOUNDARY
        and not words[b].inq
        and texts[b] not in QUOTE_CHARS
        and not (texts[b] in ("und", "sowie") and (b + 1 in cue_idx or b + 2 in cue_idx))
    ):
        b += 1
    return b


def _idiom_words(lemma: str) -> frozenset[str]:
    """The words of a nominal idiom's lemma and any article ("machte am Montag einen
    Vorschlag, … zu …"): they belong to the cue, so they are no object of its own that
    would keep the clause after the comma from being what was said. A one-word lemma has
    none."""
    if " " not in lemma:
        return frozenset()
    return frozenset(w.lower() for w in lemma.split()) | DETS_LOWER


def _idiom_start(texts: list[str], lo: int, hi: int, lemma: str) -> int:
    """ "stellte eine Prämie in Aussicht": the words of a nominal idiom before its closing
    noun ("in") belong to the cue, not to what was announced."""
    for w in reversed(lemma.split()[:-2]):
        if hi <= lo or texts[hi - 1] != w:
            break
        hi -= 1
    return hi
