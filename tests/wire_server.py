"""A loopback server that sends the same page in every HTTP framing:
plain, gzip content-encoding, chunked transfer-encoding, and both."""

from __future__ import annotations

import gzip
import time
from http.server import BaseHTTPRequestHandler

from crawler.sample_site.loopback import LoopbackServer

VARIANTS = {
    "/plain.html": (False, False),
    "/gzip.html": (True, False),
    "/chunked.html": (False, True),
    "/gzip-chunked.html": (True, True),
}


def page_body(path: str) -> bytes:
    return (f"<html><head><title>{path}</title></head><body><p>Variant {path} "
            "med åäö</p></body></html>").encode("utf-8")


INDEX = ("<html><body>" + "".join(f'<a href="{p}">{p}</a>' for p in VARIANTS)
         + '<a href="/flaky.html">flaky</a>'
         + '<a href="/redirect-to/http://elsewhere.example/stolen">away</a>'
         + '<a href="/redirect-to/ftp://127.0.0.1/file">ftp</a>'
         + '<a href="/endless/page/1/">arkiv</a></body></html>').encode()


class WireHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.server.site.log.append((time.monotonic(), self.path))
        if self.path == "/robots.txt" and self.server.site.robots is not None:
            body = self.server.site.robots.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/endless/page/"):
            # A pagination trap: every page links to the next, none lists anything.
            number = int(self.path.rstrip("/").rsplit("/", 1)[1])
            body = (f'<html><body><h1>Sida {number}</h1>'
                    f'<a href="/endless/page/{number + 1}/" rel="next">Äldre inlägg</a></body></html>')
            self.send(body.encode(), gzipped=False, chunked=False)
        elif self.path.startswith("/redirect-to/"):
            # /redirect-to/<url>: a 302 anywhere, to test scope on redirects.
            self.send_response(302)
            self.send_header("Location", self.path[len("/redirect-to/"):])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/flaky.html":
            # 503 on the first request, 200 afterwards: a retry must get it.
            first = sum(1 for _, p in self.server.site.log if p == self.path) == 1
            if first:
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send(page_body(self.path), gzipped=False, chunked=False)
        elif self.path == "/":
            self.send(INDEX, gzipped=False, chunked=False)
        elif self.path in VARIANTS:
            gzipped, chunked = VARIANTS[self.path]
            self.send(page_body(self.path), gzipped=gzipped, chunked=chunked)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def send(self, body: bytes, *, gzipped: bool, chunked: bool) -> None:
        if gzipped:
            body = gzip.compress(body, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 17):
                piece = body[start:start + 17]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


def wire_body(path: str) -> bytes:
    """The payload as it should be archived: content-encoding kept, chunking removed."""
    gzipped, _ = VARIANTS[path]
    body = page_body(path)
    return gzip.compress(body, mtime=0) if gzipped else body


class WireServer(LoopbackServer):
    """The wire server on a free port; ``log`` lists (monotonic time, path) of every request."""

    name = "wire-server"

    def __init__(self, robots: str | None = None) -> None:
        self.robots = robots  # robots.txt body; None answers 404
        self.log: list[tuple[float, str]] = []
        super().__init__(WireHandler)
