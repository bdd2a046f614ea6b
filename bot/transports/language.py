"""The language command shared by the text transports (`/sprache en` on the console,
`!lagebild language en` on Matrix): a pure reading of one command line."""

from __future__ import annotations

_LANGUAGE_WORDS = frozenset({"language", "sprache", "lang"})
_LANGUAGES = {
    "en": "en", "english": "en", "englisch": "en",
    "de": "de", "deutsch": "de", "german": "de",
}  # fmt: skip


def language_choice(line: str, prefix: str) -> str | None:
    """The language a user asks the bot to answer them in (`!lagebild language en`,
    `!lagebild sprache deutsch`, `/sprache en`); None when the line is another command, ""
    when it names no language the bot speaks. Discord tells the bot each user's client
    language; Matrix clients tell nothing and a console session may change its mind, so the
    user says it once."""
    words = line.split()
    if words and words[0].lower() == prefix.strip().lower():
        words = words[1:]
    if not words or words[0].lower().lstrip("/") not in _LANGUAGE_WORDS:
        return None
    return _LANGUAGES.get(words[1].lower(), "") if len(words) == 2 else ""


def names_no_language(line: str, prefix: str) -> bool:
    """Whether a language command names no language at all (`!lagebild language`): the user
    asks which language the bot speaks to them, which is no unknown language."""
    words = line.split()
    if words and words[0].lower() == prefix.strip().lower():
        words = words[1:]
    return len(words) == 1 and language_choice(line, prefix) is not None
