"""read_html: one page read once — one tree, one ``Page``, classified, then parsed as what it is.

``classify_page``, ``parse_article`` and ``parse_listing`` each build their own
tree, for callers that want one answer; the crawl wants all of them and the
page's links, so it reads through here.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from .article import Element, Page, article_of, empty_article
from .classify import classify
from .dom import parse_html
from .listing import listing_of
from .profile import load_profile

logger = logging.getLogger(__name__)


class HtmlReading(NamedTuple):
    """What one page is and says, and the tree it was read from (None when unparseable)."""

    kind: str  # "article", "listing" or "other"
    article: dict[str, Any] | None
    entries: list[dict[str, Any]] | None
    root: Element | None


def read_html(html: str, url: str) -> HtmlReading:
    """Classify and parse one page from a single tree; never raises."""
    url = url if isinstance(url, str) else ""
    try:
        root = parse_html(html if isinstance(html, str) else "")
        page = Page(root, url, load_profile()) if root is not None else None
        kind = classify(page) if page is not None else "other"
    except (Exception, RecursionError) as exc:  # counted as "other", never a crash
        logger.warning("read_html failed on %s: %s: %s", url, type(exc).__name__, exc)
        return HtmlReading("other", None, None, None)
    if kind == "article":
        return HtmlReading(kind, article_of(page, html), None, root)
    if kind == "listing":
        try:
            return HtmlReading(kind, None, listing_of(page), root)
        except (Exception, RecursionError) as exc:
            logger.warning("parse_listing failed on %s: %s: %s", url, type(exc).__name__, exc)
            return HtmlReading(kind, None, [], root)
    return HtmlReading(kind, None, None, root)


__all__ = ["HtmlReading", "empty_article", "read_html"]
