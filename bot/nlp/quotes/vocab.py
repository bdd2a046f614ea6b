"""Closed word classes the quote rules test words against (articles, prepositions,
subordinators, Konjunktiv forms, report nouns...). Language data, not logic.
"""

from __future__ import annotations

QUOTE_CHARS = frozenset('"„“”»«‚‹›')


BOUNDARY = frozenset({",", ":", ";", "–", "—", "(", ")", "-"})


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


TAIL_WORDS = frozenset(
    {"des", "der", "von", "vom", "im", "in", "aus", "für", "bei", "am", "zur", "zum"}
)


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


DETS_LOWER = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"}
)


DEMONSTRATIVES = frozenset({"diesem", "dieser", "diesen", "dieses", "diese", "jenem", "jener"})


MID_NP_BASE = frozenset({"des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "einen"})


FINITE_HABEN = frozenset({"hat", "hatte", "haben", "hatten"})


# conjunctions whose clause ends with its finite verb: the object stands before the cue
VERB_FINAL_OPENERS = frozenset({"dass", "weil", "obwohl", "nachdem", "während"})
