"""Scope on redirects, private addresses, and robots.txt Crawl-delay, over real HTTP."""

from __future__ import annotations

import pytest
import sqlite_utils
from scrapy.http import Request
from scrapy.utils.test import get_crawler

from crawler.middlewares import ScopeMiddleware, SkipRequest, retry_after_seconds
from crawler.spiders.allmannyttan import AllmannyttanSpider
from tests.conftest import crawl, run_cli
from tests.wire_server import WireServer


def test_redirects_out_of_scope_are_refused_and_recorded(tmp_path):
    with WireServer() as server:
        result = crawl(server.url, tmp_path / "a")
        paths = [path for _, path in server.log]
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    skipped = {r["url"]: (r["reason"], r["detail"]) for r in db["skipped_urls"].rows}
    assert skipped["http://elsewhere.example/stolen"][0] == "out_of_scope"
    assert "redirected" in skipped["http://elsewhere.example/stolen"][1]
    # Scrapy itself does not follow redirects to other schemes: the 302 is kept as it is.
    assert not any(r["url"].startswith("ftp:") for r in db["captures"].rows)
    statuses = {r["url"].split("/", 3)[3]: r["status"] for r in db["captures"].rows if r["status"]}
    assert statuses["redirect-to/http://elsewhere.example/stolen"] == 302  # the hop is archived
    assert "/robots.txt" in paths


def scope_middleware(start_url: str) -> ScopeMiddleware:
    crawler = get_crawler(AllmannyttanSpider)
    crawler.spider = AllmannyttanSpider(start_url=start_url)
    return ScopeMiddleware(crawler)


@pytest.mark.parametrize("target", ["http://127.0.0.1/admin", "http://10.0.0.5/", "http://[::1]/",
                                    "http://169.254.169.254/latest/meta-data/", "http://localhost/"])
def test_no_redirect_to_private_addresses_from_a_public_site(target):
    middleware = scope_middleware("https://www.allmannyttan.se/")
    middleware.crawler.spider.hosts = middleware.crawler.spider.hosts | {
        "127.0.0.1", "10.0.0.5", "::1", "169.254.169.254", "localhost"}
    request = Request(target, meta={"redirect_urls": ["https://www.allmannyttan.se/x/"]})
    with pytest.raises(SkipRequest) as refused:
        middleware.process_request(request)
    assert refused.value.reason == "private_address"


def test_a_loopback_start_url_may_stay_on_loopback():
    middleware = scope_middleware("http://127.0.0.1:8000/")
    assert middleware.process_request(Request("http://127.0.0.1:8000/a/")) is None
    with pytest.raises(SkipRequest):
        middleware.process_request(Request("https://www.allmannyttan.se/"))


def test_public_aliases_are_in_scope():
    middleware = scope_middleware("https://www.allmannyttan.se/")
    for url in ("https://allmannyttan.se/a/", "http://xn--allmnnyttan-o8a.se/b/"):
        assert middleware.process_request(Request(url)) is None


def test_crawl_delay_longer_than_ours_is_honoured(tmp_path):
    with WireServer(robots="User-agent: *\nCrawl-delay: 1\n") as server:
        result = crawl(server.url, tmp_path / "a")
        times = sorted(t for t, path in server.log if path != "/robots.txt")
    assert result.returncode == 0, result.stderr
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) >= 5
    assert min(gaps) >= 0.9  # --delay 0 asked for none; robots.txt asked for 1 s


def test_retry_after_forms():
    assert retry_after_seconds(b"2") == 2.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_depth_limit_is_a_recorded_skip(tmp_path, sample_site):
    result = crawl(sample_site.url, tmp_path / "a", "--set", "DEPTH_LIMIT=1")
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    reasons = {r["reason"] for r in db["skipped_urls"].rows}
    assert "depth_limit" in reasons
    detail = db.execute("select detail from skipped_urls where reason = 'depth_limit'").fetchone()[0]
    assert detail == "deeper than DEPTH_LIMIT=1"


def test_an_empty_listing_ends_its_pagination_chain(tmp_path):
    with WireServer() as server:
        result = crawl(server.url, tmp_path / "a")
        endless = [path for _, path in server.log if path.startswith("/endless/")]
    assert result.returncode == 0, result.stderr
    assert endless == ["/endless/page/1/"]


def test_a_crawl_opens_no_remote_control_server(tmp_path):
    """Scrapy 2.19 starts an HTTP server that runs Python code sent to it and writes its
    port and token under the user's state directory; an archive crawl leaves it off."""
    state = tmp_path / "state"
    with WireServer() as server:
        result = run_cli("crawl", "--start-url", server.url, "--archive-dir", str(tmp_path / "a"),
                         "--delay", "0", "--silent", "--max-pages", "3",
                         env={"XDG_STATE_HOME": str(state), "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert not [p for p in tmp_path.rglob("*") if "scrapy" in p.name.lower()]
    assert "RemoteControl" not in (tmp_path / "a" / "logs").joinpath(
        next(p.name for p in (tmp_path / "a" / "logs").iterdir())).read_text(encoding="utf-8")
