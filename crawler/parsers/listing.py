"""parse_listing: the teasers of a listing page, in page order."""

from __future__ import annotations

import logging
import re
from typing import Any

from . import people
from .article import Page
from .dates import parse_structured_date
from .dom import parse_html
from .profile import load_profile
from .shape import strip_ellipsis
from .structured import data_script_dates, h_entries
from .teasers import TEASER_KEYS, extract_teasers, is_article_link

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
    found = extract_teasers(page.lines, page.url, page.profile, page.hook_items,
                            main_heading=h1[0] if len(h1) == 1 else None, links=page.index.by_tag.get("a"),
                            site_names=page.own_names)
    _dated_by_page_data(found, page)
    return found or microformat_teasers(page)


def microformat_teasers(page: Page) -> list[dict[str, Any]]:
    """Teasers of the posts the page lists as microformats2 entries, when the lines gave none: an archive of one
    paragraph a post, its date linking it and its name in bold beside it (Micro.blog's)."""
    if len(page.index.by_class.get("h-entry", ())) < 3:
        return []  # (most pages: no walk of the tree)
    entries = [e for e in h_entries(page.root) if is_article_link(page.links.resolve(e["url"]), page.url, page.profile)]
    if len(entries) < 3:
        return []
    return [{**dict.fromkeys(TEASER_KEYS), "position": i, "article_url": page.links.resolve(e["url"]),
             "title": e["name"] or None, "published": parse_structured_date(e["published"]),
             "published_raw": e["published"], "excerpt": strip_ellipsis(e["summary"]) if e["summary"] else None,
             "author_name": e["author"] or None} for i, e in enumerate(entries, 1)]


def _dated_by_page_data(found: list[dict[str, Any]], page: Page) -> None:
    """A card printing a date without its year, or a relative one ("2 nov.", "4 dagar sedan": Wix's blog feed),
    takes the date the page's data script gives the post of its title, when the printed day agrees with it."""
    if not any(_yearless(t) for t in found):
        return
    dates = data_script_dates(page.root)
    for t in found:
        if _yearless(t) and (stamp := dates.get(" ".join(t["title"].split()).casefold())) \
                and (iso := parse_structured_date(stamp)) and (t["published"] is None or t["published"][4:] == iso[4:]):
            t["published"] = iso


def _yearless(teaser: dict[str, Any]) -> bool:
    """A titled card whose printed date names no year ("2 nov.", "4 dagar sedan")."""
    return bool(teaser["title"] and teaser["published_raw"] and not _YEAR.search(teaser["published_raw"]))


_YEAR = re.compile(r"\b\d{4}\b")
