"""Markup the parsers were not written for: small pages, one hard case each.

Each case is a failure class seen on real pages of the general web or on
markup families written blind (issue 12); the page is the smallest that shows it.
"""

from __future__ import annotations

from crawler.parsers import classify_page, parse_article
from crawler.parsers.article import REPAIRED_WARNING

BODY = ("<p>När stambytet i kvarteret Eken närmade sig bestämde vi oss för att börja i andra "
        "änden. I stället för att presentera en färdig plan bjöd vi in hyresgästerna att vara "
        "med från början, och det visade sig vara rätt väg att gå för alla inblandade.</p>"
        "<p>Det gick bra, och alla var nöjda med resultatet efter två år av arbete i området. "
        "Nu vill fler bostadsbolag göra likadant, och vi delar gärna med oss av det vi lärt oss.</p>")
URL = "https://www.allmannyttan.se/stambyte/"


def page(head: str = "", body: str = "", url: str = URL) -> dict:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return parse_article(html, url)


def test_a_page_wrapped_in_one_form_keeps_its_article():
    """ASP.NET wraps every page in a <form>: it is not a search box."""
    got = page(body=f"<form id=aspnetForm><div id=main><h1>Stambytet</h1><p>5 september 2018</p>"
                    f"{BODY}</div></form>")
    assert got["title"] == "Stambytet" and got["published"] == "2018-09-05"
    assert got["body_text"].startswith("När stambytet")


def test_a_modified_date_is_not_the_publication_date():
    got = page(body=f"<article><h1>Stambytet</h1><p>Uppdaterad 3 maj 2021</p>"
                    f"<p>Publicerad 5 september 2018</p>{BODY}</article>")
    assert got["published"] == "2018-09-05"


def test_a_date_only_in_the_url_is_the_last_resort():
    got = page(body=f"<article><h1>Stambytet</h1>{BODY}</article>",
               url="https://www.allmannyttan.se/2018/06/28/stambyte/")
    assert got["published"] == "2018-06-28" and got["published_raw"] is None
    printed = page(body=f"<article><h1>Stambytet</h1><p>5 september 2018</p>{BODY}</article>",
                   url="https://www.allmannyttan.se/2018/06/28/stambyte/")
    assert printed["published"] == "2018-09-05"  # what the page prints wins


def test_a_structured_date_keeps_its_own_calendar_day():
    got = page(head='<meta property="article:published_time" content="2019-03-31T23:30:00-05:00">',
               body=f"<article><h1>Stambytet</h1>{BODY}</article>")
    assert got["published"] == "2019-03-31"
    rfc = page(head='<script type="application/ld+json">{"@type": "BlogPosting", "headline": '
                    '"Stambytet", "datePublished": "Thu, 28 Jun 2018 10:00:00 +0200"}</script>',
               body=f"<article><h1>Stambytet</h1>{BODY}</article>")
    assert rfc["published"] == "2018-06-28"


def test_tag_soup_that_hides_the_body_from_lxml_is_read_as_a_browser_reads_it():
    """A template that closes the document early: lxml drops what follows, a browser shows it."""
    html = f"<html><body><h1>Stambytet</h1><p>5 september 2018</p></body></html>{BODY}"
    got = parse_article(html, URL)
    assert got["body_text"] and got["body_text"].startswith("När stambytet")
    assert REPAIRED_WARNING in got["warnings"]  # counted: how often the repair runs


def test_a_plain_dated_page_with_a_body_is_an_article():
    html = f"<html><body><form><h1>Stambytet</h1><p>5 september 2018</p>{BODY}{BODY}</form></body></html>"
    assert classify_page(html, URL) == "article"
