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
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from archive.database import utc_now
from crawler.incremental import RecrawlPlan
from crawler.items import PageItem
from crawler.operating import contact_of, crawl_problems, user_agent
from crawler.reading import PageReading, exit_with_parent, read_page
from crawler.recording import FRONTIER_LOADED, KNOWN_REQUISITES, crawl_archive, first_url
from crawler.scope import host_of, in_scope, is_requisite_url, origin_of, scope_hosts
from crawler.urls import ShapeBudget, is_private_host, load_crawl_rules, url_shape

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
        self.seen: set[str] = set()  # URL keys (crawler.urls.url_key) admitted this crawl
        self.rules = load_crawl_rules()
        self.traps = self.rules.trap_budget()
        self.shapes = ShapeBudget(50)
        self.held: dict[str, list[tuple[str, str | None]]] = {}  # shape -> (url, found_on) waiting
        self.articles_read: set[str] = set()  # canonical URLs of articles read this crawl
        # Per URL shape, the article URLs its listing pages listed this crawl: a page
        # of the shape is productive when it lists one its sister pages did not.
        self.teasers_read: dict[str, set[str]] = {}
        self.pages_scheduled = 0
        self.plan: RecrawlPlan | None = None
        self.deferred: list[str] = []  # known articles, decided on when discovery is done
        self.requested: set[str] = set()
        self.revalidated = False
        self.reader_pool: ProcessPoolExecutor | None = None
        self.waiting: list[dict[str, Any]] = []  # frontier rows not yet written

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> "AllmannyttanSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.max_pages is None:
            spider.max_pages = crawler.settings.getint("ARCHIVE_MAX_PAGES") or None
        spider.fetch_requisites = crawler.settings.getbool("ARCHIVE_FETCH_REQUISITES", True)
        spider.shapes = ShapeBudget(crawler.settings.getint("ARCHIVE_TRAP_SHAPE_BUDGET", 50))
        contact = contact_of(crawler.settings)
        if contact and "no contact" in crawler.settings.get("USER_AGENT", ""):
            # A contact given as a setting (scrapy crawl -s, Scrapyd's setting=) after the
            # settings module built the User-Agent: Scrapy's UserAgentMiddleware reads this.
            spider.user_agent = user_agent(contact)
        if problems := crawl_problems(spider.start_urls, crawler.settings):
            # `scrapy crawl` and Scrapyd come here without the CLI's check: refuse all the same.
            raise RuntimeError("not starting: " + " — and ".join(problems))
        crawler.signals.connect(spider.discovery_done, signal=signals.spider_idle)
        return spider

    @property
    def archive(self):
        return crawl_archive(self.crawler)

    # -- what to fetch ---------------------------------------------------------------
    def admit(self, raw_url: str) -> str | None:
        """The canonical URL to fetch, or None after recording why not.

        Once per canonical URL per crawl, http(s) on in-scope hosts only, and
        within the trap budgets of the site profile. A URL refused by a budget
        is not marked seen: a later link may find the budget open again.
        """
        url = self.rules.canonical(raw_url)
        if urlsplit(url).scheme not in ("http", "https"):
            self.skip(url, "scheme")
            return None
        if not in_scope(url, self.hosts):
            self.skip(url, "out_of_scope")
            return None
        key = self.rules.key(url)
        if key in self.seen:
            if raw_url.split("#", 1)[0] != url:
                self.skip(raw_url, "duplicate", url)
            return None
        trap = self.traps.admit(url)
        if trap is not None:
            self.crawler.stats.inc_value(f"archive/trap/{trap}")
            self.skip(url, "trap_budget", trap)
            return None
        self.seen.add(key)
        return url

    def skip(self, url: str, reason: str, detail: str | None = None) -> None:
        self.archive.record_skip(url, reason, detail)

    def wait(self, url: str, kind: str, found_on: str | None, reason: str = "queued") -> None:
        """Note a URL in the frontier (written by :meth:`flush_waiting`)."""
        self.waiting.append({"url": url, "kind": kind, "found_on": found_on, "reason": reason,
                             "discovered_at": utc_now(), "crawl_id": self.archive.crawl_id})

    def flush_waiting(self) -> None:
        """Write the frontier rows noted so far, before the page that found them counts as read."""
        if self.waiting:
            self.archive.db.frontier_add(self.waiting)
            self.waiting = []

    def page_request(self, raw_url: str, found_on: str | None = None, *,
                     listed: bool = False, from_frontier: bool = False) -> Request | None:
        """A request for an HTML page, within scope, the page budget and the trap guards.

        ``listed``: the site itself names the URL (start URL, sitemap, rel=canonical),
        so the shape guard does not apply. ``from_frontier``: an earlier crawl
        found it and did not fetch it; fetch it now, known or not.
        """
        if is_requisite_url(raw_url):
            return self.requisite_request(raw_url, found_on, from_frontier=from_frontier)
        url = self.admit(raw_url)
        if url is None:
            return None
        variant = self.rules.variant_of(url)
        if variant is not None:
            # Refused in the downloader, after robots.txt has had its say: nothing goes out.
            return Request(url, callback=self.parse_page, meta={"page_kind": "page"})
        if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
            self.skip(url, "page_budget")
            self.wait(url, "page", found_on, "page_budget")
            return None
        known = self.plan is not None and url in self.plan.prior
        if not from_frontier and self.plan is not None and self.plan.is_known_article(url):
            # Wait until the sitemaps are read: their lastmods may make the fetch needless.
            self.deferred.append(url)
            return None
        shape = None
        if not (listed or known):
            shape = url_shape(url)
            if not self.shapes.open_for(shape):
                # Held back until a page of its shape brings something new.
                self.held.setdefault(shape, []).append((url, found_on))
                self.wait(url, "page", found_on, "held")
                return None
            self.shapes.spend(shape)
        return self._page(url, found_on, shape=shape, priority=1 if from_frontier else 0)

    def requisite_request(self, raw_url: str, found_on: str | None = None, *,
                          from_frontier: bool = False) -> Request | None:
        """A request for an image, stylesheet, script or document of the same site."""
        if not self.fetch_requisites:
            return None
        url = self.admit(raw_url)
        if url is None:
            return None
        if not from_frontier and self.plan is not None and self.plan.may_skip_requisite(url):
            self.crawler.stats.inc_value(KNOWN_REQUISITES)
            return None
        self.wait(url, "requisite", found_on)
        return Request(url, callback=self.parse_requisite, errback=self.request_failed,
                       meta={"page_kind": "requisite"}, priority=0 if from_frontier else -1)

    def _page(self, url: str, found_on: str | None = None, *, shape: str | None = None,
              priority: int = 0) -> Request:
        self.seen.add(self.rules.key(url))
        self.pages_scheduled += 1
        if self.plan is not None:  # only an incremental crawl asks what it requested
            self.requested.add(url)
        self.wait(url, "page", found_on)
        return Request(url, callback=self.parse_page, errback=self.request_failed,
                       meta={"page_kind": "page", "shape": shape},
                       priority=priority)

    def request_failed(self, failure) -> Iterable[Any]:
        """A request that ended without a page to read.

        A body over the size cap is listed; a canonical URL fetched on behalf
        of a variant hands back the variant's reading of the article.
        (Download errors and the redirect limit are recorded by the recorder.)
        """
        if failure.check(IgnoreRequest):
            message = str(failure.value)
            if "max size" in message or "DOWNLOAD_MAXSIZE" in message:
                self.skip(failure.request.url, "size_cap", message)
        fallback = failure.request.meta.get("variant_fallback")
        return [fallback] if fallback is not None else []

    def discovery_done(self) -> None:
        """When the queue runs dry: fetch the known articles that may have changed.

        A known article is skipped when the sitemap gives the lastmod stored at
        its last capture and that capture is recent (--revalidate-after);
        otherwise it is fetched with a conditional request. Known articles
        nothing linked to this time are revalidated as well, so removals are
        noticed. Then URLs still held back by the shape guard are given up.
        """
        scheduled = 0
        if self.plan is not None:
            candidates = self.deferred
            self.deferred = []
            if not self.revalidated:
                self.revalidated = True
                candidates += self.plan.to_revalidate(self.requested | set(candidates))
                scheduled += self.revalidate_due()
            for url in dict.fromkeys(candidates):
                if self.plan.may_skip(url):
                    self.archive.confirm_unchanged(url)
                    continue
                if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
                    break
                self.crawler.engine.crawl(self._page(url))
                scheduled += 1
        if not scheduled:
            self.give_up_held()
        self.flush_waiting()
        if scheduled:
            raise DontCloseSpider

    def revalidate_due(self) -> int:
        """Conditional requests for known pages and requisites not checked for too long
        that nothing linked to this crawl (an unchanged page's links are not followed)."""
        scheduled = 0
        for url in self.plan.due_urls():
            if self.rules.key(url) in self.seen:
                continue
            if self.plan.prior[url]["page_kind"] == "requisite":
                request = self.requisite_request(url, from_frontier=True)
            else:
                request = self.page_request(url, listed=True, from_frontier=True)
            if request is not None:
                self.crawler.engine.crawl(request)
                scheduled += 1
        return scheduled

    def give_up_held(self) -> None:
        """URLs of shapes that never earned their budget back: listed, not fetched."""
        for shape, waiting in self.held.items():
            for url, _ in waiting:
                self.crawler.stats.inc_value("archive/trap/shape")
                self.skip(url, "trap_budget", shape)
        self.held = {}

    def release_held(self, shape: str) -> list[Request]:
        """Requests for held URLs of a shape that has budget again."""
        released = []
        waiting = self.held.get(shape, [])
        while waiting and self.shapes.open_for(shape):
            url, found_on = waiting.pop(0)
            self.shapes.spend(shape)
            released.append(self._page(url, found_on, shape=shape))
        return released

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
        archive = self.archive
        if archive.incremental:
            days = self.settings.getfloat("ARCHIVE_REVALIDATE_AFTER_DAYS", 30.0)
            self.plan = RecrawlPlan(prior=archive.prior, known_articles=archive.known_articles,
                                    lastmods=archive.lastmods,
                                    revalidate_after=timedelta(days=days))
        requests = [self.page_request(url, listed=True) for url in self.start_urls]
        # What earlier crawls found and did not fetch comes first.
        frontier = archive.db.frontier()
        self.crawler.stats.set_value(FRONTIER_LOADED, len(frontier))
        for row in frontier:
            if row["kind"] == "sitemap":
                requests += self.sitemap_requests([row["url"]])
            elif row["kind"] == "requisite":
                requests.append(self.requisite_request(row["url"], row["found_on"],
                                                       from_frontier=True))
            else:
                requests.append(self.page_request(row["url"], row["found_on"], from_frontier=True))
        self.flush_waiting()
        for request in requests:
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
        requests = list(self.sitemap_requests([response.urljoin(url) for url in sitemaps]))
        self.flush_waiting()
        yield from requests

    def robots_failed(self, failure) -> Iterator[Request]:
        origin = origin_of(failure.request.url)
        requests = list(self.sitemap_requests([origin + path for path in FALLBACK_SITEMAPS]))
        self.flush_waiting()
        yield from requests

    def sitemap_requests(self, urls: Iterable[str]) -> Iterator[Request]:
        for raw_url in urls:
            url = self.admit(raw_url)
            if url is not None:
                self.wait(url, "sitemap", None)
                yield Request(url, callback=self.parse_sitemap, meta={"page_kind": "sitemap"})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """A sitemap index gives more sitemaps; a urlset gives pages and their lastmods."""
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
        self.archive.lastmods.update(
            (self.rules.canonical(entry["loc"]), entry["lastmod"].strip())
            for entry in entries if entry.get("lastmod"))
        if sitemap.type == "sitemapindex":
            requests = list(self.sitemap_requests(locs))
        else:
            requests = [self.page_request(loc, response.url, listed=True) for loc in locs]
        self.flush_waiting()
        for request in requests:
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
        requested = first_url(response.request)
        fallback = response.meta.get("variant_fallback")
        if self.unchanged(response, capture):
            # Its links are the ones followed last time: nothing new to find there.
            previous = self.plan.prior[response.url]["page_kind"]
            yield PageItem(url=response.url, kind="unchanged", capture=capture,
                           previous_kind=previous, requested_url=requested)
            return
        if response.status in (404, 410):
            yield PageItem(url=response.url, kind="gone", capture=capture, requested_url=requested)
            if fallback is not None:
                yield fallback
            return
        if response.status != 200 or not is_html(response):
            yield PageItem(url=response.url, kind="other", capture=capture, requested_url=requested)
            if fallback is not None:
                yield fallback
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        reading = await self.read(response.body, content_type, response.url)
        item = PageItem(url=response.url, kind=reading.kind, capture=capture,
                        article=reading.article, entries=reading.entries, requested_url=requested)
        stop_paging = False
        requests: list[Request] = []
        productive = False
        if reading.article is not None:
            canonical = self.canonical_of(reading.article, response.url)
            item.url = canonical
            productive = canonical not in self.articles_read
            self.articles_read.add(canonical)
            for alias in reading.aliases:  # shortlinks (?p=123) name this page too
                self.seen.add(self.rules.key(alias))
            if canonical != response.url:
                item, requests = self.variant_of(item, canonical, response.url)
        elif reading.entries is not None:
            listed = {entry["article_url"] for entry in reading.entries}
            seen = self.teasers_read.setdefault(response.meta.get("shape") or url_shape(response.url),
                                                set())
            productive = bool(listed - seen)
            seen |= listed
            # A listing page without teasers ends its chain (endless ?page= traps);
            # in an incremental crawl, so does one that holds nothing new, for
            # the listing pages already in the archive.
            stop_paging = not reading.entries or (self.plan is not None and not any(
                self.plan.is_news(url) for url in listed))
        if fallback is not None and reading.article is None:
            requests.append(fallback)  # the canonical URL holds no article: keep the variant's
        shape = response.meta.get("shape")
        if shape is not None and productive:
            self.shapes.earn(shape)
            requests += self.release_held(shape)
        requests += self.follow(reading, response.url, stop_paging=stop_paging)
        # The frontier holds every link before the page counts as read (the pipeline).
        self.flush_waiting()
        yield item
        for request in requests:
            yield request

    def variant_of(self, item: PageItem, canonical: str, url: str) -> tuple[PageItem, list[Any]]:
        """An article read at another URL than its canonical one (print view, reply link ...).

        The article's row must point at the capture of its own URL: when that
        URL is archived (or queued), the variant's capture is kept and listed
        as a variant only; when it is not, the canonical URL is fetched, and
        the variant's reading is stored only if that fetch gives no article.
        """
        variant = PageItem(url=canonical, kind="variant", capture=item.capture,
                           requested_url=item.requested_url)
        if self.plan is not None and canonical in self.plan.prior:
            return variant, []
        request = self.page_request(canonical, url, listed=True)
        if request is None:
            # Already queued under its own URL (or refused): that capture will hold it.
            return variant, []
        # Stored under the URL it was read at, should its canonical URL hold no article.
        item.url = url
        request.meta["variant_fallback"] = item
        return variant, [request]

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
        """The page's rel=canonical when it is in scope (and not the home page), else its URL.

        A canonical that differs only in scheme names the same page.
        """
        declared = article.get("canonical_url")
        if not declared or not in_scope(declared, self.hosts):
            return url
        canonical = self.rules.canonical(declared)
        if urlsplit(canonical).path in ("", "/") or canonical == url:
            return url
        if canonical.split(":", 1)[1] == url.split(":", 1)[1]:
            return url
        return canonical

    def follow(self, reading: PageReading, found_on: str, *,
               stop_paging: bool = False) -> list[Request]:
        requests = []
        for url in reading.links:
            if stop_paging and self.rules.is_pagination(url) and (
                    not reading.entries or self.rules.canonical(url) in self.plan.prior):
                continue
            requests.append(self.page_request(url, found_on))
        if self.fetch_requisites:
            for url in reading.requisites:
                requests.append(self.requisite_request(url, found_on))
        return [r for r in requests if r is not None]
