"""A generated allmännyttan.se replica of N articles, served on loopback for benchmarks.

Standard library only (ThreadingHTTPServer, HTTP/1.1 keep-alive). Pages are
rendered on every request from a seed by ``bench/site_content.py``; nothing is
written to disk and the same articles and seed give the same bytes.

    from bench.site import serve_bench_site
    with serve_bench_site(2000, seed=0, changed_fraction=0.01) as site:
        site.url                  # "http://127.0.0.1:PORT/"
        site.stats                # requests, by_status, by_kind, bytes_sent
        site.set_generation(1)    # 1% of the articles now have new text and lastmod
        site.capacity()           # requests/s the server manages (client in a subprocess)

    python bench/site.py --articles 5000 --port 0 [--seed S] [--latency-ms L]
                         [--changed-fraction F --generation G] [--measure]

Responses carry an ETag (hash of the identity bytes; the gzip variant has
``-gzip`` appended, either matches) and Last-Modified, answer 304 to a matching
If-None-Match (or, without one, to If-Modified-Since ≥ Last-Modified), and are
gzip-encoded when Accept-Encoding allows. ``latency_ms`` sleeps before every
response, to model a WordPress server that takes its time.
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.site_content import BenchSite, Edition, Page, http_date  # noqa: E402
from crawler.sample_site.loopback import LoopbackServer, accepts_gzip, not_modified  # noqa: E402

GZIP_LEVEL = 6  # Apache mod_deflate's default


@dataclass
class SiteStats:
    """What the server answered since the last reset."""

    requests: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)  # article, listing, page, sitemap, ...
    bytes_sent: int = 0  # status lines, headers and bodies as written to the sockets
    log: list[tuple[str, str, int, str]] = field(default_factory=list)  # method, path, status, kind

    def copy(self) -> "SiteStats":
        return SiteStats(self.requests, Counter(self.by_status), Counter(self.by_kind),
                         self.bytes_sent, list(self.log))

    def as_dict(self) -> dict[str, Any]:
        return {"requests": self.requests, "by_status": dict(self.by_status),
                "by_kind": dict(self.by_kind), "bytes_sent": self.bytes_sent}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # idle keep-alive connections close after this

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        self.respond(head=False)

    def do_HEAD(self) -> None:
        self.respond(head=True)

    def respond(self, head: bool) -> None:
        site = self.server.site
        status, headers, body, kind = site.response(self.path, self.headers)
        if site.latency:
            time.sleep(site.latency)
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", "Server: BenchSite/1.0",
                 f"Date: {formatdate(usegmt=True)}"]
        lines += [f"{name}: {value}" for name, value in headers]
        if status != 304:
            lines.append(f"Content-Length: {len(body)}")
        if self.close_connection:
            lines.append("Connection: close")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not head and status != 304:
            data += body
        self.wfile.write(data)
        site._count(self.command, self.path, status, kind, len(data))


class BenchSiteServer(LoopbackServer):
    """The running site. Start one with :func:`serve_bench_site`."""

    name = "bench-site"

    def __init__(self, articles: int, seed: int = 0, latency_ms: float = 0,
                 changed_fraction: float = 0.0, generation: int = 0,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = BenchSite(articles, seed=seed, changed_fraction=changed_fraction)
        self.latency = latency_ms / 1000
        self._lock = threading.Lock()
        self._stats = SiteStats()
        self._changed_at: list[datetime] = []
        self._edition = Edition()
        self.set_generation(generation)
        super().__init__(_Handler, host, port)  # listening from here on

    # -- generations -----------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._edition.generation

    def set_generation(self, generation: int, at: datetime | None = None) -> None:
        """Switch to ``generation``; a generation seen for the first time appeared ``at`` (now).

        Its changed articles get that time as their sitemap lastmod and Last-Modified.
        """
        if generation < 0:
            raise ValueError("generation must be >= 0")
        moment = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
        with self._lock:
            while len(self._changed_at) < generation:
                self._changed_at.append(moment)
            self._edition = Edition(generation, tuple(self._changed_at[:generation]))

    def changed_paths(self, generation: int | None = None) -> list[str]:
        """Article paths whose text changed from generation-1 to ``generation`` (default: current)."""
        return self.site.changed_paths(self.generation if generation is None else generation)

    def article_paths(self) -> list[str]:
        return [a.path for a in self.site.articles]

    # -- statistics ------------------------------------------------------------------
    @property
    def stats(self) -> SiteStats:
        """A snapshot of the counters (and request log) since the last reset."""
        with self._lock:
            return self._stats.copy()

    def reset_stats(self) -> None:
        with self._lock:
            self._stats = SiteStats()

    def _count(self, method: str, path: str, status: int, kind: str, sent: int) -> None:
        with self._lock:
            s = self._stats
            s.requests += 1
            s.by_status[status] += 1
            s.by_kind[kind] += 1
            s.bytes_sent += sent
            s.log.append((method, path, status, kind))

    def capacity(self, threads: int = 8, seconds: float = 3.0) -> dict[str, float]:
        """Requests/s this server answers, measured by a client in another process.

        Counted requests are removed from :attr:`stats` afterwards.
        """
        before = self.stats
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure-url", self.url,
                              "--threads", str(threads), "--seconds", str(seconds)],
                             capture_output=True, text=True, check=True, timeout=seconds + 60)
        with self._lock:
            self._stats = before
        return json.loads(out.stdout)

    # -- responses -------------------------------------------------------------------
    def render(self, path: str) -> Page:
        return self.site.render(path, self.origin, self._edition)

    def response(self, target: str, headers: Any) -> tuple[int, list[tuple[str, str]], bytes, str]:
        """Status, headers, body and URL kind for a request target."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(target).path) or "/"
        try:
            page = self.render(path)
        except Exception as exc:  # pragma: no cover - a bug shows as a 500
            return 500, [("Content-Type", "text/plain")], f"{type(exc).__name__}: {exc}".encode(), "other"
        out = [("Content-Type", page.content_type)]
        if page.location is not None:
            out.append(("Location", self.origin + page.location))
        if page.status != 200:
            return page.status, out, page.body, page.kind
        use_gzip = page.compressible and accepts_gzip(headers.get("Accept-Encoding"))
        etag = '"' + hashlib.sha256(page.body).hexdigest()[:32] + ('-gzip"' if use_gzip else '"')
        out += [("ETag", etag)]
        if page.modified is not None:
            out.append(("Last-Modified", http_date(page.modified)))
        if page.compressible:
            out.append(("Vary", "Accept-Encoding"))
        if not_modified(headers, etag, page.modified):
            return 304, [h for h in out if h[0] != "Content-Type"], b"", page.kind
        body = page.body
        if use_gzip:
            body = gzip.compress(body, GZIP_LEVEL, mtime=0)
            out.append(("Content-Encoding", "gzip"))
        return 200, out, body, page.kind


def serve_bench_site(articles: int, seed: int = 0, latency_ms: float = 0,
                     changed_fraction: float = 0.0, generation: int = 0,
                     host: str = "127.0.0.1", port: int = 0) -> BenchSiteServer:
    """Start the generated site in a daemon thread; it is listening when this returns."""
    return BenchSiteServer(articles, seed=seed, latency_ms=latency_ms,
                           changed_fraction=changed_fraction, generation=generation,
                           host=host, port=port).start()


def measure_capacity(url: str, threads: int = 8, seconds: float = 3.0) -> dict[str, float]:
    """Requests/s a site answers to ``threads`` keep-alive clients cycling through its articles.

    The paths come from the site's sitemaps, so each article is a fresh render;
    requests ask for gzip, as a crawler does.
    """
    parts = urllib.parse.urlsplit(url)

    def get(conn: http.client.HTTPConnection, path: str) -> bytes:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = conn.getresponse()
        body = response.read()
        if response.getheader("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return body

    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    index = get(conn, "/sitemap.xml").decode()
    paths = ["/", "/page/2/"]
    for sitemap in re.findall(r"<loc>([^<]+post-sitemap[^<]+)</loc>", index):
        xml = get(conn, urllib.parse.urlsplit(sitemap).path).decode()
        paths += [urllib.parse.urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
    conn.close()
    counts = [0] * threads
    errors = [0] * threads
    deadline = time.perf_counter() + seconds

    def worker(n: int) -> None:
        c = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        i = n * 997
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            i += 1
            try:
                c.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = c.getresponse()
                response.read()
                counts[n] += 1
            except (OSError, http.client.HTTPException):
                errors[n] += 1
                c.close()
                c = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        c.close()

    started = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    return {"requests": sum(counts), "errors": sum(errors), "seconds": round(elapsed, 3),
            "threads": threads, "requests_per_second": round(sum(counts) / elapsed, 1)}


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Serve a generated allmännyttan.se replica.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0, help="sleep before every response")
    parser.add_argument("--changed-fraction", type=float, default=0.0,
                        help="share of the articles each generation >= 1 changes")
    parser.add_argument("--generation", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--measure", action="store_true", help="print the server's capacity first")
    parser.add_argument("--measure-url", help=argparse.SUPPRESS)  # capacity()'s client process
    parser.add_argument("--threads", type=int, default=8, help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=3.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_url:
        print(json.dumps(measure_capacity(args.measure_url, args.threads, args.seconds)))
        return
    server = serve_bench_site(args.articles, seed=args.seed, latency_ms=args.latency_ms,
                              changed_fraction=args.changed_fraction, generation=args.generation,
                              host=args.host, port=args.port)
    print(server.url, flush=True)
    if args.measure:
        print(json.dumps(server.capacity(args.threads, args.seconds)), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
