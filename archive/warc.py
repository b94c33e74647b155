"""WARC writing: one open file at a time, request/response pairs, rotation.

Files are written as ``<prefix>-<timestamp17>-<serial>-<host>.warc.gz.open`` and
renamed without ``.open`` once closed (flushed and fsynced), as Heritrix and
Browsertrix do, so a reader can tell finished files from the one in progress.
Record ids and dates can be injected so that tests can pin records exactly.
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

OPEN_SUFFIX = ".open"
PROFILE_IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
WARC_SUFFIX = ".warc.gz"

# Hop-by-hop framing that Twisted has already undone: the stored headers must
# not claim a chunked body, so the original header is kept under another name.
_UNDONE_FRAMING = {"transfer-encoding": "X-Crawler-Transfer-Encoding"}


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as it went over the wire (body still content-encoded)."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    protocol: str
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    ip_address: str | None = None


@dataclass(frozen=True)
class EarlierCapture:
    """The capture a revisit record refers to."""

    url: str
    warc_date: str
    record_id: str | None = None
    payload_digest: str | None = None


@dataclass(frozen=True)
class RecordLocation:
    """Where a response record landed, for the database's pointers."""

    filename: str
    offset: int
    length: int
    record_id: str
    warc_date: str
    payload_digest: str | None
    record_type: str


def warc_date(moment: datetime) -> str:
    """WARC 1.1 date with microseconds, always UTC."""
    return datetime_to_iso_date(moment.astimezone(timezone.utc).replace(tzinfo=None), use_micros=True)


def payload_digest(body: bytes) -> str:
    """WARC payload digest (sha1, base32) of a body as it is stored."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def request_line(method: str, url: str) -> str:
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return f"{method} {target} HTTP/1.1"


def status_line(status: int, protocol: str | None) -> str:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    return f"{status} {reason}"


def stored_response_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Headers as received, with framing that no longer applies renamed."""
    out = []
    for name, value in headers:
        renamed = _UNDONE_FRAMING.get(name.lower())
        out.append((renamed or name, value))
    return out


def stored_request_headers(url: str, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Request headers with the Host header the download handler adds itself."""
    headers = list(headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", urlsplit(url).netloc))
    return headers


class WarcFileWriter:
    """Writes gzip-per-record WARC 1.1 files into one folder, rotating by size."""

    def __init__(
        self,
        directory: Path | str,
        *,
        prefix: str = "allmannyttan",
        max_size: int = 1_000_000_000,
        warcinfo: dict[str, str] | None = None,
        make_record_id: Callable[[], str] = new_record_id,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        hostname: str | None = None,
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.max_size = max_size
        self.warcinfo = dict(warcinfo or {})
        self.make_record_id = make_record_id
        self.clock = clock
        self.hostname = hostname or socket.gethostname()
        self.serial = 0
        self.closed_files: list[str] = []
        self.bytes_written = 0  # request and response records, all files of this writer
        self._file = None
        self._writer: WARCWriter | None = None
        self._name: str | None = None

    # -- file lifecycle -------------------------------------------------
    @property
    def current_filename(self) -> str | None:
        """Final name (without ``.open``) of the file being written."""
        return self._name

    def _open(self) -> None:
        self.serial += 1
        stamp = self.clock().astimezone(timezone.utc).strftime("%Y%m%d%H%M%S%f")[:17]
        safe_host = "".join(c if c.isalnum() or c in "-." else "-" for c in self.hostname)
        self._name = f"{self.prefix}-{stamp}-{self.serial:05d}-{os.getpid()}~{safe_host}{WARC_SUFFIX}"
        self._file = open(self.directory / (self._name + OPEN_SUFFIX), "wb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        self._write_warcinfo()

    def _write_warcinfo(self) -> None:
        assert self._writer is not None
        info = {"software": "allmannyttan-archive", "format": "WARC File Format 1.1",
                "hostname": self.hostname, **self.warcinfo}
        record = self._writer.create_warcinfo_record(self._name, info)
        record.rec_headers.replace_header("WARC-Record-ID", self.make_record_id())
        record.rec_headers.replace_header("WARC-Date", warc_date(self.clock()))
        self._writer.write_record(record)

    def close(self) -> None:
        """Flush, fsync and rename the open file; safe to call twice."""
        if self._file is None:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        final = self.directory / self._name
        os.replace(self.directory / (self._name + OPEN_SUFFIX), final)
        self.closed_files.append(self._name)
        self._file = None
        self._writer = None
        self._name = None

    def _ensure_open(self) -> None:
        if self._file is not None and self._file.tell() >= self.max_size:
            self.close()
        if self._file is None:
            self._open()

    def __enter__(self) -> "WarcFileWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- records ----------------------------------------------------------
    def write_exchange(self, exchange: Exchange) -> RecordLocation:
        """Write a response record and its request record; return the response's place."""
        return self._write_pair(exchange, "response", {})

    def write_revisit(self, exchange: Exchange, earlier: EarlierCapture, profile: str) -> RecordLocation:
        """Write a revisit record (headers only) and its request record.

        ``profile`` is PROFILE_NOT_MODIFIED for a 304 answer to a conditional
        request, PROFILE_IDENTICAL for a 200 whose payload digest equals the
        earlier capture's.
        """
        extra = {"WARC-Profile": profile, "WARC-Refers-To-Target-URI": earlier.url,
                 "WARC-Refers-To-Date": earlier.warc_date}
        if earlier.record_id:
            extra["WARC-Refers-To"] = earlier.record_id
        if profile == PROFILE_IDENTICAL and earlier.payload_digest:
            extra["WARC-Payload-Digest"] = earlier.payload_digest
        return self._write_pair(exchange, "revisit", extra)

    def _write_pair(self, exchange: Exchange, record_type: str, extra: dict[str, str]) -> RecordLocation:
        self._ensure_open()
        writer = self._writer
        assert writer is not None and self._file is not None
        date = warc_date(exchange.fetched_at)
        response_id = self.make_record_id()
        request_id = self.make_record_id()

        response_headers = {"WARC-Record-ID": response_id, "WARC-Date": date,
                            "WARC-Concurrent-To": request_id, **extra}
        if exchange.ip_address:
            response_headers["WARC-IP-Address"] = exchange.ip_address
        http_response = StatusAndHeaders(
            status_line(exchange.status, exchange.protocol),
            stored_response_headers(exchange.response_headers),
            protocol=exchange.protocol or "HTTP/1.1",
        )
        body = exchange.body if record_type == "response" else b""
        response = writer.create_warc_record(
            exchange.url, record_type, payload=BytesIO(body), length=len(body),
            http_headers=http_response, warc_headers_dict=response_headers,
        )
        http_request = StatusAndHeaders(
            request_line(exchange.method, exchange.url),
            stored_request_headers(exchange.url, exchange.request_headers),
            is_http_request=True,
        )
        request = writer.create_warc_record(
            exchange.url, "request", payload=BytesIO(exchange.request_body),
            length=len(exchange.request_body), http_headers=http_request,
            warc_headers_dict={"WARC-Record-ID": request_id, "WARC-Date": date,
                               "WARC-Concurrent-To": response_id},
        )
        offset = self._file.tell()
        writer.write_record(response)
        length = self._file.tell() - offset
        writer.write_record(request)
        self._file.flush()
        self.bytes_written += self._file.tell() - offset
        return RecordLocation(
            filename=self._name, offset=offset, length=length, record_id=response_id,
            warc_date=date, payload_digest=response.rec_headers.get_header("WARC-Payload-Digest"),
            record_type=record_type,
        )


def whole_records_end(path: Path, chunk_size: int = 1 << 20) -> int:
    """Byte offset just after the last whole gzip member (= record) of a possibly cut WARC.

    Each record is its own gzip member, so a member whose deflate stream and
    trailer are complete is a whole record; a cut one is not.
    """
    end = 0
    consumed = 0  # bytes of the file fed to finished members
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    with open(path, "rb") as stream:
        pending = b""
        while True:
            if not pending:
                pending = stream.read(chunk_size)
                if not pending:
                    return end
            try:
                decomp.decompress(pending, 0)
            except zlib.error:
                return end
            if decomp.eof:
                used = len(pending) - len(decomp.unused_data)
                consumed += used
                end = consumed
                pending = decomp.unused_data
                decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                consumed += len(pending)
                pending = b""


def recover_open_files(directory: Path | str) -> list[tuple[str, int]]:
    """Close WARC files a killed crawl left ``.open``: cut each after its last whole record.

    Returns (final name, bytes dropped) per recovered file. A file with no whole
    record left is removed.
    """
    recovered = []
    for open_path in sorted(Path(directory).glob(f"*{WARC_SUFFIX}{OPEN_SUFFIX}")):
        size = open_path.stat().st_size
        end = whole_records_end(open_path)
        final = open_path.with_name(open_path.name[: -len(OPEN_SUFFIX)])
        if end == 0:
            open_path.unlink()
            recovered.append((final.name, size))
            continue
        with open(open_path, "r+b") as f:
            f.truncate(end)
            f.flush()
            os.fsync(f.fileno())
        os.replace(open_path, final)
        recovered.append((final.name, size - end))
    return recovered


# Headers that describe the bytes on the wire, not the decoded body handed back.
_WIRE_FRAMING = {"content-encoding", "transfer-encoding", "content-length",
                 "x-crawler-transfer-encoding"}


def read_stored_response(path: Path | str, offset: int) -> tuple[list[tuple[str, str]], bytes] | None:
    """HTTP headers and decoded body of the response record at ``offset``.

    The body comes back de-chunked and decompressed, so the headers that
    described its wire form are left out. None when the record is not a response.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        if record.rec_type != "response" or record.http_headers is None:
            return None
        headers = [(name, value) for name, value in record.http_headers.headers
                   if name.lower() not in _WIRE_FRAMING]
        return headers, record.content_stream().read()
