"""Every command family on a PostgreSQL store (`--db postgresql://…`, `store.url`), run as
subprocesses like tests/cli/test_cli_commands.py, with the same answers as on SQLite."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def lagebild(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        input=stdin,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


ASKED = ("/who_said Kirby", "/speakers", "/figures", "/sources")
# Ranked by relevance: the same hits, but bm25 (SQLite) and ts_rank (PostgreSQL) may order them
# differently (docs/deploy.md).
RANKED = ("/who_said about:Kursk", "/search Wladiwostok")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def without_clock(text: str) -> str:
    """The digest names the time each store was built; the two builds may straddle a minute."""
    return CLOCK.sub("HH:MM", text)


def test_ingest_ask_digest_and_rebuild_answer_as_on_sqlite(tmp_path: Path, pg_url: str) -> None:
    file = str(tmp_path / "seeds.db")
    for db in (file, pg_url):
        r = lagebild("ingest", str(SEEDS), "--db", db, "--no-progress")
        assert r.returncode == 0, r.stderr
        assert "5 neu" in r.stdout and "5 Artikel" in r.stdout
    again = lagebild("ingest", str(SEEDS), "--db", pg_url, "--no-progress")
    assert again.returncode == 0 and "Nichts geändert" in again.stdout
    for text in ASKED:
        on_file, on_pg = (lagebild("ask", text, "--db", db) for db in (file, pg_url))
        assert on_pg.returncode == 0, on_pg.stderr
        assert on_pg.stdout == on_file.stdout, text
    for text in RANKED:
        on_file, on_pg = (lagebild("ask", text, "--db", db) for db in (file, pg_url))
        assert on_pg.returncode == 0, on_pg.stderr
        assert sorted(on_pg.stdout.splitlines()) == sorted(on_file.stdout.splitlines()), text
    digests = [lagebild("digest", "--db", db) for db in (file, pg_url)]
    assert digests[1].returncode == 0 and "10.000" in digests[1].stdout
    assert without_clock(digests[1].stdout) == without_clock(digests[0].stdout)
    rebuilt = lagebild("ingest", str(SEEDS), "--db", pg_url, "--rebuild", "--no-progress")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "5 geändert" in rebuilt.stdout and "5 Artikel" in rebuilt.stdout
    after = lagebild("ask", "/who_said Kirby", "--db", pg_url)
    assert after.stdout == lagebild("ask", "/who_said Kirby", "--db", file).stdout


def test_ask_builds_a_missing_postgresql_store_first(pg_url: str, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[corpus]\ndir = "{SEEDS}"\n[store]\nurl = "{pg_url}"\n', "utf-8")
    r = lagebild("ask", "/status", "--config", str(config))
    assert r.returncode == 0, r.stderr
    assert "5" in r.stdout


def test_feeds_commands_on_postgresql(pg_url: str) -> None:
    url = "http://127.0.0.1:9/feed.xml"  # nothing listens: the poll fails, and says so
    r = lagebild("feeds", "add", url, "--name", "Testfeed", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    listed = lagebild("feeds", "list", "--db", pg_url)
    assert "Testfeed" in listed.stdout
    polled = lagebild("feeds", "poll", "--db", pg_url)
    assert polled.returncode == 1, polled.stderr
    removed = lagebild("feeds", "remove", url, "--db", pg_url)
    assert removed.returncode == 0, removed.stderr
    assert "Testfeed" not in lagebild("feeds", "list", "--db", pg_url).stdout


def test_run_serves_from_store_url(pg_url: str, tmp_path: Path) -> None:
    """`lagebild run` with [store] url and the console transport: built, then answering."""
    config = tmp_path / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "{SEEDS}"\n[store]\nurl = "{pg_url}"\n[nlp]\nworkers = 1\n', "utf-8"
    )
    r = lagebild("run", "--config", str(config), cwd=tmp_path, stdin="/who_said Kirby\n/quit\n")
    assert r.returncode == 0, r.stderr
    assert "Kirby" in r.stdout


def test_the_password_of_a_url_is_never_shown(pg_url: str, tmp_path: Path) -> None:
    secret = "hunter2-secret"
    # accepted (the test server trusts local connections): /status must not show it
    ok = lagebild("ask", "/status", "--db", with_password(pg_url, secret))
    assert ok.returncode == 0, ok.stderr
    assert secret not in ok.stdout + ok.stderr
    # no server: the error names the store with the password masked
    parts = urlsplit(pg_url)
    dead = urlunsplit(parts._replace(netloc=f"{parts.username}:{secret}@127.0.0.1:1"))
    for args in (("ask", "/status", "--db", dead), ("store", "copy", dead, str(tmp_path / "x"))):
        r = lagebild(*args)
        assert r.returncode == 2, r.stderr
        assert secret not in r.stdout + r.stderr
        assert ":***@127.0.0.1:1" in r.stderr


@pytest.fixture(autouse=True)
def _pg_only(pg_url: str) -> None:
    """Every test here needs the PostgreSQL server (skipped without LAGEBILD_TEST_PG)."""
