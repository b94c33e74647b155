"""The bundled allmännyttan.se replica: real HTTP on loopback."""

from __future__ import annotations

import gzip
import html
import http.client
import json
import re
import shutil
import socket
import struct
import subprocess
import sys
import urllib.parse
import urllib.robotparser
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crawler.sample_site import (GROUND_TRUTH_PATH, PACKAGE_DIR, SITE_ROOT, copy_site,
                                 load_ground_truth, serve)
from tools.sample_site import build_site

ROOT = Path(__file__).resolve().parent.parent
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site():
    with serve() as s:
        yield s


@pytest.fixture(scope="module")
def truth():
    return load_ground_truth()


def fetch(site, path, headers=None, method="GET"):
    """One request on a fresh connection; returns (status, headers, raw body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def raw_get(site, path, extra=""):
    """GET over a bare socket; returns (status line, header dict, undecoded body bytes)."""
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{site.port}\r\n{extra}"
                     "Connection: close\r\n\r\n".encode("ascii"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    return lines[0], headers, body


def dechunk(body: bytes) -> list[bytes]:
    chunks = []
    while True:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            assert rest == b"\r\n", "chunked body must end with an empty trailer"
            return chunks
        chunks.append(rest[:size])
        assert rest[size:size + 2] == b"\r\n"
        body = rest[size + 2:]


def on_disk(site, rel: str) -> bytes:
    return (SITE_ROOT / rel).read_bytes().replace(b"{{origin}}", site.origin.encode())


class TextAndLinks(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "br", "td", "tr", "figcaption", "span", "time", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links = [], []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        for key in ("href", "src"):
            if a.get(key) and (tag != "link" or a.get("rel") in ("stylesheet", "next", "prev", "canonical")):
                self.links.append(a[key])
        if a.get("srcset"):
            self.links += [p.split()[0] for p in a["srcset"].split(",")]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    def text(self):
        return " ".join("".join(self.parts).split())


def parse(body: bytes, encoding="utf-8") -> TextAndLinks:
    p = TextAndLinks()
    p.feed(body.decode(encoding))
    return p


# --------------------------------------------------------------------------- server basics


def test_serve_returns_live_server_on_free_port(site, truth):
    assert site.port > 0
    assert site.url == f"http://127.0.0.1:{site.port}/"
    assert site.origin == site.url[:-1]
    status, headers, body = fetch(site, "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    page = body.decode("utf-8")
    teasers = re.findall(r'<h2 class="entry-title"><a href="([^"]+)" rel="bookmark">', page)
    assert len(teasers) == 5
    assert teasers == [t["article_url"] for t in truth["listings"]["/"]]
    assert f'<link rel="canonical" href="{site.origin}/">' in page
    assert "{{origin}}" not in page


def test_content_length_for_non_listing_pages(site):
    line, headers, body = raw_get(site, "/fler-kan-gora-mer/")
    assert line == "HTTP/1.1 200 OK"
    assert "transfer-encoding" not in headers
    assert int(headers["content-length"]) == len(body) == len(on_disk(site, "fler-kan-gora-mer/index.html"))


def test_gzip_when_asked_and_identical_after_decoding(site):
    status, headers, body = fetch(site, "/wp-content/themes/allmannyttan/style.css?ver=1.4.2",
                                  {"Accept-Encoding": "gzip, deflate"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in headers["Vary"]
    assert headers["Content-Type"] == "text/css; charset=utf-8"
    assert gzip.decompress(body) == (SITE_ROOT / "wp-content/themes/allmannyttan/style.css").read_bytes()

    _, plain_headers, plain = fetch(site, "/fler-kan-gora-mer/")
    assert "Content-Encoding" not in plain_headers
    _, gz_headers, gz = fetch(site, "/fler-kan-gora-mer/", {"Accept-Encoding": "gzip"})
    assert gz_headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz) == plain == on_disk(site, "fler-kan-gora-mer/index.html")
    assert gz_headers["ETag"] != plain_headers["ETag"]

    _, identity_headers, _ = fetch(site, "/", {"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in identity_headers


def test_images_and_pdf_never_compressed(site, truth):
    for path in truth["requisites"]:
        if path.endswith((".png", ".pdf")):
            status, headers, body = fetch(site, path, {"Accept-Encoding": "gzip"})
            assert status == 200, path
            assert "Content-Encoding" not in headers, path
            assert headers["Content-Type"] in ("image/png", "application/pdf")
            assert body[:4] in (b"\x89PNG", b"%PDF")


def test_listings_are_chunked_in_several_chunks(site, truth):
    assert set(truth["chunked"]) == set(truth["listings"])
    line, headers, body = raw_get(site, "/page/2/")
    assert line == "HTTP/1.1 200 OK"
    assert headers["transfer-encoding"] == "chunked"
    assert "content-length" not in headers
    chunks = dechunk(body)
    assert len(chunks) >= 3
    assert b"".join(chunks) == on_disk(site, "page/2/index.html")

    _, headers, body = raw_get(site, "/kategori/segregation/", "Accept-Encoding: gzip\r\n")
    assert headers["transfer-encoding"] == "chunked" and headers["content-encoding"] == "gzip"
    chunks = dechunk(body)
    assert len(chunks) >= 2
    assert gzip.decompress(b"".join(chunks)) == on_disk(site, "kategori/segregation/index.html")


def test_http10_client_gets_content_length_even_for_listings(site):
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.0\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert b"chunked" not in head.lower()
    assert int(re.search(rb"Content-Length: (\d+)", head).group(1)) == len(body)


def test_conditional_requests_answer_304(site):
    path = "/renovering-utan-hyreschock/"
    status, headers, _ = fetch(site, path)
    assert status == 200
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and etag.endswith('"')

    status, h304, body = fetch(site, path, {"If-None-Match": etag})
    assert status == 304 and body == b""
    assert h304["ETag"] == etag
    # the gzip variant's tag names the same content
    status, hgz, _ = fetch(site, path, {"If-None-Match": etag, "Accept-Encoding": "gzip"})
    assert status == 304 and hgz["ETag"].endswith('-gzip"')
    status, _, _ = fetch(site, path, {"If-None-Match": f'W/"nope", {hgz["ETag"]}'})
    assert status == 304

    assert fetch(site, path, {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(site, path, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    assert fetch(site, path, {"If-Modified-Since": "not a date"})[0] == 200
    # If-None-Match wins over If-Modified-Since
    assert fetch(site, path, {"If-None-Match": '"other"', "If-Modified-Since": last_modified})[0] == 200
    # 304 on a chunked listing has no body either
    _, lh, _ = fetch(site, "/")
    status, _, body = fetch(site, "/", {"If-None-Match": lh["ETag"]})
    assert status == 304 and body == b""


def test_head_has_headers_but_no_body(site):
    _, get_headers, body = fetch(site, "/kontakt/")
    status, head_headers, head_body = fetch(site, "/kontakt/", method="HEAD")
    assert status == 200 and head_body == b""
    assert head_headers["Content-Length"] == str(len(body))
    assert head_headers["ETag"] == get_headers["ETag"]


def test_redirects_missing_and_gone(site, truth):
    for old, new in truth["redirects"].items():
        status, headers, _ = fetch(site, old)
        assert status == 301
        assert headers["Location"] == site.origin + new
        assert fetch(site, new)[0] == 200
    for path in truth["missing"]:
        status, headers, body = fetch(site, path)
        assert status == 404 and b"hittades inte" in body
    for path in truth["gone"]:
        assert fetch(site, path)[0] == 410
    # a directory without its trailing slash, as WordPress does
    status, headers, _ = fetch(site, "/kontakt?x=1")
    assert status == 301 and headers["Location"] == f"{site.origin}/kontakt/?x=1"
    # configuration and traversal are not served
    assert fetch(site, "/_routes.json")[0] == 404
    assert fetch(site, "/../ground_truth.json")[0] == 404
    assert fetch(site, "/%2e%2e/ground_truth.json")[0] == 404


def test_windows_1252_page(site, truth):
    (path, art), = [(p, a) for p, a in truth["articles"].items() if a["encoding"] == "windows-1252"]
    status, headers, body = fetch(site, path)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("cp1252")
    assert "å" in text and "ö" in text and "”" in text
    assert "&nbsp;" in text and "&ndash;" in text
    assert '<meta charset="windows-1252">' in text
    assert art["title"] in text
    assert body == (SITE_ROOT / path.strip("/") / "index.html").read_bytes()


# --------------------------------------------------------------------------- content vs ground truth


def test_ground_truth_shape_and_variation(truth):
    arts = truth["articles"]
    assert len(arts) >= 12
    years = {a["published"][:4] for a in arts.values()}
    assert {"2017", "2018", "2019", "2020", "2021"} <= years
    assert sum(a["author_name"] is None for a in arts.values()) >= 2
    assert any(len(a["authors"]) == 2 for a in arts.values())
    assert sum(a["photo_credit"] is None for a in arts.values()) >= 2
    assert any(a["author_role"] == "boendeexpert, Sveriges Allmännytta" for a in arts.values())
    assert 2 <= sum(a["structured_data"] for a in arts.values()) <= 3
    assert [p for p, a in arts.items() if a["in_sitemap_only"]]
    assert any(p.strip("/") != re.sub(r"[^a-z0-9]+", "-", a["title"].lower()).strip("-")
               for p, a in arts.items())
    for a in arts.values():
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"])
        assert a["author_name"] == (a["authors"][0]["name"] if a["authors"] else None)
        if a["photo_credit"]:
            assert re.match(r"(Foto|Fotograf|Bild|Illustration): ", a["photo_credit"])
            assert not a["image_caption"].startswith("Bilden ovan")
        assert "\n\n" in a["body_text"] and "\n\n\n" not in a["body_text"]
        assert any(par.isupper() for par in a["body_text"].split("\n\n")), "a CAPITALS subheading"
    assert set(truth["pages"]).isdisjoint(arts)
    assert any(len(items) == 5 for path, items in truth["listings"].items() if path.startswith("/kategori/")) \
        and any(path.startswith("/kategori/") and "/page/2/" in path for path in truth["listings"])


def test_every_article_serves_its_fields(site, truth):
    for path, art in truth["articles"].items():
        status, headers, body = fetch(site, path)
        assert status == 200, path
        assert headers["Content-Type"].endswith(art["encoding"]), path
        parsed = parse(body, "cp1252" if art["encoding"] == "windows-1252" else "utf-8")
        text = parsed.text()
        assert art["title"] in text and f">{html.escape(art['title'], quote=False)}<" in body.decode(
            art["encoding"].replace("windows-1252", "cp1252")), path
        assert art["published_raw"] in text, path
        for para in art["body_text"].split("\n\n"):
            assert para in text, (path, para)
        for author in art["authors"]:
            assert author["name"] in text and author["role"] in text, path
        if art["photo_credit"]:
            assert f"Bilden ovan: {art['image_caption']} {art['photo_credit']}" in text, path
            assert art["image"] in parsed.links
        else:
            assert "Bilden ovan" not in text, path
        for rel in art["related"]:
            assert rel in parsed.links and rel != path
        if art["encoding"] == "utf-8":
            assert f'datetime="{art["published"]}T' in body.decode(), path
            assert f'<link rel="canonical" href="{site.origin}{path}">' in body.decode(), path
        if art["structured_data"]:
            ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                      body.decode(), re.S).group(1))
            assert ld["@type"] == "BlogPosting" and ld["headline"] == art["title"]
            assert ld["datePublished"].startswith(art["published"])
            assert ld["author"]["name"] == art["author_name"]
            assert ld["author"]["jobTitle"] == art["author_role"]
            assert ld["image"]["url"] == site.origin + art["image"]
            assert f'<meta property="og:url" content="{site.origin}{path}">' in body.decode()


def test_listings_match_ground_truth(site, truth):
    for path, items in truth["listings"].items():
        status, _, body = fetch(site, path)
        assert status == 200, path
        page = body.decode()
        found = re.findall(r'<h2 class="entry-title"><a href="([^"]+)" rel="bookmark">', page)
        assert found == [i["article_url"] for i in items], path
        text = parse(body).text()
        for item in items:
            assert item["excerpt"] + "..." in text, (path, item["article_url"])
            assert html.escape(item["title"], quote=False) in page
            if item["author_name"]:
                assert item["author_name"] in text and item["author_role"] in text
    assert 'href="/page/2/">Äldre inlägg<' in fetch(site, "/")[2].decode()
    page2 = fetch(site, "/page/2/")[2].decode()
    assert 'href="/">Nyare inlägg<' in page2 and 'href="/page/3/">Äldre inlägg<' in page2
    assert f'<link rel="prev" href="{site.origin}/">' in page2
    assert f'<link rel="next" href="{site.origin}/page/3/">' in page2


def test_static_pages_are_not_articles(site, truth):
    for path in truth["pages"]:
        status, _, body = fetch(site, path)
        assert status == 200, path
        page = body.decode()
        assert "type-page" in page and "<time" not in page
        assert truth["page_titles"][path] in parse(body).text()


# --------------------------------------------------------------------------- robots, sitemaps, links


def test_robots_names_sitemap_with_live_origin(site, truth):
    status, headers, body = fetch(site, "/robots.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    text = body.decode()
    assert f"Sitemap: {site.origin}/sitemap.xml" in text.splitlines()
    assert "Disallow: /wp-admin/" in text and "Disallow: /?s=" in text
    # the disallowed page exists, so only robots.txt keeps a crawler out
    assert fetch(site, "/wp-admin/")[0] == 200


def test_every_sitemap_url_answers_200(site, truth):
    index = ET.fromstring(fetch(site, "/sitemap.xml")[2])
    assert index.tag == f"{SM}sitemapindex"
    sitemap_urls = [e.findtext(f"{SM}loc") for e in index.findall(f"{SM}sitemap")]
    assert sitemap_urls == [site.origin + p for p in truth["sitemaps"][1:]]
    locs = {}
    for url in sitemap_urls:
        status, headers, body = fetch(site, urllib.parse.urlsplit(url).path)
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        for u in ET.fromstring(body).findall(f"{SM}url"):
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", u.findtext(f"{SM}lastmod"))
            locs[u.findtext(f"{SM}loc")] = url
    for loc in locs:
        assert loc.startswith(site.origin + "/")
        assert fetch(site, loc[len(site.origin):])[0] == 200, loc
    posts = {loc[len(site.origin):] for loc, sm in locs.items() if sm.endswith("/post-sitemap.xml")}
    pages = {loc[len(site.origin):] for loc, sm in locs.items() if sm.endswith("/page-sitemap.xml")}
    assert posts == set(truth["articles"])
    assert set(truth["pages"]) <= pages


def crawl_links(site):
    """Breadth-first over links from '/', obeying robots.txt; returns (fetched paths, statuses)."""
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(fetch(site, "/robots.txt")[2].decode().splitlines())
    queue, seen, statuses, blocked = ["/"], set(), {}, set()
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        if not robots.can_fetch("*", site.origin + path):
            blocked.add(path)
            continue
        status, headers, body = fetch(site, path)
        statuses[path] = status
        if status in (301, 302):
            queue.append(headers["Location"][len(site.origin):])
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        charset = headers["Content-Type"].split("charset=")[1]
        for link in parse(body, "cp1252" if charset == "windows-1252" else "utf-8").links:
            url = urllib.parse.urljoin(site.origin + path, link)
            if url.startswith(site.origin + "/"):
                queue.append(url[len(site.origin):].split("#")[0])
    return statuses, blocked


def test_link_crawl_reaches_everything_but_the_sitemap_only_article(site, truth):
    statuses, blocked = crawl_links(site)
    ok = sorted(p for p, s in statuses.items() if s == 200)
    assert ok == truth["reachable_by_links"]
    assert set(truth["requisites"]) <= set(ok)
    assert sorted(blocked) == truth["robots_disallowed_links"]
    assert "/wp-admin/" in blocked
    for path, art in truth["articles"].items():
        assert (path in statuses) is not art["in_sitemap_only"], path
    assert {p for p, s in statuses.items() if s == 404} == set(truth["missing"])
    assert {p for p, s in statuses.items() if s == 410} == set(truth["gone"])
    assert {p for p, s in statuses.items() if s == 301} == set(truth["redirects"])
    assert all(s in (200, 301, 404, 410) for s in statuses.values())


def test_sitemap_only_article_is_not_linked_from_any_file(truth):
    only = [p for p, a in truth["articles"].items() if a["in_sitemap_only"]]
    assert only
    for f in SITE_ROOT.rglob("*"):
        if not f.is_file() or f.suffix not in (".html", ".json"):
            continue
        content = f.read_bytes().decode("utf-8", errors="replace")
        for path in only:
            if f.parent.name == path.strip("/").split("/")[-1]:
                continue  # its own page (canonical, og:url)
            assert path not in content, f"{f} links {path}"


# --------------------------------------------------------------------------- request log, editing, quietness


def test_request_log_records_method_path_headers_status(site):
    site.clear_requests()
    fetch(site, "/kontakt/", {"If-None-Match": '"abc"', "User-Agent": "provbot/1.0"})
    fetch(site, "/finns-inte/?q=1", method="HEAD")
    log = site.requests
    assert [(r["method"], r["path"], r["status"]) for r in log] == [
        ("GET", "/kontakt/", 200), ("HEAD", "/finns-inte/?q=1", 404)]
    headers = log[0]["headers"]
    assert isinstance(headers, dict)
    assert headers["If-None-Match"] == '"abc"' == headers["if-none-match"]
    assert headers.get("user-agent") == "provbot/1.0" and "USER-AGENT" in headers
    assert site.requested_paths("GET") == ["/kontakt/"]
    log.clear()  # a snapshot: clearing it does not touch the server's log
    assert len(site.requests) == 2


def test_server_over_edited_copy_serves_the_edit(tmp_path):
    root = copy_site(tmp_path / "site")
    with serve(root) as s:
        target = root / "fler-kan-gora-mer" / "index.html"
        status, headers, body = fetch(s, "/fler-kan-gora-mer/")
        assert status == 200 and b"Fler kan g\xc3\xb6ra mer" in body
        target.write_bytes(body.replace(b"Fler kan g\xc3\xb6ra mer mot", b"Alla kan g\xc3\xb6ra mer mot")
                           .replace(s.origin.encode(), b"{{origin}}"))
        status, headers2, body2 = fetch(s, "/fler-kan-gora-mer/", {"If-None-Match": headers["ETag"]})
        assert status == 200 and b"Alla kan g\xc3\xb6ra mer mot" in body2
        assert headers2["ETag"] != headers["ETag"]
        # add and remove articles between two crawls
        (root / "ny-artikel").mkdir()
        (root / "ny-artikel" / "index.html").write_text("<h1>Ny artikel om värmepumpar</h1>", encoding="utf-8")
        assert fetch(s, "/ny-artikel/")[0] == 200
        shutil.rmtree(root / "solceller-pa-taken")
        assert fetch(s, "/solceller-pa-taken/")[0] == 404
        # routes are re-read too
        routes = json.loads((root / "_routes.json").read_text(encoding="utf-8"))
        routes["status"]["/ny-artikel/"] = 410
        (root / "_routes.json").write_text(json.dumps(routes), encoding="utf-8")
        assert fetch(s, "/ny-artikel/")[0] == 410
    assert b"Fler kan g\xc3\xb6ra mer mot" in (SITE_ROOT / "fler-kan-gora-mer" / "index.html").read_bytes()
    assert (SITE_ROOT / "solceller-pa-taken" / "index.html").is_file()


def test_quiet_unless_asked(site, capsys, monkeypatch):
    fetch(site, "/kontakt/")
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("SAMPLE_SITE_LOG", "1")
    fetch(site, "/kontakt/")
    assert "/kontakt/" in capsys.readouterr().err


def test_shutdown_closes_the_port():
    s = serve()
    port = s.port
    assert fetch(s, "/robots.txt")[0] == 200
    s.shutdown()
    s.shutdown()  # idempotent
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_command_line_serves_in_foreground():
    proc = subprocess.Popen([sys.executable, "-m", "crawler.sample_site", "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url), url
        port = int(url.rsplit(":", 1)[1].strip("/"))

        class _S:  # enough of a server for fetch()
            pass
        s = _S()
        s.port = port
        status, _, body = fetch(s, "/robots.txt")
        assert status == 200 and f"Sitemap: {url}sitemap.xml".encode() in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --------------------------------------------------------------------------- the generator


def _png_pixels(data: bytes) -> tuple[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, ihdr, idat = 8, b"", b""
    while pos < len(data):
        length, tag = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        ihdr, idat = (chunk, idat) if tag == b"IHDR" else (ihdr, idat + chunk if tag == b"IDAT" else idat)
        pos += 12 + length
    return ihdr, zlib.decompress(idat)


def test_generator_reproduces_the_committed_files(tmp_path):
    build_site.build(tmp_path / "site", tmp_path / "ground_truth.json")
    assert (tmp_path / "ground_truth.json").read_bytes() == GROUND_TRUTH_PATH.read_bytes()
    ours = sorted(p.relative_to(SITE_ROOT).as_posix() for p in SITE_ROOT.rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(tmp_path / "site").as_posix()
                    for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert ours == theirs
    for rel in ours:
        a, b = (SITE_ROOT / rel).read_bytes(), (tmp_path / "site" / rel).read_bytes()
        if rel.endswith(".png"):  # zlib builds may differ in bytes, never in pixels
            assert _png_pixels(a) == _png_pixels(b), rel
        else:
            assert a == b, rel


def test_site_is_small_and_self_contained():
    files = [p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert sum(p.stat().st_size for p in SITE_ROOT.rglob("*") if p.is_file()) < 1_000_000
    for p in files:
        assert b"/work/" not in p.read_bytes(), p  # the repo must stand alone
    for p in SITE_ROOT.rglob("*.png"):
        assert p.stat().st_size < 5000, p
