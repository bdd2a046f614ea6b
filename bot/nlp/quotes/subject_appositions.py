"""Stage 3a, appositions: a speaker whose name is set off by commas. An apposition after
the name ("John Kline, ein Abgeordneter aus Ohio, sagte"), an apposed or coordinated main
clause that continues the sentence's subject, and the antecedent of a relative cue ("X, der
bestätigte, dass …"). The phrase chunker reads none of these, because a comma ends its phrase.
"""

from __future__ import annotations

from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    FINITE_HABEN,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
    SUBORDINATORS,
)
from bot.nlp.quotes.relative_antecedents import (
    agrees_with_relative,
    dative_relative,
    inside_prepositional_phrase,
)
from bot.nlp.quotes.subject_words import (
    INSERTION_ENDINGS,
)
from bot.nlp.speakers import DETS, NP, is_role
from bot.nlp.speakers.gender import first_name_gender, role_gender


def _apposition_words(
    texts: list[str], lo: int, close: int, one_person: bool, members: bool
) -> bool:
    """Whether texts[lo:close] can be the rest of an apposition: articles, nouns, numbers,
    prepositions and attributive adjectives, never a verb, clause or list of names."""
    for k in range(lo, close):
        t, tl = texts[k], texts[k].lower()
        if tl in ("und", "oder") and texts[k - 1].endswith("-"):
            continue  # "der Journalistinnen- und Journalisten-Union": one compound
        if tl in ("und", "sowie") and one_person:
            continue  # "ein Abgeordneter und früherer Offizier": one person, two nouns
        if members and tl in ("ihnen", "auch", "neben", "etwa", "sowohl", "als"):
            continue  # "unter ihnen neben der ALA auch Autorenverbände"
        if t in QUOTE_CHARS or t in BOUNDARY or tl in SUBORDINATORS or tl in ("und", "oder"):
            return False
        if t[:1].isupper() or t.isdigit() or tl in PREPOSITIONS or tl in DETS:
            continue
        if tl in ("einem", "einer", "eines", "einen") or tl.endswith(INSERTION_ENDINGS):
            continue  # articles and attributive adjectives ("aus dem konservativen Lager")
        return False
    return True


class Appositions(RulesBase):
    """A speaker named before a comma: appositions, relative antecedents, coordinated clauses."""

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
        if not _apposition_words(texts, lo + 2, close, article or role, members):
            return None
        return close + 1

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
        found = named or best
        if found is not None and self._object_relative(found, texts, a):
            return None
        if found is not None and inside_prepositional_phrase(texts, found.start, PREPOSITIONS):
            return self._head_before_preposition(texts, found.start - 1, texts[a]) or found
        return found

    def _object_relative(self, np: NP, texts: list[str], a: int) -> bool:
        """Whether the relative pronoun at `a` is an object, so `np` is no speaker: "Anna
        Berg, der der Minister widerspricht" (a woman: "der" is her dative)."""
        article = texts[np.start] if texts[np.start].lower() in DETS | {"eine"} else None
        gender = role_gender(np.role, article) if np.role else None
        if np.kind == "name" and not np.org:
            gender = gender or first_name_gender(np.name)
        return dative_relative(texts[a], article, gender)

    def _head_before_preposition(self, texts: list[str], prep: int, relative: str) -> NP | None:
        """The longest phrase ending right before the preposition at `prep` whose article
        agrees with the relative pronoun (or a person's name for "der"/"die"): "die
        Botschaft in Sanaa, die …" -> "die Botschaft"; "Peter Kraus aus Berlin, der …"."""
        found: NP | None = None
        for k in range(prep - 1, max(-1, prep - 8), -1):
            if texts[k] in BOUNDARY:
                break
            np = self._np(texts, k, prep, allow_apposition=False)
            if np is None or np.end != prep:
                continue
            person = np.kind == "name" and not np.org and texts[k] == np.mention.split()[0]
            if (person and relative.lower() in ("der", "die")) or agrees_with_relative(
                relative, texts[k]
            ):
                found = np
        return found if found is not None and self._speaks(found) else None

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
