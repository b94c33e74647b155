"""Reports from the archive database: a crawl's changes, and fill rates across crawls.

Both are plain text built from queries, so a scheduler can append them to a job
summary and an archivist can read them without Datasette.
"""

from __future__ import annotations

from pathlib import Path

from archive.database import ArchiveDB

# Fields whose fill rate says whether extraction still works.
REPORT_FIELDS = ("title", "published", "author_name", "author_role", "photo_credit",
                 "image_caption", "body_text", "lead")
# A fill rate that falls by more than this against the previous crawl is a warning.
DROP_WARNING = 0.2


def crawl_report_markdown(db: ArchiveDB, crawl_id: int) -> str:
    """Markdown summary of one crawl: counts, then new, changed and removed articles."""
    crawl = db.db["crawls"].get(crawl_id)
    changes = db.crawl_changes(crawl_id)
    counts = [
        ("pages fetched", crawl["pages_fetched"]), ("not modified (304)", crawl["not_modified"]),
        ("revisits (identical payload)", crawl["revisits"]),
        ("articles not fetched: sitemap shows them unchanged", crawl["skipped_unchanged"]),
        ("requisites fetched", crawl["requisites_fetched"]),
        ("new articles", len(changes["new"])), ("changed articles", len(changes["changed"])),
        ("removed articles", len(changes["removed"])), ("fetch errors", crawl["fetch_errors"]),
        ("parse failures", crawl["parse_failures"]),
        ("URLs left waiting in the frontier", crawl["frontier_waiting"]),
        ("...of them could not be fetched", crawl["frontier_failed"]),
    ]
    lines = [
        f"# Crawl {crawl_id}",
        "",
        f"Started {crawl['started_at']}, finished {crawl['finished_at']} ({crawl['status']}).",
        "",
        "| count | |",
        "|---|---:|",
        *(f"| {name} | {value or 0} |" for name, value in counts),
    ]
    for heading, key in (("New articles", "new"), ("Changed articles", "changed"),
                         ("Removed articles", "removed")):
        lines += ["", f"## {heading} ({len(changes[key])})", ""]
        lines += [f"- [{_md(a['title'] or a['url'])}]({a['url']})" for a in changes[key]] or ["None."]
    lines += frontier_section(db) + skipped_section(db, crawl_id)
    return "\n".join(lines) + "\n"


def frontier_section(db: ArchiveDB, shown: int = 50) -> list[str]:
    """URLs still waiting after the crawl: those it could not fetch first, with their errors."""
    waiting = db.frontier()
    lines = ["", f"## Waiting in the frontier ({len(waiting)})", ""]
    if not waiting:
        return lines + ["None: every URL discovered was fetched or listed in skipped_urls."]
    by_reason: dict[str, int] = {}
    for row in waiting:
        by_reason[row["reason"]] = by_reason.get(row["reason"], 0) + 1
    lines.append("The next crawl fetches these first. " + ", ".join(
        f"{reason}: {count}" for reason, count in sorted(by_reason.items())) + ".")
    failed = [row for row in waiting if row["reason"] == "failed"]
    if failed:
        lines += ["", "Could not be fetched:", ""]
        lines += [f"- {row['url']} — {row['last_error']} (attempt {row['attempts']})"
                  for row in failed[:shown]]
        if len(failed) > shown:
            lines.append(f"- … and {len(failed) - shown} more (table `frontier`)")
    return lines


def skipped_section(db: ArchiveDB, crawl_id: int) -> list[str]:
    """How many URLs the crawl saw and did not fetch, by reason (traps, variants, robots ...)."""
    counts = db.skipped_counts(crawl_id)
    lines = ["", "## Not fetched, by reason", ""]
    if not counts:
        return lines + ["None."]
    return lines + ["| reason | URLs |", "|---|---:|",
                    *(f"| {reason} | {count} |" for reason, count in counts.items())]


def _md(text: str) -> str:
    """Text safe inside a Markdown link label."""
    return text.replace("[", "\\[").replace("]", "\\]")


def write_crawl_report(db: ArchiveDB, crawl_id: int, reports_dir: Path) -> Path:
    """Write ``reports/crawl-<id>.md`` and return its path."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    path = reports_dir / f"crawl-{crawl_id}.md"
    path.write_text(crawl_report_markdown(db, crawl_id), encoding="utf-8")
    return path


def fill_rate_report(db: ArchiveDB) -> tuple[str, list[str]]:
    """A table of fill rates per crawl, and warnings where a rate dropped sharply."""
    header = "| crawl | started | articles | " + " | ".join(REPORT_FIELDS) + " |"
    lines = [header, "|" + "---|" * (3 + len(REPORT_FIELDS))]
    warnings = []
    previous: dict[str, float] | None = None
    for crawl_id, started, articles, rates in db.crawl_fill_rates():
        cells = [f"{rates[f]:.0%}" if f in rates else "–" for f in REPORT_FIELDS]
        lines.append(f"| {crawl_id} | {started} | {articles or 0} | " + " | ".join(cells) + " |")
        if rates and previous:
            for field in REPORT_FIELDS:
                if field in rates and field in previous and previous[field] - rates[field] > DROP_WARNING:
                    warnings.append(
                        f"crawl {crawl_id}: {field} filled in {rates[field]:.0%} of articles, "
                        f"down from {previous[field]:.0%} — has the site's markup changed?")
        if rates:
            previous = rates
    return "\n".join(lines), warnings


def fill_rates(filled: dict[str, int], articles: int) -> dict[str, float]:
    """Share of articles with each field filled, from per-field counts."""
    if not articles:
        return {}
    return {field: round(filled.get(field, 0) / articles, 4) for field in REPORT_FIELDS}
