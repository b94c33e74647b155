"""Layer 1: JSON-LD, OpenGraph, <meta> and microdata."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from .text import clean_text

Element = etree._Element
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_STRING_VALUE = etree.XPath("string()", smart_strings=False)


def text_content(el: Element) -> str:
    """All the text inside an element (what lxml.html's text_content() gives)."""
    return _STRING_VALUE(el)


def shown_text(el: Element) -> str:
    """An element's text as a reader sees it: runs of whitespace (a template's indentation) as one space."""
    return " ".join(_STRING_VALUE(el).split())

ARTICLE_TYPES = {"article", "blogposting", "newsarticle", "reportage", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "socialmediaposting", "scholarlyarticle",
                 # the rest of schema.org's NewsArticle and Article kinds (BBC's Simorgh: ReportageNewsArticle)
                 "reportagenewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "techarticle",
                 "satiricalarticle", "liveblogposting",
                 "podcastepisode"}  # (an episode's page, its show notes the text: Transistor's)
LISTING_TYPES = {"collectionpage", "blog", "itemlist", "searchresultspage"}


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower().rsplit("/", 1)[-1] for k in kinds}


def _walk(value: Any, depth: int = 0):
    """Every dict inside a JSON-LD value, @graph included."""
    if depth > 12:
        return
    if isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in value:
                yield from _walk(value[key], depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)


def jsonld_nodes(root: Element) -> list[dict[str, Any]]:
    """All JSON-LD objects on the page (unparseable blocks skipped)."""
    nodes: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = _CDATA.sub("", script.text or "")  # XHTML habit: <![CDATA[ ... ]]> around the JSON
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        nodes.extend(_walk(data))
    return nodes


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_text(str(value)) or None if value is not None else None


def _by_id(nodes: list[dict[str, Any]], ref: dict[str, Any]) -> dict[str, Any]:
    """Resolve {"@id": ...} references inside a @graph."""
    if set(ref) == {"@id"}:
        for node in nodes:
            if node.get("@id") == ref["@id"] and len(node) > 1:
                return node
    return ref


def _authors(nodes: list[dict[str, Any]], value: Any, organisations: bool = False) -> list[dict[str, str | None]]:
    """The people named as authors (or, with ``organisations``, the organisations)."""
    items = value if isinstance(value, list) else [value]
    people: list[dict[str, str | None]] = []
    for item in items:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            continue
        item = _by_id(nodes, item)
        if bool(_types(item) & _ORGANISATION_TYPES) != organisations:
            continue
        name = _text(item.get("name"))
        if name:
            people.append({"name": name, "role": _text(item.get("jobTitle"))})
    return people


# schema.org's organisations, its subtypes named too ("CollegeOrUniversity": Novia's author by @id)
_ORGANISATION_TYPES = {"organization", "corporation", "collegeoruniversity", "educationalorganization",
                       "governmentorganization", "newsmediaorganization", "ngo", "localbusiness",
                       "sportsorganization", "performinggroup", "medicalorganization", "library", "museum"}


def _terms(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    return [t for t in (_text(v) for v in value) if t]


def _image_url(nodes: list[dict[str, Any]], value: Any) -> str | None:
    """The address of a JSON-LD ``image``: a URL, an ImageObject (``url``, ``contentUrl``,
    maybe by ``@id``), or a list of either (the first)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = _by_id(nodes, value)
        value = value.get("url") or value.get("contentUrl")
        if isinstance(value, list):
            value = value[0] if value else None
    return clean_text(value) or None if isinstance(value, str) else None


def from_jsonld(root: Element, url: str | None = None) -> dict[str, Any]:
    """Fields of the first Article-like JSON-LD object, plus page kinds seen; else of the post
    at this page's ``url`` inside a ``Blog``'s ``blogPost`` list (Hashnode describes the blog
    around the post it shows), which makes the page that post."""
    nodes = jsonld_nodes(root)
    kinds = set().union(*(_types(n) for n in nodes)) if nodes else set()
    out: dict[str, Any] = {"kinds": kinds}
    article = next((n for n in nodes if _types(n) & ARTICLE_TYPES), None)
    if article is None and url:
        article = _post_at(nodes, url)
        if article is not None:
            kinds |= _types(article)
    if article is None:
        page = _page_at(nodes, url) if url else None
        if page is not None and (stamp := _text(page.get("datePublished"))):
            out["page_published"] = stamp  # SEOmatic's graph dates the page, not an article (Craft),
            out["author_organisations"] = _authors(nodes, page.get("author"), organisations=True)  # and names
            # the organisation behind it: a last resort when nobody is printed or named
        return out
    image = article.get("image")
    image = _by_id(nodes, image[0] if isinstance(image, list) and image else image) if isinstance(image, (dict, list)) else {}
    out.update(
        title=_text(article.get("headline") or article.get("name")),
        published=_text(article.get("datePublished") or article.get("dateCreated")),
        authors=_authors(nodes, article.get("author")),
        author_organisations=_authors(nodes, article.get("author"), organisations=True),
        description=_text(article.get("description")),
        url=_text(article.get("url")),
        categories=_terms(article.get("articleSection")),
        tags=_terms(article.get("keywords")),
        caption=_text(image.get("caption")) if isinstance(image, dict) else None,
        image=_image_url(nodes, article.get("image")),
    )
    return out


def _post_at(nodes: list[dict[str, Any]], url: str) -> dict[str, Any] | None:
    """The Article-like entry of a blog's ``blogPost`` list whose address is ``url``."""
    here = _bare(url)
    for node in nodes:
        posts = node.get("blogPost")
        for post in posts if isinstance(posts, list) else [posts]:
            if isinstance(post, dict) and _types(post) & ARTICLE_TYPES \
                    and here in {_bare(_text(post.get("url"))), _bare(_text(post.get("@id")))}:
                return post
    return None


def _page_at(nodes: list[dict[str, Any]], url: str) -> dict[str, Any] | None:
    """The ``WebPage`` node describing the page at ``url`` (by its ``url`` or ``@id``)."""
    here = _bare(url)
    return next((n for n in nodes if "webpage" in _types(n)
                 and here in {_bare(_text(n.get("url"))), _bare(_text(n.get("@id")))}), None)


def _bare(url: str | None) -> str:
    """An address without scheme, fragment, campaign query or trailing slash, for comparing (a page fetched from
    a newsletter's link, ``?utm_source=…``, is the page its WebPage node names)."""
    return _CAMPAIGN_QUERY.sub("", (url or "").split("#")[0]).split("://", 1)[-1].rstrip("/")


_CAMPAIGN_QUERY = re.compile(r"\?(?:(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=[^&]*&?)+$")


def meta_values(root: Element) -> dict[str, list[str]]:
    """<meta property|name|itemprop=...> contents, lower-cased keys, all values."""
    out: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        value = clean_text(meta.get("content"))
        if not value:
            continue
        # <meta name="modified-date" itemprop="datePublished" content=…>: filed under each of its keys
        keys = {(meta.get(attr) or "").strip().lower() for attr in ("property", "name", "itemprop")}
        for key in sorted(keys - {""}):
            out.setdefault(key, []).append(value)
    return out


def microdata(with_itemprop: list[Element], prop: str) -> str | None:
    """First itemprop value among the elements: content/datetime attribute or the element text."""
    for el in with_itemprop:
        if prop not in el.get("itemprop").split():
            continue
        if el.tag == "meta":
            continue  # already read by meta_values
        # <abbr title="2024-04-26T16:40:00+02:00">16:40</abbr>: the microformats' machine value (Blogger)
        machine = el.get("title") if el.tag == "abbr" else None
        value = el.get("content") or el.get("datetime") or machine or text_content(el)
        if value := clean_text(value):
            return value
    return None


def canonical(root: Element, resolve: Callable[[str | None], str | None] = lambda href: href) -> str | None:
    """rel=canonical href, if any, as `resolve` reads it (e.g. Links.resolve: absolute)."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (href := resolve(link.get("href"))):
            return href.strip()
    return None


def data_script_published(root: Element, title: str) -> str | None:
    """The publication date a script's page data gives the record titled ``title`` (Next.js's
    ``__NEXT_DATA__``, a headless CMS's record: ``{"title": …, "_firstPublishedAt": "2024-05-20T07:02…"}``),
    the first publication before a later one; None when no record of that title dates itself."""
    return data_script_dates(root).get(" ".join(title.split()).casefold())


def data_script_dates(root: Element) -> dict[str, str]:
    """Every dated record of the page's data scripts, by each of its texts folded: its publication date (Wix's
    ``wix-warmup-data`` dates every post of a blog feed whose cards print "4 dagar sedan" or "2 nov.")."""
    dates: dict[str, str] = {}
    for script in root.iter("script"):
        if script.get("id") not in _DATA_SCRIPT_IDS and (script.get("type") or "").lower() != "application/json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        for record in _records(data):
            if stamp := next((record[k] for k in _PUBLISHED_KEYS if isinstance(record.get(k), str)), None):
                for v in record.values():
                    if isinstance(v, str) and len(v) <= 300:
                        dates.setdefault(" ".join(v.split()).casefold(), stamp)
    return dates


def _records(value: Any, depth: int = 0):
    """Every dict inside a page-data value, however deep (a bounded walk)."""
    if depth > 16:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _records(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                yield from _records(item, depth + 1)


_DATA_SCRIPT_IDS = {"__NEXT_DATA__", "__NUXT_DATA__"}
# A record's publication date, the first publication first (DatoCMS's "_firstPublishedAt" before its republished
# "_publishedAt"); never its "updatedAt"
_PUBLISHED_KEYS = ("_firstPublishedAt", "firstPublishedAt", "firstPublishedDate", "datePublished", "publishDate",
                   "publishedDate", "publicationDate", "published_at", "publishedAt", "_publishedAt", "date")


def _mf_classes(el: Element) -> list[str]:
    """The element's class names, where microformats2 writes its properties."""
    return (el.get("class") or "").split() if isinstance(el.tag, str) else []


def _mf_property(entry: Element, name: str) -> Element | None:
    """The first element of the entry its class names as the property ("u-url", "p-name"), not one inside a nested
    entry of its own."""
    for el in entry.iterdescendants():
        if name in _mf_classes(el) and not _in_nested_entry(el, entry):
            return el
    return None


def _in_nested_entry(el: Element, entry: Element) -> bool:
    """The element belongs to another entry inside this one (a reply, a quoted post), not to this entry."""
    for box in el.iterancestors():
        if box is entry:
            return False
        if "h-entry" in _mf_classes(box):
            return True
    return False


def h_entries(root: Element) -> list[dict[str, str | None]]:
    """The posts a page lists in microformats2 (IndieWeb's ``h-entry``: Micro.blog's archive, each post a paragraph
    of ``u-url``, ``dt-published``, ``p-name`` and ``p-summary``): address, name, date and summary as printed, the
    date as its ``datetime`` gives it. Only top-level entries that link their post."""
    found = []
    for entry in root.iter():
        if "h-entry" not in _mf_classes(entry) or any("h-entry" in _mf_classes(a) for a in entry.iterancestors()):
            continue
        url = _mf_property(entry, "u-url")
        if url is None or not url.get("href"):
            continue
        name, summary = _mf_property(entry, "p-name"), _mf_property(entry, "p-summary")
        published, author = _mf_property(entry, "dt-published"), _mf_property(entry, "p-author")
        found.append({"url": url.get("href"), "name": shown_text(name) if name is not None else None,
                      "published": (published.get("datetime") or shown_text(published)) if published is not None
                      else None, "summary": shown_text(summary) if summary is not None else None,
                      "author": shown_text(author) if author is not None else None})
    return found
