"""Trap benchmark (issue 11): requests a crawl spends in traps and WordPress variants.

Crawls the trap site (``tests/trap_site.py``: the sample site dressed as a
WordPress theme dresses it, with an endless events calendar whose query keys
no trap pattern lists) once, and counts the requests the site answered per
trap category, the articles archived, and the article rows that point at a
capture of their own URL. ``--checkout DIR`` runs another checkout's crawler
(e.g. an older commit in a git worktree) against the same site, for a
before/after figure; ``--max-pages`` bounds a crawler that has no trap guard.

    .venv/bin/python bench/traps.py [--checkout DIR --max-pages N --label L] [--write-doc]
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DOC, ROOT, replace_section  # noqa: E402
from tests.trap_site import CATEGORIES, build_trap_site, classify, serve_trap_site  # noqa: E402

START, END = "<!-- traps:start -->", "<!-- traps:end -->"
RESULTS = ROOT / "bench" / "results" / "traps.json"  # each labelled run, for the doc's table
TARGETS = {"calendar": 60, "classics": 10}


def run(checkout: Path, max_pages: int | None, timeout: float) -> dict[str, Any]:
    """One crawl of a fresh trap site by the crawler in ``checkout``; the counts."""
    with tempfile.TemporaryDirectory() as tmp:
        root = build_trap_site(Path(tmp) / "site")
        archive = Path(tmp) / "archive"
        command = [sys.executable, "-m", "crawler.cli", "crawl", "--archive-dir", str(archive),
                   "--delay", "0", "--concurrency", "4", "--silent"]
        if max_pages:
            command += ["--max-pages", str(max_pages)]
        with serve_trap_site(root) as site:
            started = time.perf_counter()
            try:
                returncode = subprocess.run(command + ["--start-url", site.url], cwd=checkout,
                                            capture_output=True, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                returncode = None
            seconds = time.perf_counter() - started
            requests = site.requests
        kinds = Counter(classify(r["path"]) or "content" for r in requests)
        with sqlite3.connect(archive / "archive.db") as db:
            articles = db.execute("select count(*) from articles").fetchone()[0]
            own = db.execute("select count(*) from articles a join captures c on c.id = a.capture_id "
                             "where c.url = a.url").fetchone()[0]
    classics = sum(n for kind, n in kinds.items() if kind not in ("calendar", "content"))
    return {"requests": len(requests), "by_kind": dict(kinds), "calendar": kinds.get("calendar", 0),
            "classics": classics, "articles": articles, "own_capture": own,
            "returncode": returncode, "seconds": round(seconds, 1), "max_pages": max_pages}


def render_section(runs: dict[str, dict[str, Any]], command: str) -> str:
    labels = list(runs)
    rows = [("requests in all", lambda r: r["requests"]),
            ("… real pages, requisites, robots.txt, sitemaps", lambda r: r["by_kind"].get("content", 0)),
            ("… the endless calendar (target ≤ 60)", lambda r: r["calendar"]),
            ("… WordPress classics in all (target ≤ 10)", lambda r: r["classics"]),
            *((f"… {kind}", lambda r, k=kind: r["by_kind"].get(k, 0))
              for kind in CATEGORIES if kind != "calendar"),
            ("articles archived (of 14)", lambda r: r["articles"]),
            ("article rows pointing at a capture of their own URL", lambda r: r["own_capture"]),
            ("crawl ended by", lambda r: "timeout" if r["returncode"] is None else (
                f"--max-pages {r['max_pages']}" if r["max_pages"] else f"itself (exit {r['returncode']})")),
            ("wall time (s)", lambda r: r["seconds"])]
    table = ["| | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    table += [f"| {name} | " + " | ".join(str(cell(runs[label])) for label in labels) + " |"
              for name, cell in rows]
    latest = runs[labels[-1]]
    met = latest["calendar"] <= TARGETS["calendar"] and latest["classics"] <= TARGETS["classics"]
    return "\n".join([
        START, "## Traps", "",
        "Requests one crawl spends in traps on `tests/trap_site.py`: the sample site's 14 articles "
        "dressed as a WordPress theme dresses them (share, reply, feed, AMP, comment-page, "
        "shortlink, attachment, print, language, search and paginated archive links on every "
        "article) and an endless events calendar whose Swedish query keys (`?manad=…&vy=manad`) "
        "no trap pattern lists. Requests are counted by the site, by `classify()`.",
        "", f"- Command: `{command}` (each column is one labelled run, kept in "
        f"`bench/results/traps.json`)", "", *table, "",
        ("**Targets met.**" if met else "**Targets not met.**") +
        f" The calendar cost {latest['calendar']} requests (target ≤ 60) and the classics "
        f"{latest['classics']} (target ≤ 10); {latest['articles']} of 14 articles were archived, "
        f"{latest['own_capture']} of them pointing at a capture of their own URL.", "",
        "These figures are in-sample: the site profile's variant rules were written with this "
        "site's kinds of link in view (they are the WordPress classics every theme prints). The "
        "calendar is stopped by the generic shape guard, which knows nothing of it. Where a "
        "column shows more than 14 articles, the extra rows are variant URLs (`?lang=`, "
        "`?print=`, `comment-page-N`) of the one sample article without a `rel=canonical`, "
        "stored as articles of their own.",
        END])


@click.command()
@click.option("--checkout", type=click.Path(path_type=Path, file_okay=False), default=ROOT,
              show_default=True, help="The checkout whose crawler runs (a git worktree of another commit).")
@click.option("--label", default="this tree", show_default=True, help="Column name in the doc's table.")
@click.option("--max-pages", type=int, default=None, help="Passed to the crawl (for a crawler with no trap guard).")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds before the crawl is stopped.")
@click.option("--write-doc", is_flag=True, help="Add the run to bench/results/traps.json and write the doc's section.")
def main(checkout: Path, label: str, max_pages: int | None, timeout: float, write_doc: bool) -> None:
    """Crawl the trap site once and count what the traps cost."""
    result = run(checkout.resolve(), max_pages, timeout)
    click.echo(json.dumps(result, indent=1))
    if write_doc:
        runs = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        runs[label] = result
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(runs, indent=1) + "\n")
        replace_section(render_section(runs, ".venv/bin/python bench/traps.py --write-doc"), START, END, DOC)
        click.echo(f"wrote the Traps section of {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
