"""The German cue lexicon: speech, report, estimate and opinion verbs in all inflected forms
(separable verbs with their particle), according-to markers and the reporting nouns.

Forms are generated from a few stems so that the list stays reviewable; irregular verbs list
their forms explicitly. Everything is built once per component instance (no module state is
mutated)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.nlp.lexicons import rows

# weak (regular) verbs: (infinitive stem, takes "ge-" in the participle)
_WEAK = [
    "sag",
    "begrüß",
    "bekund",
    "charakterisier",
    "wert",
    "plädier",
    "dräng",
    "monier",
    "rüg",
    "beanstand",
    "erklär",
    "beton",
    "warn",
    "bestätig",
    "bericht",
    "meld",
    "schätz",
    "vermut",
    "behaupt",
    "forder",
    "kritisier",
    "mahn",
    "ergänz",
    "erläuter",
    "versicher",
    "verkünd",
    "äußer",
    "antwort",
    "entgegn",
    "erwider",
    "klag",
    "beklag",
    "bemängel",
    "frag",
    "glaub",
    "mein",
    "hoff",
    "befürcht",
    "fürcht",
    "bekräftig",
    "beteuer",
    "bezeichn",
    "dementier",
    "erzähl",
    "schilder",
    "informier",
    "twitter",
    "post",
    "kommentier",
    "resümier",
    "bilanzier",
    "folger",
    "schlussfolger",
    "vermeld",
    "unterricht",
    "mutmaß",
    "spekulier",
    "prognostizier",
    "argumentier",
    "insistier",
    "appellier",
    "verlang",
    "drohen",
    "droh",
    "erwart",
    "rechn",
    "begründ",
    "zitier",
    "zweifel",
    "bezweifel",
    "präzisier",
    "kündig",
    "lob",
    "verurteil",
    "beschuldig",
    "bedauer",
    "klarstell",
    "sorg",
    "signalisier",
    "beklag",
    "unterstell",
    "räum",
    "prophezei",
    "verteidig",
    "ankündig",
    "versprech",
    "betracht",
    "dank",
]

_NO_GE_PREFIXES = ("be", "er", "ver", "ent", "zer", "ge", "miss", "emp", "über", "unter", "wider")

# strong / irregular verbs: lemma -> forms (present, past, participle, Konjunktiv)
_STRONG: dict[str, str] = {
    "sprechen": "spricht sprechen sprach sprachen gesprochen spreche",
    "schreiben": "schreibt schreiben schrieb schrieben geschrieben schreibe",
    "rufen": "ruft rufen rief riefen gerufen rufe",
    "nennen": "nennt nennen nannte nannten genannt nenne",
    "bestreiten": "bestreitet bestreiten bestritt bestritten bestreite",
    "unterstreichen": "unterstreicht unterstreichen unterstrich unterstrichen unterstreiche",
    "beschreiben": "beschreibt beschreiben beschrieb beschrieben beschreibe",
    "versprechen": "verspricht versprechen versprach versprachen versprochen verspreche",
    "empfehlen": "empfiehlt empfehlen empfahl empfahlen empfohlen empfehle",
    "raten": "rät raten riet rieten geraten rate",
    "bitten": "bittet bitten bat baten gebeten bitte",
    "verraten": "verrät verraten verriet verrieten verrate",
    "widersprechen": "widerspricht widersprechen widersprach widersprachen widersprochen",
    "gestehen": "gesteht gestehen gestand gestanden gestehe",
    "heißen": "heißt hieß heiße",
    "denken": "denkt denken dachte dachten gedacht",
    "wissen": "weiß wissen wusste wussten gewusst wisse",
    "verlauten": "verlauten verlautete verlauteten verlautet",
    "vertreten": "vertritt vertrat vertraten",
    "halten": "hält hielt hielten",
    "verweisen": "verweist verweisen verwies verwiesen verweise",
    "würdigen": "würdigt würdigen würdigte würdigten gewürdigt",
    "bekennen": "bekennt bekennen bekannte bekannten bekannt",
    "sehen": "sieht sehen sah sahen gesehen sehe",
    "finden": "findet finden fand fanden gefunden finde",
    "bekanntgeben": "bekanntgegeben bekanntzugeben",
    "zurückweisen": "zurückgewiesen zurückzuweisen zurückweisen",
    # a stated intention is reported speech: "Die Partei will die Steuern senken"
    "wollen": "will",
}

# separable verbs: lemma -> (finite base forms, particle, fused forms)
_SEPARABLE: dict[str, tuple[str, str, str]] = {
    "abraten": ("rät raten riet rieten rate", "ab", "abraten abgeraten abzuraten abriet abrät"),
    "eingestehen": (
        "gesteht gestehen gestand gestanden gestehe",
        "ein",
        "eingestehen eingestanden einzugestehen eingestand",
    ),
    "anprangern": (
        "prangert prangern prangerte prangerten",
        "an",
        "angeprangert anprangerte anprangert",
    ),
    "mitteilen": (
        "teilt teilen teilte teilten teile",
        "mit",
        "mitteilen mitgeteilt mitzuteilen mitteilte mitteilten mitteilt",
    ),
    "hinzufügen": (
        "fügt fügen fügte fügten füge",
        "hinzu",
        "hinzufügen hinzugefügt hinzuzufügen hinzufügte",
    ),
    "zugeben": ("gibt geben gab gaben gebe", "zu", "zugeben zugegeben zuzugeben zugab zugibt"),
    "einräumen": (
        "räumt räumen räumte räumten räume",
        "ein",
        "einräumen eingeräumt einzuräumen einräumte einräumt",
    ),
    "vorwerfen": (
        "wirft werfen warf warfen werfe",
        "vor",
        "vorwerfen vorgeworfen vorzuwerfen vorwarf vorwirft",
    ),
    "hinweisen": (
        "weist weisen wies wiesen weise",
        "hin",
        "hinweisen hingewiesen hinzuweisen hinwies hinweist",
    ),
    "nachschieben": (
        "schiebt schieben schob schoben schiebe",
        "nach",
        "nachgeschoben nachschob nachschiebt",
    ),
    "nachlegen": ("legt legen legte legten lege", "nach", "nachgelegt nachlegte nachlegt"),
    "ankündigen": (
        "kündigt kündigen kündigte kündigten kündige",
        "an",
        "ankündigen angekündigt anzukündigen ankündigte ankündigt",
    ),
    "annehmen": (
        "nimmt nehmen nahm nahmen nehme",
        "an",
        "annehmen angenommen anzunehmen annahm annimmt",
    ),
    "ausgehen": (
        "geht gehen ging gingen gehe",
        "aus",
        "ausgehen ausgegangen auszugehen ausging ausgeht",
    ),
    "feststellen": (
        "stellt stellen stellte stellten stelle",
        "fest",
        "feststellen festgestellt festzustellen feststellte feststellt",
    ),
    "klarstellen": (
        "stellt stellen stellte stellten stelle",
        "klar",
        "klargestellt klarstellte klarstellt",
    ),
    "hervorheben": (
        "hebt heben hob hoben hebe",
        "hervor",
        "hervorheben hervorgehoben hervorhob hervorhebt",
    ),
    "vorschlagen": (
        "schlägt schlagen schlug schlugen schlage",
        "vor",
        "vorschlagen vorgeschlagen vorschlug vorschlägt",
    ),
    "zurückweisen": (
        "weist weisen wies wiesen weise",
        "zurück",
        "zurückweisen zurückgewiesen zurückwies zurückweist",
    ),
    "bekanntgeben": (
        "gibt geben gab gaben gebe",
        "bekannt",
        "bekanntgeben bekanntgegeben bekanntgab bekanntgibt",
    ),
    "angeben": ("gibt geben gab gaben gebe", "an", "angeben angegeben anzugeben angab angibt"),
    "aussagen": (
        "sagt sagen sagte sagten sage",
        "aus",
        "aussagen ausgesagt auszusagen aussagte aussagt",
    ),
    "einwenden": ("wendet wenden wandte wandten wende", "ein", "eingewandt eingewendet einwandte"),
    "zusichern": (
        "sichert sichern sicherte sicherten sichere",
        "zu",
        "zugesichert zusicherte zusichert",
    ),
    "anmerken": ("merkt merken merkte merkten merke", "an", "anmerken angemerkt anmerkte anmerkt"),
    "bemerken": ("", "", "bemerkt bemerkte bemerkten bemerken"),
    "einschätzen": (
        "schätzt schätzen schätzte schätzten",
        "ein",
        "eingeschätzt einschätzte einschätzt",
    ),
    "zitieren": ("", "", "zitiert zitierte zitierten zitieren"),
    "darstellen": ("stellt stellen stellte stellten", "dar", "dargestellt darstellte"),
    "darlegen": ("legt legen legte legten", "dar", "dargelegt darlegte"),
    "aufrufen": ("ruft rufen rief riefen", "auf", "aufgerufen aufrief aufruft"),
    "auffordern": (
        "fordert fordern forderte forderten fordere",
        "auf",
        "aufgefordert aufforderte aufforderten",
    ),
    "abstreiten": (
        "streitet streiten stritt stritten streite",
        "ab",
        "abstreiten abgestritten abzustreiten abstritt abstreitet",
    ),
    # "hielt der Regierung vor, …": an accusation like "vorwerfen"
    "vorhalten": (
        "hält halten hielt hielten halte",
        "vor",
        "vorgehalten vorzuhalten vorhielt vorhält",
    ),
    "androhen": (
        "droht drohen drohte drohten drohe",
        "an",
        "androhen angedroht anzudrohen androhte androht",
    ),
    "zusagen": ("sagt sagen sagte sagten sage", "zu", "zugesagt zuzusagen zusagte zusagt"),
    "voraussagen": (
        "sagt sagen sagte sagten sage",
        "voraus",
        "voraussagen vorausgesagt vorauszusagen voraussagte voraussagt",
    ),
    "vorhersagen": (
        "sagt sagen sagte sagten sage",
        "vorher",
        "vorhersagen vorhergesagt vorherzusagen vorhersagte vorhersagt",
    ),
    "zeigen": ("zeigt zeigte zeigten", "", ""),
    # judgements with an "als" phrase: "sieht X als Bedrohung an", "als Zeichen wahrgenommen"
    "ansehen": ("sieht sehen sah sahen", "an", "ansehen angesehen ansieht ansah"),
    "wahrnehmen": ("nimmt nehmen nahm nahmen", "wahr", "wahrgenommen wahrnimmt wahrnahm"),
}

# verbs that are cues only with a complement clause (opinion / expectation); they need "dass"
# or a following Konjunktiv clause to count, otherwise "hoffen auf Frieden" would be a quote.
WEAK_OPINION = frozenset(
    {
        "begrüßen",
        "charakterisieren",
        "werten",
        "drängen",
        "vertreten",
        "halten",
        "glauben",
        "meinen",
        "hoffen",
        "befürchten",
        "fürchten",
        "erwarten",
        "denken",
        "wissen",
        "sehen",
        "finden",
        "zeigen",
        "rechnen",
        "annehmen",
        "ausgehen",
        "zweifeln",
        "bezweifeln",
        "sorgen",
        "drohen",
        "schätzen",
        "vermuten",
        "fragen",
        "loben",
        "würdigen",
        "verurteilen",
        "bedauern",
        "kritisieren",
        "beklagen",
        "verteidigen",
        "bezeichnen",
        "nennen",
        "begründen",
        "verweisen",
        "darstellen",
        "aufrufen",
        "appellieren",
        "signalisieren",
        "zitieren",
        "sprechen",
        "schreiben",
        "rufen",
        "bitten",
        "betrachten",
        "ansehen",
        "wahrnehmen",
    }
)

# markers that attribute without a speech verb; handled by pattern in quotes.py
ACCORDING_NOUNS = frozenset(
    {
        "angaben",
        "informationen",
        "erkenntnissen",
        "meldungen",
        "untersuchungen",
        "schätzungen",
        "berichten",
        "aussagen",
        "worten",
        "ansicht",
        "meinung",
        "einschätzung",
        "auffassung",
        "darstellung",
        "überzeugung",
        "behauptung",
        "aussage",
        "angabe",
        "berechnungen",
        "ermittlungen",
        "zählung",
        "daten",
        "zahlen",
        "recherchen",
        "beobachtungen",
        "vorwürfen",
        "mitteilung",
        "bericht",
        "erklärung",
    }
)

SPEECH_NOUNS = frozenset(
    {
        "aussage",
        "erklärung",
        "mitteilung",
        "angaben",
        "äußerung",
        "stellungnahme",
        "warnung",
        "einschätzung",
        "worten",
        "forderung",
        "ankündigung",
        "bericht",
        "meldung",
        "vorwurf",
    }
)


@dataclass(frozen=True, slots=True)
class CueLexicon:
    forms: dict[str, str]  # finite / participle form (lower case) -> lemma
    # finite base form -> ((particle, lemma), ...): "gab" -> zu/zugeben, an/angeben, ...
    separable: dict[str, tuple[tuple[str, str], ...]]
    # verb-final / perfect idioms: verb form -> ((closing word before it, lemma), ...):
    # "…, dass er damit rechnet", "hat in Abrede gestellt", "wissen wollte"
    closed_before: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def lemma(self, word: str) -> str | None:
        return self.forms.get(word.lower())


def _weak_forms(stem: str) -> tuple[str, list[str]]:
    lemma = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    if stem.endswith("en"):  # "drohen" given as a full infinitive
        return stem, []
    e = "e" if stem.endswith(("t", "d", "chn", "gn", "ffn", "dm", "tm")) else ""
    ge = not stem.startswith(_NO_GE_PREFIXES) and not stem.endswith("ier")
    part = ("ge" if ge else "") + stem + e + "t"
    forms = [stem + e + "t", stem + e + "te", stem + e + "ten", lemma, stem + "e", part]
    return lemma, forms


def _nominal_cues() -> list[tuple[str, str, str, str]]:
    """(lemma, finite forms of the light verb, closing word, participle or "") of
    lexicons/nominal_cues.tsv."""
    return [
        (r[0], r[1], r[2], r[3] if len(r) > 3 and r[3] != "-" else "")
        for r in rows("nominal_cues.tsv")
    ]


def build_lexicon() -> CueLexicon:
    forms: dict[str, str] = {}
    for stem in _WEAK:
        lemma, fs = _weak_forms(stem)
        for f in fs:
            forms.setdefault(f, lemma)
    for lemma, strong in _STRONG.items():
        for f in strong.split():
            forms.setdefault(f, lemma)
    separable: dict[str, tuple[tuple[str, str], ...]] = {}
    for lemma, (base, particle, fused) in _SEPARABLE.items():
        for f in fused.split():
            forms[f] = lemma
        if particle:
            for f in base.split():
                separable[f] = (*separable.get(f, ()), (particle, lemma))
        else:
            for f in base.split():
                forms.setdefault(f, lemma)
    closed_before: dict[str, tuple[tuple[str, str], ...]] = {}
    for lemma, base, closing, participle in _nominal_cues():
        for f in base.split():
            separable[f] = (*separable.get(f, ()), (closing, lemma))
        # only idioms that list a participle: "seinen Einfluss geltend machen" is no speech
        for f in (*base.split(), participle) if participle else ():
            closed_before[f] = (*closed_before.get(f, ()), (closing, lemma))
    # "davon ausgehen" and "zu bedenken geben" are idioms built from separable verbs
    for f in ("warnt", "warnte"):
        forms[f] = "warnen"
    # words that look like weak forms but are not speech
    for junk in (
        "meine",
        "meinen",
        "sorge",
        "sorgen",
        "lob",
        "frage",
        "fragen",
        "klage",
        "hoffe",
        "rechnen",
        "rechne",
        "post",
        "posten",
        "zeige",
        "mahnen",
        "klagen",
        "sorgt",
        "sorgte",
        "sorgten",
        "gesorgt",
        "rechnet",
        "rechnete",
        "gerechnet",
        "drohe",
        "bitte",
        "rate",
        "raten",
        "geraten",
        "finde",
        "finden",
        "sehen",
        "gesehen",
        "sehe",
        "fand",
        "fanden",
        "gefunden",
        "findet",
        "weiß",
        "wissen",
        "wisse",
        "gewusst",
        "sah",
        "sahen",
        "wusste",
        "wussten",
        "denken",
        "gedacht",
        "bekannt",
        "heißen",
        "genannt",
        "nennen",
        "zeigt",
        "zeigte",
        "zeigten",
        "zitieren",
        "posteten",
        "postete",
        "rufen",
        "gerufen",
        "schreiben",
        "sprechen",
        "spreche",
        "fürchten",
        "drohen",
        "droht",
        "drohte",
        "drohten",
    ):
        forms.pop(junk, None)
    return CueLexicon(forms=forms, separable=separable, closed_before=closed_before)
