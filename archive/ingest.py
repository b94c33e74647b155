"""Records into the archive: each is checked against its JSON Schema, then written or set aside.

Shared by the crawl's pipeline and by re-extraction, so both store a page the
same way. fastjsonschema compiles each schema (``schemas/``) to Python once,
so checking a valid record costs microseconds; only a record that fails is
walked again by jsonschema, to name every fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import fastjsonschema

from archive.database import ArchiveDB

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema ``schemas/<name>.schema.json``."""
    return json.loads(resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    """jsonschema's validator: slow, but lists every fault (imported only when a record has one)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


@cache
def fast_check(name: str) -> Callable[[Any], Any]:
    """The schema compiled by fastjsonschema: raises on the first fault."""
    return fastjsonschema.compile(schema(name))


def problems(name: str, record: dict[str, Any]) -> list[tuple[str | None, str]]:
    """(field, reason) for every way the record breaks its schema; empty when valid."""
    try:
        fast_check(name)(record)
        return []
    except fastjsonschema.JsonSchemaValueException as first:
        found = []
        for error in validator(name).iter_errors(record):
            field = ".".join(str(p) for p in error.absolute_path) or None
            found.append((field, error.message[:300]))
        # The two libraries agree on this project's schemas; if they ever do
        # not, the record is still set aside, with the compiled check's reason.
        return found or [(first.name.removeprefix("data.") or None, first.message[:300])]


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
