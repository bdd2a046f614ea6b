"""A running bot survives a restart of its PostgreSQL server (issue 14): while the server is down
a command answers "Datenbank nicht erreichbar" instead of failing, the first command after the
server is back works on a new connection, a transaction cut off by the restart is never
continued on the new connection, and the password of the URL appears in no log line and no
reply. The server is a throw-away one of this test (initdb + pg_ctl on a private port and data
directory): the shared development server is never restarted."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction, sample_corpus

from bot.config import Config
from bot.models import ArticleExtraction
from bot.store import Store
from bot.store.errors import StoreUnavailable
from bot.store.repos.corpus import STAGE_BATCH
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

PASSWORD = "h28-Geheim-7f3a"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A PostgreSQL server of this test only, started and stopped with pg_ctl."""

    data: Path
    port: int

    @property
    def url(self) -> str:
        # trust authentication ignores the password; it is there to check nothing shows it
        return f"postgresql://postgres:{PASSWORD}@127.0.0.1:{self.port}/postgres"

    def _pg(self, command: str, check: bool = True) -> None:
        run = f"PATH='{os.environ['PATH']}' {command}"
        if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
            argv = ["su", "postgres", "-s", "/bin/bash", "-c", run]
        else:
            argv = ["/bin/bash", "-c", run]
        subprocess.run(argv, check=check, capture_output=True, timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg(f"pg_ctl -D '{self.data}' -l '{self.data.parent}/log' -w -o '{options}' start")

    def stop(self) -> None:
        self._pg(f"pg_ctl -D '{self.data}' -m fast -w stop")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    if shutil.which("initdb") is None or shutil.which("pg_ctl") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but initdb/pg_ctl are not on PATH")
        pytest.skip("no initdb/pg_ctl on PATH (Debian: postgresql)")
    root = Path(tempfile.mkdtemp(prefix="lagebild-pg-restart-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    srv = Server(root / "data", _free_port())
    try:
        srv._pg(f"initdb -D '{srv.data}' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8")
        srv.start()
        yield srv
    finally:
        srv._pg(f"pg_ctl -D '{srv.data}' -m immediate stop", check=False)
        shutil.rmtree(root, ignore_errors=True)


def _request(command: str, **args: str) -> Request:
    return Request(
        command=command,
        args=args,
        user=UserRef("discord:1", "tester"),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )


def _text(reply: Reply) -> str:
    return "\n".join(
        [reply.title, *(b.text for b in reply.blocks), *(f.value for f in reply.fields)]
    )


async def test_commands_say_the_database_is_unreachable_and_work_again_after_a_restart(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = await Store.open(server.url)
    handlers = build_handlers()
    services = Services(config=Config(), store=store, clock=lambda: SAMPLE_NOW)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        before = await dispatch(_request("speakers"), services, handlers)
        assert before.kind != "error" and "Kirby" in _text(before)

        server.stop()
        try:
            for command in ("speakers", "status", "search"):
                args = {"text": "Soldaten"} if command == "search" else {}
                down = await dispatch(_request(command, **args), services, handlers)
                assert down.kind == "error", command
                assert "Datenbank nicht erreichbar" in _text(down), _text(down)
        finally:
            server.start()

        after = await dispatch(_request("speakers"), services, handlers)
        assert after.kind != "error", _text(after)
        assert _text(after) == _text(before)
        searched = await dispatch(_request("search", text="Soldaten"), services, handlers)
        assert searched.kind != "error" and "Soldaten" in _text(searched)
        # the corpus writer connection came back too: a reload-sized apply goes through
        change = await store.corpus.apply(sample_corpus()[:1], [], [], [])
        assert change.unchanged
        replies = _text(down) + _text(after)
    finally:
        await store.close()
    logged = "\n".join(
        r.getMessage() + (logging.Formatter().formatException(r.exc_info) if r.exc_info else "")
        for r in caplog.records
    )
    assert "nicht erreichbar" not in logged  # the log is for operators: English, with cause
    assert "unavailable" in logged
    assert PASSWORD not in logged and PASSWORD not in replies


async def test_a_transaction_cut_off_by_a_restart_is_not_continued_on_the_new_connection(
    server: Server,
) -> None:
    store = await Store.open(server.url)
    conn = store._db.conn
    try:
        await conn.execute("CREATE TABLE IF NOT EXISTS restart_probe (n INTEGER)")
        await conn.execute("DELETE FROM restart_probe")
        await conn.execute("BEGIN")
        await conn.execute("INSERT INTO restart_probe (n) VALUES (1)")
        server.stop()
        server.start()
        # the second half of the transaction must not run alone in autocommit
        with pytest.raises(StoreUnavailable):
            await conn.execute("INSERT INTO restart_probe (n) VALUES (2)")
        with pytest.raises(StoreUnavailable):
            await conn.execute("COMMIT")
        assert conn.in_transaction  # until the caller rolls back
        await conn.execute("ROLLBACK")
        assert not conn.in_transaction
        cur = await conn.execute("SELECT count(*) FROM restart_probe")
        row = await cur.fetchone()
        assert row is not None and row[0] == 0
    finally:
        await store.close()


def _many(count: int) -> list[ArticleExtraction]:
    return [
        build_extraction(
            f"{i:05d}.txt",
            f"Bericht {i}",
            date(2024, 10, 1),
            "Tagesschau",
            [f"Olaf Scholz sagte, die Lage sei ernst {i}."],
            quotes=[Q(0, "Olaf Scholz", f"die Lage sei ernst {i}")],
        )
        for i in range(count)
    ]


async def test_a_corpus_apply_cut_off_by_a_restart_fails_whole_and_the_next_one_works(
    server: Server,
) -> None:
    store = await Store.open(server.url)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        before = await store.corpus.status()

        async def restart(done: int, total: int) -> None:
            if done == STAGE_BATCH:  # between two staged batches: the TEMP tables are lost
                server.stop()
                server.start()

        with pytest.raises(StoreUnavailable, match="run it again"):
            await store.corpus.apply(
                _many(2 * STAGE_BATCH), [], [], [], now=SAMPLE_NOW, on_batch=restart
            )
        after = await store.corpus.status()
        assert (after.version, after.articles, after.quotes) == (
            before.version,
            before.articles,
            before.quotes,
        )
        change = await store.corpus.apply(_many(2 * STAGE_BATCH), [], [], [], now=SAMPLE_NOW)
        assert len(change.added) == 2 * STAGE_BATCH
        status = await store.corpus.status()
        assert status.articles == before.articles + 2 * STAGE_BATCH
    finally:
        await store.close()
