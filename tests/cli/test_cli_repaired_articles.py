"""Articles with a flaw the reader can repair are ingested with a warning, not lost.

- A short article with four stray control characters (a pasted form feed, a terminal colour
  code) was skipped as "binary file (4 control characters)".
- A front-matter date that is no date ("Datum: 31.02.2026", "published: gestern") skipped the
  whole article; it now keeps the date its text gives (or none) and the ingest says so.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_cli_commands import lagebild

SHORT = (
    "Busfahrer legen Arbeit nieder\n\n"
    "Rheinstadt, 3. März 2026. Die Busse der Verkehrsbetriebe bleiben am Dienstag in den "
    "Depots.\x02 „Wir streiken, bis ein\x1b faires Angebot kommt“, sagte Betriebsrätin Aylin "
    "Demir.\x07\x7f\n"
)
BAD_DATE = (
    "---\ntitle: Schlichtung im Tarifstreit gescheitert\nDatum: 31.02.2026\n"
    "outlet: Rheinpfalz-Kurier\n---\n"
    "Die Schlichtung im Tarifstreit der Verkehrsbetriebe ist gescheitert. "
    "„Wir sind enttäuscht“, sagte Personalvorstand Jörg Wendt am Montag.\n"
)


def titles(db: Path) -> dict[str, tuple[str, str | None]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT file, title, published FROM articles").fetchall()
    finally:
        con.close()
    return {file: (title, published) for file, title, published in rows}


def test_stray_controls_and_a_bad_date_are_warned_about_and_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "streik"
    corpus.mkdir()
    (corpus / "01_kurz.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "02_schlichtung.txt").write_text(BAD_DATE, encoding="utf-8")
    db = tmp_path / "streik.db"

    r = lagebild("ingest", str(corpus), "--db", str(db), "--no-progress")

    assert r.returncode == 0, r.stdout + r.stderr
    assert "Übersprungen" not in r.stdout
    # told at the terminal in the user's language (logs for operators stay English)
    assert "Eingelesen, aber bitte prüfen: 01_kurz.txt: 4 Steuerzeichen entfernt" in r.stderr
    assert "02_schlichtung.txt" in r.stderr
    assert "„31.02.2026“ unter „Datum“ ist kein Datum" in r.stderr
    stored = titles(db)
    assert stored["01_kurz.txt"][0] == "Busfahrer legen Arbeit nieder"
    assert stored["02_schlichtung.txt"] == ("Schlichtung im Tarifstreit gescheitert", None)
    said = lagebild("ask", "/who_said Demir", "--db", str(db))
    assert "faires Angebot kommt" in said.stdout
    assert "ein faires Angebot" in said.stdout and "\x1b" not in said.stdout


def test_extract_warns_and_prints_the_repaired_article(tmp_path: Path) -> None:
    path = tmp_path / "02_schlichtung.txt"
    path.write_text(BAD_DATE, encoding="utf-8")
    r = lagebild("extract", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert "Warnung zu" in r.stderr and "„Datum“ ist kein Datum" in r.stderr
    article = json.loads(r.stdout)["articles"][0]
    assert article["title"] == "Schlichtung im Tarifstreit gescheitert"
    assert article["outlet"] == "Rheinpfalz-Kurier" and article["published"] is None
    assert any(q["speaker"] == "Jörg Wendt" for q in article["quotes"])
