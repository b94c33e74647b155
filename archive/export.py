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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("jsonl", "csv")
JSON_COLUMNS = ("authors", "categories", "tags")
# Newest first, like the archive's Datasette view; undated articles last.
ORDER = "published IS NULL, published DESC, id"


class ExportError(Exception):
    """The archive cannot be exported (missing, or not an archive)."""


def open_read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to ``archive.db``."""
    if not db_path.exists():
        raise ExportError(f"no archive at {db_path}")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def article_columns(conn: sqlite3.Connection) -> list[str]:
    """The columns of ``articles``, in table order."""
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    except sqlite3.DatabaseError as error:
        raise ExportError(f"cannot read the archive: {error}") from error
    if not columns:
        raise ExportError("the database has no articles table")
    return columns


def iter_articles(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every article as a dict of all its columns, newest first."""
    columns = article_columns(conn)
    select = ", ".join(f'"{c}"' for c in columns)
    for row in conn.execute(f"SELECT {select} FROM articles ORDER BY {ORDER}"):
        yield dict(row)


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


def export_articles(db_path: Path, fmt: str, out: TextIO) -> int:
    """Write every article of the archive at ``db_path`` to ``out``; returns the count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    conn = open_read_only(db_path)
    try:
        if fmt == "jsonl":
            return write_jsonl(iter_articles(conn), out)
        return write_csv(iter_articles(conn), out, article_columns(conn))
    finally:
        conn.close()
