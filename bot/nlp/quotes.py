"""Quote attribution rules (component `lagebild_quotes`): who said what, found by cue words,
quote marks, Konjunktiv and a light noun-phrase chunker (bot.nlp.speakers).

The rules run per sentence over plain word lists so that they are pure, fast (no parser) and
testable; the component only converts the Doc into those lists and back into Quote records.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.models import Quote, QuoteKind, SpeechAct
from bot.nlp.attribution.acts import (
    content_after,
    find_target,
    is_passive,
    load_cue_acts,
    load_np_frames,
)
from bot.nlp.attribution.continuation import konj2_at, load_konjunktiv2, strong_forms
from bot.nlp.attribution.somebody import load_speaker_check
from bot.nlp.attribution.sources import back_reference, load_markers
from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.cues import ACCORDING_NOUNS, WEAK_OPINION, CueLexicon, build_lexicon
from bot.nlp.lexicons import words as words_of
from bot.nlp.names import canonical_speakers
from bot.nlp.roles import leading_article, nominative
from bot.nlp.segmenter import quote_role
from bot.nlp.speakers import (
    DETS,
    INDEF,
    NP,
    POSSESSIVE,
    is_cap,
    is_org,
    is_role,
    parse_np,
)

QUOTE_CHARS = frozenset('"„“”»«‚‹›')
BOUNDARY = frozenset({",", ":", ";", "–", "—", "(", ")", "-"})
SUBORDINATORS = frozenset(
    {
        "dass",
        "wie",
        "weil",
        "nachdem",
        "als",
        "während",
        "ob",
        "wenn",
        "obwohl",
        "da",
        "denn",
        "und",
        "aber",
        "doch",
        "sondern",
    }
)
LEAD_SKIP = frozenset(
    {
        "auch",
        "zudem",
        "und",
        "aber",
        "doch",
        "dann",
        "nun",
        "jetzt",
        "so",
        "außerdem",
        "ebenso",
        "ebenfalls",
        "gleichzeitig",
        "zugleich",
        "sondern",
        "allerdings",
        "jedoch",
        "inzwischen",
        "mittlerweile",
        "später",
        "zuvor",
    }
)
GAP_WORDS = frozenset(
    {
        "hat",
        "habe",
        "hatte",
        "hätte",
        "haben",
        "hatten",
        "wird",
        "werde",
        "wurde",
        "würde",
        "werden",
        "wurden",
        "ist",
        "sei",
        "war",
        "auch",
        "bereits",
        "zudem",
        "weiter",
        "nun",
        "jetzt",
        "noch",
        "schon",
        "erneut",
        "dazu",
        "daraufhin",
        "außerdem",
        "jedoch",
        "aber",
        "allerdings",
        "ebenfalls",
        "später",
        "zuvor",
        "gestern",
        "heute",
        "zuletzt",
        "kürzlich",
        "jüngst",
        "inzwischen",
        "mittlerweile",
        "am",
        "im",
        "in",
        "einem",
        "einer",
        "gegenüber",
        "dem",
        "der",
        "den",
        "mehrfach",
        "wiederholt",
        "abschließend",
        "ausdrücklich",
        "deutlich",
        "offiziell",
        "öffentlich",
        "sich",
        "darauf",
        "davon",
        "dabei",
        "dort",
        "hier",
        "vor",
        "bei",
        "mit",
        "laut",
        "eindringlich",
        "scharf",
        "zunächst",
        "kurz",
        "sogar",
        "nochmals",
        "mehrmals",
        "zuversichtlich",
        "überzeugt",
        "besorgt",
        "sicher",
    }
)
TIME_WORDS = WEEKDAYS | frozenset(
    {
        "wochenende",
        "abend",
        "morgen",
        "vormittag",
        "nachmittag",
        "anfang",
        "ende",
        "mitte",
        "rande",
        "rahmen",
        "interview",
        "gespräch",
        "pressekonferenz",
        "erklärung",
        "mitteilung",
        "sitzung",
        "rede",
    }
)
SEP_PARTICLES = frozenset(
    {
        "ab",
        "an",
        "auf",
        "aus",
        "ein",
        "vor",
        "zu",
        "zurück",
        "fest",
        "mit",
        "nach",
        "hin",
        "her",
        "weg",
        "los",
        "bei",
        "dar",
        "durch",
        "um",
        "bekannt",
        "klar",
        "hervor",
        "hinzu",
        "fort",
        "vorbei",
        "zusammen",
    }
)
KONJ2 = frozenset(
    {
        "wäre",
        "wären",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "sollte",
        "sollten",
        "dürfte",
        "dürften",
    }
)
NOT_KONJ = frozenset(
    {
        "eine",
        "keine",
        "meine",
        "deine",
        "seine",
        "ihre",
        "unsere",
        "bitte",
        "gerne",
        "alle",
        "ende",
        "nahe",
        "ohne",
        "weise",
        "liebe",
        "ferne",
        "lage",
        "jede",
        "diese",
        "jene",
        "welche",
        "solche",
        "manche",
        "viele",
        "beide",
        "einige",
        "andere",
        "eigene",
        "gute",
        "neue",
        "große",
        "erste",
        "letzte",
        "ganze",
        "gerade",
        "klare",
        "lange",
        "leise",
        "stille",
        "heute",
        "habe",
    }
)
NACH_DETS = (
    frozenset(
        {
            "den",
            "eigenen",
            "ersten",
            "bisherigen",
            "offiziellen",
            "vorläufigen",
            "neuen",
            "jüngsten",
            "aktuellen",
            "übereinstimmenden",
            "inoffiziellen",
            "unbestätigten",
        }
    )
    | POSSESSIVE
)
NACH_ARTICLES = frozenset({"der", "dem", "einer", "einem", "seiner", "ihrer"})
# "nach einer Studie": documents that are sources in their own right when no one is named
NACH_DOCS = frozenset(
    {"studie", "untersuchung", "umfrage", "analyse", "stellungnahme", "schätzung", "prognose"}
)
OPINION_NOUNS = frozenset({"meinung", "ansicht", "auffassung", "einschätzung", "überzeugung"})
PREPOSITIONS = frozenset(
    {
        "am",
        "im",
        "in",
        "bei",
        "nach",
        "vor",
        "mit",
        "auf",
        "zum",
        "zur",
        "trotz",
        "wegen",
        "angesichts",
        "infolge",
        "seit",
        "ohne",
        "durch",
        "gegenüber",
        "neben",
        "zwischen",
        "hinter",
        "unter",
        "über",
        "für",
        "gegen",
        "um",
        "aus",
        "von",
        "vom",
        "beim",
        "inmitten",
        "während",
        "an",
        "ans",
        "innerhalb",
        "außerhalb",
        "aufgrund",
        "bis",
        "zu",
        "ab",
        "laut",
    }
)
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
PERSON_NOUNS = frozenset(
    {
        "mann",
        "frau",
        "männer",
        "frauen",
        "mensch",
        "menschen",
        "leute",
        "familie",
        "eltern",
        "mutter",
        "vater",
        "sohn",
        "tochter",
        "kind",
        "kinder",
        "schüler",
        "student",
        "studenten",
        "mitglied",
        "mitglieder",
        "einwohner",
        "gruppe",
        "bürger",
        "nachbar",
        "nachbarn",
        "freund",
        "freunde",
        "freundin",
        "ehefrau",
        "ehemann",
        "witwe",
        "bruder",
        "schwester",
        "fan",
        "fans",
        "passant",
        "passanten",
        "besucher",
        "teilnehmer",
        "gegner",
        "anhänger",
        "befürworter",
        "demonstranten",
        "polizisten",
        "soldaten",
        "soldat",
        "ärzte",
        "retter",
        "helfer",
        "kunden",
        "verbraucher",
        "wähler",
        "mehrheit",
        "minderheit",
        "seite",
        "staaten",
        "länder",
        "land",
        "staat",
        "stadt",
        "gemeinde",
        "kirche",
        "branche",
        "wirtschaft",
        "industrie",
        "justiz",
        "gericht",
        "anklage",
        "verteidigung",
        "täter",
        "opfer",
        "angeklagte",
        "angeklagter",
        "beschuldigte",
        "verdächtige",
        "jährige",
        "jähriger",
        "mädchen",
        "junge",
        "herr",
        "organisatoren",
        "organisator",
        "veranstalter",
        "künstler",
        "künstlerin",
        "pilot",
        "piloten",
        "pilotin",
        "sänger",
        "sängerin",
        "prediger",
        "randalierer",
        "verlag",
        "vatikan",
        "team",
        "regime",
        "hersteller",
        "betreiber",
        "anbieter",
        "käufer",
        "verkäufer",
        "händler",
        "veranstalterin",
        "fahrer",
        "fahrerin",
        "kapitän",
        "besatzung",
        "crew",
        "mannschaft",
        "verein",
        "klub",
        "club",
        "kommune",
        "landkreis",
        "kreis",
        "bezirk",
        "verband",
        "sender",
        "blatt",
        "magazin",
        "angestellte",
        "angestellten",
        "offizielle",
        "offiziellen",
        "versicherte",
        "versicherten",
        "personen",
        "person",
        "firmen",
        "firma",
        "mitarbeiter",
        "beschäftigte",
        "beschäftigten",
        "arbeitnehmer",
        "arbeitgeber",
        "gewerkschafter",
        "bewohner",
        "anwohner",
        "zuschauer",
    }
)
CHAIN_GAP = 1
TAIL_WORDS = frozenset(
    {"des", "der", "von", "vom", "im", "in", "aus", "für", "bei", "am", "zur", "zum"}
)
RELATIVE = frozenset({"der", "die", "das", "dessen", "deren", "welcher", "welche"})
DOC_NOUNS = frozenset(
    {
        "artikel",
        "umfrage",
        "studie",
        "untersuchung",
        "information",
        "pressemitteilung",
        "recherche",
        "recherchen",
        "test",
        "analyse",
        "dokument",
        "papier",
        "gutachten",
        "report",
        "bericht",
        "berichten",
    }
)
UNNAMED_HEADS = ("kreise", "kreisen", "quelle", "quellen", "insider", "informanten")
SOURCE_DOCS = frozenset(
    {
        "erklärung",
        "mitteilung",
        "stellungnahme",
        "pressemitteilung",
        "bericht",
        "presseerklärung",
        "schreiben",
        "brief",
        "meldung",
        "kommuniqué",
        "verlautbarung",
        "statement",
        "interview",
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
CAPITAL_ADJECTIVE_ENDINGS = ("ischen", "ische", "lichen", "liche", "igen", "ige", "alen", "ale")
# endings of the attributive adjectives in source phrases ("ersten", "offiziellen",
# "chinesischen", "vorliegenden"), which finite verbs ("waren", "starben") do not share
ADJECTIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("st", "lich", "isch", "ig", "end", "ell", "al", "iert", "tigt", "er", "är")
    for ending in ("e", "en", "er", "em", "es")
)
DETS_LOWER = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"}
)
UNNAMED_REPORTS = frozenset(
    {"angaben", "informationen", "erkenntnissen", "berichten", "meldungen", "untersuchungen"}
)
# "In der Nacht hieß es": times and vague places are not the text that says something
PLACE_NOT_SOURCE = frozenset(
    {"jahr", "nacht", "woche", "monat", "zeit", "vergangenheit", "folge", "regel", "zukunft"}
)
DEMONSTRATIVES = frozenset({"diesem", "dieser", "diesen", "dieses", "diese", "jenem", "jener"})
DOCUMENTS = frozenset(
    {
        "umfrage",
        "studie",
        "studien",
        "untersuchung",
        "bericht",
        "meldung",
        "entwurf",
        "gesetzentwurf",
        "verfassung",
        "gutachten",
        "prognose",
        "statistik",
        "erhebung",
        "analyse",
        "pressemitteilung",
        "mitteilung",
        "erklärung",
        "urteil",
        "dokument",
        "papier",
    }
)
DOCUMENT_ENDINGS = ("-bericht", "-studie", "-umfrage", "-meldung", "-statistik")
PASSIVE_AUX = frozenset({"wird", "wurde", "wurden", "werden", "worden"})
# speech acts reported in the passive with their agent ("von X … bezeichnet")
PASSIVE_CUES = frozenset(
    {
        "bezeichnen",
        "kritisieren",
        "vorwerfen",
        "fordern",
        "loben",
        "begrüßen",
        "verurteilen",
        "zurückweisen",
        "bestätigen",
        "dementieren",
        "sehen",
        "werten",
        "einstufen",
        "beschreiben",
        "ankündigen",
        "bemängeln",
        "beklagen",
        "betrachten",
        "ansehen",
        "wahrnehmen",
    }
)
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "nis", "tät", "ion", "ismus", "view", "tum")
MID_NP_BASE = frozenset({"des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "einen"})
MID_NP = MID_NP_BASE | PREPOSITIONS
# articles that only start genitive, dative or accusative phrases, never a subject
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
OBLIQUE_ARTICLES = frozenset({"des", "dem", "den", "eines", "einem", "einen"})
FINITE_HABEN = frozenset({"hat", "hatte", "haben", "hatten"})
# estimates whose Konjunktiv II clause is reported ("Der Verband schätzt, die Preise würden
# steigen")
CLAUSE_ESTIMATES = frozenset({"schätzen", "vermuten", "erwarten", "annehmen"})
# conjunctions whose clause ends with its finite verb: the object stands before the cue
VERB_FINAL_OPENERS = frozenset({"dass", "weil", "obwohl", "nachdem", "während"})
ABSTRACT_SUFFIXES = (
    "heit",
    "keit",
    "nis",
    "nisse",
    "zahl",
    "ismus",
    "fall",
    "fälle",
    "ziel",
    "befürchtung",
    "hoffnung",
    "entwicklung",
    "entscheidung",
    "bedeutung",
    "wahlbeteiligung",
    "lage",
    "situation",
)
# words next to a cue that make it impersonal: no speaker of its own ("wird vermutet")
IMPERSONAL = frozenset({"man", "es", "wird", "werde", "wurde", "würde", "werden", "worden"})
PRONOUN_NAMES = frozenset({"er", "sie", "es", "ihm", "ihr", "ihnen", "ihn", "wir", "ich"})
ORG_PRONOUN_HEADS = ("regierung", "polizei", "behörde", "nato", "armee")


@dataclass(frozen=True, slots=True)
class WordTables:
    """Word lists derived from spaCy's German lemma table. `verbs`: lower-case infinitives (a
    lower-case word ending in -e whose word+"n" is one is a Konjunktiv I form: "berge");
    `nouns`: capitalised common nouns (a speaker head like "Ereignis" is no speaker);
    `lowers`: lower-case words (a sentence-initial "Gleich" is no name)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    # capitalised lemmas: common nouns, but also names ("Merkels" -> "Merkel"), so only used
    # for heads after an article ("der Vorgang")
    lowers: frozenset[str]
    noun_lemmas: frozenset[str] = frozenset()
    not_konj: frozenset[str] = frozenset()
    konj2: frozenset[str] = frozenset()  # Konjunktiv II of strong verbs ("käme", "gäbe")


def load_word_tables() -> WordTables:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            table: dict[str, str] = json.load(fh)
    except OSError:
        return WordTables(frozenset(), frozenset(), frozenset(), frozenset())
    verbs = frozenset(
        v for v in table.values() if v[:1].islower() and v.endswith(("en", "ln", "rn"))
    )
    nouns = frozenset(k for k in table if k[:1].isupper())
    lowers = frozenset(k for k in table if k[:1].islower())
    lemmas = frozenset(v for v in table.values() if v[:1].isupper())
    # lower-case -e forms whose lemma is not word+"n" ("deutsche" -> "deutsch"): no Konjunktiv
    e_forms = frozenset(
        k for k, v in table.items() if k[:1].islower() and k.endswith("e") and v not in verbs
    )
    return WordTables(verbs, nouns, lowers, lemmas, e_forms, strong_forms(table, verbs))


@dataclass(slots=True)
class Word:
    text: str
    start: int  # char offset into the doc
    end: int
    inq: bool  # inside a direct quotation


@dataclass(slots=True)
class Attribution:
    np: NP | None
    cue: str
    content: tuple[int, int]  # word range (sentence-relative), end exclusive
    marker: bool = False  # according-to marker
    backref: bool = False  # "Dies sagte X": content is the previous sentence
    focus: bool = False  # a speaker is introduced but says nothing quotable in this sentence
    speaker: str | None = None
    role: str | None = None
    kind_hint: str | None = None
    act: SpeechAct = "claim"
    target: NP | None = None  # the accused of an accusation
    passive: bool = False  # "X wird vorgeworfen": no speaker in the clause itself
    also: tuple[NP, ...] = ()  # coordinated speakers: "Selenskij und der SBU berichteten"


# words that open the source after an according-to noun: "Angaben der Polizei", "Angaben
# eines Sprechers", "Angaben seines Anwalts", "Angaben von X", "Angaben aus Kreisen"
SOURCE_LINKS = frozenset(
    {"von", "vom", "des", "der", "aus", "eines", "einer", "seines", "seiner", "ihres", "ihrer"}
)
# an according-to marker: its source, the word span of marker and source, the cue text
_Marker = tuple[NP, tuple[int, int], str]


@dataclass(slots=True)
class SentenceInput:
    words: list[Word]
    section: str
    paragraph: int


@dataclass(slots=True)
class _State:
    # (name, role, gender "m" / "f" / None) of persons in order of mention
    persons: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    chain: tuple[str, str | None, int] | None = None  # (speaker, role, sentence index)
    # the last described subject of a speech act: (speaker, role, gender, sentence index)
    subject: tuple[str, str | None, str, int] | None = None
    sentence: int = 0  # index of the sentence being attributed


class QuoteRules:
    """All quote rules; one instance per pipeline (holds the lexicon and the lemma set)."""

    def __init__(self, lexicon: CueLexicon | None = None, tables: WordTables | None = None) -> None:
        self.lex = lexicon or build_lexicon()
        self.tables = tables if tables is not None else load_word_tables()
        self.verbs = self.tables.verbs
        self.acts = load_cue_acts()
        self.np_frames = load_np_frames()
        self.reflexive_non_cues = words_of("reflexive_non_cues.txt")
        self.according = load_markers()
        self.konj2 = load_konjunktiv2(self.tables.konj2)
        self.check = load_speaker_check(
            self.tables.nouns | self.tables.noun_lemmas, self.tables.lowers
        )

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
        if np is None or not self._plausible(np, texts):
            return None
        return np

    def _plausible(self, np: NP, texts: list[str]) -> bool:
        """Reject noun phrases whose head is a common noun ("Ereignis") or a capitalised
        sentence-initial word ("Gleich"); names, roles, organisations and pronouns pass."""
        if np.kind in ("pronoun", "anonymous") or np.role or np.org:
            return True
        words = np.name.split()
        head = words[-1]
        if np.kind == "description":
            head = _written_head(np.mention) or head
            if is_role(head) or is_org(head):
                return True
        elif any(is_role(w) or is_org(w) for w in words):
            return True
        if head.lower() in PERSON_NOUNS or head.lower().rstrip("n") in PERSON_NOUNS:
            return True
        if head.lower().endswith(ABSTRACT_SUFFIXES) and not (np.kind == "name" and len(words) > 1):
            return False  # "die Befürchtung", "die Anzahl": abstract nouns say nothing
        if np.kind == "name" and len(words) == 1 and head.lower().endswith(NOUN_SUFFIXES):
            return False  # "Begründung", "Interview" are nouns, not surnames
        if np.kind == "name":
            if len(words) == 1:
                first_in_clause = (
                    np.start == 0
                    or texts[np.start - 1] in BOUNDARY
                    or texts[np.start - 1] in QUOTE_CHARS
                )
                if first_in_clause and head.lower() in self.tables.lowers:
                    return False
                if head in self.tables.nouns:
                    return False
            return True
        return head not in self.tables.nouns and head not in self.tables.noun_lemmas

    # ---- word classes -------------------------------------------------------------
    def is_konj1(self, word: str) -> bool:
        w = word
        if w in ("sei", "seien", "seiest", "habe", "werde"):
            return True
        if not w[:1].islower() or not w.endswith("e") or w in NOT_KONJ or len(w) < 4:
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

    # ---- cue detection ------------------------------------------------------------
    def find_cues(self, words: Sequence[Word]) -> list[tuple[int, str, str]]:
        """(word index, lemma, cue text) for verb cues outside quotations."""
        out: list[tuple[int, str, str]] = []
        n = len(words)
        for i, w in enumerate(words):
            if w.inq:
                continue
            t = w.text
            if t[:1].isupper() and i > 0:
                continue
            low = t.lower()
            closed = self._closed_before(words, i, low)
            if closed is not None:
                out.append((i, closed[1], f"{closed[0]} {t}"))
                continue
            sep = self.lex.separable.get(low)
            if sep is not None:
                found = self._separable(words, i, sep)
                if found is not None:
                    out.append((i, found[1], f"{t} {found[0]}"))
                    continue
            lemma = self.lex.forms.get(low)
            if lemma is not None and _attributive(words, i):
                continue  # "die als Sprecher bekannte Frau", "einer geschätzten Zahl"
            if lemma == "heißen" and not (
                (i + 1 < n and words[i + 1].text == "es") or (i > 0 and words[i - 1].text == "es")
            ):
                continue  # "so heißt ein Projekt" names, only "hieß es" attributes
            if lemma is not None:
                if _not_finite_cue(words, i, low, lemma):
                    continue
                if i + 1 < n and words[i + 1].text == "sich" and lemma != "äußern":
                    continue  # "damit bestätigt sich die Befürchtung"
                if lemma in self.reflexive_non_cues and _reflexive_before(words, i):
                    continue  # "Proteste haben sich angekündigt"
                # "sagte ... ab" is absagen, not sagen
                part = self._clause_particle(words, i)
                if part is not None and lemma not in ("mitteilen",):
                    continue
                out.append((i, lemma, t))
        return out

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
        for k in range(i + 1, min(len(words), i + 16)):
            tk = words[k].text
            if tk == "," and commas < 2 and k + 1 < len(words) and words[k + 1].text != "dass":
                commas += 1  # "ging Celebi, die Anwältin der Frau, davon aus"
                continue
            if tk in (",", ".", ":", ";", "?", "!") or words[k].inq:
                return None
            for particle, lemma in options:
                if tk == particle or (particle == "hin" and tk == "daraufhin"):
                    # the particle must close its clause: "aus" in "aus Angst" is a preposition
                    nxt = words[k + 1].text if k + 1 < len(words) else "."
                    if (
                        nxt in (",", ".", ":", ";", "!", "?")
                        or words[k + 1].inq
                        or nxt in QUOTE_CHARS
                    ):
                        return particle, lemma
        return None

    def _clause_particle(self, words: Sequence[Word], i: int) -> str | None:
        for k in range(i + 1, min(len(words), i + 12)):
            tk = words[k].text
            if tk in (",", ".", ":", ";", "?", "!") or words[k].inq:
                prev = words[k - 1].text
                if k - 1 > i and prev in SEP_PARTICLES and words[k - 2].text not in DETS:
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
            while (
                a > 0 and words[a - 1].text not in BOUNDARY and words[a - 1].text not in QUOTE_CHARS
            ):
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

    def _gap_ok(self, texts: list[str], lo: int, hi: int) -> bool:
        """Words allowed between a subject and its cue: auxiliaries, adverbs, time phrases and
        short prepositional phrases ("hatte zuvor vor Reportern in Rom")."""
        if hi - lo > 9:
            return False
        for k in range(lo, hi):
            t = texts[k]
            low = t.lower()
            if low in GAP_WORDS or low in TIME_WORDS or low in PREPOSITIONS or low in DETS:
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
            if t.isdigit():
                continue  # "noch im Mai 2005"
            return False
        return True

    def _saxon_genitive(self, np: NP) -> bool:
        """ "Patersons Entscheidung", "Trumps Plan": a possessor and a thing, not a name."""
        words = np.name.split()
        return (
            len(words) == 2
            and words[0].endswith("s")
            and (words[1] in self.tables.nouns or words[1] in self.tables.noun_lemmas)
        )

    def speaker_before(
        self, texts: list[str], a: int, c: int, verb_final: bool = True
    ) -> NP | None:
        aux = next((h for h in range(a + 1, c - 1) if texts[h].lower() in FINITE_HABEN), None)
        if (
            aux is not None
            and texts[c - 1] not in BOUNDARY
            and not any(t in ("und", "oder", "sowie") for t in texts[aux:c])
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
                if np is not None:
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
        for s in starts:
            skipped_sub = False
            while s < c and (texts[s].lower() in LEAD_SKIP or texts[s].lower() in SUBORDINATORS):
                skipped_sub = skipped_sub or texts[s].lower() in SUBORDINATORS - LEAD_SKIP
                s += 1
            if s >= c:
                continue
            if (
                s > 0
                and s >= a
                and (texts[s - 1].lower() in MID_NP or texts[s - 1].lower() in POSSESSIVE)
            ):
                continue  # inside a prepositional phrase or a noun phrase
            if texts[s].lower() in OBLIQUE_ARTICLES:
                continue  # "Zu den Gefahren des Eises warnte …": a subject is nominative
            if skipped_sub and not verb_final:
                continue  # "Als Begründung sagte ein Forscher": "als" is no conjunction here
            if texts[s].lower() in ("diese", "dieser") and s + 1 == c:
                # "Diese bestätigte, dass …": a demonstrative standing for the last person
                pron = "er" if texts[s].lower() == "dieser" else "sie"
                return NP(s, s + 1, "pronoun", pron, None, False, texts[s])
            np = self._np(texts, s, c)
            if np is None:
                continue
            if (
                np.kind == "name"
                and np.end + 1 < c
                and texts[np.end] == ","
                and texts[np.end + 1].lower() in RELATIVE
                and texts[c - 1] == ","
            ):
                return np  # "Frank Sichau, der als Sprecher fungiert, erklärte"
            gap_lo = np.end
            if gap_lo < c and texts[gap_lo] == "," and s > 0 and texts[s - 1] == ",":
                gap_lo += 1  # "Der Direktor des Rates, John Kirby, sagte"
            if np.end <= c and self._gap_ok(texts, gap_lo, c):
                return np
        return None

    def speaker_after(self, texts: list[str], c: int, end: int) -> NP | None:
        k = c + 1
        while k < end and (
            texts[k] in ("sich", "darauf", "davon", "dazu")
            or texts[k].lower()
            in ("weiter", "auch", "zudem", "bereits", "nun", "jedoch", "außerdem", "zufolge")
            or (
                texts[k] in GAP_WORDS
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
        last = len(texts)
        while last > k and texts[last - 1] in (".", "!", "?"):
            last -= 1
        # parse to the sentence end so that a closing apposition is seen: "…, sagte X, Sprecher Y."
        np = self._np(
            texts, k, max(end, last) if end >= last - 1 or texts[end : end + 1] == [","] else end
        )
        if np is None:
            return None
        if np.kind == "pronoun" and np.name not in ("er", "sie"):
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
        while s < cut and (texts[s].lower() in SUBORDINATORS or texts[s].lower() in LEAD_SKIP):
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
        while s < a and texts[s].lower() in LEAD_SKIP:
            s += 1
        np = self._np(texts, s, a - 1)
        if np is None or np.end != a - 1 or np.kind != "name" or "," not in np.mention:
            return None
        return np

    def _coordinated_subject(self, texts: list[str], a: int) -> NP | None:
        """The subject opening the main clause before "und": "Der Minister besuchte die
        Stadt und sagte, …"."""
        s = a
        while s > 0 and texts[s - 1] not in BOUNDARY and texts[s - 1] not in QUOTE_CHARS:
            s -= 1
        while s < a and texts[s].lower() in LEAD_SKIP:
            s += 1
        np = self._np(texts, s, a)
        if (
            np is None
            or np.end >= a
            or (np.kind == "description" and not np.org and not is_role(np.name.split()[0]))
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
                    and texts[m].lower() in SOURCE_DOCS
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

    def _subject_accuses(self, texts: list[str], c: int, at: Attribution) -> Attribution | None:
        """ "X, die …, beschuldigte die Regierung der Vorbereitung …": after the cue stands the
        accused (accusative), never the speaker; the speaker is the sentence's first noun
        phrase. Without one the attribution is dropped rather than inverted."""
        s = 0
        while s < c and texts[s].lower() in LEAD_SKIP:
            s += 1
        subject = self._np(texts, s, c)
        if subject is None or subject.kind == "pronoun" or subject.end > c:
            return None
        at.target, at.np = at.np, subject
        lo, hi = at.content
        at.content = (max(lo, at.target.end if at.target else lo), hi)
        return at

    def _quoted_person(self, texts: list[str], c: int, b: int) -> NP | None:
        """ "Die Agentur zitiert X mit den Worten: …", "zitiert der Focus den Ökonomen X": the
        quoted person is the speaker, not the medium that quotes."""
        k = c + 1
        if k < b and texts[k] in DETS:
            medium = self._np(texts, k, b, allow_apposition=False)
            if medium is None or texts[medium.end : medium.end + 1] == ["mit"]:
                return None
            k = medium.end
        obj = self._np(texts, k, b)
        if obj is not None and obj.kind == "name" and not obj.org:
            return obj
        return None

    def _coordinated(
        self, words: Sequence[Word], c: int, cue: str, cue_idx: frozenset[int]
    ) -> Attribution | None:
        """ "Selenskij und der SBU berichteten, dass …": two subjects joined by "und" right
        before the cue each said it; the content is the clause after the comma or colon."""
        texts = [w.text for w in words]
        a, b = self._clause(words, c, cue_idx)
        s = a
        while s < c and texts[s].lower() in LEAD_SKIP:
            s += 1
        first = self._np(texts, s, c, allow_apposition=False)
        if first is None or first.end >= c or texts[first.end] not in ("und", "sowie"):
            return None
        second = self._np(texts, first.end + 1, c, allow_apposition=False)
        if second is None or second.end != c or first.kind == "pronoun":
            return None
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        if b >= end - 1 or texts[b] not in (",", ":"):
            return None
        return Attribution(first, cue, (b + 1, end), also=(second,))

    def _accused(self, texts: list[str], c: int, at: Attribution, lemma: str) -> None:
        """ "X wirft dem Präsidenten Wahlbetrug vor" / "X hatte Nordkorea vorgeworfen, …": the
        accused stands between the speaker and the content, never in the speaker's place."""
        lo, hi = at.content
        spk_end = at.np.end if at.np is not None and at.np.start < c else 0
        spans = [(spk_end, c), (c + 1, lo if lo > c else c + 1)]
        if lo > 0 and texts[lo - 1] != ",":
            spans.append((lo, hi))  # a noun-phrase object, not a "…, zu"/"dass" clause
        spans = [(x, y) for x, y in spans if y > x and not (at.np and at.np.start <= x < at.np.end)]
        target = find_target(texts, spans, self._np)
        if target is None and self.acts.target_case.get(lemma) == "dat":
            target = self._dative_in_subject(texts, c, at)
        if target is None or (at.np is not None and target.start == at.np.start):
            return
        target = self._role_before_object(texts, target)
        at.target = target
        at.content = content_after(texts, lo, hi, target)

    def _dative_in_subject(self, texts: list[str], c: int, at: Attribution) -> NP | None:
        """ "…, dass die Opposition der Regierung vorhält, …": right before a verb-final
        dative cue, "der X" is the accused, not a genitive of the speaker. Splits the speaker
        and returns the accused."""
        np = at.np
        if np is None or np.end != c or np.kind == "pronoun" or np.start == 0:
            return None
        if texts[np.start - 1].lower() not in VERB_FINAL_OPENERS:
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
        if np.role and np.kind == "name" and np.end - np.start >= 2 and self._common_noun(last):
            shorter = self._np(texts, np.start, np.end - 1, allow_apposition=False)
            if shorter is not None:
                return shorter
        return np

    def _common_noun(self, word: str) -> bool:
        """A common noun in the lemma table, or a compound ending in one ("Wahlbetrug")."""
        t = self.tables
        return any(
            w in t.nouns or w in t.noun_lemmas
            for w in [word, *(word[i:].capitalize() for i in range(2, len(word) - 3))]
        )

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
        target = find_target(texts, [(start, c)], self._np)
        agent = self._agent(texts, start, c)
        if b < end and texts[b] == ",":
            content = (b + 1, end)
        else:
            content = content_after(texts, start, c, target)
            content = (max(content[0], agent.end if agent else 0), c)
        np = agent or NP(c, c + 1, "anonymous", "anonymous", None, False, cue)
        return Attribution(np, cue, content, act="accusation", target=target, passive=not agent)

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
        ):
            # "Das sagte X am Freitag.": the statement is the previous sentence
            back = self._back_speaker(texts, c, b, end)
            if back is not None:
                return Attribution(back, cue, (0, 0), backref=True)
            if any(t in (",", ":") for t in texts[c:end]):
                np = None
            else:
                return None
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

    def _framed(self, lemma: str, texts: list[str], lo: int, hi: int) -> bool:
        """Whether a noun-phrase object carries the complement its cue's frame needs to
        report content ("kritisierte den Beschluss als Fehler"; lexicons/np_object_frames)."""
        preps = self.np_frames.get(lemma)
        return preps is not None and any(t.lower() in preps for t in texts[lo:hi])

    def markers(self, words: Sequence[Word]) -> list[Attribution]:
        """According-to markers: laut X, X zufolge, nach Angaben von X, so X, unter Berufung auf."""
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        out: list[Attribution] = []
        for i, w in enumerate(words):
            found = None if w.inq else self._marker_at(texts, i, end)
            if found is None:
                continue
            np, (s0, s1), cue = found
            if s0 == 0:
                lo, hi = s1, end
            elif s1 >= end:
                lo, hi = 0, s0
            else:
                lo, hi = 0, end
            while lo < hi and texts[lo] in BOUNDARY:
                lo += 1
            while hi > lo and texts[hi - 1] in BOUNDARY:
                hi -= 1
            if hi - lo >= 2:
                out.append(Attribution(np, cue, (lo, hi), marker=True))
        return out

    def _marker_at(self, texts: list[str], i: int, end: int) -> _Marker | None:
        """The source, word span and cue of an according-to marker at texts[i]."""
        low = texts[i].lower()
        if low in self.according.before and i + 1 < end:
            np = self._according_np(texts, i + 1, end)
            return (np, (i, np.end), low) if np is not None else None
        if low == "zufolge" and i > 0:
            return self._zufolge(texts, i)
        if low == "nach" and i + 1 < end and not (i > 1 and texts[i - 1].lower() in OPINION_NOUNS):
            return self._nach(texts, i, end)
        if low == "nach" and i > 1:
            return self._opinion_nach(texts, i)
        if low == "so" and i > 0 and texts[i - 1] in (",", "–", "“", '"') and i + 1 < end:
            return self._so(texts, i, end)
        if (
            low == "berufung"
            and i > 0
            and texts[i - 1].lower() == "unter"
            and i + 2 < end
            and texts[i + 1] == "auf"
        ):
            np = self._np(texts, i + 2, end)
            return (np, (i - 1, np.end), "unter Berufung auf") if np is not None else None
        return None

    def _zufolge(self, texts: list[str], i: int) -> _Marker | None:
        """ "X zufolge", "Angaben des Ministeriums zufolge", "ersten Angaben zufolge"."""
        np, s0 = self._np_ending_at(texts, i)
        if np is None:
            np, s0 = self._unnamed_report(texts, i - 1), i - 1
            while np is not None and s0 > 0 and _adjective_like(texts[s0 - 1]):
                s0 -= 1  # "ersten offiziellen Angaben zufolge"
        if np is None:
            return None
        noun_cue = texts[i - 1].lower() in ACCORDING_NOUNS
        cue = " ".join(texts[s0 : i + 1]) if noun_cue else "zufolge"
        return np, (s0, i + 1), cue

    def _nach(self, texts: list[str], i: int, end: int) -> _Marker | None:
        """ "nach Angaben der Polizei", "nach eigenen Angaben", "nach Celebis Angaben",
        "nach einer dänischen Studie"."""
        k = i + 1
        if k < end and texts[k].lower() in NACH_DETS | NACH_ARTICLES:
            k += 1
            # "nach einer dänischen Studie", "nach ersten offiziellen Angaben"
            while (
                k < end
                and k <= i + 4
                and texts[k][:1].islower()
                and texts[k].isalpha()
                and texts[k].endswith(("e", "en", "er"))
            ):
                k += 1
        if k >= end:
            return None
        noun = texts[k].lower()
        if texts[k - 1].lower() == "eigenen" and noun in ACCORDING_NOUNS:
            # "Die Feuerwehr hat nach eigenen Angaben …": the clause's subject
            np = self._np(texts, 0, i)
            if np is not None and np.kind != "pronoun" and np.end <= i:
                return np, (i, k + 1), " ".join(texts[i : k + 1])
            return None
        if (
            k + 1 < end
            and texts[k][:1].isupper()
            and texts[k].endswith("s")
            and texts[k + 1].lower() in ACCORDING_NOUNS
        ):
            # "nach Celebis Angaben": a genitive name before the noun
            np = NP(k, k + 1, "name", texts[k][:-1], None, False, texts[k])
            return np, (i, k + 2), " ".join(texts[i : k + 2])
        if noun in ACCORDING_NOUNS or noun in NACH_DOCS or _compound_report(noun):
            src = None if noun in NACH_DOCS else self._according_np(texts, k, end)
            if src is None:
                src = self._nach_source(texts, i + 1, k, end)
            if src is None and not (k + 1 < end and texts[k + 1] in TAIL_WORDS):
                src = self._unnamed_report(texts, k, first=i + 1)
            if src is not None:
                return src, (i, max(src.end, k + 1)), " ".join(texts[i : k + 1])
        return None

    def _opinion_nach(self, texts: list[str], i: int) -> _Marker | None:
        """ "Seiner Meinung nach …": postposed, like "seinen Angaben zufolge"."""
        if not (
            texts[i - 1].lower() in OPINION_NOUNS
            and texts[i - 2].lower() in POSSESSIVE
            and (i == 2 or texts[i - 2][:1].islower())  # "Ihrer Meinung nach" asks "you"
        ):
            return None
        pron = "er" if texts[i - 2].lower().startswith("sein") else "sie"
        np = NP(i - 2, i, "pronoun", pron, None, False, texts[i - 2])
        return np, (i - 2, i + 1), " ".join(texts[i - 2 : i + 1])

    def _so(self, texts: list[str], i: int, end: int) -> _Marker | None:
        """ "…, so Rodrigo Rato.", ", so die Studie", ", so das Ergebnis einer Studie der X"."""
        cand = self._np(texts, i + 1, end)
        if cand is None or (cand.kind == "description" and not cand.org):
            cand = (
                self._document_source(texts, i + 1, end)
                or self._document_itself(texts, i + 1, end)
                or cand
            )
        if cand is None or cand.kind == "pronoun":
            return None
        close = (
            cand.end >= end
            or any(t in (",", ".") for t in texts[cand.end : cand.end + 5])
            or (all(t not in (",",) for t in texts[cand.end : end]) and end - cand.end <= 8)
        )
        return (cand, (i, cand.end), "so") if close else None

    def _according_np(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source of "Angaben …": compound prefix, genitive / von phrase, possessive."""
        t = texts[k]
        low = t.lower()
        if low in ACCORDING_NOUNS or low.endswith("angaben"):
            if "-" in t and low.endswith("angaben"):
                prefix = t.rsplit("-", 1)[0]
                return NP(k, k + 1, "description", prefix, None, True, t)
            if low.endswith("angaben") and low != "angaben":
                stem_ = t[: -len("angaben")]
                return NP(k, k + 1, "description", stem_[:1].upper() + stem_[1:], None, True, t)
            if k > 0 and texts[k - 1].lower() in POSSESSIVE:
                pron = "er" if texts[k - 1].lower().startswith("sein") else "sie"
                return NP(k - 1, k + 1, "pronoun", pron, None, False, texts[k - 1])
            if k + 1 < end and texts[k + 1] in SOURCE_LINKS:
                m = k + 2 if texts[k + 1] in ("von", "aus") else k + 1
                np = self._np(texts, m, end) or _genitive_source(texts, m, end)
                if np is None and m + 1 < end and texts[m].lower() in ("der", "des"):
                    np = self._named_medium(texts, m + 1, end)  # "Bericht der „FAZ“"
                if np is not None:
                    return np
            return None
        named = self._named_medium(texts, k, end)
        if named is not None:
            return named
        np = self._np(texts, k, end, bare_adjective=True)
        if np is None or np.kind in ("anonymous", "description"):
            # "laut einem Bericht der Zeitung X": the source is the genitive, not the document
            src = self._document_source(texts, k, end)
            if src is not None:
                return src
        if np is None or np.kind == "pronoun":
            return self._document_itself(texts, k, end)
        return np

    def _unnamed_report(self, texts: list[str], k: int, first: int | None = None) -> NP | None:
        """ "ersten Angaben zufolge", "nach Medienberichten": a report that names no one is an
        unnamed source; the phrase is kept as its description."""
        if texts[k].lower() not in UNNAMED_REPORTS:
            return None
        s0 = k if first is None else first
        while first is None and s0 > 0 and _adjective_like(texts[s0 - 1]):
            s0 -= 1
        words = [w for w in texts[s0 : k + 1] if w.lower() not in DETS]
        role = " ".join(w if n == len(words) - 1 else w.lower() for n, w in enumerate(words))
        return NP(s0, k + 1, "anonymous", "anonymous", role, False, " ".join(texts[s0 : k + 1]))

    def _document_itself(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut einer Umfrage", "laut ai-Bericht", "neuesten Studien zufolge": a document
        that names no author is the source itself."""
        m = k
        while m < min(end, k + 3) and (
            texts[m].lower() in DETS | INDEF | DEMONSTRATIVES
            or (texts[m][:1].islower() and _adjective_like(texts[m]))
        ):
            m += 1
        if m >= end or not texts[m][:1].isupper():
            return None
        low = texts[m].lower()
        if not (low in DOCUMENTS or low.endswith(DOCUMENT_ENDINGS)):
            return None
        if m + 1 < end and texts[m + 1] in ("des", "der", "von", "vom"):
            return None  # the author follows: left to the genitive rules
        mention = " ".join(texts[k : m + 1])
        name = nominative(mention) or texts[m]
        name = " ".join(w for w in name.split() if w.lower() not in DEMONSTRATIVES)
        return NP(k, m + 1, "description", name, None, True, mention)

    def _passive_agent(self, texts: list[str], a: int, c: int, lemma: str, end: int) -> NP | None:
        """The agent of a passive speech act: "Die Pläne wurden von Minister X als
        unrealistisch bezeichnet", "Ihm wird von der Opposition Untätigkeit vorgeworfen"."""
        if lemma not in PASSIVE_CUES or not (c + 1 >= end or texts[c + 1] in BOUNDARY):
            return None
        aux = next((k for k in range(a, c) if texts[k].lower() in PASSIVE_AUX), None)
        if aux is None:
            return None
        for k in range(aux + 1, c - 1):
            if texts[k].lower() in ("von", "vom"):
                m = k + 1 if texts[k].lower() == "von" else k
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
            if m >= c or not texts[m][:1].isupper() or texts[m].lower() in PLACE_NOT_SOURCE:
                continue
            e = m + 1
            if e + 1 < c and texts[e] in ("des", "der") and texts[e + 1][:1].isupper():
                e += 2  # "in der Vorabversion des Berichts"
            name = " ".join(texts[m:e])
            return NP(k, e, "description", name, None, True, " ".join(texts[k:e]))
        return None

    def _person(self, texts: list[str], lo: int, hi: int) -> bool:
        """Whether an object names a person ("kritisiert Machthaber Kim scharf"): praising or
        blaming someone reports no statement."""
        obj = self._np(texts, lo, hi, allow_apposition=False)
        return obj is not None and (obj.kind in ("name", "pronoun") or bool(obj.role))

    def _nach_source(self, texts: list[str], a: int, k: int, end: int) -> NP | None:
        """The source of "nach Auffassung Österreichs" (a genitive name right after the noun)
        or of "nach einer dänischen Studie" (the study itself, when no one is named)."""
        nxt = texts[k + 1] if k + 1 < end else ""
        if texts[k].lower() in NACH_DOCS and nxt in ("des", "der", "von", "vom"):
            src = self._np(texts, k + 2 if nxt == "von" else k + 1, end)
            if src is None and nxt in ("des", "der"):
                src = self._np(texts, k + 2, end)
            return src if src is not None and src.kind != "pronoun" else None
        if (
            nxt[:1].isupper()
            and nxt.endswith("s")
            and len(nxt) > 3
            and texts[k].lower() in OPINION_NOUNS | ACCORDING_NOUNS
        ):
            return NP(k + 1, k + 2, "name", nxt[:-1], None, True, nxt)
        if texts[k].lower() in NACH_DOCS and not (k + 1 < end and texts[k + 1] in TAIL_WORDS):
            phrase = nominative(" ".join(texts[a : k + 1])) or texts[k]
            return NP(a, k + 1, "description", phrase, None, True, " ".join(texts[a : k + 1]))
        return None

    def _named_medium(self, texts: list[str], k: int, end: int) -> NP | None:
        """„Welt“, ndr.de: a quoted title or a web domain right after the marker."""
        t = texts[k]
        if t in QUOTE_CHARS:
            close = next(
                (m for m in range(k + 1, min(end, k + 7)) if texts[m] in QUOTE_CHARS), None
            )
            if close is not None and close > k + 1 and texts[k + 1][:1].isupper():
                name = " ".join(texts[k + 1 : close])
                return NP(k, close + 1, "name", name, None, True, " ".join(texts[k : close + 1]))
        if "." in t[1:-1] and t[:1].isalpha() and len(t) > 4 and t.split(".")[-1].isalpha():
            return NP(k, k + 1, "name", t, None, True, t)
        return None

    def _document_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source named after a document noun: "einem Bericht der Zeitung X" -> X."""
        m = k
        while m < min(end, k + 4) and (
            texts[m].lower() in MID_NP_BASE | DETS or texts[m][:1].islower()
        ):
            m += 1
        if m >= end or texts[m].lower() not in SOURCE_DOCS | ACCORDING_NOUNS | DOC_NOUNS:
            return None
        m += 1
        if m >= end or texts[m] not in ("des", "der", "von", "vom", "aus"):
            return None
        start = m if texts[m] in ("des", "der") else m + 1  # a genitive article opens the NP
        if start >= end:
            return None
        np = self._named_medium(texts, start, end) or self._np(texts, start, end)
        if np is None and start + 1 < end and texts[start] in ("des", "der"):
            np = self._named_medium(texts, start + 1, end) or self._np(texts, start + 1, end)
        return np if np is not None and np.kind != "pronoun" else None

    def _np_ending_at(self, texts: list[str], i: int) -> tuple[NP | None, int]:
        prev = texts[i - 1].lower()
        if prev in ACCORDING_NOUNS or prev.endswith("angaben"):
            np = self._according_np(texts, i - 1, i)
            if np is not None:
                return np, min(np.start, i - 1)
            # "Angaben des Ministeriums zufolge"
        for k in range(max(0, i - 9), i):
            src = self._document_source(texts, k, i)
            if src is not None and src.end <= i:
                return src, k  # "Einer Erklärung des Verbandes zufolge"
            np = self._np(texts, k, i, allow_apposition=False)
            if np is None or np.end != i or np.kind == "pronoun":
                continue
            head = texts[i - 1].lower()
            if head in ACCORDING_NOUNS and np.kind != "name":
                # "Angaben des Ministeriums" parsed as a description of "Angaben": look inside
                continue
            return np, k
        for k in range(max(0, i - 8), i - 1):
            if texts[k].lower() in ACCORDING_NOUNS and texts[k + 1] in ("des", "der", "von", "vom"):
                m = k + 2 if texts[k + 1] in ("von",) else k + 1
                np = self._np(texts, m, i)
                if np is not None and np.end == i:
                    return np, k
        for k in range(max(0, i - 4), i):
            doc = self._document_itself(texts, k, i)
            if doc is not None and doc.end == i:
                return doc, k  # "Dem Bericht zufolge", "neuesten Studien zufolge"
        return None, i

    # ---- the whole document -----------------------------------------------------------
    def run(self, sentences: list[SentenceInput], text: str) -> list[Quote]:
        """All quotes of a document, sentence by sentence, with the running speaker
        (Konjunktiv continuation) and the persons mentioned so far carried in `state`."""
        state = _State()
        quotes: list[Quote] = []
        prev_words: list[Word] | None = None
        for si, sent in enumerate(sentences):
            words = without_short_parentheses(sent.words)
            if not words:
                continue
            if len(words) <= 8 and words[-1].text not in (".", "!", "?", ":", "“", '"', "«", "»"):
                state.chain = None  # a sub-heading ends any running statement
            else:
                explicit_only = sent.section in ("commentary", "background", "teaser")
                self._sentence(words, prev_words, si, explicit_only, state, quotes, text)
            prev_words = words
        quotes.extend(self._open_quote_heads(sentences, quotes, text))
        quotes.sort(key=lambda q: (q.sentence_index, q.start_char))
        kept = [q for q in quotes if not _non_speaker(q.speaker)]
        return _canonicalise([q for q in kept if self.check.is_somebody(q.speaker)])

    def _coordinated_quotes(
        self, q: Quote, at: Attribution, state: _State, words: Sequence[Word]
    ) -> list[Quote]:
        """One quote per coordinated speaker, each with its own name and role."""
        out: list[Quote] = []
        for np in at.also:
            speaker, role = self._resolve(Attribution(np, at.cue, at.content), state, words)
            if speaker is not None and speaker != q.speaker:
                out.append(
                    dataclasses.replace(
                        q, speaker=speaker, speaker_role=role, speaker_mention=np.mention
                    )
                )
        return out

    def _sentence(
        self,
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        explicit_only: bool,
        state: _State,
        quotes: list[Quote],
        text: str,
    ) -> None:
        """The quotes of one sentence (appended to `quotes`); updates the running speaker."""
        back = self._back_reference(words, quotes, state, si, text)
        if back is not None:
            quotes.append(back)
            state.chain = (back.speaker or "", back.speaker_role, si)
            self.mentions(words, state)
            return
        attrs = self._attributions(words)
        made, focus = self._quotes_of(attrs, words, prev_words, si, explicit_only, state, text)
        if not made and not explicit_only:
            colon = self._colon_quote(words, state, si, text)
            if colon is not None:
                made.append(colon)
        if not made and not attrs and not explicit_only:
            cont = self._continuation(words, state, si, text)
            if cont is not None:
                made.append(cont)
        known = len(state.persons)
        self.mentions(words, state)
        if made:
            quotes.extend(made)
            # the chain continues with the main (non-marker) speaker of this sentence
            state.chain = (made[-1].speaker or "", made[-1].speaker_role, si)
        elif focus is not None:
            state.chain = focus
        elif state.chain is not None and (
            si - state.chain[2] > CHAIN_GAP or _new_person(state, known)
        ):
            state.chain = None  # a gap too long, or another person enters the story

    def _attributions(self, words: list[Word]) -> list[Attribution]:
        """Speech-verb attributions (cue by cue, a coordinated cue sharing the subject) and
        according-to markers of one sentence."""
        attrs: list[Attribution] = []
        cues = self.find_cues(words)
        prev_np: NP | None = None
        cue_set = frozenset(c for c, _, _ in cues)
        for c, lemma, cue in cues:
            at = self.attribute(words, c, lemma, cue, prev_np, cue_set)
            if at is not None:
                attrs.append(at)
                prev_np = at.np
        attrs.extend(self.markers(words))
        return _one_report(attrs)

    def _quotes_of(
        self,
        attrs: list[Attribution],
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        explicit_only: bool,
        state: _State,
        text: str,
    ) -> tuple[list[Quote], tuple[str, str | None, int] | None]:
        """Quotes of a sentence's attributions, and the speaker a speakerless next sentence
        continues (an introduced speaker who says nothing quotable yet)."""
        made: list[Quote] = []
        focus: tuple[str, str | None, int] | None = None
        state.sentence = si
        for at in attrs:
            speaker, role = self._resolve(at, state, words)
            self._note_subject(at, speaker, role, state, si)
            if at.passive and state.chain is not None and si - state.chain[2] <= 1:
                # "Der Kommission wird … vorgeworfen" right after a statement: the running
                # speaker accuses; otherwise the accuser stays unnamed
                speaker, role = state.chain[0], state.chain[1]
            if speaker is None or (explicit_only and (at.np is None or at.np.kind == "pronoun")):
                continue
            if at.focus:
                focus = (speaker, role, si)
                continue
            q = _not_self_accused(
                self._quote_of(at, speaker, role, words, prev_words, si, state, text)
            )
            if q is not None:
                made.append(q)
                made.extend(self._coordinated_quotes(q, at, state, words))
        return made, focus

    def _quote_of(
        self,
        at: Attribution,
        speaker: str,
        role: str | None,
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        state: _State,
        text: str,
    ) -> Quote | None:
        mention = at.np.mention if at.np else None
        if at.backref:
            # "Dies sagte X": the statement is the previous sentence
            if prev_words is None:
                return None
            rng = (0, len(prev_words))
            return self._make(
                prev_words, rng, speaker, role, at.cue, si - 1, text, force_quoted=True,
                mention=mention,
            )  # fmt: skip
        return self._make(
            words,
            at.content,
            speaker,
            role,
            at.cue,
            si,
            text,
            marker=at.marker,
            mention=mention,
            act=at.act,
            target=self._target_name(at.target, state, words),
        )

    def _continuation(self, words: list[Word], state: _State, si: int, text: str) -> Quote | None:
        """A sentence without attribution continues the running speaker when it is quoted or
        in Konjunktiv (Konjunktiv II / "soll" only right after the statement)."""
        if state.chain is None:
            return None
        sp, role, last = state.chain
        if si - last > 2:
            return None
        n = len(words)
        starts_quoted = words[0].inq or (words[0].text in QUOTE_CHARS and words[min(1, n - 1)].inq)
        if not starts_quoted and self._own_source(words):
            return None  # "Ein Reporter berichtete, dass …": its own source, even unparsed
        if starts_quoted or self.has_konj(words, 0, n, konj2=si - last == 1):
            return self._make(words, (0, n), sp, role, None, si, text)
        return None

    def _own_source(self, words: Sequence[Word]) -> bool:
        """Whether a sentence has a speech verb with a speaker of its own. Impersonal cues
        ("wird vermutet", "man betont", "es werde geschätzt") name nobody: the running
        speaker may continue through them, and so may a cue in Konjunktiv I ("ein Gutachten,
        das bestätige, dass …"): it is part of the reported speech."""
        for i, _, _ in self.find_cues(words):
            near = {w.text.lower() for w in words[max(0, i - 1) : i + 2]}
            if not near & IMPERSONAL and not self.is_konj1(words[i].text):
                return True
        return False

    def _back_reference(
        self, words: list[Word], quotes: list[Quote], state: _State, si: int, text: str
    ) -> Quote | None:
        """ "Demnach muss …", "Danach soll …": the statement belongs to the source of the
        previous statement, even when the sentence has a subject of its own (nested report:
        the cited source, not the reported actor)."""
        texts = [w.text for w in words]
        back = back_reference(texts, self.according)
        if back is None or any(w.inq for w in words):
            return None
        if any(lemma != "wollen" for _, lemma, _ in self.find_cues(words)):
            return None  # "Danach erklärte der Minister, …": its own speech verb
        last = quotes[-1] if quotes else None
        if last is not None and last.speaker and si - last.sentence_index <= 2:
            speaker, role = last.speaker, last.speaker_role
        elif state.chain is not None and si - state.chain[2] <= 2 and state.chain[0]:
            speaker, role = state.chain[0], state.chain[1]
        else:
            return None
        return self._make(
            words, (back.end, len(words)), speaker, role, back.marker, si, text, marker=True
        )

    def _open_quote_heads(
        self, sentences: list[SentenceInput], quotes: list[Quote], text: str
    ) -> list[Quote]:
        """„A. B.“, sagte X: the sentences of a quotation before the one that names the
        speaker get the speaker of the quotation's attributed sentence."""
        by_sentence: dict[int, Quote] = {}
        for q in quotes:
            if q.kind in ("direct", "mixed") and q.speaker:
                by_sentence.setdefault(q.sentence_index, q)
        covered = {q.sentence_index for q in quotes}
        out: list[Quote] = []
        nxt: Quote | None = None
        for si in range(len(sentences) - 1, -1, -1):
            words = sentences[si].words
            if not words:
                nxt = None
                continue
            ends_open = words[-1].inq or (
                len(words) > 1 and words[-2].inq and words[-1].text in ".!?"
            )
            if (
                si not in covered
                and ends_open
                and nxt is not None
                and sentences[si].section == "report"
            ):
                head = self._make(
                    words, (0, len(words)), nxt.speaker or "", nxt.speaker_role, None, si, text
                )
                if head is not None:
                    out.append(head)
                    covered.add(si)
            starts_open = words[0].inq
            nxt = by_sentence.get(si) if starts_open else None
            if nxt is None and si in covered and starts_open:
                nxt = next((q for q in out if q.sentence_index == si), None)
        return out

    def _colon_quote(
        self, words: Sequence[Word], state: _State, si: int, text: str
    ) -> Quote | None:
        """ "Punkrockerin Nina Hagen zur neuen Heimat: „…“": a direct quote after a colon whose
        clause opens with a person or organisation, even without a speech verb."""
        texts = [w.text for w in words]
        n = len(texts)
        colon = next((k for k in range(1, n - 2) if texts[k] == ":" and not words[k].inq), None)
        if colon is None or not (texts[colon + 1] in QUOTE_CHARS and words[colon + 2].inq):
            return None
        s = 0
        while s < colon and texts[s].lower() in LEAD_SKIP:
            s += 1
        np = self._np(texts, s, colon)
        if (
            np is None
            and texts[s] in ("Zitat", "Zitate")
            and s + 2 < colon
            and texts[s + 1] in ("von", "des")
        ):
            np = self._np(texts, s + 2, colon)
        if np is None or (np.kind == "description" and not (np.org or is_role(np.name.split()[0]))):
            return None
        if np.kind == "pronoun" and not state.persons:
            return None
        speaker, role = self._resolve(Attribution(np, ":", (0, 0)), state, words)
        if speaker is None:
            return None
        return self._make(words, (colon + 1, n), speaker, role, None, si, text, mention=np.mention)

    def _resolve(
        self, at: Attribution, state: _State, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        """The speaker of an attribution, or (None, None) when it is nobody: an abstract
        noun, a number phrase or a pronoun without antecedent is a parsing error, and a
        missing speaker is better than a wrong one."""
        speaker, role = self._resolve_np(at, state, words)
        if speaker is None or not self.check.is_somebody(speaker):
            return None, None
        return speaker, role

    def _resolve_np(
        self, at: Attribution, state: _State, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        np = at.np
        if np is None:
            return None, None
        if np.kind == "pronoun":
            verb = at.cue.split()[0].lower() if at.cue else ""
            plural = np.name == "sie" and verb.endswith(("ten", "en")) and not verb.startswith("ge")
            if plural and state.groups:
                return state.groups[-1], None  # "Sie forderten, …": the last group or institution
            previous = self._previous_subject(np.name, state)
            if previous is not None:
                return previous
            want = "m" if np.name == "er" else "f"
            for name, role, gender in reversed(state.persons):
                if gender in (want, None):
                    return name, role
            if np.name == "sie" and state.groups:
                return state.groups[-1], None
            if state.chain is not None:
                return state.chain[0], state.chain[1]
            return np.name, None  # unresolved: keep the pronoun as written
        if np.kind == "anonymous":
            role = nominative(np.role, leading_article(np.mention, np.role))
            spoke = spokesperson_of(role)
            if spoke is not None:
                return spoke  # the organisation speaks through its unnamed spokesperson
            return "anonymous", role
        if np.kind == "description" and np.name.lower().endswith(UNNAMED_HEADS):
            return "anonymous", np.mention  # "aus Regierungskreisen", "Quellen im Ministerium"
        linked = self._linked_person(np, state)
        if linked is not None:
            return linked
        self._remember(np, state)
        role = nominative(np.role, leading_article(np.mention, np.role))
        if np.org or np.kind == "description":
            return nominative(np.name, leading_article(np.mention, np.name)), role
        return np.name, role

    def _note_subject(
        self, at: Attribution, speaker: str | None, role: str | None, state: _State, si: int
    ) -> None:
        """Remember a described speaker ("Der Betreiber dementiert …") with the gender its
        article shows, so that "Er beschuldigt …" in the next sentence is that subject and
        not a person named further back."""
        np = at.np
        if speaker is None or np is None or np.kind != "description" or np.plural:
            return
        article = np.mention.split()[0].lower() if np.mention else ""
        gender = {"der": "m", "die": "f"}.get(article)
        if gender is not None and not at.passive:
            state.subject = (speaker, role, gender, si)

    def _previous_subject(self, pronoun: str, state: _State) -> tuple[str, str | None] | None:
        """The described subject of this or the previous sentence when its gender fits."""
        subj = state.subject
        want = "m" if pronoun == "er" else "f"
        if subj is None or subj[2] != want or state.sentence - subj[3] > 1:
            return None
        return subj[0], subj[1]

    def _linked_person(self, np: NP, state: _State) -> tuple[str, str | None] | None:
        """ "Der 61-Jährige sagte", "Der Sprecher fügte hinzu": a definite age noun or
        spokesperson without a name stands for the person named before (for an age: the last
        person of that gender; for a spokesperson: the last one with that role)."""
        words = np.mention.split()
        if np.kind != "description" or len(words) != 2 or words[0].lower() not in ("der", "die"):
            return None
        head = words[1]
        gender = "m" if words[0].lower() == "der" else "f"
        age = head.endswith(("-Jährige", "-jährige"))
        if not age and not head.lower().endswith(("sprecher", "sprecherin")):
            # other role nouns ("der Minister") stay as written: measured on gnqa, linking
            # them picked the wrong holder of the role too often ("der Papst")
            return None
        for name, role, g in reversed(state.persons):
            if name == np.name or " " not in name:
                continue
            if age and g in (gender, None):
                return name, role
            if not age and role and role.split()[0].lower().endswith(head.lower()):
                return name, role
        return None

    def _target_name(self, np: NP | None, state: _State, words: Sequence[Word]) -> str | None:
        """The accused as a canonical name: a pronoun resolves like a speaker would, a noun
        phrase reads in the nominative ("dem Präsidenten" -> "Präsident")."""
        if np is None:
            return None
        if np.kind == "pronoun":
            # only a person of the pronoun's gender: an accused is never guessed
            want = "m" if np.name == "er" else "f"
            return next((n for n, _, g in reversed(state.persons) if g == want), None)
        if np.org or np.kind == "description":
            return nominative(np.name, leading_article(np.mention, np.name)) or np.name
        return np.name

    def _remember(self, np: NP, state: _State) -> None:
        if np.kind == "name" and not np.org:
            state.persons.append((np.name, np.role, gender_of(np.role)))
        elif np.kind == "description":
            state.groups.append(np.name)
            head = np.name.split()[0]
            if is_role(head) and not np.plural and not is_org(np.name.split()[-1]):
                state.persons.append((np.name, None, gender_of(head)))

    def mentions(self, words: Sequence[Word], state: _State) -> None:
        """Persons and organisations introduced without a cue ("Landrat Peter Hoffmann
        besuchte …", "geführt von Telesforo Santillan", "hat die Gewerkschaft abgelehnt") so
        that a later "er"/"sie" finds them instead of staying a bare pronoun."""
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
                    state.persons.append((np.name, np.role, gender_of(np.role)))
            elif i > 0 and texts[i - 1].lower() in ("der", "die", "das") and is_org(texts[i]):
                np = self._np(texts, i - 1, n, allow_apposition=False)
                if np is not None and np.org and not np.plural:
                    state.groups.append(nominative(np.name, "die") or np.name)

    def _full_name_at(self, texts: list[str], i: int) -> bool:
        """Two capitalised words inside a sentence that are no common nouns: a full name."""
        if i == 0 or i + 1 >= len(texts):
            return False
        a, b = texts[i], texts[i + 1]
        t = self.tables
        return (
            a[:1].isupper()
            and b[:1].isupper()
            and a.isalpha()
            and texts[i - 1].lower() not in DETS
            and not any(w in t.nouns or w in t.noun_lemmas or w.lower() in t.lowers for w in (a, b))
        )

    def _make(
        self,
        words: Sequence[Word],
        rng: tuple[int, int],
        speaker: str,
        role: str | None,
        cue: str | None,
        si: int,
        text: str,
        marker: bool = False,
        force_quoted: bool = False,
        mention: str | None = None,
        act: SpeechAct = "claim",
        target: str | None = None,
    ) -> Quote | None:
        lo, hi = rng
        n = len(words)
        hi = min(hi, n)
        while hi > lo and words[hi - 1].text in (".", "!", "?", ",", ":", ";"):
            hi -= 1
        if hi - lo < (1 if act == "accusation" else 2):
            return None  # "wirft X Wahlbetrug vor": one noun is the whole accusation
        inq = [w.inq for w in words[lo:hi]]
        content_words = [
            w for w in words[lo:hi] if w.text not in QUOTE_CHARS and w.text not in BOUNDARY
        ]
        quoted = [w for w in content_words if w.inq]
        kind: QuoteKind
        if marker:
            kind = "according_to"
        elif quoted and len(quoted) >= 0.9 * len(content_words):
            kind = "direct"
        elif quoted:
            kind = "mixed"
        else:
            kind = "indirect"
        if force_quoted and not any(inq):
            kind = "indirect"
        if kind == "direct" or (force_quoted and any(inq)):
            # "Dies sagte X" after a sentence with a quoted fragment: the fragment is the quote
            first = next(k for k in range(lo, hi) if words[k].inq)
            last = max(k for k in range(lo, hi) if words[k].inq)
            lo, hi = first, last + 1
        while lo < hi and words[lo].text in QUOTE_CHARS:
            lo += 1
        while hi > lo and (words[hi - 1].text in QUOTE_CHARS or words[hi - 1].text in (",", ".")):
            hi -= 1
        if hi - lo < 1:
            return None
        start, end = words[lo].start, words[hi - 1].end
        s_start, s_end = words[0].start, words[-1].end
        return Quote(
            speaker=speaker,
            speaker_role=role,
            kind=kind,
            text=text[start:end],
            cue=cue,
            sentence=text[s_start:s_end],
            sentence_index=si,
            start_char=start,
            end_char=end,
            speaker_mention=mention,
            act=act,
            target=target,
        )


def _new_person(state: _State, known: int) -> bool:
    """Whether the sentence just read named a person other than the running speaker: after
    "Auch die Fraktionschefin Renate Künast äußerte sich kritisch." a Konjunktiv sentence is
    hers, not the previous speaker's."""
    running = state.chain[0] if state.chain else ""
    return any(
        name != running and name.split()[-1] not in running for name, _, _ in state.persons[known:]
    )


def _not_self_accused(q: Quote | None) -> Quote | None:
    """Nobody accuses themselves: an accusation whose speaker came out as its own target
    ("Der Betreiber weist … zurück. Dem Betreiber wird vorgeworfen, …" carried the running
    speaker into the passive) has an unnamed accuser."""
    if q is None or q.act != "accusation" or q.target is None or q.speaker != q.target:
        return q
    return dataclasses.replace(q, speaker="anonymous", speaker_role=None, speaker_mention=None)


def _written_head(mention: str) -> str | None:
    """The head noun of a description as written: the last capitalised word before any
    genitive ("Haltung der Regierung" is about an attitude, not the government)."""
    words = mention.split()
    if words and words[0].lower() in DETS | INDEF | POSSESSIVE:
        words = words[1:]
    head: str | None = None
    for w in words:
        if w in TAIL_WORDS:
            break
        if w[:1].isupper():
            head = w
    return head


def without_short_parentheses(words: list[Word]) -> list[Word]:
    """Drop short parenthetical insertions ("(SPD)", "(NEMA)") so that they do not split a
    speaker from its cue; quote texts are cut from the document text and keep them."""
    if not any(w.text == "(" for w in words):
        return words
    out: list[Word] = []
    k = 0
    n = len(words)
    while k < n:
        if words[k].text == "(" and not words[k].inq:
            close = next((m for m in range(k + 1, min(n, k + 10)) if words[m].text == ")"), None)
            if close is not None and not any(w.text in QUOTE_CHARS for w in words[k:close]):
                k = close + 1
                continue
        out.append(words[k])
        k += 1
    return out


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


NON_SPEAKERS = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        {
            "vom",
            "aus",
            "im",
            "am",
            "beim",
            "zum",
            "zur",
            "nach",
            "vor",
            "bei",
            "mit",
            "seit",
            "antwort",
            "frage",
        }
    )
)


ATTRIBUTIVE_BEFORE = (INDEF | POSSESSIVE | {"dem", "den", "des"}) - {"ein"}


def _not_finite_cue(words: Sequence[Word], i: int, low: str, lemma: str) -> bool:
    """A cue form that names no speaker of its own: an agentless passive ("als berichtet
    worden war") or a zu-infinitive that depends on another verb ("davon auszugehen", "um
    die Präsenz zu begründen")."""
    if i + 1 < len(words) and words[i + 1].text in ("worden", "werden", "wurde", "wird"):
        return True
    if low != lemma and low.replace("zu", "", 1) == lemma:
        return True
    return low == lemma and i > 0 and words[i - 1].text == "zu"


def _reflexive_before(words: Sequence[Word], i: int) -> bool:
    """Whether "sich" stands in the clause of words[i] before it ("haben sich … gemeldet")."""
    for k in range(i - 1, max(-1, i - 12), -1):
        t = words[k].text
        if t in BOUNDARY or t in (".", "!", "?") or words[k].inq:
            return False
        if t == "sich":
            return True
    return False


# heads of compound report nouns whose first part names the source: "Polizeiangaben",
# "Medienberichten", "Zeugenaussagen", "Expertenmeinung"
COMPOUND_REPORT_HEADS = (
    "angaben",
    "berichten",
    "aussagen",
    "meinung",
    "schätzungen",
    "informationen",
    "erkenntnissen",
    "einschätzung",
)


def _compound_report(low: str) -> str | None:
    """The source part of a compound report noun ("medien" of "medienberichten"), or None;
    at least three letters, so that "berichten" alone is no compound."""
    for head in COMPOUND_REPORT_HEADS:
        if low.endswith(head) and len(low) - len(head) >= 3:
            return low[: -len(head)].rstrip("-")
    return None


def _genitive_source(texts: list[str], m: int, end: int) -> NP | None:
    """ "Angaben des Verbandes", "des Statistischen Bundesamtes", "des TÜV Nord": the
    masculine/neuter genitive the noun-phrase parser does not read, as its nominative
    ("Verband", "Statistisches Bundesamt"). Capitalised words after "des"/"eines" only."""
    if texts[m].lower() not in ("des", "eines"):
        return None
    k = m + 1
    while k < end and k <= m + 4 and texts[k][:1].isupper() and texts[k].replace("-", "").isalpha():
        k += 1
    if k == m + 1:
        return None
    name = nominative(" ".join(texts[m:k]))
    if not name:
        return None
    if len(name.split()) == k - m - 1 and name.split()[-1] == texts[k - 1]:
        name = " ".join(texts[m + 1 : k])  # the head kept its genitive: keep it as written
    return NP(m, k, "description", name, None, is_org(name.split()[-1]), " ".join(texts[m:k]))


def _one_report(attrs: list[Attribution]) -> list[Attribution]:
    """A nested report is one statement: "Der Sender berichtet unter Berufung auf einen
    Wärter, dass …" is the named medium's quote when the cited source is unnamed (a named
    cited source keeps its own quote; alone, an unnamed one still makes one)."""
    if not any(not at.marker and not at.focus for at in attrs):
        return attrs
    return [at for at in attrs if not _unnamed_citation(at)]


def _unnamed_citation(at: Attribution) -> bool:
    return (
        at.marker
        and at.cue == "unter Berufung auf"
        and at.np is not None
        and at.np.kind == "anonymous"
    )


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


def _adjective_like(word: str) -> bool:
    """An inflected attributive adjective ("ersten", "Offiziellen" at a sentence start)."""
    low = word.lower()
    return (
        word.isalpha()
        and (low.endswith(ADJECTIVE_ENDINGS) or low in ("neuen", "neue", "neuer"))
        and low not in DETS_LOWER
    )


def _non_speaker(speaker: str | None) -> bool:
    """A capitalised date word or preposition taken for a name ("Vom 5. bis 9. Mai …",
    "November: …"), or the "Frage:"/"Antwort:" labels of an interview."""
    return speaker is not None and speaker.lower() in NON_SPEAKERS


SPOKESPERSONS = frozenset({"sprecher", "sprecherin", "pressesprecher", "pressesprecherin"})
_SPOKES_LINK = {"des": "des", "der": "der", "von": None, "vom": "dem"}
_ORG_TAIL = frozenset({"in", "im", "aus", "bei", "am", "für", "auf", "nach", "zu", "zum", "zur"})


def spokesperson_of(role: str | None) -> tuple[str, str] | None:
    """ "Ein Sprecher des Finanzministeriums" names its source: the ministry, with the
    spokesperson as its role. Only a nameless member ("ein Experte der Uni") stays anonymous."""
    words = (role or "").split()
    if len(words) < 3 or words[0].lower() not in SPOKESPERSONS:
        return None
    link = words[1].lower()
    if link not in _SPOKES_LINK:
        return None
    org: list[str] = []
    for w in words[2:]:
        if w.lower() in _ORG_TAIL or w.lower() in ("und", "sowie", "oder"):
            break
        org.append(w)
    if not org or not org[-1][:1].isupper():
        return None
    name = nominative(" ".join(org), _SPOKES_LINK[link])
    return (name, words[0]) if name else None


def gender_of(role: str | None) -> str | None:
    """Grammatical gender of a role noun: "Sprecherin" -> f, "Sprecher" -> m, None if unknown."""
    if not role:
        return None
    head = role.split()[0].lower()
    if head.endswith(("in", "innen")) and not head.endswith(("chin", "lin")):
        return "f"
    if head.endswith(("frau", "dame")):
        return "f"
    return "m"


def _canonicalise(quotes: list[Quote]) -> list[Quote]:
    """One speaker name per person in the article: "Austin" -> "Lloyd Austin"."""
    names = [q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()]
    mapping = canonical_speakers(names)
    roles: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.speaker_role and q.speaker != "anonymous":
            roles.setdefault(mapping.get(q.speaker, q.speaker), q.speaker_role)
    out: list[Quote] = []
    seen: set[tuple[int, int, str | None]] = set()
    from dataclasses import replace

    for q in quotes:
        sp = mapping.get(q.speaker or "", q.speaker)
        key = (q.start_char, q.end_char, sp)
        if key in seen:
            continue
        seen.add(key)
        role = (
            q.speaker_role if q.speaker == "anonymous" else (q.speaker_role or roles.get(sp or ""))
        )
        out.append(replace(q, speaker=sp, speaker_role=role))
    return out


def doc_words(tokens: Sequence[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """Non-space tokens as (text, char offset, inside-quotation flag); quote state resets at
    paragraph breaks so an unclosed quote mark cannot swallow the rest of the article."""
    out: list[tuple[str, int, bool]] = []
    inside = False
    for text, idx, _ in tokens:
        if text.isspace():
            if "\n" in text:
                inside = False
            continue
        if len(text) == 1 and text in QUOTE_CHARS:
            role = quote_role(text, inside)
            inside = role == "open"
            out.append((text, idx, False))
            continue
        out.append((text, idx, inside))
    return out


__all__ = ["QuoteRules", "SentenceInput", "Word", "doc_words", "is_cap"]
