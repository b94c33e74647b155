"""The incremental crawl's skip rules, on plain data."""

from datetime import datetime, timezone

from crawler.incremental import RecrawlPlan, parse_w3c_datetime


def plan(**lastmods):
    prior = {"http://s/a/": {"fetched_at": "2024-03-10T12:00:00Z"},
             "http://s/b/": {"fetched_at": "2024-03-10T12:00:00Z"}}
    known = {"http://s/a/": None, "http://s/b/": None, "http://s/gone/": "2024-01-01T00:00:00Z"}
    return RecrawlPlan(prior=prior, known_articles=known,
                       lastmods={f"http://s/{k}/": v for k, v in lastmods.items()})


def test_w3c_dates():
    assert parse_w3c_datetime("2024-03-10T14:00:00+02:00") == datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
    assert parse_w3c_datetime("2024-03-10").hour == 0
    assert parse_w3c_datetime("2024-03-10", end_of_day=True).hour == 23
    assert parse_w3c_datetime("igår") is None
    assert parse_w3c_datetime(None) is None


def test_skip_only_known_articles_with_an_older_lastmod():
    p = plan(a="2024-03-01T00:00:00Z", b="2024-03-11T00:00:00Z")
    assert p.may_skip("http://s/a/")
    assert not p.may_skip("http://s/b/")  # changed after its capture
    assert not p.may_skip("http://s/new/")  # unknown
    assert not plan().may_skip("http://s/a/")  # no lastmod: revalidate instead


def test_same_day_lastmod_is_not_taken_as_old():
    assert not plan(a="2024-03-10").may_skip("http://s/a/")


def test_news_on_a_listing():
    p = plan(a="2024-03-01T00:00:00Z", b="2024-03-11T00:00:00Z")
    assert not p.is_news("http://s/a/")
    assert p.is_news("http://s/b/")
    assert p.is_news("http://s/new/")
    assert p.is_news("http://s/gone/")  # back after removal


def test_revalidation_covers_live_known_articles_not_yet_requested():
    assert plan().to_revalidate(["http://s/a/"]) == ["http://s/b/"]
