"""Shared test fixtures: hand-built extractions and a real store filled with them.

The builders live in tests/sample_corpus.py (import them from `sample_corpus`); this file only
turns them into fixtures, visible to every test directory.

Stores on both backends: `store_url` is an SQLite file in tmp_path or a fresh PostgreSQL
database (cloned from a migrated template, dropped after the test) on the server that
LAGEBILD_TEST_PG names (a postgresql:// URL of a superuser). Without it the PostgreSQL cases
skip, saying why; under CI=true they fail instead (.ci/run starts a server).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from sample_corpus import SAMPLE_NOW, build_extraction, sample_corpus

from bot.models import ArticleExtraction
from bot.store import Store


@pytest.fixture
def make_extraction() -> Callable[..., ArticleExtraction]:
    """The builder itself (sample_corpus.build_extraction), for tests that need own articles."""
    return build_extraction


@pytest.fixture
def sample_extractions() -> list[ArticleExtraction]:
    return sample_corpus()


PG_ENV = "LAGEBILD_TEST_PG"
PG_PREFIX_ENV = "LAGEBILD_TEST_PG_PREFIX"  # database name prefix on a shared server


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _pg_server() -> str:
    url = os.environ.get(PG_ENV, "")
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {PG_ENV} is not set: the PostgreSQL store tests must run")
    pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://USER@HOST:PORT/postgres")


async def _admin(sql: str, server: str) -> None:
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[str, str]]:
    """(server URL, name of a template database with the current schema): cloning it is
    what makes a fresh database per test cheap (no migration per test)."""
    server = _pg_server()
    prefix = os.environ.get(PG_PREFIX_ENV, "lagebild_test")
    name = f"{prefix}_tpl_{uuid.uuid4().hex[:10]}"

    async def create() -> None:
        await _admin(f'CREATE DATABASE "{name}"', server)
        store = await Store.open(_with_database(server, name))
        await store.close()

    asyncio.run(create())
    try:
        yield server, name
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', server))


@pytest.fixture
async def pg_url(pg_template: tuple[str, str]) -> AsyncIterator[str]:
    """A fresh, migrated PostgreSQL database of its own for one test, dropped afterwards."""
    server, template = pg_template
    prefix = os.environ.get(PG_PREFIX_ENV, "lagebild_test")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"', server)
    try:
        yield _with_database(server, name)
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', server)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(store_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a store for this test lives: an SQLite file in tmp_path, or a PostgreSQL URL."""
    if store_backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "store.db")


@pytest.fixture
async def sample_store(store_url: str) -> AsyncIterator[Store]:
    """A real store (SQLite file or PostgreSQL database: store_url) holding the sample corpus
    (applied at SAMPLE_NOW)."""
    store = await Store.open(store_url)
    await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
    try:
        yield store
    finally:
        await store.close()
