"""Quick checks of the trap site itself (urllib against the running server, no crawler)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from html.parser import HTMLParser

import pytest

from tests.trap_site import (
    CATEGORIES, CLASSIC_CATEGORIES, POST_IDS, build_trap_site, classify, expected_status,
    serve_trap_site, trap_links,
)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def get(url: str) -> tuple[int, dict, str]:
    """(status, headers, text) without following redirects."""
    try:
        with _opener.open(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode("utf-8", "replace")


class _Links(HTMLParser):
    """hrefs of <a> between the trap-link markers (or all of them)."""

    def __init__(self, only_marked: bool):
        super().__init__()
        self.inside = not only_marked
        self.hrefs: list[str] = []

    def handle_comment(self, data: str) -> None:
        if data.strip() in ("trap-links", "/trap-links"):
            self.inside = data.strip() == "trap-links"

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and self.inside:
            self.hrefs.append(href)


def links(text: str, only_marked: bool = False) -> list[str]:
    parser = _Links(only_marked)
    parser.feed(text)
    return parser.hrefs


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = build_trap_site(tmp_path_factory.mktemp("trap") / "site")
    with serve_trap_site(root) as server:
        yield server


def test_calendar_is_endless_both_ways(site):
    for rel, label in (("next", "Nästa månad"), ("prev", "Föregående månad")):
        url, seen = site.url_for("/evenemang/"), set()
        for _ in range(40):
            status, _, text = get(url)
            assert status == 200 and "<table" in text and "<article" not in text
            title = re.search(r"<h1>(.*?)</h1>", text).group(1)
            assert title not in seen
            seen.add(title)
            href = re.search(rf'rel="{rel}" href="([^"]+)">{label}<', text).group(1)
            assert re.fullmatch(r"/evenemang/\?manad=\d{4}-\d{2}&amp;vy=manad", href)
            url = site.url_for(href.replace("&amp;", "&"))
    assert get(site.url_for("/evenemang/"))[2].count("Evenemang i december 2026") == 2  # title + h1
    assert get(site.url_for("/evenemang/?manad=2027-13&vy=manad"))[0] == 404


def test_shortlink_redirects_to_the_article(site):
    for path, pid in POST_IDS.items():
        status, headers, _ = get(site.url_for(f"/?p={pid}"))
        assert (status, headers["Location"]) == (301, site.origin + path)
    assert get(site.url_for("/?p=99999"))[0] == 404


def test_every_injected_link_resolves_as_documented(site):
    for path in POST_IDS:
        status, _, text = get(site.url_for(path))
        assert status == 200
        assert 'rel="canonical"' not in text or f'href="{site.origin}{path}"' in text  # 2009 has none
        injected = links(text, only_marked=True)
        assert injected == trap_links(path)
        for href in injected:
            status, headers, body = get(site.url_for(href.split("#")[0]))
            assert status == expected_status(href), href
            if status == 302:
                assert headers["Location"].startswith("https://"), href
    assert "/evenemang/" in links(get(site.url)[2])


def test_dynamic_pages(site):
    path = sorted(POST_IDS)[0]
    status, headers, text = get(site.url_for(f"{path}feed/"))
    assert headers["Content-Type"] == "application/rss+xml; charset=utf-8" and "<rss" in text
    status, _, text = get(site.url_for(f"{path}amp/"))
    assert "<html amp" in text and f'rel="canonical" href="{site.origin}{path}"' in text
    status, _, text = get(site.url_for(f"{path}comment-page-2/"))
    assert status == 200 and f'rel="canonical" href="{site.origin}{path}"' in text
    status, _, text = get(site.url_for("/search/energi/page/57/"))
    assert "Sökresultat för" in text and 'href="/search/energi/page/58/"' in text
    assert len([h for h in links(text) if h.strip("/") and h.count("/") == 2 and
                not h.startswith("/search/")]) == 3
    author = trap_links(path)[-6]
    assert get(site.url_for(f"{author}page/3/"))[0] == 200
    assert get(site.url_for(f"{author}page/4/"))[0] == 404
    assert get(site.url_for("/tag/boende/page/4/"))[0] == 404
    robots = get(site.url_for("/robots.txt"))[2]
    assert "Disallow: /wp-admin/" in robots and "/?s=" not in robots and "/search/" not in robots


@pytest.mark.parametrize("target, category", [
    ("/evenemang/", "calendar"), ("/evenemang/?manad=2031-04&vy=manad", "calendar"),
    ("/a/?share=twitter&nb=1", "share"), ("/a/?replytocom=1012", "replytocom"),
    ("/a/feed/", "feed"), ("/a/amp/", "amp"), ("/a/comment-page-2/", "comment_page"),
    ("/?p=101", "shortlink"), ("/a/attachment/bild-101/", "attachment"),
    ("/?attachment_id=1101", "attachment"), ("/a/?print=1", "print"), ("/a/?lang=fi", "lang"),
    ("/?s=g%C3%A5rd", "search"), ("/search/energi/page/3/", "search"),
    ("/author/jons-akerlund/page/2/", "author_page"), ("/tag/boende/page/2/", "tag_page"),
    ("/author/jons-akerlund/", None), ("/tag/boende/", None), ("/", None), ("/page/2/", None),
    ("/fler-kan-gora-mer/", None), ("/kategori/energi/", None), ("/robots.txt", None),
    ("/sitemap.xml", None), ("/wp-content/themes/allmannyttan/style.css?ver=1.4.2", None),
])
def test_classify(target, category):
    assert classify(target) == category


def test_every_link_kind_is_a_category():
    assert CLASSIC_CATEGORIES == set(CATEGORIES) - {"calendar"}
    kinds = {classify(href) for path in POST_IDS for href in trap_links(path)}
    assert kinds == set(CATEGORIES) | {None}
