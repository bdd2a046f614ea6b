"""CorpusRepo.apply: idempotent ingest, replace/remove by file, all-or-nothing swaps."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime, timedelta

import asyncpg
import pytest
from sample_corpus import SAMPLE_NOW, F, Q, build_extraction

from bot.corpus.reasons import Reason, SkipCode
from bot.models import ArticleExtraction, SkippedFile, SpeakerInfo
from bot.store import Store

LATER = SAMPLE_NOW + timedelta(days=1)


def _retitled(ex: ArticleExtraction, title: str) -> ArticleExtraction:
    article = dataclasses.replace(
        ex.article, title=title, content_hash=ex.article.content_hash + "x"
    )
    return dataclasses.replace(ex, article=article)


async def test_second_apply_of_the_same_corpus_changes_nothing(
    sample_store: Store, sample_extractions
) -> None:
    before = await sample_store.corpus.status()
    change = await sample_store.corpus.apply(sample_extractions, [], [], [], now=LATER)
    after = await sample_store.corpus.status()
    assert not change.changed_anything
    assert sorted(change.unchanged) == sorted(e.article.file for e in sample_extractions)
    assert after.version == before.version == 1
    assert after.updated_at == before.updated_at
    assert (after.articles, after.quotes, after.figures) == (3, 6, 5)


async def test_changed_article_is_replaced_in_place_keeping_id_and_first_seen(
    sample_store: Store, sample_extractions
) -> None:
    old = await sample_store.articles.by_file("000_kirby.txt")
    assert old is not None
    new = _retitled(sample_extractions[0], "Neu: Soldaten in Wladiwostok")
    change = await sample_store.corpus.apply([new], [], [], [], now=LATER)
    assert change.changed == ("000_kirby.txt",) and change.added == ()
    assert change.version == 2
    assert change.new_quotes == 0  # same quotes as before, not "new"
    got = await sample_store.articles.get(old.id)
    assert got is not None
    assert got.title == "Neu: Soldaten in Wladiwostok"
    assert got.first_seen == old.first_seen and got.updated_at == LATER
    # children replaced, not duplicated
    assert len(await sample_store.quotes.for_article(old.id)) == 3
    assert (await sample_store.corpus.status()).quotes == 6
    assert [a.id for a in await sample_store.articles.complete("Wladiwostok")] == [old.id]


async def test_removed_article_takes_its_quotes_figures_and_orphan_speakers_along(
    sample_store: Store,
) -> None:
    change = await sample_store.corpus.apply(
        [], ["000_kirby.txt", "never_existed.txt"], ["001_selenskyj.txt", "002_kommentar.txt"], []
    )
    assert change.removed == ("000_kirby.txt",)
    assert change.totals["articles"] == 2
    names = {s.name for s in await sample_store.speakers.all()}
    assert "John Kirby" not in names and "anonymous" not in names
    assert "Lloyd Austin" in names  # still quoted (as "Austin") in the other article
    assert await sample_store.search.search("Wladiwostok") == []
    subjects = await sample_store.figures.subjects()
    assert [s.figure_count for s in subjects] == [3]


async def test_skipped_files_are_reported_and_new_quotes_counted(
    store_url: str, sample_extractions
) -> None:
    store = await Store.open(store_url)
    try:
        skipped = [SkippedFile("bild.png", Reason.of(SkipCode.NOT_TXT, suffix=".png"))]
        change = await store.corpus.apply(sample_extractions, [], [], skipped)
        assert change.skipped == tuple(skipped)
        assert sorted(change.added) == sorted(e.article.file for e in sample_extractions)
        assert (change.new_quotes, change.new_figures) == (6, 5)
        assert change.totals == {
            "articles": 3, "sentences": 14, "quotes": 6, "figures": 5, "speakers": 4
        }  # fmt: skip
    finally:
        await store.close()


async def test_failing_apply_leaves_the_old_corpus_intact(
    sample_store: Store, sample_extractions
) -> None:
    before = await sample_store.corpus.status()
    good_new = build_extraction(
        "003_neu.txt", "Neuer Artikel", date(2024, 12, 1), "ZDF", ["Kirby sagte etwas Neues."],
        quotes=[Q(0, "John Kirby", "etwas Neues")],
    )  # fmt: skip
    changed = _retitled(sample_extractions[1], "Geändert")
    bad = build_extraction(
        "004_kaputt.txt", "Kaputt", None, None, ["Ein Satz mit einer Zahl: 5 Panzer."],
        figures=[F(0, "5 Panzer", 5, qualifier="sometimes")],  # type: ignore[arg-type]
    )  # fmt: skip
    with pytest.raises((sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)):
        await sample_store.corpus.apply([good_new, changed, bad], ["000_kirby.txt"], [], [])
    after = await sample_store.corpus.status()
    assert after == before
    titles = {a.title for a in await sample_store.articles.list()}
    assert "Neuer Artikel" not in titles and "Geändert" not in titles
    assert "Nordkoreanische Soldaten in Russland eingetroffen" in titles
    assert [q.speaker for q in await sample_store.quotes.about("Wladiwostok")] == ["John Kirby"]
    # and the store still accepts the next, valid apply
    change = await sample_store.corpus.apply([good_new], [], [], [])
    assert change.added == ("003_neu.txt",) and change.version == before.version + 1


async def test_readers_see_the_old_corpus_until_the_swap_commits(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_during_apply: list[int] = []
    repo = sample_store.corpus
    original = repo._refresh_totals  # the last step before COMMIT

    async def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen_during_apply.append(len(await sample_store.articles.list()))
        seen_during_apply.append(len(await sample_store.search.search("Panzer")))
        return await original(*args, **kwargs)

    monkeypatch.setattr(repo, "_refresh_totals", spy)
    extra = build_extraction("005_panzer.txt", "Panzer", None, None, ["Zehn Panzer rollten."])
    await repo.apply([extra], [], [], [])
    assert seen_during_apply == [3, 0]
    assert len(await sample_store.articles.list()) == 4
    assert len(await sample_store.search.search("Panzer")) == 1


async def test_speakers_merge_across_articles(sample_store: Store) -> None:
    speakers = {s.name: s for s in await sample_store.speakers.all()}
    assert set(speakers) == {"Lloyd Austin", "Wolodymyr Selenskyj", "John Kirby", "anonymous"}
    austin = speakers["Lloyd Austin"]
    assert (austin.quote_count, austin.article_count) == (2, 2)
    assert "Austin" in austin.aliases
    assert set(austin.roles) == {"US-Verteidigungsminister", "Verteidigungsminister"}
    assert austin.latest == date(2024, 11, 15)
    selenskyj = speakers["Wolodymyr Selenskyj"]
    assert selenskyj.quote_count == 2 and "Selenskij" in selenskyj.aliases
    assert speakers["anonymous"].kind == "anonymous"
    assert speakers["anonymous"].roles == ("Pentagon-Sprecher",)
    quotes = await sample_store.quotes.by_speaker(austin.id)
    assert {q.speaker for q in quotes} == {"Lloyd Austin"}
    # figure sources are canonicalised to the same speakers
    figures = await sample_store.figures.for_subject("nordkoreanische soldaten")
    assert "Wolodymyr Selenskyj" in {f.source for f in figures}


async def test_surname_first_then_full_name_upgrades_the_canonical_name(store_url: str) -> None:
    store = await Store.open(store_url)
    try:
        first = build_extraction(
            "a.txt", "A", date(2024, 10, 1), None, ["Austin sagte, es sei ernst."],
            quotes=[Q(0, "Austin", "es sei ernst")],
        )  # fmt: skip
        await store.corpus.apply([first], [], [], [], now=datetime(2024, 10, 1, tzinfo=UTC))
        second = build_extraction(
            "b.txt", "B", date(2024, 10, 2), None, ["Lloyd Austin sagte, es bleibe ernst."],
            quotes=[Q(0, "Lloyd Austin", "es bleibe ernst")],
        )  # fmt: skip
        await store.corpus.apply([second], [], [], [])
        third = build_extraction(
            "c.txt", "C", None, None, ["Tom Austin widersprach."],
            quotes=[Q(0, "Tom Austin", "widersprach")],
        )  # fmt: skip
        await store.corpus.apply([third], [], [], [])
        speakers = {s.name: s for s in await store.speakers.all()}
        assert set(speakers) == {"Lloyd Austin", "Tom Austin"}
        assert speakers["Lloyd Austin"].quote_count == 2
        assert (speakers["Lloyd Austin"].id, "Austin") in await store.speakers.names()
    finally:
        await store.close()


async def test_quote_without_speaker_and_organisation_speakers(sample_store: Store) -> None:
    ex = build_extraction(
        "006_org.txt", "Ministerium", date(2024, 12, 2), "ZDF",
        ["Es hieß, die Lage sei ruhig.", "Das US-Außenministerium erklärte, man prüfe das."],
        quotes=[Q(0, None, "die Lage sei ruhig", cue="hieß"),
                Q(1, "US-Außenministerium", "man prüfe das", cue="erklärte")],
        speakers=[SpeakerInfo("US-Außenministerium", "organisation")],
    )  # fmt: skip
    await sample_store.corpus.apply([ex], [], [], [])
    article = await sample_store.articles.by_file("006_org.txt")
    assert article is not None
    quotes = await sample_store.quotes.for_article(article.id)
    assert (quotes[0].speaker, quotes[0].speaker_id) == (None, None)
    ministry = next(s for s in await sample_store.speakers.all() if s.kind == "organisation")
    assert ministry.name == "US-Außenministerium" and quotes[1].speaker_id == ministry.id
    assert (await sample_store.corpus.status()).speakers == 5
