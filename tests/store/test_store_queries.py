"""What the chat commands read: ordering, provenance, subjects and their current figure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sample_corpus import SAMPLE_NOW, SOLDIERS, F, Q, build_extraction

from bot.store import Store
from bot.store.repos.corpus import subject_key_for

# Subjects group by concept and adjectives; "in Russland" is shown, not part of the key.
KEY = "nordkoreanische soldaten"


async def test_articles_newest_first_and_undated_last(sample_store: Store) -> None:
    articles = await sample_store.articles.list()
    assert [a.published for a in articles] == [date(2024, 11, 15), date(2024, 10, 24), None]
    assert articles[1].quote_count == 3 and articles[1].sentence_count == 6
    assert [a.file for a in await sample_store.articles.list(limit=1, offset=1)] == [
        "000_kirby.txt"
    ]
    assert all(a.first_seen.tzinfo is not None for a in articles)


async def test_article_sentences_keep_order_and_sections(sample_store: Store) -> None:
    kirby = await sample_store.articles.by_file("000_kirby.txt")
    assert kirby is not None
    sentences = await sample_store.articles.sentences(kirby.id)
    assert [s.index for s in sentences] == list(range(6))
    assert sentences[-1].section == "background"
    assert await sample_store.articles.get(9999) is None


async def test_article_autocomplete_by_id_and_title_words(sample_store: Store) -> None:
    kirby = await sample_store.articles.by_file("000_kirby.txt")
    assert kirby is not None
    assert (await sample_store.articles.complete(str(kirby.id)))[0].id == kirby.id
    assert [a.file for a in await sample_store.articles.complete("kalk")] == ["002_kommentar.txt"]
    assert await sample_store.articles.complete("((") == []


async def test_quotes_by_speaker_newest_first_with_provenance(sample_store: Store) -> None:
    austin = next(s for s in await sample_store.speakers.all() if s.name == "Lloyd Austin")
    quotes = await sample_store.quotes.by_speaker(austin.id)
    assert [q.published for q in quotes] == [date(2024, 11, 15), date(2024, 10, 24)]
    assert quotes[0].article_title == "Mehr als 10.000 Nordkoreaner an der Front"
    assert quotes[0].outlet == "Spiegel" and quotes[0].speaker_role == "Verteidigungsminister"
    assert quotes[1].kind == "direct"
    about = await sample_store.quotes.by_speaker(austin.id, about="Front kämpfen")
    assert [q.text for q in about] == ["die Soldaten würden bald an der Front kämpfen"]
    assert await sample_store.quotes.by_speaker(austin.id, about="Wladiwostok") == []
    assert await sample_store.quotes.by_speaker(austin.id, about='"(') == []


async def test_who_said_about_a_topic(sample_store: Store) -> None:
    quotes = await sample_store.quotes.about("Unterstutzung")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Wolodymyr Selenskyj", "Wir brauchen mehr Unterstützung")
    ]
    # the quote's sentence counts too ("sagte John Kirby" is outside the quote text)
    assert [q.speaker for q in await sample_store.quotes.about("Kirby")] == ["John Kirby"]


async def test_quotes_since_first_seen(sample_store: Store) -> None:
    assert len(await sample_store.quotes.since(None)) == 6
    assert await sample_store.quotes.since(SAMPLE_NOW) == []
    later = SAMPLE_NOW + timedelta(hours=2)
    new = build_extraction(
        "009_neu.txt", "Neu", date(2024, 11, 16), "ZDF", ["Kirby sagte, man sei besorgt."],
        quotes=[Q(0, "Kirby", "man sei besorgt")],
    )  # fmt: skip
    await sample_store.corpus.apply([new], [], [], [], now=later)
    since = await sample_store.quotes.since(SAMPLE_NOW)
    assert [(q.speaker, q.text) for q in since] == [("John Kirby", "man sei besorgt")]
    assert [a.file for a in await sample_store.articles.since(SAMPLE_NOW)] == ["009_neu.txt"]
    assert len(await sample_store.articles.since(None)) == 4


async def test_digest_reads_are_counted_and_limited_in_the_database(sample_store: Store) -> None:
    """What /digest needs without loading every article: how many are new, the newest few,
    and which subjects got a figure from a new article."""
    later = SAMPLE_NOW + timedelta(hours=2)
    new = [
        build_extraction(
            f"01{i}_neu.txt", f"Neu {i}", date(2024, 11, 16 + i), "ZDF",
            [f"Es sind {i + 20}.000 Soldaten."],
            figures=[F(0, f"{i + 20}.000 Soldaten", (i + 20) * 1000, subject="Soldaten in Kursk")],
        )
        for i in range(3)
    ]  # fmt: skip
    await sample_store.corpus.apply(new, [], [], [], now=later)
    assert await sample_store.articles.count_since(None) == 6
    assert await sample_store.articles.count_since(SAMPLE_NOW) == 3
    assert await sample_store.articles.count_since(later) == 0
    newest = await sample_store.articles.since(SAMPLE_NOW, limit=2)
    assert [a.file for a in newest] == ["012_neu.txt", "011_neu.txt"]
    assert len(await sample_store.articles.since(None, limit=4)) == 4
    new_key = subject_key_for("Soldaten in Kursk", "Soldat")
    assert new_key is not None
    assert await sample_store.figures.subject_keys_since(SAMPLE_NOW) == {new_key}
    assert await sample_store.figures.subject_keys_since(later) == set()


async def test_subject_summary_latest_is_the_newest_dated_report(sample_store: Store) -> None:
    [summary] = await sample_store.figures.subjects()
    assert summary.subject_key == KEY and summary.subject == SOLDIERS
    assert summary.figure_count == 5 and summary.unit == "Soldat"
    assert summary.latest.refers_to == date(2024, 11, 15)
    assert summary.latest.value in {10000, 11000}  # the two conflicting claims of that day
    assert summary.latest.value != 12000  # undated, so never "current" while dated ones exist


async def test_subject_history_oldest_first_undated_last(sample_store: Store) -> None:
    figures = await sample_store.figures.for_subject(KEY)
    assert [f.value for f in figures][:3] == [1500, 3000, 10000]
    assert figures[-1].value == 12000 and figures[-1].refers_to is None
    assert figures[0].source == "Südkorea" and figures[0].qualifier == "exact"
    newest_two = await sample_store.figures.for_subject(KEY, limit=2)
    assert [f.value for f in newest_two] == [figures[-2].value, 12000]
    assert await sample_store.figures.for_subject("gibt es nicht") == []


async def test_subject_autocomplete_folds_the_prefix(sample_store: Store) -> None:
    assert [s.subject_key for s in await sample_store.figures.complete_subject("Nordkor")] == [KEY]
    assert [s.subject_key for s in await sample_store.figures.complete_subject("SOLDATEN")] == [KEY]
    assert await sample_store.figures.complete_subject("Panzer") == []


async def test_figures_as_of_a_moment(sample_store: Store) -> None:
    assert len(await sample_store.figures.as_of(None)) == 5
    assert await sample_store.figures.as_of(SAMPLE_NOW - timedelta(seconds=1)) == []
    assert len(await sample_store.figures.as_of(SAMPLE_NOW)) == 5


async def test_speaker_names_include_aliases_for_fuzzy_lookup(sample_store: Store) -> None:
    names = {name for _, name in await sample_store.speakers.names()}
    assert {"Lloyd Austin", "Austin", "Wolodymyr Selenskyj", "Selenskij"} <= names
    speaker = await sample_store.speakers.get(1)
    assert speaker is not None and speaker.name == "John Kirby"


async def test_status_counts(sample_store: Store) -> None:
    status = await sample_store.corpus.status()
    assert (status.articles, status.sentences, status.quotes, status.figures) == (3, 14, 6, 5)
    assert status.speakers == 4 and status.version == 1
    assert status.updated_at == SAMPLE_NOW
    assert datetime(2024, 1, 1, tzinfo=UTC) < status.updated_at


@pytest.mark.parametrize(
    ("few_quotes", "walk_share"),
    [(0, 1_000_000), (0, 1), (10_000, 20)],
    ids=["join-matches", "walk-topic-matches", "check-each-quote"],
)
async def test_quotes_by_speaker_about_gives_the_same_answer_with_every_plan(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch, few_quotes: int, walk_share: int
) -> None:
    import bot.store.repos.quotes as quotes_repo

    monkeypatch.setattr(quotes_repo, "_FEW_QUOTES", few_quotes)
    monkeypatch.setattr(quotes_repo, "_WALK_SHARE", walk_share)
    austin = next(s for s in await sample_store.speakers.all() if s.name == "Lloyd Austin")
    about = await sample_store.quotes.by_speaker(austin.id, about="Front kämpfen")
    assert [q.text for q in about] == ["die Soldaten würden bald an der Front kämpfen"]
    assert await sample_store.quotes.by_speaker(austin.id, about="Wladiwostok") == []
    prefix = await sample_store.quotes.by_speaker(austin.id, about="Sold")
    assert [q.text for q in prefix] == ["die Soldaten würden bald an der Front kämpfen"]


async def test_subject_latest_is_no_vague_word_beside_a_count(store_url: str) -> None:
    """The overview line shows what the detail calls current: "Dutzende Tote" reported after
    "35 Tote" does not replace the count (a vague amount is a lower bound the count meets)."""
    tote = dict(subject="Tote bei Unruhen", unit="Tote")
    counted = build_extraction(
        "a.txt", "Unruhen", date(2013, 6, 26), "Blatt", ["Es gab 35 Tote."],
        figures=[F(0, "35 Tote", 35, **tote)],
    )  # fmt: skip
    vague = build_extraction(
        "b.txt", "Dutzende Tote", date(2013, 6, 30), "Blatt", ["Es gab Dutzende Tote."],
        figures=[F(0, "Dutzende Tote", 12, qualifier="vague", **tote)],
    )  # fmt: skip
    store = await Store.open(store_url)
    try:
        await store.corpus.apply([counted], [], [], [], now=SAMPLE_NOW)
        await store.corpus.apply([vague], [], [], [], now=SAMPLE_NOW + timedelta(hours=1))
        [summary] = await store.figures.subjects()
        assert (summary.latest.value, summary.latest.qualifier) == (35, "exact")
        assert summary.figure_count == 2
        only_vague = build_extraction(
            "c.txt", "Hunderte Verletzte", date(2013, 6, 30), "Blatt", ["Hunderte Verletzte."],
            figures=[F(0, "Hunderte Verletzte", 100, qualifier="vague", subject="Verletzte",
                       unit="Verletzte")],
        )  # fmt: skip
        await store.corpus.apply([only_vague], [], [], [], now=SAMPLE_NOW + timedelta(hours=2))
        hurt = [s for s in await store.figures.subjects() if s.subject == "Verletzte"]
        assert [s.latest.qualifier for s in hurt] == ["vague"]
    finally:
        await store.close()
