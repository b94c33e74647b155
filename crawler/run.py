"""Running a crawl from Python: settings in, the crawl's stats out.

The CLI's ``crawl`` and ``demo`` both come through here, so the demo exercises
exactly the code path that archives the live site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler.recording import (
    ARTICLES, FETCH_ERRORS, FRONTIER_FAILED, FRONTIER_WAITING, LISTINGS, PAGES, PARSE_FAILURES,
    CrawlArchive,
)
from archive.database import ArchiveDB
from crawler.operating import contact_of, crawl_problems, user_agent
from crawler.spiders.allmannyttan import AllmannyttanSpider

# Exit codes, for schedulers (documented in the README).
EXIT_OK = 0
EXIT_ERROR = 1  # an unexpected failure (a bug): see the log
EXIT_COULD_NOT_RUN = 3  # bad arguments, unwritable archive dir, no network / nothing fetched
EXIT_NOTHING_FETCHED = EXIT_COULD_NOT_RUN
EXIT_EXTRACTION_BROKEN = 4  # title/date/body fill rate below ARCHIVE_MIN_FILL_RATE
EXIT_INTERRUPTED = 5  # stopped (signal, --time-limit, --size-limit); the next crawl fetches what it had queued first
EXIT_INCOMPLETE = 6  # finished, but URLs it could not fetch wait in the frontier for the next crawl

# Close reasons of a crawl that stopped before its end, as Ctrl-C stops it.
STOPPED_REASONS = {"shutdown", "time_limit", "size_limit"}

# Fields whose fill rate decides EXIT_EXTRACTION_BROKEN.
VITAL_FIELDS = ("title", "published", "body_text")


@dataclass
class CrawlResult:
    """What a finished crawl reports."""

    archive_dir: Path
    stats: dict[str, Any]
    log_file: Path | None
    crawl_id: int | None = None
    warc_files: list[str] = field(default_factory=list)
    report_path: Path | None = None
    fill_rates: dict[str, float] = field(default_factory=dict)
    min_fill_rate: float = 0.5
    min_articles: int = 5

    @property
    def pages(self) -> int:
        return self.stats.get(PAGES, 0)

    @property
    def articles(self) -> int:
        return self.stats.get(ARTICLES, 0)

    @property
    def listings(self) -> int:
        return self.stats.get(LISTINGS, 0)

    @property
    def errors(self) -> int:
        return self.stats.get(FETCH_ERRORS, 0) + self.stats.get(PARSE_FAILURES, 0)

    @property
    def frontier_waiting(self) -> int:
        return self.stats.get(FRONTIER_WAITING, 0)

    @property
    def frontier_failed(self) -> int:
        return self.stats.get(FRONTIER_FAILED, 0)

    @property
    def broken_fields(self) -> list[str]:
        """Vital fields filled too rarely, when enough articles were parsed to tell."""
        if self.articles < self.min_articles:
            return []
        return [f for f in VITAL_FIELDS if self.fill_rates.get(f, 0.0) < self.min_fill_rate]

    @property
    def exit_code(self) -> int:
        """0 when the crawl finished and fetched pages; see the EXIT_* codes otherwise."""
        reason = self.stats.get("finish_reason")
        if reason in STOPPED_REASONS:
            return EXIT_INTERRUPTED
        if self.pages == 0:
            return EXIT_NOTHING_FETCHED
        if reason != "finished":
            return EXIT_ERROR
        if self.broken_fields:
            return EXIT_EXTRACTION_BROKEN
        if self.frontier_failed:
            return EXIT_INCOMPLETE
        return EXIT_OK


def crawl_settings(archive_dir: Path, *, delay: float | None = None, concurrency: int | None = None,
                   max_pages: int | None = None, progress: str = "auto", full: bool = False,
                   revalidate_after: float | None = None, log_file: Path | None = None,
                   contact: str | None = None, allow_impolite: bool = False,
                   time_limit: float | None = None, size_limit: int | None = None,
                   extra: dict[str, Any] | None = None) -> Settings:
    """Project settings with the command line's choices on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    # No JOBDIR: what a stopped or killed crawl had queued waits in the
    # database's frontier table, and the next crawl fetches it first.
    overrides: dict[str, Any] = {"ARCHIVE_DIR": str(archive_dir), "ARCHIVE_PROGRESS": progress,
                                 "ARCHIVE_INCREMENTAL": not full}
    if revalidate_after is not None:
        overrides["ARCHIVE_REVALIDATE_AFTER_DAYS"] = revalidate_after
    if contact:
        overrides["ARCHIVE_CONTACT"] = contact
    if allow_impolite:
        overrides["ARCHIVE_ALLOW_IMPOLITE_RATE"] = True
    if time_limit:
        overrides["ARCHIVE_TIME_LIMIT"] = time_limit
    if size_limit:
        overrides["ARCHIVE_SIZE_LIMIT"] = size_limit
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = delay
        overrides["AUTOTHROTTLE_START_DELAY"] = delay
        if delay == 0:
            # Politeness off (loopback, tests): no delay, no throttle, no back-off wait.
            overrides["AUTOTHROTTLE_ENABLED"] = False
            overrides["DOWNLOAD_DELAY_JITTER"] = 0
            overrides["ARCHIVE_RETRY_BACKOFF_BASE"] = 0.0
    if concurrency is not None:
        overrides["CONCURRENT_REQUESTS"] = concurrency
        overrides["CONCURRENT_REQUESTS_PER_DOMAIN"] = concurrency
        overrides["AUTOTHROTTLE_TARGET_CONCURRENCY"] = float(concurrency)
    if max_pages:
        overrides["ARCHIVE_MAX_PAGES"] = max_pages
    if log_file is not None:
        overrides["LOG_FILE"] = str(log_file)
        overrides["LOG_FILE_APPEND"] = False
    overrides.update(extra or {})
    settings.setdict(overrides, priority="cmdline")
    # The contact decides the User-Agent and the WARC's operator field, at run time.
    contact = contact_of(settings)
    if "USER_AGENT" not in (extra or {}):
        settings.set("USER_AGENT", user_agent(contact), priority="cmdline")
    if contact and not settings.get("ARCHIVE_OPERATOR"):
        settings.set("ARCHIVE_OPERATOR", contact, priority="cmdline")
    return settings


def default_log_file(archive_dir: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return archive_dir / "logs" / f"crawl-{stamp}.log"


def run_crawl(start_urls: list[str], archive_dir: Path, **options: Any) -> CrawlResult:
    """Crawl into ``archive_dir`` and return the result; blocks until done."""
    archive_dir = Path(archive_dir)
    (archive_dir / "warc").mkdir(parents=True, exist_ok=True)
    log_file = options.pop("log_file", None) or default_log_file(archive_dir)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    settings = crawl_settings(archive_dir, log_file=log_file, **options)
    if problems := crawl_problems(start_urls, settings):
        raise CrawlRefused(problems)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(AllmannyttanSpider)
    process.crawl(crawler, start_urls=start_urls)
    process.start()
    archive = opened_archive(crawler)
    result = CrawlResult(
        archive_dir=archive_dir,
        stats=dict(crawler.stats.get_stats()),
        log_file=log_file,
        crawl_id=archive.crawl_id if archive else None,
        warc_files=list(archive.writer.closed_files) if archive else [],
        report_path=archive.report_path if archive else None,
        fill_rates=archive.fill_rates() if archive else {},
        min_fill_rate=settings.getfloat("ARCHIVE_MIN_FILL_RATE"),
        min_articles=settings.getint("ARCHIVE_MIN_FILL_ARTICLES"),
    )
    if result.crawl_id is not None:  # schedulers and the workflow read how each crawl ended
        db = ArchiveDB(archive_dir / "archive.db")
        try:
            db.set_exit_code(result.crawl_id, result.exit_code)
        finally:
            db.close()
    return result


def opened_archive(crawler: Crawler) -> CrawlArchive | None:
    """The crawl's archive, or None when the crawl ended before it was opened."""
    try:
        archive = crawler.get_extension(CrawlArchive)
    except RuntimeError:  # the spider refused to start: no extensions were built
        return None
    return archive if archive is not None and archive.opened else None


class CrawlRefused(Exception):
    """The crawl must not start; the problems say why and how to fix them."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems
