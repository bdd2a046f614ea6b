"""Stage 3a: the subject noun phrase of a cue in V2, inverted, verb-final,
relative and apposed order.
"""

from __future__ import annotations

import dataclasses

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.quotes.base import RulesBase, _adjective_like
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    CAPITAL_ADJECTIVE_ENDINGS,
    DEMONSTRATIVES,
    DETS_LOWER,
    FINITE_HABEN,
    MID_NP,
    NOMINATIVE_ARTICLES,
    OBLIQUE_ARTICLES,
    PASSIVE_AUX,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
    SUBORDINATORS,
)
from bot.nlp.speakers import DETS, NP, POSSESSIVE, is_adj, is_org, is_role, parse_np
from bot.nlp.speakers.agreement import (
    CUE_ADVERBS,
    oblique_feminine,
    plural_finite,
    quoted_object,
)

# forms of "sein" that make a pluperfect passive with "worden"
SEIN = frozenset({"war", "ist", "sei", "wäre", "waren", "sind"})
# genitive relative / demonstrative pronouns that open a phrase about a possessed thing
GENITIVE_RELS = frozenset({"deren", "dessen"})
# articles that open a subject with an extended attribute ("die in Rom geborene Sängerin")
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# endings of inflected attributive adjectives inside an apposition ("aus dem rechten Lager")
INSERTION_ENDINGS = ("e", "en", "em", "er", "es")


def _closes(texts: list[str], k: int) -> bool:
    """Whether a phrase ending at `k` ends its clause (a comma, colon or the sentence end)."""
    return k >= len(texts) or texts[k] in (",", ":", ";", ".", "!", "?")


def _inside_phrase(texts: list[str], a: int, s: int) -> bool:
    """Whether the word at `s` continues a prepositional or noun phrase (right after a
    preposition, an oblique article or a possessive), or heads a fronted object."""
    prev = texts[s - 1].lower()
    return prev in MID_NP or prev in POSSESSIVE or (s > a and _in_fronted_object(texts, a, s))


def _in_fronted_object(texts: list[str], a: int, s: int) -> bool:
    """Whether the word at `s` is the head of an oblique article phrase that opens the clause
    at `a`, across its lower-case adjectives: in "Den prozentualen Anstieg der Straftaten
    bezifferte die Behörde auf …" the fronted object's head is no subject (it was read as the
    speaker "Anstieg", an inverted attribution)."""
    k = s - 1
    while k > a and is_adj(texts[k]):
        k -= 1
    return k == a and texts[a].lower() in OBLIQUE_ARTICLES


def _web_address(word: str) -> bool:
    """A medium written as its web address ("ndr.de", "spiegel.de")."""
    host, _, tld = word.rpartition(".")
    return bool(host) and tld.isalpha() and 2 <= len(tld) <= 4 and word[:1].islower()


def _no_subject_word(np: NP) -> bool:
    """A one-word "name" that is a month, a weekday or a capitalised preposition ("am 19.
    August entschieden", "Aufgrund einer Warnung wurden …"): a time or a cause, never the
    subject of a cue; nor is a thing after a genitive "Deren"/"Dessen"."""
    low = np.mention.lower()
    words = low.split()
    if np.kind == "name" and words[0] in GENITIVE_RELS and len(words) > 1:
        # "Deren Haltung bezeichnete er als …": a possessed thing, not a name ("Dessen
        # Sprecher" stays: a role)
        head = np.mention.split()[-1]
        return not (is_role(head) or is_org(head))
    return (
        np.kind == "name"
        and " " not in low
        and (low in MONTHS or low in WEEKDAYS or low in PREPOSITIONS)
    )


class Subjects(RulesBase):
    """Stage 3a: the subject noun phrase of a cue in V2, inverted, verb-final,
    relative and apposed order."""

    def _gap_ok(self, texts: list[str], lo: int, hi: int) -> bool:
        """Words allowed between a subject and its cue: auxiliaries, adverbs, time phrases and
        short prepositional phrases ("hatte zuvor vor Reportern in Rom")."""
        if hi - lo > 9:
            return False
        for k in range(lo, hi):
            t = texts[k]
            low = t.lower()
            if (
                low in self.vocab.gap_words
                or low in self.vocab.time_words
                or low in PREPOSITIONS
                or low in DETS
            ):
                continue
            if low.endswith("lich") or (
                t[:1].islower()
                and low.endswith(("e", "en", "em", "er"))
                and k + 1 < hi
                and texts[k + 1][:1].isupper()
            ):
                continue
            if (t[:1].isupper() and t.isalpha()) or ("-" in t and t[:1].isupper()):
                continue
            if (
                t[:1].islower()
                and t.isalpha()
                and low not in SUBORDINATORS
                and not self.is_konj1(t)
            ):
                continue  # adverbs ("erstmals") and objects
            if t.isdigit() or (t[:-1].isdigit() and t.endswith(".")):
                continue  # "noch im Mai 2005", "am 19. August"
            return False
        return True

    def speaker_before(
        self, texts: list[str], a: int, c: int, verb_final: bool = True
    ) -> NP | None:
        aux = next((h for h in range(a + 1, c - 1) if texts[h].lower() in FINITE_HABEN), None)
        if (
            aux is not None
            and texts[c - 1] not in BOUNDARY
            and not any(
                t in ("und", "oder", "sowie") and not texts[k - 1].endswith("-")
                for k, t in enumerate(texts[aux:c], aux)
            )  # "Fraktions- und Parteivorsitzenden" is one noun phrase, no coordination
        ):
            # "X hat am Montag in ihrer Videobotschaft … aufgefordert": the subject stands
            # right before the auxiliary, or right after it when something else comes first
            found = self._first_subject(texts, [a], a, aux)
            if found is not None:
                return found
            # "Die Vereinten Nationen hatten die EU gebeten": when an article phrase comes
            # first, it is the subject and the phrase after the auxiliary is the object
            if (
                texts[a].lower() not in NOMINATIVE_ARTICLES
                and texts[aux + 1].lower() not in OBLIQUE_ARTICLES
            ):
                np = self._np(texts, aux + 1, c)
                if np is not None and not _no_subject_word(np):
                    return np
        starts = list(range(a, c))
        # earlier clause starts let an apposition ("X, Sprecher des Y, sagte") reach the cue
        earlier: list[int] = []
        for k in range(a - 1, max(-1, a - 16), -1):
            if k == 0 or texts[k - 1] in (",", ":", ";", "–", "-") or texts[k - 1] in QUOTE_CHARS:
                earlier.append(k)
        found = self._first_subject(texts, starts, a, c, verb_final)
        if found is not None:
            return found
        # among appositions prefer the name: "Maria Schulz, Sprecherin des Amts, sagte"
        cands = [np for k in earlier if (np := self._first_subject(texts, [k], a, c))]
        named = [np for np in cands if np.kind == "name"]
        return named[0] if named else (cands[0] if cands else None)

    def _first_subject(
        self, texts: list[str], starts: list[int], a: int, c: int, verb_final: bool = True
    ) -> NP | None:
        inside = -1  # the end of a rejected indefinite phrase: no subject starts inside it
        for s in starts:
            if s < inside:
                continue
            skipped_sub = False
            while s < c and (
                texts[s].lower() in self.vocab.lead_skip or texts[s].lower() in SUBORDINATORS
            ):
                skipped_sub = (
                    skipped_sub or texts[s].lower() in SUBORDINATORS - self.vocab.lead_skip
                )
                s += 1
            if s >= c:
                continue
            if s > 0 and s >= a and _inside_phrase(texts, a, s):
                continue
            if texts[s].lower() in OBLIQUE_ARTICLES:
                continue  # "Zu den Gefahren des Eises warnte …": a subject is nominative
            if skipped_sub and not verb_final:
                continue  # "Als Begründung sagte ein Forscher": "als" is no conjunction here
            if texts[s].lower() in ("diese", "dieser") and s + 1 == c:
                # "Diese bestätigte, dass …": a demonstrative standing for the last person
                pron = "er" if texts[s].lower() == "dieser" else "sie"
                return NP(s, s + 1, "pronoun", pron, None, False, texts[s])
            np = self._np(texts, s, c) or self._document_subject(texts, s, c)
            if np is None:
                inside = self._object_phrase_end(texts, s, c)
                continue
            if _no_subject_word(np):
                if s == a and not verb_final and np.mention.split()[0].lower() in GENITIVE_RELS:
                    return None  # V2: "Deren Haltung gegenüber der PKK" is one fronted phrase
                continue  # "Ende Januar verkündete der Verband", "Aufgrund … wurden"
            if (
                (
                    np.kind == "name"
                    or np.org
                    or is_role(np.name.split()[-1])
                    or (np.kind == "description" and self.check.is_somebody(np.name))
                )
                and np.end + 1 < c
                and texts[np.end] == ","
                and texts[np.end + 1].lower() in RELATIVE
                and texts[c - 1] == ","
            ):
                return np  # "Frank Sichau, der als Sprecher fungiert, erklärte"; "Der Minister, …"
            gap_lo = self._insertion_end(texts, np, c) or np.end
            if gap_lo < c and texts[gap_lo] == "," and s > 0 and texts[s - 1] == ",":
                gap_lo += 1  # "Der Direktor des Rates, John Kirby, sagte"
            if np.end <= c and self._gap_ok(texts, gap_lo, c):
                return np
        return None

    def _object_phrase_end(self, texts: list[str], s: int, c: int) -> int:
        """The end of an indefinite phrase at `s` whose head cannot speak ("eine Anhebung der
        Warnstufe wird erwartet"): its genitive is part of it, never a subject of its own."""
        raw = parse_np(texts, s, c, nouns=self.tables.nouns)
        if raw is None or raw.kind != "anonymous" or self._unnamed_speaks(raw):
            return -1
        return raw.end

    def _document_subject(self, texts: list[str], s: int, c: int) -> NP | None:
        """A document as the nominative subject of the cue: "Die Studie kommt zu dem Ergebnis",
        "Der Bericht führt aus", "Der UN-Bericht stellt fest". The phrase chunker rejects
        document heads (after "in der Studie" they are places, not speakers), so only an
        article phrase standing as the clause's subject before the cue is read here."""
        if not (s + 1 < c and texts[s].lower() in NOMINATIVE_ARTICLES):
            return None
        k = s + 1
        while k < c and _adjective_like(texts[k]):
            k += 1
        if k >= c or not self._document_head(texts[k]) or not texts[k][:1].isupper():
            return None
        end = k + 1
        if end + 1 < c and texts[end] in ("des", "der") and texts[end + 1][:1].isupper():
            end += 2  # "Der Bericht des Ausschusses"
        mention = " ".join(texts[s:end])
        return NP(s, end, "description", " ".join(texts[k:end]), None, False, mention)

    def _extended_np(self, texts: list[str], k: int, end: int) -> NP | None:
        """A noun phrase with an extended attribute: "die in New York geborene Lopez", "der
        für die Region zuständige Koordinator, Deftalgne Tessema". The prepositional phrase
        and its inflected participle are set aside and the rest parsed as usual."""
        if not (k + 2 < end and texts[k].lower() in ARTICLES and texts[k + 1] in PREPOSITIONS):
            return None
        for m in range(k + 2, min(end - 1, k + 9)):
            t = texts[m]
            if t in BOUNDARY or t in QUOTE_CHARS or t in (".", "!", "?"):
                return None
            if (
                t.isalpha()
                and t.islower()
                and t.endswith(("e", "en"))
                and t not in ARTICLES | DETS | POSSESSIVE
                and texts[m + 1][:1].isupper()
            ):
                cut = m - k  # the attribute and its participle ("in Rom geborene")
                np = self._np(texts[: k + 1] + texts[m + 1 :], k, end - cut)
                if np is None or np.kind not in ("name", "description"):
                    return None
                mention = " ".join(texts[k : np.end + cut])
                return dataclasses.replace(np, end=np.end + cut, mention=mention)
        return None

    def _quoted_title(self, texts: list[str], k: int, end: int) -> NP | None:
        """A short quoted title right after the cue: "…“, schrieb „Die Zeit“ in einem Nachruf" (a
        medium, so never preferred over a subject before the cue); also with its article
        ("teilte das „Space Telescope Science Institute“ mit")."""
        start = k
        if (
            k + 1 < end
            and texts[k].lower() in ("der", "die", "das")
            and texts[k + 1] in QUOTE_CHARS
        ):
            k += 1
        if not (k + 2 < end and texts[k] in QUOTE_CHARS and texts[k + 1][:1].isupper()):
            return None
        close = next((m for m in range(k + 2, min(end, k + 7)) if texts[m] in QUOTE_CHARS), None)
        after = texts[close + 1] if close is not None and close + 1 < end else "."
        if close is None or not (
            after in (",", "in", "im", "am", ".", "(") or after in self.vocab.sep_particles
        ):
            return None
        name = " ".join(texts[k + 1 : close])
        if not self.check.is_somebody(name):
            name = f"„{name}“"  # "Die Zeit" is a title only in its quotation marks
        return NP(start, close + 1, "name", name, None, True, " ".join(texts[start : close + 1]))

    def speaker_after(self, texts: list[str], c: int, end: int) -> NP | None:
        k = c + 1
        while k < end and (
            texts[k] in ("sich", "darauf", "davon", "dazu")
            or texts[k].lower()
            in ("weiter", "auch", "zudem", "bereits", "nun", "jedoch", "außerdem", "zufolge")
            or (
                texts[k] in self.vocab.gap_words
                and texts[k] not in DETS
                and texts[k][:1].islower()
                and texts[k]
                not in ("am", "im", "in", "gegenüber", "bei", "vor", "mit", "einem", "einer")
            )
        ):
            k += 1
        # "sagte am Mittwoch in Washington ein Sprecher"
        for _ in range(2):
            if k < end and texts[k] in ("am", "im", "in", "gegenüber", "bei", "vor", "auf", "nach"):
                m = k + 1
                if m < end and texts[m] in DETS | {"einem", "einer"}:
                    m += 1
                while (
                    m < end
                    and texts[m][:1].islower()
                    and texts[m].isalpha()
                    and texts[m].endswith(("e", "en", "er", "em"))
                ):
                    m += 1
                if m < end and texts[m][:1].isupper():
                    while m < end and texts[m][:1].isupper():
                        m += 1
                    k = m
        if k < end and texts[k].lower() in OBLIQUE_ARTICLES:
            return None  # "beschrieb den Hergang": an object, never the subject
        if k < end and texts[k] in ("dieser", "diese") and _closes(texts, k + 1):
            # "…, sagte dieser, dass …": the demonstrative stands for the last person named
            pron = "er" if texts[k] == "dieser" else "sie"
            return NP(k, k + 1, "pronoun", pron, None, False, texts[k])
        last = len(texts)
        while last > k and texts[last - 1] in (".", "!", "?"):
            last -= 1
        # parse to the sentence end so that a closing apposition is seen: "…, sagte X, Sprecher Y."
        hi = max(end, last) if end >= last - 1 or texts[end : end + 1] == [","] else end
        np = (
            self._np(texts, k, hi)
            or self._extended_np(texts, k, hi)
            or self._quoted_title(texts, k, last)
            or self._bare_plural(texts, k, hi)
        )
        if np is None:
            return None
        if np.kind == "pronoun" and np.name not in ("er", "sie"):
            return None
        return np

    def definite_group(self, texts: list[str], s: int, end: int, c: int) -> NP | None:
        """A definite common-noun group as the cue's subject where the phrase chunker knows
        no role in it: "Die Landwirte sagten, …", "verlangen die Mönche, dass …", "gab die
        Sprachschule an". Read only where no other subject was found, with the article
        agreeing with the finite cue (a plural cue takes "die") and a head that can speak
        (not abstract, no thing of the non-speaker lexicon)."""
        if s >= len(texts) or texts[s].lower() not in ("der", "die", "das"):
            return None
        if plural_finite(texts[c]) and texts[s].lower() != "die":
            return None  # "Der Bericht sagten" cannot agree
        np = parse_np(texts, s, end, allow_apposition=False, nouns=self.tables.nouns)
        if np is None or np.kind != "description" or np.end != end or oblique_feminine(np):
            return None
        head = np.mention.split()[-1]
        if not (head[:1].isupper() and head.isalpha() and self.check.head_speaks(head)):
            return None
        low = head.lower()
        singular = (low, low[:-2] if low.endswith("en") else low, low.rstrip("n"))
        abstract = (*self.vocab.abstract_suffixes, *(() if np.org else ("ung",)))
        if any(w.endswith(abstract) for w in singular):
            return None  # "die Bedingungen", "die Befürchtungen": abstract, also in the plural
        if self._document_head(head):
            return None
        if head.lower() in self.vocab.non_speakers:
            return None
        return np

    def _bare_plural(self, texts: list[str], k: int, end: int) -> NP | None:
        """An article-less plural group after the cue: "Das berichten arabische Medien",
        "…, sagten örtliche Behörden". Only groups and roles count: an adjective before a
        thing ("meldeten neue Zahlen") names no one."""
        if not (k + 1 < end and texts[k][:1].islower() and _adjective_like(texts[k])):
            return None
        np = self._np(texts, k, end, bare_adjective=True)
        if np is None or not (np.org or np.role or is_role(np.name.split()[-1])):
            return None
        return np

    def _back_speaker(self, texts: list[str], c: int, b: int, end: int) -> NP | None:
        """The speaker of "Das bestätigte X.": after the cue, up to the sentence end; commas
        only inside X's apposition ("der Präsident Indonesiens, Susilo Yudhoyono") or before
        a relative clause about X."""
        if not any(t in (",", ":") for t in texts[c:end]):
            return self.speaker_after(texts, c, b)
        np = self.speaker_after(texts, c, end)
        if np is None:
            return None
        rest = texts[np.end : end]
        if rest[:1] == [","] and len(rest) > 1 and rest[1] in RELATIVE:
            return np  # "Das bestätigte der Präsident, der gestern ankam."
        return None if any(t in (",", ":") for t in rest) else np

    def _subject_before_object(self, texts: list[str], a: int, cut: int) -> NP | None:
        """The subject right after a clause's conjunction, before the object ("dies")."""
        s = a
        while s < cut and (
            texts[s].lower() in SUBORDINATORS or texts[s].lower() in self.vocab.lead_skip
        ):
            s += 1
        np = self._np(texts, s, cut, allow_apposition=False)
        if np is None or (np.kind == "pronoun" and np.name not in ("er", "sie")):
            return None
        return np

    def _apposed_subject(self, texts: list[str], a: int, c: int) -> NP | None:
        """ "Der Vorsitzende, Wolfgang Jüttner, hatte Lenz aufgefordert": a clause that opens
        with its finite verb after a name and its apposition continues that subject; the
        phrase after the verb is an object."""
        if a == 0 or texts[a - 1] != "," or not (a == c or texts[a].lower() in FINITE_HABEN):
            return None
        s = 0
        while s < a and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        np = self._np(texts, s, a - 1)
        if np is not None and np.end < a - 1 and self._insertion_end(texts, np, a) == a:
            return np  # "X, zuständig für das US-Geschäft, hatte angekündigt"
        if np is None or np.end != a - 1 or np.kind != "name" or "," not in np.mention:
            return None
        return np

    def _relative_antecedent(self, texts: list[str], a: int, c: int, b: int) -> NP | None:
        """ "Der NDR, der in der ARD dafür verantwortlich ist, begründete …", "Mubarak, der seit
        1981 regiert, hatte angekündigt …": a main clause whose subject opens the sentence
        and is followed by a relative clause of any length; the cue (or its auxiliary) comes
        right after that clause. Nothing else may stand between them, and in V2 no subject
        may follow the cue (then the antecedent is a fronted object)."""
        if a < 3 or texts[a - 1] != "," or not texts[a - 2].isalpha() or texts[a - 2][:1].isupper():
            return None  # the relative clause ends with its finite verb
        if a == c:
            inv = self.speaker_after(texts, c, b)
            if inv is not None and self._speaks(inv):
                return None
        elif not (texts[a].lower() in FINITE_HABEN and texts[a + 1][:1].islower()):
            return None  # "…, hatte der Minister gesagt": the subject follows the auxiliary
        comma = next((k for k in range(a - 2, 0, -1) if texts[k] in BOUNDARY), None)
        if comma is None or texts[comma] != "," or texts[comma + 1].lower() not in RELATIVE:
            return None
        if any(t in QUOTE_CHARS for t in texts[comma:a]):
            return None
        s = 0
        while s < comma and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        if texts[s].lower() in OBLIQUE_ARTICLES:
            return None
        np = self._np(texts, s, comma, allow_apposition=False)
        if np is None or np.end != comma or _no_subject_word(np):
            return None
        return np if self._speaks(np) and np.kind != "pronoun" else None

    def _speaks(self, np: NP) -> bool:
        """A phrase that can be a speaker: a name, a pronoun, an organisation or a role."""
        head = np.name.split()[-1]
        return (
            np.kind in ("name", "pronoun")
            or np.org
            or is_role(head)
            or self.check.is_somebody(np.name)
        )

    def _insertion_end(self, texts: list[str], np: NP, c: int) -> int | None:
        """The end of a comma-enclosed apposition after a speaker that the phrase chunker does
        not read: an indefinite or definite description ("John Kline, ein Abgeordneter aus
        Ohio, sagte", "Peter Sharp, der Direktor der Reederei, sagte"), an adjective phrase
        ("X, zuständig für das US-Geschäft, hatte angekündigt") or an age ("Alice Kakamara,
        30, beschrieb"). It must close right before the cue (or its auxiliary) and hold no
        verb: only articles, nouns, prepositions, numbers and attributive adjectives, so a
        clause or a list of names never passes as one."""
        lo, close = np.end, c - 1
        if np.kind == "pronoun" or not (np.kind == "name" or self._speaks(np)):
            return None
        if not (lo < close - 1 and texts[lo] == "," and texts[close] == ","):
            return None
        if close - lo > 18:
            return None
        first, low = texts[lo + 1], texts[lo + 1].lower()
        if close - lo == 2 and first.isdigit():
            return close + 1  # an age: "Alice Kakamara, 30, beschrieb"
        article = low in ("ein", "eine") or (
            np.kind == "name"
            and low in ("der", "die", "das")
            and texts[lo + 2][:1].isupper()
            and texts[lo + 2].isalpha()
        )  # a name's "der Direktor", not the relative "der gestern …"; after a description
        # a definite phrase is the name ("die größte Privatbank, die Deutsche Bank, meldete")
        role = np.kind == "name" and first.isalpha() and is_role(first)
        # "Die Initiatoren, darunter auch die Bibliotheken, betonen": members of the group
        members = np.kind != "name" and (
            low == "darunter" or (low == "unter" and texts[lo + 2].lower() == "ihnen")
        )
        article = article or members
        if not article and not role and not (first.isalpha() and first.islower()):
            return None  # a name after the comma is a list or the chunker's apposition
        if not article and (low in SUBORDINATORS or low in RELATIVE or low in PREPOSITIONS):
            return None
        for k in range(lo + 2, close):
            t, tl = texts[k], texts[k].lower()
            if tl in ("und", "oder") and texts[k - 1].endswith("-"):
                continue  # "der Journalistinnen- und Journalisten-Union": one compound
            if tl in ("und", "sowie") and (article or role):
                continue  # "ein Abgeordneter und früherer Offizier": one person, two nouns
            if members and tl in ("ihnen", "auch", "neben", "etwa", "sowohl", "als"):
                continue  # "unter ihnen neben der ALA auch Autorenverbände"
            if t in QUOTE_CHARS or t in BOUNDARY or tl in SUBORDINATORS or tl in ("und", "oder"):
                return None
            if t[:1].isupper() or t.isdigit() or tl in PREPOSITIONS or tl in DETS:
                continue
            if tl in ("einem", "einer", "eines", "einen") or tl.endswith(INSERTION_ENDINGS):
                continue  # articles and attributive adjectives ("aus dem konservativen Lager")
            return None
        return close + 1

    def _coordinated_subject(self, texts: list[str], a: int) -> NP | None:
        """The subject opening the main clause before "und": "Der Minister besuchte die
        Stadt und sagte, …"."""
        s = a
        while s > 0 and texts[s - 1] not in BOUNDARY and texts[s - 1] not in QUOTE_CHARS:
            s -= 1
        while s < a and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        np = self._np(texts, s, a)
        if (
            np is None
            and s + 1 < a
            and texts[s][:1].islower()
            and texts[s + 1].lower() in ("der", "ein")  # nominative ("die" may be the object)
        ):
            np = self._np(texts, s + 1, a)  # "…, biss der Randalierer den Gast und rief"
        if (
            np is None
            or np.end >= a
            or (
                np.kind == "description"
                and not np.org
                and not is_role(np.name.split()[0])
                and np.name.split()[-1].lower() not in self.vocab.person_nouns
            )
        ):
            return None
        return np

    def _source_phrase(self, texts: list[str], a: int, b: int) -> NP | None:
        """ "hieß es aus dem Ministerium" / "In einer Mitteilung der Polizei hieß es": the
        source named by a prepositional phrase of the clause."""
        for k in range(a, min(b, len(texts)) - 1):
            low = texts[k].lower()
            if low in ("aus", "von", "vom", "bei", "beim", "seitens"):
                m = k + 1
                np = self._np(texts, m, b)
                if np is not None and np.kind != "pronoun":
                    return np
            if low in ("in", "im") and k + 2 < b:
                m = k + 1
                while m < b and (
                    texts[m] in DETS
                    or texts[m] in ("einer", "einem", "seiner", "ihrer")
                    or (texts[m][:1].islower() and texts[m] not in ("hieß", "heißt"))
                ):
                    m += 1
                if (
                    m + 1 < b
                    and texts[m].lower() in self.vocab.source_docs
                    and texts[m + 1] in ("des", "der", "von", "vom")
                ):
                    np = self._np(texts, m + 2 if texts[m + 1] == "von" else m + 1, b)
                    if np is not None and np.kind != "pronoun":
                        return np
        return None

    def speaker_relative(self, texts: list[str], a: int) -> NP | None:
        """ "Lloyd Austin, der bestätigte, dass …": the antecedent before the comma."""
        comma = a - 1
        best: NP | None = None
        named: NP | None = None
        for k in range(comma - 1, max(-1, comma - 9), -1):
            np = self._np(texts, k, comma, allow_apposition=False)
            if (
                np is not None
                and np.end == comma
                and np.kind in ("name", "description", "anonymous")
            ):
                best = np
                if np.kind == "name":
                    named = np
        return named or best

    def _quoted_person(self, texts: list[str], c: int, b: int) -> NP | None:
        """ "Die Agentur zitiert X mit den Worten: …", "zitiert der Focus den Ökonomen X": the
        quoted person is the speaker, not the medium that quotes."""
        k = c + 1
        while k < b and (texts[k].lower() in self.vocab.lead_skip or texts[k] in CUE_ADVERBS):
            k += 1  # "zitiert dazu Néstor Kirchner"
        if k < b and (texts[k] == "man" or _web_address(texts[k])):
            k += 1  # "zitierte man X", "zitiert ndr.de X": the quoting side, not the speaker
        quoted = quoted_object(texts, k, b, self._np)
        if quoted is not None:
            return quoted  # "zitiert einen Augenzeugen mit den Worten"
        if k < b and texts[k] in DETS:
            medium = self._np(texts, k, b, allow_apposition=False)
            if medium is None or texts[medium.end : medium.end + 1] == ["mit"]:
                return None
            k = medium.end
        obj = self._np(texts, k, b)
        if obj is not None and obj.kind == "name" and not obj.org:
            return obj
        return None

    def _passive_agent(self, texts: list[str], a: int, c: int, lemma: str, end: int) -> NP | None:
        """The agent of a passive speech act: "Die Pläne wurden von Minister X als
        unrealistisch bezeichnet", "Ihm wird von der Opposition Untätigkeit vorgeworfen"."""
        if lemma not in self.vocab.passive_cues or not (c + 1 >= end or texts[c + 1] in BOUNDARY):
            return None
        aux = next((k for k in range(a, c) if texts[k].lower() in PASSIVE_AUX), None)
        if aux is None:
            return None
        for k in range(a, c - 1):  # "Vom Rat wurde beschlossen", "wurde von X bezeichnet"
            if texts[k].lower() in ("von", "vom"):
                m = k if texts[k] == "vom" else k + 1  # a capitalised "Vom" is no name part
                agent = self._np(texts, m, c, allow_apposition=False)
                if agent is None and texts[k].lower() == "vom":
                    agent = self._np(texts, k + 1, c, allow_apposition=False)
                if (
                    agent is not None
                    and agent.kind == "description"
                    and texts[agent.start].lower() in DETS
                    and agent.end > agent.start + 2
                    and texts[agent.start + 1][:1].isupper()
                    and texts[agent.start + 2][:1].isupper()
                    and not texts[agent.start + 1].lower().endswith(CAPITAL_ADJECTIVE_ENDINGS)
                ):
                    # "von der Opposition Untätigkeit vorgeworfen": the object is no name
                    agent = self._np(texts, agent.start, agent.start + 2, allow_apposition=False)
                if agent is not None and agent.kind != "pronoun":
                    if agent.kind == "description" and not (
                        agent.org or is_role(agent.name.split()[0])
                    ):
                        return None
                    return agent
        return None

    def agentless_report(self, texts: list[str], a: int, c: int) -> NP | None:
        """ "Es wird vermutet, dass …", "Zudem wurde befürchtet, …": a passive speech or
        opinion participle with no agent and no subject of its own (only the expletive "es",
        a form of "werden" and adverbs before it) reports what is said or believed by
        unnamed people: an unnamed source, never a name from the clause."""
        if c - a < 1 or not texts[c][:1].islower():
            return None
        before = [t.lower() for t in texts[a:c]]
        pluperfect = c + 1 < len(texts) and texts[c + 1] == "worden"  # "war vermutet worden"
        if not any(t in PASSIVE_AUX or (pluperfect and t in SEIN) for t in before):
            return None
        for k, t in enumerate(texts[a:c], a):
            low = t.lower()
            if low in PASSIVE_AUX or low in SEIN or (low == "es" and k <= a + 1):
                continue
            if k == a and t[:1].isupper() and (low in self.vocab.lead_skip or self._adverb(t)):
                continue  # "Zudem wird befürchtet", "Zunächst war vermutet worden"
            if t[:1].islower() and t.isalpha() and low not in DETS and low not in PREPOSITIONS:
                continue  # adverbs: "allgemein", "inzwischen", "auch"
            return None
        es = next((k for k in range(a, c) if texts[k].lower() in ("es", *PASSIVE_AUX)), c)
        return NP(es, es + 1, "anonymous", "anonymous", None, False, " ".join(texts[es : c + 1]))

    def _adverb(self, word: str) -> bool:
        """A capitalised sentence-initial word that is no noun, article or surname of the
        article ("Zunächst", "Gestern"; not "Polizisten")."""
        return (
            word.isalpha()
            and word not in self.tables.nouns
            and word not in self.tables.noun_lemmas
            and word not in self.surnames
            and word.lower() not in DETS
            and not self._common_noun(word)
        )

    def _place_phrase(self, texts: list[str], a: int, c: int) -> NP | None:
        """ "Im Bericht heißt es", "In der Mitteilung des Verbands heißt es": the text that
        says it is the source (its genitive author included)."""
        for k in range(a, c):
            if texts[k].lower() not in ("in", "im", "auf", "bei", "beim"):
                continue
            m = k + 1
            while m < c and (
                texts[m].lower() in DETS_LOWER | DEMONSTRATIVES or _adjective_like(texts[m])
            ):
                m += 1
            if (
                m >= c
                or not texts[m].rsplit("-", 1)[-1][:1].isupper()  # "documenta-Homepage"
                or texts[m].lower() in self.vocab.place_not_source
            ):
                continue
            e = m + 1
            if e + 1 < c and texts[e] in ("des", "der") and texts[e + 1][:1].isupper():
                e += 2  # "in der Vorabversion des Berichts"
            name = " ".join(texts[m:e])
            return NP(k, e, "description", name, None, True, " ".join(texts[k:e]))
        return None
