"""Corpus faults on the command line: an empty or missing folder never empties or creates a
store, and `ingest --rebuild` replaces a store only with a complete new one."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_commands import ROOT, SEEDS, lagebild


def count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("faults") / "seeds.db"
    r = lagebild("ingest", str(SEEDS), "--db", str(db), "--no-progress")
    assert r.returncode == 0, r.stderr
    return db


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Path:
    """A private copy of the seeds store (five articles)."""
    db = tmp_path / "store" / "s.db"
    db.parent.mkdir()
    shutil.copy(built, db)
    return db


def test_empty_folder_is_refused_and_the_store_keeps_its_articles(store, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")  # no article among the files
    r = lagebild("ingest", str(empty), "--db", str(store), "--no-progress")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "kein lesbarer Artikel" in r.stderr and "--allow-empty" in r.stderr
    assert "(eine andere Datei übersprungen)" in r.stderr and "refusing" not in r.stderr
    assert "Traceback" not in r.stderr
    assert count(store, "articles") == 5

    r = lagebild("ingest", str(empty), "--db", str(store), "--no-progress", "--allow-empty")
    assert r.returncode == 1, r.stderr  # partial: notes.pdf is named as skipped
    assert "5 entfernt" in r.stdout
    assert count(store, "articles") == 0


def test_ingest_without_dir_on_a_store_of_another_corpus_keeps_it(tmp_path) -> None:
    # a new user ingests their own folder, then runs `ingest --db F` (or /reload) without it:
    # the default folder (seeds) must not silently replace their whole corpus
    own = tmp_path / "own"
    own.mkdir()
    (own / "brand.txt").write_text(
        "Großbrand in Duisburg\n\n„Wir gehen von Brandstiftung aus“, sagte Polizeisprecher "
        "Markus Weber.\n",
        encoding="utf-8",
    )
    db = tmp_path / "own.db"
    assert lagebild("ingest", str(own), "--db", str(db), "--no-progress").returncode == 0
    r = lagebild("ingest", "--db", str(db), "--no-progress", "--locale", "en")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "none of the 1 stored articles" in r.stderr and "--rebuild" in r.stderr
    # how to update it, not only how to replace it: a newcomer who built the store with
    # `ingest DIR --db F` and then ran `ask "/reload" --db F` was told only about --rebuild
    assert "from the folder it was built from: lagebild ingest THAT_DIR" in r.stderr
    # /reload reads the folder the stored corpus came from while it is there, and names it
    reload = lagebild("ask", "/reload", "--db", str(db), "--as-admin")
    said = " ".join(reload.stdout.split())
    assert f"Gelesen aus dem Ordner {own}, aus dem der gespeicherte Korpus stammt" in said, said
    assert count(db, "articles") == 1
    # once that folder is gone too, it keeps the store and says how to update it
    own.rename(tmp_path / "moved")
    reload = lagebild("ask", "/reload", "--db", str(db), "--as-admin")
    assert "enthält keinen der 1 bisherigen Artikel" in reload.stdout, reload.stdout
    assert "aus dem er gebaut wurde: lagebild ingest ORDNER (mit demselben --db)" in " ".join(
        reload.stdout.split()
    )
    assert count(db, "articles") == 1
    r = lagebild("ingest", str(SEEDS), "--db", str(db), "--no-progress", "--rebuild")
    assert r.returncode == 0, r.stderr  # replacing it on purpose still works
    assert count(db, "articles") == 5


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_a_failed_first_ingest_creates_no_store(tmp_path, folder) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    r = lagebild("ingest", str(tmp_path / folder), "--db", str(out / "new.db"), "--no-progress")
    assert r.returncode == 2, r.stdout + r.stderr
    assert folder in r.stderr
    assert leftovers(out) == []
    # nothing was stored: a refusal "to remove every stored article" misled a newcomer
    assert "gespeicherten Artikel" not in r.stderr
    if folder == "empty":
        assert "daraus lässt sich keine Datenbank bauen" in r.stderr
    else:
        assert f"den Korpusordner {tmp_path / folder} gibt es nicht" in r.stderr


def test_ask_with_a_missing_corpus_creates_no_store(tmp_path) -> None:
    r = lagebild("ask", "/sources", cwd=tmp_path)  # default corpus.dir "seeds" is not there
    assert r.returncode == 2, r.stdout + r.stderr
    assert (
        "und den Korpusordner" in r.stderr
        and "seeds, aus dem sie entstehen könnte, gibt" in r.stderr
    )
    assert leftovers(tmp_path) == []


def test_ask_with_a_mistyped_db_says_how_to_build_a_store(tmp_path) -> None:
    """A newcomer who mistypes --db outside a checkout was told only that the default corpus
    folder "seeds" does not exist; the message now names the store and the command to run,
    in the language the answer would have had (German by default, --locale en)."""
    db = tmp_path / "flut.db"
    r = lagebild("ask", "/status", "--db", str(db), cwd=tmp_path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"Unter {db} gibt es keine Datenbank" in r.stderr
    assert f"lagebild ingest ORDNER --db {db}" in r.stderr
    assert "baue zuerst" not in r.stderr and leftovers(tmp_path) == []
    r = lagebild("ask", "/status", "--db", str(db), "--locale", "en", cwd=tmp_path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"there is no store at {db}" in r.stderr
    assert f"lagebild ingest DIR --db {db}" in r.stderr
    assert "building the store" not in r.stderr and leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("folder", "message"), [("empty", "no readable article"), ("gone", "does not exist")]
)
def test_run_never_empties_the_store_at_start(store, tmp_path, folder, message) -> None:
    (tmp_path / "empty").mkdir()
    config = tmp_path / "c.toml"
    config.write_text(f"[corpus]\ndir = '{tmp_path / folder}'\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config), "--db", str(store)],
        cwd=ROOT,
        input="/sources\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert message in r.stderr and "serving the stored corpus" in r.stderr
    assert "Nordkorea" in r.stdout  # the stored corpus keeps serving
    assert count(store, "articles") == 5


def test_rebuild_recreates_the_corpus_and_keeps_subscriptions(store) -> None:
    con = sqlite3.connect(store)
    with con:
        con.execute(
            "INSERT INTO subscriptions (transport, channel_id, time, timezone, created_by, "
            "created_at) VALUES ('matrix', '!room:example.org', '08:00', 'Europe/Berlin', "
            "'@ops:example.org', '2024-11-01T08:00:00+00:00')"
        )
        con.execute("DELETE FROM quotes")  # damage the corpus part
    con.close()
    r = lagebild("ingest", str(SEEDS), "--db", str(store), "--no-progress", "--rebuild")
    assert r.returncode == 0, r.stderr
    assert "5 neu" in r.stdout and "Aus der alten Datenbank übernommen: 1 Abonnement." in r.stdout
    assert count(store, "quotes") > 20
    assert count(store, "subscriptions") == 1
    # no half-made files; the rebuilt store's clean-close stamp moved with it (bot.store.db)
    assert leftovers(store.parent) == ["s.db", "s.db.clean"]


def test_a_failed_rebuild_leaves_the_old_store_as_it_was(store, tmp_path) -> None:
    before = store.read_bytes()
    r = lagebild("ingest", str(tmp_path / "gone"), "--db", str(store), "--no-progress", "--rebuild")
    assert r.returncode == 2, r.stdout + r.stderr
    assert store.read_bytes() == before
    assert leftovers(store.parent) == ["s.db"]


def test_rebuild_refuses_while_another_process_has_the_store_open(store) -> None:
    holder = sqlite3.connect(store)  # stands for a running bot
    try:
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("SELECT count(*) FROM articles").fetchone()
        r = lagebild("ingest", str(SEEDS), "--db", str(store), "--no-progress", "--rebuild")
        assert r.returncode == 2, r.stdout + r.stderr
        assert "in use" in r.stderr
        assert holder.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    finally:
        holder.close()
    assert leftovers(store.parent) == ["s.db"]


def test_a_store_that_cannot_be_created_is_named_as_given(tmp_path) -> None:
    target = tmp_path / "nodir" / "x.db"
    r = lagebild("ingest", str(SEEDS), "--db", str(target), "--no-progress")
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"die Datenbank {target} lässt sich nicht anlegen:" in r.stderr
    assert "building" not in r.stderr and "baue zuerst" not in r.stderr


def test_a_link_out_of_the_corpus_is_reported_and_never_served(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    secret = tmp_path / "private.txt"
    secret.write_text("Interna\n\nDas Kennwort lautet Schwertfisch, sagte der Admin.\n", "utf-8")
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    db = tmp_path / "s.db"
    r = lagebild("ingest", str(corpus), "--db", str(db), "--no-progress")
    assert r.returncode == 1, r.stdout + r.stderr
    assert (
        "Übersprungen: x.txt: symbolischer Link auf eine Datei außerhalb des Korpusordners"
        in r.stdout
    )
    assert (
        "Übersprungen: passwd.txt: symbolischer Link auf eine Datei außerhalb des Korpusordners"
        in r.stdout
    )
    assert "5 Artikel" in r.stdout
    found = lagebild("ask", "/search Schwertfisch", "--db", str(db))
    assert "Keine Treffer" in found.stdout
    con = sqlite3.connect(db)
    try:
        leaked = con.execute("SELECT count(*) FROM sentences WHERE text LIKE '%Schwertfisch%'")
        assert leaked.fetchone()[0] == 0
    finally:
        con.close()


def test_rebuild_replaces_a_store_damaged_inside(store) -> None:
    size = store.stat().st_size
    with open(store, "r+b") as f:  # header intact, pages in the middle overwritten
        f.seek(size // 3)
        f.write(b"\xde\xad\xbe\xef" * (size // 12))
    r = lagebild("ingest", str(SEEDS), "--db", str(store), "--no-progress", "--rebuild")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(store)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["other program", "not sqlite"])
def test_rebuild_never_replaces_a_file_that_is_not_a_store(tmp_path, kind) -> None:
    target = tmp_path / "other.db"
    if kind == "other program":
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        con.commit()
        con.close()
    else:
        target.write_text("Notizen, die zufällig auf .db enden\n", encoding="utf-8")
    before = target.read_bytes()
    r = lagebild("ingest", str(SEEDS), "--db", str(target), "--no-progress", "--rebuild")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "replaces only a Lagebild store" in r.stderr
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == ["other.db"]


def test_rebuild_summary_names_what_was_kept_in_a_users_words() -> None:
    """`ingest --rebuild` said "Kept from the old store: 1 reload_log, 2 watch_seen": table
    names. It says what they are, counts bookkeeping with what it belongs to, and names a lost
    part once."""
    from bot.rebuild import describe_carried
    from bot.store.files import Carried

    broken = "database disk image is malformed"
    lines = describe_carried(
        Carried(
            rows={"subscriptions": 2, "digest_claims": 3, "reload_log": 1, "watch_seen": 2},
            lost={"feeds": broken, "feed_items": broken},
        )
    )
    assert lines == [
        "Kept from the old store: 2 subscriptions, 1 reload in the history, "
        "2 items already reported by watches.",
        f"Could not keep the feeds from the old store: {broken}",
    ]
    # in German when the summary around it is German (the default of `lagebild ingest`)
    assert describe_carried(Carried(rows={"watches": 1}, lost={"feeds": broken}), "de") == [
        "Aus der alten Datenbank übernommen: 1 Beobachtung.",
        f"Aus der alten Datenbank nicht übernommen (Feeds): {broken}",
    ]
