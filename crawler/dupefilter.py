"""Scrapy's duplicate filter, but every request it drops is listed in skipped_urls,
and "the same request" means the same URL key as in the spider.

The spider admits each URL key once, so what reaches this filter is mostly a
redirect back to a page already fetched (a redirect loop) or a request
repeated after a resumed crawl.
"""

from __future__ import annotations

import hashlib
from weakref import WeakKeyDictionary

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request

from crawler.recording import crawl_archive
from crawler.urls import load_crawl_rules


class UrlKeyFingerprinter:
    """Request fingerprints from :func:`crawler.urls.url_key` (REQUEST_FINGERPRINTER_CLASS).

    Scrapy's own fingerprint canonicalises URLs its way; with this one the
    duplicate filter and the spider's set of URLs seen agree on what is "the same".
    """

    def __init__(self) -> None:
        self.rules = load_crawl_rules()
        self.cache: WeakKeyDictionary[Request, bytes] = WeakKeyDictionary()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "UrlKeyFingerprinter":
        return cls()

    def fingerprint(self, request: Request) -> bytes:
        if request not in self.cache:
            digest = hashlib.sha1(request.method.encode("ascii") + b" ")
            digest.update(self.rules.key(request.url).encode("utf-8") + b" ")
            digest.update(request.body or b"")
            self.cache[request] = digest.digest()
        return self.cache[request]


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
