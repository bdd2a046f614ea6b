"""`lagebild run` with a chat transport configured but its secret missing: exit 2 naming the
environment variable, before anything is created; never a silent console that exits 0."""

from __future__ import annotations

import os
import shutil
import signal
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


def test_sigterm_during_start_up_stops_in_order(tmp_path: Path) -> None:
    """systemd or `docker stop` may send SIGTERM while the bot still brings the store up to
    date: it must close in order (leases handed back, workers stopped) and exit 0, not die
    with 143 in the middle of the start-up ingest."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    shutil.copy(seeds[0], corpus)
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    built = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(corpus), "--db", str(tmp_path / "bot.db")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    for seed in seeds[1:]:  # work for the start-up ingest
        shutil.copy(seed, corpus)
    config = tmp_path / "config.toml"
    config.write_text(f'[corpus]\ndir = "{corpus}"\n[store]\npath = "bot.db"\n', encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--headless", "--config", str(config)],
        cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # the leader runs the start-up ingest next
            if "is now the leader" in line:
                break
        proc.send_signal(signal.SIGTERM)
        rest = proc.stderr.read()
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, rest
    assert "stopped (SIGTERM) during start-up" in rest
    assert "Traceback" not in rest
