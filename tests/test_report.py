"""The fill-rate report and the exit code that tells a scheduler extraction broke."""

from __future__ import annotations

import json
import re

import sqlite_utils

from archive.database import ArchiveDB
from archive.reports import fill_rate_report
from crawler.run import EXIT_EXTRACTION_BROKEN
from crawler.sample_site import copy_site, load_ground_truth, serve
from tests.conftest import crawl, run_cli


def test_report_on_a_crawled_archive(sample_archive):
    result = run_cli("report", "--archive-dir", str(sample_archive))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| crawl | started | articles | title | published |")
    row = lines[2].split("|")
    assert row[3].strip() == str(len(load_ground_truth()["articles"]))
    assert row[4].strip() == "100%" and row[5].strip() == "100%"
    summary = run_cli("report", "--archive-dir", str(sample_archive), "--crawl", "latest")
    assert summary.stdout.startswith("# Crawl 1")
    assert "## New articles (14)" in summary.stdout
    missing = run_cli("report", "--archive-dir", str(sample_archive), "--crawl", "99")
    assert missing.returncode != 0 and "no crawl '99'" in missing.stderr


def test_a_sharp_drop_is_warned_about(tmp_path):
    db = ArchiveDB(tmp_path / "archive.db")
    for rates in ({"title": 1.0, "published": 0.95}, {"title": 1.0, "published": 0.4}):
        crawl_id = db.start_crawl(["http://x/"], {})
        db.finish_crawl(crawl_id, {"articles_found": 20, "fill_rates": json.dumps(rates)})
    table, warnings = fill_rate_report(db)
    assert "| 2 |" in table and "40%" in table
    assert len(warnings) == 1
    assert "crawl 2: published filled in 40% of articles, down from 95%" in warnings[0]


def test_broken_extraction_gives_its_own_exit_code(tmp_path):
    root = copy_site(tmp_path / "site")
    for path in load_ground_truth()["articles"]:
        page = root / path.strip("/") / "index.html"
        html = page.read_bytes().decode("cp1252" if "2009" in path else "utf-8")
        html = re.sub(r"(?s)<(p|h[2-6])\b.*?</\1>", "", html)  # a "redesign" loses the body
        page.write_bytes(html.encode("cp1252" if "2009" in path else "utf-8"))
    with serve(root) as site:
        result = crawl(site.url, tmp_path / "a")
    assert result.returncode == EXIT_EXTRACTION_BROKEN, result.stderr
    assert "body_text" in result.stderr
    rates = json.loads(sqlite_utils.Database(tmp_path / "a" / "archive.db")
                       .execute("select fill_rates from crawls").fetchone()[0])
    assert rates["body_text"] < 0.5 and rates["title"] == 1.0
