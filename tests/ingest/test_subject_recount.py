"""The incremental subject recount of an apply gives the subjects a full recount gives, after
additions, changes and removals (the recount reads only what an apply changes)."""

from __future__ import annotations

import shutil
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


async def rows(store: Store, sql: str, *args: object) -> list[tuple[object, ...]]:
    cur = await store._db.conn.execute(sql, args)
    return [tuple(r) for r in await cur.fetchall()]


async def full_recount(store: Store) -> dict[str, tuple[object, ...]]:
    """What the subjects table must hold, recounted from every figure."""
    out: dict[str, tuple[object, ...]] = {}
    keys = [
        r[0]
        for r in await rows(
            store, "SELECT DISTINCT subject_key FROM figures WHERE subject_key IS NOT NULL"
        )
    ]
    for key in keys:
        ((n,),) = await rows(store, "SELECT count(*) FROM figures WHERE subject_key = ?", key)
        ((display, display_n),) = await rows(
            store,
            """SELECT coalesce(subject, unit), count(*) FROM figures WHERE subject_key = ?
               GROUP BY coalesce(subject, unit)
               ORDER BY count(*) DESC, coalesce(subject, unit) LIMIT 1""",
            key,
        )
        units = await rows(
            store,
            """SELECT unit FROM figures WHERE subject_key = ? AND unit IS NOT NULL
               GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1""",
            key,
        )
        unit = units[0][0] if units else None
        ((latest,),) = await rows(
            store,
            """SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id
               WHERE f.subject_key = ?
               ORDER BY (f.sort_date IS NULL), f.sort_date DESC, a.first_seen DESC, f.id DESC
               LIMIT 1""",
            key,
        )
        name = _display({"display": display, "n": display_n, "unit": unit}, int(n)) or key
        out[str(key)] = (name, unit, n, latest)
    return out


async def stored_subjects(store: Store) -> dict[str, tuple[object, ...]]:
    found = await rows(
        store, "SELECT subject_key, subject, unit, figure_count, latest_figure_id FROM subjects"
    )
    return {str(r[0]): tuple(r[1:]) for r in found}


async def test_subjects_after_additions_changes_and_removals_match_a_full_recount(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.ingest, "STAGE_BATCH", 3)
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    seeds = sorted(corpus.glob("*.txt"))
    for i, seed in enumerate(seeds * 2):
        extra = " ".join(s.format(n=i + 2) for s in EXTRA[: 1 + i % 4])
        (corpus / f"extra_{i:02d}.txt").write_text(seed.read_text("utf-8") + f"\n\n{extra}\n")
    store = await Store.open(store_url)
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        expected = await full_recount(store)
        assert await stored_subjects(store) == expected and len(expected) >= 3

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
        assert await stored_subjects(store) == await full_recount(store)

        for f in corpus.glob("*.txt"):  # every figure of a subject gone
            if "Hektar" in f.read_text("utf-8"):
                f.unlink()
        await ingestor.run()
        subjects = await stored_subjects(store)
        assert subjects == await full_recount(store)
        assert not any("hektar" in key for key in subjects)
        wordings = await rows(
            store,
            "SELECT subject_key, wording, unit, figure_count FROM subject_wordings "
            "ORDER BY subject_key, wording, unit",
        )
        fresh = await rows(
            store,
            """SELECT subject_key, coalesce(subject, unit, ''), coalesce(unit, ''), count(*)
               FROM figures WHERE subject_key IS NOT NULL
               GROUP BY subject_key, coalesce(subject, unit, ''), coalesce(unit, '')
               ORDER BY 1, 2, 3""",
        )
        assert wordings == fresh
    finally:
        await ingestor.close()
        await store.close()
