"""Stage 3a, inverted order: the subject after the cue ("…, sagte ein Sprecher", "Das
bestätigte X.", "verlangen die Mönche, dass …"), across the adverbs and time phrases that may
stand between them, with extended attributes, quoted titles and article-less plural groups.
"""

from __future__ import annotations

import dataclasses

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
)
from bot.nlp.quotes.subject_appositions import Appositions
from bot.nlp.quotes.subject_words import (
    ARTICLES,
    closes,
)
from bot.nlp.speakers import DETS, NP, POSSESSIVE, is_role, parse_np
from bot.nlp.speakers.agreement import (
    oblique_feminine,
    plural_finite,
)
from bot.nlp.speakers.gender import is_first_name

# pronouns between a cue and its subject: a reflexive, pronominal adverbs, the correlate "es"
# of a clause or infinitive that follows ("hält es der Präsident für möglich, dass …") and a
# pronoun for the one spoken to, often the reporter ("…, sagte mir ein Brandmeister", "sagte
# uns ein Sprecher"); "ihr" stays out, it is also a possessive ("sagte ihr Sprecher")
BEFORE_SUBJECT = frozenset(
    {"sich", "darauf", "davon", "dazu", "es", "mir", "uns", "ihm", "dir", "euch"}
)


class InvertedSubjects(Appositions):
    """The subject that follows its cue."""

    def _after_cue_start(self, texts: list[str], c: int, end: int) -> int:
        """Where the subject after the cue at `c` may start: past reflexives, adverbs and up to
        two short time or place phrases ("sagte am Mittwoch in Washington ein Sprecher")."""
        k = c + 1
        while k < end and (
            texts[k] in BEFORE_SUBJECT
            or texts[k].lower() in self.vocab.adverbs_before_subject
            or (
                texts[k] in self.vocab.gap_words
                and texts[k] not in DETS
                and texts[k][:1].islower()
                and texts[k]
                not in ("am", "im", "in", "gegenüber", "bei", "vor", "mit", "einem", "einer")
            )
        ):
            k += 1
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
        return k

    def speaker_after(self, texts: list[str], c: int, end: int) -> NP | None:
        """The subject after the cue at `c` (up to `end`): "…, sagte ein Sprecher", "sagte
        am Mittwoch in Washington ein Sprecher"; an oblique article there opens an object."""
        k = self._after_cue_start(texts, c, end)
        if k < end and texts[k].lower() in OBLIQUE_ARTICLES:
            return None  # "beschrieb den Hergang": an object, never the subject
        if k < end and texts[k] in ("dieser", "diese") and closes(texts, k + 1):
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
            return self._surname_before_addressee(texts, c, k, hi)
        if oblique_feminine(np):
            return None  # "warfen der Regierung vor": a dative object, never the subject
        if np.kind == "pronoun" and np.name not in ("er", "sie"):
            return None
        return self._without_addressee(texts, c, np)

    def _addressee_cue(self, texts: list[str], c: int) -> bool:
        """Whether the cue at `c` takes the person addressed as its accusative object
        (lexicons/quote_addressee_cues.txt): "bat", "warnte", "rief … auf" with its particle
        later in the clause."""
        cues = self.vocab.addressee_cues
        low = texts[c].lower()
        if self.lex.forms.get(low) in cues:
            return True
        return any(
            lemma in cues and particle in texts[c + 1 :]
            for particle, lemma in self.lex.separable.get(low, ())
        )

    def _surname_before_addressee(self, texts: list[str], c: int, k: int, end: int) -> NP | None:
        """ "Am Montag rief Koch die Bürger auf, …", "Heute bat Fischer Urlauber, …": after a
        cue that addresses someone, a lone capitalised word followed by the addressee (an
        article phrase or a capitalised noun) is the subject, also a surname that is a noun
        too, which the phrase chunker rejects as a common noun."""
        if not (k + 1 < end and self._addressee_cue(texts, c)):
            return None
        word, after = texts[k], texts[k + 1]
        if not (word[:1].isupper() and word.isalpha()) or word.lower() in self.tables.lowers:
            return None
        if word.lower() in self.vocab.non_speakers or word.lower() in self.vocab.time_words:
            return None
        if not (
            after.lower() in OBLIQUE_ARTICLES or after in ("die", "eine") or after[:1].isupper()
        ):
            return None
        return NP(k, k + 1, "name", word, None, False, word)

    def _without_addressee(self, texts: list[str], c: int, np: NP) -> NP:
        """ "Heute bat Weber Anwohner, …", "Am Montag rief Koch Bürger auf": in inverted order
        the subject follows the finite cue and the addressee follows the subject, so a common
        noun closing the capitalised run is the cue's object, not part of the name. Kept
        whole when that noun is a surname: after a given name ("Peter Vogel") or a title
        ("Landrat Vogel"), or a surname the story introduced."""
        if np.end - np.start < 2 or not self._addressee_cue(texts, c):
            return np
        last, before = texts[np.end - 1], texts[np.end - 2]
        low = last.lower()
        people = low in self.vocab.person_nouns or low.rstrip("n") in self.vocab.person_nouns
        if not (last[:1].isupper() and last.isalpha() and (people or self._common_noun(last))):
            return np
        if last in self.surnames or is_first_name(last) or is_first_name(before):
            return np
        if not before[:1].isupper() or is_role(before):
            return np
        return self._np(texts, np.start, np.end - 1) or np

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
        if head in self.cue_nouns:
            return None  # "legte die Läuferin Clara Weiß Einspruch ein": the cue's own noun
        low = head.lower()
        singular = (low, low[:-2] if low.endswith("en") else low, low.rstrip("n"))
        abstract = (*self.vocab.abstract_suffixes, *(() if np.org else ("ung",)))
        if any(w.endswith(abstract) for w in singular) and not self.check.is_collective(head):
            return None  # "die Bedingungen", "die Befürchtungen": abstract, also in the plural
        if self._document_head(head):
            return None
        if head.lower() in self.vocab.non_speakers:
            return None
        return np
