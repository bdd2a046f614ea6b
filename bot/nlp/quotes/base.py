"""The resources every stage reads (cue lexicon, lemma tables, speech-act
and speaker lexicons) and the noun-phrase and Konjunktiv tests they share.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from bot.nlp.attribution.acts import CueActs, load_cue_acts, load_np_frames
from bot.nlp.attribution.continuation import Konjunktiv2, konj2_at, load_konjunktiv2
from bot.nlp.attribution.pos_tags import PosTagger, is_nominal
from bot.nlp.attribution.report_verbs import report_forms
from bot.nlp.attribution.somebody import SpeakerCheck, load_speaker_check
from bot.nlp.attribution.sources import Markers, load_markers
from bot.nlp.cues import CueLexicon, build_lexicon, nominal_cue_nouns
from bot.nlp.lexicons import words as words_of
from bot.nlp.quotes.grammar import (
    ADJECTIVE_ENDINGS,
    BOUNDARY,
    DETS_LOWER,
    PREPOSITIONS,
    QUOTE_CHARS,
    SUBORDINATORS,
    TAIL_WORDS,
)
from bot.nlp.quotes.model import WordTables, load_lemma_table, word_tables
from bot.nlp.quotes.reported_acts import ReportedFrames, load_reported_frames, reports_object
from bot.nlp.quotes.vocabulary import QuoteVocabulary, load_vocabulary
from bot.nlp.speakers import (
    DETS,
    INDEF,
    NP,
    POSSESSIVE,
    QUANTIFIERS,
    is_org,
    is_role,
    parse_np,
)
from bot.nlp.speakers.appositions import titled_organisation
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.glued import split_glued, split_object
from bot.nlp.speakers.word_classes import is_thing
from bot.nlp.stage_records import Word

# the words that open a description before its head (one set, not a union per phrase)
_ARTICLES = DETS | INDEF | POSSESSIVE


def _written_head(mention: str) -> str | None:
    """The head noun of a description as written: the last capitalised word before any
    genitive ("Haltung der Regierung" is about an attitude, not the government)."""
    words = mention.split()
    if words[1:2] == ["der"] and words[0].lower() in QUANTIFIERS:
        words = words[1:]  # "Einige der Anwohner": the partitive's noun is the head
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    head: str | None = None
    for w in words:
        if w in TAIL_WORDS:
            break
        if w[:1].isupper():
            head = w
    return head


def _adjective_like(word: str) -> bool:
    """An inflected attributive adjective ("ersten", "Offiziellen" at a sentence start)."""
    low = word.lower()
    return (
        word.isalpha()
        and (low.endswith(ADJECTIVE_ENDINGS) or low in ("neuen", "neue", "neuer"))
        and low not in DETS_LOWER
    )


@dataclass(frozen=True, slots=True)
class QuoteResources:
    """Everything the quote rules read: built once by the component's `initialize()`, never
    at import or when the pipeline is assembled."""

    lexicon: CueLexicon
    tables: WordTables
    vocab: QuoteVocabulary
    acts: CueActs
    np_frames: dict[str, frozenset[str]]
    reflexive_non_cues: frozenset[str]
    according: Markers
    check: SpeakerCheck
    konj2: Konjunktiv2
    reported: ReportedFrames
    # the forms that may be report verbs (the attribution stage's report cues), from the
    # same read of the lemma table
    report_forms: frozenset[str] = frozenset()


def _with_quoted_name(np: NP, texts: list[str], end: int) -> NP:
    """The phrase with the quoted name that follows its head ("Bürgerinitiative „Deichbau
    jetzt“": merged into one word by `quoted_names`), so the name is the speaker's."""
    if np.end >= end or np.kind in ("pronoun", "anonymous"):
        return np
    if np.name.split()[-1:] != texts[np.end - 1 : np.end]:
        return np  # "Monika Haase von der Bürgerinitiative „…“": the name is the person's
    name = texts[np.end]
    if len(name) < 3 or name[0] not in QUOTE_CHARS or name[-1] not in QUOTE_CHARS:
        return np
    mention = f"{np.mention} {name}"
    titled = titled_organisation(np.name, name) if np.role is None else None
    if titled is not None:  # "die Wochenzeitung „Die Zeit“": the title speaks
        title, role = titled
        return dataclasses.replace(
            np, end=np.end + 1, kind="name", name=title, role=role, org=True, mention=mention
        )
    return dataclasses.replace(np, end=np.end + 1, name=f"{np.name} {name}", mention=mention)


def load_resources() -> QuoteResources:
    """The cue lexicon, lemma tables and word lists of bot/nlp/lexicons. spaCy's lemma
    table is read once: it gives the word tables and checks the cue lexicon's verb forms."""
    table = load_lemma_table()
    tables = word_tables(table)
    lexicon = build_lexicon(table)
    # a noun predicate's object reports with its preposition ("die Forderung nach …")
    predicates = {p.lemma: p.prepositions for ps in lexicon.noun_predicates.values() for p in ps}
    return QuoteResources(
        lexicon=lexicon,
        tables=tables,
        vocab=load_vocabulary(),
        acts=load_cue_acts(),
        np_frames=load_np_frames() | predicates,
        reflexive_non_cues=words_of("reflexive_non_cues.txt"),
        according=load_markers(),
        check=load_speaker_check(tables.nouns | tables.noun_lemmas, tables.lowers),
        konj2=load_konjunktiv2(tables.konj2, tables.past),
        reported=load_reported_frames(),
        report_forms=report_forms(table),
    )


def cue_keys(lex: CueLexicon) -> frozenset[str]:
    """Every lower-case form some cue path of `CueFinder.find_cues` looks up: a word outside
    this set can be no cue, so the finder skips it without running each rule's lookup (most
    words of a sentence). A new cue path keyed by a new lexicon must add its keys here."""
    return frozenset(
        [
            *lex.forms,
            *lex.plural_forms,
            *lex.separable,
            *lex.closed_before,
            *lex.framed,
            *lex.documentary,
            *lex.located,
            *lex.noun_predicates,
        ]
    )


class RulesBase:
    """The resources every stage reads (cue lexicon, lemma tables, speech-act
    and speaker lexicons) and the noun-phrase and Konjunktiv tests they share."""

    def __init__(self, res: QuoteResources) -> None:
        self.res = res
        self.lex = res.lexicon
        self.tables = res.tables
        self.verbs = res.tables.verbs
        self.vocab = res.vocab
        self.acts = res.acts
        self.np_frames = res.np_frames
        self.reflexive_non_cues = res.reflexive_non_cues
        self.according = res.according
        self.check = res.check
        self.konj2 = res.konj2
        self.reported = res.reported
        self.cue_keys = cue_keys(res.lexicon)
        self.cue_nouns = nominal_cue_nouns()
        # surnames of the document being read (set on the per-document copy, see rules.run)
        self.surnames: frozenset[str] = frozenset()
        self.full_names: frozenset[str] = frozenset()
        # HanTa's tags for candidate sentences (config nlp.pos_tagger), set by the stages
        self.pos: PosTagger | None = None

    def __copy__(self) -> RulesBase:
        """The shallow copy each stage reads a document with (quotes/rules.py): a new
        instance sharing every attribute, as copy.copy's generic path makes it, without
        that path's pickling protocol (three copies per article)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def _np(
        self,
        texts: list[str],
        i: int,
        end: int,
        allow_apposition: bool = True,
        bare_adjective: bool = False,
    ) -> NP | None:
        np = parse_np(
            texts,
            i,
            end,
            allow_apposition=allow_apposition,
            nouns=self.tables.nouns,
            bare_adjective=bare_adjective,
        )
        if np is None and i < end and texts[i] in self.surnames:
            # "schreibt Papier": a surname the article introduced, though a noun to the chunker
            return NP(i, i + 1, "name", texts[i], None, False, texts[i])
        if np is None:
            return None
        np = self._without_cue_noun(np, texts, allow_apposition, bare_adjective)
        np = split_glued(np, texts, self.surnames, self.tables.nouns, self.full_names)
        np = split_object(np, self._object_word)
        if not self._plausible(np, texts):
            return None
        return _with_quoted_name(np, texts, end)

    def _without_cue_noun(
        self, np: NP, texts: list[str], allow_apposition: bool, bare_adjective: bool
    ) -> NP:
        """ "legte die Läuferin Clara Weiß Einspruch ein", "zog die Feuerwehr Bilanz": a
        nominal cue's noun (`nominal_cues.tsv`, `nominal_prep_cues.tsv`) closing a run of
        capitalised words is the cue's object, no part of the name; the phrase is read again
        without it."""
        last = texts[np.end - 1]
        if np.end - np.start < 2 or last not in self.cue_nouns or last in self.surnames:
            return np
        cut = parse_np(
            texts,
            np.start,
            np.end - 1,
            allow_apposition=allow_apposition,
            nouns=self.tables.nouns,
            bare_adjective=bare_adjective,
        )
        return cut or np

    def _object_word(self, word: str) -> bool:
        """Whether a word glued to an organisation noun is an object, not its name: a
        nominalised verb ("Versagen", "Lügen") or an abstract noun ("Untätigkeit"), and no
        name the article introduced or the given-name lexicon holds."""
        if word in self.surnames or word.isupper() or is_first_name(word):
            return False
        low = word.lower()
        return (
            low in self.tables.verbs or is_thing(word) or low.endswith(self.vocab.abstract_suffixes)
        )

    def name_head(self, word: str) -> bool:
        """A group noun a quoted name may follow: "Bürgerinitiative", "Verein", "Bündnis"."""
        low = word.lower()
        return word[:1].isupper() and (is_org(word) or low.endswith(self.vocab.name_heads))

    def _document_head(self, head: str) -> bool:
        """A document, law or resolution that states something itself (quote_documents.txt)."""
        low = head.lower()
        return low in self.vocab.documents or low.endswith(self.vocab.document_endings)

    def _plausible(self, np: NP, texts: list[str]) -> bool:
        """Reject noun phrases whose head is a common noun ("Ereignis") or a capitalised
        sentence-initial word ("Gleich"); names, roles, organisations and pronouns pass."""
        if np.kind == "anonymous" and not self._unnamed_speaks(np):
            return False
        if np.kind in ("pronoun", "anonymous") or np.role or np.org:
            return True
        words = np.name.split()
        head = words[-1]
        if np.kind == "name" and len(words) == 1 and head in self.surnames:
            return True  # "Williams", "Leung" after "Juan Williams": a name, not a noun
        if np.kind == "description":
            head = _written_head(np.mention) or head
            if is_role(head) or is_org(head):
                return True
        elif any(is_role(w) or is_org(w) for w in words):
            return True
        if (
            head.lower() in self.vocab.person_nouns
            or head.lower().rstrip("n") in self.vocab.person_nouns
        ):
            return True
        if np.kind == "description" and self._document_head(head):
            return True  # inanimate sources: "Die Resolution fordert", "Das Grundgesetz erlaubt"
        if head.lower().endswith(self.vocab.abstract_suffixes) and not (
            np.kind == "name" and len(words) > 1
        ):
            return False  # "die Befürchtung", "die Anzahl": abstract nouns say nothing
        if (
            np.kind == "name"
            and len(words) == 1
            and head.lower().endswith(self.vocab.noun_suffixes)
        ):
            return False  # "Begründung", "Interview" are nouns, not surnames
        if np.kind == "name":
            if len(words) == 1:
                first_in_clause = (
                    np.start == 0
                    or texts[np.start - 1] in BOUNDARY
                    or texts[np.start - 1] in QUOTE_CHARS
                )
                if first_in_clause and self._lower_word(texts, np.start, head):
                    return False
                if head in self.tables.nouns:
                    return False
            return True
        return head not in self.tables.nouns and head not in self.tables.noun_lemmas

    def _lower_word(self, texts: list[str], i: int, head: str) -> bool:
        """Whether a capitalised clause-initial word is an ordinary word capitalised by its
        position only, never a speaker's name: a lower-case word of the lemma tables
        ("Gleich"), or, with a POS tagger, a word it reads as an adverb or adjective
        ("Unterdessen haben …", "Monatelang haben …") that the tables do not know."""
        if head.lower() in self.tables.lowers:
            return True
        if self.pos is None or texts[i] != head or head in self.surnames:
            return False  # a surname the article introduced is a name, wherever it stands
        if head.lower() in PREPOSITIONS or head.lower() in SUBORDINATORS:
            return True  # closed word classes: the tagger's answer, without tagging
        return not is_nominal(self.pos.tag_at(texts, i))

    def _unnamed_speaks(self, np: NP) -> bool:
        """Whether an indefinite phrase is an unnamed source ("ein Sprecher", "eine Quelle")
        rather than a fronted object ("Eine Verschiebung des Termins bezeichnete X als …"):
        its written head must be a noun that can speak."""
        head = _written_head(np.mention)
        return head is None or self.check.head_speaks(head)

    # ---- word classes -------------------------------------------------------------
    def is_konj1(self, word: str) -> bool:
        w = word
        if w in self.konj2.auxiliaries:
            return True  # lexicons/konjunktiv1_auxiliaries.txt: "sei", "habe", "tue" (tun) ...
        if not w[:1].islower() or not w.endswith("e") or w in self.vocab.not_konj or len(w) < 4:
            return False
        if w in self.tables.not_konj:
            return False
        if w.endswith("le") and (w[:-2] + "eln") in self.verbs:
            return True  # "handle" (handeln)
        if w.endswith(("ere", "ele")) and (w[:-1] + "n") in self.verbs:
            return True  # "ändere" (ändern)
        return (w + "n") in self.verbs and w not in self.tables.not_konj

    def has_konj(self, words: Sequence[Word], lo: int, hi: int, konj2: bool = False) -> bool:
        for k in range(lo, hi):
            w = words[k]
            if w.inq:
                continue
            if self.is_konj1(w.text) and not (k > 0 and words[k - 1].text.lower() in ("ich", "zu")):
                return True
        if not konj2:
            return False
        part = words[lo:hi]
        return konj2_at([w.text for w in part], [w.inq for w in part], self.konj2) is not None

    def _saxon_genitive(self, np: NP) -> bool:
        """ "Patersons Entscheidung", "Trumps Plan": a possessor and a thing, not a name."""
        words = np.name.split()
        return (
            len(words) == 2
            and words[0].endswith("s")
            and (words[1] in self.tables.nouns or words[1] in self.tables.noun_lemmas)
        )

    def _common_noun(self, word: str) -> bool:
        """A common noun in the lemma table, or a compound ending in one ("Wahlbetrug")."""
        t = self.tables
        return any(
            w in t.nouns or w in t.noun_lemmas
            for w in [word, *(word[i:].capitalize() for i in range(2, len(word) - 3))]
        )

    def _framed(self, lemma: str, texts: list[str], lo: int, hi: int) -> bool:
        """Whether a noun-phrase object carries the complement its cue's frame needs to
        report content ("kritisierte den Beschluss als Fehler"; lexicons/np_object_frames)."""
        preps = self.np_frames.get(lemma)
        if preps is not None and any(t.lower() in preps for t in texts[lo:hi]):
            return True
        return reports_object(
            self.reported, lemma, texts, lo, hi, self.vocab.person_nouns
        )  # cue_reported_acts.tsv

    def _person(self, texts: list[str], lo: int, hi: int) -> bool:
        """Whether an object names a person ("kritisiert Machthaber Kim scharf"): praising or
        blaming someone reports no statement."""
        obj = self._np(texts, lo, hi, allow_apposition=False)
        return obj is not None and (obj.kind in ("name", "pronoun") or bool(obj.role))
