"""`lagebild digest --since` with a time it cannot read says so in the digest's language:
the digest itself is German by default, and its usage error was English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _digest(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "digest", "--db", str(tmp_path / "none.db"), *options],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_an_unreadable_since_is_a_usage_error_in_the_bots_language(tmp_path: Path) -> None:
    r = _digest(tmp_path, "--since", "letzten Montag")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "„letzten Montag“ ist keine Zeitangabe nach ISO 8601" in r.stderr
    assert "z. B. 2024-11-01" in r.stderr
    r = _digest(tmp_path, "--since", "2026-13-01", "--locale", "en")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "not an ISO 8601 time: “2026-13-01”" in r.stderr


def test_what_was_typed_is_shown_not_obeyed(tmp_path: Path) -> None:
    r = _digest(tmp_path, "--since", "\x1b]0;owned\x07gestern")
    assert r.returncode == 2
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr and "gestern" in r.stderr
