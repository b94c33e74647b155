"""Crawl benchmark (issue 8): the project's crawl against a bare Scrapy spider and wget.

For each site size and latency, the generated site (``bench/site.py``) is served
in a process of its own, its capacity is measured, then three crawlers run on
it one after the other (see ``bench/crawlers.py``): pages per second, CPU
seconds per 1,000 pages, WARC bytes and peak RSS of each crawler process.
Then re-extraction (``bench/reextract.py``) runs on the first 0 ms archive, and
storage figures come from the project's crawls. ``--profile`` adds where the
project's crawl spends its time (``bench/crawl_profile.py``, py-spy).

    .venv/bin/python bench/crawl.py [--articles 5000 --articles 20000] [--latency 0 --latency 100]
                                    [--quick] [--profile] [--write-doc] [--from-json FILE]

Latencies above 0 run only for sites of at most ``--latency-max-articles``
articles (latency does not change memory, and the time would be long), and
wget at a latency above 0 is time-boxed to ``--wget-budget`` seconds: its
rate is what it fetched in that time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, crawl_doc  # noqa: E402
from bench.crawlers import run_bare, run_project, run_wget  # noqa: E402
from bench.measure import ROOT, SiteProcess, machine_busy_seconds, wait_until_quiet  # noqa: E402

# "bare_same": the bare spider fetching what the project fetches (robots.txt, sitemaps, requisites).
CRAWLERS = ("bare", "bare_same", "project", "wget")


def run_case(articles: int, latency_ms: float, work: Path, *, seed: int = 0,
             wget_budget: float | None, capacity_seconds: float = 3.0) -> dict[str, Any]:
    """One site size at one latency: capacity, then the crawlers, one at a time."""
    case: dict[str, Any] = {"articles": articles, "latency_ms": latency_ms, "runs": {}}
    with SiteProcess(articles, seed=seed, latency_ms=latency_ms) as site:
        # At 0 ms the server's CPU is its limit; with latency, each request sleeps in its own
        # thread, so more clients than the crawler's 8 are needed to find the limit.
        threads = 8 if latency_ms == 0 else 32
        case["capacity"] = site.capacity(threads=threads, seconds=capacity_seconds)
        for name in CRAWLERS:
            run_dir = work / f"{articles}-{latency_ms:g}ms"
            waited = wait_until_quiet()
            before, busy_before = site.cpu_seconds(), machine_busy_seconds()
            click.echo(f"  {articles} articles, {latency_ms:g} ms: {name} ...", err=True)
            if name == "project":
                result = run_project(site.url, run_dir)
            elif name in ("bare", "bare_same"):
                result = run_bare(site.url, run_dir, same_urls=name == "bare_same")
            else:
                result = run_wget(site.url, run_dir, budget=wget_budget if latency_ms > 0 else None)
            result["server_cpu"] = round(site.cpu_seconds() - before, 2)
            # CPU that neither the crawler nor the server used: other work on the machine.
            others = machine_busy_seconds() - busy_before - result["cpu"] - result["server_cpu"]
            result["other_cpu"] = round(max(0.0, others), 2)
            result["waited_for_quiet"] = round(waited, 1)
            requests = result["pages"] + result["requisites"] + result["other"]
            result["requests_per_second"] = round(requests / result["wall"], 1)
            click.echo(f"    {result['pages']} pages in {result['wall']:.1f} s = {result['pages_per_second']} "
                       f"pages/s, CPU {result['cpu']:.1f} s, RSS {result['max_rss_mb']:.0f} MB", err=True)
            case["runs"][name] = result
    return case


def run_benchmark(sizes: list[int], latencies: list[float], work: Path, *, seed: int = 0,
                  latency_max_articles: int, wget_budget: float, reextract: bool,
                  profile_articles: int | None) -> dict[str, Any]:
    result: dict[str, Any] = {"cases": [], "seed": seed, "wget_budget": wget_budget,
                              "latency_max_articles": latency_max_articles}
    for articles in sizes:
        for latency in latencies:
            if latency > 0 and articles > latency_max_articles:
                continue
            result["cases"].append(run_case(articles, latency, work, seed=seed, wget_budget=wget_budget))
    zero = [c for c in result["cases"] if c["latency_ms"] == 0]
    if reextract and zero:
        from bench.reextract import run_reextract_benchmark

        click.echo(f"  re-extraction on the {zero[0]['articles']}-article archive ...", err=True)
        result["reextract"] = run_reextract_benchmark(Path(zero[0]["runs"]["project"]["archive_dir"]),
                                                      articles=zero[0]["articles"], seed=seed)
    if profile_articles:
        from bench.crawl_profile import profile_crawl

        click.echo(f"  profiling the project's crawl of {profile_articles} articles ...", err=True)
        result["profile"] = profile_crawl(profile_articles, work / "profile", seed=seed)
    return result


def machine() -> dict[str, str]:
    wget = subprocess.run(["wget", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {**common.machine("scrapy"), "wget": wget.strip(), "commit": common.git_commit()}


@click.command()
@click.option("--articles", "sizes", type=int, multiple=True, help="Site sizes (repeat). [5000, 20000]")
@click.option("--latency", "latencies", type=float, multiple=True, help="Per-response latency in ms (repeat). [0, 100]")
@click.option("--quick", is_flag=True, help="500 articles, a 20 s wget budget: a fast check.")
@click.option("--seed", default=0, show_default=True)
@click.option("--latency-max-articles", default=5000, show_default=True,
              help="Run latencies above 0 only for sites of at most this many articles.")
@click.option("--wget-budget", default=60.0, show_default=True,
              help="Seconds wget may run at a latency above 0 (it fetches one URL at a time).")
@click.option("--no-reextract", is_flag=True, help="Skip the re-extraction benchmark.")
@click.option("--profile", "profile_articles", type=int, default=None,
              help="Also profile the project's crawl of a site this size with py-spy (0 ms).")
@click.option("--write-doc", is_flag=True, help="Write the crawl, reextract and storage sections of docs/benchmarks.md.")
@click.option("--from-json", "from_json", type=click.Path(exists=True, path_type=Path),
              help="Render the doc from a saved result instead of running.")
@click.option("--keep", type=click.Path(path_type=Path, file_okay=False), help="Work here and keep the archives.")
def main(sizes: tuple[int, ...], latencies: tuple[float, ...], quick: bool, seed: int,
         latency_max_articles: int, wget_budget: float, no_reextract: bool, profile_articles: int | None,
         write_doc: bool, from_json: Path | None, keep: Path | None) -> None:
    """The project's crawl against a bare Scrapy spider and wget, on the generated site."""
    argv = " ".join(sys.argv[1:])
    if from_json:
        result = json.loads(from_json.read_text())
    else:
        sizes_l = list(sizes) or ([500] if quick else [5000, 20000])
        lat_l = list(latencies) or [0.0, 100.0]
        if quick:
            wget_budget = min(wget_budget, 20.0)
            latency_max_articles = max(latency_max_articles, max(sizes_l))
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp:
            work = keep or Path(tmp)
            result = run_benchmark(sizes_l, lat_l, work, seed=seed, latency_max_articles=latency_max_articles,
                                   wget_budget=wget_budget, reextract=not no_reextract,
                                   profile_articles=profile_articles)
        result["machine"] = machine()
        result["command"] = f".venv/bin/python bench/crawl.py {argv}".strip()
        result["total_seconds"] = round(time.perf_counter() - started, 1)
        saved = Path(tempfile.gettempdir()) / f"crawl-bench-{int(time.time())}.json"
        saved.write_text(json.dumps(result, indent=1))
        click.echo(f"figures saved to {saved} (re-render with --from-json)", err=True)
    click.echo(crawl_doc.render_all(result))
    if write_doc:
        crawl_doc.write_sections(result)
        click.echo(f"wrote the crawl, reextract and storage sections of {crawl_doc.DOC.relative_to(ROOT)}", err=True)


if __name__ == "__main__":
    main()
