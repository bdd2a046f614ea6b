"""The incremental subject recount of an apply gives the subjects a full recount gives, after
additions, changes and removals (the recount reads only what an apply changes)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import bot.ingest
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.repos.corpus import _display

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Figure sentences with several wordings of one subject and of others, so that which wording
# names a subject changes as articles come and go.
EXTRA = [
    "Nach Angaben des Pentagons sind {n}.000 nordkoreanische Soldaten in Kursk stationiert.",
    "Der Geheimdienst meldete am 3. Mai 2025, dass {n}.000 Soldaten aus Nordkorea verlegt wurden.",
    "Laut der Regierung wurden {n}00 Hektar Wald zerstört.",
    "Die Behörde meldete, dass mindestens {n}0 Menschen verletzt worden seien.",
]


def full_recount(db: Path) -> dict[str, tuple[object, ...]]:
    """What the subjects table must hold, recounted from every figure."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out: dict[str, tuple[object, ...]] = {}
    keys = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT subject_key FROM figures WHERE subject_key IS NOT NULL"
        )
    ]
    for key in keys:
        n = conn.execute("SELECT count(*) FROM figures WHERE subject_key = ?", (key,)).fetchone()[0]
        display, display_n = conn.execute(
            """SELECT coalesce(subject, unit), count(*) FROM figures WHERE subject_key = ?
               GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""",
            (key,),
        ).fetchone()
        unit = conn.execute(
            """SELECT unit FROM figures WHERE subject_key = ? AND unit IS NOT NULL
               GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1""",
            (key,),
        ).fetchone()
        unit = unit[0] if unit else None
        latest = conn.execute(
            """SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id
               WHERE f.subject_key = ?
               ORDER BY (f.sort_date IS NULL), f.sort_date DESC, a.first_seen DESC, f.id DESC
               LIMIT 1""",
            (key,),
        ).fetchone()[0]
        name = _display({"display": display, "n": display_n, "unit": unit}, n) or key
        out[key] = (name, unit, n, latest)
    conn.close()
    return out


def stored_subjects(db: Path) -> dict[str, tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT subject_key, subject, unit, figure_count, latest_figure_id FROM subjects"
    ).fetchall()
    conn.close()
    return {r[0]: tuple(r[1:]) for r in rows}


async def test_subjects_after_additions_changes_and_removals_match_a_full_recount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 3)
    corpus, db = tmp_path / "corpus", tmp_path / "store.db"
    shutil.copytree(SEEDS, corpus)
    seeds = sorted(corpus.glob("*.txt"))
    for i, seed in enumerate(seeds * 2):
        extra = " ".join(s.format(n=i + 2) for s in EXTRA[: 1 + i % 4])
        (corpus / f"extra_{i:02d}.txt").write_text(seed.read_text("utf-8") + f"\n\n{extra}\n")
    store = await Store.open(db)
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        assert stored_subjects(db) == full_recount(db) and len(full_recount(db)) >= 3

        extras = sorted(corpus.glob("extra_*.txt"))
        for f in extras[:4]:  # the wording most used for the soldiers goes away
            f.unlink()
        for f in extras[4:7]:
            f.write_text(f.read_text("utf-8") + "\n\n" + EXTRA[1].format(n=9) + "\n")
        (corpus / "new.txt").write_text(
            "Meldung\n\nAm 1. Juni 2025 meldete das Ministerium 12.000 Soldaten aus Nordkorea.\n"
        )
        change = await ingestor.run()
        assert change.removed and change.changed and change.added
        assert stored_subjects(db) == full_recount(db)

        for f in corpus.glob("*.txt"):  # every figure of a subject gone
            if "Hektar" in f.read_text("utf-8"):
                f.unlink()
        await ingestor.run()
        subjects = stored_subjects(db)
        assert subjects == full_recount(db)
        assert not any("hektar" in key for key in subjects)
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        wordings = conn.execute(
            "SELECT subject_key, wording, unit, figure_count FROM subject_wordings ORDER BY 1, 2, 3"
        ).fetchall()
        fresh = conn.execute(
            """SELECT subject_key, coalesce(subject, unit, ''), coalesce(unit, ''), count(*)
               FROM figures WHERE subject_key IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
        ).fetchall()
        conn.close()
        assert wordings == fresh
    finally:
        await ingestor.close()
        await store.close()
