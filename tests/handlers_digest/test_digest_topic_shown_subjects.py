"""A digest topic finds a figure subject under the name /figures shows for it (issue 12), also
where that name is mended at read time (handlers.figure_names: the reports' own plural
"irakische Zivilisten" for the stored grouping phrase "irakische Zivilist"), so neither the
stored name nor the key's words hold it. Both backends."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from digest_support import BATCH1_AT, Clock, make_article, make_services

from bot.models import ArticleExtraction
from bot.store import Store
from handlers.digest import build_digest, digest_as_text
from handlers.figure_groups import joined_subjects


def _report(file: str, day: int, subject: str, value: int) -> ArticleExtraction:
    """One article reporting `value` civilians, the subject worded `subject`."""
    text = f"{value} irakische Zivilisten"
    extraction = make_article(
        file,
        "Angriffe im Norden",
        date(2024, 11, day),
        "Zeitung",
        [f"Die Armee zählte am Vortag {text}."],
        figures=[(value, "exact", text, "Armee", 0)],
    )
    figure = dataclasses.replace(extraction.figures[0], subject=subject, unit="Zivilist")
    return dataclasses.replace(extraction, figures=(figure,))


async def test_a_subject_is_a_topic_under_its_mended_name(store_url: str) -> None:
    store = await Store.open(store_url)
    try:
        reports = [
            _report("z1.txt", 10, "irakische Zivilist", 18),
            _report("z2.txt", 12, "irakische Zivilisten", 23),
        ]
        await store.corpus.apply(reports, [], [], [], now=BATCH1_AT)
        services = make_services(store, Clock(datetime(2024, 11, 20, 9, 0, tzinfo=UTC)))
        shown = [s.subject for s in await joined_subjects(services)]
        assert shown == ["irakische Zivilisten"]  # stored as "irakische Zivilist"
        reply = await build_digest(services, None, "de", topic="irakische Zivilisten")
        assert reply is not None
        _, _, figures = digest_as_text(reply).replace("**", "").partition("\nZahlen\n")
        assert "irakische Zivilisten: 23" in figures
    finally:
        await store.close()
