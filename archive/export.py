"""Articles out of the archive as JSON Lines or CSV, every column included.

The archive is opened read-only. Columns come from the table itself, so a
column added to ``articles`` later is exported without a change here. In JSON
Lines the JSON-list columns (``authors``, ``categories``, ``tags``) are real
lists; in CSV they stay JSON text, one cell each.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from archive.database import ArchiveDB

FORMATS = ("jsonl", "csv")
JSON_COLUMNS = ("authors", "categories", "tags")
# Newest first, like the archive's Datasette view; undated articles last.
ORDER = "published IS NULL, published DESC, id"


class ExportError(Exception):
    """The archive cannot be exported (missing, or not an archive)."""


def open_archive(db_path: Path) -> ArchiveDB:
    """The archive at ``db_path``, read-only (export never changes it)."""
    try:
        return ArchiveDB.read_only(db_path)
    except FileNotFoundError as error:
        raise ExportError(str(error)) from error


def article_columns(archive: ArchiveDB) -> list[str]:
    """The columns of ``articles``, in table order."""
    try:
        columns = archive.article_columns()
    except sqlite3.DatabaseError as error:
        raise ExportError(f"cannot read the archive: {error}") from error
    if not columns:
        raise ExportError("the database has no articles table")
    return columns


def _decoded(article: dict[str, Any]) -> dict[str, Any]:
    out = dict(article)
    for column in JSON_COLUMNS:
        value = out.get(column)
        if isinstance(value, str):
            try:
                out[column] = json.loads(value)
            except ValueError:
                pass  # keep text that is not JSON as it is
    return out


def write_jsonl(articles: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line, UTF-8 as is; returns the number written."""
    count = 0
    for article in articles:
        out.write(json.dumps(_decoded(article), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(articles: Iterable[dict[str, Any]], out: TextIO, columns: list[str]) -> int:
    """A header row and one row per article; returns the number written."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for article in articles:
        writer.writerow(article)
        count += 1
    return count


def export_articles(db_path: Path, fmt: str, out: TextIO, columns: list[str] | None = None) -> int:
    """Write every article of the archive at ``db_path`` to ``out``; returns the count.

    ``columns`` picks some of them, in that order (the workflow's small metadata CSV).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    archive = open_archive(db_path)
    try:
        known = article_columns(archive)
        if columns:
            unknown = [c for c in columns if c not in known]
            if unknown:
                raise ExportError(f"no such article columns: {', '.join(unknown)} "
                                  f"(there are: {', '.join(known)})")
        picked = columns or known
        articles = archive.iter_articles(picked, ORDER)
        if fmt == "jsonl":
            return write_jsonl(articles, out)
        return write_csv(articles, out, picked)
    finally:
        archive.close()
