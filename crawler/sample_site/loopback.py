"""One base for every local test server: the sample site, the fault and wire
servers of the tests, the generated bench site.

A :class:`LoopbackServer` binds its port when built (0: a free one), serves
from a daemon thread once started (``start`` returns when it answers), and
stops with ``shutdown``, closing keep-alive connections instead of waiting for
them. The conditional-request helpers are the ones every server answers with.
"""

from __future__ import annotations

import email.utils
import socket
import sys
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _TrackingHTTPServer(ThreadingHTTPServer):
    """Knows its open connections, so a shutdown can close them."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    site: "LoopbackServer"

    def finish_request(self, request: Any, client_address: Any) -> None:
        self.site._track(request, add=True)
        try:
            super().finish_request(request, client_address)
        finally:
            self.site._track(request, add=False)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up (a crawl stopped, a timeout tested) is no error of the server's.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _TrackingHTTPServer6(_TrackingHTTPServer):
    address_family = socket.AF_INET6


class LoopbackServer:
    """A ThreadingHTTPServer on ``host``:``port`` run in a daemon thread; a context manager.

    Handlers reach the server object as ``self.server.site``.
    """

    name = "loopback"

    def __init__(self, handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._closed = False
        server_class = _TrackingHTTPServer6 if ":" in host else _TrackingHTTPServer
        self._httpd = server_class((host, port), handler)  # bound and listening from here on
        self._httpd.site = self
        self.host = host
        self.port: int = self._httpd.server_address[1]
        url_host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
        if ":" in url_host:
            url_host = f"[{url_host}]"
        self.origin: str = f"http://{url_host}:{self.port}"
        self.url: str = self.origin + "/"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"{self.name}:{self.port}", daemon=True)

    def url_for(self, path: str) -> str:
        return self.origin + (path if path.startswith("/") else "/" + path)

    def start(self):
        """Serve from now on; returns (self) once the port accepts a connection."""
        if not self._thread.is_alive():
            self._thread.start()
        self.wait_until_answering()
        return self

    def wait_until_answering(self, timeout: float = 10.0) -> None:
        host = self.origin.split("//", 1)[1].rsplit(":", 1)[0].strip("[]")
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection((host, self.port), timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def shutdown(self) -> None:
        """Stop serving and close open keep-alive connections. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(conn)


# -- conditional requests and content negotiation -------------------------------------
def http_date(moment: float | datetime) -> str:
    """An HTTP date (RFC 9110) of a timestamp or an aware datetime."""
    if isinstance(moment, datetime):
        moment = moment.timestamp()
    return email.utils.formatdate(int(moment), usegmt=True)


def accepts_gzip(header: str | None) -> bool:
    """Whether Accept-Encoding allows gzip (q > 0)."""
    for part in (header or "").split(","):
        token, _, params = part.strip().partition(";")
        if token.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison; ``"abc-gzip"`` (the gzip variant) and ``"abc"`` are the same resource."""
    def norm(tag: str) -> str:
        return tag.strip().removeprefix("W/").strip('"').removesuffix("-gzip")

    if if_none_match.strip() == "*":
        return True
    return any(norm(t) == norm(etag) for t in if_none_match.split(",") if t.strip())


def not_modified(headers: Any, etag: str, modified: float | datetime | None) -> bool:
    """Whether a conditional request's validators say the client's copy is current.

    If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    """
    inm = headers.get("If-None-Match")
    if inm is not None:
        return etag_matches(inm, etag)
    ims = headers.get("If-Modified-Since")
    if ims is None or modified is None:
        return False
    try:
        since = email.utils.parsedate_to_datetime(ims)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=timezone.utc)
    if isinstance(modified, datetime):
        modified = modified.timestamp()
    return int(modified) <= since.timestamp()
