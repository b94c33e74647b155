"""parse_listing: the teasers of a listing page, in page order."""

from __future__ import annotations

import logging
from typing import Any

from . import people
from .article import Page
from .dom import parse_html
from .profile import load_profile
from .teasers import extract_teasers

logger = logging.getLogger(__name__)


def parse_listing(html: str, url: str) -> list[dict[str, Any]]:
    """Teasers of a listing page; never raises (an unreadable page has none)."""
    try:
        url = url if isinstance(url, str) else ""
        root = parse_html(html if isinstance(html, str) else "")
        if root is None:
            return []
        return listing_of(Page(root, url, load_profile()))
    except (Exception, RecursionError) as exc:  # no teasers, never a crash
        logger.warning("parse_listing failed on %s: %s: %s", url, type(exc).__name__, exc)
        return []


def listing_of(page: Page) -> list[dict[str, Any]]:
    """The teasers of a parsed page (the one ``Page`` classification used too); may raise."""
    h1 = [i for i, line in enumerate(page.lines) if line.heading == 1
          and not people.is_site_name(line.text, page.profile)]  # (the site's name in an author card or logo
    # heading is no heading of the page's: Hexo Solitude's sidebar ``h1.author-info__name``)
    return extract_teasers(page.lines, page.url, page.profile, page.hook_items,
                           main_heading=h1[0] if len(h1) == 1 else None, links=page.index.by_tag.get("a"),
                           site_names=page.own_names)
