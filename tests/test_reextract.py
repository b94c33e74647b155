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
