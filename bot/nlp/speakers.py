"""Speaker noun phrases without a parser: a light German NP chunker over tokens plus word
lists for roles, organisations and pronouns.

blank("de") has no tagger, and every German noun is capitalised, so a name is told from a
noun by position (after a role noun, or without an article) and by the role / organisation
suffix lists below."""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlp.calendar_words import WEEKDAYS
from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.lexicons import words

DETS = frozenset({"der", "die", "das", "den", "dem", "des"})
INDEF = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
POSSESSIVE = frozenset(
    {
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "seines",
        "ihr",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "ihres",
    }
)
NOM_DETS = frozenset(
    {
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "einer",
        "mehrere",
        "zwei",
        "drei",
        "viele",
        "einige",
        "beide",
        "alle",
        "manche",
    }
)
PRONOUNS = frozenset({"er", "sie", "wir", "ich"})
GEN_DETS = frozenset({"des", "der"})

ROLE_SUFFIXES = (
    "minister",
    "landrat",
    "landrätin",
    "intendant",
    "intendantin",
    "rektor",
    "rektorin",
    "dekan",
    "dekanin",
    "ministerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "kanzler",
    "kanzlerin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "botschafter",
    "botschafterin",
    "general",
    "kommandeur",
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "senator",
    "senatorin",
    "abgeordnete",
    "abgeordneter",
    "staatsanwalt",
    "staatsanwältin",
    "anwalt",
    "anwältin",
    "richter",
    "richterin",
    "experte",
    "expertin",
    "experten",
    "analyst",
    "analystin",
    "analysten",
    "sekretär",
    "sekretärin",
    "kommissar",
    "kommissarin",
    "vertreter",
    "vertreterin",
    "beamter",
    "beamte",
    "beamtin",
    "offizier",
    "diplomat",
    "diplomatin",
    "diplomaten",
    "politiker",
    "politikerin",
    "premier",
    "könig",
    "königin",
    "papst",
    "trainer",
    "trainerin",
    "manager",
    "managerin",
    "gründer",
    "professor",
    "professorin",
    "forscher",
    "forscherin",
    # scholars by field: "Virologe", "Epidemiologin", "Politologe"
    "ologe",
    "ologin",
    "ökonom",
    "ökonomin",
    "wissenschaftler",
    "wissenschaftlerin",
    "arzt",
    "ärztin",
    "polizist",
    "beauftragte",
    "beauftragter",
    "befehlshaber",
    "koordinator",
    "koordinatorin",
    "berater",
    "beraterin",
    "mitarbeiter",
    "mitarbeiterin",
    "reporter",
    "korrespondent",
    "journalist",
    "journalistin",
    "autor",
    "autorin",
    "augenzeuge",
    "zeuge",
    "zeugin",
    "zeugen",
    "bewohner",
    "beobachter",
    "kritiker",
    "kritikerin",
    "ermittler",
    "ermittlerin",
    "funktionär",
    "chef",
    "kandidat",
    "kandidatin",
    "vize",
    "oberhaupt",
    "führer",
    "führerin",
    "ökonom",
    "ökonomin",
    "ökonomen",
    "aktivist",
    "aktivistin",
    "aktivisten",
    "fachmann",
    "fachleute",
    "historiker",
    "sprecher",
    "insider",
    "kreise",
    "kreisen",
    "quellen",
    "quelle",
    "militärs",
    "offiziere",
    "mediziner",
    "medizinerin",
    "opfer",
    "überlebende",
    "angehörige",
    "anwohner",
    "bürger",
    "präses",
    "bischof",
    "kardinal",
    "pfarrer",
    "spieler",
    "spielerin",
    "kapitän",
    "stratege",
    "strategen",
    "chefs",
    "sprechers",
    "vorstand",
    "direktoren",
    "generäle",
    "generale",
    "oberst",
    "admiral",
    "kommandant",
    "kommandanten",
    "verteidiger",
    "kläger",
    "klägerin",
    "ermittlern",
    "unternehmer",
    "unternehmerin",
    "eigentümer",
    "inhaber",
    "inhaberin",
    "staatssekretär",
    "staatssekretärin",
    "regierungschef",
    "premierminister",
    "außenamtschef",
    "amtskollege",
    "kollege",
    "kollegin",
    "verleger",
    "herausgeber",
    "moderator",
    "moderatorin",
    # professions and walks of life before a name: "Physiker Sebastian Pflugbeil", "die
    # Rentnerin Ingrid Voigt"
    "iker",
    "ikerin",
    "rentner",
    "rentnerin",
    "landwirt",
    "landwirtin",
    "student",
    "studentin",
    "anwohnerin",
    "bewohnerin",
)
ORG_SUFFIXES = (
    "ministerium",
    "schutz",
    "werke",
    "kasse",
    "versicherung",
    "gesellschaft",
    "amt",
    "regierung",
    "geheimdienst",
    "geheimdienste",
    "dienst",
    "behörde",
    "behörden",
    "polizei",
    "armee",
    "militär",
    "streitkräfte",
    "agentur",
    "kommission",
    "rat",
    "parlament",
    "gericht",
    "institut",
    "zeitung",
    "sender",
    "verband",
    "partei",
    "bündnis",
    "organisation",
    "konzern",
    "unternehmen",
    "bank",
    "botschaft",
    "staatsanwaltschaft",
    "gewerkschaft",
    "stiftung",
    "universität",
    "klinik",
    "krankenhaus",
    "verwaltung",
    "ministerien",
    "regierungen",
    "hilfswerk",
    "feuerwehr",
    "bundeswehr",
    "kreml",
    "pentagon",
    "vereinigung",
    "gremium",
    "komitee",
    "ausschuss",
    "senat",
    "kongress",
    "magazin",
    "fernsehen",
    "rundfunk",
    "union",
    "föderation",
    "koalition",
    "opposition",
    "fraktion",
    "weltbank",
    "kommando",
    "generalstab",
    "führung",
    "staatsmedien",
    "medien",
    "büro",
    "zentrale",
    "gruppe",
    "netzwerk",
    "bahn",
    "post",
    "airlines",
    "konsortium",
    "verein",
)
ORG_NAMES = frozenset(
    {
        "nato",
        "spiegel",
        "kreuz",
        "zdf",
        "ard",
        "n-tv",
        "n24",
        "grüne",
        "grünen",
        "linke",
        "spd",
        "cdu",
        "csu",
        "fdp",
        "afd",
        "bsw",
        "uno",
        "un",
        "eu",
        "who",
        "kcna",
        "dpa",
        "afp",
        "reuters",
        "ap",
        "bbc",
        "cnn",
        "tass",
        "ria",
        "interfax",
        "yonhap",
        "unicef",
        "unhcr",
        "iaea",
        "iaeo",
        "opec",
        "imf",
        "iwf",
        "ezb",
        "bundesregierung",
        "bundesanwaltschaft",
        "bundesverfassungsgericht",
        "russland",
        "ukraine",
        "nordkorea",
        "südkorea",
        "china",
        "usa",
        "iran",
        "israel",
        "deutschland",
        "frankreich",
        "moskau",
        "kiew",
        "washington",
        "peking",
        "pjöngjang",
        "seoul",
        "berlin",
        "paris",
        "london",
        "japan",
        "indien",
        "türkei",
        "polen",
        "syrien",
    }
)
# capitalised words that open a clause but never name a speaker
NON_SPEAKERS = WEEKDAYS | frozenset(
    {
        "dies",
        "zusammenfassend",
        "einerseits",
        "andererseits",
        "ähnlich",
        "anders",
        "demgegenüber",
        "zufolge",
        "dagegen",
        "bislang",
        "hingegen",
        "indes",
        "indessen",
        "jedenfalls",
        "immerhin",
        "schließlich",
        "letztlich",
        "offenbar",
        "offensichtlich",
        "angeblich",
        "vermutlich",
        "möglicherweise",
        "wahrscheinlich",
        "tatsächlich",
        "sogar",
        "insbesondere",
        "besonders",
        "ebenso",
        "gleichwohl",
        "ferner",
        "darüber",
        "deswegen",
        "sinngemäß",
        "offiziell",
        "bezüglich",
        "erstmals",
        "zuerst",
        "eigentlich",
        "nämlich",
        "übrigens",
        "ursprünglich",
        "das",
        "dieses",
        "diese",
        "dieser",
        "so",
        "was",
        "wer",
        "es",
        "man",
        "dazu",
        "damit",
        "daher",
        "deshalb",
        "doch",
        "aber",
        "und",
        "auch",
        "zudem",
        "außerdem",
        "dann",
        "nun",
        "jetzt",
        "heute",
        "gestern",
        "bisher",
        "zuvor",
        "später",
        "hier",
        "dort",
        "da",
        "dabei",
        "darin",
        "darauf",
        "hierzu",
        "ebenfalls",
        "schon",
        "bereits",
        "noch",
        "allerdings",
        "jedoch",
        "zugleich",
        "gleichzeitig",
        "demnach",
        "danach",
        "anschließend",
        "zuletzt",
        "erst",
        "einst",
        "inzwischen",
        "mittlerweile",
        "weiter",
        "weiterhin",
        "derzeit",
        "aktuell",
        "insgesamt",
        "zunächst",
        "vielmehr",
        "stattdessen",
        "trotzdem",
        "dennoch",
        "somit",
        "also",
        "zwar",
        "vor",
        "nach",
        "am",
        "im",
        "in",
        "an",
        "auf",
        "bei",
        "mit",
        "von",
        "zum",
        "zur",
        "für",
        "gegen",
        "um",
        "über",
        "unter",
        "seit",
        "laut",
        "wie",
        "wenn",
        "als",
        "ob",
        "dass",
        "weil",
        "obwohl",
        "nachdem",
        "während",
        "bevor",
        "sollte",
        "sollten",
        "könnte",
        "könnten",
        "würde",
        "würden",
        "hätte",
        "wäre",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "kann",
        "muss",
        "soll",
        "will",
        "gibt",
        "gab",
        "ihm",
        "ihr",
        "ihn",
        "ihnen",
        "uns",
        "mir",
        "mich",
        "wo",
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "jeder",
        "jede",
        "alle",
        "viele",
        "einige",
        "mehrere",
        "beide",
        "kein",
        "keine",
        "nicht",
        "nur",
        "mehr",
        "wenige",
        "ende",
        "anfang",
        "mitte",
        "woche",
        "wochenende",
        "jahr",
        "monat",
        "tag",
        "abend",
        "morgen",
        "nacht",
        "angaben",
        "uhr",
    }
)
# nouns that head a noun phrase but are no speaker of a statement
# nouns that head a noun phrase but are no speaker of a statement (lexicons/non_speaker_heads.txt)
NON_SPEAKER_HEADS = ACCORDING_NOUNS | words("non_speaker_heads.txt")


@dataclass(frozen=True, slots=True)
class NP:
    start: int  # token index (sentence-relative) of the first word
    end: int  # exclusive
    kind: str  # pronoun | name | description | anonymous
    name: str  # surface name / description (no article)
    role: str | None
    org: bool
    mention: str  # the words as written
    plural: bool = False


def _base(word: str) -> str:
    return word.rsplit("-", 1)[-1].lower()


def is_role(word: str) -> bool:
    b = _base(word)
    if b.endswith(ROLE_SUFFIXES) or word.lower().endswith(ROLE_SUFFIXES):
        return True
    # inflected forms: "Kritikern", "Beamten", "Sprechers"
    for cut in ("n", "s", "en"):
        if b.endswith(cut) and b[: -len(cut)].endswith(ROLE_SUFFIXES):
            return True
    return False


def is_org(word: str) -> bool:
    low = word.lower()
    b = _base(word)
    if low in ORG_NAMES or b in ORG_NAMES or b.endswith(ORG_SUFFIXES):
        return True
    # plural and genitive forms: "Gewerkschaften", "Ministeriums"
    return any(
        b.endswith(cut) and b[: -len(cut)].endswith(ORG_SUFFIXES) for cut in ("en", "n", "s")
    )


# lower-case particles of Arabic names, joined by a hyphen: "al-Mussawi", "asch-Schaibani"
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "asch", "an", "ar", "at", "az", "ach"})


def is_cap(word: str) -> bool:
    c = word[:1]
    if c.isdigit():  # "der 39-Jährige"
        head, _, rest = word.partition("-")
        return head.isdigit() and rest[:1].isupper()
    if c.islower() and any(ch.isdigit() for ch in word) and word[-1:].isdigit():
        return True  # broadcaster names such as "n24"
    if c.islower() and "-" in word[1:4]:
        head, _, rest = word.partition("-")
        return head in NAME_PARTICLES and rest[:1].isupper()  # "al-Mussawi", "el-Baradei"
    return c.isupper() and word.lower() not in NON_SPEAKERS


def _is_adj(word: str) -> bool:
    """An inflected attributive adjective: "britische", "US-amerikanische", and an age or
    measure compound with digits ("der 33-jährige Buffon", "die 61-jährige Ministerin")."""
    if word[:1].isdigit() and "-" in word:
        word = word.rsplit("-", 1)[1]
    return (
        word[:1].islower()
        and word.replace("-", "").isalpha()
        and word.endswith(("e", "en", "er", "es", "em"))
    )


def _aged_name(adjs: list[str], caps: list[str], nouns: frozenset[str]) -> bool:
    """ "der 85-jährige Joseph Ratzinger": only age adjectives before two or more capitalised
    words that are no common nouns (so "der 33-jährige Torwart" stays a description)."""
    return (
        len(caps) >= 2
        and bool(adjs)
        and all(a[:1].isdigit() for a in adjs)
        and bool(nouns)
        and not any(c in nouns or is_role(c) or is_org(c) for c in caps)
    )


# surnames that follow "von der" / "van den" and are no common nouns; the article inside
# them is otherwise taken for a genitive
NOBLE_NAMES = frozenset({"Leyen", "Bellen", "Lubbe", "Vondel", "Heide", "Tann", "Schulenburg"})


def _is_cap_adj(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(
        (
            "ische",
            "ischen",
            "liche",
            "lichen",
            "ige",
            "igen",
            "ale",
            "alen",
            "ere",
            "eren",
            "ste",
            "sten",
        )
    )


def parse_np(
    words: list[str],
    i: int,
    end: int,
    allow_apposition: bool = True,
    nouns: frozenset[str] = frozenset(),
    bare_adjective: bool = False,
) -> NP | None:
    """Parse a speaker noun phrase starting at words[i] (not beyond `end`): article and
    adjectives, a run of capitalised words (role nouns, names, organisations), a genitive
    tail, then an apposition ("John Kirby, Sprecher des …," / "der Sprecher, John Kirby,")."""
    if i >= end:
        return None
    low = words[i].lower()
    if low in PRONOUNS:
        return NP(i, i + 1, "pronoun", low, None, False, words[i], plural=False)
    noble = _noble_name(words, i, end)
    if noble is not None:
        return noble
    det, j = _determiner(words, i, end, bare_adjective)
    det, j, adjs = _adjectives(words, i, j, end, det)
    caps_start = j
    j = _capitalised_run(words, j, end, det)
    caps = words[caps_start:j]
    if not caps or caps[0].lower() in NON_SPEAKER_HEADS:
        return None
    caps, j = _head_cut(caps, caps_start, j, det, nouns)
    tail_start = j
    j = _place_before_apposition(words, _genitive_tail(words, j, end), end, caps)
    tail = words[tail_start:j]
    role_idx = leading_roles(caps)
    adj_words = words[caps_start - adjs : caps_start]
    role, name_words = _role_and_name(caps, role_idx, adj_words, tail, det, nouns)
    if allow_apposition and name_words and j + 1 < end and words[j] == ",":
        role, j = _role_apposition(words, j, end, role)
    genitive_name = bool(role_idx) and len(name_words) == 1 and name_words[0].endswith("s")
    if (
        allow_apposition
        and (not name_words or genitive_name)
        and (det in DETS or role_idx)
        and j + 2 < end
        and words[j] == ","
    ):
        named = _name_apposition(words, i, j, end, det)
        if named is not None:
            role, name_words, j = named
    org = any(is_org(c) for c in caps)
    mention = " ".join(words[i:j]).replace(" ,", ",")
    if name_words:
        return NP(i, j, "name", " ".join(name_words), role, org and not role_idx, mention)
    return _description(words, i, j, det, adj_words + caps + tail, caps, org, mention)


def _noble_name(words: list[str], i: int, end: int) -> NP | None:
    """ "von der Leyen" at the phrase start: a surname, not a preposition and an article."""
    low = words[i].lower()
    if (
        low in ("von", "van")
        and i + 2 < end
        and words[i + 1] in ("der", "den")
        and words[i + 2] in NOBLE_NAMES
    ):
        name = " ".join(["von" if low == "von" else "van", *words[i + 1 : i + 3]])
        return NP(i, i + 3, "name", name, None, False, " ".join(words[i : i + 3]))
    return None


def _determiner(words: list[str], i: int, end: int, bare_adjective: bool) -> tuple[str | None, int]:
    """The phrase's article (a possessive counts as "der": "Sein Anwalt" is a definite
    description; "" for an article-less adjective phrase) and the index after it."""
    w = words[i]
    low = w.lower()
    if low in DETS or low in INDEF or low in NOM_DETS or low in POSSESSIVE:
        return ("der" if low in POSSESSIVE else low), i + 1
    if (
        bare_adjective
        and _is_adj(w)
        and i + 1 < end
        and (is_cap(words[i + 1]) or _is_adj(words[i + 1]))
    ):
        return "", i  # "laut israelischen Medien"
    return None, i


def _adjectives(
    words: list[str], i: int, j: int, end: int, det: str | None
) -> tuple[str | None, int, int]:
    """Adjectives before the head ("Russische und ukrainische Medien", "der frühere …"):
    the article (now "" for a leading capitalised adjective), the head's index and the
    number of adjective words."""
    adjs = 0
    if (
        det is None
        and _is_cap_adj(words[i])
        and j + 1 < end
        and (words[j + 1] in ("und", ",", "sowie") or _is_adj(words[j + 1]))
    ):
        det = ""
        j += 1
        adjs += 1
        while (
            j < end and words[j] in ("und", ",", "sowie") and j + 1 < end and _is_adj(words[j + 1])
        ):
            j += 2
            adjs += 2
    while j < end and _is_adj(words[j]) and adjs < 4 and det is not None:
        j += 1
        adjs += 1
    return det, j, adjs


def _capitalised_run(words: list[str], j: int, end: int, det: str | None) -> int:
    """The end of the run of capitalised words from j, with name particles ("Ursula von der
    Leyen", "Osama bin Laden")."""
    while j < end and (
        is_cap(words[j]) or (words[j][:1].isupper() and words[j].lower() in ORG_NAMES)
    ):
        j += 1
        # name particles: "von der Leyen", "al-Assad" are hyphenated; allow "von" + Cap + Cap
        if (
            j + 1 < end
            and words[j] in ("von", "van", "de", "da", "bin", "ibn")
            and is_cap(words[j + 1])
            and not is_role(words[j - 1])
            and not is_org(words[j + 1])
            and words[j + 1].lower() not in ORG_NAMES
            and det is None
        ):
            j += 1
        elif (
            j + 2 < end
            and words[j] in ("von", "van")
            and words[j + 1] in ("der", "den")
            and words[j + 2] in NOBLE_NAMES
        ):
            j += 2  # "Ursula von der Leyen"
    return j


def _head_cut(
    caps: list[str], caps_start: int, j: int, det: str | None, nouns: frozenset[str]
) -> tuple[list[str], int]:
    """The capitalised words that belong to the head after an article: "dem Deutschen
    Wetterdienst" keeps its named adjective; "die G7-Staaten Milliardenhilfen" stops after
    the first noun."""
    foreign = caps[0] not in nouns and "-" not in caps[0] and bool(nouns)
    # "dem Deutschen Wetterdienst", "das Rote Kreuz": capitalised adjectives before the head
    named_adj = 0
    while (
        named_adj < len(caps) - 1
        and caps[named_adj].endswith(("e", "en", "er", "es"))
        and "-" not in caps[named_adj]
        and (is_org(caps[named_adj + 1]) or is_role(caps[named_adj + 1]))
    ):
        named_adj += 1
    if named_adj and det:
        return caps[: named_adj + 1], caps_start + named_adj + 1
    if det and len(caps) > 1 and not is_role(caps[0]) and not is_org(caps[0]) and not foreign:
        # "die G7-Staaten Milliardenhilfen": the second noun starts another phrase
        return caps[:1], caps_start + 1
    return caps, j


def _genitive_tail(words: list[str], j: int, end: int) -> int:
    """Up to two genitive or "von" tails: "des nationalen Sicherheitsrats", "von der
    Nationalen Behörde"."""
    for _ in range(2):
        if not (j < end and words[j] in GEN_DETS | {"von", "vom"}):
            break
        k = j + 1
        if words[j] == "von" and k < end and words[k] in DETS:
            k += 1
        while k < end and _is_adj(words[k]):
            k += 1
        n0 = k
        while k < end and is_cap(words[k]):
            k += 1
        if k == n0:
            break
        j = k
    return j


def _place_before_apposition(words: list[str], j: int, end: int, caps: list[str]) -> int:
    """ "der SPD-Fraktionschef im Landtag, Klaus Meier": a place phrase after a role noun
    and before the apposition belongs to the role."""
    if not (
        j + 2 < end
        and words[j] in ("im", "in", "am", "bei", "beim", "aus", "für")
        and any(is_role(c) for c in caps)
    ):
        return j
    k = j + 1
    if words[k] in DETS:
        k += 1
    while k < end and _is_adj(words[k]):
        k += 1
    n0 = k
    while k < end and is_cap(words[k]) and not is_role(words[k]):
        k += 1
    return k if k > n0 and k < end and words[k] == "," else j


def leading_roles(caps: list[str]) -> list[int]:
    """Indices of the role nouns of a capitalised run: the first run of role nouns. A word
    that looks like a role after a name word is a surname: "Verkehrsminister Paul Richter"
    is the minister Paul Richter, not a judge."""
    out: list[int] = []
    for n, c in enumerate(caps):
        if is_role(c):
            out.append(n)
        elif out:
            break
    return out


def _role_and_name(
    caps: list[str],
    role_idx: list[int],
    adj_words: list[str],
    tail: list[str],
    det: str | None,
    nouns: frozenset[str] = frozenset(),
) -> tuple[str | None, list[str]]:
    """Role and name words of the head: after the last role noun comes the name
    ("US-Verteidigungsminister Lloyd Austin"); after an article without a role, none."""
    if role_idx:
        last = role_idx[-1]
        name_words = caps[last + 1 :]
        if name_words and tail:
            return " ".join(adj_words + caps[: last + 1]), name_words
        return " ".join(adj_words + caps[: last + 1] + tail) or None, name_words
    if det is not None:
        # "der 33-jährige Gianluigi Buffon": the age describes a name
        return None, caps if _aged_name(adj_words, caps, nouns) else []
    return None, caps


def _role_apposition(
    words: list[str], j: int, end: int, role: str | None
) -> tuple[str | None, int]:
    """ "John Kirby, Sprecher des nationalen Sicherheitsrats, sagte": the role after a name,
    and the index after it (the role unchanged and j when there is none)."""
    k = j + 1
    if words[k] in DETS:
        k += 1
    a0 = k
    while k < end and _is_adj(words[k]):
        k += 1
    if not (k < end and is_role(words[k])):
        return role, j
    k += 1
    while k < end and (
        is_cap(words[k])
        or words[k] in GEN_DETS
        or _is_adj(words[k])
        or words[k] in ("von", "vom", "im", "in", "der", "für", "das", "den", "dem", "die")
    ):
        k += 1
    while k > a0 and not is_cap(words[k - 1]):
        k -= 1
    if k < end and words[k] == ",":
        return " ".join(words[a0:k]), k + 1
    if k >= end or words[k] in (".", "!", "?"):
        return " ".join(words[a0:k]), k
    return role, j


def _name_apposition(
    words: list[str], i: int, j: int, end: int, det: str | None
) -> tuple[str, list[str], int] | None:
    """ "der Sprecher, John Kirby," : the name after a description; the description becomes
    the role. Returns role, name words and the index after the name."""
    k = j + 1
    n0 = k
    while k < end and is_cap(words[k]) and not is_role(words[k]) and not is_org(words[k]):
        k += 1
    if k - n0 >= 1 and (k >= end or words[k] in (",", ".")):
        role = " ".join(words[i + (1 if det else 0) : j])
        return role, list(words[n0:k]), (k + 1 if k < end and words[k] == "," else k)
    return None


def _description(
    words: list[str],
    i: int,
    j: int,
    det: str | None,
    desc_words: list[str],
    caps: list[str],
    org: bool,
    mention: str,
) -> NP | None:
    """A phrase without a name: a description ("die Polizei", "Russische Medien"), an
    unnamed source ("ein Sprecher"), or None when its head is no speaker."""
    head = caps[0] if det is not None else caps[-1]
    if head.lower() in NON_SPEAKER_HEADS:
        return None
    plural = caps[-1].lower().endswith(("en", "er")) and det in (None, "die")
    desc = " ".join(desc_words)
    desc = desc[:1].upper() + desc[1:]
    if det in INDEF and not org:
        return NP(i, j, "anonymous", "anonymous", " ".join(words[i:j]), False, mention)
    return NP(i, j, "description", desc, None, org, mention, plural=plural)
