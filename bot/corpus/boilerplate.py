"""Recognise and remove what a news page wraps around the story.

Copy-pasted or scraped articles carry navigation, share bars, photo and agency credits,
disclaimers, teasers of other articles and metadata tables. The rules are patterns typical of
German news sites, applied to whole rebuilt paragraphs (never to single words inside prose), so
a story sentence that merely mentions "Foto" or "Newsletter" survives. Every pattern is checked
only on short units where the length allows, which keeps the reader fast on large corpora.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.corpus.outlets import copyright_outlet
from bot.corpus.paragraphs import Unit
from bot.corpus.shapes import ends_sentence, ends_terminal, is_table_line, word_count

_NAV_PHRASES = (
    "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt springen", "zum hauptinhalt",
    "zum inhalt", "inhalt überspringen", "springe zum inhalt", "springe zur navigation",
    "zur navigation springen", "zur navigation", "hauptnavigation", "navigation", "menü öffnen",
    "menü schließen", "menü", "suche öffnen", "suche schließen", "suche", "startseite",
    "zur startseite", "home", "skip to content", "skip to main content", "zum seitenanfang",
    "seitenanfang", "nach oben", "artikel teilen", "teilen", "artikel drucken", "drucken",
    "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "xing", "pinterest", "telegram",
    "threads", "bluesky", "instagram", "flipboard", "reddit", "kommentare", "kommentieren",
    "anmelden", "abmelden", "login", "registrieren", "jetzt abonnieren", "abonnieren",
    "newsletter", "mehr anzeigen", "weiterlesen", "zurück", "vorheriger artikel",
    "nächster artikel", "merken", "vorlesen", "artikel vorlesen", "anhören", "audio", "video",
    "podcast", "anzeige", "werbung", "cookie-einstellungen", "datenschutz", "impressum",
    "kontakt", "agb", "link kopieren", "feedback", "x", "artikel anhören", "hören",
    "artikel verschenken", "verschenken", "speichern", "mehr", "schließen", "player schließen",
    "auf einer seite lesen", "inhalt", "inhaltsverzeichnis", "seite", "bildergalerie",
    "zur bildergalerie", "galerie", "liveblog", "live", "exklusiv", "plus", "premium",
)  # fmt: skip
_NAV_RE = re.compile(
    r"^(?:(?:"
    + "|".join(re.escape(p) for p in sorted(_NAV_PHRASES, key=len, reverse=True))
    + r"|\d+\s*min(?:\.|uten)?|\(\d+\)|\d+)[\s|·•/,»>]*)+$",
    re.IGNORECASE,
)
_BREADCRUMB_RE = re.compile(r"^(?:startseite|home|nachrichten|news)\s*[>»/›]", re.IGNORECASE)
# Reading time, relative time stamps and bare clock times: page furniture, never story.
_READING_TIME_RE = re.compile(
    r"^(?:lesezeit|lesedauer|\d+\s*min(?:\.|uten)?\s*(?:lesezeit|lesedauer|lesen)\b"
    r"|(?:zuletzt\s+)?(?:aktualisiert|veröffentlicht|erstellt|stand)(?:\s+am)?:?\s*"
    r"(?:vor\s+\d+\s+\w+|vor\s+einer?\s+\w+|gestern|heute)\b[^.!?]{0,20}$"
    r"|\d{1,2}[:.]\d{2}\s*(?:uhr)?$)",
    re.IGNORECASE,
)

_CREDIT_RE = re.compile(
    r"^\(?(?:fotos?|bilder?|bildquelle|fotoquelle|titelbild|titelfoto|symbolbild|symbolfoto|"
    r"beitragsbild|archivbild|archivfoto|grafik|infografik|illustration|karte|video|"
    r"videoquelle|bildrechte|fotograf(?:in)?|credits?|quelle|quellen|copyright|aufmacherbild|"
    r"headerbild|vorschaubild)"
    r"(?:\s*/\s*\w+)?\s*(?::|©|\(c\))",
    re.IGNORECASE,
)
_AGENCIES = frozenset(
    """dpa afp ap reuters rtr kna epd sid apa sda ats dts ddp dapd efe ansa xinhua tass ria
    kcna yonhap bloomberg ots red ots.at dpa-afx afx key keystone imago getty ap-photo
    picture-alliance ukrinform interfax tt""".split()  # noqa: SIM905
)
_CREDIT_FILLER = frozenset("mit material von und der / & , sowie nach agenturen".split())  # noqa: SIM905
_TRAILING_AGENCY_RE = re.compile(
    r"\s*\((?:[a-z]{2,4}/)?(?:dpa|afp|ap|reuters|rtr|kna|epd|sid|apa|sda|dts|ddp|dapd)"
    r"(?:/(?:dpa|afp|ap|reuters|rtr|kna|epd|sid|apa|sda|dts|ddp|dapd|[a-z]{2,4}))*\)\s*$",
    re.IGNORECASE,
)
# "… (Archivbild). Foto: KCNA via REUTERS": a credit closing a caption or paragraph.
_TRAILING_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?“”\"»)])\s+|\s+[|–-]\s+)(?:Fotos?|Bilder?|Grafik|Quelle|Video|Archivbild|"
    r"Symbolbild|Bildquelle)\s*:\s*[^.!?:]{1,80}$"
)
_CAPTION_MAX_WORDS = 30
_INLINE_CREDIT_RE = re.compile(
    r"\s*\((?:Foto|Fotos|Bild|Quelle|Archivbild|Symbolbild|Grafik)\s*:[^()]{1,80}\)",
)
# Phrases of page furniture, matched as plain substrings of the lower-cased unit (fast).
# Strong ones never occur in a story; weak ones might, so they only count in short units.
_DISCLAIMER_STRONG = (
    "angaben ohne gewähr", "empfehlen sie uns", "diesen artikel weiter", "ohne paywall",
    "alle rechte vorbehalten", "nachdruck nur mit", "wir verwenden cookies",
    "über dieses thema berichtete", "empfohlener redaktioneller inhalt",
    "externe inhalte angezeigt", "sie haben bereits ein abo", "mit * gekennzeichnete",
    "affiliate-link", "provisions-link", "dieser artikel wurde automatisch",
    "dieser text wurde automatisch", "dieser artikel wurde maschinell",
    "dieser text wurde maschinell", "mithilfe künstlicher intelligenz erstellt",
    "mit hilfe künstlicher intelligenz erstellt", "hat ihnen dieser artikel gefallen",
    "hat ihnen der artikel gefallen", "hat ihnen dieser beitrag gefallen",
)  # fmt: skip
_DISCLAIMER_WEAK = (
    "newsletter", "folgen sie uns", "unterstützen sie", "jetzt abonnieren",
    "jetzt registrieren", "jetzt anmelden", "jetzt weiterlesen", "jetzt testen",
    "nur für abonnent", "bereits abonnent", "weiterlesen mit", "haftungsausschluss",
    "keine anlageberatung", "externen inhalt", "externer inhalt", "erschien zuerst",
    "zuerst erschienen", "abo abschließen", "plus-artikel", "artikel teilen", "teilen sie",
)  # fmt: skip
_WEAK_MAX_WORDS = 25
_STRONG_MAX_WORDS = 80
_DISCLAIMER_LABEL_RE = re.compile(
    r"^(?:hinweise?|disclaimer|anmerkung der redaktion|transparenzhinweis|offenlegung)\s*:",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://|www\.\w", re.IGNORECASE)
_LINK_WORDS = (
    r"(?:Offizielle[nrs]?\s+)?(?:Website|Webseite|Homepage|Internetseite|Internetauftritt|"
    r"Wikipedia(?:-(?:Seite|Artikel|Eintrag))?|Wikipedia-Seite|Profil|Twitter-Account|"
    r"X-Account|Instagram-Account|Facebook-Seite|YouTube-Kanal|Mehr Informationen|"
    r"Weitere Informationen|Mehr Infos)"
)
_LINK_LINE_RE = re.compile(rf"^{_LINK_WORDS}\b[^.!?]{{0,80}}$")
_TRAILING_LINK_RE = re.compile(rf"(?<=[.!?“”\"»)])\s+{_LINK_WORDS}\b[^.!?]{{0,80}}$")

# "Lesen Sie auch" and relatives: a label that introduces teasers of OTHER articles or a list
# of links; the label, the teaser headline(s) and a teaser text glued to the headline go.
_READ_ALSO_RE = re.compile(
    r"^(?:lesen sie (?:auch|mehr|hier|dazu|weiter)|auch interessant|ebenfalls interessant|"
    r"außerdem interessant|das (?:könnte|dürfte) sie (?:auch )?interessieren|mehr zum thema|"
    r"mehr dazu|mehr zu(?:m)? [\w-]+|zum thema|passend zum thema|weitere artikel(?: zum thema)?|"
    r"themenverwandte?[rn]? artikel|themenverwandete artikel|verwandte artikel|"
    r"ähnliche artikel|weiterlesen|weiterführende (?:links|artikel|informationen)|siehe auch|"
    r"empfohlene artikel|meistgelesen|meistgelesene artikel|auch lesenswert|lesetipps?|"
    r"unsere empfehlungen?|empfehlungen der redaktion|weitere nachrichten|weblinks|links zum thema|"
    r"quellen|mehr aus (?:dem|der) (?:ressort|rubrik) [\w-]+|top-artikel|auch spannend|"
    r"ebenfalls lesenswert|lese-?empfehlung)\b\s*[:.!]?\s*(.*)$",
    re.IGNORECASE,
)
_MAX_TEASER_TITLES = 6


def unit_reason(text: str) -> str | None:
    """Why this whole unit is boilerplate, or None when it may be story text."""
    words = word_count(text)
    if words <= 12:
        if _NAV_RE.match(text):
            return "navigation"
        if _BREADCRUMB_RE.match(text):
            return "navigation"
        if _READING_TIME_RE.match(text):
            return "reading time"
        if _is_agency_credit(text):
            return "credit"
    if words <= 25 and (_CREDIT_RE.match(text) or ("©" in text and words <= 12)):
        return "credit"
    if words <= _CAPTION_MAX_WORDS and ":" in text and _TRAILING_CREDIT_RE.search(text):
        return "caption"
    if is_table_line(text):
        return "table"
    if words <= 12 and _LINK_LINE_RE.match(text):
        return "link"
    low = text.lower()
    maybe_url = "http" in low or "www." in low
    if maybe_url and (words <= 12 or text.startswith("[")) and _URL_RE.search(text):
        return "link"
    if words <= _STRONG_MAX_WORDS and any(p in low for p in _DISCLAIMER_STRONG):
        return "disclaimer"
    if words <= _WEAK_MAX_WORDS and any(p in low for p in _DISCLAIMER_WEAK):
        return "disclaimer"
    if words <= 60 and _DISCLAIMER_LABEL_RE.match(text):
        return "disclaimer"
    return None


def _is_agency_credit(text: str) -> bool:
    """ "(dpa)", "dpa/AFP", "OZD / ©AFP", "Mit Material von dpa und Reuters"."""
    tokens = text.replace("/", " / ").replace("(", " ").replace(")", " ").split()
    agency = False
    for token in tokens:
        t = token.lower().strip("©.,;:").removeprefix("©")
        if not t or t in _CREDIT_FILLER:
            continue
        if t in _AGENCIES:
            agency = True
            continue
        if token.startswith("©") or (t.isalpha() and len(t) <= 4 and t.islower()):
            continue  # editor initials ("cf", "jm") and copyright marks
        return False
    return agency


def strip_inline(text: str) -> str:
    """Remove credits and link labels glued to the end of a story paragraph."""
    if "(" in text:
        text = _INLINE_CREDIT_RE.sub("", text)
        if text.endswith(")"):
            text = _TRAILING_AGENCY_RE.sub("", text)
    if not ends_terminal(text):
        text = _TRAILING_LINK_RE.sub("", text)
        if ":" in text:
            text = _TRAILING_CREDIT_RE.sub("", text)
    return text.strip()


def is_furniture_line(line: str) -> bool:
    """A whole source line that is page furniture (menus, share bars, reading time).

    Checked on lines before paragraphs are rebuilt, so that a menu of one-word lines is not
    glued into a "paragraph" together with the headline below it.
    """
    if line.count(" ") > 7:
        return False
    return bool(_NAV_RE.match(line) or _BREADCRUMB_RE.match(line) or _READING_TIME_RE.match(line))


def clean(units: list[Unit]) -> tuple[list[Unit], str | None]:
    """Drop boilerplate units and teaser blocks; strip inline credits from the rest.

    Also returns the outlet a removed copyright line names ("© DER SPIEGEL 2024").
    """
    kept: list[Unit] = []
    outlet: str | None = None
    i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        m = (
            _READ_ALSO_RE.match(unit.text)
            if word_count(unit.text) <= 20 or ":" in unit.text[:40]
            else None
        )
        if m and _is_label(unit.text, m.group(1)):
            i = _skip_teasers(units, i, inline=bool(m.group(1)))
            continue
        reason = unit_reason(unit.text)
        if reason is None:
            text = strip_inline(unit.text)
            if text:
                kept.append(replace(unit, text=text) if text != unit.text else unit)
        elif outlet is None and reason in ("credit", "disclaimer"):
            outlet = copyright_outlet(unit.text)
        i += 1
    return kept, outlet


def _is_label(text: str, rest: str) -> bool:
    """The match is a label, not a sentence that happens to begin "Zum Thema äußerte sich …"."""
    if not rest:
        return True
    label_end = len(text) - len(rest)
    return ":" in text[:label_end] or not ends_sentence(rest)


def _skip_teasers(units: list[Unit], i: int, inline: bool) -> int:
    """Index after the label at `i` and the teasers it introduces."""
    label = units[i]
    j = i + 1
    n = len(units)
    if inline:
        # "Lesen Sie auch: <headline>" with the teaser text glued below it.
        if j < n and units[j].block == label.block:
            return j + 1
        return j
    if j < n and units[j].block == label.block and not units[j].heading_like:
        return j + 1  # label with the teaser text directly under it
    titles = 0
    while j < n and titles < _MAX_TEASER_TITLES:
        unit = units[j]
        if unit.block == label.block:
            j += 1  # listed under the label in the same block: a teaser, whatever its shape
            titles += 1
            continue
        linkish = _URL_RE.search(unit.text) is not None or unit.text.startswith(("–", "-", "•"))
        if not (unit.heading_like or linkish):
            break
        glued = j + 1 < n and units[j + 1].block == unit.block and not units[j + 1].heading_like
        if glued:
            return j + 2  # headline + its teaser text: one teaser, done
        follows_prose = j + 1 < n and not (units[j + 1].heading_like or linkish)
        if titles > 0 and follows_prose:
            break  # a heading over the story text that resumes here
        titles += 1
        j += 1
    return j
