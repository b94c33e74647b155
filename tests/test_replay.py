"""Replay with pywb: archived pages come back whole, from the archive alone.

A copy of the sample site is crawled, one article is changed, the site is
crawled again (unchanged pages answer 304: ``server-not-modified`` revisits)
and once more with ``--full`` (``identical-payload-digest`` revisits), then
shut down. ``allmannyttan-archive replay`` runs pywb
as a real server on a free loopback port; pages are fetched with urllib.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.timeutils import iso_date_to_timestamp

from archive.datasette import make_datasette
from archive.replay import REPLAY_URL_ENV, replay_url
from archive.wacz import package_name
from crawler.sample_site import copy_site, serve
from tests.conftest import ROOT, crawl, db_rows, free_port, run_cli
from tests.test_incremental_crawl import set_lastmod

CHANGED = "/fler-kan-gora-mer/"
UNCHANGED = "/laxhjalp-i-gamla-tvattstugan/"


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def text_of(page: bytes) -> str:
    """The visible text of an HTML page, tags dropped, whitespace collapsed."""
    body = re.sub(rb"<(script|style)\b.*?</\1>", b" ", page, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(rb"<[^>]+>", b" ", body).decode("utf-8")).split())


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> dict:
    """Three crawls of a site copy, one article changed after the first; the site is gone after."""
    tmp = tmp_path_factory.mktemp("replay")
    root = copy_site(tmp / "site")
    archive_dir = tmp / "archive"
    page = root / CHANGED.strip("/") / "index.html"
    with serve(root) as site:
        assert crawl(site.url, archive_dir).returncode == 0
        original = page.read_text(encoding="utf-8")
        paragraph = re.search(r"<p>([^<]{40,})</p>", original).group(1)
        page.write_text(original.replace(paragraph, "Uppdaterad: " + paragraph), encoding="utf-8")
        set_lastmod(root / "post-sitemap.xml", CHANGED,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"))
        time.sleep(1.1)  # the two versions must differ in pywb's 14-digit timestamps
        second = crawl(site.url, archive_dir)
        assert second.returncode == 0, second.stderr
        third = crawl(site.url, archive_dir, "--full")
        assert third.returncode == 0, third.stderr
        origin = site.origin
    return {"dir": archive_dir, "origin": origin, "root": root, "paragraph": html.unescape(paragraph)}


@pytest.fixture(scope="module")
def replay(crawled):
    """`allmannyttan-archive replay` on a free port, once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "replay", "--archive-dir", str(crawled["dir"]),
         "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        lines.append(line)
        if "Newest capture of the home page" in line:
            break
        assert process.poll() is None, "".join(lines)
    while time.monotonic() < deadline:
        try:
            if fetch(base + "/")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        pytest.fail("pywb did not answer: " + "".join(lines))
    yield {"base": base, "output": "".join(lines), "pid": process.pid, **crawled}
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stdout.close()


def capture_times(archive_dir: Path, url: str, record_type: str = "response") -> list[str]:
    return [r["warc_date"] for r in db_rows(
        archive_dir, "SELECT warc_date FROM captures WHERE url = ? AND record_type = ? ORDER BY id",
        url, record_type)]


def test_replay_prints_the_newest_home_page_capture(replay):
    home = replay["origin"] + "/"
    newest = db_rows(replay["dir"], "SELECT warc_date FROM captures WHERE url = ? ORDER BY id DESC",
                     home)[0]["warc_date"]
    printed = re.search(r"Newest capture of the home page: (\S+)", replay["output"]).group(1)
    assert printed == replay_url(replay["base"], newest, home)
    status, _, page = fetch(printed)
    assert status == 200 and b"replay_iframe" in page  # pywb's frame around the page


def test_revisits_replay_as_the_page_they_confirm(replay):
    home = replay["origin"] + "/"
    captures = db_rows(replay["dir"], "SELECT warc_date, status, record_type FROM captures "
                                      "WHERE url = ? ORDER BY id", home)
    assert [(c["status"], c["record_type"]) for c in captures] == [
        (200, "response"), (304, "revisit"), (200, "revisit")]
    original = fetch(replay_url(replay["base"], captures[0]["warc_date"], home, frame=False))
    assert original[0] == 200 and "Allmännyttan" in text_of(original[2])
    for capture in captures[1:]:
        status, _, page = fetch(replay_url(replay["base"], capture["warc_date"], home, frame=False))
        assert status == 200
        assert text_of(page) == text_of(original[2]).replace(
            iso_date_to_timestamp(captures[0]["warc_date"]), iso_date_to_timestamp(capture["warc_date"]))


def test_article_replays_with_its_text_and_archived_images(replay):
    url = replay["origin"] + UNCHANGED
    article = db_rows(replay["dir"], "SELECT title, body_text FROM articles WHERE url = ?", url)[0]
    status, content_type, page = fetch(replay_url(replay["base"], capture_times(replay["dir"], url)[0],
                                                  url, frame=False))
    assert status == 200 and content_type.startswith("text/html")
    text = text_of(page)
    assert article["title"] in text
    for paragraph in article["body_text"].split("\n")[:3]:
        assert " ".join(paragraph.split()) in text
    sources = re.findall(rb'<img[^>]*\ssrc="([^"]+)"', page)
    assert sources
    for src in sources:
        src = html.unescape(src.decode())
        # Rewritten into the archive: /archive/<timestamp>im_/<original URL>.
        match = re.fullmatch(r"/archive/(\d{14}|\d+)im_/(http://127\.0\.0\.1:\d+)(/.+)", src)
        assert match, src
        assert match.group(2) == replay["origin"]
        status, content_type, image = fetch(replay["base"] + src)
        # The site is shut down: these bytes can only come from the WARC files.
        assert status == 200 and content_type.startswith("image/"), src
        assert image == (replay["root"] / match.group(3).lstrip("/")).read_bytes()


def test_earlier_version_of_a_changed_article_replays_by_its_timestamp(replay):
    url = replay["origin"] + CHANGED
    first, second = capture_times(replay["dir"], url)
    assert iso_date_to_timestamp(first) != iso_date_to_timestamp(second)
    old = text_of(fetch(replay_url(replay["base"], first, url, frame=False))[2])
    new = text_of(fetch(replay_url(replay["base"], second, url, frame=False))[2])
    assert replay["paragraph"] in old and "Uppdaterad: " not in old
    assert "Uppdaterad: " + replay["paragraph"] in new


def test_datasette_article_page_links_to_the_replay(replay, monkeypatch):
    url = replay["origin"] + UNCHANGED
    article = db_rows(replay["dir"], "SELECT a.id, c.url, c.warc_date FROM articles a "
                                     "JOIN captures c ON c.id = a.capture_id WHERE a.url = ?", url)[0]
    expected = replay_url(replay["base"], article["warc_date"], article["url"])
    running = json.loads((replay["dir"] / "replay" / "running.json").read_text())
    assert running == {"pid": running["pid"], "url": replay["base"]}

    monkeypatch.delenv(REPLAY_URL_ENV, raising=False)
    ds = make_datasette(replay["dir"] / "archive.db")
    page = asyncio.run(ds.client.get(f"/archive/articles/{article['id']}")).text
    assert f'<a href="{html.escape(expected)}" class="replay-link">replay</a>' in page
    captures = asyncio.run(ds.client.get("/archive/article_captures?" + urllib.parse.urlencode(
        {"article_url": url}))).text
    assert f'href="{replay["base"]}/archive/' in captures
    status, _, replayed = fetch(expected.replace(f"/{iso_date_to_timestamp(article['warc_date'])}/",
                                                 f"/{iso_date_to_timestamp(article['warc_date'])}mp_/"))
    assert status == 200

    # A configured base URL (serve --replay-url: the plugin's configuration) wins over the running server's.
    configured = make_datasette(replay["dir"] / "archive.db", replay_url="http://replay.example:9000")
    page = asyncio.run(configured.client.get(f"/archive/articles/{article['id']}")).text
    assert 'href="http://replay.example:9000/archive/' in page
    monkeypatch.setenv(REPLAY_URL_ENV, "http://older.example:9001")  # the older way, still read
    page = asyncio.run(ds.client.get(f"/archive/articles/{article['id']}")).text
    assert 'href="http://older.example:9001/archive/' in page


def test_no_replay_link_when_no_replay_is_known(crawled, tmp_path, monkeypatch):
    monkeypatch.delenv(REPLAY_URL_ENV, raising=False)
    copy = Path(shutil.copytree(crawled["dir"], tmp_path / "a"))
    (copy / "replay").mkdir(exist_ok=True)
    (copy / "replay" / "running.json").write_text(json.dumps({"pid": 2 ** 22 + 12345, "url": "x"}))
    ds = make_datasette(copy / "archive.db")
    page = asyncio.run(ds.client.get("/archive/articles/1")).text
    assert "captures</a>" in page and "replay-link" not in page


def test_package_of_one_crawl_brings_the_files_its_revisits_need(crawled, tmp_path):
    out = tmp_path / "crawl-2.wacz"
    result = run_cli("wacz", "--archive-dir", str(crawled["dir"]), "--crawl", "2",
                     "--output", str(out))
    assert result.returncode == 0, result.stderr
    files = {c["id"]: c["warc_files"] for c in db_rows(crawled["dir"], "SELECT id, warc_files FROM crawls")}
    with zipfile.ZipFile(out) as z:
        names = {n for n in z.namelist() if n.startswith("archive/")}
        pages = [json.loads(line) for line in z.read("pages/pages.jsonl").splitlines()[1:]]
    # Crawl 2's file, and crawl 1's, which holds the records its revisits refer to; not crawl 3's.
    assert names == {f"archive/{package_name(files[1])}", f"archive/{package_name(files[2])}"}
    assert {p["url"] for p in pages} >= {crawled["origin"] + CHANGED, crawled["origin"] + "/"}
    validate = subprocess.run([str(Path(sys.executable).parent / "wacz"), "validate", "-f", str(out)],
                              capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout


def test_replay_refuses_a_taken_port(crawled):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        result = run_cli("replay", "--archive-dir", str(crawled["dir"]), "--port", str(s.getsockname()[1]))
    assert result.returncode == 3 and "Choose another with --port" in result.stderr


def test_replay_without_warcs_says_what_to_do(tmp_path):
    result = run_cli("replay", "--archive-dir", str(tmp_path))
    assert result.returncode == 3 and "allmannyttan-archive demo" in result.stderr


# -- the article's own page in Datasette: lead image from the archive, versions, diffs ------------

LEAD_IMAGE = re.compile(r'<figure class="lead-image"[^>]*><a href="[^"]*"><img src="([^"]+)" alt="([^"]*)"')


def ds_get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def article_row(archive_dir: Path, url: str):
    return db_rows(archive_dir, "SELECT a.id, a.image_url, a.image_caption, c.warc_date FROM articles a "
                                "JOIN captures c ON c.id = a.capture_id WHERE a.url = ?", url)[0]


def warc_payload(archive_dir: Path, url: str) -> bytes:
    """The body of the first response record of ``url``, read with warcio itself."""
    from warcio.archiveiterator import ArchiveIterator

    capture = db_rows(archive_dir, "SELECT warc_filename, warc_offset FROM captures WHERE url = ? "
                                   "AND record_type = 'response' ORDER BY id", url)[0]
    with open(archive_dir / "warc" / capture["warc_filename"], "rb") as stream:
        stream.seek(capture["warc_offset"])
        return next(iter(ArchiveIterator(stream))).content_stream().read()


def test_article_page_shows_the_lead_image_from_the_archive(crawled, monkeypatch):
    monkeypatch.delenv(REPLAY_URL_ENV, raising=False)
    monkeypatch.setattr("archive.datasette.plugin.running_replay_url", lambda archive_dir: None)
    url = crawled["origin"] + UNCHANGED
    article = article_row(crawled["dir"], url)
    assert article["image_url"].startswith(crawled["origin"] + "/wp-content/uploads/")
    ds = make_datasette(crawled["dir"] / "archive.db")
    page = ds_get(ds, f"/archive/articles/{article['id']}").text
    src, alt = LEAD_IMAGE.search(page).groups()
    assert html.unescape(alt) == article["image_caption"]
    src = html.unescape(src)
    # Never the live site: this Datasette's route, with the image's URL after the capture time.
    assert src == f"/-/archived/{iso_date_to_timestamp(article['warc_date'])}/{article['image_url']}"
    image = ds_get(ds, src)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.content == warc_payload(crawled["dir"], article["image_url"])
    site_file = crawled["root"] / urllib.parse.urlsplit(article["image_url"]).path.lstrip("/")
    assert image.content == site_file.read_bytes()
    # The table keeps its cells: provenance links, no pictures, no version lists.
    table = ds_get(ds, "/archive/articles").text
    assert "captures</a>" in table and "lead-image" not in table and "article-versions" not in table


def test_archived_route_follows_revisits_and_refuses_what_it_lacks(crawled):
    url = crawled["origin"] + UNCHANGED
    image_url = article_row(crawled["dir"], url)["image_url"]
    captures = db_rows(crawled["dir"], "SELECT warc_date, record_type FROM captures WHERE url = ? ORDER BY id",
                       image_url)
    assert captures[0]["record_type"] == "response" and captures[-1]["record_type"] == "revisit"
    ds = make_datasette(crawled["dir"] / "archive.db")
    body = warc_payload(crawled["dir"], image_url)
    for capture in (captures[0], captures[-1]):  # the revisit (--full) is served as the response it refers to
        for when in (iso_date_to_timestamp(capture["warc_date"]), capture["warc_date"]):
            got = ds_get(ds, f"/-/archived/{when}/{image_url}")
            assert got.status_code == 200 and got.content == body, (when, capture["record_type"])
            assert got.headers["content-type"] == "image/png"
            assert got.headers["x-archive-capture-date"] == capture["warc_date"]
    page = ds_get(ds, f"/-/archived/2/{url}")  # any capture, the one nearest the time asked
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "sandbox" in page.headers["content-security-policy"]  # archived markup never runs here
    missing = ds_get(ds, f"/-/archived/20240101000000/{crawled['origin']}/finns-inte.png")
    assert missing.status_code == 404 and "Not in the archive" in missing.text
    assert ds_get(ds, "/-/archived/20240101000000/http://elsewhere.example/x.png").status_code == 404


def test_article_page_image_comes_from_the_replay_when_one_is_known(replay):
    url = replay["origin"] + UNCHANGED
    article = article_row(replay["dir"], url)
    ds = make_datasette(replay["dir"] / "archive.db", replay_url=replay["base"])
    page = ds_get(ds, f"/archive/articles/{article['id']}").text
    src = html.unescape(LEAD_IMAGE.search(page).group(1))
    assert src == replay_url(replay["base"], article["warc_date"], article["image_url"], modifier="id_")
    assert re.fullmatch(rf"{re.escape(replay['base'])}/archive/\d{{14}}id_/{re.escape(article['image_url'])}", src)
    status, content_type, image = fetch(src)  # the site is down: pywb answers from the WARC files
    assert status == 200 and content_type.startswith("image/png") and image[:4] == b"\x89PNG"


def test_article_page_lists_versions_with_replays_and_diffs(replay):
    url = replay["origin"] + CHANGED
    article = article_row(replay["dir"], url)
    versions = db_rows(replay["dir"], "SELECT version, captured_at FROM article_versions "
                                      "WHERE article_url = ? ORDER BY version", url)
    assert [v["version"] for v in versions] == [1, 2]
    ds = make_datasette(replay["dir"] / "archive.db", replay_url=replay["base"])
    page = ds_get(ds, f"/archive/articles/{article['id']}").text
    items = re.findall(r'<li class="article-version">(.*?)</li>', page)
    assert len(items) == 2
    for item, version in zip(items, versions):
        assert f"version {version['version']}, captured {version['captured_at']}" in item
        assert html.escape(replay_url(replay["base"], version["captured_at"], url)) in item
    assert "diff-link" not in items[0]
    diff = html.unescape(re.search(r'<a href="([^"]+)" class="diff-link">diff</a>', items[1]).group(1))
    assert diff == "/archive/version_diff?" + urllib.parse.urlencode({"url": url, "version": 2})
    shown = ds_get(ds, diff).text
    assert '<ins style="background:#dafbe1">Uppdaterad: </ins>' in shown
    rows = ds_get(ds, diff.replace("/version_diff?", "/version_diff.json?") + "&_shape=array").json()
    assert [r["versions"] for r in rows] == ["1 → 2"] and "{+Uppdaterad: +}" in rows[0]["body_diff"]
