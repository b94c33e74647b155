"""The one spider: follows links, listing pagination and the sitemap within scope.

Callbacks stay short: the parsers (pure functions) do the reading, the
pipeline does the storing; this file only decides what to fetch next.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap
from w3lib.url import canonicalize_url

from crawler.incremental import RecrawlPlan
from crawler.items import PageItem
from crawler.reading import PageReading, exit_with_parent, read_page
from crawler.recording import KNOWN_REQUISITES, crawl_archive
from crawler.scope import host_of, in_scope, is_requisite_url, origin_of, scope_hosts
from crawler.urls import is_private_host, load_crawl_rules

DEFAULT_START_URL = "https://www.allmannyttan.se/"

# Where WordPress sites keep their sitemaps when robots.txt names none.
FALLBACK_SITEMAPS = ("/sitemap.xml", "/wp-sitemap.xml")

# A sitemap larger than this (decompressed) is not read: gzip bombs exist.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024

def split_urls(value: str | Iterable[str] | None) -> list[str]:
    """Start URLs from a spider argument: one URL, or several separated by space or comma."""
    if value is None:
        return []
    if isinstance(value, str):
        return [u for u in re.split(r"[\s,]+", value) if u]
    return [u for item in value for u in split_urls(item)]


def is_html(response: Response) -> bool:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    if content_type:
        return "html" in content_type
    return isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower()


class AllmannyttanSpider(scrapy.Spider):
    """Archives allmännyttan.se (or any start URL's host) page by page."""

    name = "allmannyttan"
    # Conditional requests answer 304; removed articles 404/410: the callback wants all.
    handle_httpstatus_list = [304, 404, 410]

    def __init__(self, start_url: str | None = None, start_urls: Any = None,
                 max_pages: int | str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = split_urls(start_urls) + split_urls(start_url) or [DEFAULT_START_URL]
        self.hosts = scope_hosts(self.start_urls)
        # Loopback and private addresses only when the crawl itself starts on one.
        self.private_allowed = any(is_private_host(host_of(u)) for u in self.start_urls)
        self.max_pages = int(max_pages) if max_pages not in (None, "") else None
        self.seen: set[str] = set()  # canonical URLs admitted this crawl
        self.rules = load_crawl_rules()
        self.traps = self.rules.trap_budget()
        self.pages_scheduled = 0
        self.plan: RecrawlPlan | None = None
        self.deferred: list[str] = []  # known articles, decided on when discovery is done
        self.requested: set[str] = set()
        self.revalidated = False
        self.reader_pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> "AllmannyttanSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.max_pages is None:
            spider.max_pages = crawler.settings.getint("ARCHIVE_MAX_PAGES") or None
        spider.fetch_requisites = crawler.settings.getbool("ARCHIVE_FETCH_REQUISITES", True)
        crawler.signals.connect(spider.discovery_done, signal=signals.spider_idle)
        return spider

    # -- what to fetch ---------------------------------------------------------------
    def admit(self, raw_url: str) -> str | None:
        """The canonical URL to fetch, or None after recording why not.

        Once per canonical URL per crawl, http(s) on in-scope hosts only, and
        within the trap budgets of the site profile.
        """
        url = self.rules.canonical(raw_url)
        if urlsplit(url).scheme not in ("http", "https"):
            self.skip(url, "scheme")
            return None
        if not in_scope(url, self.hosts):
            self.skip(url, "out_of_scope")
            return None
        key = canonicalize_url(url)
        if key in self.seen:
            if raw_url.split("#", 1)[0] != url:
                self.skip(raw_url, "duplicate", url)
            return None
        self.seen.add(key)
        trap = self.traps.admit(url)
        if trap is not None:
            self.crawler.stats.inc_value(f"archive/trap/{trap}")
            self.skip(url, "trap_budget", trap)
            return None
        return url

    def skip(self, url: str, reason: str, detail: str | None = None) -> None:
        crawl_archive(self.crawler).record_skip(url, reason, detail)

    def page_request(self, raw_url: str) -> Request | None:
        """A request for an HTML page, within scope, the page budget and once only."""
        if is_requisite_url(raw_url):
            return self.requisite_request(raw_url)
        if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
            self.skip(raw_url, "page_budget")
            return None
        url = self.admit(raw_url)
        if url is None:
            return None
        if self.plan is not None and self.plan.is_known_article(url):
            # Wait until the sitemaps are read: their lastmods may make the fetch needless.
            self.deferred.append(url)
            return None
        return self._page(url)

    def requisite_request(self, raw_url: str) -> Request | None:
        """A request for an image, stylesheet, script or document of the same site."""
        if not self.fetch_requisites:
            return None
        url = self.admit(raw_url)
        if url is None:
            return None
        if self.plan is not None and url in self.plan.prior:
            # Uploads keep their URL for life and theme files change theirs (?ver=):
            # a requisite archived before is not asked for again in an incremental crawl.
            self.crawler.stats.inc_value(KNOWN_REQUISITES)
            return None
        return Request(url, callback=self.parse_requisite, errback=self.request_failed,
                       meta={"page_kind": "requisite"}, priority=-1)

    def _page(self, url: str) -> Request:
        self.seen.add(canonicalize_url(url))
        self.pages_scheduled += 1
        if self.plan is not None:  # only an incremental crawl asks what it requested
            self.requested.add(url)
        return Request(url, callback=self.parse_page, errback=self.request_failed,
                       meta={"page_kind": "page"})

    def request_failed(self, failure) -> None:
        """A response dropped after it came: its body decompressed past the size cap.

        (Download errors and the redirect limit are recorded by the recorder.)
        """
        if failure.check(IgnoreRequest):
            message = str(failure.value)
            if "max size" in message or "DOWNLOAD_MAXSIZE" in message:
                self.skip(failure.request.url, "size_cap", message)

    def discovery_done(self) -> None:
        """When the queue runs dry: fetch the known articles that may have changed.

        A known article is skipped when the sitemap's lastmod is not newer than
        its last capture; otherwise (no lastmod, or newer) it is fetched with a
        conditional request. Known articles nothing linked to this time are
        revalidated as well, so removals are noticed.
        """
        if self.plan is None:
            return
        candidates = self.deferred
        self.deferred = []
        if not self.revalidated:
            self.revalidated = True
            candidates += self.plan.to_revalidate(self.requested | set(candidates))
        scheduled = 0
        for url in dict.fromkeys(candidates):
            if self.plan.may_skip(url):
                crawl_archive(self.crawler).confirm_unchanged(url)
                continue
            if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
                break
            self.crawler.engine.crawl(self._page(url))
            scheduled += 1
        if scheduled:
            raise DontCloseSpider

    def open_reader_pool(self) -> None:
        """A worker process for read_page when the crawl is fast enough to need one.

        ARCHIVE_PARSE_WORKERS: a number, or "auto" (one worker when there is no
        politeness delay and a second core; a polite crawl waits far longer
        between pages than parsing takes).
        """
        setting = str(self.settings.get("ARCHIVE_PARSE_WORKERS", "auto")).strip().lower()
        if setting == "auto":
            fast = self.settings.getfloat("DOWNLOAD_DELAY") == 0
            workers = 1 if fast and (os.cpu_count() or 1) > 1 else 0
        else:
            workers = int(setting)
        if workers > 0:
            # spawn, not fork: the child must not inherit the running reactor.
            self.reader_pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=exit_with_parent, initargs=(os.getpid(),))
            self.crawler.signals.connect(self.close_reader_pool, signal=signals.spider_closed)

    def close_reader_pool(self) -> None:
        if self.reader_pool is not None:
            self.reader_pool.shutdown(wait=False, cancel_futures=True)
            self.reader_pool = None

    async def start(self) -> AsyncIterator[Request]:
        self.open_reader_pool()
        archive = crawl_archive(self.crawler)
        if archive.incremental:
            self.plan = RecrawlPlan(prior=archive.prior, known_articles=archive.known_articles)
        for url in self.start_urls:
            request = self.page_request(url)
            if request is not None:
                yield request
        if self.settings.getbool("ROBOTSTXT_OBEY"):
            # Scrapy fetches robots.txt itself; RobotsSitemapMiddleware hands it to robots_found.
            return
        for origin in dict.fromkeys(origin_of(u) for u in self.start_urls):
            yield Request(origin + "/robots.txt", callback=self.robots_found,
                          errback=self.robots_failed, meta={"page_kind": "robots"})

    # -- callbacks ---------------------------------------------------------------------
    def robots_found(self, response: Response) -> Iterator[Request]:
        """Sitemaps named in robots.txt; the usual WordPress places when none are."""
        sitemaps = []
        if response.status == 200:
            text = response.body.decode("utf-8", errors="replace")
            sitemaps = [m.strip() for m in re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]
        origin = origin_of(response.url)
        if not sitemaps:
            sitemaps = [origin + path for path in FALLBACK_SITEMAPS]
        yield from self.sitemap_requests([response.urljoin(url) for url in sitemaps])

    def robots_failed(self, failure) -> Iterator[Request]:
        origin = origin_of(failure.request.url)
        yield from self.sitemap_requests([origin + path for path in FALLBACK_SITEMAPS])

    def sitemap_requests(self, urls: Iterable[str]) -> Iterator[Request]:
        for raw_url in urls:
            url = self.admit(raw_url)
            if url is not None:
                yield Request(url, callback=self.parse_sitemap, meta={"page_kind": "sitemap"})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """A sitemap index gives more sitemaps; a urlset gives pages."""
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
                    body = f.read(MAX_SITEMAP_BYTES)
            except OSError:
                return
        if response.status != 200 or b"<" not in body[:1024]:
            return
        try:
            sitemap = Sitemap(body)
        except Exception:  # lxml raises several kinds on broken XML
            self.logger.warning("unreadable sitemap %s", response.url)
            return
        entries = [entry for entry in sitemap if entry.get("loc")]
        locs = [entry["loc"] for entry in entries]
        if self.plan is not None:
            self.plan.lastmods.update(
                (entry["loc"], entry["lastmod"]) for entry in entries if entry.get("lastmod"))
        if sitemap.type == "sitemapindex":
            yield from self.sitemap_requests(locs)
        else:
            for loc in locs:
                request = self.page_request(loc)
                if request is not None:
                    yield request

    def parse_requisite(self, response: Response) -> Iterable[Any]:
        """Requisites are archived by the recorder and nothing else."""
        return ()

    def unchanged(self, response: Response, capture: dict[str, Any]) -> bool:
        """In an incremental crawl: 304, or a 200 identical to the last capture."""
        if self.plan is None or response.url not in self.plan.prior:
            return False
        return response.status == 304 or capture.get("record_type") == "revisit"

    async def parse_page(self, response: Response) -> AsyncIterator[Any]:
        """Classify, parse and store the page; follow its links and requisites."""
        capture = response.meta.get("capture") or {}
        if self.unchanged(response, capture):
            # Its links are the ones followed last time: nothing new to find there.
            previous = self.plan.prior[response.url]["page_kind"]
            yield PageItem(url=response.url, kind="unchanged", capture=capture,
                           previous_kind=previous)
            return
        if response.status in (404, 410):
            yield PageItem(url=response.url, kind="gone", capture=capture)
            return
        if response.status != 200 or not is_html(response):
            yield PageItem(url=response.url, kind="other", capture=capture)
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        reading = await self.read(response.body, content_type, response.url)
        item = PageItem(url=response.url, kind=reading.kind, capture=capture,
                        article=reading.article, entries=reading.entries)
        stop_paging = False
        if reading.article is not None:
            item.url = self.canonical_of(reading.article, response.url)
        elif reading.entries is not None:
            # A listing page without teasers ends its chain (endless ?page= traps);
            # in an incremental crawl, so does one that holds nothing new.
            stop_paging = not reading.entries or (self.plan is not None and not any(
                self.plan.is_news(entry["article_url"]) for entry in reading.entries))
        yield item
        for request in self.follow(reading, stop_paging=stop_paging):
            yield request

    async def read(self, body: bytes, content_type: str | None, url: str) -> PageReading:
        """read_page, in the worker process when there is one."""
        if self.reader_pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self.reader_pool, read_page, body, content_type, url)
            except BrokenProcessPool:
                self.logger.warning("page reader process died; reading pages inline from now on")
                self.reader_pool = None
        return read_page(body, content_type, url)

    def canonical_of(self, article: dict[str, Any], url: str) -> str:
        """The page's rel=canonical when it is in scope (and not the home page), else its URL."""
        declared = article.get("canonical_url")
        if not declared or not in_scope(declared, self.hosts):
            return url
        canonical = self.rules.canonical(declared)
        if urlsplit(canonical).path in ("", "/") or canonical == url:
            return url
        self.seen.add(canonicalize_url(canonical))  # fetched under another name: not again
        return canonical

    def follow(self, reading: PageReading, *, stop_paging: bool = False) -> Iterator[Request]:
        for url in reading.links:
            if stop_paging and self.rules.is_pagination(url):
                continue
            request = self.page_request(url)
            if request is not None:
                yield request
        if self.fetch_requisites:
            for url in reading.requisites:
                request = self.requisite_request(url)
                if request is not None:
                    yield request
