"""Re-extraction: rebuild the archive's extracted tables from the WARC files alone.

After a parser fix, an archivist re-reads every archived HTML response with
the current parsers, without touching the network. Captures and crawls (the
record of what was fetched) stay; articles, their versions, listing entries
and parse failures are rebuilt in capture order, so versions come out as a
crawl would have made them.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.database import ArchiveDB, iso_utc
from crawler.reading import PageReading, exit_with_parent, read_page, read_pages
from archive.ingest import store_article, store_entries

BATCH_PAGES = 16  # pages per round trip to a worker: few round trips, little held in memory

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

    @property
    def gone(self) -> bool:
        """A 404/410: the article was removed; there is nothing to parse."""
        return self.status in (404, 410)


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


def read_archived(page: ArchivedPage) -> tuple[ArchivedPage, PageReading | None]:
    """The page with what the parsers read from it (None for a 404/410)."""
    if page.gone:
        return page, None
    reading = read_page(page.body, page.content_type, page.url, urls=False)
    page.body = b""  # read: not needed any more
    return page, reading


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` consecutive items."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_in_order(pages: Iterable[ArchivedPage], pool: Executor | None, *, workers: int = 1,
                  batch_size: int = BATCH_PAGES) -> Iterator[tuple[ArchivedPage, PageReading | None]]:
    """Every page with its reading, in WARC order; with a pool of ``workers``, parsed there.

    Pages go to the workers ``batch_size`` at a time as plain (body, content type,
    URL) tuples, one round trip per batch; at most two batches per worker are in
    flight, so memory holds a few dozen bodies whatever the archive's size.
    """
    if pool is None:
        yield from map(read_archived, pages)
        return
    pending: deque = deque()
    for batch in batched(pages, batch_size):
        parse = [p for p in batch if not p.gone]
        future = pool.submit(read_pages, [(p.body, p.content_type, p.url) for p in parse])
        for page in parse:
            page.body = b""  # on its way to the worker
        pending.append((batch, future))
        if len(pending) >= 2 * workers:
            yield from _paired(*pending.popleft())
    while pending:
        yield from _paired(*pending.popleft())


def _paired(batch: list[ArchivedPage], future: Future) -> Iterator[tuple[ArchivedPage, PageReading | None]]:
    readings = iter(future.result())
    for page in batch:
        yield page, None if page.gone else next(readings)


def default_workers() -> int:
    """One parsing process per core: parsing is most of the work, and the main
    process (reading WARCs, writing SQLite) mostly waits for it."""
    return max(1, os.cpu_count() or 1)


def reextract(archive_dir: Path, *, workers: int | None = None, progress=None,
              batch_size: int = BATCH_PAGES) -> dict[str, float]:
    """Rebuild articles, article_versions, listing_entries and parse_failures; return counts.

    The rebuild is one transaction: readers see the old tables until it is
    done, and a failure part-way leaves them as they were. The main process
    reads each WARC record once and streams the pages, ``batch_size`` at a
    time, to ``workers`` parsing processes (0: parse here), then stores their
    readings in WARC order. The counts include ``seconds`` (wall) and
    ``cpu_seconds`` (this process and its workers).
    """
    if workers is None:
        workers = default_workers()
    started, cpu_started = time.monotonic(), _cpu_seconds()
    db = ArchiveDB(archive_dir / "archive.db")
    counts: dict[str, float] = {"pages": 0, "articles": 0, "listings": 0, "removed": 0, "failures": 0}
    pool = (ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                initializer=exit_with_parent, initargs=(os.getpid(),))
            if workers > 0 else None)
    try:
        captures = db.capture_places()
        with db.db.atomic():
            db.clear_extracted()
            fallback_crawl = None
            pages = archived_pages(archive_dir / "warc")
            for page, reading in read_in_order(pages, pool, workers=workers, batch_size=batch_size):
                capture_id, crawl_id = captures.get((page.warc_filename, page.warc_offset),
                                                    (None, None))
                if crawl_id is None:
                    if fallback_crawl is None:
                        fallback_crawl = db.start_crawl([], {"reextract": True})
                    crawl_id = fallback_crawl
                counts["pages"] += 1
                kind = _store_page(db, page, reading, crawl_id=crawl_id, capture_id=capture_id,
                                   counts=counts)
                if capture_id is not None:
                    db.set_capture_kind(capture_id, kind)
                if progress is not None:
                    progress(counts)
            if fallback_crawl is not None:
                db.finish_crawl(fallback_crawl, {"articles_found": counts["articles"]})
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)  # waits for the workers, so their CPU is counted below
        db.close()
    counts["seconds"] = time.monotonic() - started
    counts["cpu_seconds"] = _cpu_seconds() - cpu_started
    return counts


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _store_page(db: ArchiveDB, page: ArchivedPage, reading: PageReading | None, *, crawl_id: int,
                capture_id: int | None, counts: dict[str, int]) -> str:
    seen_at = iso_utc_from_warc(page.warc_date)
    if reading is None:
        if db.mark_removed(page.url, seen_at):
            counts["removed"] += 1
        return "gone"
    if reading.article is not None:
        article = dict(reading.article, url=page.url)
        capture = {"id": capture_id, "fetched_at": seen_at, "warc_filename": page.warc_filename,
                   "warc_offset": page.warc_offset, "record_type": "response"}
        stored = store_article(db, article, crawl_id=crawl_id, capture=capture)
        counts["failures"] += stored.failures
        counts["articles"] += stored.outcome is not None
    elif reading.entries is not None:
        counts["failures"] += store_entries(db, page.url, reading.entries, crawl_id=crawl_id,
                                            capture_id=capture_id)
        counts["listings"] += 1
    return reading.kind


def iso_utc_from_warc(warc_date: str) -> str:
    """A WARC-Date (UTC, maybe with microseconds) as the archive's second-precision timestamp."""
    from datetime import datetime

    moment = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    return iso_utc(moment)
