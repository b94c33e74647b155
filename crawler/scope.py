"""Which URLs belong to the crawl: hosts of the start URLs, http(s) only.

The allmännyttan.se aliases are one site under three names, so starting from
any of them puts all of them in scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from crawler.parsers.profile import load_profile
from crawler.urls import host_ascii

HTTP_SCHEMES = frozenset({"http", "https"})

# File endings of page requisites and documents: archived, never parsed as pages.
REQUISITE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "ico", "bmp", "tif", "tiff",
    "css", "js", "mjs", "woff", "woff2", "ttf", "otf", "eot",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "zip",
    "mp3", "mp4", "webm", "ogg", "wav", "mov",
})


def site_aliases() -> frozenset[str]:
    """The site's host names in ASCII form, from the site profile (read when first asked)."""
    return frozenset(host_ascii(h) for h in load_profile().get("site", "hosts"))


def host_of(url: str) -> str:
    """Lower-case ASCII host of a URL (IDN hosts in their xn-- form)."""
    return host_ascii(urlsplit(url).hostname or "")


def scope_hosts(start_urls: Iterable[str]) -> frozenset[str]:
    """Hosts in scope for these start URLs, aliases included."""
    hosts = {host_of(u) for u in start_urls}
    aliases = site_aliases()
    if hosts & aliases:
        hosts |= aliases
    hosts.discard("")
    return frozenset(hosts)


def in_scope(url: str, hosts: frozenset[str]) -> bool:
    """True for an http(s) URL on one of the hosts."""
    return urlsplit(url).scheme.lower() in HTTP_SCHEMES and host_of(url) in hosts


def is_requisite_url(url: str) -> bool:
    """True when the path's file ending says image, style, script or document."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return "." in last and last.rsplit(".", 1)[-1].lower() in REQUISITE_EXTENSIONS


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))
