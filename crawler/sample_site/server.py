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

import email.utils
import gzip
import hashlib
import html
import json
import os
import re
import shutil
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

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


def _http_date(ts: float) -> str:
    return email.utils.formatdate(int(ts), usegmt=True)


def _parse_http_date(value: str) -> float | None:
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    return dt.timestamp()


def _accepts_gzip(header: str | None) -> bool:
    if not header:
        return False
    for part in header.split(","):
        token, _, params = part.strip().partition(";")
        if token.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            return True
    return False


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison; ``"abc-gzip"`` (the gzip variant) matches ``"abc"``."""
    if if_none_match.strip() == "*":
        return True

    def norm(tag: str) -> str:
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        tag = tag.strip('"')
        return tag[:-5] if tag.endswith("-gzip") else tag

    wanted = norm(etag)
    return any(norm(t) == wanted for t in if_none_match.split(",") if t.strip())


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


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    site: "SampleSiteServer"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SampleSite/1.0"
    sys_version = ""
    timeout = 30  # idle keep-alive connections are closed after this
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.site._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.site._track(self.connection, add=False)

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


class ServerThread:
    """Start, stop and context-manage a ThreadingHTTPServer run in a daemon thread.

    The subclass sets ``_httpd``, ``_thread``, ``_lock``, ``_conns`` and
    ``_closed``; handlers call ``_track`` so shutdown can close keep-alive
    connections instead of waiting for them.
    """

    _httpd: ThreadingHTTPServer
    _thread: threading.Thread
    _lock: threading.Lock
    _conns: set[socket.socket]
    _closed: bool

    def start(self):
        self._thread.start()
        return self

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
        self._thread.join(timeout=5)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(conn)


class SampleSiteServer(ServerThread):
    """The running replica. Use :func:`serve` to start one."""

    def __init__(self, root: Path = SITE_ROOT, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self.host = host
        _HTTPServer.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._httpd = _HTTPServer((host, port), _Handler)  # bound and listening now
        self._httpd.site = self
        self.port: int = self._httpd.server_address[1]
        url_host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
        if ":" in url_host:
            url_host = f"[{url_host}]"
        self.origin: str = f"http://{url_host}:{self.port}"
        self.url: str = self.origin + "/"
        self._lock = threading.Lock()
        self._requests: list[dict] = []
        self._conns: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name=f"sample-site:{self.port}", daemon=True)
        self._closed = False

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

    def url_for(self, path: str) -> str:
        return self.origin + (path if path.startswith("/") else "/" + path)

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
        gz = _accepts_gzip(req_headers.get("Accept-Encoding"))

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
                   ("Last-Modified", _http_date(mtime))]
        if compressible:
            headers.append(("Vary", "Accept-Encoding"))

        inm = req_headers.get("If-None-Match")
        ims = req_headers.get("If-Modified-Since")
        if inm is not None:
            not_modified = _etag_matches(inm, etag)
        elif ims is not None:
            since = _parse_http_date(ims)
            not_modified = since is not None and int(mtime) <= since
        else:
            not_modified = False
        if not_modified:
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
