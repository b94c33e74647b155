"""The item pipeline: validate each parsed record, then store it in the archive."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from archive.ingest import store_article, store_entries
from archive.reports import REPORT_FIELDS
from crawler.items import PageItem
from crawler.recording import (
    ARTICLES, CHANGED_ARTICLES, LISTINGS, NEW_ARTICLES, PARSE_FAILURES, REMOVED_ARTICLES,
    FILLED_PREFIX, CrawlArchive,
    crawl_archive,
)


class ArchivePipeline:
    """Stores articles and listing entries; sets aside what fails its schema."""

    def __init__(self, archive: CrawlArchive, stats: Any) -> None:
        self.archive = archive
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        return cls(crawl_archive(crawler), crawler.stats)

    @property
    def db(self):
        return self.archive.db

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        capture_id = item.capture.get("id")
        kind = item.previous_kind if item.kind == "unchanged" else item.kind
        if item.kind == "unchanged":
            self.db.touch_article(item.url, item.capture["fetched_at"], capture_id)
        elif item.kind == "gone":
            if self.db.mark_removed(item.url, item.capture["fetched_at"]):
                self.stats.inc_value(REMOVED_ARTICLES)
        elif item.kind == "article" and item.article is not None:
            self.store_article(item, capture_id)
        elif item.kind == "listing" and item.entries is not None:
            self.store_entries(item.url, item.entries, capture_id)
            self.stats.inc_value(LISTINGS)
        # Only now is the capture marked read (its kind set): a crawl killed before this line
        # reads the page again next time, from the WARC on a 304, instead of taking the record
        # it never stored for one it had.
        if capture_id is not None and kind:
            self.db.set_capture_kind(capture_id, kind,
                                     canonical_url=item.url if kind == "variant" else None)
        # Read and stored: the page no longer waits in the frontier.
        self.db.frontier_remove(u for u in (item.requested_url, item.capture.get("url")) if u)
        self.archive.item_stored()  # the page's rows are whole: a batch may be committed
        return item

    def store_article(self, item: PageItem, capture_id: int | None) -> None:
        article = dict(item.article, url=item.url)
        stored = store_article(self.db, article, crawl_id=self.archive.crawl_id,
                               capture=item.capture)
        self.stats.inc_value(PARSE_FAILURES, stored.failures)
        if stored.outcome is None:
            return
        self.stats.inc_value(ARTICLES)
        for field in REPORT_FIELDS:
            if article.get(field):
                self.stats.inc_value(FILLED_PREFIX + field)
        if stored.outcome == "new":
            self.stats.inc_value(NEW_ARTICLES)
        elif stored.outcome in ("changed", "returned"):
            self.stats.inc_value(CHANGED_ARTICLES)

    def store_entries(self, listing_url: str, entries: list[dict[str, Any]],
                      capture_id: int | None) -> None:
        failures = store_entries(self.db, listing_url, entries, crawl_id=self.archive.crawl_id,
                                 capture_id=capture_id)
        self.stats.inc_value(PARSE_FAILURES, failures)
