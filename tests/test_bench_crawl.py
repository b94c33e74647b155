"""The crawl benchmark's pieces on a tiny generated site (bench/crawl.py and friends)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import crawl_doc  # noqa: E402
from bench.crawl_profile import classify_stack, summarise  # noqa: E402
from bench.crawlers import run_bare, run_project, warc_counts  # noqa: E402
from bench.measure import SiteProcess, run_measured  # noqa: E402

ARTICLES = 20


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("crawl-bench")
    with SiteProcess(ARTICLES) as site:
        capacity = site.capacity(threads=2, seconds=0.5)
        before = site.cpu_seconds()
        bare = run_bare(site.url, work)
        project = run_project(site.url, work)
        server_cpu = site.cpu_seconds() - before
        same = run_bare(site.url, work, same_urls=True)
    return {"bare": bare, "project": project, "capacity": capacity, "server_cpu": server_cpu, "work": work,
            "bare_same": same}


def test_bare_spider_fetches_every_listing_and_article(runs: dict) -> None:
    bare = runs["bare"]
    assert bare["returncode"] == 0
    # 20 articles, the home page (2 listing pages at 10 per page), categories, static pages
    assert ARTICLES < bare["pages"] < 5 * ARTICLES
    assert bare["warc_bytes"] == 0 and bare["requisites"] == 0
    assert 20 < bare["max_rss_mb"] < 500
    assert bare["cpu"] > 0 and bare["wall"] > 0


def test_project_crawl_figures_come_from_its_archive(runs: dict) -> None:
    project, bare = runs["project"], runs["bare"]
    assert project["returncode"] == 0
    assert project["rows"]["articles"] == ARTICLES
    assert abs(project["pages"] - bare["pages"]) <= 2  # the same HTML pages, by both counts
    assert project["requisites"] > 0 and project["warc_bytes"] > 0 and project["db_bytes"] > 0
    assert 20 < project["max_rss_mb"] < 500
    assert project["scrapy_memusage_mb"] > 0
    # wget's counter reads the project's WARC the same way: HTML 200s are the pages
    warcs = sorted((Path(project["archive_dir"]) / "warc").glob("*.warc.gz"))
    pages = sum(warc_counts(w)[0] for w in warcs)
    assert pages == project["pages"]


def test_the_like_for_like_bare_spider_fetches_what_the_project_fetches(runs: dict) -> None:
    """Pages, requisites and robots.txt/sitemaps alike, so CPU per request compares like with like."""
    same, project = runs["bare_same"], runs["project"]
    assert same["returncode"] == 0 and same["warc_bytes"] == 0
    assert same["pages"] == runs["bare"]["pages"]
    assert same["requisites"] == project["requisites"]
    assert same["cpu_ms_per_request"] > 0


def test_server_is_measured_apart(runs: dict) -> None:
    assert runs["capacity"]["requests"] > 0 and runs["capacity"]["errors"] == 0
    assert runs["server_cpu"] > 0


def test_time_boxed_process_is_stopped(tmp_path: Path) -> None:
    m = run_measured([sys.executable, "-c", "import time; time.sleep(30)"], cwd=tmp_path,
                     log_dir=tmp_path, name="sleep", budget=0.5)
    assert m.timed_out and m.wall < 5


def test_profile_stacks_are_charged_to_the_nearest_component() -> None:
    parse = ("run (scrapy/core/engine.py:1);parse (crawler/spiders/allmannyttan.py:2);"
             "parse_article (crawler/parsers/article.py:3);fromstring (lxml/html/__init__.py:4)")
    sql = "crawl (crawler/cli.py:1);process_item (crawler/pipelines.py:2);execute (sqlite_utils/db.py:3)"
    reactor = "crawl (crawler/cli.py:1);run (twisted/internet/asyncioreactor.py:2)"
    idle = "work (twisted/_threads/_threadworker.py:1);Condition.wait (threading.py:327)"
    assert classify_stack(parse.split(";")).startswith("parsing")
    assert classify_stack(sql.split(";")).startswith("SQLite")
    assert classify_stack(reactor.split(";")).startswith("Twisted")
    summary = summarise(f"{parse} 3\n{sql} 1\n{idle} 50\n")
    assert summary["samples"] == 4
    assert list(summary["components"].values()) == [0.75, 0.25]


def test_doc_sections_render_and_replace_only_their_own(runs: dict, tmp_path: Path) -> None:
    case = {"articles": ARTICLES, "latency_ms": 0.0, "capacity": runs["capacity"],
            "runs": {name: dict(runs[name], server_cpu=0.1, other_cpu=0.0, requests_per_second=10.0)
                     for name in ("project", "bare")}}
    result = {"cases": [case], "wget_budget": 60, "latency_max_articles": 5000, "command": "x",
              "machine": {"cpu": "cpu", "cores": "2", "python": "3", "scrapy": "2", "wget": "wget",
                          "commit": "abc", "date": "2026-01-01"}}
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n<!-- other:start -->\nkeep me\n<!-- other:end -->\n")
    crawl_doc.write_sections(result, doc=doc)
    crawl_doc.write_sections(result, doc=doc)  # idempotent
    text = doc.read_text()
    assert "keep me" in text and text.count("<!-- crawl:start -->") == 1
    assert text.count("<!-- storage:end -->") == 1 and "| project `crawl` |" in text
    assert "0 ms latency, 20 articles" in text


def test_before_and_after_figures_sit_side_by_side() -> None:
    """The figures kept from before issue 16 are printed beside this run's, case by case."""
    before = crawl_doc.load_before()
    assert before is not None and before["commit"]
    run = {"pages": 6000, "requisites": 500, "other": 8, "wall": 30.0, "pages_per_second": 200.0,
           "cpu_per_1000_pages": 10.0, "max_rss_mb": 110}
    result = {"cases": [{"articles": 5000, "latency_ms": 0.0, "runs": {"project": run, "bare": dict(run, pages_per_second=250.0)}}]}
    lines = crawl_doc.before_after_lines(result, before)
    assert "| 5 000 articles, 0 ms | project pages/s | 111.7 | 200.0 |" in lines
    assert "| 5 000 articles, 0 ms | project ÷ bare spider, pages/s | 0.54 | 0.80 |" in lines
    assert not any("20 000 articles" in line for line in lines)  # a case this run did not measure is left out
