"""/curate on a real store: corrections show in every answer at once and survive a reload that
re-creates every quote and figure row (new ids), because they are keyed on names and
sentence hashes, not on row ids."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction
from bot.render.text import render_text
from bot.store import Store
from handlers.autocomplete import complete_speaker
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)
FILES = ["imf.txt", "hrw.txt"]


def corpus(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    return [
        make(
            "imf.txt",
            "IWF-Chef unter Druck",
            date(2011, 5, 16),
            "Tagesschau",
            [
                "Strauss-Kahn sagte, er sei unschuldig.",
                "Die Anwälte Strauss-Kahns erklärten, man werde kämpfen.",
                "Der IWF meldete 3.000 Mitarbeiter.",
                "Olaf Scholz sagte, das sei eine Sache der Justiz.",
            ],
            quotes=[
                Q(0, "Strauss-Kahn", "er sei unschuldig", role="IWF-Chef"),
                Q(1, "Strauss-Kahns", "man werde kämpfen", cue="erklärten"),
                Q(3, "Olaf Scholz", "das sei eine Sache der Justiz", role="Finanzminister"),
            ],
            figures=[F(2, "3.000 Mitarbeiter", 3000, subject="Mitarbeiter des IWF")],
        ),
        make(
            "hrw.txt",
            "Menschenrechtler warnen",
            date(2011, 5, 17),
            "Spiegel",
            [
                "John Sifton von Human Rights Watch sagte, die Lage sei ernst.",
                "Sifton forderte eine Untersuchung.",
                "Hans Scholz sagte, man sei besorgt.",
                "Der IWF meldete später 3.100 Mitarbeiter.",
            ],
            quotes=[
                Q(0, "John Sifton von Human Rights Watch", "die Lage sei ernst"),
                Q(1, "Sifton", "eine Untersuchung", cue="forderte"),
                Q(2, "Hans Scholz", "man sei besorgt", role="Bürgermeister"),
            ],
            figures=[F(3, "3.100 Mitarbeiter", 3100, subject="Mitarbeiter des IWF")],
        ),
    ]


@pytest.fixture
async def services(tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]):  # type: ignore[no-untyped-def]
    store = await Store.open(tmp_path / "curate.db")
    await store.corpus.apply(corpus(make_extraction), [], [], [], now=NOW)
    clock = iter(NOW + timedelta(minutes=i) for i in range(1000))
    try:
        yield Services(config=Config(), store=store, clock=lambda: next(clock))
    finally:
        await store.close()


def _request(line: str, admin: bool) -> Request:
    command, args = parse_command_line(line)
    return Request(
        command=command,
        args=args,
        user=UserRef("discord:7", "editor" if admin else "reader", bot_admin=admin),
        channel=ChannelRef("discord", "42"),
    )


async def say(services: Services, line: str, admin: bool = False) -> str:
    """One text command line through the parser and dispatch, as a reader sees the reply."""
    reply: Reply = await dispatch(_request(line, admin), services, build_handlers())
    return render_text(reply)


async def reload_recreating_rows(services: Services, make: Any) -> None:
    """Remove each article and add it again: every article, quote and figure row gets a new
    id (one at a time, so SQLite cannot hand out the freed ids again)."""
    store = services.store
    articles = {a.article.file: a for a in corpus(make)}
    for i, file in enumerate(FILES):
        await store.corpus.apply([], [file], [], [], now=NOW + timedelta(hours=2 * i + 1))
        await store.corpus.apply([articles[file]], [], [], [], now=NOW + timedelta(hours=2 * i + 2))


async def article_text(services: Services, file: str) -> str:
    found = await services.store.articles.by_file(file)
    assert found is not None
    return await say(services, f"/article {found.id}")


async def quote_ids(services: Services) -> set[int]:
    found = set()
    for a in await services.store.articles.list():
        found |= {q.id for q in await services.store.quotes.for_article(a.id)}
    return found


async def test_merge_shows_everywhere_and_survives_a_reload(
    services: Services, make_extraction: Any
) -> None:
    before = await say(services, "/speakers")
    assert "Strauss-Kahns" in before
    done = await say(services, "/curate merge Strauss-Kahns into:Strauss-Kahn", admin=True)
    assert "„Strauss-Kahns“ mit „Strauss-Kahn“ zusammengeführt" in done
    # the request comes from Discord: its pick list and number field, German names
    assert "Rückgängig: /korrigieren aktion:rückgängig nummer:1" in done

    speakers = await say(services, "/speakers")
    assert "Strauss-Kahns" not in speakers and "Strauss-Kahn" in speakers
    status = await say(services, "/status")
    assert re.search(r"^Sprecher +5$", status, re.M)  # 6 extracted, Strauss-Kahns merged
    assert "Strauss-Kahns:" not in await say(services, "/digest")  # as a speaker
    who = await say(services, "/who_said Strauss-Kahn")
    assert "er sei unschuldig" in who and "man werde kämpfen" in who
    assert "Wer sagte was: Strauss-Kahn" in await say(services, "/who_said Strauss-Kahns")
    assert [n for n, _ in await complete_speaker("Strauss", services)] == ["Strauss-Kahn"]
    article = await article_text(services, "imf.txt")
    assert "Strauss-Kahns" not in article

    old_ids = await quote_ids(services)
    await reload_recreating_rows(services, make_extraction)
    assert not (await quote_ids(services)) & old_ids  # the rows really are new
    article = await article_text(services, "imf.txt")
    assert "Strauss-Kahns" not in article
    who = await say(services, "/who_said Strauss-Kahn")
    assert "er sei unschuldig" in who and "man werde kämpfen" in who
    assert "Strauss-Kahns" not in await say(services, "/speakers")


async def test_sifton_merged_into_john_sifton_and_renamed_with_a_role(services: Services) -> None:
    before = await say(services, "/speakers")
    assert "- Sifton —" in before and "John Sifton von Human Rights Watch" in before
    done = await say(services, "/curate merge Sifton into:John Sifton von Human", admin=True)
    assert "„Sifton“ mit „John Sifton von Human Rights Watch“ zusammengeführt" in done
    who = await say(services, "/who_said John Sifton von Human Rights Watch")
    assert "die Lage sei ernst" in who and "eine Untersuchung" in who
    await say(
        services,
        '/curate rename "John Sifton von Human Rights Watch" to:John Sifton role:Human Rights Watch',
        admin=True,
    )
    who = await say(services, "/who_said Sifton")
    assert "Rolle: Human Rights Watch" in who and "eine Untersuchung" in who
    speakers = await say(services, "/speakers")
    assert speakers.count("Sifton") == 1


async def test_hide_speaker_quote_and_figure_then_undo(
    services: Services, make_extraction: Any
) -> None:
    assert "passt auf mehrere" in await say(services, "/who_said Scholz")
    await say(services, "/curate hide Olaf Scholz", admin=True)
    who = await say(services, "/who_said Scholz")
    assert "Hans Scholz" in who and "Olaf" not in who
    assert "Olaf Scholz" not in await say(services, "/speakers")
    assert "Sache der Justiz" not in await say(services, "/search Justiz")
    digest = await say(services, "/digest")
    assert "Olaf Scholz" not in digest and "Hans Scholz" in digest

    article = await article_text(services, "hrw.txt")
    quote_id = next(int(m.group(1)) for m in re.finditer(r"#(\d+) Hans Scholz", article))
    figure_id = next(int(m.group(1)) for m in re.finditer(r"#(\d+) [^\n:]*: 3\.100", article))
    await say(services, f"/curate hide quote:{quote_id}", admin=True)
    await say(services, f"/curate hide figure:{figure_id}", admin=True)
    assert "man sei besorgt" not in await article_text(services, "hrw.txt")
    figures = await say(services, "/figures Mitarbeiter")
    assert "3.000" in figures and "3.100" not in figures

    await reload_recreating_rows(services, make_extraction)
    assert "man sei besorgt" not in await say(services, "/search besorgt")
    assert "3.100" not in await say(services, "/figures Mitarbeiter")
    assert "Olaf Scholz" not in await say(services, "/speakers")

    log = await say(services, "/curate log", admin=True)
    assert "discord:7" in log and "Sprecher „Olaf Scholz“ ausgeblendet" in log
    assert "Zitat ausgeblendet: „man sei besorgt“" in log
    undone = await say(services, "/curate undo 3", admin=True)
    assert "rückgängig gemacht von discord:7" in undone
    assert "3.100" in await say(services, "/figures Mitarbeiter")
    assert "rückgängig gemacht" in await say(services, "/curate log", admin=True)


async def test_a_hidden_speaker_is_named_as_hidden_to_the_editor(services: Services) -> None:
    """An editor hid 'Hans Scholz' and now wants to rename him: the answer says he is hidden
    and which correction to undo, not that nobody of that name is known."""
    hidden = await say(services, "/curate hide Hans Scholz", admin=True)
    entry = re.search(r"#(\d+)", hidden)
    assert entry is not None
    answer = await say(services, "/curate rename Hans Scholz to:Johann Scholz", admin=True)
    assert "„Hans Scholz“ ist ausgeblendet" in answer
    assert f"/korrigieren aktion:rückgängig nummer:{entry[1]}" in answer
    await say(services, f"/curate undo {entry[1]}", admin=True)
    renamed = await say(services, "/curate rename Hans Scholz to:Johann Scholz", admin=True)
    assert "umbenannt in „Johann Scholz“" in renamed
    # a name that was never there is still unknown
    assert "kenne ich nicht" in await say(services, "/curate hide Hans Wurst", admin=True)


async def test_only_bot_admins_curate(services: Services) -> None:
    refused = await say(services, "/curate hide Olaf Scholz")
    assert "nur die Bot-Administratoren" in refused
    assert "Olaf Scholz" in await say(services, "/speakers")


async def test_bad_curate_input_explains(services: Services) -> None:
    assert "kenne ich bei /korrigieren nicht" in await say(
        services, "/curate frobnicate", admin=True
    )
    assert "Zitat #999" in await say(services, "/curate hide quote:999", admin=True)
    assert "aktive Korrektur #5" in await say(services, "/curate undo 5", admin=True)
    assert "Nummer aus /korrigieren aktion:protokoll" in await say(
        services, "/curate undo eins", admin=True
    )


async def test_the_log_is_paged(services: Services) -> None:
    for _ in range(21):
        await say(services, "/curate hide Olaf Scholz", admin=True)
        await say(
            services, "/curate undo " + str(len(await services.store.curation.log())), admin=True
        )
    first = await say(services, "/curate log", admin=True)
    assert "Seite 1 von 2. Weiter: /curate protokoll seite:2" in first
    second = await say(services, "/curate log seite:2", admin=True)
    assert "#1 " in second and "#21 " not in second


async def test_missing_targets_are_asked_for_with_the_german_option_names(
    services: Services,
) -> None:
    """A German admin is told to type in:, zu:, rolle: (what /help and the usage line show and
    the parser takes), not the English into:, to:, role:; and each hint works as told."""
    merge = await say(services, "/curate merge Sifton", admin=True)
    assert "mit wem zusammengeführt wird: in:NAME." in merge and "into:" not in merge
    rename = await say(services, "/curate rename Sifton", admin=True)
    assert "(zu:NAME) oder die Rolle (rolle:ROLLE)" in rename
    assert "to:" not in rename and "role:" not in rename
    done = await say(services, "/curate rename Sifton zu:John Sifton rolle:Direktor", admin=True)
    assert "umbenannt in „John Sifton“" in done and "Rolle von „John Sifton“: Direktor" in done


async def test_undo_without_a_number_and_hide_without_a_name_say_what_is_missing(
    services: Services,
) -> None:
    undo = await say(services, "/curate undo", admin=True)
    assert "Welche Korrektur? Bitte die Nummer aus /korrigieren aktion:protokoll angeben" in undo
    assert "„“" not in undo
    hide = await say(services, "/curate hide", admin=True)
    example = re.search(
        r"Bitte nenne die Person, z\. B\. /korrigieren aktion:ausblenden person:(.+)\.\n", hide
    )
    assert example is not None, hide
    speakers = {s.name for s in await services.store.speakers.all()}
    assert example[1] in speakers  # someone of this corpus, the one the hint is typed for
