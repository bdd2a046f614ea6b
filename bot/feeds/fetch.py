"""Polite HTTP for feeds and article pages.

Every request: a User-Agent naming the bot and its version, a total timeout, a size limit
(checked on Content-Length and again while reading, so a lying server cannot make us load more),
a bounded number of redirects, and a bounded number of requests in flight over the whole bot.
Feeds are fetched conditionally (If-None-Match / If-Modified-Since): a 304 transfers no body and
is not parsed. A failure becomes a FetchError with a reason an admin can act on, never an
exception that could stop another feed.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import aiohttp

from bot.config import FeedsConfig
from bot.feeds.state import GONE_STATUS

_READ_CHUNK = 64 * 1024
_TEMPORARY_4XX = frozenset({408, 425, 429})  # timeout, too early, too many requests


class FetchError(Exception):
    """A request that did not give a usable response; str(e) is the reason. `temporary`: the
    same request may well succeed later (a 5xx, 429, a timeout, no connection), unlike a 404
    or a body over the limit."""

    def __init__(self, reason: str, *, temporary: bool = True, gone: bool = False) -> None:
        super().__init__(reason)
        self.temporary = temporary
        self.gone = gone  # 410 Gone: removed for good, not worth asking again


class NotPublicAddress(OSError):
    """A link led to a private, loopback or link-local address of a host no feed is on."""


def is_public_address(address: str) -> bool:
    """A globally routable address (an IPv4 address inside IPv6 is judged as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global


class PublicOnlyConnector(aiohttp.TCPConnector):
    """Connects to non-public addresses (loopback, private networks, link-local such as a
    cloud's metadata service) only for `trusted_hosts`, the hosts of the feeds an admin added.

    A feed is content from outside: without this, its item links (or a page redirecting) made
    the bot fetch http://127.0.0.1:…, an intranet page or the metadata service and put the
    answer into the corpus, where everyone can read it with /search and /article. The check
    runs on the addresses the connection will use, after DNS and on every redirect hop, so a
    name resolving to a private address (or re-resolving to one) does not get around it.
    aiohttp has no public hook that sees IP literals and resolved names alike; this overrides
    TCPConnector._resolve_host (aiohttp 3.9 to 3.14)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.trusted_hosts: frozenset[str] = frozenset()

    async def _resolve_host(
        self, host: str, port: int, traces: Sequence[Any] | None = None
    ) -> list[Any]:
        results = await super()._resolve_host(host, port, traces)
        if host.lower().rstrip(".") in self.trusted_hosts:
            return results
        if not results or not all(is_public_address(r["host"]) for r in results):
            raise NotPublicAddress(f"{host} is not a public address")
        return results


@dataclass(frozen=True, slots=True)
class Response:
    status: int  # 200 or 304
    url: str  # after redirects
    body: bytes
    content_type: str  # lower-case media type without parameters, "" when not given
    charset: str | None
    etag: str | None
    last_modified: str | None
    # where the address moved for good: every redirect on the way was permanent (301/308)
    moved_to: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent() -> str:
    try:
        version = metadata.version("lagebild")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"Lagebild/{version} (news feed reader)"


class Fetcher:
    """One aiohttp session for the life of the poller; `requests` counts what went out (the
    benchmark and tests read it)."""

    def __init__(self, config: FeedsConfig, agent: str | None = None) -> None:
        self.config = config
        self.agent = agent or user_agent()
        self.requests = 0
        self._limit = asyncio.Semaphore(config.concurrency)
        self._session: aiohttp.ClientSession | None = None
        self._connector: PublicOnlyConnector | None = None
        self._trusted: frozenset[str] = frozenset()

    def trust(self, hosts: Iterable[str | None]) -> None:
        """The hosts that may be on private addresses: those of the feeds an admin added (an
        intranet feed and its own pages); every other host must be public."""
        self._trusted = frozenset(h.lower().rstrip(".") for h in hosts if h)
        if self._connector is not None:
            self._connector.trusted_hosts = self._trusted

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._connector = PublicOnlyConnector(limit=self.config.concurrency)
            self._connector.trusted_hosts = self._trusted
            self._session = aiohttp.ClientSession(
                headers={"User-Agent": self.agent},
                timeout=aiohttp.ClientTimeout(total=self.config.timeout_seconds),
                connector=self._connector,
                trust_env=False,
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(
        self,
        url: str,
        accept: str,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._limit:
            self.requests += 1
            try:
                return await self._get(url, headers)
            except FetchError:
                raise
            except TimeoutError:
                raise FetchError(f"timed out after {self.config.timeout_seconds:g} s") from None
            except aiohttp.TooManyRedirects:
                raise FetchError(
                    f"more than {self.config.max_redirects} redirects", temporary=False
                ) from None
            except aiohttp.ClientConnectorError as e:
                if isinstance(e.os_error, NotPublicAddress):
                    raise FetchError(
                        f"refused: {e.os_error} (only the hosts of added feeds may be)",
                        temporary=False,
                    ) from None
                raise FetchError(f"cannot connect: {e.os_error.strerror or e}") from None
            except aiohttp.ClientError as e:
                raise FetchError(f"{type(e).__name__}: {e}") from None

    async def _get(self, url: str, headers: dict[str, str]) -> Response:
        async with self._client().get(
            url, headers=headers, max_redirects=self.config.max_redirects
        ) as resp:
            final = str(resp.url)
            moved = final if _moved_for_good(resp.history) else None
            if resp.status == 304:
                return Response(304, final, b"", "", None, None, None, moved)
            if resp.status >= 400:
                raise FetchError(
                    f"HTTP {resp.status} {resp.reason or ''}".strip(),
                    temporary=resp.status >= 500 or resp.status in _TEMPORARY_4XX,
                    gone=resp.status == GONE_STATUS,
                )
            if resp.status != 200:
                raise FetchError(f"unexpected HTTP {resp.status}")
            limit = self.config.max_bytes
            if resp.content_length is not None and resp.content_length > limit:
                raise FetchError(_too_large(resp.content_length, limit), temporary=False)
            body = bytearray()
            async for chunk in resp.content.iter_chunked(_READ_CHUNK):
                body.extend(chunk)
                if len(body) > limit:
                    raise FetchError(_too_large(None, limit), temporary=False)
            return Response(
                status=200,
                url=final,
                body=bytes(body),
                content_type=(resp.content_type or "").lower(),
                charset=resp.charset,
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
                moved_to=moved,
            )


def _moved_for_good(history: Sequence[aiohttp.ClientResponse]) -> bool:
    """Whether a redirect chain says the address moved for good (301/308 at every hop). A
    feed that moved keeps working through the redirect until the old address stops
    redirecting; the admin should add the new one before that day."""
    return bool(history) and all(h.status in (301, 308) for h in history)


def _too_large(size: int | None, limit: int) -> str:
    given = f" ({size} bytes)" if size is not None else ""
    return f"response larger than the limit of {limit} bytes{given}"
