"""The SQLite archive: table names, schemas, migrations and the verbs that write them.

Everything that touches ``archive.db`` goes through :class:`ArchiveDB`, so table
and column names — public interfaces for researchers' queries — live here only.
Text is normalised to NFC before it is stored, so full-text search and
equality behave the same for every source encoding.
"""

from __future__ import annotations

import hashlib
import sqlite3
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

# unicode61 without diacritic folding: å, ä and ö are letters of their own in
# Swedish ("får" and "far" are different words), so they must not collapse.
FTS_TOKENIZER = "unicode61 remove_diacritics 0"
FTS_COLUMNS = ["title", "body_text", "author_name"]

# Fields whose change makes a new article version.
VERSIONED_FIELDS = (
    "title", "published", "author_name", "author_role", "photo_credit",
    "image_caption", "body_text", "lead",
)

ARTICLE_COLUMNS: dict[str, type] = {
    "id": int,
    "url": str,
    "title": str,
    "published": str,
    "published_raw": str,
    "author_name": str,
    "author_role": str,
    "authors": str,
    "photo_credit": str,
    "image_caption": str,
    "lead": str,
    "body_text": str,
    "body_html": str,
    "categories": str,
    "tags": str,
    "content_hash": str,
    "first_seen": str,
    "last_seen": str,
    "removed_at": str,
    "warc_filename": str,
    "warc_offset": int,
    "capture_id": int,
    # Added by m004 (last, so that a new archive and an upgraded one have the same column order).
    "image_url": str,
}


def utc_now() -> str:
    """Current time as an ISO 8601 UTC string, the archive's one time format."""
    return iso_utc(datetime.now(timezone.utc))


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def nfc(value: Any) -> Any:
    """NFC-normalise strings (recursively in lists and dicts); leave the rest."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


def content_hash(article: Mapping[str, Any]) -> str:
    """Hash of the fields a reader would notice changing."""
    material = json.dumps([article.get(f) for f in VERSIONED_FIELDS], ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def body_location(capture: Mapping[str, Any]) -> tuple[str | None, int | None]:
    """WARC file and offset of the record holding the capture's body.

    A revisit record holds none: its capture carries the location of the
    response it refers to as ``body_warc_filename``/``body_warc_offset``.
    """
    if capture.get("record_type") == "revisit":
        return capture.get("body_warc_filename"), capture.get("body_warc_offset")
    return capture.get("warc_filename"), capture.get("warc_offset")


def _decode_lists(row: dict[str, Any]) -> dict[str, Any]:
    """An articles row with its JSON list columns read back as lists."""
    for column in ("authors", "categories", "tags"):
        if isinstance(row.get(column), str):
            try:
                row[column] = json.loads(row[column])
            except ValueError:
                pass
    return row


def _json_list(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(list(value), ensure_ascii=False)


# What the parsers wrote, rebuilt by a re-extraction (children before the articles they point to).
# A capture ``c`` joined to the response ``o`` its revisit record stands for (none for a response),
# and where the body of ``c`` lies: a revisit holds none, its original does.
ORIGINAL_OF_REVISIT = ("LEFT JOIN captures AS o ON c.record_type = 'revisit' "
                       "AND o.warc_record_id = c.refers_to_record_id AND o.record_type = 'response'")
BODY_PLACE = ("coalesce(o.warc_filename, c.warc_filename) AS body_warc_filename, "
              "coalesce(o.warc_offset, c.warc_offset) AS body_warc_offset")

EXTRACTED_TABLES = ("article_versions", "listing_entries", "parse_failures", "articles")


class ArchiveDB:
    """The archive database, with one verb per thing a crawl records."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self.db = sqlite_utils.Database(memory=True)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(path)
            # WAL lets Datasette read while a crawl writes.
            self.db.enable_wal()
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    @classmethod
    def read_only(cls, path: Path | str) -> ArchiveDB:
        """The archive opened for reading alone (no migration, no write can happen).

        For the commands that only read — export, report, verify, wacz, replay —
        so that a published or restored archive is never changed by looking at it.
        Raises FileNotFoundError when there is no database at ``path``.
        """
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"no archive at {path}")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        archive = cls.__new__(cls)
        archive.db = sqlite_utils.Database(conn)
        return archive

    def close(self) -> None:
        self.commit()
        self.db.conn.close()

    def hold(self) -> None:
        """Keep one transaction open across the verbs (each verb's own becomes a savepoint)
        until :meth:`commit`: a crawl commits its items in batches, not one by one."""
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")

    def commit(self) -> None:
        """Commit what :meth:`hold` kept open (nothing to do otherwise)."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")

    # -- reading ------------------------------------------------------------
    def crawl_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM crawls ORDER BY id")]

    def find_crawl(self, crawl: str | None) -> int | None:
        """A crawl id from ``None`` (every crawl), ``latest`` or a number; LookupError names the crawls."""
        if crawl is None:
            return None
        ids = self.crawl_ids()
        if crawl == "latest" and ids:
            return ids[-1]
        if crawl.isdigit() and int(crawl) in ids:
            return int(crawl)
        raise LookupError(f"no crawl {crawl!r} in the archive; crawls: {ids}")

    def start_urls(self, crawl_id: int | None = None) -> list[list[str]]:
        """Each crawl's start URLs, newest crawl first (or the one crawl's)."""
        where, args = ("WHERE id = ?", [crawl_id]) if crawl_id is not None else ("", [])
        return [json.loads(row[0] or "[]")
                for row in self.db.execute(f"SELECT start_urls FROM crawls {where} ORDER BY id DESC", args)]

    def crawl_fill_rates(self) -> list[tuple[int, str, int | None, dict[str, float]]]:
        """(id, started_at, articles found, fill rate per field) of every crawl, oldest first."""
        return [(row[0], row[1], row[2], json.loads(row[3]) if row[3] else {}) for row in self.db.execute(
            "SELECT id, started_at, articles_found, fill_rates FROM crawls ORDER BY id")]

    def crawl_warc_files(self) -> dict[int, list[str]]:
        """The WARC files each crawl wrote, by crawl id."""
        return {row[0]: [n for n in (row[1] or "").split(",") if n]
                for row in self.db.execute("SELECT id, warc_files FROM crawls ORDER BY id")}

    def revisited_warc_files(self, crawl_id: int) -> set[str]:
        """Earlier WARC files holding the records a crawl's revisit records refer to."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT o.warc_filename FROM captures AS r "
            "JOIN captures AS o ON o.warc_record_id = r.refers_to_record_id "
            "WHERE r.crawl_id = ? AND r.record_type = 'revisit' AND o.warc_filename IS NOT NULL",
            [crawl_id])}

    def capture_pointers(self) -> list[dict[str, Any]]:
        """Every capture that points into a WARC file: id, url, file, offset, length, record id and type."""
        return [dict(row) for row in self.db.execute(
            "SELECT id, url, warc_filename, warc_offset, warc_length, warc_record_id, record_type "
            "FROM captures WHERE warc_filename IS NOT NULL ORDER BY id")]

    def article_pointers(self) -> list[dict[str, Any]]:
        """Every article's WARC pointer, with the URL of the capture it came from."""
        return [dict(row) for row in self.db.execute(
            "SELECT a.id, a.url, a.warc_filename, a.warc_offset, a.capture_id, c.url AS capture_url "
            "FROM articles AS a LEFT JOIN captures AS c ON c.id = a.capture_id "
            "WHERE a.warc_filename IS NOT NULL ORDER BY a.id")]

    def page_captures(self, crawl_id: int | None, warc_files: list[str], also: list[str]) -> list[dict[str, Any]]:
        """Successful (2xx or 304) captures of article and listing pages, and of the ``also``
        URLs, stored in ``warc_files`` (of one crawl, or of all), by URL then date."""
        where, args = ("c.crawl_id = ?", [crawl_id]) if crawl_id is not None else ("1", [])
        return [dict(row) for row in self.db.execute(
            f"SELECT c.* FROM captures AS c WHERE {where} AND c.warc_filename IN ({','.join('?' * len(warc_files))}) "
            "AND (c.status BETWEEN 200 AND 299 OR c.status = 304) "
            f"AND (c.page_kind IN ('article', 'listing') OR c.url IN ({','.join('?' * len(also))})) "
            "ORDER BY c.url, c.warc_date", [*args, *warc_files, *also])]

    def stored_title(self, url: str, warc_filename: str | None, warc_offset: int | None) -> str | None:
        """The title the archive read from the record at that place, else its article's latest."""
        row = self.db.execute("SELECT title FROM article_versions WHERE warc_filename = ? AND warc_offset = ?",
                              [warc_filename, warc_offset]).fetchone()
        row = row or self.db.execute("SELECT title FROM articles WHERE url = ?", [url]).fetchone()
        return row[0] if row and row[0] else None

    def record_place(self, record_id: str) -> tuple[str, int] | None:
        """(WARC file, offset) of the record with this WARC-Record-ID, when the archive has it."""
        row = self.db.execute("SELECT warc_filename, warc_offset FROM captures WHERE warc_record_id = ?",
                              [record_id]).fetchone()
        return (row[0], row[1]) if row else None

    def capture_places(self) -> dict[tuple[str, int], tuple[int, int]]:
        """(WARC file, offset) -> (capture id, crawl id) of every capture stored in a WARC."""
        return {(r[0], r[1]): (r[2], r[3]) for r in self.db.execute(
            "SELECT warc_filename, warc_offset, id, crawl_id FROM captures WHERE warc_filename IS NOT NULL")}

    def clear_extracted(self) -> None:
        """Empty what the parsers wrote (articles, versions, listing entries, parse failures),
        keeping what was fetched (crawls, captures, frontier): the start of a re-extraction.
        Call it inside the transaction that writes the new records."""
        for table in EXTRACTED_TABLES:
            self.db.execute(f"DELETE FROM [{table}]")  # constant names

    def article_columns(self) -> list[str]:
        """The columns of ``articles``, in table order (empty when there is no such table)."""
        return [row[1] for row in self.db.execute("PRAGMA table_info(articles)")]

    def iter_articles(self, columns: list[str], order: str) -> Iterator[dict[str, Any]]:
        """Every article as a dict of the given columns, in ``order`` (an ORDER BY clause of ours)."""
        select = ", ".join(f'"{c}"' for c in columns)
        cursor = self.db.execute(f"SELECT {select} FROM articles ORDER BY {order}")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    # -- reading, for researchers (archive.notebook) ---------------------------------
    def articles(self, where: str | None = None, params: Iterable[Any] = (), *,
                 search: str | None = None, order: str = "published DESC, url",
                 limit: int | None = None) -> list[dict[str, Any]]:
        """Articles as dicts, the JSON columns (authors, categories, tags) as lists.

        ``where`` is an SQL condition on ``articles`` with ``?`` for ``params``;
        ``search`` is the articles table's Swedish prefix search (every word a prefix).
        """
        from archive.datasette.search import prefix_query

        conditions, args = [], []
        if where:
            conditions.append(f"({where})")
            args += list(params)
        if search:
            conditions.append("rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(prefix_query(search))
        sql = "SELECT * FROM articles" + (" WHERE " + " AND ".join(conditions) if conditions else "")
        sql += f" ORDER BY {order}" + (" LIMIT ?" if limit is not None else "")
        rows = self.db.execute(sql, args + ([limit] if limit is not None else []))
        names = [d[0] for d in rows.description]
        return [_decode_lists(dict(zip(names, row))) for row in rows]

    def versions(self, url: str) -> list[dict[str, Any]]:
        """The versions of one article, oldest first."""
        return [dict(row) for row in self.db.query(
            "SELECT * FROM article_versions WHERE article_url = ? ORDER BY version", [url])]

    def captures(self, url: str) -> list[dict[str, Any]]:
        """Every fetch of one URL, oldest first, each with where its body lies:
        ``body_warc_filename``/``body_warc_offset`` (a revisit's are its original's)."""
        return [dict(row) for row in self.db.query(
            f"SELECT c.*, {BODY_PLACE} FROM captures AS c {ORIGINAL_OF_REVISIT} "
            "WHERE c.url = ? ORDER BY c.fetched_at, c.id", [url])]

    # -- schema -------------------------------------------------------------
    def migrate(self) -> None:
        """Create or upgrade the schema (sqlite-utils migrations); idempotent."""
        adopt_user_version(self.db)
        MIGRATIONS.apply(self.db)
        # Views hold no data: recreated whenever their SQL changes (archive/views.py).
        from archive.views import create_views
        create_views(self.db)

    # -- crawls ---------------------------------------------------------------
    def start_crawl(self, start_urls: Iterable[str], settings: Mapping[str, Any],
                    started_at: str | None = None) -> int:
        """Open a crawl row and return its id."""
        with self.db.atomic():
            table = self.db["crawls"].insert({
                "started_at": started_at or utc_now(), "status": "running",
                "start_urls": json.dumps(list(start_urls)),
                "settings": json.dumps(dict(settings), ensure_ascii=False, default=str),
            })
        return table.last_pk

    def abandon_running_crawls(self) -> list[int]:
        """Mark crawls still 'running' (their process was killed) as 'killed'; return their ids."""
        ids = [row[0] for row in self.db.execute("SELECT id FROM crawls WHERE status = 'running'")]
        if ids:
            with self.db.atomic():
                self.db.execute("UPDATE crawls SET status = 'killed' WHERE status = 'running'")
        return ids

    def finish_crawl(self, crawl_id: int, counts: Mapping[str, Any], status: str = "finished",
                     finished_at: str | None = None) -> None:
        """Close a crawl row with its counts."""
        values = {k: v for k, v in counts.items() if k in self.db["crawls"].columns_dict}
        values.update(status=status, finished_at=finished_at or utc_now())
        with self.db.atomic():
            self.db["crawls"].update(crawl_id, values)

    def set_exit_code(self, crawl_id: int, code: int) -> None:
        with self.db.atomic():
            self.db["crawls"].update(crawl_id, {"exit_code": code})

    # -- captures -------------------------------------------------------------
    def record_capture(self, capture: Mapping[str, Any]) -> int:
        """Store one fetch (or failed fetch) and return its id."""
        with self.db.atomic():
            return self._insert("captures", capture)

    def set_capture_kind(self, capture_id: int, kind: str, canonical_url: str | None = None) -> None:
        """What the page was read as (and, for a variant, the URL it stands for)."""
        values = {"page_kind": kind}
        if canonical_url is not None:
            values["canonical_url"] = canonical_url
        with self.db.atomic():
            self._update("captures", capture_id, values)

    # -- rows on the per-page path ------------------------------------------------
    # sqlite-utils' Table.insert/update look the table's schema up (sqlite_master,
    # PRAGMA table_info) on every call: a third of the time a page's rows took to
    # store. The tables exist (the migrations made them), so the per-page verbs
    # write their rows with one prepared statement each; values go through
    # sqlite-utils' own JSON conversion, as Table.insert would.
    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        columns = list(row)
        cursor = self.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})", [jsonify_if_needed(row[c]) for c in columns])
        return cursor.lastrowid

    def _insert_many(self, table: str, rows: list[Mapping[str, Any]]) -> None:
        columns = list(dict.fromkeys(c for row in rows for c in row))
        self.db.conn.executemany(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [[jsonify_if_needed(row.get(c)) for c in columns] for row in rows])

    def _update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        columns = list(values)
        self.db.execute(f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
                        [*(jsonify_if_needed(values[c]) for c in columns), row_id])

    # -- articles ---------------------------------------------------------------
    def upsert_article(self, article: Mapping[str, Any], *, crawl_id: int, capture: Mapping[str, Any]) -> str:
        """Insert or update an article and add a version when its content changed.

        Returns ``"new"``, ``"changed"`` or ``"unchanged"``.
        """
        article = nfc(dict(article))
        url = article["url"]
        seen_at = capture["fetched_at"]
        digest = content_hash(article)
        row = {
            col: article.get(col) for col in ARTICLE_COLUMNS
            if col not in {"id", "first_seen", "removed_at"}
        }
        row.update(
            url=url,
            authors=json.dumps(article.get("authors") or [], ensure_ascii=False),
            categories=_json_list(article.get("categories")),
            tags=_json_list(article.get("tags")),
            content_hash=digest,
            last_seen=seen_at,
            warc_filename=body_location(capture)[0],
            warc_offset=body_location(capture)[1],
            capture_id=capture.get("id"),
        )
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id, content_hash, removed_at FROM articles WHERE url = ?", [url]).fetchone()
            if existing is None:
                row["first_seen"] = seen_at
                self._insert("articles", row)
                outcome = "new"
            else:
                row["removed_at"] = None
                self._update("articles", existing[0], row)
                if existing[2] is not None:
                    outcome = "returned"
                else:
                    outcome = "unchanged" if existing[1] == digest else "changed"
            if outcome != "unchanged":
                self._add_version(article, digest, crawl_id, capture,
                                  force=outcome == "returned")
        return outcome

    def touch_article(self, url: str, seen_at: str, capture_id: int | None) -> bool:
        """Note that an article was seen unchanged (304 or identical payload)."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE articles SET last_seen = ?, capture_id = coalesce(?, capture_id) "
                "WHERE url = ? AND removed_at IS NULL", [seen_at, capture_id, url])
        return cursor.rowcount > 0

    def mark_removed(self, url: str, removed_at: str) -> bool:
        """A known article now answers 404/410: set removed_at, keep its row and versions."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE articles SET removed_at = ? WHERE url = ? AND removed_at IS NULL",
                [removed_at, url])
        return cursor.rowcount > 0

    def _add_version(self, article: Mapping[str, Any], digest: str, crawl_id: int,
                     capture: Mapping[str, Any], force: bool = False) -> None:
        last = self.db.execute(
            "SELECT version, content_hash FROM article_versions WHERE article_url = ? "
            "ORDER BY version DESC LIMIT 1", [article["url"]]).fetchone()
        if last and last[1] == digest and not force:
            return
        self._insert("article_versions", {
            "article_url": article["url"], "version": (last[0] + 1) if last else 1,
            "content_hash": digest, "captured_at": capture["fetched_at"], "crawl_id": crawl_id,
            "title": article.get("title"), "published": article.get("published"),
            "author_name": article.get("author_name"), "body_text": article.get("body_text"),
            "warc_filename": body_location(capture)[0], "warc_offset": body_location(capture)[1],
        })

    # -- listings -------------------------------------------------------------
    def record_listing(self, listing_url: str, entries: Iterable[Mapping[str, Any]], *,
                       crawl_id: int, capture_id: int | None) -> int:
        """Store a listing page's teasers for this crawl (replacing a repeat in the same crawl)."""
        rows = [
            {
                "crawl_id": crawl_id, "listing_url": listing_url, "capture_id": capture_id,
                **{k: nfc(entry.get(k)) for k in (
                    "position", "article_url", "title", "published", "excerpt",
                    "author_name", "author_role")},
            }
            for entry in entries
        ]
        with self.db.atomic():
            self.db.execute("DELETE FROM listing_entries WHERE crawl_id = ? AND listing_url = ?",
                            [crawl_id, listing_url])
            if rows:
                self._insert_many("listing_entries", rows)
        return len(rows)

    # -- failures -------------------------------------------------------------
    def record_skipped(self, *, crawl_id: int, url: str, reason: str, detail: str | None = None) -> None:
        """A URL seen but not fetched, and why (robots, out of scope, ...)."""
        with self.db.atomic():
            self._insert("skipped_urls", {"crawl_id": crawl_id, "url": url, "reason": reason,
                                            "detail": detail, "recorded_at": utc_now()})

    def record_parse_failure(self, *, crawl_id: int, url: str, field: str | None, reason: str,
                             capture_id: int | None = None) -> None:
        """Set aside what could not be parsed or validated, with its reason."""
        with self.db.atomic():
            self._insert("parse_failures", {
                "crawl_id": crawl_id, "url": url, "field": field, "reason": reason,
                "capture_id": capture_id, "recorded_at": utc_now(),
            })

    # -- reading ----------------------------------------------------------------
    def url_states(self) -> dict[str, dict[str, Any]]:
        """Per URL, what earlier crawls know of it: the basis of incremental crawls.

        From the latest full 200 response: ``record_id``, ``warc_date``,
        ``payload_digest``, ``warc_filename``, ``warc_offset`` (a revisit
        record refers to it; on a 304 its body is read back). From the latest
        capture that had validators: ``etag`` and ``last_modified``, also when
        that was a 304 revisit. From the latest 200 or 304: ``fetched_at``,
        ``sitemap_lastmod``, ``page_kind``, and ``processed`` — false when the
        crawl died before the page was read (``page_kind = 'page'``), so that
        its links are read again.
        """
        rows = self.db.execute(
            """
            WITH answered AS (SELECT * FROM captures WHERE status IN (200, 304)),
            latest AS (SELECT url, max(id) AS id FROM answered GROUP BY url),
            full AS (SELECT url, max(id) AS id FROM captures
                     WHERE status = 200 AND record_type = 'response' GROUP BY url),
            valid AS (SELECT url, max(id) AS id FROM answered
                      WHERE etag IS NOT NULL OR last_modified IS NOT NULL GROUP BY url)
            SELECT l.url, f.warc_record_id, f.warc_date, f.payload_digest, f.warc_filename,
                   f.warc_offset, v.etag, v.last_modified, l.fetched_at, l.sitemap_lastmod,
                   l.page_kind, l.page_kind != 'page'
            FROM latest
            JOIN captures l ON l.id = latest.id
            JOIN full ON full.url = latest.url
            JOIN captures f ON f.id = full.id
            LEFT JOIN valid ON valid.url = latest.url
            LEFT JOIN captures v ON v.id = valid.id
            """).fetchall()
        names = ("url", "record_id", "warc_date", "payload_digest", "warc_filename",
                 "warc_offset", "etag", "last_modified", "fetched_at", "sitemap_lastmod",
                 "page_kind", "processed")
        return {row[0]: dict(zip(names, row)) for row in rows}

    # -- frontier -------------------------------------------------------------
    def frontier_add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """URLs discovered and not yet fetched; a URL already waiting keeps its first row."""
        rows = [dict(row) for row in rows]
        if rows:
            with self.db.atomic():
                self.db["frontier"].insert_all(rows, ignore=True)

    def frontier_remove(self, urls: Iterable[str]) -> None:
        """URLs fetched (or refused for good): no longer waiting."""
        urls = list(dict.fromkeys(urls))
        if urls:
            with self.db.atomic():
                self.db.conn.executemany("DELETE FROM frontier WHERE url = ?", [(u,) for u in urls])

    def frontier(self) -> list[dict[str, Any]]:
        """Every URL waiting, oldest discovery first."""
        return list(self.db.query("SELECT * FROM frontier ORDER BY discovered_at, rowid"))

    def frontier_failed(self, errors: Mapping[str, str], crawl_id: int, max_attempts: int) -> list[str]:
        """Count a failed attempt for each URL; drop those failed ``max_attempts`` times.

        Returns the URLs dropped (the caller lists them in skipped_urls).
        """
        dropped = []
        with self.db.atomic():
            for url, error in errors.items():
                row = self.db.execute("SELECT attempts FROM frontier WHERE url = ?", [url]).fetchone()
                if row is None:
                    continue
                attempts = (row[0] or 0) + 1
                if attempts >= max_attempts:
                    self.db.execute("DELETE FROM frontier WHERE url = ?", [url])
                    dropped.append(url)
                else:
                    self.db.execute(
                        "UPDATE frontier SET attempts = ?, last_error = ?, reason = 'failed', "
                        "crawl_id = ? WHERE url = ?", [attempts, error[:500], crawl_id, url])
        return dropped

    def frontier_count(self, reason: str | None = None) -> int:
        """URLs waiting (for one reason, e.g. ``failed``)."""
        if reason is None:
            return self.db["frontier"].count
        return self.db.execute("SELECT count(*) FROM frontier WHERE reason = ?", [reason]).fetchone()[0]

    def skipped_counts(self, crawl_id: int) -> dict[str, int]:
        """URLs a crawl did not fetch, counted by reason, most first."""
        return dict(self.db.execute(
            "SELECT reason, count(*) FROM skipped_urls WHERE crawl_id = ? GROUP BY reason "
            "ORDER BY count(*) DESC, reason", [crawl_id]).fetchall())

    def known_articles(self) -> dict[str, str | None]:
        """Every article URL in the archive with its ``removed_at`` (None while on the site)."""
        return dict(self.db.execute("SELECT url, removed_at FROM articles").fetchall())

    def crawl_changes(self, crawl_id: int) -> dict[str, list[dict[str, Any]]]:
        """New, changed and removed articles of one crawl, for its report."""
        started = self.db.execute("SELECT started_at FROM crawls WHERE id = ?", [crawl_id]).fetchone()
        new = self.db.execute(
            "SELECT v.article_url, v.title FROM article_versions v WHERE v.crawl_id = ? "
            "AND v.version = 1 ORDER BY v.article_url", [crawl_id]).fetchall()
        changed = self.db.execute(
            "SELECT v.article_url, v.title FROM article_versions v WHERE v.crawl_id = ? "
            "AND v.version > 1 ORDER BY v.article_url", [crawl_id]).fetchall()
        removed = self.db.execute(
            "SELECT url, title FROM articles WHERE removed_at IS NOT NULL AND removed_at >= ? "
            "ORDER BY url", [started[0] if started else ""]).fetchall()
        as_dicts = lambda rows: [{"url": u, "title": t} for u, t in rows]  # noqa: E731
        return {"new": as_dicts(new), "changed": as_dicts(changed), "removed": as_dicts(removed)}

    def nearest_capture(self, url: str, timestamp: str | None = None) -> dict[str, Any] | None:
        """The successful (2xx) capture of ``url`` with a stored body closest in time to
        ``timestamp`` (an ISO 8601 instant; None: the newest), or None when there is none.

        A revisit record holds no body: its capture counts through the response its
        ``refers_to_record_id`` names, whose place it gets. Returns the capture's ``id``,
        ``url``, ``warc_date``, ``record_type`` and ``status``, and the body's
        ``body_warc_filename``, ``body_warc_offset`` and ``content_type``.
        """
        closeness = ("abs(julianday(coalesce(c.warc_date, c.fetched_at)) - julianday(?))" if timestamp
                     else "-julianday(coalesce(c.warc_date, c.fetched_at))")
        row = self.db.execute(
            "SELECT c.id, c.url, c.warc_date, c.record_type, coalesce(o.status, c.status) AS status, "
            f"{BODY_PLACE}, coalesce(o.content_type, c.content_type) AS content_type "
            f"FROM captures AS c {ORIGINAL_OF_REVISIT} "
            "WHERE c.url = ? AND (c.record_type = 'response' AND c.status BETWEEN 200 AND 299 "
            "AND c.warc_filename IS NOT NULL OR c.record_type = 'revisit' "
            "AND o.status BETWEEN 200 AND 299 AND o.warc_filename IS NOT NULL) "
            f"ORDER BY {closeness}, c.id DESC LIMIT 1",
            [url, timestamp] if timestamp else [url]).fetchone()
        if row is None:
            return None
        names = ("id", "url", "warc_date", "record_type", "status", "body_warc_filename",
                 "body_warc_offset", "content_type")
        return dict(zip(names, row))


# -- schema: one migration per change, applied in order, each recorded in _sqlite_migrations --
MIGRATIONS = sqlite_utils.Migrations("allmannyttan-archive")


@MIGRATIONS(name="m001_tables")
def m001_tables(db: sqlite_utils.Database) -> None:
    """Crawls, captures, articles (with full-text search), versions, listing entries, skips, failures."""
    db["crawls"].create(
        {
            "id": int, "started_at": str, "finished_at": str, "status": str,
            "start_urls": str, "settings": str, "pages_fetched": int,
            "requisites_fetched": int, "articles_found": int, "listings_found": int,
            "new_articles": int, "changed_articles": int, "removed_articles": int,
            "not_modified": int, "revisits": int, "skipped_unchanged": int,
            "fetch_errors": int,
            "parse_failures": int, "fill_rates": str, "warc_files": str,
        },
        pk="id",
    )
    db["captures"].create(
        {
            "id": int, "crawl_id": int, "url": str, "status": int, "content_type": str,
            "fetched_at": str, "warc_filename": str, "warc_offset": int,
            "warc_length": int, "warc_record_id": str, "warc_date": str,
            "payload_digest": str, "record_type": str, "page_kind": str,
            "etag": str, "last_modified": str, "refers_to_record_id": str, "error": str,
        },
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db["captures"].create_index(["url", "fetched_at"])
    db["captures"].create_index(["crawl_id"])
    db["articles"].create(ARTICLE_COLUMNS, pk="id", not_null={"url"},
                          foreign_keys=[("capture_id", "captures", "id")])
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["author_name"])
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZER, create_triggers=True)
    db["article_versions"].create(
        {
            "id": int, "article_url": str, "version": int, "content_hash": str,
            "captured_at": str, "crawl_id": int, "title": str, "published": str,
            "author_name": str, "body_text": str, "warc_filename": str, "warc_offset": int,
        },
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db["article_versions"].create_index(["article_url", "version"], unique=True)
    db["listing_entries"].create(
        {
            "id": int, "crawl_id": int, "listing_url": str, "position": int,
            "article_url": str, "title": str, "published": str, "excerpt": str,
            "author_name": str, "author_role": str, "capture_id": int,
        },
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id"), ("capture_id", "captures", "id")],
    )
    db["listing_entries"].create_index(["crawl_id", "listing_url", "position"], unique=True)
    db["listing_entries"].create_index(["article_url"])
    db["skipped_urls"].create(
        {"id": int, "crawl_id": int, "url": str, "reason": str, "detail": str,
         "recorded_at": str},
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db["skipped_urls"].create_index(["crawl_id", "reason"])
    db["parse_failures"].create(
        {
            "id": int, "crawl_id": int, "url": str, "field": str, "reason": str,
            "capture_id": int, "recorded_at": str,
        },
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id"), ("capture_id", "captures", "id")],
    )


@MIGRATIONS(name="m002_frontier")
def m002_frontier(db: sqlite_utils.Database) -> None:
    """The frontier, and what change detection needs from the sitemap."""
    # The sitemap's lastmod for the URL when it was captured: the next crawl
    # skips the URL only while the sitemap still says exactly this.
    db["captures"].add_column("sitemap_lastmod", str)
    # A page whose rel=canonical names another URL (print view, reply link, ...).
    db["captures"].add_column("canonical_url", str)
    db["crawls"].add_column("frontier_waiting", int)
    db["crawls"].add_column("frontier_failed", int)
    db["frontier"].create(
        {"url": str, "kind": str, "found_on": str, "reason": str, "discovered_at": str,
         "crawl_id": int, "attempts": int, "last_error": str},
        pk="url",
        defaults={"attempts": 0},
    )


@MIGRATIONS(name="m003_crawl_exit_code")
def m003_crawl_exit_code(db: sqlite_utils.Database) -> None:
    """How each crawl ended, as its command exited (README: Exit codes)."""
    db["crawls"].add_column("exit_code", int)


@MIGRATIONS(name="m004_article_image_url")
def m004_article_image_url(db: sqlite_utils.Database) -> None:
    """The address of each article's lead image (articles.image_url). m001 creates the
    articles table from ARTICLE_COLUMNS, so a new archive has the column already."""
    if "image_url" not in db["articles"].columns_dict:
        db["articles"].add_column("image_url", str)


def adopt_user_version(db: sqlite_utils.Database) -> None:
    """An archive made before the migrations table kept its schema version in
    ``PRAGMA user_version`` (1 to 3): record that many migrations as applied."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version <= 0 or db[MIGRATIONS.migrations_table].exists():
        return
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        db[MIGRATIONS.migrations_table].insert_all(
            {"migration_set": MIGRATIONS.name, "name": migration.name,
             "applied_at": f"before migrations (user_version {version})"}
            for migration in MIGRATIONS.pending(db)[:version])
