"""A frontier nothing can trap: unlisted traps, WordPress variants, articles at their own URL.

The trap site (tests/trap_site.py) is the sample site dressed as a WordPress
theme would dress it: share and reply links, feeds, AMP, print and language
views, attachment and search pages, paginated author archives, and an
endless events calendar whose query keys no trap pattern lists. Each test
counts the requests the crawler spent there, from the server's own log.
"""

from __future__ import annotations

import re

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from bench.site import serve_bench_site
from bench.site_content import PER_PAGE
from crawler.sample_site import load_ground_truth
from tests.conftest import crawl
from tests.trap_site import CLASSIC_CATEGORIES, build_trap_site, classify, serve_trap_site

# Links no variant rule knows: the article answers under them with its canonical.
UNLISTED_VARIANTS = {"/fler-kan-gora-mer/?visning=utskrift": "/fler-kan-gora-mer/",
                     "/stambyte-med-hyresgasterna/?ref=nyhetsbrev": "/stambyte-med-hyresgasterna/"}


@pytest.fixture(scope="module")
def trapped(tmp_path_factory):
    """One crawl of the trap site: (db, origin, requests, result)."""
    tmp = tmp_path_factory.mktemp("traps")
    root = build_trap_site(tmp / "site")
    home = root / "index.html"
    # Listed first on the home page, so they are fetched before their articles.
    links = "".join(f'<a href="{href}">variant</a>' for href in UNLISTED_VARIANTS)
    html = home.read_text(encoding="utf-8")
    assert '<body class="home blog">' in html
    home.write_text(html.replace('<body class="home blog">', '<body class="home blog">' + links, 1),
                    encoding="utf-8")
    with serve_trap_site(root) as site:
        result = crawl(site.url, tmp / "archive")
        requests = site.requests
    assert result.returncode == 0, result.stdout + result.stderr
    yield sqlite_utils.Database(tmp / "archive" / "archive.db"), site.origin, requests, tmp / "archive"


def test_an_endless_calendar_costs_at_most_60_requests(trapped):
    db, origin, requests, _ = trapped
    calendar = [r["path"] for r in requests if classify(r["path"]) == "calendar"]
    assert 10 < len(calendar) <= 60
    stops = list(db.query("select url, detail from skipped_urls where reason = 'trap_budget'"))
    assert stops and all("/evenemang/" in s["url"] for s in stops)
    assert {s["detail"] for s in stops} == {"127.0.0.1/evenemang/?manad&vy"}  # the shape


def test_the_wordpress_classics_cost_at_most_10_requests(trapped):
    db, origin, requests, _ = trapped
    classics = [r["path"] for r in requests if classify(r["path"]) in CLASSIC_CATEGORIES]
    assert len(classics) <= 10, classics
    listed = {r["detail"] for r in db.query("select detail from skipped_urls where reason = 'variant'")}
    assert listed >= {"replytocom", "share", "feed", "amp", "comment_page", "attachment", "print",
                      "lang", "search", "archive_pagination"}
    # The shortlink each post names in its head is never fetched: it is the post itself.
    assert not [p for p in classics if p.startswith("/?p=")]


def test_no_real_article_or_listing_page_is_missed(trapped):
    db, origin, requests, _ = trapped
    truth = load_ground_truth()
    assert {r["url"] for r in db["articles"].rows} == {origin + p for p in truth["articles"]}
    fetched = {r["url"] for r in db.query("select url from captures where status = 200")}
    assert {origin + p for p in truth["listings"]} <= fetched


def test_every_article_row_points_at_the_capture_of_its_own_url(trapped):
    db, origin, _, archive_dir = trapped
    rows = list(db.query(
        "select a.url, a.warc_filename, a.warc_offset, c.url as capture_url, c.warc_filename "
        "as capture_file, c.warc_offset as capture_offset from articles a "
        "join captures c on c.id = a.capture_id"))
    assert len(rows) == len(load_ground_truth()["articles"])
    for row in rows:
        assert row["capture_url"] == row["url"]
        assert (row["warc_filename"], row["warc_offset"]) == (row["capture_file"], row["capture_offset"])
        with open(archive_dir / "warc" / row["warc_filename"], "rb") as f:
            f.seek(row["warc_offset"])
            record = next(iter(ArchiveIterator(f)))
        assert record.rec_headers.get_header("WARC-Target-URI") == row["url"]


def test_a_variant_capture_is_kept_and_listed_never_promoted(trapped):
    db, origin, _, _ = trapped
    for variant, canonical in UNLISTED_VARIANTS.items():
        captures = list(db.query("select page_kind, canonical_url, record_type from captures "
                                 "where url = ?", [origin + variant]))
        assert captures == [{"page_kind": "variant", "canonical_url": origin + canonical,
                             "record_type": "response"}]
        assert db.execute("select count(*) from articles where url = ?",
                          [origin + variant]).fetchone()[0] == 0


def test_pages_of_a_shape_that_keeps_yielding_are_never_cut(tmp_path):
    """Budget 1: the calendar's shape stops at once, the archive pagination never does."""
    articles = 120
    with serve_bench_site(articles) as site:
        result = crawl(site.url, tmp_path / "a", "--set", "ARCHIVE_TRAP_SHAPE_BUDGET=1",
                       "--set", "ARCHIVE_FETCH_REQUISITES=false")
        assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    pages = {int(m.group(1)) for (url,) in db.execute("select url from captures where status = 200")
             if (m := re.search(r"/page/(\d+)/$", url)) and "/kategori/" not in url}
    last = -(-articles // PER_PAGE)
    assert pages == set(range(2, last + 1))
    assert db["articles"].count == articles
    assert db.execute("select count(*) from skipped_urls where reason = 'trap_budget'").fetchone()[0] == 0


def test_a_small_shape_budget_stops_the_calendar_sooner(tmp_path):
    root = build_trap_site(tmp_path / "site")
    with serve_trap_site(root) as site:
        result = crawl(site.url, tmp_path / "a", "--set", "ARCHIVE_TRAP_SHAPE_BUDGET=3")
        calendar = [r for r in site.requests if classify(r["path"]) == "calendar"]
    assert result.returncode == 0, result.stderr
    assert 1 <= len(calendar) <= 4  # the first month (linked from the home page) and 3 more
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    assert db["articles"].count == len(load_ground_truth()["articles"])
