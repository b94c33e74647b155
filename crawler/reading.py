"""Reading one fetched HTML page: everything the spider needs from it, in one pure call.

``read_page`` decodes, classifies and parses the page and lists its links and
requisites. It takes and returns plain data, so the spider can run it in a
worker process: on a fast mirror the reactor thread then only fetches and
stores, and parsing uses the second core.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.html

from crawler.parsers import classify_page, decode_html, parse_article, parse_listing

# Links to follow: anchors, image-map areas and a listing's rel=next.
LINK_XPATH = "//a/@href | //area/@href | //link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
# Page requisites: what a browser loads to show the page.
REQUISITE_XPATH = (
    "//img/@src | //img/@data-src | //img/@srcset | //source/@srcset | //video/@poster"
    " | //script/@src | //link[contains(concat(' ', normalize-space(@rel), ' '), ' stylesheet ')"
    " or contains(concat(' ', normalize-space(@rel), ' '), ' icon ')"
    " or contains(concat(' ', normalize-space(@rel), ' '), ' preload ')]/@href"
)
# Other URLs the page names as its own: WordPress prints its ?p=123 shortlink.
ALIAS_XPATH = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' shortlink ')]/@href"
REPLACED_CHARSET_WARNING = "charset: bytes invalid in the declared charset were replaced with U+FFFD"


@dataclass
class PageReading:
    """What a page says: its kind, its record(s), and where it points."""

    kind: str  # "article", "listing" or "other"
    article: dict[str, Any] | None = None
    entries: list[dict[str, Any]] | None = None
    links: list[str] = field(default_factory=list)
    requisites: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def srcset_urls(srcset: str) -> list[str]:
    """The URLs of a srcset attribute."""
    return [part.strip().split()[0] for part in srcset.split(",") if part.strip()]


def page_urls(html: str, url: str) -> tuple[list[str], list[str], list[str]]:
    """Absolute link, requisite and alias URLs of a page, in page order, each once."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return [], [], []
    base = tree.xpath("string(//base/@href)").strip()
    base = urljoin(url, base) if base else url

    def absolute(values: list[str]) -> list[str]:
        out = []
        for value in values:
            value = value.strip()
            if value:
                try:
                    out.append(urljoin(base, value))
                except ValueError:  # a malformed URL (bad IPv6 literal, ...)
                    continue
        return list(dict.fromkeys(out))

    links = absolute(tree.xpath(LINK_XPATH))
    requisites = []
    for value in tree.xpath(REQUISITE_XPATH):
        requisites += srcset_urls(value) if "," in value or " " in value.strip() else [value]
    return links, absolute(requisites), absolute(tree.xpath(ALIAS_XPATH))


def exit_with_parent(parent: int, poll_seconds: float = 1.0) -> None:
    """Worker initializer: end this worker when the process that started it is gone.

    A crawl killed with SIGKILL cannot shut its pool down; without this its
    worker would wait for work forever. ``parent`` is passed in, not read
    here: the parent may die while the worker is still importing.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def read_page(body: bytes, content_type: str | None, url: str, *, urls: bool = True) -> PageReading:
    """Decode, classify, parse and (unless ``urls`` is false) list the URLs of one HTML page."""
    html = decode_html(body, content_type)
    kind = classify_page(html, url)
    reading = PageReading(kind=kind)
    if kind == "article":
        reading.article = parse_article(html, url)
        if "\ufffd" in html:
            reading.article["warnings"] = [*reading.article.get("warnings", []),
                                           REPLACED_CHARSET_WARNING]
    elif kind == "listing":
        reading.entries = parse_listing(html, url)
    if urls:
        reading.links, reading.requisites, reading.aliases = page_urls(html, url)
    return reading
