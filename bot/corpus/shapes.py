"""Cheap shape tests on single lines of German news text.

Everything here is plain string work (no regex per character) because the reader runs on
100k files: the paragraph and heading decisions are made from line ends, line starts and length.
"""

from __future__ import annotations

CLOSERS = "\"'“”‘’»«)]›‹"
TERMINAL = ".!?…:;"
SENTENCE_END = ".!?…"

# Words a heading never ends with but a hard-wrapped line often does.
FUNCTION_WORDS = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber sondern doch
    denn sowie bzw als wie wenn dass daß ob weil da nachdem während mit von vom zu zum zur
    im in ins an am auf aus bei beim für gegen nach über unter vor hinter neben zwischen durch
    ohne um bis seit laut trotz wegen sich er sie es wir ihr ich man sein seine seiner seinen
    seinem ihre ihren ihrem ihrer dieser diese dieses diesen diesem jener nicht auch noch
    nur schon so sehr mehr ist sind war waren wird werden hat haben hatte hatten sei seien
    habe kann können könnte soll sollen muss müssen""".split()  # noqa: SIM905
)


def strip_closers(line: str) -> str:
    return line.rstrip(CLOSERS + " ")


def ends_terminal(line: str) -> bool:
    """The line ends a sentence or clause (., !, ?, …, :, ;), quotes and brackets aside."""
    core = strip_closers(line)
    return bool(core) and core[-1] in TERMINAL


def ends_sentence(line: str) -> bool:
    core = strip_closers(line)
    return bool(core) and core[-1] in SENTENCE_END


def starts_lower(line: str) -> bool:
    """The line continues a sentence: lower-case word, or punctuation that cannot start one."""
    if not line:
        return False
    first = line[0]
    if first in "„\"'‚»«(":
        return False
    return first.islower() or first in ",;)]}%"


def starts_upper(line: str) -> bool:
    core = line.lstrip("„\"'‚»«(‹›“")
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def last_word(line: str) -> str:
    core = line.rstrip(CLOSERS + " .,;:!?")
    i = core.rfind(" ")
    return core[i + 1 :]


def word_count(text: str) -> int:
    return text.count(" ") + 1 if text else 0


def is_table_line(line: str) -> bool:
    """Markdown-ish table rows and rules: "Details | |", "---|---|", "Ort | Kursk |"."""
    if "|" not in line:
        return False
    if line.startswith("|") or line.endswith("|") or line.count("|") >= 2:
        return True
    return not line.strip("-|:+= ")


def is_list_item(line: str) -> bool:
    if line[:2] in ("- ", "* ", "• ", "– ", "· ", "▪ ", "► "):
        return True
    head, _, _ = line.partition(" ")
    return 1 <= len(head) <= 3 and head[-1] in ".)" and head[:-1].isdigit()


def heading_shape(
    line: str, max_words: int = 12, max_chars: int = 100, strict: bool = True
) -> bool:
    """Looks like a (sub-)heading: short, capitalised, no sentence end, no dangling word.

    Question and exclamation headings ("Wer ist Lloyd Austin?") count; a line ending in a
    full stop or comma is prose, and so (when `strict`, i.e. the line has neighbours it could
    be wrapped into) is one ending in a function word ("… an der").
    """
    if not line or len(line) > max_chars or word_count(line) > max_words:
        return False
    if not starts_upper(line):
        return False
    core = strip_closers(line)
    if not core or core[-1] in ".,;-–":
        return False
    if core[-1] == "…":
        return False
    if ". " in core[:-1] or "! " in core or "? " in core:
        return False  # more than one sentence
    return not strict or last_word(core).lower() not in FUNCTION_WORDS
