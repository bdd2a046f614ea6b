"""The command-line contract of DESIGN.md, run as a new user would run it (subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
BOILERPLATE = (
    "Zum Inhalt springen",
    "Lesen Sie auch",
    "Foto:",
    "Union blockiert",
    "Alle Angaben ohne Gewähr",
)


def lagebild(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "seeds.db"
    r = lagebild("ingest", str(SEEDS), "--db", str(db), "--no-progress")
    assert r.returncode == 0, r.stderr
    return db


def test_ingest_reports_five_articles_then_nothing_changed(seeds_db):
    # the fixture ingested once; the summary of a second run says nothing changed, in the
    # bot's language (German by default, as its answers), in English with --locale en
    r = lagebild("ingest", str(SEEDS), "--db", str(seeds_db), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "Nichts geändert (Korpusversion 1, 5 Artikel unverändert)." in r.stdout
    assert "Datenbank: 5 Artikel," in r.stdout and "Nothing" not in r.stdout
    r = lagebild("ingest", str(SEEDS), "--db", str(seeds_db), "--no-progress", "--locale", "en")
    assert r.returncode == 0, r.stderr
    assert "Nothing changed (corpus version 1, 5 articles unchanged)." in r.stdout
    assert "Store: 5 articles," in r.stdout


def test_first_ingest_summary_counts_articles_quotes_figures(tmp_path):
    r = lagebild("ingest", str(SEEDS), "--db", str(tmp_path / "a.db"), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "Korpusversion 1: 5 neu, 0 geändert, 0 entfernt, 0 unverändert." in r.stdout
    assert "5 Artikel" in r.stdout
    assert " Zitate" in r.stdout and " Zahlen" in r.stdout


def test_extract_prints_the_design_json_for_every_seed():
    r = lagebild("extract", *sorted(str(p) for p in SEEDS.glob("*.txt")), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    articles = {a["file"]: a for a in data["articles"]}
    assert len(articles) == 5
    for a in articles.values():
        assert set(a) >= {"file", "title", "published", "outlet", "quotes", "figures"}
        for q in a["quotes"]:
            assert set(q) >= {"speaker", "speaker_role", "kind", "text", "cue", "sentence"}
            assert q["kind"] in {"direct", "indirect", "mixed", "according_to"}
            assert not any(b in q["sentence"] for b in BOILERPLATE)
        for f in a["figures"]:
            assert set(f) >= {
                "value",
                "value_max",
                "qualifier",
                "unit",
                "subject",
                "text",
                "source",
            }
    if GOLD.is_dir():
        for g in GOLD.glob("*.json"):
            gold = json.loads(g.read_text(encoding="utf-8"))
            a = articles[gold["article"]]
            assert a["title"] == gold["title"]
            assert a["published"] == gold["published"]
    published = sorted(a["published"] for a in articles.values() if a["published"])
    assert published == ["2024-10-24", "2024-11-15"]


def test_ask_answers_from_the_store(seeds_db):
    r = lagebild("ask", "/who_said Kirby", "--db", str(seeds_db))
    assert r.returncode == 0, r.stderr
    assert "Wladiwostok" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


def test_ask_builds_the_store_on_first_use(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    r = lagebild("ask", "/sources", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "lagebild.db").exists()
    assert "Nordkorea" in r.stdout


def test_partial_ingest_exits_1_and_keeps_the_good_files(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 100)
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")
    r = lagebild("ingest", str(corpus), "--db", str(tmp_path / "p.db"), "--no-progress")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "broken.txt" in r.stdout and "notes.pdf" in r.stdout
    assert "5 Artikel" in r.stdout


def test_missing_corpus_dir_is_a_usage_error(tmp_path):
    r = lagebild("ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db"), "--no-progress")
    assert r.returncode == 2
    assert "nope" in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_config_is_a_usage_error_naming_the_key(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[digest]\ntimezone = 'Mars/Olympus'\n")
    r = lagebild("ingest", "--config", str(cfg), "--no-progress")
    assert r.returncode == 2
    assert "digest.timezone" in r.stderr


def unprivileged() -> list[str]:
    """A command prefix that drops root rights: permission tests mean nothing to root, and CI
    runs as root. Empty when not root (the checks apply anyway)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot test permissions")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture
def shared_dir():
    """A directory other users can enter (pytest's tmp_path is private to its owner)."""
    path = Path(tempfile.mkdtemp(prefix="lagebild-perm-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def run_as_user(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*unprivileged(), sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": "/tmp"},
    )


def test_store_in_read_only_directory_is_reported(shared_dir):
    ro = shared_dir / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    r = run_as_user("ingest", str(SEEDS), "--db", str(ro / "x.db"), "--no-progress")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "x.db" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (ro / "x.db").exists()


def test_unreadable_article_is_skipped_and_the_rest_ingested(shared_dir):
    corpus = shared_dir / "corpus"
    shutil.copytree(SEEDS, corpus)
    corpus.chmod(0o755)
    for f in corpus.iterdir():
        f.chmod(0o644)
    (corpus / "secret.txt").write_text("Geheim\n\nKirby sagte, es sei geheim.\n", encoding="utf-8")
    (corpus / "secret.txt").chmod(0o000)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    # extraction in a thread: a worker process could not start as an unprivileged user here
    config = shared_dir / "config.toml"
    config.write_text("[nlp]\nworkers = 0\n", encoding="utf-8")
    config.chmod(0o644)
    r = run_as_user(
        "ingest", str(corpus), "--config", str(config), "--db", str(out / "s.db"), "--no-progress"
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert "secret.txt" in r.stdout
    assert "5 Artikel" in r.stdout


def test_store_from_a_newer_schema_is_refused_and_left_alone(tmp_path, seeds_db):
    db = tmp_path / "newer.db"
    shutil.copy(seeds_db, db)
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA user_version = 9999")
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
        con.execute("DELETE FROM schema_version")
        con.execute("INSERT INTO schema_version VALUES (9999)")
    before = db.read_bytes()
    r = lagebild("ingest", str(SEEDS), "--db", str(db), "--no-progress")
    assert r.returncode == 2
    assert "newer" in r.stderr.lower()
    assert db.read_bytes() == before


def test_digest_prints_current_figures_with_sources(seeds_db):
    r = lagebild("digest", "--db", str(seeds_db))
    assert r.returncode == 0, r.stderr
    assert "Stand" in r.stdout
    assert "10.000" in r.stdout


def test_digest_since_a_bare_date_means_midnight_on_the_digest_clock(seeds_db, tmp_path):
    # "--since 2024-06-02" on a UTC server titled "Neues seit 02.06.2024 02:00" (Berlin time)
    cfg = tmp_path / "c.toml"
    cfg.write_text("[digest]\ntimezone = 'Europe/Berlin'\n")
    r = lagebild(
        "digest", "--since", "2024-06-02", "--db", str(seeds_db), "--config", str(cfg),
        env={"TZ": "UTC"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "Neues seit 02.06.2024 00:00" in r.stdout, r.stdout[:200]


def test_discord_commands_payload_lists_every_command():
    from handlers.spec import COMMANDS

    r = lagebild("discord-commands", "--format", "json")
    assert r.returncode == 0, r.stderr
    payload = json.loads(r.stdout)
    names = {c["name"] for c in payload}
    assert names == {c.name for c in COMMANDS}
    reload_cmd = next(c for c in payload if c["name"] == "reload")
    assert reload_cmd["default_member_permissions"] not in (None, "0")
    assert all(c.get("name_localizations", {}).get("de") for c in payload)


def test_unreadable_corpus_dir_is_a_usage_error(shared_dir):
    locked = shared_dir / "locked"
    locked.mkdir()
    shutil.copy(SEEDS / "001_db4de407f8350440.txt", locked)
    locked.chmod(0o000)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    try:
        r = run_as_user("ingest", str(locked), "--db", str(out / "s.db"), "--no-progress")
    finally:
        locked.chmod(0o755)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "keine Berechtigung" in r.stderr and "Traceback" not in r.stderr


def test_extract_json_carries_the_article_url_from_front_matter(tmp_path):
    # DESIGN.md's extract contract has "url": str|null for every article
    dated = tmp_path / "brand.txt"
    dated.write_text(
        "---\ntitle: Großbrand in Duisburg\npublished: 2024-06-01\noutlet: Rheinpost\n"
        "url: https://rheinpost.example/brand-1\n---\n"
        "„Wir gehen von Brandstiftung aus“, sagte Polizeisprecher Markus Weber.\n",
        encoding="utf-8",
    )
    plain = tmp_path / "ohne.txt"
    plain.write_text("Brand in Duisburg\n\nDie Polizei ermittelt weiter.\n", encoding="utf-8")
    r = lagebild("extract", str(dated), str(plain), "--format", "json")
    assert r.returncode == 0, r.stderr
    urls = {a["file"]: a["url"] for a in json.loads(r.stdout)["articles"]}
    assert urls == {"brand.txt": "https://rheinpost.example/brand-1", "ohne.txt": None}


def test_extract_names_a_folder_or_a_missing_file_the_way_the_user_typed_it(tmp_path):
    """`extract corpus` (a folder) and a mistyped file name get reasons that fit a name typed
    on the command line, not the folder scanner's "subdirectory (not searched)"."""
    folder = tmp_path / "korpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Titel\n\nDie Polizei ermittelt.\n", encoding="utf-8")
    typed = (str(folder), str(tmp_path / "vertippt.txt"), "--format", "json")
    r = lagebild("extract", *typed, "--locale", "en")
    assert r.returncode == 2
    assert json.loads(r.stdout) == {"articles": []}
    assert f"Skipped {folder}: a folder, not a file: give its files ({folder}/*.txt)" in r.stderr
    assert f"lagebild ingest {folder}" in r.stderr
    assert "vertippt.txt: no such file" in r.stderr
    assert "not searched" not in r.stderr and "removed while reading" not in r.stderr
    # in the bot's language by default, as `ingest` names its skipped files
    german = lagebild("extract", *typed)
    assert f"Übersprungen: {folder}: ein Ordner, keine Datei" in german.stderr
    assert "vertippt.txt: Datei nicht gefunden" in german.stderr
    assert "no such file" not in german.stderr and german.returncode == 2


def test_a_db_url_of_another_kind_is_refused_with_what_db_takes(tmp_path):
    """`--db sqlite:///x.db` or a MySQL URL is not taken for a file named after the URL (the
    message then was "cannot create the store …/sqlite:/x.db: the directory does not exist")."""
    for url in ("sqlite:///" + str(tmp_path / "x.db"), "mysql://user@host/db"):
        r = lagebild("ask", "/status", "--db", url, cwd=tmp_path)
        assert r.returncode == 2
        scheme = url.split("://")[0]
        assert f"--db {scheme}://…: not a store location" in r.stderr
        assert "SQLite file path (--db lagebild.db) or a postgresql:// URL" in r.stderr
        assert "user@host" not in r.stderr  # a URL may carry credentials: not echoed
    assert list(tmp_path.iterdir()) == []


def test_digest_help_says_since_counts_from_ingest_not_publication() -> None:
    """`digest --since 2026-03-18` lists an article published 12.03. but ingested later, as
    the posted digest would (DESIGN.md: "the digest that would be posted"): --help says so."""
    r = lagebild("digest", "--help")
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    assert "ingested" in text and "not by its publication date" in text


def test_digest_since_says_when_it_names_articles_published_before(seeds_db):
    """The seeds were published 2024-2025 and ingested now: a digest since 2025-06-01 lists
    them (they came into the store after it) and says so on stderr, so a reader does not take
    "Neues seit 01.06.2025" over articles of 2024 for a bug. The digest itself is unchanged."""
    r = lagebild("digest", "--since", "2025-06-01", "--db", str(seeds_db))
    assert r.returncode == 0, r.stderr
    assert "Neues seit 01.06.2025" in r.stdout
    assert "--since zählt, wann ein Artikel ins Korpus kam" in r.stderr
    assert "der genannten Artikel sind vor dem 01.06.2025 erschienen" in r.stderr
    english = lagebild("digest", "--since", "2025-06-01", "--locale", "en", "--db", str(seeds_db))
    assert "were published before 2025-06-01" in english.stderr
    everything = lagebild("digest", "--db", str(seeds_db))
    assert "--since" not in everything.stderr
