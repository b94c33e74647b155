"""`verify`, the archivist's fixity check, on copies of a real crawl corrupted on purpose.

Each corruption is one an archive meets in life — bit rot in a file, an edited
record, a lost file, a revisit whose original is gone, a tampered package —
and each must be named in the report. Records are edited by recompressing
their gzip member, as a careless tool would.
"""

from __future__ import annotations

import gzip
import re
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from archive.verify import archive_faults, gzip_members, header_faults
from archive.wacz import write_wacz
from tests.conftest import crawl, db_rows, run_cli


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory, sample_archive, sample_site) -> Path:
    """The sample archive crawled a second time: unchanged pages become revisit records."""
    archive_dir = tmp_path_factory.mktemp("verify") / "archive"
    shutil.copytree(sample_archive, archive_dir)
    result = crawl(sample_site.url, archive_dir)
    assert result.returncode == 0, result.stderr
    return archive_dir


@pytest.fixture
def archive(tmp_path, two_crawls) -> Path:
    """A fresh copy to corrupt."""
    return Path(shutil.copytree(two_crawls, tmp_path / "copy"))


def last_capture(archive_dir: Path, record_type: str, crawl_id: int) -> sqlite3.Row:
    """The capture of this type lying last in its file (only its request record follows it)."""
    return db_rows(archive_dir, "SELECT * FROM captures WHERE record_type = ? AND crawl_id = ? "
                 "AND warc_filename IS NOT NULL ORDER BY warc_offset DESC LIMIT 1",
                 record_type, crawl_id)[0]


def rewrite_member(path: Path, offset: int, edit: Callable[[bytes], bytes]) -> None:
    """Replace the record at ``offset`` by ``edit(record)``, gzipped again."""
    data = path.read_bytes()
    with open(path, "rb") as stream:
        length = next(m[1] for m in gzip_members(stream) if not hasattr(m, "error") and m[0] == offset)
    old = gzip.decompress(data[offset:offset + length])
    path.write_bytes(data[:offset] + gzip.compress(edit(old)) + data[offset + length:])


def test_a_crawled_archive_has_no_faults(two_crawls):
    assert db_rows(two_crawls, "SELECT count(*) FROM captures WHERE record_type = 'revisit'")[0][0] > 0
    assert archive_faults(two_crawls) == []
    result = run_cli("verify", "--archive-dir", str(two_crawls))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: 2 WARC files")


def test_a_flipped_byte_in_a_record_body_fails_its_digests(archive):
    capture = last_capture(archive, "response", 1)
    path = archive / "warc" / capture["warc_filename"]

    def flip(record: bytes) -> bytes:  # the last byte of the body, before the closing CRLFs
        return record[:-5] + bytes([record[-5] ^ 0x01]) + record[-4:]

    rewrite_member(path, capture["warc_offset"], flip)
    faults = archive_faults(archive)
    mine = [f for f in faults if capture["warc_record_id"] in f]
    assert any("block digest failed" in f for f in mine), faults
    assert any("payload digest failed" in f for f in mine), faults
    assert f"capture {capture['id']} ({capture['url']}): its record" in "\n".join(faults)


def test_bit_rot_in_the_gzip_data_is_found_and_reading_resumes(archive):
    capture = last_capture(archive, "response", 1)
    path = archive / "warc" / capture["warc_filename"]
    data = bytearray(path.read_bytes())
    data[capture["warc_offset"] + capture["warc_length"] // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    faults = archive_faults(archive)
    assert f"{path.name} @{capture['warc_offset']}: gzip data damaged" in "\n".join(faults)
    assert any(f.startswith(f"capture {capture['id']} ") and "not the start of a readable record" in f
               for f in faults), faults
    # Only that record is lost: the request after it is read, so no other capture is faulted.
    assert not [f for f in faults if f.startswith("capture ") and f"capture {capture['id']} " not in f]


def test_a_missing_required_header_is_named(archive):
    capture = last_capture(archive, "response", 1)
    path = archive / "warc" / capture["warc_filename"]
    with open(path, "rb") as stream:
        request_offset = [m for m in gzip_members(stream)][-1][0]
    rewrite_member(path, request_offset,
                   lambda record: re.sub(rb"WARC-Target-URI: [^\r]*\r\n", b"", record, count=1))
    faults = archive_faults(archive)
    assert any(re.search(r": request record lacks WARC-Target-URI$", f) for f in faults), faults
    assert any("lacks WARC-Target-URI" in f for f in header_faults(path))


def test_a_lost_warc_file_leaves_captures_pointing_nowhere(archive):
    capture = last_capture(archive, "response", 1)
    (archive / "warc" / capture["warc_filename"]).unlink()
    faults = archive_faults(archive)
    text = "\n".join(faults)
    assert (f"capture {capture['id']} ({capture['url']}): WARC file {capture['warc_filename']} "
            "is not in the archive") in text
    assert f"crawl 1: its WARC file {capture['warc_filename']} is not in the archive" in text
    # The second crawl's revisits refer to records that were in that file.
    assert re.search(r"WARC-Refers-To <urn:uuid:[^>]+> is not in the archive", text)


def test_a_revisit_whose_target_is_gone_is_named(archive):
    revisit = last_capture(archive, "revisit", 2)
    path = archive / "warc" / revisit["warc_filename"]
    dangling = f"<urn:uuid:{uuid.uuid4()}>"
    rewrite_member(path, revisit["warc_offset"], lambda record: re.sub(
        rb"WARC-Refers-To: [^\r]*", f"WARC-Refers-To: {dangling}".encode(), record, count=1))
    faults = archive_faults(archive)
    assert any(revisit["warc_record_id"] in f and f"WARC-Refers-To {dangling} is not in the archive" in f
               for f in faults), faults


def test_a_tampered_wacz_fails_its_hash(archive, tmp_path):
    package = write_wacz(archive).path
    assert archive_faults(archive) == []
    tampered = tmp_path / "tampered.wacz"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "pages/pages.jsonl":
                data = data.replace(b'"title": "', b'"title": "Edited ', 1)
            out.writestr(item, data)
    shutil.move(tampered, package)
    faults = archive_faults(archive)
    assert [f for f in faults if "hash mismatch" in f] == [
        next(f for f in faults if f.startswith("archive.wacz: pages/pages.jsonl hash mismatch"))]


def test_verify_command_names_every_fault_and_fails(archive):
    capture = last_capture(archive, "response", 1)
    rewrite_member(archive / "warc" / capture["warc_filename"], capture["warc_offset"],
                   lambda record: record[:-5] + b"!" + record[-4:])
    revisit = last_capture(archive, "revisit", 2)
    rewrite_member(archive / "warc" / revisit["warc_filename"], revisit["warc_offset"],
                   lambda record: record.replace(b"WARC-Refers-To: <urn:uuid:", b"WARC-Refers-To: <urn:uuid:0", 1))
    result = run_cli("verify", "--archive-dir", str(archive))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("FAULT ") for line in lines)
    assert any("block digest failed" in line and capture["warc_record_id"] in line for line in lines)
    assert any("WARC-Refers-To <urn:uuid:0" in line and revisit["warc_record_id"] in line for line in lines)
    assert f"{len(lines)} faults in" in result.stderr


def test_verify_without_an_archive_says_what_to_do(tmp_path):
    result = run_cli("verify", "--archive-dir", str(tmp_path / "nothing"))
    assert result.returncode == 3
    assert "Check --archive-dir" in result.stderr
