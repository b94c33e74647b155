"""Crawls stopped by a real signal in a real subprocess.

SIGTERM (as Ctrl-C): the crawl finishes the record in hand, closes its WARC,
commits the database and keeps its queue; the next run resumes it.
SIGKILL: closed files stay valid, the open one is cut back to whole records by
the next run, and nothing is lost or doubled.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from archive.verify import header_faults
from archive.warc import whole_records_end
from crawler.run import EXIT_INTERRUPTED
from crawler.sample_site import load_ground_truth
from tests.conftest import ROOT, crawl

WARCIO = str(Path(sys.executable).parent / "warcio")


def start_slow_crawl(url: str, archive_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", url, "--archive-dir",
         str(archive_dir), "--delay", "0.15", "--concurrency", "1", "--silent"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def captures_so_far(archive_dir: Path) -> int:
    try:
        with sqlite3.connect(f"file:{archive_dir / 'archive.db'}?mode=ro", uri=True) as conn:
            return conn.execute("select count(*) from captures").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for_captures(archive_dir: Path, count: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while captures_so_far(archive_dir) < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


def assert_archive_sound(archive_dir: Path) -> sqlite_utils.Database:
    files = sorted((archive_dir / "warc").glob("*.warc.gz"))
    assert files and not list((archive_dir / "warc").glob("*.open"))
    check = subprocess.run([WARCIO, "check", *map(str, files)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    for path in files:
        assert header_faults(path) == []
    db = sqlite_utils.Database(archive_dir / "archive.db")
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    truth = load_ground_truth()
    assert db["articles"].count == len(truth["articles"])
    # Nothing doubled: one version per article, one full copy per article URL.
    assert db.execute("select max(version) from article_versions").fetchone()[0] == 1
    doubled = db.execute(
        "select url, count(*) from captures where record_type = 'response' and page_kind = 'article' "
        "group by url having count(*) > 1").fetchall()
    assert doubled == []
    return db


def test_sigterm_closes_cleanly_and_the_next_run_resumes(tmp_path, sample_site):
    archive_dir = tmp_path / "a"
    proc = start_slow_crawl(sample_site.url, archive_dir)
    wait_for_captures(archive_dir, 12, proc)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED
    assert "wait in the frontier" in stderr
    assert not list((archive_dir / "warc").glob("*.open"))
    db = sqlite_utils.Database(archive_dir / "archive.db")
    assert [r["status"] for r in db["crawls"].rows] == ["shutdown"]
    interrupted_articles = db["articles"].count
    assert interrupted_articles < len(load_ground_truth()["articles"])
    waiting = {r["url"] for r in db["frontier"].rows}
    assert waiting  # what it had queued waits in the frontier
    assert not waiting & {r["url"] for r in db.query(
        "select url from captures where page_kind not in ('page', 'variant') and status = 200")}

    resumed = crawl(sample_site.url, archive_dir)
    assert resumed.returncode == 0, resumed.stderr
    db = assert_archive_sound(archive_dir)
    assert [r["status"] for r in db["crawls"].rows] == ["shutdown", "finished"]
    assert db["frontier"].count == 0
    # What waited was fetched first.
    second = [r["url"] for r in db.query("select url from captures where crawl_id = 2 order by id")]
    assert set(second[:len(waiting)]) & waiting


def test_sigkill_at_random_moments_loses_and_doubles_nothing(tmp_path, sample_site):
    archive_dir = tmp_path / "a"
    moments = random.Random(20261128)
    for _ in range(3):
        proc = start_slow_crawl(sample_site.url, archive_dir)
        wait_for_captures(archive_dir, captures_so_far(archive_dir) + 2, proc)
        time.sleep(moments.uniform(0.0, 1.5))
        proc.kill()
        proc.wait(timeout=30)
        warc_dir = archive_dir / "warc"
        closed = sorted(warc_dir.glob("*.warc.gz"))
        if closed:
            check = subprocess.run([WARCIO, "check", *map(str, closed)], capture_output=True, text=True)
            assert check.returncode == 0, check.stdout
        for open_file in warc_dir.glob("*.open"):
            assert whole_records_end(open_file) > 0  # readable up to its last whole record
    final = crawl(sample_site.url, archive_dir)
    assert final.returncode == 0, final.stderr
    db = assert_archive_sound(archive_dir)
    statuses = [r["status"] for r in db["crawls"].rows]
    assert statuses[-1] == "finished" and "running" not in statuses


def children_of(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def test_a_killed_fast_crawl_leaves_no_worker_behind(tmp_path, sample_site):
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--start-url", sample_site.url,
         "--archive-dir", str(tmp_path / "a"), "--delay", "0.1", "--concurrency", "1", "--silent",
         "--set", "ARCHIVE_PARSE_WORKERS=1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    def workers() -> set[int]:
        return {pid for pid in children_of(proc.pid)
                if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}

    deadline = time.monotonic() + 30
    while not workers():  # the page-reading worker
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    wait_for_captures(tmp_path / "a", 2, proc)  # pages fetched: the worker has work
    workers = workers()
    proc.kill()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in
              (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:1] or ["Z"])
              for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived its crawl"
        time.sleep(0.2)


def archived_urls(archive_dir: Path) -> set[str]:
    """Every URL the archive holds a successful capture of (a full copy or a revisit of one)."""
    with sqlite3.connect(archive_dir / "archive.db") as conn:
        return {url for (url,) in conn.execute(
            "select distinct url from captures where status in (200, 304)")}


def test_kills_at_random_moments_then_crawls_to_the_end_miss_nothing(tmp_path, sample_site,
                                                                      sample_archive):
    """SIGTERM and SIGKILL, early and late, then one crawl that ends normally: the
    archive holds every URL one uninterrupted crawl holds, none stored twice."""
    archive_dir = tmp_path / "a"
    moments = random.Random(20261201)
    total = captures_so_far(sample_archive)
    for sig, share in ((signal.SIGKILL, 0.1), (signal.SIGTERM, 0.3), (signal.SIGKILL, 0.6),
                       (signal.SIGKILL, 0.2), (signal.SIGTERM, 0.8)):
        before = captures_so_far(archive_dir)
        proc = start_slow_crawl(sample_site.url, archive_dir)
        wanted = before + max(1, int(moments.uniform(0.5, 1.5) * share * (total - before)))
        try:
            wait_for_captures(archive_dir, min(wanted, total - 1), proc)
        except AssertionError:
            if proc.poll() is None:
                raise
            continue  # it finished first: nothing to interrupt
        proc.send_signal(sig)
        proc.communicate(timeout=60)
    final = crawl(sample_site.url, archive_dir)
    assert final.returncode == 0, final.stderr
    assert_archive_sound(archive_dir)
    missing = archived_urls(sample_archive) - archived_urls(archive_dir)
    assert not missing
    with sqlite3.connect(archive_dir / "archive.db") as conn:
        assert conn.execute("select count(*) from frontier").fetchone()[0] == 0
        statuses = [s for (s,) in conn.execute("select status from crawls order by id")]
        stored_twice = conn.execute(
            "select url, payload_digest, count(*) from captures where record_type = 'response' "
            "and status = 200 group by url, payload_digest having count(*) > 1").fetchall()
    assert "killed" in statuses and "shutdown" in statuses and statuses[-1] == "finished"
    assert stored_twice == []


def test_a_capture_is_marked_read_only_once_its_record_is_stored(tmp_path, monkeypatch):
    """The race a random SIGKILL once hit: the capture was marked read (its kind set) before the
    article was stored; the next crawl took the 304 as "unchanged" and the article was never
    stored. Killed while storing, the capture must still say "not read yet"."""
    from types import SimpleNamespace

    import crawler.pipelines as pipelines
    from archive.database import ArchiveDB
    from crawler.items import PageItem

    db = ArchiveDB(tmp_path / "archive.db")
    crawl_id = db.start_crawl(["https://www.allmannyttan.se/"], {})
    url = "https://www.allmannyttan.se/stambytet/"
    capture = {"crawl_id": crawl_id, "url": url, "status": 200, "fetched_at": "2026-12-01T10:00:00Z",
               "warc_filename": "a.warc.gz", "warc_offset": 0, "warc_length": 10,
               "record_type": "response", "page_kind": "page"}
    capture["id"] = db.record_capture(capture)
    db.frontier_add([{"url": url, "found_on": None, "reason": "queued"}])

    def killed(*args, **kwargs):
        raise SystemExit("SIGKILL")  # the process ends here

    monkeypatch.setattr(pipelines, "store_article", killed)
    pipeline = pipelines.ArchivePipeline(SimpleNamespace(db=db, crawl_id=crawl_id), SimpleNamespace())
    with pytest.raises(SystemExit):
        pipeline.process_item(PageItem(url=url, kind="article", capture=capture, article={"title": "T"},
                                       requested_url=url))
    states = db.url_states()
    assert not states[url]["processed"]  # the next crawl reads the page again
    assert [r["url"] for r in db.frontier()] == [url]


def test_the_crawl_archive_does_file_work_only_once_opened_and_recovers_first(tmp_path):
    """Built with the other components it touches nothing; opened, it first cuts a killed
    crawl's .open WARC file back to whole records and marks the killed crawl row, then starts."""
    from scrapy.utils.test import get_crawler

    from archive.database import ArchiveDB
    from crawler.recording import CrawlArchive
    from crawler.spiders.allmannyttan import AllmannyttanSpider

    archive_dir = tmp_path / "archive"
    crawler = get_crawler(AllmannyttanSpider, {"ARCHIVE_DIR": str(archive_dir)})
    crawler.spider = AllmannyttanSpider(start_url="https://www.allmannyttan.se/")
    archive = CrawlArchive.from_crawler(crawler)
    assert not archive_dir.exists() and archive.crawl_id is None
    archive.close("finished")  # closing what never opened does nothing
    assert not archive_dir.exists()

    # What a SIGKILLed crawl leaves: a running crawl row and a .open file with half a record.
    (archive_dir / "warc").mkdir(parents=True)
    killed_db = ArchiveDB(archive_dir / "archive.db")
    killed_id = killed_db.start_crawl(["https://www.allmannyttan.se/"], {})
    killed_db.close()
    half = archive_dir / "warc" / "killed-00000.warc.gz.open"
    half.write_bytes(b"WARC/1.1\r\nWARC-Type: response\r\n")

    archive.open()
    try:
        assert not half.exists() and archive.stats.get_value("archive/recovered_warc_files") == 1
        crawls = {row["id"]: row["status"] for row in archive.db.db["crawls"].rows}
        assert crawls[killed_id] == "killed" and crawls[archive.crawl_id] == "running"
    finally:
        archive.close("finished")
    assert ArchiveDB(archive_dir / "archive.db").db["crawls"].get(archive.crawl_id)["status"] == "finished"


def test_rows_commit_in_batches_of_whole_pages(tmp_path):
    """A reader sees a crawl's rows once a batch of pages is stored (ARCHIVE_COMMIT_ITEMS), never
    in the middle of one; what is not yet committed is what a SIGKILL would lose."""
    from scrapy.utils.test import get_crawler

    from archive.database import ArchiveDB
    from crawler.recording import CrawlArchive
    from crawler.spiders.allmannyttan import AllmannyttanSpider

    crawler = get_crawler(AllmannyttanSpider, {"ARCHIVE_DIR": str(tmp_path), "ARCHIVE_COMMIT_ITEMS": 2,
                                               "ARCHIVE_COMMIT_SECONDS": 3600})
    crawler.spider = AllmannyttanSpider(start_url="https://www.allmannyttan.se/")
    archive = CrawlArchive.from_crawler(crawler)
    archive.open()

    def seen_by_a_reader() -> int:
        reader = ArchiveDB.read_only(tmp_path / "archive.db")
        try:
            return reader.db.execute("select count(*) from captures").fetchone()[0]
        finally:
            reader.close()

    try:
        assert seen_by_a_reader() == 0
        for n in range(3):
            archive.db.record_capture({"crawl_id": archive.crawl_id, "url": f"https://www.allmannyttan.se/{n}/",
                                       "status": 200, "fetched_at": "2026-12-01T10:00:00Z", "page_kind": "page"})
            archive.item_stored()
            assert seen_by_a_reader() == [0, 2, 2][n]  # the third page waits for its batch
    finally:
        archive.close("finished")
    assert seen_by_a_reader() == 3  # closing commits the last batch
