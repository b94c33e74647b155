"""Incremental re-crawls of an edited copy of the sample site, over real HTTP.

Crawl, change the site (edit one article, add one, remove one), crawl again:
the second crawl fetches what changed, archives the rest as revisits, and
records versions, removals and a report.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from archive.verify import header_faults
from archive.warc import PROFILE_IDENTICAL, PROFILE_NOT_MODIFIED
from crawler.sample_site import copy_site, load_ground_truth, serve
from tests.conftest import crawl

WARCIO = str(Path(sys.executable).parent / "warcio")
EDITED = "/fler-kan-gora-mer/"
REMOVED = "/solceller-pa-taken/"
ADDED = "/nytt-om-hyresgastdialog/"


def set_lastmod(sitemap: Path, path: str, lastmod: str) -> None:
    xml = sitemap.read_text(encoding="utf-8")
    pattern = re.compile(r"(<loc>\{\{origin\}\}" + re.escape(path) + r"</loc>\s*<lastmod>)[^<]+")
    assert pattern.search(xml), path
    sitemap.write_text(pattern.sub(lambda m: m.group(1) + lastmod, xml), encoding="utf-8")


def change_site(root: Path) -> None:
    """Edit one article, add one, remove one — as WordPress with an SEO sitemap would."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sitemap = root / "post-sitemap.xml"
    page = root / EDITED.strip("/") / "index.html"
    html = page.read_text(encoding="utf-8")
    first_paragraph = re.search(r"<p>([^<]{40,})</p>", html)
    html = html.replace(first_paragraph.group(1), "Uppdaterad: " + first_paragraph.group(1))
    # WordPress's "edit" link, into the part robots.txt forbids: obeyed from the stored robots.txt.
    page.write_text(html.replace("</article>", '<p><a href="/wp-admin/post.php?post=7">Redigera</a>'
                                 "</p></article>", 1), encoding="utf-8")
    set_lastmod(sitemap, EDITED, now)

    source = (root / "tack-till-vardagshjaltarna" / "index.html").read_text(encoding="utf-8")
    added = root / ADDED.strip("/")
    added.mkdir()
    (added / "index.html").write_text(
        source.replace("tack-till-vardagshjaltarna", ADDED.strip("/"))
        .replace("Tack till alla vardagshjältar som lärt oss så mycket", "Nytt om hyresgästdialog"), encoding="utf-8")
    xml = sitemap.read_text(encoding="utf-8")
    sitemap.write_text(xml.replace("</urlset>", f"\t<url>\n\t\t<loc>{{{{origin}}}}{ADDED}</loc>\n"
                                   f"\t\t<lastmod>{now}</lastmod>\n\t</url>\n</urlset>"), encoding="utf-8")

    import shutil
    shutil.rmtree(root / REMOVED.strip("/"))
    xml = sitemap.read_text(encoding="utf-8")
    sitemap.write_text(re.sub(r"\s*<url>\s*<loc>\{\{origin\}\}" + re.escape(REMOVED)
                              + r"</loc>.*?</url>", "", xml, flags=re.S), encoding="utf-8")


def records_of_crawl(archive_dir: Path, filenames: set[str]) -> list:
    out = []
    for name in sorted(n for n in filenames if n):
        with open(archive_dir / "warc" / name, "rb") as f:
            for record in ArchiveIterator(f):
                out.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"),
                            record.rec_headers.get_header("WARC-Profile")))
    return out


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    """Two crawls of a site copy with a change in between; yields (dir, db, origin)."""
    tmp = tmp_path_factory.mktemp("incremental")
    root = copy_site(tmp / "site")
    archive_dir = tmp / "archive"
    with serve(root) as site:
        first = crawl(site.url, archive_dir)
        assert first.returncode == 0, first.stderr
        change_site(root)
        site.clear_requests()
        second = crawl(site.url, archive_dir)
        assert second.returncode == 0, second.stderr
        requests = site.requests
    yield archive_dir, sqlite_utils.Database(archive_dir / "archive.db"), site.origin, requests, second


def test_second_crawl_is_incremental(recrawled):
    archive_dir, db, origin, requests, _ = recrawled
    crawls = list(db["crawls"].rows)
    assert len(crawls) == 2
    assert '"incremental": true' in crawls[1]["settings"]
    truth = load_ground_truth()
    unchanged = set(truth["articles"]) - {EDITED, REMOVED}
    requested = {r["path"] for r in requests}
    # Sitemap lastmods say these did not change: not even a conditional request.
    assert not unchanged & requested
    assert {EDITED, REMOVED, ADDED} <= requested


def test_unchanged_pages_are_revisits_not_copies(recrawled):
    archive_dir, db, origin, _, _ = recrawled
    second = db.execute("select max(id) from crawls").fetchone()[0]
    rows = list(db.query("select url, status, record_type, warc_filename from captures "
                         "where crawl_id = ?", [second]))
    home = next(r for r in rows if r["url"] == origin + "/")
    assert home["status"] == 304 and home["record_type"] == "revisit"
    sitemaps = [r for r in rows if r["url"].endswith("sitemap.xml")]
    assert sitemaps and all(r["record_type"] == "revisit" for r in sitemaps
                            if not r["url"].endswith("post-sitemap.xml"))
    full_copies = {r["url"][len(origin):] for r in rows if r["record_type"] == "response"}
    assert full_copies <= {EDITED, ADDED, REMOVED, "/robots.txt", "/post-sitemap.xml"} | {
        p for p in full_copies if p.startswith("/wp-content/")}
    records = records_of_crawl(archive_dir, {r["warc_filename"] for r in rows})
    profiles = {profile for kind, _, profile in records if kind == "revisit"}
    assert PROFILE_NOT_MODIFIED in profiles


def test_versions_additions_and_removals(recrawled):
    _, db, origin, _, _ = recrawled
    versions = [r["version"] for r in db.query(
        "select version from article_versions where article_url = ? order by version",
        [origin + EDITED])]
    assert versions == [1, 2]
    edited = db.execute("select body_text from articles where url = ?", [origin + EDITED]).fetchone()
    assert edited[0].startswith("Uppdaterad: ")
    added = db.execute("select title, first_seen from articles where url = ?",
                       [origin + ADDED]).fetchone()
    assert added[0] == "Nytt om hyresgästdialog"
    removed = db.execute("select title, body_text, removed_at from articles where url = ?",
                         [origin + REMOVED]).fetchone()
    assert removed[0] and removed[1] and removed[2]
    unchanged_versions = db.execute(
        "select max(version) from article_versions where article_url not in (?, ?)",
        [origin + EDITED, origin + ADDED]).fetchone()[0]
    assert unchanged_versions == 1


def test_crawl_counts_and_report(recrawled):
    archive_dir, db, origin, _, result = recrawled
    crawl_row = db.execute("select * from crawls order by id desc limit 1").fetchone()
    columns = [d[0] for d in db.execute("select * from crawls limit 0").description]
    row = dict(zip(columns, crawl_row))
    assert row["new_articles"] == 1
    assert row["changed_articles"] == 1
    assert row["removed_articles"] == 1
    assert row["not_modified"] >= 1
    report = (archive_dir / "reports" / f"crawl-{row['id']}.md").read_text(encoding="utf-8")
    assert "## New articles (1)" in report and f"({origin}{ADDED})" in report
    assert "## Changed articles (1)" in report and f"({origin}{EDITED})" in report
    assert "## Removed articles (1)" in report and f"({origin}{REMOVED})" in report


def test_all_warcs_stay_valid(recrawled):
    archive_dir = recrawled[0]
    files = sorted((archive_dir / "warc").glob("*.warc.gz"))
    assert len(files) == 2
    check = subprocess.run([WARCIO, "check", *map(str, files)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    for path in files:
        assert header_faults(path) == []


def test_full_recrawl_stores_identical_pages_as_revisits(tmp_path, sample_site):
    archive_dir = tmp_path / "a"
    assert crawl(sample_site.url, archive_dir).returncode == 0
    result = crawl(sample_site.url, archive_dir, "--full")
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(archive_dir / "archive.db")
    rows = list(db.query("select url, status, record_type from captures where crawl_id = 2 "
                         "and page_kind = 'article'"))
    assert len(rows) >= 14
    assert all(r["status"] == 200 and r["record_type"] == "revisit" for r in rows)
    assert db.execute("select max(version) from article_versions").fetchone()[0] == 1
    second_files = {r[0] for r in db.execute(
        "select distinct warc_filename from captures where crawl_id = 2")}
    records = records_of_crawl(archive_dir, second_files)
    assert {p for kind, _, p in records if kind == "revisit"} == {PROFILE_IDENTICAL}


def test_without_lastmod_known_articles_are_revalidated(tmp_path):
    root = copy_site(tmp_path / "site")
    for sitemap in root.glob("*sitemap*.xml"):
        sitemap.write_text(re.sub(r"\s*<lastmod>[^<]*</lastmod>", "",
                                  sitemap.read_text(encoding="utf-8")), encoding="utf-8")
    with serve(root) as site:
        assert crawl(site.url, tmp_path / "a").returncode == 0
        site.clear_requests()
        assert crawl(site.url, tmp_path / "a").returncode == 0
        conditional = [r for r in site.requests if r["headers"].get("If-None-Match")]
        statuses = {r["path"]: r["status"] for r in site.requests}
    truth = load_ground_truth()
    for path in truth["articles"]:
        assert statuses[path] == 304, path
    assert len(conditional) >= len(truth["articles"])


def test_every_repeat_request_carries_the_validators_robots_and_sitemaps_too(recrawled):
    archive_dir, db, origin, requests, _ = recrawled
    validated = {r["url"][len(origin):] for r in db.query(
        "select url from captures where crawl_id = 1 and status = 200 and etag is not null")}
    repeats = [r for r in requests if r["path"] in validated]
    assert {"/robots.txt", "/sitemap.xml", "/page-sitemap.xml", "/post-sitemap.xml"} <= {
        r["path"] for r in repeats}
    unconditional = [r["path"] for r in repeats if not r["headers"].get("If-None-Match")]
    assert unconditional == []
    statuses = {r["path"]: r["status"] for r in requests}
    # robots.txt and the sitemap index answered 304: read from the WARC, they still
    # led to the other sitemaps, and their rules still hold.
    assert statuses["/robots.txt"] == 304 and statuses["/sitemap.xml"] == 304
    assert statuses["/page-sitemap.xml"] == 304
    second = db.execute("select max(id) from crawls").fetchone()[0]
    skipped = {r["url"][len(origin):]: r["reason"] for r in db.query(
        "select url, reason from skipped_urls where crawl_id = ?", [second])}
    assert skipped.get("/wp-admin/post.php?post=7") == "robots"
    assert "/wp-admin/post.php?post=7" not in statuses


def test_validators_follow_a_url_not_the_redirect_that_led_there(tmp_path):
    root = copy_site(tmp_path / "site")
    with serve(root) as site:
        assert crawl(site.url, tmp_path / "a").returncode == 0
        site.clear_requests()
        assert crawl(site.url, tmp_path / "a", "--full").returncode == 0
        full = site.requests
        site.clear_requests()
        assert crawl(site.url, tmp_path / "a", "--revalidate-after", "0").returncode == 0
        requests = site.requests
    assert not [r for r in full if r["headers"].get("If-None-Match")]  # --full asks for everything
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    etags = {r["url"][len(site.origin):]: r["etag"] for r in db.query(
        "select url, etag from captures where crawl_id = 1 and status = 200")}
    for r in requests:
        sent = r["headers"].get("If-None-Match")
        if r["path"] in etags and r["status"] in (200, 304):
            assert sent == etags[r["path"]], r["path"]
        if r["status"] == 301:
            assert sent is None  # the redirecting URL had no validators of its own


def lastmod_crawls(tmp_path, prepare, edit):
    """Crawl a site copy, edit it, crawl again; return (db, origin, paths requested the second time)."""
    root = copy_site(tmp_path / "site")
    prepare(root)
    with serve(root) as site:
        assert crawl(site.url, tmp_path / "a").returncode == 0
        edit(root)
        site.clear_requests()
        result = crawl(site.url, tmp_path / "a")
        assert result.returncode == 0, result.stderr
        requested = {r["path"] for r in site.requests}
    return sqlite_utils.Database(tmp_path / "a" / "archive.db"), site.origin, requested


def edit_article(root: Path) -> None:
    page = root / EDITED.strip("/") / "index.html"
    html = page.read_text(encoding="utf-8")
    paragraph = re.search(r"<p>([^<]{40,})</p>", html).group(1)
    page.write_text(html.replace(paragraph, "Rättad: " + paragraph), encoding="utf-8")


def assert_edit_archived(db, origin) -> None:
    versions = [r["version"] for r in db.query(
        "select version from article_versions where article_url = ?", [origin + EDITED])]
    assert versions == [1, 2]
    body = db.execute("select body_text from articles where url = ?", [origin + EDITED]).fetchone()[0]
    assert body.startswith("Rättad: ")


def test_an_edit_whose_lastmod_is_before_our_last_crawl_is_fetched(tmp_path):
    """The site's clock (or time zone) is off: the new lastmod is earlier than our
    capture, but it is not the lastmod we stored, so the article is fetched."""
    def edit(root):
        edit_article(root)
        set_lastmod(root / "post-sitemap.xml", EDITED, "2021-03-16T09:30:00+01:00")

    db, origin, requested = lastmod_crawls(tmp_path, lambda root: None, edit)
    assert EDITED in requested
    assert_edit_archived(db, origin)
    unchanged = set(load_ground_truth()["articles"]) - {EDITED}
    assert not unchanged & requested  # their lastmods are as stored: not even a conditional request


def test_a_date_only_lastmod_edited_on_the_day_of_the_crawl_is_fetched(tmp_path):
    today = datetime.now(timezone.utc).date().isoformat()

    def prepare(root):
        set_lastmod(root / "post-sitemap.xml", EDITED, today)

    db, origin, requested = lastmod_crawls(tmp_path, prepare, edit_article)  # lastmod unchanged
    assert EDITED in requested
    assert_edit_archived(db, origin)


def test_revalidate_after_asks_again_even_when_lastmod_did_not_move(tmp_path):
    root = copy_site(tmp_path / "site")
    truth = load_ground_truth()
    with serve(root) as site:
        assert crawl(site.url, tmp_path / "a").returncode == 0
        assert crawl(site.url, tmp_path / "a").returncode == 0  # makes sure lastmods are stored
        site.clear_requests()
        assert crawl(site.url, tmp_path / "a").returncode == 0
        quiet = {r["path"] for r in site.requests}
        site.clear_requests()
        assert crawl(site.url, tmp_path / "a", "--revalidate-after", "0").returncode == 0
        revalidated = {r["path"]: r for r in site.requests}
    assert not quiet & set(truth["articles"])
    for path in truth["articles"]:
        assert revalidated[path]["status"] == 304, path
        assert revalidated[path]["headers"].get("If-None-Match"), path
    for path in truth["requisites"] + list(truth["listings"]):  # known URLs of every kind
        assert revalidated[path]["status"] == 304, path
