"""Word lists for figure extraction, kept apart from the matching code so the lists can grow
without touching the rules."""

from __future__ import annotations

from bot.models import Qualifier
from bot.nlp.calendar_words import MONTH_ABBREVIATIONS, MONTHS

# Qualifier phrases directly before the number, longest first, as lower-cased token tuples.
QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], Qualifier], ...] = (
    (("nicht", "weniger", "als"), "at_least"),
    (("nicht", "mehr", "als"), "at_most"),
    (("weit", "mehr", "als"), "more_than"),
    (("deutlich", "mehr", "als"), "more_than"),
    (("etwas", "mehr", "als"), "more_than"),
    (("knapp", "mehr", "als"), "more_than"),
    (("gut", "mehr", "als"), "more_than"),
    (("weniger", "als"), "at_most"),
    (("mehr", "als"), "more_than"),
    (("bis", "zu"), "at_most"),
    (("an", "die"), "approx"),
    (("um", "die"), "approx"),
    (("weit", "über"), "more_than"),
    (("deutlich", "über"), "more_than"),
    (("knapp", "über"), "more_than"),
    (("gut", "über"), "more_than"),
    (("knapp", "unter"), "at_most"),
    (("deutlich", "unter"), "at_most"),
    (("mindestens",), "at_least"),
    (("wenigstens",), "at_least"),
    (("zumindest",), "at_least"),
    (("über",), "more_than"),
    (("unter",), "at_most"),
    (("höchstens",), "at_most"),
    (("maximal",), "at_most"),
    (("max.",), "at_most"),
    (("rund",), "approx"),
    (("etwa",), "approx"),
    (("ca.",), "approx"),
    (("circa",), "approx"),
    (("zirka",), "approx"),
    (("knapp",), "approx"),
    (("fast",), "approx"),
    (("nahezu",), "approx"),
    (("annähernd",), "approx"),
    (("beinahe",), "approx"),
    (("ungefähr",), "approx"),
    (("gut",), "approx"),
    (("schätzungsweise",), "approx"),
    (("geschätzte",), "approx"),
    (("geschätzten",), "approx"),
    (("geschätzt",), "approx"),
)
MAX_QUALIFIER_LEN = 3

ADDITION_WORDS = frozenset(
    {"weitere", "weiteren", "weiterer", "zusätzliche", "zusätzlichen", "zusätzlich", "nochmals"}
)
VAGUE_PREFIX_WORDS = frozenset(
    {"mehrere", "mehreren", "einige", "einigen", "viele", "vielen", "etliche", "etlichen", "paar"}
)

CURRENCIES: dict[str, str] = {
    "euro": "Euro",
    "€": "Euro",
    "eur": "Euro",
    "dollar": "Dollar",
    "us-dollar": "Dollar",
    "$": "Dollar",
    "us$": "Dollar",
    "usd": "Dollar",
    "cent": "Cent",
    "pfund": "Pfund",
    "£": "Pfund",
    "franken": "Franken",
    "rubel": "Rubel",
    "yen": "Yen",
    "yuan": "Yuan",
    "hrywnja": "Hrywnja",
    "hrywnja.": "Hrywnja",
}
PERCENT: dict[str, str] = {
    "%": "Prozent",
    "prozent": "Prozent",
    "prozentpunkte": "Prozentpunkt",
    "prozentpunkten": "Prozentpunkt",
    "prozentpunkt": "Prozentpunkt",
    "promille": "Promille",
}
# Measurement abbreviations (exact case) that stand where a noun would.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "km": "Kilometer",
    "m": "Meter",
    "cm": "Zentimeter",
    "mm": "Millimeter",
    "kg": "Kilogramm",
    "g": "Gramm",
    "t": "Tonne",
    "ha": "Hektar",
    "qm": "Quadratmeter",
    "m²": "Quadratmeter",
    "km²": "Quadratkilometer",
    "l": "Liter",
    "km/h": "Stundenkilometer",
    "MW": "Megawatt",
    "GW": "Gigawatt",
    "kWh": "Kilowattstunde",
}

MONTH_WORDS = MONTHS | MONTH_ABBREVIATIONS
TIME_NOUNS = frozenset({"uhr", "h", "uhr."})
TIME_SPAN_NOUNS = frozenset(
    {
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "stunde",
        "stunden",
        "minute",
        "minuten",
        "sekunden",
        "jahrzehnt",
        "jahrzehnte",
        "jahrzehnten",
        "jahrhundert",
        "jahrhunderte",
        "jahrhunderten",
    }
)
# "vor drei Jahren", "in zwei Wochen": the number dates an event, it counts nothing.
TEMPORAL_PREPOSITIONS = frozenset(
    {"vor", "in", "nach", "seit", "binnen", "innerhalb", "ab", "spätestens", "alle", "für"}
)
# "drei Jahre später": the span dates an event relative to another one.
TEMPORAL_POSTMODIFIERS = frozenset({"später", "zuvor", "danach", "früher", "davor", "her", "nach"})
# Words before a year that make a 4-digit number a year even with a noun after it.
YEAR_CUES = frozenset(
    {
        "im",
        "jahr",
        "jahre",
        "jahres",
        "seit",
        "bis",
        "ab",
        "von",
        "anfang",
        "mitte",
        "ende",
        "sommer",
        "herbst",
        "winter",
        "frühjahr",
        "frühling",
        "vor",
        "nach",
        "zwischen",
        "um",
        "-",
        "–",
        "/",
        "und",
        "oder",
        "saison",
        "wahl",
        "wahlen",
    }
)
# Nouns after which a number is a name or a label, not a count ("Artikel 5", "Apollo 11").
LABEL_NOUNS = frozenset(
    {
        "artikel",
        "art.",
        "paragraf",
        "paragraph",
        "paragrafen",
        "§",
        "§§",
        "nr.",
        "nummer",
        "absatz",
        "abs.",
        "kapitel",
        "seite",
        "s.",
        "platz",
        "rang",
        "linie",
        "gleis",
        "staffel",
        "folge",
        "episode",
        "band",
        "tabelle",
        "abbildung",
        "punkt",
        "stufe",
        "level",
        "version",
        "zimmer",
        "raum",
        "haus",
        "block",
        "terminal",
        "flug",
        "route",
        "autobahn",
        "bundesstraße",
        "kanal",
        "tor",
        "runde",
        "spieltag",
        "etappe",
        "klasse",
        "liga",
        "heft",
        "ausgabe",
        "jahrgang",
        "teil",
        "nummern",
        "modell",
        "typ",
        "gruppe",
        "sektor",
        "zone",
        "bezirk",
        "postleitzahl",
        "telefon",
        "tel.",
        "fax",
    }
)
DETERMINERS = frozenset(
    {
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
    }
)
# Capitalised words that open a clause or name a pronoun, never a counted noun or a speaker.
PRONOUNS = frozenset(
    {
        "er",
        "sie",
        "es",
        "ich",
        "wir",
        "ihr",
        "man",
        "dies",
        "diese",
        "dieser",
        "dieses",
        "das",
        "der",
        "die",
        "jener",
        "jene",
        "beide",
        "beiden",
        "alle",
        "viele",
        "einige",
        "andere",
        "denen",
        "dem",
        "deren",
        "dessen",
        "welche",
        "wer",
    }
)

# Demonym adjectives for "Soldaten aus Nordkorea" -> "nordkoreanische Soldaten" and
# "nach ukrainischen Angaben" -> "Ukraine".
COUNTRY_ADJECTIVES: dict[str, str] = {
    "Nordkorea": "nordkoreanische",
    "Südkorea": "südkoreanische",
    "Russland": "russische",
    "Ukraine": "ukrainische",
    "China": "chinesische",
    "Deutschland": "deutsche",
    "Frankreich": "französische",
    "Großbritannien": "britische",
    "Iran": "iranische",
    "Israel": "israelische",
    "Polen": "polnische",
    "Syrien": "syrische",
    "Afghanistan": "afghanische",
    "Japan": "japanische",
    "Indien": "indische",
    "Türkei": "türkische",
    "Italien": "italienische",
    "Spanien": "spanische",
    "Österreich": "österreichische",
    "Schweiz": "schweizerische",
}
ANGABEN_PREFIXES: dict[str, str] = {
    "us": "US-Regierung",
    "amerikanischen": "US-Regierung",
    "us-amerikanischen": "US-Regierung",
}

# Report and speech verbs whose subject is the source of a figure in the same sentence.
_WEAK_STEMS = (
    "sag",
    "erklär",
    "beton",
    "warn",
    "bestätig",
    "meld",
    "schätz",
    "vermut",
    "beziffer",
    "registrier",
    "zähl",
    "informier",
    "behaupt",
    "äußer",
    "verkünd",
    "ermittel",
    "dementier",
    "bilanzier",
    "prognostizier",
    "kritisier",
    "beklag",
    "fürcht",
    "zitier",
    "veröffentlich",
    "bericht",
    "twitter",
    "mutmaß",
)
_STRONG_FORMS = (
    "spricht sprach sprechen sprachen schreibt schrieb schreiben schrieben nennt nannte "
    "nennen nannten geht ging gehen gingen gibt gab geben gaben teilt teilte teilen teilten "
    "räumt räumte räumen räumten weist wies weisen wiesen spricht kündigt kündigte kündigen "
    "kündigten rechnet rechnete rechnen rechneten"
)
# Separable verbs count as cues only with their particle later in the sentence.
PARTICLE_VERBS: dict[str, str] = {
    **dict.fromkeys(("geht", "ging", "gehen", "gingen"), "aus"),
    **dict.fromkeys(("gibt", "gab", "geben", "gaben"), "an"),
    **dict.fromkeys(("teilt", "teilte", "teilen", "teilten"), "mit"),
    **dict.fromkeys(("räumt", "räumte", "räumen", "räumten"), "ein"),
    **dict.fromkeys(("weist", "wies", "weisen", "wiesen"), "hin"),
    **dict.fromkeys(("kündigt", "kündigte", "kündigen", "kündigten"), "an"),
    **dict.fromkeys(("rechnet", "rechnete", "rechnen", "rechneten"), "mit"),
}


def _weak_forms(stem: str) -> set[str]:
    e = "e" if stem.endswith(("t", "d")) else ""
    return {stem + e + "t", stem + "en", stem + e + "te", stem + e + "ten"}


def _participle(stem: str) -> str:
    e = "e" if stem.endswith(("t", "d")) else ""
    if stem.startswith(("be", "er", "ver", "ent", "zer", "emp")) or stem.endswith("ier"):
        return stem + e + "t"
    return "ge" + stem + e + "t"


CUE_VERBS: frozenset[str] = frozenset(
    {f for s in _WEAK_STEMS for f in _weak_forms(s)} | set(_STRONG_FORMS.split())
)
# Participles of report verbs: the source is the subject of the auxiliary before them.
CUE_PARTICIPLES: frozenset[str] = frozenset(
    {_participle(s) for s in _WEAK_STEMS}
    | {"mitgeteilt", "angegeben", "eingeräumt", "hingewiesen", "gesprochen", "genannt"}
)
AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})

# Nouns that head an attribution phrase but are not the source themselves
# ("laut Angaben des Ministeriums" -> "Ministerium").
REPORT_NOUNS = frozenset(
    {
        "angaben",
        "bericht",
        "berichten",
        "berichte",
        "informationen",
        "medienberichten",
        "schätzung",
        "darstellung",
        "aussage",
        "aussagen",
        "erkenntnissen",
        "zahlen",
        "daten",
        "mitteilung",
        "sprecher",
        "sprecherin",
        "ergebnis",
        "ergebnissen",
        "umfrage",
        "umfragen",
        "statistik",
        "prognose",
        "hochrechnung",
        "hochrechnungen",
    }
)
ROLE_SUFFIXES = (
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "kanzler",
    "kanzlerin",
    "direktor",
    "direktorin",
    "vertreter",
    "vertreterin",
    "botschafter",
    "botschafterin",
    "general",
    "kommandeur",
    "berater",
    "beraterin",
    "sekretär",
    "sekretärin",
    "leiter",
    "leiterin",
    "experte",
    "expertin",
    "analyst",
    "analystin",
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "abgeordnete",
    "abgeordneter",
    "vorsitzende",
    "vorsitzender",
    "machthaber",
    "staatschef",
    "premier",
    "premierminister",
    "dr.",
    "prof.",
)
POSSESSIVE_ANGABEN = frozenset({"seinen", "ihren", "seiner", "ihrer", "eigenen"})

# Capitalised sentence openers that are not nouns: never the subject of a report verb.
CLAUSE_ADVERBS = frozenset(
    {
        "offiziell",
        "inzwischen",
        "zudem",
        "außerdem",
        "dann",
        "damals",
        "bisher",
        "jetzt",
        "nun",
        "heute",
        "gestern",
        "zuvor",
        "später",
        "demnach",
        "daher",
        "deshalb",
        "allerdings",
        "trotzdem",
        "dennoch",
        "auch",
        "bereits",
        "zunächst",
        "schließlich",
        "insgesamt",
        "derzeit",
        "aktuell",
        "erst",
        "noch",
        "doch",
        "jedoch",
        "zugleich",
        "gleichzeitig",
        "mittlerweile",
        "offenbar",
        "angeblich",
        "vermutlich",
        "zuletzt",
        "bislang",
        "ebenfalls",
        "nachdem",
        "weil",
        "während",
        "wenn",
        "als",
        "dass",
    }
)

# Adjectives that quantify rather than name a group: left out of subjects ("andere Menschen").
QUANTIFIER_ADJECTIVES = frozenset(
    {
        "andere",
        "weitere",
        "viele",
        "einige",
        "mehrere",
        "meiste",
        "wenige",
        "alle",
        "sämtliche",
        "zahlreiche",
        "verschiedene",
        "übrige",
        "insgesamt",
        "solche",
        "etliche",
        "zusätzliche",
        "neue",
        "letzte",
        "ersten",
        "erste",
    }
)
