"""The writer's records, byte for byte: a change to what lands in a WARC shows here.

Record ids, dates, the host name and the process id (in the file name warcinfo
records) are fixed, so the records are the same on every run. The golden file holds the records as written (gzip members decompressed
and concatenated); regenerate it with ``python tests/test_warc_golden.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import gzip
import os
import sys
from datetime import datetime, timezone
from itertools import count
from pathlib import Path

from archive.warc import EarlierCapture, Exchange, WarcFileWriter

GOLDEN = Path(__file__).parent / "fixtures" / "warc" / "golden-records.warc"
PID = 4242  # the writer puts its process id in file names, and warcinfo names the file
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=timezone.utc)
PAGE = ("<!doctype html><html><head><meta charset=utf-8><title>Stambytet i Lugnet</title></head>"
        "<body><h1>Stambytet i Lugnet</h1><p>Hyresgästerna valde själva.</p></body></html>").encode()


def exchange(status: int = 200, body: bytes = PAGE, headers: list[tuple[str, str]] | None = None) -> Exchange:
    return Exchange(
        url="https://www.allmannyttan.se/stambytet-i-lugnet/", method="GET",
        request_headers=[("User-Agent", "allmannyttan-archive/0.1.0 (+https://example.org/kontakt; archival crawler)"),
                         ("Accept", "text/html"), ("If-None-Match", '"v1"')],
        request_body=b"", status=status, protocol="HTTP/1.1",
        response_headers=headers if headers is not None else [
            ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))), ("ETag", '"v1"')],
        body=body, fetched_at=MOMENT, ip_address="192.0.2.7")


def written_records(directory: Path) -> bytes:
    ids = (f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>" for n in count(1))
    writer = WarcFileWriter(directory, warcinfo={"operator": "https://example.org/kontakt"},
                            make_record_id=lambda: next(ids), clock=lambda: MOMENT, hostname="arkiv-1")
    with writer:
        first = writer.write_exchange(exchange())
        writer.write_revisit(exchange(304, b"", [("ETag", '"v1"')]), EarlierCapture(
            url="https://www.allmannyttan.se/stambytet-i-lugnet/", warc_date=first.warc_date,
            record_id=first.record_id, payload_digest=first.payload_digest),
            "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
    (path,) = directory.glob("*.warc.gz")
    return gzip.decompress(path.read_bytes())  # every record is its own gzip member


def test_records_are_byte_for_byte_the_golden_ones(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "getpid", lambda: PID)
    assert written_records(tmp_path) == GOLDEN.read_bytes()


def test_the_golden_records_read_back_with_their_digests(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / "golden.warc"
    path.write_bytes(GOLDEN.read_bytes())
    with path.open("rb") as stream:
        records = list(ArchiveIterator(stream, check_digests="raise"))
        kinds = [(r.rec_type, r.http_headers.get_statuscode() if r.http_headers and r.rec_type != "request" else None)
                 for r in records]
    assert kinds == [("warcinfo", None), ("response", "200"), ("request", None), ("revisit", "304"), ("request", None)]


if __name__ == "__main__":  # regenerate the golden file
    import tempfile

    os.getpid = lambda: PID  # noqa: E731 (this process ends here)
    with tempfile.TemporaryDirectory() as folder:
        GOLDEN.write_bytes(written_records(Path(folder)))
    sys.stdout.write(GOLDEN.read_text(encoding="utf-8", errors="replace"))
