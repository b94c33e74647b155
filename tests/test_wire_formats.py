"""The recorder keeps the bytes as the server sent them, over every framing.

A matrix like warcprox's: plain, gzip content-encoding, chunked, both. The
payload digest covers the body with transfer-encoding removed and
content-encoding kept (WARC 1.1, section 6.3.2).
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import ROOT, crawl
from tests.wire_server import VARIANTS, WireServer, wire_body


@pytest.fixture(scope="module")
def wire_archive(tmp_path_factory):
    archive_dir = tmp_path_factory.mktemp("wire")
    with WireServer() as server:
        result = crawl(server.url, archive_dir)
    assert result.returncode == 0, result.stderr
    responses = {}
    for path in (archive_dir / "warc").glob("*.warc.gz"):
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "response":
                    uri = record.rec_headers["WARC-Target-URI"]
                    responses["/" + uri.split("/", 3)[3]] = (
                        record.rec_headers, record.http_headers, record.raw_stream.read())
    return responses


@pytest.mark.parametrize("path", list(VARIANTS))
def test_body_and_payload_digest_as_on_the_wire(wire_archive, path):
    warc_headers, http_headers, payload = wire_archive[path]
    expected = wire_body(path)
    assert payload == expected
    digest = "sha1:" + base64.b32encode(hashlib.sha1(expected).digest()).decode()
    assert warc_headers["WARC-Payload-Digest"] == digest
    gzipped, _ = VARIANTS[path]
    assert (http_headers.get_header("Content-Encoding") == "gzip") is gzipped
    # Twisted hands over de-chunked bodies: no stored header may claim chunking.
    assert http_headers.get_header("Transfer-Encoding") is None


def test_5xx_is_retried_after_a_backoff_and_both_answers_archived(tmp_path):
    archive_dir = tmp_path / "retry"
    with WireServer() as server:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "allmannyttan", "-a", f"start_url={server.url}",
             "-s", f"ARCHIVE_DIR={archive_dir}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "ARCHIVE_RETRY_BACKOFF_BASE=0.6", "-s", "LOG_LEVEL=WARNING"],
            cwd=ROOT, capture_output=True, text=True, timeout=120)
        log = list(server.log)
    assert result.returncode == 0, result.stderr
    times = [t for t, path in log if path == "/flaky.html"]
    assert len(times) == 2
    assert times[1] - times[0] >= 0.6
    db = sqlite_utils.Database(archive_dir / "archive.db")
    statuses = [r["status"] for r in db.query(
        "select status from captures where url like '%/flaky.html' order by id")]
    assert statuses == [503, 200]


def test_backoff_doubles_and_is_capped():
    from scrapy.settings import Settings

    from crawler.middlewares import BackoffRetryMiddleware

    settings = Settings({"RETRY_ENABLED": True, "RETRY_TIMES": 3, "RETRY_HTTP_CODES": [503],
                         "RETRY_PRIORITY_ADJUST": -1, "RETRY_EXCEPTIONS": [],
                         "ARCHIVE_RETRY_BACKOFF_BASE": 2.0, "ARCHIVE_RETRY_BACKOFF_MAX": 5.0})
    middleware = BackoffRetryMiddleware(settings)
    assert [middleware.backoff_seconds(n) for n in (1, 2, 3, 4)] == [2.0, 4.0, 5.0, 5.0]
