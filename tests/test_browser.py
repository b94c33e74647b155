"""A person's first visit, in a real browser: crawl the sample site, serve it, search it.

Playwright drives Debian's Chromium (``/usr/bin/chromium``; ``.ci/run``
installs it), never a browser of its own. The screenshots are saved in the
test's temporary folder.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from crawler.sample_site import load_ground_truth
from tests.conftest import serving

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def search_word() -> tuple[str, str]:
    """A Swedish word (with å, ä or ö) cut to a prefix, and the title of an article it is in."""
    for article in sorted(load_ground_truth()["articles"].values(), key=lambda a: a.get("title") or ""):
        for word in (article.get("title") or "").split():
            word = word.strip(".,:;!?\"'()").lower()
            if len(word) >= 7 and any(letter in word for letter in "åäö"):
                return word[:-1], article["title"]
    raise AssertionError("no sample article has a title word with å, ä or ö")


@pytest.fixture
def browser():
    from playwright import sync_api

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: ./test.sh installs Debian's chromium"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def served_archive(sample_archive):
    """The crawled sample site, served."""
    with serving(sample_archive) as base:
        yield base


def test_search_a_swedish_word_in_the_browser(browser, served_archive, tmp_path):
    word, title = search_word()
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(served_archive + "/")
    assert page.title().startswith("allmännyttan.se archive")
    page.get_by_role("link", name="the articles").click()
    page.fill("#_search", word)
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=**")
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
    assert page.get_by_text(title, exact=True).first.is_visible()
    assert "where search matches" in page.inner_text("h3")

    # The search query with snippets marks the matched word in the text.
    page.goto(served_archive + "/archive/search")
    page.fill("input[name=q]", word)
    page.get_by_role("button", name="Run SQL").click()
    page.wait_for_url("**q=**")
    page.screenshot(path=str(tmp_path / "snippets.png"), full_page=True)
    marks = [unicodedata.normalize("NFC", m.lower()) for m in page.locator("td mark").all_inner_texts()]
    assert marks and all(m.startswith(word) for m in marks)
    assert page.get_by_text(title, exact=True).first.is_visible()
    assert (tmp_path / "search.png").stat().st_size > 10_000
