"""Take the README's screenshot of the archive dashboard (docs/dashboard.png).

    .venv/bin/python tools/screenshot_dashboard.py [--archive-dir DIR] [--output docs/dashboard.png]

Without --archive-dir it crawls the bundled sample site into a temporary folder first (as
`allmannyttan-archive demo` does). It then runs `allmannyttan-archive serve` on a free loopback
port, opens /-/dashboards/archive in Debian's Chromium through Playwright (the browser the tests
use), waits until every chart has drawn, and saves a full-page screenshot. The tests never write
into the repository; this script is how docs/dashboard.png is made.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DASHBOARD_PATH = "/-/dashboards/archive"


def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"serve did not answer at {url}")
            time.sleep(0.2)


def screenshot(base_url: str, output: Path, width: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(base_url + DASHBOARD_PATH)
            for card in page.locator(".dashboard-card").all():
                slug = card.get_attribute("id").removeprefix("card-")
                page.wait_for_selector(f"#chart-{slug} svg g.role-mark", state="attached",
                                       timeout=15_000)
            if errors:
                raise SystemExit("the dashboard reported errors: " + "; ".join(errors))
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output), full_page=True)
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive-dir", type=Path, default=None,
                        help="an archive to show (default: a fresh crawl of the sample site)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--width", type=int, default=1280, help="viewport width in pixels")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dashboard-demo-") as scratch:
        archive_dir = args.archive_dir
        if archive_dir is None:
            archive_dir = Path(scratch) / "data"
            if cli("demo", "--archive-dir", str(archive_dir), "--silent",
                   stdout=subprocess.DEVNULL).wait() != 0:
                raise SystemExit("the demo crawl failed")
        port = free_port()
        server = cli("serve", "--archive-dir", str(archive_dir), "--port", str(port),
                     stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_for(base_url + "/-/metadata.json", server)
            screenshot(base_url, args.output, args.width)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"Saved {args.output}")


if __name__ == "__main__":
    main()
