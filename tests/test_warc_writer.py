"""The WARC writer on its own: pinned ids and dates, read back with warcio."""

from __future__ import annotations

import hashlib
import base64
from datetime import datetime, timezone
from itertools import count

from warcio.archiveiterator import ArchiveIterator

from archive.verify import header_faults
from archive.warc import Exchange, WarcFileWriter, stored_response_headers

FIXED = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc)


def pinned_writer(tmp_path, **kwargs):
    ids = count(1)
    return WarcFileWriter(tmp_path, make_record_id=lambda: f"<urn:uuid:00000000-0000-0000-0000-{next(ids):012d}>",
                          clock=lambda: FIXED, hostname="testhost", **kwargs)


def exchange(body=b"<html>hej</html>", headers=None, url="http://example.test/a/?q=1"):
    return Exchange(url=url, method="GET", request_headers=[("User-Agent", "t")], request_body=b"",
                    status=200, protocol="HTTP/1.1",
                    response_headers=headers or [("Content-Type", "text/html; charset=utf-8")],
                    body=body, fetched_at=FIXED)


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def read_records(path):
    with open(path, "rb") as f:
        out = []
        for record in ArchiveIterator(f):
            out.append((record.rec_type, record.rec_headers, record.http_headers,
                        record.content_stream().read()))
        return out


def test_file_is_open_while_writing_and_renamed_on_close(tmp_path):
    writer = pinned_writer(tmp_path)
    location = writer.write_exchange(exchange())
    assert (tmp_path / (location.filename + ".open")).exists()
    assert not (tmp_path / location.filename).exists()
    writer.close()
    assert (tmp_path / location.filename).exists()
    assert not list(tmp_path.glob("*.open"))
    assert location.filename.startswith("allmannyttan-20240506070809123-00001-")
    assert location.filename.endswith("~testhost.warc.gz")


def test_records_are_pinned_and_paired(tmp_path):
    with pinned_writer(tmp_path, warcinfo={"operator": "tester"}) as writer:
        location = writer.write_exchange(exchange())
    records = read_records(tmp_path / location.filename)
    assert [r[0] for r in records] == ["warcinfo", "response", "request"]
    info, response, request = records
    assert b"operator: tester" in info[3]
    assert response[1]["WARC-Record-ID"] == "<urn:uuid:00000000-0000-0000-0000-000000000002>"
    assert response[1]["WARC-Date"] == "2024-05-06T07:08:09.123456Z"
    assert response[1]["WARC-Concurrent-To"] == request[1]["WARC-Record-ID"]
    assert request[1]["WARC-Concurrent-To"] == response[1]["WARC-Record-ID"]
    assert request[1]["WARC-Date"] == response[1]["WARC-Date"]
    assert (request[2].protocol, request[2].statusline) == ("GET", "/a/?q=1 HTTP/1.1")
    assert request[2].get_header("Host") == "example.test"
    assert response[2].statusline == "200 OK"
    assert response[1]["WARC-Payload-Digest"] == sha1_b32(b"<html>hej</html>")
    assert location.payload_digest == sha1_b32(b"<html>hej</html>")


def test_offset_points_at_the_response_record(tmp_path):
    with pinned_writer(tmp_path) as writer:
        writer.write_exchange(exchange(url="http://example.test/one/"))
        second = writer.write_exchange(exchange(body=b"two", url="http://example.test/two/"))
    with open(tmp_path / second.filename, "rb") as f:
        f.seek(second.offset)
        record = next(iter(ArchiveIterator(f)))
        assert record.rec_type == "response"
        assert record.rec_headers["WARC-Target-URI"] == "http://example.test/two/"
        assert record.content_stream().read() == b"two"
    raw = (tmp_path / second.filename).read_bytes()[second.offset:second.offset + second.length]
    assert raw[:2] == b"\x1f\x8b"  # one whole gzip member


def test_rotation_at_max_size(tmp_path):
    writer = pinned_writer(tmp_path, max_size=2000)
    names = {writer.write_exchange(exchange(body=bytes(range(256)) * 20)).filename for _ in range(4)}
    writer.close()
    assert len(names) >= 2
    assert sorted(writer.closed_files) == sorted(names)
    assert [n.split("-")[2] for n in sorted(names)][:2] == ["00001", "00002"]


def test_chunked_framing_is_not_claimed():
    headers = stored_response_headers([("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")])
    assert ("Transfer-Encoding", "chunked") not in headers
    assert ("X-Crawler-Transfer-Encoding", "chunked") in headers
    assert ("Content-Encoding", "gzip") in headers


def test_revisit_records_refer_to_the_earlier_capture(tmp_path):
    from archive.warc import PROFILE_IDENTICAL, PROFILE_NOT_MODIFIED, EarlierCapture

    with pinned_writer(tmp_path) as writer:
        first = writer.write_exchange(exchange())
        earlier = EarlierCapture(url="http://example.test/a/?q=1", warc_date=first.warc_date,
                                 record_id=first.record_id, payload_digest=first.payload_digest)
        same = writer.write_revisit(exchange(), earlier, PROFILE_IDENTICAL)
        not_modified = writer.write_revisit(
            Exchange(url=earlier.url, method="GET", request_headers=[("If-None-Match", '"x"')],
                     request_body=b"", status=304, protocol="HTTP/1.1", response_headers=[("ETag", '"x"')],
                     body=b"", fetched_at=FIXED),
            earlier, PROFILE_NOT_MODIFIED)
    records = read_records(tmp_path / first.filename)
    revisits = [r for r in records if r[0] == "revisit"]
    assert len(revisits) == 2
    identical, modified = revisits
    assert identical[1]["WARC-Profile"] == PROFILE_IDENTICAL
    assert identical[1]["WARC-Payload-Digest"] == first.payload_digest
    assert identical[1]["WARC-Refers-To"] == first.record_id
    assert identical[1]["WARC-Refers-To-Target-URI"] == earlier.url
    assert identical[1]["WARC-Refers-To-Date"] == first.warc_date
    assert identical[3] == b""  # headers only, no second copy of the body
    assert modified[1]["WARC-Profile"] == PROFILE_NOT_MODIFIED
    assert modified[2].get_statuscode() == "304"
    assert same.record_type == not_modified.record_type == "revisit"
    assert header_faults(tmp_path / first.filename) == []


def test_recovery_cuts_an_open_file_after_its_last_whole_record(tmp_path):
    import subprocess, sys
    from pathlib import Path
    from archive.warc import recover_open_files

    writer = pinned_writer(tmp_path)
    first = writer.write_exchange(exchange(url="http://example.test/1/"))
    second = writer.write_exchange(exchange(body=b"x" * 5000, url="http://example.test/2/"))
    writer._file.flush()
    open_path = tmp_path / (first.filename + ".open")
    whole = open_path.stat().st_size
    writer._file.close()  # as if killed: never renamed
    with open(open_path, "r+b") as f:  # cut inside the second exchange's request record
        f.truncate(whole - 10)
    recovered = recover_open_files(tmp_path)
    assert [name for name, _ in recovered] == [first.filename]
    final = tmp_path / first.filename
    assert final.exists() and not open_path.exists()
    records = read_records(final)
    assert [r[0] for r in records] == ["warcinfo", "response", "request", "response"]
    assert final.stat().st_size == second.offset + second.length
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", str(final)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
