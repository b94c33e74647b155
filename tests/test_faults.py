"""One crawl of the fault server, then one test per fault, each asserting what was recorded.

What an archivist wants from a crawl that meets broken servers: every fetch is
in ``captures`` with its status or error, every response that came is in the
WARC as sent, what was not fetched is in ``skipped_urls`` with its reason,
what could not be parsed is in ``parse_failures``, and no fault stops the
crawl. The crawl runs once per module (``faults``) with the real CLI.
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from crawler.run import EXIT_INCOMPLETE
from tests import fault_server as fs
from tests.conftest import run_cli

WARCIO = str(Path(sys.executable).parent / "warcio")
DOWNLOAD_TIMEOUT = 2
SIZE_CAP = 20_000_000
BACKOFF_BASE = 0.2
RETRY_TIMES = 3  # crawler/settings.py
REDIRECT_MAX_TIMES = 20  # Scrapy's default
CRAWL_TIMEOUT = 90  # seconds; the crawl itself takes about 12
MAX_CRAWL_SECONDS = 30
MAX_PEAK_RSS = 400 * 1024 * 1024
KEEP_PAYLOAD = 2 * 1024 * 1024  # payloads larger than this are only measured
# Loopback latency and scheduling slack when comparing server-side timestamps.
SLACK = 0.05


@dataclass
class WarcRecord:
    rec_type: str
    uri: str
    status: int | None
    warc_headers: dict[str, str]
    http_headers: list[tuple[str, str]]
    payload: bytes | None  # as stored (content-encoding kept); None when larger than KEEP_PAYLOAD
    payload_length: int
    filename: str
    offset: int

    def http_header(self, name: str) -> str | None:
        return next((v for k, v in self.http_headers if k.lower() == name.lower()), None)


@dataclass
class FaultCrawl:
    server: fs.FaultServer
    archive_dir: Path
    result: subprocess.CompletedProcess
    seconds: float
    peak_rss: int | None
    db: sqlite_utils.Database
    records: list[WarcRecord]

    def url(self, path: str) -> str:
        return self.server.url_of(path)

    def captures(self, path: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM captures WHERE url = ? ORDER BY id",
                                  [self.url(path)]))

    def responses(self, path: str) -> list[WarcRecord]:
        return [r for r in self.records if r.rec_type == "response" and r.uri == self.url(path)]

    def skipped(self, path: str | None = None) -> list[dict[str, Any]]:
        if path is None:
            return list(self.db.query("SELECT * FROM skipped_urls"))
        return list(self.db.query("SELECT * FROM skipped_urls WHERE url = ?", [self.url(path)]))

    def parse_failures(self, path: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM parse_failures WHERE url = ?", [self.url(path)]))

    def article(self, path: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE url = ?", [self.url(path)]))
        return rows[0] if rows else None

    def gaps(self, path: str) -> list[float]:
        """Seconds between successive requests for ``path``."""
        times = [e.at for e in self.server.log.entries(path)]
        return [b - a for a, b in zip(times, times[1:])]


class PeakRss(threading.Thread):
    """Polls /proc for this process's crawler child and keeps its peak RSS (VmHWM)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak: int | None = None
        self.done = threading.Event()

    def run(self) -> None:
        parent = str(os.getpid())
        while not self.done.wait(0.05):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    stat = Path(f"/proc/{pid}/stat").read_text()
                    if stat.rpartition(")")[2].split()[1] != parent:
                        continue
                    if b"crawler.cli" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            peak = int(line.split()[1]) * 1024
                            self.peak = max(self.peak or 0, peak)
                except (OSError, IndexError, ValueError):
                    continue  # the process ended between listdir and read


def read_records(warc_dir: Path) -> list[WarcRecord]:
    records = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with open(path, "rb") as f:
            iterator = ArchiveIterator(f)
            for record in iterator:
                payload, length = bytearray(), 0
                stream = record.raw_stream
                while chunk := stream.read(65536):
                    length += len(chunk)
                    if length <= KEEP_PAYLOAD:
                        payload += chunk
                http = record.http_headers
                records.append(WarcRecord(
                    rec_type=record.rec_type,
                    uri=record.rec_headers.get_header("WARC-Target-URI") or "",
                    status=int(http.get_statuscode()) if http and record.rec_type == "response" else None,
                    warc_headers=dict(record.rec_headers.headers),
                    http_headers=list(http.headers) if http else [],
                    payload=bytes(payload) if length <= KEEP_PAYLOAD else None,
                    payload_length=length, filename=path.name, offset=iterator.get_record_offset()))
    return records


@pytest.fixture(scope="module")
def faults(tmp_path_factory) -> FaultCrawl:
    archive_dir = tmp_path_factory.mktemp("fault-archive")
    with fs.FaultServer() as server:
        rss = PeakRss()
        rss.start()
        started = time.monotonic()
        try:
            result = run_cli("crawl", "--start-url", server.url, "--archive-dir", str(archive_dir),
                             "--delay", "0", "--concurrency", "4", "--silent",
                             "--set", f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}",
                             "--set", f"DOWNLOAD_MAXSIZE={SIZE_CAP}",
                             "--set", f"ARCHIVE_RETRY_BACKOFF_BASE={BACKOFF_BASE}",
                             timeout=CRAWL_TIMEOUT)
        except subprocess.TimeoutExpired:
            last = [f"{e.at - started:.1f}s {e.path}" for e in server.log.entries()[-8:]]
            pytest.fail(f"the fault crawl did not finish in {CRAWL_TIMEOUT} s (back-off "
                        f"growing without bound?); its last requests: {last}")
        finally:
            rss.done.set()
            rss.join()
        seconds = time.monotonic() - started
        db = sqlite_utils.Database(archive_dir / "archive.db")
        crawl = FaultCrawl(server=server, archive_dir=archive_dir, result=result, seconds=seconds,
                           peak_rss=rss.peak, db=db, records=read_records(archive_dir / "warc"))
        yield crawl
        db.close()


def payload_of(crawl: FaultCrawl, path: str, status: int = 200) -> bytes | None:
    records = [r for r in crawl.responses(path) if r.status == status]
    assert records, f"no {status} response record for {path} in the WARC"
    return records[-1].payload


# -- the crawl as a whole -----------------------------------------------------------------
def test_crawl_finishes_and_goes_on_past_every_fault(faults):
    # It finished, but URLs that failed every retry wait in the frontier: exit code 6.
    assert faults.result.returncode == EXIT_INCOMPLETE, faults.result.stdout + faults.result.stderr
    assert "could not be fetched" in faults.result.stderr
    crawl_row = next(faults.db.query("SELECT * FROM crawls ORDER BY id DESC LIMIT 1"))
    assert crawl_row["status"] == "finished"
    for path in fs.FAULT_PATHS:
        assert faults.server.log.hits(path) >= 1, f"{path} never requested"
    # Pages linked only from a page behind a fault were fetched and parsed.
    for path in (*fs.ONWARD.values(), fs.LAST_PAGE):
        assert [c["status"] for c in faults.captures(path)] == [200], path
        assert faults.article(path) is not None, path


def test_warcio_check_passes_and_no_file_left_open(faults):
    files = sorted((faults.archive_dir / "warc").glob("*.warc.gz"))
    assert files and not list((faults.archive_dir / "warc").glob("*.open"))
    check = subprocess.run([WARCIO, "check", "-v", *map(str, files)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_database_integrity_ok(faults):
    assert faults.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_every_capture_with_a_status_points_at_its_response_record(faults):
    by_place = {(r.filename, r.offset): r for r in faults.records}
    rows = list(faults.db.query("SELECT * FROM captures WHERE status IS NOT NULL"))
    assert rows
    for row in rows:
        record = by_place.get((row["warc_filename"], row["warc_offset"]))
        assert record is not None, row["url"]
        assert (record.rec_type, record.uri, record.status) == (row["record_type"], row["url"], row["status"])


def test_robots_txt_archived_and_nothing_refused(faults):
    assert [c["status"] for c in faults.captures("/robots.txt")] == [200]
    assert payload_of(faults, "/robots.txt") == fs.ROBOTS_TXT
    assert [s for s in faults.skipped() if s["reason"] == "robots"] == []


# -- 5xx and 429 ---------------------------------------------------------------------------
def test_flaky_503_is_archived_after_a_retry(faults):
    assert faults.server.log.hits("/flaky/") == 2
    assert faults.gaps("/flaky/")[0] >= BACKOFF_BASE - SLACK
    captures = faults.captures("/flaky/")
    assert [c["status"] for c in captures] == [503, 200]
    assert captures[-1]["page_kind"] == "article"
    assert [r.status for r in faults.responses("/flaky/")] == [503, 200]
    assert faults.article("/flaky/")["title"] == "Andra försöket lyckades i Borås"


@pytest.mark.parametrize("path,status", [("/always-503/", 503), ("/always-500/", 500)])
def test_5xx_forever_is_recorded_as_a_failure_after_backed_off_retries(faults, path, status):
    assert faults.server.log.hits(path) == 1 + RETRY_TIMES
    # Exponential back-off: base, 2 * base, 4 * base between the attempts.
    for n, gap in enumerate(faults.gaps(path)):
        assert gap >= BACKOFF_BASE * 2 ** n - SLACK, faults.gaps(path)
    assert [c["status"] for c in faults.captures(path)] == [status] * (1 + RETRY_TIMES)
    assert [r.status for r in faults.responses(path)] == [status] * (1 + RETRY_TIMES)
    assert faults.article(path) is None
    crawl_row = next(faults.db.query("SELECT fetch_errors FROM crawls ORDER BY id DESC LIMIT 1"))
    assert crawl_row["fetch_errors"] >= 2 * (1 + RETRY_TIMES)


def test_429_retry_waits_for_retry_after(faults):
    entries = faults.server.log.entries("/429/")
    assert len(entries) == 2
    waited = entries[1].at - entries[0].at
    assert waited >= fs.RETRY_AFTER_SECONDS, f"retried after {waited:.2f} s, Retry-After said 2"
    assert [c["status"] for c in faults.captures("/429/")] == [429, 200]
    assert [r.status for r in faults.responses("/429/")] == [429, 200]
    assert faults.responses("/429/")[0].http_header("Retry-After") == str(fs.RETRY_AFTER_SECONDS)
    assert faults.article("/429/")["title"] == "Tålamod lönar sig i Umeå"


def test_429_retry_after_holds_back_the_whole_host(faults):
    """Back-off is per host: after the 429, no new request to the host until Retry-After is over."""
    first = faults.server.log.entries("/429/")[0].at
    # Requests already on their way when the 429 arrived may land just after it.
    window = (first + 0.3, first + fs.RETRY_AFTER_SECONDS - SLACK)
    during = [(round(e.at - first, 2), e.path) for e in faults.server.log.entries()
              if window[0] <= e.at <= window[1]]
    assert during == [], f"requests to the host during Retry-After: {during}"


def test_host_slow_down_is_temporary(faults):
    """A few 429/503 answers slow the host down for a while, not for the rest of the crawl:
    the fault site takes about 12 s to crawl when each slow-down ends with its Retry-After."""
    assert faults.seconds < MAX_CRAWL_SECONDS, f"the crawl took {faults.seconds:.0f} s"


# -- timeouts and broken connections ----------------------------------------------------------
def test_slow_headers_time_out_and_are_recorded_as_errors(faults):
    assert faults.server.log.hits("/slow-headers/") == 1 + RETRY_TIMES
    captures = faults.captures("/slow-headers/")
    assert len(captures) == 1 + RETRY_TIMES
    for capture in captures:
        assert capture["status"] is None and capture["warc_filename"] is None
        assert "timeout" in capture["error"].lower() or "took longer" in capture["error"]
    assert faults.responses("/slow-headers/") == []


def test_slow_body_within_the_timeout_is_archived_whole(faults):
    assert faults.server.log.hits("/slow-body/") == 1
    assert payload_of(faults, "/slow-body/") == fs.slow_body_bytes()
    assert [c["status"] for c in faults.captures("/slow-body/")] == [200]
    assert faults.article("/slow-body/")["title"] == "Långsamt men säkert: stambytet i Gävle"


def test_connection_reset_mid_body_is_an_error_and_retried(faults):
    assert faults.server.log.hits("/reset/") == 1 + RETRY_TIMES
    captures = faults.captures("/reset/")
    assert len(captures) == 1 + RETRY_TIMES
    assert all(capture["error"] for capture in captures), captures
    # Only part of the body came, on every try: no response record claims to be the page.
    assert faults.responses("/reset/") == []


# -- redirects ------------------------------------------------------------------------------
def test_redirect_loop_is_archived_once_and_recorded_as_skipped(faults):
    for path, target in (("/loop-a/", "/loop-b/"), ("/loop-b/", "/loop-a/")):
        assert faults.server.log.hits(path) == 1, path
        assert [c["status"] for c in faults.captures(path)] == [302]
        (record,) = faults.responses(path)
        assert record.status == 302 and record.http_header("Location") == target
    loop = [s for s in faults.skipped() if s["url"] in (faults.url("/loop-a/"), faults.url("/loop-b/"))]
    assert [(s["url"], s["reason"]) for s in loop] == [(faults.url("/loop-a/"), "duplicate")], \
        f"the loop back to /loop-a/ is not in skipped_urls: {loop}"
    assert "redirect loop" in loop[0]["detail"]


def test_long_redirect_chain_stops_at_the_limit_and_says_so(faults):
    followed = [f"/chain/{n}/" for n in range(1, REDIRECT_MAX_TIMES + 2)]
    for path in followed:
        assert faults.server.log.hits(path) == 1, path
        assert [c["status"] for c in faults.captures(path)] == [302], path
        assert [r.status for r in faults.responses(path)] == [302], path
    for n in range(REDIRECT_MAX_TIMES + 2, fs.CHAIN_LENGTH + 1):
        assert faults.server.log.hits(f"/chain/{n}/") == 0
    not_followed = f"/chain/{REDIRECT_MAX_TIMES + 2}/"
    rows = [s for s in faults.skipped() if s["reason"] == "redirect_limit"]
    assert any(s["url"] == faults.url(not_followed) or not_followed in (s["detail"] or "")
               for s in rows), f"no redirect_limit row naming {not_followed}: {rows}"


# -- 4xx --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path,status", [("/gone-404/", 404), ("/gone-410/", 410)])
def test_gone_pages_are_archived_not_retried(faults, path, status):
    assert faults.server.log.hits(path) == 1
    (capture,) = faults.captures(path)
    assert (capture["status"], capture["page_kind"]) == (status, "gone")
    assert [r.status for r in faults.responses(path)] == [status]
    assert faults.article(path) is None


# -- Content-Type ------------------------------------------------------------------------------
def test_html_without_content_type_is_parsed(faults):
    (capture,) = faults.captures("/no-content-type/")
    assert (capture["status"], capture["content_type"], capture["page_kind"]) == (200, None, "article")
    (record,) = faults.responses("/no-content-type/")
    assert record.http_header("Content-Type") is None
    assert faults.article("/no-content-type/")["title"] == "Utan innehållstyp i Kiruna"


@pytest.mark.parametrize("path,content_type", [
    ("/wrong-content-type/", "image/png"), ("/text-plain-html/", "text/plain; charset=utf-8")])
def test_html_under_another_content_type_is_archived_as_sent_not_parsed(faults, path, content_type):
    """A browser shows these as an image or as text, so they are not articles; the bytes are kept."""
    (capture,) = faults.captures(path)
    assert (capture["status"], capture["content_type"], capture["page_kind"]) == (200, content_type, "other")
    (record,) = faults.responses(path)
    assert record.http_header("Content-Type") == content_type
    assert b'class="entry-title"' in record.payload
    assert faults.article(path) is None


# -- size cap and decompression ----------------------------------------------------------------
@pytest.mark.parametrize("path", ["/too-big/", "/too-big-no-length/"])
def test_body_over_the_size_cap_is_recorded_not_stored_whole(faults, path):
    assert faults.server.log.hits(path) == 1  # not retried: it would be as big again
    (capture,) = faults.captures(path)
    assert capture["error"] and "size" in capture["error"].lower(), capture
    assert [s["reason"] for s in faults.skipped(path)] == ["size_cap"]
    assert faults.responses(path) == []  # a cut-off body is never stored as the page
    assert all(r.payload_length < fs.TOO_BIG_BYTES for r in faults.records)


def test_gzip_bomb_is_archived_compressed_without_a_memory_blow_up(faults):
    assert faults.peak_rss is not None, "the crawler's RSS was never sampled"
    assert faults.peak_rss < MAX_PEAK_RSS, f"peak RSS {faults.peak_rss / 2**20:.0f} MB"
    (record,) = faults.responses("/gzip-bomb/")
    assert record.http_header("Content-Encoding") == "gzip"
    assert record.payload == fs.gzip_bomb_bytes()
    assert record.warc_headers["WARC-Payload-Digest"] == (
        "sha1:" + base64.b32encode(hashlib.sha1(fs.gzip_bomb_bytes()).digest()).decode())
    assert [c["status"] for c in faults.captures("/gzip-bomb/")] == [200]
    (skipped,) = faults.skipped("/gzip-bomb/")
    assert skipped["reason"] == "size_cap" and "decompress" in skipped["detail"]
    assert faults.article("/gzip-bomb/") is None


# -- charsets ------------------------------------------------------------------------------------
def test_undeclared_windows_1252_is_decoded_right(faults):
    assert payload_of(faults, "/charset-undeclared/") == fs.charset_page_bytes("/charset-undeclared/")
    article = faults.article("/charset-undeclared/")
    assert article["title"] == fs.CHARSET_TITLE
    assert article["author_name"] == "Åsa Öhrström"
    assert "fjärrvärmeväxlarna" in article["body_text"]


def test_windows_1252_declared_as_utf8_is_kept_as_sent_and_not_mangled_silently(faults):
    """The header lies, so a right reading is a guess: the WARC keeps the bytes as sent, and
    the article is either read right (the bytes are not valid UTF-8, a fallback can tell),
    or shows U+FFFD where the letters were, or is set aside in parse_failures. Never
    double-encoded mojibake (Ã¤) and never a crash."""
    assert payload_of(faults, "/charset-wrong/") == fs.charset_page_bytes("/charset-wrong/")
    article = faults.article("/charset-wrong/")
    failures = faults.parse_failures("/charset-wrong/")
    # Read as the header says, the bad bytes show as U+FFFD where the letters were ...
    assert article["title"] == fs.CHARSET_TITLE.encode("cp1252").decode("utf-8", errors="replace")
    assert "Ã" not in article["title"] + (article["body_text"] or "")
    # ... and the replacement is flagged, so an archivist can re-decode from the WARC.
    assert [f["field"] for f in failures] == ["charset"], failures
    assert [c["page_kind"] for c in faults.captures("/charset-wrong/")] == ["article"]


# -- broken HTML ----------------------------------------------------------------------------------
def test_truncated_page_is_archived_as_sent_and_parsed_as_far_as_it_goes(faults):
    assert payload_of(faults, "/truncated/") == fs.truncated_bytes()
    assert [c["page_kind"] for c in faults.captures("/truncated/")] == ["article"]
    article = faults.article("/truncated/")
    assert article["title"] == "Avbruten sändning om hissar i Luleå"
    assert article["published"] == "2022-05-10"
    assert "fjärrvärmeväxlarna" in article["body_text"]


def test_tag_soup_is_parsed(faults):
    assert payload_of(faults, "/invalid/") == fs.invalid_bytes()
    article = faults.article("/invalid/")
    assert article["title"] == "Taggsoppa om tvättstugor"
    assert article["published"] == "2022-06-01"
    assert "fjärrvärmeväxlarna" in article["body_text"]
    # the sanitised body is a well-formed fragment, whatever the soup around it
    etree.fromstring(f"<div>{article['body_html']}</div>")


def test_empty_200_is_archived_and_classified_other(faults):
    (capture,) = faults.captures("/empty/")
    assert (capture["status"], capture["page_kind"]) == (200, "other")
    (record,) = faults.responses("/empty/")
    assert record.payload == b"" and record.http_header("Content-Length") == "0"
    assert faults.article("/empty/") is None
    assert faults.parse_failures("/empty/") == []


def test_urls_that_failed_every_retry_wait_in_the_frontier_and_the_report(faults):
    failed = {r["url"]: r for r in faults.db.query("SELECT * FROM frontier WHERE reason = 'failed'")}
    assert {faults.url("/always-503/"), faults.url("/always-500/")} <= set(failed)
    assert all(row["attempts"] == 1 and row["last_error"] for row in failed.values())
    # Only what really failed: everything else was answered or listed in skipped_urls.
    assert {u[len(faults.url("/")) - 1:] for u in failed} <= set(fs.FAULT_PATHS)
    crawl_row = next(faults.db.query("SELECT * FROM crawls ORDER BY id DESC LIMIT 1"))
    assert crawl_row["frontier_failed"] == len(failed)
    report = (faults.archive_dir / "reports" / f"crawl-{crawl_row['id']}.md").read_text(encoding="utf-8")
    assert f"## Waiting in the frontier ({crawl_row['frontier_waiting']})" in report
    assert faults.url("/always-503/") + " — HTTP 503" in report

