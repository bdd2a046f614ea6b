"""`lagebild feeds poll` counts what the corpus kept: a poll that brought two articles into a
store of eight folder articles said "2 neu, 0 geändert, 0 entfernt, 0 unverändert", as if
the folder's articles were gone."""

from __future__ import annotations

from bot.feeds.poller import FeedResult, PollSummary
from bot.render.cli_summary import format_poll
from bot.store.records import CorpusChange


def _poll(added: int, changed: int, stored: int) -> PollSummary:
    change = CorpusChange(
        version=4,
        added=tuple(f"feed-{i}.txt" for i in range(added)),
        changed=tuple(f"alt-{i}.txt" for i in range(changed)),
        new_quotes=3,
        new_figures=1,
        totals={"articles": stored, "sentences": 90, "quotes": 40, "figures": 12},
    )
    feed = FeedResult("https://example.org/rss", "Harzer Bote", "ok", new=added, updated=changed)
    return PollSummary([feed], change, 3)


def test_poll_counts_the_stored_articles_it_left_unchanged() -> None:
    german = format_poll(_poll(added=2, changed=1, stored=11), "de")
    assert "Korpusversion 4: 2 neu, 1 geändert, 0 entfernt, 8 unverändert." in german
    assert "Datenbank: 11 Artikel" in german
    english = format_poll(_poll(added=2, changed=0, stored=10), "en")
    assert "2 added, 0 changed, 0 removed, 8 unchanged" in english


def test_a_feeds_unchanged_items_are_said_to_be_unchanged_since_the_last_poll() -> None:
    """Per feed, "unverändert" counts items read at an earlier poll, not the corpus."""
    assert "Harzer Bote: 2 neu, 0 aktualisiert, 0 seit dem letzten Abruf unverändert" in (
        format_poll(_poll(added=2, changed=0, stored=10), "de")
    )
