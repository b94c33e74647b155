"""URL canonicalisation and trap budgets: examples and Hypothesis properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.scope import in_scope, scope_hosts
from crawler.urls import (
    ShapeBudget, TrapBudget, canonical_url, is_private_host, load_crawl_rules, url_shape,
)


def test_examples():
    assert canonical_url("HTTPS://WWW.Allmannyttan.SE:443/Artikel/?utm_source=nl&id=3#kommentarer") == \
        "https://www.allmannyttan.se/Artikel/?id=3"
    assert canonical_url("http://allmännyttan.se/a/") == "http://xn--allmnnyttan-o8a.se/a/"
    assert canonical_url("http://example.se:8080") == "http://example.se:8080/"
    assert canonical_url("https://x.se/?fbclid=1&gclid=2&mc_cid=3") == "https://x.se/"
    assert canonical_url("https://x.se/?b=2&a=1") == "https://x.se/?b=2&a=1"  # order kept
    assert canonical_url("mailto:info@x.se") == "mailto:info@x.se"


def test_private_hosts():
    assert is_private_host("127.0.0.1") and is_private_host("10.1.2.3") and is_private_host("localhost")
    assert is_private_host("[::1]") and is_private_host("169.254.169.254")
    assert not is_private_host("www.allmannyttan.se") and not is_private_host("8.8.8.8")


def test_trap_budget_is_per_pattern():
    budget = TrapBudget.from_config({"pagination": {"pattern": r"\?page=\d+", "budget": 3},
                                     "calendar": {"pattern": r"/\d{4}/\d\d/$", "budget": 1}})
    results = [budget.admit(f"http://x/list?page={n}") for n in range(5)]
    assert results == [None, None, None, "pagination", "pagination"]
    assert budget.admit("http://x/2019/05/") is None
    assert budget.admit("http://x/2019/06/") == "calendar"
    assert budget.admit("http://x/artikel/") is None
    assert budget.spent == {"pagination": 3, "calendar": 1}


def test_profile_traps_match_their_kind():
    budget = load_crawl_rules().trap_budget()
    budget.admit("https://x.se/2019/05/14/")
    budget.admit("https://x.se/?q=energi&orderby=date")
    budget.admit("https://x.se/page/7/")
    assert budget.spent == {"calendar": 1, "faceted": 1, "pagination": 1}


def test_url_shapes_fold_numbers_and_query_values():
    calendar = {url_shape(f"https://x.se/evenemang/?manad=2027-{m:02d}&vy=manad") for m in range(1, 13)}
    assert calendar == {"x.se/evenemang/?manad&vy"}
    assert url_shape("https://x.se/evenemang/?vy=lista&manad=1") == "x.se/evenemang/?manad&vy"
    assert url_shape("https://x.se/page/2/") == url_shape("https://x.se/page/300/") == "x.se/page/N/"
    assert url_shape("https://x.se/2018/06/28/stambyte/") == "x.se/N/N/N/stambyte/"
    # Articles with their own slugs are shapes of their own.
    assert url_shape("https://x.se/stambyte/") != url_shape("https://x.se/solceller/")


def test_a_shape_that_yields_nothing_is_stopped_one_that_yields_is_not():
    budget = ShapeBudget(5)
    calendar, pages = "x.se/evenemang/?manad", "x.se/page/N/"
    admitted = 0
    while budget.open_for(calendar):  # every month brings nothing new
        budget.spend(calendar)
        admitted += 1
    assert admitted == 5
    for _ in range(20_000):  # every archive page lists new articles
        assert budget.open_for(pages)
        budget.spend(pages)
        budget.earn(pages)
    assert not budget.open_for(calendar)  # shapes are counted apart


def test_wordpress_variants_are_named_and_articles_are_not():
    rules = load_crawl_rules()
    variants = {
        "https://x.se/a/?replytocom=12#respond": "replytocom",
        "https://x.se/a/?share=facebook&nb=1": "share",
        "https://x.se/a/feed/": "feed",
        "https://x.se/a/amp/": "amp",
        "https://x.se/a/?amp=1": "amp",
        "https://x.se/a/comment-page-2/": "comment_page",
        "https://x.se/?attachment_id=7": "attachment",
        "https://x.se/a/attachment/bild-1/": "attachment",
        "https://x.se/a/?print=1": "print",
        "https://x.se/a/?lang=en": "lang",
        "https://x.se/?s=hyra": "search",
        "https://x.se/search/hyra/page/2/": "search",
        "https://x.se/author/anna/page/2/": "archive_pagination",
        "https://x.se/tag/boende/page/3/": "archive_pagination",
    }
    for url, name in variants.items():
        assert rules.variant_of(url) == name, url
    for url in ("https://x.se/a/", "https://x.se/page/2/", "https://x.se/author/anna/",
                "https://x.se/kategori/segregation/page/2/", "https://x.se/amphitheater/",
                "https://x.se/wp-content/uploads/2020/01/feed.png", "https://x.se/?p=12"):
        assert rules.variant_of(url) is None, url


urls = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    st.sampled_from(["www.allmannyttan.se", "ALLMANNYTTAN.se", "allmännyttan.se", "example.org",
                     "127.0.0.1", "xn--allmnnyttan-o8a.se"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(alphabet="abcåäö/-_.%20", max_size=20).map(lambda p: "/" + p),
    st.one_of(st.just(""), st.lists(st.sampled_from(
        ["utm_source=x", "id=1", "fbclid=abc", "page=2", "q=å", "utm_medium="]), max_size=4)
        .map(lambda qs: "?" + "&".join(qs) if qs else "")),
    st.sampled_from(["", "#top", "#"]),
)


@settings(max_examples=300, deadline=None)
@given(urls)
def test_canonical_is_idempotent_and_scope_is_stable(url):
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "#" not in once and "utm_" not in once and "fbclid" not in once
    hosts = scope_hosts(["https://www.allmannyttan.se/"])
    assert in_scope(url, hosts) == in_scope(once, hosts)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", "http://", "https://", "HTTP://www.", "http://[", "mailto:", "//"]), st.text(max_size=60))
def test_canonical_never_raises_and_settles(prefix, text):
    once = canonical_url(prefix + text)
    assert isinstance(once, str)
    assert canonical_url(once) == once


def test_any_site_alias_puts_all_three_in_scope():
    for start in ("https://www.allmannyttan.se/", "https://allmännyttan.se/", "http://allmannyttan.se/"):
        assert scope_hosts([start]) == {"www.allmannyttan.se", "allmannyttan.se", "xn--allmnnyttan-o8a.se"}
    assert scope_hosts(["http://127.0.0.1:8000/"]) == {"127.0.0.1"}
    assert not in_scope("https://www.sverigesallmannytta.se/", scope_hosts(["https://allmannyttan.se/"]))


def test_pagination_links_come_from_the_profile():
    rules = load_crawl_rules()
    assert rules.is_pagination("https://x.se/kategori/energi/page/3/")
    assert rules.is_pagination("https://x.se/?paged=2#top")
    assert not rules.is_pagination("https://x.se/pagen-om-oss/")


def test_one_url_key_for_the_spider_and_the_duplicate_filter():
    """Tracking parameters, query order, default port and fragment do not make another page;
    the dupefilter's fingerprint and the spider's key agree on it."""
    from scrapy.http import Request

    from crawler.dupefilter import UrlKeyFingerprinter
    from crawler.urls import url_key

    same = ["https://www.allmannyttan.se/nyheter/?b=2&a=1",
            "https://WWW.allmannyttan.se:443/nyheter/?a=1&b=2&utm_source=nyhetsbrev#kommentarer"]
    other = "https://www.allmannyttan.se/Nyheter/?a=1&b=2"
    assert url_key(same[0]) == url_key(same[1]) != url_key(other)
    fingerprints = UrlKeyFingerprinter()
    prints = {fingerprints.fingerprint(Request(url)) for url in same}
    assert len(prints) == 1
    assert fingerprints.fingerprint(Request(other)) not in prints
    assert fingerprints.fingerprint(Request(same[0], method="POST")) not in prints
