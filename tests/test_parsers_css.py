"""The fast paths of the parsers give what the lxml routines they replace give."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lhtml
from lxml.cssselect import CSSSelector

from crawler.parsers import decode_html
from crawler.parsers.css import TreeIndex, compile_selector
from crawler.parsers.dom import Links, parse_html
from crawler.parsers.profile import load_profile

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html"))
URL = "https://www.allmannyttan.se/2019/06/exempel/"
EXTRA = ["div", "*", "#masthead", "p.author", "body > header", ".byline .fn", "a[rel~=category]",
         "[itemtype*=Article]", "[class^=wp-]", "[class$=title]", "[lang|=sv]", "[hidden]",
         "article.post .entry-title", "li > a", "ul li a", "a:first-child", "h1 + p", "p, h2", "td ~ td"]
TRICKY = """<html><body class="single-post">
<div class=" a\tb  post " id="x"><p class="entry-title">T</p><span class="b\fc">f</span></div>
<article class="post hentry"><header><h1 class="entry-title">R</h1></header>
<div class="cat-links"><a rel="category tag" href="../kategori/energi/">Energi</a></div></article>
<footer class="site-footer"><a href=" /om-oss/ ">Om</a><a href="">tom</a><a href="mailto:a@b.se">m</a>
<a href="http://[::1">trasig</a><a href="//cdn.example/x?a=1#f">cdn</a></footer></body></html>"""


def profile_selectors() -> list[str]:
    data = load_profile().data
    found = [sel for section in ("boilerplate", "article", "listing") for key, value in data[section].items()
             if isinstance(value, list) for sel in value]
    return sorted(set(found)) + EXTRA


@pytest.mark.parametrize("html", [p.read_bytes() for p in PAGES[:6]] + [TRICKY.encode()])
def test_index_selects_what_cssselect_selects(html: bytes) -> None:
    root = parse_html(decode_html(html, "text/html; charset=utf-8"))
    index = TreeIndex(root)
    boxes = [root, *root.iter("article", "footer", "div")][:6]
    for sel in profile_selectors():
        for box in boxes:
            want = CSSSelector(sel)(box)
            assert index.select([sel], within=None if box is root else box) == want, (sel, box)


def test_unsupported_css_falls_back_to_cssselect() -> None:
    assert isinstance(compile_selector("a:first-child"), CSSSelector)
    assert isinstance(compile_selector("h1 + p"), CSSSelector)
    assert not isinstance(compile_selector(".author .fn"), CSSSelector)


def test_invalid_selector_matches_nothing() -> None:
    index = TreeIndex(parse_html(TRICKY))
    assert index.select(["[[", ".entry-title"]) == index.select([".entry-title"])


@pytest.mark.parametrize("base", ["", '<base href="https://andra.se/mapp/">', '<base href="../upp/">'])
def test_links_resolve_as_make_links_absolute(base: str) -> None:
    html = TRICKY.replace("<body", f"<head>{base}</head><body")
    if base:  # lxml's <base> pass gives up on the whole page at an unjoinable link; ours skips it
        html = html.replace('<a href="http://[::1">trasig</a>', "")
    reference = lhtml.document_fromstring(html)
    reference.make_links_absolute(URL, resolve_base_href=True, handle_failures="ignore")
    want = [a.get("href") for a in reference.iter("a")]
    root = parse_html(html)
    links = Links.of(root, URL)
    assert [links.resolve(a.get("href")) for a in root.iter("a")] == want


def test_links_stay_as_written_off_the_web() -> None:
    root = parse_html(TRICKY)
    for url in ("", "ftp://x/y", "not a url"):
        links = Links.of(root, url)
        assert [links.resolve(a.get("href")) for a in root.iter("a")] == [a.get("href") for a in root.iter("a")]
