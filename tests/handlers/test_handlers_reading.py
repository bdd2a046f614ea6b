"""Replies as a new user reads them (issue 15): names of several words without quotes,
organisations and their spokespeople, paged lists, German number agreement, roles once,
German /status after a reload, and console text without stray blank lines or "!!!" lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sample_corpus import Q

from bot.config import Config
from bot.models import ArticleExtraction, SpeakerInfo
from bot.render.text import plain, render_text
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Reply, Request, Services, UserError, UserRef

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)


def corpus(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    numbers = (
        "Eins Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf Dreizehn Vierzehn "
        "Fünfzehn Sechzehn Siebzehn Achtzehn Neunzehn Zwanzig Einundzwanzig Zweiundzwanzig "
        "Dreiundzwanzig"
    )
    crowd = [f"Hans {n}" for n in numbers.split()]
    return [
        make(
            "nato.txt",
            "Nato sieht Beweise",
            date(2024, 10, 23),
            "Tagesschau",
            [
                "„Es gibt Beweise für Truppen“, sagte US-Verteidigungsminister Lloyd Austin.",
                "Nato-Sprecherin Farah Dakhlallah sagte, die Allianz sei besorgt.",
                "Merkel sagte, man müsse reden.",
                "Selenskyj sagte, die Lage sei ernst.",
                "Auch die EU-Kommission äußerte sich.",
                "Sprecherin Anna Beispiel sagte, man prüfe alles.",
            ],
            quotes=[
                Q(0, "Lloyd Austin", "Es gibt Beweise für Truppen", kind="direct"),
                Q(1, "Farah Dakhlallah", "die Allianz sei besorgt", role="Nato-Sprecherin"),
                Q(2, "Merkel", "man müsse reden"),
                Q(3, "Wolodymyr Selenskyj", "die Lage sei ernst"),
                Q(5, "Anna Beispiel", "man prüfe alles", role="Sprecherin"),
            ],
            speakers=[
                SpeakerInfo(
                    "Wolodymyr Selenskyj", "person", ("Präsident", "ukrainischer Präsident"), ()
                ),
                SpeakerInfo("Farah Dakhlallah", "person", ("Nato-Sprecherin",), ()),
            ],
        ),
        make(
            "crowd.txt",
            "Viele Stimmen",
            date(2024, 10, 24),
            "Spiegel",
            [f"{name} sagte, es gehe um Punkt {i}." for i, name in enumerate(crowd)],
            quotes=[Q(i, name, f"es gehe um Punkt {i}") for i, name in enumerate(crowd)],
        ),
        make(
            "talk.txt",
            "Ein langer Auftritt",
            date(2024, 10, 25),
            "Zeit",
            [f"Karl Redner sagte, Gedanke {i} sei neu." for i in range(25)],
            quotes=[Q(i, "Karl Redner", f"Gedanke {i} sei neu") for i in range(25)],
        ),
    ]


@pytest.fixture
async def services(tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]):  # type: ignore[no-untyped-def]
    store = await Store.open(tmp_path / "reading.db")
    await store.corpus.apply(corpus(make_extraction), [], [], [], now=NOW)
    try:
        yield Services(config=Config(), store=store, clock=lambda: NOW)
    finally:
        await store.close()


async def reply_to(services: Services, line: str, locale: str = "de") -> Reply:
    command, args = parse_command_line(line, prefix="!lagebild")
    req = Request(
        command, args, UserRef("console:u", "u"), ChannelRef("console", "console"), locale
    )  # type: ignore[arg-type]
    return await dispatch(req, services, build_handlers())


async def say(services: Services, line: str, locale: str = "de") -> str:
    return render_text(await reply_to(services, line, locale), locale)


async def test_speaker_names_of_several_words_need_no_quotes(services: Services) -> None:
    out = await say(services, "/who_said Lloyd Austin Beweise")
    assert "Wer sagte was: Lloyd Austin" in out and "Es gibt Beweise für Truppen" in out
    assert "zu „Beweise“" in out
    plain_name = await say(services, "/who_said Lloyd Austin")
    assert "Es gibt Beweise" in plain_name and "zu „" not in plain_name
    readme = await say(services, '!lagebild who_said "Lloyd Austin" about:Beweise')
    assert "Es gibt Beweise für Truppen" in readme
    merkel = await say(services, "/who_said Angela Merkel")
    assert "Wer sagte was: Merkel" in merkel and "man müsse reden" in merkel


async def test_an_organisation_finds_its_spokespeople(services: Services) -> None:
    out = await say(services, "/who_said Nato")
    assert "Farah Dakhlallah" in out and "die Allianz sei besorgt" in out
    assert "Für Nato sprachen: Farah Dakhlallah (Nato-Sprecherin)" in out
    assert "Anna Beispiel" not in out
    # A bare "Sprecherin" speaks for the organisation named just before her statement.
    eu = await say(services, "/who_said EU-Kommission")
    assert "Anna Beispiel (Sprecherin)" in eu and "man prüfe alles" in eu
    assert "Farah" not in eu


async def test_speakers_are_paged_twenty_at_a_time(services: Services) -> None:
    first = await say(services, "/speakers")
    assert "29 Sprecher, die meistzitierten zuerst." in first
    assert first.count("\n- ") == 20
    assert "Seite 1 von 2. Weiter: /speakers seite:2" in first
    second = await say(services, "/sprecher 2")
    assert second.count("\n- ") == 9 and "Seite 2 von 2." in second and "Weiter" not in second
    too_far = await say(services, "/speakers seite:3")
    assert "Seite 3 gibt es nicht" in too_far
    english = await say(services, "/speakers", locale="en")
    assert "Page 1 of 2. Next: /speakers page:2" in english


async def test_long_statement_lists_are_paged(services: Services) -> None:
    first = await say(services, "/who_said Karl Redner")
    assert "25 Aussagen aus 1 Artikel" in first and first.count("sei neu") == 20
    assert 'Seite 1 von 2. Weiter: /who_said "Karl Redner" seite:2' in first
    second = await say(services, '/who_said "Karl Redner" seite:2')
    assert second.count("sei neu") == 5 and "Seite 2 von 2." in second


async def test_lists_have_no_blank_lines_inside(services: Services) -> None:
    first = await say(services, "/speakers")
    listing = first.split("zuerst.\n", 1)[1].split("\nSeite", 1)[0]
    assert "\n\n" not in listing.strip()


async def test_german_number_agreement_and_roles_once(services: Services) -> None:
    who = await say(services, "/who_said Selenskyj")
    assert "1 Aussage aus 1 Artikel, neueste zuerst." in who
    assert "Rolle: ukrainischer Präsident\n" in who
    assert "Präsident, ukrainischer" not in await say(services, "/speakers")
    about = await say(services, "/who_said about:Allianz")
    assert "1 Sprecher äußerte sich zu „Allianz“" in about
    assert "1 Aussage" in about
    sources = await say(services, "/sources")
    assert "5 Zitate, 0 Zahlen" in sources and "25 Zitate" in sources and "Zitat(e)" not in sources


async def test_status_after_a_reload_is_german(services: Services) -> None:
    store = services.store
    rid = await store.reloads.start("console:u", NOW)
    await store.reloads.finish(
        rid, "ok", "version 1, 0 added, 0 changed, 0 removed, 2 unchanged, 0 new quotes, "
        "0 new figures", NOW,
    )  # fmt: skip
    out = await say(services, "/status")
    assert "Korpusstand 1, 0 neu, 0 geändert, 0 entfernt, 2 unverändert" in out
    assert "added" not in out and "unchanged" not in out
    assert "version 1, 0 added" in await say(services, "/status", locale="en")


async def test_status_says_the_version_once_and_notes_its_sources_after_the_list(
    services: Services, make_extraction: Any
) -> None:
    """/status printed "Korpusstand 1." above a table that starts with Korpusstand, and
    "Quellen: die neuesten Artikel" under the list headed "Quellen:" (read as a second one).
    The note is there when the list leaves articles out (more than five)."""
    more = [
        make_extraction(f"mehr{i}.txt", f"Weitere Meldung {i}", None, "Blatt", ["Es regnet."])
        for i in range(6)
    ]
    await services.store.corpus.apply(more, [], [], [])
    out = await say(services, "/status")
    assert out.count("Korpusstand") == 1 and out.count("Quellen") == 1
    tail = out.rstrip().splitlines()[-1]
    assert tail.startswith("Oben die ") and "/sources listet alle" in tail
    en = await say(services, "/status", locale="en")
    assert en.count("Corpus version") == 1 and "/sources lists all" in en


async def test_console_numbers_sources_like_sources_and_errors_are_not_shouted(
    services: Services,
) -> None:
    sources = await reply_to(services, "/sources")
    text = render_text(sources)
    for p in sources.provenance:
        assert f"  #{p.article_id} „{p.title}“" in text
        assert f"#{p.article_id} „{p.title}“" in plain(sources.blocks[1].text)
    error = await say(services, "/who_said Niemand")
    assert error.splitlines()[1] == "=" * len("Das hat nicht geklappt")
    assert "!!" not in error


def test_unknown_words_after_speakers_are_refused() -> None:
    with pytest.raises(UserError) as err:
        parse_command_line("/speakers alle")
    assert err.value.key == "error.too_many_words"
    assert parse_command_line("/speakers 2") == ("speakers", {"page": "2"})


async def test_asking_without_a_name_shows_a_person_of_this_corpus(services: Services) -> None:
    """The hint after a bare /who_said or /watch names someone quoted in *this* corpus and the
    option as the reader types it, not the seed story's "Kirby" and the English "about:"."""
    who = await say(services, "/who_said")
    assert "Bitte nenne eine Person (z. B. /who_said Karl Redner)" in who
    assert "oder ein Thema (thema:STICHWORT)" in who
    assert "Kirby) oder" not in who and "about:" not in who
    english = await say(services, "/who_said", locale="en")
    assert "(e.g. /who_said Karl Redner) or a topic (about:KEYWORD)" in english
    watch = await say(services, "/watch")
    assert (
        "Bitte nenne eine Person (z. B. /watch Karl Redner) oder ein Zahlenthema (/watch zahl:"
        in watch
    )
    nothing = await say(services, "/watches")
    assert "Beispiel: /watch Karl Redner oder /watch zahl:THEMA" in nothing
    assert "figure:" not in nothing


def test_a_hyphenated_role_and_its_last_part_are_one_role() -> None:
    """/who_said and /speakers showed "Rolle: KVB-Personalvorstand, Personalvorstand" for a
    speaker introduced once with the company and once without."""
    from handlers.speakers_lookup import distinct_roles

    assert distinct_roles(["KVB-Personalvorstand", "Personalvorstand"]) == ["KVB-Personalvorstand"]
    assert distinct_roles(["Personalvorstand", "KVB-Personalvorstand"]) == ["KVB-Personalvorstand"]
    assert distinct_roles(["Verdi-Chefin", "KVB-Chefin"]) == ["Verdi-Chefin", "KVB-Chefin"]
