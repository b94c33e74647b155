"""Re-crawl benchmark (issue 5): what an incremental crawl costs against a full one.

On a generated site (``bench/site.py``) three crawls go into one archive dir:
a full crawl, an unchanged recrawl, and a recrawl after the site's generation 1
changed ``--changed-fraction`` of the articles. For each: wall time, requests
the server answered (split by URL kind, server-side), statuses, bytes sent,
WARC bytes written by that crawl and the crawl row's counts. The target: the
unchanged recrawl makes < 1% of the full crawl's article requests and writes
< 1% of its WARC bytes; the changed recrawl must detect exactly the changed
articles (asserted). ``--write-doc`` records the figures in docs/benchmarks.md
between the recrawl markers.

    .venv/bin/python bench/recrawl.py [--articles 2000] [--write-doc]
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import cpu_model, replace_section  # noqa: E402
from bench.site import BenchSiteServer, serve_bench_site  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- recrawl:start -->", "<!-- recrawl:end -->"
TARGET = 0.01  # the unchanged recrawl's share of the full crawl's article requests and WARC bytes
DB_COUNTS = ("pages_fetched", "requisites_fetched", "new_articles", "changed_articles",
             "removed_articles", "not_modified", "revisits", "fetch_errors", "parse_failures")
RUNS = (("full", "full crawl"), ("unchanged", "unchanged recrawl"), ("changed", "recrawl, {pct} changed"))


def run_crawl(url: str, archive_dir: Path, concurrency: int, *extra: str) -> subprocess.CompletedProcess:
    """The project's CLI, politeness off (loopback only), in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", url, "--archive-dir",
         str(archive_dir), "--delay", "0", "--concurrency", str(concurrency), "--silent", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=3600)


def last_crawl(archive_dir: Path) -> dict[str, Any]:
    """The newest crawl row, with its capture counts by kind and record type."""
    con = sqlite3.connect(archive_dir / "archive.db")
    con.row_factory = sqlite3.Row
    try:
        row = dict(con.execute("select * from crawls order by id desc limit 1").fetchone())
        row["captures"] = {f"{kind}/{rtype}": n for kind, rtype, n in con.execute(
            "select page_kind, record_type, count(*) from captures where crawl_id = ? "
            "group by 1, 2", (row["id"],))}
    finally:
        con.close()
    return row


def warc_bytes(archive_dir: Path, warc_files: str | None) -> int:
    """Bytes of the WARC files one crawl wrote (its ``warc_files`` column)."""
    names = [n for n in (warc_files or "").split(",") if n]
    return sum((archive_dir / "warc" / name).stat().st_size for name in names)


def skipped_unchanged(archive_dir: Path) -> int | None:
    """Known articles the newest crawl did not request (sitemap lastmod not newer).

    The count is a Scrapy stat only (not a column of ``crawls``), so it is read
    from the stats dump at the end of the crawl's log.
    """
    logs = sorted((archive_dir / "logs").glob("crawl-*.log"), key=lambda p: p.stat().st_mtime)
    if not logs:
        return None
    found = re.findall(r"'archive/skipped_unchanged': (\d+)", logs[-1].read_text(errors="replace"))
    return int(found[-1]) if found else 0


def measure(server: BenchSiteServer, archive_dir: Path, concurrency: int, *extra: str) -> dict[str, Any]:
    """One crawl against the server: timings, server-side counts and the crawl row."""
    server.reset_stats()
    started = time.perf_counter()
    result = run_crawl(server.url, archive_dir, concurrency, *extra)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise click.ClickException(f"crawl exited {result.returncode}:\n{result.stdout}\n{result.stderr[-3000:]}")
    stats = server.stats
    row = last_crawl(archive_dir)
    return {
        "seconds": round(seconds, 2),
        "requests": stats.requests,
        "by_kind": dict(stats.by_kind),
        "by_status": {str(k): v for k, v in sorted(stats.by_status.items())},
        "bytes_sent": stats.bytes_sent,
        "warc_bytes": warc_bytes(archive_dir, row["warc_files"]),
        "warc_files": len([n for n in (row["warc_files"] or "").split(",") if n]),
        "db": {k: row.get(k) for k in DB_COUNTS},
        "skipped_unchanged": skipped_unchanged(archive_dir),
        "captures": row["captures"],
        "crawl_id": row["id"],
        "log": list(stats.log),  # (method, path, status, kind)
    }


def share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def run_benchmark(articles: int, *, seed: int = 0, changed_fraction: float = 0.01,
                  concurrency: int = 8, capacity_seconds: float = 3.0,
                  archive_dir: Path | None = None) -> dict[str, Any]:
    """Serve the site, crawl it three times, return every figure."""
    with serve_bench_site(articles, seed=seed, changed_fraction=changed_fraction) as server, \
            tempfile.TemporaryDirectory(prefix="recrawl-bench-") as tmp:
        target = archive_dir or Path(tmp) / "archive"
        capacity = server.capacity(seconds=capacity_seconds) if capacity_seconds else None
        runs = {"full": measure(server, target, concurrency)}
        runs["unchanged"] = measure(server, target, concurrency)
        server.set_generation(1)
        changed = server.changed_paths(1)
        runs["changed"] = measure(server, target, concurrency)
    full, unchanged, after = runs["full"], runs["unchanged"], runs["changed"]
    article_share = share(unchanged["by_kind"].get("article", 0), full["by_kind"].get("article", 0))
    bytes_share = share(unchanged["warc_bytes"], full["warc_bytes"])
    requested = sorted({path for _, path, _, kind in after["log"] if kind == "article"})
    return {
        "articles": articles, "seed": seed, "changed_fraction": changed_fraction,
        "concurrency": concurrency, "capacity": capacity, "runs": runs,
        "changed_paths": changed,
        "changed_requested": requested,
        "unchanged_requests": sorted({(kind, path, status) for _, path, status, kind in unchanged["log"]}),
        "article_share": article_share, "bytes_share": bytes_share,
        "target_met": article_share < TARGET and bytes_share < TARGET,
        "changes_detected": after["db"]["changed_articles"] == len(changed),
    }


# -- reporting ------------------------------------------------------------------------
def fmt_bytes(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def table(result: dict[str, Any]) -> list[str]:
    pct = f"{result['changed_fraction']:.0%}"
    heads = [label.format(pct=pct) for _, label in RUNS]
    runs = [result["runs"][key] for key, _ in RUNS]

    def kinds(run: dict, *names: str) -> int:
        return sum(run["by_kind"].get(n, 0) for n in names)

    def status(run: dict, code: str) -> int:
        return run["by_status"].get(code, 0)

    rows = [
        ("wall time (s)", [f"{r['seconds']:.1f}" for r in runs]),
        ("requests answered by the site", [str(r["requests"]) for r in runs]),
        ("… for articles", [str(kinds(r, "article")) for r in runs]),
        ("… for listings and pages", [str(kinds(r, "listing", "page")) for r in runs]),
        ("… for images and CSS", [str(kinds(r, "requisite")) for r in runs]),
        ("… for robots.txt and sitemaps", [str(kinds(r, "robots", "sitemap")) for r in runs]),
        ("… other (404, 301)", [str(kinds(r, "other")) for r in runs]),
        ("answered 200 / 304", [f"{status(r, '200')} / {status(r, '304')}" for r in runs]),
        ("bytes sent by the site", [fmt_bytes(r["bytes_sent"]) for r in runs]),
        ("WARC bytes written", [fmt_bytes(r["warc_bytes"]) for r in runs]),
        ("crawl row: new / changed articles", [f"{r['db']['new_articles']} / {r['db']['changed_articles']}" for r in runs]),
        ("crawl row: not_modified (304) / revisits (identical 200)", [f"{r['db']['not_modified']} / {r['db']['revisits']}" for r in runs]),
        ("known articles not requested (sitemap lastmod as stored; log stat)",
         ["—" if r["skipped_unchanged"] is None else str(r["skipped_unchanged"]) for r in runs]),
        ("crawl row: pages_fetched / fetch_errors", [f"{r['db']['pages_fetched']} / {r['db']['fetch_errors']}" for r in runs]),
    ]
    lines = ["| | " + " | ".join(heads) + " |", "|---|" + "---:|" * len(heads)]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]
    return lines


def verdict(result: dict[str, Any]) -> str:
    full, unchanged = result["runs"]["full"], result["runs"]["unchanged"]
    met = "**Target met.**" if result["target_met"] else "**Target not met.**"
    return (f"{met} The unchanged recrawl made {unchanged['by_kind'].get('article', 0)} article requests "
            f"({result['article_share']:.2%} of the full crawl's {full['by_kind'].get('article', 0)}) and wrote "
            f"{fmt_bytes(unchanged['warc_bytes'])} WARC bytes ({result['bytes_share']:.2%} of "
            f"{fmt_bytes(full['warc_bytes'])}); the target is under 1% for both.")


def changes_line(result: dict[str, Any]) -> str:
    after = result["runs"]["changed"]
    changed, requested = result["changed_paths"], result["changed_requested"]
    ok = "detected" if result["changes_detected"] else "**not all detected**"
    extra = sorted(set(requested) - set(changed))
    return (f"With {len(changed)} articles changed ({result['changed_fraction']:.0%}), the recrawl requested "
            f"{len(requested)} articles ({len(set(requested) & set(changed))} of the changed ones"
            f"{f', {len(extra)} others' if extra else ', no others'}) and recorded "
            f"changed_articles = {after['db']['changed_articles']}: the changes were {ok}.")


def follow_up_line(result: dict[str, Any]) -> str:
    """Where the changed recrawl's requests beyond the changed articles went."""
    after = result["runs"]["changed"]
    kinds = after["by_kind"]
    linked = [status for _, _, status, kind in after["log"] if kind not in ("article", "robots", "sitemap")]
    meta = [status for _, _, status, kind in after["log"] if kind in ("robots", "sitemap")]
    return (f"Its other {after['requests'] - kinds.get('article', 0)} requests: robots.txt and the "
            f"sitemaps ({len(meta)}, asked conditionally: {meta.count(304)} answered 304, their "
            f"stored copy read back from the WARC; {meta.count(200)} had changed), and "
            f"the links of the changed articles that earlier crawls had captured: images and the "
            f"stylesheet ({kinds.get('requisite', 0)}), listings and pages "
            f"({kinds.get('listing', 0) + kinds.get('page', 0)}), asked conditionally "
            f"({linked.count(304)} of {len(linked)} answered 304).")


def unchanged_requests(result: dict[str, Any]) -> str:
    items = result["unchanged_requests"]
    shown = ", ".join(f"`{path}` ({kind}, {status})" for kind, path, status in items[:20])
    more = f" and {len(items) - 20} more" if len(items) > 20 else ""
    return f"What the unchanged recrawl requested ({len(items)} distinct URLs): {shown}{more}."


def render_section(result: dict[str, Any], *, command: str, date: str | None = None) -> str:
    capacity = result["capacity"]
    cap = (f"; the site answers {capacity['requests_per_second']:.0f} requests/s "
           f"({capacity['threads']} keep-alive clients in another process, {capacity['seconds']:.0f} s)"
           if capacity else "")
    lines = [
        START,
        "## Re-crawl",
        "",
        "Requests and bytes of a full crawl, an unchanged recrawl and a recrawl after "
        f"{result['changed_fraction']:.0%} of the articles changed, into one archive dir, against the "
        "generated site `bench/site.py` (a WordPress-like replica with sitemaps, ETag/Last-Modified and "
        "gzip). Requests are counted by the site, by URL kind; WARC bytes are the sizes of the files "
        "each crawl wrote (`crawls.warc_files`).",
        "",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores; Python {platform.python_version()}",
        f"- Date: {date or dt.date.today().isoformat()}",
        f"- Command: `{command}`",
        f"- Site: {result['articles']} articles, seed {result['seed']}, no added latency{cap}. "
        f"Crawls: `allmannyttan-archive crawl --delay 0 --concurrency {result['concurrency']} --silent`.",
        "",
        *table(result),
        "",
        "### Verdict",
        "",
        verdict(result),
        "",
        changes_line(result) + " " + follow_up_line(result),
        "",
        unchanged_requests(result),
        END,
    ]
    return "\n".join(lines)


def update_doc(section: str, doc: Path = DOC) -> None:
    """Replace the text between the recrawl markers (appended when missing); nothing else."""
    replace_section(section, START, END, doc)


@click.command()
@click.option("--articles", default=2000, show_default=True, help="Articles on the generated site.")
@click.option("--seed", default=0, show_default=True)
@click.option("--changed-fraction", default=0.01, show_default=True,
              help="Share of the articles that generation 1 changes.")
@click.option("--concurrency", default=8, show_default=True, help="The crawler's --concurrency.")
@click.option("--keep", type=click.Path(path_type=Path, file_okay=False),
              help="Crawl into this (new) dir and keep it, instead of a temporary one.")
@click.option("--write-doc", is_flag=True, help="Write the Re-crawl section of docs/benchmarks.md.")
def main(articles: int, seed: int, changed_fraction: float, concurrency: int, keep: Path | None,
         write_doc: bool) -> None:
    """Full crawl, unchanged recrawl and recrawl after changes, against the generated site."""
    result = run_benchmark(articles, seed=seed, changed_fraction=changed_fraction,
                           concurrency=concurrency, archive_dir=keep)
    click.echo("\n".join(table(result)))
    click.echo("")
    click.echo(verdict(result))
    click.echo(changes_line(result) + " " + follow_up_line(result))
    click.echo(unchanged_requests(result))
    if write_doc:
        args = [f"--articles {articles}"] + ([f"--seed {seed}"] if seed else []) + (
            [f"--changed-fraction {changed_fraction}"] if changed_fraction != 0.01 else [])
        command = f".venv/bin/python bench/recrawl.py {' '.join(args)} --write-doc"
        update_doc(render_section(result, command=command))
        click.echo(f"wrote the Re-crawl section of {DOC.relative_to(ROOT)}")
    assert result["changes_detected"], (
        f"changed_articles = {result['runs']['changed']['db']['changed_articles']}, "
        f"expected {len(result['changed_paths'])}")


if __name__ == "__main__":
    main()
