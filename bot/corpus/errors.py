"""Errors of the corpus reader.

Two kinds, because callers treat them differently: a broken corpus directory stops an ingest
(nothing can be read), a broken article file only skips that file and its message is shown to
the user as the reason.
"""

from __future__ import annotations

from bot.corpus.reasons import Reason


class CorpusError(Exception):
    """The corpus directory itself is unusable (missing, not a directory, unreadable)."""


class ArticleFileError(Exception):
    """One article file cannot be used; `reason` says why (shown to the user in the bot's
    language), the message is its English text for logs."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason

    def __reduce__(self) -> tuple[type[ArticleFileError], tuple[Reason]]:
        # raised in ingest workers: pickled back with its reason, not its message
        return (type(self), (self.reason,))


class EmptyCorpusError(CorpusError):
    """The corpus folder holds no readable article: applying it would remove every stored
    article, which is almost never what the operator meant (an unmounted share, a wrong path, a
    folder emptied by mistake). Refused unless explicitly allowed."""

    def __init__(self, directory: str, skipped: int = 0, stored: bool = True) -> None:
        self.directory = directory
        self.skipped = skipped
        unreadable = f" ({skipped} other files skipped)" if skipped else ""
        # A first ingest has nothing to remove: "refusing to remove every stored article"
        # sent a new user who mistyped the folder looking for articles they never stored.
        refusal = (
            "refusing to remove every stored article"
            if stored
            else "nothing to build a store from (check the folder's path)"
        )
        super().__init__(
            f"the corpus folder {directory} contains no readable article{unreadable}; {refusal}"
        )


class ForeignCorpusError(EmptyCorpusError):
    """The folder has articles, but none of the stored ones: applying it would swap the whole
    corpus for another, which is what a wrong folder does (`ingest --db F` or `/reload` with the
    default corpus folder on a store built from another one). Refused unless explicitly
    allowed; `ingest DIR --rebuild` replaces a corpus on purpose."""

    def __init__(self, directory: str, stored: int) -> None:
        CorpusError.__init__(
            self,
            f"the corpus folder {directory} contains none of the {stored} stored articles; "
            "refusing to replace the whole corpus with another one",
        )
        self.directory = directory
        self.skipped = 0
        self.stored = stored
