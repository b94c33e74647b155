"""One crawl's archive: the WARC writer, the database and the crawl row, shared
by the recorder middleware, the pipeline and the progress display.

The archive is a Scrapy extension; the other components get it from their
crawler with :func:`crawl_archive`, so all share one object.
"""

from __future__ import annotations

import json
import logging
import platform
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from twisted.internet import task
from twisted.internet.defer import CancelledError
from scrapy.http import Request, Response
from scrapy.responsetypes import responsetypes

from archive.database import ArchiveDB, iso_utc
from archive.reports import fill_rates, write_crawl_report
from archive.warc import (
    PROFILE_IDENTICAL, PROFILE_NOT_MODIFIED, EarlierCapture, Exchange, RecordLocation,
    WarcFileWriter, payload_digest, read_stored_response, recover_open_files,
)
from crawler import __version__
from crawler.operating import contact_of

logger = logging.getLogger(__name__)

# Stats keys, shared by the components that count and the ones that report.
PAGES = "archive/pages_fetched"
REQUISITES = "archive/requisites_fetched"
CAPTURES = "archive/captures"
FETCH_ERRORS = "archive/fetch_errors"  # no response, or a 5xx
NOT_FOUND = "archive/client_errors"  # 4xx: broken links, robots/sitemap guesses
ARTICLES = "archive/articles_found"
LISTINGS = "archive/listings_found"
PARSE_FAILURES = "archive/parse_failures"
NEW_ARTICLES = "archive/new_articles"
CHANGED_ARTICLES = "archive/changed_articles"
REMOVED_ARTICLES = "archive/removed_articles"
NOT_MODIFIED = "archive/not_modified"  # 304 answers to conditional requests
REVISITS = "archive/revisits"  # 200 answers identical to the last capture
SKIPPED_UNCHANGED = "archive/skipped_unchanged"  # not fetched: sitemap lastmod as at the last capture
FROM_ARCHIVE = "archive/read_from_warc"  # 304 answers whose stored copy was read again
FRONTIER_LOADED = "archive/frontier_loaded"  # URLs left waiting by earlier crawls, fetched first
FRONTIER_WAITING = "archive/frontier_waiting"  # URLs still waiting when the crawl ended
FRONTIER_FAILED = "archive/frontier_failed"  # ...of them, those this crawl failed to fetch
KNOWN_REQUISITES = "archive/known_requisites"  # not fetched again in an incremental crawl
RECOVERED_WARCS = "archive/recovered_warc_files"
SKIPPED_PREFIX = "archive/skipped/"  # + reason: URLs seen but not fetched
FILLED_PREFIX = "archive/filled/"  # + field name: articles parsed with that field filled

# Request kinds that are not HTML pages to parse.
NON_PAGE_KINDS = {"requisite", "robots", "sitemap"}

# Skip reasons that leave a URL waiting in the frontier: for a later crawl
# (page_budget), or because the URL is queued under this very name (duplicate).
WAITING_REASONS = {"page_budget", "duplicate"}

# Answers after which a request is tried again (by the retry middleware now,
# by the next crawl from the frontier when the retries run out).
RETRYABLE_STATUSES = {408, 429}

# Settings worth keeping with each crawl so a researcher can tell how it ran.
RECORDED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED",
    "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_MAXSIZE",
    "RETRY_TIMES", "ARCHIVE_MAX_PAGES", "ARCHIVE_FETCH_REQUISITES",
)


def _headers(headers: Any) -> list[tuple[str, str]]:
    """Scrapy's Headers as (name, value) text pairs, repeated headers kept."""
    pairs = []
    for name in headers:
        for value in headers.getlist(name):
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs


def exchange_from_scrapy(request: Request, response: Response, fetched_at: datetime) -> Exchange:
    """The wire view of a Scrapy request/response pair, for the WARC writer."""
    ip = getattr(response, "ip_address", None)
    return Exchange(
        url=response.url,
        method=request.method,
        request_headers=_headers(request.headers),
        request_body=request.body or b"",
        status=response.status,
        protocol=response.protocol or "HTTP/1.1",
        response_headers=_headers(response.headers),
        body=response.body,
        fetched_at=fetched_at,
        ip_address=str(ip) if ip else None,
    )


class CrawlArchive:
    """Owns the archive dir for the length of one crawl: a Scrapy extension.

    Built with the other components (no file work then), opened on
    ``spider_opened`` and closed on ``spider_closed``. The middlewares, the
    pipeline, the dupefilter and the spider get it through :func:`crawl_archive`.
    """

    def __init__(self, archive_dir: Path, *, warc_prefix: str, warc_max_size: int,
                 warcinfo: dict[str, str], start_urls: list[str], settings: dict[str, Any],
                 stats: Any, incremental: bool = False, max_size: int = 0,
                 max_attempts: int = 3, commit_items: int = 300, commit_seconds: float = 1.0) -> None:
        self.archive_dir = archive_dir
        self.commit_items, self.commit_seconds = commit_items, commit_seconds
        self.uncommitted = 0
        self.committed_at = 0.0
        self.commit_loop: task.LoopingCall | None = None
        self.stats = stats
        self.max_size = max_size
        self.max_attempts = max_attempts
        self.warc_options = {"prefix": warc_prefix, "max_size": warc_max_size, "warcinfo": warcinfo}
        self.start_urls = start_urls
        self.recorded_settings = settings
        self.incremental = incremental
        self.crawl_id: int | None = None
        self.opened = False
        self.closed = False
        self.report_path: Path | None = None
        # Sitemap lastmods read in this crawl, by canonical URL (the spider fills it).
        self.lastmods: dict[str, str] = {}
        self.failed: dict[str, str] = {}  # URL -> last error, for those still failing
        self.skipped: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlArchive":
        s = crawler.settings
        spider = getattr(crawler, "spider", None) or crawler.spidercls
        start_urls = list(getattr(spider, "start_urls", None) or [])
        warcinfo = {
            "software": f"allmannyttan-archive/{__version__} (Scrapy, warcio)",
            "http-header-user-agent": getattr(spider, "user_agent", None) or s.get("USER_AGENT"),
            "operator": s.get("ARCHIVE_OPERATOR") or contact_of(s),
            "robots": "obey" if s.getbool("ROBOTSTXT_OBEY") else "ignore",
            "isPartOf": "allmannyttan.se archive",
            "description": "Start URLs: " + " ".join(start_urls),
            "python": platform.python_version(),
        }
        archive = cls(
            Path(s.get("ARCHIVE_DIR")),
            warc_prefix=s.get("ARCHIVE_WARC_PREFIX"),
            warc_max_size=s.getint("ARCHIVE_WARC_MAX_SIZE"),
            warcinfo={k: v for k, v in warcinfo.items() if v},
            start_urls=start_urls,
            settings={name: s.get(name) for name in RECORDED_SETTINGS},
            stats=crawler.stats,
            incremental=s.getbool("ARCHIVE_INCREMENTAL"),
            max_size=s.getint("DOWNLOAD_MAXSIZE"),
            max_attempts=s.getint("ARCHIVE_FRONTIER_MAX_ATTEMPTS", 3),
            commit_items=s.getint("ARCHIVE_COMMIT_ITEMS", 300),
            commit_seconds=s.getfloat("ARCHIVE_COMMIT_SECONDS", 1.0),
        )
        crawler.signals.connect(archive.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(archive.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(archive.callback_failed, signal=signals.spider_error)
        return archive

    # -- lifecycle -------------------------------------------------------------------
    def spider_opened(self, spider: Any) -> None:
        self.open()

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.close(reason)

    def recover(self) -> None:
        """Put right what a killed crawl left: WARC files still .open, crawl rows still running.

        A file is cut back to its last whole record; what the killed crawl had
        queued waits in the frontier, what it fetched is in the database.
        """
        for name, dropped in recover_open_files(self.archive_dir / "warc"):
            self.stats.inc_value(RECOVERED_WARCS)
            logger.warning("recovered %s from an interrupted crawl (%d bytes dropped)", name, dropped)
        killed = self.db.abandon_running_crawls()
        if killed:
            logger.warning("crawl(s) %s were killed; the frontier holds what they had queued", killed)

    def open(self) -> None:
        """Recover, then open the database and the WARC writer and start the crawl row."""
        if self.opened:
            return
        self.opened = True
        (self.archive_dir / "warc").mkdir(parents=True, exist_ok=True)
        self.db = ArchiveDB(self.archive_dir / "archive.db")
        self.recover()
        self.writer = WarcFileWriter(self.archive_dir / "warc", **self.warc_options)
        # What earlier crawls know per URL: revisit records refer to its last full
        # response; in incremental mode its validators make requests conditional.
        self.states = self.db.url_states()
        # URLs whose latest capture was read (links followed, records stored).
        self.prior = {url: state for url, state in self.states.items() if state["processed"]}
        self.known_articles = self.db.known_articles()
        self.incremental = self.incremental and bool(self.prior)
        self.crawl_id = self.db.start_crawl(
            self.start_urls, dict(self.recorded_settings, incremental=self.incremental))
        # From here on the crawl's rows commit in batches of whole pages (item_stored), and at
        # least every commit_seconds: a reader never sees half a page, and SIGKILL loses at most
        # the batch in hand, whose pages still wait in the frontier for the next crawl.
        self.db.hold()
        self.committed_at = time.monotonic()
        if self.commit_seconds > 0:
            self.commit_loop = task.LoopingCall(self.commit_if_due)
            self.commit_loop.start(self.commit_seconds, now=False)

    # -- batched commits ---------------------------------------------------------------
    def item_stored(self) -> None:
        """One page read and stored (the pipeline's last step for it): commit if a batch is full."""
        self.uncommitted += 1
        if self.uncommitted >= self.commit_items:
            self.commit()
        else:
            self.commit_if_due()

    def commit_if_due(self) -> None:
        if time.monotonic() - self.committed_at >= self.commit_seconds:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self.uncommitted = 0
        self.committed_at = time.monotonic()
        if not self.closed:
            self.db.hold()

    # -- recording ---------------------------------------------------------------
    def earlier_capture(self, url: str) -> EarlierCapture | None:
        prior = self.states.get(url)
        if prior is None or not prior["warc_date"]:
            return None
        return EarlierCapture(url=url, warc_date=prior["warc_date"], record_id=prior["record_id"],
                              payload_digest=prior["payload_digest"])

    def write(self, exchange: Exchange) -> RecordLocation:
        """A full response record, or a revisit when an earlier capture makes one enough."""
        earlier = self.earlier_capture(exchange.url)
        if earlier is not None and exchange.status == 304:
            self.stats.inc_value(NOT_MODIFIED)
            return self.writer.write_revisit(exchange, earlier, PROFILE_NOT_MODIFIED)
        if (earlier is not None and exchange.status == 200
                and payload_digest(exchange.body) == earlier.payload_digest):
            self.stats.inc_value(REVISITS)
            return self.writer.write_revisit(exchange, earlier, PROFILE_IDENTICAL)
        return self.writer.write_exchange(exchange)

    def record_response(self, request: Request, response: Response) -> dict[str, Any]:
        """Write the exchange to the WARC and a capture row; return the capture."""
        fetched = datetime.now(timezone.utc)
        location = self.write(exchange_from_scrapy(request, response, fetched))
        kind = request_kind(request)
        capture = {
            "crawl_id": self.crawl_id, "url": response.url, "status": response.status,
            "content_type": _first_header(response, b"Content-Type"),
            "fetched_at": iso_utc(fetched), "warc_filename": location.filename,
            "warc_offset": location.offset, "warc_length": location.length,
            "warc_record_id": location.record_id, "warc_date": location.warc_date,
            "payload_digest": location.payload_digest, "record_type": location.record_type,
            "page_kind": kind, "etag": _first_header(response, b"ETag"),
            "last_modified": _first_header(response, b"Last-Modified"),
        }
        if kind == "page":
            capture["sitemap_lastmod"] = self.lastmods.get(response.url)
        if location.record_type == "revisit":
            capture["refers_to_record_id"] = self.states[response.url]["record_id"]
        capture["id"] = self.db.record_capture(capture)
        if location.record_type == "revisit":
            # Not columns: where the body this revisit stands for lies.
            capture["body_warc_filename"] = self.states[response.url]["warc_filename"]
            capture["body_warc_offset"] = self.states[response.url]["warc_offset"]
        self.note_answer(request, response.status, kind)
        self.stats.inc_value(CAPTURES)
        if kind == "requisite":
            self.stats.inc_value(REQUISITES)
        elif kind not in NON_PAGE_KINDS:
            self.stats.inc_value(PAGES)
        if response.status >= 500:
            self.stats.inc_value(FETCH_ERRORS)
        elif response.status >= 400:
            self.stats.inc_value(NOT_FOUND)
        return capture

    def note_answer(self, request: Request, status: int, kind: str) -> None:
        """Keep the frontier current: a final answer ends a URL's wait, a failure is noted.

        Pages leave the frontier only once they are read (the pipeline does
        it), so a crawl killed between fetching and reading fetches them again.
        """
        url = request.url
        if status >= 500 or status in RETRYABLE_STATUSES:
            self.failed[url] = f"HTTP {status}"
            return
        self.failed.pop(url, None)
        if 300 <= status < 400 and status != 304:
            return  # the URL waits until the redirect's target is answered
        if kind != "page" or 400 <= status < 500:
            self.db.frontier_remove(frontier_keys(request))

    def stored_response(self, request: Request, response: Response) -> Response | None:
        """The last full copy of the URL, read from the WARC, as a 200 response.

        For a 304 answer where the crawl needs the body: robots.txt, sitemaps,
        and pages never read (their crawl was killed first).
        """
        state = self.states.get(response.url)
        if state is None or not state["warc_filename"]:
            return None
        try:
            stored = read_stored_response(self.archive_dir / "warc" / state["warc_filename"],
                                          state["warc_offset"])
        except (OSError, ValueError, StopIteration) as error:
            logger.warning("stored copy of %s unreadable: %s", response.url, error)
            return None
        if stored is None:
            return None
        headers, body = stored
        cls = responsetypes.from_args(headers=headers, url=response.url, body=body)
        self.stats.inc_value(FROM_ARCHIVE)
        return cls(url=response.url, status=200, headers=headers, body=body, request=request,
                   protocol=response.protocol)

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the URL's latest capture that had them.

        In incremental crawls only, for every kind of request (robots.txt and
        sitemaps too: on a 304 their stored copy is read back).
        """
        prior = self.states.get(url) if self.incremental else None
        if prior is None:
            return {}
        headers = {}
        if prior["etag"]:
            headers["If-None-Match"] = prior["etag"]
        if prior["last_modified"]:
            headers["If-Modified-Since"] = prior["last_modified"]
        return headers

    def record_error(self, request: Request, error: BaseException) -> None:
        """A fetch that got no response: a capture row with the error, no WARC record.

        A request refused before it left (robots.txt) is a skipped URL, not an error.
        """
        if isinstance(error, IgnoreRequest):
            reason = getattr(error, "reason", None) or (
                "robots" if "robots" in str(error).lower() else "ignored")
            self.record_skip(request.url, reason, getattr(error, "detail", None) or str(error))
            self.db.frontier_remove(frontier_keys(request))
            return
        message = f"{type(error).__name__}: {error}"
        if isinstance(error, (DownloadCancelledError, CancelledError)):
            # Scrapy cancels a download that outgrows DOWNLOAD_MAXSIZE (without a
            # message when the size was not announced): nothing whole to store,
            # but the attempt is recorded, and why.
            limit = request.meta.get("download_maxsize", self.max_size)
            message = str(error) or f"body larger than the size cap ({limit} bytes); download cancelled"
            self.record_skip(request.url, "size_cap", message)
            message = "size cap: " + message
        self.failed[request.url] = message[:500]
        self.db.record_capture({
            "crawl_id": self.crawl_id, "url": request.url, "status": None,
            "fetched_at": iso_utc(datetime.now(timezone.utc)),
            "page_kind": request_kind(request),
            "error": message[:500],
        })
        self.stats.inc_value(FETCH_ERRORS)

    def callback_failed(self, failure, response: Response, spider=None) -> None:
        """A page the spider could not read (a bug): it stays in the frontier as failed,
        so it is read again next time, and dropped after the usual number of attempts."""
        url = first_url(response.request) if response.request is not None else response.url
        self.failed[url] = f"reading failed: {failure.getErrorMessage()}"[:500]

    def confirm_unchanged(self, url: str) -> None:
        """A known article the sitemap shows unchanged: seen now, though not fetched."""
        self.stats.inc_value(SKIPPED_UNCHANGED)
        self.db.touch_article(url, iso_utc(datetime.now(timezone.utc)), None)

    def record_skip(self, url: str, reason: str, detail: str | None = None) -> None:
        """A URL seen but not fetched, once per (URL, reason) per crawl."""
        if (url, reason) in self.skipped:
            return
        self.skipped.add((url, reason))
        if reason not in WAITING_REASONS:
            self.db.frontier_remove([url])
        self.db.record_skipped(crawl_id=self.crawl_id, url=url, reason=reason,
                               detail=detail[:300] if detail else None)
        self.stats.inc_value(SKIPPED_PREFIX + reason)

    def close(self, reason: str = "finished") -> None:
        """Close the WARC file and the crawl row; called once at the end of the crawl."""
        if self.closed or not self.opened:
            return
        self.closed = True
        if self.commit_loop is not None and self.commit_loop.running:
            self.commit_loop.stop()
        self.commit()  # the last batch; what follows commits verb by verb
        self.writer.close()
        for url in self.db.frontier_failed(self.failed, self.crawl_id, self.max_attempts):
            self.record_skip(url, "fetch_failed",
                             f"{self.max_attempts} crawls failed to fetch it: {self.failed[url]}")
        self.stats.set_value(FRONTIER_WAITING, self.db.frontier_count())
        self.stats.set_value(FRONTIER_FAILED, self.db.frontier_count("failed"))
        get = self.stats.get_value
        counts = {
            "pages_fetched": get(PAGES, 0), "requisites_fetched": get(REQUISITES, 0),
            "articles_found": get(ARTICLES, 0), "listings_found": get(LISTINGS, 0),
            "new_articles": get(NEW_ARTICLES, 0), "changed_articles": get(CHANGED_ARTICLES, 0),
            "removed_articles": get(REMOVED_ARTICLES, 0), "not_modified": get(NOT_MODIFIED, 0),
            "revisits": get(REVISITS, 0), "skipped_unchanged": get(SKIPPED_UNCHANGED, 0),
            "fill_rates": json.dumps(self.fill_rates()),
            "fetch_errors": get(FETCH_ERRORS, 0), "parse_failures": get(PARSE_FAILURES, 0),
            "warc_files": ",".join(self.writer.closed_files),
            "frontier_waiting": get(FRONTIER_WAITING, 0),
            "frontier_failed": get(FRONTIER_FAILED, 0),
        }
        self.db.finish_crawl(self.crawl_id, counts, status=reason)
        self.report_path = write_crawl_report(self.db, self.crawl_id, self.archive_dir / "reports")
        self.db.close()
        from archive.cdxj import update_index_after_crawl  # here: its imports (pywb, surt) need not delay the start

        update_index_after_crawl(self.archive_dir)  # DIR/indexes/ for replay; logs a failure, never raises

    def fill_rates(self) -> dict[str, float]:
        """Share of the articles parsed in this crawl with each report field filled."""
        stats = self.stats.get_stats()
        filled = {k[len(FILLED_PREFIX):]: v for k, v in stats.items() if k.startswith(FILLED_PREFIX)}
        return fill_rates(filled, stats.get(ARTICLES, 0))


def first_url(request: Request) -> str:
    """The URL asked for before any redirect (the one the frontier knows)."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def frontier_keys(request: Request) -> list[str]:
    """The frontier rows a request answers: its URL and the URL its redirects started from."""
    return list(dict.fromkeys([request.url, first_url(request)]))


def request_kind(request: Request) -> str:
    """page, requisite, robots or sitemap; robots.txt fetched by Scrapy itself carries no kind."""
    kind = request.meta.get("page_kind")
    if kind:
        return kind
    return "robots" if urlsplit(request.url).path == "/robots.txt" else "page"


def _first_header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def crawl_archive(crawler: Crawler) -> CrawlArchive:
    """The crawl archive of this crawler (the :class:`CrawlArchive` extension)."""
    archive = crawler.get_extension(CrawlArchive)
    if archive is None:
        raise RuntimeError("the CrawlArchive extension is not enabled (EXTENSIONS in crawler/settings.py)")
    return archive
