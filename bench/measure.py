"""Running a benchmarked process, and the bench site as a process of its own.

``run_measured`` starts a command and reaps it with ``os.wait4``, so its CPU
seconds (user + system) and peak RSS are the kernel's figures for that process
alone (and any children it waited for), not for the benchmark driver or the
server. ``SiteProcess`` serves ``bench/site.py`` in another process, so the
server's CPU shows up in neither; its CPU seconds over a run are read from
``/proc/PID/stat`` to show how busy it was.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SITE_SCRIPT = ROOT / "bench" / "site.py"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Measured:
    """Wall time, CPU seconds and peak RSS of one finished (or time-boxed) process."""

    returncode: int
    wall: float
    cpu_user: float
    cpu_system: float
    max_rss_mb: float
    timed_out: bool
    stdout: str
    stderr: str

    @property
    def cpu(self) -> float:
        return self.cpu_user + self.cpu_system


def run_measured(cmd: list[str], *, cwd: Path, log_dir: Path, name: str,
                 budget: float | None = None, timeout: float = 7200,
                 env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` to the end, or stop it with SIGTERM after ``budget`` seconds.

    Output goes to files in ``log_dir`` (no pipe to fill up); the last 5000
    characters of each come back in the result.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{name}.stdout", log_dir / f"{name}.stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            elapsed = time.perf_counter() - started
            if (budget is not None and elapsed >= budget) or elapsed >= timeout:
                timed_out = True
                proc.send_signal(signal.SIGTERM)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen quiet
    return Measured(returncode=proc.returncode, wall=wall, cpu_user=usage.ru_utime,
                    cpu_system=usage.ru_stime, max_rss_mb=usage.ru_maxrss / 1024, timed_out=timed_out,
                    stdout=out_path.read_text(errors="replace")[-5000:],
                    stderr=err_path.read_text(errors="replace")[-5000:])


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a running process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14, 15)


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used since boot (Linux /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


def wait_until_quiet(max_wait: float = 180.0, threshold: float = 0.3) -> float:
    """Wait (up to ``max_wait`` s) until the machine's other work uses under ``threshold`` cores.

    Others share the machine; a benchmark run next to a test suite measures the
    test suite. Returns the seconds waited.
    """
    started = time.perf_counter()
    while time.perf_counter() - started < max_wait:
        before = machine_busy_seconds()
        time.sleep(1.0)
        if machine_busy_seconds() - before < threshold:
            break
    return time.perf_counter() - started


class SiteProcess:
    """``bench/site.py`` in a subprocess on a free loopback port."""

    def __init__(self, articles: int, *, seed: int = 0, latency_ms: float = 0) -> None:
        self.articles, self.seed, self.latency_ms = articles, seed, latency_ms
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> "SiteProcess":
        self.proc = subprocess.Popen(
            [sys.executable, str(SITE_SCRIPT), "--articles", str(self.articles), "--seed", str(self.seed),
             "--port", "0", "--latency-ms", str(self.latency_ms)],
            cwd=ROOT, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise RuntimeError(f"bench site did not start (printed {self.url!r})")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        return process_cpu_seconds(self.proc.pid)

    def capacity(self, threads: int = 8, seconds: float = 3.0) -> dict[str, Any]:
        """Requests/s the server answers to ``threads`` keep-alive clients in a third process."""
        out = subprocess.run([sys.executable, str(SITE_SCRIPT), "--measure-url", self.url,
                              "--threads", str(threads), "--seconds", str(seconds)],
                             cwd=ROOT, capture_output=True, text=True, check=True, timeout=seconds + 120)
        return json.loads(out.stdout)
