"""The ``allmannyttan-archive`` command: a thin click layer over the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from crawler.run import EXIT_NOTHING_FETCHED, CrawlResult, run_crawl
from crawler.spiders.allmannyttan import DEFAULT_START_URL

archive_dir_option = click.option(
    "--archive-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("data"),
    show_default=True, help="Archive folder: archive.db and warc/*.warc.gz live here.")


def check_writable(archive_dir: Path) -> None:
    """Fail early, with advice, when the archive folder cannot be written."""
    try:
        archive_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"cannot create archive dir {archive_dir}: {error.strerror}. "
                                   "Choose another with --archive-dir.") from error
    if not os.access(archive_dir, os.W_OK):
        raise click.ClickException(f"archive dir {archive_dir} is not writable. "
                                   "Choose another with --archive-dir.")


def progress_mode(silent: bool) -> str:
    return "off" if silent else "auto"


def summary(result: CrawlResult) -> str:
    """What a person wants to know when a crawl ends."""
    warc_dir = result.archive_dir / "warc"
    lines = [
        f"Crawl {result.crawl_id} finished: {result.pages} pages, {result.articles} articles, "
        f"{result.listings} listing pages, {result.errors} errors.",
        f"WARC files ({len(result.warc_files)}): {warc_dir}/",
        *(f"  {name}" for name in result.warc_files),
        f"Database: {result.archive_dir / 'archive.db'}",
        f"Log: {result.log_file}",
        f"Browse it: allmannyttan-archive serve --archive-dir {result.archive_dir}",
    ]
    return "\n".join(lines)


@click.group()
@click.version_option(package_name="allmannyttan-archive")
def cli() -> None:
    """Archive allmännyttan.se into WARC files and a SQLite database."""


@cli.command()
@click.option("--start-url", "start_urls", multiple=True, default=[DEFAULT_START_URL],
              show_default=True, help="Where to start; repeat for several. Scope is their hosts.")
@archive_dir_option
@click.option("--delay", type=click.FloatRange(min=0), default=None,
              help="Seconds between requests to a host (default 1.5 with AutoThrottle; "
                   "0 turns politeness delays off, for loopback).")
@click.option("--concurrency", type=click.IntRange(min=1, max=64), default=None,
              help="Concurrent requests per host (default 2).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Stop scheduling HTML pages after this many.")
@click.option("--silent", is_flag=True, help="No progress display on stderr.")
def crawl(start_urls: tuple[str, ...], archive_dir: Path, delay: float | None,
          concurrency: int | None, max_pages: int | None, silent: bool) -> None:
    """Crawl the site (politely) into the archive dir."""
    check_writable(archive_dir)
    result = run_crawl(list(start_urls), archive_dir, delay=delay, concurrency=concurrency,
                       max_pages=max_pages, progress=progress_mode(silent))
    click.echo(summary(result))
    if result.exit_code == EXIT_NOTHING_FETCHED:
        click.echo("Nothing was fetched: check the start URL and the network, and see the log.",
                   err=True)
    sys.exit(result.exit_code)


@cli.command()
@archive_dir_option
@click.option("--silent", is_flag=True, help="No progress display on stderr.")
def demo(archive_dir: Path, silent: bool) -> None:
    """Serve the bundled sample site on loopback and archive it."""
    from crawler.sample_site import serve as serve_sample_site

    check_writable(archive_dir)
    with serve_sample_site() as site:
        click.echo(f"Sample site at {site.url}")
        result = run_crawl([site.url], archive_dir, delay=0, concurrency=4,
                           progress=progress_mode(silent))
    click.echo(summary(result))
    sys.exit(result.exit_code)


@cli.command()
@archive_dir_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
def serve(archive_dir: Path, host: str, port: int) -> None:
    """Browse the archive with Datasette."""
    from datasette.cli import cli as datasette_cli

    db_path = archive_dir / "archive.db"
    if not db_path.exists():
        raise click.ClickException(f"no archive at {db_path}. Run `allmannyttan-archive demo` "
                                   "or `allmannyttan-archive crawl` first.")
    datasette_cli.main(["serve", str(db_path), "--host", host, "--port", str(port)],
                       prog_name="allmannyttan-archive serve")


if __name__ == "__main__":
    cli()
