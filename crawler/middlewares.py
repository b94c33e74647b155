"""Downloader middlewares: the WARC recorder and a retry that backs off."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from time import monotonic
from urllib.parse import urlsplit

from protego import Protego
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.http import Request, Response

from crawler.recording import CrawlArchive, crawl_archive, first_url, request_kind
from crawler.scope import host_of, in_scope
from crawler.urls import is_private_host, load_crawl_rules

# Request headers that make a request conditional.
CONDITIONAL_HEADERS = ("If-None-Match", "If-Modified-Since")


class SkipRequest(IgnoreRequest):
    """A request refused on purpose; ``reason`` goes to the skipped_urls table."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.detail = message


class ScopeMiddleware:
    """Enforces scope on every request that reaches the downloader, redirects included.

    The spider only asks for in-scope URLs, but a redirect can lead anywhere:
    to another host, another scheme, or an address on the crawler's own
    network. Private and loopback addresses are refused unless a start URL is one.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ScopeMiddleware":
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        hosts = getattr(spider, "hosts", None)
        if hosts is None:
            return None
        via = " (redirected)" if request.meta.get("redirect_urls") else ""
        if urlsplit(request.url).scheme not in ("http", "https"):
            raise SkipRequest("scheme", request.url + via)
        if not in_scope(request.url, hosts):
            raise SkipRequest("out_of_scope", request.url + via)
        if is_private_host(host_of(request.url)) and not getattr(spider, "private_allowed", False):
            raise SkipRequest("private_address", request.url + via)
        return None


class WarcRecorderMiddleware:
    """Archives every exchange as the downloader returned it.

    Ordered above the built-in middlewares so its ``process_response`` runs
    first: redirects (3xx) are still responses here and bodies are still
    content-encoded. It records robots.txt, sitemaps, errors and retries too,
    since all of them pass through the downloader.
    """

    def __init__(self, archive: CrawlArchive, max_redirects: int = 20) -> None:
        self.archive = archive
        self.max_redirects = max_redirects

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "WarcRecorderMiddleware":
        return cls(crawl_archive(crawler), crawler.settings.getint("REDIRECT_MAX_TIMES"))

    def process_request(self, request: Request) -> None:
        # Conditional requests for everything seen in earlier crawls, with this
        # URL's own validators: a redirected request inherits its source's headers.
        for name in CONDITIONAL_HEADERS:
            request.headers.pop(name, None)
        for name, value in self.archive.conditional_headers(request.url).items():
            request.headers[name] = value
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        request.meta["capture"] = self.archive.record_response(request, response)
        kind = request_kind(request)
        if response.status == 304 and (kind in ("robots", "sitemap") or (
                kind == "page" and response.url not in self.archive.prior)):
            # The crawl needs the body (robots rules, sitemap entries, or a page
            # never read): the copy in the WARC is the one the server confirmed.
            stored = self.archive.stored_response(request, response)
            if stored is not None:
                return stored
        location = response.headers.get(b"Location")
        if 300 <= response.status < 400 and location and (
                request.meta.get("redirect_times", 0) >= self.max_redirects):
            # Scrapy's redirect middleware will give up here: say where it would have gone.
            target = response.urljoin(location.decode("latin-1"))
            first = first_url(request)
            self.archive.record_skip(target, "redirect_limit",
                                     f"after {self.max_redirects} redirects from {first}")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self.archive.record_error(request, exception)
        return None


class VariantMiddleware:
    """Refuses the site profile's variant URLs (reply links, share links, feeds, print views ...).

    Ordered after Scrapy's robots.txt middleware, so that a URL robots.txt
    refuses is listed as such; redirects to a variant are refused too. The
    spider asks for none of them, so nothing goes out on the wire.
    """

    def __init__(self, rules) -> None:
        self.rules = rules

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "VariantMiddleware":
        return cls(load_crawl_rules())

    def process_request(self, request: Request) -> None:
        if request_kind(request) in ("page", "requisite"):
            name = self.rules.variant_of(request.url)
            if name is not None:
                raise SkipRequest("variant", name)
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
            if response.status == 200:
                self.honour_crawl_delay(request, response.body)
        return response

    def honour_crawl_delay(self, request: Request, robots_txt: bytes) -> None:
        """Use robots.txt's Crawl-delay for this host when it is longer than ours."""
        agent = self.crawler.settings.get("USER_AGENT", "")
        try:
            delay = Protego.parse(robots_txt.decode("utf-8", "replace")).crawl_delay(agent)
        except Exception:  # a broken robots.txt must not stop the crawl
            return
        if not delay:
            return
        delay = min(float(delay), self.crawler.settings.getfloat("ARCHIVE_CRAWL_DELAY_MAX"))
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is not None and delay > slot.delay:
            slot.delay = delay
        # Slots are made per host on first use; later ones start from the spider's delay.
        spider = self.crawler.spider
        if delay > getattr(spider, "download_delay", 0):
            spider.download_delay = delay
        for extension in self.crawler.extensions.middlewares:
            if hasattr(extension, "mindelay"):  # AutoThrottle must not go below it
                extension.mindelay = max(extension.mindelay, delay)
        self.crawler.stats.set_value("archive/robots_crawl_delay", delay)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting before each retry and slowing the host down.

    The wait is base * 2**n seconds before the n-th retry, or the server's
    Retry-After when it says more (capped by ARCHIVE_RETRY_AFTER_MAX). A 429 or
    503 also spaces all of that host's requests by the same wait while it
    lasts, which neither AutoThrottle nor Scrapy's retry does. The wait holds the request's
    download slot, so a struggling host gets fewer requests, not the same number sooner.
    """

    SLOW_DOWN = (429, 503)

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("ARCHIVE_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("ARCHIVE_RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("ARCHIVE_RETRY_AFTER_MAX")
        self.normal_delays: dict[int, tuple[float, float]] = {}  # slot id -> (delay, jitter) before a slow-down
        self.slow_until: dict[int, float] = {}  # slot id -> loop time the slow-down ends

    def backoff_seconds(self, retry_times: int) -> float:
        """Wait before retry number ``retry_times`` (1-based)."""
        return min(self.backoff_max, self.backoff_base * 2 ** max(0, retry_times - 1))

    async def _wait_then(self, retry: Request | None, fallback, at_least: float = 0.0):
        if retry is None:
            return fallback
        delay = max(self.backoff_seconds(retry.meta.get("retry_times", 1)), at_least)
        if delay > 0:
            await asyncio.sleep(delay)
        return retry

    def slow_down_host(self, request: Request, seconds: float) -> None:
        """Space the host's requests at least ``seconds`` apart, for the next ``seconds``.

        The slow-down ends by itself: a few stray 503s must not slow the rest
        of a long crawl. Overlapping slow-downs extend the last one.
        """
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None or seconds <= 0:
            return
        loop = asyncio.get_running_loop()
        normal = self.normal_delays.setdefault(id(slot), (slot.delay, slot.jitter))
        # The wait is a floor, counted from this answer: no ±50 % jitter (RANDOMIZE_DOWNLOAD_DELAY
        # would send the next request after half of it), and the slot's clock restarts now, not at
        # the last request sent before the 429.
        slot.delay, slot.jitter = max(slot.delay, seconds), 0.0
        slot.lastseen = max(slot.lastseen, monotonic())
        until = loop.time() + seconds
        self.slow_until[id(slot)] = until
        self.crawler.stats.inc_value("archive/host_slowdowns")

        def restore() -> None:
            if self.slow_until.get(id(slot)) == until:
                slot.delay, slot.jitter = self.normal_delays.pop(id(slot), normal)
                self.slow_until.pop(id(slot), None)

        loop.call_at(until, restore)

    async def process_response(self, request: Request, response: Response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry_after = retry_after_seconds(response.headers.get(b"Retry-After")) or 0.0
        retry_after = min(retry_after, self.retry_after_max)
        if response.status in self.SLOW_DOWN:
            backoff = self.backoff_seconds(request.meta.get("retry_times", 0) + 1)
            self.slow_down_host(request, max(retry_after, backoff))
        retry = self._retry(request, f"HTTP {response.status}")
        return await self._wait_then(retry, response, at_least=retry_after)

    async def process_exception(self, request: Request, exception: Exception):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        return await self._wait_then(retry, None)


class RecordingDepthMiddleware(DepthMiddleware):
    """Scrapy's depth limit, with each request it drops listed in skipped_urls.

    The limit is a safety net for traps the profile's patterns do not know
    (ever-longer paths); listing pagination is bounded by its own budget.
    """

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        processed = super().get_processed_request(request, response)
        if processed is None and request is not None:
            crawl_archive(self.crawler).record_skip(
                request.url, "depth_limit", f"deeper than DEPTH_LIMIT={self.maxdepth}")
        return processed
