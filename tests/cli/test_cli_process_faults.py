"""How `lagebild` ends: a bug is a non-zero exit, a closed pipe is a quiet stop, and nothing is
left behind in the temporary directory."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_commands import ROOT, SEEDS, lagebild


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("proc") / "seeds.db"
    r = lagebild("ingest", str(SEEDS), "--db", str(db), "--no-progress")
    assert r.returncode == 0, r.stderr
    return db


def test_ask_exits_3_on_an_internal_error(seeded, tmp_path) -> None:
    broken = tmp_path / "broken.db"
    shutil.copy(seeded, broken)
    con = sqlite3.connect(broken)
    con.execute("DROP TABLE quotes")  # every quote query now fails inside the store
    con.commit()
    con.close()
    r = lagebild("ask", "/who_said Kirby", "--db", str(broken))
    assert r.returncode == 3, r.stdout + r.stderr
    ref = r.stdout.split("Referenz: ", 1)[1][:8]
    # one line naming the reference and the error; the traceback only with -v
    assert f"[ref {ref}]" in r.stderr and "OperationalError: no such table: quotes" in r.stderr
    assert "Traceback" not in r.stderr
    verbose = lagebild("ask", "/who_said Kirby", "--db", str(broken), "-v")
    assert verbose.returncode == 3 and "Traceback (most recent call last)" in verbose.stderr


def test_ask_exits_0_on_a_user_error(seeded) -> None:
    r = lagebild("ask", "/article 99999999999999999999999", "--db", str(seeded))
    assert r.returncode == 0, r.stderr
    assert "Die Angabe nr darf höchstens" in r.stdout
    assert "Traceback" not in r.stderr and "Referenz" not in r.stdout


def test_ask_into_a_closed_pipe_stops_quietly(seeded) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (`head`) has already gone
    try:
        r = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "/sources", "--db", str(seeded)],
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert r.returncode == 141
    assert r.stderr == ""


def test_a_chart_leaves_nothing_in_the_temporary_directory(seeded, tmp_path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "HOME": str(home), "XDG_CACHE_HOME": ""}
    env.pop("MPLCONFIGDIR", None)
    for _ in range(2):
        r = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "/figures Soldaten chart:ja", "--db", str(seeded)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert r.returncode == 0, r.stderr
    assert sorted(tmp.iterdir()) == []
    line = next(x for x in r.stdout.splitlines() if x.startswith("[Anhang: chart.png"))
    saved = Path(line.split("gespeichert unter ", 1)[1].rstrip("]"))
    assert saved == home / ".cache" / "lagebild" / "attachments" / "chart.png"
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in saved.parent.iterdir()] == ["chart.png"]  # replaced, not piled up


def test_run_refuses_extraction_in_its_own_process(seeded, tmp_path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f"[corpus]\ndir = '{SEEDS}'\n[nlp]\nworkers = 0\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config), "--db", str(seeded)],
        cwd=ROOT,
        input="/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2, r.stdout + r.stderr
    assert "nlp.workers" in r.stderr and "Traceback" not in r.stderr
