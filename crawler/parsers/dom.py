"""Parsing HTML and flattening it into text lines that remember where they came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lhtml
from lxml.cssselect import CSSSelector

from .profile import Profile
from .dates import find_swedish_date
from .text import clean_text

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object",
             "button", "select", "textarea", "input", "form", "canvas", "video", "audio", "map"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse_html(html: str, url: str = "") -> lhtml.HtmlElement | None:
    """lxml tree with absolute links, or None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    html = _CONTROL.sub("", html)
    # lxml refuses str input that carries an XML encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        root = lhtml.document_fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return None
    if url and urlsplit(url).scheme in ("http", "https"):
        try:
            root.make_links_absolute(url, resolve_base_href=True, handle_failures="ignore")
        except Exception:
            pass
    return root


def select(root: lhtml.HtmlElement, selectors: list[str]) -> list[lhtml.HtmlElement]:
    """Elements matching the selectors, in selector order then document order."""
    found: list[lhtml.HtmlElement] = []
    seen: set[lhtml.HtmlElement] = set()
    for sel in selectors:
        try:
            hits = _compiled(sel)(root)
        except Exception:
            continue
        for el in hits:
            if el not in seen:
                seen.add(el)
                found.append(el)
    return found


_CACHE: dict[str, CSSSelector] = {}


def _compiled(sel: str) -> CSSSelector:
    if sel not in _CACHE:
        _CACHE[sel] = CSSSelector(sel)
    return _CACHE[sel]


@dataclass
class Line:
    """One paragraph-like run of text and its context."""

    text: str
    el: lhtml.HtmlElement  # innermost block element
    flags: set[str] = field(default_factory=set)
    heading: int = 0  # 1-6 when inside <hN>
    hrefs: list[str] = field(default_factory=list)
    link_chars: int = 0
    times: list[str] = field(default_factory=list)  # <time datetime> values
    whole: bool = False  # the line is all of its block element's text
    index: int = 0
    link_text: str = ""  # the text inside links
    plain: str = ""  # the text outside links

    @property
    def link(self) -> str | None:
        """The href when the line is one link (a date beside it allowed)."""
        if len(set(self.hrefs)) != 1:
            return None
        if self.link_chars >= 0.85 * len(self.text.replace(" ", "")):
            return self.hrefs[0]
        found = find_swedish_date(self.plain)
        if found and len(self.plain.replace(found[1], "").strip(" |·,–-")) <= 12:
            return self.hrefs[0]
        return None


def mark(root: lhtml.HtmlElement, profile: Profile, groups: dict[str, list[str]]) -> dict:
    """Map element -> set of flag names from named selector groups."""
    marks: dict = {}
    for flag, selectors in groups.items():
        for el in select(root, selectors):
            marks.setdefault(el, set()).add(flag)
    return marks


def _hidden(el: lhtml.HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def linearize(root: lhtml.HtmlElement, marks: dict) -> list[Line]:
    """Text lines in reading order; block elements and <br> end a line."""
    lines: list[Line] = []
    cur: dict = {}

    def close() -> None:
        if cur.get("parts"):
            text = clean_text("".join(cur["parts"]))
            if text:
                lines.append(Line(text, cur["el"], set(cur["flags"]), cur["heading"], cur["hrefs"],
                                  cur["link_chars"], cur["times"], index=len(lines),
                                  link_text=clean_text("".join(cur["linked"])),
                                  plain=clean_text("".join(cur["unlinked"]))))
        cur.clear()

    def add(text: str | None, ctx: tuple) -> None:
        if not text:
            return
        flags, href, heading, block = ctx
        if not cur:
            if not text.strip():
                return
            cur.update(parts=[], el=block, flags=set(), heading=heading, hrefs=[], link_chars=0, times=[],
                       linked=[], unlinked=[])
        cur["parts"].append(text)
        cur["linked" if href is not None else "unlinked"].append(text)
        cur["flags"] |= flags
        if href is not None and text.strip():
            cur["hrefs"].append(href)
            cur["link_chars"] += len(re.sub(r"\s", "", text))

    ctx0 = (frozenset(), None, 0, root)
    stack: list[tuple[str, object, tuple]] = [("open", root, ctx0)]
    while stack:
        op, el, ctx = stack.pop()
        if op == "tail":
            add(el, ctx)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if op == "close":
            if tag in BLOCK_TAGS:
                close()
            continue
        if not tag or tag in SKIP_TAGS or _hidden(el):
            continue
        flags, href, heading, block = ctx
        own = marks.get(el)
        if own:
            flags = flags | own
        if tag in BLOCK_TAGS:
            close()
            block = el
        if tag == "br":
            close()
        if tag == "a" and el.get("href"):
            href = el.get("href").strip()
        if tag in HEADINGS:
            heading = HEADINGS[tag]
        inner = (frozenset(flags), href, heading, block)
        if tag == "time":
            # a date set beside a title must not glue onto it ("Rubrik5 sep 2018")
            add(" \u200b", inner)
            if el.get("datetime"):
                cur["times"].append(el.get("datetime"))
            stack.append(("tail", " ", inner))
        stack.append(("close", el, ctx))
        for child in reversed(el):
            if child.tail:
                stack.append(("tail", child.tail, inner))
            stack.append(("open", child, inner))
        add(el.text, inner)
    close()
    _mark_whole(lines)
    return lines


def _mark_whole(lines: list[Line]) -> None:
    counts: dict = {}
    for line in lines:
        counts[line.el] = counts.get(line.el, 0) + 1
    for line in lines:
        line.whole = counts[line.el] == 1


def has_ancestor(el: lhtml.HtmlElement, targets: set) -> bool:
    """True when el or one of its ancestors is in targets."""
    while el is not None:
        if el in targets:
            return True
        el = el.getparent()
    return False
