"""What every benchmark shares: writing its section of docs/benchmarks.md."""

from __future__ import annotations

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
