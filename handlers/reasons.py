"""A reader's or poller's reason (`bot.corpus.reasons.Reason`) in the user's language.

The reason arrives as a code and its parameters; the catalogue says it (`skip.<code>`,
`warn.<code>`). Numbers are written the locale's way ("30.000" in German), a nested reason
(a sidecar refused because it is a link leaving the folder) is said in the same language, and a
fetch error inside a reason ("HTTP 503") the way /feeds says it, so one line never mixes two
languages.
"""

from __future__ import annotations

from bot.corpus.reasons import Param, Reason
from handlers.feeds import feed_error
from handlers.format import fmt_number
from handlers.i18n import t


def say_reason(reason: Reason, locale: str) -> str:
    """`reason` as a phrase in `locale` (German "leere Datei", English "empty file")."""
    params = {name: _param(name, value, locale) for name, value in reason.params}
    origin = reason.get("origin")
    if origin:
        params["origin"] = t(locale, f"skip.origin.{origin}", name=params.get("name", ""))
    return t(locale, reason.key, **params)


def _param(name: str, value: Param, locale: str) -> str:
    if isinstance(value, Reason):
        return say_reason(value, locale)
    if name == "error":
        return feed_error(str(value), locale, escape=str)
    if name == "again":
        return t(locale, "skip.again") if value else ""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(value, locale, decimals=1)
    return str(value)
