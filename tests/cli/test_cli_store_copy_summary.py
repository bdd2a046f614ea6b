"""`lagebild store copy` names what it copied: every subscription (a disabled one too), the
watches, feeds and corrections, not only the corpus counts of /status; in the bot's language
(German by default, English with --locale en)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sample_corpus import SAMPLE_NOW

from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _copy(src: str, dst: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "store", "copy", src, str(dst), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


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
    result = _copy(store_url, dst)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 Artikel" in out and "Korpusversion" in out
    assert "2 Abonnements" in out  # the disabled one was copied as well
    # one of each in the singular ("1 watches, 1 feeds" before)
    assert "1 Beobachtung," in out and "1 Feed," in out
    assert out.rstrip().endswith("1 Korrektur")
    english = _copy(store_url, tmp_path / "copy-en.db", "--locale", "en").stdout
    assert "3 articles" in english and "2 subscriptions" in english
    assert "1 watch," in english and english.rstrip().endswith("1 curation entry")
    async with await Store.open(dst) as copy:
        assert len(await copy.subscriptions.list()) == 2
        assert len(await copy.watches.list()) == 1
