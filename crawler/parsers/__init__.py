"""Pure, layered parsers for allmännyttan.se pages (no Scrapy objects inside).

Each field comes from the first layer that has it: structured data (JSON-LD,
OpenGraph, <meta>, microdata), then theme hooks from site_profile.toml, then
the shape of the Swedish text itself.
"""

from .article import parse_article
from .classify import classify_page
from .listing import parse_listing
from .text import decode_html

__all__ = ["classify_page", "decode_html", "parse_article", "parse_listing"]
