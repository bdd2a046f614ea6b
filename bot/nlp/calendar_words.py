"""Month and weekday words, lower-cased. Several rules must never take them for something
else: a figure ("15. Mai" is a date, not 15 of something), a speaker ("Montag sagte …"), or a
noun of the middle field; one list keeps those rules in step."""

from __future__ import annotations

MONTHS = frozenset(
    {
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    }
)
MONTH_ABBREVIATIONS = frozenset(
    {"jan.", "feb.", "febr.", "aug.", "sept.", "sep.", "okt.", "nov.", "dez."}
)
WEEKDAYS = frozenset(
    {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
)
# the part of a period before a month or year: "Ende Mai", "Anfang 2025", "Mitte Juni"
PERIOD_PARTS = frozenset({"anfang", "mitte", "ende"})
