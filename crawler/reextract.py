"""Re-extraction: rebuild the archive's extracted tables from the WARC files alone.

After a parser fix, an archivist re-reads every archived HTML response with
the current parsers, without touching the network. Captures and crawls (the
record of what was fetched) stay; articles, their versions, listing entries
and parse failures are rebuilt in capture order, so versions come out as a
crawl would have made them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.database import ArchiveDB, iso_utc
from crawler.parsers import classify_page, decode_html, parse_article, parse_listing
from crawler.storage import store_article, store_entries

EXTRACTED_TABLES = ("article_versions", "listing_entries", "parse_failures", "articles")


@dataclass
class ArchivedPage:
    """One archived HTML response: where it is and what it said."""

    url: str
    warc_filename: str
    warc_offset: int
    warc_date: str
    status: int
    content_type: str | None
    body: bytes


def archived_pages(warc_dir: Path) -> Iterator[ArchivedPage]:
    """Every HTML response record (and 404/410) in the folder's WARC files, file by file."""
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with open(path, "rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = int(record.http_headers.get_statuscode() or 0)
                content_type = record.http_headers.get_header("Content-Type")
                if status in (404, 410):
                    body = b""
                elif status == 200 and content_type and "html" in content_type.lower():
                    body = record.content_stream().read()  # de-chunked, decompressed
                else:
                    continue
                yield ArchivedPage(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    warc_filename=path.name, warc_offset=iterator.get_record_offset(),
                    warc_date=record.rec_headers.get_header("WARC-Date"), status=status,
                    content_type=content_type, body=body)


def reextract(archive_dir: Path, *, progress=None) -> dict[str, int]:
    """Rebuild articles, article_versions, listing_entries and parse_failures; return counts."""
    db = ArchiveDB(archive_dir / "archive.db")
    counts = {"pages": 0, "articles": 0, "listings": 0, "removed": 0, "failures": 0}
    try:
        captures = {(r[0], r[1]): (r[2], r[3]) for r in db.db.execute(
            "SELECT warc_filename, warc_offset, id, crawl_id FROM captures "
            "WHERE warc_filename IS NOT NULL")}
        fallback_crawl = None
        with db.db.atomic():
            for table in EXTRACTED_TABLES:
                db.db.execute(f"DELETE FROM [{table}]")  # constant names, no page content
        for page in archived_pages(archive_dir / "warc"):
            capture_id, crawl_id = captures.get((page.warc_filename, page.warc_offset), (None, None))
            if crawl_id is None:
                if fallback_crawl is None:
                    fallback_crawl = db.start_crawl([], {"reextract": True})
                crawl_id = fallback_crawl
            counts["pages"] += 1
            kind = _store_page(db, page, crawl_id=crawl_id, capture_id=capture_id, counts=counts)
            if capture_id is not None and kind:
                db.set_capture_kind(capture_id, kind)
            if progress is not None:
                progress(counts)
        if fallback_crawl is not None:
            db.finish_crawl(fallback_crawl, {"articles_found": counts["articles"]})
    finally:
        db.close()
    return counts


def _store_page(db: ArchiveDB, page: ArchivedPage, *, crawl_id: int, capture_id: int | None,
                counts: dict[str, int]) -> str | None:
    seen_at = iso_utc_from_warc(page.warc_date)
    if page.status in (404, 410):
        if db.mark_removed(page.url, seen_at):
            counts["removed"] += 1
        return "gone"
    html = decode_html(page.body, page.content_type)
    kind = classify_page(html, page.url)
    if kind == "article":
        article = dict(parse_article(html, page.url), url=page.url)
        capture = {"id": capture_id, "fetched_at": seen_at, "warc_filename": page.warc_filename,
                   "warc_offset": page.warc_offset, "record_type": "response"}
        stored = store_article(db, article, crawl_id=crawl_id, capture=capture)
        counts["failures"] += stored.failures
        counts["articles"] += stored.outcome is not None
    elif kind == "listing":
        counts["failures"] += store_entries(db, page.url, parse_listing(html, page.url),
                                            crawl_id=crawl_id, capture_id=capture_id)
        counts["listings"] += 1
    return kind


def iso_utc_from_warc(warc_date: str) -> str:
    """A WARC-Date (UTC, maybe with microseconds) as the archive's second-precision timestamp."""
    from datetime import datetime

    moment = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    return iso_utc(moment)
