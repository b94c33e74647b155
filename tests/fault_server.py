"""A loopback server that injects the faults a crawl meets on the real web.

Modelled on Scrapy's own mockserver: one purpose-built endpoint per fault
(5xx once and forever, 429 with Retry-After, timeouts, slow and reset bodies,
redirect loops and chains, 404/410, wrong Content-Types, oversized bodies, a
gzip bomb, wrong charsets, broken HTML, an empty 200). The index page ``/``
links to every endpoint, so one crawl of ``/`` meets them all, and the pages
behind a fault link on to ``/efter/<name>/`` to show that the crawl goes on.

Every request is logged (method, path, headers, monotonic arrival time) so
tests can tell retries and their spacing apart.
"""

from __future__ import annotations

import functools
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler

from crawler.sample_site.loopback import LoopbackServer

SLOW_HEADERS_SECONDS = 3.5  # longer than the tests' DOWNLOAD_TIMEOUT=2
SLOW_BODY_SECONDS = 1.5  # the body trickles in over this long, within the timeout
SLOW_BODY_PIECES = 16
RESET_DECLARED_BYTES = 10_000  # Content-Length of /reset/ ...
RESET_SENT_BYTES = 2_000  # ... of which this much is sent before a RST
TOO_BIG_BYTES = 60 * 1024 * 1024
GZIP_BOMB_BYTES = 200 * 1024 * 1024  # zeros, once decompressed
CHAIN_LENGTH = 40  # longer than Scrapy's REDIRECT_MAX_TIMES (20)
RETRY_AFTER_SECONDS = 2
CHUNK = 64 * 1024

# Every fault endpoint, in the order the index page links to them.
FAULT_PATHS = (
    "/flaky/", "/always-503/", "/always-500/", "/429/",
    "/slow-headers/", "/slow-body/", "/reset/",
    "/loop-a/", "/chain/1/",
    "/gone-404/", "/gone-410/",
    "/no-content-type/", "/wrong-content-type/", "/text-plain-html/",
    "/too-big/", "/too-big-no-length/", "/gzip-bomb/",
    "/charset-undeclared/", "/charset-wrong/",
    "/truncated/", "/invalid/", "/empty/",
)

# Pages linked only from a page behind a fault: fetched only if the crawl went on.
ONWARD = {
    "/flaky/": "/efter/flaky/",
    "/429/": "/efter/429/",
    "/slow-body/": "/efter/slow-body/",
    "/no-content-type/": "/efter/no-content-type/",
    "/charset-undeclared/": "/efter/charset-undeclared/",
    "/charset-wrong/": "/efter/charset-wrong/",
    "/truncated/": "/efter/truncated/",
    "/invalid/": "/efter/invalid/",
}
LAST_PAGE = "/efter/index/"  # linked from the index after every fault

ROBOTS_TXT = b"User-agent: *\nDisallow:\n"

CHARSET_TITLE = "Värmepumpar sänker kostnaden för hyresgästerna i Örebro"
CHARSET_WORDS = ("Värmepumpar", "sänker", "Örebro", "hyresgästerna", "Åsa Öhrström")


# -- page bodies ---------------------------------------------------------------------
def article_page(title: str, *, post_id: int, paragraphs: Sequence[str], links: Sequence[str] = (),
                 meta_charset: str | None = "UTF-8") -> str:
    """A single post in the classic WordPress markup the parsers know."""
    head = f'<meta charset="{meta_charset}">\n' if meta_charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    more = "\n".join(f'<p>Läs också: <a href="{href}">{href}</a></p>' for href in links)
    day = post_id % 28 + 1
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
{head}<title>{title} – Allmännyttan</title>
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Allmännyttan</a></p></header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-energi">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><time class="entry-date published"
 datetime="2022-05-{day:02d}T08:00:00+02:00">{day} maj 2022</time></span></div>
<h1 class="entry-title">{title}</h1>
</header>
<div class="entry-content">
{body}
{more}
</div>
<div class="author-box"><div class="author-info">
<p class="author-name">Åsa Öhrström</p>
<p class="author-title">energistrateg, Örebrobostäder</p>
</div></div>
</article>
</main>
</div>
</div>
</body>
</html>
"""


PARAGRAPHS = [
    "När bostadsbolaget bytte ut de gamla fjärrvärmeväxlarna mot frånluftsvärmepumpar i "
    "kvarteret vid ån sjönk energianvändningen med nästan en tredjedel på ett år.",
    "Hyresgästerna märkte inte mycket av bytet. Det som syntes var ett nytt aggregat på "
    "vinden och ett brev om att inomhustemperaturen skulle bli jämnare över dygnet.",
    "Nästa steg är att mäta hur väl värmen räcker under den kallaste veckan i februari, "
    "och att dela resultaten med andra kommunala bostadsföretag som står inför samma val.",
]


def page(path: str, title: str, post_id: int, **options) -> str:
    """An article for ``path``, linking on to its ONWARD page when it has one."""
    links = [ONWARD[path]] if path in ONWARD else []
    return article_page(title, post_id=post_id, paragraphs=PARAGRAPHS, links=links, **options)


def index_page() -> bytes:
    items = "\n".join(f'<li><a href="{p}">{p}</a></li>' for p in (*FAULT_PATHS, LAST_PAGE))
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>Felsidor – Allmännyttan</title></head>
<body class="page-template-default page">
<h1>Sidor som går sönder</h1>
<ul>
{items}
</ul>
</body></html>
""".encode()


def slow_body_bytes() -> bytes:
    return page("/slow-body/", "Långsamt men säkert: stambytet i Gävle", 7201).encode()


def charset_page_bytes(path: str) -> bytes:
    """A Swedish article in windows-1252, with no charset in the page itself."""
    post_id = 7301 if path == "/charset-undeclared/" else 7302
    return page(path, CHARSET_TITLE, post_id, meta_charset=None).encode("cp1252")


def truncated_bytes() -> bytes:
    """An article cut off in the middle of a tag, after its first paragraphs and onward link."""
    full = page("/truncated/", "Avbruten sändning om hissar i Luleå", 7401)
    cut = full.index("</div>\n<div class=\"author-box\">")
    return (full[:cut] + '<p>Sista stycket bryts mitt i en <a hre').encode()


def invalid_bytes() -> bytes:
    """Tag soup: unclosed and stray tags, a <p> in a <table>, unquoted attributes."""
    return f"""<html><head><title>Taggsoppa om tvättstugor – Allmännyttan</title>
<body class="single single-post postid-7501">
<div id=page><div class=site-content></div></div></div>
<article class="post-7501 post type-post">
<header class=entry-header>
<time class="entry-date published" datetime=2022-06-01T09:00:00+02:00>1 juni 2022</time>
<h1 class=entry-title>Taggsoppa om tvättstugor</h1></header>
<div class=entry-content>
<p>{PARAGRAPHS[0]}
<p><b>{PARAGRAPHS[1]}
<table><tr><p>En cell utan td</p><td>Tvättstuga <i>2</td></tr></p>
</div></div></div>
<p>{PARAGRAPHS[2]}</span></li>
<p>Läs också: <a href={ONWARD['/invalid/']}>nästa</a>
</article></section>
""".encode()


@functools.cache
def gzip_bomb_bytes() -> bytes:
    """GZIP_BOMB_BYTES of zeros, gzip-compressed (about 200 KB), built once."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(GZIP_BOMB_BYTES // len(zeros))]
    parts.append(compressor.flush())
    return b"".join(parts)


def too_big_chunks() -> Iterator[bytes]:
    """TOO_BIG_BYTES of HTML, generated piece by piece."""
    filler = (b"<p>" + b"Mycket text om ingenting. " * 40 + b"</p>\n")
    block = (filler * (CHUNK // len(filler) + 1))[:CHUNK]
    for _ in range(TOO_BIG_BYTES // CHUNK):
        yield block


# -- the request log -----------------------------------------------------------------
@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request line and headers had arrived


class RequestLog:
    """Thread-safe list of the requests the server has seen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []

    def add(self, entry: LoggedRequest) -> int:
        """Log a request; return how many times its path has been asked for, this one included."""
        with self._lock:
            self._entries.append(entry)
            return sum(1 for e in self._entries if e.path == entry.path)

    def entries(self, path: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [e for e in self._entries if path is None or e.path == path]

    def hits(self, path: str) -> int:
        return len(self.entries(path))


# -- the handler ------------------------------------------------------------------
class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.nth = self.server.site.log.add(LoggedRequest(
            method=self.command, path=path, headers=dict(self.headers.items()),
            at=time.monotonic()))
        handler = self.route(path)
        try:
            handler()
        except OSError:  # the crawler hung up (timeout, size cap): that is the point
            self.close_connection = True

    def route(self, path: str) -> Callable[[], None]:
        if path.startswith("/chain/"):
            return lambda: self.chain(path)
        if path.startswith("/efter/"):
            return lambda: self.html(page(path, f"Sidan efter {path.split('/')[2]}",
                                          7000 + len(path)).encode())
        name = {"/": "index", "/robots.txt": "robots"}.get(path, path.strip("/").replace("-", "_"))
        return getattr(self, f"fault_{name}", self.not_found)

    # -- plumbing
    def send(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def html(self, body: bytes) -> None:
        self.send(200, body)

    def redirect(self, location: str) -> None:
        self.send(302, b"", headers={"Location": location})

    def not_found(self) -> None:
        self.send(404, b"<html><body><p>Sidan finns inte.</p></body></html>")

    def abort_with_rst(self) -> None:
        """Close the connection with a RST instead of a FIN."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.rfile.close()
        self.connection.close()

    # -- the endpoints
    def fault_index(self) -> None:
        self.html(index_page())

    def fault_robots(self) -> None:
        self.send(200, ROBOTS_TXT, content_type="text/plain")

    def fault_flaky(self) -> None:
        if self.nth == 1:
            self.send(503, b"<html><body>Tillf\xc3\xa4lligt fel</body></html>")
        else:
            self.html(page("/flaky/", "Andra försöket lyckades i Borås", 7001).encode())

    def fault_always_503(self) -> None:
        self.send(503, b"<html><body>Service Unavailable</body></html>")

    def fault_always_500(self) -> None:
        self.send(500, b"<html><body>Internal Server Error</body></html>")

    def fault_429(self) -> None:
        if self.nth == 1:
            self.send(429, b"<html><body>Too Many Requests</body></html>",
                      headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
        else:
            self.html(page("/429/", "Tålamod lönar sig i Umeå", 7002).encode())

    def fault_slow_headers(self) -> None:
        time.sleep(SLOW_HEADERS_SECONDS)
        self.html(page("/slow-headers/", "För sent svar", 7101).encode())

    def fault_slow_body(self) -> None:
        body = slow_body_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        step = -(-len(body) // SLOW_BODY_PIECES)
        for n, start in enumerate(range(0, len(body), step)):
            if n:
                time.sleep(SLOW_BODY_SECONDS / (SLOW_BODY_PIECES - 1))
            self.wfile.write(body[start:start + step])

    def fault_reset(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(RESET_DECLARED_BYTES))
        self.end_headers()
        self.wfile.write((b"<html><body><p>" + b"a" * RESET_DECLARED_BYTES)[:RESET_SENT_BYTES])
        time.sleep(0.1)  # let the client read the first part before the RST
        self.abort_with_rst()

    def fault_loop_a(self) -> None:
        self.redirect("/loop-b/")

    def fault_loop_b(self) -> None:
        self.redirect("/loop-a/")

    def chain(self, path: str) -> None:
        try:
            n = int(path.strip("/").split("/")[1])
        except (IndexError, ValueError):
            return self.not_found()
        if n < CHAIN_LENGTH:
            self.redirect(f"/chain/{n + 1}/")
        else:
            self.html(page("/chain/", "Slutet på kedjan", 7601).encode())

    def fault_gone_404(self) -> None:
        self.send(404, b"<html><body class=\"error404\"><p>Sidan finns inte.</p></body></html>")

    def fault_gone_410(self) -> None:
        self.send(410, b"<html><body><p>Sidan \xc3\xa4r borttagen.</p></body></html>")

    def fault_no_content_type(self) -> None:
        self.send(200, page("/no-content-type/", "Utan innehållstyp i Kiruna", 7003).encode(),
                  content_type=None)

    def fault_wrong_content_type(self) -> None:
        self.send(200, page("/wrong-content-type/", "Bild som är text", 7004).encode(),
                  content_type="image/png")

    def fault_text_plain_html(self) -> None:
        self.send(200, page("/text-plain-html/", "Text som är HTML", 7005).encode(),
                  content_type="text/plain; charset=utf-8")

    def fault_too_big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(TOO_BIG_BYTES))
        self.end_headers()
        for block in too_big_chunks():
            self.wfile.write(block)

    def fault_too_big_no_length(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for block in too_big_chunks():
            self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
        self.wfile.write(b"0\r\n\r\n")

    def fault_gzip_bomb(self) -> None:
        self.send(200, gzip_bomb_bytes(), headers={"Content-Encoding": "gzip"})

    def fault_charset_undeclared(self) -> None:
        self.send(200, charset_page_bytes("/charset-undeclared/"), content_type="text/html")

    def fault_charset_wrong(self) -> None:
        self.send(200, charset_page_bytes("/charset-wrong/"))  # says utf-8, is windows-1252

    def fault_truncated(self) -> None:
        self.html(truncated_bytes())

    def fault_invalid(self) -> None:
        self.html(invalid_bytes())

    def fault_empty(self) -> None:
        self.html(b"")


class FaultServer(LoopbackServer):
    """The fault server on 127.0.0.1 and a free port, in a daemon thread; a context manager."""

    name = "fault-server"

    def __init__(self) -> None:
        gzip_bomb_bytes()  # compress once, before any crawler asks for it
        self.log = RequestLog()
        super().__init__(FaultHandler)

    def url_of(self, path: str) -> str:
        return self.url_for(path)


if __name__ == "__main__":
    with FaultServer() as server:
        print(f"Fault server at {server.url} (Ctrl-C to stop)")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
