"""WACZ packages and the archive's CDXJ index, made from a real crawl of the sample site.

The package is checked by ``wacz validate`` (py-wacz, run as a command) and
read back here: hashes, page list, index and WARC files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from warcio.timeutils import iso_date_to_timestamp

from archive.cdxj import index_path, lookup, update_index
from archive.wacz import package_faults, package_name
from crawler.sample_site import load_ground_truth
from tests.conftest import db_rows, run_cli

WACZ = str(Path(sys.executable).parent / "wacz")


@pytest.fixture(scope="module")
def packaged(tmp_path_factory, sample_archive) -> tuple[Path, Path]:
    """A copy of the sample archive and the WACZ written by the command."""
    archive_dir = tmp_path_factory.mktemp("wacz") / "archive"
    shutil.copytree(sample_archive, archive_dir)
    result = run_cli("wacz", "--archive-dir", str(archive_dir))
    assert result.returncode == 0, result.stderr
    package = archive_dir / "wacz" / "archive.wacz"
    assert f"Wrote {package}" in result.stdout
    return archive_dir, package


def test_package_validates_with_wacz_validate(packaged):
    _, package = packaged
    result = subprocess.run([WACZ, "validate", "-f", str(package)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation succeeded, the passed WACZ is valid" in result.stdout
    assert "Version detected as 1.1.1" in result.stdout


def test_datapackage_hashes_every_file(packaged):
    archive_dir, package = packaged
    with zipfile.ZipFile(package) as z:
        datapackage = json.loads(z.read("datapackage.json"))
        assert datapackage["wacz_version"] == "1.1.1"
        listed = {r["path"]: r for r in datapackage["resources"]}
        assert set(z.namelist()) - set(listed) == {"datapackage.json", "datapackage-digest.json"}
        for path, resource in listed.items():
            assert resource["hash"] == "sha256:" + hashlib.sha256(z.read(path)).hexdigest()
        digest = json.loads(z.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + hashlib.sha256(z.read("datapackage.json")).hexdigest()
        # The WARC files go in unchanged (stored, not recompressed), under safe names.
        for warc in (archive_dir / "warc").glob("*.warc.gz"):
            member = f"archive/{package_name(warc.name)}"
            assert z.getinfo(member).compress_type == zipfile.ZIP_STORED
            assert z.read(member) == warc.read_bytes()
    assert package_faults(package) == []


def test_pages_list_every_article_and_listing_page(packaged):
    archive_dir, package = packaged
    with zipfile.ZipFile(package) as z:
        header, *pages = [json.loads(line) for line in z.read("pages/pages.jsonl").splitlines()]
        main = json.loads(z.read("datapackage.json"))["mainPageURL"]
    assert header["format"] == "json-pages-1.0"
    by_url = {p["url"]: p for p in pages}
    articles = db_rows(archive_dir, "SELECT a.url, a.title, c.warc_date FROM articles a "
                                 "JOIN captures c ON c.id = a.capture_id")
    assert len(articles) == len(load_ground_truth()["articles"])
    for article in articles:
        page = by_url[article["url"]]
        assert page["title"] == article["title"]
        assert iso_date_to_timestamp(page["ts"]) == iso_date_to_timestamp(article["warc_date"])
    listings = {r["url"] for r in db_rows(archive_dir, "SELECT url FROM captures "
                                                    "WHERE page_kind = 'listing' AND status = 200")}
    assert listings and listings <= set(by_url)
    assert main in by_url and by_url[main]["title"].startswith("Allmännyttan")
    assert len(pages) == len(articles) + len(listings | {main})


def test_package_index_covers_every_capture(packaged):
    archive_dir, package = packaged
    with zipfile.ZipFile(package) as z:
        lines = gzip.decompress(z.read("indexes/index.cdx.gz")).decode().splitlines()
    indexed = {json.loads(line.split(" ", 2)[2])["url"] for line in lines}
    captured = {r["url"] for r in db_rows(archive_dir, "SELECT url FROM captures WHERE warc_filename IS NOT NULL")}
    assert captured <= indexed


def test_crawl_keeps_the_archive_index_current(sample_archive):
    # update_index ran at the end of the crawl: one index line per response and revisit record.
    index = index_path(sample_archive)
    assert index.exists()
    entries = set()
    for line in index.read_text(encoding="utf-8").splitlines():
        fields = json.loads(line.split(" ", 2)[2])
        entries.add((fields["url"], fields["filename"], int(fields["offset"])))
    captures = {(r["url"], r["warc_filename"], r["warc_offset"]) for r in db_rows(
        sample_archive, "SELECT url, warc_filename, warc_offset FROM captures "
                        "WHERE warc_filename IS NOT NULL")}
    assert captures == entries


def test_lookup_by_url_and_time(packaged):
    archive_dir, _ = packaged
    article = db_rows(archive_dir, "SELECT c.url, c.warc_filename, c.warc_offset, c.warc_date "
                                "FROM articles a JOIN captures c ON c.id = a.capture_id LIMIT 1")[0]
    ts = iso_date_to_timestamp(article["warc_date"])
    found = lookup(archive_dir, article["url"], closest=ts)
    assert (found[0].filename, found[0].offset, found[0].timestamp) == (
        article["warc_filename"], article["warc_offset"], ts)
    assert lookup(archive_dir, article["url"] + "no-such-page/") == []


def test_update_index_follows_the_warc_folder(packaged, tmp_path):
    archive_dir = Path(shutil.copytree(packaged[0], tmp_path / "a"))
    warc = next((archive_dir / "warc").glob("*.warc.gz"))
    extra = warc.with_name("allmannyttan-copy.warc.gz")
    shutil.copy(warc, extra)
    update_index(archive_dir)
    lines = index_path(archive_dir).read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert sum('"filename": "allmannyttan-copy.warc.gz"' in line for line in lines) == len(lines) // 2
    extra.unlink()
    update_index(archive_dir)
    assert "allmannyttan-copy" not in index_path(archive_dir).read_text(encoding="utf-8")


def test_wacz_command_errors_say_what_to_do(tmp_path, sample_archive):
    result = run_cli("wacz", "--archive-dir", str(tmp_path / "none"))
    assert result.returncode == 3 and "Check --archive-dir" in result.stderr
    result = run_cli("wacz", "--archive-dir", str(sample_archive), "--crawl", "99",
                     "--output", str(tmp_path / "x.wacz"))
    assert result.returncode == 3 and "no crawl '99'" in result.stderr
    assert not (tmp_path / "x.wacz").exists()
