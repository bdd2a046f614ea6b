"""`lagebild store copy` names what it copied: every subscription (a disabled one too), the
watches, feeds and corrections, not only the corpus counts of /status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sample_corpus import SAMPLE_NOW

from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]


async def test_copy_summary_counts_the_rows_copied(
    tmp_path: Path, sample_store: Store, store_url: str
) -> None:
    subs = sample_store.subscriptions
    await subs.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
    paused = await subs.upsert("discord", "42", "18:00", "Europe/Berlin", "discord:7")
    await subs.disable(paused.id, "Kanal gelöscht")
    await sample_store.watches.add(
        "console", "console", "speaker", "John Kirby", "john kirby", "console:me", SAMPLE_NOW
    )
    await sample_store.feeds.add("https://example.org/feed.xml", "Beispiel", "cli", SAMPLE_NOW)
    await sample_store.curation.add("hide_speaker", "Niemand", "console:me", SAMPLE_NOW)
    dst = tmp_path / "copy.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "store", "copy", store_url, str(dst)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 articles" in out
    assert "2 subscriptions" in out  # the disabled one was copied as well
    # one of each in the singular ("1 watches, 1 feeds" before)
    assert "1 watch," in out and "1 feed," in out and out.rstrip().endswith("1 curation entry")
    async with await Store.open(dst) as copy:
        assert len(await copy.subscriptions.list()) == 2
        assert len(await copy.watches.list()) == 1
