"""While a crawl runs: progress on a terminal, a heartbeat in logs, and the time and size limits."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import _schedule_coro
from twisted.internet import task

from crawler.recording import (
    ARTICLES, FETCH_ERRORS, LISTINGS, PAGES, PARSE_FAILURES, REQUISITES, crawl_archive,
)

logger = logging.getLogger(__name__)


def progress_line(stats: dict[str, Any], elapsed: float) -> str:
    """One status line from the crawl's stats."""
    minutes, seconds = divmod(int(elapsed), 60)
    errors = stats.get(FETCH_ERRORS, 0) + stats.get(PARSE_FAILURES, 0)
    return (f"pages {stats.get(PAGES, 0)} · requisites {stats.get(REQUISITES, 0)} · "
            f"articles {stats.get(ARTICLES, 0)} · listings {stats.get(LISTINGS, 0)} · "
            f"errors {errors} · {minutes:02d}:{seconds:02d}")


class ProgressDisplay:
    """Rewrites one line on stderr every second; off when stderr is not a terminal."""

    def __init__(self, stats: Any, stream: TextIO, interval: float = 1.0) -> None:
        self.stats = stats
        self.stream = stream
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ProgressDisplay":
        mode = crawler.settings.get("ARCHIVE_PROGRESS", "auto")
        if mode == "off" or (mode == "auto" and not sys.stderr.isatty()):
            raise NotConfigured
        display = cls(crawler.stats, sys.stderr)
        crawler.signals.connect(display.opened, signal=signals.spider_opened)
        crawler.signals.connect(display.closed, signal=signals.spider_closed)
        return display

    def show(self, final: bool = False) -> None:
        line = progress_line(self.stats.get_stats(), time.monotonic() - self.started)
        self.stream.write("\r\x1b[2K" + line + ("\n" if final else ""))
        self.stream.flush()

    def opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.show(final=True)


class Heartbeat:
    """Without a terminal, one status line on stderr (and in the log) every minute.

    A scheduled crawl runs for hours in a CI log: the line says it is alive,
    and how far it got (pages, articles, errors, requests queued).
    """

    def __init__(self, crawler: Crawler, stream: TextIO, interval: float) -> None:
        self.crawler = crawler
        self.stream = stream
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "Heartbeat":
        interval = crawler.settings.getfloat("ARCHIVE_HEARTBEAT_SECONDS", 60.0)
        if interval <= 0 or sys.stderr.isatty():
            raise NotConfigured  # a terminal has the progress line
        beat = cls(crawler, sys.stderr, interval)
        crawler.signals.connect(beat.opened, signal=signals.spider_opened)
        crawler.signals.connect(beat.closed, signal=signals.spider_closed)
        return beat

    def line(self) -> str:
        scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
        queued = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0
        stats = self.crawler.stats.get_stats()
        return f"heartbeat: {progress_line(stats, time.monotonic() - self.started)} · queued {queued}"

    def beat(self) -> None:
        line = self.line()
        logger.info(line)
        self.stream.write(line + "\n")
        self.stream.flush()

    def opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(self.interval, now=False)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()


class CrawlLimits:
    """--time-limit and --size-limit: the crawl stops as Ctrl-C stops it, and exits 5.

    The engine closes the spider with reason ``time_limit`` or ``size_limit``:
    the WARC file is closed and the database committed, and what was queued
    waits in the frontier, so the next crawl goes on from there.
    """

    def __init__(self, crawler: Crawler, time_limit: float, size_limit: int) -> None:
        self.crawler = crawler
        self.time_limit = time_limit
        self.size_limit = size_limit
        self.calls: list[Any] = []
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlLimits":
        time_limit = crawler.settings.getfloat("ARCHIVE_TIME_LIMIT", 0.0)
        size_limit = crawler.settings.getint("ARCHIVE_SIZE_LIMIT", 0)
        if time_limit <= 0 and size_limit <= 0:
            raise NotConfigured
        limits = cls(crawler, time_limit, size_limit)
        crawler.signals.connect(limits.opened, signal=signals.spider_opened)
        crawler.signals.connect(limits.closed, signal=signals.spider_closed)
        return limits

    def opened(self, spider: Any) -> None:
        from twisted.internet import reactor

        if self.time_limit > 0:
            self.calls.append(reactor.callLater(self.time_limit, self.stop, "time_limit"))
        if self.size_limit > 0:
            self.loop = task.LoopingCall(self.check_size)
            self.loop.start(0.5, now=False)

    def check_size(self) -> None:
        if crawl_archive(self.crawler).writer.bytes_written >= self.size_limit:
            self.stop("size_limit")

    def stop(self, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        logger.info("stopping the crawl: %s reached; the next crawl goes on from the frontier", reason)
        self.crawler.stats.set_value("archive/stopped_by", reason)
        _schedule_coro(self.crawler.engine.close_spider_async(reason=reason))

    def closed(self, spider: Any, reason: str) -> None:
        for call in self.calls:
            if call.active():
                call.cancel()
        if self.loop is not None and self.loop.running:
            self.loop.stop()
