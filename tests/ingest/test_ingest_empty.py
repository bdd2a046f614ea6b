"""An empty corpus folder never wipes the store: ingest refuses it, /reload tells the admin."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import AdminsConfig, Config, CorpusConfig
from bot.corpus import EmptyCorpusError, ForeignCorpusError
from bot.ingest import CorpusReloader, Ingestor
from bot.render.text import render_text
from bot.store import Store
from handlers.admin import HANDLERS
from handlers.dispatch import dispatch
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ADMIN = UserRef("@ops:example.org", "Ops")  # a configured bot admin (below)


@pytest.fixture
async def loaded(tmp_path: Path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = await Store.open(tmp_path / "store.db")
    ingestor = Ingestor(store, corpus, workers=0)
    await ingestor.run()
    yield corpus, store, ingestor
    await ingestor.close()
    await store.close()


def empty(corpus: Path) -> None:
    for f in corpus.iterdir():
        f.unlink()


async def test_ingest_refuses_an_empty_folder_unless_allowed(loaded) -> None:
    corpus, store, ingestor = loaded
    empty(corpus)
    (corpus / "kaputt.txt").write_bytes(b"\x00\x01binary\x00" * 50)  # nothing readable
    with pytest.raises(EmptyCorpusError, match="no readable article"):
        await ingestor.run()
    assert (await store.corpus.status()).articles == 5
    change = await ingestor.run(allow_empty=True)
    assert len(change.removed) == 5 and change.totals["articles"] == 0


async def ask_reload(corpus: Path, store: Store, ingestor: Ingestor, locale: str) -> Reply:
    """An admin's /reload through the real handler, over the corpus folder the test changed."""
    clock = lambda: datetime.now(UTC)  # noqa: E731
    services = Services(
        config=Config(corpus=CorpusConfig(dir=str(corpus)), admins=AdminsConfig(users=(ADMIN.id,))),
        store=store,
        reloader=CorpusReloader(ingestor, clock),
        clock=clock,
    )
    request = Request(
        command="reload",
        args={},
        user=ADMIN,
        channel=ChannelRef("matrix", "!ops:example.org"),
        locale=locale,
    )
    return await dispatch(request, services, HANDLERS)


@pytest.mark.parametrize("locale", ["de", "en"])
async def test_reload_of_an_empty_folder_keeps_the_old_corpus(loaded, locale) -> None:
    corpus, store, ingestor = loaded
    before = await store.corpus.status()
    empty(corpus)
    reply = await ask_reload(corpus, store, ingestor, locale)
    text = render_text(reply, locale)
    assert reply.kind == "error"
    expected = {
        "de": ("keinen lesbaren Artikel", f"(Version {before.version}) bleibt in Betrieb"),
        "en": ("no readable article", f"(version {before.version}) stays in service"),
    }[locale]
    assert all(part in text for part in expected), text
    assert str(corpus) not in text  # the server's paths are not shown in chat
    after = await store.corpus.status()
    assert (after.version, after.articles) == (before.version, 5)
    last = await store.reloads.last()
    assert last is not None and last.status == "failed"


def foreign(corpus: Path) -> None:
    """The folder now holds another story: none of the stored files, one new article."""
    empty(corpus)
    (corpus / "brand.txt").write_text(
        "Großbrand in Duisburg\n\n„Wir gehen von Brandstiftung aus“, sagte Polizeisprecher "
        "Markus Weber.\n",
        encoding="utf-8",
    )


async def test_ingest_refuses_a_folder_with_none_of_the_stored_articles(loaded) -> None:
    # `ingest --db F` or a reload with the default folder on a store built from another one
    corpus, store, ingestor = loaded
    foreign(corpus)
    with pytest.raises(ForeignCorpusError, match="none of the 5 stored articles"):
        await ingestor.run()
    assert (await store.corpus.status()).articles == 5
    change = await ingestor.run(allow_empty=True)
    assert len(change.removed) == 5 and change.totals["articles"] == 1


async def test_reload_of_a_foreign_folder_keeps_the_old_corpus(loaded) -> None:
    corpus, store, ingestor = loaded
    before = await store.corpus.status()
    foreign(corpus)
    reply = await ask_reload(corpus, store, ingestor, "de")
    text = render_text(reply, "de")
    assert reply.kind == "error"
    assert "enthält keinen der 5 bisherigen Artikel" in text, text
    assert f"(Version {before.version}) bleibt in Betrieb" in text
    after = await store.corpus.status()
    assert (after.version, after.articles) == (before.version, 5)


@pytest.mark.parametrize("locale", ["de", "en"])
async def test_reload_of_a_missing_folder_answers_in_the_users_language(loaded, locale) -> None:
    """The reader's own message is English and names a server path: chat gets neither."""
    corpus, store, ingestor = loaded
    shutil.rmtree(corpus)
    clock = lambda: datetime.now(UTC)  # noqa: E731
    services = Services(
        config=Config(corpus=CorpusConfig(dir=str(corpus)), admins=AdminsConfig(users=(ADMIN.id,))),
        store=store,
        reloader=CorpusReloader(ingestor, clock),
        clock=clock,
    )
    request = Request("reload", {}, ADMIN, ChannelRef("matrix", "!ops:example.org"), locale=locale)
    text = render_text(await dispatch(request, services, HANDLERS), locale)
    expected = {"de": "Korpusordner fehlt", "en": "corpus folder is missing"}[locale]
    assert expected in text, text
    assert "CorpusError" not in text and str(corpus) not in text
    assert (await store.corpus.status()).articles == 5
