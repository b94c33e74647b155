"""The three crawlers of the crawl benchmark, each run as a measured process.

- ``project``: ``allmannyttan-archive crawl --delay 0 --concurrency 8 --silent``;
- ``bare``: ``bench/bare_spider.py`` under ``scrapy runspider`` (the Scrapy limit);
- ``wget``: ``wget --recursive --level=inf --page-requisites --warc-file`` (what
  an archivist would pick instead; one connection, one request at a time).

"Pages" means the same for all three: HTML responses with status 200.
Requisites (images, CSS) are counted apart; everything else (robots.txt,
sitemaps, redirects) is "other". Each runner returns a plain dict of figures.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from bench.measure import ROOT, Measured, run_measured

CONCURRENCY = 8
BARE_SPIDER = ROOT / "bench" / "bare_spider.py"
STORAGE_TABLES = ("captures", "articles", "article_versions", "listing_entries", "parse_failures")


def figures(name: str, m: Measured, pages: int, requisites: int, other: int, warc_bytes: int,
            **extra: Any) -> dict[str, Any]:
    """The common figures of one run."""
    return {"crawler": name, "returncode": m.returncode, "timed_out": m.timed_out,
            "wall": round(m.wall, 2), "cpu": round(m.cpu, 2), "cpu_user": round(m.cpu_user, 2),
            "cpu_system": round(m.cpu_system, 2), "max_rss_mb": round(m.max_rss_mb, 1),
            "pages": pages, "requisites": requisites, "other": other, "warc_bytes": warc_bytes,
            "pages_per_second": round(pages / m.wall, 1) if m.wall else 0.0,
            "cpu_per_1000_pages": round(1000 * m.cpu / pages, 2) if pages else None,
            "cpu_ms_per_request": round(1000 * m.cpu / (pages + requisites + other), 2)
            if pages + requisites + other else None, **extra}


def scrapy_stat(text: str, name: str) -> int | None:
    """One integer stat from a Scrapy stats dump (the last one in the text)."""
    found = re.findall(rf"'{re.escape(name)}': (\d+)", text)
    return int(found[-1]) if found else None


def run_project(url: str, work: Path, *, concurrency: int = CONCURRENCY,
                extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """The project's crawl into ``work/project``; figures from its database and log."""
    archive_dir = work / "project"
    m = run_measured([sys.executable, "-m", "crawler.cli", "crawl", "--start-url", url,
                      "--archive-dir", str(archive_dir), "--delay", "0", "--concurrency", str(concurrency),
                      "--silent", *extra], cwd=ROOT, log_dir=work / "logs", name="project")
    if m.returncode != 0:
        raise RuntimeError(f"project crawl exited {m.returncode}:\n{m.stderr[-3000:]}")
    con = sqlite3.connect(archive_dir / "archive.db")
    try:
        pages, requisites, total = con.execute(
            "select sum(status = 200 and record_type = 'response' and content_type like '%html%'), "
            "sum(page_kind = 'requisite'), count(*) from captures").fetchone()
        rows = {t: con.execute(f"select count(*) from [{t}]").fetchone()[0] for t in STORAGE_TABLES}
    finally:
        con.close()
    logs = sorted((archive_dir / "logs").glob("crawl-*.log"))
    log = logs[-1].read_text(errors="replace") if logs else ""
    warc = sum(p.stat().st_size for p in (archive_dir / "warc").glob("*.warc.gz"))
    db_bytes = sum(p.stat().st_size for p in archive_dir.glob("archive.db*"))
    return figures("project", m, pages or 0, requisites or 0, total - (pages or 0) - (requisites or 0), warc,
                   archive_dir=str(archive_dir), rows=rows, db_bytes=db_bytes,
                   scrapy_memusage_mb=round((scrapy_stat(log, "memusage/max") or 0) / 2**20, 1),
                   scrapy_elapsed=float((re.findall(r"'elapsed_time_seconds': ([\d.]+)", log) or [0])[-1]))


def run_bare(url: str, work: Path, *, same_urls: bool = False) -> dict[str, Any]:
    """The bare spider, run from ``work`` so the project's scrapy.cfg is not found; with
    ``same_urls`` it also fetches robots.txt, the sitemap and the pages' requisites."""
    name = "bare_same" if same_urls else "bare"
    run_dir = work / name
    run_dir.mkdir(parents=True, exist_ok=True)
    stats_file = run_dir / "stats.json"
    m = run_measured([sys.executable, "-m", "scrapy", "runspider", str(BARE_SPIDER),
                      "-a", f"start_url={url}", "-a", f"stats_file={stats_file}",
                      "-a", f"same_urls={int(same_urls)}"],
                     cwd=run_dir, log_dir=work / "logs", name=name)
    if m.returncode != 0 or not stats_file.exists():
        raise RuntimeError(f"bare spider exited {m.returncode}:\n{m.stderr[-3000:]}")
    stats = json.loads(stats_file.read_text())
    return figures(name, m, stats["bare/html_pages"], stats.get("bare/requisites", 0), stats["bare/other_responses"], 0,
                   scrapy_memusage_mb=round(stats.get("memusage/max", 0) / 2**20, 1),
                   scrapy_elapsed=stats.get("elapsed_time_seconds"))


def warc_counts(path: Path) -> tuple[int, int, int, bool]:
    """HTML pages, requisites and other responses in a WARC; whether it ended cleanly."""
    pages = requisites = other = 0
    complete = True
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if status == "200" and "html" in content_type:
                    pages += 1
                elif status == "200" and not content_type.startswith(("text/plain", "application/xml", "text/xml")):
                    requisites += 1
                else:
                    other += 1
    except Exception:  # a time-boxed wget leaves a cut last record
        complete = False
    return pages, requisites, other, complete


def run_wget(url: str, work: Path, *, budget: float | None = None) -> dict[str, Any]:
    """wget's recursive WARC crawl; stopped with SIGTERM after ``budget`` seconds if given."""
    wget = shutil.which("wget")
    if wget is None:
        raise RuntimeError("wget is not installed: apt-get install -y wget")
    run_dir = work / "wget"
    run_dir.mkdir(parents=True, exist_ok=True)
    m = run_measured([wget, "--recursive", "--level=inf", "--no-parent", "--page-requisites",
                      f"--warc-file={run_dir / 'wget'}", "--no-verbose", f"--output-file={run_dir / 'wget.log'}",
                      f"--directory-prefix={run_dir / 'files'}", "--delete-after", url],
                     cwd=run_dir, log_dir=work / "logs", name="wget", budget=budget)
    warc = run_dir / "wget.warc.gz"
    pages, requisites, other, complete = warc_counts(warc) if warc.exists() else (0, 0, 0, False)
    if not m.timed_out and m.returncode not in (0, 8):  # 8: some URL answered an error (the 404 probe)
        raise RuntimeError(f"wget exited {m.returncode}:\n{m.stderr[-3000:]}")
    return figures("wget", m, pages, requisites, other, warc.stat().st_size if warc.exists() else 0,
                   budget=budget, warc_complete=complete)
