"""Progress on stderr while a crawl runs: pages, articles, errors, elapsed time."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.recording import ARTICLES, FETCH_ERRORS, LISTINGS, PAGES, PARSE_FAILURES, REQUISITES


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
