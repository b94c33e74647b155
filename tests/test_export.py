"""Exporting articles as JSON Lines and CSV, through the library and the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.database import ArchiveDB
from archive.export import ExportError, article_columns, export_articles
from crawler.cli import cli
from tests.test_datasette import GARDEN, OPEN_HOUSE, VASTERBY_V2, build_sample_archive


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_sample_archive(tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def columns(db_path) -> list[str]:
    archive = ArchiveDB.read_only(db_path)
    try:
        return article_columns(archive)
    finally:
        archive.close()


def test_jsonl_has_every_column_with_lists_decoded(db_path, columns):
    out = io.StringIO()
    assert export_articles(db_path, "jsonl", out) == 5
    lines = out.getvalue().splitlines()
    articles = [json.loads(line) for line in lines]
    assert all(list(a) == columns for a in articles)
    assert {"body_html", "removed_at", "warc_offset", "capture_id"} <= set(columns)
    # Newest first; Swedish letters written as themselves.
    assert [a["published"] for a in articles] == sorted((a["published"] for a in articles), reverse=True)
    assert "Allmännyttan bygger 320" in lines[0]
    first = articles[0]
    assert first["title"] == VASTERBY_V2["title"]
    assert first["body_text"] == VASTERBY_V2["body_text"]
    assert first["categories"] == ["Nybyggnation", "Nyheter"]
    assert first["authors"] == [{"name": "Karin Holmqvist", "role": "reporter"}]
    removed = next(a for a in articles if a["url"] == OPEN_HOUSE["url"])
    assert removed["removed_at"] == "2024-05-01T09:00:00Z"


def test_csv_round_trips(db_path, columns):
    out = io.StringIO()
    assert export_articles(db_path, "csv", out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5 and list(rows[0]) == columns
    garden = next(r for r in rows if r["url"] == GARDEN["url"])
    # Multi-line text and commas survive; list columns stay JSON text.
    assert garden["body_text"] == GARDEN["body_text"]
    assert json.loads(garden["categories"]) == ["Reportage", "Hyresgäster"]
    assert garden["author_role"] == "kommunikatör, Norrbackabostäder"


def test_export_command_writes_a_file(db_path, tmp_path):
    target = tmp_path / "artiklar.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--archive-dir",
                                      str(db_path.parent), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert "Exported 5 articles" in result.output
    assert target.read_text(encoding="utf-8").count("https://www.allmannyttan.se/") >= 5


def test_export_command_to_stdout(db_path):
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--archive-dir",
                                      str(db_path.parent)])
    assert result.exit_code == 0, result.output
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert "Öppet hus i Norrbacka på lördag" in titles and len(titles) == 5


def test_export_without_an_archive_says_what_to_do(tmp_path):
    target = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--archive-dir", str(tmp_path),
                                      "-o", str(target)])
    assert result.exit_code != 0 and not target.exists()
    assert "no archive at" in result.output and "allmannyttan-archive demo" in result.output
    with pytest.raises(ExportError, match="unknown format"):
        export_articles(tmp_path / "archive.db", "xml", io.StringIO())


def test_export_does_not_write_the_archive(db_path):
    before = db_path.stat().st_mtime_ns, db_path.read_bytes()
    export_articles(db_path, "jsonl", io.StringIO())
    assert (db_path.stat().st_mtime_ns, db_path.read_bytes()) == before


def test_export_some_columns_for_a_small_metadata_csv(db_path):
    out = io.StringIO()
    count = export_articles(db_path, "csv", out, ["url", "title", "published"])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["url", "title", "published"] and len(rows) == count + 1 == 6
    with pytest.raises(ExportError, match="no such article columns: rubrik"):
        export_articles(db_path, "csv", io.StringIO(), ["url", "rubrik"])
