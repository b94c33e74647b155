"""Reading one fetched HTML page: everything the spider needs from it, in one pure call.

``read_page`` decodes, classifies and parses the page and lists its links and
requisites, all from one lxml tree. It takes and returns plain data, so the
spider can run it in a worker process: on a fast mirror the reactor thread then
only fetches and stores, and parsing uses the second core.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from crawler.parsers import decode_html
from crawler.parsers.dom import parse_html
from crawler.parsers.read import read_html

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
    return tree_urls(parse_html(html) if isinstance(html, str) else None, url)


def tree_urls(tree: Any, url: str) -> tuple[list[str], list[str], list[str]]:
    """page_urls for a page already parsed (the tree the parsers read; it is not changed)."""
    if tree is None:
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
    read = read_html(html, url)  # one tree for the kind, the record and the URLs
    reading = PageReading(kind=read.kind, article=read.article, entries=read.entries)
    if reading.article is not None and "\ufffd" in html:
        reading.article["warnings"] = [*reading.article.get("warnings", []), REPLACED_CHARSET_WARNING]
    if urls:
        reading.links, reading.requisites, reading.aliases = tree_urls(read.root, url)
    return reading


def read_pages(pages: list[tuple[bytes, str | None, str]]) -> list[PageReading]:
    """read_page (without URL lists) over a batch of (body, content type, URL): one round
    trip to a worker process per batch. It lives here, not in ``crawler.reextract``, so a
    worker imports the parsers and nothing of the archive."""
    return [read_page(body, content_type, url, urls=False) for body, content_type, url in pages]
