"""Fixity checks of an archive dir: the archivist's ``verify``.

``warcio check`` verifies digests only (and skips revisits); an archivist also
needs every record to carry the headers its type requires (WARC 1.1, 5.x),
request/response records to point at each other, revisits to point at records
that exist, the database's pointers to land on the records they name, and a
WACZ package's hashes to hold. :func:`archive_faults` runs them all and
returns one line per fault, each naming the file, offset or row concerned.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeadersParser

from archive.database import ArchiveDB
from archive.warc import OPEN_SUFFIX, PROFILE_IDENTICAL, WARC_SUFFIX

REQUIRED_FOR_ALL = ("WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Length")
NEEDS_TARGET_URI = {"response", "resource", "request", "revisit", "conversion", "continuation"}
# WARC 1.1 5.x: headers a record of a type must have beyond the four every record has.
# Revisits: WARC-Profile is mandatory; the two Refers-To headers are what lets a
# replay tool find the earlier capture, and this archive always writes them.
REQUIRED_BY_TYPE: dict[str, tuple[str, ...]] = {
    "revisit": ("WARC-Profile", "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date"),
    "continuation": ("WARC-Segment-Origin-ID", "WARC-Segment-Number"),
}
# This archive's own promise (README, "Output layout"): what fixity rests on.
DIGESTS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "response": ("WARC-Block-Digest", "WARC-Payload-Digest"),
    "request": ("WARC-Block-Digest",),
}
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_HEADERS = StatusAndHeadersParser(["WARC/1.1", "WARC/1.0", "WARC/0.17", "WARC/0.18"])
CHUNK = 1 << 20


# -- headers ------------------------------------------------------------------
def _headers_faults(records: Iterable[Mapping[str, str]]) -> list[str]:
    """Required headers per record type and request/response pairing, over one file's records."""
    faults: list[str] = []
    by_id: dict[str, Mapping[str, str]] = {}
    for headers in records:
        rid = headers.get("WARC-Record-ID", "?")
        rec_type = headers.get("WARC-Type", "?")
        for name in REQUIRED_FOR_ALL:
            if not headers.get(name):
                faults.append(f"{rid}: {rec_type} record lacks {name}")
        if rec_type in NEEDS_TARGET_URI and not headers.get("WARC-Target-URI"):
            faults.append(f"{rid}: {rec_type} record lacks WARC-Target-URI")
        for name in REQUIRED_BY_TYPE.get(rec_type, ()):
            if not headers.get(name):
                faults.append(f"{rid}: {rec_type} record lacks {name}")
        by_id[rid] = headers
    for rid, headers in by_id.items():
        if headers.get("WARC-Type") not in ("request", "response"):
            continue
        partner_id = headers.get("WARC-Concurrent-To")
        if headers["WARC-Type"] == "request" and not partner_id:
            faults.append(f"{rid}: request record has no WARC-Concurrent-To")
            continue
        partner = by_id.get(partner_id) if partner_id else None
        if partner_id and partner is None:
            faults.append(f"{rid}: WARC-Concurrent-To {partner_id} is not in the file")
        elif partner is not None:
            if partner.get("WARC-Concurrent-To") != rid:
                faults.append(f"{rid}: its partner {partner_id} does not point back")
            if partner.get("WARC-Date") != headers.get("WARC-Date"):
                faults.append(f"{rid}: date differs from its partner's")
            if partner.get("WARC-Target-URI") != headers.get("WARC-Target-URI"):
                faults.append(f"{rid}: target URI differs from its partner's")
    return faults


def header_faults(path: Path | str) -> list[str]:
    """Every missing required header and every broken request/response pair in one file."""
    records, _ = warc_records(Path(path))
    return _headers_faults(r.headers for r in records if r.headers)


# -- reading records one gzip member at a time ----------------------------------
@dataclass
class Record:
    """What verify needs of one record, and where it lies."""

    filename: str
    offset: int
    length: int
    headers: dict[str, str]
    faults: list[str] = field(default_factory=list)

    @property
    def rec_type(self) -> str | None:
        return self.headers.get("WARC-Type")

    @property
    def record_id(self) -> str | None:
        return self.headers.get("WARC-Record-ID")

    @property
    def where(self) -> str:
        return f"{self.filename} @{self.offset} {self.record_id or '?'} ({self.rec_type})"


@dataclass
class DamagedMember:
    """Bytes that are not a whole gzip member (bit rot, a cut file)."""

    offset: int
    error: str


def gzip_members(stream: BinaryIO) -> Iterator[tuple[int, int, bytes] | DamagedMember]:
    """(offset, compressed length, data) per gzip member; a damaged one, then on from the next member."""
    offset = 0
    while True:
        stream.seek(offset)
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out, consumed, error = [], 0, None
        while not decomp.eof:
            chunk = stream.read(CHUNK)
            if not chunk:
                error = "cut short (no end of gzip member)" if consumed else None
                break
            try:
                out.append(decomp.decompress(chunk))
            except zlib.error as exc:
                error = f"gzip data damaged ({exc})"
                break
            consumed += len(chunk) - len(decomp.unused_data)
        if decomp.eof:
            yield offset, consumed, b"".join(out)
            offset += consumed
            continue
        if error is None:
            return
        yield DamagedMember(offset, error)
        offset = _next_member(stream, offset + 1)
        if offset < 0:
            return


def _next_member(stream: BinaryIO, start: int) -> int:
    """Offset of the next gzip header at or after ``start``, or -1."""
    stream.seek(start)
    carry = b""
    base = start
    while chunk := stream.read(CHUNK):
        found = (carry + chunk).find(GZIP_MAGIC)
        if found >= 0:
            return base - len(carry) + found
        carry = chunk[-2:]
        base += len(chunk)
    return -1


def digest_matches(digest: str, data: bytes) -> bool:
    """True when ``algorithm:value`` (value in base32, hex or base64) is the digest of ``data``."""
    algorithm, _, value = digest.partition(":")
    try:
        raw = hashlib.new(algorithm.lower().replace("-", ""), data).digest()
    except ValueError:
        return False
    value = value.strip()
    return (value.upper() in (base64.b32encode(raw).decode(), binascii.hexlify(raw).decode().upper())
            or value == base64.b64encode(raw).decode())


def read_record(filename: str, offset: int, data: bytes) -> Record:
    """One record from its decompressed member: headers, and its digest faults.

    warcio checks block and payload digests of every record but revisits; a
    revisit's block (its HTTP headers) is checked here, its payload digest
    against the record it refers to (see :func:`revisit_faults`).
    """
    record = Record(filename, offset, len(data), {})
    try:
        # The WARC headers alone first: warcio's record parser fails on some missing ones.
        record.headers = dict(WARC_HEADERS.parse(BytesIO(data)).headers)
    except Exception as error:  # any parse failure is a fault to report, not a crash
        record.faults.append(f"{filename} @{offset}: not a WARC record ({error})")
        return record
    try:
        warc_record = next(iter(ArchiveIterator(BytesIO(data), check_digests=True)))
    except Exception as error:
        record.faults.append(f"{record.where}: warcio cannot read it ({type(error).__name__}: {error})")
        return record
    stream = warc_record.content_stream()
    while stream.read(CHUNK):
        pass
    if warc_record.digest_checker.passed is False:
        record.faults += [f"{record.where}: {p}" for p in warc_record.digest_checker.problems]
    for name in DIGESTS_BY_TYPE.get(record.rec_type or "", ()):
        if not record.headers.get(name):
            record.faults.append(f"{record.where}: no {name}, so its fixity cannot be checked")
    if record.rec_type == "revisit" and record.headers.get("WARC-Block-Digest"):
        head_end = data.find(b"\r\n\r\n") + 4
        length = int(record.headers.get("Content-Length") or 0)
        if not digest_matches(record.headers["WARC-Block-Digest"], data[head_end:head_end + length]):
            record.faults.append(f"{record.where}: block digest failed: "
                                 f"{record.headers['WARC-Block-Digest']}")
    return record


def warc_records(path: Path) -> tuple[list[Record], list[str]]:
    """Every record of one WARC file with its own faults, and the file's damage."""
    records, faults = [], []
    with open(path, "rb") as stream:
        for member in gzip_members(stream):
            if isinstance(member, DamagedMember):
                faults.append(f"{path.name} @{member.offset}: {member.error}; the records in it "
                              "cannot be read")
                continue
            offset, length, data = member
            record = read_record(path.name, offset, data)
            record.length = length
            records.append(record)
            faults += record.faults
    return records, faults


# -- across files -----------------------------------------------------------------
def revisit_faults(records: list[Record]) -> list[str]:
    """Each revisit's ``WARC-Refers-To*`` target exists, with the URI, date and digest it names."""
    by_id = {r.record_id: r for r in records if r.record_id}
    by_uri_date = {(r.headers.get("WARC-Target-URI"), r.headers.get("WARC-Date")): r
                   for r in records if r.rec_type in ("response", "resource", "revisit")}
    faults = []
    for record in records:
        if record.rec_type != "revisit":
            continue
        h = record.headers
        uri, date = h.get("WARC-Refers-To-Target-URI"), h.get("WARC-Refers-To-Date")
        refers_to = h.get("WARC-Refers-To")
        if refers_to:
            target = by_id.get(refers_to)
            if target is None:
                faults.append(f"{record.where}: WARC-Refers-To {refers_to} is not in the archive")
                continue
        else:
            target = by_uri_date.get((uri, date))
            if target is None:
                faults.append(f"{record.where}: no record of {uri} at {date} in the archive")
                continue
        if uri and target.headers.get("WARC-Target-URI") != uri:
            faults.append(f"{record.where}: WARC-Refers-To-Target-URI {uri} but its target "
                          f"{target.record_id} is of {target.headers.get('WARC-Target-URI')}")
        if date and target.headers.get("WARC-Date") != date:
            faults.append(f"{record.where}: WARC-Refers-To-Date {date} but its target "
                          f"{target.record_id} is dated {target.headers.get('WARC-Date')}")
        if (h.get("WARC-Profile") == PROFILE_IDENTICAL and h.get("WARC-Payload-Digest")
                and h["WARC-Payload-Digest"] != target.headers.get("WARC-Payload-Digest")):
            faults.append(f"{record.where}: payload digest differs from its target's "
                          f"{target.record_id}")
    return faults


def _pointer_fault(label: str, url: str, filename: str | None, offset: int | None,
                   at: Mapping[tuple[str, int], Record], files: set[str],
                   *, length: int | None = None, record_id: str | None = None,
                   record_type: str | None = None) -> str | None:
    if filename not in files:
        return f"{label} ({url}): WARC file {filename} is not in the archive"
    record = at.get((filename, offset))
    if record is None:
        return f"{label} ({url}): {filename} @{offset} is not the start of a readable record"
    if record.faults:
        return f"{label} ({url}): its record {record.where} is damaged"
    if record.headers.get("WARC-Target-URI") != url:
        return f"{label} ({url}): {filename} @{offset} is a record of {record.headers.get('WARC-Target-URI')}"
    if record_type and record.rec_type != record_type:
        return f"{label} ({url}): {filename} @{offset} is a {record.rec_type} record, not {record_type}"
    if record_id and record.record_id != record_id:
        return f"{label} ({url}): {filename} @{offset} is {record.record_id}, not {record_id}"
    if length is not None and record.length != length:
        return f"{label} ({url}): record is {record.length} bytes long, the database says {length}"
    return None


def database_faults(db_path: Path, records: list[Record], files: set[str]) -> list[str]:
    """Every capture and article row points at a readable record of its URL; crawls' files exist."""
    at = {(r.filename, r.offset): r for r in records}
    faults = []
    try:
        archive = ArchiveDB.read_only(db_path)
    except (FileNotFoundError, sqlite3.DatabaseError) as error:
        return [f"{db_path.name}: cannot be read ({error})"]
    try:
        for c in archive.capture_pointers():
            fault = _pointer_fault(f"capture {c['id']}", c["url"], c["warc_filename"],
                                   c["warc_offset"], at, files, length=c["warc_length"],
                                   record_id=c["warc_record_id"], record_type=c["record_type"])
            if fault:
                faults.append(fault)
        for a in archive.article_pointers():
            if a["capture_id"] is not None and a["capture_url"] is None:
                faults.append(f"article {a['id']} ({a['url']}): capture {a['capture_id']} does not exist")
            # A redirected article is stored under its final URL, captured under the first.
            url = a["capture_url"] or a["url"]
            fault = _pointer_fault(f"article {a['id']}", url, a["warc_filename"],
                                   a["warc_offset"], at, files)
            if fault:
                faults.append(fault)
        for crawl_id, names in archive.crawl_warc_files().items():
            for name in names:
                if name not in files:
                    faults.append(f"crawl {crawl_id}: its WARC file {name} is not in the archive")
    except sqlite3.DatabaseError as error:
        faults.append(f"{db_path.name}: cannot be read ({error})")
    finally:
        archive.close()
    return faults


@dataclass
class Verification:
    """What :func:`archive_faults` looked at and what it found."""

    faults: list[str]
    warc_files: int = 0
    records: int = 0
    captures_checked: bool = False
    packages: list[str] = field(default_factory=list)
    in_progress: list[str] = field(default_factory=list)


def verify_archive(archive_dir: Path | str) -> Verification:
    """Every fixity check of an archive dir (see the module docstring)."""
    from archive.wacz import PACKAGE_DIR, package_faults

    archive_dir = Path(archive_dir)
    warc_dir = archive_dir / "warc"
    paths = sorted(warc_dir.glob(f"*{WARC_SUFFIX}"))
    result = Verification(faults=[], warc_files=len(paths),
                          in_progress=sorted(p.name for p in warc_dir.glob(f"*{OPEN_SUFFIX}")))
    records: list[Record] = []
    for path in paths:
        file_records, faults = warc_records(path)
        result.faults += faults
        result.faults += [f"{path.name}: {f}" for f in _headers_faults(r.headers for r in file_records
                                                                        if r.headers)]
        records += file_records
    result.records = len(records)
    result.faults += revisit_faults(records)
    db_path = archive_dir / "archive.db"
    if db_path.exists():
        result.faults += database_faults(db_path, records, {p.name for p in paths})
        result.captures_checked = True
    for package in sorted((archive_dir / PACKAGE_DIR).glob("*.wacz")):
        result.packages.append(package.name)
        result.faults += package_faults(package)
    return result


def archive_faults(archive_dir: Path | str) -> list[str]:
    """One line per fault in the archive dir; empty when all is well."""
    return verify_archive(archive_dir).faults
