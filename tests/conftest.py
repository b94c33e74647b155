"""Shared fixtures: real servers on loopback and real crawls in subprocesses."""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `allmannyttan-archive ARGS` in a fresh interpreter (Twisted's reactor runs once)."""
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 30) -> bytes:
    """The body at ``url`` once the server ``process`` started answers (it must not die first)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                out = process.stdout.read() if process.stdout else ""
                raise AssertionError(f"serve did not answer at {url}: {out}")
            time.sleep(0.2)


@contextlib.contextmanager
def serving(archive_dir: Path) -> Iterator[str]:
    """`allmannyttan-archive serve` on ``archive_dir``, on a free port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--archive-dir", str(archive_dir),
         "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/-/metadata.json", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def db_rows(archive_dir: Path, sql: str, *params) -> list[sqlite3.Row]:
    """Rows of a query on ``archive_dir``'s database, read as a researcher would, with plain SQL."""
    conn = sqlite3.connect(archive_dir / "archive.db")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def crawl(url: str, archive_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    """A politeness-off crawl of a loopback site."""
    result = run_cli("crawl", "--start-url", url, "--archive-dir", str(archive_dir),
                     "--delay", "0", "--concurrency", "4", "--silent",
                     "--contact", "https://example.org/allmannyttan-archive-tests", *extra)
    return result


@pytest.fixture(scope="session")
def sample_site():
    from crawler.sample_site import serve

    with serve() as site:
        yield site


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory, sample_site):
    """One crawl of the bundled sample site, shared by the end-to-end tests."""
    archive_dir = tmp_path_factory.mktemp("sample-archive")
    result = crawl(sample_site.url, archive_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return archive_dir
