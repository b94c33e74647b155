"""Parsing HTML and flattening it into text lines that remember where they came from."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml import etree

from .css import TreeIndex
from .dates import day_and_month, day_slash_month, find_swedish_date, iso_month_day
from .structured import shown_text, text_content
from .text import clean_text

Element = etree._Element

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object",
             "button", "select", "textarea", "input", "canvas", "video", "audio", "map"}
_SEPARATORS = {"·", "•", "|", "/", "–", "—"}  # what meta lines print between their parts
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Plain lxml elements: lxml.html's element classes cost a Python call for every node touched.
_PARSER = etree.HTMLParser()


def parse_html(html: str) -> Element | None:
    """lxml tree of the page (hrefs as written, see Links), or None when there is nothing to parse.

    One tree serves the classification, the parsers and the link lists of a page
    (``read_html``), so no parser may modify it (render.py copies an element
    before making its links absolute).
    """
    if not html or not html.strip():
        return None
    html = _CONTROL.sub("", html)
    # lxml refuses str input that carries an XML encoding declaration
    html = _XML_DECLARATION.sub("", html)
    try:
        root = etree.fromstring(html, _PARSER)  # None for a document without elements
    except (etree.ParserError, ValueError, TypeError):
        return None
    if root is not None and (body_lost(root) or heading_swallowed(root, html) or nav_swallowed(root)) \
            and (repaired := _browser_tree(html)) is not None:
        root = repaired
    if root is not None and "onclick" in html:  # (a scan of the text is cheaper than a search of the tree)
        link_scripted_anchors(root)
    return root


_SCRIPTED_HREF = re.compile(r"""^\s*(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=\s*(['"])([^'"]+)\1\s*;?\s*$""")


def link_scripted_anchors(root: Element) -> None:
    """``<a onclick="window.location='/nyheter/…'">`` with no href (OS2Web's list cards) goes where a click
    takes a reader: the href is set from the script, so lists and the crawl's link lists see it."""
    for a in root.xpath("//a[not(@href)][@onclick]"):
        if m := _SCRIPTED_HREF.match(a.get("onclick")):
            a.set("href", m[2])


def heading_swallowed(root: Element, html: str) -> bool:
    """A heading closed by another level's end tag ("<h1>Alla texter</h2>", Hugo Paperesque's list):
    a browser closes it there, libxml2 keeps it open and the rest of the page becomes the heading."""
    return any(next(h.iterdescendants(*_SWALLOWED), None) is not None for h in root.iter(*HEADINGS)) \
        and _MISMATCHED_HEADING.search(html) is not None


_SWALLOWED = ("li", "p", "h1", "h2", "h3", "h4", "h5", "h6")


def nav_swallowed(root: Element) -> bool:
    """A menu left open by a ``<div>`` unclosed in it (Eleventy Netlify Jumpstart's site nav): a browser's
    ``</nav>`` closes both, libxml2 ignores it and the rest of the page becomes the menu."""
    return any(next(nav.iter("main", "article"), None) is not None for nav in root.iter("nav"))


_MISMATCHED_HEADING = re.compile(r"<h([1-6])\b[^>]*>[^<]*</h(?!\1)[1-6]\s*>", re.I)


# What a <head> may hold; anything else there is the page's content that libxml2 left in it
_HEAD_TAGS = {"meta", "link", "title", "script", "style", "base", "noscript", "template"}
REPAIRED = "data-archive-repaired"  # set on the root of a tree built again the way a browser builds it


def body_lost(root: Element) -> bool:
    """libxml2 knows no HTML5 element: a minified page with neither <head> nor <body> tag whose
    first content is a ``<header>`` (or a hidden ``<svg>`` sprite) is read as all head, and nothing
    of it is walked; a late element may still open a <body> holding only the page's last scripts."""
    head = root.find("head")
    if head is None:
        return False
    strays = [el for el in head if isinstance(el.tag, str) and el.tag not in _HEAD_TAGS]
    if not strays:
        return False
    body = root.find("body")
    return body is None or sum(len(text_content(el)) for el in strays) > len(text_content(body))


def _browser_tree(html: str) -> Element | None:
    """The tree html5lib (through BeautifulSoup) builds, as a browser would, marked as repaired."""
    try:
        from bs4 import BeautifulSoup

        with warnings.catch_warnings():  # bs4 warns about XML-looking input; html5lib copes
            warnings.simplefilter("ignore")
            root = etree.fromstring(str(BeautifulSoup(html, "html5lib")), _PARSER)
    except Exception:  # a repair that fails leaves the first reading as it was
        return None
    if root is not None:
        root.set(REPAIRED, "html5lib")
    return root


@dataclass(frozen=True)
class Links:
    """How the page's hrefs read once absolute: against its <base href>, then its URL.

    Only the hrefs the parsers read are resolved, each as lxml's
    make_links_absolute(url, resolve_base_href=True, handle_failures="ignore")
    would rewrite it; pages that are not http(s) keep their hrefs as written.
    (One difference: where lxml's <base href> pass gives up on the whole page
    at a link it cannot join, this leaves just that link as written.)
    """

    page_url: str | None = None
    base_href: str | None = None
    _resolved: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # per page

    @classmethod
    def of(cls, root: Element, url: str) -> Links:
        """The page's link base; none for a page that is not http(s) or whose URL is malformed."""
        try:
            usable = bool(url) and urlsplit(url).scheme in ("http", "https")
        except ValueError:  # "http://[::1": urlsplit refuses it, the page is still read
            usable = False
        if not usable:
            return cls()
        bases = [el.get("href") for el in root.iter("base") if el.get("href") is not None]
        return cls(url, bases[-1] if bases and bases[-1] else None)

    def resolve(self, href: str | None) -> str | None:
        """The href made absolute (unchanged when it cannot be joined)."""
        if href is None or self.page_url is None:
            return href
        if href not in self._resolved:
            self._resolved[href] = self._join(href)
        return self._resolved[href]

    def _join(self, href: str) -> str:
        try:
            if self.base_href:
                href = urljoin(self.base_href, href.strip())
            href = href.strip()
            if href.startswith("/") and not href.startswith("//"):
                # a site's menus repeat on every page: "/aktuellt/" joins the same against any page of the host
                return _join_shared(_origin(self.page_url or ""), href)
            return urljoin(self.page_url or "", href)
        except ValueError:
            return href


@lru_cache(maxsize=64)
def _origin(url: str) -> str:
    """scheme://host/ of a page: all that a root-relative href is joined against."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=8192)
def _join_shared(base: str, href: str) -> str:
    return urljoin(base, href)


class once:  # noqa: N801 (used like functools.cached_property)
    """functools.cached_property without the lock Python 3.11 takes on each first read."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)  # later reads find it in the instance
        return value


# "av Karin Lund", "av Redaktionen", "av Sara Nyström, hållbarhetschef, …" after a linked title: the line's only
# words besides the title and its date
_BY_NAME = re.compile(r"(?:av|by)\s+[A-ZÅÄÖ][^\W\d_]+(?:\s+(?:och\s+|and\s+|&\s+)?[A-ZÅÄÖ][^\W\d_]+){0,4}(?:,.*)?")


@dataclass(eq=False)  # lines are compared by identity
class Line:
    """One paragraph-like run of text and its context."""

    text: str
    el: Element  # innermost block element
    flags: set[str] = field(default_factory=set)
    heading: int = 0  # 1-6 when inside <hN>
    hrefs: list[str] = field(default_factory=list)
    link_chars: int = 0
    times: list[str] = field(default_factory=list)  # <time datetime> values
    whole: bool = False  # the line is all of its block element's text
    index: int = 0
    linked: list[str] = field(default_factory=list, repr=False)  # raw text pieces inside links
    unlinked: list[str] = field(default_factory=list, repr=False)  # raw text pieces outside links

    @once
    def link_text(self) -> str:
        """The text inside links."""
        return clean_text("".join(self.linked))

    @once
    def plain(self) -> str:
        """The text outside links."""
        return clean_text("".join(self.unlinked))

    @once
    def link(self) -> str | None:
        """The href when the line is one link (a date beside it allowed; its comment count's link to the same
        page beside it too: "<a>Title</a> <a href="…#comment">[3]</a>", Rhymix's board list)."""
        if len(set(self.hrefs)) != 1 and not (len({_COMMENTS_AT.sub("", h) for h in self.hrefs}) == 1
                                              and BRACKETED_COUNT.search(self.text)):
            return None
        if self.link_chars >= 0.85 * len(self.text.replace(" ", "")):
            return self.hrefs[0]
        found = find_swedish_date(self.plain)
        if found and (len(rest := self.plain.replace(found[1], "").strip(" |·,–-")) <= 12
                      or len(rest) <= 80 and _BY_NAME.fullmatch(rest.lstrip("» "))):
            return self.hrefs[0]  # (or a date and "av Karin Lund" beside the title: Jekyll's Hacker list)
        if self.times and len(self.plain) <= 20:  # a <time> beside the link says less: "april 2025"
            return self.hrefs[0]
        plain = _LEADING_MARKS.sub("", self.plain)  # "★ 09 nov": a mark for a featured post before the date (Serene)
        if day_and_month(plain) or iso_month_day(plain) or day_slash_month(plain):
            # Bridge's "02 jun" badge, LoveIt's "06-10", Nucleus's "08/05:" before the title
            return self.hrefs[0]
        return None


_LEADING_MARKS = re.compile(r"^[^\w\s(]+\s*")


def mark(index: TreeIndex, groups: dict[str, list[str]]) -> dict[Element, set[str]]:
    """Map element -> set of flag names from named selector groups (first match first)."""
    marks: dict[Element, set[str]] = {}
    for flag, selectors in groups.items():
        for el in index.select(selectors):
            marks.setdefault(el, set()).add(flag)
    return marks


# A class hiding its element for good: Avada's "rich-snippet-hidden" (the author and dates kept for search engines),
# Bulma's "is-hidden" (not Tailwind's "hidden md:block", shown on wide screens): what a reader never sees. (people's
# broader ``_HIDDEN_CLASS``, any "hidden" token, tells which author box a theme keeps for machines.)
HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:rich-snippet-hidden|is-hidden|w-condition-invisible)(?:\s|$)")  # (and
# Webflow's conditional visibility: an empty collection's "Text:" / "No items found.")


_ICON_FONT = re.compile(r"(?:^|\s)(?:material-icons(?:-[a-z]+)?|material-symbols-[a-z]+)(?:\s|$)")  # (Google's
# icon fonts, whose glyphs are named by words: "lock_clock", "schedule", "person")


def in_hidden_box(el: Element | None, levels: int = 3) -> bool:
    """An element in a box the theme's stylesheet hides (Pixwell's ``aside.hidden-meta is-hidden`` with the
    author's h-card, a card's meta kept for machines): nothing the reader sees."""
    return el is not None and any(HIDDEN_CLASS.search(box.get("class") or "")
                                  for box in (el, *islice(el.iterancestors(), levels)))


def unhidden_text(line: Line) -> str:
    """The line's text less what elements classed hidden hold (the author's h-card in Avada's ``<span class="vcard
    rich-snippet-hidden">``): what the reader sees."""
    text = line.text
    for el in line.el.iter() if line.el is not None else ():
        if (cls := el.get("class")) and HIDDEN_CLASS.search(cls) and (hidden := shown_text(el)):
            text = text.replace(hidden, " ", 1)
    return text


def _hidden(el: Element) -> bool:
    style = el.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style and not _holds_paragraphs(el)


def _holds_paragraphs(el: Element) -> bool:
    """A box its class or id calls the content, holding three or more paragraphs of running text: a
    post kept invisible until its script fades it in (WeChat's ``#js_content``, ``visibility: hidden``,
    its place on the page kept), not a hidden copy nor a box hidden for good."""
    return _CONTENT_NAME.search(f"{el.get('id') or ''} {el.get('class') or ''}") is not None \
        and sum(1 for p in el.iter("p") if len("".join(p.itertext())) >= 100) >= 3


_CONTENT_NAME = re.compile(r"(?i)(?:^|[\s_-])(?:content|article|post|entry)(?:$|[\s_-])")


_INLINE_BOXES = {"span", "small", "time"}
_META_FIELD = re.compile(r"(?i)author|date|comment|repl(?:y|ies)|views|byline|reading|categor")  # the fields of a post's meta line
_BLOCK_UTILITIES = {"d-block", "d-flex", "block"}  # Bootstrap's and Tailwind's display utilities


def _in_column(el: Element) -> bool:
    """A span the box around it stacks as a column of spans (Tailwind's ``flex flex-col``, Bootstrap's
    ``d-flex flex-column``): a line of its own ("Kommunikatör, Norrbyhem" over "Anna Berg", Statamic Peak)."""
    parent = el.getparent()
    if parent is None or _COLUMN.search(parent.get("class") or "") is None:
        return False
    items = [c for c in parent if isinstance(c.tag, str)]
    return len(items) >= 2 and all(c.tag in _INLINE_BOXES for c in items)  # (spans alone: not a name and its
    # role in an <em> beside it, read as one line, Kontent.ai's author card)


def _field_of_item(el: Element) -> bool:
    """A span that is a field of a list item's lines (its date, its summary, a label over its headline), not a
    word marked inside a sentence: the item holds links and spans with nothing written between them."""
    parent = el.getparent()
    if parent is None or parent.tag not in ("li", "p", "div") or (parent.text or "").strip():
        return False
    if _after_bold_headline(el, parent):
        return True
    items = [c for c in parent if isinstance(c.tag, str) and c.tag not in ("img", "br")]
    if parent.tag == "p":
        return _dated_spans(items)
    return _label_over_headline(el, items) or _headline_then_fields(items, parent)


def _after_bold_headline(el: Element, parent: Element) -> bool:
    """The summary right after the bold headline's link, in an item of lines parted by <br>:
    "<span>2019-03-29</span><br><a><strong>Headline</strong></a>&nbsp; <span>Summary</span><br>" (Sitevision's
    old default list)."""
    prev = el.getprevious()
    return prev is not None and prev.tag == "a" and not (prev.tail or "").strip() and len(prev) == 1 \
        and prev[0].tag in ("strong", "b") and not (prev.text or "").strip() and not (prev[0].tail or "").strip() \
        and parent.find("br") is not None


def _dated_spans(items: list[Element]) -> bool:
    """A teaser's paragraph of spans only, the first holding its date: "<span>Publicerat: <time>…</time></span>
    <span>Summary</span>"."""
    return len(items) >= 2 and all(c.tag == "span" and not (c.tail or "").strip() for c in items) \
        and items[0].find("time") is not None


def _label_over_headline(el: Element, items: list[Element]) -> bool:
    """A short label opening the item over the headline's link, a summary paragraph closing it ("<span>Kommunalrådet
    har ordet</span><a>Unga behöver …</a><span>2023-06-12</span><p>…", Forshaga's list): a line of its own."""
    return el is items[0] and len(items) >= 4 and items[1].tag == "a" and items[-1].tag == "p" and len(el) == 0 \
        and not (el.tail or "").strip() and len((el.text or "").strip()) <= 40 \
        and not any(ch.isdigit() for ch in el.text or "") and len("".join(items[1].itertext()).strip()) >= 15


def _headline_then_fields(items: list[Element], parent: Element) -> bool:
    """The headline's link first, then two or more spans (Sitevision's default list, ``<li><a>Headline</a><span>
    2024-10-23</span><span>Summary</span></li>``, also in the item's own ``<div>``); not a paper's name, a headline
    and its date in a side column's line (Fria Tidningar's); in a ``<div>``, a summary among the spans, not a post's
    meta row ("Notis ~ 2023-03-02 ~ Webbredaktionen")."""
    return len(items) >= 3 and items[0].tag == "a" and sum(c.tag in _INLINE_BOXES for c in items) >= 2 \
        and all(c.tag in _ITEM_PARTS and not (c.tail or "").strip() for c in items) \
        and (parent.tag != "div" or any(len("".join(c.itertext())) >= 60 for c in items[1:]))


_ITEM_PARTS = {"a", "span", "small", "time", "img", "br"}
_COLUMN = re.compile(r"(?:^|\s)flex-col(?:umn)?(?:\s|$)")

# hAtom's and themes' classes for a post's modified date, and for its published one (a field may be both:
# WordPress's ``entry-date published updated`` when the post never changed)
MODIFIED_CLASSES = {"updated", "modified", "date-modified", "entry-modified", "post-modified", "updated-date",
                    "modified-date", "last-modified", "entry-date-modified", "op-modified"}
PUBLISHED_CLASSES = {"published", "entry-date", "posted-on", "post-date", "date-published", "entry-published",
                     "op-published"}  # ("op-": Facebook Instant Articles' markup, which publishers also serve)


def modified_only(el: Element) -> bool:
    """An element whose own classes name it the modified date, not the published one (WoodMart's hidden
    ``li.modified-date``); hAtom's bare ``updated`` is left out: many themes print the published date with it."""
    classes = set((el.get("class") or "").split())
    return bool(classes & MODIFIED_CLASSES - {"updated"}) and not classes & PUBLISHED_CLASSES


def title_after_name_field(el: Element) -> bool:
    """An element its class calls a role, right after its sibling the class calls a name ("<div
    class=post-author-name>Ali Rezaei</div><div class=post-author-title>Ungdomsrådet i Björkvik</div>", Webflow's
    author list): the person's role or body, never a name of its own."""
    prev = el.getprevious()
    return prev is not None and isinstance(prev.tag, str) \
        and NAME_FIELD_CLASS.search(prev.get("class") or "") is not None \
        and _ROLE_CLASS.search(el.get("class") or "") is not None


def role_field(el: Element) -> bool:
    """A span its class or microdata calls a person's role, right after their name with no space between
    ("<strong>Anna Berg</strong><span class=opening-author-role>kommunikatör …</span>", Harp's hb-remedy):
    its own line, as the page's stylesheet sets it (a space between them too, after a field its class calls the name:
    Tele2's ``span.c-byline__name`` and ``span.c-byline__title``; not ", områdesutvecklare", already set apart)."""
    prev = el.getprevious()
    named = prev is not None and prev.tag == "span" \
        and (NAME_FIELD_CLASS.search(pcls := prev.get("class") or "") is not None
             or _AUTHOR_FIELD.search(pcls) is not None)  # (or a BEM field "…__author": Sofiero's
    # "c-signature__author" and "c-signature__title")
    return prev is not None and (not prev.tail or not prev.tail.strip() and named) \
        and (el.text or "")[:1].isalpha() and (
        el.get("itemprop") == "jobTitle" or _ROLE_CLASS.search(cls := el.get("class") or "") is not None
        or named and _TITLE_FIELD.search(cls) is not None)  # (a title field after a name field: Tyréns'
    # ``span.author-list__name`` and ``span.author-list__title``)


_AUTHOR_FIELD = re.compile(r"__author(?:\s|$)")
_ROLE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:role|roll|job-?title|position|befattning|(?:author|byline)[_-]+title)"
                         r"(?:$|[\s_-])")  # (Swedish "roll": a Sitevision writers' list's "nb-skribent__roll")
# "teaser__author-name", "byline__name", a card's "name", a CSS module's "Byline_name__R5vXo", Swedish "…__namn"
NAME_FIELD = re.compile(r"(?i)(?:^|[\s_-])(?:name|namn)(?:__[a-z0-9]{4,8})?(?:\s|$)")
NAME_FIELD_CLASS = re.compile(r"[_-]na(?:me|mn)(?:\s|$)")  # a person's name field: "c-byline__name",
# "post-author__name", in Swedish "nb-skribent__namn"
_TITLE_FIELD = re.compile(r"[_-]title(?:\s|$)")  # and the title field after it: "author-list__title"
# ("news-card__author-title" after "news-card__author-name": Rspress's news cards)


def _custom_box(el: Element) -> bool:
    """A custom element (``<entry-info>``, ``<entry-meta>``: Astro erudite's cards) laid out as a box: it holds
    a block or another custom element, or two elements or more. Its stylesheet, never read, makes it a box;
    one holding only words (``<author-names>``, ``<relative-time>``) stays in its line, as does one inside a
    line of text (MathJax's ``<mjx-container>`` in a paragraph)."""
    parent = el.getparent()
    if parent is not None and (parent.tag in _IN_TEXT or parent.tag in HEADINGS):
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    return (len(children) >= 2 or any(c.tag in BLOCK_TAGS or "-" in c.tag for c in children)) \
        and next(el.iter(*_PAGE_TAGS), None) is not None  # (not a formula drawn in custom elements alone, MathJax's)


# A design system's paragraph, heading and layout elements, blocks however few children they hold (Telia's
# ``<telia-p>``, ``<telia-heading>``, ``<telia-grid>``)
_CUSTOM_BLOCK = re.compile(r"-(?:p|paragraph|heading|title|preamble|grid|row|col|column|section|card)$")
_IN_TEXT = {"p", "span", "a", "em", "strong", "b", "i", "label", "small", "sup", "sub", "q", "cite"}
_PAGE_TAGS = ("a", "time", "img", "p", "span", "div", "ul", "li", "h1", "h2", "h3", "h4")


def _shown_as_block(el: Element) -> bool:
    """An inline element its style or a display utility class shows as a block (Blot's teaser
    excerpt, ``<span style="display:block">`` under the title's link in one <p>; Microweber's
    author name in ``<small class="d-block">`` over the role, AgencyOS's role in ``<span class="block">``
    beside the name): it starts and ends a line as a
    block does."""
    if (style := el.get("style")) and "display" in style:
        style = style.replace(" ", "").lower()
        if "display:block" in style or "display:flex" in style:
            return True
    classes = el.get("class")
    return bool(classes) and (("d-" in classes or "block" in classes) and not _BLOCK_UTILITIES.isdisjoint(classes.split())
                              or _PART_CLASS.search(classes) is not None and el.tag == "span" or _card_part(el, classes)
                              or el.tag == "span" and "caption" in classes and (prev := el.getprevious()) is not None
                              and prev.tag in ("img", "picture"))  # (a picture's caption in a span right after it:
    # "<img …><span class='image-caption field-imagecaption'>…", Sitecore SXA's image component)


# A card's summary as a link of its own beside the title's link (Typecho Joe's ``a.abstract``): a line of its own
_SUMMARY_LINK = re.compile(r"(?:^|\s)(?:abstract|excerpt|summary)(?:\s|$)")
# A card's "read more" link, a line of its own however it is set beside the title's link (Squarespace's
# ``a.BlogList-item-readmore`` right after ``a.BlogList-item-title``)
_READ_MORE_LINK = re.compile(r"(?i)[-_]read-?more(?:\s|$)")
# A card's title and its summary set as spans in one link, shown as blocks by the theme's stylesheet
# (Tistory's ``<a><span class="title">…</span><span class="excerpt">…</span></a>``)
_PART_CLASS = re.compile(r"(?:^|\s)(?:title|excerpt|summary|description|marginnote|sidenote)(?:\s|$)")  # (Ezhil's
# span.description; Tufte's notes, set in the margin beside the paragraph they sit in)
# A card's heading and summary as spans side by side in one box, their classes a BEM block's elements (Sitevision
# Soleil's ``<span class=sol-article-item-heading>`` beside ``<span class=sol-article-item-desc>``)
_CARD_PART = re.compile(r"[-_](?:heading|title|desc|description|excerpt|summary|text)$")  # ("now-card__title"
# beside "now-card__text" in one link: Teenage Engineering's cards)


def _card_part(el: Element, classes: str) -> bool:
    """A span classed as a card's heading or summary beside another span of the same block, in the card's link."""
    own = next((c for c in classes.split() if _CARD_PART.search(c) and not _ROLE_CLASS.search(c)
                and "byline" not in c), None)  # (not a byline's title, the person's role: Naviga's)
    if own is None or el.tag != "span":
        return False
    block = _CARD_PART.sub("", own)
    if not any(a.tag == "a" for a in islice(el.iterancestors(), 3)):  # or the summary right after the card's link
        return (link := el.getprevious()) is not None and link.tag == "a" and own.endswith(_SUMMARY_PARTS) and any(
            c.startswith(block) and _CARD_FIELD.search(c) for span in link.iter("span")
            for c in (span.get("class") or "").split())  # holding its title ("<a><span class=cmp-list__item-title>
        # …</span></a><span class=cmp-list__item-description>", AEM's list with no date in the link: Sparbanken Tanum)
    return any(sib is not el and sib.tag == "span" and any(
        c != own and c.startswith(block) and (_CARD_FIELD.search(c) or c.endswith("text")) and _fields_pair(own, c)
        for c in (sib.get("class") or "").split()) for sib in (el.getprevious(), el.getnext()) if sib is not None)


def _fields_pair(own: str, other: str) -> bool:
    """Two fields of one card block: a "…text" part only beside a "…title" ("now-card__title" and "now-card__text",
    Teenage Engineering's cards; not a promo's "promo-block__heading" and "promo-block__text", Vinnova's)."""
    return not (own.endswith("text") or other.endswith("text")) or own.endswith("title") or other.endswith("title")


_SUMMARY_PARTS = ("desc", "description", "excerpt", "summary")
_CARD_FIELD = re.compile(r"[-_](?:heading|title|desc|description|excerpt|summary|date)$")


_COMMENTS_AT = re.compile(r"#(?:comments?|respond|disqus_thread)$", re.I)
# A count in brackets ending a line ("[3]"): a comment count's link after a title (Rhymix's board list)
BRACKETED_COUNT = re.compile(r"\s*[\[(]\d{1,5}[\])]$")
# A class naming a post's category, section, topic or kicker ("news-article__category", "teaser__kicker",
# "teaser__vignette", "tag-list"): a place or a topic printed by the post, never its author or its text.
SECTION_CLASS = re.compile(r"(?i)(?![\w-]*-(?:font|color)(?:\s|$))"
                           r"(?:categor|kategori|section|topic|rubric|kicker|vignett|vinjett"
                           r"|(?:^|[\s_-])(?:tags?|ämne|amne)(?:[\s_-]|$)|[_-](?:cat|type)(?:\s|$)"
                           r"|(?:^|\s)cat-label\b|[_-](?:client|kund)(?:\s|$))")
# (not a class naming a style, its font or colour: Wix's "blog-post-category-description-font" on every line of a
# card in a category's list, the author's name too)
# ("post-card__cat": a card's category, "c-news-item__type" its kind, Flatsome's "cat-label", a case's client
# "featured-case-client"; not WordPress's "cat-links", whose terms are read as links)
# a class token ending in a word for terms: "c-tags__tag", "entry-categories", Elementor's
# "elementor-post-info__item--type-terms" (never "category-energi", WordPress's class for a post in that category)
TERMS_CLASS = re.compile(r"(?:^|[\s_-])(?<!has-)(?:tags?|categor(?:y|ies)|terms)(?=\s|$)", re.I)  # (not a state:
# "has-categories" on Squarespace's whole card)


class _Context(NamedTuple):
    """What an element's text inherits: flags, enclosing link, heading level, block."""

    flags: frozenset[str]
    href: str | None
    heading: int
    block: Element


def block_classes(root: Element) -> frozenset[str]:
    """Classes the page's own ``<style>`` shows as blocks wherever they are (``.item__date{display:
    block}``: Hugo Hyde-Hyde's title, date and summary, three spans in one list item)."""
    found: set[str] = set()
    for style in root.iter("style"):
        for selectors in _selectors_showing_blocks(style.text or ""):
            found.update(m[1] for sel in selectors.split(",") if (m := _CSS_LAST_CLASS.search(sel.strip())))
    return frozenset(found)


def _selectors_showing_blocks(css: str) -> list[str]:
    """The selector lists of the rules (``selectors { … }``, no braces inside) whose body sets a block
    display: found from the few ``display`` declarations, not by reading every rule of a large sheet."""
    found = []
    for m in _CSS_BLOCK.finditer(css):
        opening = css.rfind("{", 0, m.start())
        if opening < 0 or css.rfind("}", 0, m.start()) > opening:
            continue  # not inside a rule's body (a comment between rules)
        closing = css.find("}", m.end())
        if closing < 0 or css.find("{", m.end(), closing) >= 0:
            continue
        if selectors := css[max(css.rfind("}", 0, opening), css.rfind("{", 0, opening)) + 1:opening]:
            found.append(selectors)
    return found


_CSS_BLOCK = re.compile(r"display\s*:\s*(?:block|flex|grid|list-item)\b")
_CSS_LAST_CLASS = re.compile(r"^(?:[a-z]+)?\.([\w-]+)$")  # ".item__date", "span.date" (not ".card .date": in one box)


def script_shown_ids(root: Element) -> frozenset[str]:
    """Ids the page's own scripts show (``jQuery("#main_contents").show()``, also through a variable
    holding the selector: FC2's template hides its whole column until then)."""
    code = "\n".join(s.text or "" for s in root.iter("script") if not s.get("src"))
    if not _SHOWS.search(code):
        return frozenset()
    return frozenset(m[1] for m in _ID_LITERAL.finditer(code) if not _CONSENT.search(m[1]))


_SHOWS = re.compile(r"\.(?:show|fadeIn|slideDown)\(")  # (not a consent box's "style.display = 'block'" once asked)
_ID_LITERAL = re.compile(r"[\"']#([\w-]+)[\"']")
_CONSENT = re.compile(r"(?i)cookie|consent|kak|gdpr")

_DOTTED = {"a", "span"}  # the fields an empty dot may stand between
_DOT_CLASS = re.compile(r"(?i)dot|sep")
_ISO_TITLE = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d")  # an <abbr title> holding a machine date


def _footnote_mark(el: Element) -> bool:
    """A footnote's number in the text or its link back to it (Markdown's footnotes: Hugo, Jekyll)."""
    link = el if el.tag == "a" else (el[0] if len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip() else None)
    return link is not None and (link.get("href") or "").startswith(("#fn", "#footnote")) \
        and len("".join(link.itertext()).strip()) <= 4


class _Flattener:
    """Walks the tree in reading order, collecting text pieces into lines."""

    def __init__(self, marks: dict[Element, set[str]], links: Links, drop: str | None = None,
                 blocks: frozenset[str] = frozenset()) -> None:
        self.marks, self.links, self.drop, self.blocks = marks, links, drop, blocks
        self.lines: list[Line] = []
        self.current: Line | None = None
        self.parts: list[str] = []
        self.icon_gap = False  # an icon passed since the last words of the line
        self._shown: frozenset[str] | None = None

    def shown_ids(self, el: Element) -> frozenset[str]:
        """The ids the page's scripts show, read once, when a hidden element with an id asks."""
        if self._shown is None:
            self._shown = script_shown_ids(el.getroottree().getroot())
        return self._shown

    def visit(self, el: Element, ctx: _Context) -> None:
        """One element: its text, its children with their tails; a block starts and ends a line."""
        tag = el.tag
        if not isinstance(tag, str):  # comments and processing instructions
            return
        tag = tag.lower()
        if tag in SKIP_TAGS and not (tag == "button" and (up := el.getparent()) is not None and up.tag in HEADINGS) \
                or el.get("style") and _hidden(el) and tag not in ("html", "body") \
                and not (el.get("id") and el.get("id") in self.shown_ids(el)) \
                or (cls := el.get("class")) and "w-condition-invisible" in cls:
            # (not the button a heading holds: its text, an accordion's section; see article._heading_buttons)
            # (a whole page hidden until its script shows it, ``<html style="display: none">``: Hexo Material)
            # (Webflow's conditional visibility hides a box by its class: an empty collection's "Skribenter")
            if tag == "svg" and self.current is not None:
                self.add(" ", ctx)  # an icon between two fields ("Elin Strand", icon, "2024-03-14") parts them,
                self.icon_gap = ctx.href is None and el.get("role") != "img" and not el.get("aria-label") \
                    and not el.get("aria-labelledby")  # (a decorative icon outside a link: a separator when words
                # follow it on the line, Gatsby Hero Blog's meta; not one labelled as an image, Forem's reactions, nor
                # the arrow in a "Previous" link)
            return
        if len(el) == 0 and (cls := el.get("class")) and _ICON_FONT.search(cls):
            if self.current is not None:
                self.add(" ", ctx)  # an icon font's ligature names its glyph, no word of the text ("<i
            return  # class='material-icons'>lock_clock</i>" before an old post's notice)
        if tag == "img" and self.current is not None and "".join(self.parts).strip() and (alt := el.get("alt")) \
                and (up := el.getparent()) is not None and " ".join("".join(up.itertext()).split()) == alt.strip():
            self.add(" ", ctx)  # a person's picture, named by the words beside it, after other words on the line:
            self.icon_gap = True  # a separator ("<span><img alt='Fatima Noor'>Fatima Noor</span><span><img alt='Erik
            # Sjöholm'>Erik Sjöholm</span>", two people's avatars and names side by side: Super.so's person property)
        if (tag == "sup" or tag == "a") and _footnote_mark(el):
            return  # "…termostater.<sup><a href="#fn:1">1</a></sup>", "<a href="#fnref:1">↩︎</a>": no words of the text
        if tag == "span" and len(el) == 0 and not el.text and el.get("class") and self.current is not None \
                and not (el.tail or "").strip() and (prev := el.getprevious()) is not None and prev.tag in _DOTTED \
                and (after := el.getnext()) is not None and after.tag in _DOTTED:
            # an empty, classed span between two links or fields, drawn as a dot, parts them (Hexo Kaze's
            # "<a>Norrbyhem</a><span class="dot"></span><a>belysning</a>"; brunch's "Kommentarer 3", dot, date)
            self.add(" · " if _DOT_CLASS.search(el.get("class")) else " ", ctx)
        own = self.marks.get(el)
        block = tag in BLOCK_TAGS or tag in _INLINE_BOXES and (el.get("style") or el.get("class")) is not None \
            and (_shown_as_block(el) or bool(self.blocks) and not self.blocks.isdisjoint((el.get("class") or "").split())) \
            or tag == "a" and (_SUMMARY_LINK.search(cls := el.get("class") or "") or _READ_MORE_LINK.search(cls)) \
            or "-" in tag and (_custom_box(el) or _CUSTOM_BLOCK.search(tag) is not None or el.get("tag") in HEADINGS) \
            or tag in _INLINE_BOXES and _in_column(el) \
            or tag in _INLINE_BOXES and role_field(el) \
            or tag in _INLINE_BOXES and _field_of_item(el)
        if tag == "br" and ctx.heading == 1:
            self.add(" ", ctx)  # a break set in the title for its look ("Nya fönster och tilläggsisolering<br>för
            # hyresgästerna …", Perstorp's): one headline
        elif block or tag == "br":
            self.close()
            if block and own and self.drop in own:
                return  # every line inside would carry the flag: none is made
        elif own and self.drop in own:
            # an inline piece of chrome ("Inlägg publicerat:" for screen readers, an aria-hidden
            # "·"): left out, not the line around it (the tail after it is the parent's text);
            # what it stood between stays apart ("Guide", "Av Sara Holm"); a separator hidden from
            # screen readers still separates on screen ("05.03.2024 · 23 anteckningar")
            sep = el.text.strip() if el.text and len(el) == 0 else ""
            self.add(f" {sep} " if sep in _SEPARATORS else " ", ctx)
            return
        inner = ctx
        level = HEADINGS.get(tag) or "-" in tag and HEADINGS.get(el.get("tag") or "")  # (a design system's
        # heading element naming its level: Telia's ``<telia-heading tag="h1">``)
        if own or block or tag == "a" or level:
            flags, href, heading, box = ctx
            if own:
                flags = flags | own
            if block:
                box = el
            if tag == "a" and not (heading and (el.get("href") or "").startswith("#")) \
                    and (target := self.links.resolve(el.get("href"))):
                href = target.strip()  # (a heading's anchor to itself, VuePress's, is no link)
            inner = _Context(flags, href, level or heading, box)
        if tag == "time":
            # a date set beside a title must not glue onto it ("Rubrik5 sep 2018")
            self.add(" \u200b", inner)
            if el.get("datetime"):
                self.current.times.append(el.get("datetime"))  # type: ignore[union-attr]
        elif tag == "abbr" and _ISO_TITLE.match(el.get("title") or ""):
            self.add(" \u200b", inner)  # hAtom's machine value: <abbr class="published" title="2009-02-11T21:30:00
            self.current.times.append(el.get("title"))  # type: ignore[union-attr]  # +01:00">för 2 dagar sedan</abbr> (Vox)
        elif tag == "meta" and self.current is not None and el.get("content") \
                and "datepublished" in (el.get("itemprop") or el.get("property") or "").casefold():
            self.current.times.append(el.get("content"))  # microdata's date beside the printed one (VuePress)
        if text := el.text:
            self.add(text, inner)
        field = None  # the classed <span> just before, with nothing after it
        for child in el:  # the parser caps nesting at 256 levels, well inside Python's recursion limit
            if isinstance(child.tag, str):
                if field is not None and child.tag in _INLINE_BOXES and (kind := child.get("class")) and kind != field \
                        and _META_FIELD.search(kind) and _META_FIELD.search(field):
                    self.add(" ", inner)  # "<span class=p-author>Redaktionen</span><span class=p-date>2022-11-08
                    # </span>": two fields side by side, apart on screen (Journal's post stats), not one word
                self.visit(child, inner)
                field = child.get("class") if child.tag in _INLINE_BOXES and not child.tail else None
            if tail := child.tail:
                self.add(tail, inner)
        if block:
            self.close()
        if tag == "time":
            self.add(" ", inner)

    def add(self, text: str, ctx: _Context) -> None:
        """A non-empty piece of text; whitespace alone does not open a line."""
        line = self.current
        if self.icon_gap and not text.isspace():
            self.icon_gap = False
            if line is not None and text.lstrip()[:1].isalpha() and "".join(self.parts).strip():  # (not a count)
                self.parts.append(" · ")
                line.unlinked.append(" · ")
        if line is None:
            if text.isspace():
                return
            line = self.current = Line("", ctx.block, heading=ctx.heading)
            self.parts = []
        self.parts.append(text)
        if ctx.flags:
            line.flags |= ctx.flags
        if ctx.href is None:
            line.unlinked.append(text)
            return
        line.linked.append(text)
        if not text.isspace():
            line.hrefs.append(ctx.href)
            line.link_chars += len("".join(text.split()))

    def close(self) -> None:
        """End the current line (dropped when it has no visible text)."""
        line, self.current = self.current, None
        self.icon_gap = False
        if line is None:
            return
        line.text = clean_text("".join(self.parts))
        if line.text:
            line.index = len(self.lines)
            self.lines.append(line)


def linearize(root: Element, marks: dict[Element, set[str]], links: Links,
              drop: str | None = None) -> list[Line]:
    """Text lines in reading order; block elements and <br> end a line.

    Lines flagged `drop` (e.g. "boiler") are left out; a block element marked
    with it is not walked at all.
    """
    walk = _Flattener(marks, links, drop, block_classes(root))
    walk.visit(root, _Context(frozenset(), None, 0, root))
    walk.close()
    _mark_whole(walk.lines)
    if drop is None:
        return walk.lines
    lines = [line for line in walk.lines if drop not in line.flags]
    for i, line in enumerate(lines):
        line.index = i
    return lines


def _mark_whole(lines: list[Line]) -> None:
    counts: dict = {}
    for line in lines:
        counts[line.el] = counts.get(line.el, 0) + 1
    for line in lines:
        line.whole = counts[line.el] == 1


def split_url(url: str) -> SplitResult:
    """urlsplit, with an empty result for an address it cannot read ("http://[::1")."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


def box_holding(el: Element, other: Element) -> Element | None:
    """The nearest ancestor of ``el`` that holds ``other`` (or is it)."""
    above = {other, *other.iterancestors()}
    return next((a for a in el.iterancestors() if a in above), None)


def has_ancestor(el: Element | None, targets: set | dict, levels: int | None = None) -> bool:
    """True when el or one of its ancestors (up to ``levels`` above it) is in targets."""
    while el is not None:
        if el in targets:
            return True
        if levels is not None:
            if levels <= 0:
                return False
            levels -= 1
        el = el.getparent()
    return False
