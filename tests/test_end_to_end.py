"""A real crawl of the bundled sample site over loopback, checked against its ground truth.

The crawl runs once per session (``sample_archive``); each test reads the WARC
files with warcio and the database with sqlite-utils.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from archive.verify import header_faults
from crawler.sample_site import load_ground_truth

WARCIO = str(Path(sys.executable).parent / "warcio")
SHORT_FIELDS = ("title", "published", "author_name", "author_role", "photo_credit", "image_caption")


@pytest.fixture(scope="module")
def truth():
    return load_ground_truth()


@pytest.fixture(scope="module")
def db(sample_archive):
    database = sqlite_utils.Database(sample_archive / "archive.db")
    yield database
    database.close()


@pytest.fixture(scope="module")
def warc_files(sample_archive):
    files = sorted((sample_archive / "warc").glob("*.warc.gz"))
    assert files
    return files


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_no_file_left_open(sample_archive):
    assert not list((sample_archive / "warc").glob("*.open"))


def test_warcio_check_and_index_pass(warc_files):
    check = subprocess.run([WARCIO, "check", "-v", *map(str, warc_files)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout
    index = subprocess.run([WARCIO, "index", *map(str, warc_files)], capture_output=True, text=True)
    assert index.returncode == 0, index.stderr
    lines = [json.loads(line) for line in index.stdout.splitlines()]
    assert {"warcinfo", "request", "response"} <= {line["warc-type"] for line in lines}


def test_records_carry_required_headers_and_pairs(warc_files):
    for path in warc_files:
        assert header_faults(path) == []


def test_each_file_starts_with_warcinfo(warc_files, sample_site):
    for path in warc_files:
        with open(path, "rb") as f:
            first = next(iter(ArchiveIterator(f)))
            assert first.rec_type == "warcinfo"
            info = first.content_stream().read().decode()
    assert "allmannyttan-archive" in info
    assert "robots: obey" in info
    assert sample_site.url in info


def test_every_request_has_a_response(warc_files):
    for path in warc_files:
        with open(path, "rb") as f:
            records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
                       for r in ArchiveIterator(f)]
        requests = sorted(u for t, u in records if t == "request")
        responses = sorted(u for t, u in records if t == "response")
        assert requests == responses


def test_capture_rows_point_at_their_records(db, sample_archive):
    captures = list(db.query("select * from captures where warc_filename is not null"))
    assert len(captures) > 20
    for capture in captures:
        with open(sample_archive / "warc" / capture["warc_filename"], "rb") as f:
            f.seek(capture["warc_offset"])
            record = next(iter(ArchiveIterator(f)))
            assert record.rec_type == "response"
            assert record.rec_headers["WARC-Target-URI"] == capture["url"]
            assert record.rec_headers["WARC-Record-ID"] == capture["warc_record_id"]
            assert record.http_headers.get_statuscode() == str(capture["status"])
            assert record.rec_headers["WARC-Payload-Digest"] == capture["payload_digest"]


def test_html_is_archived_still_gzipped(db, sample_archive, truth):
    url_path = next(iter(truth["articles"]))
    capture = next(db.query("select * from captures where url like ? and status = 200",
                            ["%" + url_path]))
    with open(sample_archive / "warc" / capture["warc_filename"], "rb") as f:
        f.seek(capture["warc_offset"])
        record = next(iter(ArchiveIterator(f)))
        assert record.http_headers.get_header("Content-Encoding") == "gzip"
        payload = record.raw_stream.read()
    assert payload[:2] == b"\x1f\x8b"
    digest = "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode()
    assert capture["payload_digest"] == digest


def test_articles_match_ground_truth(db, truth, sample_site):
    rows = {path_of(r["url"]): r for r in db["articles"].rows}
    assert set(rows) == set(truth["articles"])
    for path, expected in truth["articles"].items():
        row = rows[path]
        for field in SHORT_FIELDS:
            assert row[field] == expected[field], (path, field)
        assert row["body_text"] == expected["body_text"], path
        assert json.loads(row["authors"]) == [
            {"name": a["name"], "role": a.get("role")} for a in expected["authors"]], path
        assert row["warc_filename"] and row["first_seen"] and row["last_seen"]
        assert (path_of(row["image_url"]) if row["image_url"] else None) == expected.get("image"), path


def test_lead_images_are_archived(db, truth):
    """Every article's image_url was captured with its body, so the archive can show it."""
    urls = [r["image_url"] for r in db.query("select image_url from articles where image_url is not null")]
    assert len(urls) == sum(1 for a in truth["articles"].values() if a.get("image"))
    for url in urls:
        assert db.execute("select count(*) from captures where url = ? and status = 200 "
                          "and record_type = 'response' and content_type like 'image/%'", [url]).fetchone()[0], url


def test_listing_entries_match_ground_truth(db, truth, sample_site):
    for listing_path, expected_entries in truth["listings"].items():
        rows = list(db.query(
            "select * from listing_entries where listing_url = ? order by position",
            [sample_site.origin + listing_path]))
        assert len(rows) == len(expected_entries), listing_path
        for row, expected in zip(rows, expected_entries):
            assert path_of(row["article_url"]) == expected["article_url"]
            for field in ("position", "title", "published", "excerpt", "author_name", "author_role"):
                assert row[field] == expected[field], (listing_path, row["position"], field)


def test_pages_are_classified(db, truth, sample_site):
    kinds = {path_of(r["url"]): r["page_kind"] for r in db.query(
        "select url, page_kind from captures where status = 200")}
    for path in truth["pages"]:
        assert kinds[path] == "other", path
    for path in truth["listings"]:
        assert kinds[path] == "listing", path
    for path in truth["articles"]:
        assert kinds[path] == "article", path
    for path in truth["requisites"]:
        assert kinds[path] == "requisite", path


def test_redirects_and_missing_pages_are_recorded(db, truth, sample_site):
    statuses = {path_of(r["url"]): r["status"] for r in db.query("select url, status from captures")}
    for old, new in truth["redirects"].items():
        assert statuses[old] == 301
        assert statuses[new] == 200
    for path in truth["missing"]:
        assert statuses[path] == 404


def test_robots_txt_is_obeyed_and_archived(db, truth, sample_site):
    requested = {entry["path"] for entry in sample_site.requests}
    skipped = {path_of(r["url"]): r["reason"] for r in db["skipped_urls"].rows
               if r["url"].startswith(sample_site.origin)}
    for path in truth["robots_disallowed_links"]:
        assert path not in requested
        assert skipped[path] == "robots"
    assert db.execute("select count(*) from captures where page_kind = 'robots' and status = 200"
                      ).fetchone()[0] == 1
    assert db.execute("select count(*) from captures where page_kind = 'sitemap' and status = 200"
                      ).fetchone()[0] >= 2


def test_unfetched_urls_are_listed_with_their_reason(db, truth):
    reasons = {r["url"]: r["reason"] for r in db["skipped_urls"].rows}
    assert reasons["mailto:info@allmannyttan.se"] == "scheme"
    for url in truth["off_site_links"]:
        assert reasons[url] == "out_of_scope", url


def test_identifying_user_agent(sample_site):
    agents = {entry["headers"].get("User-Agent") for entry in sample_site.requests}
    # (the operator's contact in it: tests/test_operating.py)
    assert agents and all(a.startswith("allmannyttan-archive/") and "archival crawler" in a for a in agents)
    assert not any("Scrapy/" in a for a in agents)


def test_crawl_row_has_counts(db, truth):
    crawl = next(db["crawls"].rows)
    assert crawl["status"] == "finished" and crawl["finished_at"]
    assert crawl["articles_found"] == len(truth["articles"])
    assert crawl["pages_fetched"] >= len(truth["articles"]) + len(truth["pages"])
    assert crawl["requisites_fetched"] >= len(truth["requisites"])
    assert "127.0.0.1" in crawl["start_urls"]
    assert json.loads(crawl["settings"])["ROBOTSTXT_OBEY"] is True


def test_full_text_search_keeps_swedish_letters(db, truth):
    title = next(iter(truth["articles"].values()))["title"]
    word = max(title.split(), key=len).strip(".,:!?").lower()
    hits = list(db["articles"].search(word))
    assert any(hit["title"] == title for hit in hits)
    tokenizer = db.execute("select sql from sqlite_master where name = 'articles_fts'").fetchone()[0]
    assert "remove_diacritics 0" in tokenizer
