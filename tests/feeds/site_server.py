"""The news site as a real HTTP server on 127.0.0.1 (pytest-httpserver / werkzeug, threaded).

It behaves like a well-run site: feeds carry an ETag and Last-Modified and answer a matching
conditional GET with 304. Tests change what it serves between polls and make single paths
fail (status codes, slowness, redirects, oversized bodies); `log` records every request.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

LAST_MODIFIED = "Tue, 24 Nov 2026 08:00:00 GMT"


@dataclass
class Resource:
    body: bytes
    content_type: str
    conditional: bool = False  # send ETag/Last-Modified and honour them


@dataclass
class Logged:
    path: str
    status: int
    headers: dict[str, str]


@dataclass
class NewsSite:
    server: HTTPServer
    resources: dict[str, Resource] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)  # path -> forced error status
    delay: dict[str, float] = field(default_factory=dict)  # path -> seconds before answering
    redirects: dict[str, str] = field(default_factory=dict)  # path -> target path
    log: list[Logged] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.port}{path}"

    def feed(self, path: str, xml: str) -> str:
        self.resources[path] = Resource(xml.encode("utf-8"), "application/rss+xml", True)
        return self.url(path)

    def page(self, path: str, html: str) -> str:
        self.resources[path] = Resource(html.encode("utf-8"), "text/html; charset=utf-8")
        return self.url(path)

    def raw(self, path: str, body: bytes, content_type: str) -> str:
        self.resources[path] = Resource(body, content_type)
        return self.url(path)

    def requests_to(self, path: str) -> list[Logged]:
        with self._lock:
            return [r for r in self.log if r.path == path]

    def handle(self, request: Request) -> Response:
        response = self._answer(request)
        with self._lock:
            self.log.append(Logged(request.path, response.status_code, dict(request.headers)))
        return response

    def _answer(self, request: Request) -> Response:
        path = request.path
        if path in self.delay:
            time.sleep(self.delay[path])
        if path in self.status:
            return Response("Serverfehler", status=self.status[path])
        if path in self.redirects:
            target = self.redirects[path]  # a path on this site, or a whole URL
            location = target if target.startswith("http") else self.url(target)
            return Response("", status=301, headers={"Location": location})
        res = self.resources.get(path)
        if res is None:
            return Response("Nicht gefunden", status=404)
        headers = {"Content-Type": res.content_type}
        if res.conditional:
            etag = '"' + hashlib.sha256(res.body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = LAST_MODIFIED
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers={"ETag": etag})
        return Response(res.body, status=200, headers=headers)
