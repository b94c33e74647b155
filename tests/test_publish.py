"""Durable publication to a real S3-compatible store (SeaweedFS) on loopback, and back.

A fixture starts `weed server -s3` bound to 127.0.0.1 on free ports; rclone
reaches it through RCLONE_CONFIG_* variables, as CI secrets would configure it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.publish import file_digests
from tests.conftest import crawl, run_cli

WEED = Path(sys.executable).parent / "weed"
RCLONE = Path(sys.executable).parent / "rclone"


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A SeaweedFS server with S3 on loopback; yields the environment rclone needs."""
    data = tmp_path_factory.mktemp("seaweedfs")
    (master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3_port, s3_grpc, iam,
     metrics) = free_ports(10)
    server = subprocess.Popen(
        [str(WEED), "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
         f"-master.port={master}", f"-master.port.grpc={master_grpc}", "-master.telemetry=false",
         "-master.volumeSizeLimitMB=64", f"-volume.port={volume}", f"-volume.port.grpc={volume_grpc}",
         "-volume.max=8", "-filer", f"-filer.port={filer}", f"-filer.port.grpc={filer_grpc}",
         "-s3", f"-s3.port={s3_port}", f"-s3.port.grpc={s3_grpc}", f"-iam.port={iam}",
         f"-metricsPort={metrics}"],
        cwd=data, stdout=subprocess.DEVNULL, stderr=open(data / "weed.log", "wb"))
    env = {"RCLONE_CONFIG_ARKIV_TYPE": "s3", "RCLONE_CONFIG_ARKIV_PROVIDER": "SeaweedFS",
           "RCLONE_CONFIG_ARKIV_ENDPOINT": f"http://127.0.0.1:{s3_port}",
           "RCLONE_CONFIG_ARKIV_ACCESS_KEY_ID": "test", "RCLONE_CONFIG_ARKIV_SECRET_ACCESS_KEY": "test",
           "RCLONE_CONFIG": str(data / "rclone.conf")}
    full_env = {**os.environ, **env}
    deadline = time.monotonic() + 60
    while True:  # the S3 gateway answers once master, volume and filer are up
        assert server.poll() is None, (data / "weed.log").read_text(errors="replace")[-2000:]
        if subprocess.run([str(RCLONE), "mkdir", "arkiv:arkivet"], env=full_env,
                          capture_output=True).returncode == 0:
            break
        assert time.monotonic() < deadline, (data / "weed.log").read_text(errors="replace")[-2000:]
        time.sleep(0.5)
    yield env
    server.terminate()
    try:
        server.wait(timeout=3)  # weed lingers on SIGTERM; a test's store need not shut down cleanly
    except subprocess.TimeoutExpired:
        server.kill()


def rclone(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RCLONE), *args], env={**os.environ, **env}, capture_output=True, text=True)


def remote_files(env: dict, remote: str) -> dict[str, tuple[int, str]]:
    """Path -> (size, modification time) of every file under the remote."""
    listing = json.loads(rclone(env, "lsjson", "-R", "--files-only", remote).stdout)
    return {entry["Path"]: (entry["Size"], entry["ModTime"]) for entry in listing}


@pytest.fixture(scope="module")
def published(tmp_path_factory, sample_site, s3):
    """An archive of one crawl, published once: (archive_dir, remote, first publish's output)."""
    archive_dir = tmp_path_factory.mktemp("publish") / "a"
    assert crawl(sample_site.url, archive_dir).returncode == 0
    remote = "arkiv:arkivet/allmannyttan"
    result = run_cli("publish", "--archive-dir", str(archive_dir), "--to", remote, env=s3)
    assert result.returncode == 0, result.stderr
    return archive_dir, remote, result


def test_publish_copies_warcs_a_database_snapshot_indexes_reports_and_a_manifest(published, s3):
    archive_dir, remote, result = published
    files = remote_files(s3, remote)
    warcs = sorted(p.name for p in (archive_dir / "warc").glob("*.warc.gz"))
    assert warcs and {f"warc/{name}" for name in warcs} <= set(files)
    assert {"archive.db", "manifest.json"} <= set(files)
    assert any(name.startswith("indexes/") for name in files)
    assert any(name.startswith("reports/crawl-") for name in files)
    manifest = json.loads(rclone(s3, "cat", f"{remote}/manifest.json").stdout)
    for name in warcs:
        assert manifest["files"][f"warc/{name}"] == file_digests(archive_dir / "warc" / name)
    assert "sizes and hashes match the manifest" in result.stdout


def test_a_second_publish_uploads_only_what_is_new(published, s3, sample_site):
    archive_dir, remote, _ = published
    before = remote_files(s3, remote)
    assert crawl(sample_site.url, archive_dir).returncode == 0  # a second, incremental crawl
    second = run_cli("publish", "--archive-dir", str(archive_dir), "--to", remote, env=s3)
    assert second.returncode == 0, second.stderr
    after = remote_files(s3, remote)
    new_warcs = {n for n in after if n.startswith("warc/")} - set(before)
    assert len(new_warcs) == 1  # the second crawl's file
    for name in before:  # the first crawl's WARC and report were not sent again
        if name.startswith(("warc/", "reports/")):
            assert after[name] == before[name], name
    assert after["archive.db"] != before["archive.db"]  # the snapshot was


def test_a_corrupted_remote_file_fails_with_its_name(published, s3, tmp_path):
    archive_dir, remote, _ = published
    victim = sorted(p.name for p in (archive_dir / "warc").glob("*.warc.gz"))[0]
    bad = tmp_path / victim
    bad.write_bytes(b"not the WARC file that was published")
    assert rclone(s3, "copyto", str(bad), f"{remote}/warc/{victim}").returncode == 0
    again = run_cli("publish", "--archive-dir", str(archive_dir), "--to", remote, env=s3)
    assert again.returncode == 3
    assert victim in again.stderr
    restored = run_cli("restore", "--from", remote, "--archive-dir", str(tmp_path / "r"), env=s3)
    assert restored.returncode == 3 and victim in restored.stderr  # a damaged copy is not used
    # Put the right file back for the tests that follow.
    assert rclone(s3, "copyto", str(archive_dir / "warc" / victim), f"{remote}/warc/{victim}").returncode == 0


def test_restore_into_an_empty_dir_then_verify_and_crawl_incrementally(published, s3, tmp_path,
                                                                        sample_site):
    archive_dir, remote, _ = published
    target = tmp_path / "restored"
    result = run_cli("restore", "--from", remote, "--archive-dir", str(target), env=s3)
    assert result.returncode == 0, result.stderr
    verify = run_cli("verify", "--archive-dir", str(target))
    assert verify.returncode == 0, verify.stdout + verify.stderr
    before = len(sample_site.requests)
    again = crawl(sample_site.url, target)
    assert again.returncode == 0, again.stderr
    requested = [r["path"] for r in sample_site.requests[before:]]
    conditional = [r for r in sample_site.requests[before:] if r["headers"].get("If-None-Match")]
    assert conditional and len(conditional) * 2 >= len(requested)  # incremental: it knew the site
