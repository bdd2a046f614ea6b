"""`lagebild run` with a chat transport configured but its secret missing: exit 2 naming the
environment variable, before anything is created; never a silent console that exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("LAGEBILD_MATRIX_PASSWORD", "LAGEBILD_MATRIX_TOKEN", "LAGEBILD_DISCORD_TOKEN")


def run_bot(config: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env=env,
    )


@pytest.mark.parametrize(
    ("section", "named"),
    [
        (
            '[matrix]\nhomeserver = "https://matrix.example.org"\nuser_id = "@bot:example.org"\n',
            ("LAGEBILD_MATRIX_PASSWORD", "LAGEBILD_MATRIX_TOKEN"),
        ),
        ("[discord]\nshard_count = 0\n", ("LAGEBILD_DISCORD_TOKEN",)),
    ],
)
def test_run_refuses_a_transport_without_its_secret(tmp_path: Path, section: str, named) -> None:
    config = tmp_path / "config.toml"
    # A real corpus, so that without the check the bot would really start (in the console).
    config.write_text(
        f'[corpus]\ndir = "{ROOT / "seeds"}"\n[store]\npath = "bot.db"\n{section}',
        encoding="utf-8",
    )
    r = run_bot(config)
    assert r.returncode == 2, r.stderr
    assert "configuration error" in r.stderr
    for name in named:
        assert name in r.stderr
    assert "Konsole" not in r.stderr  # no fall-back to the console
    assert not (tmp_path / "bot.db").exists()  # nothing created
