"""Scrapy's duplicate filter, but every request it drops is listed in skipped_urls.

The spider admits each canonical URL once, so what reaches this filter is
mostly a redirect back to a page already fetched (a redirect loop) or a
request repeated after a resumed crawl.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request

from crawler.recording import crawl_archive


class RecordingDupeFilter(RFPDupeFilter):
    """Drops requests seen before and records why."""

    crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RecordingDupeFilter":
        dupefilter = super().from_crawler(crawler)
        dupefilter.crawler = crawler
        return dupefilter

    def log(self, request: Request, spider) -> None:
        super().log(request, spider)
        if self.crawler is None:
            return
        via = request.meta.get("redirect_urls")
        detail = (f"redirected from {via[-1]} to a URL already requested (redirect loop?)"
                  if via else "already requested in this crawl")
        archive = crawl_archive(self.crawler)
        archive.record_skip(request.url, "duplicate", detail)
        if via:  # the redirect's source is answered: its target is (or was) fetched anyway
            archive.db.frontier_remove(via[:1])
