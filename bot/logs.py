"""Logging set-up. Secrets read from the environment are redacted from every log line, so that
a library logging a URL or header with a token, or an exception whose message or traceback
contains one (`log.exception`), cannot leak it.

Redaction happens in the formatter, on the finished line: the traceback text (exc_text) and
stack_info only exist after formatting, so a filter that looks at the record alone misses them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

MIN_SECRET_LENGTH = 4  # shorter values would redact ordinary words
MASK = "***"


def _variants(secret: str) -> list[str]:
    """The secret as written and as repr() shows it inside a traceback (escaped characters)."""
    escaped = repr(secret)[1:-1]
    return [secret] if escaped == secret else [secret, escaped]


class Redactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        found = {v for s in secrets if s and len(s) >= MIN_SECRET_LENGTH for v in _variants(s)}
        # longest first: a secret containing another is masked whole
        self.secrets = tuple(sorted(found, key=len, reverse=True))

    def __call__(self, text: str) -> str:
        for s in self.secrets:
            if s in text:
                text = text.replace(s, MASK)
        return text


class RedactSecrets(logging.Filter):
    """Redacts the record itself (message, traceback, stack), for handlers whose formatter is
    not ours (e.g. a test's capture handler). The traceback is formatted here and cached on the
    record, where every Formatter takes it from."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.redact = Redactor(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.redact.secrets:
            return True
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """A Formatter whose output never contains a secret, tracebacks and stacks included.
    Without `tracebacks`, an exception is shown as its last line only (type and message)."""

    def __init__(self, fmt: str, secrets: Iterable[str], tracebacks: bool = True) -> None:
        super().__init__(fmt)
        self.redact = Redactor(secrets)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if self.tracebacks or not record.exc_info:
            return self.redact(super().format(record))
        exc = record.exc_info[1]
        short = logging.makeLogRecord(
            {**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None}
        )
        line = super().format(short)
        if exc is not None:
            line += f" ({type(exc).__name__}: {exc}; details with -v)"
        return self.redact(line)


def setup_logging(level: str, secrets: Iterable[str] = (), tracebacks: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", secrets, tracebacks)
    )
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # discord.py's gateway and nio log every event at INFO: keep them to warnings unless debugging
    for noisy in ("discord.gateway", "nio"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
