"""Secrets never reach the log, not even inside a traceback (`log.exception` printed a token
that was part of an exception message)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logs import RedactSecrets, setup_logging

SECRET = "syt_c2VjcmV0LXRva2Vu_Xq9"


@pytest.fixture
def root_logging():  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield
    root.handlers[:], level = saved
    root.setLevel(level)


def _fail(token: str) -> None:
    raise ConnectionError(f"login refused for https://hs.example/?access_token={token}")


def test_secret_in_an_exception_message_is_redacted_from_the_traceback(
    root_logging, capsys
) -> None:
    setup_logging("INFO", [SECRET])
    log = logging.getLogger("test.redact.exc")
    try:
        _fail(SECRET)
    except ConnectionError:
        log.exception("matrix login failed")
    try:
        _fail(SECRET)
    except ConnectionError:
        log.error("again", exc_info=True, stack_info=True)
    log.warning("token %s and %r", SECRET, SECRET)
    err = capsys.readouterr().err
    assert "ConnectionError: login refused for https://hs.example/?access_token=***" in err
    assert "Traceback (most recent call last)" in err and "Stack (most recent call last)" in err
    assert SECRET not in err


def test_a_capture_handler_with_its_own_formatter_sees_no_secret(caplog) -> None:
    log = logging.getLogger("test.redact.caplog")
    f = RedactSecrets([SECRET])
    log.addFilter(f)
    try:
        with caplog.at_level(logging.INFO, logger="test.redact.caplog"):
            try:
                _fail(SECRET)
            except ConnectionError:
                log.exception("failed")
    finally:
        log.removeFilter(f)
    assert SECRET not in caplog.text
    assert "access_token=***" in caplog.text


def test_the_command_line_redacts_configured_secrets_in_tracebacks(tmp_path: Path) -> None:
    """The real set-up path: the config names the variable, its value never appears."""
    script = (
        "import logging, sys\n"
        "from bot.cli import _secrets, _load\n"
        "from bot.logs import setup_logging\n"
        "import argparse\n"
        "setup_logging('INFO', _secrets(_load(argparse.Namespace())))\n"
        "try:\n"
        "    raise RuntimeError('gateway said: bad token ' + sys.argv[1])\n"
        "except RuntimeError:\n"
        "    logging.getLogger('discord').exception('login failed')\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script, SECRET],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "LAGEBILD_DISCORD_TOKEN": SECRET},
    )
    assert "RuntimeError: gateway said: bad token ***" in r.stderr, r.stderr
    assert SECRET not in r.stderr
