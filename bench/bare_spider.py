"""The bare Scrapy spider: the speed limit of any Scrapy-based archiver.

It follows ``a[href]`` links on the start URL's host and discards every
response: no parsing beyond link extraction, no WARC, no database, no
robots.txt, no delay, no AutoThrottle. Whatever the project's crawl spends
beyond this spider's time is the price of archiving.

Run it outside the project directory, so that Scrapy does not pick up the
project's ``scrapy.cfg`` and settings (``bench/crawl.py`` does this)::

    cd /tmp && /work/main/.venv/bin/scrapy runspider /work/main/bench/bare_spider.py \\
        -a start_url=http://127.0.0.1:8000/ -a stats_file=bare.json

``stats_file`` receives Scrapy's stats plus ``bare/html_pages`` (HTML
responses), ``bare/requisites`` and ``bare/other_responses``, as JSON, when the
spider closes.

``-a same_urls=1`` makes it fetch what the project's crawl fetches, so that
requests per second and CPU per request compare like with like: robots.txt and
the sitemap index first, then each page's same-host requisites (``img[src]``,
``link[rel=stylesheet]``, ``script[src]``) beside its links, still throwing
every response away.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

CONCURRENCY = 8

BARE_SETTINGS: dict[str, Any] = {
    "CONCURRENT_REQUESTS": CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
    "DOWNLOAD_DELAY": 0,
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "MEMUSAGE_ENABLED": True,  # memusage/max in the stats, as in the project's crawl
    "DEPTH_PRIORITY": 0,
}


class BareSpider(scrapy.Spider):
    """Follows same-host ``a[href]`` links and throws every response away."""

    name = "bare"
    custom_settings = BARE_SETTINGS

    def __init__(self, start_url: str = "http://127.0.0.1:8000/", stats_file: str | None = None,
                 same_urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.same_urls = same_urls not in ("", "0")
        origin = start_url.split("/", 3)[:3]
        extra = ["/".join(origin) + "/robots.txt", "/".join(origin) + "/sitemap.xml"] if self.same_urls else []
        self.start_urls = [start_url, *extra]
        self.host = urlsplit(start_url).netloc
        self.stats_file = stats_file
        self.html_pages = 0
        self.requisites = 0
        self.other_responses = 0
        self.seen_requisites: set[str] = set()

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if response.status != 200 or "html" not in content_type:
            self.other_responses += 1
            return
        self.html_pages += 1
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip()).split("#", 1)[0]
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc == self.host:
                yield scrapy.Request(url, callback=self.parse)
        if not self.same_urls:
            return
        sources = response.css("img::attr(src), link[rel=stylesheet]::attr(href), script::attr(src)").getall()
        for src in sources:
            url = response.urljoin(src.strip()).split("#", 1)[0]
            if urlsplit(url).netloc == self.host and url not in self.seen_requisites:
                self.seen_requisites.add(url)
                yield scrapy.Request(url, callback=self.requisite)

    def requisite(self, response: Response) -> None:
        self.requisites += 1

    def closed(self, reason: str) -> None:
        if not self.stats_file:
            return
        stats = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                 for k, v in self.crawler.stats.get_stats().items()}
        stats.update({"bare/html_pages": self.html_pages, "bare/requisites": self.requisites,
                      "bare/other_responses": self.other_responses, "finish_reason": reason})
        with open(self.stats_file, "w", encoding="utf-8") as out:
            json.dump(stats, out, indent=1, default=str)
