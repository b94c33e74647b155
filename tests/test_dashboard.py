"""The archive dashboard (datasette-dashboards at /-/dashboards/archive): its charts are canned
queries, they run on any archive (an empty one, one crawl, several), and they draw in a browser.

In-process checks use real Datasette on real SQLite archives: the two-crawl archive of
test_datasette.py, an archive with no crawl, and one whose only crawl found nothing. The browser
tests drive Debian's Chromium through Playwright, as test_browser.py does, on the crawled sample
site and on an empty archive; neither may reach beyond loopback (Vega comes from the
datasette-dashboards package, not a CDN).
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.parse

import pytest

from archive.database import ArchiveDB
from archive.datasette import load_metadata, make_datasette
from archive.reports import REPORT_FIELDS
from tests.conftest import serving
from tests.test_browser import browser, search_word, served_archive  # noqa: F401 (fixtures)
from tests.test_datasette import build_sample_archive

DASHBOARD_PATH = "/-/dashboards/archive"


def dashboard() -> dict:
    return load_metadata()["plugins"]["datasette-dashboards"]["archive"]


def queries() -> dict:
    return load_metadata()["databases"]["archive"]["queries"]


def chart_json(ds, chart: dict, **filters: str) -> list[dict]:
    """Run a chart's SQL as the dashboard page does: the JSON API, filters as query parameters."""
    args = urllib.parse.urlencode({"sql": chart["query"], **filters, "_shape": "objects"})
    response = asyncio.run(ds.client.get(f"/{chart['db']}.json?{args}"))
    assert response.status_code == 200, (chart["title"], filters, response.text[:500])
    return response.json()["rows"]


FILTER_SETS = [
    {},  # as a first visit sends them, before the defaults
    {"year_from": "", "year_to": "", "term": "", "term2": "", "term3": ""},
    {"year_from": "2023", "year_to": "2024", "term": "allmännyttan", "term2": "får", "term3": '"nya hy'},
    {"year_from": "x", "year_to": "-1", "term": 'NOT "', "term2": "*", "term3": "AND OR"},
]


# -- configuration ------------------------------------------------------------------------

def test_every_chart_is_a_canned_query_drawn_as_svg():
    config, canned = dashboard(), queries()
    charts = config["charts"]
    assert len(charts) >= 9
    assert {slug for row in config["layout"] for slug in row} == set(charts)
    for slug, chart in charts.items():
        # The same SQL as the canned query the page links to, so the rows behind a chart are one
        # click away (and the SQL runs anywhere Datasette serves an archive).
        assert chart["query"] == canned[chart["source"]]["sql"], slug
        assert chart["db"] == "archive" and chart["library"] == "vega-lite"
        assert chart["display"]["usermeta"]["embedOptions"]["renderer"] == "svg"
        # Every parameter is a dashboard filter, and listed with the canned query.
        used = set(re.findall(r"(?<![:\w]):(\w+)", chart["query"]))
        assert used <= set(config["filters"]), slug
        assert used == set(canned[chart["source"]].get("params") or []), slug
        # An empty result draws a message, not a blank or broken chart.
        assert any(layer.get("mark", {}).get("type") == "text" and "yet" in layer["mark"]["text"]
                   for layer in chart["display"]["layer"]), slug


# -- every chart on every kind of archive ------------------------------------------------------

@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    return make_datasette(build_sample_archive(tmp_path_factory.mktemp("dashboard-two")))


@pytest.fixture(scope="module", params=["no crawl", "one empty crawl"])
def nearly_empty(request, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("dashboard-empty") / "archive.db"
    archive = ArchiveDB(db_path)
    if request.param == "one empty crawl":
        crawl_id = archive.start_crawl(["https://www.allmannyttan.se/"], {})
        archive.finish_crawl(crawl_id, {"pages_fetched": 0, "articles_found": 0})
    archive.close()
    return make_datasette(db_path)


def test_every_chart_runs_on_an_empty_archive(nearly_empty):
    crawls = asyncio.run(nearly_empty.client.get("/archive/crawls.json?_shape=array")).json()
    for slug, chart in dashboard()["charts"].items():
        for filters in FILTER_SETS:
            rows = chart_json(nearly_empty, chart, **filters)
            if crawls and chart["source"] in {"changes_per_crawl", "fetches_per_crawl"}:
                assert {row["articles" if "articles" in row else "count"] for row in rows} == {0}
            else:
                assert rows == [], (slug, filters)
    # The pages themselves: the dashboard (after the redirect that fills in the default terms),
    # one chart's own page, and every canned query behind a chart.
    page = asyncio.run(nearly_empty.client.get(DASHBOARD_PATH, follow_redirects=True))
    assert page.status_code == 200 and "renderChart('articles-per-month'" in page.text
    chart_page = asyncio.run(nearly_empty.client.get(DASHBOARD_PATH + "/term-share"))
    assert chart_page.status_code == 200
    for name in {chart["source"] for chart in dashboard()["charts"].values()}:
        assert asyncio.run(nearly_empty.client.get(f"/archive/{name}")).status_code == 200


def test_chart_figures_on_two_crawls(two_crawls):
    charts = dashboard()["charts"]
    months = chart_json(two_crawls, charts["articles-per-month"])
    assert [(r["month"], r["articles"]) for r in months] == [
        ("2022-05", 1), ("2022-11", 1), ("2023-02", 1), ("2023-09", 1), ("2024-03", 1)]
    recent = chart_json(two_crawls, charts["articles-per-month"], year_from="2023", year_to="2023")
    assert [r["month"] for r in recent] == ["2023-02", "2023-09"]

    # The articles table's search: allmännyttan finds Allmännyttans; får is not far.
    terms = chart_json(two_crawls, charts["term-articles"], term="allmännyttan", term2="får")
    by_term = {(r["term"], r["year"]): (r["matching"], r["articles"], r["share_percent"])
               for r in terms}
    assert by_term == {
        ("allmännyttan", "2022"): (0, 2, 0.0), ("allmännyttan", "2023"): (1, 2, 50.0),
        ("allmännyttan", "2024"): (1, 1, 100.0),
        ("får", "2022"): (0, 2, 0.0), ("får", "2023"): (1, 2, 50.0), ("får", "2024"): (0, 1, 0.0)}
    search = asyncio.run(two_crawls.client.get(
        "/archive/articles.json?_search=allmännyttan&_shape=array")).json()
    assert sum(r["matching"] for r in terms if r["term"] == "allmännyttan") == len(search)
    assert chart_json(two_crawls, charts["term-share"], term="") == []

    categories = chart_json(two_crawls, charts["categories-per-year"])
    assert {(r["year"], r["category"]): r["articles"] for r in categories if r["year"] == "2022"} == {
        ("2022", "Ekonomi"): 1, ("2022", "Nyheter"): 1, ("2022", "Evenemang"): 1}
    authors = chart_json(two_crawls, charts["top-authors"])
    assert (authors[0]["author"], authors[0]["articles"]) == ("Olof Berglund", 3)
    assert authors[0]["roles"] == "kommunikatör, Norrbackabostäder"
    without = chart_json(two_crawls, charts["articles-without-author"])
    assert {r["author"] for r in without} == {"with author"}

    changes = {(r["crawl_id"], r["change"]): r["articles"]
               for r in chart_json(two_crawls, charts["changes-per-crawl"])}
    assert changes == {(1, "new"): 5, (1, "changed"): 0, (1, "removed"): 0,
                       (2, "new"): 0, (2, "changed"): 1, (2, "removed"): 1}
    fetches = chart_json(two_crawls, charts["fetches-per-crawl"])
    assert len(fetches) == 6 and {r["measure"] for r in fetches} == {
        "pages fetched", "not modified (304)", "fetch errors"}


def test_fill_rate_chart_shows_the_report_figures(sample_archive):
    ds = make_datasette(sample_archive / "archive.db")
    rows = chart_json(ds, dashboard()["charts"]["fill-rates-per-crawl"])
    archive = ArchiveDB.read_only(sample_archive / "archive.db")
    try:
        expected = {(crawl_id, field): round(100 * rate, 1)
                    for crawl_id, _, _, rates in archive.crawl_fill_rates()
                    for field, rate in rates.items()}
    finally:
        archive.close()
    assert {(r["crawl_id"], r["field"]): r["fill_percent"] for r in rows} == expected
    assert {r["field"] for r in rows} == set(REPORT_FIELDS)


def test_dashboard_page_links_each_chart_to_its_query(two_crawls):
    page = asyncio.run(two_crawls.client.get(DASHBOARD_PATH + "?term=allmännyttan&year_from=2023"))
    assert page.status_code == 200
    sources = json.loads(re.search(r"var SOURCES = (\{.*?\});\n", page.text).group(1))
    assert set(sources) == set(dashboard()["charts"])
    assert sources["term-share"] == {"url": "/archive/term_per_year", "title": "A term over time",
                                     "params": ["term", "term2", "term3", "year_from", "year_to"]}
    assert sources["changes-per-crawl"]["params"] == []
    # The first visit is sent to the default terms.
    first = asyncio.run(two_crawls.client.get(DASHBOARD_PATH))
    assert first.status_code == 302 and "term=" in first.headers["location"]


# -- in the browser ----------------------------------------------------------------------------

def open_dashboard(browser, url: str):
    """A page on the dashboard, recording console errors and any request beyond loopback."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def local_only(route):
        if urllib.parse.urlsplit(route.request.url).hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            problems.append(f"request beyond loopback: {route.request.url}")
            route.abort()

    page.route("**/*", local_only)
    page.goto(url)
    return page, problems


def drawn_charts(page) -> dict[str, list[str]]:
    """Wait until every chart has drawn its SVG, then each chart's mark labels (Vega's aria-label
    of each bar, point or line; the empty-state message is a text mark)."""
    slugs = [card.get_attribute("id").removeprefix("card-")
             for card in page.locator(".dashboard-card").all()]
    for slug in slugs:
        # Vega builds the SVG once the chart's rows have arrived, marks and all.
        page.wait_for_selector(f"#chart-{slug} svg g.role-mark", state="attached", timeout=15_000)
    return {slug: page.eval_on_selector_all(
        f"#chart-{slug} svg g.role-mark > *",
        "marks => marks.map(m => m.getAttribute('aria-label') || m.textContent)")
        for slug in slugs}


def test_dashboard_in_the_browser(browser, served_archive, tmp_path):
    page, problems = open_dashboard(browser, served_archive + DASHBOARD_PATH)
    charts = drawn_charts(page)
    assert set(charts) == set(dashboard()["charts"])
    for slug, marks in charts.items():
        assert marks, f"{slug} drew no marks"
        assert not any("yet)" in m for m in marks), f"{slug} shows its empty state: {marks}"
    assert page.locator(".dashboard-card .chart-source").count() == len(charts)
    # Each chart's marks link to the rows behind them: a filtered table, a row, a query.
    for slug, marks in charts.items():
        links = [found.group(1) for found in map(re.compile(r"link: (/.+?)(?:; |$)").search, marks)
                 if found]
        assert links, f"{slug}: no mark links anywhere"
        path, _, query = urllib.parse.quote(links[0], safe="/?=&%").partition("?")
        response = page.request.get(f"{served_archive}{path}.json?{query}&_shape=array")
        assert response.ok, (slug, links[0])
        if path == "/archive/articles":
            assert response.json(), f"{slug}: {links[0]} finds no article"
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 50_000

    # A new term (a Swedish prefix, as in the search box) redraws the term charts.
    word, _ = search_word()
    before = charts["term-articles"]
    page.fill("#term", word)
    page.fill("#term2", "")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply").click()
    after = drawn_charts(page)
    assert after["term-articles"] != before
    assert all(f"term: {word}" in mark for mark in after["term-articles"])
    assert any(re.search(r"Matching articles: [1-9]", mark) for mark in after["term-articles"])
    assert page.input_value("#term") == word
    source = page.locator("#card-term-share .chart-source").get_attribute("href")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(source).query)["term"] == [word]
    page.screenshot(path=str(tmp_path / "dashboard-term.png"), full_page=True)

    # A bar opens the filtered table behind it; "data" opens the chart's canned query.
    bar = page.locator("#chart-articles-per-month svg g.mark-rect path").first
    month = re.search(r"link: \S+published__startswith=(\d{4}-\d\d)", bar.get_attribute("aria-label"))
    with page.expect_navigation():
        bar.click()
    assert page.url.endswith(f"/archive/articles?published__startswith={month.group(1)}")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
    page.go_back()
    with page.expect_navigation():
        page.locator("#card-term-articles .chart-source").click()
    assert urllib.parse.urlsplit(page.url).path == "/archive/term_per_year"
    assert page.locator("table.rows-and-columns tbody tr").count() == len(after["term-articles"])
    assert not problems, problems


@pytest.fixture
def served_empty_archive(tmp_path):
    """`allmannyttan-archive serve` on an archive no crawl has written to."""
    ArchiveDB(tmp_path / "archive.db").close()
    with serving(tmp_path) as base:
        yield base


def test_empty_archive_dashboard_shows_empty_states(browser, served_empty_archive, tmp_path):
    page, problems = open_dashboard(browser, served_empty_archive + DASHBOARD_PATH)
    charts = drawn_charts(page)
    for slug, marks in charts.items():
        assert [m for m in marks if m] and all("yet)" in m for m in marks if m), (slug, marks)
    page.screenshot(path=str(tmp_path / "dashboard-empty.png"), full_page=True)
    assert not problems, problems
