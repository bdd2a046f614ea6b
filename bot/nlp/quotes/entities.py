"""Stage 5: the document's persons and groups; pronouns, role nouns and
spokespersons resolved to the person or organisation named before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.nlp.attribution.acts import target_as_written
from bot.nlp.plurals import nominative_plural
from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.demonstratives import antecedent, is_demonstrative
from bot.nlp.quotes.grammar import ORG_TAIL, SPOKES_LINK
from bot.nlp.quotes.model import DocState
from bot.nlp.roles import leading_article, nominative
from bot.nlp.speakers import DETS, NP, is_org, is_role
from bot.nlp.speakers.gender import first_name_gender, is_first_name, role_gender, role_head
from bot.nlp.speakers.lexicon import SPOKEN_WORDS
from bot.nlp.speakers.redescription import (
    Parties,
    parties_agree,
    redescription,
    role_party,
    tagged_party,
)
from bot.nlp.stage_records import Attribution, Word


def spokesperson_of(role: str | None, spokespersons: frozenset[str]) -> tuple[str, str] | None:
    """ "Ein Sprecher des Finanzministeriums" names its source: the ministry, with the
    spokesperson as its role. Only a nameless member ("ein Experte der Uni") stays anonymous."""
    words = (role or "").split()
    if len(words) < 3 or words[0].lower() not in spokespersons:
        return None
    link = words[1].lower()
    if link not in SPOKES_LINK:
        return None
    org: list[str] = []
    for w in words[2:]:
        if w.lower() in ORG_TAIL or w.lower() in ("und", "sowie", "oder"):
            break
        org.append(w)
    if not org or not org[-1][:1].isupper():
        return None
    name = nominative(" ".join(org), SPOKES_LINK[link])
    return (name, words[0]) if name else None


def plural_nominative(noun: str, datives: dict[str, str]) -> str:
    """The nominative plural of a dative plural ("Sicherheitskreisen" -> "Sicherheitskreise")."""
    low = noun.lower()
    for dative, nom in datives.items():
        if low.endswith(dative):
            out = noun[: len(noun) - len(dative)] + nom
            return out[:1].upper() + out[1:] if noun[:1].isupper() else out
    return noun


def unnamed_source(mention: str, heads: tuple[str, ...], datives: dict[str, str]) -> str | None:
    """The description of an unnamed source in the nominative, or None when the phrase's
    head is no unnamed source: "Aus Kreisen der Stadtverwaltung" -> "Kreise der
    Stadtverwaltung", "aus informierten Kreisen" -> "informierte Kreise". The preposition
    that governed the dative goes; a genitive attribute stays as written."""
    words = mention.split()
    if words and words[0].lower() in ("aus", "in", "von", "vom", "nach", "laut"):
        words = words[1:]
    k = next((n for n, w in enumerate(words) if w.lower() in ("der", "des")), len(words))
    if k == 0 or not words[k - 1].lower().endswith(heads):
        return None
    head = plural_nominative(words[k - 1], datives)
    if head != words[k - 1]:  # it was a dative: so are its adjectives ("informierten")
        words[: k - 1] = [w[:-1] if w.islower() and w.endswith("en") else w for w in words[: k - 1]]
    words[k - 1] = head
    return " ".join(words)


def full_name(
    name: str, persons: Sequence[tuple[str, str | None, str | None]]
) -> tuple[str, str | None] | None:
    """The full name (and role) the article introduced for a surname mention: "Gräfe" after
    "Landrat Henrik Gräfe" is Henrik Gräfe; "Li" after "Li Fei" (family name first) is Li
    Fei when no full name ends in it. Only one distinct full name may fit; with two
    ("Kim Jong Un", "Kim Yo Jong") the surname stays as written."""
    if " " in name:
        return None
    known = [n for n, _, _ in persons if " " in n]
    names = {n for n in known if n.split()[-1] == name} or {
        n for n in known if n.split()[0] == name
    }
    if len(names) != 1:
        return None
    full = names.pop()
    # the fullest role it was given ("französischer Staatspräsident", not "Staatspräsident")
    role = max((r for n, r, _ in persons if n == full and r), key=len, default=None)
    return full, role


def _title(role: str | None) -> str:
    """The role noun of a role phrase, lower-cased: "Bundeskanzlerin" in "deutsche
    Bundeskanzlerin", "Justizminister" in "Justizminister des Landes"."""
    return next((w.lower() for w in (role or "").split() if is_role(w)), "")


def role_holder(
    head: str, persons: Sequence[tuple[str, str | None, str | None]], repeated: bool = False
) -> tuple[str, str | None] | None:
    """The one person the article introduced with a longer title that this role noun
    shortens: "die Kanzlerin" after "Bundeskanzlerin Angela Merkel" is Angela Merkel. None
    with no or two holders. A repeated full title ("der Bundespräsident") stays as written
    (the gnqa gold keeps such mentions: linking them lost 20 right quotes on train + dev
    and gained none) unless `repeated`: the mention tells the office's place too ("die
    Kreuzberger Bürgermeisterin" after "Bürgermeisterin Clara Herrmann")."""
    low = head.lower()
    if not is_role(head) or low.endswith("en"):
        return None  # "die Abgeordneten" are several persons
    holders = {
        (n, r)
        for n, r, _ in persons
        if " " in n and _title(r).endswith(low) and (repeated or _title(r) != low)
    }
    if len({n for n, _ in holders}) != 1:
        return None
    # one person with two titles: the longer one, so that the answer never depends on the
    # set's (hash-seeded) order
    return max(holders, key=lambda h: (len(h[1] or ""), h[1] or ""))


def unnamed_person(mention: str, name: str, person_nouns: frozenset[str]) -> str | None:
    """The description of a person the article does not name, in the nominative, or None:
    "die Anwältin der Frau" -> "Anwältin der Frau", "des Angestellten" -> "Angestellte". Such
    a source is anonymous with that role, not a speaker called "Anwältin der Frau"."""
    words = name.split()
    head = words[0]
    if len(words) >= 3 and words[1].lower() in ("der", "des"):
        last = words[-1].lower()
        if is_role(head) and (last in person_nouns or last.rstrip("s") in person_nouns):
            return nominative(name, leading_article(mention, name))
        return None
    singular = mention.split()[0].lower() in ("des", "dem", "einem", "eines")
    if len(words) == 1 and singular and head.endswith("en") and head.lower() in person_nouns:
        return head[:-1]  # a nominalised adjective: "des Angestellten"
    return None


def role_of(np: NP) -> str | None:
    """A mention's role in its citation form, as the quote would show it."""
    return nominative(np.role, leading_article(np.mention, np.role))


def gender_of(role: str | None, mention: str | None = None) -> str | None:
    """Grammatical gender of a role phrase ("innenpolitische Sprecherin" -> f, "Sprecher"
    -> m, "die Abgeordnete" -> f), None without one; `mention` holds its article."""
    return role_gender(role, leading_article(mention, role))


class Entities(RulesBase):
    """Stage 5: the document's persons and groups; pronouns, role nouns and
    spokespersons resolved to the person or organisation named before."""

    def _resolve(
        self, at: Attribution, state: DocState, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        """The speaker of an attribution, or (None, None) when it is nobody: an abstract
        noun, a number phrase or a pronoun without antecedent is a parsing error, and a
        missing speaker is better than a wrong one."""
        speaker, role = self._resolve_np(at, state, words)
        if speaker is None or not self.check.is_somebody(speaker):
            return None, None
        return speaker, role

    def _resolve_np(
        self, at: Attribution, state: DocState, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        np = at.np
        if np is None:
            return None, None
        if is_demonstrative(np):
            return self._demonstrative(np, state, words)
        if np.kind == "pronoun":
            own = self._own_subject(np, words, state)
            if own is not None:
                return own
            verb = at.cue.split()[0].lower() if at.cue else ""
            plural = np.name == "sie" and verb.endswith(("ten", "en")) and not verb.startswith("ge")
            if plural and state.groups:
                return state.groups[-1], None  # "Sie forderten, …": the last group or institution
            contrasted = _contrasted(np, words, state)
            if contrasted is not None:
                return contrasted
            previous = self._previous_subject(np.name, state)
            if previous is not None and not _unspoken_by(np, previous[0], state):
                return previous
            want = "m" if np.name == "er" else "f"
            for name, role, gender in reversed(state.persons):
                # a later mention without a role keeps the gender a role gave the name
                if (gender or _known_gender(name, state)) in (want, None):
                    return name, role
            if np.name == "sie" and state.groups:
                return state.groups[-1], None
            if state.chain is not None:
                return state.chain[0], state.chain[1]
            return np.name, None  # unresolved: keep the pronoun as written
        if np.kind == "anonymous":
            return self._unnamed_speaker(np, state, words)
        known = self._registry(np, state, words)
        if known is not None:
            return known
        self._remember(np, state)
        role = nominative(np.role, leading_article(np.mention, np.role))
        return self._nominative_name(np), role

    def _nominative_name(self, np: NP) -> str | None:
        """The name of a noun phrase as a speaker is shown: a description or organisation in
        the nominative; a one-word name too when it is no surname of the story ("laut
        Ärzten")."""
        if np.org or np.kind == "description":
            return self._nominative_plural(
                nominative(np.name, leading_article(np.mention, np.name))
            )
        if " " not in np.name and np.name not in self.surnames:
            return self._nominative_plural(np.name)
        return np.name

    def _nominative_plural(self, name: str | None) -> str | None:
        """ "Laut Stadtwerken" -> "Stadtwerke", "Ärzten des Klinikums zufolge" -> "Ärzte des
        Klinikums": the head words before a genitive or a preposition in the nominative
        (bot/nlp/plurals.py), so that one group is one speaker wherever it is named."""
        if not name:
            return name
        words = name.split()
        first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
        k = next((i for i in range(first, len(words)) if words[i][:1].islower()), len(words))
        head = [nominative_plural(w) for w in words[first:k]]
        adjectives = words[:first]
        if head != words[first:k] and all(a.endswith("en") for a in adjectives):
            adjectives = [a[:-1] for a in adjectives]  # "örtlichen Ärzten" -> "örtliche Ärzte"
        return " ".join([*adjectives, *head, *words[k:]])

    def _unnamed_speaker(
        self, np: NP, state: DocState, words: Sequence[Word]
    ) -> tuple[str, str | None]:
        """An unnamed source: the running one after "hieß es weiter", the organisation of
        an unnamed spokesperson, else "anonymous" with its description as the role."""
        running = self._continued_source(np, state, words)
        if running is not None:
            return running
        role = nominative(np.role, leading_article(np.mention, np.role))
        spoke = spokesperson_of(role, self.vocab.spokespersons)
        if spoke is not None:
            return spoke  # the organisation speaks through its unnamed spokesperson
        return "anonymous", role

    def _continued_source(
        self, np: NP, state: DocState, words: Sequence[Word]
    ) -> tuple[str, str | None] | None:
        """ "Die Polizei meldete einen Brand. Der Schaden liege im Millionenbereich, hieß es
        weiter.": an agentless "hieß es" followed by a continuing adverb (lexicon
        `quote_continuing_adverbs.txt`) goes on with the source this or the paragraph before
        was quoting (news often opens a paragraph so), like "sagte sie weiter" would;
        without one it stays an unnamed source."""
        chain = state.chain
        if chain is None or not chain[0] or state.paragraph - state.chain_paragraph > 1:
            return None
        if np.role is not None or np.mention.split()[-1:] != ["es"] or np.end >= len(words):
            return None
        if words[np.end].text.lower() not in self.vocab.continuing_adverbs:
            return None
        return chain[0], chain[1]

    def _demonstrative(
        self, np: NP, state: DocState, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        """The speaker a subject "diese"/"dieser" stands for: the latest non-subject phrase
        of this or the previous sentence (`demonstratives.antecedent`), resolved like a
        speaker named there; nobody when none fits."""
        prev = [w.text for w in state.prev_words] if state.prev_words else []
        texts = prev + [w.text for w in words]
        found = antecedent(
            texts, len(prev) + np.start, np.mention, self._np, self._known_bare, self._somebody
        )
        if found is None:
            return None, None
        at = Attribution(found, "", (0, 0))
        return self._resolve_np(at, state, words)

    def _known_bare(self, np: NP) -> bool:
        """Whether a phrase without an article is somebody for sure: a full name, a surname
        the article introduced, a role or an organisation word."""
        words = np.name.split()
        return (
            (len(words) > 1 and np.kind == "name")
            or np.name in self.surnames
            or is_role(words[0])
            or is_org(words[-1])
        )

    def _somebody(self, np: NP) -> bool:
        """Whether a mention surely names somebody who can speak: a name, or a head that is
        a role, an organisation or a person noun (not "den Haftbefehl", "das Verfahren")."""
        words = (np.role or "").split() if np.kind == "anonymous" else np.name.split()
        if not words or not self.check.is_somebody(" ".join(words)):
            return False
        head = words[-1] if np.kind == "anonymous" else words[0]  # "eine Büroangestellte"
        low = head.lower()
        people = self.vocab.person_nouns
        return (
            (np.kind == "name" and not (np.org and np.role))  # not "Konzern Lohndumping"
            or is_role(head)
            or is_org(head)
            or any(low.endswith(p) for p in people)
            or any(low.endswith(p + "n") for p in people)
        )

    def _registry(
        self, np: NP, state: DocState, words: Sequence[Word]
    ) -> tuple[str, str | None] | None:
        """What the document already knows a mention to be: an unnamed circle ("aus
        Regierungskreisen": anonymous), a role noun or age for the person named before, a
        surname for the full name the article introduced."""
        unnamed = self._unnamed(np)
        if unnamed is not None:
            return unnamed
        linked = self._linked_person(np, state, words) or linked_org(np, state.orgs)
        if linked is not None or np.kind != "name" or np.org:
            return linked
        known = full_name(np.name, state.persons)
        if known is None:
            return None
        role = nominative(np.role, leading_article(np.mention, np.role)) or known[1]
        # mentioned again: the latest person for a following "er"/"sie"
        gender = next((g for n, _, g in reversed(state.persons) if n == known[0]), None)
        state.persons.append((known[0], role, gender))
        return known[0], role

    def _unnamed(self, np: NP) -> tuple[str, str | None] | None:
        """Sources without a name of their own: circles ("aus Regierungskreisen"), reports
        ("Medienberichten zufolge"), a spokesperson for an organisation ("Sprecher des X":
        the organisation speaks) and persons described but not named."""
        vocab = self.vocab
        if np.kind == "description":
            circle = unnamed_source(np.mention, vocab.unnamed_heads, vocab.unnamed_dative)
            if circle is not None:
                return "anonymous", circle
        if np.kind in ("name", "description") and " " not in np.name:
            report = unnamed_source(np.name, tuple(vocab.unnamed_reports), vocab.unnamed_dative)
            if report is not None:
                return "anonymous", report
        if np.kind != "description" or np.org:
            return None
        spoke = spokesperson_of(np.name, vocab.spokespersons)
        if spoke is not None:
            return spoke
        person = unnamed_person(np.mention, np.name, vocab.person_nouns)
        return ("anonymous", person) if person is not None else None

    def _note_subject(
        self, at: Attribution, speaker: str | None, role: str | None, state: DocState, si: int
    ) -> None:
        """Remember a described speaker ("Der Betreiber dementiert …") with the gender its
        article shows, so that "Er beschuldigt …" in the next sentence is that subject and
        not a person named further back."""
        np = at.np
        if speaker is None or np is None or np.plural or at.passive:
            return
        if np.kind == "name" and not np.org and not at.marker:
            gender = gender_of(np.role, np.mention) or _known_gender(speaker, state)
            if gender is not None:
                state.subject = (speaker, role, gender, si)  # "Merkel sagte …; sie fügte …"
            return
        if np.kind == "anonymous" and np.role:
            # "Ein Sprecher der Feuerwehr"
            gender = _unnamed_role_gender(np.role, np.mention, self.vocab.spokespersons)
            if gender is not None:
                state.subject = (speaker, role, gender, si)
            return
        if np.kind != "description":
            return
        article = np.mention.split()[0].lower() if np.mention else ""
        gender = {"der": "m", "die": "f"}.get(article) or _unnamed_role_gender(
            np.name, np.mention, self.vocab.spokespersons
        )
        if gender is not None:
            state.subject = (speaker, role, gender, si)

    def _sentence_subject(self, words: Sequence[Word], state: DocState) -> None:
        """A person opening the sentence ("Innenminister Peter Kraus traf am Montag …") is
        its subject: a following "er"/"sie" means that person, not one named later in the
        sentence as an object."""
        texts = [w.text for w in words]
        s, np = self._opening(texts)
        if np is None or np.kind != "name" or np.org or np.plural:
            _refresh_subject(texts[s : s + 3], state)
            return
        name, role, gender = self._person_of(np, state)
        if gender is None:
            return
        state.subject = (name, role, gender, state.sentence)
        if _registrable(np) and all(n != name for n, _, _ in state.persons):
            # a subject without a speech cue is a mention too: "sie" two sentences on
            state.persons.append((name, role, gender))

    def _opening(self, texts: list[str]) -> tuple[int, NP | None]:
        """Where the sentence's first phrase starts (after "Auch", "Zudem" …) and the phrase."""
        s = 0
        while s < len(texts) and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        if _fronted_demonstrative(texts, s, self.lex.forms):
            s += 2  # "Das sagte Bürgermeister Karl Huber": the subject follows the cue
        return s, self._np(texts, s, len(texts), allow_apposition=True)

    def _person_of(self, np: NP, state: DocState) -> tuple[str, str | None, str | None]:
        """A person's name as the article introduced it, role and gender (None if unknown)."""
        known = full_name(np.name, state.persons)
        name, role = known if known is not None else (np.name, role_of(np))
        gender = gender_of(np.role, np.mention) or _known_gender(name, state)
        return name, role_of(np) or role, gender

    def _own_subject(
        self, np: NP, words: Sequence[Word], state: DocState
    ) -> tuple[str, str | None] | None:
        """ "Gisela Piltz schloss sich an: Die Mittel seien ihrer Meinung nach …": a
        possessive after the person opening its own sentence is that person's, not whoever
        the sentences before were about. Only a person whose gender agrees."""
        if not is_possessive(np.mention):
            return None
        _, opening = self._opening([w.text for w in words])
        if opening is None or opening.kind != "name" or opening.org or opening.plural:
            return None
        if opening.end > np.start:
            return None
        name, role, gender = self._person_of(opening, state)
        return (name, role) if gender == ("m" if np.name == "er" else "f") else None

    def _previous_subject(self, pronoun: str, state: DocState) -> tuple[str, str | None] | None:
        """The described subject of this or the previous sentence when its gender fits."""
        subj = state.subject
        want = "m" if pronoun == "er" else "f"
        if subj is None or subj[2] != want or state.sentence - subj[3] > 1:
            return None
        return subj[0], subj[1]

    def _linked_person(
        self, np: NP, state: DocState, sentence: Sequence[Word]
    ) -> tuple[str, str | None] | None:
        """ "Der 61-Jährige sagte", "Der Sprecher fügte hinzu": a definite age noun or
        spokesperson without a name stands for the person named before (for an age: the last
        person of that gender; for a spokesperson: the last one with that role)."""
        words = np.mention.split()
        if np.kind != "description" or words[0].lower() not in ("der", "die"):
            return None
        aged_role = len(words) == 3 and _age_adjective(words[1]) and is_role(words[2])
        placed = len(words) == 3 and place_adjective(words[1]) and is_role(words[2])
        if len(words) != 2 and not aged_role and not placed:
            return None
        head = words[-1]
        gender = "m" if words[0].lower() == "der" else "f"
        # "der 61-Jährige", "die 61-jährige Politikerin": an age stands for a person
        age = aged_role or head.endswith(("-Jährige", "-jährige"))
        if not age and not head.lower().endswith(("sprecher", "sprecherin")):
            # other role nouns ("der Minister") only with one holder of that role in the
            # article: taking the latest one picked the wrong holder too often ("der Papst")
            holder = role_holder(head, state.persons, repeated=placed)
            return holder or self._redescribed(head, gender, state, sentence)
        if age:
            # like a pronoun, an age noun prefers the subject of the sentence before ("X traf
            # Y. Der 61-Jährige sagte": X) over the person named last
            subj = self._previous_subject("er" if gender == "m" else "sie", state)
            if subj is not None and subj[0] != np.name and " " in subj[0]:
                return subj
            recent = _recent_of_gender(gender, state, sentence)
            if recent:
                # the one person of that gender in this or the sentence before; two: nobody
                return recent[0] if len(recent) == 1 else None
            unnamed = _unnamed_running(gender, state)
            if unnamed is not None:
                return unnamed
        for name, role, g in reversed(state.persons):
            if name == np.name or " " not in name:
                continue
            if age and (g or _known_gender(name, state)) in (gender, None):
                # a later mention without a role ("Faeser", "sie") keeps the gender given before
                return name, role
            if not age and role and role_head(role).lower().endswith(head.lower()):
                return name, role
        return None

    def _redescribed(
        self, head: str, gender: str, state: DocState, sentence: Sequence[Word]
    ) -> tuple[str, str | None] | None:
        """ "Finanzminister Lars Becker (SPD) verteidigte den Etat. „…“, sagte der
        SPD-Politiker": a re-describing noun (`redescription`) is the one person of its
        gender and party named in this or the sentence before, the running speaker first;
        two such persons or none: the noun stays as written."""
        wanted = redescription(head)
        article = "der" if gender == "m" else "die"
        if wanted is None or role_gender(head, article) != gender:
            return None  # none, or "der Politikerin" (a dative), "die Manager" (plural)
        near = [*(state.prev_words or ()), *sentence]
        fits = [
            p
            for p in _recent_of_gender(gender, state, sentence)
            if parties_agree(wanted, _party_of(p, near, state.text))
        ]
        chain = state.chain
        running = next((p for p in fits if chain is not None and p[0] == chain[0]), None)
        if running is not None or not fits:
            return running or _running_person(gender, wanted, state, near)
        return fits[0] if len(fits) == 1 else None

    def _target_name(
        self, np: NP | None, state: DocState, words: Sequence[Word], speaker: str | None = None
    ) -> str | None:
        """The accused as a canonical name: a pronoun resolves like a speaker would, but never
        to the accuser ("Der Staatsanwalt klagte ihn an"), a noun phrase reads in the
        nominative ("dem Präsidenten" -> "Präsident")."""
        if np is None:
            return None
        if np.kind == "pronoun":
            # only a person of the pronoun's gender: an accused is never guessed
            want = "m" if np.name == "er" else "f"
            return next(
                (n for n, _, g in reversed(state.persons) if g == want and n != speaker), None
            )
        if np.org or np.kind == "description":
            written = target_as_written(np.name, np.mention)  # "den früheren Manager"
            return written or nominative(np.name, leading_article(np.mention, np.name)) or np.name
        return np.name

    def _remember(self, np: NP, state: DocState) -> None:
        _remember_org(np, state, self.tables.nouns)
        if np.kind == "name" and not np.org:
            state.persons.append((np.name, role_of(np), gender_of(np.role, np.mention)))
        elif np.kind == "description":
            state.groups.append(np.name)
            head = np.name.split()[0]
            if is_role(head) and not np.plural and not is_org(np.name.split()[-1]):
                state.persons.append((np.name, None, gender_of(head)))

    def mentions(self, words: Sequence[Word], state: DocState) -> None:
        """Persons and organisations introduced without a cue ("Landrat Peter Hoffmann
        besuchte …", "geführt von Telesforo Santillan", "hat die Gewerkschaft abgelehnt") so
        that a later "er"/"sie" finds them instead of staying a bare pronoun."""
        self._sentence_subject(words, state)
        self.scan_mentions(words, state)

    def scan_mentions(self, words: Sequence[Word], state: DocState) -> None:
        """The mention scan of `mentions` alone: it appends to the registry (persons, groups,
        organisations) and reads nothing of `state`, so the mentions stage can run it ahead
        of speaker resolution (only the names known so far, `surnames`, steer it)."""
        texts = [w.text for w in words]
        n = len(texts)
        for i in range(n - 1):
            if words[i].inq or not texts[i][:1].isupper():
                continue  # roles, names and organisations are capitalised: skip the rest fast
            if is_role(texts[i]) or self._full_name_at(texts, i):
                np = self._np(texts, i, n, allow_apposition=False)
                if np is not None and np.kind != "name" and i > 0 and texts[i - 1] in DETS:
                    # "die Fraktionschefin der Grünen, Renate Künast,": the apposed name
                    np = self._np(texts, i - 1, n, allow_apposition=True)
                if np is not None and np.kind == "name" and not np.org:
                    # the article before the role tells "die Abgeordnete" from "der"
                    said = " ".join(texts[max(i - 1, 0) : i]) + " " + np.mention
                    state.persons.append((np.name, role_of(np), gender_of(np.role, said)))
            elif i > 0 and texts[i - 1].lower() in ("der", "die", "das") and is_org(texts[i]):
                np = self._np(texts, i - 1, n, allow_apposition=False)
                if np is not None:
                    _remember_org(np, state, self.tables.nouns)
                if np is not None and np.org and not np.plural:
                    state.groups.append(nominative(np.name, texts[i - 1].lower()) or np.name)

    def _full_name_at(self, texts: list[str], i: int) -> bool:
        """Two capitalised words inside a sentence that are no common nouns: a full name. A
        given name of the lexicon makes one also before a surname that is a noun too ("traf
        Anna Berg", "die Geschwister Thomas Brandner")."""
        if i == 0 or i + 1 >= len(texts):
            return False
        a, b = texts[i], texts[i + 1]
        t = self.tables
        if not (a[:1].isupper() and b[:1].isupper() and a.isalpha()):
            return False
        if texts[i - 1].lower() in DETS:
            return False
        if is_first_name(a) and b.isalpha() and self._may_precede_name(texts[i - 1]):
            return True
        return not any(w in t.nouns or w in t.noun_lemmas or w.lower() in t.lowers for w in (a, b))

    def _may_precede_name(self, word: str) -> bool:
        """Whether a given name may follow `word` in a name of its own: after a lower-case word
        or a person noun ("die Geschwister Thomas Brandner"), not after another noun ("die
        Schuld Joseph Konys" is a genitive attribute)."""
        return not word[:1].isupper() or word.lower() in self.vocab.person_nouns


def _fronted_demonstrative(texts: list[str], s: int, cue_forms: Mapping[str, str]) -> bool:
    """ "Das sagte Bürgermeister Karl Huber", "Dies kündigte Landrätin Anna Berg an": a
    demonstrative object before a finite speech verb, so the phrase after the verb is the
    subject; read as one phrase, the verb would become part of the role ("sagte
    Bürgermeister")."""
    return (
        s + 2 < len(texts)
        and texts[s].lower() in ("das", "dies")
        and texts[s + 1] in cue_forms
        and texts[s + 2][:1].isupper()
    )


def _registrable(np: NP) -> bool:
    """Whether a sentence's opening phrase is a clean subject to register: it starts with a
    capitalised word or an article other than "das" ("Das musste Minister X einräumen"
    fronts an object) and no sub-heading ran into it ("SPD Der SPD-Vorsitzende X")."""
    words = np.mention.split()
    if not words or not (words[0][:1].isupper() or words[0].lower() in DETS):
        return False
    if words[0].lower() == "das":  # no person's article: "Das musste Minister X einräumen"
        return False
    return not any(w in ("Der", "Die", "Das") for w in words[1:])


def is_possessive(mention: str) -> bool:
    """ "ihrer", "seinen", "ihrem": a possessive pronoun ("ihrer Meinung nach")."""
    low = mention.lower()
    return low.startswith(("ihr", "sein")) and low not in ("ihr", "sein")


def _unspoken_by(np: NP, subject: str, state: DocState) -> bool:
    """ "Landrat X … Der Kreis will nach seinen Worten …": a possessive before words only a
    person utters (lexicon `speaker_spoken_words.txt`) cannot mean a subject that is no
    person of the article (an organisation, a description), so the pronoun goes on to the
    person of its gender named before."""
    words = np.mention.lower().split()
    if len(words) < 2 or words[-1] not in SPOKEN_WORDS or not is_possessive(words[0]):
        return False
    return all(n != subject for n, _, _ in state.persons)


def _unnamed_role_gender(
    description: str, mention: str | None, spokespersons: frozenset[str]
) -> str | None:
    """ "Eine Sprecherin der Behörde bestätigte …. Man habe …, sagte sie.": an unnamed
    spokesperson is the subject a following "sie"/"er" continues, like "die Sprecherin"
    would be; the noun gives the gender, which the indefinite article must agree with.
    Without this the pronoun went to a person named sentences before. Only spokespersons:
    an unnamed witness or adviser ("ein Augenzeuge") rarely goes on speaking, and taking
    the pronoun from the running speaker cost more than it gained on gnqa."""
    article = (mention or "").split()[:1]
    words = [w for w in description.split() if w.lower() not in ("ein", "eine")]
    if article not in (["ein"], ["Ein"], ["eine"], ["Eine"]) or not words:
        return None
    if words[0].lower() not in spokespersons:
        return None
    gender = gender_of(" ".join(words), mention)
    return gender if gender == ("f" if article[0].lower() == "eine" else "m") else None


def _contrasted(np: NP, words: Sequence[Word], state: DocState) -> tuple[str, str | None] | None:
    """ "Mehrere Abgeordnete hätten Yıldırım nahegelegt, zu verzichten, hieß es. Er selbst ließ
    offen, …": "selbst" after a subject pronoun sets its referent against the one who spoke
    before, so "er selbst" is the person the previous sentence was about, not its speaker:
    the latest person of the pronoun's gender named there other than the running speaker.
    Without such a person (the speaker was the only one named) the pronoun resolves as usual."""
    if np.end >= len(words) or words[np.end].text.lower() not in ("selbst", "selber"):
        return None
    speaker = state.chain[0] if state.chain is not None else None
    want = "m" if np.name == "er" else "f"
    for text in reversed([w.text for w in state.prev_words or ()]):
        for name, role, g in reversed(state.persons):
            if " " not in name or name.split()[-1] != text or name == speaker:
                continue
            if (g or _known_gender(name, state)) == want:
                return name, role
    return None


def _known_gender(name: str, state: DocState) -> str | None:
    """The gender the document gave a person before (from a role noun), else the one its
    given name tells ("Anna Berg": f), if any."""
    given = next((g for n, _, g in reversed(state.persons) if n == name and g is not None), None)
    return given or first_name_gender(name)


def _recent_of_gender(
    gender: str, state: DocState, words: Sequence[Word]
) -> list[tuple[str, str | None]]:
    """The persons with a full name and a known gender `gender` (from a role or a given name)
    whose surname stands in this or the previous sentence, latest first: "Peter Kraus traf
    Anna Berg. Die 45-Jährige sagte": only Anna Berg is a woman there. A person named
    paragraphs before is no candidate, so an older namesake cannot make the age ambiguous."""
    texts = {w.text for w in words} | {w.text for w in state.prev_words or ()}
    found: dict[str, str | None] = {}
    for name, role, g in reversed(state.persons):
        if " " not in name or name in found or name.split()[-1] not in texts:
            continue
        if (g or _known_gender(name, state)) == gender:
            found[name] = role
    return list(found.items())


def _party_of(person: tuple[str, str | None], words: Sequence[Word], text: str) -> Parties:
    """The parties a person's role ("SPD-Fraktionschef") or a "(SPD)" tag after the
    surname in the given words names; empty when unknown."""
    surname = person[0].split()[-1]
    tags = [tagged_party(text[w.end : w.end + 12]) for w in words if w.text == surname]
    return role_party(person[1]).union(*tags)


def _running_person(
    gender: str, wanted: Parties, state: DocState, near: Sequence[Word]
) -> tuple[str, str | None] | None:
    """ "Finanzminister X ... „…“, sagte er. Die Opposition kritisierte … Der Etat sei
    solide, betonte der SPD-Politiker": with nobody fitting named close by, the running
    speaker of the paragraph, a full name of that gender and an agreeing party."""
    chain = state.chain
    if chain is None or state.chain_paragraph != state.paragraph or " " not in chain[0]:
        return None
    if _known_gender(chain[0], state) != gender:
        return None
    if not parties_agree(wanted, _party_of((chain[0], chain[1]), near, state.text)):
        return None
    return chain[0], chain[1]


def _unnamed_running(gender: str, state: DocState) -> tuple[str, str | None] | None:
    """ "Eine deutsche Urlauberin berichtet von dramatischen Szenen. „…“, erzählte die
    38-Jährige": with no named person of that gender close by, an age noun is the unnamed
    person the sentence before introduced as the running speaker, when the role's gender
    agrees; the quote stays anonymous, described by that role."""
    chain = state.chain
    if chain is None or chain[0] != "anonymous" or state.sentence - chain[2] > 1:
        return None
    head = chain[1].split()[-1] if chain[1] else None  # "deutsche Urlauberin": the noun's
    return (chain[0], chain[1]) if head and gender_of(head) == gender else None


def _refresh_subject(opening: list[str], state: DocState) -> None:
    """ "Dabei lobte er den Bauamtsleiter": a pronoun subject of the subject's gender near
    the sentence start continues that subject into the next sentence."""
    subj = state.subject
    if subj is None or state.sentence - subj[3] > 1:
        return
    pronoun = "er" if subj[2] == "m" else "sie"
    if pronoun in (w.lower() for w in opening):
        state.subject = (subj[0], subj[1], subj[2], state.sentence)


def _remember_org(np: NP, state: DocState, inflected: frozenset[str]) -> None:
    """ "der britische Sender BBC": BBC is the organisation a later "der Sender" means;
    "das Landratsamt Passau", "die Gewerkschaft Verdi": the named office a later "das
    Landratsamt" or "die Gewerkschaft" means."""
    if np.kind == "name" and np.org and np.role:
        state.orgs.append((np.name, np.role.split()[-1].lower()))
    elif np.kind == "description" and np.org and not np.plural:
        head = named_org_head(np.name, inflected)
        if head is not None:
            state.orgs.append((np.name, head))


def named_org_head(name: str, inflected: frozenset[str]) -> str | None:
    """The organisation noun of "Landratsamt Passau" / "Gewerkschaft Verdi": an organisation
    noun in its base form (no acronym like "USA", not an inflected form such as
    "Organisationen" from the lemma table) followed only by capitalised words that are no
    inflected common nouns ("Hilfsorganisation Ärzte ohne Grenzen" is cut, not a name);
    lower-cased, or None."""
    words = name.split()
    first = words[0]
    if len(words) < 2 or first.isupper() or first in inflected or not is_org(first):
        return None
    if is_org(words[-1]) or not all(w[:1].isupper() and w not in inflected for w in words[1:]):
        return None
    return first.lower()


def linked_org(np: NP, orgs: Sequence[tuple[str, str]]) -> tuple[str, str | None] | None:
    """ "Der Sender meldete …", "der Konzern teilte mit" after "der britische Sender BBC" /
    "der Autokonzern Volkswagen": a definite organisation noun without a name stands for
    the last organisation the article named with that noun (or a compound ending in it)."""
    words = np.mention.split()
    if np.kind != "description" or len(words) < 2 or words[0].lower() not in ("der", "die", "das"):
        return None
    if not all(w[:1].islower() for w in words[1:-1]):
        return None  # only adjectives between article and noun: "der britische Sender"
    head = words[-1].lower()
    return next(((n, None) for n, noun in reversed(orgs) if noun.endswith(head)), None)


def place_adjective(word: str) -> bool:
    """ "Kreuzberger", "Münchner", "Zürcher": a capitalised adjective of a place before a
    role ("die Kreuzberger Bürgermeisterin"); such a role says which office of the story
    is meant, so it names the one holder of that title even when the title repeats."""
    return (
        len(word) > 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("er")
        and not is_role(word)
        and not is_org(word)
    )


def _age_adjective(word: str) -> bool:
    """ "61-jährige", "61-jährigen": an age written as an adjective."""
    head, _, rest = word.partition("-")
    return head.isdigit() and rest.startswith("jährig")
