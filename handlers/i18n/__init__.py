"""Message catalogues: every user-visible string, one TOML file per language.

Keys are dotted ("who_said.none"); values use str.format fields ("{speaker}"). A key missing in
the requested language falls back to German, then to the key itself, so a missing translation
is visible but never crashes a reply.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

LOCALES = ("de", "en")
DEFAULT_LOCALE = "de"


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for k, v in table.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            _flatten(key, v, out)
        else:
            out[key] = str(v)


@cache
def catalogue(locale: str) -> dict[str, str]:
    """The flattened catalogue of a locale (loaded once; immutable data, not state)."""
    data = tomllib.loads(resources.files(__package__).joinpath(f"{locale}.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    _flatten("", data, out)
    return out


def normalize_locale(locale: str | None) -> str:
    if not locale:
        return DEFAULT_LOCALE
    base = locale.replace("_", "-").split("-")[0].lower()
    return base if base in LOCALES else DEFAULT_LOCALE


def t(locale: str | None, key: str, /, **params: Any) -> str:
    loc = normalize_locale(locale)
    text = catalogue(loc).get(key) or catalogue(DEFAULT_LOCALE).get(key)
    if text is None:
        return key
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return text


def has(locale: str, key: str) -> bool:
    return key in catalogue(normalize_locale(locale))


def count(locale: str, noun: str, n: int) -> str:
    """ "1 Zitat" / "3 Zitate": the catalogue's `count.<noun>.one|other` form for n."""
    return t(locale, f"count.{noun}.{'one' if n == 1 else 'other'}", n=n)
