"""Scrapyd: the project deployed as an egg to a real Scrapyd, a crawl scheduled through its API.

A module fixture starts ``scrapyd`` bound to 127.0.0.1 on a free port, in its
own working dir. The egg is built by scrapyd-client's ``scrapyd-deploy`` from a
copy of this repository (so the build leaves nothing in the tree) whose
``scrapy.cfg`` points ``[deploy]`` at that port; the crawl of the sample site
is scheduled through ``schedule.json`` and its archive checked: WARC files
that ``warcio check`` passes and every sample article in ``archive.db``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from crawler.sample_site import load_ground_truth
from tests.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROJECT = "allmannyttan"
SPIDER = "allmannyttan"
JOB_TIMEOUT = 120.0

pytestmark = pytest.mark.skipif(not (BIN / "scrapyd").exists() or not (BIN / "scrapyd-deploy").exists(),
                                reason="scrapyd and scrapyd-client are not installed (pip install -e '.[test]')")


class Scrapyd:
    """A running scrapyd: its URL, its working dir and its JSON API."""

    def __init__(self, url: str, home: Path, process: subprocess.Popen):
        self.url, self.home, self.process = url, home, process

    def get(self, endpoint: str, **params: str) -> dict:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(self.url + endpoint + query, timeout=10) as response:
            return json.load(response)

    def post(self, endpoint: str, fields: list[tuple[str, str]]) -> dict:
        data = urllib.parse.urlencode(fields).encode()
        with urllib.request.urlopen(self.url + endpoint, data=data, timeout=30) as response:
            return json.load(response)

    def job_log(self, job: str) -> str:
        path = self.home / "logs" / PROJECT / SPIDER / f"{job}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else f"(no log at {path})"

    def server_log(self) -> str:
        path = self.home / "scrapyd.out"
        return path.read_text(encoding="utf-8", errors="replace")[-5000:] if path.exists() else ""


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(textwrap.dedent(f"""\
        [scrapyd]
        bind_address = 127.0.0.1
        http_port = {port}
        eggs_dir = {home / "eggs"}
        logs_dir = {home / "logs"}
        items_dir = {home / "items"}
        dbs_dir = {home / "dbs"}
        poll_interval = 0.2
        max_proc = 2
        """), encoding="utf-8")
    out = open(home / "scrapyd.out", "wb")
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=out, stderr=subprocess.STDOUT)
    server = Scrapyd(f"http://127.0.0.1:{port}/", home, process)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"scrapyd exited {process.returncode}:\n{server.server_log()}"
            try:
                if server.get("daemonstatus.json").get("status") == "ok":
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"scrapyd did not answer in 30 s:\n{server.server_log()}"
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        out.close()


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory, scrapyd):
    """This repository's packages and build files, with scrapy.cfg's [deploy] url at the test server."""
    copy = tmp_path_factory.mktemp("project")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("crawler", "archive", "schemas"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, copy / name)
    (copy / "scrapy.cfg").write_text(textwrap.dedent(f"""\
        [settings]
        default = crawler.settings

        [deploy]
        url = {scrapyd.url}
        project = {PROJECT}
        """), encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def egg(project_copy, tmp_path_factory):
    """The egg scrapyd-deploy builds (``--build-egg``), exactly as it would deploy it."""
    path = tmp_path_factory.mktemp("egg") / f"{PROJECT}.egg"
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    result = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(path)], cwd=project_copy,
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0 and path.exists(), f"scrapyd-deploy --build-egg failed:\n{result.stdout}{result.stderr}"
    return path


@pytest.fixture(scope="module")
def deployed(scrapyd, project_copy, egg):
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    result = subprocess.run([str(BIN / "scrapyd-deploy"), "--egg", str(egg), "--version", "1"],
                            cwd=project_copy, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, f"scrapyd-deploy failed:\n{result.stdout}{result.stderr}\n{scrapyd.server_log()}"
    assert json.loads(result.stdout.strip().splitlines()[-1])["status"] == "ok", result.stdout + result.stderr
    return scrapyd


def test_egg_holds_the_data_the_crawl_reads(egg):
    names = set(zipfile.ZipFile(egg).namelist())
    for needed in ("crawler/site_profile.toml", "schemas/__init__.py", "schemas/article.schema.json",
                   "schemas/listing_entry.schema.json", "archive/datasette/metadata.yaml",
                   "archive/datasette/archive.js"):
        assert needed in names, f"{needed} is not in the egg"
    entry_points = zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode()
    assert "[scrapy]" in entry_points and "settings = crawler.settings" in entry_points, entry_points


def test_data_loads_from_the_zipped_egg(egg, tmp_path):
    """Imported from the egg (as Scrapyd's runner does), the profile and schemas load from the zip."""
    code = textwrap.dedent(f"""\
        import sys
        from scrapyd.runner import activate_egg
        activate_egg({str(egg)!r})
        import crawler, archive.datasette, archive.datasette.plugin
        from crawler.parsers.profile import load_profile
        from archive.ingest import schema
        assert crawler.__file__.startswith({str(egg)!r}), crawler.__file__
        assert load_profile().get("site", "hosts"), "empty profile"
        assert schema("article")["type"] == "object"
        assert archive.datasette.load_metadata()["title"]
        assert archive.datasette.plugin.PAGE_SCRIPT
        print("ok")
        """)
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_listspiders_sees_the_spider(deployed):
    answer = deployed.get("listspiders.json", project=PROJECT)
    assert answer.get("status") == "ok" and SPIDER in answer["spiders"], answer


def test_scheduled_crawl_of_the_sample_site_archives_every_article(deployed, sample_site, tmp_path):
    archive_dir = tmp_path / "archive"
    settings = {
        "ARCHIVE_DIR": str(archive_dir),
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    }
    fields = [("project", PROJECT), ("spider", SPIDER), ("start_url", sample_site.url)]
    fields += [("setting", f"{name}={value}") for name, value in settings.items()]
    answer = deployed.post("schedule.json", fields)
    assert answer.get("status") == "ok", f"schedule.json: {answer}\n{deployed.server_log()}"
    job = answer["jobid"]

    deadline = time.monotonic() + JOB_TIMEOUT
    while True:
        jobs = deployed.get("listjobs.json", project=PROJECT)
        if any(j["id"] == job for j in jobs.get("finished", [])):
            break
        assert time.monotonic() < deadline, (
            f"job {job} not finished after {JOB_TIMEOUT:.0f} s: {jobs}\n--- job log ---\n{deployed.job_log(job)}")
        time.sleep(0.3)

    log = deployed.job_log(job)
    assert "Spider closed (finished)" in log, f"the crawl did not finish normally:\n{log[-8000:]}"

    warcs = sorted((archive_dir / "warc").glob("*.warc.gz"))
    assert warcs, f"no WARC files in {archive_dir}:\n{log[-8000:]}"
    assert not list((archive_dir / "warc").glob("*.open")), "a WARC file was left open"
    check = subprocess.run([str(BIN / "warcio"), "check", "-v", *map(str, warcs)],
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, f"warcio check failed:\n{check.stdout}{check.stderr}"

    expected = set(load_ground_truth()["articles"])
    with sqlite3.connect(archive_dir / "archive.db") as db:
        urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    stored = {"/" + url.split("/", 3)[3] for url in urls}
    assert stored == expected, (
        f"missing {sorted(expected - stored)}, unexpected {sorted(stored - expected)}\n{log[-8000:]}")
