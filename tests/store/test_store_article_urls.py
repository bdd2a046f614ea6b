"""The corpus's articles by url, on SQLite and PostgreSQL alike: a folder file's `url` is stored
normalised like a feed's links (host case, default port, tracking parameters and fragment
dropped), and FeedRepo.stored_by_url finds an article under that form. This is what lets the
feed poller and a reload tell that a feed item is an article the corpus folder already has."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from bot.models import ArticleExtraction
from bot.store import Store
from bot.store.repos.feeds import StoredUrl


def _with_url(ex: ArticleExtraction, url: str) -> ArticleExtraction:
    article = dataclasses.replace(ex.article, meta=(("url", url),))
    return dataclasses.replace(ex, article=article)


async def test_a_folder_url_is_stored_normalised_and_found_by_it(
    store_url: str, make_extraction: Callable[..., ArticleExtraction]
) -> None:
    written = "HTTPS://WWW.Kreisbote.example:443/lokal/faehre-eingestellt?utm_source=mail&seite=2#k"
    folder = _with_url(
        make_extraction(
            "faehre.txt",
            "Fähre stellt Betrieb ein",
            date(2026, 11, 20),
            "Kreisbote",
            ["Die Fähre fährt ab Montag nicht mehr, teilte die Gemeinde mit."],
        ),
        written,
    )
    other = _with_url(
        make_extraction(
            "schule.txt",
            "Schule wird saniert",
            date(2026, 11, 21),
            "Kreisbote",
            ["Die Grundschule wird im Sommer saniert."],
        ),
        "https://www.kreisbote.example/lokal/schule",
    )
    no_url = make_extraction("notiz.txt", "Notiz", None, None, ["Ohne Link."])
    store = await Store.open(store_url)
    try:
        await store.corpus.apply([folder, other, no_url], [], [], [])
        normal = "https://www.kreisbote.example/lokal/faehre-eingestellt?seite=2"

        assert (await store.articles.by_file("faehre.txt")).url == normal
        found = await store.feeds.stored_by_url(
            [normal, normal.replace("?", "/?"), "https://www.kreisbote.example/sport"]
        )
        assert found == [StoredUrl(normal, "faehre.txt")]
        assert await store.feeds.stored_by_url([written]) == []  # callers pass normal forms
        assert await store.feeds.stored_by_url([]) == []
    finally:
        await store.close()
