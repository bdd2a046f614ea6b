"""Stage 3b: accusation frames: the accused as target, passives without a
speaker, coordinated subjects.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.attribution.acts import (
    AGENT_PREPS,
    charge_after_subject,
    content_after,
    dative_noun,
    find_target,
    framed_target,
    outside_quotes,
    prep_target,
)
from bot.nlp.quotes.coordinated_sources import gender_pair, perfect_after
from bot.nlp.quotes.cue_finder import CueFinder
from bot.nlp.quotes.grammar import PREPOSITIONS, QUOTE_CHARS, VERB_FINAL_OPENERS
from bot.nlp.speakers import DETS, NP, is_org, is_role
from bot.nlp.stage_records import Attribution, Word

# a prepositional phrase never holds the accused ("Die Regierung in Kiew beschuldigte Moskau")
NOT_ACCUSED_PREPS = AGENT_PREPS | PREPOSITIONS


# a short attribute that may close a subject right before its cue ("das Landesamt für Umwelt")
SUBJECT_ATTRIBUTE_PREPS = frozenset({"für", "des", "der"})


def _attribute_to(texts: list[str], k: int, c: int) -> bool:
    """Whether the words from k up to the cue at c close the subject: none, or a short
    prepositional or genitive attribute of capitalised words ("für Umwelt", "der Stadt
    Köln"); anything else is an object or adverb of another clause shape."""
    if k == c:
        return True
    rest = texts[k + 1 : c]
    return (
        texts[k].lower() in SUBJECT_ATTRIBUTE_PREPS
        and 1 <= len(rest) <= 3
        and rest[-1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in ("und", "die", "der", "den", "das") for t in rest)
    )


def _acronym(word: str) -> bool:
    """An organisation's acronym ("ÖVP", "FPÖ", "EU"): after it, a capitalised word is the
    accusation's object, not part of the name."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def without_idiom(texts: list[str], content: tuple[int, int], lemma: str) -> tuple[int, int]:
    """The charge without the closing words of its idiom cue, which verb-final order leaves
    at its end ("die Opposition für das Scheitern verantwortlich gemacht")."""
    lo, hi = content
    idiom = {w.lower() for w in lemma.split()[:-1]}
    while hi > lo + 1 and texts[hi - 1].lower() in idiom:
        hi -= 1
    return lo, hi


def cue_particle(cue: str) -> str:
    """The separable particle of a two-word cue ("wirft vor" -> "vor"), else ""."""
    return cue.split()[-1] if " " in cue else ""


def _closed(texts: list[str], np: NP, particle: str) -> bool:
    """A person's full name (given name and surname) that ends at a comma (after the cue's particle) or the sentence end
    ("beschuldigt den Manager Jan Weber, …"): nothing of it is the charge, so a surname that
    is also a common noun ("Weber", "Roth") stays part of the name."""
    if np.kind != "name" or " " not in np.name or texts[np.end - 1] != np.name.split()[-1]:
        return False  # "warf dem Ministerpräsidenten Wortbruch vor, da …": the charge
    nxt = texts[np.end : np.end + 2]
    if nxt and nxt[0] == particle != "":
        return nxt[1:] == [","]  # "wirft dem Minister Jan Roth vor, …", not "… Lügen vor."
    return not nxt or nxt[0] in (",", ".", ";", ":")


def _speakers_end(at: Attribution, c: int, texts: list[str]) -> int:
    """Where the speakers before the cue end: after the last coordinated one ("Grüne und
    Linke warfen dem Bürgermeister vor": "Linke" speaks too and is not the accused). With
    the speaker after the cue, after a clause before the cue's own ("Sollte es kein Angebot
    geben, droht die Gewerkschaft mit Streiks": the offer is threatened with nothing)."""
    before = [n.end for n in (at.np, *at.also) if n is not None and n.start < c]
    if not before and c > 0 and "," in texts[:c] and not any(t in QUOTE_CHARS for t in texts[:c]):
        return c - texts[c - 1 :: -1].index(",")
    return max(before, default=0)


class Accusations(CueFinder):
    """Stage 3b: accusation frames: the accused as target, passives without a
    speaker, coordinated subjects."""

    def _subject_accuses(self, texts: list[str], c: int, at: Attribution) -> Attribution | None:
        """ "X, die …, beschuldigte die Regierung der Vorbereitung …": after the cue stands the
        accused (accusative), never the speaker; the speaker is the sentence's first noun
        phrase. Without one the attribution is dropped rather than inverted."""
        s = 0
        while s < c and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        subject = self._np(texts, s, c)
        if subject is None or subject.kind == "pronoun" or subject.end > c:
            return None
        at.target, at.np = at.np, subject
        lo, hi = at.content
        at.content = (max(lo, at.target.end if at.target else lo), hi)
        return at

    def _coordinated(
        self, words: Sequence[Word], c: int, cue: str, cue_idx: frozenset[int], lemma: str = ""
    ) -> Attribution | None:
        """ "Selenskij und der SBU berichteten, dass …": two subjects joined by "und" right
        before the cue each said it; the content is the clause after the comma or colon, or
        the cue's noun-phrase object where its frame makes that a statement ("Der
        Wetterdienst und das Landesamt warnten vor Starkregen")."""
        texts = [w.text for w in words]
        a, b = self._clause(words, c, cue_idx)
        s = a
        while s < c and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        first = self._np(texts, s, c, allow_apposition=False)
        if first is None or first.end >= c or texts[first.end] not in ("und", "sowie"):
            return None
        if texts[first.end - 1].endswith("-"):
            return None  # "die Industrie- und Handelskammer": one compound, one speaker
        second = self._np(texts, first.end + 1, c, allow_apposition=False)
        if second is None or first.kind == "pronoun":
            return None
        if not _attribute_to(texts, second.end, c) and not perfect_after(texts, second.end, c):
            return None
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        pair = gender_pair(first, second)  # "Ärztinnen und Ärzte": one group
        np, also = (pair, ()) if pair is not None else (first, (second,))
        if b < end - 1 and texts[b] in (",", ":"):
            return Attribution(np, cue, (b + 1, end), also=also)
        obj = self._coordinated_object(texts, c, b, lemma, cue)
        quoted = _quoted_object(texts, c, b, end)
        if quoted is not None and (obj or self._coordinated_object(texts, c, end, lemma, cue)):
            # "warnen gemeinsam vor „einem Griff in die Taschen“": the quotation closes the
            # framed object, as after a single subject (Contents._frame_before_quote)
            obj = quoted
        return Attribution(np, cue, obj, also=also) if obj is not None else None

    def _coordinated_object(
        self, texts: list[str], c: int, b: int, lemma: str, cue: str
    ) -> tuple[int, int] | None:
        """The noun-phrase object after a coordinated subject's V2 cue, without the cue's
        particle, when the cue reports with such an object (lexicons quote_report_object,
        np_object_frames); weak opinion verbs need their frame's preposition."""
        lo, hi = c + 1, b
        if " " in cue and hi > lo and texts[hi - 1] == cue.split()[-1]:
            hi -= 1  # "kündigten eine Übung an": the particle belongs to the cue
        if hi - lo < 2 or texts[lo] == "sich":
            return None
        if lemma in self.np_frames:
            return (lo, hi) if self._framed(lemma, texts, lo, hi) else None
        reports = lemma in self.vocab.report_object and lemma not in self.lex.weak_opinion
        return (lo, hi) if reports else None

    def _accused(self, texts: list[str], c: int, at: Attribution, lemma: str) -> None:
        """ "X wirft dem Präsidenten Wahlbetrug vor" / "X hatte Nordkorea vorgeworfen, …": the
        accused stands between the speaker and the content, never in the speaker's place."""
        lo, hi = at.content
        case = self.acts.target_case.get(lemma)
        if case == "gegen":  # "erhob Vorwürfe gegen X": the accused follows the preposition
            at.target = prep_target(texts, lo, hi, case, self._np)
            if at.target is None and lo > 1 and texts[lo - 1] == ":":
                # "erhebt schwere Vorwürfe gegen X: Er habe …": the accused before the colon
                at.target = prep_target(texts, 0, lo - 1, case, self._np)
            charge = charge_after_subject(texts, c, at.np, (lo, hi), case, self.acts.charges)
            if at.target is not None and charge is not None:
                at.content = charge  # "Gegen X erhob Y schwere Vorwürfe": the charge
            return
        if case == "acc" and self._blamed(texts, c, at, lemma):
            return
        spk_end = _speakers_end(at, c, texts)
        spans = [(spk_end, c), (c + 1, lo if lo > c else c + 1)]
        if lo > 0 and texts[lo - 1] != ",":
            spans.append((lo, hi))  # a noun-phrase object, not a "…, zu"/"dass" clause
        if hi <= c and at.np is not None and at.np.start > c:
            spans.append((at.np.end, len(texts)))  # "„…“, warf X dem Minister vor"
        spans = [(x, y) for x, y in spans if y > x and not (at.np and at.np.start <= x < at.np.end)]
        spans = outside_quotes(texts, spans)
        target = find_target(texts, spans, self._np, NOT_ACCUSED_PREPS)
        if target is None and case == "dat":
            target = self._dative_in_subject(texts, c, at) or _dative_after_cue(texts, c, lo)
        if target is None or (at.np is not None and target.start == at.np.start):
            return
        if not _closed(texts, target, cue_particle(at.cue)):
            split = self._split_object(texts, target)
            target = split if split is not target else self._role_before_object(texts, target)
        at.target = target
        at.content = without_idiom(
            texts,
            self._without_reply(texts, *content_after(texts, lo, hi, target, cue_particle(at.cue))),
            lemma,
        )

    def _blamed(self, texts: list[str], c: int, at: Attribution, lemma: str) -> bool:
        """ "machte die Rebellen für den Anschlag verantwortlich": the object before the
        frame's preposition is the target, the prepositional phrase the charge (without the
        idiom's own closing word). Without that shape ("machte dafür X verantwortlich",
        "machen X verantwortlich, …") the charge is empty. Whether it decided the frame;
        verb-final order is left to the general rule."""
        lo, hi = at.content
        frame = self.np_frames.get(lemma)
        if not frame or frame & DETS:
            return False  # "beschuldigte X der Untreue": a genitive looks like the charge
        found = framed_target(texts, lo, hi, frame, self._np) if lo > c else None
        if found is None:
            verb_final = hi <= c and any(t.lower() in frame for t in texts[lo:hi])
            if not verb_final:
                at.content = (lo, lo)  # "machte dafür X verantwortlich": no charge of its own
            return not verb_final
        at.target, k = found
        at.content = without_idiom(texts, (k, hi), lemma)
        return True

    def _dative_after_inverted_subject(self, texts: list[str], c: int, at: Attribution) -> bool:
        """ "Im Bundestag warf die Union der Bundesregierung Wortbruch vor": with a fronted
        adverbial the subject follows a dative accusation cue, and the noun-phrase parser
        reads the dative after it as a genitive ("Union der Bundesregierung"). The last "der"
        phrase of that subject is the accused ("der Sprecher der Regierung der Opposition":
        the speaker keeps its own genitive), the words after it up to the cue's particle the
        charge; without a charge the phrase is the speaker's genitive ("Tarifflucht warf die
        Gewerkschaft der Lokführer vor"). A threat's dative is optional, so "drohte die
        Gewerkschaft der Lokführer mit Streiks" is left to the caller. Sets speaker, target and content; whether the subject
        had that shape."""
        np = at.np
        if np is None or np.kind == "pronoun" or np.start != c + 1:
            return False
        k = next((k for k in range(np.end - 2, np.start + 1, -1) if texts[k] == "der"), None)
        if k is None or texts[np.end : np.end + 1] in (["dem"], ["den"], ["der"]):
            return False  # "der Chef der Gewerkschaft dem Konzern": the dative is its own
        speaker = self._np(texts, np.start, k, allow_apposition=False)
        accused = self._np(texts, k, np.end, allow_apposition=False)
        if speaker is None or accused is None or speaker.end != k or accused.kind == "pronoun":
            return False
        accused = self._split_object(texts, accused)
        lo, hi = at.content
        if lo <= np.end and not lo < hi <= c:  # neither a clause nor a fronted charge: the
            lo, hi = accused.end, _clause_end(texts, accused.end, cue_particle(at.cue))
        if lo >= hi:
            return False  # "Tarifflucht warf die Gewerkschaft der Lokführer vor": a genitive
        at.np, at.target, at.content, at.focus = speaker, accused, (lo, hi), False
        return True

    def _split_object(self, texts: list[str], target: NP) -> NP:
        """ "wirft der Regierung Wahlbetrug vor": a common noun after the accused is the
        accusation's object, not part of the accused's name."""
        last = texts[target.end - 1]
        if target.end - target.start < 2 or target.kind == "pronoun":
            return target
        if not last[:1].isupper() or is_role(last) or is_org(last):
            return target
        if not (self._common_noun(last) or _acronym(texts[target.end - 2])):
            return target  # "der ÖVP Postenschacher": no name continues an acronym
        head = self._np(texts, target.start, target.end - 1, allow_apposition=False)
        return head if head is not None and head.kind != "pronoun" else target

    def _dative_in_subject(self, texts: list[str], c: int, at: Attribution) -> NP | None:
        """ "…, dass die Opposition der Regierung vorhält, …": right before a verb-final
        dative cue, "der X" is the accused, not a genitive of the speaker. Splits the speaker
        and returns the accused."""
        np = at.np
        if np is None or np.end != c or np.kind == "pronoun" or np.start == 0:
            return None
        # the speaker's phrase may start after its article ("während die | Gewerkschaft der …")
        lead = np.start - 1 - (np.start > 1 and texts[np.start - 1].lower() in DETS)
        if texts[lead].lower() not in VERB_FINAL_OPENERS:
            return None  # V2 "Vertreter der Armee werfen …": the genitive is the speaker's
        k = next((k for k in range(np.start + 1, c) if texts[k].lower() == "der"), None)
        if k is None:
            return None
        speaker = self._np(texts, np.start, k, allow_apposition=False)
        accused = self._np(texts, k, c, allow_apposition=False)
        if speaker is None or accused is None or accused.end != c:
            return None
        at.np = speaker
        return accused

    def _role_before_object(self, texts: list[str], np: NP) -> NP:
        """ "dem Präsidenten Wahlbetrug": a role noun followed by a common noun is the
        accused and the accusation, not a role and a surname."""
        last = texts[np.end - 1]
        if np.role and np.kind == "name" and np.end - np.start >= 2 and self._charge_word(last):
            shorter = self._np(texts, np.start, np.end - 1, allow_apposition=False)
            if shorter is not None:
                return shorter
        return np

    def _charge_word(self, word: str) -> bool:
        """A word that names a charge, never a surname: a common noun of the lemma table, or
        an abstract noun the table lacks ("Bestechlichkeit", "Vorteilsnahme"; the suffixes of
        lexicons/quote_abstract_suffixes.txt)."""
        return self._common_noun(word) or word.lower().endswith(self.vocab.abstract_suffixes)

    def _passive_accusation(
        self, words: Sequence[Word], a: int, b: int, c: int, cue: str
    ) -> Attribution | None:
        """ "Dem Minister wird (von X) vorgeworfen, …": the dative is the accused; the speaker
        is the von-agent, or an unnamed source when none is named."""
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        start = a
        while start > 0 and texts[start - 1] not in (".", ";", ":") and not words[start - 1].inq:
            start -= 1  # the accused may stand before a comma-bounded clause start
        if texts[c].lower() == "erhoben":  # "Gegen X wird der Vorwurf … erhoben"
            if not any(self.acts.nouns.get(t) == "accusation" for t in texts[start:c]):
                return None  # "Gegen das Urteil wurde Einspruch erhoben": no charge raised
            target = prep_target(texts, start, c, "gegen", self._np)
        else:
            target = find_target(texts, [(start, c)], self._np, NOT_ACCUSED_PREPS)
        if target is None and texts[c].lower().startswith("vorgeworfen"):
            target = dative_noun(texts, start, c)  # "Den Rebellen wird vorgeworfen"
        agent = self._agent(texts, start, c)
        if b < end and texts[b] == ",":
            content = (b + 1, end)
        else:
            content = content_after(texts, start, c, target)
            content = (max(content[0], agent.end if agent else 0), c)
        np = agent or NP(c, c + 1, "anonymous", "anonymous", None, False, cue)
        content = self._without_reply(texts, *content)
        return Attribution(np, cue, content, act="accusation", target=target, passive=not agent)

    def _without_reply(self, texts: list[str], lo: int, hi: int) -> tuple[int, int]:
        """The charge without the accused's reply appended as ", was …" ("…, Kinder als
        Soldaten einzusetzen, was diese bestreiten"): a denial there is the other side's
        word and would read as part of the accusation."""
        for k in range(lo + 1, hi - 1):
            if texts[k] == "," and texts[k + 1].lower() == "was":
                lemmas = (self.lex.forms.get(t.lower()) for t in texts[k + 2 : hi])
                if any(self.acts.act(m) == "denial" for m in lemmas if m):
                    return lo, k
        return lo, hi

    def _agent(self, texts: list[str], lo: int, hi: int) -> NP | None:
        """The von-agent of a passive, cut before an object noun that follows it ("von den
        iranischen Behörden Spionage")."""
        for k in range(lo, hi - 1):
            if texts[k].lower() in ("von", "vom"):
                agent = self._np(texts, k + 1, hi, allow_apposition=False)
                if agent is None:
                    return None
                two = texts[agent.end - 2 : agent.end]
                if (
                    agent.kind == "description"
                    and len(two) == 2
                    and all(t[:1].isupper() for t in two)
                    and not texts[agent.end - 1].lower().endswith(("s", "es"))
                ):
                    agent = self._np(texts, agent.start, agent.end - 1, False) or agent
                return agent if agent.kind != "pronoun" else None
        return None


def _clause_end(texts: list[str], lo: int, particle: str) -> int:
    """Where a V2 clause from lo ends: at the cue's particle, a comma or the sentence end."""
    stops = {particle, ",", ".", "!", "?", ";"}
    return next((j for j in range(lo, len(texts)) if texts[j] in stops), len(texts))


def _dative_after_cue(texts: list[str], c: int, lo: int) -> NP | None:
    """The dative between the cue and its clause when the noun-phrase parser reads none there:
    "warf den Vermietern vor, …" (a plural person noun in the dative). Only that stretch is
    read: before the cue stands the speaker, after it the charge."""
    if lo <= c + 1:
        return None
    return dative_noun(texts, c + 1, lo)


def _quoted_object(texts: list[str], c: int, b: int, end: int) -> tuple[int, int] | None:
    """The object of a cue whose clause breaks at a quotation's opening mark: the quotation
    when it closes the sentence ("warnen gemeinsam vor „einem Griff …“."), else the object
    from the cue on, so the marks stay balanced ("warnen vor einem „Ausverkauf“ der
    Äcker"). None when the clause does not break at a quotation."""
    if not (c < b < end - 1) or texts[b] not in QUOTE_CHARS:
        return None
    closes = next((k for k in range(b + 1, end) if texts[k] in QUOTE_CHARS), None)
    if closes is None:
        return None
    return (b, end) if closes == end - 1 else (c + 1, end)
