"""Storing parsed records: validate against the schemas, then write, or set aside.

Shared by the crawl's pipeline and by re-extraction, so both store a page the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from archive.database import ArchiveDB
from crawler.validation import problems


def warning_field(warning: str) -> str | None:
    """The field a parser warning is about (`published: unreadable ...` → `published`)."""
    head, sep, _ = warning.partition(":")
    return head.strip() if sep and head.strip().isidentifier() else None


@dataclass
class Stored:
    """What became of one article: its outcome (None when set aside) and failures recorded."""

    outcome: str | None
    failures: int


def store_article(db: ArchiveDB, article: dict[str, Any], *, crawl_id: int,
                  capture: Mapping[str, Any]) -> Stored:
    """Record the parser's warnings, validate, upsert; related teasers become listing entries."""
    url, capture_id = article["url"], capture.get("id")
    failures = 0
    for warning in article.get("warnings") or []:
        db.record_parse_failure(crawl_id=crawl_id, url=url, field=warning_field(warning),
                                reason=warning, capture_id=capture_id)
        failures += 1
    faults = problems("article", article)
    for field, reason in faults:
        db.record_parse_failure(crawl_id=crawl_id, url=url, field=field,
                                reason=f"schema: {reason}", capture_id=capture_id)
    if faults:
        return Stored(None, failures + len(faults))
    outcome = db.upsert_article(article, crawl_id=crawl_id, capture=capture)
    if article.get("related"):
        failures += store_entries(db, url, article["related"], crawl_id=crawl_id,
                                  capture_id=capture_id)
    return Stored(outcome, failures)


def store_entries(db: ArchiveDB, listing_url: str, entries: list[dict[str, Any]], *,
                  crawl_id: int, capture_id: int | None) -> int:
    """Store a listing's valid teasers; record the others. Returns the failures recorded."""
    valid, failures = [], 0
    for entry in entries:
        faults = problems("listing_entry", entry)
        for field, reason in faults:
            db.record_parse_failure(crawl_id=crawl_id, url=listing_url, field=field,
                                    reason=f"schema: {reason}", capture_id=capture_id)
        failures += len(faults)
        if not faults:
            valid.append(entry)
    db.record_listing(listing_url, valid, crawl_id=crawl_id, capture_id=capture_id)
    return failures
