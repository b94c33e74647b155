"""Who runs a crawl and how hard it may push: checked before the first request.

A crawl of a public host needs a contact (a URL or an e-mail address) for
its User-Agent and the WARC's ``operator`` field, as Heritrix demands one,
and keeps to the polite rate unless its operator says, by a flag whose name
says so, that the site allows more. Loopback and private hosts (tests, the
bundled sample site) need neither. Plain data in, plain data out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from crawler import __version__
from crawler.scope import host_of
from crawler.urls import is_private_host

CONTACT_ENV = "ARCHIVE_CONTACT"
IMPOLITE_FLAG = "--allow-impolite-rate"
POLITE_DELAY = 1.0  # seconds between requests to a public host, at least
POLITE_CONCURRENCY = 2  # requests in flight to a public host, at most
# Contacts known not to reach anybody (earlier defaults of this project).
PLACEHOLDER_CONTACTS = {"https://github.com/allmannyttan-archive/allmannyttan-archive"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)", re.I)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$", re.I)
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def user_agent(contact: str | None) -> str:
    """The crawler's User-Agent: name, version and the operator's contact."""
    if contact:
        return f"allmannyttan-archive/{__version__} (+{contact}; archival crawler)"
    return f"allmannyttan-archive/{__version__} (archival crawler; local test, no contact)"


def is_contact(value: str | None) -> bool:
    """An http(s) URL or an e-mail address that is not a known placeholder."""
    value = (value or "").strip()
    return bool(value) and value not in PLACEHOLDER_CONTACTS and bool(
        _URL.match(value) or _EMAIL.match(value.removeprefix("mailto:")))


def public_hosts(start_urls: Iterable[str]) -> list[str]:
    """The start URLs' hosts that are not loopback or private."""
    return sorted({h for h in (host_of(u) for u in start_urls) if h and not is_private_host(h)})


def operator_problems(start_urls: Iterable[str], *, contact: str | None, delay: float,
                      concurrency: int, allow_impolite: bool) -> list[str]:
    """Why this crawl must not start (empty when it may)."""
    hosts = public_hosts(start_urls)
    if not hosts:
        return []
    problems = []
    where = ", ".join(hosts)
    if not is_contact(contact):
        problems.append(
            f"a crawl of {where} needs the operator's contact (a URL or an e-mail address) for "
            f"its User-Agent and the WARC's operator field: pass --contact URL-or-email or set "
            f"{CONTACT_ENV}" + (f" ({contact!r} is not one)" if contact else ""))
    if not allow_impolite and (delay < POLITE_DELAY or concurrency > POLITE_CONCURRENCY):
        problems.append(
            f"a delay of {delay:g} s with {concurrency} concurrent requests is faster than the "
            f"polite rate for {where} (at least {POLITE_DELAY:g} s, at most {POLITE_CONCURRENCY} "
            f"at a time); pass {IMPOLITE_FLAG} only if the site's owner allows it")
    return problems


def parse_duration(text: str) -> float:
    """Seconds in "5h30m", "90m", "1d", "45s" or plain seconds ("3600"); ValueError otherwise."""
    text = text.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise ValueError(f"{text!r} is not a duration such as 5h30m, 90m or 3600")
    return sum(float(n) * _UNITS[u.lower()] for n, u in parts)


def parse_size(text: str) -> int:
    """Bytes in "10GB", "500M", "1.5GiB" or plain bytes; decimal units (GB = 10**9) unless "i"."""
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a size such as 10GB, 500MB or 1.5GiB")
    number, prefix, suffix = float(m[1]), m[2].lower(), m[3].lower()
    base = 1024 if suffix.startswith("i") else 1000
    return int(number * base ** " kmgt".index(prefix or " "))


def contact_of(settings: Any) -> str | None:
    """The operator's contact: ARCHIVE_CONTACT (--contact, the environment), or the older ARCHIVE_CONTACT_URL."""
    return (settings.get("ARCHIVE_CONTACT") or settings.get("ARCHIVE_CONTACT_URL") or "").strip() or None


def crawl_problems(start_urls: list[str], settings: Any) -> list[str]:
    """Why this crawl must not start (no contact, or an impolite rate for a public host)."""
    return operator_problems(
        start_urls, contact=contact_of(settings), delay=settings.getfloat("DOWNLOAD_DELAY"),
        concurrency=min(settings.getint("CONCURRENT_REQUESTS"),
                        settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")),
        allow_impolite=settings.getbool("ARCHIVE_ALLOW_IMPOLITE_RATE"))
