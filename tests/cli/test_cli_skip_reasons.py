"""Skipped files are named with their reason in the bot's language: a German newsroom read
"Übersprungen: README.md: not a .txt article file (.md)", half German, half English; with
`--locale en` the line is English throughout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.corpus.reasons import Reason, SkipCode
from bot.feeds.poller import FeedResult, PollSummary
from bot.ingest import read_corpus
from bot.models import SkippedFile
from bot.render.cli_summary import format_change, format_poll
from bot.store.records import CorpusChange

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
    reason = Reason.of(SkipCode.PAGE_FAILED, error="HTTP 503 Service Unavailable", again=True)
    skipped = SkippedFile("https://example.org/klinik.html", reason)
    result = FeedResult("https://example.org/rss", "Harzer Bote", "ok", skipped=[skipped])
    summary = PollSummary([result], None, 2)

    german = format_poll(summary, "de")
    assert "kein Text im Feed, und die Seite ließ sich nicht laden" in german
    assert "HTTP 503" in german and "nächsten Abruf" in german
    assert "could not be fetched" not in german
    assert "could not be fetched: the server answered HTTP 503" in format_poll(summary, "en")


def _summary(corpus: Path, locale: str) -> str:
    """What `lagebild ingest` prints about the folder's skipped files."""
    return format_change(CorpusChange(1, skipped=read_corpus(corpus).skipped), locale)


def test_reasons_the_old_translation_table_missed_are_german_too(tmp_path: Path) -> None:
    """A sidecar whose date is no date, a sidecar linked from outside: reasons with parameters
    are said in the bot's language as a whole, not passed through in English."""
    corpus = tmp_path / "prozess"
    corpus.mkdir()
    for name in ("urteil", "plaedoyer"):
        (corpus / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "urteil.meta.toml").write_text('published = "nächsten Dienstag"\n', "utf-8")
    (tmp_path / "fremd.toml").write_text('title = "Fremd"\n', encoding="utf-8")
    (corpus / "plaedoyer.meta.toml").symlink_to(tmp_path / "fremd.toml")

    german = _summary(corpus, "de")
    assert (
        "Übersprungen: urteil.txt: Begleitdatei urteil.meta.toml: "
        "„nächsten Dienstag“ unter „published“ ist kein Datum"
    ) in german
    assert (
        "Übersprungen: plaedoyer.txt: Begleitdatei plaedoyer.meta.toml: symbolischer Link auf "
        "eine Datei außerhalb des Korpusordners"
    ) in german
    assert "not a date" not in german and "sidecar" not in german and "outside" not in german
    english = _summary(corpus, "en")
    assert "urteil.txt: sidecar urteil.meta.toml: key 'published': not a date" in english


def test_numbers_in_a_reason_are_written_the_readers_way(tmp_path: Path) -> None:
    corpus = tmp_path / "akten"
    corpus.mkdir()
    (corpus / "liste.txt").write_text("Zeile\n" * 30_000, encoding="utf-8")
    assert "kein Artikel: 30.001 Zeilen (Grenze 20.000)" in _summary(corpus, "de")
    assert "not an article: 30,001 lines (limit 20,000)" in _summary(corpus, "en")


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "extract", *args, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_extract_warns_in_the_bots_language(tmp_path: Path) -> None:
    """`extract` printed "warning FILE: removed 2 control characters" to a German user."""
    path = tmp_path / "zeuge.txt"
    path.write_text(ARTICLE.replace("beraten.", "beraten.\x07\x1b"), encoding="utf-8")

    german = _extract(str(path))
    assert german.returncode == 0, german.stderr
    assert f"Warnung zu {path}: 2 Steuerzeichen entfernt" in german.stderr
    assert "removed" not in german.stderr
    english = _extract(str(path), "--locale", "en")
    assert f"warning {path}: removed 2 control characters" in english.stderr


def test_poll_counts_its_requests_in_the_right_number() -> None:
    """A feed answered 304: "1 Anfragen" / "1 requests" read as a typo in the summary."""
    one = PollSummary(
        [FeedResult("https://example.org/rss", "Harzer Bote", "not_modified")], None, 1
    )
    assert "fehlgeschlagen, 1 Anfrage." in format_poll(one, "de")
    assert "failed, 1 request." in format_poll(one, "en")
    three = PollSummary(one.feeds, None, 3)
    assert "fehlgeschlagen, 3 Anfragen." in format_poll(three, "de")


def test_ingest_tells_what_it_repaired_in_the_users_language(tmp_path: Path) -> None:
    """A file read with stray control characters printed an English log line
    ("WARNING bot.ingest: …: removed 3 control characters") into a German ingest at the
    terminal; the user now reads it in their language, without the log line."""
    corpus = tmp_path / "klinik"
    corpus.mkdir()
    (corpus / "kreistag.txt").write_text(ARTICLE, encoding="utf-8")
    noisy = ARTICLE.replace("beraten.", "beraten.\x07\x1b[2J\x08")
    (corpus / "gestoert.txt").write_text(noisy, encoding="utf-8")

    german = _ingest(corpus, tmp_path / "de.db", "--no-progress")
    assert german.returncode == 0, german.stdout + german.stderr
    assert "gestoert.txt: 3 Steuerzeichen entfernt" in german.stderr
    assert "control characters" not in german.stderr and "WARNING" not in german.stderr

    english = _ingest(corpus, tmp_path / "en.db", "--no-progress", "--locale", "en")
    assert "gestoert.txt: removed 3 control characters" in english.stderr
    assert "WARNING" not in english.stderr
