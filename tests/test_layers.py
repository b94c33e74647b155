"""The layers the README's Layout promises: archive/ never imports crawler/, the parsers import no
Scrapy, and the installed packages import nothing from tests/, bench/ or tools/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported(path: Path) -> set[str]:
    """Top-level package names a module imports (relative imports left out)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_archive_never_imports_the_crawler():
    offenders = {str(p.relative_to(ROOT)) for p in (ROOT / "archive").rglob("*.py") if "crawler" in imported(p)}
    assert offenders == set()


def test_the_parsers_import_no_scrapy_and_no_twisted():
    offenders = {str(p.relative_to(ROOT)) for p in (ROOT / "crawler" / "parsers").rglob("*.py")
                 if imported(p) & {"scrapy", "twisted"}}
    assert offenders == set()


def test_the_installed_packages_need_nothing_outside_them():
    """tests/, bench/ and tools/ (the sample site's generators) are not installed: no package imports them."""
    offenders = {str(p.relative_to(ROOT)) for package in ("crawler", "archive", "schemas")
                 for p in (ROOT / package).rglob("*.py") if imported(p) & {"tests", "bench", "tools"}}
    assert offenders == set()
    assert not (ROOT / "crawler" / "sample_site" / "build_site.py").exists()
