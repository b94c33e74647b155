"""Every project setting is a public interface: the README's Settings table names each one."""

from __future__ import annotations

import re
from pathlib import Path

import crawler.settings as settings
from crawler.parsers.profile import PROFILE_ENV

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def documented() -> set[str]:
    """Setting names in the first column of the README's Settings table."""
    section = README.split("### Settings", 1)[1].split("\n### ", 1)[0]
    return set(re.findall(r"^\| `(ARCHIVE_[A-Z_]+)`", section, flags=re.M))


def test_every_archive_setting_is_in_the_readme_table():
    declared = {name for name in vars(settings) if name.startswith("ARCHIVE_")} | {PROFILE_ENV}
    assert declared - documented() == set()
    assert documented() - declared == set()  # and the table names nothing that is gone


def test_every_archive_setting_the_code_reads_is_declared():
    root = Path(__file__).resolve().parent.parent
    read = {m for path in [*root.glob("crawler/**/*.py"), *root.glob("archive/**/*.py")]
            for m in re.findall(r"""["'](ARCHIVE_[A-Z_]+)["']""", path.read_text(encoding="utf-8"))}
    declared = {name for name in vars(settings) if name.startswith("ARCHIVE_")} | {PROFILE_ENV}
    assert read - declared == set()
