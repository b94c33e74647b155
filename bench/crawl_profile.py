"""Where the project's crawl spends its CPU: a py-spy profile, summarised by component.

The generated site runs in its own process at 0 ms latency; the crawl runs
under ``py-spy record --format raw`` (sampling, so the crawl's speed barely
changes). Each sampled stack is charged to one component: the nearest frame,
from the leaf up, that belongs to a named component (parsers, validation,
SQLite, WARC writing, response decompression); otherwise the nearest frame
of the project's own crawl code, Scrapy or Twisted; imports at start-up apart.

    .venv/bin/python bench/crawl_profile.py [--articles 2000] [--keep DIR]

Needs py-spy (``.venv/bin/pip install py-spy``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import click

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import ROOT, SiteProcess  # noqa: E402

# Nearest-to-the-leaf match wins; patterns are matched against "function (file:line)";
# py-spy names files relative to the working dir (the project) or to site-packages.
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("parsing (crawler/parsers: lxml, selectors, text, dates)", ("(crawler/parsers/",)),
    ("schema validation (jsonschema)", ("(archive/ingest.py", "(jsonschema/", "(referencing/")),
    ("SQLite writes (archive/database.py, sqlite-utils)", ("(archive/database.py", "(sqlite_utils/", "(sqlite3/")),
    ("WARC writing (warcio, gzip, digests)", ("(archive/warc.py", "(warcio/")),
    ("link extraction (parsel selectors in the spider)", ("(parsel/",)),
    ("response decompression (Scrapy)", ("(scrapy/utils/_compression.py", "(scrapy/utils/gz.py",
                                         "httpcompression.py")),
)
FALLBACKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("project's crawl code (spider, middlewares, pipeline, scope)", ("(crawler/", "(archive/")),
    ("Scrapy internals (engine, scheduler, middlewares, requests)", ("(scrapy/", "(w3lib/")),
    ("Twisted and asyncio (reactor, HTTP client)", ("(twisted/", "(asyncio/")),
)
STARTUP = "start-up (imports)"
# Threads parked on a lock (Twisted's idle thread pool) are sampled but use no CPU.
IDLE_LEAVES = ("Condition.wait (threading.py", "Queue.get (queue.py")
OTHER = "other"


def classify_stack(frames: list[str]) -> str:
    """The component one sampled stack (root first) is charged to."""
    if any("importlib._bootstrap" in f for f in frames):
        return STARTUP
    for frame in reversed(frames):
        for name, patterns in COMPONENTS:
            if any(p in frame for p in patterns):
                return name
    for frame in reversed(frames):
        for name, patterns in FALLBACKS:
            if any(p in frame for p in patterns):
                return name
    return OTHER


def summarise(raw: str) -> dict[str, Any]:
    """Shares per component and the top functions by own time, from py-spy's raw output."""
    by_component: Counter[str] = Counter()
    by_leaf: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        if frames[-1].startswith(IDLE_LEAVES):
            continue
        total += n
        by_component[classify_stack(frames)] += n
        leaf = re.sub(r"^(.*) \((?:.*/)?((?:site-packages/)?[^/]*/[^/]+\.py):\d+\)$", r"\1 (\2)", frames[-1])
        by_leaf[leaf] += n
    share = {k: round(v / total, 4) for k, v in by_component.most_common()} if total else {}
    top = [(k, round(v / total, 4)) for k, v in by_leaf.most_common(12)] if total else []
    return {"samples": total, "components": share, "top_functions": top}


def profile_crawl(articles: int, work: Path, *, seed: int = 0, rate: int = 100) -> dict[str, Any]:
    """Profile one project crawl of a fresh generated site; the summary and the crawl's wall time."""
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        raise click.ClickException("py-spy is not installed: .venv/bin/pip install py-spy")
    work.mkdir(parents=True, exist_ok=True)
    raw_file = work / "crawl-profile.txt"
    with SiteProcess(articles, seed=seed) as site:
        out = subprocess.run(
            [py_spy, "record", "--rate", str(rate), "--format", "raw", "--output", str(raw_file), "--",
             sys.executable, "-m", "crawler.cli", "crawl", "--start-url", site.url,
             "--archive-dir", str(work / "archive"), "--delay", "0", "--concurrency", "8", "--silent"],
            cwd=ROOT, capture_output=True, text=True, timeout=3600)
    if out.returncode != 0 or not raw_file.exists():
        raise RuntimeError(f"py-spy exited {out.returncode}:\n{out.stderr[-3000:]}")
    result = summarise(raw_file.read_text())
    result.update({"articles": articles, "rate": rate})
    return result


@click.command()
@click.option("--articles", default=2000, show_default=True)
@click.option("--keep", type=click.Path(path_type=Path, file_okay=False), help="Keep the archive and raw profile here.")
def main(articles: int, keep: Path | None) -> None:
    """Profile the project's crawl and print where its CPU time goes."""
    with tempfile.TemporaryDirectory(prefix="crawl-profile-") as tmp:
        result = profile_crawl(articles, keep or Path(tmp))
    click.echo(f"{result['samples']} samples")
    for name, share in result["components"].items():
        click.echo(f"{share:6.1%}  {name}")
    click.echo("top functions by own time:")
    for name, share in result["top_functions"]:
        click.echo(f"{share:6.1%}  {name}")


if __name__ == "__main__":
    main()
