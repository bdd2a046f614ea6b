"""Skipped files are named with their reason in the bot's language: a German newsroom read
"Übersprungen: README.md: not a .txt article file (.md)", half German, half English; with
`--locale en` the line is English throughout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.feeds.poller import FeedResult, PollSummary
from bot.models import SkippedFile
from bot.render.cli_summary import format_poll

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """---
title: Kreistag streitet über Klinikschließung
published: 2026-03-02
outlet: Harzer Bote
---

Der Kreistag hat am Montag über die Zukunft des Krankenhauses in Wernigerode beraten.
Landrat Udo Feldmann sagte, die Station werde nicht vor dem Sommer geschlossen.
"""


def _ingest(corpus: Path, db: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(corpus), "--db", str(db), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_ingest_names_skipped_files_in_the_bots_language(tmp_path: Path) -> None:
    corpus = tmp_path / "klinik"
    corpus.mkdir()
    (corpus / "kreistag.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "Notizen.md").write_text("Offene Fragen an die Pressestelle\n", encoding="utf-8")
    (corpus / "leer.txt").write_text("", encoding="utf-8")

    german = _ingest(corpus, tmp_path / "de.db", "--no-progress")
    assert german.returncode == 1, german.stdout + german.stderr
    assert "Übersprungen: Notizen.md: keine Artikeldatei" in german.stdout
    assert "Übersprungen: leer.txt: leere Datei" in german.stdout
    assert "not a .txt" not in german.stdout and "empty file" not in german.stdout

    english = _ingest(corpus, tmp_path / "en.db", "--no-progress", "--locale", "en")
    assert "Notizen.md: not a .txt article file (.md)" in english.stdout
    assert "leer.txt: empty file" in english.stdout


def test_poll_says_why_an_item_was_skipped_in_the_bots_language() -> None:
    """A feed item whose page is down: the reason and the fetch error inside it in German."""
    skipped = SkippedFile(
        "https://example.org/klinik.html",
        "no text in the feed and the page could not be fetched: HTTP 503 Service Unavailable"
        "; tried again at the next poll",
    )
    result = FeedResult("https://example.org/rss", "Harzer Bote", "ok", skipped=[skipped])
    summary = PollSummary([result], None, 2)

    german = format_poll(summary, "de")
    assert "kein Text im Feed, und die Seite ließ sich nicht laden" in german
    assert "HTTP 503" in german and "nächsten Abruf" in german
    assert "could not be fetched" not in german
    assert "could not be fetched: the server answered HTTP 503" in format_poll(summary, "en")
