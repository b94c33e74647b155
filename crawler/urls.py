"""URL canonicalisation and crawl-trap rules, in one place.

Every URL the spider may request passes through :func:`canonical_url`, so that
one page is fetched once per crawl whatever tracking parameters, host case,
default port or fragment its links carry. Trap rules (calendars, faceted
search, endless ``?page=`` chains) come from the site profile's ``[crawl]``
section, so an archivist can tune them without touching code.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from crawler.parsers.profile import load_profile

DEFAULT_PORTS = {"http": 80, "https": 443}

def host_ascii(host: str) -> str:
    """Lower-case host in its ASCII (IDNA) form: allmännyttan.se → xn--allmnnyttan-o8a.se."""
    host = host.strip().rstrip(".").lower()
    if not host or host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _is_tracking(name: str, patterns: Iterable[str]) -> bool:
    name = name.lower()
    return any(name.startswith(p[:-1]) if p.endswith("*") else name == p for p in patterns)


def canonical_url(url: str, tracking: Iterable[str] | None = None) -> str:
    """The one form of a URL this crawl fetches and stores.

    Scheme and host lower-cased, IDN host to ASCII, default port and fragment
    dropped, tracking parameters removed, an empty path made ``/``. The rest
    (path case, parameter order) is kept: servers may care about it. The
    tracking parameters default to the site profile's.
    """
    if tracking is None:
        tracking = load_crawl_rules().tracking
    try:
        return _canonical(url, tracking).strip()  # "0\x85#": the fragment gone, the space ends it
    except ValueError:  # "http://[": no URL a request could be made for; kept as written
        return url.strip()


def url_key(url: str, tracking: Iterable[str] | None = None) -> str:
    """What says two URLs are the same page: the canonical URL, its query sorted (w3lib).

    The one key of the crawl: the spider's set of URLs seen and the duplicate
    filter's request fingerprints are both made from it.
    """
    return canonicalize_url(canonical_url(url, tracking))


def _canonical(url: str, tracking: Iterable[str]) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))
    host = host_ascii(parts.hostname or "")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k, tracking)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def is_private_host(host: str) -> bool:
    """True for loopback, private, link-local and unspecified addresses (and localhost)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return (address.is_private or address.is_loopback or address.is_link_local
            or address.is_unspecified or address.is_reserved)


@dataclass
class TrapRule:
    name: str
    pattern: re.Pattern[str]
    budget: int


@dataclass
class TrapBudget:
    """Counts requests per trap pattern and refuses them past each budget."""

    rules: list[TrapRule]
    spent: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_config(cls, traps: Mapping[str, Mapping[str, Any]]) -> "TrapBudget":
        return cls([TrapRule(name, re.compile(rule["pattern"], re.I), int(rule["budget"]))
                    for name, rule in traps.items()])

    def admit(self, url: str) -> str | None:
        """None when the URL may be fetched; else the name of the trap whose budget is spent.

        A URL matching a trap pattern spends one unit of that trap's budget.
        """
        for rule in self.rules:
            if rule.pattern.search(url):
                used = self.spent.get(rule.name, 0)
                if used >= rule.budget:
                    return rule.name
                self.spent[rule.name] = used + 1
        return None


_DIGITS = re.compile(r"\d+")


def url_shape(url: str) -> str:
    """A URL with what varies in a generated family folded away.

    Digits become ``N`` in the path and the query keeps its keys without their
    values (sorted), so every month of a calendar, every page of a listing and
    every sort order of a search share one shape:
    ``/evenemang/?manad=2027-01&vy=manad`` -> ``host/evenemang/?manad&vy``.
    """
    parts = urlsplit(url)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    path = _DIGITS.sub("N", parts.path or "/")
    return (parts.hostname or "") + path + ("?" + "&".join(keys) if keys else "")


@dataclass
class ShapeBudget:
    """A budget per URL shape that pages earn back by yielding something new.

    Every page admitted spends one unit of its shape; every page of the shape
    that brought a new article, teaser or listing entry pays its unit back.
    A shape is stopped while ``budget`` of its pages are unproductive or not
    yet read, so a calendar that only leads to next month is cut after about
    ``budget`` pages, while an archive's pagination, every page of which lists
    new articles, is never cut. Plain counters: tested without a crawl.
    """

    budget: int
    spent: dict[str, int] = field(default_factory=dict)
    earned: dict[str, int] = field(default_factory=dict)

    def open_for(self, shape: str) -> bool:
        return self.spent.get(shape, 0) - self.earned.get(shape, 0) < self.budget

    def spend(self, shape: str) -> None:
        self.spent[shape] = self.spent.get(shape, 0) + 1

    def earn(self, shape: str) -> None:
        self.earned[shape] = self.earned.get(shape, 0) + 1


@dataclass(frozen=True)
class VariantRule:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class CrawlRules:
    """The profile's [crawl] section: tracking parameters, variants and trap budgets."""

    tracking: tuple[str, ...]
    traps: Mapping[str, Mapping[str, Any]]
    variants: tuple[VariantRule, ...] = ()

    def variant_of(self, url: str) -> str | None:
        """The name of the variant rule the URL matches (a reply link, a print view, ...)."""
        for rule in self.variants:
            if rule.pattern.search(url):
                return rule.name
        return None

    def canonical(self, url: str) -> str:
        return canonical_url(url, self.tracking)

    def key(self, url: str) -> str:
        return url_key(url, self.tracking)

    def trap_budget(self) -> TrapBudget:
        return TrapBudget.from_config(self.traps)

    def is_pagination(self, url: str) -> bool:
        """A link to another page of a listing: the profile's ``pagination`` trap pattern."""
        rule = self.traps.get("pagination")
        return bool(rule) and re.search(rule["pattern"], url.split("#", 1)[0], re.I) is not None


@lru_cache(maxsize=1)
def load_crawl_rules() -> CrawlRules:
    """Crawl rules from the site profile's [crawl] section (none there: none applied)."""
    section = load_profile().data.get("crawl", {})
    variants = tuple(VariantRule(name, re.compile(pattern, re.I))
                     for name, pattern in section.get("variants", {}).items())
    return CrawlRules(tracking=tuple(section.get("tracking_params", ())),
                      traps=section.get("traps", {}), variants=variants)
