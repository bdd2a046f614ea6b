"""Which outlet published an article, from its site banner, a bare domain or a copyright line.

Conservative on purpose: a name counts only when it is a domain ("OZD.news", "tagesschau.de")
or a known German-language outlet, and never when it is a news agency (dpa, AFP, Reuters
supply many outlets, so a credit "(dpa)" says nothing about where the article appeared).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

_DOMAIN_RE = re.compile(
    r"^[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:de|at|ch|news|com|net|org|eu|info|online|tv|fm|"
    r"media|io|co|nrw|berlin|hamburg|bayern)$",
    re.IGNORECASE,
)
_BANNER_RE = re.compile(r"^(?P<site>\S+(?: \S+){0,3}?)\s+[-–—|:•·]\s+(?P<tag>.+)$")
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright)\s*", re.IGNORECASE)
_COPYRIGHT_CUT_RE = re.compile(r"\s+[-–—|,;]\s+|[|,;]|\b\d{4}\b")

KNOWN_OUTLETS: Mapping[str, str] = MappingProxyType({
    name.lower(): name
    for name in (
        "tagesschau.de", "tagesschau", "ZDFheute", "ZDF", "ARD", "Deutschlandfunk", "DW",
        "Deutsche Welle", "DER SPIEGEL", "SPIEGEL ONLINE", "Spiegel", "ZEIT ONLINE", "Die Zeit",
        "FAZ", "F.A.Z.", "FAZ.NET", "Frankfurter Allgemeine", "Süddeutsche Zeitung", "SZ.de",
        "WELT", "Die Welt", "n-tv", "ntv", "ntv.de", "FOCUS online", "Focus", "stern",
        "Handelsblatt", "taz", "RND", "t-online", "Merkur", "BILD", "Tagesspiegel",
        "Der Standard", "Die Presse", "Kurier", "NZZ", "Neue Zürcher Zeitung", "SRF", "ORF",
        "MDR", "NDR", "WDR", "BR24", "SWR", "hessenschau", "rbb24", "Berliner Zeitung",
        "Stuttgarter Zeitung", "Wikinews", "heise online", "Golem.de", "Cicero", "Telepolis",
        "Freie Presse", "Sächsische Zeitung", "Leipziger Volkszeitung", "LVZ",
        "MDR Sachsen", "Rheinische Post", "Kölner Stadt-Anzeiger", "Hamburger Abendblatt",
        "Münchner Merkur", "WAZ", "Badische Zeitung", "Der Tagesspiegel", "Frankfurter Rundschau",
    )
})  # fmt: skip
AGENCY_NAMES = frozenset(
    [
        "dpa",
        "afp",
        "ap",
        "reuters",
        "kna",
        "epd",
        "sid",
        "apa",
        "sda",
        "dts",
        "ddp",
        "dapd",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "kcna",
        "yonhap",
        "getty",
        "imago",
        "keystone",
        "bloomberg",
    ]
)


def banner_outlet(text: str) -> str | None:
    """ "OZD.news - News und Nachrichten zum Nachschlagen" → "OZD.news"; "tagesschau.de" alone."""
    if text.count(" ") > 13:
        return None
    bare = text.strip(" |")
    if _DOMAIN_RE.match(bare):
        return bare
    if bare.lower() in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[bare.lower()]
    m = _BANNER_RE.match(text)
    if not m:
        return None
    site = m["site"].strip()
    if _DOMAIN_RE.match(site):
        return site
    return KNOWN_OUTLETS.get(site.lower())


def copyright_outlet(text: str) -> str | None:
    """ "© DER SPIEGEL 2024 – Alle Rechte vorbehalten" → "DER SPIEGEL"."""
    m = _COPYRIGHT_RE.match(text)
    if not m or text.count(" ") > 11:
        return None
    rest = text[m.end() :]
    for part in _COPYRIGHT_CUT_RE.split(rest):
        name = part.strip(" .")
        if not name:
            continue
        if name.lower().split("/")[0].strip() in AGENCY_NAMES:
            return None
        if _DOMAIN_RE.match(name):
            return name
        return KNOWN_OUTLETS.get(name.lower())
    return None
