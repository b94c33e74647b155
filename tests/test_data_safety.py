"""Readers during a crawl see consistent data; page content cannot inject markup."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import sqlite_utils

from crawler.sample_site import copy_site, serve
from tests.conftest import ROOT, crawl, free_port, serving

CONSISTENCY_SQL = """
select (select count(*) from articles) as articles,
       (select count(*) from captures) as captures,
       (select count(*) from articles where capture_id not in (select id from captures)) as orphans,
       (select count(*) from article_versions v
         where not exists (select 1 from articles a where a.url = v.article_url)) as stray_versions
"""


def test_datasette_reading_while_a_crawl_writes_sees_consistent_data(tmp_path, sample_site):
    archive_dir = tmp_path / "a"
    crawler = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", sample_site.url,
         "--archive-dir", str(archive_dir), "--delay", "0.3", "--concurrency", "1", "--silent"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while not (archive_dir / "archive.db").exists():  # Datasette serves it mutable while written
        assert crawler.poll() is None
        time.sleep(0.05)
    port = free_port()
    reader = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--archive-dir", str(archive_dir),
         "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/archive.json?_shape=array&sql=" + urllib.parse.quote(CONSISTENCY_SQL)
    readings = []
    try:
        while crawler.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    readings.append(json.load(response)[0])
            except OSError:
                pass  # Datasette still starting
            time.sleep(0.1)
    finally:
        reader.terminate()
        reader.wait(timeout=10)
    assert crawler.returncode == 0, crawler.stderr.read()
    during = [r for r in readings if r["articles"] < 14]
    assert len(during) >= 3, readings  # the reader really read while the crawl wrote
    assert all(r["orphans"] == 0 and r["stray_versions"] == 0 for r in readings)
    counts = [(r["articles"], r["captures"]) for r in readings]
    assert counts == sorted(counts)  # never goes back: whole pages commit, in batches


HOSTILE = (
    '<script>alert("skript")</script>'
    '<p>Farlig bild <img src="x.png" onerror="alert(\'onerror\')"> och '
    '<a href="javascript:alert(\'länk\')" onclick="alert(\'klick\')">en länk</a>.</p>'
    '<iframe src="http://127.0.0.1:1/evil"></iframe>'
)


def test_injected_markup_survives_neither_in_the_database_nor_in_datasette(tmp_path):
    root = copy_site(tmp_path / "site")
    page = root / "fler-kan-gora-mer" / "index.html"
    html = page.read_text(encoding="utf-8")
    first_paragraph_end = html.index("</p>", html.index('class="entry-content'))
    page.write_text(html[:first_paragraph_end + 4] + HOSTILE + html[first_paragraph_end + 4:],
                    encoding="utf-8")
    with serve(root) as site:
        assert crawl(site.url, tmp_path / "a").returncode == 0
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    row = next(db.query("select id, body_html, body_text from articles where url like ?",
                        ["%/fler-kan-gora-mer/"]))
    assert "en länk" in row["body_text"]
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe", "alert("):
        assert bad not in row["body_html"], bad

    with serving(tmp_path / "a") as base:
        with urllib.request.urlopen(f"{base}/archive/articles/{row['id']}", timeout=10) as r:
            page_html = r.read().decode("utf-8")
    assert "en länk" in page_html
    for bad in ('alert("skript")', "onerror=", "javascript:alert", 'src="http://127.0.0.1:1/evil"'):
        assert bad not in page_html, bad


def test_an_archive_from_before_the_migrations_table_is_upgraded_and_keeps_its_rows(tmp_path):
    """Archives written when the schema version lived in PRAGMA user_version open as they
    were, get the migrations they lack, and say in _sqlite_migrations what is applied."""
    from archive.database import MIGRATIONS, ArchiveDB

    path = tmp_path / "archive.db"
    old = sqlite_utils.Database(path)
    MIGRATIONS.apply(old, stop_before="m003_crawl_exit_code")  # the schema as user_version 2 left it
    old[MIGRATIONS.migrations_table].drop()
    old.execute("PRAGMA user_version = 2")
    old["crawls"].insert({"id": 1, "status": "finished", "pages_fetched": 12})
    old.conn.commit()
    old.close()

    archive = ArchiveDB(path)
    applied = [m.name for m in MIGRATIONS.applied(archive.db)]
    assert applied == ["m001_tables", "m002_frontier", "m003_crawl_exit_code", "m004_article_image_url"]
    assert "exit_code" in archive.db["crawls"].columns_dict
    assert archive.db["crawls"].get(1)["pages_fetched"] == 12
    archive.set_exit_code(1, 0)
    archive.close()
    again = ArchiveDB(path)  # opening again changes nothing
    assert [m.name for m in MIGRATIONS.applied(again.db)] == applied
    assert again.db["crawls"].get(1)["exit_code"] == 0


def test_a_new_archive_records_every_migration():
    from archive.database import MIGRATIONS, ArchiveDB

    archive = ArchiveDB()
    assert [m.name for m in MIGRATIONS.pending(archive.db)] == []
    assert archive.db["frontier"].exists() and "exit_code" in archive.db["crawls"].columns_dict


def test_an_archive_from_before_image_url_gets_the_column_and_keeps_its_articles(tmp_path, monkeypatch):
    """m004 adds articles.image_url to an archive whose articles table was made without it."""
    from archive import database
    from archive.database import MIGRATIONS, ArchiveDB

    path = tmp_path / "archive.db"
    old = sqlite_utils.Database(path)
    with monkeypatch.context() as patch:  # m001 as it created the table before image_url
        patch.setattr(database, "ARTICLE_COLUMNS",
                      {k: v for k, v in database.ARTICLE_COLUMNS.items() if k != "image_url"})
        MIGRATIONS.apply(old, stop_before="m004_article_image_url")
    assert "image_url" not in old["articles"].columns_dict
    old["articles"].insert({"url": "https://www.allmannyttan.se/a/", "title": "Rubrik"})
    old.conn.commit()
    old.close()

    archive = ArchiveDB(path)
    assert [m.name for m in MIGRATIONS.pending(archive.db)] == []
    assert list(archive.db["articles"].columns_dict)[-1] == "image_url"  # where a new archive has it
    assert archive.db["articles"].get(1)["title"] == "Rubrik"
    crawl_id = archive.start_crawl(["https://www.allmannyttan.se/"], {})
    capture = {"id": None, "fetched_at": "2024-01-01T00:00:00Z", "record_type": "response"}
    archive.upsert_article({"url": "https://www.allmannyttan.se/a/", "title": "Rubrik",
                            "image_url": "https://www.allmannyttan.se/bild.jpg"}, crawl_id=crawl_id, capture=capture)
    assert archive.db["articles"].get(1)["image_url"] == "https://www.allmannyttan.se/bild.jpg"
    archive.close()
    assert list(ArchiveDB().db["articles"].columns_dict)[-1] == "image_url"
