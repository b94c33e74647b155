"""What every benchmark shares: the machine it ran on, and writing its section of docs/benchmarks.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
NEW_DOC = "# Benchmarks\n\nMeasured figures for the crawler and its parsers; each section says how to rerun it.\n"


def replace_section(section: str, start: str, end: str, doc: Path = DOC) -> None:
    """Replace the text from ``start`` to ``end`` (markers included in ``section``), or append it.

    Nothing else in the file is touched, so each benchmark rewrites only its own figures.
    """
    text = doc.read_text(encoding="utf-8") if doc.exists() else NEW_DOC
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_commit() -> str:
    """The commit measured, marked when the tree had uncommitted changes."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine(*packages: str) -> dict[str, str]:
    """CPU, cores, Python, the date, and the versions of ``packages`` that matter to the figures."""
    versions = {}
    for package in packages:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {"cpu": cpu_model(), "cores": str(os.cpu_count()), "python": platform.python_version(),
            **versions, "date": dt.date.today().isoformat()}
