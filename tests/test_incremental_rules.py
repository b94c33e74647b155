"""The incremental crawl's skip rules, on plain data: the site's lastmod decides, not our clock."""

from datetime import datetime, timedelta, timezone

from crawler.incremental import RecrawlPlan, parse_w3c_datetime, same_lastmod

NOW = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)
STORED = "2024-03-01T08:00:00+01:00"  # what the sitemap said when a/ and b/ were captured


def plan(revalidate_after=timedelta(days=30), **lastmods):
    prior = {"http://s/a/": {"fetched_at": "2024-03-10T12:00:00Z", "sitemap_lastmod": STORED},
             "http://s/b/": {"fetched_at": "2024-03-10T12:00:00Z", "sitemap_lastmod": STORED},
             "http://s/c/": {"fetched_at": "2024-03-10T12:00:00Z", "sitemap_lastmod": None},
             "http://s/img.png": {"fetched_at": "2024-03-10T12:00:00Z"}}
    known = {"http://s/a/": None, "http://s/b/": None, "http://s/c/": None,
             "http://s/gone/": "2024-01-01T00:00:00Z"}
    return RecrawlPlan(prior=prior, known_articles=known, now=NOW, revalidate_after=revalidate_after,
                       lastmods={f"http://s/{k}/": v for k, v in lastmods.items()})


def test_w3c_dates():
    assert parse_w3c_datetime("2024-03-10T14:00:00+02:00") == datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
    assert parse_w3c_datetime("2024-03-10").hour == 0
    assert parse_w3c_datetime("2024-03-10", end_of_day=True).hour == 23
    assert parse_w3c_datetime("igår") is None
    assert parse_w3c_datetime(None) is None


def test_same_lastmod_is_the_same_text_or_the_same_instant():
    assert same_lastmod(STORED, STORED + " ")
    assert same_lastmod("2024-03-01T07:00:00Z", STORED)  # the same instant, written in UTC
    assert not same_lastmod("2024-03-01", "2024-03-01T00:00:00Z")  # date-only is another value
    assert not same_lastmod("2024-03-01", "2024-03-02")
    assert not same_lastmod("igår", "idag")


def test_skip_only_when_the_lastmod_is_the_stored_one():
    p = plan(a=STORED, b="2024-03-11T00:00:00Z")
    assert p.may_skip("http://s/a/")
    assert not p.may_skip("http://s/b/")  # moved
    assert not p.may_skip("http://s/new/")  # unknown
    assert not plan().may_skip("http://s/a/")  # no lastmod now: conditional request instead
    assert not plan(c=STORED).may_skip("http://s/c/")  # none stored: conditional request


def test_an_earlier_lastmod_than_our_last_capture_still_means_fetch():
    # Edited after the capture, but the site's clock (or time zone) put lastmod
    # before our capture time: only equality with the stored value may skip.
    assert not plan(a="2024-03-05T00:00:00Z").may_skip("http://s/a/")
    assert not plan(a="2024-02-01T00:00:00Z").may_skip("http://s/a/")


def test_a_date_only_lastmod_edited_on_the_day_of_a_crawl_means_fetch():
    def date_only(fetched_at, lastmod="2024-03-10"):
        stored = {"http://s/a/": {"fetched_at": fetched_at, "sitemap_lastmod": "2024-03-10"}}
        return RecrawlPlan(prior=stored, known_articles={"http://s/a/": None}, now=NOW,
                           lastmods={"http://s/a/": lastmod})
    # Captured on the day the lastmod names: a later edit that day leaves lastmod as it is.
    assert not date_only("2024-03-10T06:00:00Z").may_skip("http://s/a/")
    assert date_only("2024-03-10T06:00:00Z").lastmod_unchanged("http://s/a/") is None
    assert not date_only("2024-03-11T05:00:00Z").may_skip("http://s/a/")  # still the 10th at UTC-12
    # Captured once the day was over everywhere: the same date says unchanged.
    assert date_only("2024-03-12T00:00:00Z").may_skip("http://s/a/")
    # The site now gives the time: another value, so fetch.
    assert not date_only("2024-03-12T00:00:00Z", "2024-03-10T15:00:00+01:00").may_skip("http://s/a/")


def test_every_known_url_is_revalidated_after_the_period():
    assert plan(a=STORED).may_skip("http://s/a/")
    assert not plan(timedelta(days=5), a=STORED).may_skip("http://s/a/")  # checked 10 days ago
    assert not plan(timedelta(0), a=STORED).may_skip("http://s/a/")
    assert plan().may_skip_requisite("http://s/img.png")
    assert not plan(timedelta(days=5)).may_skip_requisite("http://s/img.png")
    assert not plan().may_skip_requisite("http://s/other.png")  # never archived


def test_news_on_a_listing():
    p = plan(a=STORED, b="2024-03-11T00:00:00Z")
    assert not p.is_news("http://s/a/")
    assert p.is_news("http://s/b/")
    assert p.is_news("http://s/new/")
    assert p.is_news("http://s/gone/")  # back after removal
    assert not p.is_news("http://s/c/")  # cannot tell: not news


def test_revalidation_covers_live_known_articles_not_yet_requested():
    assert plan().to_revalidate(["http://s/a/"]) == ["http://s/b/", "http://s/c/"]
