"""The generated benchmark site (bench/site.py): deterministic, cacheable, changeable, parseable, crawlable."""

from __future__ import annotations

import gzip
import http.client
import re
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit


from bench.site import measure_capacity, serve_bench_site
from bench.site_content import PER_SITEMAP, BenchSite, Edition, swedish_date
from crawler.parsers import classify_page, parse_article, parse_listing
from tests.conftest import crawl

ORIGIN = "http://127.0.0.1:8000"
CHANGED_AT = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def get(site, path: str, **headers: str) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.body = response.read()
    conn.close()
    return response


def every_path(site: BenchSite) -> list[str]:
    paths = ["/", "/page/2/", "/kategori/energi/", "/robots.txt", "/sitemap.xml", "/post-sitemap-1.xml",
             "/page-sitemap.xml", "/kontakt/", "/wp-content/themes/allmannyttan/style.css"]
    return paths + [a.path for a in site.articles] + list(site.images)


def test_same_articles_and_seed_give_the_same_bytes() -> None:
    one, two, other = BenchSite(40, seed=7), BenchSite(40, seed=7), BenchSite(40, seed=8)
    paths = every_path(one)
    assert [one.render(p, ORIGIN).body for p in paths] == [two.render(p, ORIGIN).body for p in paths]
    assert all(one.render(p, ORIGIN).status == 200 for p in paths)
    assert one.render("/", ORIGIN).body != other.render("/", ORIGIN).body
    edition = Edition(1, (CHANGED_AT,))
    changed = BenchSite(40, seed=7, changed_fraction=0.1)
    again = BenchSite(40, seed=7, changed_fraction=0.1)
    assert changed.render("/sitemap.xml", ORIGIN, edition).body == again.render("/sitemap.xml", ORIGIN, edition).body


def test_sitemaps_list_every_article_with_lastmod() -> None:
    with serve_bench_site(1234) as site:
        robots = get(site, "/robots.txt").body.decode()
        index_url = re.search(r"(?m)^Sitemap: (\S+)$", robots).group(1)
        index = get(site, urlsplit(index_url).path).body.decode()
        sitemaps = re.findall(r"<loc>([^<]+)</loc>", index)
        assert [urlsplit(u).path for u in sitemaps] == ["/post-sitemap-1.xml", "/post-sitemap-2.xml",
                                                        "/page-sitemap.xml"]
        listed = []
        for url in sitemaps[:-1]:
            xml = get(site, urlsplit(url).path).body.decode()
            entries = re.findall(r"<url>\s*<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>\s*</url>", xml)
            assert len(entries) == xml.count("<url>") <= PER_SITEMAP
            assert all(datetime.fromisoformat(lastmod).tzinfo is not None for _, lastmod in entries)
            listed += [urlsplit(loc).path for loc, _ in entries]
        assert sorted(listed) == sorted(site.article_paths())
        assert len(set(listed)) == 1234


def test_conditional_requests_gzip_and_redirects() -> None:
    with serve_bench_site(30, latency_ms=40) as site:
        path = site.article_paths()[3]
        started = time.perf_counter()
        plain = get(site, path)
        assert time.perf_counter() - started >= 0.04
        assert plain.status == 200 and plain.getheader("Content-Encoding") is None
        etag, modified = plain.getheader("ETag"), plain.getheader("Last-Modified")
        assert etag and modified

        zipped = get(site, path, **{"Accept-Encoding": "gzip"})
        assert zipped.getheader("Content-Encoding") == "gzip"
        assert gzip.decompress(zipped.body) == plain.body

        for headers in ({"If-None-Match": etag}, {"If-None-Match": zipped.getheader("ETag")},
                        {"If-Modified-Since": modified}):
            again = get(site, path, **headers)
            assert (again.status, again.body, again.getheader("ETag")) == (304, b"", etag)
        assert get(site, path, **{"If-None-Match": '"other"', "If-Modified-Since": modified}).status == 200

        assert get(site, "/page/1/").status == 301
        assert get(site, "/page/99/").status == 404
        assert get(site, "/no-such-article/").status == 404
        assert site.stats.by_status[304] == 3 and site.stats.by_kind["article"] == 6


def test_generation_one_changes_exactly_the_expected_articles() -> None:
    with serve_bench_site(200, seed=3, changed_fraction=0.05) as site:
        paths = site.article_paths()
        before = {p: get(site, p).body for p in paths}
        listings = [get(site, p).body for p in ("/", "/page/7/", "/kategori/energi/")]
        site.set_generation(1, at=CHANGED_AT)
        after = {p: get(site, p) for p in paths}
        expected = site.changed_paths(1)
        assert len(expected) == 10
        assert sorted(p for p in paths if after[p].body != before[p]) == expected
        assert all(after[p].getheader("Last-Modified") == "Wed, 02 Jan 2030 03:04:05 GMT" for p in expected)
        # Teasers quote the unchanged lead, so listings stay byte-identical.
        assert [get(site, p).body for p in ("/", "/page/7/", "/kategori/energi/")] == listings
        lastmods = dict(re.findall(r"<loc>http://[^/]+(/[^<]*)</loc>\s*<lastmod>([^<]+)</lastmod>",
                                   get(site, "/post-sitemap-1.xml").body.decode()))
        assert sorted(p for p, m in lastmods.items() if m == CHANGED_AT.isoformat()) == expected
        site.set_generation(0)
        assert get(site, expected[0]).body == before[expected[0]]


def test_parsers_read_generated_pages() -> None:
    site = BenchSite(50, seed=1)
    for article in site.articles[::7]:
        url = ORIGIN + article.path
        html = site.render(article.path, ORIGIN).body.decode()
        parsed = parse_article(html, url)
        assert classify_page(html, url) == "article"
        assert parsed["title"] == article.title
        assert parsed["published"] == article.published.date().isoformat()
        assert parsed["published_raw"] == swedish_date(article.published)
        assert (parsed["author_name"], parsed["author_role"]) == site.authors[article.author]
        assert parsed["body_text"].startswith(site.lead(article))
        assert re.search(r"\n[A-ZÅÄÖ ]{8,}\n", parsed["body_text"])  # the CAPITALS subheading
        assert parsed["photo_credit"].startswith("Foto: ") and parsed["image_caption"]
        assert len(parsed["related"]) == 3
        assert "Allmännyttan.se ges ut av" not in parsed["body_text"]
    html = site.render("/page/2/", ORIGIN).body.decode()
    assert classify_page(html, ORIGIN + "/page/2/") == "listing"
    entries = parse_listing(html, ORIGIN + "/page/2/")
    assert [e["title"] for e in entries] == [a.title for a in site.newest_first[10:20]]
    assert all(e["author_name"] and e["published"] for e in entries)


def test_capacity_is_measured() -> None:
    with serve_bench_site(30) as site:
        figures = measure_capacity(site.url, threads=2, seconds=0.3)
        assert figures["errors"] == 0 and figures["requests"] > 10
        # The client's count against the server's own; they may differ by the one request per
        # thread in flight at the end (answered but not read, or read but not yet counted).
        stats = site.stats
        served = stats.requests - stats.by_kind["sitemap"]
        assert abs(served - figures["requests"]) <= figures["threads"]


def test_crawl_of_a_generated_site_archives_every_article(tmp_path: Path) -> None:
    with serve_bench_site(30, seed=5) as site:
        result = crawl(site.url, tmp_path / "archive")
        assert result.returncode == 0, result.stdout + result.stderr
        stats = site.stats
    con = sqlite3.connect(tmp_path / "archive" / "archive.db")
    urls = {url for (url,) in con.execute("select url from articles")}
    titles = dict(con.execute("select url, title from articles"))
    con.close()
    assert urls == {site.origin + p for p in site.article_paths()}
    assert titles[site.origin + site.site.articles[0].path] == site.site.articles[0].title
    assert stats.by_kind["article"] == 30  # each article fetched once
