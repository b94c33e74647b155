"""The command line: every command has help, exit codes come from the crawl, and
the demo, the Scrapy command and the Datasette server work end to end."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path
import urllib.request
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.cli import cli
from crawler.run import EXIT_COULD_NOT_RUN, EXIT_NOTHING_FETCHED
from tests.conftest import ROOT, crawl, free_port, run_cli, serving


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help
    assert "--archive-dir" in result.output


def test_nothing_fetched_is_a_failure(tmp_path):
    result = crawl(f"http://127.0.0.1:{free_port()}/", tmp_path / "a")
    assert result.returncode == EXIT_NOTHING_FETCHED
    assert "Nothing was fetched" in result.stderr
    errors = sqlite_utils.Database(tmp_path / "a" / "archive.db").execute(
        "select count(*) from captures where error is not null").fetchone()[0]
    assert errors >= 1


def test_unwritable_archive_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("crawl", "--archive-dir", str(blocker / "sub"), "--silent")
    assert result.returncode == EXIT_COULD_NOT_RUN
    assert "cannot create archive dir" in result.stderr


def test_bad_option_means_could_not_run():
    result = run_cli("crawl", "--concurrency", "0")
    assert result.returncode == EXIT_COULD_NOT_RUN
    assert "Invalid value for '--concurrency'" in result.stderr


def test_max_pages_bounds_the_crawl(tmp_path, sample_site):
    result = crawl(sample_site.url, tmp_path / "a", "--max-pages", "3")
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(tmp_path / "a" / "archive.db")
    pages = db.execute("select count(*) from captures where page_kind in "
                       "('page', 'article', 'listing', 'other')").fetchone()[0]
    assert 1 <= pages <= 3 + 1  # one redirect hop may add a capture


def test_demo_archives_the_sample_site(tmp_path):
    result = run_cli("demo", "--archive-dir", str(tmp_path / "demo"), "--silent")
    assert result.returncode == 0, result.stderr
    assert "Sample site at http://127.0.0.1:" in result.stdout
    assert "allmannyttan-archive serve --archive-dir" in result.stdout
    db = sqlite_utils.Database(tmp_path / "demo" / "archive.db")
    assert db["articles"].count >= 12
    assert list((tmp_path / "demo" / "warc").glob("*.warc.gz"))


def test_scrapy_crawl_command_does_the_same_crawl(tmp_path, sample_site):
    archive_dir = tmp_path / "scrapy"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "allmannyttan", "-a", f"start_url={sample_site.url}",
         "-s", f"ARCHIVE_DIR={archive_dir}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
         "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(archive_dir / "archive.db")
    assert db["articles"].count >= 12
    assert list((archive_dir / "warc").glob("*.warc.gz"))


def test_progress_shows_on_a_terminal_and_not_when_silent(tmp_path, sample_site):
    def stderr_of(*extra: str) -> str:
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", sample_site.url,
             "--archive-dir", str(tmp_path / f"p{len(extra)}"), "--delay", "0", *extra],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 4096)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        proc.wait(timeout=120)
        os.close(master)
        return b"".join(chunks).decode("utf-8", "replace")

    shown = stderr_of()
    assert "pages " in shown and "articles " in shown and "errors " in shown
    assert "pages " not in stderr_of("--silent")


def test_serve_starts_datasette_on_the_archive(sample_archive):
    with serving(sample_archive) as base:
        with urllib.request.urlopen(f"{base}/archive/articles.json?_shape=array&_size=100") as r:
            rows = json.load(r)
    assert len(rows) >= 12
    assert all(row["title"] for row in rows)


@pytest.mark.parametrize("how", ["module", "script"])
def test_the_program_leaves_pandas_and_numpy_unimported(how):
    """sqlite-utils imports pandas and numpy whenever they are installed; no command uses
    them, so the program (``python -m crawler.cli`` and the installed script) keeps them out."""
    import importlib.util
    import shutil

    assert importlib.util.find_spec("pandas") is not None  # installed here (test extra): the check can fail
    program = ([sys.executable, "-m", "crawler.cli"] if how == "module"
               else [shutil.which("allmannyttan-archive", path=str(Path(sys.executable).parent))])
    result = subprocess.run([*program, "verify", "--help"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "sqlite_utils.db" in imported and "scrapy" in imported  # the heavy imports did run
    assert "pandas" not in imported and "numpy" not in imported
