"""Operating it unattended: operator contact, politeness guard, time and size limits, heartbeat.

Pure rules on plain data first; then real crawls of the sample site over loopback,
stopped by their own limits and continued until they end.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.operating import (
    is_contact, operator_problems, parse_duration, parse_size, public_hosts, user_agent,
)
from crawler.run import EXIT_COULD_NOT_RUN, EXIT_INTERRUPTED, EXIT_OK
from tests.conftest import ROOT, crawl, run_cli
from tests.test_interruption import archived_urls


def test_durations_and_sizes():
    assert parse_duration("5h30m") == 19800
    assert parse_duration("90m") == parse_duration("1h30m") == 5400
    assert parse_duration("1d") == 86400 and parse_duration("45s") == 45 and parse_duration("3600") == 3600
    assert parse_size("10GB") == 10 * 10**9 and parse_size("500MB") == 500 * 10**6
    assert parse_size("1.5GiB") == int(1.5 * 2**30) and parse_size("2048") == 2048
    assert parse_size("20kb") == 20_000
    for bad in ("5x", "h", "", "1h 2y"):
        with pytest.raises(ValueError):
            parse_duration(bad)
    for bad in ("ten GB", "5 PB", ""):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_a_contact_is_a_url_or_an_email_and_never_the_old_placeholder():
    assert is_contact("https://arkiv.example.se/kontakt") and is_contact("arkiv@example.se")
    assert is_contact("mailto:arkiv@example.se")
    assert not is_contact("") and not is_contact(None) and not is_contact("Anna")
    assert not is_contact("https://github.com/allmannyttan-archive/allmannyttan-archive")
    assert "+arkiv@example.se" in user_agent("arkiv@example.se")
    assert "no contact" in user_agent(None)


def test_public_hosts_need_a_contact_and_a_polite_rate():
    live = ["https://www.allmannyttan.se/"]
    assert public_hosts(live + ["http://127.0.0.1:8000/"]) == ["www.allmannyttan.se"]
    polite = dict(delay=1.5, concurrency=2, allow_impolite=False)
    assert operator_problems(["http://127.0.0.1:8000/"], contact=None, delay=0, concurrency=64,
                             allow_impolite=False) == []  # loopback: tests, the sample site
    [problem] = operator_problems(live, contact=None, **polite)
    assert "--contact" in problem and "ARCHIVE_CONTACT" in problem
    assert operator_problems(live, contact="arkiv@example.se", **polite) == []
    fast = operator_problems(live, contact="arkiv@example.se", delay=0.5, concurrency=2, allow_impolite=False)
    assert len(fast) == 1 and "--allow-impolite-rate" in fast[0]
    assert operator_problems(live, contact="arkiv@example.se", delay=1, concurrency=3,
                             allow_impolite=False)
    assert operator_problems(live, contact="arkiv@example.se", delay=0, concurrency=64,
                             allow_impolite=True) == []


def test_a_public_crawl_without_a_contact_does_not_start(tmp_path):
    result = run_cli("crawl", "--start-url", "https://www.allmannyttan.se/", "--archive-dir",
                     str(tmp_path / "a"), "--silent", env={"ARCHIVE_CONTACT": ""})
    assert result.returncode == EXIT_COULD_NOT_RUN
    assert "--contact URL-or-email" in result.stderr and "ARCHIVE_CONTACT" in result.stderr
    assert not (tmp_path / "a" / "archive.db").exists()  # nothing was started, nothing asked
    impolite = run_cli("crawl", "--start-url", "https://www.allmannyttan.se/", "--archive-dir",
                       str(tmp_path / "a"), "--silent", "--delay", "0", "--concurrency", "8",
                       env={"ARCHIVE_CONTACT": "arkiv@example.se"})
    assert impolite.returncode == EXIT_COULD_NOT_RUN and "--allow-impolite-rate" in impolite.stderr
    assert not (tmp_path / "a" / "archive.db").exists()


def test_the_contact_is_in_the_user_agent_and_the_warc(tmp_path, sample_site):
    before = len(sample_site.requests)  # the log is shared with other tests: read only ours
    result = crawl(sample_site.url, tmp_path / "a", "--contact", "https://arkiv.example.se/kontakt",
                   "--max-pages", "2")
    assert result.returncode == EXIT_OK, result.stderr
    agents = {r["headers"].get("User-Agent") for r in sample_site.requests[before:]}
    assert agents == {"allmannyttan-archive/0.1.0 (+https://arkiv.example.se/kontakt; archival crawler)"}
    warc = next((tmp_path / "a" / "warc").glob("*.warc.gz"))
    with open(warc, "rb") as f:
        info = next(iter(ArchiveIterator(f)))
        assert info.rec_type == "warcinfo"
        assert b"operator: https://arkiv.example.se/kontakt" in info.content_stream().read()


def slow_crawl(url: str, archive_dir, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", url, "--archive-dir",
         str(archive_dir), "--delay", "0.15", "--concurrency", "1", "--silent", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_time_boxed_runs_add_up_to_one_uninterrupted_crawl(tmp_path, sample_site, sample_archive):
    archive_dir = tmp_path / "a"
    codes = []
    while not codes or codes[-1] != EXIT_OK:
        result = slow_crawl(sample_site.url, archive_dir, "--time-limit", "3s")
        assert result.returncode in (EXIT_OK, EXIT_INTERRUPTED), result.stderr
        if result.returncode == EXIT_INTERRUPTED:
            assert "Time limit reached" in result.stderr
        codes.append(result.returncode)
        assert len(codes) <= 15, codes
    assert codes.count(EXIT_INTERRUPTED) >= 3, codes
    assert archived_urls(archive_dir) >= archived_urls(sample_archive)
    with sqlite3.connect(archive_dir / "archive.db") as db:
        rows = db.execute("select status, exit_code from crawls order by id").fetchall()
        twice = db.execute("select url, payload_digest from captures where record_type = 'response' "
                           "and status = 200 group by url, payload_digest having count(*) > 1").fetchall()
        articles = db.execute("select count(*) from articles").fetchone()[0]
        waiting = db.execute("select count(*) from frontier").fetchone()[0]
    with sqlite3.connect(sample_archive / "archive.db") as db:
        assert articles == db.execute("select count(*) from articles").fetchone()[0]
    assert [s for s, _ in rows[:-1]] == ["time_limit"] * (len(rows) - 1)
    assert [c for _, c in rows] == codes
    assert rows[-1] == ("finished", EXIT_OK)
    assert twice == [] and waiting == 0


def test_a_size_limit_stops_the_crawl_and_the_next_goes_on(tmp_path, sample_site):
    archive_dir = tmp_path / "a"
    stopped = slow_crawl(sample_site.url, archive_dir, "--size-limit", "30KB")
    assert stopped.returncode == EXIT_INTERRUPTED, stopped.stderr
    assert "Size limit reached" in stopped.stderr
    with sqlite3.connect(archive_dir / "archive.db") as db:
        assert db.execute("select status from crawls").fetchone()[0] == "size_limit"
        assert db.execute("select count(*) from frontier").fetchone()[0] > 0
    assert crawl(sample_site.url, archive_dir).returncode == EXIT_OK


def test_without_a_terminal_a_heartbeat_goes_to_stderr(tmp_path, sample_site):
    result = slow_crawl(sample_site.url, tmp_path / "a", "--set", "ARCHIVE_HEARTBEAT_SECONDS=0.5")
    assert result.returncode == EXIT_OK, result.stderr
    beats = [line for line in result.stderr.splitlines() if line.startswith("heartbeat: ")]
    assert len(beats) >= 3
    assert all("pages" in b and "articles" in b and "errors" in b and "queued" in b for b in beats)
