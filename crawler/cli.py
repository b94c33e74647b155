"""The ``allmannyttan-archive`` command: a thin click layer over the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ in ("__main__", "__mp_main__") or Path(sys.argv[0]).name == "allmannyttan-archive":
    # The program (or its worker processes), not an import of this module (tests, Scrapyd,
    # a notebook): no command uses a DataFrame, but sqlite-utils imports pandas and numpy
    # whenever they are installed (the notebook extra): 46 MB and 0.35 s in every crawl.
    for _unused in ("pandas", "numpy"):
        sys.modules.setdefault(_unused, None)  # `import pandas` now fails; sqlite-utils expects that

import click

from crawler.run import (
    EXIT_COULD_NOT_RUN, EXIT_EXTRACTION_BROKEN, EXIT_INCOMPLETE, EXIT_INTERRUPTED,
    EXIT_NOTHING_FETCHED, CrawlRefused, CrawlResult, run_crawl,
)
from crawler.operating import parse_duration, parse_size
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


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE pairs from --set; a malformed one is a usage error."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
        settings[name.strip()] = value
    return settings


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
        f"Report: {result.report_path}",
        f"Browse it: allmannyttan-archive serve --archive-dir {result.archive_dir}",
        f"Replay it: allmannyttan-archive replay --archive-dir {result.archive_dir}",
        f"Package it: allmannyttan-archive wacz --archive-dir {result.archive_dir}",
    ]
    return "\n".join(lines)


def explain_exit(result: CrawlResult) -> None:
    """Say on stderr why a crawl's exit code is not 0."""
    if result.exit_code == EXIT_NOTHING_FETCHED:
        click.echo("Nothing was fetched: check the start URL and the network, and see the log.",
                   err=True)
    elif result.exit_code == EXIT_EXTRACTION_BROKEN:
        rates = ", ".join(f"{f} {result.fill_rates.get(f, 0):.0%}" for f in result.broken_fields)
        click.echo(f"Extraction looks broken: {rates} of {result.articles} articles filled "
                   f"(threshold {result.min_fill_rate:.0%}). Has the site's markup changed? "
                   "See `allmannyttan-archive report`.", err=True)
    elif result.exit_code == EXIT_INTERRUPTED:
        why = {"time_limit": "Time limit reached", "size_limit": "Size limit reached"}.get(
            result.stats.get("finish_reason"), "Interrupted")
        click.echo(f"{why}: {result.frontier_waiting} URLs wait in the frontier; the next "
                   "crawl into this archive dir fetches them first.", err=True)
    elif result.exit_code == EXIT_INCOMPLETE:
        click.echo(f"Incomplete: {result.frontier_failed} URLs could not be fetched (see the "
                   "frontier table and the report); the next crawl tries them first.", err=True)


class ArchiveCLI(click.Group):
    """Exits with EXIT_COULD_NOT_RUN on any error that stops a command from running
    (bad arguments included), so a scheduler needs to know one code for it."""

    def main(self, *args, **kwargs):
        kwargs.pop("standalone_mode", None)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as error:
            error.show()
            sys.exit(EXIT_COULD_NOT_RUN)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(EXIT_COULD_NOT_RUN)


@click.group(cls=ArchiveCLI)
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
@click.option("--full", is_flag=True,
              help="Fetch everything again (default: incremental when the archive has crawls).")
@click.option("--revalidate-after", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Send a conditional request for every known URL checked longer ago than "
                   "this, even when its sitemap lastmod did not move (default 30).")
@click.option("--contact", default=None, metavar="URL-OR-EMAIL",
              help="How the site's owner reaches the operator: goes into the User-Agent and the "
                   "WARC's operator field (default: $ARCHIVE_CONTACT). Needed for any public host.")
@click.option("--allow-impolite-rate", is_flag=True,
              help="Allow a delay under 1 s or more than 2 concurrent requests against a public "
                   "host; only with the site owner's consent.")
@click.option("--time-limit", default=None, metavar="DURATION",
              help="Stop as Ctrl-C does after this long (e.g. 5h30m, 90m) and exit 5; the next "
                   "crawl goes on where this one stopped.")
@click.option("--size-limit", default=None, metavar="SIZE",
              help="Stop as Ctrl-C does once this much WARC has been written (e.g. 10GB) and exit 5.")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy or ARCHIVE_* setting (as scrapy's -s); repeatable.")
@click.option("--silent", is_flag=True, help="No progress display on stderr.")
def crawl(start_urls: tuple[str, ...], archive_dir: Path, delay: float | None,
          concurrency: int | None, max_pages: int | None, full: bool,
          revalidate_after: float | None, contact: str | None, allow_impolite_rate: bool,
          time_limit: str | None, size_limit: str | None, overrides: tuple[str, ...],
          silent: bool) -> None:
    """Crawl the site (politely) into the archive dir."""
    try:
        seconds = parse_duration(time_limit) if time_limit else None
        size = parse_size(size_limit) if size_limit else None
    except ValueError as error:
        raise click.BadParameter(str(error)) from error
    check_writable(archive_dir)
    try:
        result = run_crawl(list(start_urls), archive_dir, delay=delay, concurrency=concurrency,
                           max_pages=max_pages, progress=progress_mode(silent), full=full,
                           revalidate_after=revalidate_after, contact=contact,
                           allow_impolite=allow_impolite_rate, time_limit=seconds, size_limit=size,
                           extra=parse_overrides(overrides))
    except CrawlRefused as refused:
        raise click.ClickException("not starting: " + " — and ".join(refused.problems)) from refused
    click.echo(summary(result))
    explain_exit(result)
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
    explain_exit(result)
    sys.exit(result.exit_code)


@cli.command()
@archive_dir_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8001, show_default=True,
              help="Port to listen on.")
@click.option("--replay-url", default=None, metavar="URL",
              help="Base URL of a pywb replay of this archive (e.g. http://127.0.0.1:8080): "
                   "article pages link to their captures there. Default: the "
                   "`allmannyttan-archive replay` running on the archive dir, if any.")
def serve(archive_dir: Path, host: str, port: int, replay_url: str | None) -> None:
    """Browse and search the archive with Datasette (read-only)."""
    from datasette.cli import cli as datasette_cli

    from archive.datasette import is_being_written, register_plugin, serve_arguments

    db_path = archive_dir / "archive.db"
    if not db_path.exists():
        raise click.ClickException(f"no archive at {db_path}. Run `allmannyttan-archive demo` "
                                   "or `allmannyttan-archive crawl` first.")
    if is_being_written(db_path):
        click.echo(f"{db_path} is being written (a crawl is running, or one ended abruptly): "
                   "serving it read-only, not immutable.", err=True)
    register_plugin()
    datasette_cli.main(["serve", *serve_arguments(db_path, host=host, port=port, replay_url=replay_url)],
                       prog_name="allmannyttan-archive serve")


@cli.command()
@archive_dir_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True,
              help="JSON Lines (lists as lists) or CSV (lists as JSON text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              default=Path("-"), show_default=True, help="File to write; - for standard output.")
@click.option("--columns", default=None, metavar="COL,COL,...",
              help="Only these article columns, in this order (default: all).")
def export(archive_dir: Path, fmt: str, output: Path, columns: str | None) -> None:
    """Write every article, with all its fields (or --columns), as JSON Lines or CSV."""
    from archive.export import ExportError, export_articles

    db_path = archive_dir / "archive.db"
    try:
        # lazy: the output file is created only once there is something to write.
        with click.open_file(str(output), "w", encoding="utf-8", lazy=True) as out:
            count = export_articles(db_path, fmt, out,
                                    [c.strip() for c in columns.split(",") if c.strip()] if columns else None)
    except ExportError as error:
        raise click.ClickException(f"{error}. Check --archive-dir, or run "
                                   "`allmannyttan-archive demo` to make an archive.") from error
    click.echo(f"Exported {count} articles from {db_path}.", err=True)


@cli.command()
@archive_dir_option
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Parsing processes (default: one per core; 0 parses in this process).")
def reextract(archive_dir: Path, workers: int | None) -> None:
    """Rebuild the extracted tables from the WARC files alone (after a parser fix)."""
    from crawler.reextract import reextract as rebuild

    if not (archive_dir / "warc").is_dir():
        raise click.ClickException(f"no WARC files in {archive_dir / 'warc'}. "
                                   "Check --archive-dir.")
    counts = rebuild(archive_dir, workers=workers)
    pages, seconds = counts["pages"], counts["seconds"]
    click.echo(f"Re-extracted {pages} pages in {seconds:.1f} s: {counts['articles']} "
               f"articles, {counts['listings']} listings, {counts['removed']} removed, "
               f"{counts['failures']} parse failures.")
    if pages:
        click.echo(f"{pages / max(seconds, 1e-9):.0f} pages/s, "
                   f"{1000 * counts['cpu_seconds'] / pages:.1f} ms of CPU per page (all processes).")


@cli.command()
@archive_dir_option
@click.option("--crawl", "crawl_id", default=None,
              help="Print this crawl's summary (an id, or 'latest') instead of the fill rates.")
def report(archive_dir: Path, crawl_id: str | None) -> None:
    """Fill rates of each field per crawl, with warnings when one drops sharply."""
    from archive.database import ArchiveDB
    from archive.reports import crawl_report_markdown, fill_rate_report

    db_path = archive_dir / "archive.db"
    if not db_path.exists():
        raise click.ClickException(f"no archive at {db_path}. Run `allmannyttan-archive demo` "
                                   "or `allmannyttan-archive crawl` first.")
    db = ArchiveDB.read_only(db_path)  # a report never changes the archive
    try:
        if crawl_id is not None:
            try:
                wanted = db.find_crawl(crawl_id)
            except LookupError as error:
                raise click.ClickException(f"{error} ({db_path})") from error
            click.echo(crawl_report_markdown(db, wanted), nl=False)
            return
        table, warnings = fill_rate_report(db)
        click.echo(table)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
    finally:
        db.close()


@cli.command()
@archive_dir_option
@click.option("--crawl", "crawl_id", default=None,
              help="Package this crawl (an id, or 'latest') and the earlier WARC files its "
                   "revisits refer to; default: the whole archive.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default DIR/wacz/archive.wacz or DIR/wacz/crawl-<id>.wacz).")
def wacz(archive_dir: Path, crawl_id: str | None, output: Path | None) -> None:
    """Package the archive dir's WARC files as a WACZ 1.1.1 file for hand-off."""
    from archive.wacz import PackageError, write_wacz

    try:
        package = write_wacz(archive_dir, crawl=crawl_id, output=output)
    except PackageError as error:
        raise click.ClickException(f"{error}. Check --archive-dir and --crawl "
                                   "(`allmannyttan-archive report` lists the crawls), and run "
                                   "`allmannyttan-archive verify`.") from error
    click.echo(f"Wrote {package.path}: {len(package.warc_files)} WARC files, {package.pages} pages"
               + (f", main page {package.main_page}" if package.main_page else "") + ".")
    click.echo(f"Check it: wacz validate -f {package.path}")


@cli.command()
@archive_dir_option
def verify(archive_dir: Path) -> None:
    """Check the fixity of the archive dir: WARC digests and headers, revisits, database pointers, WACZ hashes.

    Exits 2 and names every fault when it finds any.
    """
    from archive.verify import verify_archive

    if not (archive_dir / "warc").is_dir():
        raise click.ClickException(f"no WARC files in {archive_dir / 'warc'}. Check --archive-dir.")
    result = verify_archive(archive_dir)
    for fault in result.faults:
        click.echo(f"FAULT {fault}")
    for name in result.in_progress:
        click.echo(f"note: {name} is still being written (or a crawl was killed; the next "
                   "crawl closes it): not checked", err=True)
    checked = (f"{result.warc_files} WARC files, {result.records} records"
               + (", the database's pointers" if result.captures_checked else "")
               + (f", {len(result.packages)} WACZ packages" if result.packages else ""))
    if result.faults:
        click.echo(f"{len(result.faults)} faults in {archive_dir} ({checked}).", err=True)
        sys.exit(2)
    click.echo(f"OK: {checked} verified.")


@cli.command()
@archive_dir_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(min=1, max=65535), default=8080, show_default=True,
              help="Port to listen on.")
def replay(archive_dir: Path, host: str, port: int) -> None:
    """Replay the archived pages with pywb, from the archive dir's WARC files alone."""
    from archive.cdxj import update_index
    from archive.replay import ReplayError, check_port, exec_pywb, home_page, replay_url

    if not any((archive_dir / "warc").glob("*.warc.gz")):
        raise click.ClickException(f"no WARC files in {archive_dir / 'warc'}. Run "
                                   "`allmannyttan-archive demo` or `crawl`, or check --archive-dir.")
    try:
        check_port(host, port)
    except ReplayError as error:
        raise click.ClickException(f"{error}. Choose another with --port.") from error
    update_index(archive_dir)
    base = f"http://{host}:{port}"
    click.echo(f"Replaying {archive_dir} with pywb at {base}/{'archive'}/ (Ctrl-C stops it).")
    home = home_page(archive_dir)
    if home:
        click.echo(f"Newest capture of the home page: {replay_url(base, home[1], home[0])}")
    click.echo(f"Datasette links to it: allmannyttan-archive serve --archive-dir {archive_dir}")
    exec_pywb(archive_dir, host, port)



@cli.command()
@archive_dir_option
@click.option("--to", "remote", required=True, metavar="REMOTE",
              help="An rclone path, e.g. archive:bucket/prefix (configured the rclone way, "
                   "e.g. RCLONE_CONFIG_ARCHIVE_* variables).")
def publish(archive_dir: Path, remote: str) -> None:
    """Copy the archive to durable storage: WARCs (never overwritten), a database snapshot,
    indexes, reports, WACZ packages and a manifest; then check the copy against the manifest."""
    from archive.publish import PublishError, publish as publish_archive

    try:
        result = publish_archive(archive_dir, remote)
    except PublishError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Published {result.files} files to {remote} ({len(result.uploaded)} copied, "
               f"the rest already there); sizes and hashes match the manifest.")


@cli.command()
@click.option("--from", "remote", required=True, metavar="REMOTE", help="The rclone path published to.")
@archive_dir_option
def restore(remote: str, archive_dir: Path) -> None:
    """Rebuild a working archive dir from a published copy, every file checked against its SHA-256."""
    from archive.publish import PublishError, restore as restore_archive

    try:
        count = restore_archive(remote, archive_dir)
    except PublishError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored {count} files from {remote} into {archive_dir}; the next crawl into it "
               "is incremental. Check it: allmannyttan-archive verify --archive-dir " + str(archive_dir))


if __name__ == "__main__":
    cli()
