"""Checks on written WARC files beyond what ``warcio check`` covers.

``warcio check`` verifies digests only (and skips revisits); an archivist also
needs every record to carry the headers its type requires (WARC 1.1, 5.x) and
request/response records to point at each other.
"""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

REQUIRED_FOR_ALL = ("WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Length")
NEEDS_TARGET_URI = {"response", "resource", "request", "revisit", "conversion", "continuation"}


def header_faults(path: Path | str) -> list[str]:
    """Every missing required header and every broken request/response pair in one file."""
    faults: list[str] = []
    by_id: dict[str, dict[str, str]] = {}
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            headers = dict(record.rec_headers.headers)
            rid = headers.get("WARC-Record-ID", "?")
            for name in REQUIRED_FOR_ALL:
                if not headers.get(name):
                    faults.append(f"{rid}: {record.rec_type} record lacks {name}")
            if record.rec_type in NEEDS_TARGET_URI and not headers.get("WARC-Target-URI"):
                faults.append(f"{rid}: {record.rec_type} record lacks WARC-Target-URI")
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
