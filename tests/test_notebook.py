"""``from archive import open_archive``: what a researcher in Jupyter reads, on real archives.

The crawled sample site (its WARCs read back for the archived HTML, a second crawl
for revisits) and test_datasette's two-crawl archive (for versions).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys

import pytest

from archive import open_archive
from crawler.sample_site import SITE_ROOT, load_ground_truth
from tests.conftest import crawl
from tests.test_browser import search_word
from tests.test_datasette import VASTERBY_V1, VASTERBY_V2, build_sample_archive


def served_bytes(site, url: str) -> bytes:
    """The page as the sample site serves it: its file with the live origin filled in."""
    path = url[len(site.origin):]
    return (SITE_ROOT / path.strip("/") / "index.html").read_bytes().replace(
        b"{{origin}}", site.origin.encode())


def test_articles_as_dicts_a_search_and_a_frame(sample_archive):
    truth = load_ground_truth()["articles"]
    with open_archive(sample_archive) as archive:
        rows = archive.articles()
        assert len(rows) == len(truth)
        assert all(isinstance(row["authors"], list) and isinstance(row["categories"], list) for row in rows)
        dates = [row["published"] for row in rows]
        assert dates == sorted(dates, reverse=True)  # newest first unless asked otherwise

        word, title = search_word()
        found = archive.articles(search=word)
        assert title in [row["title"] for row in found] and len(found) < len(rows)
        since = archive.articles(where="published >= ?", params=["2020"], order="published")
        assert since and all(row["published"] >= "2020" for row in since)

        frame = archive.articles_frame(search=word)
        assert list(frame["title"]) == [row["title"] for row in found]
        assert archive.crawl_ids() == [1]  # ArchiveDB's verbs answer on the object too


def test_without_pandas_the_frame_says_what_to_install(sample_archive, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with open_archive(sample_archive) as archive:
        with pytest.raises(ImportError, match="pip install pandas"):
            archive.articles_frame()
        assert archive.articles(limit=1)  # the lists of dicts need nothing


def test_archived_html_of_a_capture_and_of_a_revisit(sample_archive, sample_site, tmp_path):
    """The bytes the server sent, read from the WARC; a revisit gives the body it confirms."""
    archive_dir = shutil.copytree(sample_archive, tmp_path / "archive")
    assert crawl(sample_site.url, archive_dir, "--full").returncode == 0  # nothing changed: revisits
    with open_archive(archive_dir) as archive:
        url = archive.articles(limit=1)[0]["url"]
        captures = archive.captures(url)
        assert [c["record_type"] for c in captures] == ["response", "revisit"]
        expected = served_bytes(sample_site, url)
        assert archive.html(captures[0]) == expected
        assert archive.html(captures[1]) == expected
        missing = {"url": url, "status": None, "error": "TimeoutError", "warc_filename": None}
        with pytest.raises(LookupError, match="no body archived"):
            archive.html(missing)


def test_versions_of_one_article_and_nothing_written(tmp_path):
    db_path = build_sample_archive(tmp_path)
    before = db_path.read_bytes()
    with open_archive(tmp_path) as archive:
        versions = archive.versions(VASTERBY_V1["url"])
        assert [v["version"] for v in versions] == [1, 2]
        assert [v["title"] for v in versions] == [VASTERBY_V1["title"], VASTERBY_V2["title"]]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            archive.mark_removed(VASTERBY_V1["url"], "2024-06-01T00:00:00Z")
    assert db_path.read_bytes() == before


def test_no_archive_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no archive"):
        open_archive(tmp_path / "nowhere")
