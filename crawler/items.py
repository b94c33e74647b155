"""The one item the spider yields: a classified page and what was read from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """A fetched HTML page: its kind, its capture row, and the parsed record(s)."""

    url: str  # for "variant": the canonical URL it names
    # "article", "listing", "other"; "unchanged" (304 or identical payload in an
    # incremental crawl), "gone" (404/410) or "variant" (an article read at a URL
    # other than its canonical one, whose own capture holds it)
    kind: str
    capture: dict[str, Any] = field(default_factory=dict)
    article: dict[str, Any] | None = None
    entries: list[dict[str, Any]] | None = None
    previous_kind: str | None = None  # for "unchanged": what the page was last time
    requested_url: str | None = None  # the URL asked for (before redirects): its frontier row
