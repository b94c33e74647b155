"""A loopback HTTP/1.1 server for the sample allmännyttan.se replica.

Standard library only. Files are read from ``root`` on every request, so a
test may edit, add or remove files in a copy of the site between two crawls.

URL -> file:
  ``/slug/``       -> ``root/slug/index.html``
  ``/a/b.css``     -> ``root/a/b.css``
  ``/dir`` (a directory) -> 301 to ``/dir/``
The query string is ignored when mapping to files. Path segments that start
with ``_`` or ``.`` are never served (``_routes.json`` is configuration).

``root/_routes.json`` (optional, re-read on every request)::

  {"redirects":     {"/old/": "/new/"  or  {"location": "/new/", "status": 302}},
   "status":        {"/gone/": 410},
   "content_types": {"/path/": "text/html; charset=windows-1252"},
   "chunked":       ["/", "/page/2/"]}

Served text bodies have ``{{origin}}`` replaced by the live origin
(``http://127.0.0.1:PORT``).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import shutil
import urllib.parse
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from crawler.sample_site.loopback import LoopbackServer, accepts_gzip, http_date, not_modified  # noqa: F401 (accepts_gzip: the trap site)

SITE_ROOT: Path = Path(__file__).resolve().parent / "site"
ROUTES_FILE = "_routes.json"
ORIGIN_PLACEHOLDER = b"{{origin}}"

# Compressible text types (gzip when asked) and binary types (never).
TEXT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "application/javascript",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}
BINARY_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
}
_COMPRESSIBLE_PREFIXES = ("text/", "application/javascript", "application/xml",
                          "application/json", "image/svg+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class CaseInsensitiveDict(dict):
    """A plain dict (JSON-serialisable) whose keys are lower-cased header names;
    lookups with any casing work: ``h["If-None-Match"] == h["if-none-match"]``."""

    def __init__(self, items=()):
        super().__init__()
        for key, value in items:
            key = key.lower()
            super().__setitem__(key, f"{self[key]}, {value}" if key in self else value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return isinstance(key, str) and super().__contains__(key.lower())

    def get(self, key, default=None):
        return super().get(key.lower(), default)


class _Response:
    __slots__ = ("status", "headers", "body", "chunked")

    def __init__(self, status: int, headers: list[tuple[str, str]] | None = None,
                 body: bytes = b"", chunked: bool = False):
        self.status = status
        self.headers = headers or []
        self.body = body
        self.chunked = chunked


def _error_page(status: int, path: str) -> bytes:
    titles = {
        404: ("Sidan hittades inte", "Sidan du söker finns inte, eller har flyttats."),
        410: ("Sidan är borttagen", "Sidan har tagits bort och kommer inte tillbaka."),
        403: ("Åtkomst nekad", "Du har inte behörighet att se den här sidan."),
        500: ("Serverfel", "Något gick fel."),
    }
    title, text = titles.get(status, (f"Status {status}", ""))
    return (f'<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{title} – Allmännyttan</title>\n</head>\n<body>\n<h1>{title}</h1>\n"
            f"<p>{text}</p>\n<p><code>{html.escape(path)}</code></p>\n"
            f'<p><a href="/">Till startsidan</a></p>\n</body>\n</html>\n').encode("utf-8")


def _redirect_page(location: str) -> bytes:
    loc = html.escape(location)
    return (f'<!DOCTYPE html>\n<html lang="sv-SE"><head><meta charset="UTF-8">'
            f"<title>Flyttad</title></head><body><p>Sidan har flyttat till "
            f'<a href="{loc}">{loc}</a>.</p></body></html>\n').encode("utf-8")


def _chunks(body: bytes, pieces: int = 4, minimum: int = 16) -> list[bytes]:
    size = max(minimum, -(-len(body) // pieces))
    return [body[i:i + size] for i in range(0, len(body), size)] or [b""]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SampleSite/1.0"
    sys_version = ""
    timeout = 30  # idle keep-alive connections are closed after this

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if os.environ.get("SAMPLE_SITE_LOG") == "1":
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._handle(head=False)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def _handle(self, head: bool) -> None:
        site = self.server.site
        try:
            resp = site._resolve(self.path, self.headers, self.request_version)
        except Exception as exc:  # pragma: no cover - shows up as a 500 in tests
            body = _error_page(500, f"{type(exc).__name__}: {exc}")
            resp = _Response(500, [("Content-Type", "text/html; charset=utf-8")], body)
        site._log(self.command, self.path, self.headers, resp.status, self.request_version)

        self.send_response(resp.status)
        for name, value in resp.headers:
            self.send_header(name, value)
        no_body_status = resp.status == 304 or resp.status == 204 or resp.status < 200
        if not no_body_status:
            if resp.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if head or no_body_status:
            return
        if resp.chunked:
            for piece in _chunks(resp.body):
                if piece:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                    self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(resp.body)
        self.wfile.flush()


class SampleSiteServer(LoopbackServer):
    """The running replica. Use :func:`serve` to start one."""

    name = "sample-site"

    def __init__(self, root: Path = SITE_ROOT, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self._requests: list[dict] = []
        super().__init__(_Handler, host, port)

    def __repr__(self) -> str:
        return f"<SampleSiteServer {self.url} root={self.root}>"

    # -- request log -------------------------------------------------------
    @property
    def requests(self) -> list[dict]:
        """A snapshot of the request log, oldest first. Each entry:
        ``{"method", "path" (raw request target, query included), "headers"
        (case-insensitive dict), "status", "version"}``."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def requested_paths(self, method: str | None = None) -> list[str]:
        return [r["path"] for r in self.requests if method is None or r["method"] == method]

    def _log(self, method: str, target: str, headers, status: int, version: str) -> None:
        entry = {"method": method, "path": target,
                 "headers": CaseInsensitiveDict(headers.items()),
                 "status": status, "version": version}
        with self._lock:
            self._requests.append(entry)


    # -- resolution --------------------------------------------------------
    def _routes(self) -> dict:
        path = self.root / ROUTES_FILE
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _resolve(self, target: str, req_headers, version: str) -> _Response:
        split = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(split.path) or "/"
        if not path.startswith("/"):
            path = "/" + path
        routes = self._routes()
        gz = accepts_gzip(req_headers.get("Accept-Encoding"))

        redirect = routes.get("redirects", {}).get(path)
        if redirect is not None:
            if isinstance(redirect, str):
                redirect = {"location": redirect}
            location = redirect["location"]
            if location.startswith("/"):
                location = self.origin + location
            return self._html(int(redirect.get("status", 301)), _redirect_page(location), gz,
                              [("Location", location)])
        status = routes.get("status", {}).get(path)
        if status is not None:
            return self._html(int(status), _error_page(int(status), path), gz)

        segments = [s for s in path.split("/") if s]
        if any(s in (".", "..") or s.startswith(("_", ".")) or "\\" in s or "\x00" in s
               for s in segments):
            return self._html(404, _error_page(404, path), gz)
        fs = self.root.joinpath(*segments)
        if path.endswith("/"):
            fs = fs / "index.html"
        elif fs.is_dir():
            if (fs / "index.html").is_file():
                location = self.origin + path + "/" + (f"?{split.query}" if split.query else "")
                return self._html(301, _redirect_page(location), gz, [("Location", location)])
            return self._html(404, _error_page(404, path), gz)
        try:
            data = fs.read_bytes()
            mtime = fs.stat().st_mtime
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return self._html(404, _error_page(404, path), gz)

        ctype = routes.get("content_types", {}).get(path) or self._content_type(fs, data)
        compressible = ctype.startswith(_COMPRESSIBLE_PREFIXES)
        if compressible:
            data = data.replace(ORIGIN_PLACEHOLDER, self.origin.encode("ascii"))

        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        use_gzip = compressible and gz
        if use_gzip:
            etag = etag[:-1] + '-gzip"'
        headers = [("Content-Type", ctype), ("ETag", etag),
                   ("Last-Modified", http_date(mtime))]
        if compressible:
            headers.append(("Vary", "Accept-Encoding"))

        if not_modified(req_headers, etag, mtime):
            return _Response(304, [h for h in headers if h[0] != "Content-Type"])

        if use_gzip:
            data = gzip.compress(data, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        chunked = path in set(routes.get("chunked", ())) and version != "HTTP/1.0"
        return _Response(200, headers, data, chunked)

    def _html(self, status: int, body: bytes, gz: bool,
              extra: list[tuple[str, str]] | None = None) -> _Response:
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Vary", "Accept-Encoding")]
        headers += extra or []
        if gz:
            body = gzip.compress(body, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        return _Response(status, headers, body)

    @staticmethod
    def _content_type(fs: Path, data: bytes) -> str:
        ext = fs.suffix.lower()
        if ext in (".html", ".htm"):
            m = _META_CHARSET.search(data[:2048])
            charset = m.group(1).decode("ascii").lower() if m else "utf-8"
            return f"text/html; charset={charset}"
        if ext in TEXT_TYPES:
            return f"{TEXT_TYPES[ext]}; charset=utf-8"
        return BINARY_TYPES.get(ext, "application/octet-stream")


def serve(root: Path = SITE_ROOT, host: str = "127.0.0.1", port: int = 0) -> SampleSiteServer:
    """Start the replica in a daemon thread and return at once (already listening)."""
    return SampleSiteServer(root, host, port).start()


def copy_site(dest: Path, root: Path = SITE_ROOT) -> Path:
    """Copy the site to ``dest`` (which must not exist) for a test to edit; returns ``dest``."""
    shutil.copytree(root, dest)
    return Path(dest)
