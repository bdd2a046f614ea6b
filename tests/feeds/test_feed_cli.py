"""`lagebild feeds add|list|poll|remove` as an operator runs them (subprocesses), against the
news site on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newssite import HOCHWASSER, Item, article_page, article_path, rss

ROOT = Path(__file__).resolve().parents[2]


def lagebild(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_add_poll_list_and_remove_from_the_command_line(tmp_path, news_site):
    site = news_site
    site.page(article_path(HOCHWASSER), article_page(HOCHWASSER))
    good = site.feed(
        "/rss/politik.xml",
        rss(
            "Taler Tageblatt – Politik",
            [Item(HOCHWASSER, site.url(article_path(HOCHWASSER)), guid="tt-1001")],
        ),
    )
    bad = site.feed("/rss/kaputt.xml", rss("Kaputt", []))
    site.status["/rss/kaputt.xml"] = 500
    (tmp_path / "corpus").mkdir()
    config = tmp_path / "lagebild.toml"
    config.write_text(
        '[corpus]\ndir = "corpus"\n[nlp]\nworkers = 0\n[feeds]\ntimeout_seconds = 5\n'
    )
    db = ["--config", str(config), "--db", str(tmp_path / "s.db")]

    r = lagebild("feeds", "add", good, "--name", "Tageblatt", "--locale", "en", *db, cwd=tmp_path)
    assert r.returncode == 0 and "Added feed Tageblatt" in r.stdout, r.stderr
    assert lagebild("feeds", "add", bad, *db, cwd=tmp_path).returncode == 0
    r = lagebild("feeds", "add", "ftp://example.org/feed", *db, cwd=tmp_path)
    assert r.returncode == 2 and "das ist keine http(s)-Adresse" in r.stderr

    r = lagebild("feeds", "poll", *db, cwd=tmp_path)
    assert r.returncode == 1, r.stderr  # one feed failed
    # the bot's language, as the chat answers and `feeds list` speak it
    assert "Tageblatt: 1 neu, 0 aktualisiert, 0 seit dem letzten Abruf unverändert" in r.stdout
    assert "FEHLGESCHLAGEN: der Server antwortete mit HTTP 500" in r.stdout
    assert "Abruf: 2 Feeds, 1 neue und 0 aktualisierte Artikel, 1 fehlgeschlagen" in r.stdout
    assert "Korpusversion 1: 1 neu" in r.stdout
    agent = site.requests_to("/rss/politik.xml")[0].headers["User-Agent"]
    assert agent.startswith("Lagebild/")
    r = lagebild("feeds", "list", "--locale", "en", *db, cwd=tmp_path)
    assert f"{bad} [backing off]" in r.stdout  # in words, as docs/feeds.md names the state

    del site.status["/rss/kaputt.xml"]
    r = lagebild("feeds", "poll", "--locale", "en", *db, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Tageblatt: not modified (304)" in r.stdout and "Poll: 2 feeds" in r.stdout

    r = lagebild("feeds", "list", "--locale", "en", *db, cwd=tmp_path)
    assert r.returncode == 0
    assert "Tageblatt [active]" in r.stdout and "title:             Taler Tageblatt" in r.stdout
    assert "failures in a row: 0" in r.stdout

    r = lagebild("ask", "/who_said Anna Berger", *db, cwd=tmp_path)
    assert "Pegel" in r.stdout or "Wasser" in r.stdout, r.stdout + r.stderr
    assert site.url(article_path(HOCHWASSER)) in r.stdout  # the answer links to the original

    r = lagebild("feeds", "remove", good, *db, cwd=tmp_path)
    assert r.returncode == 0 and "bleiben im Korpus" in r.stdout
    r = lagebild("feeds", "remove", good, *db, cwd=tmp_path)
    assert r.returncode == 2 and f"Einen Feed {good} gibt es nicht" in r.stderr
    r = lagebild("feeds", "remove", good, "--locale", "en", *db, cwd=tmp_path)
    assert r.returncode == 2 and f"There is no feed {good}" in r.stderr


def test_adding_a_followed_feed_again_says_so(tmp_path, news_site):
    """A second `feeds add` of an active feed must not claim it was re-enabled (it never was
    disabled): it says the feed was already followed."""
    url = news_site.feed("/rss/politik.xml", rss("Politik", []))
    (tmp_path / "corpus").mkdir()
    db = ["--db", str(tmp_path / "s.db")]
    assert "Added feed" in lagebild("feeds", "add", url, "--locale", "en", *db, cwd=tmp_path).stdout
    again = lagebild("feeds", "add", url, "--locale", "en", *db, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"Feed {url} was already followed: it is active again" in again.stdout
    assert "Re-enabled" not in again.stdout
    listed = lagebild("feeds", "list", *db, cwd=tmp_path).stdout
    assert listed.count("[aktiv]") == 1
