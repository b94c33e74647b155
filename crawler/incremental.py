"""What an incremental crawl may skip: decisions from earlier captures and sitemap lastmods.

Plain data in, yes/no out, so the rules can be tested without a crawl.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from typing import Any


def parse_w3c_datetime(value: str | None, *, end_of_day: bool = False) -> datetime | None:
    """A sitemap lastmod or stored timestamp as an aware UTC datetime; None if unreadable.

    A date without a time is read as the end of that day when ``end_of_day``,
    so that a same-day change is never mistaken for an old one.
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


@dataclass
class RecrawlPlan:
    """Knowledge from earlier crawls, and the sitemap lastmods read in this one."""

    prior: Mapping[str, Mapping[str, Any]]
    known_articles: Mapping[str, str | None]  # url -> removed_at
    lastmods: dict[str, str] = field(default_factory=dict)

    def is_known_article(self, url: str) -> bool:
        return url in self.known_articles

    def changed_since_capture(self, url: str) -> bool | None:
        """True/False when the sitemap's lastmod says; None when it cannot tell."""
        lastmod = parse_w3c_datetime(self.lastmods.get(url), end_of_day=True)
        prior = self.prior.get(url)
        captured = parse_w3c_datetime(prior["fetched_at"]) if prior else None
        if lastmod is None or captured is None:
            return None
        # Timestamps are kept to the second: a tie counts as a change.
        return lastmod >= captured

    def may_skip(self, url: str) -> bool:
        """A known article whose sitemap lastmod is not newer than its last capture."""
        return self.is_known_article(url) and self.changed_since_capture(url) is False

    def is_news(self, article_url: str) -> bool:
        """A teaser pointing at an article that is new, back, or changed by its lastmod."""
        if article_url not in self.known_articles:
            return True
        if self.known_articles[article_url] is not None:
            return True
        return self.changed_since_capture(article_url) is True

    def to_revalidate(self, requested: Iterable[str]) -> list[str]:
        """Known articles on the site that this crawl has not requested yet."""
        done = set(requested)
        return sorted(url for url, removed_at in self.known_articles.items()
                      if removed_at is None and url not in done)
