"""Replay of the archive with pywb, straight from its WARC files and CDXJ index.

``replay`` writes a pywb configuration into ``DIR/replay/config.yaml`` with one
collection, ``archive``, whose index is ``DIR/indexes/replay.cdxj`` (see
:mod:`archive.cdxj`) and whose WARCs are ``DIR/warc/`` (nothing is copied), then runs pywb's ``wayback``
server in place of the command's process. While it runs,
``DIR/replay/running.json`` names its URL and process, so Datasette's article
pages can link to the replay of each capture.

pywb is not imported here: it monkey-patches the process with gevent, so it
runs in its own interpreter.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

import yaml
from warcio.timeutils import iso_date_to_timestamp

COLLECTION = "archive"
DEFAULT_PORT = 8080
REPLAY_DIR = "replay"
RUNNING_FILE = "running.json"
# The base URL (e.g. http://127.0.0.1:8080) that `serve --replay-url` sets for the Datasette plugin.
REPLAY_URL_ENV = "ALLMANNYTTAN_REPLAY_URL"


class ReplayError(Exception):
    """Replay cannot start (no archive, nothing captured, port taken)."""


def replay_url(base: str, timestamp: str, url: str, *, frame: bool = True, modifier: str | None = None) -> str:
    """pywb's URL for the capture of ``url`` closest to ``timestamp`` (ISO date or digits).

    ``frame=False`` gives the page alone (``mp_``), without pywb's banner frame;
    ``modifier`` another of pywb's modifiers, e.g. ``id_`` for the archived bytes as they
    are (an image for an ``<img>``), which wins over ``frame``.
    """
    digits = iso_date_to_timestamp(timestamp) if "-" in timestamp else timestamp
    if modifier is None:
        modifier = "" if frame else "mp_"
    return f"{base.rstrip('/')}/{COLLECTION}/{digits}{modifier}/{url}"


def pywb_config(archive_dir: Path) -> dict:
    """One collection over the archive's own index and WARC folder."""
    from archive.cdxj import replay_index_path

    archive_dir = Path(archive_dir).resolve()
    return {
        "collections": {
            COLLECTION: {
                "index_paths": str(replay_index_path(archive_dir)),
                # pywb joins the index's file name to this prefix.
                "archive_paths": str(archive_dir / "warc") + "/",
            },
        },
        # Only what the archive holds: no live-web fall-through, no recording.
        "enable_memento": True,
    }


def write_config(archive_dir: Path) -> Path:
    """Write ``DIR/replay/config.yaml``; return the folder pywb runs in."""
    folder = Path(archive_dir) / REPLAY_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text(
        "# Written by `allmannyttan-archive replay`; pywb reads it from this folder.\n"
        + yaml.safe_dump(pywb_config(archive_dir), sort_keys=False), encoding="utf-8")
    return folder


def home_page(archive_dir: Path) -> tuple[str, str] | None:
    """(URL, 14-digit timestamp) of the newest capture of the latest crawl's start page."""
    from archive.cdxj import newest_capture
    from archive.database import ArchiveDB

    try:
        archive = ArchiveDB.read_only(Path(archive_dir) / "archive.db")
    except FileNotFoundError:
        return None
    try:
        crawls = archive.start_urls()
    finally:
        archive.close()
    for start_urls in crawls:
        for url in start_urls:
            capture = newest_capture(archive_dir, url)
            if capture:
                return capture.url, capture.timestamp
    return None


def check_port(host: str, port: int) -> None:
    """Fail early, with advice, when the port is taken."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ReplayError(f"cannot listen on {host}:{port} ({error.strerror})") from error


def running_replay_url(archive_dir: Path) -> str | None:
    """The base URL of the replay server running on this archive, if one is."""
    path = Path(archive_dir) / REPLAY_DIR / RUNNING_FILE
    try:
        running = json.loads(path.read_text(encoding="utf-8"))
        os.kill(int(running["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return running.get("url")


def exec_pywb(archive_dir: Path, host: str, port: int) -> None:
    """Become pywb's wayback server on the archive (does not return)."""
    folder = write_config(archive_dir)
    (folder / RUNNING_FILE).write_text(json.dumps({"pid": os.getpid(),
                                                   "url": f"http://{host}:{port}"}), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(folder)
    os.execv(sys.executable, [sys.executable, "-c",
                              "from pywb.apps.cli import wayback; wayback()",
                              "--bind", host, "--port", str(port)])
