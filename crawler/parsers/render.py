"""body_html: the body lines as sanitised HTML (nh3 allow-list)."""

from __future__ import annotations

import copy
import html as htmlmod

import nh3
from lxml import html as lhtml

from .dom import BLOCK_TAGS, Element, Line, Links
from .shape import is_caps_heading

ALLOWED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "a",
                "ul", "ol", "li", "blockquote", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}


# built once: nh3.clean() converts its allow-lists on every call, a third of its time on a short line
_CLEANER = nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                       link_rel=None, clean_content_tags={"script", "style"})


def sanitise(fragment: str) -> str:
    """nh3 with the body allow-list: no scripts, events, iframes or javascript: links."""
    return _CLEANER.clean(fragment).strip()


def _with_absolute_links(el: Element, links: Links) -> Element:
    """The element, or a copy whose <a href>s read as absolute (the only links kept)."""
    if links.page_url is None or not any(a.get("href") is not None for a in el.iter("a")):
        return el
    el = copy.deepcopy(el)  # the page's tree is shared and stays as parsed
    for a in el.iter("a"):
        if (href := a.get("href")) is not None:
            a.set("href", links.resolve(href))
    return el


def _inner(el: Element) -> str:
    parts = [htmlmod.escape(el.text or "")]
    parts += [lhtml.tostring(child, encoding="unicode", with_tail=True) for child in el]
    return "".join(parts)


def _line_html(line: Line, links: Links) -> tuple[str, str]:
    """(tag, inner html) for one body line."""
    tag = line.el.tag if isinstance(line.el.tag, str) else "p"
    if line.heading:
        tag = f"h{max(2, line.heading)}"
    elif is_caps_heading(line.text):
        tag = "h2"
    elif tag not in ("li", "blockquote"):
        tag = "p"
    nested = any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in line.el.iterdescendants())
    if line.whole and not nested:
        try:
            inner = sanitise(_inner(_with_absolute_links(line.el, links)))
            if inner:
                return tag, inner
        except Exception:
            pass
    return tag, htmlmod.escape(line.text, quote=False)


def body_html(lines: list[Line], links: Links) -> str | None:
    """Paragraphs, headings and lists of the body, sanitised."""
    out: list[str] = []
    open_list = None
    for line in lines:
        tag, inner = _line_html(line, links)
        if tag == "li":
            parent = line.el.getparent()
            kind = parent.tag if parent is not None and parent.tag in ("ul", "ol") else "ul"
            if open_list != kind:
                if open_list:
                    out.append(f"</{open_list}>")
                out.append(f"<{kind}>")
                open_list = kind
        elif open_list:
            out.append(f"</{open_list}>")
            open_list = None
        out.append(f"<{tag}>{inner}</{tag}>")
    if open_list:
        out.append(f"</{open_list}>")
    return sanitise("\n".join(out)) or None
