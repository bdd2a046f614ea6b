"""The command line's error lines ("lagebild: …") in the bot's language.

Corpus and store errors carry the operator's English text (the log, an exception raised far
from any reader); a German newsroom got "lagebild: will not copy over kopie.db: it already
exists" from the program that says "Korpusversion 3: 2 neu …". Known messages are matched
here and said through the catalogue (`cli.error.*`), paths and technical detail kept; an
unknown one is shown as it is, never dropped.
"""

from __future__ import annotations

import re

from handlers.i18n import t

# (pattern of the English message, catalogue key under `cli.error.`); first match wins.
_MESSAGES = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"^corpus directory does not exist: (?P<dir>.+)$", "no_corpus_dir"),
        (r"^corpus path is not a directory: (?P<dir>.+)$", "corpus_not_dir"),
        (r"^corpus directory is not readable \(permission denied\): (?P<dir>.+)$",
         "corpus_denied"),
        (r"^the corpus folder (?P<dir>.+) contains no readable article"
         r"(?: \((?P<n>\d+) other files skipped\))?; refusing to remove every stored article$",
         "empty_corpus_stored"),
        (r"^the corpus folder (?P<dir>.+) contains no readable article"
         r"(?: \((?P<n>\d+) other files skipped\))?; nothing to build a store from",
         "empty_corpus_new"),
        (r"^the corpus folder (?P<dir>.+) contains none of the (?P<n>\d+) stored articles; ",
         "foreign_corpus"),
        (r"^the store path (?P<path>.+) is a directory; give a file name \(--db FILE\)$",
         "store_is_dir"),
        (r"^cannot create the store (?P<path>.+): the directory (?P<dir>.+) does not exist$",
         "store_no_dir"),
        (r"^cannot use the store (?P<path>.+): the directory (?P<dir>.+) is not writable ",
         "store_dir_readonly"),
        (r"^cannot use the store (?P<path>.+): the file is not readable and writable; ",
         "store_file_denied"),
        (r"^cannot copy (?P<path>.+): there is no store file there$", "copy_no_source"),
        (r"^will not copy over (?P<path>.+): it already exists ", "copy_target_exists"),
    )
)  # fmt: skip


def cli_error(message: str, locale: str) -> str:
    """An error's English `message` in `locale` (unknown messages as they are)."""
    for pattern, key in _MESSAGES:
        m = pattern.match(message)
        if m is not None:
            skipped = m.groupdict().get("n")
            params = {k: v or "" for k, v in m.groupdict().items()}
            if key.startswith("empty_corpus"):
                form = "one" if skipped == "1" else "other"
                params["skipped"] = (
                    t(locale, f"cli.error.skipped.{form}", n=skipped) if skipped else ""
                )
            return t(locale, f"cli.error.{key}", **params)
    return message
