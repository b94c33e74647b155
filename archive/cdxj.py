"""The archive's CDXJ index: every capture by URL and time, without scanning the WARCs.

Each closed WARC file gets its own sorted index in ``DIR/indexes/warc/`` (made
once, by cdxj-indexer, the indexer pywb and the WACZ tools use); the per-file
indexes are merged into ``DIR/indexes/index.cdxj``, which :func:`lookup`
binary-searches. Revisit lines also carry the record's
``WARC-Refers-To-Target-URI`` and ``WARC-Refers-To-Date``.

``DIR/indexes/replay.cdxj`` is the same index as pywb should see it: pywb
replays a ``server-not-modified`` revisit as the bare 304 it records, so there
each such line points at the response record it confirms (same URL and time,
the earlier record's place). A crawl calls :func:`update_index` when it ends,
so only its new files are indexed, and a running replay sees them at once.
"""

from __future__ import annotations

import heapq
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import surt
from cdxj_indexer.main import CDXJIndexer
from pywb.utils.binsearch import iter_exact
from warcio.timeutils import iso_date_to_timestamp

from archive.warc import WARC_SUFFIX

logger = logging.getLogger(__name__)

INDEX_NAME = "index.cdxj"
REPLAY_INDEX_NAME = "replay.cdxj"
EXTRA_FIELDS = "warc-refers-to-target-uri,warc-refers-to-date"
# Named explicitly: importing the wacz package appends "warcinfo" to
# CDXJIndexer.DEFAULT_RECORDS for every indexer in the process.
INDEXED_RECORDS = "response,revisit,resource,metadata"


@dataclass(frozen=True)
class IndexedCapture:
    """One line of the CDXJ index."""

    url: str
    timestamp: str  # 14 digits, UTC
    status: str | None
    mime: str | None
    digest: str | None
    filename: str
    offset: int
    length: int


def index_dir(archive_dir: Path) -> Path:
    return Path(archive_dir) / "indexes"


def index_path(archive_dir: Path) -> Path:
    """The merged, sorted CDXJ index of every closed WARC file in the archive."""
    return index_dir(archive_dir) / INDEX_NAME


def replay_index_path(archive_dir: Path) -> Path:
    """The index pywb replays from (see the module docstring)."""
    return index_dir(archive_dir) / REPLAY_INDEX_NAME


def closed_warc_files(archive_dir: Path) -> list[Path]:
    """WARC files a crawl has finished writing (the ``.open`` one is left out)."""
    return sorted((Path(archive_dir) / "warc").glob(f"*{WARC_SUFFIX}"))


@contextmanager
def replacing(path: Path) -> Iterator[TextIO]:
    """A text file that replaces ``path`` in one step when written whole.

    Readers (a running pywb) never see half an index, and a crawl and a
    ``replay`` updating the index at once do not write into each other's file.
    """
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         prefix=path.name + ".", suffix=".tmp", delete=False)
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)


def index_file(warc_path: Path, out_path: Path) -> None:
    """Write the sorted CDXJ index of one WARC file."""
    with replacing(out_path) as out:
        CDXJIndexer(out, [str(warc_path)], sort=True, post_append=True,
                    records=INDEXED_RECORDS, fields=EXTRA_FIELDS).process_all()


def update_index(archive_dir: Path | str) -> Path:
    """Index WARC files that are new or changed, drop indexes of files gone, merge; return the index."""
    archive_dir = Path(archive_dir)
    per_file = index_dir(archive_dir) / "warc"
    per_file.mkdir(parents=True, exist_ok=True)
    warcs = closed_warc_files(archive_dir)
    wanted = {per_file / (w.name + ".cdxj"): w for w in warcs}
    for stale in per_file.glob("*.cdxj"):
        if stale not in wanted:
            stale.unlink()
    for cdxj, warc in wanted.items():
        if not cdxj.exists() or cdxj.stat().st_mtime_ns < warc.stat().st_mtime_ns:
            index_file(warc, cdxj)
    merged = index_path(archive_dir)
    with ExitStack() as stack, replacing(merged) as out:
        # Each file is sorted by (SURT, timestamp) as text, so a merge keeps the order pywb needs.
        sources = [stack.enter_context(open(p, encoding="utf-8")) for p in sorted(wanted)]
        out.writelines(heapq.merge(*sources))
    write_replay_index(merged, replay_index_path(archive_dir))
    return merged


def write_replay_index(index: Path, out_path: Path) -> None:
    """The index for pywb: each 304 revisit line points at the response it confirms.

    Streamed, three passes over the sorted index: which responses the 304s
    confirm, those responses' fields, then every line (a revisit's key and
    timestamp stay, so the order does too). Holding every line's parsed fields
    at once cost a 20,000-article crawl 60 MB at its close.
    """
    wanted: set[tuple[str | None, str]] = set()
    for _key, _timestamp, _data, fields in _index_lines(index):
        if fields.get("mime") == "warc/revisit" and fields.get("status") == "304":
            wanted.add(_confirmed(fields))
    originals: dict[tuple[str | None, str], dict] = {}
    if wanted:
        for _key, timestamp, _data, fields in _index_lines(index):
            if fields.get("mime") != "warc/revisit" and (fields.get("url"), timestamp) in wanted:
                originals.setdefault((fields.get("url"), timestamp), fields)
    with replacing(out_path) as handle:
        for key, timestamp, data, fields in _index_lines(index):
            if fields.get("mime") == "warc/revisit" and fields.get("status") == "304" \
                    and (original := originals.get(_confirmed(fields))):
                data = json.dumps({**original, "url": fields["url"], "revisit": {
                    k: fields[k] for k in ("filename", "offset", "length")}})
            handle.write(f"{key} {timestamp} {data}\n")


def _index_lines(index: Path) -> Iterator[tuple[str, str, str, dict]]:
    """(key, timestamp, JSON text, its fields) of each line of a CDXJ index."""
    with open(index, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                key, timestamp, data = line.rstrip("\n").split(" ", 2)
                yield key, timestamp, data, json.loads(data)


def _confirmed(revisit: dict) -> tuple[str | None, str]:
    """(URL, timestamp) of the response a revisit record confirms."""
    return (revisit.get("warc-refers-to-target-uri"),
            iso_date_to_timestamp(revisit.get("warc-refers-to-date") or "0"))


def update_index_after_crawl(archive_dir: Path | str) -> None:
    """:func:`update_index` for the end of a crawl: a failure is logged, never raised."""
    try:
        update_index(archive_dir)
    except Exception:  # an index can always be rebuilt; the crawl's data is what matters
        logger.exception("could not update the CDXJ index in %s; "
                         "`allmannyttan-archive replay` rebuilds it", index_dir(Path(archive_dir)))


def parse_line(line: str) -> IndexedCapture:
    """An index line (``<surt> <timestamp> <json>``) as an :class:`IndexedCapture`."""
    _key, timestamp, data = line.split(" ", 2)
    fields = json.loads(data)
    return IndexedCapture(url=fields["url"], timestamp=timestamp, status=fields.get("status"),
                          mime=fields.get("mime"), digest=fields.get("digest"),
                          filename=fields["filename"], offset=int(fields["offset"]),
                          length=int(fields["length"]))


def lookup(archive_dir: Path | str, url: str, *, closest: str | None = None) -> list[IndexedCapture]:
    """Every capture of ``url``, oldest first; with ``closest`` (a timestamp prefix), nearest first.

    Reads only the index (a binary search in ``DIR/indexes/index.cdxj``).
    """
    path = index_path(Path(archive_dir))
    if not path.exists():
        return []
    key = surt.surt(url).encode("utf-8")
    with open(path, "rb") as reader:
        captures = [parse_line(line.decode("utf-8").rstrip("\n")) for line in iter_exact(reader, key)]
    if closest:
        wanted = int(closest.ljust(14, "0")[:14])
        captures.sort(key=lambda c: abs(int(c.timestamp) - wanted))
    return captures


def newest_capture(archive_dir: Path | str, url: str) -> IndexedCapture | None:
    """The newest capture of ``url`` that replays (a 2xx page or a revisit of one)."""
    replayable = [c for c in lookup(archive_dir, url)
                  if c.status is None or c.status.startswith("2") or c.status == "304"]
    return replayable[-1] if replayable else None

