"""Downloader middlewares: the WARC recorder and a retry that backs off."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response

from crawler.recording import CrawlArchive, crawl_archive, request_kind


class WarcRecorderMiddleware:
    """Archives every exchange as the downloader returned it.

    Ordered above the built-in middlewares so its ``process_response`` runs
    first: redirects (3xx) are still responses here and bodies are still
    content-encoded. It records robots.txt, sitemaps, errors and retries too,
    since all of them pass through the downloader.
    """

    def __init__(self, archive: CrawlArchive) -> None:
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "WarcRecorderMiddleware":
        return cls(crawl_archive(crawler))

    def process_request(self, request: Request) -> None:
        # Conditional requests for pages and requisites seen in earlier crawls.
        # Never for robots.txt (a 304 there would read as "allow all") or
        # sitemaps (their lastmods are needed; an unchanged one costs a revisit record).
        if request.meta.get("page_kind") in ("page", "requisite"):
            for name, value in self.archive.conditional_headers(request.url).items():
                request.headers.setdefault(name, value)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        request.meta["capture"] = self.archive.record_response(request, response)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self.archive.record_error(request, exception)
        return None


class RobotsSitemapMiddleware:
    """Hands the Sitemap lines of the robots.txt that Scrapy fetched to the spider.

    Scrapy's robots.txt middleware downloads robots.txt itself; reading the
    sitemaps from that same response saves a second fetch of the file.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RobotsSitemapMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        spider = self.crawler.spider
        if (request.meta.get("dont_obey_robotstxt") and request_kind(request) == "robots"
                and hasattr(spider, "robots_found")):
            for sitemap_request in spider.robots_found(response):
                self.crawler.engine.crawl(sitemap_request)
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting base * 2**n seconds before the n-th retry.

    The wait holds the request's download slot, so a struggling host gets
    fewer requests, not the same number sooner.
    """

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("ARCHIVE_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("ARCHIVE_RETRY_BACKOFF_MAX")

    def backoff_seconds(self, retry_times: int) -> float:
        """Wait before retry number ``retry_times`` (1-based)."""
        return min(self.backoff_max, self.backoff_base * 2 ** max(0, retry_times - 1))

    async def _wait_then(self, retry: Request | None, fallback):
        if retry is None:
            return fallback
        delay = self.backoff_seconds(retry.meta.get("retry_times", 1))
        if delay > 0:
            await asyncio.sleep(delay)
        return retry

    async def process_response(self, request: Request, response: Response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        return await self._wait_then(retry, response)

    async def process_exception(self, request: Request, exception: Exception):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        return await self._wait_then(retry, None)
