"""A new user's pass over the commands on a corpus other than the seeds (a flood on the Mulde,
eleven articles): what an editor noticed and the handlers got wrong.

- A citizens' group's spokeswoman was listed as speaking for the office her group accused
  ("Für Landratsamt sprachen: Monika Haase").
- Damages read "mehr als 300.000.000 Euro": nine digits to count instead of "300 Mio.".
- The digest's eleventh article was "… und 1 weitere Artikel"; /feeds said "1 Feed(s)".
- /search showed every quote in „…“, so indirect speech read as verbatim.
- /status showed "08:00 UTC", /feeds and the digest "10:00" (Berlin, unnamed).
- An English reply said "Demonstranten in Grimma: Tausende".
- /who_said Polizei listed every unnamed source of the corpus, and a woman who only mocked the
  police's count, as speaking for the police; "ungenannte Quelle" could not be asked for, and
  "/who_said anonymous" answered "Wer sagte was: anonymous".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction, SpeakerInfo
from bot.render.text import render_text
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Request, Services, UserRef

NOW = datetime(2026, 9, 21, 8, 0, tzinfo=UTC)
DAMAGE = "Schäden im Landkreis"
DAMAGE_TOPIC = "Schäden"  # Schaden/Schäden is one concept: the place is no topic of its own


def flood(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    accused = make(
        "03_vorwuerfe.txt",
        "Bürgerinitiative erhebt schwere Vorwürfe gegen Landratsamt",
        date(2026, 9, 15),
        "Muldentaler Zeitung",
        [
            "Die Bürgerinitiative „Deichbau jetzt“ wirft dem Landratsamt vor, die Warnung "
            "verzögert zu haben.",
            "Die Sirenen hätten zu spät geheult, sagte Sprecherin Monika Haase.",
            "Das Landratsamt wies die Vorwürfe zurück.",
            "„Wir haben rechtzeitig gewarnt“, sagte Landrat Henrik Gräfe.",
        ],
        quotes=[
            Q(1, "Monika Haase", "Die Sirenen hätten zu spät geheult", role="Sprecherin"),
            Q(2, "Landratsamt", "die Vorwürfe", cue="wies zurück"),
            Q(3, "Henrik Gräfe", "Wir haben rechtzeitig gewarnt", kind="direct", role="Landrat"),
        ],
        speakers=[
            SpeakerInfo("Monika Haase", "person", ("Sprecherin",), ()),
            SpeakerInfo("Landratsamt", "organisation", (), ()),
        ],
    )
    spoken_for = make(
        "04_amt.txt",
        "Landratsamt verteidigt Warnkette",
        date(2026, 9, 16),
        "Sachsenecho",
        [
            "Auch das Landratsamt äußerte sich am Dienstag.",
            "Sprecherin Eva Brandt sagte, die Warn-App habe rechtzeitig ausgelöst.",
        ],
        quotes=[Q(1, "Eva Brandt", "die Warn-App habe rechtzeitig ausgelöst", role="Sprecherin")],
        speakers=[SpeakerInfo("Eva Brandt", "person", ("Sprecherin",), ())],
    )
    damage = make(
        "09_bilanz.txt",
        "Hochwasser-Bilanz: Schäden deutlich höher als erwartet",
        date(2026, 9, 20),
        "Sachsenecho",
        [
            "Das Landratsamt beziffert die Schäden auf mehr als 300 Millionen Euro.",
            "Das Hochwasser von 2002 hatte Schäden von 8,6 Milliarden Euro verursacht.",
        ],
        figures=[
            F(0, "mehr als 300 Millionen Euro", 300_000_000, "more_than", subject=DAMAGE,
              unit="Euro", source="Landratsamt"),
            F(1, "8,6 Milliarden Euro", 8_600_000_000, subject="Schäden 2002", unit="Euro",
              refers_to=date(2002, 8, 15)),
        ],
    )  # fmt: skip
    demo = make(
        "05_demo.txt",
        "Tausende demonstrieren in Grimma",
        date(2026, 9, 17),
        "Leipziger Abendblatt",
        [
            "Die Polizei sprach von etwa 1.200 Teilnehmern.",
            "„Wir sind mehr, als die Polizei zählen will“, rief Monika Haase.",
            "Ein Polizeisprecher sagte, die Kundgebung sei friedlich verlaufen.",
            "Aus Kreisen der Stadtverwaltung hieß es, der Deich werde erhöht.",
            "Tausende Menschen zogen durch die Altstadt.",
        ],
        quotes=[
            Q(1, "Monika Haase", "Wir sind mehr, als die Polizei zählen will", kind="direct"),
            Q(2, "anonymous", "die Kundgebung sei friedlich verlaufen", role="Polizeisprecher"),
            Q(3, "anonymous", "der Deich werde erhöht", role="Sprecher"),
        ],
        figures=[
            F(4, "Tausende Menschen", 1000, "vague", subject="Demonstranten in Grimma",
              unit="Mensch"),
        ],
        speakers=[SpeakerInfo("Polizei", "organisation", (), ())],
    )  # fmt: skip
    days = [
        make(
            f"tag_{i:02d}.txt",
            f"Pegelstand am Tag {i}",
            date(2026, 9, 1) + timedelta(days=i),
            "Muldentaler Zeitung",
            [f"Der Pegel der Mulde lag am Tag {i} unverändert hoch."],
        )
        for i in range(7)
    ]
    return [accused, spoken_for, damage, demo, *days]


@pytest.fixture
async def services(
    store_url: str, make_extraction: Callable[..., ArticleExtraction]
) -> AsyncIterator[Services]:
    """The flood on both backends (tests/conftest.py store_url)."""
    store = await Store.open(store_url)
    await store.corpus.apply(flood(make_extraction), [], [], [], now=NOW)
    try:
        yield Services(config=Config(), store=store, clock=lambda: NOW)
    finally:
        await store.close()


async def say(services: Services, line: str, locale: str = "de", admin: bool = False) -> str:
    command, args = parse_command_line(line, prefix="!lagebild")
    user = UserRef("console:u", "u", bot_admin=admin)
    req = Request(command, args, user, ChannelRef("console", "console"), locale)  # type: ignore[arg-type]
    return render_text(await dispatch(req, services, build_handlers()), locale)


async def test_a_spokeswoman_of_the_accusers_does_not_speak_for_the_accused(
    services: Services,
) -> None:
    out = await say(services, "/who_said Landratsamt")
    assert "die Vorwürfe" in out
    assert "Monika Haase" not in out and "Sirenen" not in out
    # the office's own spokeswoman, named after "Auch das Landratsamt äußerte sich", still is
    assert "Für Landratsamt sprachen: Eva Brandt (Sprecherin)" in out
    assert "die Warn-App habe rechtzeitig ausgelöst" in out


async def test_amounts_of_millions_read_as_a_newsroom_writes_them(services: Services) -> None:
    out = await say(services, f"/figures {DAMAGE_TOPIC}")
    assert "mehr als 300 Mio. Euro" in out and "300.000.000" not in out
    article = await say(services, "/article 3")
    assert "8,6 Mrd. Euro" in article and "8.600.000.000" not in article
    english = await say(services, f"/figures {DAMAGE_TOPIC}", locale="en")
    assert "more than 300 million Euro" in english


async def test_the_digest_counts_one_more_article_in_the_singular(services: Services) -> None:
    out = await say(services, "/digest")
    assert "Neue Artikel (11)" in out
    assert "… und 1 weiterer Artikel (siehe /sources)." in out
    assert "1 weitere Artikel" not in out
    english = await say(services, "/digest", locale="en")
    assert "… and 1 more article (see /sources)." in english


async def test_the_feed_list_counts_its_feeds_in_words(services: Services) -> None:
    await services.store.feeds.add("https://example.org/feed.xml", "MZ", "console:u", NOW)
    out = await say(services, "/feeds", admin=True)
    assert "1 Feed." in out and "(s)" not in out
    await services.store.feeds.add("https://example.org/other.xml", "SE", "console:u", NOW)
    assert "2 Feeds." in await say(services, "/feeds", admin=True)
    assert "2 feeds." in await say(services, "/feeds", locale="en", admin=True)


async def test_status_feeds_and_digest_show_one_moment_the_same_way(services: Services) -> None:
    """The store was built at 08:00 UTC: /status said "08:00 UTC" (the server's zone) while
    /feeds and the digest said "10:00" (Berlin, unnamed) for the same kind of moment."""
    await services.store.feeds.add("https://example.org/feed.xml", "MZ", "console:u", NOW)
    status = await say(services, "/status")
    assert "21.09.2026 10:00 MESZ" in status and "UTC" not in status
    assert "nächster Abruf: 21.09.2026 10:00 MESZ" in await say(services, "/feeds", admin=True)
    assert "Korpusversion 1 (21.09.2026 10:00 MESZ)" in await say(services, "/digest")
    assert "2026-09-21 10:00 CEST" in await say(services, "/status", locale="en")
    done = await say(services, "/curate rename Landratsamt zu:Landratsamt Grimma", admin=True)
    assert "#1 21.09.2026 10:00 MESZ" in done
    assert "#1 21.09.2026 10:00 MESZ" in await say(services, "/curate log", admin=True)


async def test_search_shows_indirect_speech_without_quotation_marks(services: Services) -> None:
    out = await say(services, "/search Sirenen")
    assert "(indirekt) Die Sirenen hätten zu spät geheult — Monika Haase" in out
    assert "„Die Sirenen" not in out
    direct = await say(services, "/search rechtzeitig gewarnt")
    assert "„Wir haben rechtzeitig gewarnt“ — Henrik Gräfe" in direct
    english = await say(services, "/search Sirenen", locale="en")
    assert "(indirect) Die Sirenen hätten zu spät geheult — Monika Haase" in english


async def test_help_gives_examples_that_answer_on_this_corpus(services: Services) -> None:
    """The catalogue's examples name the seed story: "/who_said Kirby" on a flood corpus
    only says "kenne ich nicht"."""
    out = await say(services, "/help")
    assert "In diesem Korpus zum Beispiel: /who_said Monika Haase · /article 3" in out
    assert "Die Sirenen hätten" in await say(services, "/who_said Monika Haase")
    unknown = await say(services, "/hallo")  # an unknown command answers with the help too
    assert "Den Befehl „hallo“ kenne ich nicht." in unknown and "/who_said Monika Haase" in unknown
    english = await say(services, "/help", locale="en")
    assert "In this corpus, for example: /who_said Monika Haase · /article 3" in english


async def test_unnamed_sources_speak_for_an_organisation_one_statement_at_a_time(
    services: Services,
) -> None:
    out = await say(services, "/who_said Polizei")
    assert "Für Polizei sprachen: ungenannte Quelle (Polizeisprecher)." in out
    assert "ungenannte Quelle — (indirekt) die Kundgebung sei friedlich verlaufen" in out
    assert "der Deich werde erhöht" not in out  # another unnamed source, not the police's
    assert "Monika Haase" not in out and "anonymous" not in out


async def test_the_unnamed_source_is_asked_for_by_its_shown_name(services: Services) -> None:
    out = await say(services, "/who_said ungenannte Quelle")
    assert out.startswith("Wer sagte was: ungenannte Quelle")
    assert "der Deich werde erhöht" in out and "anonymous" not in out
    english = await say(services, "/who_said unnamed source", locale="en")
    assert english.startswith("Who said what: unnamed source")
    assert (await say(services, "/who_said anonymous")).startswith("Wer sagte was: ungenannte")


async def test_a_vague_amount_reads_in_the_replys_language(services: Services) -> None:
    english = await say(services, "/figures Demonstranten", locale="en")
    assert "- 2026-09-17: thousands (according to Leipziger Abendblatt)" in english
    german = await say(services, "/figures Demonstranten")
    assert "- 17.09.2026: Tausende (laut Leipziger Abendblatt)" in german


async def test_examples_follow_a_correction_of_the_corpus(services: Services) -> None:
    """The examples are kept per corpus version and curation log: once the editor hides the
    person they named, the next reply names someone else, not a hidden speaker."""
    assert "/who_said Monika Haase" in await say(services, "/help")
    await say(services, "/curate hide Monika Haase", admin=True)
    after = await say(services, "/help")
    assert "In diesem Korpus zum Beispiel: /who_said" in after
    assert "Monika Haase" not in after
