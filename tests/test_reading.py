"""read_page: one pure call gives the spider a page's kind, records and URLs."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from crawler.reading import REPLACED_CHARSET_WARNING, page_urls, read_page
from crawler.sample_site import SITE_ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def test_links_and_requisites_are_absolute_in_order_and_once():
    html = """<html><head><base href="/sub/"><link rel="stylesheet" href="s.css">
    <link rel="next" href="/page/2/"><script src="/app.js"></script>
    <link rel='shortlink' href='/?p=42'></head><body>
    <a href="a/">A</a><a href="a/">again</a><a href=" https://other.se/x ">x</a>
    <img src="i.png" srcset="i-300.png 300w, /i-600.png 600w"><area href="/map/">
    <a href="http://[bad/">broken</a></body></html>"""
    links, requisites, aliases = page_urls(html, "http://s.se/start/")
    assert links == ["http://s.se/page/2/", "http://s.se/sub/a/", "https://other.se/x", "http://s.se/map/"]
    assert requisites == ["http://s.se/sub/s.css", "http://s.se/app.js", "http://s.se/sub/i.png",
                          "http://s.se/sub/i-300.png", "http://s.se/i-600.png"]
    assert aliases == ["http://s.se/?p=42"]  # a shortlink names the page itself: never followed


def test_empty_and_broken_pages_give_no_urls():
    assert page_urls("", "http://s.se/") == ([], [], [])
    assert page_urls("<<<>>>", "http://s.se/")[0] == []


def test_a_sample_article_is_read_whole_and_pickles():
    page = (SITE_ROOT / "fler-kan-gora-mer" / "index.html").read_bytes().replace(
        b"{{origin}}", b"http://127.0.0.1:8000")
    reading = read_page(page, "text/html; charset=utf-8", "http://127.0.0.1:8000/fler-kan-gora-mer/")
    assert reading.kind == "article" and reading.article["title"]
    assert "http://127.0.0.1:8000/" in reading.links
    assert any(url.endswith(".css?ver=1.4.2") for url in reading.requisites)
    assert pickle.loads(pickle.dumps(reading)) == reading  # crosses a process boundary


def test_replaced_bytes_are_flagged():
    page = (SITE_ROOT / "fler-kan-gora-mer" / "index.html").read_text(encoding="utf-8")
    body = page.replace('<meta charset="utf-8">', "").encode("cp1252", errors="replace")
    reading = read_page(body, "text/html; charset=utf-8", "http://s.se/fler-kan-gora-mer/")
    assert reading.kind == "article"
    assert REPLACED_CHARSET_WARNING in reading.article["warnings"]


def test_read_page_builds_one_tree_for_kind_record_and_links(monkeypatch):
    """Classification, parsing and the link lists read one lxml tree and one Page."""
    import crawler.parsers.article as article
    import crawler.parsers.classify as classify
    import crawler.parsers.listing as listing
    import crawler.parsers.read as read

    trees = []
    real = read.parse_html
    monkeypatch.setattr(read, "parse_html", lambda html: trees.append(real(html)) or trees[-1])
    for module in (article, classify, listing):  # the one-answer entry points would parse again
        monkeypatch.setattr(module, "parse_html", lambda html: pytest.fail("a second tree was built"))
    pages = []
    real_page = read.Page
    monkeypatch.setattr(read, "Page", lambda *a: pages.append(real_page(*a)) or pages[-1])
    html = (FIXTURES / "classic-energilyftet-i-norrby.html").read_bytes()
    reading = read_page(html, "text/html; charset=utf-8", "https://www.allmannyttan.se/energilyftet-i-norrby/")
    assert reading.kind == "article" and reading.article["title"] and reading.links
    assert len(trees) == 1 and len(pages) == 1
