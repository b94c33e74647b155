"""WACZ 1.1.1 packages of the archive's WARC files, for hand-off to other archives.

The package is made by py-wacz (``wacz create``), which also writes the
package's CDXJ index (``indexes/index.cdx.gz`` + ``index.idx``, by
cdxj-indexer) and the SHA-256 of every file in ``datapackage.json``. This
module chooses the WARC files and writes the page list it is given:
every archived article and listing page with its capture time and title.
:func:`package_faults` re-checks a package's hashes for ``verify``.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

from archive.database import ArchiveDB

PACKAGE_DIR = "wacz"
PAGE_KINDS = ("article", "listing")
TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
# Files a WACZ holds beside those datapackage.json lists.
UNLISTED = {"datapackage.json", "datapackage-digest.json"}
# Frictionless's data-package profile allows only these in a resource name,
# which py-wacz takes from the WARC file's name (ours have "~<host>" in them).
UNSAFE_IN_NAME = re.compile(r"[^-a-z0-9._]")


class PackageError(Exception):
    """The package cannot be made (no archive, unknown crawl, inconsistent archive)."""


@dataclass(frozen=True)
class Package:
    """What :func:`write_wacz` wrote."""

    path: Path
    warc_files: list[str]
    pages: int
    main_page: str | None


def default_output(archive_dir: Path, crawl_id: int | None) -> Path:
    """``DIR/wacz/archive.wacz``, or ``DIR/wacz/crawl-<id>.wacz`` for one crawl."""
    name = f"crawl-{crawl_id}.wacz" if crawl_id is not None else "archive.wacz"
    return Path(archive_dir) / PACKAGE_DIR / name


def open_archive(archive_dir: Path) -> ArchiveDB:
    """``DIR/archive.db``, read-only."""
    try:
        return ArchiveDB.read_only(Path(archive_dir) / "archive.db")
    except FileNotFoundError as error:
        raise PackageError(str(error)) from error


def resolve_crawl(archive: ArchiveDB, crawl: str | None) -> int | None:
    """A crawl id from ``None`` (every crawl), ``latest`` or a number."""
    try:
        return archive.find_crawl(crawl)
    except LookupError as error:
        raise PackageError(str(error)) from error


def package_warc_files(archive: ArchiveDB, crawl_id: int | None, warc_dir: Path) -> list[str]:
    """The WARC files of a crawl, plus the earlier files its revisit records refer to.

    Without the referred-to files, the package could not replay the pages the
    crawl found unchanged. ``None`` means every closed WARC file of the archive.
    """
    if crawl_id is None:
        return sorted(p.name for p in warc_dir.glob("*.warc.gz"))
    names = set(archive.crawl_warc_files().get(crawl_id, [])) | archive.revisited_warc_files(crawl_id)
    missing = sorted(n for n in names if not (warc_dir / n).exists())
    if missing:
        raise PackageError(f"WARC files of crawl {crawl_id} are missing: {', '.join(missing)}")
    return sorted(names)


def package_name(warc_name: str) -> str:
    """The WARC file's name inside the package: lower case, ``~`` and the like as ``-``."""
    return UNSAFE_IN_NAME.sub("-", warc_name.lower())


def html_title(warc_path: Path, offset: int) -> str | None:
    """The ``<title>`` of the HTML page in the record at ``offset``."""
    with open(warc_path, "rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)), None)
        if record is None or record.http_headers is None:
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
        head = record.content_stream().read(256 * 1024)
    match = TITLE.search(head)
    if not match:
        return None
    charset = CHARSET.search(content_type)
    try:
        text = match.group(1).decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:
        text = match.group(1).decode("utf-8", errors="replace")
    return " ".join(html.unescape(text).split()) or None


def _title(archive: ArchiveDB, warc_dir: Path, capture: dict[str, Any]) -> str:
    if capture["page_kind"] == "article":
        title = archive.stored_title(capture["url"], capture["warc_filename"], capture["warc_offset"])
        if title:
            return title
    filename, offset = capture["warc_filename"], capture["warc_offset"]
    if capture["record_type"] == "revisit" and capture["refers_to_record_id"]:
        filename, offset = archive.record_place(capture["refers_to_record_id"]) or (filename, offset)
    if filename and (warc_dir / filename).exists():
        return html_title(warc_dir / filename, offset) or capture["url"]
    return capture["url"]


def home_urls(archive: ArchiveDB, crawl_id: int | None) -> list[str]:
    """Start URLs of the crawl (or of the latest crawl)."""
    return next(iter(archive.start_urls(crawl_id)), [])


def package_pages(archive: ArchiveDB, crawl_id: int | None, warc_files: list[str],
                  warc_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Pages for ``pages.jsonl`` and the main (home) page.

    Every distinct capture of each article and listing page (and of the start
    URL): each ``response`` record, or the newest revisit when a URL has only
    revisits in the package's crawls.
    """
    homes = home_urls(archive, crawl_id)
    by_url: dict[str, list[dict[str, Any]]] = {}
    for row in archive.page_captures(crawl_id, warc_files, homes):
        by_url.setdefault(row["url"], []).append(row)
    pages, main = [], None
    for url, captures in by_url.items():
        chosen = [c for c in captures if c["record_type"] == "response"] or captures[-1:]
        for capture in chosen:
            page = {"id": f"capture-{capture['id']}", "url": url, "ts": capture["warc_date"],
                    "title": _title(archive, warc_dir, capture)}
            pages.append(page)
        if url in homes and main is None:
            main = {"url": url, "ts": captures[-1]["warc_date"]}
    return pages, main


def write_wacz(archive_dir: Path | str, *, crawl: str | None = None,
               output: Path | str | None = None) -> Package:
    """Write a WACZ 1.1.1 package of the archive (or of one crawl); return what it holds."""
    from wacz.main import main as wacz_main  # imported late: it changes cdxj-indexer's defaults

    archive_dir = Path(archive_dir)
    warc_dir = archive_dir / "warc"
    archive = open_archive(archive_dir)
    try:
        crawl_id = resolve_crawl(archive, crawl)
        warc_files = package_warc_files(archive, crawl_id, warc_dir)
        if not warc_files:
            raise PackageError(f"no closed WARC files in {warc_dir}")
        pages, main = package_pages(archive, crawl_id, warc_files, warc_dir)
    finally:
        archive.close()
    output = Path(output) if output else default_output(archive_dir, crawl_id)
    output.parent.mkdir(parents=True, exist_ok=True)
    what = f"crawl {crawl_id}" if crawl_id is not None else "every crawl"
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.jsonl"
        header = {"format": "json-pages-1.0", "id": "pages", "title": "Articles and listing pages"}
        pages_file.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                      for line in [header, *pages]), encoding="utf-8")
        # py-wacz names each WARC in the package after its input: give it safe names.
        inputs = Path(tmp) / "archive"
        inputs.mkdir()
        if len({package_name(n) for n in warc_files}) != len(warc_files):
            raise PackageError("two WARC files would get the same name in the package")
        for name in warc_files:
            (inputs / package_name(name)).symlink_to((warc_dir / name).resolve())
        partial = output.with_name(output.name + ".partial")
        args = ["create", *(str(inputs / package_name(n)) for n in warc_files), "-o", str(partial),
                "--pages", str(pages_file), "--hash-type", "sha256",
                "--title", f"allmännyttan.se archive ({what})",
                "--desc", f"WARC files of {what} of allmannyttan-archive, "
                          "with the articles and listing pages it captured."]
        if main:
            args += ["--url", main["url"], "--ts", iso_date_to_timestamp(main["ts"])]
        log = io.StringIO()
        with contextlib.redirect_stdout(log):
            status = wacz_main(args)
        unmatched = [line for line in log.getvalue().splitlines() if line.startswith("Invalid passed page")]
        if status != 0 or unmatched:
            partial.unlink(missing_ok=True)
            raise PackageError("py-wacz could not package the archive: "
                               + ("; ".join(unmatched) or log.getvalue().strip()[-500:]))
        os.replace(partial, output)
    return Package(path=output, warc_files=warc_files, pages=len(pages),
                   main_page=main["url"] if main else None)


def _sha256(stream: io.BufferedIOBase) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for block in iter(lambda: stream.read(1 << 20), b""):
        digest.update(block)
        size += len(block)
    return "sha256:" + digest.hexdigest(), size


def package_faults(path: Path | str) -> list[str]:
    """Hash and size of every file a WACZ lists, the datapackage digest, and required files."""
    name = Path(path).name
    try:
        package = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        return [f"{name}: not a readable zip file ({error})"]
    faults = []
    with package:
        members = set(package.namelist())
        try:
            datapackage_bytes = package.read("datapackage.json")
            datapackage = json.loads(datapackage_bytes)
        except (KeyError, ValueError, zipfile.BadZipFile) as error:
            return [f"{name}: datapackage.json is missing or unreadable ({error})"]
        if not datapackage.get("wacz_version"):
            faults.append(f"{name}: datapackage.json has no wacz_version")
        listed = set()
        for resource in datapackage.get("resources", []):
            member = resource.get("path", "")
            listed.add(member)
            if member not in members:
                faults.append(f"{name}: {member} is listed in datapackage.json but missing")
                continue
            try:
                with package.open(member) as stream:
                    digest, size = _sha256(stream)
            except (zipfile.BadZipFile, OSError) as error:
                faults.append(f"{name}: {member} cannot be read ({error})")
                continue
            if digest != resource.get("hash"):
                faults.append(f"{name}: {member} hash mismatch: datapackage.json says "
                              f"{resource.get('hash')}, the file is {digest}")
            if size != resource.get("bytes"):
                faults.append(f"{name}: {member} is {size} bytes, datapackage.json says "
                              f"{resource.get('bytes')}")
        for member in sorted(members - listed - UNLISTED):
            faults.append(f"{name}: {member} is not listed in datapackage.json")
        for required in ("pages/pages.jsonl", "indexes/index.cdx.gz", "indexes/index.idx"):
            if required not in members:
                faults.append(f"{name}: {required} is missing")
        if not any(m.startswith("archive/") for m in members):
            faults.append(f"{name}: holds no WARC file under archive/")
        if "datapackage-digest.json" in members:
            recorded = json.loads(package.read("datapackage-digest.json")).get("hash")
            actual = "sha256:" + hashlib.sha256(datapackage_bytes).hexdigest()
            if recorded != actual:
                faults.append(f"{name}: datapackage.json hash mismatch: datapackage-digest.json "
                              f"says {recorded}, the file is {actual}")
        else:
            faults.append(f"{name}: datapackage-digest.json is missing")
    return faults
