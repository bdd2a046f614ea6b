# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""/reload with the real reloader (bot.ingest), the real NLP pipeline (in a thread) and a real
store: what the admin is told, and that the bot keeps answering from the old corpus."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from digest_support import (  # noqa: F401 (fixtures)
    make_request,
    store,
)

from bot.config import AdminsConfig, Config, CorpusConfig
from bot.ingest import CorpusReloader, Ingestor
from bot.render.text import render_text
from bot.store import Store
from handlers.admin import HANDLERS, reload
from handlers.corpus import HANDLERS as READ_HANDLERS
from handlers.digest import HANDLERS as DIGEST_HANDLERS
from handlers.digest import digest_as_text
from handlers.dispatch import dispatch
from handlers.types import ChannelRef, Reply, Services, UserError, UserRef

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ROOM = ChannelRef("matrix", "!ops:example.org")
# A configured bot admin, and a room admin (e.g. the creator of a DM with the bot: power level
# 100 there), who may manage the room's subscriptions but not reload the corpus.
ADMIN = UserRef("@ops:example.org", "Ops")
MEMBER = UserRef("@guest:example.org", "Gast", can_manage_channel=True)


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The first two seed articles, an empty file and a binary file."""
    d = tmp_path / "corpus"
    d.mkdir()
    for f in seed_files()[:2]:
        shutil.copy(f, d / f.name)
    (d / "leer.txt").write_text("")
    (d / "kaputt.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    return d


@pytest.fixture
async def services(store: Store, corpus: Path) -> AsyncIterator[Services]:
    config = Config(corpus=CorpusConfig(dir=str(corpus)), admins=AdminsConfig(users=(ADMIN.id,)))
    clock = lambda: datetime.now(UTC)  # noqa: E731
    ingestor = Ingestor(store, corpus, model="blank", workers=0)
    svc = Services(
        config=config, store=store, reloader=CorpusReloader(ingestor, clock), clock=clock
    )
    try:
        yield svc
    finally:
        await ingestor.close()


async def ask(services: Services, user: UserRef = ADMIN) -> Reply:
    return await dispatch(make_request("reload", user=user, channel=ROOM), services, HANDLERS)


async def test_non_admins_are_refused(services: Services) -> None:
    reply = await ask(services, user=MEMBER)
    assert reply.kind == "error" and "nur die Bot-Administratoren" in digest_as_text(reply)
    # the handler checks too, not only the dispatcher
    with pytest.raises(UserError):
        await reload(make_request("reload", user=MEMBER, channel=ROOM), services)
    assert await services.store.reloads.last() is None
    assert (await services.store.corpus.status()).articles == 0


async def test_a_broken_file_is_skipped_and_the_rest_reloads(
    services: Services, corpus: Path
) -> None:
    reply = await ask(services)
    out = digest_as_text(reply)
    assert reply.kind == "ok"
    names = [f.name for f in seed_files()[:2]]
    assert f"Neu (2): {names[0]}, {names[1]}" in out
    assert "Übersprungene Dateien (2)" in out
    assert "leer.txt: leere Datei" in out and "kaputt.txt: Binärdatei" in out
    fields = {f.name: f.value for f in reply.fields}
    assert fields["Neu"] == "2" and int(fields["Neue Zitate"]) > 0
    status = await services.store.corpus.status()
    assert status.articles == 2
    last = await services.store.reloads.last()
    assert last is not None and last.status == "partial" and "@ops:example.org" in last.requested_by

    # change one, remove one, add one
    first, second = (corpus / n for n in names)
    first.write_text(first.read_text("utf-8") + "\n\nEin neuer Absatz am Ende.\n", "utf-8")
    second.unlink()
    shutil.copy(seed_files()[2], corpus / seed_files()[2].name)
    out = digest_as_text(await ask(services))
    assert f"Neu (1): {seed_files()[2].name}" in out
    assert f"Geändert (1): {names[0]}" in out
    assert f"Entfernt (1): {names[1]}" in out

    unchanged = digest_as_text(await ask(services))
    assert "Nichts hat sich geändert" in unchanged


async def test_a_failed_reload_leaves_the_old_corpus_serving(
    services: Services, corpus: Path, tmp_path: Path
) -> None:
    await ask(services)
    before = await services.store.corpus.status()
    corpus.rename(tmp_path / "moved-away")  # the corpus directory vanished (unmounted share)
    reply = await ask(services)
    out = digest_as_text(reply)
    assert reply.kind == "error"
    assert "Korpusordner fehlt oder ist nicht lesbar" in out and "CorpusError" not in out
    assert f"Der bisherige Korpus (Version {before.version}) bleibt in Betrieb" in out
    after = await services.store.corpus.status()
    assert (after.version, after.articles, after.quotes) == (
        before.version,
        before.articles,
        before.quotes,
    )
    last = await services.store.reloads.last()
    assert last is not None and last.status == "failed"
    # and the bot still answers from it
    digest = await dispatch(make_request("digest", channel=ROOM), services, DIGEST_HANDLERS)
    assert digest.kind == "ok" and "Neue Artikel (2)" in digest_as_text(digest)


async def test_status_says_why_the_last_reload_failed_in_the_readers_language(
    services: Services, corpus: Path, tmp_path: Path
) -> None:
    """/status is a read command: anyone sees why the last reload failed, in German or
    English, and never the server's folder path or the operator's English log message."""
    await ask(services)
    corpus.rename(tmp_path / "moved-away")
    await ask(services)
    status = make_request("status", user=MEMBER, channel=ROOM)
    german = render_text(await dispatch(status, services, READ_HANDLERS))
    assert "fehlgeschlagen" in german
    assert "Korpusordner fehlt oder ist nicht lesbar" in german
    assert str(corpus) not in german and "does not exist" not in german
    status_en = make_request("status", user=MEMBER, channel=ROOM, locale="en")
    english = render_text(await dispatch(status_en, services, READ_HANDLERS))
    assert "the corpus folder is missing or unreadable" in english
    assert str(corpus) not in english


async def test_second_reload_is_refused_and_queries_answer_meanwhile(
    services: Services, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ask(services)  # version 1: two articles (also warms up the pipeline)
    old = await services.store.corpus.status()
    for f in seed_files()[2:]:
        shutil.copy(f, corpus / f.name)
    new = len(seed_files()[2:])
    assert services.reloader is not None
    # Hold the reload in its processing step until queries have been answered meanwhile, so
    # the test does not depend on how fast extraction is.
    gate = asyncio.Event()
    ingestor = services.reloader.ingestor  # type: ignore[attr-defined]
    real_stream = ingestor._stream  # reads, extracts and stages the changed files

    async def gated_stream(*args: Any, **kwargs: Any) -> Any:
        await gate.wait()
        return await real_stream(*args, **kwargs)

    monkeypatch.setattr(ingestor, "_stream", gated_stream)

    running = asyncio.create_task(ask(services))
    while not services.reloader.running:
        await asyncio.sleep(0)
    second = await ask(services)
    assert "läuft bereits" in digest_as_text(second)

    answered: list[tuple[int, int]] = []
    while not running.done():
        digest = await dispatch(make_request("digest", channel=ROOM), services, DIGEST_HANDLERS)
        assert digest.kind == "ok"
        hits = await services.store.search.search("Soldaten")
        status = await services.store.corpus.status()
        # readers see the old corpus or the new one, never a half-applied one
        assert (status.version, status.articles) in {(old.version, 2), (old.version + 1, 2 + new)}
        answered.append((status.articles, len(hits)))
        if len(answered) >= 3:
            gate.set()
        await asyncio.sleep(0.01)
    reply = await running
    assert reply.kind == "ok" and f"Neu ({new})" in digest_as_text(reply)
    assert len(answered) >= 3 and answered[0][0] == 2 and answered[0][1] > 0
    assert (await services.store.corpus.status()).articles == 2 + new


async def test_the_reload_log_names_a_console_user_once(services: Services) -> None:
    """/status showed "von console:console:root (root)"."""
    user = UserRef("console:root", "root", bot_admin=True)
    req = make_request("reload", user=user, channel=ChannelRef("console", "console"))
    await dispatch(req, services, HANDLERS)
    last = await services.store.reloads.last()
    assert last is not None and last.requested_by == "console:root (root)"


async def test_reload_reads_the_folder_the_stored_corpus_came_from(
    store: Store, tmp_path: Path
) -> None:
    """`lagebild ingest /data/story` on this store, then `/reload` in a bot whose corpus.dir
    is another folder (the default seeds/): the admin means the corpus that is served. The
    reply names that folder (its name only in chat: server paths are not for a room)."""
    story = tmp_path / "hochwasser-oder"
    story.mkdir()
    for f in seed_files()[:2]:
        shutil.copy(f, story / f.name)
    other = tmp_path / "default-corpus"
    other.mkdir()
    shutil.copy(seed_files()[3], other / seed_files()[3].name)
    clock = lambda: datetime.now(UTC)  # noqa: E731
    first = Ingestor(store, story, model="blank", workers=0)
    try:
        await first.run()
    finally:
        await first.close()
    config = Config(corpus=CorpusConfig(dir=str(other)), admins=AdminsConfig(users=(ADMIN.id,)))
    ingestor = Ingestor(store, other, model="blank", workers=0)
    svc = Services(
        config=config, store=store, reloader=CorpusReloader(ingestor, clock), clock=clock
    )
    try:
        shutil.copy(seed_files()[2], story / seed_files()[2].name)
        reply = await ask(svc)
        out = digest_as_text(reply)
        assert reply.kind == "ok", out
        assert f"Neu (1): {seed_files()[2].name}" in out
        assert (
            "Gelesen aus dem Ordner hochwasser-oder, aus dem der gespeicherte Korpus stammt" in out
        )
        assert str(tmp_path) not in out
        assert (await store.corpus.status()).articles == 3
        # the console runs on the server: it names the whole path
        admin = UserRef("console:root", "root", bot_admin=True)
        req = make_request("reload", user=admin, channel=ChannelRef("console", "console"))
        assert str(story) in digest_as_text(await dispatch(req, svc, HANDLERS))
    finally:
        await ingestor.close()


async def test_reload_names_the_configured_folder(services: Services, corpus: Path) -> None:
    out = digest_as_text(await ask(services))
    assert f"Gelesen aus dem Ordner {corpus.name}." in out
