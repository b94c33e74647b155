"""What an incremental crawl may skip: decisions from earlier captures and sitemap lastmods.

The site's word decides, never our clock: a known URL is skipped only while
the sitemap gives the very lastmod it gave when the URL was last captured,
and not even then once its last request is older than the revalidation
period (sites forget to bump lastmod). Plain data in, yes/no out, so the
rules can be tested without a crawl.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import Any


# Kinds of known URL that get a conditional request once their revalidation is
# due even when nothing links to them this crawl (articles are decided apart;
# robots.txt and sitemaps are asked for on every crawl).
REVALIDATED_KINDS = ("listing", "other", "requisite")

# A calendar day ends up to this much later than in UTC (UTC-12).
DATE_ONLY_SLACK = timedelta(hours=12)


def parse_w3c_datetime(value: str | None, *, end_of_day: bool = False) -> datetime | None:
    """A sitemap lastmod or stored timestamp as an aware UTC datetime; None if unreadable.

    A date without a time is read as the end of that day when ``end_of_day``.
    """
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            day = datetime.fromisoformat(value).date()
            return datetime.combine(day, time.max if end_of_day else time.min, timezone.utc)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def same_lastmod(current: str, stored: str) -> bool:
    """True when two lastmods say the same: equal text, or the same instant written otherwise.

    A date-only value never equals a date with a time: the site changed how
    it writes lastmod, and the page is fetched to be sure.
    """
    current, stored = current.strip(), stored.strip()
    if current == stored:
        return True
    if len(current) <= 10 or len(stored) <= 10:
        return False
    a, b = parse_w3c_datetime(current), parse_w3c_datetime(stored)
    return a is not None and a == b


@dataclass
class RecrawlPlan:
    """Knowledge from earlier crawls, and the sitemap lastmods read in this one."""

    prior: Mapping[str, Mapping[str, Any]]  # url -> state of its latest read capture
    known_articles: Mapping[str, str | None]  # url -> removed_at
    lastmods: dict[str, str] = field(default_factory=dict)
    revalidate_after: timedelta = timedelta(days=30)
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def is_known_article(self, url: str) -> bool:
        return url in self.known_articles

    def lastmod_unchanged(self, url: str) -> bool | None:
        """True/False when the sitemap's lastmod is (not) the one stored at the last capture;
        None when either is missing, or when it cannot tell.

        A date-only lastmod cannot tell an edit made later on the day of the
        capture: it says "unchanged" only for a capture made after that day
        had ended everywhere (the site's time zone is not known).
        """
        prior = self.prior.get(url) or {}
        current, stored = self.lastmods.get(url), prior.get("sitemap_lastmod")
        if not current or not stored:
            return None
        if not same_lastmod(current, stored):
            return False
        if len(stored.strip()) <= 10:
            day_over = parse_w3c_datetime(stored, end_of_day=True)
            captured = parse_w3c_datetime(prior.get("fetched_at"))
            if day_over is None or captured is None or captured < day_over + DATE_ONLY_SLACK:
                return None
        return True

    def due_for_revalidation(self, url: str) -> bool:
        """True when the URL's last request is older than the revalidation period (or unknown)."""
        fetched = parse_w3c_datetime((self.prior.get(url) or {}).get("fetched_at"))
        return fetched is None or self.now - fetched >= self.revalidate_after

    def may_skip(self, url: str) -> bool:
        """A known article whose sitemap lastmod is exactly the stored one, checked recently."""
        return (self.is_known_article(url) and self.lastmod_unchanged(url) is True
                and not self.due_for_revalidation(url))

    def may_skip_requisite(self, url: str) -> bool:
        """A requisite archived before and checked within the revalidation period.

        Uploads keep their URL for life and theme files change theirs (?ver=),
        so a conditional request now and then is enough.
        """
        return url in self.prior and not self.due_for_revalidation(url)

    def is_news(self, article_url: str) -> bool:
        """A teaser pointing at an article that is new, back, or whose lastmod moved."""
        if article_url not in self.known_articles:
            return True
        if self.known_articles[article_url] is not None:
            return True
        return self.lastmod_unchanged(article_url) is False

    def due_urls(self, kinds: Iterable[str] = REVALIDATED_KINDS) -> list[str]:
        """Known URLs of these kinds whose last request is older than the revalidation period."""
        kinds = set(kinds)
        return sorted(url for url, state in self.prior.items()
                      if state.get("page_kind") in kinds and self.due_for_revalidation(url))

    def to_revalidate(self, requested: Iterable[str]) -> list[str]:
        """Known articles on the site that this crawl has not requested yet."""
        done = set(requested)
        return sorted(url for url, removed_at in self.known_articles.items()
                      if removed_at is None and url not in done)
