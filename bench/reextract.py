"""Re-extraction benchmark: `allmannyttan-archive reextract` against trafilatura.

On an archive dir crawled from the generated site, the HTML response records
of its WARC files are read once (warcio, ``crawler.reextract.archived_pages``)
and decoded; then, over the same records:

- the whole ``allmannyttan-archive reextract --archive-dir DIR`` command, in a
  process of its own (WARC reading, parsing, validation and database writes);
- trafilatura (``bare_extraction`` in ``bench/extraction.py``'s best settings)
  over every HTML record, and over the article records alone;
- our ``parse_article`` over the article records alone, and ``read_html`` (classify and
  parse from one tree, as the crawl does) over every HTML record;
- storage alone: the parsed articles and listing teasers stored into a fresh
  database through ``archive.ingest`` (validation, upsert, versions, entries).

Field accuracy on the article records is scored against the generated site's
own model (``bench/site_content.py``): title, date, author and role exactly,
body text as 4-word-shingle F1 against the paragraphs and subheading of the
page's ``entry-content``.

    .venv/bin/python bench/reextract.py --archive-dir DIR --articles N [--seed S]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extraction import TRAFILATURA_BEST, trafilatura_extractor  # noqa: E402
from bench.measure import ROOT, run_measured, wait_until_quiet  # noqa: E402
from bench.site_content import BenchSite  # noqa: E402
from crawler.parsers import classify_page, decode_html, parse_article  # noqa: E402
from crawler.parsers.read import read_html  # noqa: E402
from bench.scoring import normalise, shingle_f1  # noqa: E402
from crawler.reextract import archived_pages  # noqa: E402

EXACT = ("title", "published", "author_name", "author_role")


def expected_fields(site: BenchSite, path: str, html: str) -> dict[str, str] | None:
    """What the generated site put on an article page."""
    import lxml.html

    article = site.by_path.get(path)
    if article is None:
        return None
    name, role = site.authors[article.author]
    tree = lxml.html.fromstring(html)
    blocks = tree.xpath('//div[contains(@class, "entry-content")]/*[self::p or self::h2]')
    return {"title": article.title, "published": article.published.date().isoformat(),
            "author_name": name, "author_role": role,
            "body_text": "\n".join(b.text_content() for b in blocks)}


def score(outputs: list[dict[str, Any]], wants: list[dict[str, str]], fields: tuple[str, ...]) -> dict[str, float]:
    """Exact-match share per field, and mean body F1."""
    n = len(wants) or 1
    out = {f: sum(normalise(o.get(f)) == normalise(w[f]) for o, w in zip(outputs, wants)) / n
           for f in fields}
    out["body_text"] = sum(shingle_f1(o.get("body_text"), w["body_text"]) for o, w in zip(outputs, wants)) / n
    return {k: round(v, 4) for k, v in out.items()}


def timed(fn, items: list[Any]) -> tuple[list[Any], float]:
    started = time.perf_counter()
    out = [fn(*item) for item in items]
    return out, time.perf_counter() - started


def store_alone(parsed: list[tuple[str, str, Any]]) -> dict[str, Any]:
    """Store parsed records into a fresh database; rows written per second."""
    from archive.database import ArchiveDB
    from archive.ingest import store_article, store_entries

    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        db = ArchiveDB(Path(tmp) / "archive.db")
        crawl_id = db.start_crawl(["http://bench/"], {})
        started = time.perf_counter()
        for n, (kind, url, record) in enumerate(parsed):
            capture = {"id": None, "fetched_at": "2026-01-01T00:00:00Z", "warc_filename": "bench.warc.gz",
                       "warc_offset": n, "record_type": "response"}
            if kind == "article":
                store_article(db, dict(record, url=url), crawl_id=crawl_id, capture=capture)
            else:
                store_entries(db, url, record, crawl_id=crawl_id, capture_id=None)
        seconds = time.perf_counter() - started
        rows = {t: db.db.execute(f"select count(*) from [{t}]").fetchone()[0]
                for t in ("articles", "article_versions", "listing_entries", "parse_failures")}
        db.close()
        size = sum(p.stat().st_size for p in Path(tmp).glob("archive.db*"))
    total = sum(rows.values())
    return {"seconds": round(seconds, 2), "rows": rows, "rows_per_second": round(total / seconds, 1),
            "db_bytes": size}


def run_reextract_benchmark(archive_dir: Path, *, articles: int, seed: int = 0) -> dict[str, Any]:
    """Every figure of the re-extraction section."""
    pages = [p for p in archived_pages(archive_dir / "warc") if p.status == 200]
    records = [(p.url, decode_html(p.body, p.content_type)) for p in pages]
    site = BenchSite(articles, seed=seed)
    from urllib.parse import urlsplit

    kinds = [classify_page(html, url) for url, html in records]
    article_records = [(html, url) for (url, html), kind in zip(records, kinds) if kind == "article"]
    wants = [expected_fields(site, urlsplit(url).path, html) for html, url in article_records]
    keep = [i for i, w in enumerate(wants) if w is not None]
    article_records = [article_records[i] for i in keep]
    wants = [wants[i] for i in keep]

    wait_until_quiet()
    command = run_measured([sys.executable, "-m", "crawler.cli", "reextract", "--archive-dir", str(archive_dir)],
                           cwd=ROOT, log_dir=archive_dir / "bench-logs", name="reextract")
    if command.returncode != 0:
        raise RuntimeError(f"reextract exited {command.returncode}:\n{command.stderr[-3000:]}")

    trafilatura = trafilatura_extractor(**TRAFILATURA_BEST)
    trafilatura(*article_records[0])  # warm up: the first call loads its models and settings
    wait_until_quiet()
    _, traf_all = timed(trafilatura, [(html, url) for url, html in records])
    traf_out, traf_articles = timed(trafilatura, article_records)
    ours_out, ours_articles = timed(parse_article, article_records)

    def parse_any(url: str, html: str) -> tuple[str, str, Any]:
        read = read_html(html, url)  # one tree per page, as the crawl and `reextract` read it
        return read.kind, url, read.article if read.kind == "article" else (read.entries or [])

    wait_until_quiet()
    parsed, ours_all = timed(parse_any, records)
    storage = store_alone([p for p in parsed if p[0] in ("article", "listing")])

    n_all, n_art = len(records), len(article_records)
    return {
        "archive_articles": articles, "html_records": n_all, "article_records": n_art,
        "command": {"wall": round(command.wall, 2), "cpu": round(command.cpu, 2),
                    "max_rss_mb": round(command.max_rss_mb, 1), "output": command.stdout.strip(),
                    "pages_per_second": round(n_all / command.wall, 1)},
        "trafilatura_all": {"seconds": round(traf_all, 2), "pages_per_second": round(n_all / traf_all, 1)},
        "ours_all": {"seconds": round(ours_all, 2), "pages_per_second": round(n_all / ours_all, 1)},
        "trafilatura_articles": {"seconds": round(traf_articles, 2),
                                 "pages_per_second": round(n_art / traf_articles, 1)},
        "ours_articles": {"seconds": round(ours_articles, 2), "pages_per_second": round(n_art / ours_articles, 1)},
        "accuracy": {"ours": score(ours_out, wants, EXACT),
                     "trafilatura": score(traf_out, wants, ("title", "published", "author_name"))},
        "trafilatura_settings": TRAFILATURA_BEST,
        "storage": storage,
    }


@click.command()
@click.option("--archive-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="An archive crawled from bench/site.py (it is re-extracted in place).")
@click.option("--articles", type=int, required=True, help="The site's size when it was crawled.")
@click.option("--seed", default=0, show_default=True)
def main(archive_dir: Path, articles: int, seed: int) -> None:
    """Re-extraction and trafilatura over the same WARC records (bench/crawl.py runs this too)."""
    import json

    click.echo(json.dumps(run_reextract_benchmark(archive_dir, articles=articles, seed=seed), indent=1))


if __name__ == "__main__":
    main()
