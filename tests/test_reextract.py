"""Re-extraction rebuilds the extracted tables from the WARC files, without network."""

from __future__ import annotations

import shutil

import sqlite_utils

from tests.conftest import run_cli

COMPARED = ("url", "title", "published", "author_name", "author_role", "photo_credit",
            "image_caption", "body_text", "warc_filename", "warc_offset")


def snapshot(db_path):
    db = sqlite_utils.Database(db_path)
    articles = sorted(tuple(r[c] for c in COMPARED) for r in db["articles"].rows)
    entries = sorted((r["listing_url"], r["position"], r["article_url"], r["title"])
                     for r in db["listing_entries"].rows)
    versions = db["article_versions"].count
    db.close()
    return articles, entries, versions


def test_reextract_rebuilds_the_same_tables(tmp_path, sample_archive):
    archive_dir = tmp_path / "copy"
    shutil.copytree(sample_archive, archive_dir)
    before = snapshot(archive_dir / "archive.db")
    db = sqlite_utils.Database(archive_dir / "archive.db")
    db.execute("update articles set title = 'fel', body_text = null")  # as if a parser bug
    db.conn.commit()
    db.close()
    result = run_cli("reextract", "--archive-dir", str(archive_dir))
    assert result.returncode == 0, result.stderr
    assert "Re-extracted" in result.stdout and "14 articles" in result.stdout
    assert snapshot(archive_dir / "archive.db") == before


def test_reextract_needs_warc_files(tmp_path):
    result = run_cli("reextract", "--archive-dir", str(tmp_path))
    assert result.returncode == 3 and "no WARC files" in result.stderr


def test_reextract_gives_the_same_tables_in_workers_and_in_process(tmp_path, sample_archive):
    """Pages streamed to two workers in batches (a short last batch too) come back in WARC
    order: the rebuilt tables equal those parsed in the main process, and the CLI reports
    its speed and CPU per page."""
    from crawler.reextract import reextract

    in_process, in_workers = tmp_path / "in-process", tmp_path / "in-workers"
    shutil.copytree(sample_archive, in_process)
    shutil.copytree(sample_archive, in_workers)
    counts = reextract(in_process, workers=0)
    assert counts["pages"] > 14 and counts["articles"] == 14 and counts["cpu_seconds"] > 0
    assert reextract(in_workers, workers=2, batch_size=3)["pages"] == counts["pages"]
    assert snapshot(in_workers / "archive.db") == snapshot(in_process / "archive.db")
    versions = "select article_url, version, content_hash, crawl_id from article_versions order by 1, 2"
    assert (list(sqlite_utils.Database(in_workers / "archive.db").execute(versions).fetchall())
            == list(sqlite_utils.Database(in_process / "archive.db").execute(versions).fetchall()))

    result = run_cli("reextract", "--archive-dir", str(in_process), "--workers", "0")
    assert result.returncode == 0, result.stderr
    assert " pages/s, " in result.stdout and "ms of CPU per page" in result.stdout
