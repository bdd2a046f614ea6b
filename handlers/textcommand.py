"""Turn one line of chat text into (command, options) for the text transports (console, Matrix).

Discord hands us typed options; people typing text do not. The rules here are forgiving on
purpose, because a chat line that the bot refuses to understand is worse than a slightly
generous reading of it:

- a leading `/` or a transport prefix (`!lagebild`) is stripped;
- German command names from the catalogue (`/wer_sagte`) and `who-said` work as aliases;
- double quotes group words (`"Lloyd Austin"`, also „…“ and «…»); apostrophes never do,
  so German text like `geht's` cannot unbalance anything; a quote that is never closed is
  taken literally instead of failing;
- `key:value` / `key=value` set a named option only when `key` names an option of the
  command (so `10:00` or `http://…` stay plain words);
- a bare word naming a boolean option (`chart`, `grafik`) switches it on;
- remaining words fill the options in spec order; the last string option takes the rest,
  so `/search nord koreanische soldaten` searches for all three words;
- options marked `named_only` are never filled by position, and plain words after such a
  string option continue its value: `/curate rename Sifton to:John Sifton`.
"""

from __future__ import annotations

import re
from functools import cache

from handlers.i18n import LOCALES, t
from handlers.spec import COMMANDS, COMMANDS_BY_NAME, CommandSpec
from handlers.types import UserError

_QUOTE_PAIRS = {'"': '"', "„": "“”", "“": "”", "«": "»", "»": "«"}
_TRUE = {"1", "true", "yes", "ja", "an", "on", "y", "j", "wahr"}
_FALSE = {"0", "false", "no", "nein", "aus", "off", "n", "falsch"}


def _norm_name(word: str) -> str:
    return word.strip().lower().replace("-", "_")


@cache
def command_aliases() -> dict[str, str]:
    """Every accepted spelling of a command name -> its English name."""
    aliases: dict[str, str] = {}
    for spec in COMMANDS:
        aliases[spec.name] = spec.name
        for locale in LOCALES:
            localized = t(locale, f"cmd.{spec.name}.name")
            if localized != f"cmd.{spec.name}.name":
                aliases.setdefault(_norm_name(localized), spec.name)
    return aliases


@cache
def option_aliases(command: str) -> dict[str, str]:
    """Accepted names of a command's options (English names plus catalogue translations)."""
    spec = COMMANDS_BY_NAME.get(command)
    if spec is None:
        return {}
    aliases: dict[str, str] = {}
    for opt in spec.options:
        aliases[opt.name] = opt.name
        for locale in LOCALES:
            key = f"cmd.{command}.optname.{opt.name}"
            localized = t(locale, key)
            if localized != key:
                aliases.setdefault(_norm_name(localized), opt.name)
    return aliases


def _tokenize(text: str) -> list[str]:
    """Split at whitespace outside double quotes; drop the quote characters.

    Raises ValueError when a quote is never closed (the caller falls back to literal words)."""
    tokens: list[str] = []
    current: list[str] = []
    in_token = False
    closing: str | None = None
    for ch in text:
        if closing is not None:
            if ch in closing:
                closing = None
            else:
                current.append(ch)
            continue
        if ch in _QUOTE_PAIRS:
            closing = _QUOTE_PAIRS[ch]
            in_token = True
            continue
        if ch.isspace():
            if in_token:
                tokens.append("".join(current))
                current, in_token = [], False
            continue
        current.append(ch)
        in_token = True
    if closing is not None:
        raise ValueError("unbalanced quote")
    if in_token:
        tokens.append("".join(current))
    return tokens


_NAMED = re.compile(r"^([\w-]+)[:=](.*)$", re.DOTALL)


def split_words(text: str) -> list[str]:
    """Words of a command line; an unclosed quote is kept as a literal character."""
    try:
        return _tokenize(text)
    except ValueError:
        return text.split()


DEFAULT_PREFIX = "!lagebild"
"""The README's Matrix examples start with it; the console accepts them as written too."""


def _strip_prefix(text: str, prefix: str | None) -> str:
    s = text.strip()
    for p in dict.fromkeys(x for x in (prefix, DEFAULT_PREFIX) if x):
        if s.lower().startswith(p.lower()) and (len(s) == len(p) or not s[len(p)].isalnum()):
            s = s[len(p) :].lstrip()
            # "!lagebild: help" / "!lagebild, help"
            s = s.lstrip(":,").lstrip()
            break
    if s.startswith("/"):
        s = s[1:]
    return s


def resolve_command(name: str) -> str:
    """The English command name for an accepted spelling, or the normalised input when unknown
    (dispatch answers unknown commands with help)."""
    key = _norm_name(name.lstrip("/"))
    return command_aliases().get(key, key)


def _bool_value(value: str, option: str, command: str) -> str:
    v = value.strip().lower()
    if v in _TRUE or v == "":
        return "true"
    if v in _FALSE:
        return "false"
    # the command lets the reply name the option as the user's locale types it, with usage
    raise UserError("error.not_boolean", command=command, option=option, value=value)


def parse_command_line(text: str, prefix: str | None = None) -> tuple[str, dict[str, str]]:
    """(English command name, option values as strings) for one chat line.

    Unknown commands come back unchanged (lower-cased) so dispatch can answer with help.
    Raises UserError for input that cannot be read as the command's options (e.g. a value
    for a command without options, or the same option twice)."""
    body = _strip_prefix(text, prefix)
    if not body:
        return "help", {}
    words = split_words(body)
    if not words:
        return "help", {}
    command = resolve_command(words[0])
    spec = COMMANDS_BY_NAME.get(command)
    rest = words[1:]
    if spec is None:
        return command, {}
    return command, _assign(spec, rest)


def _assign(spec: CommandSpec, words: list[str]) -> dict[str, str]:
    names = option_aliases(spec.name)
    types = {o.name: o.type for o in spec.options}
    named_only = {o.name for o in spec.options if o.named_only}
    args: dict[str, str] = {}
    positional: list[str] = []
    continuing: str | None = None  # a named-only string option taking the following words
    for word in words:
        m = _NAMED.match(word)
        if m and _norm_name(m.group(1)) in names:
            opt = names[_norm_name(m.group(1))]
            if opt in args:
                raise UserError("error.duplicate_option", command=spec.name, option=opt)
            value = m.group(2).strip()
            args[opt] = _bool_value(value, opt, spec.name) if types[opt] == "boolean" else value
            continuing = opt if opt in named_only and types[opt] == "string" else None
            continue
        flag = names.get(_norm_name(word))
        if flag is not None and types[flag] == "boolean" and flag not in args:
            args[flag] = "true"
            continuing = None
            continue
        if continuing is not None:
            args[continuing] = f"{args[continuing]} {word}".strip()
            continue
        positional.append(word)

    free = [
        o
        for o in spec.options
        if o.name not in args and o.type != "boolean" and o.name not in named_only
    ]
    # An optional number (a page) takes a word only if it is a number: "/speakers alle" is
    # an unknown word, not a page called "alle".
    optional_number = bool(free) and free[0].type == "integer" and not free[0].required
    if positional and optional_number and not positional[0].lstrip("#").isdigit():
        free = free[1:]
    if not positional:
        return args
    if not free:
        raise UserError(
            "error.too_many_words",
            command=spec.name,
            words=" ".join(positional),
        )
    string_opts = [o for o in free if o.type == "string"]
    rest_taker = string_opts[-1].name if string_opts else None
    i = 0
    for n, spec_opt in enumerate(free):
        if i >= len(positional):
            break
        if spec_opt.name == rest_taker:
            # Options after the rest-taker still get one word each from the end.
            trailing = len(free) - n - 1
            end = max(i + 1, len(positional) - trailing)
            args[spec_opt.name] = " ".join(positional[i:end])
            i = end
        else:
            args[spec_opt.name] = positional[i]
            i += 1
    if i < len(positional):
        raise UserError(
            "error.too_many_words",
            command=spec.name,
            words=" ".join(positional[i:]),
        )
    return args
