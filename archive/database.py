"""The SQLite archive: table names, schemas, migrations and the verbs that write them.

Everything that touches ``archive.db`` goes through :class:`ArchiveDB`, so table
and column names — public interfaces for researchers' queries — live here only.
Text is normalised to NFC before it is stored, so full-text search and
equality behave the same for every source encoding.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

SCHEMA_VERSION = 1

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


def _json_list(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(list(value), ensure_ascii=False)


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

    def close(self) -> None:
        self.db.conn.close()

    # -- schema -------------------------------------------------------------
    def migrate(self) -> None:
        """Create or upgrade the schema; idempotent."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version < 1:
            with self.db.atomic():
                self._create_v1()
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _create_v1(self) -> None:
        db = self.db
        db["crawls"].create(
            {
                "id": int, "started_at": str, "finished_at": str, "status": str,
                "start_urls": str, "settings": str, "pages_fetched": int,
                "requisites_fetched": int, "articles_found": int, "listings_found": int,
                "new_articles": int, "changed_articles": int, "fetch_errors": int,
                "parse_failures": int, "warc_files": str,
            },
            pk="id",
        )
        db["captures"].create(
            {
                "id": int, "crawl_id": int, "url": str, "status": int, "content_type": str,
                "fetched_at": str, "warc_filename": str, "warc_offset": int,
                "warc_length": int, "warc_record_id": str, "payload_digest": str,
                "record_type": str, "page_kind": str, "error": str,
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
        db["parse_failures"].create(
            {
                "id": int, "crawl_id": int, "url": str, "field": str, "reason": str,
                "capture_id": int, "recorded_at": str,
            },
            pk="id",
            foreign_keys=[("crawl_id", "crawls", "id"), ("capture_id", "captures", "id")],
        )

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

    def finish_crawl(self, crawl_id: int, counts: Mapping[str, Any], status: str = "finished",
                     finished_at: str | None = None) -> None:
        """Close a crawl row with its counts."""
        values = {k: v for k, v in counts.items() if k in self.db["crawls"].columns_dict}
        values.update(status=status, finished_at=finished_at or utc_now())
        with self.db.atomic():
            self.db["crawls"].update(crawl_id, values)

    # -- captures -------------------------------------------------------------
    def record_capture(self, capture: Mapping[str, Any]) -> int:
        """Store one fetch (or failed fetch) and return its id."""
        with self.db.atomic():
            return self.db["captures"].insert(dict(capture)).last_pk

    def set_capture_kind(self, capture_id: int, kind: str) -> None:
        with self.db.atomic():
            self.db["captures"].update(capture_id, {"page_kind": kind})

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
            warc_filename=capture.get("warc_filename"),
            warc_offset=capture.get("warc_offset"),
            capture_id=capture.get("id"),
        )
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id, content_hash FROM articles WHERE url = ?", [url]).fetchone()
            if existing is None:
                row["first_seen"] = seen_at
                self.db["articles"].insert(row)
                outcome = "new"
            else:
                row["removed_at"] = None
                self.db["articles"].update(existing[0], row)
                outcome = "unchanged" if existing[1] == digest else "changed"
            if outcome != "unchanged":
                self._add_version(article, digest, crawl_id, capture)
        return outcome

    def _add_version(self, article: Mapping[str, Any], digest: str, crawl_id: int,
                     capture: Mapping[str, Any]) -> None:
        last = self.db.execute(
            "SELECT version, content_hash FROM article_versions WHERE article_url = ? "
            "ORDER BY version DESC LIMIT 1", [article["url"]]).fetchone()
        if last and last[1] == digest:
            return
        self.db["article_versions"].insert({
            "article_url": article["url"], "version": (last[0] + 1) if last else 1,
            "content_hash": digest, "captured_at": capture["fetched_at"], "crawl_id": crawl_id,
            "title": article.get("title"), "published": article.get("published"),
            "author_name": article.get("author_name"), "body_text": article.get("body_text"),
            "warc_filename": capture.get("warc_filename"), "warc_offset": capture.get("warc_offset"),
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
                self.db["listing_entries"].insert_all(rows)
        return len(rows)

    # -- failures -------------------------------------------------------------
    def record_parse_failure(self, *, crawl_id: int, url: str, field: str | None, reason: str,
                             capture_id: int | None = None) -> None:
        """Set aside what could not be parsed or validated, with its reason."""
        with self.db.atomic():
            self.db["parse_failures"].insert({
                "crawl_id": crawl_id, "url": url, "field": field, "reason": reason,
                "capture_id": capture_id, "recorded_at": utc_now(),
            })

    # -- reading ----------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries."""
        return {name: self.db[name].count for name in
                ("crawls", "captures", "articles", "article_versions", "listing_entries",
                 "parse_failures")}
